//! The status bar: the file, unsaved changes, the check findings.

use super::style;
use super::{Command, View, Window};
use crate::app::{FileCmd, ViewCmd};
use chitieu_core::i18n::tr;
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
                tr(lang, "• Có thay đổi chưa lưu", "• Unsaved changes"),
            );
        } else {
            ui.label(tr(lang, "Đã lưu", "Saved"));
        }
        ui.separator();
        let findings = view.derived.findings.len();
        let text = format!(
            "{} {findings} {}",
            style::FINDING_SIGN,
            tr(lang, "phát hiện kiểm tra", "check findings")
        );
        if ui
            .link(text)
            .on_hover_text(tr(
                lang,
                "Xem danh sách và đi tới từng chỉ tiêu",
                "List them and go to each indicator",
            ))
            .clicked()
        {
            commands.push(Command::View(ViewCmd::Show(Window::Findings)));
        }
        ui.separator();
        ui.label(format!(
            "{} {} {}",
            style::status_sign(chitieu_core::metrics::Status::Behind),
            view.derived.behind_total,
            tr(lang, "chỉ tiêu chưa đạt", "behind target")
        ));
        if let Some(message) = message {
            ui.separator();
            // The link first: a long message (every cell a paste refused) is cut with
            // "…" at the window's edge, whole on hover, and never pushes it away.
            if exported && ui.link(tr(lang, "Mở thư mục", "Open folder")).clicked() {
                commands.push(Command::File(FileCmd::OpenExportFolder));
            }
            ui.add(egui::Label::new(message).truncate());
        }
    });
}
