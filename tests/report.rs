//! The outputs that go to the leadership unchanged, read back the way they are read:
//! the Word report (its XML, and LibreOffice's PDF of it), the report's text in both
//! languages, and the workbook's print settings.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::print_stderr,
    reason = "tests fail loudly"
)]

use std::io::Read as _;
use std::process::Command;

use chitieu_core::export::{self, CsvLocale, Format, Options};
#[path = "../crates/core/tests/support/office.rs"]
mod office;
use chitieu_core::model::{IndicatorId, Lang, Report};
use office::soffice;

fn options(lang: Lang) -> Options {
    Options {
        lang,
        csv_locale: CsvLocale::Standard,
        exported_at: "2024-07-15 15:30 (UTC+07:00)".into(),
    }
}

/// One file of a zip package (a .docx or an .xlsx), as text.
fn part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut file = zip.by_name(name).unwrap();
    let mut text = String::new();
    file.read_to_string(&mut text).unwrap();
    text
}

/// The value of `attr="…"` in the first element of `xml` that starts with `element`.
fn attr(xml: &str, element: &str, attr: &str) -> Option<String> {
    let start = xml.find(element)?;
    let end = start + xml[start..].find('>')?;
    let tag = &xml[start..end];
    let key = format!("{attr}=\"");
    let at = tag.find(&key)? + key.len();
    Some(tag[at..at + tag[at..].find('"')?].to_owned())
}

/// Twips to millimetres.
fn mm(twips: &str) -> f64 {
    twips.parse::<f64>().unwrap() * 25.4 / 1440.0
}

fn docx(report: &Report, lang: Lang) -> Vec<u8> {
    export::to_bytes(report, Format::Docx, &options(lang)).unwrap()
}

#[test]
fn the_word_report_has_the_page_font_and_heading_of_decree_30() {
    let report = chitieu_core::io::embedded().unwrap();
    let bytes = docx(&report, Lang::Vi);
    let doc = part(&bytes, "word/document.xml");

    // The body: portrait A4 with the decree's margins.
    let body = &doc[doc.find("<w:sectPr").unwrap()..];
    assert_eq!(attr(body, "<w:pgSz", "w:w").as_deref(), Some("11906"));
    assert_eq!(attr(body, "<w:pgSz", "w:h").as_deref(), Some("16838"));
    let margin = |side: &str| mm(&attr(body, "<w:pgMar", side).unwrap());
    assert!(
        (20.0..=25.0).contains(&margin("w:top")),
        "{}",
        margin("w:top")
    );
    assert!((20.0..=25.0).contains(&margin("w:bottom")));
    assert!((30.0..=35.0).contains(&margin("w:left")));
    assert!((15.0..=20.0).contains(&margin("w:right")));
    // The appendix: the last section, landscape A4.
    let last = &doc[doc.rfind("<w:sectPr").unwrap()..];
    assert_eq!(attr(last, "<w:pgSz", "w:w").as_deref(), Some("16838"));
    assert_eq!(attr(last, "<w:pgSz", "w:h").as_deref(), Some("11906"));
    assert_eq!(
        attr(last, "<w:pgSz", "w:orient").as_deref(),
        Some("landscape")
    );

    // Times New Roman 14 pt by default.
    let styles = part(&bytes, "word/styles.xml");
    let defaults = &styles[styles.find("<w:docDefaults").unwrap()..];
    assert_eq!(
        attr(defaults, "<w:rFonts", "w:ascii").as_deref(),
        Some("Times New Roman")
    );
    assert_eq!(
        attr(defaults, "<w:rFonts", "w:eastAsia").as_deref(),
        Some("Times New Roman")
    );
    assert_eq!(attr(defaults, "<w:sz ", "w:val").as_deref(), Some("28"));

    // The national heading, the issuer, number, place and date as the source has them.
    for text in [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "BAN CÁN SỰ ĐẢNG UBND TỈNH HẢI DƯƠNG",
        "Số: -BC/BCSD",
        "Hải Dương, ngày tháng 7 năm 2024",
        "BÁO CÁO",
    ] {
        assert!(doc.contains(text), "{text}");
    }
    // A total and its parts in one paragraph.
    assert!(doc.contains(
        "Tổng thu ngân sách nhà nước 6 tháng đầu năm ước đạt 14.283,5 tỷ đồng, đạt 72,7% dự \
         toán, tăng 36,9% so với cùng kỳ năm trước. Trong đó, thu nội địa 12.366,7 tỷ đồng, \
         đạt 76% dự toán, tăng 50%; "
    ));
    assert!(doc.contains("thu từ hoạt động xuất nhập khẩu 1.924 tỷ đồng, đạt 71% dự toán"));
    // The appendix's header row repeats on every page; pages are numbered but the first.
    assert_eq!(doc.matches("<w:tblHeader />").count(), 1);
    assert!(doc[doc.find("PHỤ LỤC").unwrap()..].contains("<w:tblHeader />"));
    assert!(doc.contains("<w:titlePg />"));
    let header = part(&bytes, "word/header1.xml");
    assert!(header.contains("PAGE"), "{header}");
    // The tasks, with their status.
    assert!(doc.contains("NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2024"));
    assert!(doc.contains("Tình trạng: Chưa bắt đầu."));
}

#[test]
fn the_word_report_is_deflate_compressed() {
    let bytes = docx(&chitieu_core::io::embedded().unwrap(), Lang::Vi);
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).unwrap();
    let mut files = 0;
    for i in 0..zip.len() {
        let file = zip.by_index(i).unwrap();
        if file.is_dir() {
            continue;
        }
        files += 1;
        assert_eq!(
            file.compression(),
            zip::CompressionMethod::Deflated,
            "{}",
            file.name()
        );
    }
    assert!(files >= 10, "{files} parts");
    // Stored, the embedded report's document was 853 KB.
    assert!(bytes.len() < 150_000, "{} bytes", bytes.len());
}

#[test]
fn the_word_report_of_a_generated_report_has_every_paragraph_and_row() {
    let report = chitieu_core::generate::report(1_500, 9);
    let bytes = docx(&report, Lang::En);
    let doc = part(&bytes, "word/document.xml");
    // The appendix: its header row, a row for each section with indicators and one for
    // each indicator; the national heading is the one other row.
    let sections = report
        .sections
        .iter()
        .filter(|s| report.indicators.iter().any(|i| i.section == s.id))
        .count();
    assert_eq!(
        doc.matches("<w:tr>").count(),
        1 + 1 + sections + report.indicators.len()
    );
    assert_eq!(doc.matches("<w:tblHeader />").count(), 1);
    // The body, section by section, before the appendix; no placeholder left.
    let prose = chitieu_core::export::text::plain(&report, Lang::En);
    let appendix = doc
        .find("APPENDIX: MAIN SOCIO-ECONOMIC INDICATORS")
        .unwrap();
    let body = &doc[..appendix];
    let paragraphs = body.matches("<w:p ").count();
    let blocks = prose.split("\n\n").filter(|b| !b.trim().is_empty()).count();
    assert!(
        paragraphs > blocks,
        "{paragraphs} paragraphs, {blocks} blocks of text"
    );
    assert!(!doc.contains("go-here"));
    assert!(
        doc.ends_with("</w:body></w:document>"),
        "{}",
        &doc[doc.len() - 200..]
    );
}

#[test]
fn libreoffice_prints_the_word_report_with_its_figures() {
    let Some(soffice) = soffice() else {
        eprintln!(
            "SKIPPED: LibreOffice is not installed (apt-get install libreoffice-writer-nogui)"
        );
        return;
    };
    if Command::new("pdftotext").arg("-v").output().is_err() {
        eprintln!("SKIPPED: pdftotext is not installed (apt-get install poppler-utils)");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("report.docx");
    std::fs::write(
        &file,
        docx(&chitieu_core::io::embedded().unwrap(), Lang::Vi),
    )
    .unwrap();
    office::convert(
        &soffice,
        &file,
        "pdf",
        dir.path(),
        dir.path(),
        office::Formulas::Cached,
    );
    let pdf = dir.path().join("report.pdf");
    let text = Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    // Lines break anywhere: compare without them.
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for figure in [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "ước đạt 14.283,5 tỷ đồng, đạt 72,7% dự toán",
        "Trong đó, thu nội địa 12.366,7 tỷ đồng",
        "180.034",
        "PHỤ LỤC",
    ] {
        assert!(flat.contains(figure), "{figure} not in the PDF");
    }
    // The body on portrait pages, the appendix on landscape ones.
    let info = Command::new("pdfinfo")
        .args(["-f", "1", "-l", "1000"])
        .arg(&pdf)
        .output()
        .unwrap();
    let info = String::from_utf8(info.stdout).unwrap();
    let sizes: Vec<&str> = info
        .lines()
        .filter(|l| l.starts_with("Page") && l.contains("size:"))
        .collect();
    assert!(sizes.first().unwrap().contains("595.") && sizes[0].contains("x 841."));
    assert!(sizes.last().unwrap().contains("841.") && sizes.last().unwrap().contains("x 595."));
}

#[test]
fn the_english_text_agrees_in_number_on_the_whole_report() {
    let report = chitieu_core::io::embedded().unwrap();
    let text = export::text::markdown(&report, Lang::En);
    // "1 case", never "1 cases"; a count "numbered", never "is estimated at 29 projects".
    let words: Vec<&str> = text.split_whitespace().collect();
    for pair in words.windows(2) {
        if pair[0] == "1" {
            let next = pair[1].trim_end_matches([',', '.', ';']);
            assert!(
                !next.ends_with('s') || next.ends_with("ss"),
                "1 {next}: {text}"
            );
        }
    }
    let sentence = |id: &str| {
        let ind = report.indicator(&IndicatorId(id.into())).unwrap();
        export::text::sentence(&report, ind, Lang::En).unwrap()
    };
    assert_eq!(
        sentence("science_projects_total"),
        "Projects in the 2024 Science and Technology Plan numbered 29."
    );
    assert_eq!(
        sentence("tourist_visitors_domestic"),
        "Domestic tourist arrivals in the first half of 2024 are estimated at 1,429 thousand visits."
    );
    assert!(text.contains("legal aid cases: administrative 1 case;"));
    assert!(text.contains("GRDP growth rank nationwide in the first half of 2024 was 7th."));
    for ind in &report.indicators {
        if ind.measure == chitieu_core::model::Measure::Count
            && let Some(s) = export::text::sentence(&report, ind, Lang::En)
        {
            assert!(!s.contains("estimated at"), "{s}");
        }
    }
}

#[test]
fn the_vietnamese_text_uses_the_verb_of_each_kind_of_figure() {
    let report = chitieu_core::io::embedded().unwrap();
    let text = export::text::plain(&report, Lang::Vi);
    // A plan is not an estimate of the period.
    assert!(text.contains("Tổng kế hoạch vốn đầu tư công năm 2024 là 8.426,9 tỷ đồng. "));
    assert!(!text.contains("năm 2024 6 tháng đầu năm"));
    // A count is, a stock stands, a rank is a place.
    assert!(text.contains("là 13 dự án"), "{text}");
    assert!(!text.contains("ước đạt 13 dự án"));
    assert!(text.contains("Tổng đàn lợn ước đạt 440.000 con"));
    // The parts of a plan are its shares, without a verb.
    assert!(text.contains("là 8.426,9 tỷ đồng. Trong đó, vốn NSNN cấp tỉnh 5.078,4 tỷ đồng;"));
    // A share of a stock is a share, and a share that had better be low simply is.
    assert!(text.contains("Tỷ lệ nợ xấu nội bảng trên tổng dư nợ 6 tháng đầu năm là 1,1%."));
    assert!(text.contains("Xếp hạng tăng trưởng GRDP toàn quốc 6 tháng đầu năm đứng thứ 7."));
    // The tasks, and no Markdown marks in plain text.
    assert!(text.contains("Nhiệm vụ trọng tâm 6 tháng cuối năm 2024"));
    assert!(!text.contains("## "));
    assert!(!text.contains("*Hải Dương"));
}

#[test]
fn the_workbook_prints_on_a4_landscape_one_page_wide() {
    let report = chitieu_core::io::embedded().unwrap();
    let bytes = export::to_bytes(&report, Format::Xlsx, &options(Lang::Vi)).unwrap();
    let sheet = part(&bytes, "xl/worksheets/sheet1.xml");
    assert_eq!(
        attr(&sheet, "<pageSetup", "paperSize").as_deref(),
        Some("9")
    );
    assert_eq!(
        attr(&sheet, "<pageSetup", "orientation").as_deref(),
        Some("landscape")
    );
    assert_eq!(attr(&sheet, "<pageSetup", "fitToWidth").as_deref(), None);
    assert_eq!(
        attr(&sheet, "<pageSetup", "fitToHeight").as_deref(),
        Some("0")
    );
    assert!(
        sheet.contains("<pageSetUpPr fitToPage=\"1\"/>"),
        "fit to page"
    );
    let book = part(&bytes, "xl/workbook.xml");
    assert!(
        book.contains("_xlnm.Print_Titles\" localSheetId=\"0\">'Chỉ tiêu'!$1:$1<"),
        "{book}"
    );
    // The ids (the last column, T) are not printed.
    assert!(book.contains("_xlnm.Print_Area\" localSheetId=\"0\">'Chỉ tiêu'!$A$1:$S$"));
    // Notes wrap.
    let styles = part(&bytes, "xl/styles.xml");
    assert!(styles.contains("wrapText=\"1\""));
    // The tasks sheet prints the same way.
    let tasks = part(&bytes, "xl/worksheets/sheet3.xml");
    assert_eq!(
        attr(&tasks, "<pageSetup", "orientation").as_deref(),
        Some("landscape")
    );
}

#[test]
fn the_command_line_writes_the_word_report() {
    let dir = tempfile::tempdir().unwrap();
    for (args, file) in [(&["--format", "docx"][..], "a.out"), (&[][..], "b.docx")] {
        let path = dir.path().join(file);
        let out = Command::new(env!("CARGO_BIN_EXE_chitieu"))
            .env("LC_ALL", "C")
            .env("LANG", "C")
            .arg("export")
            .args(args)
            .arg("--out")
            .arg(&path)
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let bytes = std::fs::read(&path).unwrap();
        assert!(part(&bytes, "word/document.xml").contains("BÁO CÁO"));
    }
}
