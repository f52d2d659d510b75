//! What the rest of the year must do: the weighted form of the year's growth
//! (`g₂ = (G − s·g) / (1 − s)`) is the level form (`(1 + G)·Y_last − Y_known` over last
//! year's rest) for any levels, shares and growths.

#![allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    reason = "tests fail loudly"
)]

use chitieu_core::metrics::{rest_growth_for_amount, rest_growth_for_year, year_growth};
use proptest::prelude::*;

proptest! {
    #[test]
    fn the_weighted_form_is_the_level_form(
        last_year in 1.0f64..1e7,
        share_pct in 5.0f64..95.0,
        period_pct in -30.0f64..40.0,
        year_pct in -20.0f64..30.0,
    ) {
        let s = share_pct / 100.0;
        let known = (1.0 + period_pct / 100.0) * s * last_year;
        let level_form = (((1.0 + year_pct / 100.0) * last_year - known) / ((1.0 - s) * last_year) - 1.0) * 100.0;
        let weighted = rest_growth_for_year(Some(year_pct), Some(period_pct), Some(share_pct)).unwrap();
        prop_assert!((level_form - weighted).abs() < 1e-6 * (1.0 + level_form.abs()), "{level_form} vs {weighted}");

        // The same through an amount's levels: last year's period was s of the year.
        let annual_target = (1.0 + year_pct / 100.0) * last_year;
        let prior_period = s * last_year;
        let amount = rest_growth_for_amount(Some(annual_target), Some(known), Some(prior_period), Some(share_pct)).unwrap();
        prop_assert!((amount - weighted).abs() < 1e-6 * (1.0 + weighted.abs()), "{amount} vs {weighted}");

        // And back: the year that growth for the rest gives is the year asked for.
        let back = year_growth(period_pct, weighted, share_pct).unwrap();
        prop_assert!((back - year_pct).abs() < 1e-9 * (1.0 + year_pct.abs()));
    }
}

proptest! {
    /// Split by quarter, the rest still reaches the year: at constant prices the levels
    /// of the quarters add up, so a first half growing g and each remaining quarter
    /// growing what it needs give a year that grows G; with a scenario for each
    /// remaining quarter, the needs keep its differences.
    #[test]
    fn the_quarters_needs_reach_the_year(
        shares in proptest::array::uniform4(5.0f64..40.0),
        scenario in proptest::array::uniform2(-5.0f64..15.0),
        period_pct in -10.0f64..20.0,
        year_pct in -10.0f64..20.0,
        with_scenario: bool,
    ) {
        use chitieu_core::metrics::rest_by_quarter;
        use chitieu_core::model::{Indicator, Measure, Quarter, QuarterPlan};
        // Shares of last year as levels: they add up to the year.
        let total: f64 = shares.iter().sum();
        let shares = shares.map(|s| s / total * 100.0);
        let mut ind = Indicator { measure: Measure::Rate, ..Indicator::default() };
        for (k, q) in Quarter::ALL.into_iter().enumerate() {
            let scenario_pct = (with_scenario && k >= 2).then(|| scenario[k - 2]);
            ind.quarters.insert(q, QuarterPlan { prior_share_pct: Some(shares[k]), scenario_pct });
        }
        let h1 = "2024-H1".parse().unwrap();
        let needs = rest_by_quarter(&ind, &h1, year_pct, period_pct).unwrap();
        prop_assert_eq!(needs.len(), 2);
        // The year's level over last year's, quarter by quarter.
        let this_year = (shares[0] + shares[1]) * (1.0 + period_pct / 100.0)
            + needs.iter().map(|n| n.share_pct * (1.0 + n.needed_pct / 100.0)).sum::<f64>();
        let year = (this_year / 100.0 - 1.0) * 100.0;
        prop_assert!((year - year_pct).abs() < 1e-9 * (1.0 + year_pct.abs()), "{year} vs {year_pct}");
        let spread = needs[1].needed_pct - needs[0].needed_pct;
        let expected = if with_scenario { scenario[1] - scenario[0] } else { 0.0 };
        prop_assert!((spread - expected).abs() < 1e-9 * (1.0 + expected.abs()));
    }
}
