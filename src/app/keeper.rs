//! Keeps the unsaved edits against a crash: a few seconds after a change the report is
//! written to the recovery file in the app's data folder, on a thread of its own (a
//! large report takes a while to write, and the window must not stop for it), and the
//! file is removed once nothing is unsaved. Runs from `App::logic`, so it goes on while
//! the window is hidden.

use std::path::PathBuf;
use std::time::Duration;

use super::work::{Outcome, Work};
use crate::session::Session;

/// Seconds after a change before the unsaved edits are written to the recovery file.
pub const RECOVERY_DELAY_SECS: f64 = 2.0;

/// The recovery file of this window and when it is next due.
#[derive(Default)]
pub(super) struct Keeper {
    /// Where unsaved edits are kept; `None` keeps none.
    dir: Option<PathBuf>,
    /// The session generation last written.
    generation: Option<u64>,
    /// When (in egui's time) the next write is due.
    due: Option<f64>,
    /// Whether a recovery file of this window is on disk.
    on_disk: bool,
    /// The write under way, if any.
    writer: Option<std::thread::JoinHandle<()>>,
    /// True once a failed write has been said: it is said once, not at every retry.
    failure_said: bool,
}

impl Keeper {
    /// Keeps the recovery file in `dir`.
    pub(super) fn new(dir: PathBuf) -> Self {
        Self {
            dir: Some(dir),
            ..Self::default()
        }
    }

    /// Records that the recovery file on disk now holds `session` as it is (restored
    /// from it).
    pub(super) fn adopt(&mut self, session: &Session) {
        self.on_disk = true;
        self.generation = Some(session.generation());
    }

    /// Takes the outcome of a write; returns a message to show when a write failed for
    /// the first time since the last success.
    pub(super) fn written(&mut self, result: Result<(), crate::io::SaveError>) -> Option<String> {
        match result {
            Ok(()) => {
                self.on_disk = true;
                self.failure_said = false;
                None
            }
            Err(e) => {
                log::warn!("cannot write the recovery file: {e}");
                // Tried again after the next change.
                self.generation = None;
                (!std::mem::replace(&mut self.failure_said, true)).then(|| e.to_string())
            }
        }
    }

    /// Writes the unsaved edits when due, and removes the file once nothing is unsaved.
    pub(super) fn tick(&mut self, ctx: &egui::Context, session: &Session, work: &Work) {
        let Some(dir) = self.dir.clone() else {
            return;
        };
        if self.writer.as_ref().is_some_and(|w| w.is_finished()) {
            self.writer = None;
        }
        if !session.is_dirty() {
            if self.on_disk || self.writer.is_some() {
                self.clear();
            }
            self.due = None;
            self.generation = Some(session.generation());
            return;
        }
        if self.generation == Some(session.generation()) {
            return;
        }
        let now = ctx.input(|i| i.time);
        let due = *self.due.get_or_insert(now + RECOVERY_DELAY_SECS);
        if now < due {
            ctx.request_repaint_after(Duration::from_secs_f64(due - now));
            return;
        }
        if self.writer.is_some() {
            // The last one is still being written (a large report): the next one after it.
            ctx.request_repaint_after(Duration::from_millis(100));
            return;
        }
        let recovery = crate::recovery::Recovery {
            written_at: crate::export::utc_timestamp(std::time::SystemTime::now()),
            path: session.path().map(std::path::Path::to_path_buf),
            report: session.shared_report(),
        };
        self.writer = work.spawn(ctx, "chitieu-recovery", move || {
            Outcome::RecoveryWritten(crate::recovery::write(&dir, &recovery))
        });
        self.generation = Some(session.generation());
        self.due = None;
    }

    /// Removes the recovery file, after any write of it under way (so that write
    /// cannot bring it back).
    pub(super) fn clear(&mut self) {
        if let Some(writer) = self.writer.take() {
            let _ = writer.join();
        }
        if let Some(dir) = &self.dir {
            crate::recovery::clear(dir);
        }
        self.on_disk = false;
    }
}
