//! The user's actions in one table: the name of each in both languages, its keyboard
//! shortcuts, when it can be used and the command it gives. The menu, the keyboard
//! handling and the shortcuts window all read this table, so a shortcut shown is always
//! the shortcut that works (and on macOS it is shown with ⌘, through
//! `egui::Context::format_shortcut`).

use egui::{Key, KeyboardShortcut, Modifiers};

use super::{Command, Window};
use crate::i18n::tr;
use crate::model::Lang;
use crate::session::Session;

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
}

const CMD: Modifiers = Modifiers::COMMAND;
const CMD_SHIFT: Modifiers = Modifiers::COMMAND.plus(Modifiers::SHIFT);

impl Action {
    /// Every action, in the order the shortcuts window lists them.
    pub const ALL: &[Self] = &[
        Self::Open,
        Self::Save,
        Self::SaveAs,
        Self::Undo,
        Self::Redo,
        Self::Find,
        Self::ToggleSections,
        Self::TogglePlots,
        Self::SavePlot,
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
        match self {
            Self::Open => OPEN,
            Self::Save => SAVE,
            Self::SaveAs => SAVE_AS,
            Self::Quit => QUIT,
            Self::Undo => UNDO,
            Self::Redo => REDO,
            Self::Find => FIND,
            Self::Shortcuts => HELP,
            Self::ToggleSections
            | Self::TogglePlots
            | Self::SavePlot
            | Self::Findings
            | Self::About => &[],
        }
    }

    /// True when the shortcut also works while a text field has the keyboard. Undo and
    /// redo do not: there Ctrl+Z undoes typing, and the report's undo waits until the
    /// field is left.
    fn works_while_typing(self) -> bool {
        !matches!(self, Self::Undo | Self::Redo)
    }

    /// True when the action can be done now.
    pub fn is_enabled(self, session: &Session) -> bool {
        match self {
            Self::Undo => session.history().can_undo(),
            Self::Redo => session.history().can_redo(),
            _ => true,
        }
    }

    /// The command the action gives.
    pub fn command(self) -> Command {
        match self {
            Self::Open => Command::OpenDialog,
            Self::Save => Command::Save,
            Self::SaveAs => Command::SaveAsDialog,
            Self::Quit => Command::Quit,
            Self::Undo => Command::Undo,
            Self::Redo => Command::Redo,
            Self::Find => Command::FocusSearch,
            Self::ToggleSections => Command::ToggleSections,
            Self::TogglePlots => Command::TogglePlots,
            Self::SavePlot => Command::SavePlotDialog,
            Self::Shortcuts => Command::Show(Window::Shortcuts),
            Self::Findings => Command::Show(Window::Findings),
            Self::About => Command::Show(Window::About),
        }
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
        session: &Session,
        lang: Lang,
        commands: &mut Vec<Command>,
    ) {
        let mut button = egui::Button::new(self.label(lang));
        if let Some(first) = self.shortcuts().first() {
            button = button.shortcut_text(ui.ctx().format_shortcut(first));
        }
        if ui.add_enabled(self.is_enabled(session), button).clicked() {
            commands.push(self.command());
        }
    }
}

/// Takes the keyboard shortcuts pressed this frame and pushes their commands. A
/// combination with more modifiers is tried first, so Ctrl+Shift+S is not taken for
/// Ctrl+S.
pub fn shortcuts(ctx: &egui::Context, session: &Session, commands: &mut Vec<Command>) {
    let typing = ctx.text_edit_focused();
    let mut bindings: Vec<(KeyboardShortcut, Action)> = Action::ALL
        .iter()
        .filter(|a| !typing || a.works_while_typing())
        .flat_map(|&a| a.shortcuts().iter().map(move |&s| (s, a)))
        .collect();
    bindings.sort_by_key(|(s, _)| std::cmp::Reverse(modifier_count(s.modifiers)));
    for (shortcut, action) in bindings {
        if ctx.input_mut(|i| i.consume_shortcut(&shortcut)) && action.is_enabled(session) {
            commands.push(action.command());
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
