//! What the rest of the year must do, for the selected indicator: the growth the rest
//! needs to reach the year's target, with the arithmetic written out; the share of this
//! period in last year's level, which it rests on (editable); and "what if" both ways —
//! a growth for the rest gives a year, a year asks a growth of the rest. Nothing in the
//! report changes until the user takes a value as the revised annual target.

use crate::app::{EditCmd, StructureCmd};
use chitieu_core::format::{self, Notation, format_auto};
use chitieu_core::i18n;
use chitieu_core::metrics;
use chitieu_core::model::{Field, IndicatorId, Measure, Quarter, QuarterPlan};
use chitieu_core::session::Session;

use super::{Command, View};
use chitieu_core::i18n::ExportText;
use chitieu_core::i18n::{Common, Pace, Text as _};

/// The window's state: which indicator, and the figures being tried.
#[derive(Default)]
pub(super) struct PaceWindow {
    /// The indicator shown; `None` when closed.
    id: Option<IndicatorId>,
    /// The share typed, as text in the user's notation.
    share_text: String,
    /// The growth of the rest of the year being tried, in percent.
    rest_pct: f64,
    /// The year's growth asked for, in percent (goal seek).
    year_pct: f64,
    /// Each quarter's share of last year and scenario growth, as typed.
    quarter_text: [[String; 2]; 4],
}

impl PaceWindow {
    /// Opens the window on indicator `id`.
    pub(super) fn open(&mut self, session: &Session, notation: Notation, id: IndicatorId) {
        let Some(ind) = session.indicator(&id) else {
            return;
        };
        let growth = metrics::period_growth_pct(ind);
        self.share_text = ind
            .prior_share_pct
            .map(|s| format_auto(s, notation))
            .unwrap_or_default();
        self.year_pct = ind
            .value(Field::AnnualTarget)
            .filter(|_| ind.measure == Measure::Rate)
            .unwrap_or(growth.unwrap_or(0.0));
        self.rest_pct = growth.unwrap_or(0.0);
        for (q, texts) in Quarter::ALL.into_iter().zip(&mut self.quarter_text) {
            let plan = ind.quarters.get(&q).copied().unwrap_or_default();
            for (text, value) in texts
                .iter_mut()
                .zip([plan.prior_share_pct, plan.scenario_pct])
            {
                *text = value.map(|v| format_auto(v, notation)).unwrap_or_default();
            }
        }
        self.id = Some(id);
    }

    /// Draws the window if open.
    pub(super) fn ui(&mut self, ctx: &egui::Context, view: &View<'_>, commands: &mut Vec<Command>) {
        let lang = view.lang;
        let Some(id) = self.id.clone() else {
            return;
        };
        let Some(ind) = view.indicator(&id) else {
            self.id = None;
            return;
        };
        let mut open = true;
        egui::Window::new(Common::TheRestOfTheYear.tr(lang))
            .open(&mut open)
            .default_width(520.0)
            .show(ctx, |ui| {
                ui.heading(ind.name.get(lang));
                let n = |v: f64| format::format(v, view.notation, 2, true);
                let growth = metrics::period_growth_pct(ind);
                ui.label(format!(
                    "{}: {}",
                    Pace::PeriodGrowthG.tr(lang),
                    growth.map_or_else(|| "—".to_owned(), |g| format!("{}%", n(g)))
                ));
                let annual = ind
                    .value(Field::AnnualTarget)
                    .filter(|_| ind.measure == Measure::Rate);
                ui.label(format!(
                    "{}: {}",
                    Pace::YearTargetG.tr(lang),
                    annual.map_or_else(|| "—".to_owned(), |g| format!("{}%", n(g)))
                ));
                self.share_ui(ui, view, &id, ind.prior_share_pct, commands);
                let share = metrics::period_share_pct(ind, &view.report.period);
                if let (None, Some(s)) = (ind.prior_share_pct, share) {
                    ui.label(format!("{} {}%", Pace::ShareFromQuarters.tr(lang), n(s)));
                }
                ui.separator();
                match (annual, growth, share) {
                    (Some(year), Some(g), Some(s)) => {
                        if let Some(g2) =
                            metrics::rest_growth_for_year(Some(year), Some(g), Some(s))
                        {
                            ui.strong(format!("{} {}%", Pace::RestNeedsToGrow.tr(lang), n(g2)));
                            ui.label(formula(view.notation, year, g, s, g2));
                        }
                    }
                    _ => {
                        ui.label(Pace::NeededToCompute.tr(lang));
                    }
                }
                if ind.measure == Measure::Rate {
                    ui.separator();
                    self.quarters_ui(ui, view, ind, annual.zip(growth), commands);
                }
                if let (Some(g), Some(s)) = (growth, share) {
                    ui.separator();
                    self.what_if_ui(ui, view, &id, g, s, commands);
                }
            });
        if !open {
            self.id = None;
        }
    }

    /// The share of this period in last year's level, typed and set as one edit.
    fn share_ui(
        &mut self,
        ui: &mut egui::Ui,
        view: &View<'_>,
        id: &IndicatorId,
        current: Option<f64>,
        commands: &mut Vec<Command>,
    ) {
        let lang = view.lang;
        ui.horizontal(|ui| {
            let l = ui.label(Pace::PeriodShareS.tr(lang));
            let field = ui
                .add(egui::TextEdit::singleline(&mut self.share_text).desired_width(80.0))
                .labelled_by(l.id);
            if field.lost_focus() {
                let parsed = if self.share_text.trim().is_empty() {
                    Ok(None)
                } else {
                    format::parse(&self.share_text, view.notation).map(Some)
                };
                match parsed {
                    Ok(share) if share != current && share.is_none_or(|s| s > 0.0 && s < 100.0) => {
                        commands.push(Command::Structure(StructureCmd::SetPriorShare {
                            id: id.clone(),
                            share_pct: share,
                        }));
                    }
                    Ok(_) => {}
                    Err(e) => {
                        ui.colored_label(super::style::ERROR, i18n::parse_error(lang, &e));
                    }
                }
            }
        });
    }

    /// The year by quarter: each quarter's share of last year and scenario growth
    /// (editable), what each remaining quarter needs, and the year the scenario gives.
    fn quarters_ui(
        &mut self,
        ui: &mut egui::Ui,
        view: &View<'_>,
        ind: &chitieu_core::model::Indicator,
        year_and_growth: Option<(f64, f64)>,
        commands: &mut Vec<Command>,
    ) {
        let lang = view.lang;
        let period = view.report.period;
        let n = |v: f64| format::format(v, view.notation, 2, true);
        let needs = year_and_growth
            .and_then(|(year, g)| metrics::rest_by_quarter(ind, &period, year, g))
            .unwrap_or_default();
        ui.strong(Pace::ByQuarter.tr(lang));
        let titles = [
            ExportText::ShareOfLastYear.tr(lang),
            Pace::ScenarioGrowth.tr(lang),
        ];
        egui::Grid::new("pace-quarters")
            .striped(true)
            .show(ui, |ui| {
                ui.label("");
                for title in titles {
                    ui.strong(title);
                }
                ui.strong(Pace::Needs.tr(lang));
                ui.end_row();
                for (q, texts) in Quarter::ALL.into_iter().zip(&mut self.quarter_text) {
                    let name = i18n::quarter(lang, q);
                    ui.label(&name);
                    let plan = ind.quarters.get(&q).copied().unwrap_or_default();
                    for (k, (text, title)) in texts.iter_mut().zip(titles).enumerate() {
                        let label = format!("{name}: {title}");
                        let field = ui
                            .add(
                                egui::TextEdit::singleline(text)
                                    .desired_width(72.0)
                                    .align(egui::Align2::RIGHT_CENTER),
                            )
                            .on_hover_text(&label);
                        field.widget_info(|| {
                            egui::WidgetInfo::labeled(egui::Role::TextInput, true, &label)
                        });
                        if field.lost_focus()
                            && let Some(new) = typed_plan(plan, k, text, view.notation)
                            && new != plan
                        {
                            commands.push(Command::Structure(StructureCmd::SetQuarterPlan {
                                id: ind.id.clone(),
                                quarter: q,
                                plan: new,
                            }));
                        }
                    }
                    let need = needs.iter().find(|need| need.quarter == q);
                    ui.label(
                        need.map_or_else(String::new, |need| format!("{}%", n(need.needed_pct))),
                    );
                    ui.end_row();
                }
            });
        if let Some(year) = metrics::scenario_year_pct(ind, &period) {
            ui.label(format!(
                "{} {}%",
                Pace::TheScenarioGivesTheYear.tr(lang),
                n(year)
            ));
        }
    }

    /// "What if": a growth for the rest gives the year; the year asked gives the growth
    /// the rest needs; either may be taken as the revised annual target.
    fn what_if_ui(
        &mut self,
        ui: &mut egui::Ui,
        view: &View<'_>,
        id: &IndicatorId,
        g: f64,
        s: f64,
        commands: &mut Vec<Command>,
    ) {
        let lang = view.lang;
        let n = |v: f64| format::format(v, view.notation, 2, true);
        ui.strong(Pace::WhatIf.tr(lang));
        ui.horizontal(|ui| {
            ui.add(
                egui::Slider::new(&mut self.rest_pct, -10.0..=30.0)
                    .step_by(0.01)
                    .text(Pace::RestGrowthSlider.tr(lang)),
            );
        });
        if let Some(year) = metrics::year_growth(g, self.rest_pct, s) {
            ui.horizontal(|ui| {
                ui.label(format!("{} {}%", Pace::ThenYearGrows.tr(lang), n(year)));
                if ui.button(Pace::TakeAsTheAnnualTarget.tr(lang)).clicked() {
                    commands.push(Command::Edit(EditCmd::SetValue {
                        id: id.clone(),
                        field: Field::AnnualTarget,
                        value: Some((year * 100.0).round() / 100.0),
                    }));
                }
            });
        }
        ui.horizontal(|ui| {
            ui.add(
                egui::Slider::new(&mut self.year_pct, -10.0..=30.0)
                    .step_by(0.01)
                    .text(Pace::YearGrowthSlider.tr(lang)),
            );
        });
        if let Some(g2) = metrics::rest_growth_for_year(Some(self.year_pct), Some(g), Some(s)) {
            ui.label(format!("{} {}%", Pace::ThenRestNeeds.tr(lang), n(g2)));
        }
    }
}

/// The quarter's plan with its `k`-th figure (0: the share, 1: the scenario) as typed;
/// `None` when the text is not a number, or a share not between 0 and 100.
fn typed_plan(plan: QuarterPlan, k: usize, text: &str, notation: Notation) -> Option<QuarterPlan> {
    let value = if text.trim().is_empty() {
        None
    } else {
        Some(format::parse(text, notation).ok()?)
    };
    let mut plan = plan;
    if k == 0 {
        if value.is_some_and(|s| !(s > 0.0 && s < 100.0)) {
            return None;
        }
        plan.prior_share_pct = value;
    } else {
        plan.scenario_pct = value;
    }
    Some(plan)
}

/// The arithmetic of the rest of the year's growth, written out with its figures:
/// `g₂ = (G − s·g) / (1 − s) = (9,00 − 0,45 × 10,00) / (1 − 0,45) = 8,18%`.
pub(super) fn formula(notation: Notation, year: f64, g: f64, share_pct: f64, g2: f64) -> String {
    let n = |v: f64| format::format(v, notation, 2, true);
    let s = n(share_pct / 100.0);
    format!(
        "g₂ = (G − s·g) / (1 − s) = ({} − {s} × {}) / (1 − {s}) = {}%",
        n(year),
        n(g),
        n(g2)
    )
}
