//! The report's paragraphs on the indicators, regenerated from the (revised) figures in
//! the report's own phrasing, so the officer can paste them into the next report:
//! "Tổng thu ngân sách nhà nước 6 tháng đầu năm ước đạt 14.283,5 tỷ đồng, đạt 72,7% dự
//! toán, tăng 36,9% so với cùng kỳ năm trước."

use std::fmt::Write as _;

use rustc_hash::FxHashMap;

use crate::format::{Notation, format_auto};
use crate::model::{
    Direction, Field, Indicator, Lang, Measure, Period, Report, SectionId, Span, TargetBasis,
};

fn notation(lang: Lang) -> Notation {
    match lang {
        Lang::Vi => Notation::Vietnamese,
        Lang::En => Notation::English,
    }
}

/// A percent as the report writes it: one decimal at most, none when whole (76%, 72,7%).
fn pct(v: f64, lang: Lang) -> String {
    format_auto((v * 10.0).round() / 10.0, notation(lang))
}

/// "6 tháng đầu năm", "in the first half of 2024".
pub fn period_phrase(period: &Period, lang: Lang) -> String {
    const ROMAN: [&str; 4] = ["I", "II", "III", "IV"];
    match (lang, period.span) {
        (Lang::Vi, Span::H1) => "6 tháng đầu năm".to_owned(),
        (Lang::Vi, Span::H2) => "6 tháng cuối năm".to_owned(),
        (Lang::Vi, Span::Year) => format!("năm {}", period.year),
        (Lang::Vi, Span::FirstMonths(n)) => format!("{n} tháng đầu năm"),
        (Lang::Vi, q) => format!("quý {}", ROMAN.get(quarter(q)).copied().unwrap_or("I")),
        (Lang::En, Span::H1) => format!("in the first half of {}", period.year),
        (Lang::En, Span::H2) => format!("in the second half of {}", period.year),
        (Lang::En, Span::Year) => format!("in {}", period.year),
        (Lang::En, Span::FirstMonths(n)) => format!("in the first {n} months of {}", period.year),
        (Lang::En, q) => format!("in Q{} {}", quarter(q) + 1, period.year),
    }
}

fn quarter(span: Span) -> usize {
    match span {
        Span::Q2 => 1,
        Span::Q3 => 2,
        Span::Q4 => 3,
        _ => 0,
    }
}

/// The sentence on one indicator, or `None` when it has neither an actual nor a growth.
pub fn sentence(report: &Report, ind: &Indicator, lang: Lang) -> Option<String> {
    let n = |v: f64| format_auto(v, notation(lang));
    let name = ind.name.get(lang);
    let unit = ind.unit.get(lang);
    let period = period_phrase(&report.period, lang);
    let mut s = String::new();
    let rate = ind.measure.is_rate();
    match ind.actual {
        Some(a) => {
            let percent = unit == "%";
            let value = |v: f64| {
                if percent {
                    format!("{}%", n(v))
                } else {
                    format!("{} {unit}", n(v))
                }
            };
            let judged = ind.direction == Direction::HigherIsBetter;
            let rank = matches!(unit, "hạng" | "rank") || ind.unit.vi.starts_with("thứ hạng");
            let phrase = match lang {
                Lang::Vi if rank => format!("đứng thứ {}", n(a)),
                Lang::En if rank => format!("ranked {}", n(a)),
                // Growth rates grow or shrink; judged amounts are "estimated to reach";
                // counts of crimes or dossiers simply are.
                Lang::Vi if ind.measure == Measure::Rate && judged && a < 0.0 => {
                    format!("ước giảm {}", value(-a))
                }
                Lang::Vi if ind.measure == Measure::Rate && judged => {
                    format!("ước tăng {}", value(a))
                }
                Lang::Vi if judged => format!("ước đạt {}", value(a)),
                Lang::Vi => format!("là {}", value(a)),
                Lang::En if ind.measure == Measure::Rate && judged && a < 0.0 => {
                    format!("fell by an estimated {}", value(-a))
                }
                Lang::En if ind.measure == Measure::Rate && judged => {
                    format!("grew by an estimated {}", value(a))
                }
                Lang::En if judged => format!("is estimated at {}", value(a)),
                Lang::En => format!("was {}", value(a)),
            };
            let _ = write!(s, "{name} {period} {phrase}");
        }
        None if ind.yoy_growth_pct.is_some() => {
            let _ = write!(s, "{name} {period}");
        }
        None => return None,
    }
    if let Some(a) = ind.actual {
        for (field, target, annual) in [
            (Field::Target, &ind.target, false),
            (Field::AnnualTarget, &ind.annual_target, true),
        ] {
            let (Some(t), Some(value)) = (target.as_ref(), ind.value(field)) else {
                continue;
            };
            let words = crate::i18n::basis_in_sentence(lang, t.basis, annual);
            if rate {
                let comparison = match (lang, a.partial_cmp(&value)) {
                    (Lang::Vi, Some(std::cmp::Ordering::Greater)) => "cao hơn",
                    (Lang::Vi, Some(std::cmp::Ordering::Less)) => "thấp hơn",
                    (Lang::Vi, _) => "bằng",
                    (Lang::En, Some(std::cmp::Ordering::Greater)) => "above",
                    (Lang::En, Some(std::cmp::Ordering::Less)) => "below",
                    (Lang::En, _) => "in line with",
                };
                let suffix = if lang == Lang::Vi && t.basis == TargetBasis::Scenario {
                    " đề ra"
                } else {
                    ""
                };
                let _ = write!(s, ", {comparison} {words}{suffix} ({}%)", n(value));
            } else if value > 0.0 {
                let p = pct(a / value * 100.0, lang);
                match lang {
                    Lang::Vi => {
                        let _ = write!(s, ", đạt {p}% {words}");
                    }
                    Lang::En => {
                        let _ = write!(s, ", {p}% of {words}");
                    }
                }
            }
        }
    }
    let sep = if ind.actual.is_some() { "," } else { "" };
    if let Some(g) = ind.yoy_growth_pct {
        let _ = match (lang, g.partial_cmp(&0.0)) {
            (Lang::Vi, Some(std::cmp::Ordering::Greater)) => {
                write!(s, "{sep} tăng {}% so với cùng kỳ năm trước", n(g))
            }
            (Lang::Vi, Some(std::cmp::Ordering::Less)) => {
                write!(s, "{sep} giảm {}% so với cùng kỳ năm trước", n(-g))
            }
            (Lang::Vi, _) => write!(s, "{sep} tương đương cùng kỳ năm trước"),
            (Lang::En, Some(std::cmp::Ordering::Greater)) => {
                write!(s, "{sep} up {}% on the same period last year", n(g))
            }
            (Lang::En, Some(std::cmp::Ordering::Less)) => {
                write!(s, "{sep} down {}% on the same period last year", n(-g))
            }
            (Lang::En, _) => write!(s, "{sep} level with the same period last year"),
        };
    } else if let Some(c) = ind.yoy_change {
        let unit = match (rate, lang) {
            (true, Lang::Vi) => "điểm %",
            (true, Lang::En) => "points",
            (false, _) => unit,
        };
        let _ = match (lang, c > 0.0) {
            (Lang::Vi, true) => write!(s, ", tăng {} {unit} so với cùng kỳ năm trước", n(c)),
            (Lang::Vi, false) => write!(s, ", giảm {} {unit} so với cùng kỳ năm trước", n(-c)),
            (Lang::En, true) => write!(s, ", up {} {unit} on the same period last year", n(c)),
            (Lang::En, false) => write!(s, ", down {} {unit} on the same period last year", n(-c)),
        };
    }
    s.push('.');
    Some(s)
}

/// The whole text: a heading, then each section's sentences, then the revised values.
pub fn markdown(report: &Report, lang: Lang) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", report.title.get(lang));
    let _ = writeln!(out, "*{} — {}*\n", report.region.get(lang), report.period);
    // Each section's indicators, in order, found in one pass (not one pass a section).
    let mut by_section: FxHashMap<&SectionId, Vec<&Indicator>> = FxHashMap::default();
    for ind in &report.indicators {
        by_section.entry(&ind.section).or_default().push(ind);
    }
    for section in &report.sections {
        let sentences: Vec<String> = by_section
            .get(&section.id)
            .into_iter()
            .flatten()
            .filter_map(|i| sentence(report, i, lang))
            .collect();
        if sentences.is_empty() {
            continue;
        }
        let _ = writeln!(out, "## {} {}\n", section.number, section.title.get(lang));
        for s in sentences {
            let _ = writeln!(out, "{s}\n");
        }
    }
    let revised: Vec<&Indicator> = report
        .indicators
        .iter()
        .filter(|i| i.is_any_revised())
        .collect();
    if !revised.is_empty() {
        let _ = writeln!(
            out,
            "## {}\n",
            crate::i18n::tr(lang, "Các số liệu đã điều chỉnh", "Revised figures")
        );
        let n =
            |v: Option<f64>| v.map_or_else(|| "—".to_owned(), |v| format_auto(v, notation(lang)));
        for ind in revised {
            for (field, original) in &ind.original {
                let _ = writeln!(
                    out,
                    "- {} — {}: {} → {}",
                    ind.name.get(lang),
                    crate::i18n::field_in_full(lang, *field),
                    n(*original),
                    n(ind.value(*field))
                );
            }
        }
    }
    out
}
