//! The windows that shape the report: an indicator's description (new or existing), a
//! section's, the question before a delete, and the next period. They hold only what is
//! being typed; what they decide goes out as a [`Command`], applied through the session
//! as one undoable step.

use crate::app::{FileCmd, StructureCmd};
use chitieu_core::i18n::{self, FormsMsg, Message as _};
use chitieu_core::model::{
    Breakdown, Direction, Indicator, IndicatorId, Lang, Measure, Period, Section, SectionId, Text,
};
use chitieu_core::session::{Orphans, Session};

use super::Command;
use chitieu_core::i18n::{Common, Forms, Text as _};

/// An indicator being described.
#[derive(Clone, Debug)]
pub(super) struct IndicatorForm {
    /// The indicator as it will be saved (its id is fixed once made).
    indicator: Indicator,
    /// True for a new indicator.
    is_new: bool,
    /// True once the first field has been given the keyboard.
    focused: bool,
}

/// A section being described.
#[derive(Clone, Debug)]
pub(super) struct SectionForm {
    section: Section,
    is_new: bool,
    focused: bool,
}

/// The question before deleting something that has parts, figures or contents.
#[derive(Clone, Debug)]
pub(super) enum DeleteQuestion {
    /// An indicator.
    Indicator(IndicatorId),
    /// A section.
    Section(SectionId),
}

/// The next period being chosen.
#[derive(Clone, Debug, Default)]
pub(super) struct NewPeriodForm {
    text: String,
    focused: bool,
}

/// The open structure windows.
#[derive(Default)]
pub(super) struct StructureWindows {
    indicator: Option<IndicatorForm>,
    section: Option<SectionForm>,
    delete: Option<DeleteQuestion>,
    new_period: Option<NewPeriodForm>,
}

impl StructureWindows {
    /// Opens the description of indicator `id`, or of a new one in `section` (as a part of
    /// `parent` when given).
    pub(super) fn edit_indicator(
        &mut self,
        session: &Session,
        id: Option<&IndicatorId>,
        section: Option<&SectionId>,
        parent: Option<&IndicatorId>,
    ) {
        let existing = id.and_then(|id| session.indicator(id)).cloned();
        let is_new = existing.is_none();
        let indicator = existing.unwrap_or_else(|| {
            let parent_ind = parent.and_then(|p| session.indicator(p));
            let section = parent_ind
                .map(|p| p.section.clone())
                .or_else(|| section.cloned())
                .or_else(|| session.report().sections.first().map(|s| s.id.clone()))
                .unwrap_or_default();
            Indicator {
                section,
                parent: parent_ind.map(|p| p.id.clone()),
                unit: parent_ind.map(|p| p.unit.clone()).unwrap_or_default(),
                measure: parent_ind.map_or(Measure::Amount, |p| p.measure),
                direction: parent_ind.map_or(Direction::HigherIsBetter, |p| p.direction),
                ..Indicator::default()
            }
        });
        self.indicator = Some(IndicatorForm {
            indicator,
            is_new,
            focused: false,
        });
    }

    /// Opens the description of section `id`, or of a new one inside `parent`.
    pub(super) fn edit_section(
        &mut self,
        session: &Session,
        id: Option<&SectionId>,
        parent: Option<&SectionId>,
    ) {
        let existing = id.and_then(|id| session.report().section(id)).cloned();
        let is_new = existing.is_none();
        let section = existing.unwrap_or_else(|| Section {
            parent: parent.cloned(),
            ..Section::default()
        });
        self.section = Some(SectionForm {
            section,
            is_new,
            focused: false,
        });
    }

    /// Asks what to do before deleting, when there is something to lose; else deletes.
    pub(super) fn ask_delete(
        &mut self,
        session: &Session,
        what: DeleteQuestion,
        commands: &mut Vec<Command>,
    ) {
        let report = session.report();
        let needs_asking = match &what {
            DeleteQuestion::Indicator(id) => {
                report
                    .indicators
                    .iter()
                    .any(|i| i.parent.as_ref() == Some(id))
                    || session.indicator(id).is_some_and(|i| {
                        i.actual.is_some() || i.target.is_some() || i.annual_target.is_some()
                    })
            }
            DeleteQuestion::Section(id) => {
                report.indicators.iter().any(|i| &i.section == id)
                    || report
                        .sections
                        .iter()
                        .any(|s| s.parent.as_ref() == Some(id))
            }
        };
        if needs_asking {
            self.delete = Some(what);
        } else {
            commands.push(match what {
                DeleteQuestion::Indicator(id) => {
                    Command::Structure(StructureCmd::DeleteIndicator {
                        id,
                        parts: Orphans::DeleteToo,
                    })
                }
                DeleteQuestion::Section(id) => Command::Structure(StructureCmd::DeleteSection {
                    id,
                    contents: Orphans::DeleteToo,
                }),
            });
        }
    }

    /// Opens the choice of the next period, suggesting the same span a year later.
    pub(super) fn new_period(&mut self, session: &Session) {
        let next = session.report().period;
        self.new_period = Some(NewPeriodForm {
            text: Period {
                year: next.year + 1,
                span: next.span,
            }
            .to_string(),
            focused: false,
        });
    }

    /// True when a window is open (the app's own keys wait meanwhile).
    pub(super) fn is_open(&self) -> bool {
        self.indicator.is_some()
            || self.section.is_some()
            || self.delete.is_some()
            || self.new_period.is_some()
    }

    /// Draws the open windows.
    pub(super) fn ui(
        &mut self,
        ctx: &egui::Context,
        session: &Session,
        lang: Lang,
        commands: &mut Vec<Command>,
    ) {
        if let Some(form) = &mut self.indicator
            && form.ui(ctx, session, lang, commands)
        {
            self.indicator = None;
        }
        if let Some(form) = &mut self.section
            && form.ui(ctx, session, lang, commands)
        {
            self.section = None;
        }
        if let Some(question) = &self.delete
            && delete_ui(ctx, question, session, lang, commands)
        {
            self.delete = None;
        }
        if let Some(form) = &mut self.new_period
            && form.ui(ctx, session, lang, commands)
        {
            self.new_period = None;
        }
    }
}

/// OK and Cancel; returns (ok, cancel) clicked.
fn ok_cancel_ui(ui: &mut egui::Ui, lang: Lang, ok_enabled: bool) -> (bool, bool) {
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        let ok = ui
            .add_enabled(ok_enabled, egui::Button::new(Common::OK.tr(lang)))
            .clicked();
        let cancel = ui.button(Common::Cancel.tr(lang)).clicked();
        (ok, cancel)
    })
    .inner
}

/// A labelled text field in a form's grid; the first of a form takes the keyboard when
/// the form opens (`focus` is then set).
fn text_row(ui: &mut egui::Ui, label: &str, value: &mut String, focus: Option<&mut bool>) {
    let l = ui.label(label);
    let response = ui
        .add(egui::TextEdit::singleline(value).desired_width(360.0))
        .labelled_by(l.id);
    if let Some(focused) = focus
        && !*focused
    {
        response.request_focus();
        *focused = true;
    }
    ui.end_row();
}

/// True when the user asks to leave a form without saving (Escape).
fn escaped(ui: &egui::Ui) -> bool {
    ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape))
}

impl IndicatorForm {
    /// Draws the form; true when it is done with (saved or cancelled).
    fn ui(
        &mut self,
        ctx: &egui::Context,
        session: &Session,
        lang: Lang,
        commands: &mut Vec<Command>,
    ) -> bool {
        let title = if self.is_new {
            Forms::AddAnIndicator.tr(lang)
        } else {
            Forms::DescribeTheIndicator.tr(lang)
        };
        let mut done = false;
        egui::Modal::new(egui::Id::unique("chitieu-indicator-form")).show(ctx, |ui| {
            ui.set_max_width(560.0);
            ui.heading(title);
            let ind = &mut self.indicator;
            egui::Grid::new("indicator-form")
                .num_columns(2)
                .show(ui, |ui| {
                    text_row(
                        ui,
                        Forms::NameVietnamese.tr(lang),
                        &mut ind.name.vi,
                        Some(&mut self.focused),
                    );
                    text_row(ui, Forms::NameEnglish.tr(lang), &mut ind.name.en, None);
                    text_row(ui, Forms::UnitVietnamese.tr(lang), &mut ind.unit.vi, None);
                    text_row(ui, Forms::UnitEnglish.tr(lang), &mut ind.unit.en, None);
                    text_row(ui, Forms::CodeField.tr(lang), &mut ind.code, None);
                    text_row(
                        ui,
                        Forms::ResponsibleDepartment.tr(lang),
                        &mut ind.agency,
                        None,
                    );
                    choice_row(
                        ui,
                        Forms::KindOfFigure.tr(lang),
                        &mut ind.measure,
                        MEASURES,
                        |m| i18n::measure(lang, m),
                    );
                    choice_row(
                        ui,
                        Forms::WhichWayIsGood.tr(lang),
                        &mut ind.direction,
                        DIRECTIONS,
                        |d| i18n::direction(lang, d),
                    );
                    choice_row(
                        ui,
                        Forms::ItsParts.tr(lang),
                        &mut ind.breakdown,
                        BREAKDOWNS,
                        |b| breakdown_name(lang, b),
                    );
                    section_row(ui, session, lang, &mut ind.section);
                    parent_row(ui, session, lang, ind);
                    growth_of_row(ui, session, lang, ind);
                });
            let (ok, cancel) = ok_cancel_ui(ui, lang, id_source(&ind.name).is_some());
            let cancel = cancel || escaped(ui);
            if ok {
                let mut indicator = self.indicator.clone();
                if self.is_new {
                    let name = id_source(&indicator.name).unwrap_or_default();
                    indicator.id = session.new_indicator_id(name);
                }
                commands.push(Command::Structure(StructureCmd::SaveIndicator {
                    indicator: Box::new(indicator),
                    is_new: self.is_new,
                }));
            }
            done = ok || cancel;
        });
        done
    }
}

impl SectionForm {
    fn ui(
        &mut self,
        ctx: &egui::Context,
        session: &Session,
        lang: Lang,
        commands: &mut Vec<Command>,
    ) -> bool {
        let title = if self.is_new {
            Forms::AddASection.tr(lang)
        } else {
            Forms::DescribeTheSection.tr(lang)
        };
        let mut done = false;
        egui::Modal::new(egui::Id::unique("chitieu-section-form")).show(ctx, |ui| {
            ui.set_max_width(560.0);
            ui.heading(title);
            let s = &mut self.section;
            egui::Grid::new("section-form")
                .num_columns(2)
                .show(ui, |ui| {
                    text_row(
                        ui,
                        Forms::NumberField.tr(lang),
                        &mut s.number,
                        Some(&mut self.focused),
                    );
                    text_row(ui, Forms::TitleVietnamese.tr(lang), &mut s.title.vi, None);
                    text_row(ui, Forms::TitleEnglish.tr(lang), &mut s.title.en, None);
                    let l = ui.label(Forms::InsideTheSection.tr(lang));
                    let own = s.id.clone();
                    let shown = s
                        .parent
                        .as_ref()
                        .and_then(|p| session.report().section(p))
                        .map_or_else(
                            || Common::NoneInParens.tr(lang).to_owned(),
                            |p| section_name(p, lang),
                        );
                    egui::ComboBox::from_id_salt("section-parent")
                        .selected_text(shown)
                        .show_ui(ui, |ui| {
                            ui.selectable_value(&mut s.parent, None, Common::NoneInParens.tr(lang));
                            for other in session.report().sections.iter().filter(|o| o.id != own) {
                                ui.selectable_value(
                                    &mut s.parent,
                                    Some(other.id.clone()),
                                    section_name(other, lang),
                                );
                            }
                        })
                        .response
                        .labelled_by(l.id);
                    ui.end_row();
                });
            let (ok, cancel) = ok_cancel_ui(ui, lang, id_source(&s.title).is_some());
            let cancel = cancel || escaped(ui);
            if ok {
                let mut section = self.section.clone();
                if self.is_new {
                    let name = id_source(&section.title).unwrap_or_default();
                    section.id = session.new_section_id(name);
                }
                commands.push(Command::Structure(StructureCmd::SaveSection {
                    section,
                    is_new: self.is_new,
                }));
            }
            done = ok || cancel;
        });
        done
    }
}

impl NewPeriodForm {
    fn ui(
        &mut self,
        ctx: &egui::Context,
        session: &Session,
        lang: Lang,
        commands: &mut Vec<Command>,
    ) -> bool {
        let mut done = false;
        egui::Modal::new(egui::Id::unique("chitieu-new-period")).show(ctx, |ui| {
            ui.set_max_width(560.0);
            ui.heading(Forms::StartTheNextPeriod.tr(lang));
            let last = session.report().period;
            ui.label(format!(
                "{} {}. {}",
                Forms::MadeFromReport.tr(lang),
                i18n::period(lang, last),
                Forms::NextPeriodExplained.tr(lang)
            ));
            let l = ui.label(Forms::PeriodField.tr(lang));
            let field = ui.text_edit_singleline(&mut self.text).labelled_by(l.id);
            if !self.focused {
                field.request_focus();
                self.focused = true;
            }
            let parsed = self.text.parse::<Period>();
            match &parsed {
                Ok(p) => {
                    ui.label(i18n::period(lang, *p));
                    renames_ui(
                        ui,
                        lang,
                        &chitieu_core::next_period::year_renames(session.report(), *p),
                    );
                }
                Err(e) => {
                    ui.colored_label(super::style::ERROR, e.to_string());
                }
            }
            let (ok, cancel) = ok_cancel_ui(ui, lang, parsed.is_ok());
            let cancel = cancel || escaped(ui);
            if ok && let Ok(period) = parsed {
                commands.push(Command::File(FileCmd::NewPeriod(period)));
            }
            done = ok || cancel;
        });
        done
    }
}

/// The names whose years roll forward, shown before the new report is made: the first
/// few, and how many more.
fn renames_ui(ui: &mut egui::Ui, lang: Lang, renames: &[chitieu_core::next_period::Rename]) {
    const SHOWN: usize = 6;
    if renames.is_empty() {
        return;
    }
    let n = renames.len();
    ui.label(FormsMsg::RenamesRollForward { count: n }.tr(lang));
    for r in renames.iter().take(SHOWN) {
        ui.add(
            egui::Label::new(
                egui::RichText::new(format!("{} → {}", r.before.get(lang), r.after.get(lang)))
                    .weak(),
            )
            .wrap(),
        );
    }
    if n > SHOWN {
        let more = n - SHOWN;
        ui.weak(FormsMsg::MoreRenames { count: more }.tr(lang));
    }
}

fn delete_ui(
    ctx: &egui::Context,
    question: &DeleteQuestion,
    session: &Session,
    lang: Lang,
    commands: &mut Vec<Command>,
) -> bool {
    let mut done = false;
    egui::Modal::new(egui::Id::unique("chitieu-delete")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        let (name, has, up, all) = match question {
            DeleteQuestion::Indicator(id) => (
                session
                    .indicator(id)
                    .map_or_else(|| id.to_string(), |i| i.name.get(lang).to_owned()),
                Forms::IndicatorHasContents.tr(lang),
                Forms::DeletePartsMoveUp.tr(lang),
                Forms::DeleteWithParts.tr(lang),
            ),
            DeleteQuestion::Section(id) => (
                session
                    .report()
                    .section(id)
                    .map_or_else(|| id.to_string(), |s| section_name(s, lang)),
                Forms::SectionHasContents.tr(lang),
                Forms::DeleteContentsMoveUp.tr(lang),
                Forms::DeleteWithContents.tr(lang),
            ),
        };
        ui.heading(FormsMsg::DeleteWhat { name }.tr(lang));
        ui.label(has);
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            for (label, orphans) in [(up, Orphans::MoveUp), (all, Orphans::DeleteToo)] {
                if ui.button(label).clicked() {
                    commands.push(match question {
                        DeleteQuestion::Indicator(id) => {
                            Command::Structure(StructureCmd::DeleteIndicator {
                                id: id.clone(),
                                parts: orphans,
                            })
                        }
                        DeleteQuestion::Section(id) => {
                            Command::Structure(StructureCmd::DeleteSection {
                                id: id.clone(),
                                contents: orphans,
                            })
                        }
                    });
                    done = true;
                }
            }
            if ui.button(Common::Cancel.tr(lang)).clicked() {
                done = true;
            }
        });
    });
    done
}

const MEASURES: &[Measure] = &[
    Measure::Amount,
    Measure::Count,
    Measure::Share,
    Measure::Rate,
];
const DIRECTIONS: &[Direction] = &[
    Direction::HigherIsBetter,
    Direction::LowerIsBetter,
    Direction::Neutral,
];
const BREAKDOWNS: &[Breakdown] = &[
    Breakdown::Partial,
    Breakdown::Complete,
    Breakdown::NotAdditive,
];

fn breakdown_name(lang: Lang, b: Breakdown) -> &'static str {
    match b {
        Breakdown::Partial => Forms::BreakdownPartial.tr(lang),
        Breakdown::Complete => Forms::BreakdownComplete.tr(lang),
        Breakdown::NotAdditive => Forms::BreakdownNotAdditive.tr(lang),
    }
}

fn choice_row<T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    label: &str,
    value: &mut T,
    choices: &[T],
    name: impl Fn(T) -> &'static str,
) {
    let l = ui.label(label);
    egui::ComboBox::from_id_salt(label)
        .selected_text(name(*value))
        .show_ui(ui, |ui| {
            for &c in choices {
                ui.selectable_value(value, c, name(c));
            }
        })
        .response
        .labelled_by(l.id);
    ui.end_row();
}

fn section_name(s: &Section, lang: Lang) -> String {
    format!("{} {}", s.number, s.title.get(lang))
        .trim()
        .to_owned()
}

fn section_row(ui: &mut egui::Ui, session: &Session, lang: Lang, section: &mut SectionId) {
    let l = ui.label(Forms::Section.tr(lang));
    let shown = session
        .report()
        .section(section)
        .map_or_else(|| section.to_string(), |s| section_name(s, lang));
    egui::ComboBox::from_id_salt("indicator-section")
        .selected_text(shown)
        .show_ui(ui, |ui| {
            for s in &session.report().sections {
                ui.selectable_value(section, s.id.clone(), section_name(s, lang));
            }
        })
        .response
        .labelled_by(l.id);
    ui.end_row();
}

fn parent_row(ui: &mut egui::Ui, session: &Session, lang: Lang, ind: &mut Indicator) {
    let l = ui.label(Forms::APartOf.tr(lang));
    let none = Forms::NoParentTotal.tr(lang);
    let shown = ind
        .parent
        .as_ref()
        .and_then(|p| session.indicator(p))
        .map_or_else(|| none.to_owned(), |p| p.name.get(lang).to_owned());
    let own = ind.id.clone();
    let section = ind.section.clone();
    egui::ComboBox::from_id_salt("indicator-parent")
        .selected_text(shown)
        .width(360.0)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut ind.parent, None, none);
            // The indicators of the same section, but not itself.
            for other in session
                .report()
                .indicators
                .iter()
                .filter(|o| o.section == section && o.id != own)
            {
                ui.selectable_value(
                    &mut ind.parent,
                    Some(other.id.clone()),
                    other.name.get(lang),
                );
            }
        })
        .response
        .labelled_by(l.id);
    ui.end_row();
}

/// Which indicator this one is the growth of, if the report says so: the two are
/// checked against each other. Any indicator of the report but itself.
fn growth_of_row(ui: &mut egui::Ui, session: &Session, lang: Lang, ind: &mut Indicator) {
    let l = ui.label(Forms::TheGrowthOf.tr(lang));
    let none = Common::NoneInParens.tr(lang);
    let shown = ind
        .growth_of
        .as_ref()
        .and_then(|p| session.indicator(p))
        .map_or_else(|| none.to_owned(), |p| p.name.get(lang).to_owned());
    let own = ind.id.clone();
    egui::ComboBox::from_id_salt("indicator-growth-of")
        .selected_text(shown)
        .width(360.0)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut ind.growth_of, None, none);
            for other in session.report().indicators.iter().filter(|o| o.id != own) {
                ui.selectable_value(
                    &mut ind.growth_of,
                    Some(other.id.clone()),
                    other.name.get(lang),
                );
            }
        })
        .response
        .labelled_by(l.id);
    ui.end_row();
}

/// What a new id is made from: the English name (ids are ASCII), else the Vietnamese;
/// `None` while neither is typed.
fn id_source(text: &Text) -> Option<&str> {
    [text.en.trim(), text.vi.trim()]
        .into_iter()
        .find(|t| !t.is_empty())
}

/// A text in both languages from what was typed in one: the other language repeats it
/// until someone translates it.
pub(super) fn both(text: &Text) -> Text {
    match (text.vi.trim().is_empty(), text.en.trim().is_empty()) {
        (true, false) => Text::new(text.en.clone(), text.en.clone()),
        (false, true) => Text::new(text.vi.clone(), text.vi.clone()),
        _ => text.clone(),
    }
}
