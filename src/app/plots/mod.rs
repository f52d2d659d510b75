//! The plots: actual against target in the IBCS notation, achievement, growth, and the
//! selected indicator's breakdown and sub-periods, and this period's growth against
//! what the rest of the year needs (`rest.rs`); what every bar plot shares is in
//! `bars.rs`, each plot in a file of its own. Drawn with egui_plot from the data
//! of [`chitieu_core::charts`], recomputed when the report or the section changes.
//!
//! Each plot is also a text for screen readers: its accessible value lists every bar
//! with its figure, which is what a person who cannot see the bars needs (and what the
//! tests read).

mod achievement;
mod bars;
mod breakdown;
mod growth;
mod rest;
mod variance;

use super::style;
use super::{Command, View};
use crate::app::BrowseCmd;
use chitieu_core::charts::{self, Chart, TargetKind};
use chitieu_core::i18n::{Common, Plots, Text as _};
use chitieu_core::model::{Lang, SectionId};

/// Which plot is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) enum PlotKind {
    /// Actual against target, with the variance (IBCS).
    Variance,
    /// Percent of target, sorted by gap: what a leader asks first, so shown first.
    #[default]
    Achievement,
    /// Growth over the same period.
    Growth,
    /// The selected indicator's parts and sub-periods.
    Breakdown,
    /// This period's growth against what the rest of the year needs.
    Rest,
}

/// The charts' data for the current rows, computed when first drawn after a change
/// and reused every frame until the report, the section or the language change.
#[derive(Default)]
struct ChartCache {
    units: std::collections::HashMap<TargetKind, Vec<(String, usize)>>,
    variance: std::collections::HashMap<(String, TargetKind), Chart<charts::VarianceBar>>,
    achievement: Option<(Chart<charts::AchievementBar>, Chart<charts::AchievementBar>)>,
    growth: Option<Chart<charts::GrowthBar>>,
    rest: Option<Chart<charts::RestBar>>,
}

/// The plots panel's state.
#[derive(Default)]
pub(super) struct PlotsView {
    cache: ChartCache,
    kind: PlotKind,
    /// The target chosen by the user; `None` picks the period target where the section
    /// has some, else the annual one.
    target: Option<TargetKind>,
    unit: Option<String>,
    /// The rows of the section, and the section and report generation they are for.
    rows: Vec<usize>,
    cached: Option<(Option<SectionId>, u64, Lang)>,
    /// Where the plots were drawn last frame, for "Save as PNG".
    pub(super) last_rect: Option<egui::Rect>,
    /// What the plots showed last frame; when it changes, their view is reset to fit.
    shown: Option<(
        PlotKind,
        Option<SectionId>,
        Option<chitieu_core::model::IndicatorId>,
    )>,
    /// Reset the plots' view this frame.
    reset: bool,
    /// The unit and target the variance plot showed last frame.
    variance_shown: Option<(String, TargetKind)>,
}

/// The room the plots panel has below its tabs. The plots scroll within it rather than
/// squeeze their rows: a plot is as high as what is left of the room, or as its rows
/// need if that is more.
#[derive(Clone, Copy)]
struct Room {
    /// Where the scrolled content begins (it moves with the scrolling, as does the
    /// cursor, so what is left does not).
    top: f32,
    height: f32,
}

impl Room {
    /// The height left below what has been drawn since the top.
    fn left(self, ui: &egui::Ui) -> f32 {
        (self.height - (ui.cursor().top() - self.top)).max(0.0)
    }
}

impl PlotsView {
    /// Takes the rows the table shows (its section, search and filters), so the plots
    /// show what the table shows; the charts are recomputed when they or the report
    /// change.
    /// Returns true when the rows changed (the plots' view then fits them again).
    fn refresh_rows(
        &mut self,
        view: &View<'_>,
        section: Option<&SectionId>,
        rows: &[usize],
    ) -> bool {
        let key = (section.cloned(), view.generation, view.lang);
        let rows_changed = self.rows != rows;
        if self.cached.as_ref() != Some(&key) || rows_changed {
            self.cache = ChartCache::default();
            self.rows = rows.to_vec();
            self.cached = Some(key);
        }
        rows_changed
    }

    /// Draws the plots panel.
    pub(super) fn ui(
        &mut self,
        ui: &mut egui::Ui,
        view: &View<'_>,
        section: Option<&SectionId>,
        rows: &[usize],
        commands: &mut Vec<Command>,
    ) {
        let lang = view.lang;
        let rows_changed = self.refresh_rows(view, section, rows);
        ui.horizontal_wrapped(|ui| {
            for (kind, name) in [
                (PlotKind::Variance, Plots::ActualVsTarget.tr(lang)),
                (PlotKind::Achievement, Plots::PctAchieved.tr(lang)),
                (PlotKind::Growth, Plots::Growth.tr(lang)),
                (PlotKind::Breakdown, Common::Breakdown.tr(lang)),
                (PlotKind::Rest, Plots::RestOfTheYear.tr(lang)),
            ] {
                if ui.selectable_label(self.kind == kind, name).clicked() {
                    self.kind = kind;
                }
            }
            let save = super::actions::Action::SavePlot;
            commands.extend(save.button_ui(ui, view.scope(section), lang));
        });
        let area = ui.available_rect_before_wrap();
        self.last_rect = Some(area);
        // New data (another section, plot or selected total): fit the view to it.
        let shown = (
            self.kind,
            section.cloned(),
            if self.kind == PlotKind::Breakdown {
                view.selected.cloned()
            } else {
                None
            },
        );
        self.reset = rows_changed || self.shown.as_ref() != Some(&shown);
        self.shown = Some(shown);
        let reset = self.reset;
        let clicked = egui::ScrollArea::vertical()
            .id_salt("plots-scroll")
            .auto_shrink(false)
            .show(ui, |ui| {
                let room = Room {
                    top: ui.cursor().top(),
                    height: area.height(),
                };
                match self.kind {
                    PlotKind::Variance => self.variance_ui(ui, view, room),
                    PlotKind::Achievement => {
                        let charts = self.cache.achievement.get_or_insert_with(|| {
                            charts::achievement(view.report, view.derived, &self.rows)
                        });
                        achievement::achievement_ui(ui, view, charts, room, reset)
                    }
                    PlotKind::Growth => {
                        let chart = self
                            .cache
                            .growth
                            .get_or_insert_with(|| charts::growth(view.report, &self.rows));
                        growth::growth_ui(ui, view, chart, room, reset)
                    }
                    PlotKind::Breakdown => breakdown::breakdown_ui(ui, view, room, reset),
                    PlotKind::Rest => {
                        let chart = self.cache.rest.get_or_insert_with(|| {
                            charts::rest(view.report, view.derived, &self.rows)
                        });
                        rest::rest_ui(ui, view, chart, room, reset)
                    }
                }
            })
            .inner;
        if let Some(i) = clicked
            && let Some(ind) = view.report.indicators.get(i)
        {
            commands.push(Command::Browse(BrowseCmd::SelectIndicator {
                id: ind.id.clone(),
                reveal: true,
            }));
        }
    }
}
