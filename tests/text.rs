//! Names that break files (issue 22): a control character, a direction control or a
//! line break in a name or a note, read from a file, typed or pasted in the Describe
//! dialog, pasted into the table — and every export written from such a report, read
//! back the way Word, LibreOffice and Excel read it.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::print_stderr,
    reason = "tests fail loudly"
)]

use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use chitieu::app::{BrowseCmd, ChitieuApp, Command as AppCommand, StructureCmd};
use chitieu_core::export::{self, CsvLocale, Format, Options};
use chitieu_core::format::Notation;
use chitieu_core::model::text::{Shape, clean, is_bidi};
use chitieu_core::model::{Field, IndicatorId, Lang, Report};
use chitieu_core::session::Session;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use proptest::prelude::*;

#[path = "support/english.rs"]
mod english;
#[path = "../crates/core/tests/support/office.rs"]
mod office;
use english::english_settings;
use office::soffice;

/// A small report as another province's office makes one (Bắc Kạn, its own ids), whose
/// names hold what breaks files: a control character and a right-to-left override
/// written raw, a line break written as `\n`, a task whose note holds a bell.
fn broken_ron() -> String {
    format!(
        r#"(
    schema_version: 1,
    title: (vi: "Báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm 2025", en: "Half-year report 2025"),
    region: (vi: "Bắc Kạn", en: "Bac Kan"),
    period: (year: 2025, span: H1),
    source: (title: "Báo cáo số 12/BC-UBND", issuer: "Ủy ban nhân dân tỉnh Bắc Kạn"),
    sections: [
        (id: "kt", number: "1", title: (vi: "Kinh tế", en: "Economy")),
    ],
    indicators: [
        (
            id: "vdt",
            section: "kt",
            name: (vi: "Vốn đầu tư{rlo} toàn xã hội", en: "Total investment"),
            unit: (vi: "tỷ đồng", en: "billion VND"),
            actual: Some(13527.0),
            yoy_growth_pct: Some(7.5),
        ),
        (
            id: "khach",
            section: "kt",
            name: (vi: "Khách du lịch\nnội địa{soh}", en: "Domestic{lrm} visitors"),
            unit: (vi: "lượt", en: "visits"),
            measure: Count,
            actual: Some(412000.0),
            note: "Số liệu sơ bộ\r\ncủa Sở Văn hóa{bel}",
        ),
    ],
    tasks: [
        (
            id: "nv1",
            number: "1",
            sector: (vi: "Kinh tế", en: "Economy"),
            title: (vi: "Đẩy nhanh giải ngân{fffe}", en: "Speed up disbursement"),
        ),
    ],
)
"#,
        rlo = '\u{202E}',
        soh = '\u{1}',
        lrm = '\u{200E}',
        bel = '\u{7}',
        fffe = '\u{FFFE}',
    )
}

/// The broken report written to a file in `dir`.
fn broken_file(dir: &Path) -> PathBuf {
    let path = dir.join("bac-kan-2025-h1.ron");
    std::fs::write(&path, broken_ron()).unwrap();
    path
}

/// The broken report as a report, without going through loading (as a library user or
/// an older file could make it): what the exports must guard against.
fn broken_report() -> Report {
    let mut report = chitieu_core::io::from_str(&broken_ron(), Path::new("b.ron")).unwrap();
    let khach = report.indicator_mut(&IndicatorId("khach".into())).unwrap();
    khach.name.vi = "Khách du lịch\nnội địa\u{1}".into();
    khach.name.en = "Domestic\u{200E} visitors".into();
    khach.note = "Số liệu sơ bộ\r\ncủa Sở Văn hóa\u{7}".into();
    let vdt = report.indicator_mut(&IndicatorId("vdt".into())).unwrap();
    vdt.name.vi = "Vốn đầu tư\u{202E} toàn xã hội".into();
    report.tasks[0].title.vi = "Đẩy nhanh giải ngân\u{FFFE}".into();
    report
}

/// True when no text of `report` holds a control character (other than a note's line
/// breaks and tabs), a noncharacter or a direction control.
fn clean_everywhere(s: &str) -> bool {
    s.chars()
        .all(|c| !is_bidi(c) && (!c.is_control() || c == '\n' || c == '\t'))
        && !s.contains('\u{FFFE}')
}

fn options(lang: Lang) -> Options {
    Options {
        lang,
        csv_locale: CsvLocale::Standard,
        exported_at: "2025-07-15 08:30 UTC".into(),
    }
}

#[test]
fn a_report_with_broken_names_opens_cleaned_and_says_what_and_where() {
    let dir = tempfile::tempdir().unwrap();
    let path = broken_file(dir.path());
    let loaded = chitieu_core::io::load_file(&path).unwrap();
    let report = &loaded.report;
    let vdt = report.indicator(&IndicatorId("vdt".into())).unwrap();
    assert_eq!(vdt.name.vi, "Vốn đầu tư toàn xã hội");
    let khach = report.indicator(&IndicatorId("khach".into())).unwrap();
    assert_eq!(
        khach.name.vi, "Khách du lịch nội địa",
        "the line break is a space"
    );
    assert_eq!(khach.name.en, "Domestic visitors");
    assert_eq!(
        khach.note, "Số liệu sơ bộ\ncủa Sở Văn hóa",
        "a note keeps its lines"
    );
    assert_eq!(report.tasks[0].title.vi, "Đẩy nhanh giải ngân");
    assert_eq!(loaded.cleaned.len(), 5);

    let en = chitieu_core::io::cleaned_message(&loaded.cleaned, &path, Lang::En);
    for said in [
        "Cleaned 5 texts",
        "line 12: indicator vdt, name.vi: removed 1 text direction control (U+202E)",
        "line 20: indicator khach, name.vi: removed 1 control character (U+0001); 1 line break or tab made a space",
        "indicator khach, note: removed 1 control character (U+0007)",
        "line 31: task nv1, title.vi: removed 1 control character (U+FFFE)",
        "save to keep the clean text",
    ] {
        assert!(en.contains(said), "{said:?} not in {en}");
    }
    assert!(en.ends_with(&path.display().to_string()), "the file last");
    let vi = chitieu_core::io::cleaned_message(&loaded.cleaned, &path, Lang::Vi);
    assert!(vi.starts_with("Đã làm sạch 5 đoạn văn bản"), "{vi}");
    assert!(
        vi.contains("dòng 12: chỉ tiêu vdt, name.vi: đã bỏ 1 ký tự đổi chiều văn bản (U+202E)")
    );

    // The session differs from its file until saved; saved, the file is clean.
    let mut session = Session::opened(loaded);
    assert!(session.is_dirty());
    let state = session.state_id();
    let fingerprint = chitieu_core::io::save(session.report(), &path).unwrap();
    session.mark_saved(path.clone(), state, Some(fingerprint));
    assert!(!session.is_dirty());
    let again = chitieu_core::io::load_file(&path).unwrap();
    assert!(again.cleaned.is_empty());
    assert_eq!(&again.report, session.report());
}

#[test]
fn the_seed_and_generated_reports_have_nothing_to_clean() {
    let (_, cleaned) =
        chitieu_core::io::parse(chitieu_core::io::EMBEDDED_RON, Path::new("seed.ron")).unwrap();
    assert!(cleaned.is_empty());
    let generated = chitieu_core::generate::report(300, 7);
    let text = chitieu_core::io::to_string(&generated).unwrap();
    let (back, cleaned) = chitieu_core::io::parse(&text, Path::new("g.ron")).unwrap();
    assert!(cleaned.is_empty());
    assert_eq!(back, generated);
}

#[test]
fn ids_that_become_one_when_cleaned_are_refused_with_their_line() {
    let ron = broken_ron().replace("id: \"khach\"", "id: \"vdt\u{200F}\"");
    let err = chitieu_core::io::from_str(&ron, Path::new("dup.ron")).unwrap_err();
    let message = err.message(Lang::En);
    assert!(
        message.contains("line 20"),
        "the duplicate's own line: {message}"
    );
    assert!(message.contains("vdt"), "{message}");
}

#[test]
fn the_command_line_says_what_it_cleaned_and_exports_clean_text() {
    let dir = tempfile::tempdir().unwrap();
    let path = broken_file(dir.path());
    let out = dir.path().join("bac-kan.csv");
    let run = Command::new(env!("CARGO_BIN_EXE_chitieu"))
        .env("LC_ALL", "C")
        .env("LANG", "C")
        .args(["export", "--out"])
        .arg(&out)
        .arg(&path)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("chitieu: Cleaned 5 texts") && stderr.contains("U+202E"),
        "{stderr}"
    );
    let csv = std::fs::read_to_string(&out).unwrap();
    assert!(csv.contains("Khách du lịch nội địa"), "{csv}");
    assert!(clean_everywhere(&csv.replace('\r', "")));
}

/// One file of a zip package, as text.
fn part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut file = zip.by_name(name).unwrap();
    let mut text = String::new();
    file.read_to_string(&mut text).unwrap();
    text
}

/// True for a character XML 1.0 may hold (its `Char` production).
fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// The text of each paragraph (`w:p`) of a Word document's XML, read as XML: panics if
/// it is not well-formed XML 1.0, or holds a character XML 1.0 cannot hold, written
/// raw or as a character reference.
fn paragraphs(xml: &str) -> Vec<String> {
    use quick_xml::events::Event;
    for c in xml.chars() {
        assert!(is_xml_char(c), "U+{:04X} in the XML", u32::from(c));
    }
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut out = Vec::new();
    let mut current = String::new();
    let mut in_text = false;
    loop {
        match reader.read_event().unwrap() {
            Event::Start(e) if e.name().as_ref() == b"w:t" => in_text = true,
            Event::End(e) if e.name().as_ref() == b"w:t" => in_text = false,
            Event::End(e) if e.name().as_ref() == b"w:p" => out.push(std::mem::take(&mut current)),
            Event::Text(t) if in_text => current.push_str(&t.decode().unwrap()),
            Event::GeneralRef(r) if in_text => match r.resolve_char_ref().unwrap() {
                Some(c) => {
                    assert!(is_xml_char(c), "&#{};", u32::from(c));
                    current.push(c);
                }
                None => {
                    let name: &[u8] = &r;
                    current.push(match name {
                        b"amp" => '&',
                        b"lt" => '<',
                        b"gt" => '>',
                        b"quot" => '"',
                        b"apos" => '\'',
                        other => panic!("unknown entity {}", String::from_utf8_lossy(other)),
                    });
                }
            },
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

#[test]
fn the_word_report_of_broken_names_is_well_formed_and_reads_in_order() {
    let bytes = export::to_bytes(&broken_report(), Format::Docx, &options(Lang::Vi)).unwrap();
    let paragraphs = paragraphs(&part(&bytes, "word/document.xml"));
    let all = paragraphs.join("\n");
    assert!(clean_everywhere(&all));
    let sentence = paragraphs
        .iter()
        .find(|p| p.contains("Vốn đầu tư toàn xã hội"))
        .unwrap_or_else(|| panic!("no sentence on investment in {all}"));
    assert!(sentence.contains("13.527"), "{sentence}");
    assert!(all.contains("Khách du lịch nội địa"), "not glued: {all}");
    assert!(all.contains("Đẩy nhanh giải ngân"), "{all}");
}

/// Runs `program` with `args`, or says SKIPPED when it is not installed.
fn installed(program: &str) -> bool {
    let found = Command::new(program).arg("-v").output().is_ok();
    if !found {
        eprintln!("SKIPPED: {program} is not installed (apt-get install poppler-utils)");
    }
    found
}

#[test]
fn libreoffice_prints_a_broken_name_with_its_figures_in_order() {
    let Some(soffice) = soffice() else {
        eprintln!(
            "SKIPPED: LibreOffice is not installed (apt-get install libreoffice-writer-nogui)"
        );
        return;
    };
    if !installed("pdftotext") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bac-kan.docx");
    let bytes = export::to_bytes(&broken_report(), Format::Docx, &options(Lang::Vi)).unwrap();
    std::fs::write(&file, bytes).unwrap();
    office::convert(
        &soffice,
        &file,
        "pdf",
        dir.path(),
        dir.path(),
        office::Formulas::Cached,
    );
    let pdf = dir.path().join("bac-kan.pdf");
    let text = Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("Vốn đầu tư toàn xã hội"), "{flat}");
    assert!(flat.contains("13.527"), "{flat}");
    assert!(!flat.contains("725.31"), "a figure turned around: {flat}");
    assert!(flat.contains("Khách du lịch nội địa"), "{flat}");
    if let Ok(keep) = std::env::var("CHITIEU_KEEP_PDF") {
        std::fs::copy(&pdf, keep).unwrap();
    }
}

#[test]
fn the_workbook_and_the_csv_hold_the_clean_text() {
    use calamine::{Reader as _, Xlsx};
    let report = broken_report();
    let bytes = export::to_bytes(&report, Format::Xlsx, &options(Lang::Vi)).unwrap();
    for name in ["xl/sharedStrings.xml", "docProps/core.xml"] {
        let xml = part(&bytes, name);
        assert!(
            !xml.contains("_x0001_") && !xml.contains("_xFFFE_"),
            "{name}: {xml}"
        );
        assert!(clean_everywhere(&xml), "{name}");
    }
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes.clone())).unwrap();
    let mut names = Vec::new();
    for sheet in book.sheet_names() {
        let range = book.worksheet_range(&sheet).unwrap();
        for cell in range.used_cells() {
            let text = cell.2.to_string();
            assert!(clean_everywhere(&text), "{sheet}: {text:?}");
            names.push(text);
        }
    }
    assert!(names.iter().any(|n| n.ends_with("Khách du lịch nội địa")));
    assert!(names.iter().any(|n| n == "Số liệu sơ bộ\ncủa Sở Văn hóa"));

    let csv = export::to_bytes(&report, Format::Csv, &options(Lang::Vi)).unwrap();
    let mut reader = ::csv::Reader::from_reader(&csv[3..]);
    let rows: Vec<::csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let khach = rows.iter().find(|r| &r[0] == "khach").unwrap();
    assert_eq!(&khach[3], "Khách du lịch nội địa");
    assert_eq!(&khach[4], "Domestic visitors");
    assert!(rows.iter().all(|r| r.iter().all(clean_everywhere)));

    let Some(soffice) = soffice() else {
        eprintln!("SKIPPED: LibreOffice is not installed (apt-get install libreoffice-calc-nogui)");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bac-kan.xlsx");
    std::fs::write(&file, &bytes).unwrap();
    office::convert(
        &soffice,
        &file,
        "csv:Text - txt - csv (StarCalc):44,34,76",
        dir.path(),
        dir.path(),
        office::Formulas::Cached,
    );
    let opened = std::fs::read_to_string(dir.path().join("bac-kan.csv")).unwrap();
    assert!(opened.contains("Khách du lịch nội địa"), "{opened}");
}

#[test]
fn the_fill_in_sheet_and_the_text_hold_the_clean_names() {
    let report = broken_report();
    let options = chitieu_core::import::template::TemplateOptions {
        lang: Lang::Vi,
        ..Default::default()
    };
    let bytes = chitieu_core::import::template::to_bytes(&report, &options).unwrap();
    let strings = part(&bytes, "xl/sharedStrings.xml");
    assert!(strings.contains("Khách du lịch nội địa"), "{strings}");
    assert!(clean_everywhere(&strings) && !strings.contains("_x0001_"));
    for format in [Format::Markdown, Format::Text] {
        let text =
            String::from_utf8(export::to_bytes(&report, format, &options_vi()).unwrap()).unwrap();
        assert!(clean_everywhere(&text));
        assert!(
            text.contains("Vốn đầu tư toàn xã hội 6 tháng đầu năm ước đạt 13.527"),
            "{text}"
        );
    }
}

fn options_vi() -> Options {
    options(Lang::Vi)
}

#[test]
fn a_figure_pasted_with_a_direction_mark_is_read() {
    let report = chitieu_core::io::from_str(&broken_ron(), Path::new("b.ron")).unwrap();
    let mut session = Session::new(report, None);
    let ids = [IndicatorId("vdt".into()), IndicatorId("khach".into())];
    let pasted = session.paste(
        Field::Actual,
        &ids,
        &["\u{200E}14.001\u{200F}", "\u{202A}415.000\u{202C}"],
        Notation::Vietnamese,
    );
    assert_eq!(pasted.applied, 2, "{:?}", pasted.refused);
    assert_eq!(pasted.cleaned.bidi, 4);
    let actual = |id: &IndicatorId| session.indicator(id).unwrap().actual;
    assert_eq!(actual(&ids[0]), Some(14001.0));
    assert_eq!(actual(&ids[1]), Some(415000.0));

    assert!(session.set_note(ids[0].clone(), "ghi\u{1}chú\r\nhai".into()));
    assert_eq!(session.indicator(&ids[0]).unwrap().note, "ghichú\nhai");
}

/// The app on the hand-made report, cleaned, in English.
fn app() -> Harness<'static, ChitieuApp> {
    let report = chitieu_core::io::from_str(&broken_ron(), Path::new("b.ron")).unwrap();
    let settings = english_settings();
    let mut h = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_eframe(move |cc| ChitieuApp::with_settings(&cc.egui_ctx, report, None, settings));
    h.run();
    h
}

fn describe(h: &mut Harness<'_, ChitieuApp>, id: &str) {
    h.state_mut()
        .command(AppCommand::Browse(BrowseCmd::SelectIndicator {
            id: IndicatorId(id.into()),
            reveal: true,
        }));
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run();
}

fn field(h: &mut Harness<'_, ChitieuApp>, label: &str) {
    h.get_by_label(label).click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
}

#[test]
fn a_name_typed_in_describe_is_saved_clean_and_what_was_removed_is_said() {
    let mut h = app();
    describe(&mut h, "vdt");
    field(&mut h, "Name (English)");
    h.get_by_label("Name (English)")
        .type_text("Total\u{1} investment\u{202E} (social)");
    h.run();
    h.get_by_label("OK").click();
    h.run();
    let name = &h
        .state()
        .report()
        .indicator(&IndicatorId("vdt".into()))
        .unwrap()
        .name;
    assert_eq!(name.en, "Total investment (social)");
    assert!(
        h.query_by_label_contains(
            "Saved, with its text cleaned — indicator vdt: name (English): removed 1 control character (U+0001); removed 1 text direction control (U+202E)"
        )
        .is_some()
    );
}

#[test]
fn a_name_pasted_in_describe_is_saved_clean_on_one_line() {
    let mut h = app();
    describe(&mut h, "khach");
    field(&mut h, "Name (Vietnamese)");
    // The one-line field makes each of CR and LF a space itself: a LF alone here.
    h.event(egui::Event::Paste(
        "Khách du lịch\u{202B}\nquốc tế\u{7}".into(),
    ));
    h.run();
    h.get_by_label("OK").click();
    h.run();
    let ind = h
        .state()
        .report()
        .indicator(&IndicatorId("khach".into()))
        .unwrap()
        .clone();
    assert_eq!(ind.name.vi, "Khách du lịch quốc tế");
    assert!(
        h.query_all_by_label("Khách du lịch quốc tế")
            .next()
            .is_some()
    );
    assert!(
        h.query_by_label_contains("removed 1 text direction control (U+202B)")
            .is_some()
    );
}

#[test]
fn a_section_title_typed_in_describe_is_saved_clean() {
    let mut h = app();
    h.state_mut()
        .command(AppCommand::Structure(StructureCmd::DescribeSection(
            chitieu_core::model::SectionId("kt".into()),
        )));
    h.run();
    field(&mut h, "Title (English)");
    h.get_by_label("Title (English)")
        .type_text("Eco\u{2066}nomy\u{2069}");
    h.run();
    h.get_by_label("OK").click();
    h.run();
    let report = h.state().report();
    assert_eq!(report.sections[0].title.en, "Economy");
}

#[test]
fn the_app_opens_a_broken_file_cleaned_unsaved_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = broken_file(dir.path());
    let mut h = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_eframe(move |cc| {
            ChitieuApp::start(&cc.egui_ctx, Some(path), english_settings()).unwrap()
        });
    h.run();
    assert!(
        h.state().is_dirty(),
        "unsaved until the clean text is saved"
    );
    assert_eq!(
        h.state()
            .report()
            .indicator(&IndicatorId("vdt".into()))
            .unwrap()
            .name
            .vi,
        "Vốn đầu tư toàn xã hội"
    );
    assert!(h.query_by_label_contains("Cleaned 5 texts").is_some());
}

/// Any text, or one made mostly of what cleaning takes out.
fn texts() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[\\x00-\\x20\\x{7F}-\\x{9F}\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2028}\\x{2029}\\x{2066}-\\x{2069}\\x{FDD0}\\x{FFFE}\\x{FFFF}\\x{1FFFF}a-zđ ]{0,40}",
    ]
}

proptest! {
    #[test]
    fn a_cleaned_text_holds_nothing_that_breaks_a_file_and_stays_as_it_is(
        s in texts()
    ) {
        for shape in [Shape::Line, Shape::Lines] {
            let once = clean(&s, shape);
            for c in once.text.chars() {
                prop_assert!(!is_bidi(c), "U+{:04X}", u32::from(c));
                let noncharacter = u32::from(c) & 0xFFFE == 0xFFFE;
                prop_assert!(is_xml_char(c) && !noncharacter, "U+{:04X}", u32::from(c));
                prop_assert!(
                    !c.is_control() || (shape == Shape::Lines && matches!(c, '\n' | '\t')),
                    "U+{:04X} in {:?}", u32::from(c), shape
                );
                if shape == Shape::Line {
                    let line_break = matches!(c, '\n' | '\r' | '\t' | '\u{2028}' | '\u{2029}');
                    prop_assert!(!line_break, "a line break left in a line");
                }
            }
            let twice = clean(&once.text, shape);
            prop_assert_eq!(&twice.text, &once.text);
            prop_assert!(twice.removed.is_empty());
        }
    }
}
