//! The words of the domain: statuses, target bases, directions, measures, task
//! statuses, notations. Shown in the window, written in the exports.

use super::{en, vi};

crate::texts! {
    /// A word of the domain.
    pub enum Term in vi::terms::term, en::terms::term {
        /// The title of an indicator's status column.
        StatusTitle,
        /// A target met.
        Met,
        /// A target nearly met.
        Close,
        /// A target not met.
        Behind,
        /// A target set by the plan.
        Plan,
        /// A target set by the budget estimate.
        BudgetEstimate,
        /// A target set by a scenario.
        Scenario,
        /// A target with another basis.
        OtherBasis,
        /// After "72,7 % of": the budget estimate.
        BudgetEstimateInSentence,
        /// After "72,7 % of": the annual plan.
        AnnualPlanInSentence,
        /// After "72,7 % of": the plan.
        PlanInSentence,
        /// After "72,7 % of": the scenario.
        ScenarioInSentence,
        /// After "72,7 % of": the annual target.
        AnnualTargetInSentence,
        /// After "72,7 % of": the target.
        TargetInSentence,
        /// An indicator whose higher value is better.
        HigherIsBetter,
        /// An indicator whose lower value is better.
        LowerIsBetter,
        /// An indicator judged neither way.
        Neutral,
        /// A measure: an amount.
        Amount,
        /// A measure: a count.
        Count,
        /// A measure: a share in percent.
        Share,
        /// A measure: a rate in percent.
        Rate,
        /// A task not started.
        NotStarted,
        /// A task in progress.
        InProgress,
        /// A task done.
        Done,
        /// A task blocked.
        Blocked,
        /// Vietnamese number notation.
        VietnameseNotation,
        /// English number notation.
        EnglishNotation,
        /// The unit of percentage points.
        Points,
    }
}
