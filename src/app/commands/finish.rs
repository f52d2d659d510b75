//! What work beside the window came to, taken by the controller that started it. A
//! failure is shown and changes nothing: the report on screen and its edits stay as
//! they were.

use super::super::work::Outcome;
use super::{ChitieuApp, Modal, Shared, files};
use chitieu_core::i18n::{AppMessage, AppText, Message as _, Text as _};
use chitieu_core::io;
use chitieu_core::session::Session;

impl ChitieuApp {
    /// Takes what work beside the window came to.
    pub(in crate::app) fn finish(&mut self, ctx: &egui::Context, outcome: Outcome) {
        let later = self.with_controllers(ctx, |sh, c| match outcome {
            Outcome::Imported { generation, result } => c.import.imported(sh, generation, result),
            Outcome::ImportApplied(applied) => c.import.applied(sh, *applied),
            Outcome::FillInWritten { path, result } => {
                c.panels.windows.fill_in.written(sh, path, result);
            }
            Outcome::PlotSaved(Ok(path)) => sh.say(AppMessage::SavedImage(path).tr(sh.lang())),
            Outcome::PlotSaved(Err(e)) => sh.error(e),
            Outcome::RecoveryWritten(result) => {
                let lang = sh.lang();
                if let Some(e) = sh.keeper.written(result, lang) {
                    let words = AppText::RecoveryNotWritten.tr(lang);
                    sh.say(format!("{words}: {e}"));
                }
            }
            Outcome::Lost => {
                sh.error(AppText::WorkLost.tr(sh.lang()).to_owned());
            }
            file @ (Outcome::Opened { .. } | Outcome::Saved { .. } | Outcome::Exported { .. }) => {
                c.files.finish(sh, file);
            }
        });
        self.commands.extend(later);
        ctx.request_repaint();
    }
}

impl files::Files {
    /// Takes what opening, saving or exporting came to.
    fn finish(&mut self, sh: &mut Shared<'_>, outcome: Outcome) {
        let lang = sh.lang();
        match outcome {
            Outcome::Opened {
                path,
                result: Ok(loaded),
            } => {
                let cleaned = io::cleaned_message(&loaded.cleaned, &path, lang);
                if cleaned.is_empty() {
                    sh.say(AppMessage::Opened(path).tr(lang));
                } else {
                    sh.say(cleaned);
                }
                sh.settings.remember(loaded.path.clone());
                sh.replace_session(Session::opened(*loaded));
                files::claim(sh);
            }
            Outcome::Saved {
                path,
                state,
                then,
                result: Ok(fingerprint),
            } => {
                sh.say(AppMessage::Saved(path.clone()).tr(lang));
                let path = io::canonical(&path);
                sh.settings.remember(path.clone());
                let moved = sh.session.path() != Some(path.as_path());
                sh.session.mark_saved(path, state, Some(fingerprint));
                if moved {
                    files::claim(sh);
                } else {
                    // Saved over: a new file on disk, whose identity this window holds.
                    sh.keeper.follow_file();
                }
                if let Some(then) = then {
                    self.run(sh, then);
                }
            }
            Outcome::Saved {
                then,
                result: Err(chitieu_core::io::SaveError::Changed { .. }),
                ..
            } => sh.desk.modal = Some(Modal::Changed(then)),
            Outcome::Saved {
                result: Err(e @ chitieu_core::io::SaveError::ReadOnly { .. }),
                ..
            } => sh.desk.modal = Some(Modal::SaveAsInstead(e.message(lang))),
            Outcome::Exported {
                path,
                result: Ok(()),
            } => {
                sh.say(AppMessage::Exported(path.clone()).tr(lang));
                sh.desk.last_export = Some(path);
            }
            Outcome::Opened { result: Err(e), .. } => sh.error(e.message(lang)),
            Outcome::Saved { result: Err(e), .. } => sh.error(e.message(lang)),
            Outcome::Exported { result: Err(e), .. } => sh.error(e.message(lang)),
            // The other outcomes are taken by their own controllers (above).
            Outcome::Imported { .. }
            | Outcome::ImportApplied(_)
            | Outcome::FillInWritten { .. }
            | Outcome::PlotSaved(_)
            | Outcome::RecoveryWritten(_)
            | Outcome::Lost => {}
        }
    }
}
