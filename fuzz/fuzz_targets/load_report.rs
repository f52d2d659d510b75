//! Loading any bytes as a report never panics, never hangs; what loads is structurally
//! sound and saves and loads back the same.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(report) = chitieu::io::from_bytes(data, Path::new("fuzz.ron")) {
        assert!(chitieu::checks::structure(&report).is_empty());
        let _ = chitieu::checks::check(&report);
        let _ = chitieu::derived::Derived::compute(&report);
        let text = chitieu::io::to_string(&report).expect("a loaded report serializes");
        let again = chitieu::io::from_str(&text, Path::new("again.ron")).expect("and loads back");
        assert_eq!(again, report);
    }
});
