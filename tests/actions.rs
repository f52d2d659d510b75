//! The table of actions as the user meets it: the menu shows each action's shortcut, the
//! shortcuts window lists the same ones, the View menu shows and hides each panel, and
//! the keys do what the menu does.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "tests fail loudly"
)]

use chitieu::app::Action;
use chitieu_core::model::{Field, IndicatorId};
use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT as _, Queryable as _};
#[path = "support/english.rs"]
mod english;
use english::english;

#[test]
fn the_file_menu_shows_the_shortcuts_that_work() {
    let mut h = english();
    h.get_by_label("File").click();
    h.run();
    // The shortcut text is part of the button's label, as the platform writes it.
    h.get_by_label("Open… Ctrl+O");
    h.get_by_label("Save Ctrl+S");
    h.get_by_label("Save as… Ctrl+Shift+S");
    h.get_by_label("Quit Ctrl+Q");
}

#[test]
fn the_shortcuts_window_lists_the_actions_and_the_table_keys() {
    let mut h = english();
    h.key_press(Key::F1);
    h.run();
    h.get_by_label("F1");
    h.get_by_label("Ctrl+Shift+S");
    h.get_by_label("Save as…");
    h.get_by_label("Ctrl+Y, Ctrl+Shift+Z");
    h.get_by_label("Move between cells");
}

#[test]
fn the_view_menu_hides_and_shows_the_plots() {
    let mut h = english();
    assert!(
        h.query_by_label("Save as PNG…").is_some(),
        "plots shown at start"
    );
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Plots panel").click();
    h.run();
    assert!(!h.state().settings().show_plots);
    assert!(h.query_by_label("Save as PNG…").is_none(), "plots hidden");
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Plots panel").click();
    h.run();
    assert!(h.query_by_label("Save as PNG…").is_some(), "plots back");
}

#[test]
fn undo_in_the_edit_menu_is_enabled_only_with_something_to_undo() {
    let mut h = english();
    h.get_by_label("Edit").click();
    h.run();
    assert!(
        h.get_by_label_contains("Undo")
            .accesskit_node()
            .is_disabled()
    );
    h.key_press(Key::Escape);
    h.run();

    let id = IndicatorId("budget_revenue_total".into());
    h.state_mut().command(chitieu::app::Command::Edit(
        chitieu::app::EditCmd::SetValue {
            id: id.clone(),
            field: Field::AnnualTarget,
            value: Some(20_000.0),
        },
    ));
    h.run();
    h.get_by_label("Edit").click();
    h.run();
    h.get_by_label_contains("Undo").click();
    h.run();
    let value = h
        .state()
        .report()
        .indicator(&id)
        .unwrap()
        .value(Field::AnnualTarget);
    assert_eq!(value, Some(19_647.2), "the menu's undo undid the edit");
    assert!(!h.state().is_dirty());
}

#[test]
fn the_search_shortcut_puts_the_keyboard_in_the_search_box() {
    let mut h = english();
    h.key_press_modifiers(Modifiers::COMMAND, Key::F);
    h.run();
    h.run();
    assert!(h.get_by_label("Search indicators").is_focused());
    // Text goes where the keyboard is: into the search box.
    h.get_by_label("Search indicators").type_text("rice");
    h.run();
    assert_eq!(
        h.get_by_label("Search indicators").value().as_deref(),
        Some("rice")
    );
    assert!(
        h.query_by_label("GRDP growth rate").is_none(),
        "only what the search finds is listed"
    );
}

#[test]
fn the_readme_lists_every_shortcut_of_the_action_table() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let keyboard = &readme[readme.find("### Keyboard").unwrap()..];
    let keyboard = &keyboard[..keyboard.find("## Two commands").unwrap()];
    let ctx = egui::Context::default();
    let mut output = ctx.run_ui(egui::RawInput::default(), |_| {});
    output.textures_delta.clear();
    for &action in Action::ALL {
        for shortcut in action.shortcuts() {
            let text = ctx.format_shortcut(shortcut);
            let text = text.replace("Up", "↑").replace("Down", "↓");
            assert!(
                keyboard.contains(&text),
                "README's keyboard table lacks {text} ({action:?})"
            );
        }
    }
}
