//! Changing the report's structure: adding, describing, moving and deleting indicators
//! and sections. Each change is one undoable step; a change that would break the
//! structure (a part without its total, a section without its parent, a loop of totals)
//! is refused with the reason, and the report stays as it was.

use std::sync::Arc;

use crate::checks;
use crate::edit::Edit;
use crate::model::text::{self, Fix, Shape};
use crate::model::{Indicator, IndicatorId, Lang, Report, Section, SectionId, slugify};

use super::Session;

/// What becomes of the parts of a deleted indicator, or of what a deleted section holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Orphans {
    /// They are deleted with it.
    DeleteToo,
    /// They move up: a part to the deleted indicator's own total (or to none), a
    /// section's indicators and subsections to its enclosing section.
    MoveUp,
}

/// Why a change to the structure was refused.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum StructureError {
    /// The indicator or section named is not in the report.
    #[error("{}", self.message(Lang::En))]
    Unknown(String),
    /// The change would leave the structure broken: the first finding it would make,
    /// rendered in the user's language where it is shown.
    #[error("{}", self.message(Lang::En))]
    Breaks(Box<checks::Finding>),
    /// The report is not the one the edit was made for (it changed under it).
    #[error("{}", self.message(Lang::En))]
    ChangedUnderTheEdit,
    /// A top-level section's contents have nowhere to move up to.
    #[error("{}", self.message(Lang::En))]
    NowhereToMove(SectionId),
}

impl StructureError {
    /// The reason in the user's language (the catalogue's area `session`).
    pub fn message(&self, lang: Lang) -> String {
        crate::i18n::Message::tr(self, lang)
    }
}

impl Session {
    /// A new indicator id made from `name` (`Thu ngân sách` → `thu_ngan_sach`), unused
    /// in the report.
    pub fn new_indicator_id(&self, name: &str) -> IndicatorId {
        let base = non_empty_slug(name, "indicator");
        IndicatorId(unique(&base, |id| {
            self.position(&IndicatorId(id.to_owned())).is_some()
        }))
    }

    /// A new section id made from `title`, unused in the report.
    pub fn new_section_id(&self, title: &str) -> SectionId {
        let base = non_empty_slug(title, "section");
        SectionId(unique(&base, |id| {
            self.report.section(&SectionId(id.to_owned())).is_some()
        }))
    }

    /// Adds `indicator` to the report: after the last part of its total if it has one,
    /// else after the last indicator of its section. Its texts are cleaned first
    /// ([`text::clean_indicator`]); returns what was cleaned, for the user to see.
    pub fn add_indicator(&mut self, mut indicator: Indicator) -> Result<Vec<Fix>, StructureError> {
        let fixes = text::clean_indicator(&mut indicator, Shape::Lines);
        let report = &self.report;
        let at = match &indicator.parent {
            Some(parent) => {
                let p = self
                    .position(parent)
                    .ok_or_else(|| StructureError::Unknown(parent.to_string()))?;
                end_of_block(report, p)
            }
            None => report
                .indicators
                .iter()
                .rposition(|i| i.section == indicator.section)
                .map_or(report.indicators.len(), |k| k + 1),
        };
        self.change(Edit::InsertIndicator {
            at,
            indicator: Box::new(indicator),
        })
        .map(|()| fixes)
    }

    /// Puts `after` in place of the indicator with the same id: its name, unit, kind,
    /// direction, section, total, code… Moved to another section, its parts go with it.
    /// Its texts are cleaned first ([`text::clean_indicator`]); returns what was
    /// cleaned, for the user to see.
    pub fn update_indicator(&mut self, mut after: Indicator) -> Result<Vec<Fix>, StructureError> {
        let fixes = text::clean_indicator(&mut after, Shape::Lines);
        let before = self
            .indicator(&after.id)
            .cloned()
            .ok_or_else(|| StructureError::Unknown(after.id.to_string()))?;
        let mut edits = Vec::new();
        if before.section != after.section
            && let Some(p) = self.position(&after.id)
        {
            for k in descendants(&self.report, p) {
                if let Some(part) = self.report.indicators.get(k) {
                    let mut moved = part.clone();
                    moved.section = after.section.clone();
                    edits.push(Edit::ReplaceIndicator {
                        before: Box::new(part.clone()),
                        after: Box::new(moved),
                    });
                }
            }
        }
        edits.insert(
            0,
            Edit::ReplaceIndicator {
                before: Box::new(before),
                after: Box::new(after),
            },
        );
        self.change(batch(edits)).map(|()| fixes)
    }

    /// Deletes the indicator `id`; its parts are deleted too or move up to its total.
    pub fn delete_indicator(
        &mut self,
        id: &IndicatorId,
        parts: Orphans,
    ) -> Result<(), StructureError> {
        let p = self
            .position(id)
            .ok_or_else(|| StructureError::Unknown(id.to_string()))?;
        let report = &self.report;
        let mut doomed = vec![p];
        let mut edits = Vec::new();
        match parts {
            Orphans::DeleteToo => doomed.extend(descendants(report, p)),
            Orphans::MoveUp => {
                let parent = report.indicators.get(p).and_then(|i| i.parent.clone());
                for child in report
                    .indicators
                    .iter()
                    .filter(|i| i.parent.as_ref() == Some(id))
                {
                    let mut moved = child.clone();
                    moved.parent.clone_from(&parent);
                    edits.push(Edit::ReplaceIndicator {
                        before: Box::new(child.clone()),
                        after: Box::new(moved),
                    });
                }
            }
        }
        // From the last position down, so each position is still right when removed.
        doomed.sort_unstable();
        for &k in doomed.iter().rev() {
            if let Some(ind) = report.indicators.get(k) {
                edits.push(Edit::RemoveIndicator {
                    at: k,
                    indicator: Box::new(ind.clone()),
                });
            }
        }
        self.change(batch(edits))
    }

    /// Moves the indicator `id`, with its parts, before the previous (`up`) or after the
    /// next indicator of the same total and section; false when it is already first or
    /// last.
    pub fn move_indicator(&mut self, id: &IndicatorId, up: bool) -> Result<bool, StructureError> {
        let p = self
            .position(id)
            .ok_or_else(|| StructureError::Unknown(id.to_string()))?;
        let report = &self.report;
        let Some(me) = report.indicators.get(p) else {
            return Ok(false);
        };
        let sibling = |i: &Indicator| i.parent == me.parent && i.section == me.section;
        let block = end_of_block(report, p) - p;
        let moves: Vec<Edit> = if up {
            let Some(prev) = report.indicators.iter().take(p).rposition(sibling) else {
                return Ok(false);
            };
            // Each indicator of the block goes, in order, to where the sibling began.
            (0..block)
                .map(|k| Edit::MoveIndicator {
                    from: p + k,
                    to: prev + k,
                })
                .collect()
        } else {
            let after = p + block;
            if !report.indicators.get(after).is_some_and(sibling) {
                return Ok(false);
            }
            let next_end = end_of_block(report, after);
            // The next sibling's block goes, in order, to where this one began.
            (0..next_end - after)
                .map(|k| Edit::MoveIndicator {
                    from: after + k,
                    to: p + k,
                })
                .collect()
        };
        self.change(batch(moves)).map(|()| true)
    }

    /// Adds `section` after the last section inside its enclosing section (or at the
    /// end). Its texts are cleaned first ([`text::clean_section`]); returns what was
    /// cleaned, for the user to see.
    pub fn add_section(&mut self, mut section: Section) -> Result<Vec<Fix>, StructureError> {
        let fixes = text::clean_section(&mut section);
        let sections = &self.report.sections;
        let at = match &section.parent {
            Some(parent) => {
                let inside = self.section_family(parent);
                sections
                    .iter()
                    .rposition(|s| inside.contains(&s.id))
                    .map_or(sections.len(), |k| k + 1)
            }
            None => sections.len(),
        };
        self.change(Edit::InsertSection { at, section })
            .map(|()| fixes)
    }

    /// Puts `after` in place of the section with the same id (number, title, enclosing
    /// section). Its texts are cleaned first ([`text::clean_section`]); returns what was
    /// cleaned, for the user to see.
    pub fn update_section(&mut self, mut after: Section) -> Result<Vec<Fix>, StructureError> {
        let fixes = text::clean_section(&mut after);
        let before = self
            .report
            .section(&after.id)
            .cloned()
            .ok_or_else(|| StructureError::Unknown(after.id.to_string()))?;
        self.change(Edit::ReplaceSection { before, after })
            .map(|()| fixes)
    }

    /// Deletes the section `id`; what it holds (indicators, subsections) is deleted too or
    /// moves up to its enclosing section.
    pub fn delete_section(
        &mut self,
        id: &SectionId,
        contents: Orphans,
    ) -> Result<(), StructureError> {
        let report = &self.report;
        let at = report
            .sections
            .iter()
            .position(|s| &s.id == id)
            .ok_or_else(|| StructureError::Unknown(id.to_string()))?;
        let Some(section) = report.sections.get(at).cloned() else {
            return Err(StructureError::Unknown(id.to_string()));
        };
        let mut edits = Vec::new();
        match contents {
            Orphans::MoveUp => {
                let holds_anything = report.indicators.iter().any(|i| &i.section == id)
                    || report
                        .sections
                        .iter()
                        .any(|s| s.parent.as_ref() == Some(id));
                let Some(parent) = section.parent.clone() else {
                    if holds_anything {
                        return Err(StructureError::NowhereToMove(id.clone()));
                    }
                    return self.change(Edit::RemoveSection { at, section });
                };
                for ind in report.indicators.iter().filter(|i| &i.section == id) {
                    let mut moved = ind.clone();
                    moved.section = parent.clone();
                    edits.push(Edit::ReplaceIndicator {
                        before: Box::new(ind.clone()),
                        after: Box::new(moved),
                    });
                }
                for sub in report
                    .sections
                    .iter()
                    .filter(|s| s.parent.as_ref() == Some(id))
                {
                    let mut moved = sub.clone();
                    moved.parent = Some(parent.clone());
                    edits.push(Edit::ReplaceSection {
                        before: sub.clone(),
                        after: moved,
                    });
                }
                edits.push(Edit::RemoveSection { at, section });
            }
            Orphans::DeleteToo => {
                let family = self.section_family(id);
                for (k, ind) in report.indicators.iter().enumerate().rev() {
                    if family.contains(&ind.section) {
                        edits.push(Edit::RemoveIndicator {
                            at: k,
                            indicator: Box::new(ind.clone()),
                        });
                    }
                }
                for (k, s) in report.sections.iter().enumerate().rev() {
                    if family.contains(&s.id) {
                        edits.push(Edit::RemoveSection {
                            at: k,
                            section: s.clone(),
                        });
                    }
                }
            }
        }
        self.change(batch(edits))
    }

    /// The section and every section inside it.
    fn section_family(&self, id: &SectionId) -> std::collections::HashSet<SectionId> {
        self.derived.section_and_descendants(&self.report, id)
    }

    /// Applies a structural `edit` if the report's structure holds after it; otherwise
    /// leaves the report as it was and says what would break.
    fn change(&mut self, edit: Edit) -> Result<(), StructureError> {
        if edit.is_no_op() {
            return Ok(());
        }
        let report = Arc::make_mut(&mut self.report);
        if !edit.apply(report) {
            return Err(StructureError::ChangedUnderTheEdit);
        }
        let problems = checks::structure(report);
        edit.inverse().apply(report);
        if let Some(first) = problems.first() {
            return Err(StructureError::Breaks(Box::new(first.clone())));
        }
        self.apply(edit);
        Ok(())
    }
}

/// One edit, or several made as one step.
fn batch(mut edits: Vec<Edit>) -> Edit {
    if edits.len() == 1
        && let Some(edit) = edits.pop()
    {
        return edit;
    }
    Edit::Batch(edits)
}

/// The position just past the indicator at `p` and all its parts (which follow it).
fn end_of_block(report: &Report, p: usize) -> usize {
    descendants(report, p)
        .into_iter()
        .max()
        .map_or(p + 1, |k| k.max(p) + 1)
}

/// Positions of every part, part of a part…, of the indicator at `p`.
fn descendants(report: &Report, p: usize) -> Vec<usize> {
    let Some(root) = report.indicators.get(p) else {
        return Vec::new();
    };
    let mut family = std::collections::HashSet::from([root.id.clone()]);
    let mut out = Vec::new();
    // Parts follow their totals in the list, so one pass in order finds them all; a
    // part listed before its total is found on a later pass.
    loop {
        let before = out.len();
        for (k, ind) in report.indicators.iter().enumerate() {
            if !family.contains(&ind.id)
                && ind
                    .parent
                    .as_ref()
                    .is_some_and(|parent| family.contains(parent))
            {
                family.insert(ind.id.clone());
                out.push(k);
            }
        }
        if out.len() == before {
            return out;
        }
    }
}

fn non_empty_slug(name: &str, fallback: &str) -> String {
    let slug = slugify(name).replace('-', "_");
    if slug.is_empty() {
        fallback.to_owned()
    } else {
        slug
    }
}

/// `base`, or `base_2`, `base_3`… whichever `taken` says is free.
fn unique(base: &str, taken: impl Fn(&str) -> bool) -> String {
    if !taken(base) {
        return base.to_owned();
    }
    (2..)
        .map(|n| format!("{base}_{n}"))
        .find(|id| !taken(id))
        .unwrap_or_else(|| base.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Field, Measure, Text, Unit};

    fn seed() -> Session {
        Session::new(crate::io::embedded().unwrap(), None)
    }

    fn id(s: &str) -> IndicatorId {
        IndicatorId(s.into())
    }

    fn new_indicator(s: &Session, name: &str, section: &str, parent: Option<&str>) -> Indicator {
        Indicator {
            id: s.new_indicator_id(name),
            section: SectionId(section.into()),
            parent: parent.map(id),
            name: Text::new(name, name),
            unit: Unit {
                vi: "tỷ đồng".into(),
                en: "VND billion".into(),
                ..Unit::default()
            },
            measure: Measure::Amount,
            ..Indicator::default()
        }
    }

    #[test]
    fn ids_come_from_names_and_stay_unique() {
        let s = seed();
        assert_eq!(
            s.new_indicator_id("Thu xổ số kiến thiết").0,
            "thu_xo_so_kien_thiet"
        );
        assert_eq!(
            s.new_indicator_id("budget revenue total").0,
            "budget_revenue_total_2"
        );
        assert_eq!(s.new_indicator_id("!!!").0, "indicator");
        assert_eq!(s.new_section_id("Ngân sách").0, "ngan_sach");
    }

    #[test]
    fn an_added_part_follows_its_total_and_counts_in_the_checks() {
        let mut s = seed();
        let mut part = new_indicator(&s, "Thu khác", "budget", Some("budget_revenue_total"));
        part.actual = Some(5_000.0);
        let new_id = part.id.clone();
        s.add_indicator(part).unwrap();
        assert!(s.is_dirty());
        let total = s.position(&id("budget_revenue_total")).unwrap();
        let at = s.position(&new_id).unwrap();
        assert!(at > total);
        assert_eq!(
            end_of_block(s.report(), total),
            at + 1,
            "the last of the block"
        );
        // 5.000 more in the parts: the checks see it at once.
        let total_id = id("budget_revenue_total");
        let about_total: Vec<String> = s
            .derived()
            .findings
            .iter()
            .filter(|f| f.indicator() == Some(&total_id))
            .map(checks::Finding::line)
            .collect();
        assert!(
            about_total.iter().any(|l| l.contains("19,290.7")),
            "{about_total:?}"
        );
        assert!(s.undo());
        assert!(s.indicator(&new_id).is_none());
        assert!(!s.is_dirty());
        assert!(s.redo());
        assert!(s.indicator(&new_id).is_some());
    }

    #[test]
    fn renaming_keeps_the_id_and_the_figures() {
        let mut s = seed();
        let mut grdp = s.indicator(&id("grdp_growth")).cloned().unwrap();
        grdp.name = Text::new("GRDP (đổi tên)", "GRDP (renamed)");
        grdp.code = "0501".into();
        s.update_indicator(grdp).unwrap();
        let now = s.indicator(&id("grdp_growth")).unwrap();
        assert_eq!(now.name.en, "GRDP (renamed)");
        assert_eq!(now.code, "0501");
        assert_eq!(now.value(Field::Actual), Some(10.0));
        s.undo();
        assert_eq!(s.indicator(&id("grdp_growth")).unwrap().code, "");
    }

    #[test]
    fn a_loop_of_totals_is_refused_and_nothing_changes() {
        let mut s = seed();
        let mut total = s.indicator(&id("budget_revenue_total")).cloned().unwrap();
        total.parent = Some(id("budget_revenue_domestic"));
        let before = s.report().clone();
        let err = s.update_indicator(total).unwrap_err();
        assert!(matches!(err, StructureError::Breaks(_)), "{err}");
        // The reason reads in the user's language, the finding too.
        assert_eq!(
            err.message(Lang::Vi),
            "Thay đổi này làm hỏng cấu trúc báo cáo: lỗi budget_revenue_domestic: vòng lặp chỉ tiêu cha: budget_revenue_domestic → budget_revenue_total → budget_revenue_domestic"
        );
        assert_eq!(
            err.to_string(),
            "The change would break the report's structure: error budget_revenue_domestic: parent cycle: budget_revenue_domestic → budget_revenue_total → budget_revenue_domestic"
        );
        assert_eq!(s.report(), &before);
        assert!(!s.history().can_undo());
    }

    #[test]
    fn deleting_a_total_takes_its_parts_or_hands_them_up() {
        let mut s = seed();
        let n = s.report().indicators.len();
        let total = id("budget_revenue_total");
        let parts = descendants(s.report(), s.position(&total).unwrap()).len();
        assert!(parts > 2);
        s.delete_indicator(&total, Orphans::DeleteToo).unwrap();
        assert_eq!(s.report().indicators.len(), n - 1 - parts);
        assert!(checks::structure(s.report()).is_empty());
        s.undo();
        assert_eq!(s.report().indicators.len(), n);
        assert_eq!(
            s.report(),
            &crate::io::embedded().unwrap(),
            "whole again, in order"
        );

        s.delete_indicator(&id("budget_revenue_domestic"), Orphans::MoveUp)
            .unwrap();
        assert_eq!(s.report().indicators.len(), n - 1);
        let moved = s
            .indicator(&id("budget_revenue_domestic_excl_land_lottery_dividends"))
            .unwrap();
        assert_eq!(moved.parent, Some(total));
    }

    #[test]
    fn moving_up_and_down_takes_the_parts_along() {
        let mut s = seed();
        let original = s.report().clone();
        let domestic = id("budget_revenue_domestic");
        let p = s.position(&domestic).unwrap();
        let block = end_of_block(s.report(), p) - p;
        assert!(s.move_indicator(&domestic, false).unwrap());
        let q = s.position(&domestic).unwrap();
        assert!(q > p);
        assert_eq!(
            end_of_block(s.report(), q) - q,
            block,
            "parts still follow it"
        );
        assert!(checks::structure(s.report()).is_empty());
        assert!(s.move_indicator(&domestic, true).unwrap());
        assert_eq!(s.report(), &original);
        assert!(
            !s.move_indicator(&id("grdp_growth"), true).unwrap(),
            "already first"
        );
    }

    #[test]
    fn sections_are_added_renamed_and_deleted() {
        let mut s = seed();
        let new = Section {
            id: s.new_section_id("Thu ngân sách khác"),
            number: "3.3".into(),
            title: Text::new("Thu ngân sách khác", "Other budget"),
            parent: Some(SectionId("finance".into())),
        };
        let sid = new.id.clone();
        s.add_section(new).unwrap();
        let k = s
            .report()
            .sections
            .iter()
            .position(|x| x.id == sid)
            .unwrap();
        let banking = s
            .report()
            .sections
            .iter()
            .position(|x| x.id.0 == "banking")
            .unwrap();
        assert_eq!(k, banking + 1, "after the last section of finance");
        let ind = new_indicator(&s, "Thu phí", &sid.0, None);
        s.add_indicator(ind).unwrap();
        // Deleting it with its contents moved up puts the indicator in "finance".
        s.delete_section(&sid, Orphans::MoveUp).unwrap();
        let fee = s.indicator(&id("thu_phi")).unwrap();
        assert_eq!(fee.section.0, "finance");
        s.undo();
        s.undo();
        s.undo();
        assert_eq!(s.report(), &crate::io::embedded().unwrap());
        // A top-level section with contents cannot hand them up.
        let err = s
            .delete_section(&SectionId("growth".into()), Orphans::MoveUp)
            .unwrap_err();
        assert_eq!(
            err,
            StructureError::NowhereToMove(SectionId("growth".into()))
        );
        let n = s.report().indicators.len();
        s.delete_section(&SectionId("finance".into()), Orphans::DeleteToo)
            .unwrap();
        assert!(s.report().indicators.len() < n);
        assert!(s.report().section(&SectionId("budget".into())).is_none());
        assert!(checks::structure(s.report()).is_empty());
    }
}
