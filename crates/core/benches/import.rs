//! Reading a department's workbook for an import: chitieu's own XLSX export of the seed
//! and of generated reports, read into its dry run (`import::read_bytes`: calamine's
//! values, then the styles and formulas calamine does not expose, then the matching),
//! and the pass over the XML parts alone (`import::parts::read`: percent cells and
//! formulas saved without a value). See BENCHMARKS.md.
//!
//! `CHITIEU_BENCH_SIZES=1000,10000` limits the sizes, as for the other benchmarks.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "benchmarks fail loudly"
)]

use std::hint::black_box;
use std::path::Path;

use chitieu_core::export::{self, Format, Options};
use chitieu_core::import;
#[path = "support/sizes.rs"]
mod sizes;
use sizes::sizes;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

/// The app's own allocator (see src/main.rs).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn benches(c: &mut Criterion) {
    let mut group = c.benchmark_group("import");
    group.sample_size(10);
    for (name, report) in sizes() {
        if report.indicators.len() > 20_000 {
            // An export of 100 000 indicators is past what a department sends.
            continue;
        }
        let options = Options {
            exported_at: "2024-07-15 08:30 UTC".into(),
            ..Options::default()
        };
        let bytes = export::to_bytes(&report, Format::Xlsx, &options).unwrap();
        let path = Path::new("so.xlsx");
        let read = import::read_bytes(&bytes, path, &report, &import::Options::default());
        assert!(read.unwrap().problems.is_empty());
        group.bench_with_input(BenchmarkId::new("read_xlsx", &name), &bytes, |b, bytes| {
            b.iter(|| {
                import::read_bytes(black_box(bytes), path, &report, &import::Options::default())
                    .unwrap()
            });
        });
        group.bench_with_input(BenchmarkId::new("xml_parts", &name), &bytes, |b, bytes| {
            b.iter(|| import::parts::read(black_box(bytes)));
        });
    }
    group.finish();
}

criterion_group!(import_benches, benches);
criterion_main!(import_benches);
