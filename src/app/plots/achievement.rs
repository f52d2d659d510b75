//! Percent of target achieved, sorted by gap: the period target's and the annual
//! target's, each with its 100 % line.

use egui::{Color32, Stroke};
use egui_plot::{Bar, BarChart, LineStyle, VLine};

use super::bars::{
    bar_names, bar_plot, bar_tooltip, bar_under_pointer, cut_label, cut_marks, cut_note, cut_value,
    describe, label_room, min_plot_height, name_rows, omitted_note, outlier_cut, status_fill,
    text_style_for, value_labels, y_of,
};
use super::{Room, View, style};
use chitieu_core::charts::{self, Chart, TargetKind};
use chitieu_core::format::{self, Notation, format_auto};
use chitieu_core::i18n::{self, tr};

pub(super) fn achievement_ui(
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
pub(super) fn achievement_texts(
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

pub(super) fn achievement_plot(
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
