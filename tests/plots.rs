//! The plots, driven and looked at the way a user does: click a bar, edit a figure,
//! compare colours and whole images. Rendering uses wgpu on Mesa's software GL
//! (`.ci/run` installs it).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "tests fail loudly"
)]

use chitieu::app::{BrowseCmd, ChitieuApp, Command, EditCmd, Settings, StructureCmd, ViewCmd};
use chitieu_core::format::Notation;
use chitieu_core::model::{Field, IndicatorId, Lang, SectionId};
use egui::{Key, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

/// The app in English on the embedded report, with the plots shown whatever the
/// window's width.
fn english(size: [f32; 2]) -> Harness<'static, ChitieuApp> {
    english_on(chitieu_core::io::embedded().unwrap(), size)
}

/// The accessible text of a plot: every bar with its figure.
fn plot_text(h: &Harness<'_, ChitieuApp>, title: &str) -> String {
    h.get_by_label(title)
        .accesskit_node()
        .value()
        .unwrap_or_default()
}

/// Where the `k`-th bar from the top of `n` is on screen, in a plot titled `title`:
/// the plot's rows run from −0.6 to n − 0.1, top row first (the legend's band below
/// them left out: it is small beside the rows).
fn bar_row(h: &Harness<'_, ChitieuApp>, title: &str, k: usize, n: usize) -> Pos2 {
    let rect = h.get_by_label(title).rect();
    let y_value = (n - 1 - k) as f32;
    let top = n as f32 - 0.1;
    let span = n as f32 + 0.5;
    Pos2::new(
        rect.center().x,
        rect.top() + (top - y_value) / span * rect.height(),
    )
}

/// Shows a plot by its tab (its legend may carry the same words).
fn show(h: &mut Harness<'_, ChitieuApp>, tab: &str) {
    h.get_by_role_and_label(egui::accesskit::Role::Button, tab)
        .click();
    h.run();
}

fn click_at(h: &mut Harness<'_, ChitieuApp>, pos: Pos2) {
    h.hover_at(pos);
    h.run();
    h.drag_at(pos);
    h.run();
    h.drop_at(pos);
    h.run();
}

const ACHIEVEMENT: &str = "Plot of % of target achieved";
const GROWTH: &str = "Plot of growth over the same period";
const VARIANCE: &str = "Plot of actual against target (billion VND)";

#[test]
fn the_plots_list_every_bar_for_screen_readers() {
    let mut h = english([1400.0, 900.0]);
    show(&mut h, "% achieved");
    h.run();
    let text = plot_text(&h, ACHIEVEMENT);
    // Sorted by gap: the disbursement, at 12.9 % of its plan at mid-year, comes first.
    assert!(
        text.starts_with("Public investment capital disbursed: 12.9% of the annual target (due by now 50%) ✗ Behind;"),
        "{text}"
    );
    assert!(
        text.contains(
            "Total state budget revenue: 72.7% of the annual target (due by now 50%) ✓ Met"
        ),
        "{text}"
    );
    assert!(
        text.contains("Spring rice area: 100.8% of the period target ✓ Met"),
        "{text}"
    );
    let rates = plot_text(&h, "Plot of rate gaps to target");
    assert!(
        rates.contains("GRDP growth rate: +1.78 pts of the period target ✓ Met"),
        "{rates}"
    );
}

#[test]
fn clicking_a_bar_selects_its_row() {
    let mut h = english([1400.0, 900.0]);
    show(&mut h, "% achieved");
    h.run();
    let n = plot_text(&h, ACHIEVEMENT).split("; ").count();
    let pos = bar_row(&h, ACHIEVEMENT, 0, n);
    assert_eq!(
        h.query_all_by_label("Public investment capital disbursed")
            .count(),
        0,
        "the row is out of view before the click"
    );
    click_at(&mut h, pos);
    assert_eq!(
        h.state().selected(),
        Some(&IndicatorId("public_investment_disbursed".into()))
    );
    // The table scrolled to the row and the detail shows it: the name is in the table's
    // row and in the detail's heading, where before the click it was in neither.
    h.get_by_label_contains("Actual: Public investment capital disbursed:");
    assert_eq!(
        h.query_all_by_label("Public investment capital disbursed")
            .count(),
        2,
        "the row's name in the table and the detail's heading"
    );
}

#[test]
fn an_edit_in_the_table_moves_the_plot() {
    // Wide enough for the annual target to show beside the plots.
    let mut h = english([1700.0, 900.0]);
    h.state_mut()
        .command(Command::Browse(BrowseCmd::SelectSection(Some(SectionId(
            "budget".into(),
        )))));
    h.run();
    show(&mut h, "Actual vs target");
    assert!(
        plot_text(&h, VARIANCE)
            .starts_with("Total state budget revenue: 14,283.5 / 19,647.2 (-5,363.7)")
    );
    h.get_by_label_contains("Annual target: Total state budget revenue:")
        .click();
    h.run();
    h.get_by_label_contains("Annual target: Total state budget revenue:")
        .type_text("14000");
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert!(
        plot_text(&h, VARIANCE)
            .starts_with("Total state budget revenue: 14,283.5 / 14,000 (+283.5)"),
        "{}",
        plot_text(&h, VARIANCE)
    );
    show(&mut h, "% achieved");
    h.run();
    assert!(
        plot_text(&h, ACHIEVEMENT)
            .contains("Total state budget revenue: 102.0% of the annual target")
    );
}

/// The first coloured (not grey) pixel along the row at `y` inside `rect`, in the
/// rendered image: the colour of the bar on that row.
fn bar_color(h: &mut Harness<'_, ChitieuApp>, rect: egui::Rect, y: f32) -> image::Rgba<u8> {
    let image = h.render().expect("the renderer works (Mesa's software GL)");
    let ppp = h.ctx.pixels_per_point();
    let py = (y * ppp) as u32;
    ((rect.left() * ppp) as u32..(rect.right() * ppp) as u32)
        .map(|px| *image.get_pixel(px, py))
        .find(|c| c[0].max(c[1]).max(c[2]) - c[0].min(c[1]).min(c[2]) > 60)
        .expect("a coloured bar on the row")
}

fn is_green(c: image::Rgba<u8>) -> bool {
    c[1] > c[0] + 40 && c[1] > 90
}

fn is_red(c: image::Rgba<u8>) -> bool {
    c[0] > c[1] + 40 && c[0] > 120
}

#[test]
fn lower_is_better_flips_the_colour_of_growth() {
    let mut h = english([1400.0, 900.0]);
    h.state_mut()
        .command(Command::Browse(BrowseCmd::SelectSection(Some(SectionId(
            "investment_attraction".into(),
        )))));
    h.run();
    h.get_by_label("Growth").click();
    h.run();
    let text = plot_text(&h, GROWTH);
    let names: Vec<&str> = text.split("; ").collect();
    let n = names.len();
    let row = |prefix: &str| names.iter().position(|s| s.starts_with(prefix)).unwrap();
    // Closed enterprises rose 18.4 %: lower is better, so the bar is red. The capital
    // of domestic projects rose too, and higher is better: green.
    let closed = bar_row(
        &h,
        GROWTH,
        row("Enterprises dissolved or suspended: +18.4%"),
        n,
    );
    let capital = bar_row(
        &h,
        GROWTH,
        row("Registered capital of new domestic investment projects: +980%"),
        n,
    );
    let plot = h.get_by_label(GROWTH).rect();
    let closed_color = bar_color(&mut h, plot, closed.y);
    let capital_color = bar_color(&mut h, plot, capital.y);
    assert!(is_red(closed_color), "{closed_color:?}");
    assert!(is_green(capital_color), "{capital_color:?}");
}

/// The rest of the year against this period: entering GRDP's and its industry's annual
/// targets and shares puts both in the plot, the one that must speed up first, and a
/// click on its bars selects its row.
#[test]
fn the_rest_of_the_year_plot_shows_what_the_second_half_needs() {
    let mut h = english([1400.0, 900.0]);
    show(&mut h, "Rest of the year");
    h.get_by_label_contains("No indicator has both an annual target");
    for (id, year) in [
        ("grdp_growth", 9.0),
        ("grdp_growth_industry_construction", 16.0),
    ] {
        let id = IndicatorId(id.into());
        h.state_mut().command(Command::Edit(EditCmd::SetValue {
            id: id.clone(),
            field: Field::AnnualTarget,
            value: Some(year),
        }));
        h.state_mut()
            .command(Command::Structure(StructureCmd::SetPriorShare {
                id,
                share_pct: Some(45.0),
            }));
    }
    h.run();
    let title = "Plot of the rest of the year";
    let text = plot_text(&h, title);
    assert_eq!(
        text,
        "GRDP growth - industry and construction sector This period: 13.71% Rest of year must grow: 17.87%; \
         GRDP growth rate This period: 10% Rest of year must grow: 8.18%"
    );
    let grdp_row = bar_row(&h, title, 1, 2);
    click_at(&mut h, grdp_row);
    assert_eq!(
        h.state().selected(),
        Some(&IndicatorId("grdp_growth".into()))
    );
}

#[test]
fn snapshots_of_the_plot_panel() {
    let mut h = english([1000.0, 640.0]);
    h.state_mut()
        .command(Command::Browse(BrowseCmd::SelectSection(Some(SectionId(
            "budget".into(),
        )))));
    h.run();
    show(&mut h, "Actual vs target");
    h.snapshot("plots_variance_budget");
    show(&mut h, "% achieved");
    h.run();
    h.snapshot("plots_achievement_budget");
}

#[test]
fn the_plot_is_saved_as_a_png() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plot.png");
    let mut h = english([1000.0, 640.0]);
    h.state_mut()
        .command(Command::View(ViewCmd::SavePlot(path.clone())));
    h.run();
    h.run();
    let image = image::open(&path).expect("a PNG was written").to_rgba8();
    let plots = h.get_by_label("Actual vs target").rect();
    // The image is the plots panel: about 300 points wide, the window's height or less.
    assert!(
        image.width() > 250 && image.width() < 600,
        "{}",
        image.width()
    );
    assert!(
        image.height() > 300 && image.height() <= 640,
        "{}",
        image.height()
    );
    assert!(plots.left() > 400.0);
    h.get_by_label_contains("Saved the image");
}

/// The app in English on `report`, with the plots shown, in a window of `size`.
fn english_on(report: chitieu_core::model::Report, size: [f32; 2]) -> Harness<'static, ChitieuApp> {
    let settings = Settings {
        lang: Lang::En,
        notation: Notation::English,
        layout_chosen: true,
        ..Settings::default()
    };
    let mut h = Harness::builder()
        .with_size(size)
        .with_theme(egui::Theme::Dark)
        .build_eframe(move |cc| ChitieuApp::with_settings(&cc.egui_ctx, report, None, settings));
    h.run();
    h
}

/// The widths, in points, of the coloured (not grey) bars inside `rect` in the
/// rendered image, top to bottom: each run of rows with coloured pixels is one bar.
fn bar_widths(h: &mut Harness<'_, ChitieuApp>, rect: egui::Rect) -> Vec<f32> {
    let image = h.render().expect("the renderer works (Mesa's software GL)");
    let ppp = h.ctx.pixels_per_point();
    let xs = (rect.left() * ppp) as u32..(rect.right() * ppp) as u32;
    let mut widths = Vec::new();
    let mut run: Option<(u32, u32)> = None;
    for py in (rect.top() * ppp) as u32..(rect.bottom() * ppp) as u32 {
        let coloured: Vec<u32> = xs
            .clone()
            .filter(|&px| {
                let c = image.get_pixel(px, py);
                c[0].max(c[1]).max(c[2]) - c[0].min(c[1]).min(c[2]) > 60
            })
            .collect();
        match (coloured.first(), coloured.last(), run) {
            (Some(&a), Some(&b), Some((l, r))) => run = Some((l.min(a), r.max(b))),
            (Some(&a), Some(&b), None) => run = Some((a, b)),
            (_, _, Some((l, r))) => {
                widths.push((r - l) as f32 / ppp);
                run = None;
            }
            _ => {}
        }
    }
    widths
}

#[test]
fn an_outlier_is_cut_with_its_true_figure_and_the_others_stay_readable() {
    let mut report = chitieu_core::io::embedded().unwrap();
    // Budget revenue a hundred times its annual estimate: 10 000 %.
    let revenue = report
        .indicators
        .iter_mut()
        .find(|i| i.id.0 == "budget_revenue_total")
        .unwrap();
    revenue.actual = Some(1_964_720.0);
    let mut h = english_on(report, [1400.0, 900.0]);
    h.state_mut()
        .command(Command::Browse(BrowseCmd::SelectSection(Some(SectionId(
            "budget".into(),
        )))));
    h.run();
    show(&mut h, "% achieved");
    h.run();
    let text = plot_text(&h, ACHIEVEMENT);
    let bars: Vec<&str> = text.split("; ").collect();
    let cut: Vec<&&str> = bars
        .iter()
        .filter(|b| b.contains("bar cut short"))
        .collect();
    assert_eq!(cut.len(), 1, "{text}");
    assert!(
        cut[0].starts_with("Total state budget revenue: 10,000.0% of the annual target"),
        "the true figure, not the drawn one: {text}"
    );
    // The other bars keep a readable length: the longest of them (domestic revenue,
    // at 76 % of its estimate) spans a good part of the plot, where uncut it would
    // be 1/130 of the outlier's.
    let plot = h.get_by_label(ACHIEVEMENT).rect();
    let mut widths = bar_widths(&mut h, plot);
    assert_eq!(widths.len(), bars.len(), "{widths:?}");
    widths.sort_by(f32::total_cmp);
    let (longest, next) = (widths[widths.len() - 1], widths[widths.len() - 2]);
    assert!(next > 0.2 * plot.width(), "{widths:?} in {}", plot.width());
    assert!(
        longest < 0.9 * plot.width(),
        "the outlier leaves room for its figure"
    );
    // The variance plot cuts it too, and says the figures as they are.
    show(&mut h, "Actual vs target");
    let text = plot_text(&h, VARIANCE);
    let cut: Vec<&str> = text
        .split("; ")
        .filter(|b| b.contains("bar cut short"))
        .collect();
    assert_eq!(cut.len(), 1, "{text}");
    assert!(
        cut[0].starts_with("Total state budget revenue: 1,964,720 / 19,647.2 (+1,945,072.8)"),
        "{text}"
    );
}

#[test]
fn the_rates_keep_their_height_under_a_long_achievement_chart() {
    // The whole report on a laptop screen: 30 bars of % achieved above the rates.
    let mut h = english([1400.0, 768.0]);
    show(&mut h, "% achieved");
    h.run();
    let ratios = plot_text(&h, ACHIEVEMENT).split("; ").count();
    let rates = plot_text(&h, "Plot of rate gaps to target")
        .split("; ")
        .count();
    assert!(ratios >= 10, "{ratios}");
    for (title, n) in [
        (ACHIEVEMENT, ratios),
        ("Plot of rate gaps to target", rates),
    ] {
        let rect = h.get_by_label(title).rect();
        // Every row its name and its bar, and the legend's band below them.
        assert!(
            rect.height() >= 28.0 * n as f32 + 60.0,
            "{title}: {} points for {n} rows",
            rect.height()
        );
    }
}
