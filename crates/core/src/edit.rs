//! Edits of a report and their history, for undo and redo.
//!
//! Every change the user makes is an [`Edit`] that knows its value before and after,
//! so undoing is applying it backwards. This is lighter than snapshotting the whole
//! report (egui's `Undoer` keeps copies of the state, which for a report of 100 000
//! indicators would be megabytes an edit), keeps every step as far back as the session
//! goes, and gives each indicator its own history of changes for free.

use rustc_hash::FxHashMap;

use crate::model::{Field, Indicator, IndicatorId, Report, Section, Task, TaskId, TaskStatus};

/// One change to a report.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// A figure of an indicator changed.
    Value {
        /// The indicator.
        id: IndicatorId,
        /// Which figure.
        field: Field,
        /// Its value before.
        before: Option<f64>,
        /// Its value after.
        after: Option<f64>,
    },
    /// An indicator's note changed.
    Note {
        /// The indicator.
        id: IndicatorId,
        /// The note before.
        before: String,
        /// The note after.
        after: String,
    },
    /// A task's status changed.
    TaskStatus {
        /// The task's id.
        id: TaskId,
        /// The status before.
        before: TaskStatus,
        /// The status after.
        after: TaskStatus,
    },
    /// A task's note changed.
    TaskNote {
        /// The task's id.
        id: TaskId,
        /// The note before.
        before: String,
        /// The note after.
        after: String,
    },
    /// An indicator was added at this position of the list.
    InsertIndicator {
        /// Its position in `report.indicators`.
        at: usize,
        /// The indicator.
        indicator: Box<Indicator>,
    },
    /// The indicator at this position was removed.
    RemoveIndicator {
        /// Its position in `report.indicators`.
        at: usize,
        /// The indicator as it was.
        indicator: Box<Indicator>,
    },
    /// An indicator's description changed (name, unit, kind, section, total, code…);
    /// its id stays.
    ReplaceIndicator {
        /// The indicator before.
        before: Box<Indicator>,
        /// The indicator after.
        after: Box<Indicator>,
    },
    /// An indicator moved within the list (the order of the table and the exports).
    MoveIndicator {
        /// Its position before.
        from: usize,
        /// Its position after.
        to: usize,
    },
    /// A section was added at this position of the list.
    InsertSection {
        /// Its position in `report.sections`.
        at: usize,
        /// The section.
        section: Section,
    },
    /// The section at this position was removed.
    RemoveSection {
        /// Its position in `report.sections`.
        at: usize,
        /// The section as it was.
        section: Section,
    },
    /// A section's number, title or enclosing section changed; its id stays.
    ReplaceSection {
        /// The section before.
        before: Section,
        /// The section after.
        after: Section,
    },
    /// A task was added at this position of the list (one of the report's own).
    InsertTask {
        /// Its position in `report.tasks`.
        at: usize,
        /// The task.
        task: Box<Task>,
    },
    /// The task at this position was removed.
    RemoveTask {
        /// Its position in `report.tasks`.
        at: usize,
        /// The task as it was.
        task: Box<Task>,
    },
    /// Several edits made as one step (an import, a paste, a delete with its parts):
    /// undone and redone together.
    Batch(Vec<Edit>),
}

impl Edit {
    /// The edit that undoes this one.
    pub fn inverse(&self) -> Self {
        match self.clone() {
            Self::Value {
                id,
                field,
                before,
                after,
            } => Self::Value {
                id,
                field,
                before: after,
                after: before,
            },
            Self::Note { id, before, after } => Self::Note {
                id,
                before: after,
                after: before,
            },
            Self::TaskStatus { id, before, after } => Self::TaskStatus {
                id,
                before: after,
                after: before,
            },
            Self::TaskNote { id, before, after } => Self::TaskNote {
                id,
                before: after,
                after: before,
            },
            Self::InsertIndicator { at, indicator } => Self::RemoveIndicator { at, indicator },
            Self::RemoveIndicator { at, indicator } => Self::InsertIndicator { at, indicator },
            Self::ReplaceIndicator { before, after } => Self::ReplaceIndicator {
                before: after,
                after: before,
            },
            Self::MoveIndicator { from, to } => Self::MoveIndicator { from: to, to: from },
            Self::InsertTask { at, task } => Self::RemoveTask { at, task },
            Self::RemoveTask { at, task } => Self::InsertTask { at, task },
            Self::InsertSection { at, section } => Self::RemoveSection { at, section },
            Self::RemoveSection { at, section } => Self::InsertSection { at, section },
            Self::ReplaceSection { before, after } => Self::ReplaceSection {
                before: after,
                after: before,
            },
            Self::Batch(edits) => Self::Batch(edits.iter().rev().map(Self::inverse).collect()),
        }
    }

    /// True when the edit changes the report's structure (its indicators or sections,
    /// not only their figures and notes): everything computed from it must be redone.
    pub fn is_structural(&self) -> bool {
        match self {
            Self::Value { .. }
            | Self::Note { .. }
            | Self::TaskStatus { .. }
            | Self::TaskNote { .. } => false,
            Self::Batch(edits) => edits.iter().any(Self::is_structural),
            _ => true,
        }
    }

    /// The indicator the edit is about, if it is about one.
    pub fn indicator(&self) -> Option<&IndicatorId> {
        match self {
            Self::Value { id, .. } | Self::Note { id, .. } => Some(id),
            Self::InsertIndicator { indicator, .. } | Self::RemoveIndicator { indicator, .. } => {
                Some(&indicator.id)
            }
            Self::ReplaceIndicator { after, .. } => Some(&after.id),
            _ => None,
        }
    }

    /// Applies the edit to `report`; false if what it names is not in the report.
    pub fn apply(&self, report: &mut Report) -> bool {
        match self {
            Self::Value {
                id, field, after, ..
            } => report
                .indicator_mut(id)
                .map(|i| i.set_value(*field, *after))
                .is_some(),
            Self::Note { id, after, .. } => report
                .indicator_mut(id)
                .map(|i| i.note.clone_from(after))
                .is_some(),
            Self::TaskStatus { id, after, .. } => report
                .tasks
                .iter_mut()
                .find(|t| &t.id == id)
                .map(|t| t.status = *after)
                .is_some(),
            Self::TaskNote { id, after, .. } => report
                .tasks
                .iter_mut()
                .find(|t| &t.id == id)
                .map(|t| t.note.clone_from(after))
                .is_some(),
            Self::InsertIndicator { at, indicator } => {
                let fits = *at <= report.indicators.len();
                if fits {
                    report.indicators.insert(*at, (**indicator).clone());
                }
                fits
            }
            Self::RemoveIndicator { at, indicator } => {
                let here = report
                    .indicators
                    .get(*at)
                    .is_some_and(|i| i.id == indicator.id);
                if here {
                    report.indicators.remove(*at);
                }
                here
            }
            Self::ReplaceIndicator { before, after } => report
                .indicator_mut(&before.id)
                .map(|i| *i = (**after).clone())
                .is_some(),
            Self::MoveIndicator { from, to } => {
                let n = report.indicators.len();
                let fits = *from < n && *to < n;
                if fits {
                    let moved = report.indicators.remove(*from);
                    report.indicators.insert(*to, moved);
                }
                fits
            }
            Self::InsertTask { at, task } => {
                let fits = *at <= report.tasks.len();
                if fits {
                    report.tasks.insert(*at, (**task).clone());
                }
                fits
            }
            Self::RemoveTask { at, task } => {
                let here = report.tasks.get(*at).is_some_and(|t| t.id == task.id);
                if here {
                    report.tasks.remove(*at);
                }
                here
            }
            Self::InsertSection { at, section } => {
                let fits = *at <= report.sections.len();
                if fits {
                    report.sections.insert(*at, section.clone());
                }
                fits
            }
            Self::RemoveSection { at, section } => {
                let here = report.sections.get(*at).is_some_and(|s| s.id == section.id);
                if here {
                    report.sections.remove(*at);
                }
                here
            }
            Self::ReplaceSection { before, after } => report
                .sections
                .iter_mut()
                .find(|s| s.id == before.id)
                .map(|s| *s = after.clone())
                .is_some(),
            Self::Batch(edits) if edits.len() >= INDEXED_BATCH && !self.is_structural() => {
                apply_figures(edits, report)
            }
            Self::Batch(edits) => {
                for (done, edit) in edits.iter().enumerate() {
                    if !edit.apply(report) {
                        // All or nothing: take back what was applied.
                        for applied in edits.iter().take(done).rev() {
                            applied.inverse().apply(report);
                        }
                        return false;
                    }
                }
                true
            }
        }
    }

    /// True when the edit changes nothing.
    pub fn is_no_op(&self) -> bool {
        match self {
            Self::Value { before, after, .. } => {
                before.map(f64::to_bits) == after.map(f64::to_bits)
            }
            Self::Note { before, after, .. } | Self::TaskNote { before, after, .. } => {
                before == after
            }
            Self::TaskStatus { before, after, .. } => before == after,
            Self::ReplaceIndicator { before, after } => before == after,
            Self::ReplaceSection { before, after } => before == after,
            Self::MoveIndicator { from, to } => from == to,
            Self::InsertIndicator { .. }
            | Self::RemoveIndicator { .. }
            | Self::InsertTask { .. }
            | Self::RemoveTask { .. }
            | Self::InsertSection { .. }
            | Self::RemoveSection { .. } => false,
            Self::Batch(edits) => edits.iter().all(Self::is_no_op),
        }
    }
}

/// A batch of edits of figures this long or longer finds its indicators through an
/// index made once, not a scan of the report for each edit (an import of 95 000 figures
/// took 55 s that way).
const INDEXED_BATCH: usize = 16;

/// Applies `edits`, none of which moves an indicator (figures, notes, tasks), finding
/// each indicator through an index of the ids they name, made in one pass over the
/// report: linear in the report and the batch. All or nothing, as a batch is: false,
/// with the report as it was, if one of them names what the report does not have.
fn apply_figures(edits: &[Edit], report: &mut Report) -> bool {
    // The first indicator with the id, as `Report::indicator_mut` finds it.
    let mut positions: FxHashMap<&IndicatorId, Option<usize>> = edits
        .iter()
        .filter_map(Edit::indicator)
        .map(|id| (id, None))
        .collect();
    for (i, ind) in report.indicators.iter().enumerate() {
        if let Some(slot @ None) = positions.get_mut(&ind.id) {
            *slot = Some(i);
        }
    }
    for (done, edit) in edits.iter().enumerate() {
        let found = |id: &IndicatorId| positions.get(id).copied().flatten();
        let applied = match edit {
            Edit::Value {
                id, field, after, ..
            } => found(id)
                .and_then(|i| report.indicators.get_mut(i))
                .map(|i| i.set_value(*field, *after))
                .is_some(),
            Edit::Note { id, after, .. } => found(id)
                .and_then(|i| report.indicators.get_mut(i))
                .map(|i| i.note.clone_from(after))
                .is_some(),
            other => other.apply(report),
        };
        if !applied {
            // All or nothing: take back what was applied, the same way.
            let back: Vec<Edit> = edits.iter().take(done).rev().map(Edit::inverse).collect();
            apply_figures(&back, report);
            return false;
        }
    }
    true
}

/// An edit as it was made, with a serial number that identifies the state it led to.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    /// The edit.
    pub edit: Edit,
    /// Unique within a [`History`]; never reused.
    pub serial: u64,
}

/// The edits of a session: what can be undone and what can be redone.
#[derive(Clone, Debug, Default)]
pub struct History {
    done: Vec<Step>,
    undone: Vec<Step>,
    next_serial: u64,
}

impl History {
    /// Applies `edit` to `report` and records it; a new edit clears what could be redone.
    /// Returns false (and records nothing) when the edit changes nothing or names
    /// something the report does not have.
    pub fn apply(&mut self, report: &mut Report, edit: Edit) -> bool {
        if edit.is_no_op() || !edit.apply(report) {
            return false;
        }
        self.record(edit);
        true
    }

    /// Records `edit`, already applied to the report (on a copy, beside the window), as
    /// [`Self::apply`] would have: a new state, and nothing left to redo.
    pub fn record(&mut self, edit: Edit) {
        self.next_serial += 1;
        self.done.push(Step {
            edit,
            serial: self.next_serial,
        });
        self.undone.clear();
    }

    /// Undoes the last edit; returns it, or `None` when there is nothing to undo.
    pub fn undo(&mut self, report: &mut Report) -> Option<&Edit> {
        let step = self.done.pop()?;
        step.edit.inverse().apply(report);
        self.undone.push(step);
        self.undone.last().map(|s| &s.edit)
    }

    /// Redoes the last undone edit; returns it, or `None` when there is nothing to redo.
    pub fn redo(&mut self, report: &mut Report) -> Option<&Edit> {
        let step = self.undone.pop()?;
        step.edit.apply(report);
        self.done.push(step);
        self.done.last().map(|s| &s.edit)
    }

    /// True when there is an edit to undo.
    pub fn can_undo(&self) -> bool {
        !self.done.is_empty()
    }

    /// True when there is an edit to redo.
    pub fn can_redo(&self) -> bool {
        !self.undone.is_empty()
    }

    /// Identifies the current state: equal before and after a round of undo and redo,
    /// different after any new edit. Compare with the value at the last save to know
    /// whether there are unsaved changes.
    pub fn state_id(&self) -> u64 {
        self.done.last().map_or(0, |s| s.serial)
    }

    /// The edits in effect, oldest first.
    pub fn done(&self) -> &[Step] {
        &self.done
    }

    /// The edits in effect on indicator `id`, oldest first.
    pub fn of_indicator<'a>(&'a self, id: &'a IndicatorId) -> impl Iterator<Item = &'a Edit> + 'a {
        self.done
            .iter()
            .map(|s| &s.edit)
            .filter(move |e| e.indicator() == Some(id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io;

    fn target_edit(report: &Report, id: &str, after: f64) -> Edit {
        let id = IndicatorId(id.into());
        let before = report
            .indicator(&id)
            .and_then(|i| i.value(Field::AnnualTarget));
        Edit::Value {
            id,
            field: Field::AnnualTarget,
            before,
            after: Some(after),
        }
    }

    #[test]
    fn undo_and_redo_go_back_and_forth_through_every_edit() {
        let mut report = io::embedded().unwrap();
        let original = report.clone();
        let mut history = History::default();
        assert_eq!(history.state_id(), 0);
        let e1 = target_edit(&report, "budget_revenue_total", 20000.0);
        assert!(history.apply(&mut report, e1));
        let e2 = target_edit(&report, "budget_revenue_total", 21000.0);
        assert!(history.apply(&mut report, e2));
        let after_two = report.clone();
        let id_two = history.state_id();

        history.undo(&mut report);
        history.undo(&mut report);
        assert_eq!(
            report, original,
            "undo restores the report, revision marks included"
        );
        assert!(history.undo(&mut report).is_none());
        assert_eq!(history.state_id(), 0);

        history.redo(&mut report);
        history.redo(&mut report);
        assert_eq!(report, after_two);
        assert_eq!(history.state_id(), id_two);
        assert!(!history.can_redo());
    }

    #[test]
    fn a_new_edit_after_undo_is_a_new_state() {
        let mut report = io::embedded().unwrap();
        let mut history = History::default();
        let e1 = target_edit(&report, "budget_spending_total", 1.0);
        history.apply(&mut report, e1);
        let saved = history.state_id();
        history.undo(&mut report);
        let e2 = target_edit(&report, "budget_spending_total", 1.0);
        history.apply(&mut report, e2);
        assert_ne!(
            history.state_id(),
            saved,
            "same content, but a different history"
        );
        assert!(!history.can_redo());
    }

    #[test]
    fn no_ops_and_unknown_targets_are_not_recorded() {
        let mut report = io::embedded().unwrap();
        let mut history = History::default();
        let same = target_edit(&report, "budget_revenue_total", 19647.2);
        assert!(!history.apply(&mut report, same));
        let unknown = Edit::Note {
            id: IndicatorId("no_such".into()),
            before: String::new(),
            after: "x".into(),
        };
        assert!(!history.apply(&mut report, unknown));
        assert!(!history.can_undo());
    }

    #[test]
    fn each_indicator_has_its_own_history() {
        let mut report = io::embedded().unwrap();
        let mut history = History::default();
        let a = target_edit(&report, "budget_revenue_total", 1.0);
        history.apply(&mut report, a);
        let b = target_edit(&report, "budget_spending_total", 2.0);
        history.apply(&mut report, b);
        let id = IndicatorId("budget_revenue_total".into());
        assert_eq!(history.of_indicator(&id).count(), 1);
    }

    #[test]
    fn a_long_batch_applies_as_its_edits_one_by_one_and_all_or_nothing() {
        let report = crate::generate::report(600, 2);
        let mut edits: Vec<Edit> = report
            .indicators
            .iter()
            .step_by(7)
            .map(|ind| Edit::Value {
                id: ind.id.clone(),
                field: Field::YoyGrowthPct,
                before: ind.value(Field::YoyGrowthPct),
                after: Some(4.5),
            })
            .collect();
        let noted = report.indicators[10].id.clone();
        edits.push(Edit::Note {
            id: noted.clone(),
            before: report.indicators[10].note.clone(),
            after: "đã nhập".into(),
        });
        assert!(edits.len() >= INDEXED_BATCH);

        let mut one_by_one = report.clone();
        for edit in &edits {
            assert!(edit.apply(&mut one_by_one));
        }
        let mut batched = report.clone();
        assert!(Edit::Batch(edits.clone()).apply(&mut batched));
        assert!(batched == one_by_one, "batched as one by one");
        assert_eq!(batched.indicator(&noted).unwrap().note, "đã nhập");
        assert!(Edit::Batch(edits.clone()).inverse().apply(&mut batched));
        assert!(batched == report, "undone");

        // One unknown indicator at the end: nothing of the batch is kept.
        edits.push(Edit::Value {
            id: IndicatorId("không_có".into()),
            field: Field::Actual,
            before: None,
            after: Some(1.0),
        });
        let mut refused = report.clone();
        assert!(!Edit::Batch(edits).apply(&mut refused));
        assert!(refused == report, "nothing kept");
    }

    #[test]
    fn task_status_and_notes_undo_too() {
        let mut report = io::embedded().unwrap();
        let mut history = History::default();
        let id = report.tasks[0].id.clone();
        history.apply(
            &mut report,
            Edit::TaskStatus {
                id: id.clone(),
                before: TaskStatus::NotStarted,
                after: TaskStatus::Done,
            },
        );
        assert_eq!(report.tasks[0].status, TaskStatus::Done);
        history.undo(&mut report);
        assert_eq!(report.tasks[0].status, TaskStatus::NotStarted);
    }
}
