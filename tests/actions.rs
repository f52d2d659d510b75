//! The table of actions as the user meets it: the menu shows each action's shortcut, the
//! shortcuts window lists the same ones, the View menu shows and hides each panel, and
//! the keys do what the menu does.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "tests fail loudly"
)]

use chitieu::app::{Action, Menu};
use chitieu_core::model::{Field, IndicatorId};
use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT as _, Queryable as _};
#[path = "support/drive.rs"]
mod drive;
#[path = "support/english.rs"]
mod english;
use drive::search;
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
        h.query_by_label("Save the plot as PNG…").is_some(),
        "plots shown at start"
    );
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Plots panel").click();
    h.run();
    assert!(!h.state().settings().show_plots);
    assert!(
        h.query_by_label("Save the plot as PNG…").is_none(),
        "plots hidden"
    );
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Plots panel").click();
    h.run();
    assert!(
        h.query_by_label("Save the plot as PNG…").is_some(),
        "plots back"
    );
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

/// An action's entry as a menu shows it: its name, then its first shortcut.
fn entry(h: &egui_kittest::Harness<'_, chitieu::app::ChitieuApp>, action: Action) -> String {
    let label = action.label(chitieu_core::model::Lang::En);
    match action.shortcuts().first() {
        Some(first) => format!("{label} {}", h.ctx.format_shortcut(first)),
        None => label.to_owned(),
    }
}

#[test]
fn every_action_is_in_the_menu_its_table_line_names() {
    let mut h = english();
    for (menu, title) in [
        (Menu::File, "File"),
        (Menu::Edit, "Edit"),
        (Menu::View, "View"),
        (Menu::Help, "Help"),
    ] {
        h.get_by_label(title).click();
        h.run();
        for &action in Action::ALL.iter().filter(|a| a.place().menu == menu) {
            let entry = entry(&h, action);
            // (The plots' button says "Save the plot as PNG…" too, outside the menu.)
            assert!(
                h.query_all_by_label(&entry).next().is_some(),
                "{action:?}: \"{entry}\" is not in the {title} menu"
            );
        }
        h.key_press(Key::Escape);
        h.run();
    }
    // And every action is placed in one of the menus the bar shows.
    for &action in Action::ALL {
        assert!(Menu::ALL.contains(&action.place().menu), "{action:?}");
    }
}

#[test]
fn the_row_menu_is_the_edit_menus_actions_with_their_shortcuts() {
    let mut h = english();
    search(&mut h, "Recurrent spending");
    h.get_by_label("Recurrent spending").click_secondary();
    h.run();
    for action in [
        Action::AddPart,
        Action::DescribeIndicator,
        Action::MoveUp,
        Action::MoveDown,
        Action::DeleteIndicator,
    ] {
        let entry = entry(&h, action);
        assert!(
            h.query_by_label(&entry).is_some(),
            "the row menu lacks \"{entry}\""
        );
    }
    h.get_by_label("Describe the indicator… Ctrl+E").click();
    h.run();
    // The description of the row clicked opens, with its name.
    assert_eq!(
        h.get_by_label("Name (English)").value().as_deref(),
        Some("Recurrent spending")
    );
}

#[test]
fn the_section_menu_describes_the_section_clicked() {
    let mut h = english();
    h.get_by_label_contains("3.1 State budget")
        .click_secondary();
    h.run();
    for action in [
        Action::AddIndicator,
        Action::AddSection,
        Action::DescribeSection,
        Action::DeleteSection,
    ] {
        let entry = entry(&h, action);
        assert!(
            h.query_by_label(&entry).is_some(),
            "the section menu lacks \"{entry}\""
        );
    }
    h.get_by_label("Describe the section…").click();
    h.run();
    // The description of the section clicked opens, with its title.
    let title = h
        .get_by_label("Title (English)")
        .value()
        .unwrap_or_default();
    assert!(title.starts_with("State budget"), "{title}");
}
