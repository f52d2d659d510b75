//! Growth over the same period last year, one bar an indicator.

use egui::{Color32, Stroke};
use egui_plot::{Bar, BarChart, VLine};

use super::bars::{
    bar_names, bar_plot, bar_tooltip, bar_under_pointer, cut_label, cut_marks, cut_note, cut_value,
    describe, label_room, min_plot_height, name_rows, omitted_note, outlier_cut, sentiment_color,
    text_style_for, value_labels, y_of,
};
use super::{Room, View};
use chitieu_core::charts::{self, Chart};
use chitieu_core::format::format_auto;
use chitieu_core::i18n::{self, tr};
use chitieu_core::model::Field;

pub(super) fn growth_ui(
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
