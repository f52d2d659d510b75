//! The embedded data set against the report it transcribes
//! (`shared/seed/000_24944383fa3360de.txt`, Hải Dương, first half of 2024).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "tests fail loudly"
)]

use chitieu_core::checks::{self, FindingKind, Severity, Subject};
use chitieu_core::format::{Notation, format_auto};
use chitieu_core::metrics;
use chitieu_core::model::{
    Breakdown, Direction, Field, IndicatorId, Measure, Report, Span, TargetBasis,
};

fn seed() -> Report {
    chitieu_core::io::embedded().expect("the embedded report loads")
}

fn get<'a>(r: &'a Report, id: &str) -> &'a chitieu_core::model::Indicator {
    r.indicator(&IndicatorId(id.to_owned()))
        .unwrap_or_else(|| panic!("indicator {id} is in the data set"))
}

/// (id, actual, growth over the same period) as printed in the report, typed a second
/// time by hand: a test against this table finds a slip in either copy, not a figure
/// the two copies got wrong alike.
const FIGURES: &[(&str, Option<f64>, Option<f64>)] = &[
    ("grdp_growth", Some(10.0), None),
    ("grdp_growth_agriculture", Some(3.52), None),
    ("grdp_growth_industry_construction", Some(13.71), None),
    ("grdp_growth_services", Some(6.93), None),
    ("grdp_growth_product_taxes", Some(4.9), None),
    ("agri_output_value", Some(13527.0), Some(3.5)),
    ("agri_output_value_crops", None, Some(1.6)),
    ("agri_output_value_livestock", None, Some(7.2)),
    ("agri_output_value_fishery", None, Some(7.6)),
    ("agri_output_value_forestry", None, Some(16.9)),
    ("pig_herd", Some(440000.0), Some(4.6)),
    ("poultry_flock", Some(16.5), Some(4.3)),
    ("buffalo_cattle_herd", Some(20010.0), Some(1.9)),
    ("live_pig_output", Some(35289.0), Some(6.4)),
    ("poultry_eggs_output", Some(315395.0), Some(3.5)),
    ("fishery_output", Some(55127.0), Some(7.5)),
    ("fishery_output_aquaculture", Some(54209.0), Some(7.6)),
    ("fishery_output_capture", Some(918.0), Some(-1.4)),
    ("industrial_output_value", Some(180034.0), Some(13.7)),
    ("industrial_product_electricity", None, Some(19.7)),
    ("industrial_product_cement", None, Some(-0.5)),
    ("industrial_product_car_assembly", None, Some(-24.9)),
    ("construction_output_value", Some(10004.0), Some(7.3)),
    ("services_output_value", Some(25067.0), Some(7.5)),
    ("retail_sales_services_revenue", Some(50386.0), Some(12.9)),
    ("transport_storage_revenue", Some(7728.0), Some(16.3)),
    ("tourist_visitors", Some(1468.0), Some(59.3)),
    ("tourism_revenue", Some(623.6), Some(54.5)),
    ("goods_exports_value", Some(4756.0), Some(7.4)),
    ("goods_imports_value", Some(3925.0), Some(8.3)),
    ("budget_revenue_total", Some(14283.5), Some(36.9)),
    ("budget_revenue_domestic", Some(12366.7), Some(50.0)),
    ("budget_revenue_import_export", Some(1924.0), Some(4.0)),
    ("budget_spending_total", Some(6220.3), Some(12.5)),
    ("budget_spending_recurrent", Some(4792.0), None),
    ("bank_deposits_mobilized", Some(200670.0), Some(11.1)),
    ("bank_credit_outstanding", Some(138603.0), Some(10.8)),
    ("bank_bad_debt_ratio", Some(1.1), None),
    ("total_social_investment", Some(26529.0), Some(11.5)),
    ("total_social_investment_state", Some(3698.0), Some(27.9)),
    (
        "total_social_investment_non_state",
        Some(17053.0),
        Some(5.9),
    ),
    ("total_social_investment_fdi", Some(5778.0), Some(20.4)),
    ("public_investment_capital_plan_2024", Some(8426.9), None),
    ("public_investment_plan_central_budget", Some(1131.76), None),
    ("public_investment_disbursed", Some(1087.0), None),
    ("fdi_registered_capital", Some(185.0), Some(-17.0)),
    ("domestic_new_projects_capital", Some(5796.0), Some(980.0)),
    ("new_enterprises", Some(1328.0), Some(0.0)),
    (
        "new_enterprises_registered_capital",
        Some(7708.0),
        Some(-3.7),
    ),
    ("enterprises_closed", Some(1221.0), Some(18.4)),
    ("enterprises_returning", Some(390.0), Some(-31.0)),
    ("health_births", Some(9325.0), None),
    ("crime_public_order_cases", Some(228.0), Some(-25.5)),
    ("traffic_accidents", Some(407.0), None),
    ("traffic_deaths", Some(112.0), None),
    ("traffic_injuries", Some(335.0), None),
    ("traffic_violations_handled", Some(22391.0), Some(39.8)),
    ("traffic_violation_fines", Some(61.5), Some(66.7)),
    ("fire_safety_fines", Some(7.79835), None),
    ("commune_level_units", Some(207.0), None),
    ("science_projects_total", Some(29.0), None),
    ("legal_aid_cases", Some(260.0), None),
];

#[test]
fn figures_match_the_typed_copy_of_the_report() {
    let r = seed();
    for &(id, actual, growth) in FIGURES {
        let ind = get(&r, id);
        assert_eq!(ind.actual, actual, "{id}: actual");
        assert_eq!(
            ind.yoy_growth_pct, growth,
            "{id}: growth over the same period"
        );
    }
}

#[test]
fn the_report_is_hai_duong_first_half_2024() {
    let r = seed();
    assert_eq!(r.region.vi, "Hải Dương");
    assert_eq!(r.period.year, 2024);
    assert_eq!(r.period.span, Span::H1);
    assert_eq!(r.slug(), "hai-duong-2024-H1");
    assert!(
        r.indicators.len() >= 250,
        "{} indicators",
        r.indicators.len()
    );
    assert_eq!(r.tasks.len(), 27);
}

#[test]
fn targets_and_printed_percents_match_the_typed_copy_of_the_report() {
    let r = seed();
    let annual = |id: &str| get(&r, id).annual_target.clone().expect("annual target");

    // "đạt 72,7% dự toán": the estimate is derived from the percent and marked so.
    let revenue = annual("budget_revenue_total");
    assert_eq!(revenue.basis, TargetBasis::BudgetEstimate);
    assert_eq!(revenue.printed_pct, Some(72.7));
    assert!(revenue.derived);
    for (id, pct) in [
        ("budget_revenue_total", 72.7),
        ("budget_revenue_domestic", 76.0),
        ("budget_revenue_import_export", 71.0),
        ("budget_spending_total", 34.1),
        ("budget_spending_recurrent", 45.7),
        ("budget_spending_central_targeted_programs", 39.7),
        ("total_social_investment", 37.3),
    ] {
        let ind = get(&r, id);
        let m = metrics::compute(ind, &r.period);
        let achieved = m.annual_achievement_pct.expect("achievement");
        assert!(
            (achieved - pct).abs() < 0.05,
            "{id}: {achieved} against the printed {pct}"
        );
    }

    // Targets the report states outright.
    let pm_plan = annual("public_investment_disbursed_vs_pm_plan");
    assert_eq!(pm_plan.value, Some(6931.695));
    assert!(!pm_plan.derived);
    assert_eq!(pm_plan.printed_pct, Some(15.7));

    let grdp = get(&r, "grdp_growth");
    assert_eq!(grdp.measure, Measure::Rate);
    let scenario = grdp.target.clone().expect("the scenario");
    assert_eq!(scenario.basis, TargetBasis::Scenario);
    assert_eq!(scenario.value, Some(8.22));
    let m = metrics::compute(grdp, &r.period);
    assert!((m.gap_pts.expect("gap") - 1.78).abs() < 1e-9);
    assert_eq!(m.achievement_pct, None, "a rate has a gap, not a ratio");
    let quarters: Vec<f64> = grdp.subperiods.iter().map(|s| s.value).collect();
    assert_eq!(quarters, vec![10.11, 9.91]);

    let rice = get(&r, "rice_spring_area");
    assert_eq!(rice.actual, Some(53905.0));
    assert_eq!(
        rice.target.as_ref().and_then(|t| t.printed_pct),
        Some(100.8)
    );
}

#[test]
fn every_derived_target_is_the_rounded_quotient_of_its_percent() {
    let r = seed();
    let mut seen = 0;
    for ind in &r.indicators {
        for target in [&ind.target, &ind.annual_target].into_iter().flatten() {
            if !target.derived {
                continue;
            }
            seen += 1;
            let (Some(actual), Some(pct), Some(value)) =
                (ind.actual, target.printed_pct, target.value)
            else {
                panic!(
                    "{}: a derived target needs the actual, the percent and the value",
                    ind.id
                );
            };
            let expected = (actual * 100.0 / pct * 10.0).round() / 10.0;
            assert!(
                (value - expected).abs() < 1e-9,
                "{}: {value} ≠ {expected}",
                ind.id
            );
        }
    }
    assert!(seen >= 9, "{seen} derived targets");
}

#[test]
fn every_indicator_has_names_a_unit_and_its_source_sentence() {
    let r = seed();
    for ind in &r.indicators {
        assert!(
            !ind.name.vi.trim().is_empty(),
            "{}: Vietnamese name",
            ind.id
        );
        assert!(!ind.name.en.trim().is_empty(), "{}: English name", ind.id);
        assert!(!ind.unit.vi.trim().is_empty(), "{}: unit", ind.id);
        assert!(!ind.unit.en.trim().is_empty(), "{}: English unit", ind.id);
        assert!(ind.source.trim().len() > 20, "{}: source sentence", ind.id);
        assert!(
            ind.original.is_empty(),
            "{}: nothing is revised in the report",
            ind.id
        );
    }
    for task in &r.tasks {
        assert!(
            !task.title.vi.is_empty() && !task.title.en.is_empty(),
            "{}",
            task.id
        );
        assert!(
            !task.sector.vi.is_empty() && !task.sector.en.is_empty(),
            "{}",
            task.id
        );
        assert!(task.text.len() > 40, "{}", task.id);
    }
}

/// Each figure, written the way the report writes it, is in the indicator's own source
/// sentence: the data set says what the report says. The exceptions are figures the
/// report states in other words, listed with the words.
#[test]
fn every_figure_is_in_its_source_sentence() {
    let restated: &[(&str, &str)] = &[
        ("fdi_registered_capital", "bằng 83%"),
        ("domestic_new_projects_capital", "gấp 10,8 lần"),
        ("enterprises_returning", "bằng 69%"),
        ("new_enterprises", "tương đương cùng kỳ"),
        ("new_enterprises_growth", "không tăng"),
        ("ui_vocational_support_amount", "150 triệu đồng"),
        ("fire_safety_fines", "7.798.350.000 đồng"),
    ];
    let r = seed();
    let mut missing = Vec::new();
    for ind in &r.indicators {
        let printed = |v: f64| {
            let text = format_auto(v.abs(), Notation::Vietnamese);
            // The report writes small counts with a leading zero: "03 cuộc", "06 dự án".
            let padded = format!("0{text}");
            ind.source.contains(&text) || (v < 10.0 && ind.source.contains(&padded))
        };
        let values = [
            ("actual", ind.actual),
            ("yoy_growth_pct", ind.yoy_growth_pct),
            ("yoy_change", ind.yoy_change),
            ("prior", ind.prior.filter(|_| !ind.prior_derived)),
        ];
        for (field, v) in values {
            let Some(v) = v else { continue };
            if printed(v) {
                continue;
            }
            if let Some((_, words)) = restated.iter().find(|(id, _)| *id == ind.id.0) {
                assert!(ind.source.contains(words), "{}: {words}", ind.id);
                continue;
            }
            missing.push(format!("{} {field} {v}", ind.id));
        }
    }
    assert!(
        missing.is_empty(),
        "figures not found in their source sentence: {missing:#?}"
    );
}

#[test]
fn directions_follow_the_domain() {
    let r = seed();
    for id in [
        "bank_bad_debt_ratio",
        "enterprises_closed",
        "crime_public_order_cases",
        "traffic_accidents",
        "traffic_deaths",
        "traffic_injuries",
    ] {
        assert_eq!(get(&r, id).direction, Direction::LowerIsBetter, "{id}");
    }
    assert_eq!(
        get(&r, "budget_revenue_total").direction,
        Direction::HigherIsBetter
    );
    assert_eq!(get(&r, "bank_bad_debt_ratio").measure, Measure::Share);
}

#[test]
fn breakdowns_are_children_of_their_totals() {
    let r = seed();
    let children = |id: &str| -> Vec<String> {
        r.children(&IndicatorId(id.to_owned()))
            .map(|c| c.id.0.clone())
            .collect()
    };
    assert_eq!(
        children("budget_revenue_total"),
        vec!["budget_revenue_domestic", "budget_revenue_import_export"]
    );
    assert_eq!(
        children("total_social_investment"),
        vec![
            "total_social_investment_state",
            "total_social_investment_non_state",
            "total_social_investment_fdi"
        ]
    );
    assert_eq!(
        get(&r, "total_social_investment").breakdown,
        Breakdown::Complete
    );
    assert_eq!(
        get(&r, "budget_revenue_total").breakdown,
        Breakdown::Partial
    );
    assert_eq!(get(&r, "grdp_growth").breakdown, Breakdown::NotAdditive);
    assert_eq!(children("legal_aid_cases").len(), 4);
    assert_eq!(children("public_investment_capital_plan_2024").len(), 3);
}

#[test]
fn the_checks_find_the_reports_own_inconsistencies() {
    let r = seed();
    let findings = checks::check(&r);
    // Domestic revenue 12.366,7 and import-export revenue 1.924 make 14.290,7,
    // more than the printed total of 14.283,5.
    assert!(findings.iter().any(|f| f.severity == Severity::Error
        && f.subject == Subject::Indicator(IndicatorId("budget_revenue_total".into()))
        && matches!(f.kind, FindingKind::PartsExceedTotal { total, parts }
            if total == 14283.5 && (parts - 14290.7).abs() < 1e-6)));
    // Part two numbers two items "3.3".
    assert!(
        findings
            .iter()
            .any(|f| f.subject == Subject::Task("t3_3b".into())
                && matches!(&f.kind, FindingKind::DuplicateTaskNumber(n) if n == "3.3"))
    );
    // Nothing else: every other breakdown adds up and every printed percent holds.
    assert_eq!(
        findings.len(),
        2,
        "{:#?}",
        findings
            .iter()
            .map(checks::Finding::line)
            .collect::<Vec<_>>()
    );
}

#[test]
fn revising_a_target_moves_the_computed_figures() {
    let mut r = seed();
    let id = IndicatorId("budget_spending_total".into());
    let period = r.period;
    let before = metrics::compute(r.indicator(&id).unwrap(), &period);
    assert_eq!(before.status(), Some(metrics::Status::Behind));
    r.indicator_mut(&id)
        .unwrap()
        .set_value(Field::AnnualTarget, Some(12800.0));
    let after = metrics::compute(r.indicator(&id).unwrap(), &period);
    assert!((after.annual_achievement_pct.unwrap() - 6220.3 / 128.0).abs() < 1e-9);
    // 48.6 % of the year by mid-year is within 5 % of the 50 % pace.
    assert_eq!(after.status(), Some(metrics::Status::Close));
    assert_eq!(
        r.indicator(&id).unwrap().report_value(Field::AnnualTarget),
        Some(18241.3)
    );
}
