//! The report's sections as a tree, each with how many of its indicators are behind.

use super::i18n::tr;
use super::style;
use super::{Command, View};
use crate::metrics::Status;
use crate::model::{Section, SectionId};

/// Draws the sections panel.
pub(super) fn sections_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    current: Option<&SectionId>,
    commands: &mut Vec<Command>,
) {
    let lang = view.lang;
    // Long titles are cut to the panel's width, whole on hover: the panel never grows.
    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
    ui.heading(tr(lang, "Mục", "Sections"));
    egui::ScrollArea::vertical().show(ui, |ui| {
        let all = format!(
            "{}{}",
            tr(lang, "Tất cả chỉ tiêu", "All indicators"),
            behind_suffix(view.derived.behind_total)
        );
        if ui.selectable_label(current.is_none(), all).clicked() {
            commands.push(Command::SelectSection(None));
        }
        for top in view.report.sections.iter().filter(|s| s.parent.is_none()) {
            section_ui(ui, view, top, current, commands, 0);
        }
    });
}

fn behind_suffix(count: usize) -> String {
    if count == 0 {
        String::new()
    } else {
        format!("  {} {count}", style::status_sign(Status::Behind))
    }
}

fn section_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    section: &Section,
    current: Option<&SectionId>,
    commands: &mut Vec<Command>,
    depth: usize,
) {
    let behind = view
        .derived
        .behind_in_section
        .get(&section.id)
        .copied()
        .unwrap_or(0);
    let text = format!(
        "{} {}{}",
        section.number,
        section.title.get(view.lang),
        behind_suffix(behind)
    );
    let children: Vec<&Section> = view
        .derived
        .section_children
        .get(&section.id)
        .into_iter()
        .flatten()
        .filter_map(|&k| view.report.sections.get(k))
        .collect();
    let selected = current == Some(&section.id);
    let mut label = egui::RichText::new(text);
    if behind > 0 {
        label = label.color(style::status_color(Status::Behind, ui.visuals().dark_mode));
    }
    let full = section.title.get(view.lang);
    if children.is_empty() || depth > 8 {
        if ui
            .selectable_label(selected, label)
            .on_hover_text(full)
            .clicked()
        {
            commands.push(Command::SelectSection(Some(section.id.clone())));
        }
        return;
    }
    let id = ui.make_persistent_id(("section", &section.id.0));
    egui::collapsing_header::CollapsingState::load_with_default_open(ui.ctx(), id, true)
        .show_header(ui, |ui| {
            if ui
                .selectable_label(selected, label)
                .on_hover_text(full)
                .clicked()
            {
                commands.push(Command::SelectSection(Some(section.id.clone())));
            }
        })
        .body(|ui| {
            for child in children {
                section_ui(ui, view, child, current, commands, depth + 1);
            }
        });
}
