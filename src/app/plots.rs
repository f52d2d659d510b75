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
    let rows = n as f32 + 0.5;
    let legend = legend_px(legend_entries);
    let band = if legend_entries == 0 || height <= legend + 20.0 {
        0.0
    } else {
        legend * rows / (height - legend)
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
    // Room above the top bar for its name.
    .default_y_bounds(-0.6 - f64::from(band), n as f64 - 0.1)
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

/// The height a row of bars needs: its name above it at the body's text size (the
/// size [`text_style_for`] keeps for rows this high), and the bar.
const MIN_ROW_PX: f32 = 36.0;

/// The height of a legend of `entries` entries, in the band below the bars.
fn legend_px(entries: usize) -> f32 {
    if entries == 0 {
        0.0
    } else {
        entries as f32 * 18.0 + 14.0
    }
}

/// The least height a bar plot of `n` rows may have: every row readable, the legend in
/// its band below them and the axis under it. A plot that needs more than the panel
/// has makes the panel scroll rather than squeeze its rows.
fn min_plot_height(n: usize, legend_entries: usize) -> f32 {
    (n as f32 + 0.2) * MIN_ROW_PX + legend_px(legend_entries) + 28.0
}

/// The text style of the words in a plot `height` points high with `n` rows: the
/// body's, unless the rows are too tight for it (many bars in a short plot).
fn text_style_for(height: f32, n: usize) -> egui::TextStyle {
    let row_px = height / (n as f32 + 0.2);
    if row_px >= 36.0 {
        egui::TextStyle::Body
    } else {
        egui::TextStyle::Small
    }
}

/// The text style of the words in the plot being drawn.
fn plot_text_style(plot_ui: &egui_plot::PlotUi<'_>, n: usize) -> egui::TextStyle {
    text_style_for(plot_ui.response().rect.height(), n)
}

/// The x range that holds every bar and its figure written past its end, in a plot
/// `width_px` points wide whose text is in `style`: a figure's width in points is a
/// width in plot units that depends on the range, so the range is found by a few
/// rounds of widening until the figures fit.
fn label_room(
    ui: &egui::Ui,
    values: &[(f64, String)],
    style: &egui::TextStyle,
    width_px: f32,
) -> (f64, f64) {
    let font = style.resolve(ui.style());
    let width_px = f64::from(width_px.max(60.0));
    let widths: Vec<f64> = ui.fonts_mut(|f| {
        values
            .iter()
            .map(|(_, t)| {
                let w = f.layout_no_wrap(format!(" {t} "), font.clone(), Color32::WHITE);
                // A figure wider than half the plot cannot be helped by widening it.
                f64::from(w.size().x).min(0.45 * width_px)
            })
            .collect()
    });
    let bars_low = values.iter().map(|(x, _)| *x).fold(0.0, f64::min);
    let bars_high = values.iter().map(|(x, _)| *x).fold(0.0, f64::max);
    let (mut low, mut high) = (bars_low, bars_high);
    for _ in 0..12 {
        let per_px = (high - low).max(1e-9) / width_px;
        let (mut lo, mut hi) = (bars_low, bars_high);
        for ((x, _), w) in values.iter().zip(&widths) {
            if *x < 0.0 {
                lo = lo.min(x - w * per_px);
            } else {
                hi = hi.max(x + w * per_px);
            }
        }
        (low, high) = (lo, hi);
    }
    (low, high)
}

/// Writes each bar's figure just past its end (`x`), in the chosen notation.
fn value_labels(plot_ui: &mut egui_plot::PlotUi<'_>, values: &[(f64, String)], color: Color32) {
    let n = values.len();
    let style = plot_text_style(plot_ui, n);
    for (k, (x, text)) in values.iter().enumerate() {
        value_label(plot_ui, *x, y_of(k, n), text, &style, color);
    }
}

/// Writes one bar's figure just past its end `x`, at height `y`: to the right of a bar
/// going right, to the left of one going left.
fn value_label(
    plot_ui: &mut egui_plot::PlotUi<'_>,
    x: f64,
    y: f64,
    text: &str,
    style: &egui::TextStyle,
    color: Color32,
) {
    let anchor = if x < 0.0 {
        egui::Align2::RIGHT_CENTER
    } else {
        egui::Align2::LEFT_CENTER
    };
    plot_ui.text(
        egui_plot::Text::new(
            "",
            PlotPoint::new(x, y),
            egui::RichText::new(format!(" {text} ")).text_style(style.clone()),
        )
        .anchor(anchor)
        .color(color)
        .allow_hover(false),
    );
}

/// Where to cut bars so that one or a few outliers do not flatten the rest: where,
/// among the largest sizes, one is more than three times the next, at 1.3 times the
/// next (at most a quarter of the bars, and always one, are cut).
fn outlier_cut(values: &[f64]) -> Option<f64> {
    let mut sizes: Vec<f64> = values.iter().map(|v| v.abs()).collect();
    sizes.sort_by(|a, b| b.total_cmp(a));
    if sizes.len() < 3 {
        return None;
    }
    let most_cut = (sizes.len() / 4).max(1);
    sizes.windows(2).take(most_cut).find_map(|w| match w {
        [big, next] if *next > 0.0 && *big > 3.0 * next => Some(1.3 * next),
        _ => None,
    })
}

/// A bar's value as drawn: `value`, or cut at `cut` (either side of zero) when it goes
/// further; and whether it was cut.
fn cut_value(value: f64, cut: Option<f64>) -> (f64, bool) {
    match cut {
        Some(c) if value.abs() > c => (c.copysign(value), true),
        _ => (value, false),
    }
}

/// The figure written past a bar's end: a cut bar's says so, pointing the way the bar
/// goes on.
fn cut_label(text: String, cut: bool, value: f64) -> String {
    match (cut, value < 0.0) {
        (false, _) => text,
        (true, false) => format!("{text} »"),
        (true, true) => format!("« {text}"),
    }
}

/// Draws the break of each bar cut at `x` on row `k` (of `n`): a slanted gap in the
/// background colour near its end, as a broken axis is drawn, so that a cut bar never
/// reads as its drawn length.
fn cut_marks(plot_ui: &mut egui_plot::PlotUi<'_>, cuts: &[(usize, f64)], n: usize, gap: Color32) {
    for &(k, x) in cuts {
        let y = y_of(k, n);
        let d = 0.04 * x;
        plot_ui.line(
            egui_plot::Line::new("", vec![[x - 2.0 * d, y - 0.4], [x - d, y + 0.4]])
                .color(gap)
                .width(4.0),
        );
    }
}

/// What a screen reader says after a cut bar's figure.
fn cut_note(lang: Lang) -> &'static str {
    tr(
        lang,
        " (thanh bị cắt ngắn để các thanh khác dễ đọc)",
        " (bar cut short so the others can be read)",
    )
}

/// Writes each bar's name just above it, from `x0`: the left end of what the plot must
/// show (zero, or the end of the longest bar to the left with its figure), so the
/// names never widen the view; a name too long for the plot is cut with "…".
fn name_rows(plot_ui: &mut egui_plot::PlotUi<'_>, names: &[String], x0: f64, color: Color32) {
    let n = names.len();
    let style = plot_text_style(plot_ui, n);
    let font = style.resolve(&plot_ui.ctx().global_style());
    let room =
        plot_ui.response().rect.right() - plot_ui.screen_from_plot(PlotPoint::new(x0, 0.0)).x;
    for (k, name) in names.iter().enumerate() {
        let name = fit_text(plot_ui.ctx(), name, &font, room - 6.0);
        plot_ui.text(
            egui_plot::Text::new(
                "",
                PlotPoint::new(x0, y_of(k, n) + 0.28),
                egui::RichText::new(name).text_style(style.clone()),
            )
            .anchor(egui::Align2::LEFT_BOTTOM)
            .color(color)
            .allow_hover(false),
        );
    }
}

/// `text` as it fits in `width` points of `font`: whole, or cut with "…" (a bar's
/// whole name shows on hover).
fn fit_text(ctx: &egui::Context, text: &str, font: &egui::FontId, width: f32) -> String {
    let fits = |t: String| {
        ctx.fonts_mut(|f| f.layout_no_wrap(t, font.clone(), Color32::WHITE).size().x) <= width
    };
    if fits(text.to_owned()) {
        return text.to_owned();
    }
    let cut = |k: usize| format!("{}…", text.chars().take(k).collect::<String>().trim_end());
    let (mut low, mut high) = (0, text.chars().count());
    while low < high {
        let mid = (low + high).div_ceil(2);
        if fits(cut(mid)) {
            low = mid;
        } else {
            high = mid - 1;
        }
    }
    cut(low)
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
                        achievement_ui(ui, view, charts, room, reset)
                    }
                    PlotKind::Growth => {
                        let chart = self
                            .cache
                            .growth
                            .get_or_insert_with(|| charts::growth(view.report, &self.rows));
                        growth_ui(ui, view, chart, room, reset)
                    }
                    PlotKind::Breakdown => breakdown_ui(ui, view, room, reset),
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
            commands.push(Command::SelectIndicator {
                id: ind.id.clone(),
                reveal: true,
            });
        }
    }

    fn variance_ui(&mut self, ui: &mut egui::Ui, view: &View<'_>, room: Room) -> Option<usize> {
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
        variance_plot_ui(ui, view, &chart, (&unit, target), room, reset)
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
/// coloured by sentiment); returns the indicator of the bar clicked. One indicator far
/// larger than the rest (GRDP among budget lines) has its bars cut, its figure written.
fn variance_plot_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    chart: &Chart<charts::VarianceBar>,
    (unit, target): (&str, TargetKind),
    room: Room,
    reset: bool,
) -> Option<usize> {
    let lang = view.lang;
    let notation = view.notation;
    omitted_note(ui, lang, chart.omitted);
    let n = chart.bars.len();
    let ink = ui.visuals().strong_text_color();
    let names = bar_names(view, chart.bars.iter().map(|b| b.indicator));
    let series = VarianceSeries::new(lang, target);
    let extents: Vec<f64> = chart
        .bars
        .iter()
        .map(|b| b.actual.abs().max(b.target.abs()))
        .collect();
    let cut = outlier_cut(&extents);
    let (mut targets, mut actuals, mut deltas) = (Vec::new(), Vec::new(), Vec::new());
    let (mut values, mut summary, mut cuts) = (Vec::new(), Vec::new(), Vec::new());
    for (k, b) in chart.bars.iter().enumerate() {
        let name = names.get(k).map_or("", String::as_str);
        let drawn = variance_bars(ui, view, b, (k, n), (name, unit), &series, cut);
        targets.push(drawn.target);
        actuals.push(drawn.actual);
        deltas.push(drawn.delta);
        values.push(drawn.label);
        summary.push(drawn.summary);
        if let Some(x) = drawn.cut_at {
            cuts.push((k, x));
        }
    }
    let tips: Vec<String> = targets.iter().map(|b| b.name.clone()).collect();
    let label_color = ui.visuals().text_color();
    let gap = ui.visuals().extreme_bg_color;
    let height = room.left(ui).max(min_plot_height(n, 3));
    let style = text_style_for(height, n);
    let (low, high) = label_room(ui, &values, &style, ui.available_width());
    let plot = bar_plot("plot-variance", n, notation, reset, height, 3)
        .include_x(low)
        .include_x(high);
    let response = plot.show(ui, |plot_ui| {
        name_rows(plot_ui, &names, low, label_color);
        value_labels(plot_ui, &values, label_color);
        for (name, bars, color) in [
            (series.target, targets, ink),
            (series.actual, actuals, ink),
            (series.delta, deltas, Color32::GRAY),
        ] {
            plot_ui.bar_chart(
                BarChart::new(name, bars)
                    .horizontal()
                    .color(color)
                    .allow_hover(false),
            );
        }
        cut_marks(plot_ui, &cuts, n, gap);
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

/// The names of the variance plot's series, in the order they are drawn.
struct VarianceSeries {
    target: &'static str,
    actual: &'static str,
    delta: &'static str,
}

impl VarianceSeries {
    fn new(lang: Lang, target: TargetKind) -> Self {
        Self {
            target: match target {
                TargetKind::Period => tr(lang, "Chỉ tiêu kỳ (PL)", "Period target (PL)"),
                TargetKind::Annual => tr(lang, "Chỉ tiêu năm (PL)", "Annual target (PL)"),
            },
            actual: tr(lang, "Thực hiện (AC)", "Actual (AC)"),
            delta: tr(lang, "Chênh lệch (ΔPL)", "Variance (ΔPL)"),
        }
    }
}

/// One indicator's bars in the variance plot, and what is written of it.
struct VarianceDrawn {
    target: Bar,
    actual: Bar,
    delta: Bar,
    /// Where the figure is written, and the figure.
    label: (f64, String),
    /// What a screen reader says of it.
    summary: String,
    /// Where its bars were cut, if they were.
    cut_at: Option<f64>,
}

/// The bars of one indicator (row `k` of `n`): its target outlined, its actual filled,
/// the variance from one to the other coloured by sentiment; cut at `cut` if they go
/// further, the figures true.
fn variance_bars(
    ui: &egui::Ui,
    view: &View<'_>,
    b: &charts::VarianceBar,
    (k, n): (usize, usize),
    (name, unit): (&str, &str),
    series: &VarianceSeries,
    cut: Option<f64>,
) -> VarianceDrawn {
    let (lang, notation) = (view.lang, view.notation);
    let selected = view
        .report
        .indicators
        .get(b.indicator)
        .is_some_and(|i| Some(&i.id) == view.selected);
    let ink = ui.visuals().strong_text_color();
    let n_fmt = |v: f64| format_auto(v, notation);
    let variance = format!(
        "{}{}",
        if b.variance > 0.0 { "+" } else { "" },
        format::format_computed(b.variance, &[Some(b.actual), Some(b.target)], notation)
    );
    let hover = format!(
        "{name}\n{}: {} {unit}\n{}: {} {unit}\n{}: {variance} {unit}",
        series.actual,
        n_fmt(b.actual),
        series.target,
        n_fmt(b.target),
        series.delta,
    );
    let status = b
        .status
        .map(|s| format!(" {} {}", style::status_sign(s), i18n::status(lang, s)))
        .unwrap_or_default();
    let (target, target_cut) = cut_value(b.target, cut);
    let (actual, actual_cut) = cut_value(b.actual, cut);
    let was_cut = target_cut || actual_cut;
    let mut summary = format!(
        "{name}: {} / {} ({variance}){status}",
        n_fmt(b.actual),
        n_fmt(b.target)
    );
    if was_cut {
        summary.push_str(cut_note(lang));
    }
    let end = if actual.abs() >= target.abs() {
        actual
    } else {
        target
    };
    let outline = Stroke::new(if selected { 2.5 } else { 1.2 }, ink);
    let y = y_of(k, n);
    VarianceDrawn {
        target: Bar::new(y, target)
            .width(0.55)
            .fill(Color32::TRANSPARENT)
            .stroke(outline)
            .name(&hover),
        actual: Bar::new(y, actual)
            .width(0.35)
            .fill(ink.gamma_multiply(if selected { 1.0 } else { 0.75 }))
            .name(&hover),
        // The variance runs from the target's end to the actual, over the bars.
        delta: Bar::new(y, actual - target)
            .base_offset(target)
            .width(0.15)
            .fill(sentiment_color(b.sentiment, ui.visuals().dark_mode))
            .name(&hover),
        // A cut target is written beside the actual: the bars no longer show it.
        label: (
            end,
            cut_label(
                if target_cut {
                    format!("{} / {}", n_fmt(b.actual), n_fmt(b.target))
                } else {
                    n_fmt(b.actual)
                },
                was_cut,
                end,
            ),
        ),
        summary,
        cut_at: was_cut.then_some(end),
    }
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
    room: Room,
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
    // Each chart gets a share of the height by its number of bars, after its heading
    // (and note) of about 40 px, and never less than its rows need: when both need
    // more than the panel has, the panel scrolls.
    let charts_shown = usize::from(!ratios.bars.is_empty()) + usize::from(!rates.bars.is_empty());
    let height = (room.left(ui) - 40.0 * charts_shown as f32).max(0.0);
    let total = (ratios.bars.len() + rates.bars.len()).max(1) as f32;
    let mut clicked = None;
    for (chart, is_rate) in [(&ratios, false), (&rates, true)] {
        if chart.bars.is_empty() {
            continue;
        }
        let share = chart.bars.len() as f32 / total;
        let h = (height * share).max(min_plot_height(chart.bars.len(), 3));
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

/// What is said of an achievement bar (its figure, the target, what is due, the
/// status), and the figure written beside it.
fn achievement_texts(
    view: &View<'_>,
    b: &charts::AchievementBar,
    is_rate: bool,
) -> (String, String) {
    let (lang, notation) = (view.lang, view.notation);
    let which = match b.kind {
        TargetKind::Period => tr(lang, "chỉ tiêu kỳ", "of the period target"),
        TargetKind::Annual => tr(lang, "chỉ tiêu năm", "of the annual target"),
    };
    let status = b
        .status
        .map(|s| format!(" {} {}", style::status_sign(s), i18n::status(lang, s)))
        .unwrap_or_default();
    if is_rate {
        let figure = format!(
            "{}{} {}",
            if b.value > 0.0 { "+" } else { "" },
            format::format(b.value, notation, 2, true),
            i18n::points(lang)
        );
        (format!("{figure} {which}{status}"), figure)
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
        let figure = format!("{}%", format::format(b.value, notation, 1, true));
        (format!("{figure} {which}{due}{status}"), figure)
    }
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
    let any_annual = chart.bars.iter().any(|b| b.kind == TargetKind::Annual);
    // An outlier's bar is cut, but always past the 100 % line it is judged by.
    let sizes: Vec<f64> = chart.bars.iter().map(|b| b.value).collect();
    let cut = outlier_cut(&sizes).map(|c| if is_rate { c } else { c.max(130.0) });
    let mut cuts = Vec::new();
    for (k, b) in chart.bars.iter().enumerate() {
        let name = names.get(k).cloned().unwrap_or_default();
        let selected = view
            .report
            .indicators
            .get(b.indicator)
            .is_some_and(|i| Some(&i.id) == view.selected);
        let (text, figure) = achievement_texts(view, b, is_rate);
        let (drawn, was_cut) = cut_value(b.value, cut);
        summary.push(format!(
            "{name}: {text}{}",
            if was_cut { cut_note(lang) } else { "" }
        ));
        values.push((drawn, cut_label(figure, was_cut, b.value)));
        if was_cut {
            cuts.push((k, drawn));
        }
        let mut bar = Bar::new(y_of(k, n), drawn)
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
    let style = text_style_for(height, n);
    let (low, high) = label_room(ui, &values, &style, ui.available_width());
    let gap = ui.visuals().extreme_bg_color;
    let plot = bar_plot(id, n, notation, reset, height, legend_entries)
        .include_x(low)
        .include_x(high);
    let plot = if is_rate { plot } else { plot.include_x(105.0) };
    let tips: Vec<String> = bars.iter().map(|b| b.name.clone()).collect();
    let label_color = ui.visuals().text_color();
    let response = plot.show(ui, |plot_ui| {
        name_rows(plot_ui, &names, low, label_color);
        value_labels(plot_ui, &values, label_color);
        plot_ui.bar_chart(
            BarChart::new(series, bars)
                .horizontal()
                .color(Color32::GRAY)
                .allow_hover(false),
        );
        cut_marks(plot_ui, &cuts, n, gap);
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
    room: Room,
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
    let mut cuts = Vec::new();
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
        let (drawn, was_cut) = cut_value(b.growth_pct, cut);
        values.push((drawn, cut_label(text.clone(), was_cut, b.growth_pct)));
        if was_cut {
            cuts.push((k, drawn));
            if let Some(last) = summary.last_mut() {
                last.push_str(cut_note(lang));
            }
        }
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
    let gap = ui.visuals().extreme_bg_color;
    let height = room.left(ui).max(min_plot_height(n, 2));
    let style = text_style_for(height, n);
    let (low, high) = label_room(ui, &values, &style, ui.available_width());
    let plot = bar_plot("plot-growth", n, notation, reset, height, 2)
        .include_x(low)
        .include_x(high);
    let response = plot.show(ui, |plot_ui| {
        name_rows(plot_ui, &names, low, label_color);
        value_labels(plot_ui, &values, label_color);
        plot_ui.bar_chart(
            BarChart::new(i18n::field(lang, Field::YoyGrowthPct), bars)
                .horizontal()
                .color(Color32::GRAY)
                .allow_hover(false),
        );
        cut_marks(plot_ui, &cuts, n, gap);
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
fn breakdown_ui(ui: &mut egui::Ui, view: &View<'_>, room: Room, reset: bool) -> Option<usize> {
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
    let left = room.left(ui);
    let height = if breakdown.is_some() && has_sub {
        left / 2.0 - 30.0
    } else {
        left - 30.0
    };
    let parts = breakdown.as_ref().map_or(0, |b| b.parts.len() + 2);
    let height = height.max(min_plot_height(parts.max(3), 1));
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
    let style = text_style_for(height, n);
    let (low, high) = label_room(ui, &values, &style, ui.available_width());
    let plot = bar_plot("plot-breakdown", n, notation, reset, height, 1)
        .include_x(low)
        .include_x(high);
    let response = plot.show(ui, |plot_ui| {
        name_rows(plot_ui, &names, low, label_color);
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
