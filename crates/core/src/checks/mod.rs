//! Consistency checks: reported to the user, never silently fixed.
//!
//! [`structure`] finds what makes a report unusable (duplicate ids, references to
//! nothing, cycles); loading refuses such a file. [`check`] finds everything, including
//! the arithmetic of breakdowns and printed percents, and implausible values.

use std::collections::HashSet;

use rustc_hash::FxHashMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::format::Notation;
use crate::i18n::{FindingText, FindingWord, Message as _, Text as _};
use crate::model::{Field, Indicator, IndicatorId, Lang, Report, SectionId, TaskId};

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Severity {
    /// The figures contradict each other, or the report's structure is broken.
    Error,
    /// Something is likely wrong.
    Warning,
    /// Worth knowing.
    Info,
}

impl Severity {
    /// The lower-case name, as printed by `chitieu check`.
    pub fn key(self) -> &'static str {
        match self {
            Self::Error => "error",
            Self::Warning => "warning",
            Self::Info => "info",
        }
    }
}

impl Severity {
    /// The word for the severity in the catalogue, as a finding's line starts.
    pub fn word(self) -> FindingWord {
        match self {
            Self::Error => FindingWord::Error,
            Self::Warning => FindingWord::Warning,
            Self::Info => FindingWord::Info,
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// What a finding is about.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Subject {
    /// An indicator.
    Indicator(IndicatorId),
    /// A section.
    Section(SectionId),
    /// A key task, by id.
    Task(TaskId),
}

impl fmt::Display for Subject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Indicator(id) => write!(f, "{id}"),
            Self::Section(id) => write!(f, "section:{id}"),
            Self::Task(id) => write!(f, "task:{id}"),
        }
    }
}

/// Which target a finding is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Which {
    /// The target for the period.
    Period,
    /// The annual target.
    Annual,
}

/// A text an indicator should have and has not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Missing {
    /// The Vietnamese name.
    Name,
    /// The unit.
    Unit,
    /// The sentence of the source document the figures come from.
    SourceSentence,
}

/// What was found.
#[derive(Clone, Debug, PartialEq)]
pub enum FindingKind {
    /// Two indicators, sections or tasks share an id.
    DuplicateId,
    /// The indicator's section does not exist.
    UnknownSection(SectionId),
    /// The parent indicator does not exist.
    UnknownParent(IndicatorId),
    /// The parent section does not exist.
    UnknownParentSection(SectionId),
    /// Following parents leads back here.
    ParentCycle(Vec<String>),
    /// A complete breakdown whose parts do not add up to the total.
    PartsDoNotAddUp {
        /// The total.
        total: f64,
        /// The sum of the parts.
        parts: f64,
    },
    /// A partial breakdown whose parts exceed the total.
    PartsExceedTotal {
        /// The total.
        total: f64,
        /// The sum of the parts.
        parts: f64,
    },
    /// The compared-period values of a complete breakdown's parts do not add up to the total's.
    PriorDoesNotAddUp {
        /// The total's compared-period value.
        total: f64,
        /// The sum of the parts' compared-period values.
        parts: f64,
    },
    /// The printed percent of a target differs from actual ÷ target.
    PrintedPctMismatch {
        /// Which target.
        which: Which,
        /// What the source printed.
        printed: f64,
        /// What the figures give.
        computed: f64,
    },
    /// A share outside 0–100 %.
    ShareOutOfRange {
        /// The field.
        field: Field,
        /// The value.
        value: f64,
    },
    /// A negative count.
    NegativeCount(f64),
    /// A count that is not a whole number.
    FractionalCount(f64),
    /// A Vietnamese name, a unit or a source sentence is missing.
    Missing(Missing),
    /// Two tasks carry the same printed number.
    DuplicateTaskNumber(String),
    /// A period's growth outside the growths of the parts that make it up (the half
    /// outside its two quarters): with positive shares, a weighted average cannot be.
    GrowthOutsideItsParts {
        /// The period's growth.
        whole: f64,
        /// The lowest of the parts'.
        low: f64,
        /// The highest of the parts'.
        high: f64,
    },
    /// The four quarters' shares of last year do not add up to 100 %.
    QuarterSharesDoNotAddUp(f64),
    /// The printed growth differs, beyond rounding, from the one the report's own actual
    /// and its stated figure for last year give.
    PrintedGrowthMismatch {
        /// What the source printed, in percent.
        printed: f64,
        /// What the figures give, in percent.
        computed: f64,
    },
    /// An indicator the report says is the growth of another differs, beyond rounding,
    /// from that one's growth over last year.
    GrowthOfDisagrees {
        /// The other indicator.
        of: IndicatorId,
        /// This indicator's value, in percent.
        value: f64,
        /// The other's growth, in percent.
        growth: f64,
    },
    /// A cumulative figure of the period below the part of it already known (the year
    /// below its first half, or its nine months): the period holds that part.
    BelowItsKnownPart {
        /// The known part.
        part: crate::model::Period,
        /// Its value.
        part_value: f64,
        /// The period's value.
        value: f64,
    },
}

/// One finding of the checks.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// How serious it is.
    pub severity: Severity,
    /// What it is about.
    pub subject: Subject,
    /// What was found.
    pub kind: FindingKind,
}

impl Finding {
    fn new(severity: Severity, subject: Subject, kind: FindingKind) -> Self {
        Self {
            severity,
            subject,
            kind,
        }
    }

    /// The indicator the finding is about, if it is about one.
    pub fn indicator(&self) -> Option<&IndicatorId> {
        match &self.subject {
            Subject::Indicator(id) => Some(id),
            _ => None,
        }
    }

    /// The finding in words, in `lang`, with numbers in `notation` (the catalogue's
    /// area `findings`).
    pub fn message(&self, lang: Lang, notation: Notation) -> String {
        FindingText {
            kind: &self.kind,
            notation,
        }
        .tr(lang)
    }

    /// The one-line form printed by `chitieu check` in English:
    /// `<severity> <id>: <message>`.
    pub fn line(&self) -> String {
        self.line_in(Lang::En, Notation::English)
    }

    /// The one-line form in `lang`, numbers in `notation`: `<severity> <id>: <message>`,
    /// the severity in words of `lang` ("lỗi", "error").
    pub fn line_in(&self, lang: Lang, notation: Notation) -> String {
        format!(
            "{} {}: {}",
            self.severity.word().tr(lang),
            self.subject,
            self.message(lang, notation)
        )
    }
}

/// Every finding: the structure, then each indicator's figures, then the tasks.
pub fn check(report: &Report) -> Vec<Finding> {
    let mut out = structure(report);
    let mut children: FxHashMap<&IndicatorId, Vec<&Indicator>> = FxHashMap::default();
    for i in &report.indicators {
        if let Some(p) = &i.parent {
            children.entry(p).or_default().push(i);
        }
    }
    for i in &report.indicators {
        let parts = children.get(&i.id).map(Vec::as_slice).unwrap_or_default();
        out.extend(indicator_findings(i, parts, report));
    }
    let mut numbers = HashSet::new();
    for t in &report.tasks {
        if !t.number.is_empty() && !numbers.insert(t.number.as_str()) {
            out.push(Finding::new(
                Severity::Warning,
                Subject::Task(t.id.clone()),
                FindingKind::DuplicateTaskNumber(t.number.clone()),
            ));
        }
    }
    out
}

/// The findings about one indicator's own figures and, if it is a total, its
/// breakdown into `parts`: what an edit of its figures (or of a part's) can change.
/// [`check`] is the structure plus this for every indicator, plus the tasks.
pub fn indicator_findings(
    indicator: &Indicator,
    parts: &[&Indicator],
    report: &Report,
) -> Vec<Finding> {
    let period = &report.period;
    let mut out = Vec::new();
    values(indicator, has_source(report), &mut out);
    printed_growth(indicator, &mut out);
    growth_of(indicator, report, &mut out);
    below_known_part(indicator, period, &mut out);
    growth_of_the_parts_of_the_period(indicator, period, &mut out);
    quarter_shares(indicator, &mut out);
    if !parts.is_empty() {
        breakdown(indicator, parts, &mut out);
    }
    out
}

/// True for the findings about an indicator's figures, which edits change (the others
/// are about the report's structure, which edits of figures never change).
pub fn is_about_figures(finding: &Finding) -> bool {
    !matches!(
        finding.kind,
        FindingKind::DuplicateId
            | FindingKind::UnknownSection(_)
            | FindingKind::UnknownParent(_)
            | FindingKind::UnknownParentSection(_)
            | FindingKind::ParentCycle(_)
            | FindingKind::DuplicateTaskNumber(_)
    )
}

/// True when the report's figures come from a source document (its title is known), so
mod figures;
mod structure;
#[cfg(test)]
mod tests;

pub use structure::structure;

use figures::{
    below_known_part, breakdown, growth_of, growth_of_the_parts_of_the_period, has_source,
    printed_growth, quarter_shares, values,
};
