//! The desktop app: everything that knows egui lives under this module.
//!
//! The app holds a [`Session`] (the report, its computed figures, its edits and its
//! file: a library type that knows nothing of the window) and the state of each panel.
//! Panels draw from a [`View`] and emit [`Command`]s; the app applies them after the
//! frame (`commands.rs`). The menu, the keyboard and the shortcuts window read one table
//! of actions (`actions.rs`). Work beside the window (opening, saving, exporting, the
//! recovery file, plot images) reports on one channel (`work.rs`) polled in
//! `App::logic`, so it goes on while the window is hidden.

mod actions;
mod chrome;
mod clipboard;
mod commands;
mod detail;
mod dialogs;
mod fill_in;
pub mod fonts;
mod import;
mod keeper;
mod mapping;
mod menu;
mod pace;
mod plots;
mod png;
mod sections;
mod selection;
pub mod settings;
mod status_bar;
mod structure;
mod style;
mod table;
mod tasks;
mod work;

use std::path::{Path, PathBuf};

use chitieu_core::derived::Derived;
use chitieu_core::edit::History;
use chitieu_core::format::Notation;
use chitieu_core::i18n::{AppText, Text as _};
use chitieu_core::io::{self, LoadError};
use chitieu_core::model::{Indicator, IndicatorId, Lang, Report, SectionId};
use chitieu_core::session::Session;

pub use actions::{Action, Menu, Place};
pub use commands::{
    BrowseCmd, ChangedChoice, Choice, Command, EditCmd, FileCmd, FillInCmd, ImportCmd, Pick,
    StructureCmd, Tab, ViewCmd, Window,
};
pub use keeper::RECOVERY_DELAY_SECS;
pub use settings::{DetailPosition, Settings, Theme};

use commands::{Desk, Guarded, Modal};

/// What the panels read: the report, its computed figures and the preferences.
pub(crate) struct View<'a> {
    report: &'a Report,
    derived: &'a Derived,
    history: &'a History,
    lang: Lang,
    notation: Notation,
    selected: Option<&'a IndicatorId>,
    /// The rows picked in the table (for copying); `selected` is the one clicked last.
    rows_picked: &'a selection::RowSelection,
    /// The cells the last paste refused, while the report is as it left it.
    refused: &'a selection::RefusedCells,
    /// The table columns the user hid.
    hidden_columns: &'a [String],
    /// The table columns hidden until asked for that the user showed.
    shown_columns: &'a [String],
    /// Bumped on every change to the report, so panels know when to refresh caches.
    generation: u64,
    /// The session, to ask what changed since a generation.
    session: &'a Session,
}

impl View<'_> {
    /// The indicator with this id, through the index.
    pub(crate) fn indicator(&self, id: &IndicatorId) -> Option<&Indicator> {
        self.derived
            .index
            .get(id)
            .and_then(|&i| self.report.indicators.get(i))
    }

    /// What an action applies to here: the selected indicator, and `section`.
    pub(crate) fn scope<'s>(&'s self, section: Option<&'s SectionId>) -> actions::Scope<'s> {
        actions::Scope {
            session: self.session,
            selected: self.selected,
            section,
        }
    }

    /// The indicators whose figures changed since `generation` (see
    /// [`Session::changed_since`]).
    pub(crate) fn changed_since(&self, generation: u64) -> Option<Vec<usize>> {
        self.session.changed_since(generation)
    }
}

/// The app: the session, the preferences, and the controllers that each own a domain's
/// state and handle its commands (`commands/`).
pub struct ChitieuApp {
    session: Session,
    settings: Settings,
    /// The status bar's message, the modal question, the last export.
    desk: Desk,
    /// What the table shows and marks: tab, section, selection, the table's view.
    browser: commands::browse::Browser,
    /// The panels beside the table and the secondary windows.
    panels: commands::view::Panels,
    /// The windows that describe indicators and sections.
    structure: structure::StructureWindows,
    /// The import of figures from a sheet, while its window is open.
    import: import::Importer,
    /// Opening, saving, closing; the window title.
    files: commands::files::Files,
    /// The commands asked for and not yet applied.
    commands: Vec<Command>,
    keeper: keeper::Keeper,
    work: work::Work,
}

impl ChitieuApp {
    /// The app as started: on the report at `path`, or on the embedded report, with
    /// the preferences stored by eframe if any, keeping unsaved edits in the app's data
    /// folder. See [`Self::start`].
    ///
    /// # Errors
    /// Only if the embedded report is broken, which the tests rule out.
    pub fn new(cc: &eframe::CreationContext<'_>, path: Option<PathBuf>) -> Result<Self, LoadError> {
        let settings = cc
            .storage
            .and_then(|s| eframe::get_value::<Settings>(s, eframe::APP_KEY))
            .unwrap_or_default();
        let mut app = Self::start(&cc.egui_ctx, path, settings)?;
        // The window's own clipboard; the tests, which have none, copy text through egui.
        app.browser.clipboard = clipboard::HtmlClipboard::system();
        let dir = std::env::var_os("CHITIEU_DATA_DIR")
            .map(PathBuf::from)
            .or_else(|| eframe::storage_dir("chitieu"));
        Ok(match dir {
            Some(dir) => app.with_recovery_dir(dir),
            None => app,
        })
    }

    /// The app on the report at `path`, or on the embedded report. A file that cannot
    /// be read still opens the window, on the embedded report, saying what is wrong with
    /// the file: a double-clicked file must not fail unseen (a desktop program has no
    /// console to print to).
    ///
    /// # Errors
    /// Only if the embedded report is broken, which the tests rule out.
    pub fn start(
        ctx: &egui::Context,
        path: Option<PathBuf>,
        settings: Settings,
    ) -> Result<Self, LoadError> {
        let Some(path) = path else {
            return Ok(Self::with_settings(ctx, io::embedded()?, None, settings));
        };
        match io::load_file(&path) {
            Ok(loaded) => {
                let cleaned = io::cleaned_message(&loaded.cleaned, &path, settings.lang);
                let mut app = Self::with_session(ctx, Session::opened(loaded), settings);
                if !cleaned.is_empty() {
                    app.desk.message = Some(cleaned);
                }
                Ok(app)
            }
            Err(e) => {
                let message = e.message(settings.lang);
                let mut app = Self::with_settings(ctx, io::embedded()?, None, settings);
                app.desk.modal = Some(Modal::Error(message));
                Ok(app)
            }
        }
    }

    /// The app on `report` with the given preferences.
    pub fn with_settings(
        ctx: &egui::Context,
        report: Report,
        path: Option<PathBuf>,
        settings: Settings,
    ) -> Self {
        Self::with_session(ctx, Session::new(report, path), settings)
    }

    fn with_session(ctx: &egui::Context, session: Session, mut settings: Settings) -> Self {
        fonts::install(ctx);
        style::install(ctx);
        ctx.set_theme(egui::ThemePreference::from(settings.theme));
        if let Some(p) = session.path() {
            settings.remember(p.to_path_buf());
        }
        Self {
            session,
            settings,
            desk: Desk::default(),
            browser: commands::browse::Browser::default(),
            panels: commands::view::Panels::default(),
            structure: structure::StructureWindows::default(),
            import: import::Importer::default(),
            files: commands::files::Files::default(),
            commands: Vec::new(),
            keeper: keeper::Keeper::default(),
            work: work::Work::default(),
        }
    }

    /// Keeps unsaved edits in `dir` against a crash, and offers back those that a
    /// previous session left there.
    #[must_use]
    pub fn with_recovery_dir(mut self, dir: PathBuf) -> Self {
        let lang = self.settings.lang;
        let (mut keeper, elsewhere) = keeper::Keeper::new(dir.clone(), self.session.path());
        if elsewhere {
            self.desk.message = Some(commands::files::open_elsewhere(&mut self.session, lang));
        }
        match keeper.left_behind(lang) {
            Some(keeper::Offer::Edits(recovery)) => {
                // Unsaved edits come first; an error about the file asked for is still
                // said, in the status bar.
                if let Some(Modal::Error(e)) = self.desk.modal.replace(Modal::Recover(recovery)) {
                    self.desk.message = Some(e);
                }
            }
            Some(keeper::Offer::Unreadable(name, e)) => {
                let words = AppText::RecoveryUnreadable.tr(lang);
                let message = format!("{words} {name} ({}): {e}", dir.display());
                self.desk.modal = Some(Modal::Error(message));
            }
            None => {}
        }
        self.keeper = keeper;
        self
    }

    /// Queues a command, as a click would.
    pub fn command(&mut self, command: Command) {
        self.commands.push(command);
    }

    /// Makes the next file dialog of an import or a fill-in sheet answer `path` without
    /// showing, as if the user had chosen it: for tests and scripted runs, which must
    /// never wait on a native dialog.
    pub fn answer_next_dialog(&mut self, path: PathBuf) {
        self.desk.dialog_answer = Some(path);
    }

    /// The open report, its computed figures, edits and file.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// The report on screen.
    pub fn report(&self) -> &Report {
        self.session.report()
    }

    /// The file the report was read from or saved to.
    pub fn path(&self) -> Option<&Path> {
        self.session.path()
    }

    /// True when there are unsaved changes.
    pub fn is_dirty(&self) -> bool {
        self.session.is_dirty()
    }

    /// The preferences.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The selected indicator.
    pub fn selected(&self) -> Option<&IndicatorId> {
        self.browser.selected.as_ref()
    }

    /// The window title, as last sent.
    pub fn title(&self) -> &str {
        &self.files.title
    }

    /// True while a file is being opened, saved or exported.
    pub fn is_busy(&self) -> bool {
        self.work.is_busy()
    }

    /// True once the user has confirmed closing.
    pub fn is_closing(&self) -> bool {
        self.files.closing
    }

    /// Draws every panel; what they ask for lands in `commands`.
    fn panels_ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let ctx = ui.ctx().clone();
        let s = &self.session;
        let view = View {
            report: s.report(),
            derived: s.derived(),
            history: s.history(),
            lang: self.settings.lang,
            notation: self.settings.notation,
            selected: self.browser.selected.as_ref(),
            rows_picked: &self.browser.rows_picked,
            refused: &self.browser.refused,
            hidden_columns: &self.settings.hidden_columns,
            shown_columns: &self.settings.shown_columns,
            generation: s.generation(),
            session: s,
        };
        let indicators = self.browser.tab == Tab::Indicators;
        let scope = actions::Scope {
            session: s,
            selected: self.browser.selected.as_ref(),
            section: self.browser.section.as_ref(),
        };
        egui::Panel::top("menu").show(ui, |ui| {
            menu::menu_bar_ui(ui, &view, &self.settings, scope, commands);
        });
        egui::Panel::bottom("status").show(ui, |ui| {
            let exported = self.desk.last_export.is_some();
            let message = self.desk.message.as_deref();
            status_bar::status_bar_ui(ui, &view, s, message, exported, commands);
        });
        if self.settings.show_sections && indicators {
            egui::Panel::left("sections")
                .resizable(true)
                .default_size(190.0)
                .min_size(140.0)
                .max_size(480.0)
                .show(ui, |ui| {
                    sections::sections_ui(ui, &view, self.browser.section.as_ref(), commands);
                });
        }
        if self.settings.show_plots && indicators {
            egui::Panel::right("plots")
                .resizable(true)
                .default_size((ctx.content_rect().width() * 0.26).max(340.0))
                .min_size(260.0)
                .show(ui, |ui| {
                    let rows = self.browser.table.rows();
                    self.panels
                        .plots
                        .ui(ui, &view, self.browser.section.as_ref(), rows, commands);
                });
        }
        if indicators {
            // A row the table's filter hides is not shown in the detail either.
            let hidden = self
                .browser
                .selected
                .as_ref()
                .and_then(|id| s.position(id))
                .is_some_and(|i| !self.browser.table.rows().contains(&i));
            let detail_view = View {
                selected: if hidden { None } else { view.selected },
                ..view
            };
            chrome::detail_panel_ui(
                ui,
                &mut self.panels.detail,
                self.settings.detail,
                &detail_view,
                commands,
            );
        }
        egui::CentralPanel::default().show(ui, |ui| {
            chrome::tabs_ui(
                ui,
                self.browser.tab,
                view.lang,
                view.report.period,
                commands,
            );
            ui.separator();
            match self.browser.tab {
                Tab::Indicators => {
                    self.browser
                        .table
                        .ui(ui, &view, self.browser.section.as_ref(), commands)
                }
                Tab::Tasks => self.panels.tasks.ui(ui, &view, commands),
            }
        });
        self.panels.windows.ui(&ctx, &view, commands);
        self.structure.ui(&ctx, s, view.lang, commands);
        self.panels.pace.ui(&ctx, &view, commands);
        if self.work.is_busy() {
            self.work.busy_ui(&ctx, view.lang);
        } else if let Some(modal) = &self.desk.modal {
            dialogs::modal_ui(&ctx, modal, view.lang, commands);
        }
        self.import.ui(&ctx, &self.settings, commands);
    }
}

impl eframe::App for ChitieuApp {
    /// Takes what work beside the window came to and keeps the recovery file, also
    /// while the window is hidden.
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        while let Some(outcome) = self.work.poll() {
            self.finish(ctx, outcome);
        }
        // While the last session's edits are on offer, nothing may overwrite them.
        if !matches!(self.desk.modal, Some(Modal::Recover(_))) {
            self.keeper.tick(ctx, &self.session, &self.work);
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        if !self.settings.layout_chosen {
            self.settings.layout_chosen = true;
            self.settings.show_plots = ctx.content_rect().width() >= 1400.0;
        }
        self.handle_close_and_drops(&ctx);
        let mut commands = std::mem::take(&mut self.commands);
        if self.desk.modal.is_none() && !self.work.is_busy() && !self.structure.is_open() {
            let scope = actions::Scope {
                session: &self.session,
                selected: self.browser.selected.as_ref(),
                section: self.browser.section.as_ref(),
            };
            actions::shortcuts(&ctx, scope, &mut commands);
        }
        self.panels_ui(ui, &mut commands);
        commands.append(&mut self.commands);
        self.commands = commands;
        self.apply_commands(&ctx);
        // A change goes to the recovery writer at once: it writes on its own clock,
        // whether or not another frame is drawn.
        if !matches!(self.desk.modal, Some(Modal::Recover(_))) {
            self.keeper.tick(&ctx, &self.session, &self.work);
        }
        self.update_title(&ctx);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.settings);
    }
}
