//! The edits a user makes one at a time, each built with its value before: a figure
//! typed or reset, a note, a task's status, note or a new task, and a column pasted
//! from a spreadsheet (one step, refused cell by cell).

use crate::edit::Edit;
use crate::model::text;
use crate::model::{Field, IndicatorId, TaskId, TaskStatus};

use super::Session;

impl Session {
    /// Sets a figure of an indicator (`None` clears it).
    /// Refused (false) for a growth where the actual and last year's figure are both
    /// known: the growth follows them ([`crate::entry::editable`]).
    pub fn set_value(&mut self, id: IndicatorId, field: Field, value: Option<f64>) -> bool {
        let Some(ind) = self.indicator(&id) else {
            return false;
        };
        if crate::entry::editable(ind, field).is_err() {
            return false;
        }
        let before = ind.stored(field);
        self.apply(Edit::Value {
            id,
            field,
            before,
            after: value,
        })
    }

    /// Puts a figure back to the report's own value; false when it was not revised.
    pub fn reset_value(&mut self, id: IndicatorId, field: Field) -> bool {
        let Some(ind) = self.indicator(&id).filter(|i| i.is_revised(field)) else {
            return false;
        };
        let (before, after) = (ind.stored(field), ind.report_value(field));
        self.apply(Edit::Value {
            id,
            field,
            before,
            after,
        })
    }

    /// Sets an indicator's note, cleaned first ([`text::clean`], its lines kept).
    pub fn set_note(&mut self, id: IndicatorId, note: String) -> bool {
        let note = clean_note(note);
        let Some(before) = self.indicator(&id).map(|i| i.note.clone()) else {
            return false;
        };
        self.apply(Edit::Note {
            id,
            before,
            after: note,
        })
    }

    /// Sets a task's status.
    pub fn set_task_status(&mut self, id: TaskId, status: TaskStatus) -> bool {
        let Some(before) = self.task(&id).map(|t| t.status) else {
            return false;
        };
        self.apply(Edit::TaskStatus {
            id,
            before,
            after: status,
        })
    }

    /// Sets a task's note, cleaned first ([`text::clean`], its lines kept).
    pub fn set_task_note(&mut self, id: TaskId, note: String) -> bool {
        let note = clean_note(note);
        let Some(before) = self.task(&id).map(|t| t.note.clone()) else {
            return false;
        };
        self.apply(Edit::TaskNote {
            id,
            before,
            after: note,
        })
    }

    /// Adds a task of the report's own (not one carried from the last report) with
    /// `title`, numbered after the last of its own, as one undoable step. Returns its
    /// id; `None` for an empty title.
    pub fn add_task(&mut self, title: &str) -> Option<TaskId> {
        let title = text::clean(title, text::Shape::Line).text;
        let title = title.trim();
        if title.is_empty() {
            return None;
        }
        let tasks = &self.report.tasks;
        let id = (tasks.len() + 1..)
            .map(|n| TaskId(format!("task_{n}")))
            .find(|id| tasks.iter().all(|t| &t.id != id))?;
        let own = tasks.iter().filter(|t| t.carried_from.is_none()).count();
        let task = crate::model::Task {
            id: id.clone(),
            number: format!("{}", own + 1),
            title: crate::model::Text::new(title, ""),
            ..crate::model::Task::default()
        };
        self.apply(Edit::InsertTask {
            at: tasks.len(),
            task: Box::new(task),
        })
        .then_some(id)
    }

    /// Pastes `cells` (text in `notation`, as copied from a spreadsheet) into `field`
    /// of the indicators `ids`, one cell each, in order, as one undoable step. A cell
    /// that is not a figure of its indicator's kind is refused and its value kept; an
    /// empty cell clears the value. Each cell is cleaned before it is read
    /// ([`text::clean`]): a direction mark copied with a figure does not refuse it.
    pub fn paste(
        &mut self,
        field: Field,
        ids: &[IndicatorId],
        cells: &[&str],
        notation: crate::format::Notation,
    ) -> Pasted {
        let mut edits = Vec::new();
        let mut refused = Vec::new();
        let mut cleaned = text::Removed::default();
        for (id, cell) in ids.iter().zip(cells) {
            let Some(ind) = self.indicator(id) else {
                continue;
            };
            let cell = text::clean(cell, text::Shape::Line);
            cleaned.add(&cell.removed);
            let parsed = crate::entry::editable(ind, field)
                .and_then(|()| crate::entry::parse(&cell.text, notation, ind.measure, field));
            match parsed {
                Ok(after) => edits.push(Edit::Value {
                    id: id.clone(),
                    field,
                    before: ind.stored(field),
                    after,
                }),
                Err(e) => refused.push((id.clone(), e)),
            }
        }
        edits.retain(|e| !e.is_no_op());
        let applied = edits.len();
        if applied > 0 {
            self.apply(Edit::Batch(edits));
        }
        Pasted {
            applied,
            refused,
            cleaned,
        }
    }
}

/// What a paste did.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Pasted {
    /// Cells that changed a value.
    pub applied: usize,
    /// Cells refused, with the reason.
    pub refused: Vec<(IndicatorId, crate::entry::EntryError)>,
    /// What was taken out of the cells before reading them ([`text::clean`]: control
    /// characters and direction marks a copy from another program can carry).
    pub cleaned: text::Removed,
}

/// A note as typed or pasted, cleaned ([`text::clean`], its lines kept).
fn clean_note(note: String) -> String {
    match text::clean(&note, text::Shape::Lines).text {
        std::borrow::Cow::Owned(clean) => clean,
        std::borrow::Cow::Borrowed(_) => note,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io;

    fn embedded() -> Session {
        Session::new(io::embedded().unwrap(), None)
    }

    fn id(s: &str) -> IndicatorId {
        IndicatorId(s.into())
    }

    #[test]
    fn a_reset_puts_the_reports_value_back_and_is_undoable() {
        let mut s = embedded();
        let grdp = id("grdp_growth");
        let original = s.indicator(&grdp).unwrap().value(Field::Actual);
        assert!(
            !s.reset_value(grdp.clone(), Field::Actual),
            "nothing to reset"
        );
        s.set_value(grdp.clone(), Field::Actual, Some(1.0));
        assert!(s.reset_value(grdp.clone(), Field::Actual));
        assert_eq!(s.indicator(&grdp).unwrap().value(Field::Actual), original);
        assert!(!s.indicator(&grdp).unwrap().is_revised(Field::Actual));
        assert!(s.undo());
        assert_eq!(s.indicator(&grdp).unwrap().value(Field::Actual), Some(1.0));
    }

    #[test]
    fn a_pasted_column_is_one_step_and_refuses_cell_by_cell() {
        let mut s = embedded();
        let ids: Vec<IndicatorId> = [
            "budget_revenue_total",
            "budget_revenue_domestic",
            "grdp_growth",
        ]
        .into_iter()
        .map(id)
        .collect();
        let pasted = s.paste(
            Field::AnnualTarget,
            &ids,
            &["20.000", "abc", "9,5"],
            crate::format::Notation::Vietnamese,
        );
        assert_eq!(pasted.applied, 2);
        assert_eq!(pasted.refused.len(), 1);
        assert_eq!(pasted.refused[0].0, ids[1]);
        let v = |s: &Session, k: usize| s.indicator(&ids[k]).unwrap().value(Field::AnnualTarget);
        assert_eq!(v(&s, 0), Some(20_000.0));
        assert_eq!(v(&s, 2), Some(9.5));
        let i = s.position(&ids[0]).unwrap();
        assert!((s.derived().metrics[i].annual_achievement_pct.unwrap() - 71.4175).abs() < 1e-9);
        assert!(s.undo(), "one undo takes the whole paste back");
        assert!(!s.is_dirty());
        assert_eq!(v(&s, 0), Some(19_647.2));
    }

    #[test]
    fn tasks_and_unknown_ids() {
        let mut s = embedded();
        let task = s.report().tasks[0].id.clone();
        assert!(s.set_task_status(task.clone(), TaskStatus::Done));
        assert_eq!(s.task(&task).unwrap().status, TaskStatus::Done);
        assert!(s.set_task_note(task.clone(), "on track".into()));
        assert!(!s.set_task_status(TaskId::from("no_such_task"), TaskStatus::Done));
        assert!(!s.set_value(id("no_such"), Field::Actual, Some(1.0)));
        assert!(s.undo());
        assert!(s.undo());
        assert_eq!(s.task(&task).unwrap().status, TaskStatus::NotStarted);
        assert!(!s.is_dirty());
    }
}
