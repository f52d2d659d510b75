//! The rest of the year against this period: for each indicator whose rest has a
//! needed growth, this period's growth and the growth the rest needs, one above the
//! other, so a leader sees at once which targets ask the second half to speed up.

use egui::{Color32, Stroke};
use egui_plot::{Bar, BarChart, PlotPoint, VLine};

use super::{
    Chart, View, bar_names, bar_plot, bar_tooltip, bar_under_pointer, describe, label_room,
    name_rows, omitted_note, plot_text_style, sentiment_color, y_of,
};
use crate::charts::RestBar;
use crate::format::{self, format_auto};
use crate::i18n::{self, tr};

/// How far above and below its row's middle each of the two bars sits.
const OFFSET: f64 = 0.14;

/// Draws the chart; returns the indicator whose bars were clicked.
pub(super) fn rest_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    chart: &Chart<RestBar>,
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
    let dark = ui.visuals().dark_mode;
    let ink = ui.visuals().strong_text_color();
    let n = chart.bars.len();
    let names = bar_names(view, chart.bars.iter().map(|b| b.indicator));
    // The period's growth as entered; the need, computed, to two decimals as the table.
    let pct = |v: f64| format!("{}%", format_auto(v, notation));
    let need = |v: f64| format!("{}%", format::format(v, notation, 2, true));
    let (period_title, needed_title) = (
        tr(lang, "Kỳ này", "This period"),
        i18n::rest_needed_title(lang),
    );
    let (mut period_bars, mut needed_bars, mut values, mut tips, mut summary) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
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
        period_bars.push(stroke(
            Bar::new(y + OFFSET, b.period_pct)
                .width(2.0 * OFFSET - 0.04)
                .fill(Color32::GRAY),
        ));
        needed_bars.push(stroke(
            Bar::new(y - OFFSET, b.needed_pct)
                .width(2.0 * OFFSET - 0.04)
                .fill(sentiment_color(b.sentiment, dark)),
        ));
        values.push((b.period_pct, pct(b.period_pct), y + OFFSET));
        values.push((b.needed_pct, need(b.needed_pct), y - OFFSET));
        let tip = format!(
            "{name}\n{period_title}: {}\n{needed_title}: {}",
            pct(b.period_pct),
            need(b.needed_pct)
        );
        summary.push(tip.replace('\n', " "));
        tips.push(tip);
    }
    let label_color = ui.visuals().text_color();
    let room: Vec<(f64, String)> = values.iter().map(|(x, t, _)| (*x, t.clone())).collect();
    let (low, high) = label_room(&room);
    let plot = bar_plot("plot-rest", n, notation, reset, ui.available_height(), 2)
        .include_x(low)
        .include_x(high);
    let response = plot.show(ui, |plot_ui| {
        name_rows(plot_ui, &names, label_color);
        let style = plot_text_style(plot_ui, n);
        for (x, text, y) in &values {
            let anchor = if *x < 0.0 {
                egui::Align2::RIGHT_CENTER
            } else {
                egui::Align2::LEFT_CENTER
            };
            plot_ui.text(
                egui_plot::Text::new(
                    "",
                    PlotPoint::new(*x, *y),
                    egui::RichText::new(format!(" {text} ")).text_style(style.clone()),
                )
                .anchor(anchor)
                .color(label_color)
                .allow_hover(false),
            );
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
                .color(sentiment_color(crate::charts::Sentiment::Bad, dark))
                .allow_hover(false),
        );
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
