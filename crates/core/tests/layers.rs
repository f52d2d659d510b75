//! The layers of DESIGN.md, kept by the compiler: the core crate does not depend on
//! egui, eframe, rfd or anything that draws a window, so none of its code can name them.
//! This test reads the dependency tree Cargo resolved and says which path brings one in.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "tests fail loudly"
)]

use std::collections::{HashMap, HashSet};

/// Crates of the window: none may be in the core's tree.
const WINDOW: &[&str] = &[
    "egui",
    "eframe",
    "egui_extras",
    "egui_plot",
    "egui-winit",
    "egui_glow",
    "egui-wgpu",
    "epaint",
    "rfd",
    "winit",
    "glow",
    "wgpu",
    "arboard",
    "accesskit",
];

/// The name of a package id (`registry+…#name@version`, `path+file://…#name@version`).
fn name_of<'a>(id: &'a str, names: &'a HashMap<String, String>) -> &'a str {
    names.get(id).map_or(id, String::as_str)
}

#[test]
fn the_core_crate_depends_on_nothing_that_draws_a_window() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let output = std::process::Command::new(cargo)
        // Not offline: on a fresh machine the crates of other systems (Windows, macOS)
        // are not downloaded by a build, and the whole tree's metadata names them.
        .args(["metadata", "--format-version", "1", "--locked"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo metadata runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let metadata: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let names: HashMap<String, String> = metadata["packages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["id"].as_str().unwrap().to_owned(),
                p["name"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let nodes: HashMap<&str, &serde_json::Value> = metadata["resolve"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| (n["id"].as_str().unwrap(), n))
        .collect();
    let core = nodes
        .keys()
        .copied()
        .find(|id| name_of(id, &names) == "chitieu-core")
        .expect("the core crate is in the workspace");

    // Walk the normal and build dependencies (not dev: the tests may use anything),
    // keeping the path that reached each crate to name it in a failure.
    let mut seen = HashSet::from([core]);
    let mut queue = vec![(core, vec!["chitieu-core".to_owned()])];
    let mut offenders = Vec::new();
    let mut reached = 0;
    while let Some((id, path)) = queue.pop() {
        reached += 1;
        for dep in nodes[id]["deps"].as_array().unwrap() {
            let runtime = dep["dep_kinds"]
                .as_array()
                .unwrap()
                .iter()
                .any(|k| k["kind"].as_str() != Some("dev"));
            let pkg = dep["pkg"].as_str().unwrap();
            if !runtime || !seen.insert(pkg) {
                continue;
            }
            let name = name_of(pkg, &names).to_owned();
            let mut next = path.clone();
            next.push(name.clone());
            if WINDOW.contains(&name.as_str()) {
                offenders.push(next.join(" -> "));
            }
            queue.push((pkg, next));
        }
    }
    assert!(reached > 20, "walked the tree: {reached} crates");
    assert!(offenders.is_empty(), "{offenders:#?}");
}
