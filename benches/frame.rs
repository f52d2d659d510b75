//! The CPU cost of one frame of the whole main window (table, sections, detail, plots),
//! run headless through egui_kittest with no GPU, at the seed's size and at 1 000,
//! 10 000 and 100 000 indicators. See BENCHMARKS.md.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "benchmarks fail loudly"
)]

use chitieu::app::{BrowseCmd, ChitieuApp, Command, EditCmd, Settings};
use chitieu_core::model::Field;
#[path = "../crates/core/benches/support/sizes.rs"]
mod sizes;
use sizes::sizes;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

/// The app's own allocator (see src/main.rs).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use egui_kittest::Harness;

fn frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame");
    for (name, report) in sizes() {
        let first = report.indicators.first().map(|i| i.id.clone());
        let mut harness = Harness::builder()
            .with_size([1400.0, 860.0])
            .with_accessibility_check(false)
            .build_eframe(move |cc| {
                ChitieuApp::with_settings(&cc.egui_ctx, report, None, Settings::default())
            });
        // A selected indicator, so the detail panel and the plots' highlights are drawn too.
        if let Some(id) = first {
            harness
                .state_mut()
                .command(Command::Browse(BrowseCmd::SelectIndicator {
                    id,
                    reveal: false,
                }));
        }
        harness.run();
        group.bench_function(BenchmarkId::new("main_window", &name), |b| {
            b.iter(|| {
                // Each frame is a full pass: egui redraws everything, nothing cached by egui.
                harness.ctx.request_repaint();
                harness.step();
            });
        });
        // An edit as the user makes it (a command), then the frame that applies it and the
        // one that shows it: the computed figures, checks, counts, rows and plot data
        // all brought up to date.
        let edited = harness
            .state()
            .report()
            .indicators
            .iter()
            .find(|i| i.actual.is_some())
            .map(|i| i.id.clone());
        let mut flip = false;
        if let Some(id) = edited {
            group.bench_function(BenchmarkId::new("edit_to_updated_window", &name), |b| {
                b.iter(|| {
                    flip = !flip;
                    harness
                        .state_mut()
                        .command(Command::Edit(EditCmd::SetValue {
                            id: id.clone(),
                            field: Field::AnnualTarget,
                            value: Some(if flip { 123.0 } else { 456.0 }),
                        }));
                    harness.step();
                    harness.step();
                });
            });
        }
    }
    group.finish();
}

criterion_group!(benches, frame);
criterion_main!(benches);
