//! The next report, made from the last one: the same sections and indicators (ids,
//! names, units, kinds, directions, breakdowns), with the last period's figures cleared,
//! carried where they mean something in the new one.
//!
//! - Every figure of the period goes: actuals, growth, period targets, printed
//!   percents, source sentences, revision marks.
//! - The same span a year later (2024-H1 → 2025-H1): each actual becomes the value of
//!   the same period last year (`prior`), so growth is computed as soon as the new
//!   actual is typed.
//! - The same year (2024-H1 → 2024-9M, → 2024-Y): annual targets are kept, and the last
//!   period's actuals are kept as the known part of the new one (a sub-period value:
//!   H1 inside the nine months), with the sub-periods it already had. A new year clears
//!   the annual targets.
//! - The title, the compared period and the source are set for the new period; the
//!   second-half tasks stay within the year and go with a new year.

use crate::i18n::{Message as _, NewReport};
use crate::model::{Indicator, Period, Report, SourceDocument, SubPeriodValue, Task, Text};

/// What the new period kept and cleared, to tell the user.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Indicators in the new report.
    pub indicators: usize,
    /// Actuals cleared.
    pub actuals_cleared: usize,
    /// Actuals carried as last year's value of the same period.
    pub priors_carried: usize,
    /// Annual targets kept (the same year).
    pub annual_targets_kept: usize,
    /// Annual targets cleared (a new year).
    pub annual_targets_cleared: usize,
    /// Period targets cleared.
    pub period_targets_cleared: usize,
    /// Actuals kept as the known part of the new period.
    pub known_parts_kept: usize,
    /// Names whose years roll forward with the period ("Quý I/2024" → "Quý I/2025"):
    /// proposed, not made, so that each is shown and made as an undoable step.
    pub renames: Vec<Rename>,
}

/// An indicator's name with its years rolled forward a year (or more).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rename {
    /// The indicator.
    pub id: crate::model::IndicatorId,
    /// Its name in the last report.
    pub before: Text,
    /// Its name with the years moved on.
    pub after: Text,
}

/// The names of `last`'s indicators whose years roll forward when the report moves to
/// `period`: the last report's year and the one before it, written alone (not a range
/// such as `2021-2025`, a plan's fixed span), move on by the years between.
pub fn year_renames(last: &Report, period: Period) -> Vec<Rename> {
    let by = period.year - last.period.year;
    if by == 0 {
        return Vec::new();
    }
    let years = [last.period.year - 1, last.period.year];
    last.indicators
        .iter()
        .filter_map(|i| {
            let after = Text::new(
                roll_years(&i.name.vi, &years, by),
                roll_years(&i.name.en, &years, by),
            );
            (after != i.name).then(|| Rename {
                id: i.id.clone(),
                before: i.name.clone(),
                after,
            })
        })
        .collect()
}

/// `text` with each of `years` written alone moved on by `by`.
pub fn roll_years(text: &str, years: &[i32], by: i32) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let start = i;
        while i < chars.len() && chars.get(i).is_some_and(char::is_ascii_digit) {
            i += 1;
        }
        if i == start {
            if let Some(c) = chars.get(i) {
                out.push(*c);
            }
            i += 1;
            continue;
        }
        let run: String = chars.get(start..i).unwrap_or_default().iter().collect();
        let before = start.checked_sub(1).and_then(|k| chars.get(k)).copied();
        let after = chars.get(i).copied();
        let dash = |c: Option<char>| matches!(c, Some('-' | '–' | '.' | ','));
        let digit_beyond = |k: Option<usize>| {
            k.and_then(|k| chars.get(k))
                .is_some_and(char::is_ascii_digit)
        };
        let in_range = (dash(before) && digit_beyond(start.checked_sub(2)))
            || (dash(after) && digit_beyond(Some(i + 1)));
        match run.parse::<i32>() {
            Ok(year) if run.len() == 4 && years.contains(&year) && !in_range => {
                out.push_str(&(year + by).to_string());
            }
            _ => out.push_str(&run),
        }
    }
    out
}

/// The report for `period`, made from `last`. See the module's documentation for what
/// is kept.
pub fn next_period(last: &Report, period: Period) -> (Report, Summary) {
    let same_span_next_year = period.same_span(&last.period) && period.year == last.period.year + 1;
    let same_year = period.year == last.period.year;
    let last_inside = period.contains(&last.period) && !period.same_span(&last.period);
    let mut summary = Summary {
        indicators: last.indicators.len(),
        renames: year_renames(last, period),
        ..Summary::default()
    };
    let indicators = last
        .indicators
        .iter()
        .map(|old| {
            let mut new = carry_structure(old);
            if old.actual.is_some() {
                summary.actuals_cleared += 1;
            }
            if old.target.as_ref().is_some_and(|t| t.value.is_some()) {
                summary.period_targets_cleared += 1;
            }
            if same_span_next_year && old.actual.is_some() {
                new.prior = old.actual;
                summary.priors_carried += 1;
            }
            if same_year {
                new.annual_target = old.annual_target.clone().map(|mut t| {
                    t.printed_pct = None;
                    t
                });
                summary.annual_targets_kept += usize::from(new.annual_target.is_some());
            } else {
                summary.annual_targets_cleared += usize::from(old.annual_target.is_some());
            }
            if last_inside {
                new.subperiods = known_parts(old, last.period, period);
                summary.known_parts_kept += usize::from(old.actual.is_some());
            }
            new
        })
        .collect();
    let report = Report {
        schema_version: crate::model::SCHEMA_VERSION,
        title: title_for(last, period),
        region: last.region.clone(),
        period,
        compared_with: Some(period.a_year_earlier()),
        source: SourceDocument {
            title: String::new(),
            issuer: last.source.issuer.clone(),
            reference: String::new(),
            date: String::new(),
            // The note is the report's own text, in both languages at once.
            note: {
                let made = NewReport::MadeFrom(last.period);
                format!("{} {}", made.vi(), made.en())
            },
        },
        sections: last.sections.clone(),
        indicators,
        tasks: tasks_to_report_on(last),
    };
    (report, summary)
}

/// The last report's own tasks, carried to be reported on: their status to be updated,
/// marked with the period they come from. Tasks it carried itself were reported on
/// there and stay behind.
fn tasks_to_report_on(last: &Report) -> Vec<Task> {
    last.tasks
        .iter()
        .filter(|t| t.carried_from.is_none())
        .map(|t| Task {
            carried_from: Some(last.period),
            ..t.clone()
        })
        .collect()
}

/// A blank report for `period`: no sections, no indicators, no tasks, to build from
/// nothing.
pub fn blank(period: Period) -> Report {
    let title = NewReport::Title(period);
    Report {
        schema_version: crate::model::SCHEMA_VERSION,
        title: Text::new(title.vi(), title.en()),
        region: Text::default(),
        period,
        compared_with: Some(period.a_year_earlier()),
        source: SourceDocument::default(),
        sections: Vec::new(),
        indicators: Vec::new(),
        tasks: Vec::new(),
    }
}

/// An indicator with what does not change from one period to the next, and no figure.
fn carry_structure(old: &Indicator) -> Indicator {
    Indicator {
        id: old.id.clone(),
        section: old.section.clone(),
        parent: old.parent.clone(),
        name: old.name.clone(),
        unit: old.unit.clone(),
        direction: old.direction,
        measure: old.measure,
        breakdown: old.breakdown,
        code: old.code.clone(),
        agency: old.agency.clone(),
        // The last period's note is seen beside the figures, not this period's.
        prior_note: old.note.clone(),
        ..Indicator::default()
    }
}

/// The values of parts of `new` already known from the last report: its actual for
/// its own period, and its sub-periods that lie within `new`.
fn known_parts(old: &Indicator, last: Period, new: Period) -> Vec<SubPeriodValue> {
    let mut parts: Vec<SubPeriodValue> = old
        .subperiods
        .iter()
        .filter(|s| new.contains(&s.period) && s.period != last)
        .cloned()
        .collect();
    if let Some(value) = old.actual {
        parts.push(SubPeriodValue {
            period: last,
            value,
        });
    }
    parts
}

/// The last title with its period's words replaced by the new ones where they appear;
/// otherwise a plain title for the region and the period.
fn title_for(last: &Report, period: Period) -> Text {
    use crate::i18n::period as words;
    use crate::model::Lang;
    let retitle = |lang: Lang, old: &str, plain: String| {
        let (was, now) = (words(lang, last.period), words(lang, period));
        if old.contains(&was) {
            old.replace(&was, &now)
        } else {
            plain
        }
    };
    let plain = |region: &Text| NewReport::TitleOfRegion {
        period,
        region: region.clone(),
    };
    Text::new(
        retitle(Lang::Vi, &last.title.vi, plain(&last.region).vi()),
        retitle(Lang::En, &last.title.en, plain(&last.region).en()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Field, IndicatorId, Span};

    fn seed() -> Report {
        crate::io::embedded().unwrap()
    }

    fn p(s: &str) -> Period {
        s.parse().unwrap()
    }

    fn get<'a>(r: &'a Report, id: &str) -> &'a Indicator {
        r.indicator(&IndicatorId(id.into())).unwrap()
    }

    #[test]
    fn the_same_half_a_year_later_carries_the_actuals_as_last_years_values() {
        let last = seed();
        let (next, summary) = next_period(&last, p("2025-H1"));
        assert_eq!(next.period, p("2025-H1"));
        assert_eq!(next.compared_with, Some(p("2024-H1")));
        let revenue = get(&next, "budget_revenue_total");
        assert_eq!(revenue.prior, Some(14_283.5));
        assert_eq!(revenue.actual, None);
        assert_eq!(revenue.yoy_growth_pct, None);
        assert!(revenue.annual_target.is_none(), "a new year, new estimates");
        assert!(revenue.source.is_empty());
        assert!(revenue.original.is_empty());
        assert_eq!(next.indicators.len(), last.indicators.len());
        assert_eq!(next.sections, last.sections);
        // The last report's tasks come along to be reported on, marked as such.
        assert_eq!(next.tasks.len(), last.tasks.len());
        assert!(
            next.tasks
                .iter()
                .all(|t| t.carried_from == Some(p("2024-H1")))
        );
        // Last period's notes are kept as such, not as this period's.
        let with_note = last.indicators.iter().find(|i| !i.note.is_empty()).unwrap();
        let carried = get(&next, &with_note.id.0);
        assert!(carried.note.is_empty());
        assert_eq!(carried.prior_note, with_note.note);
        assert_eq!(summary.priors_carried, summary.actuals_cleared);
        assert!(summary.priors_carried > 200);
        assert_eq!(summary.annual_targets_kept, 0);
        assert!(summary.annual_targets_cleared > 0);
    }

    #[test]
    fn within_the_year_annual_targets_stay_and_the_first_half_is_the_known_part() {
        let last = seed();
        let (next, summary) = next_period(&last, p("2024-9M"));
        assert_eq!(next.compared_with, Some(p("2023-9M")));
        let revenue = get(&next, "budget_revenue_total");
        let old = get(&last, "budget_revenue_total");
        let annual = revenue.annual_target.as_ref().unwrap();
        assert_eq!(annual.value, old.annual_target.as_ref().unwrap().value);
        assert_eq!(annual.printed_pct, None, "the percent was the half year's");
        assert_eq!(revenue.prior, None, "nine months a year ago are not known");
        assert_eq!(
            revenue.subperiods,
            vec![SubPeriodValue {
                period: p("2024-H1"),
                value: 14_283.5
            }]
        );
        // GRDP's quarters were parts of the half; they are parts of the nine months.
        let grdp = get(&next, "grdp_growth");
        let spans: Vec<Span> = grdp.subperiods.iter().map(|s| s.period.span).collect();
        assert_eq!(spans, vec![Span::Q1, Span::Q2, Span::H1]);
        let titles = |r: &Report| {
            r.tasks
                .iter()
                .map(|t| t.title.vi.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(titles(&next), titles(&last));
        // Carried once: the next report from this one does not carry them again.
        let (after, _) = next_period(&next, p("2024-Y"));
        assert!(after.tasks.is_empty());
        assert!(summary.annual_targets_kept > 0);
        assert_eq!(summary.annual_targets_cleared, 0);
        assert!(
            next.title.vi.contains("9 tháng năm 2024"),
            "{}",
            next.title.vi
        );
        assert!(!next.title.vi.contains("6 tháng đầu năm 2024"));
    }

    #[test]
    fn years_in_names_roll_forward_and_plan_spans_stay() {
        let years = [2023, 2024];
        assert_eq!(
            roll_years("Quý II so với Quý I/2024", &years, 1),
            "Quý II so với Quý I/2025"
        );
        assert_eq!(
            roll_years("Vốn năm 2023 kéo dài sang 2024", &years, 1),
            "Vốn năm 2024 kéo dài sang 2025"
        );
        assert_eq!(
            roll_years("giai đoạn 2021-2025; 2023–2025; 12.024 tấn", &years, 1),
            "giai đoạn 2021-2025; 2023–2025; 12.024 tấn"
        );
        let (next, summary) = next_period(&seed(), p("2025-H1"));
        let rename = summary
            .renames
            .iter()
            .find(|r| r.before.vi.contains("Quý I/2024"))
            .unwrap();
        assert!(rename.after.vi.contains("Quý I/2025"));
        // Proposed, not made: the new report keeps the name until it is taken.
        assert_eq!(get(&next, &rename.id.0).name, rename.before);
        assert!(next_period(&seed(), p("2024-9M")).1.renames.is_empty());
    }

    #[test]
    fn the_second_half_keeps_the_year_but_not_the_first_half_as_its_part() {
        let (next, _) = next_period(&seed(), p("2024-H2"));
        let revenue = get(&next, "budget_revenue_total");
        assert!(revenue.annual_target.is_some());
        assert!(revenue.subperiods.is_empty(), "H1 is not inside H2");
        assert_eq!(revenue.prior, None);
    }

    #[test]
    fn revised_values_carry_as_the_new_reports_own() {
        let mut last = seed();
        let id = IndicatorId("budget_revenue_total".into());
        last.indicator_mut(&id)
            .unwrap()
            .set_value(Field::AnnualTarget, Some(21_000.0));
        let (next, _) = next_period(&last, p("2024-Y"));
        let revenue = next.indicator(&id).unwrap();
        assert_eq!(revenue.value(Field::AnnualTarget), Some(21_000.0));
        assert!(!revenue.is_revised(Field::AnnualTarget));
    }

    #[test]
    fn a_blank_report_saves_and_loads_back() {
        let blank = blank(p("2025-H1"));
        assert!(blank.indicators.is_empty() && blank.sections.is_empty());
        let text = crate::io::to_string(&blank).unwrap();
        let back = crate::io::from_str(&text, std::path::Path::new("new.ron")).unwrap();
        assert_eq!(back, blank);
        assert!(back.title.vi.contains("6 tháng đầu năm 2025"));
    }

    #[test]
    fn a_report_with_no_figures_gives_an_empty_next_one_that_passes_the_checks() {
        let (empty, _) = next_period(&seed(), p("2025-Q1"));
        let (next, summary) = next_period(&empty, p("2026-Q1"));
        assert_eq!(summary.actuals_cleared, 0);
        assert_eq!(summary.priors_carried, 0);
        assert!(next.indicators.iter().all(|i| i.prior.is_none()));
        assert!(crate::checks::structure(&next).is_empty());
        // It saves and loads back whole.
        let text = crate::io::to_string(&next).unwrap();
        let back = crate::io::from_str(&text, std::path::Path::new("next.ron")).unwrap();
        assert_eq!(back, next);
    }
}
