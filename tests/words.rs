//! No English reaches the Vietnamese interface. The app is opened in Vietnamese and
//! driven as a user drives it — the panels, every menu and its submenus, each plot, the
//! windows and forms (F1, About, the findings, the rest of the year, the structure's
//! forms, the next period, the fill-in sheet, the import's dry run and mapping step),
//! the unsaved-changes question and an error — on the embedded report and on a report
//! made to have every kind of finding; every text on screen (kittest's accesskit tree:
//! labels, buttons, menu items, values, descriptions) is read and none may be
//!
//! - one of the catalogue's English texts (`every_text()`, where the English differs
//!   from the Vietnamese), or contain one of its English phrases of three words or more;
//! - an id (of an indicator, a section, a task) shown as a word (`pig_herd`): ids are
//!   the file's business;
//! - an indicator's, a section's or a unit's English name, which the Vietnamese
//!   interface has no reason to show.
//!
//! What a user types (the text fields' contents, such as the English name in the form
//! that asks for it) is the user's data, not the interface's words, and is not read.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "tests fail loudly"
)]

use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};

use chitieu::app::{
    BrowseCmd, ChitieuApp, Choice, Command, EditCmd, FileCmd, ImportCmd, Settings, StructureCmd,
    Tab, ViewCmd, Window,
};
use chitieu_core::format::Notation;
use chitieu_core::i18n::{
    Common, Dialog, Forms, ImportUi, ImportUiMsg, Message as _, Plots, SAME_IN_BOTH, Text as _,
    every_text,
};
use chitieu_core::model::{
    Breakdown, Field, Indicator, IndicatorId, Lang, Measure, Period, Quarter, QuarterPlan, Report,
    Section, SectionId, SourceDocument, SubPeriodValue, Target, TargetBasis, Task, Text, Unit,
};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _, by};
#[path = "support/settle.rs"]
mod support;
use support::settle;

/// The app on `report`, in Vietnamese words and notation, first frame drawn.
fn vietnamese(report: Report) -> Harness<'static, ChitieuApp> {
    let settings = Settings {
        lang: Lang::Vi,
        notation: Notation::Vietnamese,
        ..Settings::default()
    };
    let mut h = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_eframe(move |cc| ChitieuApp::with_settings(&cc.egui_ctx, report, None, settings));
    h.run();
    h
}

/// Every text on screen, as a screen reader reads it, with where it was seen. The
/// contents of text fields (what the user types) are left out.
#[derive(Default)]
struct Seen {
    texts: BTreeSet<(String, String)>,
}

impl Seen {
    fn read(&mut self, h: &Harness<'_, ChitieuApp>, place: &str) {
        for node in h.query_all(by().include_labels().predicate(|_| true)) {
            let n = node.accesskit_node();
            // A text field's contents and their text runs are what the user typed.
            let typed = matches!(
                n.role(),
                egui::accesskit::Role::TextInput
                    | egui::accesskit::Role::MultilineTextInput
                    | egui::accesskit::Role::TextRun
            );
            if typed && n.role() == egui::accesskit::Role::TextRun {
                continue;
            }
            let value = if typed { None } else { n.value() };
            for text in [n.label(), value, n.description()].into_iter().flatten() {
                if !text.trim().is_empty() {
                    self.texts.insert((text, place.to_owned()));
                }
            }
        }
    }
}

/// What may not be shown in Vietnamese: the catalogue's English, ids and English names.
struct Forbidden {
    /// English texts a text on screen may not be.
    english: HashSet<&'static str>,
    /// English phrases (three words or more) a text on screen may not contain.
    phrases: Vec<&'static str>,
    /// Ids of indicators, sections and tasks (those that read as words: with an
    /// underscore).
    ids: BTreeSet<String>,
    /// English names of indicators, sections and units.
    names: BTreeSet<String>,
}

impl Forbidden {
    fn new() -> Self {
        let all = every_text();
        let vietnamese: HashSet<&str> = all.iter().map(|e| e.vi.trim()).collect();
        let mut english = HashSet::new();
        let mut phrases = Vec::new();
        for e in &all {
            let en = e.en.trim();
            // A word both languages write alike ("GRDP", "OK" if it were) says nothing.
            if e.en == e.vi || SAME_IN_BOTH.contains(&e.en) || vietnamese.contains(en) {
                continue;
            }
            english.insert(en);
            if en.split_whitespace().count() >= 3 {
                phrases.push(en);
            }
        }
        Self {
            english,
            phrases,
            ids: BTreeSet::new(),
            names: BTreeSet::new(),
        }
    }

    /// Adds the ids and English names of `report`.
    fn of_report(&mut self, report: &Report) {
        let mut name = |en: &str, vi: &str| {
            let en = en.trim();
            if en.chars().count() >= 4 && en != vi.trim() {
                self.names.insert(en.to_owned());
            }
        };
        for i in &report.indicators {
            name(&i.name.en, &i.name.vi);
            name(&i.unit.en, &i.unit.vi);
        }
        for s in &report.sections {
            name(&s.title.en, &s.title.vi);
        }
        let ids = (report.indicators.iter().map(|i| &i.id.0))
            .chain(report.sections.iter().map(|s| &s.id.0))
            .chain(report.tasks.iter().map(|t| &t.id.0));
        self.ids.extend(ids.filter(|id| id.contains('_')).cloned());
    }

    /// Why `text` may not be shown in Vietnamese, if it may not.
    fn why(&self, text: &str) -> Option<String> {
        let t = text.trim();
        if self.english.contains(t) {
            return Some("English text of the catalogue".to_owned());
        }
        if let Some(p) = self.phrases.iter().find(|p| t.contains(**p)) {
            return Some(format!("contains the catalogue's English \"{p}\""));
        }
        if let Some(id) = self.ids.iter().find(|id| shows_id(t, id)) {
            return Some(format!("shows the id \"{id}\""));
        }
        if let Some(name) = self.names.iter().find(|n| t.contains(n.as_str())) {
            return Some(format!("shows the English name \"{name}\""));
        }
        // The next period's form shows the codes as what to type.
        if let Some(code) = period_code(t).filter(|_| t != Forms::PeriodField.tr(Lang::Vi)) {
            return Some(format!("shows the period's code \"{code}\""));
        }
        None
    }
}

/// A period written as the file codes it ("2024-Q1", "2024-H1", "2024-9M"), which reads
/// as English ("Q" for quarter, "H" for half): the interface names periods in words.
fn period_code(text: &str) -> Option<&str> {
    text.char_indices().find_map(|(at, _)| {
        let rest = text.get(at..)?;
        let year = rest.get(..5)?;
        let before = text.get(..at).and_then(|s| s.chars().next_back());
        if before.is_some_and(char::is_alphanumeric)
            || !year.starts_with(['1', '2'])
            || !year.get(..4)?.chars().all(|c| c.is_ascii_digit())
            || !year.ends_with('-')
        {
            return None;
        }
        let span = rest.get(5..)?;
        let len = ["H1", "H2", "Q1", "Q2", "Q3", "Q4", "Y"]
            .iter()
            .find(|s| span.starts_with(**s))
            .map(|s| s.len())
            .or_else(|| {
                let digits = span.chars().take_while(char::is_ascii_digit).count();
                (digits > 0 && span.get(digits..)?.starts_with('M')).then_some(digits + 1)
            })?;
        let after = span.get(len..)?.chars().next();
        if after.is_some_and(char::is_alphanumeric) {
            return None;
        }
        rest.get(..5 + len)
    })
}

/// True when `text` shows `id` as a word of its own. The import's dry run names each
/// change's indicator and, in brackets, the id the sheet matched it by ("Tổng thu (thu_ngan_sach)
/// · …"): the id is the sheet's own column there (the fill-in sheet carries it), so that
/// one place is allowed.
fn shows_id(text: &str, id: &str) -> bool {
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    text.match_indices(id).any(|(at, _)| {
        let before = text.get(..at).and_then(|s| s.chars().next_back());
        let after = text.get(at + id.len()..).and_then(|s| s.chars().next());
        let alone = !before.is_some_and(is_word) && !after.is_some_and(is_word);
        let matched_by = before == Some('(') && text[at + id.len()..].starts_with(") · ");
        alone && !matched_by
    })
}

/// Opens each menu of the menu bar, then hovers each of its entries (which opens the
/// submenus), reading the screen each time; Escape closes it.
fn menus(h: &mut Harness<'_, ChitieuApp>, seen: &mut Seen) {
    for menu in ["Tệp", "Sửa", "Xem", "Trợ giúp"] {
        let before = labels(h);
        h.get_by_label(menu).click();
        h.run();
        seen.read(h, menu);
        let entries: Vec<String> = labels(h).difference(&before).cloned().collect();
        for entry in entries {
            let Some(node) = h.query_all_by_label(&entry).next() else {
                continue;
            };
            node.hover();
            h.run();
            seen.read(h, &format!("{menu} → {entry}"));
        }
        h.key_press(egui::Key::Escape);
        h.run();
    }
}

/// The labels on screen.
fn labels(h: &Harness<'_, ChitieuApp>) -> BTreeSet<String> {
    h.query_all(by().predicate(|_| true))
        .filter_map(|n| n.accesskit_node().label())
        .collect()
}

/// Sends `command`, waits for any work it starts, and reads the screen.
fn show(h: &mut Harness<'_, ChitieuApp>, seen: &mut Seen, command: Command, place: &str) {
    h.state_mut().command(command);
    settle(h);
    seen.read(h, place);
}

/// A small sheet of a department, by the ids of the fill-in sheet: one figure changed
/// and one cell that is not a number — a dry run with a change and a problem.
fn small_sheet(dir: &Path) -> PathBuf {
    let path = dir.join("so-lieu.csv");
    std::fs::write(
        &path,
        "id,name_vi,unit,actual\r\n\
         pig_herd,Tổng đàn lợn,con,bốn trăm\r\n\
         budget_spending_total,Tổng chi ngân sách nhà nước,tỷ đồng,6300.7\r\n",
    )
    .unwrap();
    path
}

#[test]
fn the_panels_menus_and_windows_show_no_english_in_vietnamese() {
    let report = chitieu_core::io::embedded().unwrap();
    let mut forbidden = Forbidden::new();
    forbidden.of_report(&report);
    // A total with parts and findings, and the GRDP growth with its quarters.
    let total = report
        .indicators
        .iter()
        .find(|i| {
            report
                .indicators
                .iter()
                .any(|p| p.parent.as_ref() == Some(&i.id))
        })
        .map(|i| i.id.clone())
        .unwrap();
    let grdp = IndicatorId("grdp_growth".into());
    let section = report.indicators[0].section.clone();
    let mut h = vietnamese(report);
    let mut seen = Seen::default();
    seen.read(&h, "the main window");

    details_and_plots(&mut h, &mut seen, &total, &grdp);
    menus(&mut h, &mut seen);
    windows(&mut h, &mut seen, &grdp);
    forms(&mut h, &mut seen, &section, &total);
    let dir = tempfile::tempdir().unwrap();
    import_windows(&mut h, &mut seen, dir.path());
    questions(&mut h, &mut seen, &grdp, dir.path());

    assert_no_leaks(&forbidden, &seen, &[]);
}

type App = Harness<'static, ChitieuApp>;

/// The detail of `total` and of `grdp`, each with every plot.
fn details_and_plots(h: &mut App, seen: &mut Seen, total: &IndicatorId, grdp: &IndicatorId) {
    for (id, place) in [
        (total, "the detail of a total"),
        (grdp, "the detail of GRDP"),
    ] {
        let command = Command::Browse(BrowseCmd::SelectIndicator {
            id: id.clone(),
            reveal: true,
        });
        show(h, seen, command, place);
        for tab in [
            Plots::ActualVsTarget.tr(Lang::Vi),
            Plots::PctAchieved.tr(Lang::Vi),
            Plots::Growth.tr(Lang::Vi),
            Common::Breakdown.tr(Lang::Vi),
            Plots::RestOfTheYear.tr(Lang::Vi),
        ] {
            h.query_all_by_label(tab).next().unwrap().click();
            h.run();
            seen.read(h, &format!("{place}, plot {tab}"));
        }
    }
}

/// The secondary windows: F1, About, the findings, the fill-in sheet, the rest of the
/// year (with last year's share set, so it has its arithmetic and its "what if"), the
/// tasks.
fn windows(h: &mut App, seen: &mut Seen, grdp: &IndicatorId) {
    // Last year's share of the half: the rest of the year then has its arithmetic and
    // its "what if".
    h.state_mut()
        .command(Command::Structure(StructureCmd::SetPriorShare {
            id: grdp.clone(),
            share_pct: Some(45.0),
        }));
    for (command, place) in [
        (
            Command::View(ViewCmd::Show(Window::Shortcuts)),
            "the shortcuts (F1)",
        ),
        (Command::View(ViewCmd::Show(Window::About)), "About"),
        (
            Command::View(ViewCmd::Show(Window::Findings)),
            "the findings",
        ),
        (
            Command::View(ViewCmd::Show(Window::FillIn)),
            "the fill-in sheet",
        ),
        (
            Command::View(ViewCmd::ShowRestOfYear(grdp.clone())),
            "the rest of the year",
        ),
        (Command::Browse(BrowseCmd::SetTab(Tab::Tasks)), "the tasks"),
    ] {
        show(h, seen, command, place);
    }
    h.state_mut()
        .command(Command::Browse(BrowseCmd::SetTab(Tab::Indicators)));
}

/// The forms of the indicator list and the sections, and the next period.
fn forms(h: &mut App, seen: &mut Seen, section: &SectionId, total: &IndicatorId) {
    let forms = [
        (
            Command::Structure(StructureCmd::AddIndicator {
                section: Some(section.clone()),
                parent: None,
            }),
            "the form of a new indicator",
        ),
        (
            Command::Structure(StructureCmd::DescribeIndicator(total.clone())),
            "the form of an indicator",
        ),
        (
            Command::Structure(StructureCmd::AddSection { parent: None }),
            "the form of a new section",
        ),
        (
            Command::Structure(StructureCmd::DescribeSection(section.clone())),
            "the form of a section",
        ),
        (
            Command::Structure(StructureCmd::AskDeleteIndicator(total.clone())),
            "the question before deleting a total",
        ),
        (
            Command::Structure(StructureCmd::AskDeleteSection(section.clone())),
            "the question before deleting a section",
        ),
        (
            Command::Structure(StructureCmd::NewPeriodDialog),
            "the next period",
        ),
    ];
    for (command, place) in forms {
        show(h, seen, command, place);
        h.key_press(egui::Key::Escape);
        h.run();
    }
}

/// The import's dry run on a small sheet, and its mapping step on a sheet of unknown
/// shape.
fn import_windows(h: &mut App, seen: &mut Seen, dir: &std::path::Path) {
    let sheet = small_sheet(dir);
    show(
        h,
        seen,
        Command::Import(ImportCmd::ImportFigures(sheet)),
        "the dry run",
    );
    let summary = ImportUiMsg::DryRunSummary {
        sheet: "so-lieu.csv".into(),
        changes: 1,
        problems: 1,
        unchanged: 0,
    };
    h.get_by_label(&summary.tr(Lang::Vi));
    h.state_mut()
        .command(Command::Import(ImportCmd::CancelImport));
    let unknown = dir.join("bang-cua-so.csv");
    std::fs::write(
        &unknown,
        "STT,Tên chỉ tiêu (theo Sở),Số ước\r\n1,Tổng đàn lợn,450000\r\n",
    )
    .unwrap();
    show(
        h,
        seen,
        Command::Import(ImportCmd::ImportFigures(unknown)),
        "the mapping step",
    );
    h.get_by_label_contains(ImportUi::HeaderNotRecognised.tr(Lang::Vi));
    h.state_mut()
        .command(Command::Import(ImportCmd::CancelImport));
}

/// The unsaved question after an edit, and an error.
fn questions(h: &mut App, seen: &mut Seen, grdp: &IndicatorId, dir: &std::path::Path) {
    let edit = Command::Edit(EditCmd::SetValue {
        id: grdp.clone(),
        field: Field::Actual,
        value: Some(10.2),
    });
    show(h, seen, edit, "an edited report");
    show(
        h,
        seen,
        Command::File(FileCmd::NewBlank),
        "the unsaved question",
    );
    h.state_mut()
        .command(Command::File(FileCmd::Unsaved(Choice::Cancel)));
    let missing = dir.join("khong-co.ron");
    show(h, seen, Command::File(FileCmd::Open(missing)), "an error");
    h.state_mut().command(Command::File(FileCmd::CloseError));
    h.run();
}

#[test]
fn every_kind_of_finding_shows_no_english_in_vietnamese() {
    let report = every_finding();
    let mut forbidden = Forbidden::new();
    forbidden.of_report(&report);
    assert_kinds(
        &chitieu_core::checks::check(&report),
        &[
            "PartsDoNotAddUp",
            "PartsExceedTotal",
            "PriorDoesNotAddUp",
            "PrintedPctMismatch",
            "ShareOutOfRange",
            "NegativeCount",
            "FractionalCount",
            "Missing",
            "DuplicateTaskNumber",
            "GrowthOutsideItsParts",
            "QuarterSharesDoNotAddUp",
            "PrintedGrowthMismatch",
            "GrowthOfDisagrees",
            "BelowItsKnownPart",
        ],
    );
    let ids: Vec<IndicatorId> = report.indicators.iter().map(|i| i.id.clone()).collect();
    let mut h = vietnamese(report);
    let mut seen = Seen::default();
    show(
        &mut h,
        &mut seen,
        Command::View(ViewCmd::Show(Window::Findings)),
        "the findings",
    );
    // Each finding is listed with its indicator, section or task, by name.
    assert!(h.query_all_by_label(Dialog::Unnamed.tr(Lang::Vi)).count() >= 1);
    assert!(h.query_all_by_label("3.3 Đẩy nhanh giải ngân").count() >= 1);
    for id in ids {
        let place = format!("the detail of {id}");
        show(
            &mut h,
            &mut seen,
            Command::Browse(BrowseCmd::SelectIndicator { id, reveal: true }),
            &place,
        );
    }

    // The findings that keep a file from opening: its structure.
    let broken = broken_structure();
    assert_kinds(
        &chitieu_core::checks::structure(&broken),
        &[
            "DuplicateId",
            "UnknownSection",
            "UnknownParent",
            "UnknownParentSection",
            "ParentCycle",
        ],
    );
    forbidden.of_report(&broken);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hong.ron");
    std::fs::write(&path, chitieu_core::io::to_string(&broken).unwrap()).unwrap();
    show(
        &mut h,
        &mut seen,
        Command::File(FileCmd::Open(path)),
        "a report that cannot open",
    );
    h.get_by_label(Dialog::ThatDidNotWork.tr(Lang::Vi));
    assert_no_leaks(
        &forbidden,
        &seen,
        &[FINDING_NAMES_AN_ID, LOAD_ERROR_NAMES_IDS],
    );
}

/// Fails unless `findings` has each of the kinds named `expected` (by their name in the
/// code), naming those it lacks: the report made to have every kind has them all.
fn assert_kinds(findings: &[chitieu_core::checks::Finding], expected: &[&str]) {
    let kinds: BTreeSet<String> = findings
        .iter()
        .filter_map(|f| {
            let kind = format!("{:?}", f.kind);
            kind.split(['(', ' ']).next().map(str::to_owned)
        })
        .collect();
    let missing: Vec<&&str> = expected.iter().filter(|k| !kinds.contains(**k)).collect();
    assert!(missing.is_empty(), "no finding of kind {missing:?}");
}

/// A leak known to come from words another part of the house is moving into the
/// catalogue: allowed while it lasts, and the test fails once it is gone, so that the
/// entry is removed and the leak cannot come back unseen.
struct Elsewhere {
    /// Where the words come from.
    owner: &'static str,
    /// Words of the message that leaks, as it reads today.
    reads: &'static str,
}

/// A finding that names another indicator by its id ("là tốc độ tăng của "dn_thanh_lap"").
const FINDING_NAMES_AN_ID: Elsewhere = Elsewhere {
    owner: "crates/core/src/checks.rs: FindingKind::GrowthOfDisagrees's message",
    reads: "là tốc độ tăng của \"",
};

/// A report that cannot open lists its structure's findings with ids and "section:".
const LOAD_ERROR_NAMES_IDS: Elsewhere = Elsewhere {
    owner: "crates/core/src/io: LoadError::Invalid's message (checks::Finding::line)",
    reads: "cấu trúc của báo cáo bị hỏng",
};

/// Fails naming every text that may not be shown, why, and where it was first seen (and
/// in how many places); and naming each leak known `elsewhere` that no longer shows.
fn assert_no_leaks(forbidden: &Forbidden, seen: &Seen, elsewhere: &[Elsewhere]) {
    let mut leaks: std::collections::BTreeMap<&str, (String, &str, usize)> = Default::default();
    let mut known = vec![false; elsewhere.len()];
    for (text, place) in &seen.texts {
        let Some(why) = forbidden.why(text) else {
            continue;
        };
        if let Some(k) = elsewhere.iter().position(|e| text.contains(e.reads)) {
            known[k] = true;
            continue;
        }
        leaks
            .entry(text.as_str())
            .or_insert((why, place.as_str(), 0))
            .2 += 1;
    }
    let mut lines: Vec<String> = leaks
        .iter()
        .map(|(text, (why, place, n))| format!("\"{text}\" ({why}), in {place} and {} more", n - 1))
        .collect();
    for (e, shown) in elsewhere.iter().zip(known) {
        if !shown {
            lines.push(format!(
                "fixed, remove it from the known leaks: {} (\"{}\")",
                e.owner, e.reads
            ));
        }
    }
    assert!(
        lines.is_empty(),
        "English in the Vietnamese interface:\n{}",
        lines.join("\n")
    );
}

fn indicator(id: &str, name: &str, actual: Option<f64>) -> Indicator {
    Indicator {
        id: id.into(),
        section: "muc_so_lieu".into(),
        name: Text::new(name, format!("English name of {id}")),
        unit: Unit {
            vi: "tỷ đồng".into(),
            en: "billion dong".into(),
            ..Unit::default()
        },
        actual,
        source: "Câu trong báo cáo.".into(),
        ..Indicator::default()
    }
}

fn part(id: &str, name: &str, parent: &str, actual: f64, growth: Option<f64>) -> Indicator {
    Indicator {
        parent: Some(parent.into()),
        yoy_growth_pct: growth,
        ..indicator(id, name, Some(actual))
    }
}

fn period(text: &str) -> Period {
    text.parse().unwrap()
}

/// A small report of another office with every kind of finding about figures: parts
/// against their total (their values and last year's), a partial breakdown above its
/// total, printed percents and growths, shares and counts out of range, a growth against
/// the indicator it is the growth of, a half below its first quarter, a half's growth
/// outside its quarters', quarter shares that do not make a year, missing texts, and a
/// task number printed twice.
fn every_finding() -> Report {
    let mut total = indicator("tong_von", "Tổng vốn đầu tư", Some(5078.4));
    total.breakdown = Breakdown::Complete;
    let mut total_prior = indicator("tong_thu_dich_vu", "Tổng thu dịch vụ", Some(26529.0));
    total_prior.breakdown = Breakdown::Complete;
    total_prior.yoy_growth_pct = Some(15.0);
    let mut disbursed = indicator("giai_ngan", "Giải ngân vốn đầu tư công", Some(1087.0));
    disbursed.annual_target = Some(Target {
        value: Some(6931.695),
        basis: TargetBasis::Plan,
        printed_pct: Some(17.5),
        ..Target::default()
    });
    let mut share = indicator("ty_le_do_thi", "Tỷ lệ đô thị hóa", Some(104.0));
    share.measure = Measure::Share;
    let mut negative = indicator("so_du_an", "Số dự án", Some(-3.0));
    negative.measure = Measure::Count;
    let mut fractional = indicator("so_doanh_nghiep", "Số doanh nghiệp", Some(2.5));
    fractional.measure = Measure::Count;
    let mut bare = indicator("chi_tieu_trong", "", Some(1.0));
    bare.unit.vi.clear();
    bare.source.clear();
    let mut lychee = indicator("san_luong_vai", "Sản lượng vải thiều", Some(60000.0));
    lychee.prior = Some(57530.0);
    lychee.yoy_growth_pct = Some(5.3);
    let mut firms = indicator("dn_thanh_lap", "Doanh nghiệp thành lập mới", Some(1100.0));
    firms.measure = Measure::Count;
    firms.prior = Some(1000.0);
    let mut firms_growth = indicator("dn_thanh_lap_tang", "Tốc độ tăng doanh nghiệp", Some(12.5));
    firms_growth.measure = Measure::Rate;
    firms_growth.growth_of = Some("dn_thanh_lap".into());
    let [revenue, grdp] = with_subperiods();
    let task = |id: &str| Task {
        id: id.into(),
        number: "3.3".into(),
        title: Text::new("Đẩy nhanh giải ngân", "Speed up disbursement"),
        ..Task::default()
    };
    bac_ninh(
        vec![
            total,
            part("von_nha_nuoc", "Vốn nhà nước", "tong_von", 3591.7, None),
            part("von_dan_doanh", "Vốn dân doanh", "tong_von", 1131.76, None),
            part("von_nuoc_ngoai", "Vốn nước ngoài", "tong_von", 360.0, None),
            total_prior,
            part(
                "thu_cang",
                "Thu cảng biển",
                "tong_thu_dich_vu",
                3698.0,
                Some(27.9),
            ),
            part(
                "thu_van_tai",
                "Thu vận tải",
                "tong_thu_dich_vu",
                17053.0,
                Some(5.9),
            ),
            part(
                "thu_du_lich",
                "Thu du lịch",
                "tong_thu_dich_vu",
                5778.0,
                Some(20.4),
            ),
            indicator("thu_noi_dia", "Thu nội địa", Some(14283.5)),
            part("thu_thue", "Thu thuế", "thu_noi_dia", 12366.7, None),
            part("thu_phi", "Thu phí, lệ phí", "thu_noi_dia", 1924.0, None),
            disbursed,
            share,
            negative,
            fractional,
            bare,
            lychee,
            firms,
            firms_growth,
            revenue,
            grdp,
        ],
        vec![task("nhiem_vu_mot"), task("nhiem_vu_hai")],
    )
}

/// An amount with a quarter's figure, and a growth rate with its quarters and last
/// year's quarterly shares.
fn with_subperiods() -> [Indicator; 2] {
    let mut revenue = indicator("thu_ngan_sach_quy", "Thu ngân sách", Some(100.0));
    revenue.subperiods = vec![SubPeriodValue {
        period: period("2025-Q1"),
        value: 150.0,
    }];
    let mut grdp = indicator("tang_truong_grdp", "Tăng trưởng GRDP", Some(10.5));
    grdp.measure = Measure::Rate;
    grdp.subperiods = vec![
        SubPeriodValue {
            period: period("2025-Q1"),
            value: 10.11,
        },
        SubPeriodValue {
            period: period("2025-Q2"),
            value: 9.91,
        },
    ];
    for (q, s) in Quarter::ALL.into_iter().zip([21.0, 24.0, 26.0, 27.5]) {
        grdp.quarters.insert(
            q,
            QuarterPlan {
                prior_share_pct: Some(s),
                scenario_pct: None,
            },
        );
    }
    [revenue, grdp]
}

/// The Bắc Ninh 2025-H1 report of `indicators` and `tasks`, in one section.
fn bac_ninh(indicators: Vec<Indicator>, tasks: Vec<Task>) -> Report {
    Report {
        schema_version: chitieu_core::model::SCHEMA_VERSION,
        title: Text::new(
            "Báo cáo 6 tháng đầu năm 2025",
            "Report on the first half of 2025",
        ),
        region: Text::new("Tỉnh Bắc Ninh", "Bac Ninh province"),
        period: period("2025-H1"),
        compared_with: None,
        source: SourceDocument {
            title: "Báo cáo số 150/BC-UBND".into(),
            ..SourceDocument::default()
        },
        sections: vec![Section {
            id: "muc_so_lieu".into(),
            number: "1".into(),
            title: Text::new("Kinh tế", "The economy"),
            ..Section::default()
        }],
        indicators,
        tasks,
    }
}

/// A report whose structure is broken every way loading refuses: an id twice, an
/// indicator in no section, a parent that does not exist, a section inside one that does
/// not exist, indicators and sections each other's parents, a task id twice.
fn broken_structure() -> Report {
    let mut report = every_finding();
    report.sections.extend([
        Section {
            id: "muc_con".into(),
            number: "1.1".into(),
            title: Text::new("Mục con", "Subsection"),
            parent: Some(SectionId("muc_khong_co".into())),
        },
        Section {
            id: "muc_vong_a".into(),
            number: "2".into(),
            title: Text::new("Vòng A", "Loop A"),
            parent: Some(SectionId("muc_vong_b".into())),
        },
        Section {
            id: "muc_vong_b".into(),
            number: "3".into(),
            title: Text::new("Vòng B", "Loop B"),
            parent: Some(SectionId("muc_vong_a".into())),
        },
    ]);
    let mut stray = indicator("chi_tieu_lac", "Chỉ tiêu lạc mục", Some(1.0));
    stray.section = "muc_khong_co".into();
    let mut orphan = indicator("chi_tieu_mo_coi", "Chỉ tiêu mồ côi", Some(1.0));
    orphan.parent = Some("cha_khong_co".into());
    let mut loop_a = indicator("vong_a", "Vòng một", Some(1.0));
    loop_a.parent = Some("vong_b".into());
    let mut loop_b = indicator("vong_b", "Vòng hai", Some(1.0));
    loop_b.parent = Some("vong_a".into());
    report.indicators.extend([
        indicator("giai_ngan", "Giải ngân lần hai", Some(1.0)),
        stray,
        orphan,
        loop_a,
        loop_b,
    ]);
    report.tasks.push(Task {
        id: "nhiem_vu_mot".into(),
        number: "4.1".into(),
        ..Task::default()
    });
    report
}
