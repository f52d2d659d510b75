//! Load, save, recompute after an edit, checks, clean text, every export and an import
//! applied as one step, at the seed's size and at 1 000, 10 000 and 100 000 indicators;
//! serde_json parsing the same report as the practical limit of a serde format. See
//! BENCHMARKS.md.
//!
//! `CHITIEU_BENCH_SIZES=1000,10000` limits the sizes (CI runs every benchmark once, in
//! test mode, with small sizes).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "benchmarks fail loudly"
)]

use std::hint::black_box;
use std::path::Path;

use chitieu_core::derived::Derived;
use chitieu_core::edit::Edit;
use chitieu_core::export::{self, Format, Options};
use chitieu_core::model::text;
use chitieu_core::model::{Field, Report};
use chitieu_core::session::{Prepared, Session};
#[path = "support/sizes.rs"]
mod sizes;
use sizes::sizes;

use criterion::measurement::WallTime;
use criterion::{
    BatchSize, BenchmarkGroup, BenchmarkId, Criterion, criterion_group, criterion_main,
};

/// The app's own allocator (see src/main.rs).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn benches(c: &mut Criterion) {
    for (name, report) in sizes() {
        io(c, &name, &report);
        compute(c, &name, &report);
        clean_text(c, &name, &report);
        exports(c, &name, &report);
        import(c, &name, &report);
    }
}

/// A benchmark group, with fewer samples for a report too large to time a hundred times.
fn group<'c>(c: &'c mut Criterion, title: &str, report: &Report) -> BenchmarkGroup<'c, WallTime> {
    let mut group = c.benchmark_group(title);
    if report.indicators.len() > 20_000 {
        group.sample_size(10);
    }
    group
}

/// Loading and saving RON, and serde_json's parse of the same report for reference.
fn io(c: &mut Criterion, name: &str, report: &Report) {
    let text = chitieu_core::io::to_string(report).unwrap();
    let json = serde_json::to_string(report).unwrap();
    let mut group = group(c, "io", report);
    group.bench_with_input(BenchmarkId::new("load_ron", name), &text, |b, text| {
        b.iter(|| chitieu_core::io::from_str(black_box(text), Path::new("bench.ron")).unwrap());
    });
    group.bench_with_input(
        BenchmarkId::new("parse_json_reference", name),
        &json,
        |b, json| {
            b.iter(|| serde_json::from_str::<Report>(black_box(json)).unwrap());
        },
    );
    group.bench_with_input(BenchmarkId::new("save_ron", name), report, |b, report| {
        b.iter(|| chitieu_core::io::to_string(black_box(report)).unwrap());
    });
    group.finish();
}

/// An edit, then the figures recomputed in full or updated, and the checks.
fn compute(c: &mut Criterion, name: &str, report: &Report) {
    let mut group = group(c, "compute", report);
    // An edit, then everything the views show recomputed (figures, tree, checks, counts).
    let mut edited = report.clone();
    let target = edited
        .indicators
        .iter()
        .position(|i| i.actual.is_some())
        .unwrap_or(0);
    let mut flip = false;
    group.bench_function(BenchmarkId::new("edit_and_recompute", name), |b| {
        b.iter(|| {
            flip = !flip;
            let value = if flip { 123.0 } else { 456.0 };
            if let Some(ind) = edited.indicators.get_mut(target) {
                ind.set_value(Field::AnnualTarget, Some(value));
            }
            black_box(Derived::compute(&edited))
        });
    });
    // What the app does on an edit: the edited indicator and its total, nothing else.
    let mut derived = Derived::compute(&edited);
    group.bench_function(BenchmarkId::new("edit_and_update", name), |b| {
        b.iter(|| {
            flip = !flip;
            let value = if flip { 123.0 } else { 456.0 };
            if let Some(ind) = edited.indicators.get_mut(target) {
                ind.set_value(Field::AnnualTarget, Some(value));
            }
            derived.update_indicator(&edited, target);
            black_box(&derived);
        });
    });
    group.bench_with_input(BenchmarkId::new("checks", name), report, |b, report| {
        b.iter(|| chitieu_core::checks::check(black_box(report)));
    });
    group.finish();
}

/// Clean text (issue 22): what loading and every export pay to look at each text of a
/// clean report (the usual case), and to clean a report whose every name holds a
/// direction control (a copy, then every text cleaned).
fn clean_text(c: &mut Criterion, name: &str, report: &Report) {
    let mut group = group(c, "text", report);
    group.bench_with_input(BenchmarkId::new("look", name), report, |b, report| {
        b.iter(|| text::is_clean_report(black_box(report), text::Shape::Lines));
    });
    let mut dirty = report.clone();
    for ind in &mut dirty.indicators {
        ind.name.vi.push('\u{202E}');
    }
    group.bench_with_input(
        BenchmarkId::new("clean_all_names", name),
        &dirty,
        |b, dirty| {
            b.iter(|| text::cleaned(black_box(dirty), text::Shape::Lines));
        },
    );
    group.finish();
}

/// Every export format, to bytes.
fn exports(c: &mut Criterion, name: &str, report: &Report) {
    let mut group = group(c, "export", report);
    let options = Options {
        exported_at: "2024-07-15 08:30 UTC".into(),
        ..Options::default()
    };
    for format in [
        Format::Xlsx,
        Format::Csv,
        Format::Markdown,
        Format::Ron,
        Format::Docx,
    ] {
        group.bench_with_input(
            BenchmarkId::new(format.extension(), name),
            report,
            |b, report| {
                b.iter(|| export::to_bytes(black_box(report), format, &options).unwrap());
            },
        );
    }
    group.finish();
}

/// An import that changes every actual, as one step: applied through the session (what
/// `chitieu import --out` does), and on a copy beside the window then put in place (what
/// the app does).
fn import(c: &mut Criterion, name: &str, report: &Report) {
    let mut group = group(c, "import", report);
    let edit = Edit::Batch(
        report
            .indicators
            .iter()
            .filter_map(|ind| {
                let before = ind.actual?;
                Some(Edit::Value {
                    id: ind.id.clone(),
                    field: Field::Actual,
                    before: Some(before),
                    after: Some(before + 1.0),
                })
            })
            .collect(),
    );
    group.bench_function(BenchmarkId::new("apply_every_actual", name), |b| {
        b.iter_batched(
            || (Session::new(report.clone(), None), edit.clone()),
            |(mut session, edit)| {
                assert!(session.apply(edit));
                session
            },
            BatchSize::LargeInput,
        );
    });
    group.bench_function(
        BenchmarkId::new("apply_every_actual_beside_the_window", name),
        |b| {
            b.iter_batched(
                || (Session::new(report.clone(), None), edit.clone()),
                |(mut session, edit)| {
                    let prepared =
                        Prepared::new(session.report(), session.generation(), edit).unwrap();
                    assert!(session.adopt(prepared));
                    session
                },
                BatchSize::LargeInput,
            );
        },
    );
    group.finish();
}

criterion_group!(core, benches);
criterion_main!(core);
