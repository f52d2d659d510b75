//! Last year's figure set in the same step as the edit that gives an indicator both an
//! actual and a growth where it has none, so that later revisions move the growth,
//! never last year's figure.

use crate::edit::Edit;
use crate::model::{Field, Indicator, IndicatorId};

/// `edit`, with last year's figure of every indicator it gives both an actual and a
/// growth and that has none: derived from them, once, as a loaded report's is
/// ([`crate::model::Indicator::settle_prior`]), so that revising the actual later
/// moves the growth, never last year's figure. One step with `edit`: one undo takes
/// both back.
pub(super) fn anchored<'r>(
    edit: Edit,
    lookup: impl Fn(&IndicatorId) -> Option<&'r Indicator>,
) -> Edit {
    fn touched<'e>(edit: &'e Edit, into: &mut Vec<(&'e IndicatorId, Field, Option<f64>)>) {
        match edit {
            Edit::Value {
                id, field, after, ..
            } if matches!(field, Field::Actual | Field::YoyGrowthPct) => {
                into.push((id, *field, *after));
            }
            Edit::Batch(edits) => edits.iter().for_each(|e| touched(e, into)),
            _ => {}
        }
    }
    let mut values = Vec::new();
    touched(&edit, &mut values);
    if values.is_empty() {
        return edit;
    }
    // The figures as the edit leaves them, by indicator: its last value of each field
    // (a map, not a search: an import is a batch of a hundred thousand).
    type After = (Option<Option<f64>>, Option<Option<f64>>);
    let mut after: rustc_hash::FxHashMap<&IndicatorId, After> = rustc_hash::FxHashMap::default();
    // In the edit's order, so the same edit is anchored the same way every time.
    let mut order: Vec<&IndicatorId> = Vec::new();
    for (id, field, value) in values {
        let entry = after.entry(id).or_insert_with(|| {
            order.push(id);
            After::default()
        });
        match field {
            Field::Actual => entry.0 = Some(value),
            _ => entry.1 = Some(value),
        }
    }
    let mut anchors: Vec<Edit> = Vec::new();
    for id in order {
        let Some(&(actual, growth)) = after.get(id) else {
            continue;
        };
        let Some(ind) = lookup(id) else {
            continue;
        };
        if ind.prior.is_some() || ind.change_in_units() {
            continue;
        }
        let actual = actual.unwrap_or(ind.actual);
        let growth = growth.unwrap_or(ind.yoy_growth_pct);
        let (Some(actual), Some(growth)) = (actual, growth) else {
            continue;
        };
        let prior = actual / (1.0 + growth / 100.0);
        if growth > -100.0 && prior.is_finite() {
            anchors.push(Edit::Value {
                id: id.clone(),
                field: Field::Prior,
                before: None,
                after: Some(prior),
            });
        }
    }
    if anchors.is_empty() {
        return edit;
    }
    let mut edits = vec![edit];
    edits.append(&mut anchors);
    Edit::Batch(edits)
}

#[cfg(test)]
mod tests {
    use crate::edit::Edit;
    use crate::model::{Field, IndicatorId};
    use crate::session::Session;

    fn id(s: &str) -> IndicatorId {
        IndicatorId(s.into())
    }

    /// An office's own report (no source document): an indicator with an actual and
    /// nothing for last year, like an imported row.
    fn own_report() -> Session {
        let mut report = crate::next_period::blank("2025-H1".parse().unwrap());
        report.sections.push(crate::model::Section {
            id: crate::model::SectionId("kt".into()),
            ..crate::model::Section::default()
        });
        for name in ["thu_ngan_sach", "von_dau_tu"] {
            report.indicators.push(crate::model::Indicator {
                id: id(name),
                section: crate::model::SectionId("kt".into()),
                actual: Some(1000.0),
                ..crate::model::Indicator::default()
            });
        }
        Session::new(report, None)
    }

    #[test]
    fn a_growth_typed_where_last_year_is_unknown_anchors_it_once() {
        let mut s = own_report();
        let a = id("thu_ngan_sach");
        assert!(s.set_value(a.clone(), Field::YoyGrowthPct, Some(25.0)));
        let ind = s.indicator(&a).unwrap();
        assert_eq!(ind.prior, Some(800.0), "derived with the growth, one step");
        assert_eq!(ind.growth_pct(), Some(25.0));
        // Revising the actual moves the growth, never last year's figure.
        assert!(s.set_value(a.clone(), Field::Actual, Some(1200.0)));
        let ind = s.indicator(&a).unwrap();
        assert_eq!(ind.prior, Some(800.0));
        assert_eq!(ind.growth_pct(), Some(50.0));
        // The growth now follows the figures: typing one is refused.
        assert!(!s.set_value(a.clone(), Field::YoyGrowthPct, Some(10.0)));
        // One undo takes the actual back, the next the growth with its anchor.
        assert!(s.undo());
        assert!(s.undo());
        let ind = s.indicator(&a).unwrap();
        assert_eq!((ind.prior, ind.yoy_growth_pct), (None, None));
        // A paste of an actual and a growth, or an import of both, anchors alike; a row
        // given only an actual does not.
        let b = id("von_dau_tu");
        s.apply(Edit::Batch(vec![
            Edit::Value {
                id: a.clone(),
                field: Field::Actual,
                before: Some(1000.0),
                after: Some(1100.0),
            },
            Edit::Value {
                id: a.clone(),
                field: Field::YoyGrowthPct,
                before: None,
                after: Some(10.0),
            },
            Edit::Value {
                id: b.clone(),
                field: Field::Actual,
                before: Some(1000.0),
                after: Some(900.0),
            },
        ]));
        let prior = s.indicator(&a).unwrap().prior.unwrap();
        assert!((prior - 1000.0).abs() < 1e-9, "{prior}");
        assert_eq!(s.indicator(&b).unwrap().prior, None);
    }
}
