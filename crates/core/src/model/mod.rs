//! The report model: plain data, serde, no I/O and no GUI types.
//!
//! A [`Report`] is one region and one period. Every figure is optional: a report says
//! what it says and no more. Computed figures (achievement, gaps, prior values, what
//! remains for the second half, status) live in [`crate::metrics`], never here.

mod anchor;
mod parts;
mod period;
pub mod text;

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

pub use anchor::half_unit;
pub use parts::PartsRule;
pub use period::{ParsePeriodError, Period, Span};

/// The schema version this build writes, and the newest it can read.
pub const SCHEMA_VERSION: u32 = 1;

fn first_schema_version() -> u32 {
    1
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// A text in Vietnamese and English.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// Vietnamese, as the source words it.
    pub vi: String,
    /// English.
    #[serde(default)]
    pub en: String,
}

impl Text {
    /// A text in both languages.
    pub fn new(vi: impl Into<String>, en: impl Into<String>) -> Self {
        Self {
            vi: vi.into(),
            en: en.into(),
        }
    }

    /// The text in `lang`, falling back to Vietnamese when the English is missing.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Vi => &self.vi,
            Lang::En if self.en.is_empty() => &self.vi,
            Lang::En => &self.en,
        }
    }
}

/// A language of the interface and of the data.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// Tiếng Việt.
    #[default]
    Vi,
    /// English.
    En,
}

/// Identifier of a [`Section`], stable across edits.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SectionId(pub String);

/// Identifier of an [`Indicator`], stable across edits.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct IndicatorId(pub String);

/// Identifier of a [`Task`], stable across edits.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct TaskId(pub String);

impl fmt::Display for TaskId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for TaskId {
    fn from(s: &str) -> Self {
        Self(s.to_owned())
    }
}

impl fmt::Display for SectionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Display for IndicatorId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for IndicatorId {
    fn from(s: &str) -> Self {
        Self(s.to_owned())
    }
}

impl From<&str> for SectionId {
    fn from(s: &str) -> Self {
        Self(s.to_owned())
    }
}

/// One region's report on one period.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Report {
    /// The schema version the file was written with (see [`SCHEMA_VERSION`]). Files
    /// from before the field existed have none and are read as version 1.
    #[serde(default = "first_schema_version")]
    pub schema_version: u32,
    /// The report's title.
    pub title: Text,
    /// The region (province) the report is about.
    pub region: Text,
    /// The period the figures are for.
    pub period: Period,
    /// The period the growth figures compare with (usually the same period a year earlier).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compared_with: Option<Period>,
    /// The document the figures come from.
    pub source: SourceDocument,
    /// The report's sections, in the order printed.
    #[serde(default)]
    pub sections: Vec<Section>,
    /// The indicators, in the order printed; breakdowns follow their total.
    #[serde(default)]
    pub indicators: Vec<Indicator>,
    /// The key tasks for the rest of the year.
    #[serde(default)]
    pub tasks: Vec<Task>,
}

/// The document a report's figures come from.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceDocument {
    /// The document's title as printed.
    pub title: String,
    /// Who issued it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub issuer: String,
    /// Its reference number as printed (may be incomplete on a draft).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reference: String,
    /// Where and when it was issued, as printed.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub date: String,
    /// Anything else worth knowing about the source.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// A section of the report.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Stable identifier.
    pub id: SectionId,
    /// The number as printed, such as `2.1`.
    #[serde(default)]
    pub number: String,
    /// The section's title.
    pub title: Text,
    /// The enclosing section, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<SectionId>,
}

/// Which way an indicator is good.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Direction {
    /// More is better (revenue, output).
    #[default]
    HigherIsBetter,
    /// Less is better (crimes, bad debt, closed enterprises, traffic deaths).
    LowerIsBetter,
    /// Neither: a figure reported for information (a count of dossiers, a ratio).
    Neutral,
}

/// What kind of quantity an indicator measures.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Measure {
    /// An amount of money, goods or area; achievement is a ratio.
    #[default]
    Amount,
    /// A count of things or people; never negative, a whole number.
    Count,
    /// A share of a whole in percent, between 0 and 100; gaps are in percentage points.
    Share,
    /// A growth rate or another percentage that may be negative or above 100;
    /// gaps are in percentage points.
    Rate,
}

impl Measure {
    /// True for shares and rates, whose distance to target is a gap in points, not a ratio.
    pub fn is_rate(self) -> bool {
        matches!(self, Self::Share | Self::Rate)
    }
}

/// The unit of an indicator.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Unit {
    /// Vietnamese, as printed: `tỷ đồng`, `ha`, `nghìn lượt`, `%`.
    pub vi: String,
    /// English: `billion VND`, `ha`, `thousand visits`, `%`.
    #[serde(default)]
    pub en: String,
    /// The base year of constant prices (`giá so sánh năm 2010`), if the value is at constant prices.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub constant_prices_year: Option<u16>,
}

impl Unit {
    /// The unit's name in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Vi => &self.vi,
            Lang::En if self.en.is_empty() => &self.vi,
            Lang::En => &self.en,
        }
    }
}

/// What a target is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TargetBasis {
    /// A plan (`kế hoạch`, `KH`).
    #[default]
    Plan,
    /// A budget estimate (`dự toán`).
    BudgetEstimate,
    /// A growth scenario (`kịch bản`).
    Scenario,
    /// Anything else.
    Other,
}

/// A target, for the period or for the year.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Target {
    /// The target's value, in the indicator's unit.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "finite::option"
    )]
    pub value: Option<f64>,
    /// What the target is.
    #[serde(default)]
    pub basis: TargetBasis,
    /// The percent of this target the source printed as achieved (`đạt 72,7% dự toán`).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "finite::option"
    )]
    pub printed_pct: Option<f64>,
    /// True when the source gives only the percent and `value` was derived from it
    /// (`actual × 100 ÷ printed_pct`, rounded): an estimate, not a stated figure.
    #[serde(default, skip_serializing_if = "is_false")]
    pub derived: bool,
    /// What the source calls the target, when it is more specific than the basis
    /// (`kế hoạch Thủ tướng Chính phủ giao`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label: String,
}

/// How the child indicators of a total relate to it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Breakdown {
    /// The source lists some of the parts (`trong đó`): they may not exceed the total.
    #[default]
    Partial,
    /// The parts make up the whole total: they must add up to it.
    Complete,
    /// The parts are not summable (growth rates by sector, shares by school level).
    NotAdditive,
}

/// A value for a part of the period (GRDP growth by quarter).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubPeriodValue {
    /// The sub-period.
    pub period: Period,
    /// The value, in the indicator's unit.
    #[serde(deserialize_with = "finite::required")]
    pub value: f64,
}

/// A quarter of the year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Quarter {
    /// January to March.
    Q1,
    /// April to June.
    Q2,
    /// July to September.
    Q3,
    /// October to December.
    Q4,
}

impl Quarter {
    /// The four, in order.
    pub const ALL: [Self; 4] = [Self::Q1, Self::Q2, Self::Q3, Self::Q4];

    /// The quarter as a period of `year`.
    pub fn period(self, year: i32) -> Period {
        let span = match self {
            Self::Q1 => Span::Q1,
            Self::Q2 => Span::Q2,
            Self::Q3 => Span::Q3,
            Self::Q4 => Span::Q4,
        };
        Period { year, span }
    }

    /// 1 to 4.
    pub fn number(self) -> u8 {
        match self {
            Self::Q1 => 1,
            Self::Q2 => 2,
            Self::Q3 => 3,
            Self::Q4 => 4,
        }
    }
}

/// One quarter of a growth rate's year: its weight in last year and its scenario.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuarterPlan {
    /// The quarter's share of last year's annual level, in percent (the four add up
    /// to 100).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "finite::option"
    )]
    pub prior_share_pct: Option<f64>,
    /// The growth the year's scenario sets for the quarter, in percent.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "finite::option"
    )]
    pub scenario_pct: Option<f64>,
}

/// One of the editable figures of an indicator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Field {
    /// The estimated actual.
    Actual,
    /// The growth over the same period last year, in percent.
    YoyGrowthPct,
    /// The target for the period.
    Target,
    /// The annual target.
    AnnualTarget,
    /// The value of the same period last year (the anchor the growth is computed from).
    Prior,
}

impl Field {
    /// Every editable field.
    pub const ALL: [Self; 5] = [
        Self::Actual,
        Self::YoyGrowthPct,
        Self::Target,
        Self::AnnualTarget,
        Self::Prior,
    ];

    /// A short machine name, as used in CSV and on the command line.
    pub fn key(self) -> &'static str {
        match self {
            Self::Actual => "actual",
            Self::YoyGrowthPct => "yoy_growth_pct",
            Self::Target => "target",
            Self::AnnualTarget => "annual_target",
            Self::Prior => "prior_period",
        }
    }
}

/// An indicator of the report: one figure, its growth and its targets.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    /// Stable identifier.
    pub id: IndicatorId,
    /// The section it is reported in.
    pub section: SectionId,
    /// The total this indicator is a part of, for breakdowns.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<IndicatorId>,
    /// The indicator's name.
    pub name: Text,
    /// The unit of `actual`, the targets and `yoy_change`.
    pub unit: Unit,
    /// Which way is good.
    #[serde(default)]
    pub direction: Direction,
    /// What kind of quantity it is.
    #[serde(default)]
    pub measure: Measure,
    /// The estimated actual for the period.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "finite::option"
    )]
    pub actual: Option<f64>,
    /// The growth over the compared period, in percent (`tăng 36,9%` is 36.9,
    /// `bằng 83%` is −17, `gấp 10,8 lần` is 980).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "finite::option"
    )]
    pub yoy_growth_pct: Option<f64>,
    /// The change over the compared period in the indicator's unit, when the source
    /// states it as a difference (`giảm 638 trẻ`; for shares and rates, points).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "finite::option"
    )]
    pub yoy_change: Option<f64>,
    /// The value of the same period last year: the anchor the growth is computed from.
    /// Stored when known (stated by the source, `năm trước đạt 57.530 tấn`; carried by
    /// the next period; typed; imported), else derived once at load from the report's
    /// actual and its printed growth or change (see [`Report::settle_priors`]).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "finite::option"
    )]
    pub prior: Option<f64>,
    /// True when the report's own `prior` was not stated but derived at load from the
    /// report's actual and printed growth (or change): the file then says what the
    /// report printed and what was derived.
    #[serde(default, skip_serializing_if = "is_false")]
    pub prior_derived: bool,
    /// The target for the period itself (a scenario, a seasonal plan).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Target>,
    /// The share of this report's period in last year's annual level, in percent (for
    /// the first half of a year, usually 45–50): with it the year's growth splits into
    /// the period's and the rest's (`G = s·g + (1 − s)·g₂`), and an annual target of a
    /// flow is due at last year's pace rather than an even one. Entered by the user.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "finite::option"
    )]
    pub prior_share_pct: Option<f64>,
    /// The target for the whole year (plan, budget estimate).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annual_target: Option<Target>,
    /// For a growth rate, the year by quarter: each quarter's share of last year's
    /// annual level and this year's scenario growth for it (`kịch bản theo quý`), where
    /// known. With them the growth the rest of the year needs splits by quarter, and the
    /// scenario gives a year of its own. Entered by the user.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub quarters: BTreeMap<Quarter, QuarterPlan>,
    /// How this indicator's children relate to it.
    #[serde(default)]
    pub breakdown: Breakdown,
    /// Values for parts of the period.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub subperiods: Vec<SubPeriodValue>,
    /// The sentence of the source the figures come from.
    #[serde(default)]
    pub source: String,
    /// A free note.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// The indicator whose growth over last year this one is, when the report says so
    /// (the growth rate of new enterprises is the growth of their count): the two are
    /// checked against each other.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub growth_of: Option<IndicatorId>,
    /// The last period's note, kept by the next period to be seen beside the figures,
    /// not exported as this period's.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub prior_note: String,
    /// The indicator's code in the provincial indicator system (Decision
    /// 05/2023/QĐ-TTg), such as `0501`; empty when it has none.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub code: String,
    /// The department responsible for the figure (Sở Tài chính, Cục Thống kê…).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub agency: String,
    /// The report's own value of every field that has been revised.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub original: BTreeMap<Field, Option<f64>>,
}

impl Indicator {
    /// The current value of `field` as shown: for the growth, the one computed from the
    /// actual and last year's figure when both are known (see [`Self::growth_pct`]).
    pub fn value(&self, field: Field) -> Option<f64> {
        match field {
            Field::YoyGrowthPct => self.growth_pct(),
            _ => self.stored(field),
        }
    }

    /// The value of `field` as stored: for the growth, the one printed (or typed), which
    /// the shown growth follows only when it cannot be computed.
    pub fn stored(&self, field: Field) -> Option<f64> {
        match field {
            Field::Actual => self.actual,
            Field::YoyGrowthPct => self.yoy_growth_pct,
            Field::Target => self.target.as_ref().and_then(|t| t.value),
            Field::AnnualTarget => self.annual_target.as_ref().and_then(|t| t.value),
            Field::Prior => self.prior,
        }
    }

    /// The report's own value of `field`: the original if revised, else the stored value.
    pub fn report_value(&self, field: Field) -> Option<f64> {
        match self.original.get(&field) {
            Some(original) => *original,
            None => self.stored(field),
        }
    }

    /// True when `field` differs from the report's own value.
    pub fn is_revised(&self, field: Field) -> bool {
        self.original.contains_key(&field)
    }

    /// True when any field differs from the report's own value.
    pub fn is_any_revised(&self) -> bool {
        !self.original.is_empty()
    }

    /// Sets `field` to `value`, remembering the report's own value so it can be shown
    /// and restored. Setting a field back to the report's value clears the revision.
    ///
    /// Returns the value the field had stored before.
    pub fn set_value(&mut self, field: Field, value: Option<f64>) -> Option<f64> {
        let before = self.stored(field);
        let report_value = self.report_value(field);
        match field {
            Field::Actual => self.actual = value,
            Field::YoyGrowthPct => self.yoy_growth_pct = value,
            Field::Target => self.target.get_or_insert_with(new_target).value = value,
            Field::AnnualTarget => self.annual_target.get_or_insert_with(new_target).value = value,
            Field::Prior => self.prior = value,
        }
        if same_value(value, report_value) {
            self.original.remove(&field);
        } else {
            self.original.entry(field).or_insert(report_value);
        }
        before
    }

    /// Puts `field` back to the report's own value.
    pub fn reset(&mut self, field: Field) {
        if let Some(original) = self.original.get(&field).copied() {
            // Setting the report's own value clears the revision.
            self.set_value(field, original);
        }
    }
}

fn new_target() -> Target {
    Target {
        basis: TargetBasis::Plan,
        ..Target::default()
    }
}

fn same_value(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a.to_bits() == b.to_bits() || a == b,
        (None, None) => true,
        _ => false,
    }
}

/// The progress of a key task.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TaskStatus {
    /// Not started yet.
    #[default]
    NotStarted,
    /// Under way.
    InProgress,
    /// Done.
    Done,
    /// Held up.
    Blocked,
}

/// A key task for the rest of the year (Part two of the report).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Task {
    /// Stable identifier.
    pub id: TaskId,
    /// The number as printed, such as `1.2`.
    #[serde(default)]
    pub number: String,
    /// The sector the task belongs to.
    pub sector: Text,
    /// A short title.
    pub title: Text,
    /// The task's full text, as printed.
    #[serde(default)]
    pub text: String,
    /// How far the task has got.
    #[serde(default)]
    pub status: TaskStatus,
    /// For a task of the last report, carried to be reported on (its status to be
    /// updated), the period of that report; `None` for the report's own tasks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carried_from: Option<Period>,
    /// A free note.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl Report {
    /// The indicator with `id`.
    pub fn indicator(&self, id: &IndicatorId) -> Option<&Indicator> {
        self.indicators.iter().find(|i| &i.id == id)
    }

    /// The indicator with `id`, to change it.
    pub fn indicator_mut(&mut self, id: &IndicatorId) -> Option<&mut Indicator> {
        self.indicators.iter_mut().find(|i| &i.id == id)
    }

    /// The section with `id`.
    pub fn section(&self, id: &SectionId) -> Option<&Section> {
        self.sections.iter().find(|s| &s.id == id)
    }

    /// The direct children of indicator `id`, in report order.
    pub fn children<'a>(&'a self, id: &'a IndicatorId) -> impl Iterator<Item = &'a Indicator> + 'a {
        self.indicators
            .iter()
            .filter(move |i| i.parent.as_ref() == Some(id))
    }

    /// A short, file-name-friendly name such as `hai-duong-2024-H1`.
    pub fn slug(&self) -> String {
        let region = slugify(&self.region.en);
        let region = if region.is_empty() {
            slugify(&self.region.vi)
        } else {
            region
        };
        format!("{region}-{}", self.period)
    }
}

/// Lower-case ASCII letters and digits joined by dashes; Vietnamese letters lose their marks.
pub fn slugify(s: &str) -> String {
    let mut out = String::new();
    let mut dash = false;
    for c in fold_vietnamese(s).chars() {
        if c.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c);
        } else {
            dash = true;
        }
    }
    out
}

/// `text` in lower case without its Vietnamese marks (`Đồng Nai` → `dong nai`), what
/// search, sorting by name and an import's matching of names compare. Letters are
/// folded through Unicode's canonical decomposition (NFD), so a mark typed as a
/// separate character (`e` + U+0302 + U+0301, as some sheets and Macs store `ế`)
/// folds as the precomposed letter does; `đ` has no decomposition and becomes `d`.
pub fn fold_vietnamese(text: &str) -> String {
    // Most names and searches are plain Latin: nothing to decompose.
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    const NFD: icu_normalizer::DecomposingNormalizerBorrowed<'static> =
        icu_normalizer::DecomposingNormalizerBorrowed::new_nfd();
    NFD.normalize_iter(text.chars().flat_map(char::to_lowercase))
        .filter(|c| !is_combining_mark(*c))
        .map(|c| if c == 'đ' { 'd' } else { c })
        .collect()
}

/// True for the combining diacritical marks (U+0300 to U+036F) a decomposed Latin
/// letter carries: Vietnamese tones, circumflex, breve and horn among them.
fn is_combining_mark(c: char) -> bool {
    ('\u{300}'..='\u{36F}').contains(&c)
}

/// Deserializers that refuse NaN and infinities, so the error carries a position.
pub(crate) mod finite {
    use serde::{Deserialize, Deserializer, de::Error};

    fn check<E: Error>(v: f64) -> Result<f64, E> {
        if v.is_finite() {
            Ok(v)
        } else {
            Err(E::custom(format!(
                "{v} is not a usable number (numbers must be finite)"
            )))
        }
    }

    /// A required finite number.
    pub fn required<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
        check(f64::deserialize(d)?)
    }

    /// An optional finite number.
    pub fn option<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
        Option::<f64>::deserialize(d)?.map(check).transpose()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_value_remembers_the_report_value_once() {
        let mut ind = Indicator {
            target: Some(Target {
                value: Some(100.0),
                ..Target::default()
            }),
            ..Indicator::default()
        };
        assert!(!ind.is_revised(Field::Target));
        ind.set_value(Field::Target, Some(120.0));
        ind.set_value(Field::Target, Some(130.0));
        assert_eq!(ind.value(Field::Target), Some(130.0));
        assert_eq!(ind.report_value(Field::Target), Some(100.0));
        assert!(ind.is_revised(Field::Target));
        ind.reset(Field::Target);
        assert_eq!(ind.value(Field::Target), Some(100.0));
        assert!(!ind.is_revised(Field::Target));
    }

    #[test]
    fn setting_back_to_the_report_value_is_not_a_revision() {
        let mut ind = Indicator {
            actual: Some(5.0),
            ..Indicator::default()
        };
        ind.set_value(Field::Actual, Some(6.0));
        ind.set_value(Field::Actual, Some(5.0));
        assert!(!ind.is_any_revised());
    }

    #[test]
    fn a_target_can_be_added_where_the_report_had_none() {
        let mut ind = Indicator::default();
        ind.set_value(Field::AnnualTarget, Some(10.0));
        assert_eq!(ind.value(Field::AnnualTarget), Some(10.0));
        assert_eq!(ind.original.get(&Field::AnnualTarget), Some(&None));
        ind.reset(Field::AnnualTarget);
        assert_eq!(ind.value(Field::AnnualTarget), None);
    }

    #[test]
    fn slugs_drop_vietnamese_marks() {
        assert_eq!(slugify("Hải Dương"), "hai-duong");
        assert_eq!(slugify("  Đồng bằng sông Hồng! "), "dong-bang-song-hong");
    }

    #[test]
    fn decomposed_marks_fold_as_the_precomposed_letters_do() {
        // "Kinh tế Đồng Nai" with each mark a character of its own after its letter
        // (e + U+0302 + U+0301 for "ế"), as some sheets and Macs store it.
        let decomposed = "Kinh te\u{302}\u{301} \u{110}o\u{302}\u{300}ng Nai";
        assert_eq!(fold_vietnamese("Kinh tế Đồng Nai"), "kinh te dong nai");
        assert_eq!(fold_vietnamese(decomposed), "kinh te dong nai");
        assert_eq!(slugify(decomposed), "kinh-te-dong-nai");
        // Upper case, horn and breve, the ASCII fast path.
        assert_eq!(fold_vietnamese("ƯỚC ĐẠT Ơ Ă"), "uoc dat o a");
        assert_eq!(fold_vietnamese("GRDP 2024"), "grdp 2024");
    }
}
