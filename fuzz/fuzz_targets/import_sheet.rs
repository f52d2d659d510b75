//! Reading any bytes as an imported sheet (as a workbook and as a CSV file) never
//! panics and never changes the report: it gives a preview or an error, and every
//! change the preview proposes is a finite figure of an indicator the report has.
#![no_main]

use std::path::Path;

use chitieu_core::import::{self, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let report = chitieu_core::io::embedded().expect("the embedded report loads");
    for name in ["fuzz.xlsx", "fuzz.csv"] {
        if let Ok(preview) = import::read_bytes(data, Path::new(name), &report, &Options::default()) {
            for change in &preview.changes {
                assert!(change.after.is_finite());
                assert!(report.indicator(&change.id).is_some());
            }
        }
    }
});
