//! The rest of the year against this period: for each indicator whose rest has a
//! needed growth, this period's growth and the growth the rest needs, one above the
//! other, so a leader sees at once which targets ask the second half to speed up.

use egui::{Color32, Stroke};
use egui_plot::{Bar, BarChart, VLine};

use super::bars::{
    bar_names, bar_plot, bar_tooltip, bar_under_pointer, cut_label, cut_note, cut_value, describe,
    label_room, min_plot_height, name_rows, omitted_note, outlier_cut, plot_text_style,
    sentiment_color, text_style_for, value_label, y_of,
};
use super::{Room, View};
use chitieu_core::charts::Chart;
use chitieu_core::charts::RestBar;
use chitieu_core::format::{self, format_auto};
use chitieu_core::i18n::{self, tr};

/// How far above and below its row's middle each of the two bars sits.
const OFFSET: f64 = 0.14;

/// Draws the chart; returns the indicator whose bars were clicked.
pub(super) fn rest_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    chart: &Chart<RestBar>,
    room: Room,
    reset: bool,
) -> Option<usize> {
    let lang = view.lang;
    let notation = view.notation;
    if chart.bars.is_empty() {
        ui.label(tr(
            lang,
            "Chưa chỉ tiêu nào có chỉ tiêu năm và tỷ trọng kỳ này trong năm trước (Ctrl+R để nhập).",
            "No indicator has both an annual target and this period's share of last year (Ctrl+R to enter it).",
        ));
        return None;
    }
    ui.strong(tr(
        lang,
        "Tăng trưởng kỳ này và phần còn lại của năm cần đạt (%)",
        "This period's growth and what the rest of the year needs (%)",
    ));
    omitted_note(ui, lang, chart.omitted);
    let n = chart.bars.len();
    let names = bar_names(view, chart.bars.iter().map(|b| b.indicator));
    let Drawn {
        period_bars,
        needed_bars,
        values,
        tips,
        summary,
        cuts,
    } = drawn(ui, view, chart, &names);
    let ink = ui.visuals().strong_text_color();
    let dark = ui.visuals().dark_mode;
    let (period_title, needed_title) = (
        tr(lang, "Kỳ này", "This period"),
        i18n::rest_needed_title(lang),
    );
    let label_color = ui.visuals().text_color();
    let gap = ui.visuals().extreme_bg_color;
    let height = room.left(ui).max(min_plot_height(n, 2));
    let style = text_style_for(height, n);
    let figures: Vec<(f64, String)> = values.iter().map(|(x, t, _)| (*x, t.clone())).collect();
    let (low, high) = label_room(ui, &figures, &style, ui.available_width());
    let plot = bar_plot("plot-rest", n, notation, reset, height, 2)
        .include_x(low)
        .include_x(high);
    let response = plot.show(ui, |plot_ui| {
        name_rows(plot_ui, &names, low, label_color);
        let style = plot_text_style(plot_ui, n);
        for (x, text, y) in &values {
            value_label(plot_ui, *x, *y, text, &style, label_color);
        }
        plot_ui.bar_chart(
            BarChart::new(period_title, period_bars)
                .horizontal()
                .color(Color32::GRAY)
                .allow_hover(false),
        );
        plot_ui.bar_chart(
            BarChart::new(needed_title, needed_bars)
                .horizontal()
                .color(sentiment_color(chitieu_core::charts::Sentiment::Bad, dark))
                .allow_hover(false),
        );
        // A cut bar's break: a slanted gap near its end, across its own bar only.
        for &(x, y) in &cuts {
            let d = 0.04 * x;
            plot_ui.line(
                egui_plot::Line::new("", vec![[x - 2.0 * d, y - OFFSET], [x - d, y + OFFSET]])
                    .color(gap)
                    .width(4.0),
            );
        }
        plot_ui.vline(VLine::new("", 0.0).color(ink).width(1.0));
        bar_under_pointer(plot_ui, n)
    });
    describe(
        &response.response,
        tr(
            lang,
            "Biểu đồ phần còn lại của năm",
            "Plot of the rest of the year",
        ),
        summary.join("; "),
    );
    bar_tooltip(&response.response, response.inner, &tips)
        .and_then(|k| chart.bars.get(k))
        .map(|b| b.indicator)
}

/// The bars of the chart, their figures (where each is written), the hover texts, what a
/// screen reader says, and where a bar is cut.
struct Drawn {
    period_bars: Vec<Bar>,
    needed_bars: Vec<Bar>,
    values: Vec<(f64, String, f64)>,
    tips: Vec<String>,
    summary: Vec<String>,
    cuts: Vec<(f64, f64)>,
}

/// Two bars a row: this period's growth above, the need below, one far bar cut.
fn drawn(ui: &egui::Ui, view: &View<'_>, chart: &Chart<RestBar>, names: &[String]) -> Drawn {
    let dark = ui.visuals().dark_mode;
    let ink = ui.visuals().strong_text_color();
    let n = chart.bars.len();
    let (lang, notation) = (view.lang, view.notation);
    // The period's growth as entered; the need, computed, to two decimals as the table.
    let pct = |v: f64| format!("{}%", format_auto(v, notation));
    let need = |v: f64| format!("{}%", format::format(v, notation, 2, true));
    let (period_title, needed_title) = (
        tr(lang, "Kỳ này", "This period"),
        i18n::rest_needed_title(lang),
    );
    let (mut period_bars, mut needed_bars, mut values, mut tips, mut summary) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    // One far need (an amount whose last rest of the year was small) must not flatten
    // the others: its bar is cut, its figure says how far it goes.
    let all: Vec<f64> = chart
        .bars
        .iter()
        .flat_map(|b| [b.period_pct, b.needed_pct])
        .collect();
    let cut = outlier_cut(&all);
    let mut cuts = Vec::new();
    for (k, b) in chart.bars.iter().enumerate() {
        let name = names.get(k).cloned().unwrap_or_default();
        let selected = view
            .report
            .indicators
            .get(b.indicator)
            .is_some_and(|i| Some(&i.id) == view.selected);
        let stroke = |bar: Bar| {
            if selected {
                bar.stroke(Stroke::new(2.5, ink))
            } else {
                bar
            }
        };
        let y = y_of(k, n);
        let mut cut_note_said = false;
        for (value, text, at, bars, fill) in [
            (
                b.period_pct,
                pct(b.period_pct),
                y + OFFSET,
                &mut period_bars,
                Color32::GRAY,
            ),
            (
                b.needed_pct,
                need(b.needed_pct),
                y - OFFSET,
                &mut needed_bars,
                sentiment_color(b.sentiment, dark),
            ),
        ] {
            let (drawn, was_cut) = cut_value(value, cut);
            if was_cut {
                cuts.push((drawn, at));
                cut_note_said = true;
            }
            bars.push(stroke(
                Bar::new(at, drawn).width(2.0 * OFFSET - 0.04).fill(fill),
            ));
            values.push((drawn, cut_label(text, was_cut, value), at));
        }
        let tip = format!(
            "{name}\n{period_title}: {}\n{needed_title}: {}",
            pct(b.period_pct),
            need(b.needed_pct)
        );
        let mut said = tip.replace('\n', " ");
        if cut_note_said {
            said.push_str(cut_note(lang));
        }
        summary.push(said);
        tips.push(tip);
    }
    Drawn {
        period_bars,
        needed_bars,
        values,
        tips,
        summary,
        cuts,
    }
}
