//! Parsing any text as a number never panics; what parses is finite and formats back
//! to a text that parses to the same value.
#![no_main]

use chitieu_core::format::{self, Notation};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for notation in [Notation::Vietnamese, Notation::English] {
        if let Ok(v) = format::parse(text, notation) {
            assert!(v.is_finite());
            let again = format::format(v, notation, 6, true);
            let back = format::parse(&again, notation).expect("formatted numbers parse");
            // Six decimals: off by at most half a millionth (plus float noise).
            assert!((back - v).abs() <= 5.000_001e-7 + v.abs() * 1e-12, "{text:?} → {v} → {again} → {back}");
        }
    }
});
