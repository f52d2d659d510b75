//! Large, realistic reports for benchmarks and tests: many sections, nested breakdowns,
//! every kind of value (amounts, counts, shares, rates; growth, changes, stated priors;
//! period and annual targets of every basis, some derived from a percent), notes and
//! source sentences. Deterministic: the same size and seed give the same report.

use crate::model::{
    Breakdown, Direction, Indicator, IndicatorId, Measure, Period, Report, SCHEMA_VERSION, Section,
    SectionId, SourceDocument, Span, SubPeriodValue, Target, TargetBasis, Task, TaskStatus, Text,
    Unit,
};

/// A small, fast, deterministic random number generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Self(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `[0, 1)`.
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    /// One of `items`, chosen at random.
    fn pick<T: Copy>(&mut self, items: &[T], fallback: T) -> T {
        let k = usize::try_from(self.below(items.len() as u64)).unwrap_or(0);
        items.get(k).copied().unwrap_or(fallback)
    }

    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    /// A value rounded to `decimals`.
    fn value(&mut self, lo: f64, hi: f64, decimals: i32) -> f64 {
        let v = lo + (hi - lo) * self.unit();
        let f = 10f64.powi(decimals);
        (v * f).round() / f
    }
}

const UNITS: [(&str, &str, Measure); 8] = [
    ("tỷ đồng", "billion VND", Measure::Amount),
    ("triệu USD", "million USD", Measure::Amount),
    ("tấn", "tonnes", Measure::Amount),
    ("ha", "ha", Measure::Amount),
    ("doanh nghiệp", "enterprises", Measure::Count),
    ("vụ", "cases", Measure::Count),
    ("%", "%", Measure::Share),
    ("%", "%", Measure::Rate),
];

const BASES: [TargetBasis; 4] = [
    TargetBasis::Plan,
    TargetBasis::BudgetEstimate,
    TargetBasis::Scenario,
    TargetBasis::Other,
];

/// A report of `indicators` indicators for a made-up province, from `seed`.
pub fn report(indicators: usize, seed: u64) -> Report {
    let mut rng = Rng::new(seed);
    let top_sections = (indicators / 400).clamp(4, 60);
    let mut sections = Vec::new();
    for s in 0..top_sections {
        let id = SectionId(format!("s{s}"));
        sections.push(Section {
            id: id.clone(),
            number: format!("{}", s + 1),
            title: Text::new(
                format!("Lĩnh vực số {}", s + 1),
                format!("Sector {}", s + 1),
            ),
            parent: None,
        });
        for c in 0..4 {
            sections.push(Section {
                id: SectionId(format!("s{s}_{c}")),
                number: format!("{}.{}", s + 1, c + 1),
                title: Text::new(
                    format!("Nhóm {}.{} — sản xuất và dịch vụ", s + 1, c + 1),
                    format!("Group {}.{}", s + 1, c + 1),
                ),
                parent: Some(id.clone()),
            });
        }
    }
    let leaf_sections: Vec<SectionId> = sections
        .iter()
        .filter(|s| s.parent.is_some())
        .map(|s| s.id.clone())
        .collect();

    let mut out: Vec<Indicator> = Vec::with_capacity(indicators);
    while out.len() < indicators {
        let section = leaf_sections
            .get(usize::try_from(rng.below(leaf_sections.len() as u64)).unwrap_or(0))
            .cloned()
            .unwrap_or_default();
        // A total with up to three levels of parts below it.
        let remaining = indicators - out.len();
        let family = 1 + usize::try_from(rng.below(12)).unwrap_or(0);
        add_family(&mut rng, &mut out, &section, None, family.min(remaining), 0);
    }
    let mut report = Report {
        schema_version: SCHEMA_VERSION,
        title: Text::new(
            format!("Báo cáo thử nghiệm {indicators} chỉ tiêu"),
            format!("Test report of {indicators} indicators"),
        ),
        region: Text::new("Tỉnh Thử Nghiệm", "Test Province"),
        period: Period {
            year: 2024,
            span: Span::H1,
        },
        compared_with: Some(Period {
            year: 2023,
            span: Span::H1,
        }),
        source: SourceDocument {
            title: "Báo cáo sinh tự động cho đo hiệu năng".into(),
            ..SourceDocument::default()
        },
        sections,
        indicators: out,
        tasks: (0..indicators / 100 + 5)
            .map(|k| Task {
                id: crate::model::TaskId(format!("t{k}")),
                number: format!("{}", k + 1),
                sector: Text::new("Lĩnh vực", "Sector"),
                title: Text::new(format!("Nhiệm vụ {}", k + 1), format!("Task {}", k + 1)),
                text: "Tiếp tục triển khai có hiệu quả các giải pháp phát triển kinh tế - xã hội."
                    .into(),
                status: TaskStatus::NotStarted,
                carried_from: None,
                note: String::new(),
            })
            .collect(),
    };
    // As a loaded report is: last year's figures derived where only growth is given.
    report.settle_priors();
    report
}

/// Adds an indicator of `section` under `parent` to `out`, with `size - 1` parts below
/// it (to a depth of 3, past which the rest are totals of their own).
fn add_family(
    rng: &mut Rng,
    out: &mut Vec<Indicator>,
    section: &SectionId,
    parent: Option<&Indicator>,
    size: usize,
    depth: usize,
) {
    if size == 0 {
        return;
    }
    let (mut ind, actual) = new_indicator(rng, out.len(), section, parent);
    add_targets(rng, &mut ind, actual);
    add_quarters_and_note(rng, &mut ind, actual);
    out.push(ind.clone());
    add_parts(rng, out, section, ind, size - 1, depth);
}

/// The `k`th indicator, of its total's unit (or one picked), with its actual (also
/// returned, as drawn even where the indicator is left without one), growth and source.
fn new_indicator(
    rng: &mut Rng,
    k: usize,
    section: &SectionId,
    parent: Option<&Indicator>,
) -> (Indicator, f64) {
    let (unit_vi, unit_en, measure) = match parent {
        Some(p) => (p.unit.vi.clone(), p.unit.en.clone(), p.measure),
        None => {
            let (vi, en, m) = rng.pick(&UNITS, ("tỷ đồng", "billion VND", Measure::Amount));
            (vi.to_owned(), en.to_owned(), m)
        }
    };
    let decimals = i32::try_from(rng.below(3)).unwrap_or(0);
    // A part takes a share of what its total has left, so the parts never exceed it.
    let actual = match (measure, parent.and_then(|p| p.actual)) {
        (Measure::Share, _) => rng.value(0.0, 100.0, 2),
        (Measure::Rate, _) => rng.value(-20.0, 40.0, 2),
        (Measure::Count | Measure::Amount, Some(left)) => {
            (left * rng.value(0.2, 0.6, 2)).floor().max(0.0)
        }
        (Measure::Count, None) => rng.value(10.0, 5000.0, 0),
        (Measure::Amount, None) => rng.value(100.0, 200_000.0, decimals),
    };
    let mut ind = Indicator {
        id: IndicatorId(format!("ind_{k}")),
        section: section.clone(),
        parent: parent.map(|p| p.id.clone()),
        name: Text::new(
            format!("Chỉ tiêu thử nghiệm số {k} về sản xuất"),
            format!("Test indicator {k} on production"),
        ),
        unit: Unit {
            vi: unit_vi,
            en: unit_en,
            constant_prices_year: (measure == Measure::Amount && rng.chance(0.3)).then_some(2010),
        },
        direction: match rng.below(10) {
            0 | 1 => Direction::LowerIsBetter,
            2 => Direction::Neutral,
            _ => Direction::HigherIsBetter,
        },
        measure,
        actual: rng.chance(0.95).then_some(actual),
        yoy_growth_pct: rng.chance(0.7).then(|| rng.value(-30.0, 60.0, 1)),
        source: format!(
            "Câu trích số {k} trong báo cáo: ước đạt {actual}, tăng so với cùng kỳ năm trước."
        ),
        breakdown: if measure.is_rate() {
            Breakdown::NotAdditive
        } else {
            Breakdown::Partial
        },
        ..Indicator::default()
    };
    if rng.chance(0.05) && ind.yoy_growth_pct.is_none() {
        ind.yoy_change = Some(rng.value(-50.0, 50.0, 0));
    }
    (ind, actual)
}

/// Sometimes a target for the period (with the percent a report would print) and an
/// annual target derived from a printed "đạt X% dự toán", near `actual`.
fn add_targets(rng: &mut Rng, ind: &mut Indicator, actual: f64) {
    let measure = ind.measure;
    let target_value = |rng: &mut Rng, a: f64| -> f64 {
        if measure.is_rate() {
            (a + rng.value(-5.0, 5.0, 2) * 100.0).round() / 100.0
        } else {
            (a * rng.value(0.7, 1.3, 3) * 10.0).round() / 10.0
        }
    };
    if rng.chance(0.3) {
        let t = target_value(rng, actual);
        ind.target = Some(Target {
            value: Some(t),
            basis: rng.pick(&BASES, TargetBasis::Plan),
            printed_pct: (t > 0.0 && !measure.is_rate())
                .then(|| (actual / t * 1000.0).round() / 10.0),
            ..Target::default()
        });
    }
    if rng.chance(0.4) && !measure.is_rate() {
        let pct = rng.value(20.0, 110.0, 1);
        ind.annual_target = Some(Target {
            value: Some((actual * 100.0 / pct * 10.0).round() / 10.0),
            basis: rng.pick(
                &[TargetBasis::Plan, TargetBasis::BudgetEstimate],
                TargetBasis::Plan,
            ),
            printed_pct: Some(pct),
            derived: true,
            label: "dự toán năm".into(),
        });
    }
}

/// Rarely the two quarters' figures, sometimes a note.
fn add_quarters_and_note(rng: &mut Rng, ind: &mut Indicator, actual: f64) {
    if rng.chance(0.02) {
        ind.subperiods = vec![
            SubPeriodValue {
                period: Period {
                    year: 2024,
                    span: Span::Q1,
                },
                value: actual,
            },
            SubPeriodValue {
                period: Period {
                    year: 2024,
                    span: Span::Q2,
                },
                value: actual,
            },
        ];
    }
    if rng.chance(0.1) {
        ind.note = "Ghi chú của người lập báo cáo.".into();
    }
}

/// `left` more indicators after `total`: parts below it, of its unit, each taking a
/// share of what the earlier ones left; past depth 3, totals of their own.
fn add_parts(
    rng: &mut Rng,
    out: &mut Vec<Indicator>,
    section: &SectionId,
    total: Indicator,
    mut left: usize,
    depth: usize,
) {
    let mut rest = total;
    if depth < 3 {
        while left > 0 {
            let part =
                1 + usize::try_from(rng.below(u64::try_from(left).unwrap_or(1))).unwrap_or(0) / 2;
            let part = part.min(left);
            let first = out.len();
            add_family(rng, out, section, Some(&rest), part, depth + 1);
            if let (Some(r), Some(taken)) = (rest.actual, out.get(first).and_then(|c| c.actual)) {
                rest.actual = Some(r - taken);
            }
            left -= part;
        }
    } else {
        // Deep enough: the rest are totals of their own.
        for _ in 0..left {
            add_family(rng, out, section, None, 1, 0);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_reports_are_sound_and_the_requested_size() {
        for n in [10, 1000] {
            let r = report(n, 7);
            assert_eq!(r.indicators.len(), n);
            assert_eq!(
                crate::checks::structure(&r),
                vec![],
                "ids unique, references resolve, no cycles"
            );
            let text = crate::io::to_string(&r).unwrap();
            assert_eq!(
                crate::io::from_str(&text, std::path::Path::new("g.ron")).unwrap(),
                r
            );
        }
        assert_eq!(report(500, 1), report(500, 1), "deterministic");
        let r = report(2000, 3);
        assert!(r.indicators.iter().any(|i| i.parent.is_some()));
        assert!(r.indicators.iter().any(|i| i.measure == Measure::Rate));
        assert!(
            r.indicators
                .iter()
                .any(|i| i.annual_target.as_ref().is_some_and(|t| t.derived))
        );
        let d = crate::derived::Derived::compute(&r);
        assert!(d.depth.iter().any(|&x| x >= 2), "nested breakdowns");
    }
}
