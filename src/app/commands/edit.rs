//! Changes to the report's figures, notes and tasks, each one undoable: the session
//! owns the report and its history, so it is the controller of these commands; this
//! file says what each command asks of it and what the status bar says after.

use egui::ViewportCommand;

use super::super::selection::RefusedCells;
use super::{EditCmd, Shared};
use chitieu_core::i18n::{AppMessage, AppText, Message as _, Text as _};
use chitieu_core::model::{Field, IndicatorId, Lang, text};

/// Does what `command` asks of the session; a paste's refused cells go to `refused`,
/// which the table marks.
pub(in crate::app) fn handle(command: EditCmd, sh: &mut Shared<'_>, refused: &mut RefusedCells) {
    let lang = sh.lang();
    match command {
        EditCmd::SetValue { id, field, value } => {
            sh.session.set_value(id, field, value);
        }
        EditCmd::ResetValue { id, field } => {
            sh.session.reset_value(id, field);
        }
        EditCmd::SetNote { id, note } => {
            say_cleaned(sh, &note, text::Shape::Lines);
            sh.session.set_note(id, note);
        }
        EditCmd::SetTaskStatus { id, status } => {
            sh.session.set_task_status(id, status);
        }
        EditCmd::SetTaskNote { id, note } => {
            say_cleaned(sh, &note, text::Shape::Lines);
            sh.session.set_task_note(id, note);
        }
        EditCmd::AddTask { title } => {
            say_cleaned(sh, &title, text::Shape::Line);
            sh.session.add_task(&title);
        }
        EditCmd::Undo => {
            sh.session.undo();
        }
        EditCmd::Redo => {
            sh.session.redo();
        }
        EditCmd::RequestPaste => sh.ctx.send_viewport_cmd(ViewportCommand::RequestPaste),
        EditCmd::Paste { field, ids, cells } => paste(sh, refused, field, &ids, &cells, lang),
    }
}

/// Says what cleaning will take out of `typed`, if anything.
fn say_cleaned(sh: &mut Shared<'_>, typed: &str, shape: text::Shape) {
    let removed = text::clean(typed, shape).removed;
    if !removed.is_empty() {
        let words = cleaned_words(sh.lang(), &removed);
        sh.say(words);
    }
}

/// What cleaning took out of a text typed or pasted, in words, in `lang`.
fn cleaned_words(lang: Lang, removed: &text::Removed) -> String {
    let words = AppText::TextCleaned.tr(lang);
    format!("{words}: {}", removed.describe(lang))
}

/// Pastes a column of figures as one undoable step, and says what was refused.
fn paste(
    sh: &mut Shared<'_>,
    refused: &mut RefusedCells,
    field: Field,
    ids: &[IndicatorId],
    cells: &[String],
    lang: Lang,
) {
    if ids.is_empty() {
        sh.say(AppText::SelectAFigureFirst.tr(lang).to_owned());
        return;
    }
    let cells: Vec<&str> = cells.iter().map(String::as_str).collect();
    let notation = sh.settings.notation;
    let pasted = sh.session.paste(field, ids, &cells, notation);
    let mut message = AppMessage::Pasted(pasted.applied).tr(lang);
    if !pasted.cleaned.is_empty() {
        message.push_str(&format!("; {}", cleaned_words(lang, &pasted.cleaned)));
    }
    for (id, e) in &pasted.refused {
        let name = sh
            .session
            .indicator(id)
            .map_or_else(|| id.0.clone(), |i| i.name.get(lang).to_owned());
        let refused = AppText::Refused.tr(lang);
        message.push_str(&format!("; {refused} {name}: {}", e.message(lang)));
    }
    sh.say(message);
    refused.set(sh.session.generation(), field, pasted.refused);
}
