//! The menu bar.

use super::{Command, DetailPosition, Document, Settings, Theme, View, Window};
use crate::export::{CsvLocale, Format};
use crate::format::Notation;
use crate::i18n::{self, tr};
use crate::model::{Field, Lang};

/// Draws the menu bar.
pub(super) fn menu_bar_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    settings: &Settings,
    doc: &Document,
    commands: &mut Vec<Command>,
) {
    let lang = view.lang;
    let shortcut = |ui: &mut egui::Ui, text: &str, keys: &str| -> bool {
        ui.add(egui::Button::new(text).shortcut_text(keys))
            .clicked()
    };
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(tr(lang, "Tệp", "File"), |ui| {
            if shortcut(ui, tr(lang, "Mở…", "Open…"), "Ctrl+O") {
                commands.push(Command::OpenDialog);
            }
            ui.menu_button(tr(lang, "Mở gần đây", "Open recent"), |ui| {
                if settings.recent.is_empty() {
                    ui.label(tr(lang, "(chưa có)", "(none yet)"));
                }
                for path in &settings.recent {
                    if ui.button(path.display().to_string()).clicked() {
                        commands.push(Command::Open(path.clone()));
                    }
                }
            });
            ui.separator();
            if shortcut(ui, tr(lang, "Lưu", "Save"), "Ctrl+S") {
                commands.push(Command::Save);
            }
            if shortcut(ui, tr(lang, "Lưu thành…", "Save as…"), "Ctrl+Shift+S") {
                commands.push(Command::SaveAsDialog);
            }
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
                            Format::Markdown,
                            CsvLocale::Standard,
                            tr(lang, "Văn bản báo cáo (.md)…", "Report text (.md)…"),
                        ),
                        (
                            Format::Ron,
                            CsvLocale::Standard,
                            tr(lang, "Báo cáo chitieu (.ron)…", "chitieu report (.ron)…"),
                        ),
                    ] {
                        if ui.button(name).clicked() {
                            commands.push(Command::ExportDialog { format, csv_locale });
                        }
                    }
                },
            );
            if ui
                .button(tr(
                    lang,
                    "Lưu biểu đồ thành ảnh PNG…",
                    "Save the plot as PNG…",
                ))
                .clicked()
            {
                commands.push(Command::SavePlotDialog);
            }
            ui.separator();
            if shortcut(ui, tr(lang, "Thoát", "Quit"), "Ctrl+Q") {
                commands.push(Command::Quit);
            }
        });
        ui.menu_button(tr(lang, "Sửa", "Edit"), |ui| {
            if ui
                .add_enabled(
                    doc.history.can_undo(),
                    egui::Button::new(tr(lang, "Hoàn tác", "Undo")).shortcut_text("Ctrl+Z"),
                )
                .clicked()
            {
                commands.push(Command::Undo);
            }
            if ui
                .add_enabled(
                    doc.history.can_redo(),
                    egui::Button::new(tr(lang, "Làm lại", "Redo")).shortcut_text("Ctrl+Y"),
                )
                .clicked()
            {
                commands.push(Command::Redo);
            }
            ui.separator();
            let selected = view.selected.and_then(|id| view.report.indicator(id));
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
                    commands.push(Command::ResetValue {
                        id: ind.id.clone(),
                        field,
                    });
                }
            }
        });
        ui.menu_button(tr(lang, "Xem", "View"), |ui| {
            ui.label(tr(lang, "Ngôn ngữ", "Language"));
            for (l, name) in [(Lang::Vi, "Tiếng Việt"), (Lang::En, "English")] {
                if ui.radio(settings.lang == l, name).clicked() {
                    commands.push(Command::SetLang(l));
                }
            }
            ui.separator();
            ui.label(tr(lang, "Cách viết số", "Number notation"));
            for n in [Notation::Vietnamese, Notation::English] {
                if ui
                    .radio(settings.notation == n, i18n::notation(lang, n))
                    .clicked()
                {
                    commands.push(Command::SetNotation(n));
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
                    commands.push(Command::SetTheme(t));
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
                    commands.push(Command::SetDetail(d));
                }
            }
            if ui
                .checkbox(
                    &mut settings.show_sections.clone(),
                    tr(lang, "Danh sách mục", "Sections panel"),
                )
                .clicked()
            {
                commands.push(Command::ToggleSections);
            }
        });
        ui.menu_button(tr(lang, "Trợ giúp", "Help"), |ui| {
            if shortcut(ui, tr(lang, "Phím tắt", "Keyboard shortcuts"), "F1") {
                commands.push(Command::Show(Window::Shortcuts));
            }
            if ui
                .button(tr(lang, "Các phát hiện kiểm tra", "Check findings"))
                .clicked()
            {
                commands.push(Command::Show(Window::Findings));
            }
            if ui
                .button(tr(lang, "Giới thiệu chitieu", "About chitieu"))
                .clicked()
            {
                commands.push(Command::Show(Window::About));
            }
        });
    });
}
