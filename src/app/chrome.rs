//! The frame around the table: the tabs above it and the detail panel beside or below
//! it; the window's title, its closing and the files dropped on it.

use std::path::PathBuf;

use egui::ViewportCommand;

use super::{
    BrowseCmd, ChitieuApp, Command, DetailPosition, FileCmd, Guarded, ImportCmd, Modal, Tab, View,
    detail, import,
};
use chitieu_core::i18n::ExportText;
use chitieu_core::i18n::{AppText, Text as _};
use chitieu_core::model::Lang;

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
pub(super) fn tabs_ui(
    ui: &mut egui::Ui,
    tab: Tab,
    lang: Lang,
    period: chitieu_core::model::Period,
    commands: &mut Vec<Command>,
) {
    ui.horizontal(|ui| {
        for (t, name) in [
            (
                Tab::Indicators,
                ExportText::IndicatorsSheet.tr(lang).to_owned(),
            ),
            (Tab::Tasks, chitieu_core::i18n::tasks_title(lang, period)),
        ] {
            if ui.selectable_label(tab == t, name).clicked() {
                commands.push(BrowseCmd::SetTab(t).into());
            }
        }
    });
}

impl ChitieuApp {
    /// The window's title: the report's name, whether it is unsaved or read-only.
    pub(super) fn update_title(&mut self, ctx: &egui::Context) {
        let read_only = match self.session.read_only() {
            Some(_) => format!(" ({})", AppText::ReadOnly.tr(self.settings.lang)),
            None => String::new(),
        };
        let title = format!(
            "{}{}{read_only} — chitieu",
            if self.session.is_dirty() { "• " } else { "" },
            self.session.display_name_in(self.settings.lang)
        );
        if title != self.files.title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.files.title = title;
        }
    }

    /// Closing the window (asked about when there is unsaved work, or after a save
    /// under way) and a file dropped on it (a report opens, a sheet imports).
    pub(super) fn handle_close_and_drops(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && !self.files.closing {
            if self.work.is_busy() {
                // A file is being written: close once it is done (asking then, if need be).
                ctx.send_viewport_cmd(ViewportCommand::CancelClose);
                let quit = Command::File(FileCmd::Quit);
                if !self.commands.contains(&quit) {
                    self.commands.push(quit);
                }
            } else if self.session.is_dirty() {
                ctx.send_viewport_cmd(ViewportCommand::CancelClose);
                self.desk.modal = Some(Modal::Unsaved(Guarded::Quit));
            }
        }
        let dropped: Option<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .find(|p| !p.as_os_str().is_empty())
        });
        if let Some(path) = dropped {
            if import::is_sheet(&path) {
                self.commands.push(ImportCmd::ImportFigures(path).into());
            } else {
                self.commands.push(FileCmd::Open(path).into());
            }
        }
    }
}
