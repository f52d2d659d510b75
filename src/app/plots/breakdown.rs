//! The selected indicator's parts (a breakdown against its total) and its values for
//! parts of the period.

use egui::{Color32, Stroke};
use egui_plot::{Bar, BarChart, GridMark, HLine, Legend, LineStyle, Plot};

use super::bars::{BarPlot, describe, is_selected, min_plot_height, outlined, y_of};
use super::{Room, View, style};
use chitieu_core::charts::{self};
use chitieu_core::format::{self, format_auto};
use chitieu_core::i18n;
use chitieu_core::i18n::{Common, Message as _, Plots, PlotsMsg, Text as _};
use chitieu_core::metrics::Status;
use chitieu_core::model::{Indicator, Lang, Period, Quarter, Span};

/// The selected indicator's breakdown and its sub-periods, each a plot, one above the
/// other when it has both; returns the part clicked.
pub(super) fn breakdown_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    room: Room,
    reset: bool,
) -> Option<usize> {
    let lang = view.lang;
    let Some(i) = view
        .selected
        .and_then(|id| view.derived.index.get(id))
        .copied()
    else {
        ui.label(Plots::SelectForBreakdown.tr(lang));
        return None;
    };
    let ind = view.report.indicators.get(i)?;
    let breakdown = charts::breakdown(view.report, view.derived, i);
    let has_sub = !ind.subperiods.is_empty();
    if breakdown.is_none() && !has_sub {
        ui.label(
            PlotsMsg::NoBreakdown {
                name: ind.name.get(lang).to_owned(),
            }
            .tr(lang),
        );
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
pub(super) fn parts_plot_ui(
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
        Common::Breakdown.tr(lang),
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
    let unexplained_name = Plots::Unexplained.tr(lang).to_owned();
    let total_name = Common::Total.tr(lang).to_owned();
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
        let bar = Bar::new(y_of(k, n), *v)
            .base_offset(base)
            .width(0.5)
            .fill(ink.gamma_multiply(0.7))
            .name(text);
        bars.push(outlined(bar, is_selected(view, *c), ink));
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
    let mut plot = BarPlot::new("plot-breakdown", names);
    plot.title = Plots::BreakdownPlotTitle.tr(lang).to_owned();
    plot.tips = bars.iter().map(|b| b.name.clone()).collect();
    plot.series = vec![(Common::Breakdown.tr(lang).to_owned(), bars, ink)];
    plot.row_figures(values);
    plot.summary = summary;
    plot.legend_entries = 1;
    plot.show(ui, notation, height, reset)
        .and_then(|k| b.parts.get(k))
        .map(|(c, _)| *c)
}

/// The figures of the parts of the period (GRDP growth by quarter), with the period's
/// own as a line.
pub(super) fn subperiods_plot_ui(
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
        Plots::BySubPeriod.tr(lang),
        ind.name.get(lang)
    ));
    let n = ind.subperiods.len();
    let labels: Vec<String> = ind
        .subperiods
        .iter()
        .map(|s| period_label(lang, s.period))
        .collect();
    let mut summary = Vec::new();
    let bars: Vec<Bar> = ind
        .subperiods
        .iter()
        .enumerate()
        .map(|(k, s)| {
            let text = format!(
                "{}: {} {unit}",
                period_label(lang, s.period),
                format_auto(s.value, notation)
            );
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
                BarChart::new(Plots::BySubPeriod.tr(lang), bars)
                    .color(ink)
                    .element_formatter(Box::new(|bar: &Bar, _: &BarChart| bar.name.clone())),
            );
            if let Some(a) = ind.actual {
                plot_ui.hline(
                    HLine::new(
                        format!(
                            "{}: {}",
                            capitalised(&i18n::period(lang, view.report.period)),
                            format_auto(a, notation)
                        ),
                        a,
                    )
                    .color(style::status_color(Status::Met, dark))
                    .style(LineStyle::dashed_loose()),
                );
            }
        });
    describe(
        &response.response,
        Plots::SubPeriodPlotTitle.tr(lang),
        summary.join("; "),
    );
}

/// `text` with its first letter a capital, as a label begins ("First half of 2024").
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// A part of the period as the axis names it: a quarter short ("Quý I/2024"), any other
/// period in words ("6 tháng đầu năm 2024").
fn period_label(lang: Lang, period: Period) -> String {
    let quarter = match period.span {
        Span::Q1 => Quarter::Q1,
        Span::Q2 => Quarter::Q2,
        Span::Q3 => Quarter::Q3,
        Span::Q4 => Quarter::Q4,
        Span::Year | Span::H1 | Span::H2 | Span::FirstMonths(_) => {
            return capitalised(&i18n::period(lang, period));
        }
    };
    PlotsMsg::QuarterOfYear {
        quarter: i18n::quarter(lang, quarter),
        year: period.year,
    }
    .tr(lang)
}
