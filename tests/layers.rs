//! The layers of DESIGN.md: only the app and `main.rs` know egui, eframe or rfd.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "tests fail loudly"
)]

use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn only_the_app_knows_the_gui_crates() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut offenders = Vec::new();
    for file in &files {
        let rel = file.strip_prefix(&src).unwrap();
        if rel.starts_with("app") || rel == Path::new("main.rs") {
            continue;
        }
        let text = std::fs::read_to_string(file).unwrap();
        for gui in ["egui", "eframe", "rfd::"] {
            if text
                .lines()
                .any(|l| !l.trim_start().starts_with("//") && l.contains(gui))
            {
                offenders.push(format!("{} uses {gui}", rel.display()));
            }
        }
    }
    assert!(files.len() > 8, "found the sources");
    assert!(offenders.is_empty(), "{offenders:#?}");
}
