//! What the table marks that belongs to the app, not to the report: the rows picked for
//! copying (several at once, as in a spreadsheet or a file manager), and the cells a
//! paste refused. Neither is an edit, so neither lives in the session.

use std::collections::{HashMap, HashSet};

use chitieu_core::entry::EntryError;
use chitieu_core::model::{Field, IndicatorId};

/// The rows picked in the table: a click picks one, Shift+click the run from the
/// anchor (the row last clicked without Shift) to the row clicked, Ctrl+click (⌘ on
/// macOS) adds or removes one row.
#[derive(Default)]
pub(crate) struct RowSelection {
    rows: HashSet<IndicatorId>,
    anchor: Option<IndicatorId>,
}

impl RowSelection {
    /// True when `id`'s row is picked.
    pub(crate) fn contains(&self, id: &IndicatorId) -> bool {
        self.rows.contains(id)
    }

    /// How many rows are picked.
    pub(crate) fn len(&self) -> usize {
        self.rows.len()
    }

    /// Picks `id` alone, and makes it the anchor of a later Shift+click.
    pub(super) fn only(&mut self, id: &IndicatorId) {
        self.rows.clear();
        self.rows.insert(id.clone());
        self.anchor = Some(id.clone());
    }

    /// Picks no row.
    pub(super) fn clear(&mut self) {
        self.rows.clear();
        self.anchor = None;
    }

    /// Picks the rows from the anchor to `id`, both included, in the order `shown`
    /// (the rows the table shows, top to bottom); the anchor stays. Without an anchor
    /// among the rows shown, picks `id` alone.
    pub(super) fn extend_to(&mut self, id: &IndicatorId, shown: &[&IndicatorId]) {
        let anchor = self
            .anchor
            .as_ref()
            .and_then(|a| shown.iter().position(|s| *s == a));
        let (Some(from), Some(to)) = (anchor, shown.iter().position(|s| *s == id)) else {
            self.only(id);
            return;
        };
        let (low, high) = (from.min(to), from.max(to));
        self.rows = shown
            .get(low..=high)
            .unwrap_or_default()
            .iter()
            .map(|&s| s.clone())
            .collect();
    }

    /// Adds `id` to the rows picked, or takes it away if it was picked; returns whether
    /// it is picked now. The row becomes the anchor either way.
    pub(super) fn toggle(&mut self, id: &IndicatorId) -> bool {
        self.anchor = Some(id.clone());
        if self.rows.remove(id) {
            false
        } else {
            self.rows.insert(id.clone());
            true
        }
    }

    /// Picks every row in `shown`.
    pub(super) fn all(&mut self, shown: &[&IndicatorId]) {
        self.rows = shown.iter().map(|&s| s.clone()).collect();
        if self.anchor.as_ref().is_none_or(|a| !self.rows.contains(a)) {
            self.anchor = shown.first().map(|&s| s.clone());
        }
    }
}

/// The cells a paste refused, with the reason, shown at each cell until the report
/// next changes (an edit, an undo, another paste).
#[derive(Default)]
pub(crate) struct RefusedCells {
    /// The report generation the paste left.
    generation: u64,
    cells: HashMap<(IndicatorId, Field), EntryError>,
}

impl RefusedCells {
    /// Keeps `refused` (cells of `field`) as what the paste that left the report at
    /// `generation` refused.
    pub(super) fn set(
        &mut self,
        generation: u64,
        field: Field,
        refused: impl IntoIterator<Item = (IndicatorId, EntryError)>,
    ) {
        self.generation = generation;
        self.cells = refused
            .into_iter()
            .map(|(id, e)| ((id, field), e))
            .collect();
    }

    /// Why the last paste refused this cell, while the report is as that paste left it.
    pub(crate) fn reason(
        &self,
        generation: u64,
        id: &IndicatorId,
        field: Field,
    ) -> Option<&EntryError> {
        if generation != self.generation || self.cells.is_empty() {
            return None;
        }
        self.cells.get(&(id.clone(), field))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(names: &[&str]) -> Vec<IndicatorId> {
        names.iter().map(|n| IndicatorId((*n).into())).collect()
    }

    fn picked(s: &RowSelection, all: &[IndicatorId]) -> Vec<String> {
        all.iter()
            .filter(|id| s.contains(id))
            .map(|id| id.0.clone())
            .collect()
    }

    #[test]
    fn shift_picks_a_run_from_the_anchor_either_way() {
        let all = ids(&["a", "b", "c", "d", "e"]);
        let shown: Vec<&IndicatorId> = all.iter().collect();
        let mut s = RowSelection::default();
        s.only(&all[1]);
        s.extend_to(&all[3], &shown);
        assert_eq!(picked(&s, &all), ["b", "c", "d"]);
        // The anchor stays: Shift+click above it picks the run up to it instead.
        s.extend_to(&all[0], &shown);
        assert_eq!(picked(&s, &all), ["a", "b"]);
    }

    #[test]
    fn ctrl_adds_and_removes_one_row() {
        let all = ids(&["a", "b", "c", "d"]);
        let shown: Vec<&IndicatorId> = all.iter().collect();
        let mut s = RowSelection::default();
        s.only(&all[0]);
        assert!(s.toggle(&all[2]));
        assert_eq!(picked(&s, &all), ["a", "c"]);
        assert!(!s.toggle(&all[0]));
        assert_eq!(picked(&s, &all), ["c"]);
        // The row toggled last is the anchor of the next run.
        s.toggle(&all[2]);
        s.toggle(&all[2]);
        s.extend_to(&all[3], &shown);
        assert_eq!(picked(&s, &all), ["c", "d"]);
    }

    #[test]
    fn a_run_without_an_anchor_in_view_is_one_row() {
        let all = ids(&["a", "b", "c"]);
        let mut s = RowSelection::default();
        s.only(&all[0]);
        // The anchor's row is filtered away.
        s.extend_to(&all[2], &[&all[1], &all[2]]);
        assert_eq!(picked(&s, &all), ["c"]);
        s.all(&[&all[0], &all[1]]);
        assert_eq!(picked(&s, &all), ["a", "b"]);
        assert_eq!(s.len(), 2);
    }

    #[test]
    fn refused_cells_last_until_the_report_changes() {
        let id = IndicatorId("x".into());
        let mut r = RefusedCells::default();
        r.set(7, Field::Target, [(id.clone(), EntryError::Negative)]);
        assert_eq!(r.reason(7, &id, Field::Target), Some(&EntryError::Negative));
        assert_eq!(r.reason(7, &id, Field::Actual), None);
        assert_eq!(r.reason(8, &id, Field::Target), None);
    }
}
