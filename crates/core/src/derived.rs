//! Everything the views show that is computed from a report: each indicator's figures
//! and findings, the tree, the count of indicators behind target in each section, and
//! the rows of the table for a given filter and sort.
//!
//! Computed once after each change, never every frame.

use std::cmp::Ordering;
use std::collections::{HashMap, HashSet};

use rustc_hash::{FxHashMap, FxHashSet};

use crate::checks::{self, Finding};
use crate::metrics::{self, Metrics, Status};
use crate::model::{Field, IndicatorId, Lang, Report, SectionId};

/// The computed state of a report.
#[derive(Clone, Debug, Default)]
pub struct Derived {
    /// Each indicator's figures, by position in `report.indicators`.
    pub metrics: Vec<Metrics>,
    /// Every finding of the checks.
    pub findings: Vec<Finding>,
    /// For each indicator position, the positions in `findings` about it.
    pub findings_of: Vec<Vec<usize>>,
    /// Position of each indicator id.
    pub index: FxHashMap<IndicatorId, usize>,
    /// Depth in the breakdown tree (0 for a total with no parent).
    pub depth: Vec<usize>,
    /// Positions of each indicator's children, in report order.
    pub children: Vec<Vec<usize>>,
    /// Positions of indicators with no parent, in report order.
    pub roots: Vec<usize>,
    /// Number of indicators behind target in each section, its subsections included.
    pub behind_in_section: HashMap<SectionId, usize>,
    /// Number of indicators behind target in the whole report.
    pub behind_total: usize,
    /// Positions (in `report.sections`) of each section's subsections, in order.
    pub section_children: FxHashMap<SectionId, Vec<usize>>,
    /// For each indicator position, the indicators that say they are its growth
    /// ([`crate::model::Indicator::growth_of`]): checked again when its figures change.
    pub growths_of: FxHashMap<usize, Vec<usize>>,
}

impl Derived {
    /// Computes everything for `report`.
    pub fn compute(report: &Report) -> Self {
        let n = report.indicators.len();
        let index: FxHashMap<IndicatorId, usize> = report
            .indicators
            .iter()
            .enumerate()
            .map(|(i, ind)| (ind.id.clone(), i))
            .collect();
        let metrics: Vec<Metrics> = report
            .indicators
            .iter()
            .map(|ind| metrics::compute(ind, &report.period))
            .collect();

        let mut children = vec![Vec::new(); n];
        let mut roots = Vec::new();
        for (i, ind) in report.indicators.iter().enumerate() {
            match ind.parent.as_ref().and_then(|p| index.get(p)) {
                Some(&p) if p != i => {
                    if let Some(c) = children.get_mut(p) {
                        c.push(i);
                    }
                }
                _ => roots.push(i),
            }
        }
        let mut depth = vec![0; n];
        let mut stack: Vec<(usize, usize)> = roots.iter().map(|&r| (r, 0)).collect();
        let mut seen = vec![false; n];
        while let Some((i, d)) = stack.pop() {
            if seen.get(i).copied().unwrap_or(true) {
                continue;
            }
            if let Some(s) = seen.get_mut(i) {
                *s = true;
            }
            if let Some(slot) = depth.get_mut(i) {
                *slot = d;
            }
            for &c in children.get(i).map(Vec::as_slice).unwrap_or_default() {
                stack.push((c, d + 1));
            }
        }

        let mut growths_of: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
        for (i, ind) in report.indicators.iter().enumerate() {
            if let Some(&of) = ind.growth_of.as_ref().and_then(|g| index.get(g)) {
                growths_of.entry(of).or_default().push(i);
            }
        }

        let findings = checks::check(report);
        let mut findings_of = vec![Vec::new(); n];
        for (f, finding) in findings.iter().enumerate() {
            if let Some(slot) = finding
                .indicator()
                .and_then(|id| index.get(id))
                .and_then(|&i| findings_of.get_mut(i))
            {
                slot.push(f);
            }
        }

        let section_parent: HashMap<&SectionId, &SectionId> = report
            .sections
            .iter()
            .filter_map(|s| Some((&s.id, s.parent.as_ref()?)))
            .collect();
        let mut behind_in_section: HashMap<SectionId, usize> = HashMap::new();
        let mut behind_total = 0;
        for (ind, m) in report.indicators.iter().zip(&metrics) {
            if m.status() != Some(Status::Behind) {
                continue;
            }
            behind_total += 1;
            let mut section = Some(&ind.section);
            let mut hops = 0;
            while let Some(s) = section {
                *behind_in_section.entry(s.clone()).or_default() += 1;
                section = section_parent.get(s).copied();
                hops += 1;
                if hops > report.sections.len() {
                    break;
                }
            }
        }

        let mut section_children: FxHashMap<SectionId, Vec<usize>> = FxHashMap::default();
        for (k, s) in report.sections.iter().enumerate() {
            if let Some(p) = &s.parent {
                section_children.entry(p.clone()).or_default().push(k);
            }
        }

        Self {
            section_children,
            growths_of,
            metrics,
            findings,
            findings_of,
            index,
            depth,
            children,
            roots,
            behind_in_section,
            behind_total,
        }
    }

    /// Brings everything up to date after the figures of the indicator at `i` changed
    /// (an edit, its undo or redo): its own figures and status, the counts of its
    /// sections, and the findings about it and its total. Far cheaper than
    /// [`Self::compute`] on a large report, and gives the same result (a test holds it
    /// to that), except for the order of the findings.
    pub fn update_indicator(&mut self, report: &Report, i: usize) {
        self.update_indicators(report, &[i]);
    }

    /// Brings everything up to date after the figures of the indicators at `positions`
    /// changed (a paste, an import, their undo or redo), as [`Self::update_indicator`]
    /// does for each, with the findings sorted and indexed once for all of them: linear
    /// in the report and the number of positions, where updating them one by one
    /// sorted every finding for each (an import of 95 000 figures).
    pub fn update_indicators(&mut self, report: &Report, positions: &[usize]) {
        let section_parent: FxHashMap<&SectionId, &SectionId> = report
            .sections
            .iter()
            .filter_map(|s| Some((&s.id, s.parent.as_ref()?)))
            .collect();
        let mut affected: Vec<usize> = Vec::with_capacity(positions.len() * 2);
        for &i in positions {
            let Some(ind) = report.indicators.get(i) else {
                continue;
            };
            self.update_status(report, &section_parent, i);
            affected.push(i);
            affected.extend(ind.parent.as_ref().and_then(|p| self.index.get(p)).copied());
            // The indicators that say they are this one's growth are checked against it.
            if let Some(growths) = self.growths_of.get(&i) {
                affected.extend(growths.iter().copied());
            }
        }
        if affected.is_empty() {
            return;
        }
        affected.sort_unstable();
        affected.dedup();

        // The findings about the indicators' figures, and about their totals' breakdowns.
        let affected_ids: FxHashSet<&IndicatorId> = affected
            .iter()
            .filter_map(|&a| report.indicators.get(a).map(|x| &x.id))
            .collect();
        self.findings.retain(|f| {
            !(checks::is_about_figures(f)
                && f.indicator().is_some_and(|id| affected_ids.contains(id)))
        });
        for &a in &affected {
            let Some(total) = report.indicators.get(a) else {
                continue;
            };
            let parts: Vec<&crate::model::Indicator> = self
                .children
                .get(a)
                .into_iter()
                .flatten()
                .filter_map(|&c| report.indicators.get(c))
                .collect();
            self.findings
                .extend(checks::indicator_findings(total, &parts, report));
        }
        // In report order, as `check` gives them.
        let order = |f: &Finding| {
            f.indicator()
                .and_then(|id| self.index.get(id))
                .copied()
                .unwrap_or(usize::MAX)
        };
        let mut keyed: Vec<(usize, Finding)> = std::mem::take(&mut self.findings)
            .into_iter()
            .map(|f| (order(&f), f))
            .collect();
        keyed.sort_by_key(|(k, _)| *k);
        self.findings = keyed.into_iter().map(|(_, f)| f).collect();
        for slot in &mut self.findings_of {
            slot.clear();
        }
        for (f, finding) in self.findings.iter().enumerate() {
            if let Some(slot) = finding
                .indicator()
                .and_then(|id| self.index.get(id))
                .and_then(|&k| self.findings_of.get_mut(k))
            {
                slot.push(f);
            }
        }
    }

    /// The figures and status of the indicator at `i` computed again, and the counts
    /// of indicators behind target in its sections moved if its status did.
    fn update_status(
        &mut self,
        report: &Report,
        section_parent: &FxHashMap<&SectionId, &SectionId>,
        i: usize,
    ) {
        let Some(ind) = report.indicators.get(i) else {
            return;
        };
        let fresh = metrics::compute(ind, &report.period);
        let was_behind = self.metrics_of(i).status() == Some(Status::Behind);
        let is_behind = fresh.status() == Some(Status::Behind);
        if let Some(slot) = self.metrics.get_mut(i) {
            *slot = fresh;
        }
        if was_behind == is_behind {
            return;
        }
        let step = |count: usize| {
            if is_behind {
                count + 1
            } else {
                count.saturating_sub(1)
            }
        };
        self.behind_total = step(self.behind_total);
        let mut section = Some(&ind.section);
        let mut hops = 0;
        while let Some(s) = section {
            let count = self.behind_in_section.entry(s.clone()).or_default();
            *count = step(*count);
            section = section_parent.get(s).copied();
            hops += 1;
            if hops > report.sections.len() {
                break;
            }
        }
    }

    /// The figures of the indicator at `i`.
    pub fn metrics_of(&self, i: usize) -> Metrics {
        self.metrics.get(i).copied().unwrap_or_default()
    }

    /// The findings about the indicator at `i`.
    pub fn findings_about(&self, i: usize) -> impl Iterator<Item = &Finding> {
        self.findings_of
            .get(i)
            .into_iter()
            .flatten()
            .filter_map(|&f| self.findings.get(f))
    }

    /// The sections `section` contains, itself included: a walk down
    /// [`Self::section_children`], so `report` must be the report `self` was computed
    /// from (it names the sections the tree holds by position).
    pub fn section_and_descendants(
        &self,
        report: &Report,
        section: &SectionId,
    ) -> HashSet<SectionId> {
        let mut set: HashSet<SectionId> = HashSet::from([section.clone()]);
        let mut stack = vec![section];
        while let Some(s) = stack.pop() {
            let children = self.section_children.get(s).into_iter().flatten();
            for child in children.filter_map(|&k| report.sections.get(k)) {
                // A section already met is not walked again, so even a cycle (which
                // loading refuses) ends the walk.
                if set.insert(child.id.clone()) {
                    stack.push(&child.id);
                }
            }
        }
        set
    }
}

/// A column of the table to sort by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum SortKey {
    /// The indicator's name.
    Name,
    /// The unit.
    Unit,
    /// An editable figure.
    Value(Field),
    /// Achievement of the period target (or the gap, for rates).
    Achievement,
    /// Achievement of the annual target (or the gap, for rates).
    AnnualAchievement,
    /// What remains for the second half.
    Remaining,
    /// The growth the rest of the year needs.
    RestNeeded,
    /// The status.
    Status,
}

/// Which rows the table shows, in which order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RowQuery {
    /// Only the indicators of this section and its subsections.
    pub section: Option<SectionId>,
    /// Only indicators whose name (either language), id or unit contains this text,
    /// ignoring case and Vietnamese marks.
    pub search: String,
    /// Only indicators behind target.
    pub behind_only: bool,
    /// Only indicators with a revised value.
    pub revised_only: bool,
    /// Only indicators with a check finding.
    pub findings_only: bool,
    /// Sort siblings by this key, ascending or not; report order when `None`.
    pub sort: Option<(SortKey, bool)>,
    /// Totals whose breakdowns are hidden.
    pub collapsed: HashSet<IndicatorId>,
    /// The language names are sorted in.
    pub lang: Lang,
}

impl RowQuery {
    /// True when a filter narrows the rows (then the tree is shown flat, with its
    /// indentation, and collapsing does not apply).
    pub fn is_filtering(&self) -> bool {
        !self.search.trim().is_empty()
            || self.behind_only
            || self.revised_only
            || self.findings_only
    }
}

/// Lower-case, without Vietnamese marks, precomposed or not: what search compares
/// ([`crate::model::fold_vietnamese`]).
pub fn fold(text: &str) -> String {
    crate::model::fold_vietnamese(text)
}

/// The positions of the indicators the table shows for `query`, in display order:
/// each total followed by its breakdown, siblings sorted by the query's key.
pub fn rows(report: &Report, derived: &Derived, query: &RowQuery) -> Vec<usize> {
    let sections = query
        .section
        .as_ref()
        .map(|s| derived.section_and_descendants(report, s));
    let needle = fold(query.search.trim());
    let keep = |i: usize| -> bool {
        let Some(ind) = report.indicators.get(i) else {
            return false;
        };
        if let Some(sections) = &sections
            && !sections.contains(&ind.section)
        {
            return false;
        }
        if !needle.is_empty() {
            let hay = fold(&format!(
                "{} {} {} {}",
                ind.name.vi, ind.name.en, ind.id, ind.unit.vi
            ));
            if !hay.contains(&needle) {
                return false;
            }
        }
        if query.behind_only && derived.metrics_of(i).status() != Some(Status::Behind) {
            return false;
        }
        if query.revised_only && !ind.is_any_revised() {
            return false;
        }
        if query.findings_only && derived.findings_of.get(i).is_none_or(Vec::is_empty) {
            return false;
        }
        true
    };

    let filtering = query.is_filtering();
    let mut out = Vec::new();
    let mut stack: Vec<usize> = sorted(report, derived, &derived.roots, query);
    stack.reverse();
    let mut visited = vec![false; report.indicators.len()];
    while let Some(i) = stack.pop() {
        match visited.get_mut(i) {
            Some(v) if !*v => *v = true,
            _ => continue,
        }
        if keep(i) {
            out.push(i);
        }
        let expanded = filtering
            || report
                .indicators
                .get(i)
                .is_none_or(|ind| !query.collapsed.contains(&ind.id));
        // A section filter keeps a part whose total is elsewhere; a collapsed total
        // hides its parts only where the total itself is shown.
        if expanded || !keep(i) {
            let kids = derived
                .children
                .get(i)
                .map(Vec::as_slice)
                .unwrap_or_default();
            let mut kids = sorted(report, derived, kids, query);
            kids.reverse();
            stack.extend(kids);
        }
    }
    out
}

fn sorted(report: &Report, derived: &Derived, items: &[usize], query: &RowQuery) -> Vec<usize> {
    let mut items = items.to_vec();
    let Some((key, ascending)) = query.sort else {
        return items;
    };
    let name = |i: usize| {
        report
            .indicators
            .get(i)
            .map(|ind| fold(ind.name.get(query.lang)))
            .unwrap_or_default()
    };
    let number = |i: usize| -> Option<f64> {
        let ind = report.indicators.get(i)?;
        let m = derived.metrics_of(i);
        match key {
            SortKey::Value(field) => ind.value(field),
            SortKey::Achievement => m.achievement_pct.or(m.gap_pts),
            SortKey::AnnualAchievement => m.annual_achievement_pct.or(m.annual_gap_pts),
            SortKey::Remaining => m.h2_remaining,
            SortKey::RestNeeded => m.rest_required_growth_pct,
            SortKey::Status => m.status().map(|s| match s {
                Status::Behind => 0.0,
                Status::Close => 1.0,
                Status::Met => 2.0,
            }),
            SortKey::Name | SortKey::Unit => None,
        }
    };
    match key {
        SortKey::Name => items.sort_by_cached_key(|&i| name(i)),
        SortKey::Unit => items.sort_by_cached_key(|&i| {
            report
                .indicators
                .get(i)
                .map(|ind| fold(ind.unit.get(query.lang)))
                .unwrap_or_default()
        }),
        _ => {
            // Missing values always go last, whichever the direction.
            let mut keyed: Vec<(Option<f64>, usize)> =
                items.iter().map(|&i| (number(i), i)).collect();
            keyed.sort_by(|(a, _), (b, _)| match (a, b) {
                (Some(a), Some(b)) => {
                    let o = a.partial_cmp(b).unwrap_or(Ordering::Equal);
                    if ascending { o } else { o.reverse() }
                }
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (None, None) => Ordering::Equal,
            });
            return keyed.into_iter().map(|(_, i)| i).collect();
        }
    }
    if !ascending {
        items.reverse();
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seed() -> Report {
        crate::io::embedded().unwrap()
    }

    fn ids(report: &Report, rows: &[usize]) -> Vec<String> {
        rows.iter()
            .map(|&i| report.indicators[i].id.0.clone())
            .collect()
    }

    #[test]
    fn all_rows_in_report_order_with_breakdowns_after_their_totals() {
        let r = seed();
        let d = Derived::compute(&r);
        let rows = rows(&r, &d, &RowQuery::default());
        assert_eq!(rows.len(), r.indicators.len());
        let pos: HashMap<usize, usize> = rows.iter().enumerate().map(|(p, &i)| (i, p)).collect();
        for (i, ind) in r.indicators.iter().enumerate() {
            if let Some(p) = ind.parent.as_ref().and_then(|p| d.index.get(p)) {
                assert!(pos[p] < pos[&i], "{} after its total", ind.id);
                assert_eq!(d.depth[i], d.depth[*p] + 1);
            }
        }
    }

    #[test]
    fn section_filter_includes_subsections() {
        let r = seed();
        let d = Derived::compute(&r);
        let q = RowQuery {
            section: Some(SectionId("finance".into())),
            ..RowQuery::default()
        };
        let shown = ids(&r, &rows(&r, &d, &q));
        assert!(shown.contains(&"budget_revenue_total".to_owned()));
        assert!(shown.contains(&"bank_bad_debt_ratio".to_owned()));
        assert!(!shown.contains(&"grdp_growth".to_owned()));
    }

    #[test]
    fn search_ignores_case_and_marks() {
        let r = seed();
        let d = Derived::compute(&r);
        let q = RowQuery {
            search: "TONG THU NGAN SACH".into(),
            ..RowQuery::default()
        };
        assert_eq!(ids(&r, &rows(&r, &d, &q)), vec!["budget_revenue_total"]);
    }

    #[test]
    fn collapsing_hides_the_breakdown() {
        let r = seed();
        let d = Derived::compute(&r);
        let mut q = RowQuery::default();
        q.collapsed
            .insert(IndicatorId("budget_revenue_total".into()));
        let shown = ids(&r, &rows(&r, &d, &q));
        assert!(shown.contains(&"budget_revenue_total".to_owned()));
        assert!(!shown.contains(&"budget_revenue_domestic".to_owned()));
        assert!(!shown.contains(&"budget_revenue_domestic_excl_land_lottery_dividends".to_owned()));
    }

    #[test]
    fn sorting_orders_siblings_and_puts_missing_values_last() {
        let r = seed();
        let d = Derived::compute(&r);
        let q = RowQuery {
            section: Some(SectionId("investment".into())),
            sort: Some((SortKey::Value(Field::Actual), false)),
            ..RowQuery::default()
        };
        let rows = rows(&r, &d, &q);
        let roots: Vec<Option<f64>> = rows
            .iter()
            .filter(|&&i| r.indicators[i].parent.is_none())
            .map(|&i| r.indicators[i].actual)
            .collect();
        let known: Vec<f64> = roots.iter().flatten().copied().collect();
        assert!(known.windows(2).all(|w| w[0] >= w[1]), "{known:?}");
        let first_none = roots
            .iter()
            .position(Option::is_none)
            .unwrap_or(roots.len());
        assert!(roots[first_none..].iter().all(Option::is_none));
    }

    #[test]
    fn an_incremental_update_equals_a_full_recompute() {
        let mut r = crate::generate::report(3000, 5);
        let mut d = Derived::compute(&r);
        let mut rng = 17u64;
        for _ in 0..200 {
            rng = rng
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let i = usize::try_from(rng >> 33).unwrap() % r.indicators.len();
            let field = Field::ALL[usize::try_from(rng >> 20).unwrap() % 4];
            let value = ((rng >> 40) % 100_000) as f64 / 10.0;
            r.indicators[i].set_value(field, Some(value));
            d.update_indicator(&r, i);
        }
        let full = Derived::compute(&r);
        assert_eq!(d.metrics, full.metrics);
        assert_eq!(d.behind_total, full.behind_total);
        let counts = |x: &Derived| {
            let mut v: Vec<(SectionId, usize)> = x
                .behind_in_section
                .iter()
                .filter(|(_, c)| **c > 0)
                .map(|(s, c)| (s.clone(), *c))
                .collect();
            v.sort();
            v
        };
        assert_eq!(counts(&d), counts(&full));
        let lines = |x: &Derived| {
            let mut v: Vec<String> = x.findings.iter().map(Finding::line).collect();
            v.sort();
            v
        };
        assert_eq!(lines(&d), lines(&full));
        for i in 0..r.indicators.len() {
            let mine: Vec<String> = d.findings_about(i).map(Finding::line).collect();
            let theirs: Vec<String> = full.findings_about(i).map(Finding::line).collect();
            assert_eq!(mine.len(), theirs.len(), "findings about indicator {i}");
        }
    }

    #[test]
    fn behind_counts_roll_up_to_parent_sections() {
        let r = seed();
        let d = Derived::compute(&r);
        let budget = d
            .behind_in_section
            .get(&SectionId("budget".into()))
            .copied()
            .unwrap_or(0);
        let finance = d
            .behind_in_section
            .get(&SectionId("finance".into()))
            .copied()
            .unwrap_or(0);
        assert!(budget >= 1, "spending is behind the pace of its estimate");
        assert!(finance >= budget);
        assert!(d.behind_total >= finance);
    }

    /// Every section whose chain of parents reaches `section`, found by following the
    /// parents up (the opposite way from the walk down the tree).
    fn descendants_by_parents(report: &Report, section: &SectionId) -> HashSet<SectionId> {
        let parent: HashMap<&SectionId, &SectionId> = report
            .sections
            .iter()
            .filter_map(|s| Some((&s.id, s.parent.as_ref()?)))
            .collect();
        let mut set = HashSet::from([section.clone()]);
        for s in &report.sections {
            let mut up = Some(&s.id);
            while let Some(id) = up {
                if id == section {
                    set.insert(s.id.clone());
                    break;
                }
                up = parent.get(id).copied();
            }
        }
        set
    }

    #[test]
    fn a_section_holds_the_sections_below_it_at_every_depth() {
        let mut r = seed();
        // One level deeper than the seed goes: a subsection of a subsection.
        let budget = r
            .sections
            .iter()
            .find(|s| s.id.0 == "budget")
            .unwrap()
            .clone();
        r.sections.push(crate::model::Section {
            id: SectionId("budget_detail".into()),
            parent: Some(budget.id.clone()),
            ..budget
        });
        let d = Derived::compute(&r);
        for s in &r.sections {
            assert_eq!(
                d.section_and_descendants(&r, &s.id),
                descendants_by_parents(&r, &s.id),
                "{}",
                s.id.0
            );
        }
        let finance = d.section_and_descendants(&r, &SectionId("finance".into()));
        for id in ["finance", "budget", "budget_detail"] {
            assert!(finance.contains(&SectionId(id.into())), "{id}");
        }
        assert!(!finance.contains(&SectionId("agriculture".into())));
    }

    #[test]
    fn a_cycle_of_sections_ends_the_walk() {
        let mut r = seed();
        r.sections.truncate(2);
        let (a, b) = (r.sections[0].id.clone(), r.sections[1].id.clone());
        r.sections[0].parent = Some(b.clone());
        r.sections[1].parent = Some(a.clone());
        let d = Derived::compute(&r);
        assert_eq!(d.section_and_descendants(&r, &a), HashSet::from([a, b]));
    }
}
