//! The forms that describe an indicator or a section, the question before a delete, and the next period.

use super::{en, vi};

crate::texts! {
    /// The forms that describe an indicator or a section, the question before a delete, and the next period: a fixed text.
    pub enum Forms in vi::forms::text, en::forms::text {
        /// Shown by `structure::ui`.
        AddAnIndicator,
        /// Shown by `structure::ui`.
        DescribeTheIndicator,
        /// Shown by `structure::ui`.
        NameVietnamese,
        /// Shown by `structure::ui`.
        NameEnglish,
        /// Shown by `structure::ui`.
        UnitVietnamese,
        /// Shown by `structure::ui`.
        UnitEnglish,
        /// Shown by `structure::ui`.
        CodeField,
        /// Shown by `structure::ui`.
        ResponsibleDepartment,
        /// Shown by `structure::ui`.
        KindOfFigure,
        /// Shown by `structure::ui`.
        WhichWayIsGood,
        /// Shown by `structure::ui`.
        ItsParts,
        /// Shown by `structure::ui`.
        AddASection,
        /// Shown by `structure::ui`.
        DescribeTheSection,
        /// Shown by `structure::ui`.
        NumberField,
        /// Shown by `structure::ui`.
        TitleVietnamese,
        /// Shown by `structure::ui`.
        TitleEnglish,
        /// Shown by `structure::ui`.
        InsideTheSection,
        /// Shown by `structure::ui`.
        StartTheNextPeriod,
        /// Shown by `structure::ui`.
        MadeFromReport,
        /// Shown by `structure::ui`.
        NextPeriodExplained,
        /// Shown by `structure::ui`.
        PeriodField,
        /// Shown by `structure::delete_ui`.
        IndicatorHasContents,
        /// Shown by `structure::delete_ui`.
        DeletePartsMoveUp,
        /// Shown by `structure::delete_ui`.
        DeleteWithParts,
        /// Shown by `structure::delete_ui`.
        SectionHasContents,
        /// Shown by `structure::delete_ui`.
        DeleteContentsMoveUp,
        /// Shown by `structure::delete_ui`.
        DeleteWithContents,
        /// Shown by `structure::breakdown_name`.
        BreakdownPartial,
        /// Shown by `structure::breakdown_name`.
        BreakdownComplete,
        /// Shown by `structure::breakdown_name`.
        BreakdownNotAdditive,
        /// Shown by `structure::section_row`.
        Section,
        /// Shown by `structure::parent_row`.
        APartOf,
        /// Shown by `structure::parent_row`.
        NoParentTotal,
        /// Shown by `structure::growth_of_row`.
        TheGrowthOf,
    }
}

/// A message of the structure forms with figures or names in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormsMsg {
    /// Above the names whose years the next period rolls forward: how many.
    RenamesRollForward {
        /// How many.
        count: usize,
    },
    /// Below the names listed: how many more roll forward.
    MoreRenames {
        /// How many.
        count: usize,
    },
    /// The question before a delete, naming the indicator or section.
    DeleteWhat {
        /// The name, in the language of the view.
        name: String,
    },
}

impl crate::i18n::Message for FormsMsg {
    fn vi(&self) -> String {
        vi::forms::message(self)
    }
    fn en(&self) -> String {
        en::forms::message(self)
    }
}
