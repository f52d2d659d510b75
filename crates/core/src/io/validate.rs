//! The one validation every report passes before it becomes a session: loaded from a
//! file, restored from a recovery file, or (later) imported.

use std::borrow::Cow;
use std::path::Path;

use rustc_hash::FxHashMap;

use crate::checks::{self, Finding, FindingKind, Subject};
use crate::model::text::{self, Shape};
use crate::model::{Field, IndicatorId, Lang, Report};

use super::LoadError;

/// How many problems an error's text lists; the rest are counted ("and 9 980 more").
/// Every problem stays in the error value.
pub const SHOWN_PROBLEMS: usize = 20;

/// One thing that makes a report unusable.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// A structural finding: a duplicate id, a reference to nothing, a parent cycle.
    Structure(Finding),
    /// A number that is not finite (NaN or an infinity): nothing can be computed from
    /// it, and a file holding it does not load.
    NotFinite {
        /// The indicator it belongs to.
        indicator: IndicatorId,
        /// Which number, as the report file names it (`actual`, `original.Actual`…).
        what: String,
        /// The number.
        value: f64,
    },
}

impl Problem {
    /// The id the problem is about, to find its line in the file.
    fn id(&self) -> &str {
        match self {
            Self::Structure(f) => match &f.subject {
                Subject::Indicator(id) => id.0.as_str(),
                Subject::Section(id) => id.0.as_str(),
                Subject::Task(id) => id.0.as_str(),
            },
            Self::NotFinite { indicator, .. } => indicator.0.as_str(),
        }
    }

    /// The problem in words, in `lang` (the catalogue's area `io`).
    pub fn message(&self, lang: Lang) -> String {
        crate::i18n::Message::tr(self, lang)
    }

    /// True when the problem is about the structure (not a number).
    pub(crate) fn is_structural(&self) -> bool {
        matches!(self, Self::Structure(_))
    }
}

/// Why a report cannot be used: every problem found, in the order found.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[error("{}", describe(&self.problems.iter().map(|p| (None, p.clone())).collect::<Vec<_>>(), Lang::En))]
pub struct Invalid {
    /// Every problem.
    pub problems: Vec<Problem>,
}

impl Invalid {
    /// The error of loading `path`, each problem with the line of `text` it is on (when
    /// the report was read from `text`).
    pub fn at(self, text: Option<&str>, path: &Path) -> LoadError {
        let lines = match text {
            Some(text) => lines_of(text, &self.problems),
            None => vec![None; self.problems.len()],
        };
        LoadError::Structure {
            path: path.to_owned(),
            problems: lines.into_iter().zip(self.problems).collect(),
        }
    }
}

/// Checks that `report` can be used: its structure (no duplicate ids, no reference to
/// nothing, no parent cycle: what [`checks::structure`] finds) and every number finite,
/// the report's own values of revised figures (`original`) included.
///
/// Loading, restoring a recovery file and importing all call it, so no path into a
/// session lets through what another refuses.
///
/// # Errors
/// Every problem found.
pub fn validate(report: &Report) -> Result<(), Invalid> {
    let mut problems: Vec<Problem> = checks::structure(report)
        .into_iter()
        .map(Problem::Structure)
        .collect();
    for ind in &report.indicators {
        let mut check = |what: &dyn Fn() -> String, value: Option<f64>| {
            if let Some(value) = value.filter(|v| !v.is_finite()) {
                problems.push(Problem::NotFinite {
                    indicator: ind.id.clone(),
                    what: what(),
                    value,
                });
            }
        };
        check(&|| "actual".to_owned(), ind.actual);
        check(&|| "yoy_growth_pct".to_owned(), ind.yoy_growth_pct);
        check(&|| "yoy_change".to_owned(), ind.yoy_change);
        check(&|| "prior".to_owned(), ind.prior);
        check(&|| "prior_share_pct".to_owned(), ind.prior_share_pct);
        for (name, target) in [
            ("target", &ind.target),
            ("annual_target", &ind.annual_target),
        ] {
            if let Some(t) = target {
                check(&|| format!("{name}.value"), t.value);
                check(&|| format!("{name}.printed_pct"), t.printed_pct);
            }
        }
        for (q, plan) in &ind.quarters {
            check(
                &|| format!("quarters.{q:?}.prior_share_pct"),
                plan.prior_share_pct,
            );
            check(
                &|| format!("quarters.{q:?}.scenario_pct"),
                plan.scenario_pct,
            );
        }
        for sub in &ind.subperiods {
            check(&|| format!("subperiods.{}", sub.period), Some(sub.value));
        }
        for (field, value) in &ind.original {
            check(&|| format!("original.{}", field_name(*field)), *value);
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Invalid { problems })
    }
}

/// A field as the report file names it in `original`.
fn field_name(field: Field) -> &'static str {
    match field {
        Field::Actual => "Actual",
        Field::YoyGrowthPct => "YoyGrowthPct",
        Field::Target => "Target",
        Field::AnnualTarget => "AnnualTarget",
        Field::Prior => "Prior",
    }
}

/// The problems in words, in `lang`: the first [`SHOWN_PROBLEMS`] with their lines, and
/// how many more.
pub(crate) fn describe(problems: &[(Option<usize>, Problem)], lang: Lang) -> String {
    crate::i18n::Message::tr(&crate::i18n::io::Problems(problems), lang)
}

/// The line of `text` each problem is about, in one pass over the text: the lines of
/// every `id: "…"` are gathered first, then each problem takes its id's line. The n-th
/// duplicate of an id points at the (n + 1)-th place the id is written; any other
/// problem at the last place its id is written.
fn lines_of(text: &str, problems: &[Problem]) -> Vec<Option<usize>> {
    const KEY: &str = "id: \"";
    // Ids as loading cleaned them (`model::text`), so a problem about a cleaned id
    // finds the line its raw text is on.
    let mut places: FxHashMap<Cow<'_, str>, Vec<usize>> = FxHashMap::default();
    for (k, line) in text.lines().enumerate() {
        let mut rest = line;
        while let Some(at) = rest.find(KEY) {
            let before = rest.get(..at).and_then(|b| b.chars().next_back());
            let after = rest.get(at + KEY.len()..).unwrap_or_default();
            rest = after;
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            if let Some(end) = after.find('"') {
                let id = after.get(..end).unwrap_or_default();
                places
                    .entry(text::clean(id, Shape::Line).text)
                    .or_default()
                    .push(k + 1);
            }
        }
    }
    let mut duplicates_seen: FxHashMap<&str, usize> = FxHashMap::default();
    problems
        .iter()
        .map(|p| {
            let at = places.get(p.id())?;
            if let Problem::Structure(Finding {
                kind: FindingKind::DuplicateId,
                ..
            }) = p
            {
                let n = duplicates_seen.entry(p.id()).or_insert(0);
                *n += 1;
                if let Some(line) = at.get(*n) {
                    return Some(*line);
                }
            }
            at.last().copied()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #![allow(
        clippy::unwrap_used,
        clippy::indexing_slicing,
        reason = "tests fail loudly"
    )]

    use super::*;

    #[test]
    fn each_duplicate_points_at_its_own_line() {
        let text = "(id: \"a\")\n(id: \"b\")\n(id: \"a\")\n(xid: \"a\")\n(id: \"a\")\n";
        let dup = |id: &str| {
            Problem::Structure(Finding {
                severity: checks::Severity::Error,
                subject: Subject::Indicator(IndicatorId(id.into())),
                kind: FindingKind::DuplicateId,
            })
        };
        assert_eq!(
            lines_of(text, &[dup("a"), dup("a"), dup("b"), dup("zz")]),
            vec![Some(3), Some(5), Some(2), None]
        );
    }
}
