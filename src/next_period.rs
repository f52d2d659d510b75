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

use crate::model::{Indicator, Period, Report, SourceDocument, SubPeriodValue, Text};

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
}

/// The report for `period`, made from `last`. See the module's documentation for what
/// is kept.
pub fn next_period(last: &Report, period: Period) -> (Report, Summary) {
    let same_span_next_year = period.same_span(&last.period) && period.year == last.period.year + 1;
    let same_year = period.year == last.period.year;
    let last_inside = period.contains(&last.period) && !period.same_span(&last.period);
    let mut summary = Summary {
        indicators: last.indicators.len(),
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
            note: format!(
                "Lập từ báo cáo {} bằng chitieu; số liệu của kỳ trước đã được xóa. \
                 Made by chitieu from the report on {}; the last period's figures were cleared.",
                crate::i18n::period(crate::model::Lang::Vi, last.period),
                crate::i18n::period(crate::model::Lang::En, last.period),
            ),
        },
        sections: last.sections.clone(),
        indicators,
        tasks: if same_year {
            last.tasks.clone()
        } else {
            Vec::new()
        },
    };
    (report, summary)
}

/// A blank report for `period`: no sections, no indicators, no tasks, to build from
/// nothing.
pub fn blank(period: Period) -> Report {
    use crate::i18n::period as words;
    use crate::model::Lang;
    Report {
        schema_version: crate::model::SCHEMA_VERSION,
        title: Text::new(
            format!(
                "Tình hình thực hiện kế hoạch phát triển kinh tế - xã hội {}",
                words(Lang::Vi, period)
            ),
            format!(
                "Implementation of the socio-economic development plan, {}",
                words(Lang::En, period)
            ),
        ),
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
        note: old.note.clone(),
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
    Text::new(
        retitle(
            Lang::Vi,
            &last.title.vi,
            format!(
                "Tình hình thực hiện kế hoạch phát triển kinh tế - xã hội {} tỉnh {}",
                words(Lang::Vi, period),
                last.region.vi
            ),
        ),
        retitle(
            Lang::En,
            &last.title.en,
            format!(
                "Implementation of the socio-economic development plan, {}, {}",
                words(Lang::En, period),
                last.region.en
            ),
        ),
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
        assert!(next.tasks.is_empty(), "the tasks were the last year's");
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
        assert_eq!(next.tasks, last.tasks);
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
