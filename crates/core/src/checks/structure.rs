//! The structure of a report: duplicate ids, references to nothing, parent cycles.

use std::collections::{HashMap, HashSet};

use rustc_hash::FxHashMap;

use super::{Finding, FindingKind, Severity, Subject};
use crate::model::{IndicatorId, Report, SectionId};

/// The structural findings: duplicate ids, references to nothing, parent cycles.
/// A report with any of these cannot be shown as a tree and is refused on load.
pub fn structure(report: &Report) -> Vec<Finding> {
    let mut out = Vec::new();
    let ind = |id: &IndicatorId| Subject::Indicator(id.clone());

    let mut seen = HashSet::new();
    for s in &report.sections {
        if !seen.insert(&s.id) {
            out.push(Finding::new(
                Severity::Error,
                Subject::Section(s.id.clone()),
                FindingKind::DuplicateId,
            ));
        }
    }
    let section_ids = seen;
    for s in &report.sections {
        if let Some(p) = &s.parent
            && !section_ids.contains(p)
        {
            out.push(Finding::new(
                Severity::Error,
                Subject::Section(s.id.clone()),
                FindingKind::UnknownParentSection(p.clone()),
            ));
        }
    }
    let section_index: HashMap<&str, usize> = report
        .sections
        .iter()
        .enumerate()
        .map(|(k, s)| (s.id.0.as_str(), k))
        .collect();
    let section_parents: Vec<Option<usize>> = report
        .sections
        .iter()
        .map(|s| {
            s.parent
                .as_ref()
                .and_then(|p| section_index.get(p.0.as_str()).copied())
        })
        .collect();
    let section_name = |k: usize| report.sections.get(k).map_or("", |s| s.id.0.as_str());
    for cycle in cycles(&section_parents, section_name) {
        let first = SectionId(cycle.first().cloned().unwrap_or_default());
        out.push(Finding::new(
            Severity::Error,
            Subject::Section(first),
            FindingKind::ParentCycle(cycle),
        ));
    }

    // One pass over the ids: duplicates, and the position of each (the last one).
    let mut index: FxHashMap<&str, usize> =
        FxHashMap::with_capacity_and_hasher(report.indicators.len(), Default::default());
    for (k, i) in report.indicators.iter().enumerate() {
        if index.insert(i.id.0.as_str(), k).is_some() {
            out.push(Finding::new(
                Severity::Error,
                ind(&i.id),
                FindingKind::DuplicateId,
            ));
        }
    }
    // Neighbours mostly share a section: look each one up once.
    let mut known_section: Option<&SectionId> = None;
    for i in &report.indicators {
        if known_section != Some(&i.section) {
            if section_ids.contains(&i.section) {
                known_section = Some(&i.section);
            } else {
                out.push(Finding::new(
                    Severity::Error,
                    ind(&i.id),
                    FindingKind::UnknownSection(i.section.clone()),
                ));
            }
        }
        if let Some(p) = &i.parent
            && !index.contains_key(p.0.as_str())
        {
            out.push(Finding::new(
                Severity::Error,
                ind(&i.id),
                FindingKind::UnknownParent(p.clone()),
            ));
        }
    }
    let parents: Vec<Option<usize>> = report
        .indicators
        .iter()
        .map(|i| {
            i.parent
                .as_ref()
                .and_then(|p| index.get(p.0.as_str()).copied())
        })
        .collect();
    let indicator_name = |k: usize| report.indicators.get(k).map_or("", |i| i.id.0.as_str());
    for cycle in cycles(&parents, indicator_name) {
        let first = IndicatorId(cycle.first().cloned().unwrap_or_default());
        out.push(Finding::new(
            Severity::Error,
            Subject::Indicator(first),
            FindingKind::ParentCycle(cycle),
        ));
    }

    let mut seen = HashSet::new();
    for t in &report.tasks {
        if !seen.insert(&t.id) {
            out.push(Finding::new(
                Severity::Error,
                Subject::Task(t.id.clone()),
                FindingKind::DuplicateId,
            ));
        }
    }
    out
}

/// Every cycle in a child → parent list (by position), each once, as names starting
/// from the smallest and closed by repeating it; in the order of their first names.
/// One pass, each node visited once: linear in the number of nodes.
fn cycles<'a>(parents: &[Option<usize>], name: impl Fn(usize) -> &'a str) -> Vec<Vec<String>> {
    const NEW: u8 = 0;
    const ON_PATH: u8 = 1;
    const DONE: u8 = 2;
    let mut state = vec![NEW; parents.len()];
    let mut path: Vec<usize> = Vec::new();
    let mut found: Vec<Vec<String>> = Vec::new();
    for start in 0..parents.len() {
        if state.get(start) != Some(&NEW) {
            continue;
        }
        path.clear();
        let mut node = Some(start);
        while let Some(v) = node {
            match state.get(v).copied() {
                Some(NEW) => {
                    if let Some(s) = state.get_mut(v) {
                        *s = ON_PATH;
                    }
                    path.push(v);
                    node = parents.get(v).copied().flatten();
                }
                Some(ON_PATH) => {
                    // `v` closes a cycle: the part of the path from its first visit.
                    let from = path.iter().position(|&p| p == v).unwrap_or(0);
                    let mut cycle: Vec<&str> = path
                        .get(from..)
                        .unwrap_or_default()
                        .iter()
                        .map(|&k| name(k))
                        .collect();
                    if let Some(min_at) = cycle
                        .iter()
                        .enumerate()
                        .min_by_key(|(_, n)| **n)
                        .map(|(k, _)| k)
                    {
                        cycle.rotate_left(min_at);
                    }
                    let mut cycle: Vec<String> = cycle.into_iter().map(str::to_owned).collect();
                    if let Some(first) = cycle.first().cloned() {
                        cycle.push(first);
                    }
                    found.push(cycle);
                    break;
                }
                _ => break,
            }
        }
        for &v in &path {
            if let Some(s) = state.get_mut(v) {
                *s = DONE;
            }
        }
    }
    found.sort();
    found
}
