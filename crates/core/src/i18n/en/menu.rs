//! The words of the menu bar, in English.

use crate::i18n::menu::MenuText;

/// The words of `t` in English.
pub(crate) fn menu(t: MenuText) -> &'static str {
    match t {
        MenuText::File => "File",
        MenuText::Edit => "Edit",
        MenuText::View => "View",
        MenuText::Help => "Help",
        MenuText::OpenRecent => "Open recent",
        MenuText::NoneYet => "(none yet)",
        MenuText::ExportRevised => "Export revised figures",
        MenuText::Xlsx => "Excel (.xlsx)…",
        MenuText::CsvStandard => "CSV (commas, dot decimals)…",
        MenuText::CsvVietnamese => "CSV for Vietnamese Excel (semicolons)…",
        MenuText::Docx => "Word report, Decree 30 format (.docx)…",
        MenuText::Markdown => "Report text (.md)…",
        MenuText::Text => "Report text, plain (.txt)…",
        MenuText::Ron => "chitieu report (.ron)…",
        MenuText::ResetToReport => "Reset to the report's value",
        MenuText::IndicatorDetail => "Indicator detail",
        MenuText::OnTheRight => "On the right",
        MenuText::Below => "Below",
        MenuText::Hidden => "Hidden",
        MenuText::Language => "Language",
        MenuText::Notation => "Number notation",
        MenuText::Theme => "Theme",
        MenuText::FollowSystem => "Follow the system",
        MenuText::Light => "Light",
        MenuText::Dark => "Dark",
    }
}
