//! Properties that hold for every input, not just the examples: number notation both
//! ways, the computed figures, and loading whatever bytes come.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "tests fail loudly"
)]

use std::path::Path;

use chitieu_core::format::{self, Notation};
use chitieu_core::metrics::{self, Status};
use chitieu_core::model::{Direction, Field, Indicator, Measure, Period, Span, Target};
use proptest::prelude::*;

fn notation() -> impl Strategy<Value = Notation> {
    prop_oneof![Just(Notation::Vietnamese), Just(Notation::English)]
}

const H1: Period = Period {
    year: 2024,
    span: Span::H1,
};

fn target(v: f64) -> Option<Target> {
    Some(Target {
        value: Some(v),
        ..Target::default()
    })
}

proptest! {
    #[test]
    fn format_then_parse_gives_the_rounded_value(
        v in -1e12f64..1e12,
        decimals in 0usize..=6,
        notation in notation(),
        grouping in any::<bool>(),
    ) {
        let text = format::format(v, notation, decimals, grouping);
        let back = format::parse(&text, notation).unwrap();
        let half_unit = 0.5 * 10f64.powi(-(decimals as i32));
        prop_assert!((back - v).abs() <= half_unit + v.abs() * 1e-12, "{v} → {text} → {back}");
        // And formatting the parsed value again gives the same text.
        prop_assert_eq!(format::format(back, notation, decimals, grouping), text);
    }

    #[test]
    fn parsing_never_panics_and_gives_a_finite_number_or_a_reason(text in ".{0,40}", notation in notation()) {
        match format::parse(&text, notation) {
            Ok(v) => prop_assert!(v.is_finite()),
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }

    #[test]
    fn the_other_notation_is_refused_or_read_differently(int in 1000u64..1_000_000_000, frac in 1u64..10) {
        // "1.234,5" read as English is refused: the comma would be a separator in the
        // wrong place, or it parses to a different number. It is never silently equal.
        let vi = format!("{},{frac}", format::format(int as f64, Notation::Vietnamese, 0, true));
        let value = int as f64 + frac as f64 / 10.0;
        prop_assert_eq!(format::parse(&vi, Notation::Vietnamese).unwrap(), value);
        if let Ok(v) = format::parse(&vi, Notation::English) {
            prop_assert!(v != value);
        }
    }

    #[test]
    fn revising_actuals_never_moves_last_years_figure_and_growth_follows(
        actual in 1.0f64..1e7,
        growth in -90.0f64..300.0,
        revisions in proptest::collection::vec(0.0f64..1e7, 1..6),
        stated in any::<bool>(),
    ) {
        // A figure as a report prints it: the actual to one decimal, the growth to one.
        let actual = (actual * 10.0).round() / 10.0;
        let growth = (growth * 10.0).round() / 10.0;
        let mut ind = Indicator { actual: Some(actual), yoy_growth_pct: Some(growth), ..Indicator::default() };
        if stated {
            ind.prior = Some(((actual / (1.0 + growth / 100.0)) * 10.0).round() / 10.0);
        }
        ind.settle_prior();
        let anchor = ind.prior.unwrap();
        prop_assume!(anchor > 0.0);
        // Unrevised, the growth shown is the printed one.
        prop_assert_eq!(ind.value(Field::YoyGrowthPct), Some(growth));
        for revised in revisions {
            ind.set_value(Field::Actual, Some(revised));
            prop_assert_eq!(ind.prior.map(f64::to_bits), Some(anchor.to_bits()));
            let exact = (revised / anchor - 1.0) * 100.0;
            let shown = ind.value(Field::YoyGrowthPct).unwrap();
            // The computed growth to two decimals, or the printed one within rounding.
            prop_assert!(
                (shown - exact).abs() <= 0.005 + 1e-9 || (shown == growth && (exact - growth).abs() <= ind.growth_rounding(growth)),
                "{revised} over {anchor}: shown {shown}, exact {exact}"
            );
            prop_assert_eq!(ind.report_value(Field::YoyGrowthPct), Some(growth));
        }
    }

    #[test]
    fn achievement_times_target_gives_the_actual(actual in 0.0f64..1e9, t in 1e-3f64..1e9) {
        let ind = Indicator { actual: Some(actual), target: target(t), annual_target: target(t), ..Indicator::default() };
        let m = metrics::compute(&ind, &H1);
        let pct = m.achievement_pct.unwrap();
        prop_assert!((pct * t / 100.0 - actual).abs() <= 1e-9 * actual.max(1.0));
        prop_assert!((m.h2_remaining.unwrap() + actual - t).abs() <= 1e-9 * t.max(actual).max(1.0));
        prop_assert_eq!(m.gap_pts, None);
    }

    #[test]
    fn prior_times_growth_gives_the_actual(actual in 0.0f64..1e9, g in -99.9f64..1000.0) {
        let ind = Indicator { actual: Some(actual), yoy_growth_pct: Some(g), ..Indicator::default() };
        let prior = metrics::prior_period(&ind).unwrap();
        prop_assert!((prior * (1.0 + g / 100.0) - actual).abs() <= 1e-9 * actual.max(1.0));
    }

    #[test]
    fn status_respects_the_direction(actual in 0.0f64..1e6, t in 0.0f64..1e6, rate in any::<bool>()) {
        let measure = if rate { Measure::Rate } else { Measure::Amount };
        let make = |direction| Indicator { actual: Some(actual), target: target(t), direction, measure, ..Indicator::default() };
        let higher = metrics::compute(&make(Direction::HigherIsBetter), &H1).status().unwrap();
        let lower = metrics::compute(&make(Direction::LowerIsBetter), &H1).status().unwrap();
        prop_assert_eq!(higher == Status::Met, actual >= t);
        prop_assert_eq!(lower == Status::Met, actual <= t);
        if actual != t {
            prop_assert!(higher == Status::Met || lower == Status::Met, "one of the two directions is met");
            prop_assert!(higher != lower || higher == Status::Close);
        }
        prop_assert_eq!(metrics::compute(&make(Direction::Neutral), &H1).status(), None);
    }

    #[test]
    fn loading_any_bytes_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        let _ = chitieu_core::io::from_bytes(&bytes, Path::new("any.ron"));
    }

    /// Damage anywhere in the embedded report (a cut, an insertion, a replacement: of
    /// any bytes, of ASCII text, or of Vietnamese letters) gives an error that names the
    /// file, or a report that is whole: its structure holds, and it saves and loads
    /// back the same. About a quarter of the cases still load (damage inside a text or
    /// a number that stays one), so both branches run.
    #[test]
    fn a_damaged_report_is_an_error_or_a_whole_report_never_a_panic(
        at in 0usize..1_000_000,
        len in 0usize..40,
        junk in prop_oneof![
            proptest::collection::vec(any::<u8>(), 0..8),
            "[ -~]{0,8}".prop_map(String::into_bytes),
            "[a-zA-Zàáạảãâầấậẩẫăằắặẳẵđêềếệểễôồốộổỗơờớợởỡ]{0,6}".prop_map(String::into_bytes),
        ],
    ) {
        let mut bytes = chitieu_core::io::EMBEDDED_RON.as_bytes().to_vec();
        // Anywhere in the file, its very end included.
        let at = at % (bytes.len() + 1);
        let end = (at + len).min(bytes.len());
        bytes.splice(at..end, junk);
        match chitieu_core::io::from_bytes(&bytes, Path::new("damaged.ron")) {
            Ok(r) => {
                prop_assert!(chitieu_core::checks::structure(&r).is_empty());
                let text = chitieu_core::io::to_string(&r).unwrap();
                let again = chitieu_core::io::from_str(&text, Path::new("again.ron")).unwrap();
                prop_assert_eq!(again, r);
            }
            Err(e) => prop_assert!(e.to_string().ends_with("damaged.ron")),
        }
    }

    /// A name folds the same whether its Vietnamese letters come precomposed ("ế") or
    /// decomposed, each mark a character of its own (e + U+0302 + U+0301): search and
    /// an import's name matching cannot tell the two apart. Folded, nothing is left of
    /// the marks and every Vietnamese letter is ASCII.
    #[test]
    fn a_name_folds_the_same_precomposed_or_decomposed(
        name in "[a-zA-Z0-9 àáạảãâầấậẩẫăằắặẳẵđèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹĐÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮ]{0,24}",
    ) {
        let decomposed = icu_normalizer::DecomposingNormalizerBorrowed::new_nfd().normalize(&name);
        let folded = chitieu_core::model::fold_vietnamese(&name);
        prop_assert_eq!(&chitieu_core::model::fold_vietnamese(&decomposed), &folded);
        prop_assert!(folded.is_ascii(), "{folded:?}");
        prop_assert_eq!(folded.chars().count(), name.chars().count());
    }
}
