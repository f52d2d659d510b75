//! The data of the plots, computed from a report: which indicators, which values, in
//! which order, good or bad. Plain data, no GUI types: the app draws it with
//! egui_plot, tests check it directly.
//!
//! A plot over 100 000 indicators cannot show 100 000 bars a person can read: each
//! chart keeps the [`MAX_BARS`] that matter most (the largest gaps) and says how many
//! it left out.

use std::collections::BTreeMap;

use crate::derived::Derived;
use crate::metrics::Status;
use crate::model::{Direction, Field, Lang, Report};

/// The most bars a chart shows.
pub const MAX_BARS: usize = 30;

/// Whether a difference is good news, with the indicator's direction taken into account.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Sentiment {
    /// Better than the target or the year before.
    Good,
    /// Worse.
    Bad,
    /// Neither (no change, or an indicator that is not judged).
    Neutral,
}

/// Whether `delta` (actual minus target, or a growth) is good for an indicator going
/// in `direction`: more crimes is bad, more revenue is good.
pub fn sentiment(direction: Direction, delta: f64) -> Sentiment {
    if delta == 0.0 || !delta.is_finite() {
        return Sentiment::Neutral;
    }
    match (direction, delta > 0.0) {
        (Direction::Neutral, _) => Sentiment::Neutral,
        (Direction::HigherIsBetter, true) | (Direction::LowerIsBetter, false) => Sentiment::Good,
        (Direction::HigherIsBetter, false) | (Direction::LowerIsBetter, true) => Sentiment::Bad,
    }
}

/// Which target a chart compares with.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum TargetKind {
    /// The target for the period.
    #[default]
    Period,
    /// The annual target.
    Annual,
}

impl TargetKind {
    /// The field holding this target.
    pub fn field(self) -> Field {
        match self {
            Self::Period => Field::Target,
            Self::Annual => Field::AnnualTarget,
        }
    }
}

/// One indicator's actual against its target (IBCS: AC against PL, and ΔPL).
#[derive(Clone, Debug, PartialEq)]
pub struct VarianceBar {
    /// Position of the indicator in the report.
    pub indicator: usize,
    /// The actual.
    pub actual: f64,
    /// The target.
    pub target: f64,
    /// Actual − target.
    pub variance: f64,
    /// The indicator's status against this target (the table's rule: its direction,
    /// and for an annual target the pace due by now).
    pub status: Option<Status>,
    /// Whether the variance is good news: by the status when there is one, so that the
    /// plot and the table never disagree (72,7 % of the annual budget at mid-year is
    /// ahead of pace, not a shortfall).
    pub sentiment: Sentiment,
}

/// Good or bad news by the table's status: met is good, behind is bad, close is
/// neither.
pub fn sentiment_of_status(status: Status) -> Sentiment {
    match status {
        Status::Met => Sentiment::Good,
        Status::Behind => Sentiment::Bad,
        Status::Close => Sentiment::Neutral,
    }
}

/// A chart: its bars, top to bottom, and how many were left out.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Chart<T> {
    /// The bars, in display order (first at the top).
    pub bars: Vec<T>,
    /// How many indicators qualified but were left out to keep the chart readable.
    pub omitted: usize,
}

impl<T> Chart<T> {
    fn keep_first(mut bars: Vec<T>) -> Self {
        let omitted = bars.len().saturating_sub(MAX_BARS);
        bars.truncate(MAX_BARS);
        Self { bars, omitted }
    }
}

/// The units of the indicators in `rows` that have an actual and a `kind` target, with
/// how many each, most first: amounts in different units are never drawn on one scale.
pub fn units_with_targets(
    report: &Report,
    rows: &[usize],
    kind: TargetKind,
    lang: Lang,
) -> Vec<(String, usize)> {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for &i in rows {
        let Some(ind) = report.indicators.get(i) else {
            continue;
        };
        if ind.actual.is_some() && ind.value(kind.field()).is_some() {
            *counts.entry(ind.unit.get(lang).to_owned()).or_default() += 1;
        }
    }
    let mut units: Vec<(String, usize)> = counts.into_iter().collect();
    units.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    units
}

/// Actual against `kind` target for the indicators of `rows` measured in `unit`, in
/// table order; beyond [`MAX_BARS`], those with the largest variance relative to
/// their target.
pub fn variance(
    report: &Report,
    rows: &[usize],
    unit: &str,
    kind: TargetKind,
    lang: Lang,
) -> Chart<VarianceBar> {
    let bars: Vec<VarianceBar> = rows
        .iter()
        .filter_map(|&i| {
            let ind = report.indicators.get(i)?;
            if ind.unit.get(lang) != unit {
                return None;
            }
            let actual = ind.actual?;
            let target = ind.value(kind.field())?;
            let variance = actual - target;
            let m = crate::metrics::compute(ind, &report.period);
            let status = match kind {
                TargetKind::Period => m.period_status,
                TargetKind::Annual => m.annual_status,
            };
            Some(VarianceBar {
                indicator: i,
                actual,
                target,
                variance,
                status,
                sentiment: status
                    .map_or_else(|| sentiment(ind.direction, variance), sentiment_of_status),
            })
        })
        .collect();
    if bars.len() > MAX_BARS {
        // Keep the largest variances relative to their target, in table order.
        let relative = |b: &VarianceBar| (b.variance / b.target.abs().max(f64::MIN_POSITIVE)).abs();
        let mut by_size: Vec<(f64, usize)> = bars
            .iter()
            .enumerate()
            .map(|(k, b)| (relative(b), k))
            .collect();
        by_size.sort_by(|a, b| b.0.total_cmp(&a.0));
        let keep: std::collections::HashSet<usize> =
            by_size.into_iter().take(MAX_BARS).map(|(_, k)| k).collect();
        let omitted = bars.len() - MAX_BARS;
        let bars = bars
            .into_iter()
            .enumerate()
            .filter(|(k, _)| keep.contains(k))
            .map(|(_, b)| b)
            .collect();
        return Chart { bars, omitted };
    }
    Chart { bars, omitted: 0 }
}

/// One indicator's achievement: percent of its target, or gap in points for a rate.
#[derive(Clone, Debug, PartialEq)]
pub struct AchievementBar {
    /// Position of the indicator in the report.
    pub indicator: usize,
    /// Percent of the target (ratios) or gap in percentage points (rates).
    pub value: f64,
    /// How far from what is due by now: percent minus the due percent (100 for a
    /// period target, the share of the year elapsed for an annual one), or the gap
    /// itself for rates, sign flipped where lower is better so that negative is behind.
    pub gap: f64,
    /// The percent due by now (100 for a period target; 50 for an annual target at
    /// mid-year); `None` for rates.
    pub due_pct: Option<f64>,
    /// Which target.
    pub kind: TargetKind,
    /// The indicator's status.
    pub status: Option<Status>,
}

/// Achievement of the indicators in `rows`: ratios and rates apart (a ratio and a gap
/// in points are not one scale), each sorted by gap, the most behind first.
pub fn achievement(
    report: &Report,
    derived: &Derived,
    rows: &[usize],
) -> (Chart<AchievementBar>, Chart<AchievementBar>) {
    let mut ratios = Vec::new();
    let mut rates = Vec::new();
    let pace_pct = report.period.year_fraction() * 100.0;
    for &i in rows {
        let Some(ind) = report.indicators.get(i) else {
            continue;
        };
        let m = derived.metrics_of(i);
        let flip = if ind.direction == Direction::LowerIsBetter {
            -1.0
        } else {
            1.0
        };
        if ind.measure.is_rate() {
            let (value, kind) = match (m.gap_pts, m.annual_gap_pts) {
                (Some(g), _) => (g, TargetKind::Period),
                (None, Some(g)) => (g, TargetKind::Annual),
                (None, None) => continue,
            };
            rates.push(AchievementBar {
                indicator: i,
                value,
                gap: value * flip,
                due_pct: None,
                kind,
                status: m.status(),
            });
        } else {
            let (value, kind, due) = match (m.achievement_pct, m.annual_achievement_pct) {
                (Some(p), _) => (p, TargetKind::Period, 100.0),
                (None, Some(p)) => (p, TargetKind::Annual, pace_pct),
                (None, None) => continue,
            };
            ratios.push(AchievementBar {
                indicator: i,
                value,
                gap: (value - due) * flip,
                due_pct: Some(due),
                kind,
                status: m.status(),
            });
        }
    }
    for bars in [&mut ratios, &mut rates] {
        bars.sort_by(|a, b| a.gap.total_cmp(&b.gap));
    }
    (Chart::keep_first(ratios), Chart::keep_first(rates))
}

/// One indicator's growth over the same period last year.
#[derive(Clone, Debug, PartialEq)]
pub struct GrowthBar {
    /// Position of the indicator in the report.
    pub indicator: usize,
    /// Growth in percent.
    pub growth_pct: f64,
    /// Whether the growth is good news.
    pub sentiment: Sentiment,
}

/// One indicator's bar pair in the rest-of-the-year chart.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RestBar {
    /// Position of the indicator in the report.
    pub indicator: usize,
    /// This period's growth over the same period last year, in percent.
    pub period_pct: f64,
    /// The growth the rest of the year needs to reach the annual target, in percent.
    pub needed_pct: f64,
    /// Good when the period's pace would do (the rest needs no more than the period
    /// grew), bad when the rest must do better, with the indicator's direction.
    pub sentiment: Sentiment,
}

/// For the indicators in `rows` whose rest of the year has a needed growth (an annual
/// target and the period's share of last year), that growth against this period's,
/// the largest step up first; beyond [`MAX_BARS`], the largest steps either way.
pub fn rest(report: &Report, derived: &Derived, rows: &[usize]) -> Chart<RestBar> {
    let mut bars: Vec<RestBar> = rows
        .iter()
        .filter_map(|&i| {
            let ind = report.indicators.get(i)?;
            let needed_pct = derived.metrics_of(i).rest_required_growth_pct?;
            let period_pct = crate::metrics::period_growth_pct(ind).or_else(|| {
                let m = derived.metrics_of(i);
                let prior = m.prior_period.filter(|p| *p > 0.0)?;
                Some((ind.actual? / prior - 1.0) * 100.0)
            })?;
            Some(RestBar {
                indicator: i,
                period_pct,
                needed_pct,
                // The rest needing less than the period did is good news.
                sentiment: sentiment(ind.direction, period_pct - needed_pct),
            })
        })
        .collect();
    let step = |b: &RestBar| b.needed_pct - b.period_pct;
    let omitted = bars.len().saturating_sub(MAX_BARS);
    if omitted > 0 {
        bars.sort_by(|a, b| step(b).abs().total_cmp(&step(a).abs()));
        bars.truncate(MAX_BARS);
    }
    bars.sort_by(|a, b| step(b).total_cmp(&step(a)));
    Chart { bars, omitted }
}

/// Growth of the indicators in `rows` that state one, largest first; beyond
/// [`MAX_BARS`], those that moved most either way.
pub fn growth(report: &Report, rows: &[usize]) -> Chart<GrowthBar> {
    let mut bars: Vec<GrowthBar> = rows
        .iter()
        .filter_map(|&i| {
            let ind = report.indicators.get(i)?;
            // A rate's own value is its growth; its change would be in points.
            if ind.measure.is_rate() {
                return None;
            }
            let growth_pct = ind.growth_pct()?;
            Some(GrowthBar {
                indicator: i,
                growth_pct,
                sentiment: sentiment(ind.direction, growth_pct),
            })
        })
        .collect();
    let omitted = bars.len().saturating_sub(MAX_BARS);
    if omitted > 0 {
        bars.sort_by(|a, b| b.growth_pct.abs().total_cmp(&a.growth_pct.abs()));
        bars.truncate(MAX_BARS);
    }
    bars.sort_by(|a, b| b.growth_pct.total_cmp(&a.growth_pct));
    Chart { bars, omitted }
}

/// The parts of a total and what they leave unexplained.
#[derive(Clone, Debug, PartialEq)]
pub struct BreakdownChart {
    /// The total.
    pub total: f64,
    /// Each part with a value: position in the report and value.
    pub parts: Vec<(usize, f64)>,
    /// Total − sum of the parts: what the parts do not explain (negative when they
    /// exceed the total).
    pub unexplained: f64,
}

/// The breakdown of the indicator at `i`, if it is a total of summable parts (by
/// [`crate::model::Indicator::parts_rule`]).
pub fn breakdown(report: &Report, derived: &Derived, i: usize) -> Option<BreakdownChart> {
    let ind = report.indicators.get(i)?;
    let children = derived.children.get(i)?;
    ind.parts_rule(children.iter().filter_map(|&c| report.indicators.get(c)))?;
    let total = ind.actual?;
    let parts: Vec<(usize, f64)> = children
        .iter()
        .filter_map(|&c| Some((c, report.indicators.get(c)?.actual?)))
        .collect();
    if parts.is_empty() {
        return None;
    }
    let sum: f64 = parts.iter().map(|(_, v)| v).sum();
    Some(BreakdownChart {
        total,
        parts,
        unexplained: total - sum,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::derived::{self, RowQuery};
    use crate::model::{IndicatorId, SectionId};

    fn seed() -> (Report, Derived) {
        let r = crate::io::embedded().unwrap();
        let d = Derived::compute(&r);
        (r, d)
    }

    fn section_rows(r: &Report, d: &Derived, section: &str) -> Vec<usize> {
        derived::rows(
            r,
            d,
            &RowQuery {
                section: Some(SectionId(section.into())),
                ..RowQuery::default()
            },
        )
    }

    fn id(r: &Report, i: usize) -> &str {
        &r.indicators[i].id.0
    }

    #[test]
    fn the_rest_of_the_year_against_this_period() {
        let (mut r, _) = seed();
        let all: Vec<usize> = (0..r.indicators.len()).collect();
        assert_eq!(
            rest(&r, &Derived::compute(&r), &all).bars,
            vec![],
            "no shares yet"
        );
        let grdp = IndicatorId("grdp_growth".into());
        let ind = r.indicator_mut(&grdp).unwrap();
        ind.set_value(Field::AnnualTarget, Some(9.0));
        ind.prior_share_pct = Some(45.0);
        let ind = r
            .indicator_mut(&IndicatorId("grdp_growth_industry_construction".into()))
            .unwrap();
        ind.set_value(Field::AnnualTarget, Some(16.0));
        ind.prior_share_pct = Some(45.0);
        let d = Derived::compute(&r);
        let chart = rest(&r, &d, &all);
        let ids: Vec<&str> = chart.bars.iter().map(|b| id(&r, b.indicator)).collect();
        // Industry must speed up (13,71 → 17,9): first, bad; GRDP may slow (10 → 8,18).
        assert_eq!(ids, ["grdp_growth_industry_construction", "grdp_growth"]);
        let industry = chart.bars[0];
        assert!((industry.needed_pct - (16.0 - 0.45 * 13.71) / 0.55).abs() < 1e-9);
        assert_eq!(industry.sentiment, Sentiment::Bad);
        let grdp = chart.bars[1];
        assert_eq!(grdp.period_pct, 10.0);
        assert!((grdp.needed_pct - 8.1818).abs() < 1e-3);
        assert_eq!(grdp.sentiment, Sentiment::Good);
    }

    #[test]
    fn direction_decides_good_and_bad() {
        assert_eq!(sentiment(Direction::HigherIsBetter, 5.0), Sentiment::Good);
        assert_eq!(sentiment(Direction::HigherIsBetter, -5.0), Sentiment::Bad);
        assert_eq!(sentiment(Direction::LowerIsBetter, 5.0), Sentiment::Bad);
        assert_eq!(sentiment(Direction::LowerIsBetter, -5.0), Sentiment::Good);
        assert_eq!(sentiment(Direction::Neutral, 5.0), Sentiment::Neutral);
        assert_eq!(
            sentiment(Direction::HigherIsBetter, 0.0),
            Sentiment::Neutral
        );
    }

    #[test]
    fn fewer_closed_enterprises_is_good_news() {
        let (r, d) = seed();
        let rows = section_rows(&r, &d, "investment_attraction");
        let chart = growth(&r, &rows);
        let closed = chart
            .bars
            .iter()
            .find(|b| id(&r, b.indicator) == "enterprises_closed")
            .unwrap();
        // 1.221 closed, up 18,4 %: more closures is bad.
        assert_eq!(closed.growth_pct, 18.4);
        assert_eq!(closed.sentiment, Sentiment::Bad);
        let founded_capital = chart
            .bars
            .iter()
            .find(|b| id(&r, b.indicator) == "new_enterprises_registered_capital")
            .unwrap();
        assert_eq!(
            founded_capital.sentiment,
            Sentiment::Bad,
            "capital down 3,7 %"
        );
        assert!(
            chart
                .bars
                .windows(2)
                .all(|w| w[0].growth_pct >= w[1].growth_pct)
        );
    }

    #[test]
    fn variance_of_budget_amounts_in_one_unit() {
        let (r, d) = seed();
        let rows = section_rows(&r, &d, "budget");
        let units = units_with_targets(&r, &rows, TargetKind::Annual, Lang::Vi);
        assert_eq!(units, vec![("tỷ đồng".to_owned(), 7)]);
        let chart = variance(&r, &rows, "tỷ đồng", TargetKind::Annual, Lang::Vi);
        let revenue = &chart.bars[0];
        assert_eq!(id(&r, revenue.indicator), "budget_revenue_total");
        assert!((revenue.variance - (14283.5 - 19647.2)).abs() < 1e-9);
        // Below the annual estimate, but 72,7 % of it at mid-year is ahead of the pace
        // due: good news, as the table's ✓ says (issue 13).
        assert_eq!(revenue.status, Some(Status::Met));
        assert_eq!(revenue.sentiment, Sentiment::Good);
        assert!(
            variance(&r, &rows, "tấn", TargetKind::Annual, Lang::Vi)
                .bars
                .is_empty()
        );
    }

    #[test]
    fn achievement_keeps_ratios_and_rates_apart_and_sorts_by_gap() {
        let (r, d) = seed();
        let all: Vec<usize> = (0..r.indicators.len()).collect();
        let (ratios, rates) = achievement(&r, &d, &all);
        assert!(
            ratios
                .bars
                .iter()
                .all(|b| !r.indicators[b.indicator].measure.is_rate())
        );
        assert!(
            rates
                .bars
                .iter()
                .all(|b| r.indicators[b.indicator].measure.is_rate())
        );
        assert!(ratios.bars.windows(2).all(|w| w[0].gap <= w[1].gap));
        // The most behind first: disbursement at 12,9 % of its plan at mid-year.
        assert_eq!(
            id(&r, ratios.bars[0].indicator),
            "public_investment_disbursed"
        );
        let revenue = ratios
            .bars
            .iter()
            .find(|b| id(&r, b.indicator) == "budget_revenue_total")
            .unwrap();
        assert_eq!(revenue.due_pct, Some(50.0));
        assert!((revenue.gap - 22.7).abs() < 0.01);
        let grdp = rates
            .bars
            .iter()
            .find(|b| id(&r, b.indicator) == "grdp_growth")
            .unwrap();
        assert!((grdp.value - 1.78).abs() < 1e-9);
    }

    #[test]
    fn breakdown_shows_what_the_parts_leave_unexplained() {
        let (r, d) = seed();
        let i = d.index[&IndicatorId("budget_revenue_total".into())];
        let b = breakdown(&r, &d, i).unwrap();
        assert_eq!(b.parts.len(), 2);
        assert!((b.unexplained - (14283.5 - 14290.7)).abs() < 1e-6);
        let grdp = d.index[&IndicatorId("grdp_growth".into())];
        assert!(
            breakdown(&r, &d, grdp).is_none(),
            "growth rates are not parts"
        );
    }

    #[test]
    fn a_large_report_is_cut_to_what_can_be_read() {
        let (mut r, _) = seed();
        let template = r
            .indicators
            .iter()
            .find(|i| i.id.0 == "budget_revenue_total")
            .unwrap()
            .clone();
        for k in 0..500 {
            let mut ind = template.clone();
            ind.id = IndicatorId(format!("copy_{k}"));
            ind.parent = None;
            ind.actual = Some(1000.0 + f64::from(k));
            r.indicators.push(ind);
        }
        let d = Derived::compute(&r);
        let all: Vec<usize> = (0..r.indicators.len()).collect();
        let (ratios, _) = achievement(&r, &d, &all);
        assert_eq!(ratios.bars.len(), MAX_BARS);
        assert!(ratios.omitted + MAX_BARS > 500, "every copy counted");
        let g = growth(&r, &all);
        assert_eq!(g.bars.len(), MAX_BARS);
        let v = variance(&r, &all, "tỷ đồng", TargetKind::Annual, Lang::Vi);
        assert_eq!(v.bars.len(), MAX_BARS);
        assert!(v.omitted > 0);
    }
}
