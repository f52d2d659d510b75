//! Native file dialogs, the modal questions and the secondary windows.

use crate::app::{BrowseCmd, FileCmd};
use std::path::PathBuf;

use super::actions::{self, Action};
use super::style;
use super::{ChangedChoice, Choice, Command, Guarded, Modal, View, Window};
use chitieu_core::checks::Subject;
use chitieu_core::export::Format;
use chitieu_core::i18n::ActionText;
use chitieu_core::i18n::{Common, Dialog, DialogMsg, Message as _, Text as _};
use chitieu_core::model::Lang;
use chitieu_core::session::Session;

/// Asks for a report file to open. `None` when cancelled (or when no dialog can be shown).
pub(super) fn pick_open(lang: Lang) -> Option<PathBuf> {
    rfd::FileDialog::new()
        .set_title(Dialog::OpenAReport.tr(lang))
        .add_filter(Dialog::ReportFileFilter.tr(lang), &["ron"])
        .add_filter(Common::AllFiles.tr(lang), &["*"])
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
        .set_title(Dialog::SaveAsTitle.tr(lang))
        .set_file_name(name)
        .add_filter(ext.to_uppercase(), &[ext]);
    if let Some(dir) = session.path().and_then(|p| p.parent()) {
        dialog = dialog.set_directory(dir);
    }
    dialog.save_file()
}

/// Asks where to save a plot image, suggesting `hai-duong-2024-H1-plot.png`
/// (`…-bieu-do.png` in Vietnamese).
pub(super) fn pick_png(session: &Session, lang: Lang) -> Option<PathBuf> {
    let mut dialog = rfd::FileDialog::new()
        .set_title(Dialog::SaveThePlotAsAnImage.tr(lang))
        .set_file_name(format!(
            "{}-{}.png",
            session.report().slug(),
            Dialog::PlotFileName.tr(lang)
        ))
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
                ui.heading(Dialog::SaveYourChanges.tr(lang));
                ui.label(
                    match action {
                        Guarded::Quit => Dialog::SaveBeforeClosing,
                        Guarded::NewBlank | Guarded::NewPeriod(_) => Dialog::SaveBeforeNew,
                        Guarded::Open(_) | Guarded::OpenDialog => Dialog::SaveBeforeOpening,
                    }
                    .tr(lang),
                );
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button(Action::Save.label(lang)).clicked() {
                        commands.push(Command::File(FileCmd::Unsaved(Choice::Save)));
                    }
                    if ui.button(Common::DontSave.tr(lang)).clicked() {
                        commands.push(Command::File(FileCmd::Unsaved(Choice::Discard)));
                    }
                    if ui.button(Common::Cancel.tr(lang)).clicked() {
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
                ui.heading(Dialog::RestoreUnsavedChanges.tr(lang));
                let file = recovery
                    .path
                    .as_ref()
                    .or(recovery.copy_of.as_ref())
                    .map_or_else(
                        || chitieu_core::io::EMBEDDED_NAME.to_owned(),
                        |p| p.display().to_string(),
                    );
                ui.label(
                    DialogMsg::Recovered {
                        at: recovery.written_at.clone(),
                        file,
                    }
                    .tr(lang),
                );
                if let Some(file) = &recovery.copy_of {
                    ui.label(format!(
                        "{} ({})",
                        Dialog::RecoveredReadOnly.tr(lang),
                        file.display()
                    ));
                }
                let revised: usize = recovery
                    .report
                    .indicators
                    .iter()
                    .map(|i| i.original.len())
                    .sum();
                ui.label(DialogMsg::RevisedValues { count: revised }.tr(lang));
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button(Dialog::Restore.tr(lang)).clicked() {
                        commands.push(Command::File(FileCmd::Recover(true)));
                    }
                    if ui.button(Dialog::DiscardThem.tr(lang)).clicked() {
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
                ui.heading(Dialog::ThatDidNotWork.tr(lang));
                // A long list of problems scrolls rather than outgrow the screen.
                egui::ScrollArea::vertical()
                    .max_height(ctx.content_rect().height() * 0.6)
                    .show(ui, |ui| {
                        ui.colored_label(style::ERROR, message);
                    });
                ui.add_space(8.0);
                if ui.button(Common::OK.tr(lang)).clicked() {
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
        ui.heading(Dialog::TheFileHasChanged.tr(lang));
        ui.label(Dialog::ChangedElsewhere.tr(lang));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            for (choice, label) in [
                (ChangedChoice::SaveAs, Action::SaveAs.label(lang)),
                (ChangedChoice::Overwrite, Dialog::Overwrite.tr(lang)),
                (ChangedChoice::Reload, Dialog::Reload.tr(lang)),
                (ChangedChoice::Cancel, Common::Cancel.tr(lang)),
            ] {
                if ui.button(label).clicked() {
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
        ui.heading(Dialog::CannotSaveOverTheFile.tr(lang));
        ui.colored_label(style::ERROR, message);
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(Action::SaveAs.label(lang)).clicked() {
                commands.push(Command::File(FileCmd::CloseError));
                commands.push(Command::File(FileCmd::SaveAsDialog));
            }
            if ui.button(Common::Cancel.tr(lang)).clicked() {
                commands.push(Command::File(FileCmd::CloseError));
            }
        });
    });
    if response.should_close() {
        commands.push(Command::File(FileCmd::CloseError));
    }
}

/// What a finding is about, in words: the indicator's name, the section's number and
/// title, the task's number and title — never an id, which is the file's business (an
/// id the report no longer has is all there is to say, and says so as it is).
fn subject_name(view: &View<'_>, subject: &Subject) -> String {
    let lang = view.lang;
    match subject {
        Subject::Indicator(id) => match view.indicator(id).map(|i| i.name.get(lang)) {
            Some(name) if !name.trim().is_empty() => name.to_owned(),
            Some(_) => Dialog::Unnamed.tr(lang).to_owned(),
            None => id.to_string(),
        },
        Subject::Section(id) => view.report.section(id).map_or_else(
            || id.to_string(),
            |s| format!("{} {}", s.number, s.title.get(lang)),
        ),
        Subject::Task(id) => view.report.tasks.iter().find(|t| &t.id == id).map_or_else(
            || id.0.clone(),
            |t| {
                format!("{} {}", t.number, t.title.get(lang))
                    .trim()
                    .to_owned()
            },
        ),
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
        egui::Window::new(ActionText::Shortcuts.tr(lang))
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
        egui::Window::new(ActionText::About.tr(lang))
            .open(&mut self.about)
            .resizable(false)
            .show(ctx, |ui| {
                ui.heading(format!("chitieu {}", env!("CARGO_PKG_VERSION")));
                ui.label(Dialog::AboutText.tr(lang));
                ui.label(Dialog::AboutFont.tr(lang));
            });
        let mut open = self.findings;
        egui::Window::new(ActionText::Findings.tr(lang))
            .open(&mut open)
            .default_size([560.0, 320.0])
            .show(ctx, |ui| {
                if view.derived.findings.is_empty() {
                    ui.label(Dialog::NoFindings.tr(lang));
                }
                egui::ScrollArea::vertical().show(ui, |ui| {
                    for finding in &view.derived.findings {
                        ui.horizontal_wrapped(|ui| {
                            let severity = match finding.severity {
                                chitieu_core::checks::Severity::Error => Common::Error.tr(lang),
                                chitieu_core::checks::Severity::Warning => Common::Warning.tr(lang),
                                chitieu_core::checks::Severity::Info => Common::Notice.tr(lang),
                            };
                            ui.strong(severity);
                            let name = subject_name(view, &finding.subject);
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
