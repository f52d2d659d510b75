//! The plots: actual against target in the IBCS notation, achievement, growth, and the
//! selected indicator's breakdown and sub-periods, and this period's growth against
//! what the rest of the year needs (`rest.rs`). Drawn with egui_plot from the data
//! of [`crate::charts`], recomputed when the report or the section changes.
//!
//! Each plot is also a text for screen readers: its accessible value lists every bar
//! with its figure, which is what a person who cannot see the bars needs (and what the
//! tests read).

mod rest;

use egui::{Color32, Stroke};
use egui_plot::{Bar, BarChart, GridMark, HLine, Legend, LineStyle, Plot, PlotPoint, VLine};

use super::style;
use super::{Command, View};
use crate::charts::{self, Chart, Sentiment, TargetKind};
use crate::format::{self, Notation, format_auto};
use crate::i18n::{self, tr};
use crate::metrics::Status;
use crate::model::{Field, Indicator, Lang, SectionId};

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
        Option<crate::model::IndicatorId>,
    )>,
    /// Reset the plots' view this frame.
    reset: bool,
    /// The unit and target the variance plot showed last frame.
    variance_shown: Option<(String, TargetKind)>,
}

/// The indicators' names, in the language of the view, one a bar.
fn bar_names(view: &View<'_>, indicators: impl Iterator<Item = usize>) -> Vec<String> {
    indicators
        .map(|i| {
            view.report
                .indicators
                .get(i)
                .map(|ind| ind.name.get(view.lang).to_owned())
                .unwrap_or_default()
        })
        .collect()
}

/// A bar's colour by sentiment.
fn sentiment_color(s: Sentiment, dark: bool) -> Color32 {
    match s {
        Sentiment::Good => style::status_color(Status::Met, dark),
        Sentiment::Bad => style::status_color(Status::Behind, dark),
        Sentiment::Neutral => Color32::GRAY,
    }
}

fn status_fill(s: Option<Status>, dark: bool) -> Color32 {
    s.map_or(Color32::GRAY, |s| style::status_color(s, dark))
}

/// A plot of one row a bar, top to bottom, named on the y axis, `height` points high,
/// with a band below the bars for a legend of `legend_entries` entries: the legend
/// never covers a bar, and lists its entries in the order they are drawn, the same in
/// both languages.
fn bar_plot<'a>(
    id: &'a str,
    n: usize,
    notation: Notation,
    reset: bool,
    height: f32,
    legend_entries: usize,
) -> Plot<'a> {
    let plot = Plot::new(id);
    let plot = if reset { plot.reset() } else { plot };
    let rows = n as f32 + 0.2;
    let legend_px = legend_entries as f32 * 18.0 + 14.0;
    let band = if legend_entries == 0 || height <= legend_px + 20.0 {
        0.0
    } else {
        legend_px * rows / (height - legend_px)
    };
    plot.legend(
        Legend::default()
            .position(egui_plot::Corner::RightBottom)
            .follow_insertion_order(true),
    )
    .height(height)
    .allow_scroll(false)
    .allow_zoom(egui::Vec2b::new(true, false))
    .allow_drag(egui::Vec2b::new(true, false))
    .allow_double_click_reset(true)
    .show_grid(egui::Vec2b::new(true, false))
    // The names are written above the bars, which leaves the width to the bars.
    .show_axes(egui::Vec2b::new(true, false))
    .default_y_bounds(-0.6 - f64::from(band), n as f64 - 0.4)
    .include_x(0.0)
    .x_axis_formatter(move |mark, range| {
        let span = (range.end() - range.start()).abs();
        let decimals = if span >= 10.0 {
            0
        } else if span >= 1.0 {
            1
        } else {
            2
        };
        format::format(mark.value, notation, decimals, true)
    })
    .label_formatter(|_| None)
}

/// The text style of the words in a plot: the body's, unless the rows are too tight
/// for it (many bars in a short plot).
fn plot_text_style(plot_ui: &egui_plot::PlotUi<'_>, n: usize) -> egui::TextStyle {
    let row_px = plot_ui.response().rect.height() / (n as f32 + 0.2);
    if row_px >= 36.0 {
        egui::TextStyle::Body
    } else {
        egui::TextStyle::Small
    }
}

/// Room past the longest bar for its figure: the x the plot must include.
fn label_room(values: &[(f64, String)]) -> (f64, f64) {
    let max = values.iter().map(|(x, _)| *x).fold(0.0, f64::max);
    let min = values.iter().map(|(x, _)| *x).fold(0.0, f64::min);
    let margin = 0.3 * (max - min);
    (
        if min < 0.0 { min - margin } else { 0.0 },
        if max > 0.0 { max + margin } else { 0.0 },
    )
}

/// Writes each bar's figure just past its end (`x`), in the chosen notation.
fn value_labels(plot_ui: &mut egui_plot::PlotUi<'_>, values: &[(f64, String)], color: Color32) {
    let n = values.len();
    let style = plot_text_style(plot_ui, n);
    for (k, (x, text)) in values.iter().enumerate() {
        let anchor = if *x < 0.0 {
            egui::Align2::RIGHT_CENTER
        } else {
            egui::Align2::LEFT_CENTER
        };
        plot_ui.text(
            egui_plot::Text::new(
                "",
                PlotPoint::new(*x, y_of(k, n)),
                egui::RichText::new(format!(" {text} ")).text_style(style.clone()),
            )
            .anchor(anchor)
            .color(color)
            .allow_hover(false),
        );
    }
}

/// Where to cut bars so that one outlier does not flatten the rest: when the largest
/// is more than three times the next, at 1.3 times the next.
fn outlier_cut(values: &[f64]) -> Option<f64> {
    let mut sizes: Vec<f64> = values.iter().map(|v| v.abs()).collect();
    sizes.sort_by(|a, b| b.total_cmp(a));
    match sizes.as_slice() {
        [first, second, _, ..] if *second > 0.0 && *first > 3.0 * second => Some(1.3 * second),
        _ => None,
    }
}

/// Writes each bar's name just above it, from the zero line where the bars start
/// (zero is always in view, so the names never widen the view).
fn name_rows(plot_ui: &mut egui_plot::PlotUi<'_>, names: &[String], color: Color32) {
    let n = names.len();
    let style = plot_text_style(plot_ui, n);
    for (k, name) in names.iter().enumerate() {
        plot_ui.text(
            egui_plot::Text::new(
                "",
                PlotPoint::new(0.0, y_of(k, n) + 0.28),
                egui::RichText::new(name).text_style(style.clone()),
            )
            .anchor(egui::Align2::LEFT_BOTTOM)
            .color(color)
            .allow_hover(false),
        );
    }
}

/// The y of the bar `k` from the top among `n`.
fn y_of(k: usize, n: usize) -> f64 {
    (n - 1 - k) as f64
}

/// The bar under the pointer, as an index from the top, and whether it was clicked.
/// A bar's row is its whole band across the plot, like a table row.
fn bar_under_pointer(plot_ui: &egui_plot::PlotUi<'_>, n: usize) -> (Option<usize>, bool) {
    if !plot_ui.response().hovered() {
        return (None, false);
    }
    let Some(p) = plot_ui.pointer_coordinate() else {
        return (None, false);
    };
    let k = p.y.round();
    if k < 0.0 || k >= n as f64 || (p.y - k).abs() > 0.45 {
        return (None, false);
    }
    (n.checked_sub(1 + k as usize), plot_ui.response().clicked())
}

/// Shows the hovered bar's figures beside the pointer (an egui tooltip, kept on
/// screen), and returns the bar that was clicked.
fn bar_tooltip(
    response: &egui::Response,
    under: (Option<usize>, bool),
    tips: &[String],
) -> Option<usize> {
    let (hovered, clicked) = under;
    if let Some(tip) = hovered.and_then(|k| tips.get(k)) {
        response.clone().on_hover_ui_at_pointer(|ui| {
            ui.label(tip);
        });
    }
    if clicked { hovered } else { None }
}

/// Names the plot for screen readers, with every bar's figure as its value.
fn describe(response: &egui::Response, title: &str, summary: String) {
    response.widget_info(|| {
        let mut info = egui::WidgetInfo::labeled(egui::Role::Image, true, title);
        info.current_text_value = Some(summary.clone());
        info
    });
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
                (
                    PlotKind::Variance,
                    tr(lang, "Thực hiện/chỉ tiêu", "Actual vs target"),
                ),
                (
                    PlotKind::Achievement,
                    tr(lang, "% hoàn thành", "% achieved"),
                ),
                (PlotKind::Growth, tr(lang, "Tăng trưởng", "Growth")),
                (PlotKind::Breakdown, tr(lang, "Cơ cấu", "Breakdown")),
                (
                    PlotKind::Rest,
                    tr(lang, "Phần còn lại của năm", "Rest of the year"),
                ),
            ] {
                if ui.selectable_label(self.kind == kind, name).clicked() {
                    self.kind = kind;
                }
            }
            if ui
                .button(tr(lang, "Lưu ảnh PNG…", "Save as PNG…"))
                .on_hover_text(tr(
                    lang,
                    "Lưu biểu đồ đang xem thành tệp ảnh",
                    "Save the plot shown as an image file",
                ))
                .clicked()
            {
                commands.push(Command::SavePlotDialog);
            }
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
        let clicked = match self.kind {
            PlotKind::Variance => self.variance_ui(ui, view),
            PlotKind::Achievement => {
                let charts = self.cache.achievement.get_or_insert_with(|| {
                    charts::achievement(view.report, view.derived, &self.rows)
                });
                achievement_ui(ui, view, charts, reset)
            }
            PlotKind::Growth => {
                let chart = self
                    .cache
                    .growth
                    .get_or_insert_with(|| charts::growth(view.report, &self.rows));
                growth_ui(ui, view, chart, reset)
            }
            PlotKind::Breakdown => breakdown_ui(ui, view, reset),
            PlotKind::Rest => {
                let chart = self
                    .cache
                    .rest
                    .get_or_insert_with(|| charts::rest(view.report, view.derived, &self.rows));
                rest::rest_ui(ui, view, chart, reset)
            }
        };
        if let Some(i) = clicked
            && let Some(ind) = view.report.indicators.get(i)
        {
            commands.push(Command::SelectIndicator {
                id: ind.id.clone(),
                reveal: true,
            });
        }
    }

    fn variance_ui(&mut self, ui: &mut egui::Ui, view: &View<'_>) -> Option<usize> {
        let (target, unit) = self.variance_controls_ui(ui, view)?;
        let rows = &self.rows;
        let lang = view.lang;
        let chart = self
            .cache
            .variance
            .entry((unit.clone(), target))
            .or_insert_with(|| charts::variance(view.report, rows, &unit, target, lang))
            .clone();
        let chart_changed = self.variance_shown.as_ref() != Some(&(unit.clone(), target));
        self.variance_shown = Some((unit.clone(), target));
        let reset = self.reset || chart_changed;
        variance_plot_ui(ui, view, &chart, &unit, target, reset)
    }

    /// The choice of target and unit above the variance plot: returns them, or `None`
    /// (and says so) when no indicator has both an actual and the target.
    fn variance_controls_ui(
        &mut self,
        ui: &mut egui::Ui,
        view: &View<'_>,
    ) -> Option<(TargetKind, String)> {
        let lang = view.lang;
        let rows = &self.rows;
        let period_units = self
            .cache
            .units
            .entry(TargetKind::Period)
            .or_insert_with(|| {
                charts::units_with_targets(view.report, rows, TargetKind::Period, lang)
            })
            .clone();
        let target = self.target.unwrap_or(if period_units.is_empty() {
            TargetKind::Annual
        } else {
            TargetKind::Period
        });
        let units = self
            .cache
            .units
            .entry(target)
            .or_insert_with(|| charts::units_with_targets(view.report, rows, target, lang))
            .clone();
        ui.horizontal(|ui| {
            for (kind, name) in [
                (TargetKind::Period, i18n::field(lang, Field::Target)),
                (TargetKind::Annual, i18n::field(lang, Field::AnnualTarget)),
            ] {
                if ui.radio(target == kind, name).clicked() {
                    self.target = Some(kind);
                }
            }
        });
        if units.is_empty() {
            ui.label(tr(
                lang,
                "Không có chỉ tiêu nào có cả số thực hiện và chỉ tiêu này.",
                "No indicator has both an actual and this target.",
            ));
            return None;
        }
        let unit = match &self.unit {
            Some(u) if units.iter().any(|(name, _)| name == u) => u.clone(),
            _ => units.first().map(|(u, _)| u.clone()).unwrap_or_default(),
        };
        let mut chosen = unit.clone();
        let combo = egui::ComboBox::from_id_salt("plot-unit")
            .selected_text(format!("{} {unit}", tr(lang, "Đơn vị:", "Unit:")))
            .show_ui(ui, |ui| {
                for (u, count) in &units {
                    ui.selectable_value(&mut chosen, u.clone(), format!("{u} ({count})"));
                }
            });
        let _ = combo
            .response
            .accessible_name(tr(lang, "Đơn vị của biểu đồ", "Unit of the plot"));
        self.unit = Some(chosen);

        Some((target, unit))
    }
}

/// The variance plot of `chart` (IBCS: target outlined, actual filled, the variance
/// coloured by sentiment); returns the indicator of the bar clicked.
fn variance_plot_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    chart: &Chart<charts::VarianceBar>,
    unit: &str,
    target: TargetKind,
    reset: bool,
) -> Option<usize> {
    let lang = view.lang;
    let notation = view.notation;
    omitted_note(ui, lang, chart.omitted);
    let n = chart.bars.len();
    let dark = ui.visuals().dark_mode;
    let ink = ui.visuals().strong_text_color();
    let names = bar_names(view, chart.bars.iter().map(|b| b.indicator));
    let target_name = match target {
        TargetKind::Period => tr(lang, "Chỉ tiêu kỳ (PL)", "Period target (PL)"),
        TargetKind::Annual => tr(lang, "Chỉ tiêu năm (PL)", "Annual target (PL)"),
    };
    let actual_name = tr(lang, "Thực hiện (AC)", "Actual (AC)");
    let delta_name = tr(lang, "Chênh lệch (ΔPL)", "Variance (ΔPL)");
    let n_fmt = |v: f64| format_auto(v, notation);
    let mut targets = Vec::new();
    let mut actuals = Vec::new();
    let mut deltas = Vec::new();
    let mut values = Vec::new();
    let mut summary = Vec::new();
    for (k, b) in chart.bars.iter().enumerate() {
        let y = y_of(k, n);
        let name = names.get(k).cloned().unwrap_or_default();
        let selected = view
            .report
            .indicators
            .get(b.indicator)
            .is_some_and(|i| Some(&i.id) == view.selected);
        let hover = format!(
            "{name}\n{actual_name}: {} {unit}\n{target_name}: {} {unit}\n{delta_name}: {}{} {unit}",
            n_fmt(b.actual),
            n_fmt(b.target),
            if b.variance > 0.0 { "+" } else { "" },
            format::format_computed(b.variance, &[Some(b.actual), Some(b.target)], notation)
        );
        let status = b
            .status
            .map(|s| format!(" {} {}", style::status_sign(s), i18n::status(lang, s)))
            .unwrap_or_default();
        summary.push(format!(
            "{name}: {} / {} ({}{}){status}",
            n_fmt(b.actual),
            n_fmt(b.target),
            if b.variance > 0.0 { "+" } else { "" },
            format::format_computed(b.variance, &[Some(b.actual), Some(b.target)], notation)
        ));
        let end = if b.actual.abs() >= b.target.abs() {
            b.actual
        } else {
            b.target
        };
        values.push((end, n_fmt(b.actual)));
        let outline = Stroke::new(if selected { 2.5 } else { 1.2 }, ink);
        targets.push(
            Bar::new(y, b.target)
                .width(0.55)
                .fill(Color32::TRANSPARENT)
                .stroke(outline)
                .name(&hover),
        );
        actuals.push(
            Bar::new(y, b.actual)
                .width(0.35)
                .fill(ink.gamma_multiply(if selected { 1.0 } else { 0.75 }))
                .name(&hover),
        );
        // The variance runs from the target's end to the actual, over the bars.
        deltas.push(
            Bar::new(y, b.variance)
                .base_offset(b.target)
                .width(0.15)
                .fill(sentiment_color(b.sentiment, dark))
                .name(&hover),
        );
    }
    let tips: Vec<String> = targets.iter().map(|b| b.name.clone()).collect();
    let label_color = ui.visuals().text_color();
    let height = ui.available_height();
    let (low, high) = label_room(&values);
    let plot = bar_plot("plot-variance", n, notation, reset, height, 3)
        .include_x(low)
        .include_x(high);
    let response = plot.show(ui, |plot_ui| {
        name_rows(plot_ui, &names, label_color);
        value_labels(plot_ui, &values, label_color);
        plot_ui.bar_chart(
            BarChart::new(target_name, targets)
                .horizontal()
                .color(ink)
                .allow_hover(false),
        );
        plot_ui.bar_chart(
            BarChart::new(actual_name, actuals)
                .horizontal()
                .color(ink)
                .allow_hover(false),
        );
        plot_ui.bar_chart(
            BarChart::new(delta_name, deltas)
                .horizontal()
                .color(Color32::GRAY)
                .allow_hover(false),
        );
        bar_under_pointer(plot_ui, n)
    });
    let title = format!(
        "{} ({unit})",
        tr(
            lang,
            "Biểu đồ thực hiện so với chỉ tiêu",
            "Plot of actual against target"
        )
    );
    describe(&response.response, &title, summary.join("; "));
    bar_tooltip(&response.response, response.inner, &tips)
        .and_then(|k| chart.bars.get(k))
        .map(|b| b.indicator)
}

fn omitted_note(ui: &mut egui::Ui, lang: Lang, omitted: usize) {
    if omitted > 0 {
        ui.weak(format!(
            "{} {omitted} {}",
            tr(
                lang,
                "Chỉ hiện các chênh lệch lớn nhất; bỏ bớt",
                "Showing the largest gaps;"
            ),
            tr(lang, "chỉ tiêu.", "more not shown.")
        ));
    }
}

fn achievement_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    charts: &(Chart<charts::AchievementBar>, Chart<charts::AchievementBar>),
    reset: bool,
) -> Option<usize> {
    let lang = view.lang;
    let notation = view.notation;
    let (ratios, rates) = charts;
    if ratios.bars.is_empty() && rates.bars.is_empty() {
        ui.label(tr(
            lang,
            "Không có chỉ tiêu nào có chỉ tiêu kế hoạch.",
            "No indicator has a target.",
        ));
        return None;
    }
    // Each chart gets a share of the height by its number of bars, at least 110 px,
    // after its heading (and note) of about 40 px.
    let charts_shown = usize::from(!ratios.bars.is_empty()) + usize::from(!rates.bars.is_empty());
    let height = (ui.available_height() - 40.0 * charts_shown as f32).max(0.0);
    let total = (ratios.bars.len() + rates.bars.len()).max(1) as f32;
    let mut clicked = None;
    for (chart, is_rate) in [(&ratios, false), (&rates, true)] {
        if chart.bars.is_empty() {
            continue;
        }
        let share = chart.bars.len() as f32 / total;
        let other = 1.0 - share;
        let h = if charts_shown == 2 {
            (height * share)
                .max(110.0)
                .min(height - (height * other).max(110.0))
                .max(80.0)
        } else {
            height.max(110.0)
        };
        ui.strong(if is_rate {
            tr(
                lang,
                "Tỷ lệ, tốc độ: chênh lệch so với chỉ tiêu (điểm %)",
                "Rates: gap to target (percentage points)",
            )
        } else {
            tr(
                lang,
                "% hoàn thành chỉ tiêu (xếp theo mức chênh lệch)",
                "% of target achieved (sorted by gap)",
            )
        });
        omitted_note(ui, lang, chart.omitted);
        if let Some(i) = achievement_plot(ui, view, chart, is_rate, h, notation, reset) {
            clicked = Some(i);
        }
    }
    clicked
}

fn achievement_plot(
    ui: &mut egui::Ui,
    view: &View<'_>,
    chart: &Chart<charts::AchievementBar>,
    is_rate: bool,
    height: f32,
    notation: Notation,
    reset: bool,
) -> Option<usize> {
    let lang = view.lang;
    let dark = ui.visuals().dark_mode;
    let ink = ui.visuals().strong_text_color();
    let n = chart.bars.len();
    let names = bar_names(view, chart.bars.iter().map(|b| b.indicator));
    let mut bars = Vec::new();
    let mut values = Vec::new();
    let mut summary = Vec::new();
    let mut any_annual = false;
    for (k, b) in chart.bars.iter().enumerate() {
        let name = names.get(k).cloned().unwrap_or_default();
        let selected = view
            .report
            .indicators
            .get(b.indicator)
            .is_some_and(|i| Some(&i.id) == view.selected);
        let which = match b.kind {
            TargetKind::Period => tr(lang, "chỉ tiêu kỳ", "of the period target"),
            TargetKind::Annual => {
                any_annual = true;
                tr(lang, "chỉ tiêu năm", "of the annual target")
            }
        };
        let status = b
            .status
            .map(|s| format!(" {} {}", style::status_sign(s), i18n::status(lang, s)))
            .unwrap_or_default();
        let text = if is_rate {
            format!(
                "{}{} {} {which}{status}",
                if b.value > 0.0 { "+" } else { "" },
                format::format(b.value, notation, 2, true),
                i18n::points(lang)
            )
        } else {
            let due = b
                .due_pct
                .filter(|d| *d < 100.0)
                .map(|d| {
                    format!(
                        " ({} {}%)",
                        tr(lang, "tiến độ", "due by now"),
                        format_auto(d, notation)
                    )
                })
                .unwrap_or_default();
            format!(
                "{}% {which}{due}{status}",
                format::format(b.value, notation, 1, true)
            )
        };
        summary.push(format!("{name}: {text}"));
        values.push((
            b.value,
            if is_rate {
                format!(
                    "{}{} {}",
                    if b.value > 0.0 { "+" } else { "" },
                    format::format(b.value, notation, 2, true),
                    i18n::points(lang)
                )
            } else {
                format!("{}%", format::format(b.value, notation, 1, true))
            },
        ));
        let mut bar = Bar::new(y_of(k, n), b.value)
            .width(0.5)
            .fill(status_fill(b.status, dark).gamma_multiply(if selected { 1.0 } else { 0.8 }))
            .name(format!("{name}\n{text}"));
        if selected {
            bar = bar.stroke(Stroke::new(2.5, ink));
        }
        bars.push(bar);
    }
    let id = if is_rate {
        "plot-rates"
    } else {
        "plot-achievement"
    };
    let series = if is_rate {
        tr(lang, "Chênh lệch (điểm %)", "Gap (points)")
    } else {
        tr(lang, "% hoàn thành", "% achieved")
    };
    let pace = view.report.period.year_fraction() * 100.0;
    let legend_entries = if is_rate || !any_annual { 2 } else { 3 };
    let (low, high) = label_room(&values);
    let plot = bar_plot(id, n, notation, reset, height, legend_entries)
        .include_x(low)
        .include_x(high);
    let plot = if is_rate { plot } else { plot.include_x(105.0) };
    let tips: Vec<String> = bars.iter().map(|b| b.name.clone()).collect();
    let label_color = ui.visuals().text_color();
    let response = plot.show(ui, |plot_ui| {
        name_rows(plot_ui, &names, label_color);
        value_labels(plot_ui, &values, label_color);
        plot_ui.bar_chart(
            BarChart::new(series, bars)
                .horizontal()
                .color(Color32::GRAY)
                .allow_hover(false),
        );
        if is_rate {
            plot_ui.vline(
                VLine::new(tr(lang, "Chỉ tiêu", "Target"), 0.0)
                    .color(ink)
                    .width(1.5),
            );
        } else {
            plot_ui.vline(VLine::new("100%", 100.0).color(ink).width(1.5));
            if any_annual && pace < 100.0 {
                plot_ui.vline(
                    VLine::new(
                        tr(lang, "Tiến độ chỉ tiêu năm", "Pace of annual targets"),
                        pace,
                    )
                    .color(ink)
                    .style(LineStyle::dashed_loose()),
                );
            }
        }
        bar_under_pointer(plot_ui, n)
    });
    let title = if is_rate {
        tr(
            lang,
            "Biểu đồ chênh lệch tỷ lệ so với chỉ tiêu",
            "Plot of rate gaps to target",
        )
    } else {
        tr(
            lang,
            "Biểu đồ % hoàn thành chỉ tiêu",
            "Plot of % of target achieved",
        )
    };
    describe(&response.response, title, summary.join("; "));
    bar_tooltip(&response.response, response.inner, &tips)
        .and_then(|k| chart.bars.get(k))
        .map(|b| b.indicator)
}

fn growth_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    chart: &Chart<charts::GrowthBar>,
    reset: bool,
) -> Option<usize> {
    let lang = view.lang;
    let notation = view.notation;

    if chart.bars.is_empty() {
        ui.label(tr(
            lang,
            "Không có chỉ tiêu nào có tốc độ tăng so với cùng kỳ.",
            "No indicator has a growth rate.",
        ));
        return None;
    }
    ui.strong(tr(
        lang,
        "Tăng/giảm so với cùng kỳ năm trước (%)",
        "Growth over the same period last year (%)",
    ));
    omitted_note(ui, lang, chart.omitted);
    let dark = ui.visuals().dark_mode;
    let ink = ui.visuals().strong_text_color();
    let n = chart.bars.len();
    let names = bar_names(view, chart.bars.iter().map(|b| b.indicator));
    let mut bars = Vec::new();
    let mut summary = Vec::new();
    let growths: Vec<f64> = chart.bars.iter().map(|b| b.growth_pct).collect();
    let cut = outlier_cut(&growths);
    let mut values = Vec::new();
    for (k, b) in chart.bars.iter().enumerate() {
        let name = names.get(k).cloned().unwrap_or_default();
        let selected = view
            .report
            .indicators
            .get(b.indicator)
            .is_some_and(|i| Some(&i.id) == view.selected);
        let text = format!(
            "{}{}%",
            if b.growth_pct > 0.0 { "+" } else { "" },
            format_auto(b.growth_pct, notation)
        );
        summary.push(format!("{name}: {text}"));
        // An outlier's bar is cut where the others can still be read; its figure says
        // how far it goes.
        let drawn = cut.map_or(b.growth_pct, |c| b.growth_pct.clamp(-c, c));
        values.push((
            drawn,
            if drawn == b.growth_pct {
                text.clone()
            } else {
                format!("{text} »")
            },
        ));
        let mut bar = Bar::new(y_of(k, n), drawn)
            .width(0.5)
            .fill(sentiment_color(b.sentiment, dark))
            .name(format!("{name}\n{text}"));
        if selected {
            bar = bar.stroke(Stroke::new(2.5, ink));
        }
        bars.push(bar);
    }
    let tips: Vec<String> = bars.iter().map(|b| b.name.clone()).collect();
    let label_color = ui.visuals().text_color();
    let height = ui.available_height();
    let (low, high) = label_room(&values);
    let plot = bar_plot("plot-growth", n, notation, reset, height, 2)
        .include_x(low)
        .include_x(high);
    let response = plot.show(ui, |plot_ui| {
        name_rows(plot_ui, &names, label_color);
        value_labels(plot_ui, &values, label_color);
        plot_ui.bar_chart(
            BarChart::new(i18n::field(lang, Field::YoyGrowthPct), bars)
                .horizontal()
                .color(Color32::GRAY)
                .allow_hover(false),
        );
        plot_ui.vline(VLine::new("0", 0.0).color(ink).width(1.0));
        bar_under_pointer(plot_ui, n)
    });
    describe(
        &response.response,
        tr(
            lang,
            "Biểu đồ tăng trưởng so với cùng kỳ",
            "Plot of growth over the same period",
        ),
        summary.join("; "),
    );
    bar_tooltip(&response.response, response.inner, &tips)
        .and_then(|k| chart.bars.get(k))
        .map(|b| b.indicator)
}

/// The selected indicator's breakdown and its sub-periods, each a plot, one above the
/// other when it has both; returns the part clicked.
fn breakdown_ui(ui: &mut egui::Ui, view: &View<'_>, reset: bool) -> Option<usize> {
    let lang = view.lang;
    let Some(i) = view
        .selected
        .and_then(|id| view.derived.index.get(id))
        .copied()
    else {
        ui.label(tr(
            lang,
            "Chọn một chỉ tiêu để xem cơ cấu của nó.",
            "Select an indicator to see its breakdown.",
        ));
        return None;
    };
    let ind = view.report.indicators.get(i)?;
    let breakdown = charts::breakdown(view.report, view.derived, i);
    let has_sub = !ind.subperiods.is_empty();
    if breakdown.is_none() && !has_sub {
        ui.label(format!(
            "{}: {}",
            ind.name.get(lang),
            tr(
                lang,
                "không có cơ cấu cộng được hay số liệu theo quý.",
                "no summable breakdown or sub-period figures."
            )
        ));
        return None;
    }
    let height = if breakdown.is_some() && has_sub {
        ui.available_height() / 2.0 - 30.0
    } else {
        ui.available_height() - 30.0
    };
    let clicked = breakdown.and_then(|b| parts_plot_ui(ui, view, ind, &b, height, reset));
    if has_sub {
        subperiods_plot_ui(ui, view, ind, height, reset);
    }
    clicked
}

/// The parts of a total as bars, with what they leave unexplained and the total;
/// returns the part clicked.
fn parts_plot_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    ind: &Indicator,
    b: &charts::BreakdownChart,
    height: f32,
    reset: bool,
) -> Option<usize> {
    let lang = view.lang;
    let notation = view.notation;
    let unit = ind.unit.get(lang);
    let dark = ui.visuals().dark_mode;
    let ink = ui.visuals().strong_text_color();
    ui.strong(format!(
        "{} — {}",
        tr(lang, "Cơ cấu", "Breakdown"),
        ind.name.get(lang)
    ));
    let mut names: Vec<String> = b
        .parts
        .iter()
        .map(|(c, _)| {
            view.report
                .indicators
                .get(*c)
                .map(|p| p.name.get(lang).to_owned())
                .unwrap_or_default()
        })
        .collect();
    let unexplained_name = tr(lang, "Chưa phân tích", "Unexplained").to_owned();
    let total_name = tr(lang, "Tổng", "Total").to_owned();
    names.push(unexplained_name.clone());
    names.push(total_name.clone());
    let n = names.len();
    let mut bars = Vec::new();
    let mut summary = Vec::new();
    // A waterfall: each part starts where the one before it ended, the unexplained
    // remainder closes the gap to the total, and the total stands alone below.
    let mut base = 0.0;
    let mut values = Vec::new();
    for (k, (c, v)) in b.parts.iter().enumerate() {
        let name = names.get(k).cloned().unwrap_or_default();
        let share = if b.total > 0.0 {
            format!(
                " ({}%)",
                format::format(v / b.total * 100.0, notation, 1, true)
            )
        } else {
            String::new()
        };
        let text = format!("{name}: {} {unit}{share}", format_auto(*v, notation));
        summary.push(text.clone());
        let selected = view
            .report
            .indicators
            .get(*c)
            .is_some_and(|p| Some(&p.id) == view.selected);
        let mut bar = Bar::new(y_of(k, n), *v)
            .base_offset(base)
            .width(0.5)
            .fill(ink.gamma_multiply(0.7))
            .name(text);
        if selected {
            bar = bar.stroke(Stroke::new(2.5, ink));
        }
        bars.push(bar);
        base += v;
        values.push((base, format_auto(*v, notation)));
    }
    let unexplained_text = format!(
        "{unexplained_name}: {} {unit}",
        format::format_computed(b.unexplained, &[ind.actual], notation)
    );
    summary.push(unexplained_text.clone());
    let warn = if b.unexplained < 0.0 {
        style::status_color(Status::Behind, dark)
    } else {
        style::status_color(Status::Close, dark)
    };
    // However thin, the remainder shows: outlined, with its figure written.
    bars.push(
        Bar::new(y_of(n - 2, n), b.unexplained)
            .base_offset(base)
            .width(0.5)
            .fill(warn)
            .stroke(Stroke::new(2.0, warn))
            .name(unexplained_text),
    );
    values.push((
        base.max(base + b.unexplained),
        format::format_computed(b.unexplained, &[ind.actual], notation),
    ));
    values.push((b.total, format_auto(b.total, notation)));
    let total_text = format!("{total_name}: {} {unit}", format_auto(b.total, notation));
    summary.push(total_text.clone());
    bars.push(
        Bar::new(y_of(n - 1, n), b.total)
            .width(0.5)
            .fill(Color32::TRANSPARENT)
            .stroke(Stroke::new(1.5, ink))
            .name(total_text),
    );
    let parts = b.parts.clone();
    let tips: Vec<String> = bars.iter().map(|b| b.name.clone()).collect();
    let label_color = ui.visuals().text_color();
    let (low, high) = label_room(&values);
    let plot = bar_plot("plot-breakdown", n, notation, reset, height, 1)
        .include_x(low)
        .include_x(high);
    let response = plot.show(ui, |plot_ui| {
        name_rows(plot_ui, &names, label_color);
        value_labels(plot_ui, &values, label_color);
        plot_ui.bar_chart(
            BarChart::new(tr(lang, "Cơ cấu", "Breakdown"), bars)
                .horizontal()
                .color(ink)
                .allow_hover(false),
        );
        bar_under_pointer(plot_ui, n)
    });
    describe(
        &response.response,
        tr(lang, "Biểu đồ cơ cấu", "Plot of the breakdown"),
        summary.join("; "),
    );
    bar_tooltip(&response.response, response.inner, &tips)
        .and_then(|k| parts.get(k))
        .map(|(c, _)| *c)
}

/// The figures of the parts of the period (GRDP growth by quarter), with the period's
/// own as a line.
fn subperiods_plot_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    ind: &Indicator,
    height: f32,
    reset: bool,
) {
    let lang = view.lang;
    let notation = view.notation;
    let unit = ind.unit.get(lang);
    let dark = ui.visuals().dark_mode;
    let ink = ui.visuals().strong_text_color();
    ui.strong(format!(
        "{} — {}",
        tr(lang, "Theo quý", "By sub-period"),
        ind.name.get(lang)
    ));
    let n = ind.subperiods.len();
    let labels: Vec<String> = ind
        .subperiods
        .iter()
        .map(|s| s.period.to_string())
        .collect();
    let mut summary = Vec::new();
    let bars: Vec<Bar> = ind
        .subperiods
        .iter()
        .enumerate()
        .map(|(k, s)| {
            let text = format!("{}: {} {unit}", s.period, format_auto(s.value, notation));
            summary.push(text.clone());
            Bar::new(k as f64, s.value)
                .width(0.6)
                .fill(ink.gamma_multiply(0.7))
                .name(text)
        })
        .collect();
    let x_labels = labels.clone();
    let plot = Plot::new("plot-subperiods");
    let plot = if reset { plot.reset() } else { plot };
    let response = plot
        .height(height)
        .allow_scroll(false)
        .include_y(0.0)
        .legend(Legend::default().position(egui_plot::Corner::RightBottom))
        .x_grid_spacer(move |_| {
            (0..n)
                .map(|k| GridMark {
                    value: k as f64,
                    step_size: 1.0,
                })
                .collect()
        })
        .x_axis_formatter(move |mark, _| {
            let k = mark.value.round();
            if (mark.value - k).abs() > 1e-6 || k < 0.0 {
                return String::new();
            }
            x_labels.get(k as usize).cloned().unwrap_or_default()
        })
        .y_axis_formatter(move |mark, _| format::format(mark.value, notation, 1, true))
        .label_formatter(|_| None)
        .show(ui, |plot_ui| {
            plot_ui.bar_chart(
                BarChart::new(tr(lang, "Theo quý", "By sub-period"), bars)
                    .color(ink)
                    .element_formatter(Box::new(|bar: &Bar, _: &BarChart| bar.name.clone())),
            );
            if let Some(a) = ind.actual {
                plot_ui.hline(
                    HLine::new(
                        format!("{} {}", view.report.period, format_auto(a, notation)),
                        a,
                    )
                    .color(style::status_color(Status::Met, dark))
                    .style(LineStyle::dashed_loose()),
                );
            }
        });
    describe(
        &response.response,
        tr(lang, "Biểu đồ theo quý", "Plot by sub-period"),
        summary.join("; "),
    );
}
