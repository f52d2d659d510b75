//! The screen tells the truth on an office laptop: figures never cut, names that stay,
//! copy and paste as in a spreadsheet, entry checks by kind. Driven as a user does, at
//! the sizes of office screens.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "tests fail loudly"
)]

use chitieu::app::{BrowseCmd, ChitieuApp, Command, EditCmd, Settings, ViewCmd};
use chitieu_core::format::Notation;
use chitieu_core::model::{Field, IndicatorId, Lang};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
#[path = "support/drive.rs"]
mod drive;
use drive::{search, value};

fn harness_at(size: [f32; 2], settings: Settings) -> Harness<'static, ChitieuApp> {
    let report = chitieu_core::io::embedded().unwrap();
    let mut harness = Harness::builder()
        .with_size(size)
        // The two halves of the table scroll together, one frame apart.
        .with_max_steps(16)
        .build_eframe(move |cc| ChitieuApp::with_settings(&cc.egui_ctx, report, None, settings));
    harness.run();
    harness.run();
    harness
}

fn english() -> Settings {
    Settings {
        lang: Lang::En,
        notation: Notation::English,
        ..Settings::default()
    }
}

/// The width `text` takes in the table's font, as the app lays it out.
fn text_width(h: &Harness<'_, ChitieuApp>, text: &str) -> f32 {
    let font = egui::TextStyle::Body.resolve(&h.ctx.global_style());
    h.ctx.fonts_mut(|f| {
        f.layout_no_wrap(text.to_owned(), font, egui::Color32::WHITE)
            .size()
            .x
    })
}

/// The figure cells on screen: their column, the figure as written, their rectangle.
fn figure_cells(
    h: &Harness<'_, ChitieuApp>,
    columns: &[&str],
) -> Vec<(String, String, egui::Rect)> {
    h.query_all_by(|n| {
        n.label()
            .is_some_and(|l| columns.iter().any(|c| l.starts_with(&format!("{c}: "))))
    })
    .filter_map(|node| {
        let label = node.accesskit_node().label()?;
        let (column, rest) = label.split_once(": ")?;
        let (_, text) = rest.rsplit_once(": ")?;
        Some((column.to_owned(), text.to_owned(), node.rect()))
    })
    .filter(|(_, text, _)| !text.is_empty())
    .collect()
}

/// Every figure of the embedded report, scrolled into view row by row, fits its cell at
/// this size: none is cut, none says `###`.
fn every_figure_fits(size: [f32; 2], settings: Settings, columns: &[&str]) {
    let mut h = harness_at(size, settings);
    let ids: Vec<IndicatorId> = h
        .state()
        .report()
        .indicators
        .iter()
        .map(|i| i.id.clone())
        .collect();
    let mut checked = 0;
    for id in ids.iter().step_by(6) {
        h.state_mut()
            .command(Command::Browse(BrowseCmd::SelectIndicator {
                id: id.clone(),
                reveal: true,
            }));
        h.run();
        for (column, text, rect) in figure_cells(&h, columns) {
            let needed = text_width(&h, &text);
            assert!(
                needed + 8.0 <= rect.width(),
                "{column} {text:?} needs {needed} px, its cell is {} px at {size:?}",
                rect.width()
            );
            checked += 1;
        }
    }
    assert!(checked > 300, "only {checked} cells seen");
}

const VI_COLUMNS: &[&str] = &[
    "Ước thực hiện",
    "So cùng kỳ (%)",
    "Chỉ tiêu kỳ",
    "% chỉ tiêu kỳ",
    "Chỉ tiêu năm",
    "% chỉ tiêu năm",
    "Còn lại 6 tháng cuối",
    "Đánh giá",
];

fn en_columns() -> Vec<&'static str> {
    use chitieu_core::i18n;
    vec![
        i18n::field(Lang::En, Field::Actual),
        i18n::field(Lang::En, Field::YoyGrowthPct),
        i18n::field(Lang::En, Field::Target),
        i18n::achievement(Lang::En, Field::Target),
        i18n::field(Lang::En, Field::AnnualTarget),
        i18n::achievement(Lang::En, Field::AnnualTarget),
        "Left for H2",
        i18n::status_title(Lang::En),
    ]
}

#[test]
fn every_figure_fits_its_cell_at_1024_by_768() {
    every_figure_fits([1024.0, 768.0], Settings::default(), VI_COLUMNS);
    every_figure_fits([1024.0, 768.0], english(), &en_columns());
}

#[test]
fn every_figure_fits_its_cell_at_1366_by_768() {
    every_figure_fits([1366.0, 768.0], Settings::default(), VI_COLUMNS);
    every_figure_fits([1366.0, 768.0], english(), &en_columns());
}

/// The header of a column, by its title.
fn header_rect(h: &Harness<'_, ChitieuApp>, title: &str) -> egui::Rect {
    h.query_all_by_label(title)
        .map(|n| n.rect())
        .min_by(|a, b| a.top().total_cmp(&b.top()))
        .unwrap_or_else(|| panic!("no header {title}"))
}

#[test]
fn the_default_layout_shows_the_figures_that_matter() {
    // 1366×768: every column of the period and of the year, the % and the status.
    let h = harness_at([1366.0, 768.0], Settings::default());
    for title in VI_COLUMNS {
        let r = header_rect(&h, title);
        assert!(r.right() <= 1366.0, "{title} ends at {}", r.right());
    }
    // 1024×768: the name, the actual, the period target, its % and the status.
    let h = harness_at([1024.0, 768.0], Settings::default());
    for title in [
        "Chỉ tiêu",
        "Ước thực hiện",
        "Chỉ tiêu kỳ",
        "% chỉ tiêu kỳ",
        "Đánh giá",
    ] {
        let r = header_rect(&h, title);
        assert!(r.right() <= 1024.0, "{title} ends at {}", r.right());
    }
}

#[test]
fn the_names_stay_while_the_figures_scroll_sideways() {
    let mut h = harness_at([1024.0, 768.0], Settings::default());
    let name = "Tốc độ tăng trưởng GRDP - khu vực dịch vụ";
    let before = h.get_by_label(name).rect();
    let remaining = header_rect(&h, "Còn lại 6 tháng cuối");
    assert!(
        remaining.left() > 1024.0,
        "all columns fit: nothing to scroll"
    );
    // Scroll the figures to the right, with the wheel over them.
    let over = egui::pos2(before.right() + 200.0, before.center().y);
    h.hover_at(over);
    h.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: egui::vec2(-2000.0, 0.0),
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Wheel,
        modifiers: Modifiers::NONE,
    });
    h.run();
    let remaining = header_rect(&h, "Còn lại 6 tháng cuối");
    assert!(remaining.right() <= 1024.0, "scrolled to {remaining:?}");
    // The name is where it was, and still beside its row's figures.
    assert_eq!(h.get_by_label(name).rect(), before);
    let label = format!("Ước thực hiện: {name}:");
    let actual = h.get_by_label_contains(&label).rect();
    assert!((actual.center().y - before.center().y).abs() < 2.0);
}

#[test]
fn the_column_chooser_hides_and_shows_a_column() {
    let mut h = harness_at([1366.0, 768.0], Settings::default());
    assert!(h.query_by_label("So cùng kỳ (%)").is_some());
    h.get_by_label("Cột ▾").click();
    h.run();
    h.get_by_role_and_label(egui::accesskit::Role::CheckBox, "So cùng kỳ (%)")
        .click();
    h.run();
    h.key_press(Key::Escape);
    h.run();
    assert_eq!(h.state().settings().hidden_columns, vec!["yoy".to_owned()]);
    assert!(h.query_by_label("So cùng kỳ (%)").is_none());
    assert!(
        h.query_by_label_contains("So cùng kỳ (%): Tổng thu ngân sách")
            .is_none()
    );
    // The other figures are still there.
    assert!(h.query_by_label("Ước thực hiện").is_some());
    h.get_by_label("Cột ▾").click();
    h.run();
    h.get_by_role_and_label(egui::accesskit::Role::CheckBox, "So cùng kỳ (%)")
        .click();
    h.run();
    assert!(h.state().settings().hidden_columns.is_empty());
}

fn copied(h: &Harness<'_, ChitieuApp>) -> Option<String> {
    h.output()
        .platform_output
        .commands
        .iter()
        .find_map(|c| match c {
            egui::OutputCommand::CopyText(t) => Some(t.clone()),
            _ => None,
        })
}

#[test]
fn copy_puts_the_rows_shown_on_the_clipboard_as_a_table() {
    let mut h = harness_at([1366.0, 768.0], Settings::default());
    search(&mut h, "thu ngân sách");
    h.event(egui::Event::Copy);
    h.step();
    let text = copied(&h).expect("nothing copied");
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with("Chỉ tiêu\tĐơn vị\t"), "{text}");
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("Tổng thu ngân sách nhà nước\ttỷ đồng\t14.283,5\t36,9\t")),
        "{text}"
    );
    assert!(text.contains("72,7%"), "{text}");
    // With a row selected, only that row (and the header).
    h.get_by_label("Tổng thu ngân sách nhà nước").click();
    h.run();
    h.event(egui::Event::Copy);
    h.step();
    let text = copied(&h).expect("nothing copied");
    assert_eq!(text.lines().count(), 2, "{text}");
}

/// The header row of what Ctrl+C puts on the clipboard, cell by cell.
fn copied_header(h: &mut Harness<'_, ChitieuApp>) -> Vec<String> {
    h.event(egui::Event::Copy);
    h.step();
    let text = copied(h).expect("nothing copied");
    text.lines()
        .next()
        .unwrap()
        .split('\t')
        .map(str::to_owned)
        .collect()
}

#[test]
fn copy_takes_the_columns_shown_in_the_order_shown_and_no_hidden_one() {
    let mut h = harness_at([1366.0, 768.0], Settings::default());
    search(&mut h, "thu ngân sách");
    let header = copied_header(&mut h);
    // Every column the table shows, the rest of the year's growth among them, with
    // the table's titles, in the table's order (the status after the period's %).
    assert_eq!(header[0], "Chỉ tiêu", "{header:?}");
    assert!(header.contains(&"Đơn vị".to_owned()), "{header:?}");
    assert!(
        header.contains(&"Phần còn lại cần tăng".to_owned()),
        "the rest-of-year column is copied: {header:?}"
    );
    let at = |title: &str| header.iter().position(|t| t == title);
    assert!(at("Đánh giá") < at("Chỉ tiêu năm"), "{header:?}");
    // A column hidden is not copied, and the rows lose its cells too.
    h.state_mut().command(Command::View(ViewCmd::ShowColumn {
        column: "unit".into(),
        shown: false,
    }));
    h.run();
    let header = copied_header(&mut h);
    assert!(!header.contains(&"Đơn vị".to_owned()), "{header:?}");
    let text = copied(&h).unwrap();
    assert!(
        text.lines()
            .any(|l| l.starts_with("Tổng thu ngân sách nhà nước\t14.283,5\t")),
        "{text}"
    );
}

#[test]
fn a_column_hidden_by_default_starts_hidden_and_is_copied_once_shown() {
    let mut h = harness_at([1366.0, 768.0], english());
    search(&mut h, "budget revenue");
    let title = "Same period last year";
    assert!(
        h.query_by_label(title).is_none(),
        "last year's figure starts hidden"
    );
    assert!(!copied_header(&mut h).contains(&title.to_owned()));
    h.state_mut().command(Command::View(ViewCmd::ShowColumn {
        column: "prior".into(),
        shown: true,
    }));
    h.run();
    assert!(h.query_by_label(title).is_some(), "shown when asked for");
    let header = copied_header(&mut h);
    let at = |t: &str| header.iter().position(|x| x == t);
    assert!(at(title).is_some(), "{header:?}");
    assert!(
        at("Unit") < at(title) && at(title) < at("Actual"),
        "{header:?}"
    );
}

#[test]
fn paste_fills_a_column_from_the_selected_cell_down_in_one_step() {
    let mut h = harness_at([1366.0, 768.0], Settings::default());
    search(&mut h, "Tốc độ tăng trưởng GRDP - khu vực");
    let ids = [
        "grdp_growth_agriculture",
        "grdp_growth_industry_construction",
        "grdp_growth_services",
    ];
    let before: Vec<_> = ids.iter().map(|id| value(&h, id, Field::Target)).collect();
    h.get_by_label_contains("Chỉ tiêu kỳ: Tốc độ tăng trưởng GRDP - khu vực nông nghiệp")
        .click();
    h.run();
    h.event(egui::Event::Paste("3,5\n12\nabc\n".to_owned()));
    h.run();
    assert_eq!(value(&h, ids[0], Field::Target), Some(3.5));
    assert_eq!(value(&h, ids[1], Field::Target), Some(12.0));
    // What is not a number is refused, at its cell, and said in the status bar.
    assert_eq!(value(&h, ids[2], Field::Target), before[2]);
    assert!(h.query_by_label_contains("từ chối").is_some());
    // The refused cell is marked with the reason; the cells taken are not.
    let refused = "Chỉ tiêu kỳ: Tốc độ tăng trưởng GRDP - khu vực dịch vụ";
    let label = h.get_by_label_contains(refused).accesskit_node().label();
    assert!(
        label
            .as_deref()
            .is_some_and(|l| l.contains("(Không dán được: ")),
        "{label:?}"
    );
    assert_eq!(
        h.query_all_by_label_contains("Không dán được").count(),
        1,
        "only the refused cell is marked"
    );
    // Its reason shows on hover, too.
    h.get_by_label_contains(refused).hover();
    h.run();
    assert!(h.query_all_by_label_contains("Không dán được").count() > 1);
    // One undo takes the whole paste back, and the marks with it.
    h.state_mut().command(Command::Edit(EditCmd::Undo));
    h.run();
    let after: Vec<_> = ids.iter().map(|id| value(&h, id, Field::Target)).collect();
    assert_eq!(after, before);
    assert_eq!(h.query_all_by_label_contains("Không dán được").count(), 0);
}

/// The names of the rows the table shows, as copied with no row picked.
fn rows_shown(h: &mut Harness<'_, ChitieuApp>) -> Vec<String> {
    h.event(egui::Event::Copy);
    h.step();
    let text = copied(h).expect("nothing copied");
    text.lines()
        .skip(1)
        .map(|l| l.split('\t').next().unwrap().to_owned())
        .collect()
}

#[test]
fn shift_and_ctrl_click_pick_the_rows_that_copy_takes() {
    let mut h = harness_at([1366.0, 768.0], english());
    h.state_mut()
        .command(Command::Browse(BrowseCmd::SelectSection(Some(
            chitieu_core::model::SectionId("budget".into()),
        ))));
    h.run();
    let names = rows_shown(&mut h);
    assert!(names.len() >= 5, "{names:?}");
    // Click the second row, Shift+click the fourth: the three rows from one to the other.
    let cell = |name: &str| format!("Actual: {name}:");
    h.get_by_label_contains(&cell(&names[1])).click();
    h.run();
    h.get_by_label_contains(&cell(&names[3]))
        .click_modifiers(Modifiers::SHIFT);
    h.run();
    h.event(egui::Event::Copy);
    h.step();
    let text = copied(&h).expect("nothing copied");
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with("Indicator\tUnit\t"), "{text}");
    let copied_names: Vec<&str> = lines[1..]
        .iter()
        .map(|l| l.split('\t').next().unwrap())
        .collect();
    assert_eq!(copied_names, [&names[1], &names[2], &names[3]], "{text}");
    // The detail shows the row clicked last.
    let last = h.state().selected().cloned().unwrap();
    let last_name = h.state().report().indicator(&last).unwrap().name.en.clone();
    assert_eq!(last_name, names[3]);
    // Ctrl+click takes a row away, and adds one further down.
    h.get_by_label_contains(&cell(&names[2]))
        .click_modifiers(Modifiers::COMMAND);
    h.run();
    assert_eq!(
        h.state().selected(),
        Some(&last),
        "taking a row away leaves the detail where it was"
    );
    h.get_by_label_contains(&cell(&names[4]))
        .click_modifiers(Modifiers::COMMAND);
    h.run();
    h.event(egui::Event::Copy);
    h.step();
    let text = copied(&h).expect("nothing copied");
    let copied_names: Vec<&str> = text
        .lines()
        .skip(1)
        .map(|l| l.split('\t').next().unwrap())
        .collect();
    assert_eq!(copied_names, [&names[1], &names[3], &names[4]], "{text}");
    assert!(h.query_by_label_contains("3 rows picked").is_some());
    // A plain click picks one row again.
    h.get_by_label_contains(&cell(&names[0])).click();
    h.run();
    h.event(egui::Event::Copy);
    h.step();
    assert_eq!(copied(&h).unwrap().lines().count(), 2);
    // Ctrl+A picks every row shown.
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::A);
    h.run();
    h.event(egui::Event::Copy);
    h.step();
    assert_eq!(copied(&h).unwrap().lines().count(), names.len() + 1);
}

#[test]
fn a_negative_count_is_refused_at_the_cell() {
    let mut h = harness_at([1366.0, 768.0], english());
    search(&mut h, "Newly established enterprises");
    let before = value(&h, "new_enterprises", Field::Actual);
    h.get_by_label_contains("Actual: Newly established enterprises:")
        .click();
    h.run();
    h.key_press(Key::Enter);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.event(egui::Event::Text("-5".to_owned()));
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(value(&h, "new_enterprises", Field::Actual), before);
    assert!(
        h.query_by_label_contains("A count cannot be negative")
            .is_some()
    );
}

/// The accessible text of a plot: every bar with its figure.
fn plot_text(h: &Harness<'_, ChitieuApp>, title: &str) -> String {
    h.get_by_label(title)
        .accesskit_node()
        .value()
        .unwrap_or_default()
}

fn with_plots(lang: Lang) -> Settings {
    Settings {
        lang,
        notation: if lang == Lang::En {
            Notation::English
        } else {
            Notation::Vietnamese
        },
        show_plots: true,
        layout_chosen: true,
        ..Settings::default()
    }
}

#[test]
fn the_plot_follows_the_filters_of_the_table() {
    let mut h = harness_at([1700.0, 900.0], with_plots(Lang::En));
    let all = plot_text(&h, "Plot of % of target achieved");
    assert!(all.contains("Total state budget revenue:"), "{all}");
    h.get_by_label("Behind target only").click();
    h.run();
    let behind = plot_text(&h, "Plot of % of target achieved");
    assert!(!behind.contains("Total state budget revenue:"), "{behind}");
    assert!(
        behind.contains("Public investment capital disbursed:"),
        "{behind}"
    );
    assert!(
        behind.split("; ").all(|bar| bar.ends_with("✗ Behind")),
        "{behind}"
    );
    // The search too.
    h.get_by_label("Behind target only").click();
    h.run();
    search(&mut h, "budget revenue");
    let found = plot_text(&h, "Plot of % of target achieved");
    assert!(found.starts_with("Total state budget revenue:"), "{found}");
    assert_eq!(found.split("; ").count(), 1, "{found}");
}

#[test]
fn budget_revenue_against_its_annual_target_is_good_news_as_in_the_table() {
    let mut h = harness_at([1700.0, 900.0], with_plots(Lang::En));
    h.state_mut()
        .command(Command::Browse(BrowseCmd::SelectSection(Some(
            chitieu_core::model::SectionId("budget".into()),
        ))));
    h.run();
    h.get_by_role_and_label(egui::accesskit::Role::Button, "Actual vs target")
        .click();
    h.run();
    h.get_by_role_and_label(egui::accesskit::Role::RadioButton, "Annual target")
        .click();
    h.run();
    // The table says met…
    h.get_by_label("Status: Total state budget revenue: ✓ Met");
    // …and so does the plot, in words and in colour.
    let title = "Plot of actual against target (billion VND)";
    let text = plot_text(&h, title);
    let bars: Vec<&str> = text.split("; ").collect();
    assert!(
        bars[0].starts_with("Total state budget revenue: 14,283.5 / 19,647.2 (-5,363.7) ✓ Met"),
        "{text}"
    );
    // The first bar's row: the plot's rows run from the legend's band below −0.6 to
    // n − 0.1, top row first, so the first bar (its middle 0.9 rows down) is the only
    // one within 1.3 rows of the top; its variance is the coloured part.
    let rect = h.get_by_label(title).rect();
    let n = bars.len() as f32;
    let row_px = rect.height() / (n + 0.5);
    let image = h.render().expect("the renderer works (Mesa's software GL)");
    let ppp = h.ctx.pixels_per_point();
    let ys = ((rect.top() + 0.3 * row_px) * ppp) as u32..((rect.top() + 1.3 * row_px) * ppp) as u32;
    let colours: Vec<image::Rgba<u8>> = ys
        .flat_map(|py| {
            ((rect.left() * ppp) as u32..(rect.right() * ppp) as u32).map(move |px| (px, py))
        })
        .map(|(px, py)| *image.get_pixel(px, py))
        .filter(|c| c[0].max(c[1]).max(c[2]) - c[0].min(c[1]).min(c[2]) > 60)
        .collect();
    assert!(!colours.is_empty(), "no coloured bar on the row");
    assert!(
        colours.iter().all(|c| c[1] > c[0] + 40),
        "not all green: {colours:?}"
    );
}

#[test]
fn a_row_and_a_section_have_their_menus() {
    let mut h = harness_at([1366.0, 768.0], english());
    search(&mut h, "Recurrent spending");
    let before: Vec<String> = h
        .state()
        .report()
        .indicators
        .iter()
        .map(|i| i.id.0.clone())
        .collect();
    // Right-click the row: move it down among its siblings.
    h.get_by_label("Recurrent spending").click_secondary();
    h.run();
    h.get_by_label("Move down Alt+Down").click();
    h.run();
    let after: Vec<String> = h
        .state()
        .report()
        .indicators
        .iter()
        .map(|i| i.id.0.clone())
        .collect();
    let position = |ids: &[String]| ids.iter().position(|i| i == "budget_spending_recurrent");
    assert_eq!(
        position(&after),
        position(&before).map(|p| p + 1),
        "the row moved"
    );
    h.state_mut().command(Command::Edit(EditCmd::Undo));
    h.run();
    // Right-click a section: add an indicator in it, through the description window.
    let n = h.state().report().indicators.len();
    h.get_by_label_contains("3.1 State budget")
        .click_secondary();
    h.run();
    h.get_by_label("Add an indicator… Ctrl+I").click();
    h.run();
    h.get_by_label("Name (English)").click();
    h.run();
    h.get_by_label("Name (English)")
        .type_text("Lottery revenue");
    h.run();
    h.get_by_label("OK").click();
    h.run();
    assert_eq!(h.state().report().indicators.len(), n + 1);
    let added = h
        .state()
        .report()
        .indicator(&IndicatorId("lottery_revenue".into()))
        .unwrap();
    assert_eq!(added.section.0, "budget");
}

#[test]
fn the_detail_shows_code_and_department_never_the_internal_id() {
    let mut h = harness_at([1366.0, 768.0], english());
    h.state_mut()
        .command(Command::Browse(BrowseCmd::SelectIndicator {
            id: IndicatorId("budget_revenue_total".into()),
            reveal: true,
        }));
    h.run();
    assert!(h.query_by_label_contains("budget_revenue_total").is_none());
    h.get_by_label_contains("Unit: billion VND");
}

/// An edit that writes a wider figure widens its column at once (only the edited row
/// is measured again); the column keeps that width after an undo, as a spreadsheet's
/// does, and every figure still fits.
#[test]
fn an_edited_figure_widens_its_column_at_once() {
    let mut h = harness_at([1366.0, 768.0], Settings::default());
    let title = "Ước thực hiện";
    let before = header_rect(&h, title).width();
    let id = IndicatorId("grdp_growth".into());
    h.state_mut()
        .command(Command::Browse(BrowseCmd::SelectIndicator {
            id: id.clone(),
            reveal: true,
        }));
    h.state_mut().command(Command::Edit(EditCmd::SetValue {
        id,
        field: Field::Actual,
        value: Some(1_234_567_890.25),
    }));
    h.run();
    let cells = figure_cells(&h, &[title]);
    let (_, text, rect) = cells
        .iter()
        .find(|(_, text, _)| text.starts_with("1.234.567.890"))
        .expect("the edited figure is on screen");
    assert!(
        text_width(&h, text) + 8.0 <= rect.width(),
        "{text} in {rect:?}"
    );
    assert!(header_rect(&h, title).width() > before);
    let widened = header_rect(&h, title).width();
    h.state_mut().command(Command::Edit(EditCmd::Undo));
    h.run();
    assert_eq!(header_rect(&h, title).width(), widened);
    for (column, text, rect) in figure_cells(&h, &[title]) {
        assert!(
            text_width(&h, &text) + 8.0 <= rect.width(),
            "{column} {text}"
        );
    }
}
