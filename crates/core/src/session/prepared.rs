//! An edit applied away from the session, on a thread beside the window, and put in
//! place afterwards as one undoable step.

use std::sync::Arc;

use crate::derived::Derived;
use crate::edit::Edit;
use crate::model::{Indicator, IndicatorId, Report};

use super::Session;
use super::anchored::anchored;

/// An edit applied to a copy of a session's report, with everything computed from it,
/// away from the session: on a thread beside the window, so that a large import is
/// applied while the window goes on drawing. [`Session::adopt`] then puts it in place as
/// one undoable step.
#[derive(Debug)]
pub struct Prepared {
    edit: Edit,
    report: Report,
    derived: Derived,
    /// The session's generation the report was taken at.
    generation: u64,
}

impl Prepared {
    /// `edit` applied to a copy of `report`, which is the session's report at
    /// `generation` ([`Session::shared_report`], [`Session::generation`]); `None` when
    /// it changes nothing or names something the report does not have.
    pub fn new(report: &Report, generation: u64, edit: Edit) -> Option<Self> {
        if edit.is_no_op() {
            return None;
        }
        let index: rustc_hash::FxHashMap<&IndicatorId, &Indicator> =
            report.indicators.iter().map(|i| (&i.id, i)).collect();
        let edit = anchored(edit, |id| index.get(id).copied());
        drop(index);
        let mut report = report.clone();
        if !edit.apply(&mut report) {
            return None;
        }
        let derived = Derived::compute(&report);
        Some(Self {
            edit,
            report,
            derived,
            generation,
        })
    }

    /// The edit, as the history will hold it.
    pub fn edit(&self) -> &Edit {
        &self.edit
    }
}

impl Session {
    /// Puts an edit applied beside the window ([`Prepared`]) in place as one step of
    /// the history, undone and redone as any other; false, with nothing changed, when
    /// the report changed since it was prepared.
    pub fn adopt(&mut self, prepared: Prepared) -> bool {
        if prepared.generation != self.generation {
            return false;
        }
        let Prepared {
            edit,
            report,
            derived,
            ..
        } = prepared;
        self.report = Arc::new(report);
        self.derived = derived;
        let changed = (!edit.is_structural()).then(|| {
            let mut changed = Vec::new();
            self.positions_of_figures(&edit, &mut changed);
            changed
        });
        self.history.record(edit);
        self.moved_on(changed);
        true
    }
}
