//! One open report: the report itself, its computed figures, its edit history and its
//! file. The app holds one (comparing two reports means holding two); a test, a
//! benchmark or a command-line tool uses it the same way, without a window.
//!
//! Every change goes through [`Session::apply`], [`Session::undo`], [`Session::redo`]
//! or [`Session::replace`], so the computed figures, the unsaved mark and the
//! generation (which tells views to refresh what they cache) can never fall out of step
//! with the report.

mod anchored;
mod edits;
mod prepared;
mod structure;

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::derived::Derived;
use crate::edit::{Edit, History};
use crate::io;
use crate::model::{Indicator, IndicatorId, Report, SectionId, Task, TaskId};

use anchored::anchored;

/// One open report with its computed figures, its edits and its file.
#[derive(Debug)]
pub struct Session {
    /// Shared with work under way (saving, exporting, the recovery file), so that work
    /// needs no copy. An edit made while such work holds it copies the report once
    /// (`Arc::make_mut`).
    report: Arc<Report>,
    derived: Derived,
    history: History,
    /// Bumped on every change to the report, never reset: views compare it with the
    /// value they last drew to know when to refresh what they cache.
    generation: u64,
    /// The file it was read from or last saved to; `None` for the embedded report or a
    /// new one.
    path: Option<PathBuf>,
    /// [`History::state_id`] when last saved or opened.
    saved_state: u64,
    /// Unsaved until saved even before any edit (restored from the recovery file).
    unsaved_from_start: bool,
    /// The file as read or last saved, to tell a change made outside before saving.
    fingerprint: Option<io::Fingerprint>,
    /// Why the file may not be saved over, if it may not.
    read_only: Option<ReadOnly>,
    /// For each of the last generations, newest last, the positions of the indicators
    /// whose figures it changed (`None`: anything may have changed), so a view that
    /// measures every row redoes only the rows an edit touched.
    changes: VecDeque<(u64, Option<Vec<usize>>)>,
}

/// How many generations [`Session::changed_since`] remembers.
const CHANGES_KEPT: usize = 64;

/// Why a report's own file is not to be saved over: save as another file instead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadOnly {
    /// The file itself is read-only.
    File,
    /// Another chitieu window has the file open.
    OpenElsewhere,
}

impl Session {
    /// A session on `report`, read from `path` (`None`: the embedded report), unchanged.
    pub fn new(report: Report, path: Option<PathBuf>) -> Self {
        let derived = Derived::compute(&report);
        Self {
            report: Arc::new(report),
            derived,
            history: History::default(),
            generation: 0,
            path,
            saved_state: 0,
            unsaved_from_start: false,
            fingerprint: None,
            read_only: None,
            changes: VecDeque::new(),
        }
    }

    /// A session on a report read from its file, remembering the file as read (to tell
    /// an outside change before saving) and whether it is read-only. A report whose
    /// texts were cleaned while read ([`io::Loaded::cleaned`]) is unsaved from the
    /// start: it differs from its file until saved.
    pub fn opened(loaded: io::Loaded) -> Self {
        let mut session = Self::new(loaded.report, Some(loaded.path));
        session.fingerprint = Some(loaded.fingerprint);
        session.read_only = loaded.read_only.then_some(ReadOnly::File);
        session.unsaved_from_start = !loaded.cleaned.is_empty();
        session
    }

    /// A session on a report that is not saved anywhere yet, although it may name its
    /// file (edits restored after a crash, a new period made from the last one): unsaved
    /// until saved.
    pub fn unsaved(report: Report, path: Option<PathBuf>) -> Self {
        let mut session = Self::new(report, path);
        session.unsaved_from_start = true;
        session
    }

    /// Puts `other` in this session's place (another file opened, edits restored),
    /// keeping the generation counting up so every view refreshes.
    pub fn replace(&mut self, other: Self) {
        let generation = self.generation + 1;
        *self = other;
        self.generation = generation;
        // Its changes were counted in its own generations: none of them says what
        // changed since a generation of the report it replaces.
        self.changes.clear();
    }

    /// The positions of the indicators whose figures changed since `generation`, when
    /// only figures of known indicators did; `None` when anything may have changed (a
    /// change of structure, another report, or too long ago to tell).
    pub fn changed_since(&self, generation: u64) -> Option<Vec<usize>> {
        let needed = usize::try_from(self.generation.checked_sub(generation)?).ok()?;
        let recent: Vec<&Option<Vec<usize>>> = self
            .changes
            .iter()
            .filter(|(g, _)| *g > generation)
            .map(|(_, c)| c)
            .collect();
        if recent.len() < needed {
            return None;
        }
        let mut changed = Vec::new();
        for positions in recent {
            changed.extend_from_slice(positions.as_deref()?);
        }
        changed.sort_unstable();
        changed.dedup();
        Some(changed)
    }

    /// The report as it is now, edits included.
    pub fn report(&self) -> &Report {
        &self.report
    }

    /// The report, shared, for work on another thread.
    pub fn shared_report(&self) -> Arc<Report> {
        Arc::clone(&self.report)
    }

    /// The computed figures, findings and tree of the report as it is now.
    pub fn derived(&self) -> &Derived {
        &self.derived
    }

    /// The edits of this session.
    pub fn history(&self) -> &History {
        &self.history
    }

    /// Changes whenever the report changes.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// The report's file, if it has one.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The file's name, or the embedded report's, for titles and messages.
    pub fn display_name(&self) -> String {
        match &self.path {
            Some(p) => file_name(p),
            None => io::EMBEDDED_NAME.to_owned(),
        }
    }

    /// The report's name for the window's title and the status bar, in `lang`: its
    /// file, or for a report made here and never saved, "Báo cáo mới 2025-H1 (chưa
    /// lưu)" — never the file it was made from.
    pub fn display_name_in(&self, lang: crate::model::Lang) -> String {
        if self.path.is_none() && self.unsaved_from_start {
            crate::i18n::Message::tr(
                &crate::i18n::SessionMessage::NewReport(self.report.period),
                lang,
            )
        } else {
            self.display_name()
        }
    }

    /// True when there are changes not yet saved.
    pub fn is_dirty(&self) -> bool {
        self.unsaved_from_start || self.history.state_id() != self.saved_state
    }

    /// The state of the edits now, to hand to a save under way and give back to
    /// [`Self::mark_saved`] once it is done.
    pub fn state_id(&self) -> u64 {
        self.history.state_id()
    }

    /// Records that the report as it was at `state` was saved to `path`, which becomes
    /// its file, written as `fingerprint`. Edits made since then stay unsaved.
    pub fn mark_saved(&mut self, path: PathBuf, state: u64, fingerprint: Option<io::Fingerprint>) {
        if self.path.as_deref() != Some(path.as_path()) {
            // Another file: whatever kept the old one from being saved over does not hold.
            self.read_only = None;
        }
        self.path = Some(path);
        self.saved_state = state;
        self.unsaved_from_start = false;
        self.fingerprint = fingerprint;
    }

    /// The file as read or last saved, if the report has a file.
    pub fn fingerprint(&self) -> Option<&io::Fingerprint> {
        self.fingerprint.as_ref()
    }

    /// Remembers the file as it was before the edits restored from a recovery file.
    pub fn set_fingerprint(&mut self, fingerprint: Option<io::Fingerprint>) {
        self.fingerprint = fingerprint;
    }

    /// Why the report's own file is not to be saved over, if it is not.
    pub fn read_only(&self) -> Option<ReadOnly> {
        self.read_only
    }

    /// Marks the report's own file as not to be saved over (or lifts it).
    pub fn set_read_only(&mut self, read_only: Option<ReadOnly>) {
        self.read_only = read_only;
    }

    /// The indicator with this id (through the index, not a scan).
    pub fn indicator(&self, id: &IndicatorId) -> Option<&Indicator> {
        self.position(id)
            .and_then(|i| self.report.indicators.get(i))
    }

    /// The position of the indicator with this id in `report().indicators`.
    pub fn position(&self, id: &IndicatorId) -> Option<usize> {
        self.derived.index.get(id).copied()
    }

    /// The task with this id.
    pub fn task(&self, id: &TaskId) -> Option<&Task> {
        self.report.tasks.iter().find(|t| &t.id == id)
    }

    /// True when the indicator is in `section` or one of its subsections.
    pub fn section_holds(&self, section: &SectionId, id: &IndicatorId) -> bool {
        self.indicator(id).is_some_and(|i| {
            self.derived
                .section_and_descendants(&self.report, section)
                .contains(&i.section)
        })
    }

    /// Applies `edit` and records it for undo; false when it changes nothing or names
    /// something the report does not have. An edit that makes an indicator's actual and
    /// growth both known where it has no figure for last year also sets that figure,
    /// derived from them, in the same step ([`anchored`]).
    pub fn apply(&mut self, edit: Edit) -> bool {
        let edit = anchored(edit, |id| self.indicator(id));
        let changed = edit.clone();
        if self.history.apply(Arc::make_mut(&mut self.report), edit) {
            self.edited(&changed);
            true
        } else {
            false
        }
    }

    /// Undoes the last edit; false when there is none.
    pub fn undo(&mut self) -> bool {
        let Some(edit) = self.history.undo(Arc::make_mut(&mut self.report)).cloned() else {
            return false;
        };
        self.edited(&edit);
        true
    }

    /// Redoes the last undone edit; false when there is none.
    pub fn redo(&mut self) -> bool {
        let Some(edit) = self.history.redo(Arc::make_mut(&mut self.report)).cloned() else {
            return false;
        };
        self.edited(&edit);
        true
    }

    /// Brings the computed state up to date after `edit` (made, undone or redone):
    /// only what figures of single indicators can change is recomputed, unless the
    /// structure changed.
    fn edited(&mut self, edit: &Edit) {
        let changed = if edit.is_structural() {
            // Positions, the tree and the counts all change: compute them anew.
            self.derived = Derived::compute(&self.report);
            None
        } else {
            let mut changed = Vec::new();
            self.update_figures(edit, &mut changed);
            Some(changed)
        };
        self.moved_on(changed);
    }

    /// A new generation, remembering which indicators' figures it changed (`None`:
    /// anything may have).
    fn moved_on(&mut self, changed: Option<Vec<usize>>) {
        // Notes and tasks change no figure; the views still refresh.
        self.generation += 1;
        if self.changes.len() == CHANGES_KEPT {
            self.changes.pop_front();
        }
        self.changes.push_back((self.generation, changed));
    }

    /// Brings the figures `edit` touched up to date, all at once however many they
    /// are; their positions go to `changed`.
    fn update_figures(&mut self, edit: &Edit, changed: &mut Vec<usize>) {
        self.positions_of_figures(edit, changed);
        self.derived.update_indicators(&self.report, changed);
    }

    /// The positions of the indicators whose figures `edit` changes.
    fn positions_of_figures(&self, edit: &Edit, changed: &mut Vec<usize>) {
        match edit {
            Edit::Value { id, .. } => changed.extend(self.position(id)),
            Edit::Batch(edits) => {
                for edit in edits {
                    self.positions_of_figures(edit, changed);
                }
            }
            _ => {}
        }
    }
}

pub use edits::Pasted;
pub use prepared::Prepared;
pub use structure::{Orphans, StructureError};

/// A path's file name, for messages.
pub fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::metrics::Status;
    use crate::model::Field;

    fn embedded() -> Session {
        Session::new(io::embedded().unwrap(), None)
    }

    fn id(s: &str) -> IndicatorId {
        IndicatorId(s.into())
    }

    #[test]
    fn the_session_tells_which_indicators_changed_since_a_generation() {
        let mut s = embedded();
        let start = s.generation();
        assert_eq!(s.changed_since(start), Some(vec![]));
        let (a, b) = (id("budget_revenue_total"), id("grdp_growth"));
        let (ia, ib) = (s.position(&a).unwrap(), s.position(&b).unwrap());
        s.set_value(a.clone(), Field::AnnualTarget, Some(1.0));
        let after_a = s.generation();
        s.set_value(b.clone(), Field::Actual, Some(9.0));
        assert_eq!(s.changed_since(after_a), Some(vec![ib]));
        let mut both = vec![ia, ib];
        both.sort_unstable();
        assert_eq!(s.changed_since(start), Some(both));
        // Undo is a change of the same indicator.
        let before_undo = s.generation();
        s.undo();
        assert_eq!(s.changed_since(before_undo), Some(vec![ib]));
        // A note changes no figure.
        let before_note = s.generation();
        s.set_note(a.clone(), "x".into());
        assert_eq!(s.changed_since(before_note), Some(vec![]));
        // A change of structure: anything may have changed.
        let before_move = s.generation();
        s.move_indicator(&a, false).unwrap();
        assert_eq!(s.changed_since(before_move), None);
        assert_eq!(s.changed_since(start), None);
        // Too long ago to tell.
        let mut s = embedded();
        for k in 0..100 {
            s.set_value(a.clone(), Field::Target, Some(f64::from(k)));
        }
        assert_eq!(s.changed_since(0), None);
        assert_eq!(s.changed_since(s.generation() - 1), Some(vec![ia]));
        // Another report in its place, even one with edits of its own (counted in
        // its own generations, which a fresh session's are below).
        let mut s = embedded();
        let g = s.generation();
        let mut other = embedded();
        for k in 0..10 {
            other.set_value(b.clone(), Field::Target, Some(f64::from(k)));
        }
        s.replace(other);
        assert_eq!(s.changed_since(g), None);
    }

    #[test]
    fn an_edit_moves_the_computed_figures_and_undo_brings_them_back() {
        let mut s = embedded();
        let revenue = id("budget_revenue_total");
        let i = s.position(&revenue).unwrap();
        let before = s.derived().metrics[i];
        let generation = s.generation();
        assert!(!s.is_dirty());

        // Half the annual estimate: 14.283,5 is then far more than the year's pace.
        assert!(s.set_value(revenue.clone(), Field::AnnualTarget, Some(10_000.0)));
        assert!(s.is_dirty());
        assert!(s.generation() > generation);
        let after = s.derived().metrics[i];
        assert_ne!(after, before);
        assert_eq!(after.status(), Some(Status::Met));
        let pct = after.annual_achievement_pct.unwrap();
        assert!((pct - 142.835).abs() < 1e-9, "{pct}");

        assert!(s.undo());
        assert!(!s.is_dirty(), "undone back to the file is clean");
        assert_eq!(s.derived().metrics[i], before);
        assert!(s.redo());
        assert_eq!(s.derived().metrics[i], after);
    }

    #[test]
    fn the_incremental_update_equals_a_full_recompute() {
        let mut s = embedded();
        s.set_value(id("budget_revenue_domestic"), Field::Actual, Some(20_000.0));
        s.set_value(id("grdp_growth"), Field::YoyGrowthPct, Some(3.0));
        s.undo();
        let full = Derived::compute(s.report());
        assert_eq!(s.derived().metrics, full.metrics);
        assert_eq!(s.derived().behind_total, full.behind_total);
        let mut a: Vec<String> = s.derived().findings.iter().map(|f| f.line()).collect();
        let mut b: Vec<String> = full.findings.iter().map(|f| f.line()).collect();
        a.sort();
        b.sort();
        assert_eq!(a, b);
    }

    /// The session's computed figures against a full recompute of its report.
    fn assert_up_to_date(s: &Session) {
        let full = Derived::compute(s.report());
        assert_eq!(s.derived().metrics, full.metrics);
        assert_eq!(s.derived().behind_total, full.behind_total);
        assert_eq!(s.derived().behind_in_section, full.behind_in_section);
        let mut a: Vec<String> = s.derived().findings.iter().map(|f| f.line()).collect();
        let mut b: Vec<String> = full.findings.iter().map(|f| f.line()).collect();
        a.sort();
        b.sort();
        assert_eq!(a, b);
        for (i, _) in s.report().indicators.iter().enumerate() {
            let mut mine: Vec<String> = s.derived().findings_about(i).map(|f| f.line()).collect();
            let mut theirs: Vec<String> = full.findings_about(i).map(|f| f.line()).collect();
            mine.sort();
            theirs.sort();
            assert_eq!(mine, theirs, "findings about indicator {i}");
        }
    }

    /// An import into a report of another office's shape: every third indicator's actual
    /// and every fifth's annual target changed, one step.
    fn large_import(report: &Report) -> Edit {
        let mut edits = Vec::new();
        for (k, ind) in report.indicators.iter().enumerate() {
            if k % 3 == 0 {
                edits.push(Edit::Value {
                    id: ind.id.clone(),
                    field: Field::Actual,
                    before: ind.value(Field::Actual),
                    after: Some(ind.actual.unwrap_or(1.0) * 0.5),
                });
            }
            // A figure of a target the indicator has: undoing a value given to a target
            // it has not leaves the target, empty (`Indicator::set_value`).
            if k % 5 == 0 && ind.annual_target.is_some() {
                edits.push(Edit::Value {
                    id: ind.id.clone(),
                    field: Field::AnnualTarget,
                    before: ind.value(Field::AnnualTarget),
                    after: Some(123.0),
                });
            }
        }
        Edit::Batch(edits)
    }

    #[test]
    fn a_large_batch_updates_the_figures_as_a_full_recompute_would() {
        let report = crate::generate::report(1_200, 3);
        let mut s = Session::new(report.clone(), None);
        let edit = large_import(&report);
        assert!(s.apply(edit));
        assert_up_to_date(&s);
        let changed = s.changed_since(0).unwrap();
        let Edit::Batch(edits) = large_import(&report) else {
            unreachable!()
        };
        let mut named: Vec<&IndicatorId> = edits.iter().filter_map(Edit::indicator).collect();
        named.sort();
        named.dedup();
        assert_eq!(changed.len(), named.len());
        assert!(changed.len() > 400, "{}", changed.len());
        assert!(s.undo());
        assert!(s.report() == &report, "undone");
        assert_up_to_date(&s);
        assert!(s.redo());
        assert_up_to_date(&s);
    }

    #[test]
    fn an_edit_prepared_beside_the_session_is_adopted_as_one_step() {
        let report = crate::generate::report(800, 4);
        let edit = large_import(&report);
        let mut applied = Session::new(report.clone(), None);
        assert!(applied.apply(edit.clone()));

        let mut s = Session::new(report.clone(), None);
        let prepared = Prepared::new(&s.shared_report(), s.generation(), edit).unwrap();
        assert!(s.report() == &report, "preparing changes nothing");
        assert!(s.adopt(prepared));
        assert!(s.report() == applied.report(), "adopted as applied");
        assert_eq!(s.history().done().len(), 1);
        assert!(s.is_dirty());
        assert_up_to_date(&s);
        assert_eq!(s.changed_since(0), applied.changed_since(0));
        assert!(s.undo());
        assert!(s.report() == &report, "undone");
        assert!(!s.is_dirty());

        // Prepared from a report that has changed since: refused, nothing changed.
        let stale =
            Prepared::new(&s.shared_report(), s.generation(), large_import(&report)).unwrap();
        assert!(s.set_value(
            report.indicators[1].id.clone(),
            Field::Target,
            Some(987_654.0)
        ));
        let before = s.report().clone();
        assert!(!s.adopt(stale));
        assert!(s.report() == &before, "refused");
        // An edit that changes nothing is nothing to adopt.
        assert!(Prepared::new(&report, 0, Edit::Batch(Vec::new())).is_none());
    }

    #[test]
    fn saving_marks_the_state_saved_and_later_edits_unsaved() {
        let mut s = embedded();
        s.set_note(id("grdp_growth"), "checked".into());
        let state = s.state_id();
        s.set_note(id("grdp_growth"), "checked twice".into());
        s.mark_saved(PathBuf::from("/tmp/r.ron"), state, None);
        assert!(s.is_dirty(), "the second note came after the save began");
        s.undo();
        assert!(!s.is_dirty());
        assert_eq!(s.path(), Some(Path::new("/tmp/r.ron")));
        assert_eq!(s.display_name(), "r.ron");
    }

    #[test]
    fn an_unsaved_session_stays_dirty_until_saved() {
        let mut s = Session::unsaved(io::embedded().unwrap(), None);
        assert!(s.is_dirty());
        let state = s.state_id();
        s.mark_saved(PathBuf::from("/tmp/r.ron"), state, None);
        assert!(!s.is_dirty());
    }

    #[test]
    fn replacing_keeps_the_generation_counting_up() {
        let mut s = embedded();
        s.set_note(id("grdp_growth"), "x".into());
        let generation = s.generation();
        s.replace(Session::new(io::embedded().unwrap(), None));
        assert!(s.generation() > generation);
        assert!(!s.history().can_undo());
    }
}
