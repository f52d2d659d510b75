//! Colours and signs of the app, in one place.
//!
//! Status colours are chosen to stay apart for the common kinds of colour blindness
//! (blue for met, orange for close, vermilion for behind, from the Okabe–Ito palette),
//! and every status also has a sign, so colour is never the only cue.

use egui::Color32;

use chitieu_core::metrics::Status;

/// Met: bluish green, Okabe–Ito.
const MET: Color32 = Color32::from_rgb(0, 158, 115);
/// Close: orange, Okabe–Ito.
const CLOSE: Color32 = Color32::from_rgb(230, 159, 0);
/// Behind: vermilion, Okabe–Ito.
const BEHIND: Color32 = Color32::from_rgb(213, 94, 0);
/// Darker variants for light backgrounds.
const MET_ON_LIGHT: Color32 = Color32::from_rgb(0, 120, 88);
const CLOSE_ON_LIGHT: Color32 = Color32::from_rgb(170, 110, 0);
const BEHIND_ON_LIGHT: Color32 = Color32::from_rgb(180, 70, 0);

/// The colour of a revised value's mark on a dark theme.
pub const REVISED: Color32 = Color32::from_rgb(86, 180, 233);
/// The same on a light theme: the light blue is faint on white.
const REVISED_ON_LIGHT: Color32 = Color32::from_rgb(0, 92, 160);

/// The colour of a revised value, and of its mark, on the current theme.
pub fn revised_color(dark_mode: bool) -> Color32 {
    if dark_mode { REVISED } else { REVISED_ON_LIGHT }
}
/// The outline of a checkbox, a text field or a button at rest on the light theme.
const OUTLINE_ON_LIGHT: Color32 = Color32::from_gray(150);

/// The app's adjustments to egui's themes: on the light theme, widgets at rest get an
/// outline (egui draws none, which leaves an unticked box and the search field faint
/// against the light panels).
pub fn install(ctx: &egui::Context) {
    ctx.style_mut_of(egui::Theme::Light, |style| {
        style.visuals.widgets.inactive.bg_stroke = egui::Stroke::new(1.0, OUTLINE_ON_LIGHT);
    });
}

/// The colour of an error message.
pub const ERROR: Color32 = Color32::from_rgb(213, 94, 0);

/// The colour of `status` on the current theme.
pub fn status_color(status: Status, dark_mode: bool) -> Color32 {
    match (status, dark_mode) {
        (Status::Met, true) => MET,
        (Status::Close, true) => CLOSE,
        (Status::Behind, true) => BEHIND,
        (Status::Met, false) => MET_ON_LIGHT,
        (Status::Close, false) => CLOSE_ON_LIGHT,
        (Status::Behind, false) => BEHIND_ON_LIGHT,
    }
}

/// The sign of `status`: ✓ met, ≈ close, ✗ behind.
pub fn status_sign(status: Status) -> &'static str {
    match status {
        Status::Met => "✓",
        Status::Close => "≈",
        Status::Behind => "✗",
    }
}

/// The mark of a revised value.
pub const REVISED_SIGN: &str = "✎";
/// The mark of a check finding.
pub const FINDING_SIGN: &str = "⚠";
