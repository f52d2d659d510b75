//! LibreOffice, run headless the way the tests open what chitieu writes.
#![allow(dead_code, reason = "each test file uses what it needs")]

use std::path::{Path, PathBuf};
use std::process::Command;

/// LibreOffice's own binary, if installed.
pub fn soffice() -> Option<String> {
    ["soffice", "libreoffice"]
        .into_iter()
        .find(|b| {
            Command::new(b)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        })
        .map(str::to_owned)
}

/// How LibreOffice is to treat the formulas of an Excel file it opens.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Formulas {
    /// As it does by default: it shows the results cached in the file.
    Cached,
    /// Recalculated on load, so what it shows it computed itself.
    Recalculated,
}

/// Converts `file` with LibreOffice to `to` (an extension, or `ext:Filter:options`) in
/// `out`, in a profile of its own made in `dir`; panics with LibreOffice's words when
/// it fails.
pub fn convert(soffice: &str, file: &Path, to: &str, out: &Path, dir: &Path, formulas: Formulas) {
    let profile = profile(dir, formulas);
    let done = Command::new(soffice)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args(["--headless", "--convert-to", to, "--outdir"])
        .arg(out)
        .arg(file)
        .output()
        .unwrap();
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
}

/// A LibreOffice profile in `dir`; told to recalculate Excel files on load when asked
/// (its default is to trust the cached results).
fn profile(dir: &Path, formulas: Formulas) -> PathBuf {
    let profile = dir.join(match formulas {
        Formulas::Cached => "profile",
        Formulas::Recalculated => "profile-recalculating",
    });
    if formulas == Formulas::Recalculated {
        std::fs::create_dir_all(profile.join("user")).unwrap();
        std::fs::write(
            profile.join("user/registrymodifications.xcu"),
            r#"<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"#,
        )
        .unwrap();
    }
    profile
}
