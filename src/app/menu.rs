//! The menu bar. Its entries come from the table of actions (`actions.rs`), which gives
//! each its name, its shortcut as this platform writes it, and whether it can be used.

use super::actions::{Action, Scope};
use super::{Command, DetailPosition, Settings, Theme, View};
use crate::app::{EditCmd, FileCmd, ViewCmd};
use chitieu_core::export::{CsvLocale, Format};
use chitieu_core::format::Notation;
use chitieu_core::i18n::{self, tr};
use chitieu_core::model::{Field, Lang};

/// Draws the menu bar.
pub(super) fn menu_bar_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    settings: &Settings,
    scope: Scope<'_>,
    commands: &mut Vec<Command>,
) {
    let lang = view.lang;
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(tr(lang, "Tệp", "File"), |ui| {
            file_menu_ui(ui, settings, scope, commands);
        });
        ui.menu_button(tr(lang, "Sửa", "Edit"), |ui| {
            edit_menu_ui(ui, view, scope, commands);
        });
        ui.menu_button(tr(lang, "Xem", "View"), |ui| {
            view_menu_ui(ui, settings, scope, commands);
        });
        ui.menu_button(tr(lang, "Trợ giúp", "Help"), |ui| {
            for action in [Action::Shortcuts, Action::Findings, Action::About] {
                action.menu_item(ui, scope, lang, commands);
            }
        });
    });
}

fn file_menu_ui(
    ui: &mut egui::Ui,
    settings: &Settings,
    scope: Scope<'_>,
    commands: &mut Vec<Command>,
) {
    let lang = settings.lang;
    Action::NewBlank.menu_item(ui, scope, lang, commands);
    Action::NewPeriod.menu_item(ui, scope, lang, commands);
    ui.separator();
    Action::Open.menu_item(ui, scope, lang, commands);
    ui.menu_button(tr(lang, "Mở gần đây", "Open recent"), |ui| {
        if settings.recent.is_empty() {
            ui.label(tr(lang, "(chưa có)", "(none yet)"));
        }
        for path in &settings.recent {
            if ui.button(path.display().to_string()).clicked() {
                commands.push(Command::File(FileCmd::Open(path.clone())));
            }
        }
    });
    ui.separator();
    Action::Save.menu_item(ui, scope, lang, commands);
    Action::SaveAs.menu_item(ui, scope, lang, commands);
    ui.menu_button(
        tr(lang, "Xuất số liệu điều chỉnh", "Export revised figures"),
        |ui| {
            for (format, csv_locale, name) in [
                (
                    Format::Xlsx,
                    CsvLocale::Standard,
                    tr(lang, "Excel (.xlsx)…", "Excel (.xlsx)…"),
                ),
                (
                    Format::Csv,
                    CsvLocale::Standard,
                    tr(
                        lang,
                        "CSV (dấu phẩy, số kiểu Anh)…",
                        "CSV (commas, dot decimals)…",
                    ),
                ),
                (
                    Format::Csv,
                    CsvLocale::Vietnamese,
                    tr(
                        lang,
                        "CSV cho Excel tiếng Việt (dấu chấm phẩy)…",
                        "CSV for Vietnamese Excel (semicolons)…",
                    ),
                ),
                (
                    Format::Docx,
                    CsvLocale::Standard,
                    tr(
                        lang,
                        "Báo cáo Word theo Nghị định 30 (.docx)…",
                        "Word report, Decree 30 format (.docx)…",
                    ),
                ),
                (
                    Format::Markdown,
                    CsvLocale::Standard,
                    tr(lang, "Văn bản báo cáo (.md)…", "Report text (.md)…"),
                ),
                (
                    Format::Text,
                    CsvLocale::Standard,
                    tr(
                        lang,
                        "Văn bản báo cáo, chữ thường (.txt)…",
                        "Report text, plain (.txt)…",
                    ),
                ),
                (
                    Format::Ron,
                    CsvLocale::Standard,
                    tr(lang, "Báo cáo chitieu (.ron)…", "chitieu report (.ron)…"),
                ),
            ] {
                if ui.button(name).clicked() {
                    commands.push(Command::File(FileCmd::ExportDialog { format, csv_locale }));
                }
            }
        },
    );
    Action::SavePlot.menu_item(ui, scope, lang, commands);
    ui.separator();
    Action::ImportFigures.menu_item(ui, scope, lang, commands);
    Action::FillIn.menu_item(ui, scope, lang, commands);
    ui.separator();
    Action::Quit.menu_item(ui, scope, lang, commands);
}

fn edit_menu_ui(ui: &mut egui::Ui, view: &View<'_>, scope: Scope<'_>, commands: &mut Vec<Command>) {
    let lang = view.lang;
    Action::Undo.menu_item(ui, scope, lang, commands);
    Action::Redo.menu_item(ui, scope, lang, commands);
    ui.separator();
    Action::Copy.menu_item(ui, scope, lang, commands);
    Action::Paste.menu_item(ui, scope, lang, commands);
    Action::SelectAllRows.menu_item(ui, scope, lang, commands);
    ui.separator();
    Action::Find.menu_item(ui, scope, lang, commands);
    ui.separator();
    for action in [
        Action::AddIndicator,
        Action::AddPart,
        Action::DescribeIndicator,
        Action::DeleteIndicator,
        Action::MoveUp,
        Action::MoveDown,
        Action::AddSection,
    ] {
        action.menu_item(ui, scope, lang, commands);
    }
    ui.separator();
    Action::RestOfYear.menu_item(ui, scope, lang, commands);
    ui.separator();
    let selected = view.selected.and_then(|id| scope.session.indicator(id));
    for field in [
        Field::Target,
        Field::AnnualTarget,
        Field::Actual,
        Field::YoyGrowthPct,
    ] {
        let revised = selected.is_some_and(|i| i.is_revised(field));
        let text = format!(
            "{} — {}",
            tr(
                lang,
                "Trả về giá trị báo cáo",
                "Reset to the report's value"
            ),
            i18n::field(lang, field)
        );
        if ui.add_enabled(revised, egui::Button::new(text)).clicked()
            && let Some(ind) = selected
        {
            commands.push(Command::Edit(EditCmd::ResetValue {
                id: ind.id.clone(),
                field,
            }));
        }
    }
}

fn view_menu_ui(
    ui: &mut egui::Ui,
    settings: &Settings,
    scope: Scope<'_>,
    commands: &mut Vec<Command>,
) {
    let lang = settings.lang;
    for (shown, action) in [
        (settings.show_sections, Action::ToggleSections),
        (settings.show_plots, Action::TogglePlots),
    ] {
        if ui
            .checkbox(&mut shown.clone(), action.label(lang))
            .clicked()
            && let Some(command) = action.command(scope)
        {
            commands.push(command);
        }
    }
    ui.separator();
    ui.label(tr(lang, "Chi tiết chỉ tiêu", "Indicator detail"));
    for (d, name) in [
        (DetailPosition::Right, tr(lang, "Bên phải", "On the right")),
        (DetailPosition::Bottom, tr(lang, "Bên dưới", "Below")),
        (DetailPosition::Hidden, tr(lang, "Ẩn", "Hidden")),
    ] {
        if ui.radio(settings.detail == d, name).clicked() {
            commands.push(Command::View(ViewCmd::SetDetail(d)));
        }
    }
    ui.separator();
    ui.label(tr(lang, "Ngôn ngữ", "Language"));
    for (l, name) in [(Lang::Vi, "Tiếng Việt"), (Lang::En, "English")] {
        if ui.radio(settings.lang == l, name).clicked() {
            commands.push(Command::View(ViewCmd::SetLang(l)));
        }
    }
    ui.separator();
    ui.label(tr(lang, "Cách viết số", "Number notation"));
    for n in [Notation::Vietnamese, Notation::English] {
        if ui
            .radio(settings.notation == n, i18n::notation(lang, n))
            .clicked()
        {
            commands.push(Command::View(ViewCmd::SetNotation(n)));
        }
    }
    ui.separator();
    ui.label(tr(lang, "Giao diện", "Theme"));
    for (t, name) in [
        (
            Theme::System,
            tr(lang, "Theo hệ thống", "Follow the system"),
        ),
        (Theme::Light, tr(lang, "Sáng", "Light")),
        (Theme::Dark, tr(lang, "Tối", "Dark")),
    ] {
        if ui.radio(settings.theme == t, name).clicked() {
            commands.push(Command::View(ViewCmd::SetTheme(t)));
        }
    }
}
