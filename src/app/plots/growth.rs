//! Growth over the same period last year, one bar an indicator.

use egui::Color32;
use egui_plot::Bar;

use super::bars::{
    BarPlot, CUT_HALF, RefLine, bar_names, cut_label, cut_note, cut_value, heading_ui, is_selected,
    min_plot_height, outlier_cut, outlined, sentiment_color, y_of,
};
use super::{Room, View};
use chitieu_core::charts::{self, Chart};
use chitieu_core::format::format_auto;
use chitieu_core::i18n;
use chitieu_core::i18n::{Plots, Text as _};
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
    let titles = (Plots::NoGrowth, Plots::GrowthHeading);
    if !heading_ui(ui, lang, chart.bars.len(), titles, chart.omitted) {
        return None;
    }
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
            cuts.push((drawn, y_of(k, n), CUT_HALF));
            if let Some(last) = summary.last_mut() {
                last.push_str(cut_note(lang));
            }
        }
        let bar = Bar::new(y_of(k, n), drawn)
            .width(0.5)
            .fill(sentiment_color(b.sentiment, dark))
            .name(format!("{name}\n{text}"));
        bars.push(outlined(bar, is_selected(view, b.indicator), ink));
    }
    let height = room.left(ui).max(min_plot_height(n, 2));
    let mut plot = BarPlot::new("plot-growth", names);
    plot.title = Plots::GrowthPlotTitle.tr(lang).to_owned();
    plot.tips = bars.iter().map(|b| b.name.clone()).collect();
    plot.series = vec![(
        i18n::field(lang, Field::YoyGrowthPct).to_owned(),
        bars,
        Color32::GRAY,
    )];
    plot.row_figures(values);
    plot.cuts = cuts;
    plot.lines = vec![RefLine {
        name: "0".to_owned(),
        x: 0.0,
        width: 1.0,
        dashed: false,
    }];
    plot.summary = summary;
    plot.legend_entries = 2;
    plot.show(ui, notation, height, reset)
        .and_then(|k| chart.bars.get(k))
        .map(|b| b.indicator)
}
