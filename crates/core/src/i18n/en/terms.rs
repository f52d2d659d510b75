//! The words of the domain, in English.

use crate::i18n::terms::Term;

/// The words of `t` in English.
pub(crate) fn term(t: Term) -> &'static str {
    match t {
        Term::StatusTitle => "Status",
        Term::Met => "Met",
        Term::Close => "Close",
        Term::Behind => "Behind",
        Term::Plan => "Plan",
        Term::BudgetEstimate => "Budget estimate",
        Term::Scenario => "Scenario",
        Term::OtherBasis => "Other",
        Term::BudgetEstimateInSentence => "the budget estimate",
        Term::AnnualPlanInSentence => "the annual plan",
        Term::PlanInSentence => "the plan",
        Term::ScenarioInSentence => "the scenario",
        Term::AnnualTargetInSentence => "the annual target",
        Term::TargetInSentence => "the target",
        Term::HigherIsBetter => "Higher is better",
        Term::LowerIsBetter => "Lower is better",
        Term::Neutral => "Neutral",
        Term::Amount => "Amount",
        Term::Count => "Count",
        Term::Share => "Share (%)",
        Term::Rate => "Rate (%)",
        Term::NotStarted => "Not started",
        Term::InProgress => "In progress",
        Term::Done => "Done",
        Term::Blocked => "Blocked",
        Term::VietnameseNotation => "Vietnamese (1.234,5)",
        Term::EnglishNotation => "English (1,234.5)",
        Term::Points => "pts",
    }
}
