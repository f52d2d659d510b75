//! Keeps the unsaved edits against a crash: a few seconds after a change the report is
//! written to its own recovery file in the app's data folder (one per report file, one
//! per unsaved report, one per read-only window's copy), and the file is removed once
//! nothing is unsaved. The window holds the file's lock while it lives, so no other
//! window offers its edits back or discards them.
//!
//! The write is the work of a thread of its own, on a clock of its own ([`Writer`]):
//! the window hands it each new state of the report when it changes, and the thread
//! writes it when due, whether or not the window is drawn again meanwhile (a window
//! covered by another on a desktop without a compositor, or on a remote desktop, is
//! not repainted for as long as it stays covered). A large report takes a while to
//! write, and the window never waits for it.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use super::work::{Outcome, Work};
use chitieu_core::model::Lang;
use chitieu_core::recovery::{Claim, Key, Orphan, Recovery, RecoveryError};
use chitieu_core::session::Session;

/// Seconds after a change before the unsaved edits are written to the recovery file.
pub const RECOVERY_DELAY_SECS: f64 = 2.0;

/// The recovery file of this window, the thread that writes it, and what was last
/// handed to it.
#[derive(Default)]
pub(super) struct Keeper {
    /// Where unsaved edits are kept; `None` keeps none.
    dir: Option<PathBuf>,
    /// The lock and file of the report on screen: its own, or, in a read-only window
    /// (the file is open in another window), a copy's of its own.
    claim: Option<Claim>,
    /// In a read-only window, the file the copy is of.
    copy_of: Option<PathBuf>,
    /// Edits another session left, on offer to restore.
    offer: Option<Orphan>,
    /// The session generation last handed to the writer.
    generation: Option<u64>,
    /// Whether a recovery file of this window may be on disk (written, or handed to the
    /// writer since the last clear).
    on_disk: bool,
    /// The thread that writes, started with the first write.
    writer: Option<Writer>,
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
    /// when another window holds the report: then this window's edits are kept as a
    /// copy of its own (offered at a later start as an unsaved report, to be saved
    /// under another name).
    pub(super) fn claim(&mut self, path: Option<&Path>) -> bool {
        self.clear();
        self.claim = None;
        self.copy_of = None;
        self.generation = None;
        let Some(dir) = &self.dir else {
            return true;
        };
        match Claim::acquire(dir, Key::for_report(path)) {
            Ok(claim) => {
                self.claim = Some(claim);
                true
            }
            Err(RecoveryError::Busy { .. }) => {
                match Claim::acquire(dir, Key::unsaved()) {
                    Ok(claim) => {
                        self.claim = Some(claim);
                        self.copy_of = path.map(chitieu_core::io::canonical);
                    }
                    Err(e) => log::warn!("cannot keep a recovery file: {e}"),
                }
                false
            }
            Err(e) => {
                log::warn!("cannot keep a recovery file: {e}");
                true
            }
        }
    }

    /// After a save: the report file is a new file on disk, whose identity the claim
    /// now holds (see [`Claim::follow_file`]).
    pub(super) fn follow_file(&self) {
        if let Some(claim) = &self.claim {
            claim.follow_file();
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
                let orphan = chitieu_core::recovery::orphans(&dir).into_iter().next()?;
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

    /// Hands the report to the writer when it changed since last handed (written
    /// [`RECOVERY_DELAY_SECS`] after the first change not yet written, on the writer's
    /// own clock), and removes the recovery file once nothing is unsaved. Cheap: call it
    /// after every change and before every frame.
    pub(super) fn tick(&mut self, ctx: &egui::Context, session: &Session, work: &Work) {
        let Some(claim) = self.claim.clone() else {
            return;
        };
        if !session.is_dirty() {
            if self.on_disk {
                self.clear();
            }
            self.generation = Some(session.generation());
            return;
        }
        if self.generation == Some(session.generation()) {
            return;
        }
        let recovery = Recovery {
            written_at: String::new(),
            path: session.path().map(Path::to_path_buf),
            fingerprint: session.fingerprint().cloned(),
            report: session.shared_report(),
            copy_of: None,
        };
        // A read-only window's edits are a copy: restored, they are saved elsewhere.
        let recovery = match &self.copy_of {
            Some(file) => Recovery {
                path: None,
                fingerprint: None,
                copy_of: Some(file.clone()),
                ..recovery
            },
            None => recovery,
        };
        if self.writer.is_none() {
            self.writer = Writer::start(ctx.clone(), work.sender());
        }
        let Some(writer) = &self.writer else {
            return;
        };
        writer.hand(claim, recovery);
        self.on_disk = true;
        self.generation = Some(session.generation());
    }

    /// Removes the recovery file, after any write of it under way (so that write
    /// cannot bring it back), and forgets a write not yet due.
    pub(super) fn clear(&mut self) {
        if let Some(writer) = &self.writer {
            writer.cancel();
        }
        if let Some(claim) = &self.claim
            && let Err(e) = claim.clear()
        {
            log::warn!("cannot remove the recovery file: {e}");
        }
        self.on_disk = false;
    }
}

/// The thread that writes the recovery file, on its own clock: a state handed to it is
/// written [`RECOVERY_DELAY_SECS`] after the first state not yet written was handed,
/// the newest state then; what it came to goes to the app's work channel.
struct Writer {
    shared: Arc<(Mutex<WriterState>, Condvar)>,
    thread: Option<std::thread::JoinHandle<()>>,
}

/// What the writer thread and the window share.
#[derive(Default)]
struct WriterState {
    /// What to write next, where, and when.
    pending: Option<Pending>,
    /// True while a file is being written.
    writing: bool,
    /// Set when the window goes: the thread ends (after writing what is due).
    stop: bool,
}

/// A state of the report waiting to be written.
struct Pending {
    due: Instant,
    claim: Claim,
    recovery: Recovery,
}

impl Writer {
    /// Starts the thread; `None` (said in the log) when no thread can be started, and
    /// then nothing is kept.
    fn start(ctx: egui::Context, sender: mpsc::Sender<Outcome>) -> Option<Self> {
        let shared: Arc<(Mutex<WriterState>, Condvar)> = Arc::default();
        let theirs = Arc::clone(&shared);
        let thread = std::thread::Builder::new()
            .name("chitieu-recovery".to_owned())
            .spawn(move || run(&theirs, &ctx, &sender));
        match thread {
            Ok(thread) => Some(Self {
                shared,
                thread: Some(thread),
            }),
            Err(e) => {
                log::error!("cannot start the recovery writer: {e}");
                None
            }
        }
    }

    fn state(&self) -> MutexGuard<'_, WriterState> {
        self.shared
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Hands the newest state to write, keeping the time it is due if one is waiting.
    fn hand(&self, claim: Claim, recovery: Recovery) {
        let mut state = self.state();
        let due = state.pending.as_ref().map_or_else(
            || Instant::now() + Duration::from_secs_f64(RECOVERY_DELAY_SECS),
            |p| p.due,
        );
        state.pending = Some(Pending {
            due,
            claim,
            recovery,
        });
        self.shared.1.notify_all();
    }

    /// Forgets what is waiting and waits for a write under way to end.
    fn cancel(&self) {
        let mut state = self.state();
        state.pending = None;
        while state.writing {
            state = self
                .shared
                .1
                .wait(state)
                .unwrap_or_else(std::sync::PoisonError::into_inner);
        }
        self.shared.1.notify_all();
    }
}

impl Drop for Writer {
    /// The window goes: what is due is still written (a close without saving has
    /// already cleared it), then the thread ends.
    fn drop(&mut self) {
        self.state().stop = true;
        self.shared.1.notify_all();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// The writer thread: waits for a state, waits until it is due, writes it, says so.
fn run(
    shared: &(Mutex<WriterState>, Condvar),
    ctx: &egui::Context,
    sender: &mpsc::Sender<Outcome>,
) {
    let (lock, wake) = shared;
    let mut state = lock
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    loop {
        let now = Instant::now();
        let due = state.pending.as_ref().map(|p| p.due);
        match due {
            None if state.stop => return,
            None => {
                state = wake
                    .wait(state)
                    .unwrap_or_else(std::sync::PoisonError::into_inner);
            }
            Some(due) if due > now && !state.stop => {
                state = wake
                    .wait_timeout(state, due - now)
                    .unwrap_or_else(std::sync::PoisonError::into_inner)
                    .0;
            }
            Some(_) => {
                let Some(Pending {
                    claim,
                    mut recovery,
                    ..
                }) = state.pending.take()
                else {
                    continue;
                };
                state.writing = true;
                drop(state);
                recovery.written_at =
                    chitieu_core::export::utc_timestamp(std::time::SystemTime::now());
                let result = claim.write(&recovery);
                // The receiver lives as long as the app: a send fails only as it closes.
                let _ = sender.send(Outcome::RecoveryWritten(result));
                ctx.request_repaint();
                state = lock
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner);
                state.writing = false;
                wake.notify_all();
            }
        }
    }
}
