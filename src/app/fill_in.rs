//! File → Fill-in sheet…: a small window to choose the indicators a department's sheet
//! asks for — by section (tick boxes of the section tree) or by the department named in
//! the indicators' `agency` — then a save dialog; the sheet is written as busy work by
//! `chitieu_core::import::template`.

use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;

use super::commands::Shared;
use super::work::Outcome;
use super::{Command, FillInCmd, View};
use chitieu_core::i18n::ImportText;
use chitieu_core::i18n::{AppMessage, Common, ImportUi, ImportUiMsg, Message as _, Text as _};
use chitieu_core::import::key;
use chitieu_core::import::template::{self, TemplateOptions};
use chitieu_core::model::{Lang, Report, SectionId};
use chitieu_core::session::file_name;

/// Sections deeper than this are listed at this depth.
const MAX_DEPTH: usize = 8;

/// The window's state: what is chosen so far.
#[derive(Default)]
pub(super) struct FillInWindow {
    open: bool,
    /// By department rather than by section.
    by_agency: bool,
    /// The sections ticked.
    sections: HashSet<SectionId>,
    /// The department chosen.
    agency: Option<String>,
    /// The sheet's language; the interface's until chosen.
    lang: Option<Lang>,
    /// The departments named in the report, with the generation they were read at.
    agencies: Option<(u64, Vec<String>)>,
    /// How many indicators the sheet would ask for (or why none), for a generation and
    /// a choice.
    count: Option<(u64, TemplateOptions, Result<usize, String>)>,
}

impl FillInWindow {
    /// Opens the window.
    pub(super) fn open(&mut self) {
        self.open = true;
    }

    /// Closes the window (the sheet was written).
    pub(super) fn close(&mut self) {
        self.open = false;
    }

    /// What is chosen, as the template takes it; the sections in report order.
    fn options(&self, report: &Report, lang: Lang) -> TemplateOptions {
        let lang = self.lang.unwrap_or(lang);
        if self.by_agency {
            return TemplateOptions {
                sections: Vec::new(),
                agency: self.agency.clone(),
                lang,
            };
        }
        TemplateOptions {
            sections: report
                .sections
                .iter()
                .filter(|s| self.sections.contains(&s.id))
                .map(|s| s.id.clone())
                .collect(),
            agency: None,
            lang,
        }
    }

    /// Draws the window, if open; Save… becomes a command.
    pub(super) fn ui(&mut self, ctx: &egui::Context, view: &View<'_>, commands: &mut Vec<Command>) {
        if !self.open {
            return;
        }
        let lang = view.lang;
        let mut open = true;
        egui::Window::new(ImportText::FillInMark.tr(lang))
            .id(egui::Id::unique("chitieu-fill-in"))
            .open(&mut open)
            .default_size([520.0, 480.0])
            .collapsible(false)
            .show(ctx, |ui| self.contents_ui(ui, view, commands));
        self.open &= open;
    }

    fn contents_ui(&mut self, ui: &mut egui::Ui, view: &View<'_>, commands: &mut Vec<Command>) {
        let lang = view.lang;
        ui.label(ImportUi::FillInExplained.tr(lang));
        ui.separator();
        ui.horizontal(|ui| {
            ui.radio_value(&mut self.by_agency, false, ImportUi::BySection.tr(lang));
            ui.radio_value(&mut self.by_agency, true, ImportUi::ByDepartment.tr(lang));
        });
        egui::ScrollArea::vertical()
            .id_salt("fill-in-choice")
            .max_height(260.0)
            .auto_shrink([false, true])
            .show(ui, |ui| {
                if self.by_agency {
                    self.agencies_ui(ui, view);
                } else {
                    self.sections_ui(ui, view);
                }
            });
        ui.separator();
        ui.horizontal(|ui| {
            ui.label(ImportUi::LanguageOfTheSheet.tr(lang));
            let sheet_lang = self.lang.get_or_insert(lang);
            ui.radio_value(sheet_lang, Lang::Vi, "Tiếng Việt");
            ui.radio_value(sheet_lang, Lang::En, "English");
        });
        let options = self.options(view.report, lang);
        let count = self.count(view, &options);
        match &count {
            Ok(n) => ui.label(ImportUiMsg::SheetAsks { count: *n }.tr(lang)),
            Err(why) => ui.colored_label(super::style::ERROR, why),
        };
        ui.horizontal(|ui| {
            if ui
                .add_enabled(
                    count.is_ok(),
                    egui::Button::new(ImportUi::SaveEllipsis.tr(lang)),
                )
                .clicked()
            {
                commands.push(FillInCmd::FillInDialog(options).into());
            }
            if ui.button(Common::Close.tr(lang)).clicked() {
                self.open = false;
            }
        });
    }

    /// How many indicators `options` asks for, or why none: computed again only when
    /// the report or the choice changes.
    fn count(&mut self, view: &View<'_>, options: &TemplateOptions) -> Result<usize, String> {
        if self.by_agency && options.agency.is_none() {
            return Err(ImportUi::ChooseADepartment.tr(view.lang).to_owned());
        }
        match &self.count {
            Some((generation, cached, count))
                if *generation == view.generation && cached == options =>
            {
                count.clone()
            }
            _ => {
                let count = template::chosen(view.report, options)
                    .map(|c| c.len())
                    .map_err(|e| e.message(view.lang));
                self.count = Some((view.generation, options.clone(), count.clone()));
                count
            }
        }
    }

    /// The section tree as tick boxes; a section ticked brings its subsections, shown
    /// ticked and greyed.
    fn sections_ui(&mut self, ui: &mut egui::Ui, view: &View<'_>) {
        if self.sections.is_empty() {
            ui.weak(ImportUi::NoSectionTicked.tr(view.lang));
        }
        let mut stack: Vec<(usize, bool, usize)> = view
            .report
            .sections
            .iter()
            .enumerate()
            .rev()
            .filter(|(_, s)| s.parent.is_none())
            .map(|(k, _)| (k, false, 0))
            .collect();
        let mut seen = HashSet::new();
        while let Some((k, inside_ticked, depth)) = stack.pop() {
            let Some(section) = view.report.sections.get(k) else {
                continue;
            };
            if !seen.insert(k) {
                continue;
            }
            let ticked = self.sections.contains(&section.id);
            ui.horizontal(|ui| {
                ui.add_space(ui.spacing().indent * depth.min(MAX_DEPTH) as f32);
                let text = format!("{} {}", section.number, section.title.get(view.lang));
                let mut shown = ticked || inside_ticked;
                let changed = ui
                    .add_enabled(!inside_ticked, egui::Checkbox::new(&mut shown, text.trim()))
                    .changed();
                if changed {
                    if shown {
                        self.sections.insert(section.id.clone());
                    } else {
                        self.sections.remove(&section.id);
                    }
                }
            });
            let children = view.derived.section_children.get(&section.id);
            for &child in children.into_iter().flatten().rev() {
                stack.push((child, ticked || inside_ticked, depth + 1));
            }
        }
    }

    /// The departments named in the report, one to choose.
    fn agencies_ui(&mut self, ui: &mut egui::Ui, view: &View<'_>) {
        let fresh = self
            .agencies
            .as_ref()
            .is_some_and(|(generation, _)| *generation == view.generation);
        if !fresh {
            self.agencies = Some((view.generation, agencies(view.report)));
        }
        let Some((_, names)) = &self.agencies else {
            return;
        };
        if names.is_empty() {
            ui.weak(ImportUi::NoDepartmentYet.tr(view.lang));
        }
        for name in names {
            let selected = self.agency.as_deref() == Some(name.as_str());
            if ui.radio(selected, name).clicked() {
                self.agency = Some(name.clone());
            }
        }
    }
}

/// The departments named in the report's `agency` fields, each once (compared ignoring
/// case and marks, written as first met), in alphabetical order of that comparison.
fn agencies(report: &Report) -> Vec<String> {
    let mut by_key: BTreeMap<String, String> = BTreeMap::new();
    for ind in &report.indicators {
        let name = ind.agency.trim();
        if !name.is_empty() {
            by_key.entry(key(name)).or_insert_with(|| name.to_owned());
        }
    }
    by_key.into_values().collect()
}

/// Asks where to write the fill-in sheet, suggesting `phieu-nhap-hai-duong-2024-H1.xlsx`.
fn pick_path(report: &Report, lang: Lang) -> Option<PathBuf> {
    rfd::FileDialog::new()
        .set_title(ImportUi::SaveTheFillInSheet.tr(lang))
        .set_file_name(format!(
            "{}-{}.xlsx",
            ImportUi::FillInFileName.tr(lang),
            report.slug()
        ))
        .add_filter("XLSX", &["xlsx"])
        .save_file()
}

impl FillInWindow {
    /// Does what `command` asks: ask where, write the sheet (busy work).
    pub(super) fn handle(&mut self, command: FillInCmd, sh: &mut Shared<'_>) {
        let lang = sh.lang();
        match command {
            FillInCmd::FillInDialog(options) => {
                let path = sh
                    .desk
                    .dialog_answer
                    .take()
                    .or_else(|| pick_path(sh.session.report(), lang));
                if let Some(path) = path {
                    sh.later
                        .push(FillInCmd::WriteFillIn { options, path }.into());
                }
            }
            FillInCmd::WriteFillIn { options, path } => {
                let report = sh.session.shared_report();
                let label = AppMessage::WritingFillIn(file_name(&path)).tr(lang);
                sh.work.start_busy(sh.ctx, label, move || {
                    let result = template::write(&report, &options, &path);
                    Outcome::FillInWritten { path, result }
                });
            }
        }
    }

    /// Says where the fill-in sheet went and closes the window, or shows why it was not
    /// written.
    pub(super) fn written(
        &mut self,
        sh: &mut Shared<'_>,
        path: PathBuf,
        result: Result<usize, template::TemplateError>,
    ) {
        let lang = sh.lang();
        match result {
            Ok(n) => {
                // The name only, so it fits the status bar; its folder opens from there.
                let name = file_name(&path);
                sh.say(AppMessage::FillInWritten { count: n, name }.tr(lang));
                sh.desk.last_export = Some(path);
                self.close();
            }
            Err(e) => sh.error(e.message(lang)),
        }
    }
}
