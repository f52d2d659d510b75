//! The menu bar, built from the table of actions (`actions.rs`): each menu shows the
//! actions placed in it, group by group with a line between groups, each with its name,
//! its shortcut as this platform writes it, and whether it can be used. What is not an
//! action (the recent files, the export formats, resetting a figure, the View menu's
//! choices) follows the group it belongs to.

use super::actions::{Action, Group, Menu, Scope};
use super::{Command, DetailPosition, EditCmd, FileCmd, Settings, Theme, View, ViewCmd};
use chitieu_core::export::{CsvLocale, Format};
use chitieu_core::format::Notation;
use chitieu_core::i18n::{self, MenuText, Text as _};
use chitieu_core::model::{Field, Lang};

/// Draws the menu bar.
pub(super) fn menu_bar_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    settings: &Settings,
    scope: Scope<'_>,
    commands: &mut Vec<Command>,
) {
    let lang = view.lang;
    egui::MenuBar::new().ui(ui, |ui| {
        for menu in Menu::ALL {
            let title = match menu {
                Menu::File => MenuText::File,
                Menu::Edit => MenuText::Edit,
                Menu::View => MenuText::View,
                Menu::Help => MenuText::Help,
            };
            ui.menu_button(title.tr(lang), |ui| {
                menu_ui(ui, menu, view, settings, scope, commands);
            });
        }
    });
}

/// One menu: its actions, group by group, each group followed by what belongs to it.
fn menu_ui(
    ui: &mut egui::Ui,
    menu: Menu,
    view: &View<'_>,
    settings: &Settings,
    scope: Scope<'_>,
    commands: &mut Vec<Command>,
) {
    let lang = settings.lang;
    let mut last_group = None;
    let actions = Action::ALL.iter().filter(|a| a.place().menu == menu);
    for (k, &action) in actions.clone().enumerate() {
        let group = action.place().group;
        if last_group.is_some_and(|g| g != group) {
            ui.separator();
        }
        last_group = Some(group);
        match action.checked(settings) {
            // A panel shown or hidden: a tick box.
            Some(mut shown) => {
                if ui.checkbox(&mut shown, action.label(lang)).clicked()
                    && let Some(command) = action.command(scope)
                {
                    commands.push(command);
                }
            }
            None => action.menu_item(ui, scope, lang, commands),
        }
        let last_of_group = actions
            .clone()
            .nth(k + 1)
            .is_none_or(|next| next.place().group != group);
        if last_of_group {
            after_group_ui(ui, group, view, settings, commands);
        }
    }
}

/// What follows a group of actions in a menu that is not an action.
fn after_group_ui(
    ui: &mut egui::Ui,
    group: Group,
    view: &View<'_>,
    settings: &Settings,
    commands: &mut Vec<Command>,
) {
    match group {
        Group::Open => recent_ui(ui, settings, commands),
        Group::Save => export_ui(ui, settings.lang, commands),
        Group::RestOfYear => {
            ui.separator();
            reset_ui(ui, view, commands);
        }
        Group::Panels => view_choices_ui(ui, settings, commands),
        Group::New
        | Group::Sheets
        | Group::Quit
        | Group::Undo
        | Group::Clipboard
        | Group::Find
        | Group::Indicators
        | Group::Sections
        | Group::Help => {}
    }
}

/// File → Open recent.
fn recent_ui(ui: &mut egui::Ui, settings: &Settings, commands: &mut Vec<Command>) {
    let lang = settings.lang;
    ui.menu_button(MenuText::OpenRecent.tr(lang), |ui| {
        if settings.recent.is_empty() {
            ui.label(MenuText::NoneYet.tr(lang));
        }
        for path in &settings.recent {
            if ui.button(path.display().to_string()).clicked() {
                commands.push(FileCmd::Open(path.clone()).into());
            }
        }
    });
}

/// File → Export revised figures, a format each.
fn export_ui(ui: &mut egui::Ui, lang: Lang, commands: &mut Vec<Command>) {
    ui.menu_button(MenuText::ExportRevised.tr(lang), |ui| {
        for (format, csv_locale, name) in [
            (Format::Xlsx, CsvLocale::Standard, MenuText::Xlsx),
            (Format::Csv, CsvLocale::Standard, MenuText::CsvStandard),
            (Format::Csv, CsvLocale::Vietnamese, MenuText::CsvVietnamese),
            (Format::Docx, CsvLocale::Standard, MenuText::Docx),
            (Format::Markdown, CsvLocale::Standard, MenuText::Markdown),
            (Format::Text, CsvLocale::Standard, MenuText::Text),
            (Format::Ron, CsvLocale::Standard, MenuText::Ron),
        ] {
            if ui.button(name.tr(lang)).clicked() {
                commands.push(FileCmd::ExportDialog { format, csv_locale }.into());
            }
        }
    });
}

/// Edit → put a figure of the selected indicator back to the report's own value.
fn reset_ui(ui: &mut egui::Ui, view: &View<'_>, commands: &mut Vec<Command>) {
    let lang = view.lang;
    let selected = view.selected.and_then(|id| view.indicator(id));
    for field in [
        Field::Target,
        Field::AnnualTarget,
        Field::Actual,
        Field::YoyGrowthPct,
    ] {
        let revised = selected.is_some_and(|i| i.is_revised(field));
        let text = format!(
            "{} — {}",
            MenuText::ResetToReport.tr(lang),
            i18n::field(lang, field)
        );
        if ui.add_enabled(revised, egui::Button::new(text)).clicked()
            && let Some(ind) = selected
        {
            let id = ind.id.clone();
            commands.push(EditCmd::ResetValue { id, field }.into());
        }
    }
}

/// View → where the detail goes, the language, the notation, the theme.
fn view_choices_ui(ui: &mut egui::Ui, settings: &Settings, commands: &mut Vec<Command>) {
    let lang = settings.lang;
    ui.separator();
    ui.label(MenuText::IndicatorDetail.tr(lang));
    for (d, name) in [
        (DetailPosition::Right, MenuText::OnTheRight),
        (DetailPosition::Bottom, MenuText::Below),
        (DetailPosition::Hidden, MenuText::Hidden),
    ] {
        if ui.radio(settings.detail == d, name.tr(lang)).clicked() {
            commands.push(ViewCmd::SetDetail(d).into());
        }
    }
    ui.separator();
    ui.label(MenuText::Language.tr(lang));
    // Each language by its own name, the same whatever the interface's language.
    for (l, name) in [(Lang::Vi, "Tiếng Việt"), (Lang::En, "English")] {
        if ui.radio(settings.lang == l, name).clicked() {
            commands.push(ViewCmd::SetLang(l).into());
        }
    }
    ui.separator();
    ui.label(MenuText::Notation.tr(lang));
    for n in [Notation::Vietnamese, Notation::English] {
        if ui
            .radio(settings.notation == n, i18n::notation(lang, n))
            .clicked()
        {
            commands.push(ViewCmd::SetNotation(n).into());
        }
    }
    ui.separator();
    ui.label(MenuText::Theme.tr(lang));
    for (t, name) in [
        (Theme::System, MenuText::FollowSystem),
        (Theme::Light, MenuText::Light),
        (Theme::Dark, MenuText::Dark),
    ] {
        if ui.radio(settings.theme == t, name.tr(lang)).clicked() {
            commands.push(ViewCmd::SetTheme(t).into());
        }
    }
}
