//! The detail panel: the selected indicator's figures, targets, source, breakdown, note and edits.

use super::{en, vi};

crate::texts! {
    /// The detail panel: a fixed text.
    pub enum Detail in vi::detail::text, en::detail::text {
        /// Shown by `detail::ui`.
        SelectToSeeDetail,
        /// Shown by `detail::note_ui`.
        NoteTooLongToEdit,
        /// Shown by `detail::note_ui`.
        LastPeriodsNote,
        /// Shown by `detail::note_editor_ui`.
        NoteOfTheIndicator,
        /// Shown by `detail::rest_of_year_ui`.
        RestOfYearHint,
        /// Shown by `detail::figures_grid_ui`.
        Derived,
        /// Shown by `detail::figures_grid_ui`.
        DerivedPriorExplained,
        /// Shown by `detail::figures_grid_ui`.
        ChangeOnAYearAgo,
        /// Shown by `detail::source_ui`.
        FromTheReport,
        /// Shown by `detail::edits_ui`.
        EditsThisSession,
        /// Shown by `detail::edits_ui`.
        NoteChanged,
        /// Shown by `detail::edits_ui`.
        DescriptionChanged,
        /// Shown by `detail::target_ui`.
        ReportPrintsAchieved,
        /// Shown by `detail::target_ui`.
        TargetDerivedFromPercent,
        /// Shown by `detail::target_ui`.
        Achieved,
        /// Shown by `detail::target_ui`.
        Gap,
    }
}

/// A message of the detail panel with figures or names in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DetailMsg {
    /// The growths behind the rest of the year's need, before its formula: the year's target, this period's growth and its share of last year, each in percent and in the user's notation.
    RestArithmetic {
        /// The year's growth target, in percent, written in the user's notation.
        year: String,
        /// This period's growth, in percent, written in the user's notation.
        growth: String,
        /// The share, in percent, written in the user's notation.
        share: String,
    },
    /// The share of the first part of the period in last year's period that the parts' growths imply: the part and the whole as periods in words, the share in percent.
    ImpliedShare {
        /// The first part of the period, in words.
        part: String,
        /// The whole period, in words.
        whole: String,
        /// The share, in percent, written in the user's notation.
        share: String,
    },
    /// After the growth computed: the growth the report printed, when it differs.
    PrintedGrowth {
        /// The percent, written in the user's notation.
        pct: String,
    },
    /// Under a breakdown: what its parts add up to, and what of the total they leave unexplained.
    PartsAddUp {
        /// The sum of the parts, written in the user's notation.
        sum: String,
        /// What the parts leave unexplained, written in the user's notation.
        unexplained: String,
    },
    /// Above the latest edits of an indicator: how many earlier ones are not listed.
    EarlierEdits {
        /// How many.
        count: usize,
    },
}

impl crate::i18n::Message for DetailMsg {
    fn vi(&self) -> String {
        vi::detail::message(self)
    }
    fn en(&self) -> String {
        en::detail::message(self)
    }
}
