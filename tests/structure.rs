//! Shaping the report in the app, the way an officer does: add, describe, move and
//! delete indicators and sections; start the next period. Each change is one undo.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "tests fail loudly"
)]

use chitieu::app::{BrowseCmd, ChitieuApp, Command, StructureCmd};
use chitieu_core::model::{IndicatorId, SectionId};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
#[path = "support/english.rs"]
mod english;
use english::english;

fn menu(h: &mut Harness<'_, ChitieuApp>, menu: &str, item: &str) {
    h.get_by_label(menu).click();
    h.run();
    h.get_by_label_contains(item).click();
    h.run();
}

fn type_in(h: &mut Harness<'_, ChitieuApp>, field: &str, text: &str) {
    h.get_by_label(field).click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label(field).type_text(text);
    h.run();
}

/// True when `text` is on screen (in the table, the detail or a panel).
fn shown(h: &Harness<'_, ChitieuApp>, text: &str) -> bool {
    h.query_all_by_label(text).next().is_some()
}

fn count(h: &Harness<'_, ChitieuApp>) -> usize {
    h.state().report().indicators.len()
}

#[test]
fn an_indicator_is_added_described_and_undone() {
    let mut h = english();
    let n = count(&h);
    h.state_mut()
        .command(Command::Browse(BrowseCmd::SelectSection(Some(SectionId(
            "budget".into(),
        )))));
    h.run();
    menu(&mut h, "Edit", "Add an indicator…");
    type_in(&mut h, "Name (English)", "Lottery revenue");
    type_in(&mut h, "Unit (English)", "VND billion");
    type_in(&mut h, "Code (Decision 05/2023)", "0605");
    h.get_by_label("OK").click();
    h.run();
    assert_eq!(count(&h), n + 1);
    let id = IndicatorId("lottery_revenue".into());
    let added = h.state().report().indicator(&id).unwrap();
    assert_eq!(added.section.0, "budget", "in the section shown");
    assert_eq!(
        added.name.vi, "Lottery revenue",
        "the other language repeats it"
    );
    assert_eq!(added.code, "0605");
    assert!(h.state().is_dirty());
    assert!(shown(&h, "Lottery revenue"));

    // Describe it again (Ctrl+E on the selected row): the id stays.
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run();
    type_in(&mut h, "Name (English)", "Lottery and games revenue");
    h.get_by_label("OK").click();
    h.run();
    assert!(shown(&h, "Lottery and games revenue"));
    assert_eq!(
        h.state().report().indicator(&id).unwrap().name.en,
        "Lottery and games revenue"
    );

    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(!shown(&h, "Lottery and games revenue"));
    assert_eq!(
        h.state().report().indicator(&id).unwrap().name.en,
        "Lottery revenue"
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(count(&h), n);
    assert!(!shown(&h, "Lottery revenue"));
    assert!(!h.state().is_dirty());
}

#[test]
fn deleting_a_total_asks_about_its_parts_and_undo_brings_all_back() {
    let mut h = english();
    let n = count(&h);
    let behind = h.state().session().derived().behind_total;
    let total = IndicatorId("budget_revenue_total".into());
    h.state_mut()
        .command(Command::Browse(BrowseCmd::SelectIndicator {
            id: total.clone(),
            reveal: true,
        }));
    h.run();
    h.key_press(Key::Delete);
    h.run();
    h.get_by_label_contains("This indicator has figures or parts.");
    h.get_by_label("Delete it with its parts").click();
    h.run();
    assert!(h.state().report().indicator(&total).is_none());
    assert!(count(&h) < n - 3, "the parts went with it");
    // The checks follow: the report's own budget finding is gone with the total.
    let findings = &h.state().session().derived().findings;
    assert!(findings.iter().all(|f| f.indicator() != Some(&total)));
    assert!(h.state().session().derived().behind_total <= behind);

    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(count(&h), n);
    assert_eq!(
        h.state().report(),
        &chitieu_core::io::embedded().unwrap(),
        "one undo brings back every part, in place"
    );
}

#[test]
fn alt_arrows_move_an_indicator_with_its_parts() {
    let mut h = english();
    let domestic = IndicatorId("budget_revenue_domestic".into());
    let at = |h: &Harness<'_, ChitieuApp>| h.state().session().position(&domestic).unwrap();
    let before = at(&h);
    h.state_mut()
        .command(Command::Browse(BrowseCmd::SelectIndicator {
            id: domestic.clone(),
            reveal: true,
        }));
    h.run();
    h.key_press_modifiers(Modifiers::ALT, Key::ArrowDown);
    h.run();
    assert!(at(&h) > before, "moved after its next sibling");
    assert!(chitieu_core::checks::structure(h.state().report()).is_empty());
    h.key_press_modifiers(Modifiers::ALT, Key::ArrowUp);
    h.run();
    assert_eq!(at(&h), before);
    assert_eq!(h.state().report(), &chitieu_core::io::embedded().unwrap());
}

#[test]
fn a_section_is_added_and_a_loop_of_totals_is_refused() {
    let mut h = english();
    menu(&mut h, "Edit", "Add a section…");
    type_in(&mut h, "Number (as 2.1)", "6");
    type_in(&mut h, "Title (English)", "Digital transformation");
    h.get_by_label("OK").click();
    h.run();
    let id = SectionId("digital_transformation".into());
    assert!(h.state().report().section(&id).is_some());
    assert!(
        h.query_all_by_label_contains("Digital transformation")
            .next()
            .is_some(),
        "listed in the sections"
    );

    // Made a part of its own part, an indicator is refused with the reason.
    let total = IndicatorId("budget_revenue_total".into());
    let mut looped = h.state().report().indicator(&total).cloned().unwrap();
    looped.parent = Some(IndicatorId("budget_revenue_domestic".into()));
    h.state_mut()
        .command(Command::Structure(StructureCmd::SaveIndicator {
            indicator: Box::new(looped),
            is_new: false,
        }));
    h.run();
    h.get_by_label_contains("would break the report's structure");
    assert_eq!(
        h.state().report().indicator(&total).unwrap().parent,
        None,
        "nothing changed"
    );
}

#[test]
fn the_next_period_starts_from_this_report() {
    let mut h = english();
    menu(&mut h, "File", "Next period from this report…");
    type_in(
        &mut h,
        "Period (as 2025-H1, 2024-9M, 2024-Q3, 2024-Y)",
        "2025-H1",
    );
    h.get_by_label("first half of 2025");
    // The names whose years roll forward are shown before the report is made.
    h.get_by_label_contains("indicator names will roll forward (each can be undone)");
    h.get_by_label_contains("Q2 vs Q1 2024 growth rate difference - industry → Q2 vs Q1 2025");
    h.get_by_label("OK").click();
    h.run();
    let report = h.state().report();
    assert_eq!(report.period.to_string(), "2025-H1");
    // The window names the new report, not the file it came from.
    assert_eq!(
        h.state().title(),
        "• New report 2025-H1 (unsaved) — chitieu"
    );
    let industry = |h: &Harness<'_, ChitieuApp>| {
        h.state()
            .report()
            .indicators
            .iter()
            .find(|i| i.name.en.ends_with("growth rate difference - industry"))
            .unwrap()
            .name
            .en
            .clone()
    };
    assert!(industry(&h).contains("Q1 2025"));
    // Counted by the years they still name ("2021-2025" plans keep theirs).
    let naming_2024 = |h: &Harness<'_, ChitieuApp>| {
        h.state()
            .report()
            .indicators
            .iter()
            .filter(|i| i.name.en.contains("2024"))
            .count()
    };
    let left = naming_2024(&h);
    // Each rename is a step of its own: undoing the last takes back one name only.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(naming_2024(&h), left + 1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    h.run();
    let report = h.state().report();
    let revenue = report
        .indicator(&IndicatorId("budget_revenue_total".into()))
        .unwrap();
    assert_eq!(revenue.prior, Some(14_283.5));
    assert_eq!(revenue.actual, None);
    assert!(h.state().is_dirty(), "unsaved until saved");
    assert!(h.state().path().is_none());
    h.get_by_label_contains("actuals cleared");
}

#[test]
fn the_last_reports_tasks_come_along_to_report_on_and_a_task_is_added_in_the_tab() {
    let mut h = english();
    menu(&mut h, "File", "Next period from this report…");
    type_in(
        &mut h,
        "Period (as 2025-H1, 2024-9M, 2024-Q3, 2024-Y)",
        "2024-Y",
    );
    h.get_by_label("OK").click();
    h.run();
    let tasks = h.state().report().tasks.len();
    // A year report's tasks are the next year's.
    h.get_by_label("Tasks for 2025").click();
    h.run();
    h.get_by_label(&format!(
        "Tasks of the report on the first half of 2024 to report on ({tasks})"
    ));
    h.get_by_label("This report's own tasks (0)");
    type_in(
        &mut h,
        "New task's title",
        "Hoàn thành quyết toán ngân sách",
    );
    h.get_by_label("+ Add task").click();
    h.run();
    let report = h.state().report();
    assert_eq!(report.tasks.len(), tasks + 1);
    let added = report.tasks.last().unwrap();
    assert_eq!(added.title.vi, "Hoàn thành quyết toán ngân sách");
    assert_eq!(added.carried_from, None);
    h.get_by_label("This report's own tasks (1)");
    // One undo takes it back.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().report().tasks.len(), tasks);
}

#[test]
fn a_period_that_is_not_one_cannot_be_started() {
    let mut h = english();
    menu(&mut h, "File", "Next period from this report…");
    type_in(
        &mut h,
        "Period (as 2025-H1, 2024-9M, 2024-Q3, 2024-Y)",
        "2025-H3",
    );
    h.get_by_label_contains("is not a period");
    h.get_by_label("OK").click();
    h.run();
    assert_eq!(h.state().report().period.to_string(), "2024-H1");
}

#[test]
fn a_section_is_deleted_from_its_menu_with_its_contents_moved_up_and_undone() {
    let mut h = english();
    let n = count(&h);
    // Right-click "3.1 State budget…": it holds indicators, so the app asks first.
    h.get_by_label_contains("3.1 State budget")
        .click_secondary();
    h.run();
    h.get_by_label_contains("Delete the section").click();
    h.run();
    h.get_by_label_contains("This section holds indicators or sections.");
    h.get_by_label("Delete it, its contents move up").click();
    h.run();
    let report = h.state().report();
    assert!(report.section(&SectionId("budget".into())).is_none());
    assert_eq!(count(&h), n, "its indicators moved up, none lost");
    let revenue = report
        .indicator(&IndicatorId("budget_revenue_total".into()))
        .unwrap();
    assert_eq!(revenue.section.0, "finance");
    // The section counts follow: "3 Finance…" now shows what 3.1 held.
    assert!(
        h.query_all_by_label_contains("3.1 State budget")
            .next()
            .is_none(),
        "the section is gone from the panel"
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().report(), &chitieu_core::io::embedded().unwrap());
}
