//! Consistency checks: reported to the user, never silently fixed.
//!
//! [`structure`] finds what makes a report unusable (duplicate ids, references to
//! nothing, cycles); loading refuses such a file. [`check`] finds everything, including
//! the arithmetic of breakdowns and printed percents, and implausible values.

use std::collections::{HashMap, HashSet};

use rustc_hash::FxHashMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::format::{Notation, format_auto};
use crate::i18n::{tr, trf};
use crate::metrics;
use crate::model::{
    Field, Indicator, IndicatorId, Lang, Measure, PartsRule, Report, SectionId, TaskId,
};

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
    Missing(&'static str),
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

    /// The finding in words, in `lang`, with numbers in `notation`.
    pub fn message(&self, lang: Lang, notation: Notation) -> String {
        let n = |v: f64| format_auto(v, notation);
        match &self.kind {
            FindingKind::DuplicateId => tr(
                lang,
                "mã này xuất hiện nhiều lần",
                "this id is used more than once",
            )
            .to_owned(),
            FindingKind::UnknownSection(s) => {
                trf!(
                    lang,
                    "mục \"{s}\" không tồn tại",
                    "section \"{s}\" does not exist"
                )
            }
            FindingKind::UnknownParent(p) => trf!(
                lang,
                "chỉ tiêu cha \"{p}\" không tồn tại",
                "parent indicator \"{p}\" does not exist"
            ),
            FindingKind::UnknownParentSection(p) => trf!(
                lang,
                "mục cha \"{p}\" không tồn tại",
                "parent section \"{p}\" does not exist"
            ),
            FindingKind::ParentCycle(path) => {
                let path = path.join(" → ");
                trf!(
                    lang,
                    "vòng lặp chỉ tiêu cha: {path}",
                    "parent cycle: {path}"
                )
            }
            FindingKind::PartsDoNotAddUp { total, parts } => {
                let (diff, parts, total) = (n(parts - total), n(*parts), n(*total));
                trf!(
                    lang,
                    "tổng các thành phần {parts} khác tổng {total} (chênh {diff})",
                    "the parts add up to {parts}, not to the total {total} (off by {diff})"
                )
            }
            FindingKind::PartsExceedTotal { total, parts } => {
                let (diff, parts, total) = (n(parts - total), n(*parts), n(*total));
                trf!(
                    lang,
                    "các thành phần cộng lại {parts} vượt tổng {total} (thừa {diff})",
                    "the parts add up to {parts}, more than the total {total} (by {diff})"
                )
            }
            FindingKind::PriorDoesNotAddUp { total, parts } => {
                let (parts, total) = (n(*parts), n(*total));
                trf!(
                    lang,
                    "số cùng kỳ suy từ tốc độ tăng: các thành phần {parts} khác tổng {total}",
                    "the prior-period values implied by the growth rates do not add up: parts {parts}, total {total}"
                )
            }
            FindingKind::PrintedPctMismatch {
                which,
                printed,
                computed,
            } => {
                let printed = n(*printed);
                let computed = crate::format::format(*computed, notation, 2, true);
                let target = match which {
                    Which::Period => tr(lang, "chỉ tiêu kỳ", "the period target"),
                    Which::Annual => tr(lang, "chỉ tiêu năm", "the annual target"),
                };
                trf!(
                    lang,
                    "tỷ lệ in trong báo cáo {printed}% so với {target}, tính lại được {computed}%",
                    "printed {printed}% of {target}, but the figures give {computed}%"
                )
            }
            FindingKind::ShareOutOfRange { field, value } => {
                let (field, value) = (field.key(), n(*value));
                trf!(
                    lang,
                    "tỷ lệ {field} = {value}% nằm ngoài khoảng 0–100%",
                    "share {field} = {value}% is outside 0–100 %"
                )
            }
            FindingKind::NegativeCount(v) => {
                let v = n(*v);
                trf!(lang, "số đếm âm: {v}", "negative count: {v}")
            }
            FindingKind::GrowthOutsideItsParts { whole, low, high } => {
                let (whole, low, high) = (n(*whole), n(*low), n(*high));
                trf!(
                    lang,
                    "tăng trưởng cả kỳ {whole}% nằm ngoài tăng trưởng các phần của kỳ ({low}% đến {high}%)",
                    "the period's growth of {whole}% lies outside its parts' ({low}% to {high}%)"
                )
            }
            FindingKind::PrintedGrowthMismatch { printed, computed } => {
                let printed = n(*printed);
                let computed = crate::format::format(*computed, notation, 2, true);
                trf!(
                    lang,
                    "tốc độ tăng in trong báo cáo {printed}% so cùng kỳ, tính lại từ số ước thực hiện và số cùng kỳ năm trước được {computed}%",
                    "printed a growth of {printed}% on a year ago, but the actual and the same period last year give {computed}%"
                )
            }
            FindingKind::GrowthOfDisagrees { of, value, growth } => {
                let (value, growth) =
                    (n(*value), crate::format::format(*growth, notation, 2, true));
                trf!(
                    lang,
                    "là tốc độ tăng của \"{of}\" nhưng ghi {value}%, trong khi số của \"{of}\" cho {growth}%: sửa một trong hai",
                    "is the growth of \"{of}\" but says {value}%, while the figures of \"{of}\" give {growth}%: correct one of them"
                )
            }
            FindingKind::BelowItsKnownPart {
                part,
                part_value,
                value,
            } => {
                let (value, part_value) = (n(*value), n(*part_value));
                let (part_vi, part_en) = (
                    crate::i18n::period(Lang::Vi, *part),
                    crate::i18n::period(Lang::En, *part),
                );
                trf!(
                    lang,
                    "số cả kỳ {value} thấp hơn số {part_vi} đã biết {part_value}, là một phần của kỳ: sửa số cả kỳ (hoặc số {part_vi})",
                    "the period's figure {value} is below the {part_en} already known, {part_value}, which is part of it: correct the period's figure (or the {part_en})"
                )
            }
            FindingKind::QuarterSharesDoNotAddUp(sum) => {
                let sum = n(*sum);
                trf!(
                    lang,
                    "tỷ trọng bốn quý trong năm trước cộng lại {sum}%, không phải 100%",
                    "the four quarters' shares of last year add up to {sum}%, not 100 %"
                )
            }
            FindingKind::FractionalCount(v) => {
                let v = n(*v);
                trf!(
                    lang,
                    "số đếm không nguyên: {v}",
                    "count is not a whole number: {v}"
                )
            }
            FindingKind::Missing(what) => {
                let thing = match *what {
                    "name" => tr(lang, "tên tiếng Việt", "name"),
                    "unit" => tr(lang, "đơn vị tính", "unit"),
                    other => tr(lang, "câu nguồn trong báo cáo", other),
                };
                trf!(lang, "thiếu {thing}", "the {thing} is missing")
            }
            FindingKind::DuplicateTaskNumber(number) => trf!(
                lang,
                "số thứ tự \"{number}\" được in hai lần",
                "number \"{number}\" is printed twice"
            ),
        }
    }

    /// The one-line form printed by `chitieu check`: `<severity> <id>: <message>`.
    pub fn line(&self) -> String {
        format!(
            "{} {}: {}",
            self.severity,
            self.subject,
            self.message(Lang::En, Notation::English)
        )
    }
}

/// The structural findings: duplicate ids, references to nothing, parent cycles.
/// A report with any of these cannot be shown as a tree and is refused on load.
pub fn structure(report: &Report) -> Vec<Finding> {
    let mut out = Vec::new();
    let ind = |id: &IndicatorId| Subject::Indicator(id.clone());

    let mut seen = HashSet::new();
    for s in &report.sections {
        if !seen.insert(&s.id) {
            out.push(Finding::new(
                Severity::Error,
                Subject::Section(s.id.clone()),
                FindingKind::DuplicateId,
            ));
        }
    }
    let section_ids = seen;
    for s in &report.sections {
        if let Some(p) = &s.parent
            && !section_ids.contains(p)
        {
            out.push(Finding::new(
                Severity::Error,
                Subject::Section(s.id.clone()),
                FindingKind::UnknownParentSection(p.clone()),
            ));
        }
    }
    let section_index: HashMap<&str, usize> = report
        .sections
        .iter()
        .enumerate()
        .map(|(k, s)| (s.id.0.as_str(), k))
        .collect();
    let section_parents: Vec<Option<usize>> = report
        .sections
        .iter()
        .map(|s| {
            s.parent
                .as_ref()
                .and_then(|p| section_index.get(p.0.as_str()).copied())
        })
        .collect();
    let section_name = |k: usize| report.sections.get(k).map_or("", |s| s.id.0.as_str());
    for cycle in cycles(&section_parents, section_name) {
        let first = SectionId(cycle.first().cloned().unwrap_or_default());
        out.push(Finding::new(
            Severity::Error,
            Subject::Section(first),
            FindingKind::ParentCycle(cycle),
        ));
    }

    // One pass over the ids: duplicates, and the position of each (the last one).
    let mut index: FxHashMap<&str, usize> =
        FxHashMap::with_capacity_and_hasher(report.indicators.len(), Default::default());
    for (k, i) in report.indicators.iter().enumerate() {
        if index.insert(i.id.0.as_str(), k).is_some() {
            out.push(Finding::new(
                Severity::Error,
                ind(&i.id),
                FindingKind::DuplicateId,
            ));
        }
    }
    // Neighbours mostly share a section: look each one up once.
    let mut known_section: Option<&SectionId> = None;
    for i in &report.indicators {
        if known_section != Some(&i.section) {
            if section_ids.contains(&i.section) {
                known_section = Some(&i.section);
            } else {
                out.push(Finding::new(
                    Severity::Error,
                    ind(&i.id),
                    FindingKind::UnknownSection(i.section.clone()),
                ));
            }
        }
        if let Some(p) = &i.parent
            && !index.contains_key(p.0.as_str())
        {
            out.push(Finding::new(
                Severity::Error,
                ind(&i.id),
                FindingKind::UnknownParent(p.clone()),
            ));
        }
    }
    let parents: Vec<Option<usize>> = report
        .indicators
        .iter()
        .map(|i| {
            i.parent
                .as_ref()
                .and_then(|p| index.get(p.0.as_str()).copied())
        })
        .collect();
    let indicator_name = |k: usize| report.indicators.get(k).map_or("", |i| i.id.0.as_str());
    for cycle in cycles(&parents, indicator_name) {
        let first = IndicatorId(cycle.first().cloned().unwrap_or_default());
        out.push(Finding::new(
            Severity::Error,
            Subject::Indicator(first),
            FindingKind::ParentCycle(cycle),
        ));
    }

    let mut seen = HashSet::new();
    for t in &report.tasks {
        if !seen.insert(&t.id) {
            out.push(Finding::new(
                Severity::Error,
                Subject::Task(t.id.clone()),
                FindingKind::DuplicateId,
            ));
        }
    }
    out
}

/// Every cycle in a child → parent list (by position), each once, as names starting
/// from the smallest and closed by repeating it; in the order of their first names.
/// One pass, each node visited once: linear in the number of nodes.
fn cycles<'a>(parents: &[Option<usize>], name: impl Fn(usize) -> &'a str) -> Vec<Vec<String>> {
    const NEW: u8 = 0;
    const ON_PATH: u8 = 1;
    const DONE: u8 = 2;
    let mut state = vec![NEW; parents.len()];
    let mut path: Vec<usize> = Vec::new();
    let mut found: Vec<Vec<String>> = Vec::new();
    for start in 0..parents.len() {
        if state.get(start) != Some(&NEW) {
            continue;
        }
        path.clear();
        let mut node = Some(start);
        while let Some(v) = node {
            match state.get(v).copied() {
                Some(NEW) => {
                    if let Some(s) = state.get_mut(v) {
                        *s = ON_PATH;
                    }
                    path.push(v);
                    node = parents.get(v).copied().flatten();
                }
                Some(ON_PATH) => {
                    // `v` closes a cycle: the part of the path from its first visit.
                    let from = path.iter().position(|&p| p == v).unwrap_or(0);
                    let mut cycle: Vec<&str> = path
                        .get(from..)
                        .unwrap_or_default()
                        .iter()
                        .map(|&k| name(k))
                        .collect();
                    if let Some(min_at) = cycle
                        .iter()
                        .enumerate()
                        .min_by_key(|(_, n)| **n)
                        .map(|(k, _)| k)
                    {
                        cycle.rotate_left(min_at);
                    }
                    let mut cycle: Vec<String> = cycle.into_iter().map(str::to_owned).collect();
                    if let Some(first) = cycle.first().cloned() {
                        cycle.push(first);
                    }
                    found.push(cycle);
                    break;
                }
                _ => break,
            }
        }
        for &v in &path {
            if let Some(s) = state.get_mut(v) {
                *s = DONE;
            }
        }
    }
    found.sort();
    found
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
/// that each indicator should name its sentence: a report the office makes itself (by
/// the next period, or from nothing) has none, and its absence is no finding.
fn has_source(report: &Report) -> bool {
    !report.source.title.trim().is_empty()
}

/// The printed growth against the report's own actual and a stated figure for last
/// year (one derived from that growth agrees with it by construction).
fn printed_growth(i: &Indicator, out: &mut Vec<Finding>) {
    if i.change_in_units() || (i.prior_is_derived()) {
        return;
    }
    let (Some(printed), Some(actual), Some(prior)) = (
        i.report_value(Field::YoyGrowthPct),
        i.report_value(Field::Actual),
        i.report_value(Field::Prior),
    ) else {
        return;
    };
    if prior <= 0.0 {
        return;
    }
    let computed = (actual / prior - 1.0) * 100.0;
    let rounding = half_unit(printed)
        + 100.0 * (half_unit(actual) + actual.abs() / prior * half_unit(prior)) / prior
        + 1e-9;
    if (computed - printed).abs() > rounding {
        out.push(Finding::new(
            Severity::Warning,
            Subject::Indicator(i.id.clone()),
            FindingKind::PrintedGrowthMismatch { printed, computed },
        ));
    }
}

/// An indicator that is the growth of another (its `growth_of`) against that one's growth.
fn growth_of(i: &Indicator, report: &Report, out: &mut Vec<Finding>) {
    let (Some(of), Some(value)) = (&i.growth_of, i.actual) else {
        return;
    };
    let Some(other) = report.indicator(of) else {
        return;
    };
    let Some(growth) = other.growth_pct() else {
        return;
    };
    let rounding = half_unit(value)
        + other
            .yoy_growth_pct
            .map_or(0.005, |p| other.growth_rounding(p))
        + 1e-9;
    if (value - growth).abs() > rounding {
        out.push(Finding::new(
            Severity::Warning,
            Subject::Indicator(i.id.clone()),
            FindingKind::GrowthOfDisagrees {
                of: of.clone(),
                value,
                growth,
            },
        ));
    }
}

/// A cumulative amount or count of the period may not fall below a part of the period
/// already known (the year's budget revenue below its own first half): an error.
fn below_known_part(i: &Indicator, period: &crate::model::Period, out: &mut Vec<Finding>) {
    if !matches!(i.measure, Measure::Amount | Measure::Count) {
        return;
    }
    let Some(value) = i.actual else {
        return;
    };
    let part = i
        .subperiods
        .iter()
        .filter(|s| s.period != *period && period.contains(&s.period))
        .filter(|s| s.period.months().0 == period.months().0)
        .filter(|s| s.value > value + half_unit(value) + half_unit(s.value))
        .max_by(|a, b| a.value.total_cmp(&b.value));
    if let Some(part) = part {
        out.push(Finding::new(
            Severity::Error,
            Subject::Indicator(i.id.clone()),
            FindingKind::BelowItsKnownPart {
                part: part.period,
                part_value: part.value,
                value,
            },
        ));
    }
}

/// The four quarters' shares of last year, when all are given, make the whole year
/// (allowing the rounding of shares printed to one decimal).
fn quarter_shares(i: &Indicator, out: &mut Vec<Finding>) {
    let shares: Option<Vec<f64>> = crate::model::Quarter::ALL
        .iter()
        .map(|q| i.quarters.get(q).and_then(|p| p.prior_share_pct))
        .collect();
    if let Some(sum) = shares.map(|s| s.iter().sum::<f64>())
        && (sum - 100.0).abs() > 0.2 + 1e-9
    {
        out.push(Finding::new(
            Severity::Warning,
            Subject::Indicator(i.id.clone()),
            FindingKind::QuarterSharesDoNotAddUp(sum),
        ));
    }
}

/// For a growth rate given for the parts of its period too (GRDP by quarter), the
/// period's growth must lie between the parts' when the parts make up the whole period
/// with no overlap.
fn growth_of_the_parts_of_the_period(
    i: &Indicator,
    period: &crate::model::Period,
    out: &mut Vec<Finding>,
) {
    if i.measure != Measure::Rate || i.subperiods.len() < 2 {
        return;
    }
    let Some(whole) = i.actual else {
        return;
    };
    let mut months: Vec<(u8, u8)> = i.subperiods.iter().map(|s| s.period.months()).collect();
    months.sort_unstable();
    let (first, last) = period.months();
    let tiles = months.first().is_some_and(|m| m.0 == first)
        && months.last().is_some_and(|m| m.1 == last)
        && months
            .windows(2)
            .all(|w| matches!(w, [a, b] if a.1 + 1 == b.0));
    if !tiles || i.subperiods.iter().any(|s| s.period.year != period.year) {
        return;
    }
    let parts: Vec<f64> = i.subperiods.iter().map(|s| s.value).collect();
    if !crate::metrics::growth_between_parts(whole, &parts) {
        let low = parts.iter().copied().fold(f64::INFINITY, f64::min);
        let high = parts.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        out.push(Finding::new(
            Severity::Warning,
            Subject::Indicator(i.id.clone()),
            FindingKind::GrowthOutsideItsParts { whole, low, high },
        ));
    }
}

use crate::model::half_unit;

fn values(i: &Indicator, has_source: bool, out: &mut Vec<Finding>) {
    let subject = || Subject::Indicator(i.id.clone());
    for (what, empty) in [
        ("name", i.name.vi.trim().is_empty()),
        ("unit", i.unit.vi.trim().is_empty()),
        ("source sentence", has_source && i.source.trim().is_empty()),
    ] {
        if empty {
            out.push(Finding::new(
                Severity::Info,
                subject(),
                FindingKind::Missing(what),
            ));
        }
    }
    match i.measure {
        Measure::Share => {
            for field in Field::ALL.into_iter().filter(|f| *f != Field::YoyGrowthPct) {
                // Shares are in 0–100 for last year as for this one.
                if let Some(value) = i.value(field)
                    && !(0.0..=100.0).contains(&value)
                {
                    out.push(Finding::new(
                        Severity::Warning,
                        subject(),
                        FindingKind::ShareOutOfRange { field, value },
                    ));
                }
            }
        }
        Measure::Count => {
            if let Some(v) = i.actual {
                if v < 0.0 {
                    out.push(Finding::new(
                        Severity::Warning,
                        subject(),
                        FindingKind::NegativeCount(v),
                    ));
                } else if v.fract() != 0.0 {
                    out.push(Finding::new(
                        Severity::Warning,
                        subject(),
                        FindingKind::FractionalCount(v),
                    ));
                }
            }
        }
        Measure::Amount | Measure::Rate => {}
    }
    if i.measure.is_rate() {
        return;
    }
    // The printed percent is about the report's own figures, not the revised ones.
    let actual = i.report_value(Field::Actual);
    for (which, field, target) in [
        (Which::Period, Field::Target, &i.target),
        (Which::Annual, Field::AnnualTarget, &i.annual_target),
    ] {
        let Some(printed) = target.as_ref().and_then(|t| t.printed_pct) else {
            continue;
        };
        let (Some(a), Some(t)) = (actual, i.report_value(field)) else {
            continue;
        };
        let Some(computed) = metrics::achievement(Some(a), Some(t)) else {
            continue;
        };
        let rounding =
            computed * (half_unit(a) / a.abs().max(f64::MIN_POSITIVE) + half_unit(t) / t);
        if (computed - printed).abs() > half_unit(printed) + rounding + 1e-9 {
            out.push(Finding::new(
                Severity::Warning,
                subject(),
                FindingKind::PrintedPctMismatch {
                    which,
                    printed,
                    computed,
                },
            ));
        }
    }
}

/// The parts of a breakdown against their total, by [`Indicator::parts_rule`]: a
/// complete breakdown whose parts are all known must add up (and so must their
/// compared-period values); the known parts of any other may not exceed the total.
fn breakdown(total: &Indicator, parts: &[&Indicator], out: &mut Vec<Finding>) {
    let Some(rule) = total.parts_rule(parts.iter().copied()) else {
        return;
    };
    let subject = || Subject::Indicator(total.id.clone());
    let Some(total_value) = total.actual else {
        return;
    };
    let known: Vec<f64> = parts.iter().filter_map(|p| p.actual).collect();
    let sum: f64 = known.iter().sum();
    let tolerance = half_unit(total_value)
        + known.iter().map(|v| half_unit(*v)).sum::<f64>()
        + 1e-9 * total_value.abs();
    if rule == PartsRule::AddUp && known.len() == parts.len() {
        if (sum - total_value).abs() > tolerance {
            out.push(Finding::new(
                Severity::Error,
                subject(),
                FindingKind::PartsDoNotAddUp {
                    total: total_value,
                    parts: sum,
                },
            ));
        } else if let Some(finding) = prior_sum(total, parts) {
            out.push(Finding::new(Severity::Warning, subject(), finding));
        }
    } else if !known.is_empty() && sum > total_value + tolerance {
        out.push(Finding::new(
            Severity::Error,
            subject(),
            FindingKind::PartsExceedTotal {
                total: total_value,
                parts: sum,
            },
        ));
    }
}

/// For a complete breakdown whose total and parts all have a growth rate, the parts'
/// compared-period values must add up to the total's, within rounding.
fn prior_sum(total: &Indicator, parts: &[&Indicator]) -> Option<FindingKind> {
    let uncertainty = |i: &Indicator| -> Option<(f64, f64)> {
        // Only last year's figures the report implies by its growths: the report's
        // own actual and printed growth (a stated figure is checked as itself).
        let stated = i.prior.is_some() && !i.prior_is_derived();
        let actual = i.report_value(Field::Actual)?;
        let growth = i.report_value(Field::YoyGrowthPct)?;
        let factor = 1.0 + growth / 100.0;
        if stated || i.yoy_change.is_some() || factor <= 0.0 {
            return None;
        }
        let prior = actual / factor;
        let error =
            half_unit(actual) / factor + actual / (factor * factor) * half_unit(growth) / 100.0;
        Some((prior, error))
    };
    let (total_prior, mut tolerance) = uncertainty(total)?;
    let mut sum = 0.0;
    for p in parts {
        let (prior, error) = uncertainty(p)?;
        sum += prior;
        tolerance += error;
    }
    ((sum - total_prior).abs() > tolerance).then_some(FindingKind::PriorDoesNotAddUp {
        total: total_prior,
        parts: sum,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{
        Breakdown, Period, Section, SourceDocument, Span, Target, TargetBasis, Task, Text, Unit,
    };

    fn report(indicators: Vec<Indicator>) -> Report {
        Report {
            schema_version: crate::model::SCHEMA_VERSION,
            title: Text::new("t", "t"),
            region: Text::new("r", "r"),
            period: Period {
                year: 2024,
                span: Span::H1,
            },
            compared_with: None,
            source: SourceDocument::default(),
            sections: vec![Section {
                id: "s".into(),
                title: Text::new("s", "s"),
                ..Section::default()
            }],
            indicators,
            tasks: vec![],
        }
    }

    fn ind(id: &str, parent: Option<&str>, actual: Option<f64>) -> Indicator {
        Indicator {
            id: id.into(),
            section: "s".into(),
            parent: parent.map(Into::into),
            name: Text::new(id, id),
            unit: Unit {
                vi: "tỷ đồng".into(),
                ..Unit::default()
            },
            actual,
            source: "câu".into(),
            ..Indicator::default()
        }
    }

    fn kinds(r: &Report) -> Vec<(String, FindingKind)> {
        check(r)
            .into_iter()
            .map(|f| (f.subject.to_string(), f.kind))
            .collect()
    }

    #[test]
    fn a_clean_report_has_no_findings() {
        let mut total = ind("total", None, Some(26529.0));
        total.breakdown = Breakdown::Complete;
        let r = report(vec![
            total,
            ind("a", Some("total"), Some(3698.0)),
            ind("b", Some("total"), Some(17053.0)),
            ind("c", Some("total"), Some(5778.0)),
        ]);
        assert_eq!(kinds(&r), vec![]);
    }

    #[test]
    fn complete_breakdown_must_add_up_within_rounding() {
        let mut total = ind("total", None, Some(5078.4));
        total.breakdown = Breakdown::Complete;
        let mut r = report(vec![
            total,
            ind("a", Some("total"), Some(3591.7)),
            ind("b", Some("total"), Some(1131.76)),
            ind("c", Some("total"), Some(354.9)),
        ]);
        assert_eq!(kinds(&r), vec![], "5078.36 rounds to 5078.4");
        r.indicators[3].actual = Some(360.0);
        assert!(matches!(
            kinds(&r).as_slice(),
            [(id, FindingKind::PartsDoNotAddUp { .. })] if id == "total"
        ));
    }

    #[test]
    fn partial_breakdown_may_not_exceed_its_total() {
        let r = report(vec![
            ind("revenue", None, Some(14283.5)),
            ind("domestic", Some("revenue"), Some(12366.7)),
            ind("trade", Some("revenue"), Some(1924.0)),
        ]);
        let found = check(&r);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, Severity::Error);
        assert_eq!(
            found[0].line(),
            "error revenue: the parts add up to 14,290.7, more than the total 14,283.5 (by 7.2)"
        );
        let fewer = report(vec![
            ind("fdi", None, Some(185.0)),
            ind("new", Some("fdi"), Some(138.6)),
            ind("adjusted", Some("fdi"), Some(43.4)),
        ]);
        assert_eq!(kinds(&fewer), vec![]);
    }

    #[test]
    fn printed_percent_is_checked_against_the_figures() {
        let mut disbursed = ind("disbursed", None, Some(1087.0));
        disbursed.annual_target = Some(Target {
            value: Some(6931.695),
            basis: TargetBasis::Plan,
            printed_pct: Some(15.7),
            ..Target::default()
        });
        let mut r = report(vec![disbursed]);
        assert_eq!(kinds(&r), vec![], "1087 / 6931.695 = 15.68 %");
        r.indicators[0].annual_target.as_mut().unwrap().printed_pct = Some(17.5);
        let found = check(&r);
        assert!(matches!(
            found[0].kind,
            FindingKind::PrintedPctMismatch {
                which: Which::Annual,
                ..
            }
        ));
        assert_eq!(
            found[0].message(Lang::Vi, Notation::Vietnamese),
            "tỷ lệ in trong báo cáo 17,5% so với chỉ tiêu năm, tính lại được 15,68%"
        );
        // A revised target does not make the source's percent wrong.
        r.indicators[0].annual_target.as_mut().unwrap().printed_pct = Some(15.7);
        r.indicators[0].set_value(Field::AnnualTarget, Some(9000.0));
        assert_eq!(kinds(&r), vec![]);
    }

    #[test]
    fn implausible_values_are_found() {
        let mut share = ind("share", None, Some(104.0));
        share.measure = Measure::Share;
        let mut count = ind("count", None, Some(-3.0));
        count.measure = Measure::Count;
        let mut half = ind("half", None, Some(2.5));
        half.measure = Measure::Count;
        let r = report(vec![share, count, half]);
        let k = kinds(&r);
        assert!(matches!(k[0].1, FindingKind::ShareOutOfRange { value, .. } if value == 104.0));
        assert!(matches!(k[1].1, FindingKind::NegativeCount(v) if v == -3.0));
        assert!(matches!(k[2].1, FindingKind::FractionalCount(v) if v == 2.5));
    }

    #[test]
    fn structure_finds_duplicates_dangling_references_and_cycles() {
        let mut r = report(vec![
            ind("a", Some("b"), None),
            ind("b", Some("c"), None),
            ind("c", Some("a"), None),
            ind("d", Some("nowhere"), None),
            ind("d", None, None),
            ind("e", Some("e"), None),
        ]);
        r.indicators[3].section = "missing".into();
        let lines: Vec<String> = structure(&r).iter().map(Finding::line).collect();
        assert_eq!(
            lines,
            vec![
                "error d: this id is used more than once",
                "error d: section \"missing\" does not exist",
                "error d: parent indicator \"nowhere\" does not exist",
                "error a: parent cycle: a → b → c → a",
                "error e: parent cycle: e → e",
            ]
        );
    }

    #[test]
    fn duplicate_task_numbers_are_found() {
        let mut r = report(vec![]);
        let task = |id: &str, number: &str| Task {
            id: id.into(),
            number: number.into(),
            ..Task::default()
        };
        r.tasks = vec![task("t3_3", "3.3"), task("t3_3b", "3.3")];
        let lines: Vec<String> = check(&r).iter().map(Finding::line).collect();
        assert_eq!(
            lines,
            vec!["warning task:t3_3b: number \"3.3\" is printed twice"]
        );
    }

    #[test]
    fn prior_values_of_a_complete_breakdown_must_add_up() {
        let with_growth = |id: &str, parent: Option<&str>, actual: f64, growth: f64| Indicator {
            yoy_growth_pct: Some(growth),
            ..ind(id, parent, Some(actual))
        };
        let mut total = with_growth("total", None, 26529.0, 11.5);
        total.breakdown = Breakdown::Complete;
        let mut r = report(vec![
            total,
            with_growth("a", Some("total"), 3698.0, 27.9),
            with_growth("b", Some("total"), 17053.0, 5.9),
            with_growth("c", Some("total"), 5778.0, 20.4),
        ]);
        assert_eq!(kinds(&r), vec![]);
        r.indicators[0].yoy_growth_pct = Some(15.0);
        assert!(matches!(
            kinds(&r)[0].1,
            FindingKind::PriorDoesNotAddUp { .. }
        ));
    }

    #[test]
    fn a_printed_growth_is_checked_against_a_stated_prior() {
        let mut lychee = ind("lychee", None, Some(60000.0));
        lychee.prior = Some(57530.0);
        lychee.yoy_growth_pct = Some(4.3);
        assert_eq!(kinds(&report(vec![lychee.clone()])), vec![]);
        lychee.yoy_growth_pct = Some(5.3);
        assert!(matches!(
            kinds(&report(vec![lychee.clone()]))[..],
            [(_, FindingKind::PrintedGrowthMismatch { printed, .. })] if printed == 5.3
        ));
        // One derived from the printed growth agrees with it, and a revised actual
        // moves the growth shown, not the finding.
        let mut revenue = ind("revenue", None, Some(14283.5));
        revenue.yoy_growth_pct = Some(36.9);
        revenue.settle_prior();
        revenue.set_value(Field::Actual, Some(14350.2));
        assert_eq!(kinds(&report(vec![revenue])), vec![]);
    }

    #[test]
    fn a_year_below_its_known_first_half_is_an_error() {
        let mut year = report(vec![]);
        year.period = Period {
            year: 2024,
            span: Span::Year,
        };
        let mut revenue = ind("revenue", None, Some(10000.0));
        revenue.subperiods = vec![crate::model::SubPeriodValue {
            period: Period {
                year: 2024,
                span: Span::H1,
            },
            value: 14283.5,
        }];
        year.indicators = vec![revenue.clone()];
        let found = check(&year);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].severity, Severity::Error);
        assert!(
            found[0]
                .message(Lang::En, Notation::English)
                .contains("below the first half of 2024 already known, 14,283.5"),
        );
        revenue.actual = Some(20000.0);
        year.indicators = vec![revenue];
        assert_eq!(check(&year), vec![]);
    }

    #[test]
    fn a_count_and_the_indicator_that_is_its_growth_are_checked_together() {
        let mut count = ind("new_firms", None, Some(1100.0));
        count.prior = Some(1000.0);
        let mut rate = ind("new_firms_growth", None, Some(10.0));
        rate.measure = Measure::Rate;
        rate.growth_of = Some("new_firms".into());
        assert_eq!(kinds(&report(vec![count.clone(), rate.clone()])), vec![]);
        rate.actual = Some(12.5);
        assert!(matches!(
            &kinds(&report(vec![count, rate]))[..],
            [(_, FindingKind::GrowthOfDisagrees { growth, .. })] if (*growth - 10.0).abs() < 1e-9
        ));
    }

    #[test]
    fn missing_texts_are_noted() {
        let mut bare = ind("bare", None, Some(1.0));
        bare.source.clear();
        bare.unit.vi.clear();
        let mut transcribed = report(vec![bare.clone()]);
        transcribed.source.title = "Báo cáo số 123/BC-UBND".into();
        // A report the office made itself (no source document) names no sentences.
        let own: Vec<String> = check(&report(vec![bare]))
            .iter()
            .map(Finding::line)
            .collect();
        assert_eq!(own, vec!["info bare: the unit is missing"]);
        let lines: Vec<String> = check(&transcribed).iter().map(Finding::line).collect();
        assert_eq!(
            lines,
            vec![
                "info bare: the unit is missing",
                "info bare: the source sentence is missing"
            ]
        );
    }

    #[test]
    fn a_half_years_growth_lies_between_its_quarters() {
        let mut report = crate::io::embedded().unwrap();
        let outside = |r: &Report| {
            check(r)
                .into_iter()
                .filter(|f| matches!(f.kind, FindingKind::GrowthOutsideItsParts { .. }))
                .count()
        };
        // GRDP: 10,0 % in the half, 10,11 % and 9,91 % in its quarters.
        assert_eq!(outside(&report), 0);
        let grdp = IndicatorId("grdp_growth".into());
        let ind = report.indicator_mut(&grdp).unwrap();
        ind.set_value(Field::Actual, Some(10.5));
        assert_eq!(outside(&report), 1, "10,5 is above both quarters");
        // The quarters of a nine-month report do not make it up: nothing to say.
        report.period = "2024-9M".parse().unwrap();
        assert_eq!(outside(&report), 0);
    }

    #[test]
    fn the_four_quarters_shares_make_a_whole_year() {
        use crate::model::{Quarter, QuarterPlan};
        let mut report = crate::io::embedded().unwrap();
        let sums = |r: &Report| {
            check(r)
                .into_iter()
                .filter_map(|f| match f.kind {
                    FindingKind::QuarterSharesDoNotAddUp(sum) => Some(sum),
                    _ => None,
                })
                .collect::<Vec<_>>()
        };
        let grdp = IndicatorId("grdp_growth".into());
        let ind = report.indicator_mut(&grdp).unwrap();
        for (q, share) in Quarter::ALL.into_iter().zip([21.0, 24.0, 26.0, 29.1]) {
            ind.quarters.insert(
                q,
                QuarterPlan {
                    prior_share_pct: Some(share),
                    scenario_pct: None,
                },
            );
        }
        assert_eq!(sums(&report), Vec::<f64>::new(), "100,1 is rounding");
        let ind = report.indicator_mut(&grdp).unwrap();
        ind.quarters.get_mut(&Quarter::Q4).unwrap().prior_share_pct = Some(27.5);
        assert_eq!(sums(&report), vec![98.5]);
        // Three quarters known say nothing of the fourth.
        let ind = report.indicator_mut(&grdp).unwrap();
        ind.quarters.remove(&Quarter::Q4);
        assert_eq!(sums(&report), Vec::<f64>::new());
    }

    #[test]
    fn every_message_reads_the_same_in_both_languages() {
        let finding =
            |kind: FindingKind| Finding::new(Severity::Error, Subject::Task("t".into()), kind);
        let cases = [
            (
                FindingKind::DuplicateId,
                "mã này xuất hiện nhiều lần",
                "this id is used more than once",
            ),
            (
                FindingKind::UnknownSection("s9".into()),
                "mục \"s9\" không tồn tại",
                "section \"s9\" does not exist",
            ),
            (
                FindingKind::UnknownParent("p".into()),
                "chỉ tiêu cha \"p\" không tồn tại",
                "parent indicator \"p\" does not exist",
            ),
            (
                FindingKind::UnknownParentSection("q".into()),
                "mục cha \"q\" không tồn tại",
                "parent section \"q\" does not exist",
            ),
            (
                FindingKind::ParentCycle(vec!["a".into(), "b".into(), "a".into()]),
                "vòng lặp chỉ tiêu cha: a → b → a",
                "parent cycle: a → b → a",
            ),
            (
                FindingKind::PartsDoNotAddUp {
                    total: 5078.4,
                    parts: 5083.5,
                },
                "tổng các thành phần 5.083,5 khác tổng 5.078,4 (chênh 5,1)",
                "the parts add up to 5,083.5, not to the total 5,078.4 (off by 5.1)",
            ),
            (
                FindingKind::PartsExceedTotal {
                    total: 14283.5,
                    parts: 14290.7,
                },
                "các thành phần cộng lại 14.290,7 vượt tổng 14.283,5 (thừa 7,2)",
                "the parts add up to 14,290.7, more than the total 14,283.5 (by 7.2)",
            ),
            (
                FindingKind::PriorDoesNotAddUp {
                    total: 100.0,
                    parts: 90.5,
                },
                "số cùng kỳ suy từ tốc độ tăng: các thành phần 90,5 khác tổng 100",
                "the prior-period values implied by the growth rates do not add up: parts 90.5, total 100",
            ),
            (
                FindingKind::PrintedPctMismatch {
                    which: Which::Period,
                    printed: 17.5,
                    computed: 15.681,
                },
                "tỷ lệ in trong báo cáo 17,5% so với chỉ tiêu kỳ, tính lại được 15,68%",
                "printed 17.5% of the period target, but the figures give 15.68%",
            ),
            (
                FindingKind::PrintedPctMismatch {
                    which: Which::Annual,
                    printed: 17.5,
                    computed: 15.681,
                },
                "tỷ lệ in trong báo cáo 17,5% so với chỉ tiêu năm, tính lại được 15,68%",
                "printed 17.5% of the annual target, but the figures give 15.68%",
            ),
            (
                FindingKind::ShareOutOfRange {
                    field: Field::Actual,
                    value: 104.5,
                },
                "tỷ lệ actual = 104,5% nằm ngoài khoảng 0–100%",
                "share actual = 104.5% is outside 0–100 %",
            ),
            (
                FindingKind::NegativeCount(-3.0),
                "số đếm âm: -3",
                "negative count: -3",
            ),
            (
                FindingKind::FractionalCount(2.5),
                "số đếm không nguyên: 2,5",
                "count is not a whole number: 2.5",
            ),
            (
                FindingKind::GrowthOutsideItsParts {
                    whole: 10.5,
                    low: 9.91,
                    high: 10.11,
                },
                "tăng trưởng cả kỳ 10,5% nằm ngoài tăng trưởng các phần của kỳ (9,91% đến 10,11%)",
                "the period's growth of 10.5% lies outside its parts' (9.91% to 10.11%)",
            ),
            (
                FindingKind::QuarterSharesDoNotAddUp(98.5),
                "tỷ trọng bốn quý trong năm trước cộng lại 98,5%, không phải 100%",
                "the four quarters' shares of last year add up to 98.5%, not 100 %",
            ),
            (
                FindingKind::Missing("name"),
                "thiếu tên tiếng Việt",
                "the name is missing",
            ),
            (
                FindingKind::Missing("unit"),
                "thiếu đơn vị tính",
                "the unit is missing",
            ),
            (
                FindingKind::Missing("source sentence"),
                "thiếu câu nguồn trong báo cáo",
                "the source sentence is missing",
            ),
            (
                FindingKind::DuplicateTaskNumber("3.3".into()),
                "số thứ tự \"3.3\" được in hai lần",
                "number \"3.3\" is printed twice",
            ),
        ];
        for (kind, vi, en) in cases {
            let f = finding(kind);
            assert_eq!(f.message(Lang::Vi, Notation::Vietnamese), vi);
            assert_eq!(f.message(Lang::En, Notation::English), en);
        }
    }
}
