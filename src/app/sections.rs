//! The report's sections as a tree, each with how many of its indicators are behind.

use super::actions;
use super::style;
use super::{Command, View};
use crate::app::BrowseCmd;
use chitieu_core::i18n::AppText;
use chitieu_core::i18n::{Panel, Text as _};
use chitieu_core::metrics::Status;
use chitieu_core::model::{Section, SectionId};
use egui::collapsing_header::CollapsingState;

/// Draws the sections panel.
///
/// The tree is laid out as rows (a section, then its children while it is open) and
/// only the rows in view are drawn: a report may have hundreds of sections.
pub(super) fn sections_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    current: Option<&SectionId>,
    commands: &mut Vec<Command>,
) {
    let lang = view.lang;
    // Long titles are cut to the panel's width, whole on hover: the panel never grows.
    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
    ui.style_mut().interaction.selectable_labels = false;
    ui.heading(Panel::Sections.tr(lang));
    let all = format!(
        "{}{}",
        Panel::AllIndicators.tr(lang),
        behind_suffix(view.derived.behind_total)
    );
    if ui.selectable_label(current.is_none(), all).clicked() {
        commands.push(Command::Browse(BrowseCmd::SelectSection(None)));
    }
    let rows = visible_rows(ui, view);
    let row_height = ui
        .spacing()
        .interact_size
        .y
        .max(ui.text_style_height(&egui::TextStyle::Button));
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show_rows(ui, row_height, rows.len(), |ui, range| {
            for row in rows.get(range).unwrap_or_default() {
                row_ui(ui, view, row, row_height, current, commands);
            }
        });
}

/// A section as a row of the tree.
struct Row<'a> {
    section: &'a Section,
    depth: usize,
    /// Its open/closed state, if it has children.
    state: Option<CollapsingState>,
}

/// The rows of the tree that are not inside a closed section, in order.
fn visible_rows<'a>(ui: &egui::Ui, view: &View<'a>) -> Vec<Row<'a>> {
    fn add<'a>(
        ui: &egui::Ui,
        view: &View<'a>,
        section: &'a Section,
        depth: usize,
        rows: &mut Vec<Row<'a>>,
    ) {
        let children = view
            .derived
            .section_children
            .get(&section.id)
            .filter(|c| !c.is_empty() && depth <= MAX_DEPTH);
        let state = children
            .map(|_| CollapsingState::load_with_default_open(ui.ctx(), toggle_id(section), true));
        let open = state.as_ref().is_some_and(CollapsingState::is_open);
        rows.push(Row {
            section,
            depth,
            state,
        });
        if open {
            for child in children
                .into_iter()
                .flatten()
                .filter_map(|&k| view.report.sections.get(k))
            {
                add(ui, view, child, depth + 1, rows);
            }
        }
    }
    let mut rows = Vec::new();
    for top in view.report.sections.iter().filter(|s| s.parent.is_none()) {
        add(ui, view, top, 0, &mut rows);
    }
    rows
}

/// Deeper sections are shown, but not as trees of their own.
const MAX_DEPTH: usize = 8;

fn toggle_id(section: &Section) -> egui::Id {
    egui::Id::unique(("chitieu-section", &section.id.0))
}

fn behind_suffix(count: usize) -> String {
    if count == 0 {
        String::new()
    } else {
        format!("  {} {count}", style::status_sign(Status::Behind))
    }
}

fn row_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    row: &Row<'_>,
    row_height: f32,
    current: Option<&SectionId>,
    commands: &mut Vec<Command>,
) {
    let section = row.section;
    let behind = view
        .derived
        .behind_in_section
        .get(&section.id)
        .copied()
        .unwrap_or(0);
    let full = section.title.get(view.lang);
    let text = format!("{} {full}{}", section.number, behind_suffix(behind));
    // One row, painted here rather than laid out from widgets: a report may have
    // hundreds of sections, and the panel is drawn every frame.
    let (rect, _) = ui.allocate_exact_size(
        egui::vec2(ui.available_width(), row_height),
        egui::Sense::hover(),
    );
    let indent = ui.spacing().indent;
    let toggle = egui::Rect::from_min_size(
        egui::pos2(rect.left() + indent * row.depth as f32, rect.top()),
        egui::vec2(indent, row_height),
    );
    if let Some(mut state) = row.state.clone() {
        let response = ui.interact(toggle, state.id().with("toggle"), egui::Sense::click());
        let open = state.is_open();
        response.widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::Role::Button,
                true,
                format!(
                    "{} {} {full}",
                    if open {
                        AppText::Collapse.tr(view.lang)
                    } else {
                        AppText::Expand.tr(view.lang)
                    },
                    section.number
                ),
            )
        });
        if response.clicked() {
            state.toggle(ui);
            state.store(ui.ctx());
        }
        let (mut icon, _) = ui.spacing().icon_rectangles(toggle);
        icon.set_center(toggle.center());
        let openness = state.openness(ui.ctx());
        egui::collapsing_header::paint_default_icon(ui, openness, &response.with_new_rect(icon));
    }

    let area = egui::Rect::from_min_max(egui::pos2(toggle.right(), rect.top()), rect.max);
    let selected = current == Some(&section.id);
    let response = ui.interact(
        area,
        egui::Id::unique(("chitieu-section-row", &section.id.0)),
        egui::Sense::click(),
    );
    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, &text));
    let visuals = ui.style().interact_selectable(&response, selected);
    if selected || response.hovered() || response.has_focus() {
        ui.painter().rect(
            area,
            visuals.corner_radius,
            visuals.weak_bg_fill,
            visuals.bg_stroke,
            egui::StrokeKind::Inside,
        );
    }
    let color = if behind > 0 && !selected {
        style::status_color(Status::Behind, ui.visuals().dark_mode)
    } else {
        visuals.text_color()
    };
    // The count of indicators behind sits at the right and stays whole; the title is
    // cut to what is left.
    let padding = ui.spacing().button_padding.x;
    let mut title_right = area.right() - padding;
    if behind > 0 {
        let count = egui::WidgetText::from(behind_suffix(behind).trim_start()).into_galley(
            ui,
            Some(egui::TextWrapMode::Extend),
            f32::INFINITY,
            egui::TextStyle::Button,
        );
        title_right -= count.size().x + padding;
        let at = egui::pos2(
            area.right() - padding - count.size().x,
            area.center().y - 0.5 * count.size().y,
        );
        ui.painter().galley(at, count, color);
    }
    let title = format!("{} {full}", section.number);
    let galley = egui::WidgetText::from(title).into_galley(
        ui,
        Some(egui::TextWrapMode::Truncate),
        (title_right - area.left() - padding).max(0.0),
        egui::TextStyle::Button,
    );
    let at = egui::pos2(
        area.left() + padding,
        area.center().y - 0.5 * galley.size().y,
    );
    ui.painter().galley(at, galley, color);
    let response = response.on_hover_text(full);
    if response.clicked() {
        commands.push(Command::Browse(BrowseCmd::SelectSection(Some(
            section.id.clone(),
        ))));
    }
    response.context_menu(|ui| section_menu_ui(ui, view, section, commands));
}

/// The right-click menu of a section: the indicator list, edited in place, through the
/// table of actions (the section clicked is the one they apply to).
fn section_menu_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    section: &Section,
    commands: &mut Vec<Command>,
) {
    let scope = view.scope(Some(&section.id));
    commands.extend(actions::context_menu_ui(
        ui,
        actions::SECTION_MENU,
        scope,
        view.lang,
    ));
}
