//! What every bar plot shares: the plot itself (one row a bar, named above it, a band
//! for the legend), the rows' height and text size, figures written past a bar's end,
//! an outlier cut with its break drawn, the bar under the pointer and its tooltip, and
//! the plot's text for screen readers.

use egui::Color32;
use egui_plot::{Bar, BarChart, Legend, Plot, PlotPoint, VLine};

use super::{View, style};
use chitieu_core::charts::Sentiment;
use chitieu_core::format::{self, Notation};
use chitieu_core::i18n::{Message as _, Plots, PlotsMsg, Text as _};
use chitieu_core::metrics::Status;
use chitieu_core::model::Lang;

/// The indicators' names, in the language of the view, one a bar.
pub(super) fn bar_names(view: &View<'_>, indicators: impl Iterator<Item = usize>) -> Vec<String> {
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

/// Whether the indicator at position `i` is the one selected in the table.
pub(super) fn is_selected(view: &View<'_>, i: usize) -> bool {
    view.report
        .indicators
        .get(i)
        .is_some_and(|ind| Some(&ind.id) == view.selected)
}

/// `bar` outlined in `ink` when it is the selected indicator's.
pub(super) fn outlined(bar: Bar, selected: bool, ink: Color32) -> Bar {
    if selected {
        bar.stroke(egui::Stroke::new(2.5, ink))
    } else {
        bar
    }
}

/// A bar's colour by sentiment.
pub(super) fn sentiment_color(s: Sentiment, dark: bool) -> Color32 {
    match s {
        Sentiment::Good => style::status_color(Status::Met, dark),
        Sentiment::Bad => style::status_color(Status::Behind, dark),
        Sentiment::Neutral => Color32::GRAY,
    }
}

pub(super) fn status_fill(s: Option<Status>, dark: bool) -> Color32 {
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
pub(super) fn min_plot_height(n: usize, legend_entries: usize) -> f32 {
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
pub(super) fn outlier_cut(values: &[f64]) -> Option<f64> {
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
pub(super) fn cut_value(value: f64, cut: Option<f64>) -> (f64, bool) {
    match cut {
        Some(c) if value.abs() > c => (c.copysign(value), true),
        _ => (value, false),
    }
}

/// The figure written past a bar's end: a cut bar's says so, pointing the way the bar
/// goes on.
pub(super) fn cut_label(text: String, cut: bool, value: f64) -> String {
    match (cut, value < 0.0) {
        (false, _) => text,
        (true, false) => format!("{text} »"),
        (true, true) => format!("« {text}"),
    }
}

/// Draws the break of each bar cut short, `(x, y, half)`: at `x`, on the bar at
/// height `y` and `half` as thick each side: a slanted gap in the background colour
/// near its end, as a broken axis is drawn, so that a cut bar never reads as its drawn
/// length.
fn cut_marks(plot_ui: &mut egui_plot::PlotUi<'_>, cuts: &[(f64, f64, f64)], gap: Color32) {
    for &(x, y, half) in cuts {
        let d = 0.04 * x;
        plot_ui.line(
            egui_plot::Line::new("", vec![[x - 2.0 * d, y - half], [x - d, y + half]])
                .color(gap)
                .width(4.0),
        );
    }
}

/// How thick, each side of its row's middle, the break of a bar a row is drawn.
pub(super) const CUT_HALF: f64 = 0.4;

/// What a screen reader says after a cut bar's figure.
pub(super) fn cut_note(lang: Lang) -> &'static str {
    Plots::CutNote.tr(lang)
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
pub(super) fn y_of(k: usize, n: usize) -> f64 {
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
pub(super) fn describe(response: &egui::Response, title: &str, summary: String) {
    response.widget_info(|| {
        let mut info = egui::WidgetInfo::labeled(egui::Role::Image, true, title);
        info.current_text_value = Some(summary.clone());
        info
    });
}

/// What is above a plot: when it has no bars, why (`empty`), and false; else its
/// `heading` and how many indicators it leaves out, and true.
pub(super) fn heading_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    bars: usize,
    (empty, heading): (Plots, Plots),
    omitted: usize,
) -> bool {
    if bars == 0 {
        ui.label(empty.tr(lang));
        return false;
    }
    ui.strong(heading.tr(lang));
    omitted_note(ui, lang, omitted);
    true
}

/// Above a plot that leaves some indicators out (only the largest gaps shown): how many.
pub(super) fn omitted_note(ui: &mut egui::Ui, lang: Lang, omitted: usize) {
    if omitted > 0 {
        ui.weak(PlotsMsg::Omitted { count: omitted }.tr(lang));
    }
}

/// A vertical line across a bar plot: the target, 100 %, zero, the pace of the year.
pub(super) struct RefLine {
    /// Its name in the legend; empty for none.
    pub name: String,
    /// Where it stands.
    pub x: f64,
    /// Its width in points.
    pub width: f32,
    /// Dashed (a pace) rather than solid (a target).
    pub dashed: bool,
}

/// A bar plot as a plot feeds it: one row a bar (or two), named above it, with its
/// figure written past its end; the series in the order drawn (which is the legend's),
/// the breaks of the bars cut short, the reference lines, what each row says on hover
/// and to a screen reader. [`BarPlot::show`] draws it the one way every bar plot is
/// drawn: axis, legend band, names, figures, bars, breaks, lines, hover and click.
pub(super) struct BarPlot {
    /// The plot's id, which keeps its view (zoom, drag) from frame to frame.
    pub id: &'static str,
    /// What a screen reader calls the plot.
    pub title: String,
    /// The rows' names, top to bottom.
    pub names: Vec<String>,
    /// The series, in the order drawn and listed in the legend: name, bars, colour.
    pub series: Vec<(String, Vec<Bar>, Color32)>,
    /// The figures written past the bars' ends: where the bar ends, the figure, and
    /// the height it is written at.
    pub figures: Vec<(f64, String, f64)>,
    /// The breaks of the bars cut short: where, at which height, and half the bar's
    /// thickness.
    pub cuts: Vec<(f64, f64, f64)>,
    /// The vertical lines, drawn over the bars.
    pub lines: Vec<RefLine>,
    /// What each row says on hover, top to bottom.
    pub tips: Vec<String>,
    /// What a screen reader hears of each row.
    pub summary: Vec<String>,
    /// How many entries the legend has (the band below the bars is kept for them).
    pub legend_entries: usize,
    /// A value the x axis must include besides the bars and their figures.
    pub include_x: Option<f64>,
}

impl BarPlot {
    /// A plot `id` with a row for each of `names`, top to bottom, nothing in it yet.
    pub(super) fn new(id: &'static str, names: Vec<String>) -> Self {
        Self {
            id,
            title: String::new(),
            names,
            series: Vec::new(),
            figures: Vec::new(),
            cuts: Vec::new(),
            lines: Vec::new(),
            tips: Vec::new(),
            summary: Vec::new(),
            legend_entries: 0,
            include_x: None,
        }
    }

    /// Each row's figure, written at the row's middle: `(x, text)` a row, top to bottom.
    pub(super) fn row_figures(&mut self, figures: Vec<(f64, String)>) {
        let n = self.names.len();
        self.figures = figures
            .into_iter()
            .enumerate()
            .map(|(k, (x, text))| (x, text, y_of(k, n)))
            .collect();
    }

    /// Draws the plot `height` points high (`reset`: its view fitted to the data again)
    /// and returns the row clicked, from the top.
    pub(super) fn show(
        self,
        ui: &mut egui::Ui,
        notation: Notation,
        height: f32,
        reset: bool,
    ) -> Option<usize> {
        let Self {
            id,
            title,
            names,
            series,
            figures,
            cuts,
            lines,
            tips,
            summary,
            legend_entries,
            include_x,
        } = self;
        let n = names.len();
        let ink = ui.visuals().strong_text_color();
        let label_color = ui.visuals().text_color();
        let gap = ui.visuals().extreme_bg_color;
        let style = text_style_for(height, n);
        let extents: Vec<(f64, String)> = figures.iter().map(|(x, t, _)| (*x, t.clone())).collect();
        let (low, high) = label_room(ui, &extents, &style, ui.available_width());
        let plot = bar_plot(id, n, notation, reset, height, legend_entries)
            .include_x(low)
            .include_x(high);
        let plot = match include_x {
            Some(x) => plot.include_x(x),
            None => plot,
        };
        let response = plot.show(ui, move |plot_ui| {
            name_rows(plot_ui, &names, low, label_color);
            let style = plot_text_style(plot_ui, n);
            for (x, text, y) in &figures {
                value_label(plot_ui, *x, *y, text, &style, label_color);
            }
            for (name, bars, color) in series {
                plot_ui.bar_chart(
                    BarChart::new(name, bars)
                        .horizontal()
                        .color(color)
                        .allow_hover(false),
                );
            }
            cut_marks(plot_ui, &cuts, gap);
            for line in lines {
                let vline = VLine::new(line.name, line.x).color(ink).width(line.width);
                plot_ui.vline(if line.dashed {
                    vline.style(egui_plot::LineStyle::dashed_loose())
                } else {
                    vline
                });
            }
            bar_under_pointer(plot_ui, n)
        });
        describe(&response.response, &title, summary.join("; "));
        bar_tooltip(&response.response, response.inner, &tips)
    }
}
