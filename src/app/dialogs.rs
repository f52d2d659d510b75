//! Native file dialogs, the modal questions and the secondary windows.

use crate::app::{BrowseCmd, FileCmd};
use std::path::PathBuf;

use super::actions::{self, Action};
use super::style;
use super::{ChangedChoice, Choice, Command, Guarded, Modal, View, Window};
use chitieu_core::export::Format;
use chitieu_core::i18n::tr;
use chitieu_core::model::Lang;
use chitieu_core::session::Session;

/// Asks for a report file to open. `None` when cancelled (or when no dialog can be shown).
pub(super) fn pick_open(lang: Lang) -> Option<PathBuf> {
    rfd::FileDialog::new()
        .set_title(tr(lang, "Mở báo cáo", "Open a report"))
        .add_filter(
            tr(lang, "Báo cáo chitieu (RON)", "chitieu report (RON)"),
            &["ron"],
        )
        .add_filter(tr(lang, "Mọi tệp", "All files"), &["*"])
        .pick_file()
}

/// Asks where to save or export, suggesting a name such as `hai-duong-2024-H1.ron`.
pub(super) fn pick_save(session: &Session, lang: Lang, format: Format) -> Option<PathBuf> {
    let ext = format.extension();
    let name = match (session.path(), format) {
        (Some(p), Format::Ron) => p.file_name().map(|n| n.to_string_lossy().into_owned()),
        _ => None,
    }
    .unwrap_or_else(|| chitieu_core::export::suggested_file_name(session.report(), format));
    let mut dialog = rfd::FileDialog::new()
        .set_title(tr(lang, "Lưu thành", "Save as"))
        .set_file_name(name)
        .add_filter(ext.to_uppercase(), &[ext]);
    if let Some(dir) = session.path().and_then(|p| p.parent()) {
        dialog = dialog.set_directory(dir);
    }
    dialog.save_file()
}

/// Asks where to save a plot image, suggesting `hai-duong-2024-H1-plot.png`.
pub(super) fn pick_png(session: &Session, lang: Lang) -> Option<PathBuf> {
    let mut dialog = rfd::FileDialog::new()
        .set_title(tr(
            lang,
            "Lưu biểu đồ thành ảnh",
            "Save the plot as an image",
        ))
        .set_file_name(format!("{}-plot.png", session.report().slug()))
        .add_filter("PNG", &["png"]);
    if let Some(dir) = session.path().and_then(|p| p.parent()) {
        dialog = dialog.set_directory(dir);
    }
    dialog.save_file()
}

/// Shows the modal dialog, if any.
pub(super) fn modal_ui(
    ctx: &egui::Context,
    modal: &Modal,
    lang: Lang,
    commands: &mut Vec<Command>,
) {
    match modal {
        Modal::Unsaved(action) => {
            let response = egui::Modal::new(egui::Id::unique("chitieu-unsaved")).show(ctx, |ui| {
                ui.heading(tr(lang, "Lưu các thay đổi?", "Save your changes?"));
                let what = match action {
                    Guarded::Quit => tr(lang, "trước khi thoát", "before closing"),
                    Guarded::NewBlank | Guarded::NewPeriod(_) => tr(
                        lang,
                        "trước khi lập báo cáo mới",
                        "before starting a new report",
                    ),
                    Guarded::Open(_) | Guarded::OpenDialog => tr(
                        lang,
                        "trước khi mở báo cáo khác",
                        "before opening another report",
                    ),
                };
                ui.label(format!(
                    "{} {what}?",
                    tr(
                        lang,
                        "Báo cáo có thay đổi chưa lưu. Lưu lại",
                        "The report has unsaved changes. Save them"
                    )
                ));
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button(tr(lang, "Lưu", "Save")).clicked() {
                        commands.push(Command::File(FileCmd::Unsaved(Choice::Save)));
                    }
                    if ui.button(tr(lang, "Không lưu", "Don't save")).clicked() {
                        commands.push(Command::File(FileCmd::Unsaved(Choice::Discard)));
                    }
                    if ui.button(tr(lang, "Hủy", "Cancel")).clicked() {
                        commands.push(Command::File(FileCmd::Unsaved(Choice::Cancel)));
                    }
                });
            });
            if response.should_close() {
                commands.push(Command::File(FileCmd::Unsaved(Choice::Cancel)));
            }
        }
        Modal::Recover(recovery) => {
            // No way out but an answer: Escape and the backdrop do nothing here.
            egui::Modal::new(egui::Id::unique("chitieu-recover")).show(ctx, |ui| {
                ui.set_max_width(520.0);
                ui.heading(tr(lang, "Khôi phục các thay đổi chưa lưu?", "Restore unsaved changes?"));
                let file = recovery
                    .path
                    .as_ref()
                    .or(recovery.copy_of.as_ref())
                    .map_or_else(|| chitieu_core::io::EMBEDDED_NAME.to_owned(), |p| p.display().to_string());
                ui.label(format!(
                    "{} {} ({file}).",
                    tr(
                        lang,
                        "Lần trước chitieu không đóng đúng cách. Có các thay đổi chưa lưu, ghi lúc",
                        "chitieu did not close properly last time. There are unsaved changes, kept at"
                    ),
                    recovery.written_at
                ));
                if let Some(file) = &recovery.copy_of {
                    ui.label(format!(
                        "{} ({})",
                        tr(
                            lang,
                            "Các thay đổi này làm trong một cửa sổ mở báo cáo ở chế độ chỉ đọc (báo cáo đang mở ở cửa sổ khác): khôi phục thành báo cáo chưa lưu, để lưu thành tệp khác.",
                            "These changes were made in a window that had the report read-only (it was open in another window): restored as an unsaved report, to save under another name."
                        ),
                        file.display()
                    ));
                }
                let revised: usize = recovery.report.indicators.iter().map(|i| i.original.len()).sum();
                ui.label(format!("{revised} {}", tr(lang, "giá trị đã điều chỉnh.", "revised values.")));
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button(tr(lang, "Khôi phục", "Restore")).clicked() {
                        commands.push(Command::File(FileCmd::Recover(true)));
                    }
                    if ui.button(tr(lang, "Bỏ các thay đổi này", "Discard them")).clicked() {
                        commands.push(Command::File(FileCmd::Recover(false)));
                    }
                });
            });
        }
        Modal::Changed(_) => changed_ui(ctx, lang, commands),
        Modal::SaveAsInstead(message) => save_as_instead_ui(ctx, message, lang, commands),
        Modal::Error(message) => {
            let response = egui::Modal::new(egui::Id::unique("chitieu-error")).show(ctx, |ui| {
                ui.set_max_width(520.0);
                ui.heading(tr(lang, "Không thực hiện được", "That did not work"));
                // A long list of problems scrolls rather than outgrow the screen.
                egui::ScrollArea::vertical()
                    .max_height(ctx.content_rect().height() * 0.6)
                    .show(ui, |ui| {
                        ui.colored_label(style::ERROR, message);
                    });
                ui.add_space(8.0);
                if ui.button("OK").clicked() {
                    commands.push(Command::File(FileCmd::CloseError));
                }
            });
            if response.should_close() {
                commands.push(Command::File(FileCmd::CloseError));
            }
        }
    }
}

/// The file changed on disk since it was read: overwrite, save as, reload or cancel.
fn changed_ui(ctx: &egui::Context, lang: Lang, commands: &mut Vec<Command>) {
    let response = egui::Modal::new(egui::Id::unique("chitieu-changed")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            ui.heading(tr(lang, "Tệp đã bị thay đổi", "The file has changed"));
            ui.label(tr(
                lang,
                "Tệp báo cáo đã được một chương trình hoặc cửa sổ khác thay đổi từ khi mở. Lưu đè sẽ xóa thay đổi đó.",
                "Another program or window changed the report file since it was opened here. Saving over it would undo that change.",
            ));
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                for (choice, vi, en) in [
                    (ChangedChoice::SaveAs, "Lưu thành tệp khác…", "Save as…"),
                    (ChangedChoice::Overwrite, "Lưu đè", "Overwrite"),
                    (ChangedChoice::Reload, "Mở lại tệp (bỏ thay đổi ở đây)", "Reload (drop the edits here)"),
                    (ChangedChoice::Cancel, "Hủy", "Cancel"),
                ] {
                    if ui.button(tr(lang, vi, en)).clicked() {
                        commands.push(Command::File(FileCmd::Changed(choice)));
                    }
                }
            });
        });
    if response.should_close() {
        commands.push(Command::File(FileCmd::Changed(ChangedChoice::Cancel)));
    }
}

/// The report's own file may not be saved over: why, and an offer to save as.
fn save_as_instead_ui(ctx: &egui::Context, message: &str, lang: Lang, commands: &mut Vec<Command>) {
    let response = egui::Modal::new(egui::Id::unique("chitieu-save-as-instead")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading(tr(lang, "Không lưu đè được", "Cannot save over the file"));
        ui.colored_label(style::ERROR, message);
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui
                .button(tr(lang, "Lưu thành tệp khác…", "Save as…"))
                .clicked()
            {
                commands.push(Command::File(FileCmd::CloseError));
                commands.push(Command::File(FileCmd::SaveAsDialog));
            }
            if ui.button(tr(lang, "Hủy", "Cancel")).clicked() {
                commands.push(Command::File(FileCmd::CloseError));
            }
        });
    });
    if response.should_close() {
        commands.push(Command::File(FileCmd::CloseError));
    }
}

/// The secondary windows and whether each is open.
#[derive(Default)]
pub(super) struct Windows {
    shortcuts: bool,
    about: bool,
    findings: bool,
    /// File → Fill-in sheet….
    pub(super) fill_in: super::fill_in::FillInWindow,
}

impl Windows {
    /// Opens `window`.
    pub(super) fn show(&mut self, window: Window) {
        match window {
            Window::Shortcuts => self.shortcuts = true,
            Window::About => self.about = true,
            Window::Findings => self.findings = true,
            Window::FillIn => self.fill_in.open(),
        }
    }

    /// Draws the open windows.
    pub(super) fn ui(&mut self, ctx: &egui::Context, view: &View<'_>, commands: &mut Vec<Command>) {
        let lang = view.lang;
        egui::Window::new(tr(lang, "Phím tắt", "Keyboard shortcuts"))
            .open(&mut self.shortcuts)
            .resizable(false)
            .show(ctx, |ui| {
                egui::Grid::new("shortcuts").striped(true).show(ui, |ui| {
                    for action in Action::ALL.iter().filter(|a| !a.shortcuts().is_empty()) {
                        ui.label(action.shortcut_text(ctx));
                        ui.label(action.label(lang));
                        ui.end_row();
                    }
                    for (keys, what) in actions::table_keys(ctx, lang) {
                        ui.label(keys);
                        ui.label(what);
                        ui.end_row();
                    }
                });
            });
        egui::Window::new(tr(lang, "Giới thiệu chitieu", "About chitieu"))
            .open(&mut self.about)
            .resizable(false)
            .show(ctx, |ui| {
                ui.heading(format!("chitieu {}", env!("CARGO_PKG_VERSION")));
                ui.label(tr(
                    lang,
                    "Xem và điều chỉnh chỉ tiêu của báo cáo kinh tế - xã hội 6 tháng.",
                    "Review and revise the targets of a half-year socio-economic report.",
                ));
                ui.label(tr(lang, "Phông chữ: DejaVu Sans.", "Font: DejaVu Sans."));
            });
        let mut open = self.findings;
        egui::Window::new(tr(lang, "Các phát hiện kiểm tra", "Check findings"))
            .open(&mut open)
            .default_size([560.0, 320.0])
            .show(ctx, |ui| {
                if view.derived.findings.is_empty() {
                    ui.label(tr(lang, "Không có phát hiện nào.", "No findings."));
                }
                egui::ScrollArea::vertical().show(ui, |ui| {
                    for finding in &view.derived.findings {
                        ui.horizontal_wrapped(|ui| {
                            let severity = match finding.severity {
                                chitieu_core::checks::Severity::Error => tr(lang, "Lỗi", "Error"),
                                chitieu_core::checks::Severity::Warning => {
                                    tr(lang, "Cảnh báo", "Warning")
                                }
                                chitieu_core::checks::Severity::Info => tr(lang, "Lưu ý", "Note"),
                            };
                            ui.strong(severity);
                            let name = finding
                                .indicator()
                                .and_then(|id| view.indicator(id))
                                .map_or_else(
                                    || finding.subject.to_string(),
                                    |i| i.name.get(lang).to_owned(),
                                );
                            if let Some(id) = finding.indicator() {
                                if ui.link(name).clicked() {
                                    commands.push(Command::Browse(BrowseCmd::SelectIndicator {
                                        id: id.clone(),
                                        reveal: true,
                                    }));
                                }
                            } else {
                                ui.label(name);
                            }
                            ui.label(finding.message(lang, view.notation));
                        });
                    }
                });
            });
        self.findings = open;
        self.fill_in.ui(ctx, view, commands);
    }
}
