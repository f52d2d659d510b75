//! What the rest of the year must do, for the selected indicator: the growth the rest
//! needs to reach the year's target, with the arithmetic written out; the share of this
//! period in last year's level, which it rests on (editable); and "what if" both ways —
//! a growth for the rest gives a year, a year asks a growth of the rest. Nothing in the
//! report changes until the user takes a value as the revised annual target.

use crate::format::{self, Notation, format_auto};
use crate::i18n::{self, tr};
use crate::metrics;
use crate::model::{Field, IndicatorId, Measure};
use crate::session::Session;

use super::{Command, View};

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
}

impl PaceWindow {
    /// Opens the window on indicator `id`.
    pub(super) fn open(&mut self, session: &Session, notation: Notation, id: IndicatorId) {
        let Some(ind) = session.indicator(&id) else {
            return;
        };
        let growth = growth_of(ind);
        self.share_text = ind
            .prior_share_pct
            .map(|s| format_auto(s, notation))
            .unwrap_or_default();
        self.year_pct = ind
            .value(Field::AnnualTarget)
            .filter(|_| ind.measure == Measure::Rate)
            .unwrap_or(growth.unwrap_or(0.0));
        self.rest_pct = growth.unwrap_or(0.0);
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
        egui::Window::new(tr(lang, "Phần còn lại của năm", "The rest of the year"))
            .open(&mut open)
            .default_width(520.0)
            .show(ctx, |ui| {
                ui.heading(ind.name.get(lang));
                let n = |v: f64| format::format(v, view.notation, 2, true);
                let growth = growth_of(ind);
                ui.label(format!(
                    "{}: {}",
                    tr(lang, "Tăng trưởng kỳ này (g)", "This period's growth (g)"),
                    growth.map_or_else(|| "—".to_owned(), |g| format!("{}%", n(g)))
                ));
                let annual = ind.value(Field::AnnualTarget).filter(|_| ind.measure == Measure::Rate);
                ui.label(format!(
                    "{}: {}",
                    tr(lang, "Chỉ tiêu tăng trưởng cả năm (G)", "The year's growth target (G)"),
                    annual.map_or_else(|| "—".to_owned(), |g| format!("{}%", n(g)))
                ));
                self.share_ui(ui, view, &id, ind.prior_share_pct, commands);
                ui.separator();
                let share = ind.prior_share_pct;
                match (annual, growth, share) {
                    (Some(year), Some(g), Some(s)) => {
                        if let Some(g2) = metrics::rest_growth_for_year(Some(year), Some(g), Some(s)) {
                            ui.strong(format!(
                                "{} {}%",
                                tr(lang, "Phần còn lại của năm cần tăng", "The rest of the year needs to grow by"),
                                n(g2)
                            ));
                            ui.label(format!(
                                "g₂ = (G − s·g) / (1 − s) = ({} − {} × {}) / (1 − {}) = {}%",
                                n(year),
                                n(s / 100.0),
                                n(g),
                                n(s / 100.0),
                                n(g2)
                            ));
                        }
                    }
                    _ => {
                        ui.label(tr(
                            lang,
                            "Cần tăng trưởng kỳ này, chỉ tiêu cả năm và tỷ trọng kỳ này trong năm trước để tính.",
                            "This period's growth, the year's target and this period's share of last year are needed.",
                        ));
                    }
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
            let l = ui.label(tr(
                lang,
                "Tỷ trọng kỳ này trong năm trước (s, %)",
                "This period's share of last year (s, %)",
            ));
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
                        commands.push(Command::SetPriorShare {
                            id: id.clone(),
                            share_pct: share,
                        });
                    }
                    Ok(_) => {}
                    Err(e) => {
                        ui.colored_label(super::style::ERROR, i18n::parse_error(lang, &e));
                    }
                }
            }
        });
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
        ui.strong(tr(lang, "Nếu…", "What if…"));
        ui.horizontal(|ui| {
            ui.add(
                egui::Slider::new(&mut self.rest_pct, -10.0..=30.0)
                    .step_by(0.01)
                    .text(tr(lang, "% tăng phần còn lại", "% growth of the rest")),
            );
        });
        if let Some(year) = metrics::year_growth(g, self.rest_pct, s) {
            ui.horizontal(|ui| {
                ui.label(format!(
                    "{} {}%",
                    tr(lang, "→ cả năm tăng", "→ the year grows by"),
                    n(year)
                ));
                if ui
                    .button(tr(
                        lang,
                        "Lấy làm chỉ tiêu năm",
                        "Take as the annual target",
                    ))
                    .clicked()
                {
                    commands.push(Command::SetValue {
                        id: id.clone(),
                        field: Field::AnnualTarget,
                        value: Some((year * 100.0).round() / 100.0),
                    });
                }
            });
        }
        ui.horizontal(|ui| {
            ui.add(
                egui::Slider::new(&mut self.year_pct, -10.0..=30.0)
                    .step_by(0.01)
                    .text(tr(
                        lang,
                        "% tăng cả năm mong muốn",
                        "% growth wanted for the year",
                    )),
            );
        });
        if let Some(g2) = metrics::rest_growth_for_year(Some(self.year_pct), Some(g), Some(s)) {
            ui.label(format!(
                "{} {}%",
                tr(
                    lang,
                    "→ phần còn lại cần tăng",
                    "→ the rest needs to grow by"
                ),
                n(g2)
            ));
        }
    }
}

/// This period's growth: the actual of a growth rate, else the growth over the same
/// period last year.
fn growth_of(ind: &crate::model::Indicator) -> Option<f64> {
    if ind.measure == Measure::Rate {
        ind.actual
    } else {
        ind.yoy_growth_pct
    }
}
