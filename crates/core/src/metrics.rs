//! Computed figures: achievement, gaps, prior values, what remains for the second half,
//! and the status. Never stored: always derived from the report's figures.

use serde::{Deserialize, Serialize};

use crate::model::{Direction, Indicator, Measure, Period, Quarter, Target};

/// How close to a ratio target counts as "close": within this many percent of it.
pub const CLOSE_RATIO_PCT: f64 = 5.0;

/// How close to a rate target counts as "close": within this many percentage points.
pub const CLOSE_GAP_PTS: f64 = 1.0;

/// Where an indicator stands against its target, with its direction taken into account.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Status {
    /// The target is met (or, for an annual target, the pace to meet it).
    Met,
    /// Not met, but within [`CLOSE_RATIO_PCT`] percent or [`CLOSE_GAP_PTS`] points.
    Close,
    /// Behind the target.
    Behind,
}

impl Status {
    /// A machine name, as used in CSV.
    pub fn key(self) -> &'static str {
        match self {
            Self::Met => "met",
            Self::Close => "close",
            Self::Behind => "behind",
        }
    }
}

/// Every computed figure of one indicator.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Metrics {
    /// Actual ÷ period target × 100, for amounts and counts with a positive target.
    pub achievement_pct: Option<f64>,
    /// Actual − period target in percentage points, for shares and rates.
    pub gap_pts: Option<f64>,
    /// Actual ÷ annual target × 100, for amounts and counts with a positive target.
    pub annual_achievement_pct: Option<f64>,
    /// Actual − annual target in percentage points, for shares and rates.
    pub annual_gap_pts: Option<f64>,
    /// The value of the compared period: stated, or from the change or the growth.
    pub prior_period: Option<f64>,
    /// What remains for the second half to reach the annual target (amounts and counts).
    pub h2_remaining: Option<f64>,
    /// Status against the period target.
    pub period_status: Option<Status>,
    /// Status against the annual target, at the pace of the period for amounts and counts.
    pub annual_status: Option<Status>,
    /// The growth over the same period last year that the rest of the year needs to
    /// reach the annual target, in percent: for a rate (the year's growth), from the
    /// period's growth and its share of last year (`g₂ = (G − s·g) / (1 − s)`); for an
    /// amount, what is left against last year's rest of the year.
    pub rest_required_growth_pct: Option<f64>,
    /// The year's growth that the quarterly scenario gives (see [`scenario_year_pct`]).
    pub scenario_year_pct: Option<f64>,
}

impl Metrics {
    /// The status that sums the indicator up: against the period target if there is
    /// one, else against the annual target.
    pub fn status(&self) -> Option<Status> {
        self.period_status.or(self.annual_status)
    }
}

/// Computes every figure of `indicator`, for a report on `period`.
pub fn compute(indicator: &Indicator, period: &Period) -> Metrics {
    let actual = indicator.actual;
    let rate = indicator.measure.is_rate();
    let target = target_value(indicator.target.as_ref());
    let annual = target_value(indicator.annual_target.as_ref());

    let ratio = |t: Option<f64>| if rate { None } else { achievement(actual, t) };
    let gap = |t: Option<f64>| if rate { gap_pts(actual, t) } else { None };

    let period_status = status(indicator, actual, target, 1.0);
    let share_pct = period_share_pct(indicator, period);
    let share = share_fraction(share_pct);
    let annual_pace = if rate {
        1.0
    } else {
        share.unwrap_or_else(|| period.year_fraction())
    };
    let annual_status = status(indicator, actual, annual, annual_pace);
    let prior = prior_period(indicator);
    let rest_required_growth_pct = if rate {
        rest_growth_for_year(annual, period_growth_pct(indicator), share_pct)
    } else {
        rest_growth_for_amount(annual, actual, prior, share_pct)
    };

    Metrics {
        achievement_pct: ratio(target),
        gap_pts: gap(target),
        annual_achievement_pct: ratio(annual),
        annual_gap_pts: gap(annual),
        prior_period: prior,
        h2_remaining: remaining_after(period)
            .then(|| h2_remaining(indicator.measure, actual, annual))
            .flatten(),
        period_status,
        annual_status,
        rest_required_growth_pct,
        scenario_year_pct: scenario_year_pct(indicator, period),
    }
}

/// The share of `period` in last year's annual level, in percent: as stated, else the
/// sum of the shares of the quarters that make it up, when each has one.
pub fn period_share_pct(indicator: &Indicator, period: &Period) -> Option<f64> {
    indicator
        .prior_share_pct
        .or_else(|| quarters_share_pct(indicator, &quarters_within(period)?))
}

/// The sum of the shares of `quarters`, when each has one.
fn quarters_share_pct(indicator: &Indicator, quarters: &[Quarter]) -> Option<f64> {
    quarters
        .iter()
        .map(|q| indicator.quarters.get(q).and_then(|p| p.prior_share_pct))
        .sum()
}

/// The quarters that make up `period` exactly; `None` when it is not whole quarters.
pub fn quarters_within(period: &Period) -> Option<Vec<Quarter>> {
    let (first, last) = period.months();
    let whole = first % 3 == 1 && last % 3 == 0;
    whole.then(|| {
        Quarter::ALL
            .into_iter()
            .filter(|q| period.contains(&q.period(period.year)))
            .collect()
    })
}

/// The quarters of the year after `period`, when the period ends with a quarter (a
/// report on five months has no whole quarters left to split the rest into).
pub fn quarters_after(period: &Period) -> Option<Vec<Quarter>> {
    let (_, last) = period.months();
    (last % 3 == 0).then(|| {
        Quarter::ALL
            .into_iter()
            .filter(|q| q.period(period.year).months().0 > last)
            .collect()
    })
}

/// What one quarter of the rest of the year needs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct QuarterNeed {
    /// The quarter.
    pub quarter: Quarter,
    /// Its share of last year's annual level, in percent.
    pub share_pct: f64,
    /// Its growth in the year's scenario, when given.
    pub scenario_pct: Option<f64>,
    /// The growth it needs, in percent.
    pub needed_pct: f64,
}

/// The growth each quarter of the rest of the year needs for the year to grow by
/// `year_pct` after the period grew by `period_pct`, when every remaining quarter's
/// share of last year is known. The rest's total need is
/// `G·(s + Σs_q) − s·g = Σ s_q·g_q`; it is spread so the quarters keep the scenario's
/// profile (each its scenario plus the same number of points) or, without a scenario
/// for every remaining quarter, evenly (each the same growth). `None` when the period
/// does not end with a quarter, nothing is left, or a share is missing.
pub fn rest_by_quarter(
    indicator: &Indicator,
    period: &Period,
    year_pct: f64,
    period_pct: f64,
) -> Option<Vec<QuarterNeed>> {
    let s = share_fraction(period_share_pct(indicator, period))?;
    let rest = quarters_after(period)?;
    if rest.is_empty() {
        return None;
    }
    let plans: Vec<(Quarter, f64, Option<f64>)> = rest
        .iter()
        .map(|q| {
            let plan = indicator.quarters.get(q)?;
            let share = plan.prior_share_pct.filter(|v| *v > 0.0)? / 100.0;
            Some((*q, share, plan.scenario_pct))
        })
        .collect::<Option<_>>()?;
    let s_rest: f64 = plans.iter().map(|p| p.1).sum();
    let profile = plans.iter().all(|p| p.2.is_some());
    let base = |scenario: Option<f64>| {
        if profile {
            scenario.unwrap_or(0.0)
        } else {
            0.0
        }
    };
    let planned: f64 = plans.iter().map(|&(_, sq, sc)| sq * base(sc)).sum();
    let shift = (year_pct * (s + s_rest) - s * period_pct - planned) / s_rest;
    Some(
        plans
            .into_iter()
            .map(|(quarter, share, scenario_pct)| QuarterNeed {
                quarter,
                share_pct: share * 100.0,
                scenario_pct,
                needed_pct: base(scenario_pct) + shift,
            })
            .collect(),
    )
}

/// The year's growth the scenario gives, weighing each quarter's scenario growth by
/// its share of last year: from the four quarters when each has a share and a
/// scenario; else from the period's own target (the scenario for the period, as
/// "kịch bản 8,22 %" for the first half) with the period's share and the remaining
/// quarters'. Only for growth rates.
pub fn scenario_year_pct(indicator: &Indicator, period: &Period) -> Option<f64> {
    if indicator.measure != Measure::Rate || indicator.quarters.is_empty() {
        return None;
    }
    let weighed = |quarters: &[Quarter]| -> Option<(f64, f64)> {
        quarters.iter().try_fold((0.0, 0.0), |(w, sum), q| {
            let plan = indicator.quarters.get(q)?;
            let share = plan.prior_share_pct.filter(|v| *v > 0.0)?;
            Some((w + share, sum + share * plan.scenario_pct?))
        })
    };
    let whole = |(w, sum): (f64, f64)| (w > 0.0).then(|| sum / w);
    if let Some(all) = weighed(&Quarter::ALL) {
        return whole(all);
    }
    let target = target_value(indicator.target.as_ref())?;
    let s = period_share_pct(indicator, period).filter(|v| *v > 0.0)?;
    let (w, sum) = weighed(&quarters_after(period)?)?;
    whole((w + s, sum + s * target))
}

/// This period's growth, in percent: the actual of a growth rate (GRDP growth), else
/// the growth over the same period last year. What the rest of the year's growth is
/// weighed against, the same in the window, the plots and the workbook's formula.
pub fn period_growth_pct(indicator: &Indicator) -> Option<f64> {
    if indicator.measure == Measure::Rate {
        indicator.actual
    } else {
        indicator.growth_pct()
    }
}

/// A share in percent as a fraction, when it is strictly between 0 and 100.
fn share_fraction(share_pct: Option<f64>) -> Option<f64> {
    share_pct
        .filter(|s| s.is_finite() && *s > 0.0 && *s < 100.0)
        .map(|s| s / 100.0)
}

/// The growth the rest of the year needs for the year to grow by `year_pct`, when the
/// period grew by `period_pct` and weighed `share_pct` of last year's level:
/// `g₂ = (G − s·g) / (1 − s)`. At constant prices the periods add up to the year, so
/// the year's growth is the average of the periods' weighted by last year's levels.
pub fn rest_growth_for_year(
    year_pct: Option<f64>,
    period_pct: Option<f64>,
    share_pct: Option<f64>,
) -> Option<f64> {
    let s = share_fraction(share_pct)?;
    Some((year_pct? - s * period_pct?) / (1.0 - s))
}

/// The year's growth that `period_pct` for the period and `rest_pct` for the rest of
/// the year give: `G = s·g + (1 − s)·g₂` (the reverse of [`rest_growth_for_year`], for
/// "what if").
pub fn year_growth(period_pct: f64, rest_pct: f64, share_pct: f64) -> Option<f64> {
    let s = share_fraction(Some(share_pct))?;
    Some(s * period_pct + (1.0 - s) * rest_pct)
}

/// The growth over last year's rest of the year that the rest of this year needs for
/// an amount to reach `annual`: last year's annual level is the period's prior value
/// over its share, its rest is the remainder.
pub fn rest_growth_for_amount(
    annual: Option<f64>,
    actual: Option<f64>,
    prior: Option<f64>,
    share_pct: Option<f64>,
) -> Option<f64> {
    let s = share_fraction(share_pct)?;
    let last_rest = prior? * (1.0 - s) / s;
    let left = annual? - actual?;
    (last_rest > 0.0).then(|| (left / last_rest - 1.0) * 100.0)
}

/// The share of the first part in the whole's prior level implied by growths: the whole
/// grew by `whole_pct`, its two parts by `first_pct` and `second_pct`, so
/// `whole = s·first + (1 − s)·second`. `None` when the parts grew alike (any share fits)
/// or when the whole's growth is not between the parts' (no share between 0 and 1 fits:
/// see [`growth_between_parts`]).
pub fn implied_share_pct(whole_pct: f64, first_pct: f64, second_pct: f64) -> Option<f64> {
    let spread = first_pct - second_pct;
    if spread.abs() < 1e-12 {
        return None;
    }
    let s = (whole_pct - second_pct) / spread;
    (0.0..=1.0).contains(&s).then_some(s * 100.0)
}

/// True when a period's growth lies between the lowest and the highest growth of its
/// parts (allowing the rounding of printed figures): with positive shares, a weighted
/// average cannot lie outside them.
pub fn growth_between_parts(whole_pct: f64, parts_pct: &[f64]) -> bool {
    const ROUNDING: f64 = 0.005 + 1e-9;
    let low = parts_pct.iter().copied().fold(f64::INFINITY, f64::min);
    let high = parts_pct.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    parts_pct.len() < 2 || (low - ROUNDING..=high + ROUNDING).contains(&whole_pct)
}

fn target_value(target: Option<&Target>) -> Option<f64> {
    target.and_then(|t| t.value).filter(|v| v.is_finite())
}

/// Actual ÷ target × 100; none without both, or when the target is not positive.
pub fn achievement(actual: Option<f64>, target: Option<f64>) -> Option<f64> {
    let (actual, target) = (actual?, target?);
    (target > 0.0).then(|| actual / target * 100.0)
}

/// Actual − target, in the unit of both (percentage points for rates).
pub fn gap_pts(actual: Option<f64>, target: Option<f64>) -> Option<f64> {
    Some(actual? - target?)
}

/// The compared period's value: the stored anchor (stated, carried, typed, or derived
/// once at load: see [`crate::model::Report::settle_priors`]), else — for an indicator
/// never settled, such as one built in code — actual − change, else
/// actual ÷ (1 + growth); none when growth is −100 % or less.
pub fn prior_period(indicator: &Indicator) -> Option<f64> {
    if let Some(prior) = indicator.prior {
        return Some(prior);
    }
    let actual = indicator.actual?;
    if let Some(change) = indicator.yoy_change {
        return Some(actual - change);
    }
    let growth = indicator.yoy_growth_pct?;
    (growth > -100.0).then(|| actual / (1.0 + growth / 100.0))
}

/// True when some of the year remains after `period` and the period runs from January,
/// so its actual is the year's so far: a half or nine months have a remainder, a year
/// has none (nothing is computed for it), nor has a later quarter alone.
pub fn remaining_after(period: &Period) -> bool {
    let (first, last) = period.months();
    first == 1 && last < 12
}

/// What remains to reach the annual target after this period; negative when already
/// exceeded. Only for amounts and counts: rates do not add up over the year.
pub fn h2_remaining(measure: Measure, actual: Option<f64>, annual: Option<f64>) -> Option<f64> {
    if measure.is_rate() {
        return None;
    }
    Some(annual? - actual?)
}

/// The status of `actual` against `target`, where `pace` is the share of the target
/// due by now (1 for a period target, the year fraction for an annual target of a flow).
fn status(
    indicator: &Indicator,
    actual: Option<f64>,
    target: Option<f64>,
    pace: f64,
) -> Option<Status> {
    let (actual, target) = (actual?, target?);
    let higher = match indicator.direction {
        Direction::HigherIsBetter => true,
        Direction::LowerIsBetter => false,
        Direction::Neutral => return None,
    };
    let due = target * pace;
    let (good, close) = if indicator.measure.is_rate() {
        let gap = if higher { actual - due } else { due - actual };
        (gap >= 0.0, gap >= -CLOSE_GAP_PTS)
    } else if due > 0.0 {
        let ratio_pct = actual / due * 100.0;
        if higher {
            (ratio_pct >= 100.0, ratio_pct >= 100.0 - CLOSE_RATIO_PCT)
        } else {
            (ratio_pct <= 100.0, ratio_pct <= 100.0 + CLOSE_RATIO_PCT)
        }
    } else {
        // A zero or negative target has no meaningful ratio: compare directly.
        let good = if higher { actual >= due } else { actual <= due };
        (good, good)
    };
    Some(if good {
        Status::Met
    } else if close {
        Status::Close
    } else {
        Status::Behind
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rest_of_the_year_needs_what_the_ministry_published() {
        // July 2024: a first half of 6,42 % weighing about 45 % of the year.
        let g2 = |year| rest_growth_for_year(Some(year), Some(6.42), Some(45.0)).unwrap();
        assert!((g2(6.5) - 6.5655).abs() < 0.005, "{}", g2(6.5));
        assert!((g2(7.0) - 7.4745).abs() < 0.005, "{}", g2(7.0));
        assert_eq!(format!("{:.2}", g2(6.5)), "6.57");
        assert_eq!(format!("{:.2}", g2(7.0)), "7.47");
        // And back: those give the year asked for.
        assert!((year_growth(6.42, g2(7.0), 45.0).unwrap() - 7.0).abs() < 1e-9);
        assert_eq!(rest_growth_for_year(Some(7.0), Some(6.42), None), None);
        assert_eq!(
            rest_growth_for_year(Some(7.0), Some(6.42), Some(100.0)),
            None
        );
    }

    fn grdp_by_quarter(shares: [f64; 4], scenario: [Option<f64>; 4]) -> Indicator {
        use crate::model::QuarterPlan;
        let mut ind = Indicator {
            measure: Measure::Rate,
            actual: Some(6.42),
            ..Indicator::default()
        };
        for ((q, share), scenario_pct) in Quarter::ALL.into_iter().zip(shares).zip(scenario) {
            ind.quarters.insert(
                q,
                QuarterPlan {
                    prior_share_pct: Some(share),
                    scenario_pct,
                },
            );
        }
        ind
    }

    fn h1() -> Period {
        "2024-H1".parse().unwrap()
    }

    #[test]
    fn the_quarters_shares_make_the_periods_share() {
        let ind = grdp_by_quarter([21.0, 24.0, 26.0, 29.0], [None; 4]);
        assert_eq!(period_share_pct(&ind, &h1()), Some(45.0));
        assert_eq!(
            period_share_pct(&ind, &"2024-9M".parse().unwrap()),
            Some(71.0)
        );
        // Five months are not whole quarters: no share from them.
        assert_eq!(period_share_pct(&ind, &"2024-5M".parse().unwrap()), None);
        // A stated share wins over the quarters'.
        let stated = Indicator {
            prior_share_pct: Some(44.0),
            ..ind.clone()
        };
        assert_eq!(period_share_pct(&stated, &h1()), Some(44.0));
        // The rest of the year's growth follows from the quarters' shares alone.
        let m = compute(
            &Indicator {
                annual_target: Some(Target {
                    value: Some(7.0),
                    ..Target::default()
                }),
                ..ind
            },
            &h1(),
        );
        assert!((m.rest_required_growth_pct.unwrap() - 7.4745).abs() < 0.005);
    }

    #[test]
    fn without_a_scenario_each_remaining_quarter_needs_the_rests_growth() {
        let ind = grdp_by_quarter([21.0, 24.0, 26.0, 29.0], [None; 4]);
        let needs = rest_by_quarter(&ind, &h1(), 7.0, 6.42).unwrap();
        let g2 = rest_growth_for_year(Some(7.0), Some(6.42), Some(45.0)).unwrap();
        assert_eq!(
            needs.iter().map(|n| n.quarter).collect::<Vec<_>>(),
            [Quarter::Q3, Quarter::Q4]
        );
        for n in &needs {
            assert!((n.needed_pct - g2).abs() < 1e-9, "{n:?}");
        }
        // Nothing is left after the fourth quarter; a missing share gives nothing.
        assert_eq!(
            rest_by_quarter(&ind, &"2024-Y".parse().unwrap(), 7.0, 6.42),
            None
        );
        let mut partial = ind;
        partial.quarters.remove(&Quarter::Q4);
        assert_eq!(rest_by_quarter(&partial, &h1(), 7.0, 6.42), None);
    }

    #[test]
    fn a_scenario_keeps_its_profile_and_the_quarters_reach_the_year() {
        // The ministry's pairs of July 2024 had the fourth quarter above the third.
        let ind = grdp_by_quarter([21.0, 24.0, 26.0, 29.0], [None, None, Some(7.4), Some(7.6)]);
        let needs = rest_by_quarter(&ind, &h1(), 7.0, 6.42).unwrap();
        let (q3, q4) = (needs[0].needed_pct, needs[1].needed_pct);
        assert!(
            (q4 - q3 - 0.2).abs() < 1e-9,
            "the scenario's 0,2 points kept"
        );
        assert!((q3 - 7.369).abs() < 0.001, "{q3}");
        // The year these give: 45 % at 6,42, 26 % at q3, 29 % at q4 is 7,0.
        let year = (45.0 * 6.42 + 26.0 * q3 + 29.0 * q4) / 100.0;
        assert!((year - 7.0).abs() < 1e-9, "{year}");
    }

    #[test]
    fn the_scenarios_year_weighs_its_quarters_by_last_year() {
        let ind = grdp_by_quarter(
            [21.0, 24.0, 26.0, 29.0],
            [Some(8.0), Some(8.4), Some(9.0), Some(10.0)],
        );
        let year = scenario_year_pct(&ind, &h1()).unwrap();
        let expected = (21.0 * 8.0 + 24.0 * 8.4 + 26.0 * 9.0 + 29.0 * 10.0) / 100.0;
        assert!((year - expected).abs() < 1e-9);
        // The first half's scenario as the period target (8,22 % in the embedded
        // report) stands for its quarters.
        let mut by_half = grdp_by_quarter(
            [21.0, 24.0, 26.0, 29.0],
            [None, None, Some(9.0), Some(10.0)],
        );
        by_half.target = Some(Target {
            value: Some(8.22),
            ..Target::default()
        });
        let year = scenario_year_pct(&by_half, &h1()).unwrap();
        assert!((year - (45.0 * 8.22 + 26.0 * 9.0 + 29.0 * 10.0) / 100.0).abs() < 1e-9);
        by_half.target = None;
        assert_eq!(scenario_year_pct(&by_half, &h1()), None);
    }

    #[test]
    fn grdp_of_the_embedded_report_lies_between_its_quarters() {
        // H1 10,0 %, Q1 10,11 %, Q2 9,91 %: Q1 weighed 45 % of last year's first half.
        assert!(growth_between_parts(10.0, &[10.11, 9.91]));
        let s = implied_share_pct(10.0, 10.11, 9.91).unwrap();
        assert!((s - 45.0).abs() < 1e-6, "{s}");
        // A doctored first half of 10,5 % is outside: no positive shares give it.
        assert!(!growth_between_parts(10.5, &[10.11, 9.91]));
        assert_eq!(implied_share_pct(10.5, 10.11, 9.91), None);
    }

    #[test]
    fn an_amounts_rest_of_the_year_is_measured_against_last_years_rest() {
        // Last year 100 in the first half, 45 % of the year: 122,2 in the second half.
        // 110 this half, a year's target of 250: the rest needs 140, +14,5 %.
        let g = rest_growth_for_amount(Some(250.0), Some(110.0), Some(100.0), Some(45.0)).unwrap();
        let last_rest = 100.0 * 55.0 / 45.0;
        assert!((g - (140.0 / last_rest - 1.0) * 100.0).abs() < 1e-9);
        assert!((g - 14.545).abs() < 0.01, "{g}");
    }

    #[test]
    fn with_a_known_share_an_annual_target_is_due_at_last_years_pace() {
        // 48 of a year's 100 at mid-year: short of an even pace (50), ahead of last
        // year's (45 %).
        let mut ind = Indicator {
            actual: Some(48.0),
            annual_target: target(100.0),
            ..Indicator::default()
        };
        assert_eq!(compute(&ind, &H1).annual_status, Some(Status::Close));
        ind.prior_share_pct = Some(45.0);
        assert_eq!(compute(&ind, &H1).annual_status, Some(Status::Met));
    }
    use crate::model::{Span, TargetBasis};

    const H1: Period = Period {
        year: 2024,
        span: Span::H1,
    };

    fn target(value: f64) -> Option<Target> {
        Some(Target {
            value: Some(value),
            basis: TargetBasis::Plan,
            ..Target::default()
        })
    }

    fn amount(actual: f64) -> Indicator {
        Indicator {
            actual: Some(actual),
            ..Indicator::default()
        }
    }

    #[test]
    fn budget_revenue_against_its_estimate() {
        let ind = Indicator {
            annual_target: target(19647.2),
            yoy_growth_pct: Some(36.9),
            ..amount(14283.5)
        };
        let m = compute(&ind, &H1);
        assert!((m.annual_achievement_pct.unwrap() - 72.70).abs() < 0.005);
        assert!((m.h2_remaining.unwrap() - 5363.7).abs() < 1e-6);
        assert!((m.prior_period.unwrap() - 14283.5 / 1.369).abs() < 1e-9);
        assert_eq!(m.achievement_pct, None);
        // 72.7 % of the year's estimate by mid-year is ahead of the 50 % pace.
        assert_eq!(m.annual_status, Some(Status::Met));
        assert_eq!(m.status(), Some(Status::Met));
    }

    #[test]
    fn spending_behind_the_pace_of_the_year() {
        let ind = Indicator {
            annual_target: target(18241.3),
            ..amount(6220.3)
        };
        assert_eq!(compute(&ind, &H1).status(), Some(Status::Behind));
        let near = Indicator {
            annual_target: target(100.0),
            ..amount(48.0)
        };
        assert_eq!(compute(&near, &H1).status(), Some(Status::Close));
    }

    #[test]
    fn rates_have_gaps_in_points_not_ratios() {
        let grdp = Indicator {
            measure: Measure::Rate,
            target: Some(Target {
                value: Some(8.22),
                basis: TargetBasis::Scenario,
                ..Target::default()
            }),
            ..amount(10.0)
        };
        let m = compute(&grdp, &H1);
        assert_eq!(m.achievement_pct, None);
        assert!((m.gap_pts.unwrap() - 1.78).abs() < 1e-9);
        assert_eq!(m.h2_remaining, None);
        assert_eq!(m.status(), Some(Status::Met));
        // An annual rate target is not pro-rated.
        let enterprises = Indicator {
            measure: Measure::Rate,
            annual_target: target(15.0),
            ..amount(0.0)
        };
        let m = compute(&enterprises, &H1);
        assert_eq!(m.annual_gap_pts, Some(-15.0));
        assert_eq!(m.status(), Some(Status::Behind));
        let close = Indicator {
            measure: Measure::Share,
            target: target(50.0),
            ..amount(49.5)
        };
        assert_eq!(compute(&close, &H1).status(), Some(Status::Close));
    }

    #[test]
    fn lower_is_better_flips_the_status() {
        let crimes = Indicator {
            direction: Direction::LowerIsBetter,
            target: target(250.0),
            ..amount(228.0)
        };
        assert_eq!(compute(&crimes, &H1).status(), Some(Status::Met));
        let more = Indicator {
            actual: Some(300.0),
            ..crimes.clone()
        };
        assert_eq!(compute(&more, &H1).status(), Some(Status::Behind));
        let slightly = Indicator {
            actual: Some(260.0),
            ..crimes
        };
        assert_eq!(compute(&slightly, &H1).status(), Some(Status::Close));
        let bad_debt = Indicator {
            direction: Direction::LowerIsBetter,
            measure: Measure::Share,
            target: target(1.5),
            ..amount(1.1)
        };
        assert_eq!(compute(&bad_debt, &H1).status(), Some(Status::Met));
    }

    #[test]
    fn no_target_means_no_status() {
        let m = compute(&amount(5.0), &H1);
        assert_eq!(m, Metrics::default());
        let neutral = Indicator {
            direction: Direction::Neutral,
            target: target(5.0),
            ..amount(3.0)
        };
        assert_eq!(compute(&neutral, &H1).status(), None);
        let no_actual = Indicator {
            target: target(5.0),
            ..Indicator::default()
        };
        assert_eq!(compute(&no_actual, &H1), Metrics::default());
    }

    #[test]
    fn a_zero_target_has_no_ratio_but_a_status() {
        let deaths = Indicator {
            direction: Direction::LowerIsBetter,
            target: target(0.0),
            ..amount(3.0)
        };
        let m = compute(&deaths, &H1);
        assert_eq!(m.achievement_pct, None);
        assert_eq!(m.status(), Some(Status::Behind));
        let none = Indicator {
            actual: Some(0.0),
            ..deaths
        };
        assert_eq!(compute(&none, &H1).status(), Some(Status::Met));
    }

    #[test]
    fn prior_period_from_growth_change_or_statement() {
        let falling = Indicator {
            yoy_growth_pct: Some(-24.9),
            ..amount(75.1)
        };
        assert!((prior_period(&falling).unwrap() - 100.0).abs() < 1e-9);
        let births = Indicator {
            yoy_change: Some(-638.0),
            ..amount(9325.0)
        };
        assert_eq!(prior_period(&births), Some(9963.0));
        let lychee = Indicator {
            prior: Some(57530.0),
            ..amount(45000.0)
        };
        assert_eq!(prior_period(&lychee), Some(57530.0));
        let gone = Indicator {
            yoy_growth_pct: Some(-100.0),
            ..amount(0.0)
        };
        assert_eq!(prior_period(&gone), None);
        let times = Indicator {
            yoy_growth_pct: Some(980.0),
            ..amount(5796.0)
        };
        assert!((prior_period(&times).unwrap() - 536.666_666).abs() < 1e-3);
    }

    #[test]
    fn exceeded_annual_target_leaves_a_negative_remainder() {
        assert_eq!(
            h2_remaining(Measure::Amount, Some(120.0), Some(100.0)),
            Some(-20.0)
        );
        assert_eq!(h2_remaining(Measure::Share, Some(12.0), Some(10.0)), None);
        assert_eq!(h2_remaining(Measure::Count, None, Some(10.0)), None);
    }
}
