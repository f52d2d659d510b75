//! What the rest of the year must do, as an officer asks it: GRDP grew 10 % in the first
//! half; with a year's target of 9 % and the half weighing 45 % of last year, the
//! second half needs (9 − 0,45 × 10) / 0,55 = 8,18 %.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "tests fail loudly"
)]

use chitieu::app::{BrowseCmd, ChitieuApp, Command, EditCmd};
use chitieu_core::model::{Field, IndicatorId};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
#[path = "support/english.rs"]
mod english;
use english::english;

/// The app in English with GRDP selected, its year's target 9 %, and its rest-of-year
/// window opened with Ctrl+R.
fn rest_of_year_of_grdp_with_a_year_of_9() -> (Harness<'static, ChitieuApp>, IndicatorId) {
    let mut h = english();
    let grdp = IndicatorId("grdp_growth".into());
    h.state_mut()
        .command(Command::Browse(BrowseCmd::SelectIndicator {
            id: grdp.clone(),
            reveal: true,
        }));
    h.state_mut().command(Command::Edit(EditCmd::SetValue {
        id: grdp.clone(),
        field: Field::AnnualTarget,
        value: Some(9.0),
    }));
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::R);
    h.run();
    (h, grdp)
}

#[test]
fn the_share_and_the_years_target_give_what_the_second_half_needs() {
    let (mut h, grdp) = rest_of_year_of_grdp_with_a_year_of_9();
    h.get_by_label("The rest of the year");
    h.get_by_label_contains("are needed");

    let share = "This period's share of last year (s, %)";
    h.get_by_label(share).click();
    h.run();
    h.get_by_label(share).type_text("45");
    h.run();
    h.key_press(Key::Tab);
    h.run();
    h.run();
    let ind = h.state().report().indicator(&grdp).unwrap();
    assert_eq!(ind.prior_share_pct, Some(45.0));
    h.get_by_label("The rest of the year needs to grow by 8.18%");
    // The window and the detail both write out the arithmetic.
    assert_eq!(
        h.get_all_by_label_contains("= (9.00 − 0.45 × 10.00) / (1 − 0.45) = 8.18%")
            .count(),
        2
    );

    // Nothing else changed; the share is one undo.
    h.key_press(Key::Escape);
    h.run();
    h.state_mut().command(Command::Edit(EditCmd::Undo));
    h.run();
    let ind = h.state().report().indicator(&grdp).unwrap();
    assert_eq!(ind.prior_share_pct, None);
}

/// Types `text` into the field labelled `label` and leaves it with Tab.
fn type_field(h: &mut Harness<'_, ChitieuApp>, label: &str, text: &str) {
    h.get_by_label(label).click();
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
    h.key_press(Key::Tab);
    h.run();
    h.run();
}

#[test]
fn typed_in_the_table_the_years_target_and_the_share_show_the_need_in_the_table_and_the_detail() {
    let mut h = english();
    let grdp = IndicatorId("grdp_growth".into());
    // The officer types the year's target into GRDP's row of the table.
    let cell = "Annual target: GRDP growth rate:";
    h.get_by_label_contains(cell).click();
    h.run();
    h.get_by_label_contains(cell).type_text("9");
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(
        h.state()
            .report()
            .indicator(&grdp)
            .unwrap()
            .value(Field::AnnualTarget),
        Some(9.0)
    );
    // Nothing to say yet: the share of last year is not known.
    h.get_by_label("Rest of year must grow: GRDP growth rate: ");
    // The detail's button opens the window where the share is entered.
    h.get_by_label("The rest of the year…").click();
    h.run();
    type_field(&mut h, "This period's share of last year (s, %)", "45");

    // The table's column and the detail both say what the second half needs, and the
    // detail writes out the arithmetic.
    h.get_by_label("Rest of year must grow: 8.18%");
    // A click on the table's figure selects its row; a double-click opens its window.
    let cell = "Rest of year must grow: GRDP growth rate: 8.18%";
    h.state_mut()
        .command(Command::Browse(BrowseCmd::SelectIndicator {
            id: IndicatorId("budget_revenue_total".into()),
            reveal: false,
        }));
    h.run();
    // The column is the last one: with the plots panel hidden it is in view.
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Plots panel").click();
    h.run_steps(8);
    h.get_by_label(cell).click();
    // The row's highlight fades in over a few frames.
    h.run_steps(8);
    assert_eq!(h.state().selected(), Some(&grdp));
    h.get_by_label(
        "for the year to grow 9.00% when this period grew 10.00% and weighed 45.00% of last year:",
    );
    // The window, still open, writes it out as well.
    let formula = "g₂ = (G − s·g) / (1 − s) = (9.00 − 0.45 × 10.00) / (1 − 0.45) = 8.18%";
    assert_eq!(h.get_all_by_label(formula).count(), 2);
    // The quarters the half is made of imply Q1 had 45 % of last year's first half.
    h.get_by_label(
        "By the parts' growths, the first quarter of 2023 weighed about 45% of the first half of 2023.",
    );
}

#[test]
fn the_quarters_split_the_rest_and_give_the_scenarios_year() {
    let (mut h, grdp) = rest_of_year_of_grdp_with_a_year_of_9();
    // Last year by quarter, and the scenario's growth for the second half's quarters.
    for (label, text) in [
        ("Q1: Share of last year (%)", "21"),
        ("Q2: Share of last year (%)", "24"),
        ("Q3: Share of last year (%)", "26"),
        ("Q4: Share of last year (%)", "29"),
        ("Q3: Scenario growth (%)", "8"),
        ("Q4: Scenario growth (%)", "8.5"),
    ] {
        type_field(&mut h, label, text);
    }
    let ind = h.state().report().indicator(&grdp).unwrap().clone();
    assert_eq!(ind.quarters.len(), 4);
    // The half's share comes from its quarters: 21 + 24.
    h.get_by_label("From the period's quarters: 45.00%");
    // The rest needs 8.18 % in all; Q3 and Q4 keep the scenario's half point between
    // them: 45 × 10 + 26·(8 + d) + 29·(8.5 + d) = 100 × 9 gives d = −0.0818.
    h.get_by_label("7.92%");
    h.get_by_label("8.42%");
    // The scenario's year: 45 % at the half's 8.22 % scenario, Q3 at 8, Q4 at 8.5.
    let year = (45.0 * 8.22 + 26.0 * 8.0 + 29.0 * 8.5) / 100.0;
    h.get_by_label(&format!("The scenario gives the year {year:.2}%"));
    // Each figure was one edit.
    for _ in 0..6 {
        h.state_mut().command(Command::Edit(EditCmd::Undo));
    }
    h.run();
    assert!(
        h.state()
            .report()
            .indicator(&grdp)
            .unwrap()
            .quarters
            .is_empty()
    );
}
