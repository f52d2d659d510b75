//! Whether the parts of a breakdown add up to their total: the one rule that the checks,
//! the plots and the detail panel all follow.
//!
//! The breakdown's kind says how the parts relate to the total (all of it, some of it,
//! or nothing summable), and the measures say whether a sum means anything at all:
//! amounts and counts add, shares and rates do not (three schools at 80 % are not a
//! province at 240 %). Units are not compared: a report names one unit in several ways
//! ("vụ việc" for the total of legal aid cases, "việc" for its parts), and a breakdown
//! into things that cannot be added (industrial output in money, its products in tonnes
//! and kWh) is marked not additive.

use super::{Breakdown, Indicator, Measure};

/// What the parts of a breakdown must satisfy against their total.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PartsRule {
    /// The parts make up the whole total: their sum must equal it (within rounding).
    AddUp,
    /// The parts are some of the total (`trong đó`): their sum may not exceed it.
    NotExceed,
}

impl Measure {
    /// True for amounts and counts, which can be summed; shares and rates cannot.
    pub fn is_additive(self) -> bool {
        matches!(self, Self::Amount | Self::Count)
    }
}

impl Indicator {
    /// What the sum of this indicator's `parts` (its children in the breakdown) must
    /// satisfy, or `None` when the parts are not to be summed at all: there are none,
    /// the breakdown is marked not additive, or the total or any part is a share or a
    /// rate.
    pub fn parts_rule<'a>(
        &self,
        parts: impl IntoIterator<Item = &'a Indicator>,
    ) -> Option<PartsRule> {
        let rule = match self.breakdown {
            Breakdown::Complete => PartsRule::AddUp,
            Breakdown::Partial => PartsRule::NotExceed,
            Breakdown::NotAdditive => return None,
        };
        if !self.measure.is_additive() {
            return None;
        }
        let mut any = false;
        for part in parts {
            if !part.measure.is_additive() {
                return None;
            }
            any = true;
        }
        any.then_some(rule)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn indicator(measure: Measure, breakdown: Breakdown) -> Indicator {
        Indicator {
            measure,
            breakdown,
            ..Indicator::default()
        }
    }

    #[test]
    fn amounts_and_counts_add_by_the_kind_of_breakdown() {
        let amount = indicator(Measure::Amount, Breakdown::Partial);
        let count = indicator(Measure::Count, Breakdown::Partial);
        for (breakdown, rule) in [
            (Breakdown::Complete, Some(PartsRule::AddUp)),
            (Breakdown::Partial, Some(PartsRule::NotExceed)),
            (Breakdown::NotAdditive, None),
        ] {
            for measure in [Measure::Amount, Measure::Count] {
                let total = indicator(measure, breakdown);
                assert_eq!(total.parts_rule([&amount, &count]), rule, "{measure:?}");
            }
        }
    }

    #[test]
    fn shares_and_rates_never_add() {
        let amount = indicator(Measure::Amount, Breakdown::Partial);
        for measure in [Measure::Share, Measure::Rate] {
            // A total that is a share or a rate, whatever its breakdown says.
            for breakdown in [Breakdown::Complete, Breakdown::Partial] {
                let total = indicator(measure, breakdown);
                assert_eq!(total.parts_rule([&amount]), None, "{measure:?}");
            }
            // A part that is one makes the sum meaningless.
            let total = indicator(Measure::Amount, Breakdown::Complete);
            let odd = indicator(measure, Breakdown::Partial);
            assert_eq!(total.parts_rule([&amount, &odd]), None, "{measure:?}");
        }
    }

    #[test]
    fn no_parts_no_rule() {
        let total = indicator(Measure::Amount, Breakdown::Complete);
        assert_eq!(total.parts_rule([]), None);
    }

    #[test]
    fn the_embedded_report_sums_what_it_should() {
        let report = crate::io::embedded().unwrap();
        let rule = |id: &str| {
            let total = report.indicators.iter().find(|i| i.id.0 == id)?;
            total.parts_rule(
                report
                    .indicators
                    .iter()
                    .filter(|i| i.parent.as_ref() == Some(&total.id)),
            )
        };
        assert_eq!(rule("budget_revenue_total"), Some(PartsRule::NotExceed));
        assert_eq!(rule("total_social_investment"), Some(PartsRule::AddUp));
        assert_eq!(rule("legal_aid_cases"), Some(PartsRule::AddUp));
        // Products in tonnes and kWh under an output in money; shares by school level.
        assert_eq!(rule("industrial_output_value"), None);
        assert_eq!(rule("edu_national_standard_school_rate"), None);
        assert_eq!(rule("grdp_growth"), None);
    }
}
