//! Work that can take a while on a large report (opening, saving, exporting) runs on a
//! thread of its own. The window goes on drawing meanwhile, with a small window that
//! says what is being done and for how long; the report cannot be changed until the
//! work is done, and what the user asks for meanwhile waits its turn.
//!
//! A real report takes milliseconds; a report of 100 000 indicators takes about half a
//! second to open and two seconds to export to Excel.

use std::path::PathBuf;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use super::Guarded;
use crate::export::ExportError;
use crate::i18n::tr;
use crate::io::{LoadError, SaveError};
use crate::model::{Lang, Report};

/// What a piece of work came to.
pub(super) enum Outcome {
    /// A report was read (or not).
    Opened {
        /// The file.
        path: PathBuf,
        /// The report (boxed: it is large), or why not.
        result: Result<Box<Report>, LoadError>,
    },
    /// The report was saved (or not).
    Saved {
        /// The file.
        path: PathBuf,
        /// The edit history's state that was saved.
        state: u64,
        /// What to do once saved (the user saved before opening another file or quitting).
        then: Option<Guarded>,
        /// Whether it was saved.
        result: Result<(), SaveError>,
    },
    /// The report was exported (or not).
    Exported {
        /// The file.
        path: PathBuf,
        /// Whether it was written.
        result: Result<(), ExportError>,
    },
    /// The work stopped without an outcome (it panicked, or no thread could be
    /// started). Nothing was changed.
    Lost,
}

/// Work under way.
pub(super) struct Busy {
    /// What is being done, in the interface's language.
    label: String,
    started: Instant,
    receiver: mpsc::Receiver<Outcome>,
}

impl Busy {
    /// Starts `work` on a thread of its own; `label` says what it does. The window is
    /// repainted when it is done.
    pub(super) fn start(
        ctx: &egui::Context,
        label: String,
        work: impl FnOnce() -> Outcome + Send + 'static,
    ) -> Self {
        let (sender, receiver) = mpsc::channel();
        let repaint = ctx.clone();
        let job = move || {
            let _ = sender.send(work());
            repaint.request_repaint();
        };
        // If no thread can be started, the work is dropped unstarted, the channel
        // closes and `poll` says so: nothing was changed.
        if let Err(e) = std::thread::Builder::new()
            .name("chitieu-work".to_owned())
            .spawn(job)
        {
            log::error!("cannot start a thread: {e}");
        }
        Self {
            label,
            started: Instant::now(),
            receiver,
        }
    }

    /// The outcome, once the work is done.
    pub(super) fn poll(&self) -> Option<Outcome> {
        match self.receiver.try_recv() {
            Ok(outcome) => Some(outcome),
            Err(mpsc::TryRecvError::Empty) => None,
            Err(mpsc::TryRecvError::Disconnected) => Some(Outcome::Lost),
        }
    }

    /// The small window saying what is being done, over the rest of the window.
    pub(super) fn ui(&self, ctx: &egui::Context, lang: Lang) {
        let elapsed = self.started.elapsed();
        // Quick work is done before anyone could read the window: show it after a moment.
        if elapsed < Duration::from_millis(150) {
            ctx.request_repaint_after(Duration::from_millis(150) - elapsed);
            return;
        }
        egui::Modal::new(egui::Id::unique("chitieu-busy")).show(ctx, |ui| {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(&self.label);
            });
            ui.label(format!(
                "{} {:.1} s",
                tr(lang, "Xin chờ…", "Please wait…"),
                elapsed.as_secs_f64()
            ));
        });
        ctx.request_repaint_after(Duration::from_millis(100));
    }
}
