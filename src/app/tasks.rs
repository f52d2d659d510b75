//! The key tasks, by sector, with a status and a note: the last report's tasks to
//! report on (carried by the next period), then the report's own, to which a task is
//! added from the tab.

use super::{Command, View};
use crate::app::EditCmd;
use chitieu_core::i18n::{self, Message as _, PanelMsg};
use chitieu_core::i18n::{Panel, Text as _};
use chitieu_core::model::TaskStatus;

/// The tasks tab's state: notes being typed.
#[derive(Default)]
pub(super) struct TasksView {
    /// The task whose note is being typed, and the text.
    note: Option<(chitieu_core::model::TaskId, String)>,
    /// The title of a task being added.
    new_title: String,
}

impl TasksView {
    /// Draws the tasks, grouped by sector in report order.
    pub(super) fn ui(&mut self, ui: &mut egui::Ui, view: &View<'_>, commands: &mut Vec<Command>) {
        let lang = view.lang;
        let tasks = &view.report.tasks;
        let done = tasks
            .iter()
            .filter(|t| t.status == TaskStatus::Done)
            .count();
        ui.label(
            PanelMsg::TasksDone {
                done,
                total: tasks.len(),
            }
            .tr(lang),
        );
        ui.horizontal(|ui| {
            let field = ui
                .add(
                    egui::TextEdit::singleline(&mut self.new_title)
                        .desired_width(360.0)
                        .hint_text(Panel::NewTaskHint.tr(lang)),
                )
                .accessible_name(Panel::NewTaskTitle.tr(lang));
            let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            let button = ui.add_enabled(
                !self.new_title.trim().is_empty(),
                egui::Button::new(Panel::AddTask.tr(lang)),
            );
            if (button.clicked() || entered) && !self.new_title.trim().is_empty() {
                commands.push(Command::Edit(EditCmd::AddTask {
                    title: std::mem::take(&mut self.new_title).trim().to_owned(),
                }));
            }
        });
        let carried: Vec<&chitieu_core::model::Task> =
            tasks.iter().filter(|t| t.carried_from.is_some()).collect();
        let own: Vec<&chitieu_core::model::Task> =
            tasks.iter().filter(|t| t.carried_from.is_none()).collect();
        egui::ScrollArea::vertical()
            .id_salt("tasks")
            .show(ui, |ui| {
                if let Some(from) = carried.first().and_then(|t| t.carried_from) {
                    let period = i18n::period(lang, from);
                    let count = carried.len();
                    ui.add_space(4.0);
                    ui.label(
                        egui::RichText::new(PanelMsg::TasksToReport { period, count }.tr(lang))
                            .strong()
                            .size(16.0),
                    );
                    self.list_ui(ui, lang, &carried, commands);
                    ui.separator();
                    ui.label(
                        egui::RichText::new(PanelMsg::OwnTasks { count: own.len() }.tr(lang))
                            .strong()
                            .size(16.0),
                    );
                }
                self.list_ui(ui, lang, &own, commands);
            });
    }

    /// The tasks of one list, grouped by sector in report order.
    fn list_ui(
        &mut self,
        ui: &mut egui::Ui,
        lang: chitieu_core::model::Lang,
        tasks: &[&chitieu_core::model::Task],
        commands: &mut Vec<Command>,
    ) {
        {
            {
                let mut sector: Option<&str> = None;
                for &task in tasks {
                    let this = task.sector.get(lang);
                    if sector != Some(this) {
                        ui.add_space(6.0);
                        ui.heading(this);
                        sector = Some(this);
                    }
                    ui.horizontal(|ui| {
                        ui.strong(&task.number);
                        let mut status = task.status;
                        let combo = egui::ComboBox::from_id_salt(("status", &task.id))
                            .selected_text(i18n::task_status(lang, status))
                            .width(130.0)
                            .show_ui(ui, |ui| {
                                for s in [
                                    TaskStatus::NotStarted,
                                    TaskStatus::InProgress,
                                    TaskStatus::Done,
                                    TaskStatus::Blocked,
                                ] {
                                    ui.selectable_value(&mut status, s, i18n::task_status(lang, s));
                                }
                            });
                        let _ = combo.response.accessible_name(format!(
                            "{} {}",
                            Panel::StatusOfTask.tr(lang),
                            task.number
                        ));
                        if status != task.status {
                            commands.push(Command::Edit(EditCmd::SetTaskStatus {
                                id: task.id.clone(),
                                status,
                            }));
                        }
                        ui.label(task.title.get(lang));
                    });
                    egui::CollapsingHeader::new(Panel::TextAndNote.tr(lang))
                        .id_salt(("task", &task.id))
                        .show(ui, |ui| {
                            ui.label(&task.text);
                            let editing = self.note.as_ref().is_some_and(|(id, _)| id == &task.id);
                            let mut text = if editing {
                                self.note
                                    .as_ref()
                                    .map(|(_, t)| t.clone())
                                    .unwrap_or_default()
                            } else {
                                task.note.clone()
                            };
                            let response = ui
                                .add(
                                    egui::TextEdit::multiline(&mut text)
                                        .desired_rows(2)
                                        .desired_width(f32::INFINITY)
                                        .hint_text(Panel::Note.tr(lang)),
                                )
                                .accessible_name(format!(
                                    "{} {}",
                                    Panel::NoteOfTask.tr(lang),
                                    task.number
                                ));
                            if response.has_focus() {
                                self.note = Some((task.id.clone(), text.clone()));
                            }
                            if response.lost_focus() {
                                if text != task.note {
                                    commands.push(Command::Edit(EditCmd::SetTaskNote {
                                        id: task.id.clone(),
                                        note: text,
                                    }));
                                }
                                self.note = None;
                            }
                        });
                }
            }
        }
    }
}
