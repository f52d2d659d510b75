//! The embedded font. egui's built-in font lacks most Vietnamese letters (ổ ị ạ ớ ủ),
//! and system fonts differ from machine to machine, so chitieu carries DejaVu Sans
//! (Bitstream Vera licence, see `assets/fonts/LICENSE-DejaVu.txt`) and uses it first
//! everywhere. The release binary carries no other font: eframe is built without egui's
//! own (`default_fonts`, Cargo.toml), whose every glyph chitieu or egui writes DejaVu
//! Sans has too; the tests, through egui_kittest, still have them behind it.

use std::sync::Arc;

/// The name the font is registered under.
const NAME: &str = "DejaVuSans";

/// Installs the embedded font in `ctx`, ahead of egui's own fonts in every family.
pub fn install(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        NAME.to_owned(),
        Arc::new(egui::FontData::from_static(include_bytes!(
            "../../assets/fonts/DejaVuSans.ttf"
        ))),
    );
    for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        fonts
            .families
            .entry(family)
            .or_default()
            .insert(0, NAME.to_owned());
    }
    ctx.set_fonts(fonts);
}
