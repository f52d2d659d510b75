//! Last year's figure is the anchor: the value of the same period last year is history,
//! and the growth over it follows the actual.
//!
//! - An indicator's `prior` is stored when it is known (stated by the report, carried
//!   by the next period, typed, imported). When the report gives only the actual and
//!   its growth (or its change), it is derived once, at load ([`Report::settle_priors`]),
//!   from the report's own figures, and marked `prior_derived`.
//! - The growth shown is computed from the actual and last year's figure whenever both
//!   are known ([`Indicator::growth_pct`]); the printed growth stays the report's own
//!   value, and is what is shown while the computed one agrees with it within the
//!   rounding of the printed figures (so an unrevised report reads as printed).
//! - Shares and rates, and figures the report states as a difference (`giảm 638 trẻ`),
//!   change by a difference in their unit (points): the same rule holds with
//!   [`Indicator::change`].

use super::{Field, Indicator, Report};

/// Half a unit of the last decimal `v` is written with (`36.9` → 0.05, `14283` → 0.5):
/// the rounding a printed figure carries.
pub fn half_unit(v: f64) -> f64 {
    let text = format!("{}", v.abs());
    let decimals = text.split_once('.').map_or(0, |(_, f)| f.len().min(12));
    0.5 * 10f64.powi(-i32::try_from(decimals).unwrap_or(12))
}

/// `v` rounded to two decimals, as a computed growth is published.
fn two_decimals(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

impl Indicator {
    /// True when last year's figure is the one derived at load from the printed growth
    /// and not revised since: an estimate of the report's, not a stated figure.
    pub fn prior_is_derived(&self) -> bool {
        self.prior_derived && !self.is_revised(Field::Prior)
    }

    /// True when the change over last year is a difference in the indicator's unit (in
    /// points for shares and rates, or where the report states it so), not a growth in
    /// percent.
    pub fn change_in_units(&self) -> bool {
        self.yoy_change.is_some() || (self.measure.is_rate() && self.yoy_growth_pct.is_none())
    }

    /// The growth over last year's figure, in percent, unrounded: `(actual ÷ prior − 1) × 100`;
    /// none without both, or when last year's figure is not positive.
    pub fn computed_growth_pct(&self) -> Option<f64> {
        let (actual, prior) = (self.actual?, self.prior?);
        (prior > 0.0).then(|| (actual / prior - 1.0) * 100.0)
    }

    /// The growth shown, in percent: computed from the actual and last year's figure when
    /// both are known (two decimals), or the printed one where it agrees within the
    /// rounding of the printed figures; else the printed (or typed) growth. For a figure
    /// whose change is a difference (see [`Self::change_in_units`]), only a printed growth.
    pub fn growth_pct(&self) -> Option<f64> {
        let printed = self.yoy_growth_pct;
        if self.change_in_units() {
            return printed;
        }
        match (self.computed_growth_pct(), printed) {
            (Some(computed), Some(printed))
                if (computed - printed).abs() <= self.growth_rounding(printed) =>
            {
                Some(printed)
            }
            (Some(computed), _) => Some(two_decimals(computed)),
            (None, printed) => printed,
        }
    }

    /// The printed growth when the growth shown is computed and differs from it beyond
    /// rounding: the report's own value, to show beside the computed one.
    pub fn printed_growth_differs(&self) -> Option<f64> {
        let printed = self.yoy_growth_pct?;
        let shown = self.growth_pct()?;
        (shown.to_bits() != printed.to_bits()).then_some(printed)
    }

    /// The change over last year in the indicator's unit (points for shares and rates):
    /// `actual − prior` when both are known (the printed change where it agrees within
    /// rounding), else the printed change. None for a figure whose change is a growth in
    /// percent and that states no difference.
    pub fn change(&self) -> Option<f64> {
        let printed = self.yoy_change;
        if !self.change_in_units() {
            return printed;
        }
        let (Some(actual), Some(prior)) = (self.actual, self.prior) else {
            return printed;
        };
        let computed = actual - prior;
        match printed {
            Some(p)
                if (computed - p).abs()
                    <= half_unit(p) + half_unit(actual) + half_unit(prior) + 1e-9 =>
            {
                Some(p)
            }
            _ => Some(computed),
        }
    }

    /// How far a growth computed from the actual and last year's figure may lie from the
    /// printed one by rounding alone: the printed growth's own rounding, plus what the
    /// rounding of the actual and of a stated last year's figure moves the quotient.
    pub fn growth_rounding(&self, printed: f64) -> f64 {
        let (Some(actual), Some(prior)) = (self.actual, self.prior) else {
            return half_unit(printed);
        };
        if prior <= 0.0 {
            return half_unit(printed);
        }
        let prior_rounding = if self.prior_is_derived() {
            0.0
        } else {
            half_unit(prior)
        };
        half_unit(printed)
            + 100.0 * (half_unit(actual) + actual.abs() / prior * prior_rounding) / prior
            + 1e-9
    }

    /// Derives last year's figure from the report's own actual and printed growth (or
    /// change) when the report gives no figure for last year, marking it derived.
    /// Returns true when it derived one. Revising the actual later never moves it.
    pub fn settle_prior(&mut self) -> bool {
        if self.report_value(Field::Prior).is_some() || self.is_revised(Field::Prior) {
            return false;
        }
        let Some(actual) = self.report_value(Field::Actual) else {
            return false;
        };
        let derived = if let Some(change) = self.yoy_change {
            actual - change
        } else {
            let Some(growth) = self.report_value(Field::YoyGrowthPct) else {
                return false;
            };
            if growth <= -100.0 {
                return false;
            }
            actual / (1.0 + growth / 100.0)
        };
        if !derived.is_finite() {
            return false;
        }
        self.prior = Some(derived);
        self.prior_derived = true;
        true
    }
}

impl Report {
    /// Derives, once, last year's figure of every indicator whose report gives only the
    /// actual and the growth (see [`Indicator::settle_prior`]). Every way in calls it —
    /// opening a file, a recovery file, the embedded report — so that the anchor is there
    /// before any edit. Returns how many were derived.
    pub fn settle_priors(&mut self) -> usize {
        self.indicators
            .iter_mut()
            .map(Indicator::settle_prior)
            .filter(|derived| *derived)
            .count()
    }

    /// True when the report gives last year's figures as figures of its own: most of
    /// its indicators with one have it stated (a report made by the next period, or
    /// from a table with a column for it), not derived from a printed growth.
    pub fn states_priors(&self) -> bool {
        let (stated, derived) = self.indicators.iter().filter(|i| i.prior.is_some()).fold(
            (0usize, 0usize),
            |(s, d), i| {
                if i.prior_derived {
                    (s, d + 1)
                } else {
                    (s + 1, d)
                }
            },
        );
        stated > 0 && stated >= derived
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::model::Measure;

    fn revenue() -> Indicator {
        Indicator {
            actual: Some(14283.5),
            yoy_growth_pct: Some(36.9),
            ..Indicator::default()
        }
    }

    #[test]
    fn the_printed_growth_is_shown_while_the_figures_are_the_reports() {
        let mut ind = revenue();
        assert!(ind.settle_prior());
        assert!(ind.prior_derived);
        assert!((ind.prior.unwrap() - 10433.5).abs() < 0.05);
        assert_eq!(ind.value(Field::YoyGrowthPct), Some(36.9));
        assert_eq!(ind.printed_growth_differs(), None);
        // Settling twice derives nothing more.
        assert!(!ind.settle_prior());
    }

    #[test]
    fn revising_the_actual_keeps_last_year_and_moves_the_growth() {
        let mut ind = revenue();
        ind.settle_prior();
        let prior = ind.prior;
        ind.set_value(Field::Actual, Some(14350.2));
        assert_eq!(ind.prior, prior);
        assert_eq!(ind.value(Field::YoyGrowthPct), Some(37.54));
        assert_eq!(ind.printed_growth_differs(), Some(36.9));
        // The printed growth is still the report's own.
        assert_eq!(ind.report_value(Field::YoyGrowthPct), Some(36.9));
        assert!(!ind.is_revised(Field::YoyGrowthPct));
    }

    #[test]
    fn a_new_actual_over_a_carried_prior_gives_the_growth() {
        let mut ind = Indicator {
            prior: Some(14283.5),
            ..Indicator::default()
        };
        assert_eq!(ind.value(Field::YoyGrowthPct), None);
        ind.set_value(Field::Actual, Some(16000.0));
        assert_eq!(ind.value(Field::YoyGrowthPct), Some(12.02));
    }

    #[test]
    fn a_revision_within_rounding_still_reads_as_printed() {
        let mut ind = revenue();
        ind.settle_prior();
        ind.set_value(Field::Actual, Some(14284.0));
        assert_eq!(ind.value(Field::YoyGrowthPct), Some(36.9));
    }

    #[test]
    fn a_stated_change_gives_last_year_and_follows_in_units() {
        let mut births = Indicator {
            measure: Measure::Count,
            actual: Some(9325.0),
            yoy_change: Some(-638.0),
            ..Indicator::default()
        };
        births.settle_prior();
        assert_eq!(births.prior, Some(9963.0));
        assert_eq!(births.change(), Some(-638.0));
        assert_eq!(births.growth_pct(), None);
        births.set_value(Field::Actual, Some(9400.0));
        assert_eq!(births.change(), Some(-563.0));
        assert_eq!(births.prior, Some(9963.0));
    }

    #[test]
    fn a_rate_changes_by_points() {
        let mut poverty = Indicator {
            measure: Measure::Share,
            prior: Some(2.1),
            ..Indicator::default()
        };
        poverty.set_value(Field::Actual, Some(1.6));
        assert_eq!(poverty.growth_pct(), None);
        assert!((poverty.change().unwrap() + 0.5).abs() < 1e-9);
    }

    #[test]
    fn nothing_is_derived_from_a_fall_of_everything_or_a_stated_prior() {
        let mut gone = Indicator {
            actual: Some(0.0),
            yoy_growth_pct: Some(-100.0),
            ..Indicator::default()
        };
        assert!(!gone.settle_prior());
        let mut stated = Indicator {
            actual: Some(60000.0),
            yoy_growth_pct: Some(4.3),
            prior: Some(57530.0),
            ..Indicator::default()
        };
        assert!(!stated.settle_prior());
        assert!(!stated.prior_derived);
    }

    #[test]
    fn the_anchor_comes_from_the_reports_own_figures_when_revised_before() {
        // A file saved before the anchor existed, with a revised actual.
        let mut ind = revenue();
        ind.set_value(Field::Actual, Some(14350.2));
        ind.settle_prior();
        assert!((ind.prior.unwrap() - 14283.5 / 1.369).abs() < 1e-9);
        assert_eq!(ind.value(Field::YoyGrowthPct), Some(37.54));
    }
}
