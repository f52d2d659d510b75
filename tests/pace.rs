//! What the rest of the year must do: the weighted form of the year's growth
//! (`g₂ = (G − s·g) / (1 − s)`) is the level form (`(1 + G)·Y_last − Y_known` over last
//! year's rest) for any levels, shares and growths.

#![allow(clippy::unwrap_used, reason = "tests fail loudly")]

use chitieu::metrics::{rest_growth_for_amount, rest_growth_for_year, year_growth};
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
