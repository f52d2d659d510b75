//! Percent of target achieved, sorted by gap: the period target's and the annual
//! target's, each with its 100 % line.

use egui::Color32;
use egui_plot::Bar;

use super::bars::{
    BarPlot, CUT_HALF, RefLine, bar_names, cut_label, cut_note, cut_value, is_selected,
    min_plot_height, omitted_note, outlier_cut, outlined, status_fill, y_of,
};
use super::{Room, View, style};
use chitieu_core::charts::{self, Chart, TargetKind};
use chitieu_core::format::{self, Notation, format_auto};
use chitieu_core::i18n;
use chitieu_core::i18n::{Plots, Text as _};

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
        ui.label(Plots::NoTarget.tr(lang));
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
            Plots::RatesHeading.tr(lang)
        } else {
            Plots::AchievementHeading.tr(lang)
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
        TargetKind::Period => Plots::OfThePeriodTarget.tr(lang),
        TargetKind::Annual => Plots::OfTheAnnualTarget.tr(lang),
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
                    Plots::DueByNow.tr(lang),
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
        let selected = is_selected(view, b.indicator);
        let (text, figure) = achievement_texts(view, b, is_rate);
        let (drawn, was_cut) = cut_value(b.value, cut);
        summary.push(format!(
            "{name}: {text}{}",
            if was_cut { cut_note(lang) } else { "" }
        ));
        values.push((drawn, cut_label(figure, was_cut, b.value)));
        if was_cut {
            cuts.push((drawn, y_of(k, n), CUT_HALF));
        }
        let bar = Bar::new(y_of(k, n), drawn)
            .width(0.5)
            .fill(status_fill(b.status, dark).gamma_multiply(if selected { 1.0 } else { 0.8 }))
            .name(format!("{name}\n{text}"));
        bars.push(outlined(bar, selected, ink));
    }
    let line = |name: &str, x: f64, width: f32, dashed: bool| RefLine {
        name: name.to_owned(),
        x,
        width,
        dashed,
    };
    let (id, title, series, lines) = if is_rate {
        (
            "plot-rates",
            Plots::RatesPlotTitle,
            Plots::GapPoints,
            vec![line(Plots::Target.tr(lang), 0.0, 1.5, false)],
        )
    } else {
        let pace = view.report.period.year_fraction() * 100.0;
        let mut lines = vec![line("100%", 100.0, 1.5, false)];
        if any_annual && pace < 100.0 {
            lines.push(line(Plots::PaceOfAnnualTargets.tr(lang), pace, 1.0, true));
        }
        (
            "plot-achievement",
            Plots::AchievementPlotTitle,
            Plots::PctAchieved,
            lines,
        )
    };
    let mut plot = BarPlot::new(id, names);
    plot.title = title.tr(lang).to_owned();
    plot.tips = bars.iter().map(|b| b.name.clone()).collect();
    plot.series = vec![(series.tr(lang).to_owned(), bars, Color32::GRAY)];
    plot.row_figures(values);
    plot.cuts = cuts;
    plot.lines = lines;
    plot.summary = summary;
    plot.legend_entries = if is_rate || !any_annual { 2 } else { 3 };
    plot.include_x = (!is_rate).then_some(105.0);
    plot.show(ui, notation, height, reset)
        .and_then(|k| chart.bars.get(k))
        .map(|b| b.indicator)
}
