//! The rest of the year against this period: for each indicator whose rest has a
//! needed growth, this period's growth and the growth the rest needs, one above the
//! other, so a leader sees at once which targets ask the second half to speed up.

use egui::Color32;
use egui_plot::Bar;

use super::bars::{
    BarPlot, RefLine, bar_names, cut_label, cut_note, cut_value, heading_ui, is_selected,
    min_plot_height, outlier_cut, outlined, sentiment_color, y_of,
};
use super::{Room, View};
use chitieu_core::charts::Chart;
use chitieu_core::charts::RestBar;
use chitieu_core::format::{self, format_auto};
use chitieu_core::i18n;
use chitieu_core::i18n::{Plots, Text as _};

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
    let titles = (Plots::NoRestOfYear, Plots::RestHeading);
    if !heading_ui(ui, lang, chart.bars.len(), titles, chart.omitted) {
        return None;
    }
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
    let dark = ui.visuals().dark_mode;
    let height = room.left(ui).max(min_plot_height(n, 2));
    let mut plot = BarPlot::new("plot-rest", names);
    plot.title = Plots::RestPlotTitle.tr(lang).to_owned();
    plot.series = vec![
        (
            Plots::ThisPeriod.tr(lang).to_owned(),
            period_bars,
            Color32::GRAY,
        ),
        (
            i18n::rest_needed_title(lang).to_owned(),
            needed_bars,
            sentiment_color(chitieu_core::charts::Sentiment::Bad, dark),
        ),
    ];
    plot.figures = values;
    // A cut bar's break: a slanted gap near its end, across its own bar only.
    plot.cuts = cuts.into_iter().map(|(x, y)| (x, y, OFFSET)).collect();
    plot.lines = vec![RefLine {
        name: String::new(),
        x: 0.0,
        width: 1.0,
        dashed: false,
    }];
    plot.tips = tips;
    plot.summary = summary;
    plot.legend_entries = 2;
    plot.show(ui, notation, height, reset)
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
    let (period_title, needed_title) = (Plots::ThisPeriod.tr(lang), i18n::rest_needed_title(lang));
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
        let selected = is_selected(view, b.indicator);
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
            let bar = Bar::new(at, drawn).width(2.0 * OFFSET - 0.04).fill(fill);
            bars.push(outlined(bar, selected, ink));
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
