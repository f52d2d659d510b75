//! Files: opening, saving, exporting, starting a new report and closing — each guarded
//! by the unsaved-changes question — and the answers to the questions they ask.

use std::path::{Path, PathBuf};

use egui::ViewportCommand;

use super::super::dialogs;
use super::super::work::Outcome;
use super::{ChangedChoice, Choice, FileCmd, Guarded, Modal, Shared};
use chitieu_core::export::{self, CsvLocale, Format};
use chitieu_core::i18n::{AppMessage, AppText, Message as _, Text as _};
use chitieu_core::io;
use chitieu_core::session::{Session, file_name};

/// The controller of files: what it keeps besides the session is whether the window is
/// closing and the title last sent.
#[derive(Default)]
pub(in crate::app) struct Files {
    /// Set once the user has agreed to close: the next close request goes through.
    pub(in crate::app) closing: bool,
    /// The window title, as last sent.
    pub(in crate::app) title: String,
}

impl Files {
    /// Does what `command` asks.
    pub(in crate::app) fn handle(&mut self, command: FileCmd, sh: &mut Shared<'_>) {
        let lang = sh.lang();
        match command {
            FileCmd::Open(path) => self.guard(sh, Guarded::Open(path)),
            FileCmd::OpenDialog => self.guard(sh, Guarded::OpenDialog),
            FileCmd::Quit => self.guard(sh, Guarded::Quit),
            FileCmd::NewBlank => self.guard(sh, Guarded::NewBlank),
            FileCmd::NewPeriod(period) => self.guard(sh, Guarded::NewPeriod(period)),
            FileCmd::Save => save(sh, None),
            FileCmd::SaveAs(path) => save_as(sh, path, None),
            FileCmd::SaveAsDialog => {
                if let Some(path) = dialogs::pick_save(sh.session, lang, Format::Ron) {
                    save_as(sh, path, None);
                }
            }
            FileCmd::Export {
                format,
                csv_locale,
                path,
            } => export(sh, format, csv_locale, path),
            FileCmd::ExportDialog { format, csv_locale } => {
                if let Some(path) = dialogs::pick_save(sh.session, lang, format) {
                    export(sh, format, csv_locale, path);
                }
            }
            FileCmd::OpenExportFolder => open_export_folder(sh),
            FileCmd::Unsaved(choice) => self.answer_unsaved(sh, choice),
            FileCmd::Recover(restore) => answer_recover(sh, restore),
            FileCmd::Changed(choice) => answer_changed(sh, choice),
            FileCmd::CloseError => {
                if matches!(
                    sh.desk.modal,
                    Some(Modal::Error(_) | Modal::SaveAsInstead(_))
                ) {
                    sh.desk.modal = None;
                }
            }
        }
    }

    /// Runs `action` now, or first asks what to do with unsaved changes.
    fn guard(&mut self, sh: &mut Shared<'_>, action: Guarded) {
        if sh.session.is_dirty() {
            sh.desk.modal = Some(Modal::Unsaved(action));
        } else {
            self.run(sh, action);
        }
    }

    fn answer_unsaved(&mut self, sh: &mut Shared<'_>, choice: Choice) {
        let Some(Modal::Unsaved(action)) = sh.desk.modal.take() else {
            return;
        };
        match choice {
            Choice::Cancel => {}
            Choice::Discard => self.run(sh, action),
            Choice::Save => save(sh, Some(action)),
        }
    }

    /// Does what waited for the unsaved-changes question (or for a save).
    pub(in crate::app) fn run(&mut self, sh: &mut Shared<'_>, action: Guarded) {
        match action {
            Guarded::Open(path) => open(sh, path),
            Guarded::OpenDialog => {
                if let Some(path) = dialogs::pick_open(sh.lang()) {
                    open(sh, path);
                }
            }
            Guarded::NewBlank => {
                let period = sh.session.report().period;
                sh.replace_session(Session::unsaved(
                    chitieu_core::next_period::blank(period),
                    None,
                ));
                sh.keeper.claim(None);
                sh.say(AppText::NewBlankReport.tr(sh.lang()).to_owned());
            }
            Guarded::NewPeriod(period) => new_period(sh, period),
            Guarded::Quit => {
                // Saved, or discarded on purpose: nothing to offer back next time.
                sh.keeper.clear();
                self.closing = true;
                sh.ctx.send_viewport_cmd(ViewportCommand::Close);
            }
        }
    }
}

/// Starts the report for `period` from the one shown.
fn new_period(sh: &mut Shared<'_>, period: chitieu_core::model::Period) {
    let lang = sh.lang();
    let (report, summary) = chitieu_core::next_period::next_period(sh.session.report(), period);
    sh.replace_session(Session::unsaved(report, None));
    sh.keeper.claim(None);
    // Years in names roll forward, each an undoable step of its own.
    for rename in &summary.renames {
        let Some(before) = sh.session.indicator(&rename.id).cloned() else {
            continue;
        };
        let after = chitieu_core::model::Indicator {
            name: rename.after.clone(),
            ..before.clone()
        };
        sh.session
            .apply(chitieu_core::edit::Edit::ReplaceIndicator {
                before: Box::new(before),
                after: Box::new(after),
            });
    }
    let message = AppMessage::NextPeriod {
        period: chitieu_core::i18n::period(lang, period),
        cleared: summary.actuals_cleared,
        carried: summary.priors_carried,
        kept: summary.annual_targets_kept,
        renamed: summary.renames.len(),
    };
    sh.say(message.tr(lang));
}

/// Marks the report as open in another window: it may be read and changed here, but
/// saved only under another name.
pub(in crate::app) fn open_elsewhere(
    session: &mut Session,
    lang: chitieu_core::model::Lang,
) -> String {
    session.set_read_only(Some(chitieu_core::session::ReadOnly::OpenElsewhere));
    AppText::OpenElsewhere.tr(lang).to_owned()
}

/// Claims the recovery file of the session's report, or says it is open elsewhere.
pub(super) fn claim(sh: &mut Shared<'_>) {
    if !sh.keeper.claim(sh.session.path()) {
        let message = open_elsewhere(sh.session, sh.lang());
        sh.say(message);
    }
}

fn answer_recover(sh: &mut Shared<'_>, restore: bool) {
    let Some(Modal::Recover(recovery)) = sh.desk.modal.take() else {
        return;
    };
    let lang = sh.lang();
    if !restore {
        if let Err(e) = sh.keeper.discard() {
            sh.say(e.message(lang));
        }
        return;
    }
    let recovery = match sh.keeper.restore(*recovery) {
        Ok(recovery) => recovery,
        Err(e) => return sh.error(e.message(lang)),
    };
    let report = std::sync::Arc::unwrap_or_clone(recovery.report);
    let mut session = Session::unsaved(report, recovery.path);
    session.set_fingerprint(recovery.fingerprint);
    sh.replace_session(session);
    // The file on disk now holds this session's unsaved edits.
    sh.keeper.adopt(sh.session);
    let message = AppMessage::Restored {
        written_at: recovery.written_at.clone(),
        copy_of: recovery.copy_of.clone(),
    };
    sh.say(message.tr(lang));
}

fn answer_changed(sh: &mut Shared<'_>, choice: ChangedChoice) {
    let Some(Modal::Changed(then)) = sh.desk.modal.take() else {
        return;
    };
    let Some(path) = sh.session.path().map(Path::to_path_buf) else {
        return;
    };
    match choice {
        ChangedChoice::Overwrite => write(sh, path, then, false),
        ChangedChoice::SaveAs => {
            if let Some(path) = dialogs::pick_save(sh.session, sh.lang(), Format::Ron) {
                save_as(sh, path, then);
            }
        }
        ChangedChoice::Reload => open(sh, path),
        ChangedChoice::Cancel => {}
    }
}

/// Reads the report at `path` beside the window; see `commands/finish.rs`.
fn open(sh: &mut Shared<'_>, path: PathBuf) {
    let label = AppMessage::Opening(file_name(&path)).tr(sh.lang());
    sh.work.start_busy(sh.ctx, label, move || {
        let result = io::load_file(&path).map(Box::new);
        Outcome::Opened { path, result }
    });
}

/// Saves to the current file, or asks for one, then does `then`.
fn save(sh: &mut Shared<'_>, then: Option<Guarded>) {
    let path = match sh.session.path() {
        Some(p) => p.to_path_buf(),
        None => match dialogs::pick_save(sh.session, sh.lang(), Format::Ron) {
            Some(p) => p,
            None => return,
        },
    };
    save_as(sh, path, then);
}

/// Saves to `path`, which becomes the current file, beside the window; once saved,
/// does `then`. Over the report's own file, only if nothing else changed it since it
/// was read or saved (else the user is asked), and never when it may not be saved
/// over (read-only, open in another window).
fn save_as(sh: &mut Shared<'_>, path: PathBuf, then: Option<Guarded>) {
    let own_file = sh
        .session
        .path()
        .is_some_and(|p| io::canonical(p) == io::canonical(&path));
    if own_file && let Some(why) = sh.session.read_only() {
        let lang = sh.lang();
        let reason = match why {
            chitieu_core::session::ReadOnly::File => AppText::FileIsReadOnly,
            chitieu_core::session::ReadOnly::OpenElsewhere => {
                AppText::SavingOverUndoesTheOtherWindow
            }
        }
        .tr(lang);
        sh.desk.modal = Some(Modal::SaveAsInstead(format!("{reason} {}", path.display())));
        return;
    }
    write(sh, path, then, own_file);
}

/// Writes the report to `path` beside the window; when `check`, only if the file is
/// still as it was read or last saved.
fn write(sh: &mut Shared<'_>, path: PathBuf, then: Option<Guarded>, check: bool) {
    let report = sh.session.shared_report();
    let state = sh.session.state_id();
    let known = sh.session.fingerprint().cloned().filter(|_| check);
    let label = AppMessage::Saving(file_name(&path)).tr(sh.lang());
    sh.work.start_busy(sh.ctx, label, move || {
        let result = match &known {
            Some(known) => io::save_if_unchanged(&report, &path, known),
            None => io::save(&report, &path),
        };
        Outcome::Saved {
            path,
            state,
            then,
            result,
        }
    });
}

fn export(sh: &mut Shared<'_>, format: Format, csv_locale: CsvLocale, path: PathBuf) {
    let lang = sh.lang();
    if sh
        .session
        .path()
        .is_some_and(|open| chitieu_core::io::same_file(open, &path))
    {
        // Written there, the export would replace the report on screen behind the
        // session's back (and a RON export would skip the check for outside changes).
        let words = AppText::ExportOverTheReport.tr(lang);
        sh.error(format!("{words}: {}", path.display()));
        return;
    }
    let options = export::Options {
        lang,
        csv_locale,
        ..export::Options::default()
    };
    let report = sh.session.shared_report();
    let label = AppMessage::Exporting(file_name(&path)).tr(lang);
    sh.work.start_busy(sh.ctx, label, move || {
        let result = export::write(&report, format, &options, &path);
        Outcome::Exported { path, result }
    });
}

fn open_export_folder(sh: &mut Shared<'_>) {
    let folder = sh
        .desk
        .last_export
        .as_ref()
        .and_then(|p| p.parent())
        .map(Path::to_path_buf);
    if let Some(folder) = folder
        && let Err(e) = open::that_detached(&folder)
    {
        let words = AppText::CannotOpenTheFolder.tr(sh.lang());
        sh.error(format!("{words}: {e}: {}", folder.display()));
    }
}
