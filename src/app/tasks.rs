//! The second-half key tasks, by sector, with a status and a note.

use super::{Command, View};
use crate::i18n::{self, tr};
use crate::model::TaskStatus;

/// The tasks tab's state: notes being typed.
#[derive(Default)]
pub(super) struct TasksView {
    /// The task whose note is being typed, and the text.
    note: Option<(crate::model::TaskId, String)>,
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
        ui.label(format!(
            "{done} / {} {}",
            tasks.len(),
            tr(lang, "nhiệm vụ hoàn thành", "tasks done")
        ));
        egui::ScrollArea::vertical()
            .id_salt("tasks")
            .show(ui, |ui| {
                let mut sector: Option<&str> = None;
                for task in tasks {
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
                            tr(lang, "Tình trạng nhiệm vụ", "Status of task"),
                            task.number
                        ));
                        if status != task.status {
                            commands.push(Command::SetTaskStatus {
                                id: task.id.clone(),
                                status,
                            });
                        }
                        ui.label(task.title.get(lang));
                    });
                    egui::CollapsingHeader::new(tr(lang, "Nội dung và ghi chú", "Text and note"))
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
                                        .hint_text(tr(lang, "Ghi chú…", "Note…")),
                                )
                                .accessible_name(format!(
                                    "{} {}",
                                    tr(lang, "Ghi chú nhiệm vụ", "Note of task"),
                                    task.number
                                ));
                            if response.has_focus() {
                                self.note = Some((task.id.clone(), text.clone()));
                            }
                            if response.lost_focus() {
                                if text != task.note {
                                    commands.push(Command::SetTaskNote {
                                        id: task.id.clone(),
                                        note: text,
                                    });
                                }
                                self.note = None;
                            }
                        });
                }
            });
    }
}
