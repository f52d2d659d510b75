//! The selected indicator's detail: names, source sentence, targets and their basis,
//! breakdown, findings, note and the history of its edits this session.

use super::style;
use super::{Command, View};
use crate::app::{BrowseCmd, EditCmd, ViewCmd};
use chitieu_core::edit::Edit;
use chitieu_core::format::{self, format_auto};
use chitieu_core::i18n::{self, DetailMsg, Message as _};
use chitieu_core::i18n::{ActionText, ImportText, MenuText};
use chitieu_core::i18n::{Common, Detail, Text as _};
use chitieu_core::metrics::Metrics;
use chitieu_core::model::{Field, Indicator, IndicatorId, Lang, Target};

/// The detail panel's state: the note being typed.
#[derive(Default)]
pub(super) struct DetailView {
    /// The indicator and the note text being edited, committed when the field is left.
    note: Option<(IndicatorId, String)>,
}

impl DetailView {
    /// Draws the detail of the selected indicator: in three columns when `wide` (the
    /// panel below the table), in one otherwise.
    pub(super) fn ui(
        &mut self,
        ui: &mut egui::Ui,
        view: &View<'_>,
        wide: bool,
        commands: &mut Vec<Command>,
    ) {
        let lang = view.lang;
        let Some(ind) = view.selected.and_then(|id| view.indicator(id)) else {
            ui.heading(MenuText::IndicatorDetail.tr(lang));
            ui.label(Detail::SelectToSeeDetail.tr(lang));
            return;
        };
        let Some(&i) = view.derived.index.get(&ind.id) else {
            return;
        };
        let shown = Shown { view, ind, i };
        if wide {
            // Three columns where there is room; else the last two share one.
            let narrow = ui.available_width() < 900.0;
            ui.columns(if narrow { 2 } else { 3 }, |uis| {
                for (k, ui) in uis.iter_mut().enumerate() {
                    egui::ScrollArea::vertical()
                        .id_salt(("detail", k))
                        .show(ui, |ui| {
                            // Columns justify their text, which spreads a wrapped
                            // name out: lines start at the left instead.
                            ui.with_layout(
                                egui::Layout::top_down(egui::Align::Min),
                                |ui| match k {
                                    0 => figures_ui(ui, &shown, commands),
                                    1 if narrow => {
                                        source_ui(ui, &shown, commands);
                                        ui.separator();
                                        self.note_ui(ui, &shown, commands);
                                    }
                                    1 => source_ui(ui, &shown, commands),
                                    _ => self.note_ui(ui, &shown, commands),
                                },
                            );
                        });
                }
            });
        } else {
            egui::ScrollArea::vertical()
                .id_salt("detail")
                .show(ui, |ui| {
                    figures_ui(ui, &shown, commands);
                    ui.separator();
                    source_ui(ui, &shown, commands);
                    ui.separator();
                    self.note_ui(ui, &shown, commands);
                });
        }
    }

    /// The note, editable, and the edits of this session.
    fn note_ui(&mut self, ui: &mut egui::Ui, shown: &Shown<'_>, commands: &mut Vec<Command>) {
        let Shown { view, ind, .. } = *shown;
        let lang = view.lang;
        ui.strong(Common::Note.tr(lang));
        if ind.note.chars().nth(i18n::SHOWN_CHARS).is_some() {
            // Too long to lay out, let alone edit: the beginning, and how much more.
            self.note = None;
            ui.label(i18n::shortened(
                lang,
                view.notation,
                &ind.note,
                i18n::SHOWN_CHARS,
            ));
            ui.weak(Detail::NoteTooLongToEdit.tr(lang));
        } else {
            self.note_editor_ui(ui, shown, commands);
        }
        if !ind.prior_note.is_empty() {
            let note = i18n::shortened(lang, view.notation, &ind.prior_note, i18n::SHOWN_CHARS);
            ui.add(
                egui::Label::new(
                    egui::RichText::new(format!("{}: {note}", Detail::LastPeriodsNote.tr(lang)))
                        .weak(),
                )
                .wrap(),
            );
        }
        edits_ui(ui, shown);
    }

    /// The note's text field: the note is committed when the field is left.
    fn note_editor_ui(
        &mut self,
        ui: &mut egui::Ui,
        shown: &Shown<'_>,
        commands: &mut Vec<Command>,
    ) {
        let Shown { view, ind, .. } = *shown;
        let lang = view.lang;
        if self.note.as_ref().is_none_or(|(id, _)| id != &ind.id) {
            self.note = Some((ind.id.clone(), ind.note.clone()));
        }
        let Some((id, text)) = &mut self.note else {
            return;
        };
        let response = ui.add(
            egui::TextEdit::multiline(text)
                .desired_rows(3)
                .desired_width(f32::INFINITY),
        );
        let response = response.accessible_name(Detail::NoteOfTheIndicator.tr(lang));
        if response.lost_focus() && *text != ind.note {
            commands.push(Command::Edit(EditCmd::SetNote {
                id: id.clone(),
                note: text.clone(),
            }));
        }
        if !response.has_focus() && *text != ind.note && !response.lost_focus() {
            // Changed elsewhere (undo): show the report's note.
            text.clone_from(&ind.note);
        }
    }
}

/// The indicator being shown, as the detail's parts need it.
#[derive(Clone, Copy)]
struct Shown<'a> {
    view: &'a View<'a>,
    ind: &'a Indicator,
    /// The indicator's position in the report.
    i: usize,
}

impl Shown<'_> {
    /// A value in the view's notation, or a dash.
    fn number(&self, v: Option<f64>) -> String {
        v.map_or_else(|| "—".to_owned(), |v| format_auto(v, self.view.notation))
    }
}

/// The names, the section, the figures, the targets and the revisions.
fn figures_ui(ui: &mut egui::Ui, shown: &Shown<'_>, commands: &mut Vec<Command>) {
    let Shown { view, ind, i } = *shown;
    let lang = view.lang;
    let m = view.derived.metrics_of(i);
    ui.heading(ind.name.get(lang));
    // In English, the report's own (Vietnamese) name below; never the English name
    // in the Vietnamese interface, where it would be the only English on screen.
    if lang == Lang::En {
        ui.weak(ind.name.get(Lang::Vi));
    }
    let section = view
        .report
        .section(&ind.section)
        .map_or_else(String::new, |s| {
            format!("{} {}", s.number, s.title.get(lang))
        });
    // Short lines, cut rather than wrapped: a justified wrap spreads them out.
    ui.add(egui::Label::new(section).truncate());
    // The unit, and the indicator's code and department when it has them (never the
    // internal id, which is the file's business).
    let mut facts = vec![format!("{}: {}", Common::Unit.tr(lang), ind.unit.get(lang))];
    if !ind.code.is_empty() {
        facts.push(format!("{}: {}", ImportText::CodeTitle.tr(lang), ind.code));
    }
    if !ind.agency.is_empty() {
        facts.push(format!("{}: {}", Common::Department.tr(lang), ind.agency));
    }
    ui.add(egui::Label::new(facts.join(" · ")).truncate());
    ui.label(format!(
        "{} · {}",
        i18n::measure(lang, ind.measure),
        i18n::direction(lang, ind.direction)
    ));
    ui.separator();
    figures_grid_ui(ui, shown, &m);
    rest_of_year_ui(ui, shown, &m, commands);

    for (field, target, pct, gap) in [
        (Field::Target, &ind.target, m.achievement_pct, m.gap_pts),
        (
            Field::AnnualTarget,
            &ind.annual_target,
            m.annual_achievement_pct,
            m.annual_gap_pts,
        ),
    ] {
        target_ui(
            ui,
            view,
            &ind.id,
            field,
            target.as_ref(),
            pct,
            gap,
            ind.report_value(field),
            ind.is_revised(field),
            commands,
        );
    }
    for field in [Field::Actual, Field::Prior, Field::YoyGrowthPct] {
        if ind.is_revised(field) {
            let text = format!(
                "{} {}: {} → {}",
                style::REVISED_SIGN,
                i18n::field(lang, field),
                shown.number(ind.report_value(field)),
                shown.number(ind.value(field))
            );
            revision_ui(ui, lang, &text, &ind.id, field, commands);
        }
    }
}

/// What the rest of the year needs, with its arithmetic in words and figures for a
/// growth rate; the share a growth rate's first part had in last year's period, as its
/// parts' growths imply it; and the way to the window that asks "what if".
fn rest_of_year_ui(ui: &mut egui::Ui, shown: &Shown<'_>, m: &Metrics, commands: &mut Vec<Command>) {
    let Shown { view, ind, .. } = *shown;
    let lang = view.lang;
    let n = |v: f64| format::format(v, view.notation, 2, true);
    if let Some(g2) = m.rest_required_growth_pct {
        ui.label(format!("{}: {}%", i18n::rest_needed_title(lang), n(g2)));
        let year = ind.value(Field::AnnualTarget);
        let g = chitieu_core::metrics::period_growth_pct(ind);
        let s = chitieu_core::metrics::period_share_pct(ind, &view.report.period);
        if ind.measure.is_rate()
            && let (Some(year), Some(g), Some(s)) = (year, g, s)
        {
            let (year_text, g_text, s_text) = (n(year), n(g), n(s));
            ui.label(
                DetailMsg::RestArithmetic {
                    year: year_text,
                    growth: g_text,
                    share: s_text,
                }
                .tr(lang),
            );
            let formula = super::pace::formula(view.notation, year, g, s, g2);
            ui.add(egui::Label::new(egui::RichText::new(formula).weak()).wrap());
        }
    }
    if let Some(text) = implied_share_text(shown) {
        ui.add(egui::Label::new(egui::RichText::new(text).weak()).wrap());
    }
    if ind.measure.is_rate() || ind.annual_target.is_some() {
        let label = format!("{}…", Common::TheRestOfTheYear.tr(lang));
        if ui
            .button(label)
            .on_hover_text(Detail::RestOfYearHint.tr(lang))
            .clicked()
        {
            commands.push(Command::View(ViewCmd::ShowRestOfYear(ind.id.clone())));
        }
    }
}

/// For a growth rate given for two parts that make up its period (the half and its two
/// quarters), the share of the first part in last year's period that the growths imply.
fn implied_share_text(shown: &Shown<'_>) -> Option<String> {
    let Shown { view, ind, .. } = *shown;
    let period = view.report.period;
    let [first, second] = ind.subperiods.as_slice() else {
        return None;
    };
    let tiles = period.contains(&first.period)
        && period.contains(&second.period)
        && first.period.months().1 + 1 == second.period.months().0
        && (first.period.months().0, second.period.months().1) == period.months();
    if ind.measure != chitieu_core::model::Measure::Rate || !tiles {
        return None;
    }
    let s = chitieu_core::metrics::implied_share_pct(ind.actual?, first.value, second.value)?;
    let lang = view.lang;
    let (part, whole) = (
        i18n::period(lang, first.period.a_year_earlier()),
        i18n::period(lang, period.a_year_earlier()),
    );
    let s = format::format(s, view.notation, 0, true);
    Some(
        DetailMsg::ImpliedShare {
            part,
            whole,
            share: s,
        }
        .tr(lang),
    )
}

/// The figures and the computed ones, a row each.
fn figures_grid_ui(ui: &mut egui::Ui, shown: &Shown<'_>, m: &Metrics) {
    let Shown { view, ind, .. } = *shown;
    let lang = view.lang;
    let unit = ind.unit.get(lang);
    egui::Grid::new("figures")
        .num_columns(2)
        .striped(true)
        .show(ui, |ui| {
            let mut row = |label: &str, value: String| {
                ui.label(label);
                let response = ui.label(value);
                ui.end_row();
                response
            };
            row(
                i18n::field(lang, Field::Actual),
                format!("{} {unit}", shown.number(ind.actual)),
            );
            if let Some(p) = m.prior_period {
                let text = super::table::shown_text(ind, Field::Prior, view.notation);
                let text = if text.is_empty() {
                    format::format_computed(p, &[ind.actual], view.notation)
                } else {
                    text
                };
                // Short in the grid (the detail is narrow on a laptop), said in full
                // on hover.
                let how = if ind.prior_is_derived() {
                    Detail::Derived.tr(lang)
                } else {
                    ""
                };
                let response = row(i18n::prior_period(lang), format!("{text} {unit}{how}"));
                if ind.prior_is_derived() {
                    response.on_hover_text(Detail::DerivedPriorExplained.tr(lang));
                }
            }
            if let Some(g) = ind.growth_pct() {
                let printed = ind.printed_growth_differs().map_or_else(String::new, |p| {
                    let p = format_auto(p, view.notation);
                    DetailMsg::PrintedGrowth { pct: p }.tr(lang)
                });
                row(
                    i18n::field(lang, Field::YoyGrowthPct),
                    format!("{}%{printed}", format_auto(g, view.notation)),
                );
            }
            if let Some(c) = ind.change() {
                let points = if ind.measure.is_rate() {
                    i18n::points(lang)
                } else {
                    unit
                };
                row(
                    Detail::ChangeOnAYearAgo.tr(lang),
                    format!(
                        "{} {points}",
                        format::format_computed(
                            c,
                            &[ind.actual, ind.prior.filter(|_| !ind.prior_derived)],
                            view.notation
                        )
                    ),
                );
            }
            if let Some(r) = m.h2_remaining {
                let r = format::format_computed(
                    r,
                    &[ind.actual, ind.value(Field::AnnualTarget)],
                    view.notation,
                );
                row(
                    &i18n::remaining_title(lang, view.report.period),
                    format!("{r} {unit}"),
                );
            }
            if let Some(s) = m.status() {
                row(
                    i18n::status_title(lang),
                    format!("{} {}", style::status_sign(s), i18n::status(lang, s)),
                );
            }
        });
}

/// The source sentence (cut when very long), the breakdown and the check findings.
fn source_ui(ui: &mut egui::Ui, shown: &Shown<'_>, commands: &mut Vec<Command>) {
    let Shown { view, ind, i } = *shown;
    let lang = view.lang;
    ui.strong(Detail::FromTheReport.tr(lang));
    let source = i18n::shortened(lang, view.notation, &ind.source, i18n::SHOWN_CHARS);
    ui.label(egui::RichText::new(source).italics());

    breakdown_ui(ui, shown, commands);

    let findings: Vec<_> = view.derived.findings_about(i).collect();
    if !findings.is_empty() {
        ui.separator();
        ui.strong(ActionText::Findings.tr(lang));
        for f in findings {
            ui.colored_label(
                style::status_color(chitieu_core::metrics::Status::Close, ui.visuals().dark_mode),
                format!("{} {}", style::FINDING_SIGN, f.message(lang, view.notation)),
            );
        }
    }
}

/// The parts of a total: each with its value and share, and what they leave unexplained
/// when they are summable ([`Indicator::parts_rule`]).
fn breakdown_ui(ui: &mut egui::Ui, shown: &Shown<'_>, commands: &mut Vec<Command>) {
    let Shown { view, ind, i } = *shown;
    let lang = view.lang;
    let children: &[usize] = view.derived.children.get(i).map_or(&[], Vec::as_slice);
    if children.is_empty() {
        return;
    }
    ui.separator();
    ui.strong(Common::Breakdown.tr(lang));
    let summable = ind
        .parts_rule(
            children
                .iter()
                .filter_map(|&c| view.report.indicators.get(c)),
        )
        .is_some();
    let mut sum = 0.0;
    let mut known = 0;
    egui::Grid::new("breakdown")
        .num_columns(3)
        .striped(true)
        .show(ui, |ui| {
            for &c in children {
                let Some(child) = view.report.indicators.get(c) else {
                    continue;
                };
                if ui.link(child.name.get(lang)).clicked() {
                    commands.push(Command::Browse(BrowseCmd::SelectIndicator {
                        id: child.id.clone(),
                        reveal: true,
                    }));
                }
                ui.label(shown.number(child.actual));
                let share = match (child.actual, ind.actual) {
                    (Some(a), Some(t)) if t > 0.0 && summable => {
                        format!("{}%", format::format(a / t * 100.0, view.notation, 1, true))
                    }
                    _ => String::new(),
                };
                ui.label(share);
                ui.end_row();
                if let Some(a) = child.actual {
                    sum += a;
                    known += 1;
                }
            }
        });
    if let (Some(total), true) = (ind.actual, known > 0 && summable) {
        ui.label(
            DetailMsg::PartsAddUp {
                sum: format::format_computed(sum, &[Some(total)], view.notation),
                unexplained: format::format_computed(
                    total - sum,
                    &[Some(total), Some(sum)],
                    view.notation,
                ),
            }
            .tr(lang),
        );
    }
}

/// The latest edits of the indicator this session.
fn edits_ui(ui: &mut egui::Ui, shown: &Shown<'_>) {
    let Shown { view, ind, .. } = *shown;
    let lang = view.lang;
    let edits: Vec<&Edit> = view.history.of_indicator(&ind.id).collect();
    if edits.is_empty() {
        return;
    }
    ui.separator();
    ui.strong(Detail::EditsThisSession.tr(lang));
    // The latest few; a long session's whole list would only bury them.
    const SHOWN: usize = 15;
    let skipped = edits.len().saturating_sub(SHOWN);
    if skipped > 0 {
        ui.weak(DetailMsg::EarlierEdits { count: skipped }.tr(lang));
    }
    for (k, e) in edits.iter().enumerate().skip(skipped) {
        let text = match e {
            Edit::Value {
                field,
                before,
                after,
                ..
            } => format!(
                "{}. {}: {} → {}",
                k + 1,
                i18n::field(lang, *field),
                shown.number(*before),
                shown.number(*after)
            ),
            Edit::Note { .. } => {
                format!("{}. {}", k + 1, Detail::NoteChanged.tr(lang))
            }
            Edit::TaskStatus { .. } | Edit::TaskNote { .. } => continue,
            _ => format!("{}. {}", k + 1, Detail::DescriptionChanged.tr(lang)),
        };
        ui.label(text);
    }
}

/// One target: value, basis, label, printed percent, achievement and revision.
#[expect(
    clippy::too_many_arguments,
    reason = "one row of figures, all of them shown"
)]
fn target_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    id: &IndicatorId,
    field: Field,
    target: Option<&Target>,
    pct: Option<f64>,
    gap: Option<f64>,
    report_value: Option<f64>,
    revised: bool,
    commands: &mut Vec<Command>,
) {
    let lang = view.lang;
    let n = |v: Option<f64>| v.map_or_else(|| "—".to_owned(), |v| format_auto(v, view.notation));
    let Some(target) = target else {
        return;
    };
    ui.separator();
    ui.strong(i18n::field(lang, field));
    let mut basis = i18n::basis(lang, target.basis).to_owned();
    // The source's own words, unless they only repeat the basis ("kế hoạch (KH)").
    if !target.label.is_empty()
        && !chitieu_core::derived::fold(&target.label)
            .contains(&chitieu_core::derived::fold(&basis))
    {
        basis = format!("{basis} ({})", target.label);
    }
    ui.label(format!("{}: {}", basis, n(target.value)));
    if let Some(printed) = target.printed_pct {
        ui.label(format!(
            "{} {}%",
            Detail::ReportPrintsAchieved.tr(lang),
            format_auto(printed, view.notation)
        ));
    }
    if target.derived && !revised {
        ui.weak(Detail::TargetDerivedFromPercent.tr(lang));
    }
    if let Some(p) = pct {
        ui.label(format!(
            "{}: {}%",
            Detail::Achieved.tr(lang),
            format::format(p, view.notation, 1, true)
        ));
    } else if let Some(g) = gap {
        ui.label(format!(
            "{}: {} {}",
            Detail::Gap.tr(lang),
            format::format(g, view.notation, 2, true),
            i18n::points(lang)
        ));
    }
    if revised {
        let text = format!(
            "{} {}: {}",
            style::REVISED_SIGN,
            i18n::report_value(lang),
            n(report_value)
        );
        revision_ui(ui, lang, &text, id, field, commands);
    }
}

/// A revised value's line: what it was, and a button back to the report's value.
fn revision_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    text: &str,
    id: &IndicatorId,
    field: Field,
    commands: &mut Vec<Command>,
) {
    ui.horizontal(|ui| {
        ui.colored_label(style::revised_color(ui.visuals().dark_mode), text);
        if ui.small_button(MenuText::ResetToReport.tr(lang)).clicked() {
            commands.push(Command::Edit(EditCmd::ResetValue {
                id: id.clone(),
                field,
            }));
        }
    });
}
