//! The user's actions in one table: each action's place (its menu and group), its name
//! (from the message catalogue), its keyboard shortcuts, when it can be used and the
//! command it gives. The menus, the row and section menus, the plots' button, the
//! keyboard handling and the shortcuts window all read this table, so a shortcut shown
//! is always the shortcut that works (and on macOS it is shown with ⌘, through
//! `egui::Context::format_shortcut`).
//!
//! The enum and [`Action::ALL`] are declared together by one macro, so an action cannot
//! be left out of the list; every `match` on an action names each one (no catch-all),
//! so a new action does not compile until it says its name, its shortcuts, when it is
//! enabled and what it does.

use egui::{Key, KeyboardShortcut, Modifiers};

use super::{
    BrowseCmd, Command, EditCmd, FileCmd, ImportCmd, Settings, StructureCmd, ViewCmd, Window,
};
use chitieu_core::i18n::{ActionText, Text as _};
use chitieu_core::model::{IndicatorId, Lang, SectionId};
use chitieu_core::session::Session;

/// What an action applies to: the report, the selected indicator, the section shown
/// (or, in a row's or a section's menu, the row or the section clicked).
#[derive(Clone, Copy)]
pub struct Scope<'a> {
    /// The open report.
    pub session: &'a Session,
    /// The selected indicator, if any.
    pub selected: Option<&'a IndicatorId>,
    /// The section shown, if one is.
    pub section: Option<&'a SectionId>,
}

/// A menu of the menu bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Menu {
    /// File.
    File,
    /// Edit.
    Edit,
    /// View.
    View,
    /// Help.
    Help,
}

impl Menu {
    /// The menus, left to right.
    pub const ALL: [Self; 4] = [Self::File, Self::Edit, Self::View, Self::Help];
}

/// Where the menu bar offers an action: its menu, and its group there (groups are
/// drawn in order, with a line between them).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    /// The menu.
    pub menu: Menu,
    /// The group in the menu.
    pub group: Group,
}

/// A group of a menu, between separators, in the order of the menus, top to bottom.
/// What follows a group that is not an action (the recent files, the export formats,
/// the resets, the view's choices) is drawn by `menu.rs`, by an exhaustive match.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Group {
    /// File: new reports.
    New,
    /// File: open (the recent files follow).
    Open,
    /// File: save (the exports follow).
    Save,
    /// File: sheets in and out.
    Sheets,
    /// File: quit.
    Quit,
    /// Edit: undo, redo.
    Undo,
    /// Edit: copy, paste, pick rows.
    Clipboard,
    /// Edit: find.
    Find,
    /// Edit: the indicator list.
    Indicators,
    /// Edit: the sections.
    Sections,
    /// Edit: the rest of the year (the resets follow).
    RestOfYear,
    /// View: the panels (the view's choices follow).
    Panels,
    /// Help.
    Help,
}

impl Group {
    /// The menu the group is in.
    pub fn menu(self) -> Menu {
        match self {
            Self::New | Self::Open | Self::Save | Self::Sheets | Self::Quit => Menu::File,
            Self::Undo
            | Self::Clipboard
            | Self::Find
            | Self::Indicators
            | Self::Sections
            | Self::RestOfYear => Menu::Edit,
            Self::Panels => Menu::View,
            Self::Help => Menu::Help,
        }
    }
}

/// Declares the actions, in the order of the menus and of the shortcuts window, each
/// with its place: the enum, `ALL` and `place` from one list.
macro_rules! actions {
    ( $( $(#[$doc:meta])* $name:ident => $group:ident, )* ) => {
        /// Something the user can do from a menu or the keyboard.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Action {
            $( $(#[$doc])* $name, )*
        }

        impl Action {
            /// Every action, in the order of the menus and of the shortcuts window.
            pub const ALL: &[Self] = &[ $( Self::$name, )* ];

            /// Where the menu bar offers the action.
            pub fn place(self) -> Place {
                match self {
                    $( Self::$name => Place { menu: Group::$group.menu(), group: Group::$group }, )*
                }
            }
        }
    };
}

actions! {
    /// Start a blank report.
    NewBlank => New,
    /// Start the next period from this report.
    NewPeriod => New,
    /// Open a report file.
    Open => Open,
    /// Save to the report's file.
    Save => Save,
    /// Save to another file.
    SaveAs => Save,
    /// Save the plots as a PNG image.
    SavePlot => Save,
    /// Import figures from a sheet (.xlsx, .csv), with a dry run first.
    ImportFigures => Sheets,
    /// Write a fill-in sheet for a department.
    FillIn => Sheets,
    /// Close the app.
    Quit => Quit,
    /// Undo the last edit.
    Undo => Undo,
    /// Redo the last undone edit.
    Redo => Undo,
    /// Copy the rows picked, or every row shown, as a table.
    Copy => Clipboard,
    /// Paste a column of figures into the selected cell and those below it.
    Paste => Clipboard,
    /// Pick every row the table shows (to copy them).
    SelectAllRows => Clipboard,
    /// Go to the search box.
    Find => Find,
    /// Add an indicator to the section in scope (or the selected indicator's section).
    AddIndicator => Indicators,
    /// Add a part to the selected indicator.
    AddPart => Indicators,
    /// Describe the selected indicator: name, unit, kind, section, total, code.
    DescribeIndicator => Indicators,
    /// Delete the selected indicator (asking first if it has figures or parts).
    DeleteIndicator => Indicators,
    /// Move the selected indicator up among its siblings.
    MoveUp => Indicators,
    /// Move the selected indicator down among its siblings.
    MoveDown => Indicators,
    /// Add a section (inside the section in scope, if any).
    AddSection => Sections,
    /// Describe the section in scope.
    DescribeSection => Sections,
    /// Delete the section in scope (asking first if it holds anything).
    DeleteSection => Sections,
    /// Show what the rest of the year must do for the selected indicator.
    RestOfYear => RestOfYear,
    /// Show or hide the sections panel.
    ToggleSections => Panels,
    /// Show or hide the plots panel.
    TogglePlots => Panels,
    /// Show the keyboard shortcuts.
    Shortcuts => Help,
    /// Show every check finding.
    Findings => Help,
    /// Show what chitieu is.
    About => Help,
}

/// The actions of a row's right-click menu, in order (the row is the one in scope).
pub const ROW_MENU: &[Action] = &[
    Action::AddPart,
    Action::DescribeIndicator,
    Action::MoveUp,
    Action::MoveDown,
    Action::DeleteIndicator,
];

/// The actions of a section's right-click menu, in order (the section is the one in
/// scope).
pub const SECTION_MENU: &[Action] = &[
    Action::AddIndicator,
    Action::AddSection,
    Action::DescribeSection,
    Action::DeleteSection,
];

const CMD: Modifiers = Modifiers::COMMAND;
const CMD_SHIFT: Modifiers = Modifiers::COMMAND.plus(Modifiers::SHIFT);

impl Action {
    /// The action's name in the catalogue.
    pub fn text(self) -> ActionText {
        match self {
            Self::NewBlank => ActionText::NewBlank,
            Self::NewPeriod => ActionText::NewPeriod,
            Self::Open => ActionText::Open,
            Self::Save => ActionText::Save,
            Self::SaveAs => ActionText::SaveAs,
            Self::SavePlot => ActionText::SavePlot,
            Self::ImportFigures => ActionText::ImportFigures,
            Self::FillIn => ActionText::FillIn,
            Self::Quit => ActionText::Quit,
            Self::Undo => ActionText::Undo,
            Self::Redo => ActionText::Redo,
            Self::Copy => ActionText::Copy,
            Self::Paste => ActionText::Paste,
            Self::SelectAllRows => ActionText::SelectAllRows,
            Self::Find => ActionText::Find,
            Self::AddIndicator => ActionText::AddIndicator,
            Self::AddPart => ActionText::AddPart,
            Self::DescribeIndicator => ActionText::DescribeIndicator,
            Self::DeleteIndicator => ActionText::DeleteIndicator,
            Self::MoveUp => ActionText::MoveUp,
            Self::MoveDown => ActionText::MoveDown,
            Self::AddSection => ActionText::AddSection,
            Self::DescribeSection => ActionText::DescribeSection,
            Self::DeleteSection => ActionText::DeleteSection,
            Self::RestOfYear => ActionText::RestOfYear,
            Self::ToggleSections => ActionText::ToggleSections,
            Self::TogglePlots => ActionText::TogglePlots,
            Self::Shortcuts => ActionText::Shortcuts,
            Self::Findings => ActionText::Findings,
            Self::About => ActionText::About,
        }
    }

    /// The action's name, as the menu shows it (… when it asks for more).
    pub fn label(self, lang: Lang) -> &'static str {
        self.text().tr(lang)
    }

    /// What the action does, on hover, where its name does not say it all.
    fn hint(self) -> Option<ActionText> {
        match self {
            Self::SavePlot => Some(ActionText::SavePlotHint),
            Self::NewBlank
            | Self::NewPeriod
            | Self::Open
            | Self::Save
            | Self::SaveAs
            | Self::ImportFigures
            | Self::FillIn
            | Self::Quit
            | Self::Undo
            | Self::Redo
            | Self::Copy
            | Self::Paste
            | Self::SelectAllRows
            | Self::Find
            | Self::AddIndicator
            | Self::AddPart
            | Self::DescribeIndicator
            | Self::DeleteIndicator
            | Self::MoveUp
            | Self::MoveDown
            | Self::AddSection
            | Self::DescribeSection
            | Self::DeleteSection
            | Self::RestOfYear
            | Self::ToggleSections
            | Self::TogglePlots
            | Self::Shortcuts
            | Self::Findings
            | Self::About => None,
        }
    }

    /// For an action that shows or hides a panel, whether the panel is shown now (the
    /// menu shows a tick box); `None` for the others.
    pub fn checked(self, settings: &Settings) -> Option<bool> {
        match self {
            Self::ToggleSections => Some(settings.show_sections),
            Self::TogglePlots => Some(settings.show_plots),
            Self::NewBlank
            | Self::NewPeriod
            | Self::Open
            | Self::Save
            | Self::SaveAs
            | Self::SavePlot
            | Self::ImportFigures
            | Self::FillIn
            | Self::Quit
            | Self::Undo
            | Self::Redo
            | Self::Copy
            | Self::Paste
            | Self::SelectAllRows
            | Self::Find
            | Self::AddIndicator
            | Self::AddPart
            | Self::DescribeIndicator
            | Self::DeleteIndicator
            | Self::MoveUp
            | Self::MoveDown
            | Self::AddSection
            | Self::DescribeSection
            | Self::DeleteSection
            | Self::RestOfYear
            | Self::Shortcuts
            | Self::Findings
            | Self::About => None,
        }
    }

    /// The keyboard shortcuts that do it; the first is the one shown in the menu.
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        const OPEN: &[KeyboardShortcut] = &[KeyboardShortcut::new(CMD, Key::O)];
        const SAVE: &[KeyboardShortcut] = &[KeyboardShortcut::new(CMD, Key::S)];
        const SAVE_AS: &[KeyboardShortcut] = &[KeyboardShortcut::new(CMD_SHIFT, Key::S)];
        const QUIT: &[KeyboardShortcut] = &[KeyboardShortcut::new(CMD, Key::Q)];
        const UNDO: &[KeyboardShortcut] = &[KeyboardShortcut::new(CMD, Key::Z)];
        const REDO: &[KeyboardShortcut] = &[
            KeyboardShortcut::new(CMD, Key::Y),
            KeyboardShortcut::new(CMD_SHIFT, Key::Z),
        ];
        const FIND: &[KeyboardShortcut] = &[KeyboardShortcut::new(CMD, Key::F)];
        const HELP: &[KeyboardShortcut] = &[KeyboardShortcut::new(Modifiers::NONE, Key::F1)];
        const NEW: &[KeyboardShortcut] = &[KeyboardShortcut::new(CMD, Key::N)];
        const NEXT: &[KeyboardShortcut] = &[KeyboardShortcut::new(CMD_SHIFT, Key::N)];
        const ADD: &[KeyboardShortcut] = &[KeyboardShortcut::new(CMD, Key::I)];
        const PART: &[KeyboardShortcut] = &[KeyboardShortcut::new(CMD_SHIFT, Key::I)];
        const DESCRIBE: &[KeyboardShortcut] = &[KeyboardShortcut::new(CMD, Key::E)];
        const DELETE: &[KeyboardShortcut] = &[KeyboardShortcut::new(Modifiers::NONE, Key::Delete)];
        const UP: &[KeyboardShortcut] = &[KeyboardShortcut::new(Modifiers::ALT, Key::ArrowUp)];
        const DOWN: &[KeyboardShortcut] = &[KeyboardShortcut::new(Modifiers::ALT, Key::ArrowDown)];
        const REST: &[KeyboardShortcut] = &[KeyboardShortcut::new(CMD, Key::R)];
        const COPY: &[KeyboardShortcut] = &[KeyboardShortcut::new(CMD, Key::C)];
        const PASTE: &[KeyboardShortcut] = &[KeyboardShortcut::new(CMD, Key::V)];
        const ALL_ROWS: &[KeyboardShortcut] = &[KeyboardShortcut::new(CMD, Key::A)];
        match self {
            Self::SelectAllRows => ALL_ROWS,
            Self::Copy => COPY,
            Self::Paste => PASTE,
            Self::Open => OPEN,
            Self::Save => SAVE,
            Self::SaveAs => SAVE_AS,
            Self::Quit => QUIT,
            Self::Undo => UNDO,
            Self::Redo => REDO,
            Self::Find => FIND,
            Self::Shortcuts => HELP,
            Self::NewBlank => NEW,
            Self::NewPeriod => NEXT,
            Self::AddIndicator => ADD,
            Self::AddPart => PART,
            Self::DescribeIndicator => DESCRIBE,
            Self::DeleteIndicator => DELETE,
            Self::MoveUp => UP,
            Self::MoveDown => DOWN,
            Self::RestOfYear => REST,
            Self::AddSection
            | Self::DescribeSection
            | Self::DeleteSection
            | Self::ToggleSections
            | Self::TogglePlots
            | Self::SavePlot
            | Self::ImportFigures
            | Self::FillIn
            | Self::Findings
            | Self::About => &[],
        }
    }

    /// True when the shortcut also works while a text field has the keyboard. Undo and
    /// redo do not: there Ctrl+Z undoes typing, and the report's undo waits until the
    /// field is left; nor do the keys that change the indicator list (Delete, Alt+↑),
    /// nor those a text field has a use for (copy, paste, select all).
    fn works_while_typing(self) -> bool {
        match self {
            Self::Open
            | Self::Save
            | Self::SaveAs
            | Self::Quit
            | Self::Find
            | Self::Shortcuts
            | Self::NewBlank
            | Self::NewPeriod => true,
            Self::SavePlot
            | Self::ImportFigures
            | Self::FillIn
            | Self::Undo
            | Self::Redo
            | Self::Copy
            | Self::Paste
            | Self::SelectAllRows
            | Self::AddIndicator
            | Self::AddPart
            | Self::DescribeIndicator
            | Self::DeleteIndicator
            | Self::MoveUp
            | Self::MoveDown
            | Self::AddSection
            | Self::DescribeSection
            | Self::DeleteSection
            | Self::RestOfYear
            | Self::ToggleSections
            | Self::TogglePlots
            | Self::Findings
            | Self::About => false,
        }
    }

    /// True when the action can be done now.
    pub fn is_enabled(self, scope: Scope<'_>) -> bool {
        let selected = scope
            .selected
            .is_some_and(|id| scope.session.indicator(id).is_some());
        let section = scope
            .section
            .is_some_and(|id| scope.session.report().section(id).is_some());
        match self {
            Self::Undo => scope.session.history().can_undo(),
            Self::Redo => scope.session.history().can_redo(),
            Self::AddPart
            | Self::DescribeIndicator
            | Self::DeleteIndicator
            | Self::MoveUp
            | Self::MoveDown
            | Self::RestOfYear => selected,
            Self::DescribeSection | Self::DeleteSection => section,
            Self::NewBlank
            | Self::NewPeriod
            | Self::Open
            | Self::Save
            | Self::SaveAs
            | Self::SavePlot
            | Self::ImportFigures
            | Self::FillIn
            | Self::Quit
            | Self::Copy
            | Self::Paste
            | Self::SelectAllRows
            | Self::Find
            | Self::AddIndicator
            | Self::AddSection
            | Self::ToggleSections
            | Self::TogglePlots
            | Self::Shortcuts
            | Self::Findings
            | Self::About => true,
        }
    }

    /// The command the action gives, in `scope`; `None` when it needs a selection or
    /// a section there is not.
    pub fn command(self, scope: Scope<'_>) -> Option<Command> {
        let selected = scope.selected.cloned();
        let selected_section = scope
            .selected
            .and_then(|id| scope.session.indicator(id))
            .map(|i| i.section.clone());
        let section = scope.section.cloned();
        Some(match self {
            Self::NewBlank => FileCmd::NewBlank.into(),
            Self::NewPeriod => StructureCmd::NewPeriodDialog.into(),
            Self::AddIndicator => StructureCmd::AddIndicator {
                section: section.or(selected_section),
                parent: None,
            }
            .into(),
            Self::AddPart => StructureCmd::AddIndicator {
                section: selected_section,
                parent: Some(selected?),
            }
            .into(),
            Self::DescribeIndicator => StructureCmd::DescribeIndicator(selected?).into(),
            Self::DeleteIndicator => StructureCmd::AskDeleteIndicator(selected?).into(),
            Self::MoveUp => StructureCmd::MoveIndicator {
                id: selected?,
                up: true,
            }
            .into(),
            Self::MoveDown => StructureCmd::MoveIndicator {
                id: selected?,
                up: false,
            }
            .into(),
            Self::AddSection => StructureCmd::AddSection { parent: section }.into(),
            Self::DescribeSection => StructureCmd::DescribeSection(section?).into(),
            Self::DeleteSection => StructureCmd::AskDeleteSection(section?).into(),
            Self::RestOfYear => ViewCmd::ShowRestOfYear(selected?).into(),
            Self::Copy => BrowseCmd::Copy.into(),
            Self::Paste => EditCmd::RequestPaste.into(),
            Self::SelectAllRows => BrowseCmd::PickAllRows.into(),
            Self::Open => FileCmd::OpenDialog.into(),
            Self::Save => FileCmd::Save.into(),
            Self::SaveAs => FileCmd::SaveAsDialog.into(),
            Self::Quit => FileCmd::Quit.into(),
            Self::Undo => EditCmd::Undo.into(),
            Self::Redo => EditCmd::Redo.into(),
            Self::Find => BrowseCmd::FocusSearch.into(),
            Self::ToggleSections => ViewCmd::ToggleSections.into(),
            Self::TogglePlots => ViewCmd::TogglePlots.into(),
            Self::SavePlot => ViewCmd::SavePlotDialog.into(),
            Self::Shortcuts => ViewCmd::Show(Window::Shortcuts).into(),
            Self::Findings => ViewCmd::Show(Window::Findings).into(),
            Self::About => ViewCmd::Show(Window::About).into(),
            Self::ImportFigures => ImportCmd::ImportDialog.into(),
            Self::FillIn => ViewCmd::Show(Window::FillIn).into(),
        })
    }

    /// The shortcuts as this platform writes them ("Ctrl+S", or "⌘S" on macOS), joined.
    pub fn shortcut_text(self, ctx: &egui::Context) -> String {
        self.shortcuts()
            .iter()
            .map(|s| ctx.format_shortcut(s))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// A button for the action, with its first shortcut and its hint, enabled when the
    /// action can be done; the command it gives when clicked.
    pub fn button_ui(self, ui: &mut egui::Ui, scope: Scope<'_>, lang: Lang) -> Option<Command> {
        let mut button = egui::Button::new(self.label(lang));
        if let Some(first) = self.shortcuts().first() {
            button = button.shortcut_text(ui.ctx().format_shortcut(first));
        }
        let mut response = ui.add_enabled(self.is_enabled(scope), button);
        if let Some(hint) = self.hint() {
            response = response.on_hover_text(hint.tr(lang));
        }
        if response.clicked() {
            self.command(scope)
        } else {
            None
        }
    }

    /// A menu entry for the action, with its first shortcut; pushes its command when
    /// clicked.
    pub fn menu_item(
        self,
        ui: &mut egui::Ui,
        scope: Scope<'_>,
        lang: Lang,
        commands: &mut Vec<Command>,
    ) {
        if let Some(command) = self.button_ui(ui, scope, lang) {
            commands.push(command);
        }
    }
}

/// A right-click menu of `actions` (a row's, a section's) in `scope`; the command of
/// the one clicked, which closes the menu.
pub fn context_menu_ui(
    ui: &mut egui::Ui,
    actions: &[Action],
    scope: Scope<'_>,
    lang: Lang,
) -> Option<Command> {
    let mut clicked = None;
    for action in actions {
        if let Some(command) = action.button_ui(ui, scope, lang) {
            clicked = Some(command);
            ui.close();
        }
    }
    clicked
}

/// Takes the keyboard shortcuts pressed this frame and pushes their commands. A
/// combination with more modifiers is tried first, so Ctrl+Shift+S is not taken for
/// Ctrl+S.
pub fn shortcuts(ctx: &egui::Context, scope: Scope<'_>, commands: &mut Vec<Command>) {
    let typing = ctx.text_edit_focused();
    let mut bindings: Vec<(KeyboardShortcut, Action)> = Action::ALL
        .iter()
        // Ctrl+C and Ctrl+V come as copy and paste events, which the table takes.
        .filter(|a| !matches!(a, Action::Copy | Action::Paste))
        .filter(|a| !typing || a.works_while_typing())
        .flat_map(|&a| a.shortcuts().iter().map(move |&s| (s, a)))
        .collect();
    bindings.sort_by_key(|(s, _)| std::cmp::Reverse(modifier_count(s.modifiers)));
    for (shortcut, action) in bindings {
        if ctx.input_mut(|i| i.consume_shortcut(&shortcut))
            && action.is_enabled(scope)
            && let Some(command) = action.command(scope)
        {
            commands.push(command);
        }
    }
}

fn modifier_count(m: Modifiers) -> usize {
    [m.alt, m.shift, m.ctrl || m.command || m.mac_cmd]
        .into_iter()
        .filter(|&b| b)
        .count()
}

/// Keys of the table itself, which are not actions of the app, as this platform writes
/// them ("Ctrl+click", or "⌘+click" on macOS), with what each does: listed in the
/// shortcuts window after the actions.
pub fn table_keys(ctx: &egui::Context, lang: Lang) -> Vec<(String, &'static str)> {
    let key = |modifiers, key| ctx.format_shortcut(&KeyboardShortcut::new(modifiers, key));
    let click = ActionText::Click.tr(lang);
    let with_click = |m: Modifiers| format!("{}+{click}", ctx.format_modifiers(m));
    vec![
        ("← → ↑ ↓".to_owned(), ActionText::MoveBetweenCells.tr(lang)),
        (
            format!(
                "{}, {}",
                key(Modifiers::NONE, Key::Enter),
                key(Modifiers::NONE, Key::F2)
            ),
            ActionText::EditOrCommit.tr(lang),
        ),
        ("0–9 , . -".to_owned(), ActionText::TypeToEdit.tr(lang)),
        (
            format!(
                "{}, {}",
                key(Modifiers::NONE, Key::Tab),
                key(Modifiers::SHIFT, Key::Tab)
            ),
            ActionText::MoveRightLeft.tr(lang),
        ),
        (
            key(Modifiers::NONE, Key::Escape),
            ActionText::CancelEditing.tr(lang),
        ),
        (
            format!(
                "{}, {}",
                with_click(Modifiers::SHIFT),
                with_click(Modifiers::COMMAND)
            ),
            ActionText::PickRows.tr(lang),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_actions_share_a_shortcut() {
        let mut seen = Vec::new();
        for &a in Action::ALL {
            for s in a.shortcuts() {
                assert!(!seen.contains(s), "{a:?} reuses {s:?}");
                seen.push(*s);
            }
        }
    }

    #[test]
    fn every_action_is_listed_once() {
        for (i, a) in Action::ALL.iter().enumerate() {
            assert!(!Action::ALL[i + 1..].contains(a), "{a:?} twice");
        }
    }

    #[test]
    fn the_table_lists_the_actions_menu_by_menu_group_by_group() {
        // The menus are drawn in the table's order: each menu's actions come together,
        // their groups in order, so a new action's line says where it shows.
        let places: Vec<(usize, Group)> = Action::ALL
            .iter()
            .map(|a| {
                let p = a.place();
                let menu = Menu::ALL.iter().position(|m| *m == p.menu).unwrap_or(0);
                (menu, p.group)
            })
            .collect();
        let mut sorted = places.clone();
        sorted.sort_unstable();
        assert_eq!(places, sorted);
    }

    #[test]
    fn shortcut_text_follows_the_platform() {
        let ctx = egui::Context::default();
        // Shortcut text needs the fonts, which come with the first pass.
        let mut output = ctx.run_ui(egui::RawInput::default(), |_| {});
        output.textures_delta.clear();
        assert_eq!(Action::Save.shortcut_text(&ctx), "Ctrl+S");
        assert_eq!(Action::Redo.shortcut_text(&ctx), "Ctrl+Y, Ctrl+Shift+Z");
        // On macOS the same binding is Command, and says so (⌘S, or Cmd+S where the
        // font lacks the symbol), never Ctrl.
        ctx.set_os(egui::os::OperatingSystem::Mac);
        let mac = Action::Save.shortcut_text(&ctx);
        assert!(mac == "⌘S" || mac == "Cmd+S", "{mac}");
    }

    #[test]
    fn the_table_keys_follow_the_platform() {
        let ctx = egui::Context::default();
        let mut output = ctx.run_ui(egui::RawInput::default(), |_| {});
        output.textures_delta.clear();
        let picks = |ctx: &egui::Context| {
            table_keys(ctx, Lang::En)
                .into_iter()
                .find(|(_, what)| what.contains("run of rows"))
                .map(|(keys, _)| keys)
                .unwrap_or_default()
        };
        assert_eq!(picks(&ctx), "Shift+click, Ctrl+click");
        ctx.set_os(egui::os::OperatingSystem::Mac);
        let mac = picks(&ctx);
        assert!(!mac.contains("Ctrl"), "{mac}");
        assert!(mac.contains('⌘') || mac.contains("Cmd"), "{mac}");
    }
}
