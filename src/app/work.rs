//! Work that runs beside the window: opening, saving and exporting (which can take a
//! while on a large report), reading a sheet to import and applying its changes,
//! writing the recovery file, saving a plot as an image.
//! Every piece of work reports on one channel, which the app polls in `App::logic`, so
//! results are taken even while the window is hidden.
//!
//! Opening, saving, exporting and importing make the app *busy*: the window goes on
//! drawing, with a small window that says what is being done and for how long; the
//! report cannot be changed until the work is done, and what the user asks for
//! meanwhile waits its turn.
//! A real report takes milliseconds; a report of 100 000 indicators takes about half a
//! second to open and two seconds to export to Excel.

use std::path::PathBuf;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use super::Guarded;
use chitieu_core::export::ExportError;
use chitieu_core::i18n::{AppText, Text as _};
use chitieu_core::io::{Fingerprint, LoadError, Loaded, SaveError};
use chitieu_core::model::Lang;
use chitieu_core::recovery::RecoveryError;

/// What a piece of work came to.
pub(super) enum Outcome {
    /// A report was read (or not).
    Opened {
        /// The file.
        path: PathBuf,
        /// The report with its file's details (boxed: it is large), or why not.
        result: Result<Box<Loaded>, LoadError>,
    },
    /// The report was saved (or not).
    Saved {
        /// The file.
        path: PathBuf,
        /// The edit history's state that was saved.
        state: u64,
        /// What to do once saved (the user saved before opening another file or quitting).
        then: Option<Guarded>,
        /// The file as written, or why it was not.
        result: Result<Fingerprint, SaveError>,
    },
    /// The report was exported (or not).
    Exported {
        /// The file.
        path: PathBuf,
        /// Whether it was written.
        result: Result<(), ExportError>,
    },
    /// The recovery file was written (or not).
    RecoveryWritten(Result<(), RecoveryError>),
    /// A sheet of figures was read (or not): its dry run, made from the report at
    /// `generation`, or why it could not be read.
    Imported {
        /// The session's generation the dry run was made from.
        generation: u64,
        /// The file's sheets with their dry run or the mapping step (boxed: it is
        /// large), or why the file could not be read.
        result: Result<Box<super::import::Reading>, chitieu_core::import::ImportError>,
    },
    /// The changes of an import were applied to a copy of the report (boxed: it is
    /// large), to be put in the session's place as one step.
    ImportApplied(Box<super::import::Applied>),
    /// A fill-in sheet was written (or not).
    FillInWritten {
        /// The file.
        path: PathBuf,
        /// How many indicators it asks for, or why it was not written.
        result: Result<usize, chitieu_core::import::template::TemplateError>,
    },
    /// The plots were saved as an image (or not): the file, or what went wrong.
    PlotSaved(Result<PathBuf, String>),
    /// The busy work stopped without an outcome (it panicked, or no thread could be
    /// started). Nothing was changed.
    Lost,
}

/// What the busy work is, for the small window that says so.
struct Busy {
    /// What is being done, in the interface's language.
    label: String,
    started: Instant,
}

/// The one channel of work beside the window, and the busy work under way if any.
pub(super) struct Work {
    sender: mpsc::Sender<Outcome>,
    receiver: mpsc::Receiver<Outcome>,
    busy: Option<Busy>,
    /// The busy work's thread, to tell a panic from work still under way.
    busy_thread: Option<std::thread::JoinHandle<()>>,
}

impl Default for Work {
    fn default() -> Self {
        let (sender, receiver) = mpsc::channel();
        Self {
            sender,
            receiver,
            busy: None,
            busy_thread: None,
        }
    }
}

impl Work {
    /// Starts `work` on a thread of its own and makes the app busy until it reports;
    /// `label` says what it does. The window is repainted when it is done.
    pub(super) fn start_busy(
        &mut self,
        ctx: &egui::Context,
        label: String,
        work: impl FnOnce() -> Outcome + Send + 'static,
    ) {
        self.busy = Some(Busy {
            label,
            started: Instant::now(),
        });
        self.busy_thread = self.spawn(ctx, "chitieu-work", work);
        if self.busy_thread.is_none() {
            // No thread: nothing was done, and the app must not stay busy for ever.
            let _ = self.sender.send(Outcome::Lost);
        }
    }

    /// Starts `work` on a thread of its own without making the app busy; returns its
    /// thread, to wait for it if need be.
    pub(super) fn spawn(
        &self,
        ctx: &egui::Context,
        name: &str,
        work: impl FnOnce() -> Outcome + Send + 'static,
    ) -> Option<std::thread::JoinHandle<()>> {
        let sender = self.sender.clone();
        let repaint = ctx.clone();
        let job = move || {
            // The receiver lives as long as the app: a send can only fail while it closes.
            let _ = sender.send(work());
            repaint.request_repaint();
        };
        match std::thread::Builder::new().name(name.to_owned()).spawn(job) {
            Ok(handle) => Some(handle),
            Err(e) => {
                log::error!("cannot start a thread: {e}");
                None
            }
        }
    }

    /// A sender for work that reports from elsewhere (the renderer's screenshot).
    pub(super) fn sender(&self) -> mpsc::Sender<Outcome> {
        self.sender.clone()
    }

    /// True while opening, saving or exporting.
    pub(super) fn is_busy(&self) -> bool {
        self.busy.is_some()
    }

    /// The next outcome that has arrived, if any. An outcome of the busy work ends the
    /// busy state; busy work whose thread ended without a word (it panicked) is
    /// reported as lost.
    pub(super) fn poll(&mut self) -> Option<Outcome> {
        // Looked at before the channel: a thread sends its outcome before it ends, so a
        // thread found ended here has nothing more to send.
        let busy_ended = self.busy_thread.as_ref().is_some_and(|t| t.is_finished());
        match self.receiver.try_recv() {
            Ok(outcome) => {
                if matches!(
                    outcome,
                    Outcome::Opened { .. }
                        | Outcome::Saved { .. }
                        | Outcome::Exported { .. }
                        | Outcome::Imported { .. }
                        | Outcome::ImportApplied(_)
                        | Outcome::FillInWritten { .. }
                        | Outcome::Lost
                ) {
                    self.busy = None;
                    self.busy_thread = None;
                }
                Some(outcome)
            }
            Err(_) if busy_ended => {
                self.busy = None;
                self.busy_thread = None;
                Some(Outcome::Lost)
            }
            Err(_) => None,
        }
    }

    /// The small window saying what is being done, over the rest of the window.
    pub(super) fn busy_ui(&self, ctx: &egui::Context, lang: Lang) {
        let Some(busy) = &self.busy else {
            return;
        };
        let elapsed = busy.started.elapsed();
        // Quick work is done before anyone could read the window: show it after a moment.
        if elapsed < Duration::from_millis(150) {
            ctx.request_repaint_after(Duration::from_millis(150) - elapsed);
            return;
        }
        egui::Modal::new(egui::Id::unique("chitieu-busy")).show(ctx, |ui| {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(&busy.label);
            });
            ui.label(format!(
                "{} {:.1} s",
                AppText::PleaseWait.tr(lang),
                elapsed.as_secs_f64()
            ));
        });
        ctx.request_repaint_after(Duration::from_millis(100));
    }
}
