//! The figures of one indicator: its values, its printed percents and growths, its
//! breakdown into parts.

use super::{Finding, FindingKind, Missing, Severity, Subject, Which};
use crate::metrics;
use crate::model::{Field, Indicator, Measure, PartsRule, Report, half_unit};

/// that each indicator should name its sentence: a report the office makes itself (by
/// the next period, or from nothing) has none, and its absence is no finding.
pub(super) fn has_source(report: &Report) -> bool {
    !report.source.title.trim().is_empty()
}

/// The printed growth against the report's own actual and a stated figure for last
/// year (one derived from that growth agrees with it by construction).
pub(super) fn printed_growth(i: &Indicator, out: &mut Vec<Finding>) {
    if i.change_in_units() || (i.prior_is_derived()) {
        return;
    }
    let (Some(printed), Some(actual), Some(prior)) = (
        i.report_value(Field::YoyGrowthPct),
        i.report_value(Field::Actual),
        i.report_value(Field::Prior),
    ) else {
        return;
    };
    if prior <= 0.0 {
        return;
    }
    let computed = (actual / prior - 1.0) * 100.0;
    let rounding = half_unit(printed)
        + 100.0 * (half_unit(actual) + actual.abs() / prior * half_unit(prior)) / prior
        + 1e-9;
    if (computed - printed).abs() > rounding {
        out.push(Finding::new(
            Severity::Warning,
            Subject::Indicator(i.id.clone()),
            FindingKind::PrintedGrowthMismatch { printed, computed },
        ));
    }
}

/// An indicator that is the growth of another (its `growth_of`) against that one's growth.
pub(super) fn growth_of(i: &Indicator, report: &Report, out: &mut Vec<Finding>) {
    let (Some(of), Some(value)) = (&i.growth_of, i.actual) else {
        return;
    };
    let Some(other) = report.indicator(of) else {
        return;
    };
    let Some(growth) = other.growth_pct() else {
        return;
    };
    let rounding = half_unit(value)
        + other
            .yoy_growth_pct
            .map_or(0.005, |p| other.growth_rounding(p))
        + 1e-9;
    if (value - growth).abs() > rounding {
        out.push(Finding::new(
            Severity::Warning,
            Subject::Indicator(i.id.clone()),
            FindingKind::GrowthOfDisagrees {
                of: of.clone(),
                value,
                growth,
            },
        ));
    }
}

/// A cumulative amount or count of the period may not fall below a part of the period
/// already known (the year's budget revenue below its own first half): an error.
pub(super) fn below_known_part(
    i: &Indicator,
    period: &crate::model::Period,
    out: &mut Vec<Finding>,
) {
    if !matches!(i.measure, Measure::Amount | Measure::Count) {
        return;
    }
    let Some(value) = i.actual else {
        return;
    };
    let part = i
        .subperiods
        .iter()
        .filter(|s| s.period != *period && period.contains(&s.period))
        .filter(|s| s.period.months().0 == period.months().0)
        .filter(|s| s.value > value + half_unit(value) + half_unit(s.value))
        .max_by(|a, b| a.value.total_cmp(&b.value));
    if let Some(part) = part {
        out.push(Finding::new(
            Severity::Error,
            Subject::Indicator(i.id.clone()),
            FindingKind::BelowItsKnownPart {
                part: part.period,
                part_value: part.value,
                value,
            },
        ));
    }
}

/// The four quarters' shares of last year, when all are given, make the whole year
/// (allowing the rounding of shares printed to one decimal).
pub(super) fn quarter_shares(i: &Indicator, out: &mut Vec<Finding>) {
    let shares: Option<Vec<f64>> = crate::model::Quarter::ALL
        .iter()
        .map(|q| i.quarters.get(q).and_then(|p| p.prior_share_pct))
        .collect();
    if let Some(sum) = shares.map(|s| s.iter().sum::<f64>())
        && (sum - 100.0).abs() > 0.2 + 1e-9
    {
        out.push(Finding::new(
            Severity::Warning,
            Subject::Indicator(i.id.clone()),
            FindingKind::QuarterSharesDoNotAddUp(sum),
        ));
    }
}

/// For a growth rate given for the parts of its period too (GRDP by quarter), the
/// period's growth must lie between the parts' when the parts make up the whole period
/// with no overlap.
pub(super) fn growth_of_the_parts_of_the_period(
    i: &Indicator,
    period: &crate::model::Period,
    out: &mut Vec<Finding>,
) {
    if i.measure != Measure::Rate || i.subperiods.len() < 2 {
        return;
    }
    let Some(whole) = i.actual else {
        return;
    };
    let mut months: Vec<(u8, u8)> = i.subperiods.iter().map(|s| s.period.months()).collect();
    months.sort_unstable();
    let (first, last) = period.months();
    let tiles = months.first().is_some_and(|m| m.0 == first)
        && months.last().is_some_and(|m| m.1 == last)
        && months
            .windows(2)
            .all(|w| matches!(w, [a, b] if a.1 + 1 == b.0));
    if !tiles || i.subperiods.iter().any(|s| s.period.year != period.year) {
        return;
    }
    let parts: Vec<f64> = i.subperiods.iter().map(|s| s.value).collect();
    if !crate::metrics::growth_between_parts(whole, &parts) {
        let low = parts.iter().copied().fold(f64::INFINITY, f64::min);
        let high = parts.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        out.push(Finding::new(
            Severity::Warning,
            Subject::Indicator(i.id.clone()),
            FindingKind::GrowthOutsideItsParts { whole, low, high },
        ));
    }
}

/// One indicator's own values: the texts it should have, shares within 0–100 %, counts
/// whole and not negative, and the percents the report printed against its targets.
pub(super) fn values(i: &Indicator, has_source: bool, out: &mut Vec<Finding>) {
    let subject = || Subject::Indicator(i.id.clone());
    for (what, empty) in [
        (Missing::Name, i.name.vi.trim().is_empty()),
        (Missing::Unit, i.unit.vi.trim().is_empty()),
        (
            Missing::SourceSentence,
            has_source && i.source.trim().is_empty(),
        ),
    ] {
        if empty {
            out.push(Finding::new(
                Severity::Info,
                subject(),
                FindingKind::Missing(what),
            ));
        }
    }
    match i.measure {
        Measure::Share => {
            for field in Field::ALL.into_iter().filter(|f| *f != Field::YoyGrowthPct) {
                // Shares are in 0–100 for last year as for this one.
                if let Some(value) = i.value(field)
                    && !(0.0..=100.0).contains(&value)
                {
                    out.push(Finding::new(
                        Severity::Warning,
                        subject(),
                        FindingKind::ShareOutOfRange { field, value },
                    ));
                }
            }
        }
        Measure::Count => {
            if let Some(v) = i.actual {
                if v < 0.0 {
                    out.push(Finding::new(
                        Severity::Warning,
                        subject(),
                        FindingKind::NegativeCount(v),
                    ));
                } else if v.fract() != 0.0 {
                    out.push(Finding::new(
                        Severity::Warning,
                        subject(),
                        FindingKind::FractionalCount(v),
                    ));
                }
            }
        }
        Measure::Amount | Measure::Rate => {}
    }
    if i.measure.is_rate() {
        return;
    }
    // The printed percent is about the report's own figures, not the revised ones.
    let actual = i.report_value(Field::Actual);
    for (which, field, target) in [
        (Which::Period, Field::Target, &i.target),
        (Which::Annual, Field::AnnualTarget, &i.annual_target),
    ] {
        let Some(printed) = target.as_ref().and_then(|t| t.printed_pct) else {
            continue;
        };
        let (Some(a), Some(t)) = (actual, i.report_value(field)) else {
            continue;
        };
        let Some(computed) = metrics::achievement(Some(a), Some(t)) else {
            continue;
        };
        let rounding =
            computed * (half_unit(a) / a.abs().max(f64::MIN_POSITIVE) + half_unit(t) / t);
        if (computed - printed).abs() > half_unit(printed) + rounding + 1e-9 {
            out.push(Finding::new(
                Severity::Warning,
                subject(),
                FindingKind::PrintedPctMismatch {
                    which,
                    printed,
                    computed,
                },
            ));
        }
    }
}

/// The parts of a breakdown against their total, by [`Indicator::parts_rule`]: a
/// complete breakdown whose parts are all known must add up (and so must their
/// compared-period values); the known parts of any other may not exceed the total.
pub(super) fn breakdown(total: &Indicator, parts: &[&Indicator], out: &mut Vec<Finding>) {
    let Some(rule) = total.parts_rule(parts.iter().copied()) else {
        return;
    };
    let subject = || Subject::Indicator(total.id.clone());
    let Some(total_value) = total.actual else {
        return;
    };
    let known: Vec<f64> = parts.iter().filter_map(|p| p.actual).collect();
    let sum: f64 = known.iter().sum();
    let tolerance = half_unit(total_value)
        + known.iter().map(|v| half_unit(*v)).sum::<f64>()
        + 1e-9 * total_value.abs();
    if rule == PartsRule::AddUp && known.len() == parts.len() {
        if (sum - total_value).abs() > tolerance {
            out.push(Finding::new(
                Severity::Error,
                subject(),
                FindingKind::PartsDoNotAddUp {
                    total: total_value,
                    parts: sum,
                },
            ));
        } else if let Some(finding) = prior_sum(total, parts) {
            out.push(Finding::new(Severity::Warning, subject(), finding));
        }
    } else if !known.is_empty() && sum > total_value + tolerance {
        out.push(Finding::new(
            Severity::Error,
            subject(),
            FindingKind::PartsExceedTotal {
                total: total_value,
                parts: sum,
            },
        ));
    }
}

/// For a complete breakdown whose total and parts all have a growth rate, the parts'
/// compared-period values must add up to the total's, within rounding.
fn prior_sum(total: &Indicator, parts: &[&Indicator]) -> Option<FindingKind> {
    let uncertainty = |i: &Indicator| -> Option<(f64, f64)> {
        // Only last year's figures the report implies by its growths: the report's
        // own actual and printed growth (a stated figure is checked as itself).
        let stated = i.prior.is_some() && !i.prior_is_derived();
        let actual = i.report_value(Field::Actual)?;
        let growth = i.report_value(Field::YoyGrowthPct)?;
        let factor = 1.0 + growth / 100.0;
        if stated || i.yoy_change.is_some() || factor <= 0.0 {
            return None;
        }
        let prior = actual / factor;
        let error =
            half_unit(actual) / factor + actual / (factor * factor) * half_unit(growth) / 100.0;
        Some((prior, error))
    };
    let (total_prior, mut tolerance) = uncertainty(total)?;
    let mut sum = 0.0;
    for p in parts {
        let (prior, error) = uncertainty(p)?;
        sum += prior;
        tolerance += error;
    }
    ((sum - total_prior).abs() > tolerance).then_some(FindingKind::PriorDoesNotAddUp {
        total: total_prior,
        parts: sum,
    })
}
