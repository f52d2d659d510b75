//! The report written out in words, once for every text export: the Word report
//! (`docx`), Markdown and plain text all render the same [`Prose`].
//!
//! Section by section, in the report's order and numbering, each total gets one
//! paragraph and its parts follow it in the same paragraph: "Tổng thu ngân sách nhà nước
//! 6 tháng đầu năm ước đạt 14.283,5 tỷ đồng, đạt 72,7% dự toán, tăng 36,9% so với cùng
//! kỳ năm trước. Trong đó, thu nội địa 12.366,7 tỷ đồng, đạt 76% dự toán, tăng 50%; …".
//! The verb follows the kind of figure ([`Kind`]): an estimate of the period "ước đạt",
//! a plan or a total investment "là", a stock "ước đạt" without the period, a count "là",
//! a rank "đứng thứ".

use std::fmt::Write as _;

use rustc_hash::FxHashMap;

use crate::format::{Notation, format_auto};
use crate::i18n;
use crate::i18n::prose::{Phrase, Verb};
use crate::i18n::{ExportText, Message as _, Text as _};
use crate::model::text;
use crate::model::{
    Direction, Field, Indicator, IndicatorId, Lang, Measure, Period, Report, Span, TargetBasis,
};

/// What kind of figure an indicator is, which decides the verb of its sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// An estimate of a flow over the period (revenue, output): "ước đạt".
    Estimate,
    /// A plan or an investment total decided in advance, not an outcome of the period.
    Plan,
    /// A stock at the end of the period (a herd, outstanding credit).
    Stock,
    /// A count of things or events.
    Count,
    /// A rank among provinces.
    Rank,
    /// A growth rate, a share or another percentage.
    Rate,
}

/// The kind of figure `ind` is: its own words first (a rank, a plan, a stock), then its
/// measure; a part of a plan is a plan too.
pub fn kind(report: &Report, ind: &Indicator) -> Kind {
    kind_in(Lookup::scan(report), ind)
}

/// How the writer finds an indicator's total: a scan of the report for one sentence,
/// an index made once for the whole report (a scan for each of 100 000 indicators made
/// the text export quadratic: 33 s).
#[derive(Clone, Copy)]
struct Lookup<'a> {
    report: &'a Report,
    index: Option<&'a FxHashMap<&'a IndicatorId, usize>>,
}

impl<'a> Lookup<'a> {
    /// Finds indicators by scanning the report.
    fn scan(report: &'a Report) -> Self {
        Self {
            report,
            index: None,
        }
    }

    /// The indicator with `id`.
    fn get(self, id: &IndicatorId) -> Option<&'a Indicator> {
        match self.index {
            Some(index) => index.get(id).and_then(|&i| self.report.indicators.get(i)),
            None => self.report.indicator(id),
        }
    }
}

/// [`kind`], finding the totals through `lookup`.
fn kind_in(lookup: Lookup<'_>, ind: &Indicator) -> Kind {
    let vi = ind.name.vi.to_lowercase();
    let unit = ind.unit.vi.to_lowercase();
    if unit == "hạng" || unit.starts_with("thứ hạng") || vi.starts_with("xếp hạng") {
        return Kind::Rank;
    }
    if vi.contains("kế hoạch vốn") || vi.starts_with("tổng mức đầu tư") || vi.contains("(tmđt)")
    {
        return Kind::Plan;
    }
    // A part of a plan is a share of that plan (the provincial budget's capital).
    let mut parent = ind.parent.as_ref();
    for _ in 0..16 {
        let Some(p) = parent.and_then(|id| lookup.get(id)) else {
            break;
        };
        if p.name.vi.to_lowercase().contains("kế hoạch vốn") {
            return Kind::Plan;
        }
        parent = p.parent.as_ref();
    }
    let stock = vi.starts_with("tổng đàn") || vi.starts_with("đàn ") || vi.contains("dư nợ");
    if stock && !ind.measure.is_rate() {
        return Kind::Stock;
    }
    match ind.measure {
        Measure::Rate | Measure::Share => Kind::Rate,
        Measure::Count => Kind::Count,
        Measure::Amount => Kind::Estimate,
    }
}

fn notation(lang: Lang) -> Notation {
    match lang {
        Lang::Vi => Notation::Vietnamese,
        Lang::En => Notation::English,
    }
}

/// A percent as the report writes it: one decimal at most, none when whole (76%, 72,7%).
fn pct(v: f64, lang: Lang) -> String {
    format_auto((v * 10.0).round() / 10.0, notation(lang))
}

/// "6 tháng đầu năm", "in the first half of 2024": the period as a sentence names it.
pub fn period_phrase(period: &Period, lang: Lang) -> String {
    Phrase::When(*period).tr(lang)
}

/// An English unit agreeing with its number: "1 case", "2 cases", "1 person".
pub fn unit_for(value: f64, unit: &str, lang: Lang) -> String {
    // Exactly one, or a unit of measure that does not inflect ("kWh", "billion VND").
    #[allow(clippy::float_cmp, reason = "exactly one thing is singular")]
    let one = value == 1.0;
    if lang == Lang::Vi || !one || unit.contains('/') {
        return unit.to_owned();
    }
    let (head, last) = unit.rsplit_once(' ').map_or(("", unit), |(h, l)| (h, l));
    let singular = match last {
        "people" => "person".to_owned(),
        "head" | "VND" | "USD" | "ha" | "kg" | "kWh" | "m3" | "%" => last.to_owned(),
        l if l.ends_with("ies") => format!("{}y", l.trim_end_matches("ies")),
        l if l.ends_with("ss") => l.to_owned(),
        l if l.ends_with('s') => l.trim_end_matches('s').to_owned(),
        l => l.to_owned(),
    };
    if head.is_empty() {
        singular
    } else {
        format!("{head} {singular}")
    }
}

/// True when an English indicator name is a plural noun phrase ("Domestic tourist
/// arrivals", "Traffic violation fines"), so its verb is "are", not "is".
pub fn is_plural(name: &str) -> bool {
    // The head noun comes before the first preposition, colon, dash or bracket, and
    // before a trailing participle ("Fines imposed through …").
    let cut = [
        " of ",
        " on ",
        " in ",
        " from ",
        " through ",
        " for ",
        " under ",
        " with ",
        " to ",
        " by ",
        " at ",
        ":",
        " - ",
        " (",
        ",",
    ]
    .iter()
    .filter_map(|p| name.find(p))
    .min()
    .unwrap_or(name.len());
    let head = name.get(..cut).unwrap_or(name);
    let Some(last) = head
        .split_whitespace()
        .rev()
        .find(|w| !(w.ends_with("ed") || *w == "nationwide" || *w == "served"))
    else {
        return false;
    };
    let last = last.to_lowercase();
    last == "people"
        || (last.ends_with('s')
            && !["ss", "us", "is", "ics", "news"]
                .iter()
                .any(|e| last.ends_with(e)))
}

/// The name as the part of a sentence: "thu nội địa" after "Trong đó,". An acronym
/// ("GRDP", "NSNN") keeps its capitals.
fn lowercase_first(name: &str) -> String {
    let mut chars = name.chars();
    let (Some(first), second) = (chars.next(), chars.next()) else {
        return name.to_owned();
    };
    if second.is_some_and(char::is_uppercase) {
        return name.to_owned();
    }
    first.to_lowercase().chain(name.chars().skip(1)).collect()
}

/// The subject and verb phrase of an indicator's sentence, without its targets and
/// growth: "Tổng thu ngân sách nhà nước 6 tháng đầu năm ước đạt 14.283,5 tỷ đồng".
fn head(lookup: Lookup<'_>, ind: &Indicator, lang: Lang, part: bool) -> Option<String> {
    let report = lookup.report;
    let n = |v: f64| format_auto(v, notation(lang));
    let name = if part {
        lowercase_first(ind.name.get(lang))
    } else {
        ind.name.get(lang).to_owned()
    };
    let period = period_phrase(&report.period, lang);
    let unit = ind.unit.get(lang);
    let value = |v: f64| {
        if unit == "%" {
            format!("{}%", n(v))
        } else {
            format!("{} {}", n(v), unit_for(v, unit, lang))
        }
    };
    let kind = kind_in(lookup, ind);
    let Some(a) = ind.actual else {
        return growth_said(ind).is_some().then(|| {
            if part {
                name
            } else {
                format!("{name} {period}")
            }
        });
    };
    // The subject: a part leaves out the period (its total said it); a plan and a
    // stock are not figures of the period.
    // A name that gives its year ("Đề tài … năm 2024") needs no period after it.
    let dated = ind.name.get(lang).contains(&report.period.year.to_string());
    let subject = if part || dated || matches!(kind, Kind::Plan | Kind::Stock) {
        name.clone()
    } else {
        format!("{name} {period}")
    };
    let phrase = Verb {
        kind,
        actual: a,
        value: &value,
        number: &n,
        part,
        judged: ind.direction == Direction::HigherIsBetter,
        growth_rate: ind.measure == Measure::Rate,
        plural: lang == Lang::En && is_plural(ind.name.get(Lang::En)),
    }
    .tr(lang);
    Some(format!("{subject} {phrase}"))
}

/// The clause on one indicator without its final full stop, or `None` when it has
/// neither an actual nor a growth. A `part` (after "Trong đó,") names neither the
/// period nor "so với cùng kỳ năm trước", as the report writes its parts.
pub fn clause(report: &Report, ind: &Indicator, lang: Lang, part: bool) -> Option<String> {
    clause_in(Lookup::scan(report), ind, lang, part)
}

/// [`clause`], finding the totals through `lookup`.
fn clause_in(lookup: Lookup<'_>, ind: &Indicator, lang: Lang, part: bool) -> Option<String> {
    let mut s = head(lookup, ind, lang, part)?;
    let n = |v: f64| format_auto(v, notation(lang));
    let rate = ind.measure.is_rate();
    if let Some(a) = ind.actual {
        for (field, target, annual) in [
            (Field::Target, &ind.target, false),
            (Field::AnnualTarget, &ind.annual_target, true),
        ] {
            let (Some(t), Some(value)) = (target.as_ref(), ind.value(field)) else {
                continue;
            };
            let basis = i18n::basis_in_sentence(lang, t.basis, annual);
            if rate {
                let against = Phrase::Against {
                    cmp: a.partial_cmp(&value),
                    basis,
                    scenario: t.basis == TargetBasis::Scenario,
                    target: n(value),
                };
                s.push_str(&against.tr(lang));
            } else if value > 0.0 {
                let pct = pct(a / value * 100.0, lang);
                s.push_str(&Phrase::Achieved { pct, basis }.tr(lang));
            }
        }
    }
    let sep = if ind.actual.is_some() { "," } else { "" };
    let than = !part;
    if let Some(g) = growth_said(ind) {
        let cmp = g.partial_cmp(&0.0);
        let size = n(g.abs());
        s.push_str(
            &Phrase::Growth {
                cmp,
                size,
                sep,
                than,
            }
            .tr(lang),
        );
    } else if let Some(c) = change_said(ind) {
        let unit = if rate {
            Phrase::Points.tr(lang)
        } else {
            unit_for(c.abs(), ind.unit.get(lang), lang)
        };
        let (up, size) = (c > 0.0, n(c.abs()));
        s.push_str(
            &Phrase::Change {
                up,
                size,
                unit,
                than,
            }
            .tr(lang),
        );
    } else if let Some(prior) = prior_said(ind) {
        // The report states last year's figure rather than a growth ("Năm trước đạt
        // 57.530 tấn"): written as it does.
        let unit = unit_for(prior.abs(), ind.unit.get(lang), lang);
        let amount = n(prior);
        s.push_str(&Phrase::Prior { sep, amount, unit }.tr(lang));
    }
    Some(s)
}

/// Last year's figure the text says where it says no growth or change: the one the
/// report itself states (not derived from a printed growth), as the report writes it.
fn prior_said(ind: &Indicator) -> Option<f64> {
    if ind.prior_is_derived() || ind.actual.is_none() {
        return None;
    }
    ind.value(Field::Prior)
}

/// The growth the text says: the one shown (it follows a revised actual over last year's
/// figure) where the report printed a growth, or where the figure is the office's own
/// (no source sentence to follow, as in a report made by the next period).
fn growth_said(ind: &Indicator) -> Option<f64> {
    (ind.yoy_growth_pct.is_some() || ind.source.trim().is_empty())
        .then(|| ind.growth_pct())
        .flatten()
}

/// The change in the unit (points for a rate) the text says, on the same terms.
fn change_said(ind: &Indicator) -> Option<f64> {
    (ind.yoy_change.is_some() || ind.source.trim().is_empty())
        .then(|| ind.change())
        .flatten()
}

/// The sentence on one indicator standing alone, or `None` when it has neither an
/// actual nor a growth.
pub fn sentence(report: &Report, ind: &Indicator, lang: Lang) -> Option<String> {
    clause(report, ind, lang, false).map(|mut s| {
        s.push('.');
        s
    })
}

/// One section of the body: its number, title, depth and paragraphs.
#[derive(Clone, Debug, PartialEq)]
pub struct SectionProse {
    /// The number as printed ("2.1").
    pub number: String,
    /// The title in the export's language.
    pub title: String,
    /// 0 for a top-level section, 1 for its subsections…
    pub depth: usize,
    /// One paragraph per total with its parts, in the report's order.
    pub paragraphs: Vec<String>,
}

/// One task for the rest of the year, in words.
#[derive(Clone, Debug, PartialEq)]
pub struct TaskProse {
    /// The number as printed ("1.2").
    pub number: String,
    /// The short title.
    pub title: String,
    /// The full text as printed, when it says more than the title.
    pub text: String,
    /// "Tình trạng: Đang thực hiện." and the note, if any.
    pub status: String,
}

/// The tasks of one sector.
#[derive(Clone, Debug, PartialEq)]
pub struct SectorProse {
    /// The sector's name.
    pub sector: String,
    /// Its tasks, in the report's order.
    pub tasks: Vec<TaskProse>,
}

/// The whole report in words, ready for a renderer.
#[derive(Clone, Debug, PartialEq)]
pub struct Prose {
    /// The report's title.
    pub title: String,
    /// The region and the period in words: "Hải Dương — 6 tháng đầu năm 2024".
    pub subtitle: String,
    /// The body, section by section (sections with nothing to say are left out, unless
    /// a subsection has something).
    pub sections: Vec<SectionProse>,
    /// The title of the tasks part: "Nhiệm vụ trọng tâm 6 tháng cuối năm 2024".
    pub tasks_title: String,
    /// The tasks by sector.
    pub sectors: Vec<SectorProse>,
    /// The title of the list of revised figures.
    pub revised_title: String,
    /// Each revised figure: "Tổng chi … — Chỉ tiêu năm: 18.241,3 → 16.000".
    pub revised: Vec<String>,
}

/// The paragraph of the indicator at `i` with its parts (all its descendants, depth
/// first), or the parts' own paragraphs when the total has nothing to say.
fn paragraphs_of(
    lookup: Lookup<'_>,
    children: &FxHashMap<&IndicatorId, Vec<usize>>,
    i: usize,
    lang: Lang,
    out: &mut Vec<String>,
) {
    let report = lookup.report;
    let Some(ind) = report.indicators.get(i) else {
        return;
    };
    let kids = children.get(&ind.id).map_or(&[][..], Vec::as_slice);
    let Some(mut paragraph) = clause_in(lookup, ind, lang, false) else {
        for &k in kids {
            paragraphs_of(lookup, children, k, lang, out);
        }
        return;
    };
    paragraph.push('.');
    let mut parts = Vec::new();
    let mut stack: Vec<(usize, usize)> = kids.iter().rev().map(|&k| (k, 0)).collect();
    while let Some((k, depth)) = stack.pop() {
        let Some(kid) = report.indicators.get(k) else {
            continue;
        };
        if depth > 16 {
            continue;
        }
        if let Some(c) = clause_in(lookup, kid, lang, true) {
            parts.push(c);
        }
        if let Some(grand) = children.get(&kid.id) {
            stack.extend(grand.iter().rev().map(|&g| (g, depth + 1)));
        }
    }
    if !parts.is_empty() {
        let _ = write!(
            paragraph,
            " {} {}.",
            ExportText::OfWhich.tr(lang),
            parts.join("; ")
        );
    }
    out.push(paragraph);
}

/// The report in words, from its current (revised) figures.
pub fn prose(report: &Report, lang: Lang) -> Prose {
    // The last guard: a direction control in a name would turn a whole paragraph
    // around, figures included; a line break would be lost. Every text on one line.
    let report = &*text::cleaned(report, text::Shape::Line);
    Prose {
        title: report.title.get(lang).to_owned(),
        subtitle: format!(
            "{} — {}",
            report.region.get(lang),
            i18n::period(lang, report.period)
        ),
        sections: sections_prose(report, lang),
        tasks_title: tasks_title(report, lang),
        sectors: sectors_prose(report, lang),
        revised_title: ExportText::RevisedFigures.tr(lang).to_owned(),
        revised: revised_lines(report, lang),
    }
}

/// The body, section by section: each section's indicators (roots first, each with
/// its parts), then only the sections with something to say or a subsection that has.
fn sections_prose(report: &Report, lang: Lang) -> Vec<SectionProse> {
    let index: FxHashMap<&IndicatorId, usize> = report
        .indicators
        .iter()
        .enumerate()
        .map(|(i, ind)| (&ind.id, i))
        .collect();
    let mut children: FxHashMap<&IndicatorId, Vec<usize>> = FxHashMap::default();
    let mut roots_by_section: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (i, ind) in report.indicators.iter().enumerate() {
        match ind.parent.as_ref().filter(|p| index.contains_key(p)) {
            Some(p) => children.entry(p).or_default().push(i),
            None => roots_by_section
                .entry(ind.section.0.as_str())
                .or_default()
                .push(i),
        }
    }
    let depth_of = section_depths(report);
    let lookup = Lookup {
        report,
        index: Some(&index),
    };
    let mut sections = Vec::new();
    for section in &report.sections {
        let mut paragraphs = Vec::new();
        for &i in roots_by_section
            .get(section.id.0.as_str())
            .map_or(&[][..], Vec::as_slice)
        {
            paragraphs_of(lookup, &children, i, lang, &mut paragraphs);
        }
        sections.push(SectionProse {
            number: section.number.clone(),
            title: section.title.get(lang).to_owned(),
            depth: depth_of(section),
            paragraphs,
        });
    }
    with_something_to_say(sections)
}

/// How deep a section of `report` is: 0 at the top, one more for each enclosing
/// section (at most 9, whatever loop the report has).
fn section_depths(report: &Report) -> impl Fn(&crate::model::Section) -> usize {
    let section_of: FxHashMap<&crate::model::SectionId, &crate::model::Section> =
        report.sections.iter().rev().map(|s| (&s.id, s)).collect();
    move |s: &crate::model::Section| {
        let mut depth = 0;
        let mut parent = s.parent.as_ref();
        while let Some(p) = parent.and_then(|p| section_of.get(p).copied()) {
            depth += 1;
            parent = p.parent.as_ref();
            if depth > 8 {
                break;
            }
        }
        depth
    }
}

/// `sections` without those with nothing to say: a section with no paragraph stays
/// only as the heading of a subsection that has one.
fn with_something_to_say(sections: Vec<SectionProse>) -> Vec<SectionProse> {
    let keep: Vec<bool> = (0..sections.len())
        .map(|i| {
            let Some(s) = sections.get(i) else {
                return false;
            };
            !s.paragraphs.is_empty()
                || sections
                    .iter()
                    .skip(i + 1)
                    .take_while(|t| t.depth > s.depth)
                    .any(|t| !t.paragraphs.is_empty())
        })
        .collect();
    sections
        .into_iter()
        .zip(keep)
        .filter_map(|(s, k)| k.then_some(s))
        .collect()
}

/// The tasks, grouped by sector in the report's order, each with its progress and note.
fn sectors_prose(report: &Report, lang: Lang) -> Vec<SectorProse> {
    let mut sectors: Vec<SectorProse> = Vec::new();
    for task in &report.tasks {
        let sector = task.sector.get(lang);
        if sectors.last().is_none_or(|s| s.sector != sector) {
            sectors.push(SectorProse {
                sector: sector.to_owned(),
                tasks: Vec::new(),
            });
        }
        let mut status = format!(
            "{}: {}.",
            ExportText::Progress.tr(lang),
            i18n::task_status(lang, task.status)
        );
        if !task.note.is_empty() {
            let _ = write!(
                status,
                " {}: {}",
                crate::i18n::Common::Note.tr(lang),
                task.note
            );
        }
        let title = task.title.get(lang);
        let text = if task.text.trim_end_matches('.') == title {
            String::new()
        } else {
            task.text.clone()
        };
        if let Some(s) = sectors.last_mut() {
            s.tasks.push(TaskProse {
                number: task.number.clone(),
                title: title.to_owned(),
                text,
                status,
            });
        }
    }
    sectors
}

/// Each revised figure, as "name — field: report's value → revised value".
fn revised_lines(report: &Report, lang: Lang) -> Vec<String> {
    let n = |v: Option<f64>| v.map_or_else(|| "—".to_owned(), |v| format_auto(v, notation(lang)));
    report
        .indicators
        .iter()
        .flat_map(|ind| {
            ind.original.iter().map(move |(field, original)| {
                format!(
                    "{} — {}: {} → {}",
                    ind.name.get(lang),
                    i18n::field_in_full(lang, *field),
                    n(*original),
                    n(ind.value(*field))
                )
            })
        })
        .collect()
}

/// The title of the tasks part: the next half after a first half ("Nhiệm vụ trọng tâm
/// 6 tháng cuối năm 2024"), "the time ahead" after any other period.
fn tasks_title(report: &Report, lang: Lang) -> String {
    let next = match report.period.span {
        Span::H1 => Some(Period {
            year: report.period.year,
            span: Span::H2,
        }),
        _ => None,
    };
    match next {
        Some(p) => Phrase::TasksFor(p).tr(lang),
        None => ExportText::KeyTasksAhead.tr(lang).to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_units_agree_with_their_number() {
        assert_eq!(unit_for(1.0, "cases", Lang::En), "case");
        assert_eq!(unit_for(2.0, "cases", Lang::En), "cases");
        assert_eq!(unit_for(1.0, "people", Lang::En), "person");
        assert_eq!(unit_for(1.0, "babies", Lang::En), "baby");
        assert_eq!(
            unit_for(1.0, "rudimentary weapons", Lang::En),
            "rudimentary weapon"
        );
        assert_eq!(unit_for(1.0, "billion VND", Lang::En), "billion VND");
        assert_eq!(unit_for(1.0, "trường hợp", Lang::Vi), "trường hợp");
    }

    #[test]
    fn plural_names_are_told_from_singular_ones() {
        assert!(is_plural("Domestic tourist arrivals"));
        assert!(is_plural(
            "Administrative fines imposed through inspections"
        ));
        assert!(is_plural("Total mobilized funds (deposits)"));
        assert!(!is_plural("Gross output of services"));
        assert!(!is_plural("Total state budget spending"));
        assert!(!is_plural("GRDP growth rank nationwide"));
        assert!(!is_plural("Spring rice area"));
    }

    #[test]
    fn acronyms_keep_their_capitals_in_a_part() {
        assert_eq!(lowercase_first("Thu nội địa"), "thu nội địa");
        assert_eq!(lowercase_first("GRDP"), "GRDP");
    }

    #[test]
    fn a_stated_last_years_figure_is_written_as_the_report_writes_it() {
        let report = crate::io::embedded().unwrap();
        let lychee = report
            .indicator(&crate::model::IndicatorId("lychee_output".into()))
            .unwrap();
        let vi = sentence(&report, lychee, Lang::Vi).unwrap();
        assert!(vi.ends_with(", năm trước đạt 57.530 tấn."), "{vi}");
        let en = sentence(&report, lychee, Lang::En).unwrap();
        assert!(en.ends_with(", against 57,530 tonnes last year."), "{en}");
        // A figure derived from a printed growth is not the report's own: not written.
        let revenue = report
            .indicator(&crate::model::IndicatorId("budget_revenue_total".into()))
            .unwrap();
        let vi = sentence(&report, revenue, Lang::Vi).unwrap();
        assert!(!vi.contains("năm trước đạt"), "{vi}");
    }
}
