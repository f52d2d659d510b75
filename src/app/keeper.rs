//! Keeps the unsaved edits against a crash: a few seconds after a change the report is
//! written to its own recovery file in the app's data folder (one per report file, one
//! per unsaved report), on a thread of its own (a large report takes a while to write,
//! and the window must not stop for it), and the file is removed once nothing is
//! unsaved. The window holds the file's lock while it lives, so no other window offers
//! its edits back or discards them. Runs from `App::logic`, so it goes on while the
//! window is hidden.

use std::path::{Path, PathBuf};
use std::time::Duration;

use super::work::{Outcome, Work};
use crate::model::Lang;
use crate::recovery::{Claim, Key, Orphan, Recovery, RecoveryError};
use crate::session::Session;

/// Seconds after a change before the unsaved edits are written to the recovery file.
pub const RECOVERY_DELAY_SECS: f64 = 2.0;

/// The recovery file of this window and when it is next due.
#[derive(Default)]
pub(super) struct Keeper {
    /// Where unsaved edits are kept; `None` keeps none.
    dir: Option<PathBuf>,
    /// The lock and file of the report on screen; `None` when another window holds it.
    claim: Option<Claim>,
    /// Edits another session left, on offer to restore.
    offer: Option<Orphan>,
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

/// What a previous session left to offer back, read or not.
pub(super) enum Offer {
    /// Edits to restore.
    Edits(Box<Recovery>),
    /// A recovery file that cannot be read, set aside under this name; the reason.
    Unreadable(String, String),
}

impl Keeper {
    /// Keeps the edits of the report at `path` (or of an unsaved one) in `dir`. Returns
    /// the keeper and whether another window has that report open.
    pub(super) fn new(dir: PathBuf, path: Option<&Path>) -> (Self, bool) {
        let mut keeper = Self {
            dir: Some(dir),
            ..Self::default()
        };
        let elsewhere = !keeper.claim(path);
        (keeper, elsewhere)
    }

    /// Takes the recovery file of the report at `path` (or a new one for an unsaved
    /// report), letting go of the last one, whose edits were saved or given up. False
    /// when another window holds it: then nothing is kept for it here.
    pub(super) fn claim(&mut self, path: Option<&Path>) -> bool {
        self.clear();
        self.claim = None;
        self.generation = None;
        let Some(dir) = &self.dir else {
            return true;
        };
        match Claim::acquire(dir, Key::for_report(path)) {
            Ok(claim) => {
                self.claim = Some(claim);
                true
            }
            Err(RecoveryError::Busy { .. }) => false,
            Err(e) => {
                log::warn!("cannot keep a recovery file: {e}");
                true
            }
        }
    }

    /// Edits left by a session that did not end: this report's own first, then the
    /// newest another window left.
    pub(super) fn left_behind(&mut self, lang: Lang) -> Option<Offer> {
        let dir = self.dir.clone()?;
        let own = self.claim.as_ref().and_then(Claim::left_behind);
        let (found, orphan) = match own {
            Some(found) => (found.map_err(|e| e.message(lang)), None),
            None => {
                let orphan = crate::recovery::orphans(&dir).into_iter().next()?;
                let found = orphan.recovery().cloned().map_err(|e| e.message(lang));
                (found, Some(orphan))
            }
        };
        match found {
            Ok(recovery) => {
                self.offer = orphan;
                Some(Offer::Edits(Box::new(recovery)))
            }
            Err(e) => {
                let aside = match orphan {
                    Some(o) => o.set_aside(),
                    None => self
                        .claim
                        .as_ref()
                        .map_or(Ok(PathBuf::new()), Claim::set_aside),
                };
                let name = aside
                    .ok()
                    .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
                    .unwrap_or_default();
                Some(Offer::Unreadable(name, e))
            }
        }
    }

    /// Takes the edits on offer: from then on their file is this window's. Returns them
    /// as they were read (and written again), or why not.
    pub(super) fn restore(&mut self, offered: Recovery) -> Result<Recovery, RecoveryError> {
        let Some(orphan) = self.offer.take() else {
            // This report's own file: already ours.
            self.on_disk = true;
            return Ok(offered);
        };
        let (recovery, claim) = orphan.restore()?;
        self.clear();
        self.claim = Some(claim);
        self.on_disk = true;
        Ok(recovery)
    }

    /// Gives up the edits on offer.
    pub(super) fn discard(&mut self) -> Result<(), RecoveryError> {
        match self.offer.take() {
            Some(orphan) => orphan.discard(),
            None => self.claim.as_ref().map_or(Ok(()), Claim::clear),
        }
    }

    /// Records that the recovery file now holds `session` as it is.
    pub(super) fn adopt(&mut self, session: &Session) {
        self.on_disk = true;
        self.generation = Some(session.generation());
    }

    /// Takes the outcome of a write; returns a message to show when a write failed for
    /// the first time since the last success.
    pub(super) fn written(
        &mut self,
        result: Result<(), RecoveryError>,
        lang: Lang,
    ) -> Option<String> {
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
                (!std::mem::replace(&mut self.failure_said, true)).then(|| e.message(lang))
            }
        }
    }

    /// Writes the unsaved edits when due, and removes the file once nothing is unsaved.
    pub(super) fn tick(&mut self, ctx: &egui::Context, session: &Session, work: &Work) {
        let Some(claim) = self.claim.clone() else {
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
        let recovery = Recovery {
            written_at: crate::export::utc_timestamp(std::time::SystemTime::now()),
            path: session.path().map(Path::to_path_buf),
            fingerprint: session.fingerprint().cloned(),
            report: session.shared_report(),
        };
        self.writer = work.spawn(ctx, "chitieu-recovery", move || {
            Outcome::RecoveryWritten(claim.write(&recovery))
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
        if let Some(claim) = &self.claim
            && let Err(e) = claim.clear()
        {
            log::warn!("cannot remove the recovery file: {e}");
        }
        self.on_disk = false;
    }
}
