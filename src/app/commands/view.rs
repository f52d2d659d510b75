//! How things are shown: the preferences (language, theme, notation, panels, columns),
//! the secondary windows, and the plots saved as an image.

use std::path::PathBuf;

use super::super::work::Outcome;
use super::super::{detail, dialogs, pace, plots, tasks};
use super::{Modal, Shared, Tab, ViewCmd};
use chitieu_core::i18n::{AppText, Text as _};

/// The panels beside the table and the secondary windows, each with its own view
/// state; the controller of what is shown.
#[derive(Default)]
pub(in crate::app) struct Panels {
    /// The selected indicator's detail.
    pub(in crate::app) detail: detail::DetailView,
    /// The second-half tasks.
    pub(in crate::app) tasks: tasks::TasksView,
    /// The plots.
    pub(in crate::app) plots: plots::PlotsView,
    /// The secondary windows (shortcuts, about, findings, fill-in sheet).
    pub(in crate::app) windows: dialogs::Windows,
    /// What the rest of the year must do.
    pub(in crate::app) pace: pace::PaceWindow,
}

impl Panels {
    /// Does what `command` asks; `tab` is the tab shown (the plots show only on the
    /// indicators').
    pub(in crate::app) fn handle(&mut self, command: ViewCmd, sh: &mut Shared<'_>, tab: Tab) {
        let settings = &mut *sh.settings;
        match command {
            ViewCmd::SetLang(lang) => settings.lang = lang,
            ViewCmd::SetTheme(theme) => {
                settings.theme = theme;
                sh.ctx.set_theme(egui::ThemePreference::from(theme));
            }
            ViewCmd::SetNotation(notation) => settings.notation = notation,
            ViewCmd::SetDetail(position) => settings.detail = position,
            ViewCmd::ToggleSections => settings.show_sections = !settings.show_sections,
            ViewCmd::TogglePlots => settings.show_plots = !settings.show_plots,
            ViewCmd::ShowColumn { column, shown } => {
                settings.hidden_columns.retain(|c| *c != column);
                settings.shown_columns.retain(|c| *c != column);
                if shown {
                    settings.shown_columns.push(column);
                } else {
                    settings.hidden_columns.push(column);
                }
            }
            ViewCmd::Show(window) => self.windows.show(window),
            ViewCmd::ShowRestOfYear(id) => self.pace.open(sh.session, settings.notation, id),
            ViewCmd::SavePlotDialog => {
                if let Some(path) = dialogs::pick_png(sh.session, settings.lang) {
                    self.save_plot(sh, tab, path);
                }
            }
            ViewCmd::SavePlot(path) => self.save_plot(sh, tab, path),
        }
    }

    /// The panels as for a report just opened.
    pub(in crate::app) fn reset(&mut self) {
        self.detail = detail::DetailView::default();
    }

    /// Asks the renderer for a screenshot and saves the plots panel's part of it as a
    /// PNG, atomically. The result arrives with the other work, a frame or two later.
    fn save_plot(&mut self, sh: &mut Shared<'_>, tab: Tab, path: PathBuf) {
        let shown = sh.settings.show_plots && tab == Tab::Indicators;
        let Some(rect) = self.plots.last_rect.filter(|_| shown) else {
            let words = AppText::ShowThePlotsFirst.tr(sh.lang());
            sh.desk.modal = Some(Modal::Error(words.to_owned()));
            return;
        };
        let sender = sh.work.sender();
        let repaint = sh.ctx.clone();
        let pixels_per_point = sh.ctx.pixels_per_point();
        sh.ctx.request_screenshot(move |image| {
            let result = super::super::png::save_region(&image, rect, pixels_per_point, &path)
                .map(|()| path.clone())
                .map_err(|e| e.to_string());
            let _ = sender.send(Outcome::PlotSaved(result));
            repaint.request_repaint();
        });
    }
}
