//! What a figure may be, by its kind: a count is a whole number and not negative, a
//! share lies between 0 and 100, a growth cannot fall below −100 %. Amounts and rates
//! may be negative. Used wherever a figure comes in: a cell typed in, a column pasted,
//! a sheet imported.

use crate::format::{self, Notation, ParseNumberError};
use crate::i18n::{self, tr};
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
}

impl EntryError {
    /// The reason in the user's language, to show at the cell.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Self::NotANumber(e) => i18n::parse_error(lang, e),
            Self::NotWhole => tr(
                lang,
                "Số lượng phải là số nguyên",
                "A count is a whole number",
            )
            .to_owned(),
            Self::Negative => {
                tr(lang, "Số lượng không thể âm", "A count cannot be negative").to_owned()
            }
            Self::ShareOutOfRange => tr(
                lang,
                "Tỷ lệ phải từ 0 đến 100%",
                "A share lies between 0 and 100 %",
            )
            .to_owned(),
            Self::GrowthBelowAll => tr(
                lang,
                "Giảm quá 100% là còn ít hơn không",
                "A fall of more than 100 % would leave less than nothing",
            )
            .to_owned(),
            Self::GrowthFollowsFigures => tr(
                lang,
                "Tốc độ tăng được tính từ số ước thực hiện và số cùng kỳ năm trước: \
                 hãy sửa số ước thực hiện hoặc số cùng kỳ năm trước",
                "The growth is computed from the actual and the same period last year: \
                 change the actual or the same period last year",
            )
            .to_owned(),
        }
    }
}

/// Checks `value` as `field` of an indicator of kind `measure`.
pub fn check(measure: Measure, field: Field, value: f64) -> Result<(), EntryError> {
    if field == Field::YoyGrowthPct {
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

/// Reads what was typed for `field` (empty clears it) and checks it.
pub fn parse(
    text: &str,
    notation: Notation,
    measure: Measure,
    field: Field,
) -> Result<Option<f64>, EntryError> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    let value = format::parse(text, notation)?;
    check(measure, field, value)?;
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
