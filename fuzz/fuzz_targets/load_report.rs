//! Loading any bytes as a report never panics, never hangs; what loads is structurally
//! sound and saves and loads back the same.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(report) = chitieu_core::io::from_bytes(data, Path::new("fuzz.ron")) {
        assert!(chitieu_core::checks::structure(&report).is_empty());
        let _ = chitieu_core::checks::check(&report);
        let _ = chitieu_core::derived::Derived::compute(&report);
        let text = chitieu_core::io::to_string(&report).expect("a loaded report serializes");
        let again = chitieu_core::io::from_str(&text, Path::new("again.ron")).expect("and loads back");
        assert_eq!(again, report);
    }
});
