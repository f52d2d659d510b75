//! How the cells of each column are drawn: marks, names, figures (editable in place),
//! achievements, what remains, the status.

use super::*;

/// The marks of a row: revised, findings (their messages on hover).
pub(super) fn marks_cell_ui(ui: &mut egui::Ui, cells: &Cells<'_>, _: &mut RowState<'_>) {
    let Cells { view, ind, i, .. } = *cells;
    let lang = view.lang;
    if ind.is_any_revised() {
        ui.colored_label(
            style::revised_color(ui.visuals().dark_mode),
            style::REVISED_SIGN,
        )
        .on_hover_text(AppText::HasRevisedValues.tr(lang));
    }
    if view.derived.findings_about(i).next().is_some() {
        // The messages are written only when asked for.
        ui.colored_label(
            style::status_color(Status::Close, ui.visuals().dark_mode),
            style::FINDING_SIGN,
        )
        .on_hover_ui(|ui| {
            for finding in view.derived.findings_about(i) {
                ui.label(finding.message(lang, view.notation));
            }
        });
    }
}

/// The name, indented under its total, with a toggle for its breakdown.
pub(super) fn name_cell_ui(ui: &mut egui::Ui, cells: &Cells<'_>, state: &mut RowState<'_>) {
    let Cells { view, ind, i, .. } = *cells;
    let lang = view.lang;
    let name = ind.name.get(lang);
    let depth = view.derived.depth.get(i).copied().unwrap_or(0);
    ui.add_space(INDENT * depth as f32);
    let has_children = view.derived.children.get(i).is_some_and(|c| !c.is_empty());
    if has_children && !state.filtering {
        let open = !state.collapsed.contains(&ind.id);
        let (sign, verb) = if open {
            ("▾", AppText::Collapse.tr(lang))
        } else {
            ("▸", AppText::Expand.tr(lang))
        };
        let r = ui
            .add(egui::Button::new(sign).frame(false).small())
            .accessible_name(format!("{verb}: {name}"));
        if r.clicked() {
            state.toggled = Some(ind.id.clone());
        }
    } else {
        ui.add_space(14.0);
    }
    let r = ui.add(egui::Label::new(name).truncate().sense(Sense::click()));
    // A cut name shows itself whole on hover (egui's truncation); in English the
    // report's own (Vietnamese) name is shown too. The Vietnamese interface shows no
    // English name.
    let r = match lang {
        Lang::Vi => r,
        Lang::En => r.on_hover_text(ind.name.get(Lang::Vi)),
    };
    if r.clicked() {
        state.clicked = Some((ind.id.clone(), None, false));
    }
    r.context_menu(|ui| row_menu_ui(ui, view, ind, &mut state.menu));
}

/// What remains for the second half to reach the annual target.
pub(super) fn remaining_cell_ui(ui: &mut egui::Ui, cells: &Cells<'_>, _: &mut RowState<'_>) {
    let lang = cells.view.lang;
    let text = remaining_text(cells);
    let color = ui.visuals().text_color();
    text_cell(
        ui,
        &text,
        color,
        &format!(
            "{}: {}: {text}",
            i18n::remaining_title(lang, cells.view.report.period),
            cells.ind.name.get(lang)
        ),
    );
}

/// The growth the rest of the year needs; a click opens the window that shows its
/// arithmetic and asks "what if".
pub(super) fn rest_needed_cell_ui(ui: &mut egui::Ui, cells: &Cells<'_>, state: &mut RowState<'_>) {
    let lang = cells.view.lang;
    let text = rest_needed_text(cells);
    let color = ui.visuals().text_color();
    let response = text_cell(
        ui,
        &text,
        color,
        &format!(
            "{}: {}: {text}",
            i18n::rest_needed_title(lang),
            cells.ind.name.get(lang)
        ),
    );
    if text.is_empty() {
        return;
    }
    // Sensing clicks takes them from the row: a click still selects it.
    let response = response.interact(Sense::click());
    if response.clicked() {
        state.clicked = Some((cells.ind.id.clone(), None, false));
    }
    if response.double_clicked() {
        state.menu = Some(Command::View(ViewCmd::ShowRestOfYear(cells.ind.id.clone())));
    }
    response.context_menu(|ui| row_menu_ui(ui, cells.view, cells.ind, &mut state.menu));
}

/// The status, signed and coloured.
pub(super) fn status_cell_ui(ui: &mut egui::Ui, cells: &Cells<'_>, _: &mut RowState<'_>) {
    let Cells { view, ind, m, .. } = cells;
    let lang = view.lang;
    if let Some(status) = m.status() {
        let text = format!(
            "{} {}",
            style::status_sign(status),
            i18n::status(lang, status)
        );
        let color = style::status_color(status, ui.visuals().dark_mode);
        text_cell(
            ui,
            &text,
            color,
            &format!(
                "{}: {}: {text}",
                i18n::status_title(lang),
                ind.name.get(lang)
            ),
        );
    }
}

/// Parses what was typed in a cell (empty clears the value) and checks it against the
/// kind of figure: a count is whole and not negative, a share lies in 0–100.
pub(super) fn parse_cell(
    text: &str,
    view: &View<'_>,
    id: &IndicatorId,
    field: Field,
) -> Result<Option<f64>, String> {
    let Some(ind) = view.indicator(id) else {
        return Err(String::new());
    };
    let value = chitieu_core::entry::parse(text, view.notation, ind.measure, field)
        .map_err(|e| e.message(view.lang))?;
    // A growth that follows the actual and last year's figure is not typed over; the
    // same figure entered again changes nothing.
    if value != ind.value(field) {
        chitieu_core::entry::editable(ind, field).map_err(|e| e.message(view.lang))?;
    }
    Ok(value)
}

/// A computed cell: its text painted right-aligned, named for screen readers (and
/// tests) by column and indicator, as "Status: Budget revenue: ✓ Met".
pub(super) fn text_cell(
    ui: &mut egui::Ui,
    text: &str,
    color: egui::Color32,
    accessible: &str,
) -> egui::Response {
    let (rect, response) = ui.allocate_exact_size(
        Vec2::new(ui.available_width(), ROW_HEIGHT - 2.0),
        Sense::hover(),
    );
    paint_right(ui, rect, &response, RichText::new(text), color);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Cell, true, accessible));
    response
}

/// Paints `text` right-aligned in `rect`. A text too wide for its cell is never cut
/// (a shortened number reads as another number): the cell says `###`, as a spreadsheet
/// does, and the full text shows on hover.
pub(super) fn paint_right(
    ui: &egui::Ui,
    rect: egui::Rect,
    response: &egui::Response,
    text: RichText,
    color: egui::Color32,
) {
    let room = rect.width() - CELL_PADDING;
    let full = text.text().to_owned();
    let galley = egui::WidgetText::from(text.clone().color(color)).into_galley(
        ui,
        Some(egui::TextWrapMode::Extend),
        f32::INFINITY,
        egui::TextStyle::Body,
    );
    let galley = if galley.size().x > room {
        if response.hovered() {
            response.show_tooltip_text(full);
        }
        egui::WidgetText::from(RichText::new("###").color(color)).into_galley(
            ui,
            Some(egui::TextWrapMode::Extend),
            f32::INFINITY,
            egui::TextStyle::Body,
        )
    } else {
        galley
    };
    let pos = egui::pos2(
        rect.right() - CELL_PADDING / 2.0 - galley.size().x,
        rect.center().y - galley.size().y / 2.0,
    );
    ui.painter().galley(pos, galley, color);
}

/// An editable figure: a selectable cell, or a text field while it is being edited.
pub(super) fn value_cell_ui(
    ui: &mut egui::Ui,
    cells: &Cells<'_>,
    state: &mut RowState<'_>,
    field: Field,
) {
    if let Some(clicked) = value_cell_inner_ui(ui, cells.view, cells.ind, field, state) {
        state.clicked = Some(clicked);
    }
}

/// An editable figure; returns the cell when clicked (and whether twice).
pub(super) fn value_cell_inner_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    ind: &Indicator,
    field: Field,
    state: &mut RowState<'_>,
) -> Option<(IndicatorId, Option<Field>, bool)> {
    let (cursor, editing) = (state.cursor, &mut *state.editing);
    let lang = view.lang;
    let name = ind.name.get(lang);
    let column = i18n::field(lang, field);
    if let Some(e) = editing
        .as_mut()
        .filter(|e| e.id == ind.id && e.field == field)
    {
        let edit_id = editor_id();
        let mut output = egui::TextEdit::singleline(&mut e.text)
            .id(edit_id)
            .desired_width(f32::INFINITY)
            .align(egui::Align2::RIGHT_CENTER)
            .show(ui);
        let response = output
            .response
            .response
            .clone()
            .accessible_name(format!("{column}: {name}"));
        if e.focus {
            response.request_focus();
            let end = egui::text::CCursor::new(e.text.chars().count());
            let start = if e.select_all {
                egui::text::CCursor::new(0)
            } else {
                end
            };
            output
                .state
                .cursor
                .set_char_range(Some(egui::text::CCursorRange::two(start, end)));
            output.state.store(ui.ctx(), edit_id);
            e.focus = false;
        }
        if let Some(error) = &e.error {
            response.show_tooltip_text(RichText::new(error).color(style::ERROR));
        }
        return None;
    }
    let text = shown_text(ind, field, view.notation);
    // A growth computed away from the printed one reads as revised: the printed one is
    // the report's own value, on hover.
    let revised = ind.is_revised(field)
        || (field == Field::YoyGrowthPct && ind.printed_growth_differs().is_some());
    let mut rich = RichText::new(&text);
    if revised {
        rich = rich.italics();
    }
    let selected = cursor.is_some_and(|(id, f)| id == &ind.id && *f == field);
    // A cell: the whole width clicks, the number sits on the right like a spreadsheet's.
    let (rect, response) = ui.allocate_exact_size(
        Vec2::new(ui.available_width(), ROW_HEIGHT - 2.0),
        Sense::click(),
    );
    let visuals = ui.style().interact_selectable(&response, selected);
    if selected || response.hovered() {
        ui.painter().rect(
            rect,
            2.0,
            visuals.weak_bg_fill,
            visuals.bg_stroke,
            egui::StrokeKind::Inside,
        );
    }
    let refused = refused_mark(ui, view, ind, field, rect);
    let color = if revised {
        style::revised_color(ui.visuals().dark_mode)
    } else {
        visuals.text_color()
    };
    paint_right(ui, rect, &response, rich, color);
    let label = match &refused {
        Some(reason) => format!("{column}: {name}: {text} ({reason})"),
        None => format!("{column}: {name}: {text}"),
    };
    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, &label));
    let response = if revised {
        let original = ind
            .report_value(field)
            .map_or_else(|| "—".to_owned(), |v| format_auto(v, view.notation));
        response.on_hover_text(format!("{}: {original}", i18n::report_value(lang)))
    } else {
        response
    };
    let response = match refused {
        Some(reason) => response.on_hover_text(RichText::new(reason).color(style::ERROR)),
        None => response,
    };
    response.context_menu(|ui| row_menu_ui(ui, view, ind, &mut state.menu));
    if response.double_clicked() {
        Some((ind.id.clone(), Some(field), true))
    } else if response.clicked() {
        Some((ind.id.clone(), Some(field), false))
    } else {
        None
    }
}

/// Frames a cell the last paste refused, until the report next changes, and returns
/// why it was refused.
pub(super) fn refused_mark(
    ui: &egui::Ui,
    view: &View<'_>,
    ind: &Indicator,
    field: Field,
    rect: egui::Rect,
) -> Option<String> {
    let lang = view.lang;
    let error = view.refused.reason(view.generation, &ind.id, field)?;
    ui.painter().rect(
        rect.shrink(1.0),
        2.0,
        style::ERROR.gamma_multiply(0.15),
        egui::Stroke::new(2.0, style::ERROR),
        egui::StrokeKind::Inside,
    );
    Some(format!(
        "{}: {}",
        AppText::NotPasted.tr(lang),
        error.message(lang)
    ))
}

/// Achievement as a small bar coloured by status, with the percent (or, for rates,
/// the gap in points).
pub(super) fn achievement_ui(ui: &mut egui::Ui, cells: &Cells<'_>, of: Field) {
    let Cells { view, ind, m, .. } = cells;
    let (pct, status) = match of {
        Field::AnnualTarget => (m.annual_achievement_pct, m.annual_status),
        _ => (m.achievement_pct, m.period_status),
    };
    let lang = view.lang;
    let text = achievement_text(cells, of);
    if text.is_empty() {
        return;
    }
    let (rect, response) = ui.allocate_exact_size(
        Vec2::new(ui.available_width(), ROW_HEIGHT - 4.0),
        Sense::hover(),
    );
    let dark = ui.visuals().dark_mode;
    let color = status.map_or(ui.visuals().weak_text_color(), |s| {
        style::status_color(s, dark)
    });
    if let Some(p) = pct {
        let painter = ui.painter();
        let track = rect.shrink2(Vec2::new(0.0, 5.0));
        painter.rect_filled(track, 2.0, ui.visuals().faint_bg_color);
        // The bar runs to 150 %; the 100 % mark is drawn across it.
        let filled = (p / 150.0).clamp(0.0, 1.0) as f32;
        let mut bar = track;
        bar.set_width(track.width() * filled);
        painter.rect_filled(bar, 2.0, color.gamma_multiply(0.55));
        let x100 = track.left() + track.width() * (100.0 / 150.0);
        painter.vline(
            x100,
            track.y_range(),
            egui::Stroke::new(1.0, ui.visuals().text_color()),
        );
    }
    let text_color = if pct.is_some() {
        ui.visuals().strong_text_color()
    } else {
        color
    };
    paint_right(ui, rect, &response, RichText::new(&text), text_color);
    let what = i18n::achievement(lang, of);
    let label = format!("{what}: {}: {text}", ind.name.get(lang));
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Cell, true, &label));
}
