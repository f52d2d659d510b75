//! What a figure may be, by its kind: a count is a whole number and not negative, a
//! share lies between 0 and 100, a growth (or a rate) cannot fall below −100 %, a
//! percent (`12%`) is only a growth, a share or a rate, and no figure is larger than
//! [`MAX_FIGURE`]. Amounts and rates may be negative. Used wherever a figure comes in:
//! a cell typed in, a column pasted, a sheet imported.

use crate::format::{self, Notation, ParseNumberError};

use crate::model::{Field, Indicator, Lang, Measure};

/// Why a figure cannot be what it was entered as.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum EntryError {
    /// The text is not a number.
    #[error(transparent)]
    NotANumber(#[from] ParseNumberError),
    /// A count with a fraction.
    #[error("a count is a whole number")]
    NotWhole,
    /// A count below zero.
    #[error("a count cannot be negative")]
    Negative,
    /// A share outside 0–100.
    #[error("a share lies between 0 and 100 %")]
    ShareOutOfRange,
    /// A growth below −100 %: less than nothing.
    #[error("a fall of more than 100 % would leave less than nothing")]
    GrowthBelowAll,
    /// A growth typed where the actual and last year's figure are both known: the
    /// growth follows them.
    #[error(
        "the growth is computed from the actual and the same period last year: change one of those"
    )]
    GrowthFollowsFigures,
    /// A percent (`12%`, or a cell formatted as a percent) given for a figure that is
    /// not one: an amount or a count.
    #[error("a percent is not an amount or a count")]
    PercentOfAmount,
    /// A figure larger than [`MAX_FIGURE`] in size: no report's figure is, and sums of
    /// such figures overflow.
    #[error("a figure is at most 10^15 in size")]
    TooLarge,
}

/// The largest figure taken, in size (a million billion): larger than any figure of a
/// report in its unit, and far enough from the largest number a computer holds that sums
/// and ratios of figures stay numbers.
pub const MAX_FIGURE: f64 = 1e15;

impl EntryError {
    /// The reason in the user's language, to show at the cell.
    pub fn message(&self, lang: Lang) -> String {
        crate::i18n::Message::tr(self, lang)
    }
}

/// True when `field` of an indicator of kind `measure` is a percent, so that `12%` may
/// be written for it: a growth, or any figure of a share or a rate.
pub fn in_percent(measure: Measure, field: Field) -> bool {
    field == Field::YoyGrowthPct || measure.is_rate()
}

/// Checks `value`, given as a percent (`12%`, or a cell formatted as a percent) when
/// `percent`, as `field` of an indicator of kind `measure`.
pub fn check_as(
    measure: Measure,
    field: Field,
    value: f64,
    percent: bool,
) -> Result<(), EntryError> {
    if percent && !in_percent(measure, field) {
        return Err(EntryError::PercentOfAmount);
    }
    check(measure, field, value)
}

/// Checks `value` as `field` of an indicator of kind `measure`.
pub fn check(measure: Measure, field: Field, value: f64) -> Result<(), EntryError> {
    if value.is_nan() || value.abs() > MAX_FIGURE {
        return Err(EntryError::TooLarge);
    }
    if field == Field::YoyGrowthPct || measure == Measure::Rate {
        return if value < -100.0 {
            Err(EntryError::GrowthBelowAll)
        } else {
            Ok(())
        };
    }
    match measure {
        Measure::Count if value < 0.0 => Err(EntryError::Negative),
        Measure::Count if value.fract() != 0.0 => Err(EntryError::NotWhole),
        Measure::Share if !(0.0..=100.0).contains(&value) => Err(EntryError::ShareOutOfRange),
        _ => Ok(()),
    }
}

/// Whether `field` of `ind` may be typed in: not the growth where the actual and last
/// year's figure are both known, since the growth is computed from them (change one of
/// those instead).
///
/// # Errors
/// [`EntryError::GrowthFollowsFigures`] for such a growth.
pub fn editable(ind: &Indicator, field: Field) -> Result<(), EntryError> {
    if field == Field::YoyGrowthPct && ind.actual.is_some() && ind.prior.is_some() {
        Err(EntryError::GrowthFollowsFigures)
    } else {
        Ok(())
    }
}

/// Reads what was typed for `field` (empty clears it) and checks it. A trailing `%` is
/// taken for a percent figure and refused, with the reason, for an amount or a count.
pub fn parse(
    text: &str,
    notation: Notation,
    measure: Measure,
    field: Field,
) -> Result<Option<f64>, EntryError> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    let trimmed = text.trim();
    let (number, percent) = match trimmed.strip_suffix('%') {
        Some(number) => (number, true),
        None => (trimmed, false),
    };
    let value = format::parse(number, notation)?;
    check_as(measure, field, value, percent)?;
    Ok(Some(value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_whole_and_not_negative() {
        assert_eq!(
            check(Measure::Count, Field::Actual, -5.0),
            Err(EntryError::Negative)
        );
        assert_eq!(
            check(Measure::Count, Field::Target, 2.5),
            Err(EntryError::NotWhole)
        );
        assert_eq!(check(Measure::Count, Field::Actual, 1_250.0), Ok(()));
        // Growth of a count may fall, but not below nothing.
        assert_eq!(check(Measure::Count, Field::YoyGrowthPct, -20.0), Ok(()));
        assert_eq!(
            check(Measure::Count, Field::YoyGrowthPct, -120.0),
            Err(EntryError::GrowthBelowAll)
        );
    }

    #[test]
    fn shares_lie_within_a_hundred_and_amounts_and_rates_may_be_negative() {
        assert_eq!(
            check(Measure::Share, Field::Actual, 101.0),
            Err(EntryError::ShareOutOfRange)
        );
        assert_eq!(check(Measure::Share, Field::AnnualTarget, 100.0), Ok(()));
        assert_eq!(check(Measure::Amount, Field::Actual, -7.2), Ok(()));
        assert_eq!(check(Measure::Rate, Field::Actual, -3.5), Ok(()));
    }

    #[test]
    fn a_percent_is_a_growth_a_share_or_a_rate_only() {
        let vi = Notation::Vietnamese;
        assert_eq!(
            parse("12%", vi, Measure::Amount, Field::Actual),
            Err(EntryError::PercentOfAmount)
        );
        assert_eq!(
            parse("12 %", vi, Measure::Count, Field::Target),
            Err(EntryError::PercentOfAmount)
        );
        assert_eq!(
            parse("10,5%", vi, Measure::Amount, Field::YoyGrowthPct),
            Ok(Some(10.5))
        );
        assert_eq!(
            parse("45,2 %", vi, Measure::Share, Field::Actual),
            Ok(Some(45.2))
        );
        assert_eq!(
            check_as(Measure::Rate, Field::AnnualTarget, 8.0, true),
            Ok(())
        );
    }

    #[test]
    fn a_rate_cannot_fall_below_all_and_no_figure_is_immense() {
        assert_eq!(
            check(Measure::Rate, Field::Actual, -150.0),
            Err(EntryError::GrowthBelowAll)
        );
        assert_eq!(check(Measure::Rate, Field::Target, -100.0), Ok(()));
        assert_eq!(
            check(Measure::Amount, Field::Actual, 1.7e308),
            Err(EntryError::TooLarge)
        );
        assert_eq!(
            check(Measure::Amount, Field::Actual, -2e15),
            Err(EntryError::TooLarge)
        );
        assert_eq!(
            check(Measure::Amount, Field::Actual, f64::NAN),
            Err(EntryError::TooLarge)
        );
        assert_eq!(check(Measure::Amount, Field::Actual, 9.9e14), Ok(()));
        let digits = format!("17{}", "0".repeat(307));
        assert_eq!(
            parse(&digits, Notation::English, Measure::Amount, Field::Actual),
            Err(EntryError::TooLarge)
        );
    }

    #[test]
    fn every_figure_of_the_embedded_report_passes() {
        let report = crate::io::embedded().unwrap();
        let mut refused = Vec::new();
        for ind in &report.indicators {
            for field in [
                Field::Actual,
                Field::YoyGrowthPct,
                Field::Target,
                Field::AnnualTarget,
            ] {
                if let Some(v) = ind.value(field)
                    && let Err(e) = check(ind.measure, field, v)
                {
                    refused.push(format!(
                        "{} {field:?} {v} ({:?} {}): {e}",
                        ind.id, ind.measure, ind.unit.vi
                    ));
                }
            }
        }
        assert!(refused.is_empty(), "{refused:#?}");
    }

    #[test]
    fn a_growth_over_two_known_figures_is_refused_with_the_way_out() {
        let both = Indicator {
            actual: Some(16000.0),
            prior: Some(14283.5),
            ..Indicator::default()
        };
        assert_eq!(
            editable(&both, Field::YoyGrowthPct),
            Err(EntryError::GrowthFollowsFigures)
        );
        assert!(
            EntryError::GrowthFollowsFigures
                .message(Lang::En)
                .contains("change the actual or the same period last year")
        );
        assert_eq!(editable(&both, Field::Actual), Ok(()));
        assert_eq!(editable(&both, Field::Prior), Ok(()));
        let no_prior = Indicator {
            actual: Some(16000.0),
            ..Indicator::default()
        };
        assert_eq!(editable(&no_prior, Field::YoyGrowthPct), Ok(()));
    }

    #[test]
    fn text_is_read_in_the_notation_then_checked() {
        let vi = Notation::Vietnamese;
        assert_eq!(
            parse("14.283,5", vi, Measure::Amount, Field::Actual),
            Ok(Some(14_283.5))
        );
        assert_eq!(parse("  ", vi, Measure::Count, Field::Actual), Ok(None));
        assert_eq!(
            parse("-5", vi, Measure::Count, Field::Actual),
            Err(EntryError::Negative)
        );
        assert!(matches!(
            parse("abc", vi, Measure::Amount, Field::Actual),
            Err(EntryError::NotANumber(_))
        ));
        assert_eq!(
            parse("-5", vi, Measure::Count, Field::Actual)
                .unwrap_err()
                .message(Lang::Vi),
            "Số lượng không thể âm"
        );
    }
}
