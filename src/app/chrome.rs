//! The frame around the table: the tabs above it and the detail panel beside or below it.

use super::{Command, DetailPosition, Tab, View, detail};
use crate::i18n::tr;
use crate::model::Lang;

/// The selected indicator's detail, below or beside the table, as the user placed it.
pub(super) fn detail_panel_ui(
    ui: &mut egui::Ui,
    detail: &mut detail::DetailView,
    position: DetailPosition,
    view: &View<'_>,
    commands: &mut Vec<Command>,
) {
    let panel = match position {
        DetailPosition::Right => egui::Panel::right("detail")
            .resizable(true)
            .default_size(380.0),
        DetailPosition::Bottom => egui::Panel::bottom("detail")
            .resizable(true)
            .show_separator_line(false)
            .default_size(230.0),
        DetailPosition::Hidden => return,
    };
    let wide = position == DetailPosition::Bottom;
    panel.show(ui, |ui| {
        if wide {
            // The panel's own edge, drawn inside it: egui's separator line for a bottom
            // panel beside a side panel ran on across the plots.
            let rect = ui.max_rect();
            let stroke = ui.visuals().widgets.noninteractive.bg_stroke;
            ui.painter()
                .hline(rect.x_range(), ui.clip_rect().top() + 0.5, stroke);
        }
        // Keep the panel's height when the content is short (nothing selected).
        if wide {
            ui.set_min_height(ui.available_height());
        }
        detail.ui(ui, view, wide, commands);
    });
}

/// The tabs above the table: the indicators, the second-half tasks.
pub(super) fn tabs_ui(ui: &mut egui::Ui, tab: Tab, lang: Lang, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        for (t, name) in [
            (Tab::Indicators, tr(lang, "Chỉ tiêu", "Indicators")),
            (
                Tab::Tasks,
                tr(lang, "Nhiệm vụ 6 tháng cuối năm", "Second-half tasks"),
            ),
        ] {
            if ui.selectable_label(tab == t, name).clicked() {
                commands.push(Command::SetTab(t));
            }
        }
    });
}
