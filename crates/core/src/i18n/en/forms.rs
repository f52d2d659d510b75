//! The forms that describe an indicator or a section, the question before a delete, and the next period, in English.

use crate::i18n::forms::{Forms, FormsMsg};

/// The words of `t` in English.
pub(crate) fn text(t: Forms) -> &'static str {
    match t {
        Forms::AddAnIndicator => "Add an indicator",
        Forms::DescribeTheIndicator => "Describe the indicator",
        Forms::NameVietnamese => "Name (Vietnamese)",
        Forms::NameEnglish => "Name (English)",
        Forms::UnitVietnamese => "Unit (Vietnamese)",
        Forms::UnitEnglish => "Unit (English)",
        Forms::CodeField => "Code (Decision 05/2023)",
        Forms::ResponsibleDepartment => "Responsible department",
        Forms::KindOfFigure => "Kind of figure",
        Forms::WhichWayIsGood => "Which way is good",
        Forms::ItsParts => "Its parts",
        Forms::AddASection => "Add a section",
        Forms::DescribeTheSection => "Describe the section",
        Forms::NumberField => "Number (as 2.1)",
        Forms::TitleVietnamese => "Title (Vietnamese)",
        Forms::TitleEnglish => "Title (English)",
        Forms::InsideTheSection => "Inside the section",
        Forms::StartTheNextPeriod => "Start the next period",
        Forms::MadeFromReport => "Made from the report on",
        Forms::NextPeriodExplained => {
            "The sections and indicators are kept; the last period's figures are cleared. The same period a year on: each actual becomes last year's value. Within the year: the annual targets are kept."
        }
        Forms::PeriodField => "Period (as 2025-H1, 2024-9M, 2024-Q3, 2024-Y)",
        Forms::IndicatorHasContents => "This indicator has figures or parts.",
        Forms::DeletePartsMoveUp => "Delete it, its parts move up",
        Forms::DeleteWithParts => "Delete it with its parts",
        Forms::SectionHasContents => "This section holds indicators or sections.",
        Forms::DeleteContentsMoveUp => "Delete it, its contents move up",
        Forms::DeleteWithContents => "Delete it with everything in it",
        Forms::BreakdownPartial => "Some of the parts (not above the total)",
        Forms::BreakdownComplete => "All the parts (add up to the total)",
        Forms::BreakdownNotAdditive => "Not additive (rates, shares)",
        Forms::Section => "Section",
        Forms::APartOf => "A part of",
        Forms::NoParentTotal => "(none: a total)",
        Forms::TheGrowthOf => "The growth of",
    }
}

/// The words of `m` in English.
pub(crate) fn message(m: &FormsMsg) -> String {
    match m {
        FormsMsg::RenamesRollForward { count } => {
            format!("The years in {count} indicator names will roll forward (each can be undone):")
        }
        FormsMsg::MoreRenames { count } => format!("… and {count} more"),
        FormsMsg::DeleteWhat { name } => format!("Delete {name}?"),
    }
}
