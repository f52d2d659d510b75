//! The detail panel, in English.

use crate::i18n::detail::{Detail, DetailMsg};

/// The words of `t` in English.
pub(crate) fn text(t: Detail) -> &'static str {
    match t {
        Detail::SelectToSeeDetail => "Select an indicator in the table to see its detail.",
        Detail::NoteTooLongToEdit => "The note is too long to edit here; the file keeps all of it.",
        Detail::LastPeriodsNote => "Last period's note",
        Detail::NoteOfTheIndicator => "Note of the indicator",
        Detail::RestOfYearHint => "Last year's share, by quarter, and \"what if\" (Ctrl+R)",
        Detail::Derived => " (derived)",
        Detail::DerivedPriorExplained => {
            "The report does not state last year's figure: it was derived once from the actual and the growth the report printed. Revising the actual moves the growth, never this figure."
        }
        Detail::ChangeOnAYearAgo => "Change on a year ago",
        Detail::FromTheReport => "From the report",
        Detail::EditsThisSession => "Edits this session",
        Detail::NoteChanged => "Note changed",
        Detail::DescriptionChanged => "Description changed",
        Detail::ReportPrintsAchieved => "The report prints",
        Detail::TargetDerivedFromPercent => {
            "Derived from the percent the report prints (not stated outright)."
        }
        Detail::Achieved => "Achieved",
        Detail::Gap => "Gap",
    }
}

/// The words of `m` in English.
pub(crate) fn message(m: &DetailMsg) -> String {
    match m {
        DetailMsg::RestArithmetic {
            year,
            growth,
            share,
        } => format!(
            "for the year to grow {year}% when this period grew {growth}% and weighed {share}% of last year:"
        ),
        DetailMsg::ImpliedShare { part, whole, share } => {
            format!("By the parts' growths, the {part} weighed about {share}% of the {whole}.")
        }
        DetailMsg::PrintedGrowth { pct } => format!(" (the report printed {pct}%)"),
        DetailMsg::PartsAddUp { sum, unexplained } => {
            format!("Parts add up to {sum} · unexplained: {unexplained}")
        }
        DetailMsg::EarlierEdits { count } => format!("… {count} earlier edits"),
    }
}
