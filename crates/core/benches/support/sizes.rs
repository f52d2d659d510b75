//! The reports the benchmarks run on: the embedded seed, and generated reports of the
//! sizes in `CHITIEU_BENCH_SIZES` (default 1 000, 10 000 and 100 000 indicators).

#![allow(
    clippy::expect_used,
    reason = "a benchmark without its report cannot run"
)]

use chitieu_core::model::Report;

/// (name, report) for each size.
pub fn sizes() -> Vec<(String, Report)> {
    let wanted: Vec<usize> = std::env::var("CHITIEU_BENCH_SIZES")
        .ok()
        .map(|s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![1_000, 10_000, 100_000]);
    let mut out = vec![(
        "seed".to_owned(),
        chitieu_core::io::embedded().expect("the embedded report loads"),
    )];
    for n in wanted {
        out.push((n.to_string(), chitieu_core::generate::report(n, 1)));
    }
    out
}
