//! `chitieu new-period`, run as a user runs it: the next report from the embedded one.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "tests fail loudly"
)]

use std::process::{Command, Output};

use chitieu::model::{Field, IndicatorId};

fn chitieu(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_chitieu"))
        .args(args)
        .output()
        .expect("the binary runs")
}

#[test]
fn the_next_first_half_carries_this_years_actuals_as_last_years() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("2025-h1.ron");
    let run = chitieu(&[
        "new-period",
        "--period",
        "2025-H1",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let said = String::from_utf8(run.stdout).unwrap();
    assert!(said.contains("264 indicators"), "{said}");

    let next = chitieu::io::load(&out).unwrap();
    assert_eq!(next.period.to_string(), "2025-H1");
    let revenue = next
        .indicator(&IndicatorId("budget_revenue_total".into()))
        .unwrap();
    assert_eq!(revenue.prior, Some(14_283.5));
    assert_eq!(revenue.value(Field::Actual), None);

    // The new report passes its structure checks: `chitieu check` reads it.
    let check = chitieu(&["check", out.to_str().unwrap()]);
    assert_eq!(
        check.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
}

#[test]
fn a_period_that_is_not_one_or_an_existing_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("next.ron");
    let bad = chitieu(&[
        "new-period",
        "--period",
        "2025-H3",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("is not a period"));
    assert!(!out.exists());

    std::fs::write(&out, "someone's work").unwrap();
    let over = chitieu(&[
        "new-period",
        "--period",
        "2024-9M",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(over.status.code(), Some(2));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "someone's work");
}
