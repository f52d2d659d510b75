//! What the rest of the year must do, as an officer asks it: GRDP grew 10 % in the first
//! half; with a year's target of 9 % and the half weighing 45 % of last year, the
//! second half needs (9 − 0,45 × 10) / 0,55 = 8,18 %.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "tests fail loudly"
)]

use chitieu::app::Command;
use chitieu::model::{Field, IndicatorId};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;
#[path = "support/english.rs"]
mod english;
use english::english;

#[test]
fn the_share_and_the_years_target_give_what_the_second_half_needs() {
    let mut h = english();
    let grdp = IndicatorId("grdp_growth".into());
    h.state_mut().command(Command::SelectIndicator {
        id: grdp.clone(),
        reveal: true,
    });
    h.state_mut().command(Command::SetValue {
        id: grdp.clone(),
        field: Field::AnnualTarget,
        value: Some(9.0),
    });
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::R);
    h.run();
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
    h.get_by_label_contains("= (9.00 − 0.45 × 10.00) / (1 − 0.45) = 8.18%");

    // Nothing else changed; the share is one undo.
    h.key_press(Key::Escape);
    h.run();
    h.state_mut().command(Command::Undo);
    h.run();
    let ind = h.state().report().indicator(&grdp).unwrap();
    assert_eq!(ind.prior_share_pct, None);
}
