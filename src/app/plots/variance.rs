//! Actual against target (IBCS: the target outlined, the actual filled, the variance
//! coloured by sentiment), for one unit and one kind of target at a time.

use egui::{Color32, Stroke};
use egui_plot::Bar;

use super::bars::{
    BarPlot, CUT_HALF, bar_names, cut_label, cut_note, cut_value, is_selected, min_plot_height,
    omitted_note, outlier_cut, sentiment_color, y_of,
};
use super::{PlotsView, Room, View, style};
use chitieu_core::charts::{self, Chart, TargetKind};
use chitieu_core::format::{self, format_auto};
use chitieu_core::i18n;
use chitieu_core::i18n::{Plots, Text as _};
use chitieu_core::model::{Field, Lang};

impl PlotsView {
    pub(super) fn variance_ui(
        &mut self,
        ui: &mut egui::Ui,
        view: &View<'_>,
        room: Room,
    ) -> Option<usize> {
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
            ui.label(Plots::NoVariance.tr(lang));
            return None;
        }
        let unit = match &self.unit {
            Some(u) if units.iter().any(|(name, _)| name == u) => u.clone(),
            _ => units.first().map(|(u, _)| u.clone()).unwrap_or_default(),
        };
        let mut chosen = unit.clone();
        let combo = egui::ComboBox::from_id_salt("plot-unit")
            .selected_text(format!("{} {unit}", Plots::UnitLabel.tr(lang)))
            .show_ui(ui, |ui| {
                for (u, count) in &units {
                    ui.selectable_value(&mut chosen, u.clone(), format!("{u} ({count})"));
                }
            });
        let _ = combo
            .response
            .accessible_name(Plots::UnitOfThePlot.tr(lang));
        self.unit = Some(chosen);

        Some((target, unit))
    }
}

/// The variance plot of `chart` (IBCS: target outlined, actual filled, the variance
/// coloured by sentiment); returns the indicator of the bar clicked. One indicator far
/// larger than the rest (GRDP among budget lines) has its bars cut, its figure written.
pub(super) fn variance_plot_ui(
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
            cuts.push((x, y_of(k, n), CUT_HALF));
        }
    }
    let height = room.left(ui).max(min_plot_height(n, 3));
    let mut plot = BarPlot::new("plot-variance", names);
    plot.title = format!("{} ({unit})", Plots::VariancePlotTitle.tr(lang));
    plot.tips = targets.iter().map(|b| b.name.clone()).collect();
    plot.series = vec![
        (series.target.to_owned(), targets, ink),
        (series.actual.to_owned(), actuals, ink),
        (series.delta.to_owned(), deltas, Color32::GRAY),
    ];
    plot.row_figures(values);
    plot.cuts = cuts;
    plot.summary = summary;
    plot.legend_entries = 3;
    plot.show(ui, notation, height, reset)
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
                TargetKind::Period => Plots::PeriodTargetPL.tr(lang),
                TargetKind::Annual => Plots::AnnualTargetPL.tr(lang),
            },
            actual: Plots::ActualAC.tr(lang),
            delta: Plots::VariancePL.tr(lang),
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
    let selected = is_selected(view, b.indicator);
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
