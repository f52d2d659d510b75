//! The status bar: the file, unsaved changes, the check findings.

use super::style;
use super::{Command, View, Window};
use crate::app::{FileCmd, ViewCmd};
use chitieu_core::i18n::{Message as _, PanelMsg};
use chitieu_core::i18n::{Panel, Text as _};
use chitieu_core::session::Session;

/// Draws the status bar.
pub(super) fn status_bar_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    session: &Session,
    message: Option<&str>,
    exported: bool,
    commands: &mut Vec<Command>,
) {
    let lang = view.lang;
    ui.horizontal(|ui| {
        let file = match session.path() {
            Some(p) => p.display().to_string(),
            None => session.display_name_in(lang),
        };
        ui.label(file);
        ui.separator();
        if session.is_dirty() {
            ui.colored_label(
                style::revised_color(ui.visuals().dark_mode),
                Panel::UnsavedChanges.tr(lang),
            );
        } else {
            ui.label(Panel::Saved.tr(lang));
        }
        ui.separator();
        let findings = view.derived.findings.len();
        let text = format!(
            "{} {}",
            style::FINDING_SIGN,
            PanelMsg::Findings { count: findings }.tr(lang)
        );
        if ui
            .link(text)
            .on_hover_text(Panel::FindingsHint.tr(lang))
            .clicked()
        {
            commands.push(Command::View(ViewCmd::Show(Window::Findings)));
        }
        ui.separator();
        ui.label(format!(
            "{} {}",
            style::status_sign(chitieu_core::metrics::Status::Behind),
            PanelMsg::Behind {
                count: view.derived.behind_total
            }
            .tr(lang)
        ));
        if let Some(message) = message {
            ui.separator();
            // The link first: a long message (every cell a paste refused) is cut with
            // "…" at the window's edge, whole on hover, and never pushes it away.
            if exported && ui.link(Panel::OpenFolder.tr(lang)).clicked() {
                commands.push(Command::File(FileCmd::OpenExportFolder));
            }
            ui.add(egui::Label::new(message).truncate());
        }
    });
}
