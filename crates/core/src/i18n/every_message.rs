//! Every message of the catalogue with figures in it, one of each kind: each renders in
//! both languages, not empty, and differently. Each enum has its numbering function,
//! an exhaustive `match`: a variant added does not compile there until it is numbered,
//! and then fails here until it has a case.

use std::collections::BTreeSet;
use std::io::{Error, ErrorKind};
use std::path::PathBuf;

use super::{CliMessage, Message, NewReport, SessionMessage, TitleMessage};
use crate::checks::{Finding, FindingKind, Severity, Subject};
use crate::entry::EntryError;
use crate::export::ExportError;
use crate::format::ParseNumberError;
use crate::import::mapping::MappingError;
use crate::import::template::TemplateError;
use crate::import::{ImportError, Problem, ProblemKind, Visibility};
use crate::io::{FileKind, LoadError, SaveError};
use crate::model::{Field, Lang, Period, Quarter, Span, Text};
use crate::recovery::RecoveryError;
use crate::session::StructureError;

/// Asserts that `cases` cover the `count` variants `number` knows, and that each reads
/// in both languages, not empty, and differently.
fn covers<T: Message + std::fmt::Debug>(
    name: &str,
    cases: &[T],
    number: fn(&T) -> usize,
    count: usize,
) {
    let seen: BTreeSet<usize> = cases.iter().map(number).collect();
    let missing: Vec<usize> = (0..count).filter(|n| !seen.contains(n)).collect();
    assert!(
        missing.is_empty(),
        "{name}: variants with no case: {missing:?}"
    );
    for case in cases {
        let (vi, en) = (case.tr(Lang::Vi), case.tr(Lang::En));
        assert!(!vi.trim().is_empty(), "{name}: no Vietnamese for {case:?}");
        assert!(!en.trim().is_empty(), "{name}: no English for {case:?}");
        assert_ne!(vi, en, "{name}: the same in both languages: {case:?}");
        if let Some(english) = english_in(&vi) {
            panic!("{name}: the catalogue's English \"{english}\" in Vietnamese: {vi}");
        }
    }
}

/// The first English text of the catalogue (a fixed text of four letters or more, not
/// the same in both languages) that `vi` holds as whole words, if any: English that
/// reached the Vietnamese.
pub(crate) fn english_in(vi: &str) -> Option<&'static str> {
    let vietnamese: BTreeSet<&str> = super::every_text().iter().map(|e| e.vi).collect();
    super::every_text()
        .into_iter()
        .map(|e| e.en)
        .filter(|en| en.chars().filter(char::is_ascii_alphabetic).count() >= 4)
        .filter(|en| !super::SAME_IN_BOTH.contains(en) && !vietnamese.contains(en))
        .find(|en| {
            vi.match_indices(en).any(|(at, _)| {
                let before = vi.get(..at).and_then(|b| b.chars().next_back());
                let after = vi.get(at + en.len()..).and_then(|a| a.chars().next());
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
            })
        })
}

#[test]
fn english_of_the_catalogue_is_found_in_a_vietnamese_text() {
    assert_eq!(
        english_in("tỷ lệ actual = 104,5%"),
        None,
        "a file's key is no catalogue text"
    );
    assert_eq!(english_in("lỗi: Period target sai"), Some("Period target"));
    assert_eq!(english_in("Periodic"), None, "whole words only");
}

fn path() -> PathBuf {
    PathBuf::from("/data/bao-cao.ron")
}

fn io_error() -> Error {
    Error::new(ErrorKind::PermissionDenied, "denied")
}

fn save_errors() -> Vec<SaveError> {
    vec![
        SaveError::Serialize("bad".into()),
        SaveError::Backup {
            path: path(),
            source: io_error(),
        },
        SaveError::Write {
            path: path(),
            source: Error::new(ErrorKind::StorageFull, "full"),
        },
        SaveError::ReadOnly { path: path() },
        SaveError::NotAFile {
            path: path(),
            kind: FileKind::Pipe,
        },
        SaveError::Changed { path: path() },
        SaveError::IsAReport { path: path() },
    ]
}

fn save_number(e: &SaveError) -> usize {
    match e {
        SaveError::Serialize(_) => 0,
        SaveError::Backup { .. } => 1,
        SaveError::Write { .. } => 2,
        SaveError::ReadOnly { .. } => 3,
        SaveError::NotAFile { .. } => 4,
        SaveError::Changed { .. } => 5,
        SaveError::IsAReport { .. } => 6,
    }
}

fn load_errors() -> Vec<LoadError> {
    let finding = Finding {
        severity: Severity::Error,
        subject: Subject::Indicator("a".into()),
        kind: FindingKind::DuplicateId,
    };
    vec![
        LoadError::Read {
            path: path(),
            source: Error::new(ErrorKind::NotFound, "gone"),
        },
        LoadError::TooLarge {
            path: path(),
            bytes: 300_000_000,
        },
        LoadError::Unending {
            path: path(),
            limit: 200_000_000,
        },
        LoadError::IsADirectory { path: path() },
        LoadError::NotAFile {
            path: path(),
            kind: FileKind::Device,
        },
        LoadError::NotText {
            path: path(),
            line: 3,
            column: 7,
            truncated: false,
        },
        LoadError::NotText {
            path: path(),
            line: 3,
            column: 7,
            truncated: true,
        },
        LoadError::Syntax {
            path: path(),
            line: 2,
            column: 1,
            problem: crate::io::Syntax::Empty,
            ends_early: false,
        },
        LoadError::Syntax {
            path: path(),
            line: 9,
            column: 3,
            problem: crate::io::Syntax::NoClosingQuote,
            ends_early: true,
        },
        LoadError::TooNew {
            path: path(),
            found: 99,
        },
        LoadError::Structure {
            path: path(),
            problems: vec![
                (Some(4), crate::io::Problem::Structure(finding)),
                (
                    None,
                    crate::io::Problem::NotFinite {
                        indicator: "b".into(),
                        what: "actual".into(),
                        value: f64::NAN,
                    },
                ),
            ],
        },
    ]
}

fn load_number(e: &LoadError) -> usize {
    match e {
        LoadError::Read { .. } => 0,
        LoadError::TooLarge { .. } => 1,
        LoadError::Unending { .. } => 2,
        LoadError::IsADirectory { .. } => 3,
        LoadError::NotAFile { .. } => 4,
        LoadError::NotText { .. } => 5,
        LoadError::Syntax { .. } => 6,
        LoadError::TooNew { .. } => 7,
        LoadError::Structure { .. } => 8,
    }
}

#[test]
fn every_error_of_reading_and_saving_reads_in_both_languages() {
    covers("SaveError", &save_errors(), save_number, 7);
    covers("LoadError", &load_errors(), load_number, 9);
    let recovery = vec![
        RecoveryError::Busy { path: path() },
        RecoveryError::Lock {
            path: path(),
            source: io_error(),
        },
        RecoveryError::Write(SaveError::ReadOnly { path: path() }),
        RecoveryError::Read(LoadError::IsADirectory { path: path() }),
        RecoveryError::Remove {
            path: path(),
            source: io_error(),
        },
    ];
    covers(
        "RecoveryError",
        &recovery,
        |e| match e {
            RecoveryError::Busy { .. } => 0,
            RecoveryError::Lock { .. } => 1,
            RecoveryError::Write(_) => 2,
            RecoveryError::Read(_) => 3,
            RecoveryError::Remove { .. } => 4,
        },
        5,
    );
}

fn parse_errors() -> Vec<ParseNumberError> {
    vec![
        ParseNumberError::Empty,
        ParseNumberError::InvalidCharacter {
            found: 'x',
            position: 3,
        },
        ParseNumberError::TwoDecimalMarks { mark: ',' },
        ParseNumberError::BadGrouping {
            separator: '.',
            example: "14.283,5",
        },
        ParseNumberError::NoDigits,
        ParseNumberError::OutOfRange,
    ]
}

#[test]
fn every_error_of_a_figure_reads_in_both_languages() {
    covers(
        "ParseNumberError",
        &parse_errors(),
        |e| match e {
            ParseNumberError::Empty => 0,
            ParseNumberError::InvalidCharacter { .. } => 1,
            ParseNumberError::TwoDecimalMarks { .. } => 2,
            ParseNumberError::BadGrouping { .. } => 3,
            ParseNumberError::NoDigits => 4,
            ParseNumberError::OutOfRange => 5,
        },
        6,
    );
    let period = [crate::model::ParsePeriodError("2024-X".into())];
    covers("ParsePeriodError", &period, |_| 0, 1);
    let entry = vec![
        EntryError::NotANumber(ParseNumberError::Empty),
        EntryError::NotWhole,
        EntryError::Negative,
        EntryError::ShareOutOfRange,
        EntryError::GrowthBelowAll,
        EntryError::GrowthFollowsFigures,
        EntryError::PercentOfAmount,
        EntryError::TooLarge,
    ];
    covers(
        "EntryError",
        &entry,
        |e| match e {
            EntryError::NotANumber(_) => 0,
            EntryError::NotWhole => 1,
            EntryError::Negative => 2,
            EntryError::ShareOutOfRange => 3,
            EntryError::GrowthBelowAll => 4,
            EntryError::GrowthFollowsFigures => 5,
            EntryError::PercentOfAmount => 6,
            EntryError::TooLarge => 7,
        },
        8,
    );
}

#[test]
fn every_error_of_an_export_or_an_import_reads_in_both_languages() {
    let export = vec![
        ExportError::Xlsx("x".into()),
        ExportError::Docx("x".into()),
        ExportError::Save(SaveError::IsAReport { path: path() }),
    ];
    covers(
        "ExportError",
        &export,
        |e| match e {
            ExportError::Xlsx(_) => 0,
            ExportError::Docx(_) => 1,
            ExportError::Save(_) => 2,
        },
        3,
    );
    let template = vec![
        TemplateError::UnknownSection { id: "s9".into() },
        TemplateError::NoIndicators,
        TemplateError::Xlsx("x".into()),
        TemplateError::Save(SaveError::ReadOnly { path: path() }),
    ];
    covers(
        "TemplateError",
        &template,
        |e| match e {
            TemplateError::UnknownSection { .. } => 0,
            TemplateError::NoIndicators => 1,
            TemplateError::Xlsx(_) => 2,
            TemplateError::Save(_) => 3,
        },
        4,
    );
    let mapping = vec![
        MappingError::NoSheet {
            sheet: "Sở Tài chính".into(),
        },
        MappingError::NoRow { row: 99 },
        MappingError::NoIndicator,
        MappingError::NoFigure,
        MappingError::SameColumn { column: "C".into() },
    ];
    covers(
        "MappingError",
        &mapping,
        |e| match e {
            MappingError::NoSheet { .. } => 0,
            MappingError::NoRow { .. } => 1,
            MappingError::NoIndicator => 2,
            MappingError::NoFigure => 3,
            MappingError::SameColumn { .. } => 4,
        },
        5,
    );
    let sheet = PathBuf::from("/data/so-tai-chinh.xlsx");
    let import = vec![
        ImportError::Read {
            path: sheet.clone(),
            source: io_error(),
        },
        ImportError::NotAFile {
            path: sheet.clone(),
        },
        ImportError::TooLarge {
            path: sheet.clone(),
            limit_bytes: 64 << 20,
        },
        ImportError::NotAWorkbook {
            path: sheet.clone(),
            reason: crate::import::Unreadable::NotAZip,
        },
        ImportError::Unpacked {
            path: sheet.clone(),
            limit_bytes: 256 << 20,
        },
        ImportError::Unsupported {
            path: sheet.clone(),
        },
        ImportError::NotText {
            path: sheet.clone(),
            line: 2,
        },
        ImportError::Csv {
            path: sheet.clone(),
            line: 2,
            reason: "quote".into(),
        },
        ImportError::TooManyRows {
            sheet: "Sheet1".into(),
            limit: 1_048_576,
            path: sheet.clone(),
        },
        ImportError::NoHeader { path: sheet },
    ];
    covers(
        "ImportError",
        &import,
        |e| match e {
            ImportError::Read { .. } => 0,
            ImportError::NotAFile { .. } => 1,
            ImportError::TooLarge { .. } => 2,
            ImportError::NotAWorkbook { .. } => 3,
            ImportError::Unpacked { .. } => 4,
            ImportError::Unsupported { .. } => 5,
            ImportError::NotText { .. } => 6,
            ImportError::Csv { .. } => 7,
            ImportError::TooManyRows { .. } => 8,
            ImportError::NoHeader { .. } => 9,
        },
        10,
    );
}

fn problem_kinds() -> Vec<ProblemKind> {
    vec![
        ProblemKind::UnknownRow {
            key: "thu ngan sach".into(),
            looks_like: None,
        },
        ProblemKind::UnknownRow {
            key: "grdp\u{200b}".into(),
            looks_like: Some("grdp".into()),
        },
        ProblemKind::Ambiguous {
            key: "Thu".into(),
            ids: vec!["a".into(), "b".into()],
        },
        ProblemKind::GivenTwice {
            id: "a".into(),
            field: Field::Actual,
            first_cell: "D4".into(),
            first: 1.0,
            second: 2.0,
        },
        ProblemKind::UnitMismatch {
            id: "a".into(),
            found: "triệu đồng".into(),
            expected: "tỷ đồng".into(),
        },
        ProblemKind::NotANumber {
            text: "abc".into(),
            error: Some(ParseNumberError::NoDigits),
        },
        ProblemKind::FormulaError {
            error: "#DIV/0!".into(),
        },
        ProblemKind::Uncomputed {
            formula: "B2+C2".into(),
        },
        ProblemKind::HiddenSheet {
            visibility: Visibility::VeryHidden,
        },
        ProblemKind::OtherSheet {
            read: "Sheet1".into(),
        },
        ProblemKind::SecondColumn {
            field: Field::Target,
            first: "E".into(),
            title: "KH".into(),
        },
        ProblemKind::NotAFigure {
            id: "a".into(),
            field: Field::Actual,
            value: -1.0,
            error: EntryError::Negative,
        },
        ProblemKind::StoppedReading { row: 10_000 },
        ProblemKind::OtherPeriod {
            found: "2024-H2".into(),
            expected: "2024-H1".into(),
        },
    ]
}

#[test]
fn every_problem_of_an_import_reads_in_both_languages() {
    let problems: Vec<Problem> = problem_kinds()
        .into_iter()
        .map(|kind| Problem {
            severity: Severity::Warning,
            sheet: "Sheet1".into(),
            cell: "C7".into(),
            kind,
        })
        .collect();
    covers(
        "ProblemKind",
        &problems,
        |p| match p.kind {
            ProblemKind::UnknownRow { .. } => 0,
            ProblemKind::Ambiguous { .. } => 1,
            ProblemKind::GivenTwice { .. } => 2,
            ProblemKind::UnitMismatch { .. } => 3,
            ProblemKind::NotANumber { .. } => 4,
            ProblemKind::FormulaError { .. } => 5,
            ProblemKind::Uncomputed { .. } => 6,
            ProblemKind::HiddenSheet { .. } => 7,
            ProblemKind::OtherSheet { .. } => 8,
            ProblemKind::SecondColumn { .. } => 9,
            ProblemKind::NotAFigure { .. } => 10,
            ProblemKind::StoppedReading { .. } => 11,
            ProblemKind::OtherPeriod { .. } => 12,
        },
        13,
    );
}

#[test]
fn a_figure_is_named_in_vietnamese_words_in_a_vietnamese_problem() {
    let problem = |kind| Problem {
        severity: Severity::Error,
        sheet: "Sở Tài chính".into(),
        cell: "D14".into(),
        kind,
    };
    let twice = problem(ProblemKind::GivenTwice {
        id: "thu_nd".into(),
        field: Field::AnnualTarget,
        first_cell: "D4".into(),
        first: 12366.7,
        second: 12367.0,
    });
    assert_eq!(
        twice.message(Lang::Vi),
        "chỉ tiêu năm của thu_nd được ghi hai lần với số khác nhau (12.366,7 ở D4, 12.367 ở đây): sửa một trong hai; không lấy số nào"
    );
    assert!(
        twice
            .message(Lang::En)
            .starts_with("thu_nd annual_target is given twice")
    );
    let negative = problem(ProblemKind::NotAFigure {
        id: "dn_moi".into(),
        field: Field::Actual,
        value: -3.0,
        error: EntryError::Negative,
    });
    assert_eq!(
        negative.line_in(Lang::Vi),
        "lỗi Sở Tài chính!D14: ước thực hiện của dn_moi: -3 không dùng được: Số lượng không thể âm"
    );
}

#[test]
fn every_message_of_the_session_and_the_command_line_reads_in_both_languages() {
    let finding = Finding {
        severity: Severity::Error,
        subject: Subject::Indicator("a".into()),
        kind: FindingKind::ParentCycle(vec!["a".into(), "a".into()]),
    };
    let structure = vec![
        StructureError::Unknown("a".into()),
        StructureError::Breaks(Box::new(finding)),
        StructureError::ChangedUnderTheEdit,
        StructureError::NowhereToMove("s".into()),
    ];
    covers(
        "StructureError",
        &structure,
        |e| match e {
            StructureError::Unknown(_) => 0,
            StructureError::Breaks(_) => 1,
            StructureError::ChangedUnderTheEdit => 2,
            StructureError::NowhereToMove(_) => 3,
        },
        4,
    );
    let h1 = Period {
        year: 2024,
        span: Span::H1,
    };
    covers(
        "SessionMessage",
        &[SessionMessage::NewReport(h1)],
        |e| match e {
            SessionMessage::NewReport(_) => 0,
        },
        1,
    );
    let path = || "/data/x.ron".to_owned();
    let cli = vec![
        CliMessage::OutIsTheReport { path: path() },
        CliMessage::FormatDoesNotMatch {
            given: "csv",
            named: "xlsx",
            path: path(),
        },
        CliMessage::NoFormat { path: path() },
        CliMessage::OutExists { path: path() },
        CliMessage::NewPeriod {
            path: path(),
            indicators: 1,
            actuals_cleared: 1,
            priors_carried: 1,
            annual_targets_kept: 1,
            annual_targets_cleared: 0,
            renames: 0,
        },
        CliMessage::Renamed {
            id: "a".into(),
            before: "2024".into(),
            after: "2025".into(),
        },
        CliMessage::CannotWriteFindings { error: "x".into() },
        CliMessage::CannotWritePreview { error: "x".into() },
        CliMessage::OutRequired,
        CliMessage::OutIsTheSheet { path: path() },
        CliMessage::BadPeriod {
            text: "2024-X".into(),
        },
    ];
    covers(
        "CliMessage",
        &cli,
        |e| match e {
            CliMessage::OutIsTheReport { .. } => 0,
            CliMessage::FormatDoesNotMatch { .. } => 1,
            CliMessage::NoFormat { .. } => 2,
            CliMessage::OutExists { .. } => 3,
            CliMessage::NewPeriod { .. } => 4,
            CliMessage::Renamed { .. } => 5,
            CliMessage::CannotWriteFindings { .. } => 6,
            CliMessage::CannotWritePreview { .. } => 7,
            CliMessage::OutRequired => 8,
            CliMessage::OutIsTheSheet { .. } => 9,
            CliMessage::BadPeriod { .. } => 10,
        },
        11,
    );
}

#[test]
fn every_title_and_text_of_a_new_report_reads_in_both_languages() {
    let h1 = Period {
        year: 2024,
        span: Span::H1,
    };
    let titles = vec![
        TitleMessage::LeftForMonths(2),
        TitleMessage::TasksForYear(2025),
        TitleMessage::TasksForMonths(4),
        TitleMessage::Quarter(Quarter::Q3),
        TitleMessage::MoreChars("1.234".into()),
        TitleMessage::Period(h1),
    ];
    covers(
        "TitleMessage",
        &titles,
        |e| match e {
            TitleMessage::LeftForMonths(_) => 0,
            TitleMessage::TasksForYear(_) => 1,
            TitleMessage::TasksForMonths(_) => 2,
            TitleMessage::Quarter(_) => 3,
            TitleMessage::MoreChars(_) => 4,
            TitleMessage::Period(_) => 5,
        },
        6,
    );
    let reports = vec![
        NewReport::Title(h1),
        NewReport::TitleOfRegion {
            period: h1,
            region: Text::new("Bắc Ninh", "Bac Ninh"),
        },
        NewReport::MadeFrom(h1),
    ];
    covers(
        "NewReport",
        &reports,
        |e| match e {
            NewReport::Title(_) => 0,
            NewReport::TitleOfRegion { .. } => 1,
            NewReport::MadeFrom(_) => 2,
        },
        3,
    );
}

#[test]
fn every_period_has_its_words_in_both_languages() {
    for span in [
        Span::Year,
        Span::H1,
        Span::H2,
        Span::Q1,
        Span::Q2,
        Span::Q3,
        Span::Q4,
        Span::FirstMonths(9),
    ] {
        let p = TitleMessage::Period(Period { year: 2024, span });
        let (vi, en) = (p.tr(Lang::Vi), p.tr(Lang::En));
        assert!(
            vi.contains("2024") && en.contains("2024") && vi != en,
            "{vi} / {en}"
        );
    }
}

#[test]
fn what_chitieu_says_of_a_file_it_cannot_read_is_in_the_users_language() {
    let report = std::path::Path::new("/data/r.ron");
    let Err(empty) = crate::io::parse("  \n", report) else {
        panic!("an empty file is no report");
    };
    assert_eq!(
        empty.message(Lang::Vi),
        "dòng 1, cột 1: tệp trống: /data/r.ron"
    );
    assert_eq!(
        empty.to_string(),
        "line 1, column 1: the file is empty: /data/r.ron"
    );
    let Err(cut) = crate::io::parse("(schema_version: 1, title: (vi: \"Báo", report) else {
        panic!("a cut file is no report");
    };
    assert!(
        cut.message(Lang::Vi).contains("(tệp bị cắt cụt?)"),
        "{}",
        cut.message(Lang::Vi)
    );
    let sheet = std::path::Path::new("/data/so-tai-chinh.xlsx");
    let Err(not_zip) = crate::import::sheet::read_xlsx(b"id,actual\n", sheet) else {
        panic!("a text file is no workbook");
    };
    assert!(
        not_zip
            .message(Lang::Vi)
            .contains("không phải một tệp nén zip")
    );
    assert!(not_zip.to_string().contains("not a zip archive"));
}
