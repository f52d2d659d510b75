//! The user's actions in one table: the name of each in both languages, its keyboard
//! shortcuts, when it can be used and the command it gives. The menu, the keyboard
//! handling and the shortcuts window all read this table, so a shortcut shown is always
//! the shortcut that works (and on macOS it is shown with ⌘, through
//! `egui::Context::format_shortcut`).

use crate::app::{BrowseCmd, EditCmd, FileCmd, ImportCmd, StructureCmd, ViewCmd};
use egui::{Key, KeyboardShortcut, Modifiers};

use super::{Command, Window};
use chitieu_core::i18n::tr;
use chitieu_core::model::{IndicatorId, Lang, SectionId};
use chitieu_core::session::Session;

/// What an action applies to: the report, the selected indicator, the section shown.
#[derive(Clone, Copy)]
pub struct Scope<'a> {
    /// The open report.
    pub session: &'a Session,
    /// The selected indicator, if any.
    pub selected: Option<&'a IndicatorId>,
    /// The section shown, if one is.
    pub section: Option<&'a SectionId>,
}

/// Something the user can do from the menu or the keyboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Open a report file.
    Open,
    /// Save to the report's file.
    Save,
    /// Save to another file.
    SaveAs,
    /// Close the app.
    Quit,
    /// Undo the last edit.
    Undo,
    /// Redo the last undone edit.
    Redo,
    /// Go to the search box.
    Find,
    /// Show or hide the sections panel.
    ToggleSections,
    /// Show or hide the plots panel.
    TogglePlots,
    /// Save the plots as a PNG image.
    SavePlot,
    /// Show the keyboard shortcuts.
    Shortcuts,
    /// Show every check finding.
    Findings,
    /// Show what chitieu is.
    About,
    /// Start a blank report.
    NewBlank,
    /// Start the next period from this report.
    NewPeriod,
    /// Add an indicator to the section shown (or the selected indicator's section).
    AddIndicator,
    /// Add a part to the selected indicator.
    AddPart,
    /// Describe the selected indicator: name, unit, kind, section, total, code.
    DescribeIndicator,
    /// Delete the selected indicator.
    DeleteIndicator,
    /// Move the selected indicator up among its siblings.
    MoveUp,
    /// Move the selected indicator down among its siblings.
    MoveDown,
    /// Add a section (inside the section shown, if any).
    AddSection,
    /// Show what the rest of the year must do for the selected indicator.
    RestOfYear,
    /// Copy the rows picked, or every row shown, as a table.
    Copy,
    /// Paste a column of figures into the selected cell and those below it.
    Paste,
    /// Pick every row the table shows (to copy them).
    SelectAllRows,
    /// Import figures from a sheet (.xlsx, .csv), with a dry run first.
    ImportFigures,
    /// Write a fill-in sheet for a department.
    FillIn,
}

const CMD: Modifiers = Modifiers::COMMAND;
const CMD_SHIFT: Modifiers = Modifiers::COMMAND.plus(Modifiers::SHIFT);

impl Action {
    /// Every action, in the order the shortcuts window lists them.
    pub const ALL: &[Self] = &[
        Self::NewBlank,
        Self::NewPeriod,
        Self::Open,
        Self::Save,
        Self::SaveAs,
        Self::Undo,
        Self::Redo,
        Self::Copy,
        Self::Paste,
        Self::SelectAllRows,
        Self::Find,
        Self::AddIndicator,
        Self::AddPart,
        Self::DescribeIndicator,
        Self::DeleteIndicator,
        Self::MoveUp,
        Self::MoveDown,
        Self::AddSection,
        Self::RestOfYear,
        Self::ToggleSections,
        Self::TogglePlots,
        Self::SavePlot,
        Self::ImportFigures,
        Self::FillIn,
        Self::Findings,
        Self::Shortcuts,
        Self::About,
        Self::Quit,
    ];

    /// The action's name, as the menu shows it (… when it asks for more).
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Self::Open => tr(lang, "Mở…", "Open…"),
            Self::Save => tr(lang, "Lưu", "Save"),
            Self::SaveAs => tr(lang, "Lưu thành…", "Save as…"),
            Self::Quit => tr(lang, "Thoát", "Quit"),
            Self::Undo => tr(lang, "Hoàn tác", "Undo"),
            Self::Redo => tr(lang, "Làm lại", "Redo"),
            Self::Find => tr(lang, "Tìm chỉ tiêu", "Search indicators"),
            Self::ToggleSections => tr(lang, "Danh sách mục", "Sections panel"),
            Self::TogglePlots => tr(lang, "Biểu đồ", "Plots panel"),
            Self::SavePlot => tr(lang, "Lưu biểu đồ thành ảnh PNG…", "Save the plot as PNG…"),
            Self::Shortcuts => tr(lang, "Phím tắt", "Keyboard shortcuts"),
            Self::Findings => tr(lang, "Các phát hiện kiểm tra", "Check findings"),
            Self::About => tr(lang, "Giới thiệu chitieu", "About chitieu"),
            Self::NewBlank => tr(lang, "Báo cáo trống mới", "New blank report"),
            Self::NewPeriod => tr(
                lang,
                "Báo cáo kỳ mới từ báo cáo này…",
                "Next period from this report…",
            ),
            Self::AddIndicator => tr(lang, "Thêm chỉ tiêu…", "Add an indicator…"),
            Self::AddPart => tr(lang, "Thêm chỉ tiêu thành phần…", "Add a part…"),
            Self::DescribeIndicator => tr(lang, "Sửa mô tả chỉ tiêu…", "Describe the indicator…"),
            Self::DeleteIndicator => tr(lang, "Xóa chỉ tiêu", "Delete the indicator"),
            Self::MoveUp => tr(lang, "Chuyển lên", "Move up"),
            Self::MoveDown => tr(lang, "Chuyển xuống", "Move down"),
            Self::AddSection => tr(lang, "Thêm mục…", "Add a section…"),
            Self::RestOfYear => tr(
                lang,
                "Phần còn lại của năm cần đạt…",
                "What the rest of the year must do…",
            ),
            Self::Copy => tr(lang, "Sao chép các hàng", "Copy rows"),
            Self::Paste => tr(lang, "Dán cột số liệu", "Paste figures"),
            Self::SelectAllRows => tr(lang, "Chọn mọi hàng", "Select all rows"),
            Self::ImportFigures => tr(lang, "Nhập số liệu…", "Import figures…"),
            Self::FillIn => tr(lang, "Phiếu nhập số liệu…", "Fill-in sheet…"),
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
    /// field is left; nor do the keys that change the indicator list (Delete, Alt+↑).
    fn works_while_typing(self) -> bool {
        matches!(
            self,
            Self::Open
                | Self::Save
                | Self::SaveAs
                | Self::Quit
                | Self::Find
                | Self::Shortcuts
                | Self::NewBlank
                | Self::NewPeriod
        )
    }

    /// True when the action can be done now.
    pub fn is_enabled(self, scope: Scope<'_>) -> bool {
        let selected = scope
            .selected
            .is_some_and(|id| scope.session.indicator(id).is_some());
        match self {
            Self::Undo => scope.session.history().can_undo(),
            Self::Redo => scope.session.history().can_redo(),
            Self::AddPart
            | Self::DescribeIndicator
            | Self::DeleteIndicator
            | Self::MoveUp
            | Self::MoveDown
            | Self::RestOfYear => selected,
            _ => true,
        }
    }

    /// The command the action gives, in `scope`; `None` when it needs a selection there
    /// is not.
    pub fn command(self, scope: Scope<'_>) -> Option<Command> {
        let selected = scope.selected.cloned();
        let selected_section = scope
            .selected
            .and_then(|id| scope.session.indicator(id))
            .map(|i| i.section.clone());
        Some(match self {
            Self::NewBlank => Command::File(FileCmd::NewBlank),
            Self::NewPeriod => Command::Structure(StructureCmd::NewPeriodDialog),
            Self::AddIndicator => Command::Structure(StructureCmd::AddIndicator {
                section: scope.section.cloned().or(selected_section),
                parent: None,
            }),
            Self::AddPart => Command::Structure(StructureCmd::AddIndicator {
                section: selected_section,
                parent: Some(selected?),
            }),
            Self::DescribeIndicator => {
                Command::Structure(StructureCmd::DescribeIndicator(selected?))
            }
            Self::DeleteIndicator => {
                Command::Structure(StructureCmd::AskDeleteIndicator(selected?))
            }
            Self::MoveUp => Command::Structure(StructureCmd::MoveIndicator {
                id: selected?,
                up: true,
            }),
            Self::MoveDown => Command::Structure(StructureCmd::MoveIndicator {
                id: selected?,
                up: false,
            }),
            Self::AddSection => Command::Structure(StructureCmd::AddSection {
                parent: scope.section.cloned(),
            }),
            Self::RestOfYear => Command::View(ViewCmd::ShowRestOfYear(selected?)),
            Self::Copy => Command::Browse(BrowseCmd::Copy),
            Self::Paste => Command::Edit(EditCmd::RequestPaste),
            Self::SelectAllRows => Command::Browse(BrowseCmd::PickAllRows),
            Self::Open => Command::File(FileCmd::OpenDialog),
            Self::Save => Command::File(FileCmd::Save),
            Self::SaveAs => Command::File(FileCmd::SaveAsDialog),
            Self::Quit => Command::File(FileCmd::Quit),
            Self::Undo => Command::Edit(EditCmd::Undo),
            Self::Redo => Command::Edit(EditCmd::Redo),
            Self::Find => Command::Browse(BrowseCmd::FocusSearch),
            Self::ToggleSections => Command::View(ViewCmd::ToggleSections),
            Self::TogglePlots => Command::View(ViewCmd::TogglePlots),
            Self::SavePlot => Command::View(ViewCmd::SavePlotDialog),
            Self::Shortcuts => Command::View(ViewCmd::Show(Window::Shortcuts)),
            Self::Findings => Command::View(ViewCmd::Show(Window::Findings)),
            Self::About => Command::View(ViewCmd::Show(Window::About)),
            Self::ImportFigures => Command::Import(ImportCmd::ImportDialog),
            Self::FillIn => Command::View(ViewCmd::Show(Window::FillIn)),
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

    /// A menu entry for the action, with its first shortcut; pushes its command when
    /// clicked.
    pub fn menu_item(
        self,
        ui: &mut egui::Ui,
        scope: Scope<'_>,
        lang: Lang,
        commands: &mut Vec<Command>,
    ) {
        let mut button = egui::Button::new(self.label(lang));
        if let Some(first) = self.shortcuts().first() {
            button = button.shortcut_text(ui.ctx().format_shortcut(first));
        }
        if ui.add_enabled(self.is_enabled(scope), button).clicked()
            && let Some(command) = self.command(scope)
        {
            commands.push(command);
        }
    }
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

/// Keys of the table itself, which are not actions of the app: listed in the shortcuts
/// window after the actions.
pub const TABLE_KEYS: &[(&str, &str, &str)] = &[
    ("← → ↑ ↓", "Di chuyển giữa các ô", "Move between cells"),
    (
        "Enter, F2",
        "Sửa ô đang chọn / ghi nhận",
        "Edit the selected cell / commit",
    ),
    (
        "0–9 , . -",
        "Gõ để sửa ô đang chọn",
        "Type to edit the selected cell",
    ),
    (
        "Tab, Shift+Tab",
        "Sang ô bên phải / bên trái",
        "Move right / left",
    ),
    ("Esc", "Hủy sửa", "Cancel editing"),
    (
        "Shift+click, Ctrl+click",
        "Chọn một dải hàng / thêm, bớt một hàng (để sao chép)",
        "Pick a run of rows / add or remove a row (to copy them)",
    ),
];

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
}
