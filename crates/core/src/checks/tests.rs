//! The checks, on small reports made by hand and on the embedded one.

use super::*;
use crate::model::{
    Breakdown, Measure, Period, Section, SourceDocument, Span, Target, TargetBasis, Task, Text,
    Unit,
};

fn report(indicators: Vec<Indicator>) -> Report {
    Report {
        schema_version: crate::model::SCHEMA_VERSION,
        title: Text::new("t", "t"),
        region: Text::new("r", "r"),
        period: Period {
            year: 2024,
            span: Span::H1,
        },
        compared_with: None,
        source: SourceDocument::default(),
        sections: vec![Section {
            id: "s".into(),
            title: Text::new("s", "s"),
            ..Section::default()
        }],
        indicators,
        tasks: vec![],
    }
}

fn ind(id: &str, parent: Option<&str>, actual: Option<f64>) -> Indicator {
    Indicator {
        id: id.into(),
        section: "s".into(),
        parent: parent.map(Into::into),
        name: Text::new(id, id),
        unit: Unit {
            vi: "tỷ đồng".into(),
            ..Unit::default()
        },
        actual,
        source: "câu".into(),
        ..Indicator::default()
    }
}

fn kinds(r: &Report) -> Vec<(String, FindingKind)> {
    check(r)
        .into_iter()
        .map(|f| (f.subject.to_string(), f.kind))
        .collect()
}

#[test]
fn a_clean_report_has_no_findings() {
    let mut total = ind("total", None, Some(26529.0));
    total.breakdown = Breakdown::Complete;
    let r = report(vec![
        total,
        ind("a", Some("total"), Some(3698.0)),
        ind("b", Some("total"), Some(17053.0)),
        ind("c", Some("total"), Some(5778.0)),
    ]);
    assert_eq!(kinds(&r), vec![]);
}

#[test]
fn complete_breakdown_must_add_up_within_rounding() {
    let mut total = ind("total", None, Some(5078.4));
    total.breakdown = Breakdown::Complete;
    let mut r = report(vec![
        total,
        ind("a", Some("total"), Some(3591.7)),
        ind("b", Some("total"), Some(1131.76)),
        ind("c", Some("total"), Some(354.9)),
    ]);
    assert_eq!(kinds(&r), vec![], "5078.36 rounds to 5078.4");
    r.indicators[3].actual = Some(360.0);
    assert!(matches!(
        kinds(&r).as_slice(),
        [(id, FindingKind::PartsDoNotAddUp { .. })] if id == "total"
    ));
}

#[test]
fn partial_breakdown_may_not_exceed_its_total() {
    let r = report(vec![
        ind("revenue", None, Some(14283.5)),
        ind("domestic", Some("revenue"), Some(12366.7)),
        ind("trade", Some("revenue"), Some(1924.0)),
    ]);
    let found = check(&r);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].severity, Severity::Error);
    assert_eq!(
        found[0].line(),
        "error revenue: the parts add up to 14,290.7, more than the total 14,283.5 (by 7.2)"
    );
    let fewer = report(vec![
        ind("fdi", None, Some(185.0)),
        ind("new", Some("fdi"), Some(138.6)),
        ind("adjusted", Some("fdi"), Some(43.4)),
    ]);
    assert_eq!(kinds(&fewer), vec![]);
}

#[test]
fn printed_percent_is_checked_against_the_figures() {
    let mut disbursed = ind("disbursed", None, Some(1087.0));
    disbursed.annual_target = Some(Target {
        value: Some(6931.695),
        basis: TargetBasis::Plan,
        printed_pct: Some(15.7),
        ..Target::default()
    });
    let mut r = report(vec![disbursed]);
    assert_eq!(kinds(&r), vec![], "1087 / 6931.695 = 15.68 %");
    r.indicators[0].annual_target.as_mut().unwrap().printed_pct = Some(17.5);
    let found = check(&r);
    assert!(matches!(
        found[0].kind,
        FindingKind::PrintedPctMismatch {
            which: Which::Annual,
            ..
        }
    ));
    assert_eq!(
        found[0].message(Lang::Vi, Notation::Vietnamese),
        "tỷ lệ in trong báo cáo 17,5% so với chỉ tiêu năm, tính lại được 15,68%"
    );
    // A revised target does not make the source's percent wrong.
    r.indicators[0].annual_target.as_mut().unwrap().printed_pct = Some(15.7);
    r.indicators[0].set_value(Field::AnnualTarget, Some(9000.0));
    assert_eq!(kinds(&r), vec![]);
}

#[test]
fn implausible_values_are_found() {
    let mut share = ind("share", None, Some(104.0));
    share.measure = Measure::Share;
    let mut count = ind("count", None, Some(-3.0));
    count.measure = Measure::Count;
    let mut half = ind("half", None, Some(2.5));
    half.measure = Measure::Count;
    let r = report(vec![share, count, half]);
    let k = kinds(&r);
    assert!(matches!(k[0].1, FindingKind::ShareOutOfRange { value, .. } if value == 104.0));
    assert!(matches!(k[1].1, FindingKind::NegativeCount(v) if v == -3.0));
    assert!(matches!(k[2].1, FindingKind::FractionalCount(v) if v == 2.5));
}

#[test]
fn structure_finds_duplicates_dangling_references_and_cycles() {
    let mut r = report(vec![
        ind("a", Some("b"), None),
        ind("b", Some("c"), None),
        ind("c", Some("a"), None),
        ind("d", Some("nowhere"), None),
        ind("d", None, None),
        ind("e", Some("e"), None),
    ]);
    r.indicators[3].section = "missing".into();
    let lines: Vec<String> = structure(&r).iter().map(Finding::line).collect();
    assert_eq!(
        lines,
        vec![
            "error d: this id is used more than once",
            "error d: section \"missing\" does not exist",
            "error d: parent indicator \"nowhere\" does not exist",
            "error a: parent cycle: a → b → c → a",
            "error e: parent cycle: e → e",
        ]
    );
}

#[test]
fn duplicate_task_numbers_are_found() {
    let mut r = report(vec![]);
    let task = |id: &str, number: &str| Task {
        id: id.into(),
        number: number.into(),
        ..Task::default()
    };
    r.tasks = vec![task("t3_3", "3.3"), task("t3_3b", "3.3")];
    let lines: Vec<String> = check(&r).iter().map(Finding::line).collect();
    assert_eq!(
        lines,
        vec!["warning task:t3_3b: number \"3.3\" is printed twice"]
    );
}

#[test]
fn prior_values_of_a_complete_breakdown_must_add_up() {
    let with_growth = |id: &str, parent: Option<&str>, actual: f64, growth: f64| Indicator {
        yoy_growth_pct: Some(growth),
        ..ind(id, parent, Some(actual))
    };
    let mut total = with_growth("total", None, 26529.0, 11.5);
    total.breakdown = Breakdown::Complete;
    let mut r = report(vec![
        total,
        with_growth("a", Some("total"), 3698.0, 27.9),
        with_growth("b", Some("total"), 17053.0, 5.9),
        with_growth("c", Some("total"), 5778.0, 20.4),
    ]);
    assert_eq!(kinds(&r), vec![]);
    r.indicators[0].yoy_growth_pct = Some(15.0);
    assert!(matches!(
        kinds(&r)[0].1,
        FindingKind::PriorDoesNotAddUp { .. }
    ));
}

#[test]
fn a_printed_growth_is_checked_against_a_stated_prior() {
    let mut lychee = ind("lychee", None, Some(60000.0));
    lychee.prior = Some(57530.0);
    lychee.yoy_growth_pct = Some(4.3);
    assert_eq!(kinds(&report(vec![lychee.clone()])), vec![]);
    lychee.yoy_growth_pct = Some(5.3);
    assert!(matches!(
        kinds(&report(vec![lychee.clone()]))[..],
        [(_, FindingKind::PrintedGrowthMismatch { printed, .. })] if printed == 5.3
    ));
    // One derived from the printed growth agrees with it, and a revised actual
    // moves the growth shown, not the finding.
    let mut revenue = ind("revenue", None, Some(14283.5));
    revenue.yoy_growth_pct = Some(36.9);
    revenue.settle_prior();
    revenue.set_value(Field::Actual, Some(14350.2));
    assert_eq!(kinds(&report(vec![revenue])), vec![]);
}

#[test]
fn a_year_below_its_known_first_half_is_an_error() {
    let mut year = report(vec![]);
    year.period = Period {
        year: 2024,
        span: Span::Year,
    };
    let mut revenue = ind("revenue", None, Some(10000.0));
    revenue.subperiods = vec![crate::model::SubPeriodValue {
        period: Period {
            year: 2024,
            span: Span::H1,
        },
        value: 14283.5,
    }];
    year.indicators = vec![revenue.clone()];
    let found = check(&year);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].severity, Severity::Error);
    assert!(
        found[0]
            .message(Lang::En, Notation::English)
            .contains("below the first half of 2024 already known, 14,283.5"),
    );
    revenue.actual = Some(20000.0);
    year.indicators = vec![revenue];
    assert_eq!(check(&year), vec![]);
}

#[test]
fn a_count_and_the_indicator_that_is_its_growth_are_checked_together() {
    let mut count = ind("new_firms", None, Some(1100.0));
    count.prior = Some(1000.0);
    let mut rate = ind("new_firms_growth", None, Some(10.0));
    rate.measure = Measure::Rate;
    rate.growth_of = Some("new_firms".into());
    assert_eq!(kinds(&report(vec![count.clone(), rate.clone()])), vec![]);
    rate.actual = Some(12.5);
    assert!(matches!(
        &kinds(&report(vec![count, rate]))[..],
        [(_, FindingKind::GrowthOfDisagrees { growth, .. })] if (*growth - 10.0).abs() < 1e-9
    ));
}

#[test]
fn missing_texts_are_noted() {
    let mut bare = ind("bare", None, Some(1.0));
    bare.source.clear();
    bare.unit.vi.clear();
    let mut transcribed = report(vec![bare.clone()]);
    transcribed.source.title = "Báo cáo số 123/BC-UBND".into();
    // A report the office made itself (no source document) names no sentences.
    let own: Vec<String> = check(&report(vec![bare]))
        .iter()
        .map(Finding::line)
        .collect();
    assert_eq!(own, vec!["info bare: the unit is missing"]);
    let lines: Vec<String> = check(&transcribed).iter().map(Finding::line).collect();
    assert_eq!(
        lines,
        vec![
            "info bare: the unit is missing",
            "info bare: the source sentence is missing"
        ]
    );
}

#[test]
fn a_half_years_growth_lies_between_its_quarters() {
    let mut report = crate::io::embedded().unwrap();
    let outside = |r: &Report| {
        check(r)
            .into_iter()
            .filter(|f| matches!(f.kind, FindingKind::GrowthOutsideItsParts { .. }))
            .count()
    };
    // GRDP: 10,0 % in the half, 10,11 % and 9,91 % in its quarters.
    assert_eq!(outside(&report), 0);
    let grdp = IndicatorId("grdp_growth".into());
    let ind = report.indicator_mut(&grdp).unwrap();
    ind.set_value(Field::Actual, Some(10.5));
    assert_eq!(outside(&report), 1, "10,5 is above both quarters");
    // The quarters of a nine-month report do not make it up: nothing to say.
    report.period = "2024-9M".parse().unwrap();
    assert_eq!(outside(&report), 0);
}

#[test]
fn the_four_quarters_shares_make_a_whole_year() {
    use crate::model::{Quarter, QuarterPlan};
    let mut report = crate::io::embedded().unwrap();
    let sums = |r: &Report| {
        check(r)
            .into_iter()
            .filter_map(|f| match f.kind {
                FindingKind::QuarterSharesDoNotAddUp(sum) => Some(sum),
                _ => None,
            })
            .collect::<Vec<_>>()
    };
    let grdp = IndicatorId("grdp_growth".into());
    let ind = report.indicator_mut(&grdp).unwrap();
    for (q, share) in Quarter::ALL.into_iter().zip([21.0, 24.0, 26.0, 29.1]) {
        ind.quarters.insert(
            q,
            QuarterPlan {
                prior_share_pct: Some(share),
                scenario_pct: None,
            },
        );
    }
    assert_eq!(sums(&report), Vec::<f64>::new(), "100,1 is rounding");
    let ind = report.indicator_mut(&grdp).unwrap();
    ind.quarters.get_mut(&Quarter::Q4).unwrap().prior_share_pct = Some(27.5);
    assert_eq!(sums(&report), vec![98.5]);
    // Three quarters known say nothing of the fourth.
    let ind = report.indicator_mut(&grdp).unwrap();
    ind.quarters.remove(&Quarter::Q4);
    assert_eq!(sums(&report), Vec::<f64>::new());
}

/// Each kind of finding about the structure and the texts, with its words in both
/// languages.
fn structure_cases() -> Vec<(FindingKind, &'static str, &'static str)> {
    vec![
        (
            FindingKind::DuplicateId,
            "mã này xuất hiện nhiều lần",
            "this id is used more than once",
        ),
        (
            FindingKind::UnknownSection("s9".into()),
            "mục \"s9\" không tồn tại",
            "section \"s9\" does not exist",
        ),
        (
            FindingKind::UnknownParent("p".into()),
            "chỉ tiêu cha \"p\" không tồn tại",
            "parent indicator \"p\" does not exist",
        ),
        (
            FindingKind::UnknownParentSection("q".into()),
            "mục cha \"q\" không tồn tại",
            "parent section \"q\" does not exist",
        ),
        (
            FindingKind::ParentCycle(vec!["a".into(), "b".into(), "a".into()]),
            "vòng lặp chỉ tiêu cha: a → b → a",
            "parent cycle: a → b → a",
        ),
        (
            FindingKind::Missing(Missing::Name),
            "thiếu tên tiếng Việt",
            "the name is missing",
        ),
        (
            FindingKind::Missing(Missing::Unit),
            "thiếu đơn vị tính",
            "the unit is missing",
        ),
        (
            FindingKind::Missing(Missing::SourceSentence),
            "thiếu câu nguồn trong báo cáo",
            "the source sentence is missing",
        ),
        (
            FindingKind::DuplicateTaskNumber("3.3".into()),
            "số thứ tự \"3.3\" được in hai lần",
            "number \"3.3\" is printed twice",
        ),
    ]
}

/// Each kind of finding about the figures, with its words in both languages.
fn figure_cases() -> Vec<(FindingKind, &'static str, &'static str)> {
    vec![
        (
            FindingKind::PartsDoNotAddUp {
                total: 5078.4,
                parts: 5083.5,
            },
            "tổng các thành phần 5.083,5 khác tổng 5.078,4 (chênh 5,1)",
            "the parts add up to 5,083.5, not to the total 5,078.4 (off by 5.1)",
        ),
        (
            FindingKind::PartsExceedTotal {
                total: 14283.5,
                parts: 14290.7,
            },
            "các thành phần cộng lại 14.290,7 vượt tổng 14.283,5 (thừa 7,2)",
            "the parts add up to 14,290.7, more than the total 14,283.5 (by 7.2)",
        ),
        (
            FindingKind::PriorDoesNotAddUp {
                total: 100.0,
                parts: 90.5,
            },
            "số cùng kỳ suy từ tốc độ tăng: các thành phần 90,5 khác tổng 100",
            "the prior-period values implied by the growth rates do not add up: parts 90.5, total 100",
        ),
        (
            FindingKind::PrintedPctMismatch {
                which: Which::Period,
                printed: 17.5,
                computed: 15.681,
            },
            "tỷ lệ in trong báo cáo 17,5% so với chỉ tiêu kỳ, tính lại được 15,68%",
            "printed 17.5% of the period target, but the figures give 15.68%",
        ),
        (
            FindingKind::PrintedPctMismatch {
                which: Which::Annual,
                printed: 17.5,
                computed: 15.681,
            },
            "tỷ lệ in trong báo cáo 17,5% so với chỉ tiêu năm, tính lại được 15,68%",
            "printed 17.5% of the annual target, but the figures give 15.68%",
        ),
        (
            FindingKind::ShareOutOfRange {
                field: Field::Actual,
                value: 104.5,
            },
            "tỷ lệ ước thực hiện = 104,5% nằm ngoài khoảng 0–100%",
            "share actual = 104.5% is outside 0–100 %",
        ),
        (
            FindingKind::NegativeCount(-3.0),
            "số đếm âm: -3",
            "negative count: -3",
        ),
        (
            FindingKind::FractionalCount(2.5),
            "số đếm không nguyên: 2,5",
            "count is not a whole number: 2.5",
        ),
        (
            FindingKind::GrowthOutsideItsParts {
                whole: 10.5,
                low: 9.91,
                high: 10.11,
            },
            "tăng trưởng cả kỳ 10,5% nằm ngoài tăng trưởng các phần của kỳ (9,91% đến 10,11%)",
            "the period's growth of 10.5% lies outside its parts' (9.91% to 10.11%)",
        ),
        (
            FindingKind::QuarterSharesDoNotAddUp(98.5),
            "tỷ trọng bốn quý trong năm trước cộng lại 98,5%, không phải 100%",
            "the four quarters' shares of last year add up to 98.5%, not 100 %",
        ),
        (
            FindingKind::PrintedGrowthMismatch {
                printed: 5.3,
                computed: 4.2889,
            },
            "tốc độ tăng in trong báo cáo 5,3% so cùng kỳ, tính lại từ số ước thực hiện và số cùng kỳ năm trước được 4,29%",
            "printed a growth of 5.3% on a year ago, but the actual and the same period last year give 4.29%",
        ),
        (
            FindingKind::GrowthOfDisagrees {
                of: "new_firms".into(),
                value: 12.5,
                growth: 10.0,
            },
            "là tốc độ tăng của \"new_firms\" nhưng ghi 12,5%, trong khi số của \"new_firms\" cho 10,00%: sửa một trong hai",
            "is the growth of \"new_firms\" but says 12.5%, while the figures of \"new_firms\" give 10.00%: correct one of them",
        ),
        (
            FindingKind::BelowItsKnownPart {
                part: Period {
                    year: 2024,
                    span: Span::H1,
                },
                part_value: 14283.5,
                value: 10000.0,
            },
            "số cả kỳ 10.000 thấp hơn số 6 tháng đầu năm 2024 đã biết 14.283,5, là một phần của kỳ: sửa số cả kỳ (hoặc số 6 tháng đầu năm 2024)",
            "the period's figure 10,000 is below the first half of 2024 already known, 14,283.5, which is part of it: correct the period's figure (or the first half of 2024)",
        ),
    ]
}

/// Which kind a finding is, as a number: a kind added to `FindingKind` does not compile
/// here until it is counted, and then fails `every_kind_of_finding_is_in_the_cases`
/// until it has its case.
fn kind_number(kind: &FindingKind) -> usize {
    match kind {
        FindingKind::DuplicateId => 0,
        FindingKind::UnknownSection(_) => 1,
        FindingKind::UnknownParent(_) => 2,
        FindingKind::UnknownParentSection(_) => 3,
        FindingKind::ParentCycle(_) => 4,
        FindingKind::PartsDoNotAddUp { .. } => 5,
        FindingKind::PartsExceedTotal { .. } => 6,
        FindingKind::PriorDoesNotAddUp { .. } => 7,
        FindingKind::PrintedPctMismatch { .. } => 8,
        FindingKind::ShareOutOfRange { .. } => 9,
        FindingKind::NegativeCount(_) => 10,
        FindingKind::FractionalCount(_) => 11,
        FindingKind::Missing(_) => 12,
        FindingKind::DuplicateTaskNumber(_) => 13,
        FindingKind::GrowthOutsideItsParts { .. } => 14,
        FindingKind::QuarterSharesDoNotAddUp(_) => 15,
        FindingKind::PrintedGrowthMismatch { .. } => 16,
        FindingKind::GrowthOfDisagrees { .. } => 17,
        FindingKind::BelowItsKnownPart { .. } => 18,
    }
}

const KINDS: usize = 19;

#[test]
fn every_message_reads_the_same_in_both_languages() {
    let finding =
        |kind: FindingKind| Finding::new(Severity::Error, Subject::Task("t".into()), kind);
    for (kind, vi, en) in structure_cases().into_iter().chain(figure_cases()) {
        let f = finding(kind);
        assert_eq!(f.message(Lang::Vi, Notation::Vietnamese), vi);
        assert_eq!(f.message(Lang::En, Notation::English), en);
    }
}

#[test]
fn every_kind_of_finding_is_in_the_cases_and_reads_differently_in_each_language() {
    let mut seen = [false; KINDS];
    for (kind, _, _) in structure_cases().into_iter().chain(figure_cases()) {
        if let Some(s) = seen.get_mut(kind_number(&kind)) {
            *s = true;
        }
        // Whatever the notation, the two languages differ and neither is empty.
        for notation in [Notation::Vietnamese, Notation::English] {
            let f = Finding::new(
                Severity::Warning,
                Subject::Indicator("x".into()),
                kind.clone(),
            );
            let (vi, en) = (f.message(Lang::Vi, notation), f.message(Lang::En, notation));
            assert!(!vi.trim().is_empty() && !en.trim().is_empty(), "{kind:?}");
            assert_ne!(vi, en, "{kind:?}");
            let english = crate::i18n::every_message::english_in(&vi);
            assert_eq!(english, None, "English in the Vietnamese of {kind:?}: {vi}");
        }
    }
    let missing: Vec<usize> = (0..KINDS).filter(|k| !seen[*k]).collect();
    assert!(missing.is_empty(), "kinds with no case: {missing:?}");
}

#[test]
fn a_line_is_in_the_language_asked_for() {
    let f = Finding::new(
        Severity::Warning,
        Subject::Indicator("revenue".into()),
        FindingKind::PartsExceedTotal {
            total: 14283.5,
            parts: 14290.7,
        },
    );
    assert_eq!(
        f.line_in(Lang::Vi, Notation::Vietnamese),
        "cảnh báo revenue: các thành phần cộng lại 14.290,7 vượt tổng 14.283,5 (thừa 7,2)"
    );
    assert_eq!(
        f.line(),
        "warning revenue: the parts add up to 14,290.7, more than the total 14,283.5 (by 7.2)"
    );
}
