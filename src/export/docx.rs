//! The Word report, as the office sends it to the leadership: a document in the format of
//! Decree 30/2020/NĐ-CP (A4, margins 20 mm top and bottom, 30 mm left, 15 mm right,
//! Times New Roman 14 pt), with the national heading, the issuer, number, place and date
//! as the report's source has them, the title, the body written by [`super::prose`]
//! section by section, the tasks for the rest of the year, and an appendix on landscape
//! pages with the table of every indicator.

use docx_rs::{
    AlignmentType, Docx, Header, LineSpacing, PageMargin, PageNum, PageOrientationType, PageSize,
    Paragraph, Run, RunFonts, Section, SpecialIndentType, Table, TableCell, TableRow, WidthType,
};

use super::ExportError;
use super::prose::{Prose, prose};
use crate::derived::Derived;
use crate::format::{Notation, format_auto};
use crate::i18n::{self, tr};
use crate::model::{Field, Lang, Report};

/// The font of an administrative document.
pub const FONT: &str = "Times New Roman";
/// The body's size in half-points (14 pt).
pub const BODY_HALF_POINTS: usize = 28;
/// The appendix table's size in half-points (11 pt).
const TABLE_HALF_POINTS: usize = 22;
/// A4 in twentieths of a point (twips): 210 × 297 mm.
pub const A4_TWIPS: (u32, u32) = (11_906, 16_838);

/// Millimetres in twips (1 inch = 25.4 mm = 1440 twips), rounded up so that a margin
/// is never below the millimetres the decree asks for.
const fn mm(v: i32) -> i32 {
    (v * 14_400 + 253) / 254
}

/// The page margins of Decree 30/2020: top and bottom 20 mm, left 30 mm, right 15 mm.
fn margins() -> PageMargin {
    PageMargin::new()
        .top(mm(20))
        .bottom(mm(20))
        .left(mm(30))
        .right(mm(15))
        .header(mm(10))
        .footer(mm(10))
}

fn fonts() -> RunFonts {
    RunFonts::new()
        .ascii(FONT)
        .hi_ansi(FONT)
        .east_asia(FONT)
        .cs(FONT)
}

fn notation(lang: Lang) -> Notation {
    match lang {
        Lang::Vi => Notation::Vietnamese,
        Lang::En => Notation::English,
    }
}

/// A paragraph of running text: justified, the first line indented 1 cm.
fn body(text: &str) -> Paragraph {
    Paragraph::new()
        .add_run(Run::new().add_text(text))
        .align(AlignmentType::Both)
        .indent(None, Some(SpecialIndentType::FirstLine(mm(10))), None, None)
        .line_spacing(LineSpacing::new().before(120).after(0).line(288))
}

/// A centred line, bold or not, at `half_points`.
fn centred(text: &str, bold: bool, half_points: usize) -> Paragraph {
    let run = Run::new().add_text(text).size(half_points);
    Paragraph::new()
        .add_run(if bold { run.bold() } else { run })
        .align(AlignmentType::Center)
        .line_spacing(LineSpacing::new().before(0).after(0))
}

/// A heading of the body, bold, indented like the paragraphs.
fn heading(text: &str) -> Paragraph {
    Paragraph::new()
        .add_run(Run::new().add_text(text).bold())
        .align(AlignmentType::Both)
        .indent(None, Some(SpecialIndentType::FirstLine(mm(10))), None, None)
        .line_spacing(LineSpacing::new().before(120).after(0).line(288))
        .keep_next(true)
}

/// The national heading beside the issuer: a table without borders, as Decree 30 lays
/// it out (issuer and number on the left, the country's name and motto on the right).
fn national_heading(report: &Report, lang: Lang) -> Table {
    let cell = |paragraphs: Vec<Paragraph>, width: usize| {
        paragraphs
            .into_iter()
            .fold(TableCell::new(), TableCell::add_paragraph)
            .width(width, WidthType::Dxa)
    };
    let src = &report.source;
    let issuer = src.issuer.to_uppercase();
    let left = vec![
        centred(&issuer, true, 26),
        centred("", false, 26),
        centred(&src.reference, false, 26),
    ];
    let right = vec![
        centred(
            tr(
                lang,
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "SOCIALIST REPUBLIC OF VIETNAM",
            ),
            true,
            26,
        ),
        centred(
            tr(
                lang,
                "Độc lập - Tự do - Hạnh phúc",
                "Independence - Freedom - Happiness",
            ),
            true,
            28,
        ),
        centred("", false, 26),
        Paragraph::new()
            .add_run(Run::new().add_text(&src.date).italic())
            .align(AlignmentType::Center),
    ];
    Table::without_borders(vec![TableRow::new(vec![
        cell(left, 3_900),
        cell(right, 5_700),
    ])])
    .set_grid(vec![3_900, 5_700])
    .width(9_600, WidthType::Dxa)
}

/// The page number, centred at the top of the page as Decree 30 places it.
fn page_number() -> Header {
    Header::new().add_paragraph(
        Paragraph::new()
            .add_page_num(PageNum::new())
            .align(AlignmentType::Center),
    )
}

/// The body of the report: heading, title, sections and tasks. Pages are numbered from
/// the second.
fn body_section(report: &Report, p: &Prose, lang: Lang) -> Section {
    let mut s = Section::new()
        .page_size(PageSize::new().size(A4_TWIPS.0, A4_TWIPS.1))
        .page_orient(PageOrientationType::Portrait)
        .page_margin(margins())
        .title_pg()
        .first_header(Header::new())
        .header(page_number())
        .add_table(national_heading(report, lang))
        .add_paragraph(centred("", false, BODY_HALF_POINTS))
        .add_paragraph(centred(
            tr(lang, "BÁO CÁO", "REPORT"),
            true,
            BODY_HALF_POINTS,
        ))
        .add_paragraph(centred(&p.title, true, BODY_HALF_POINTS))
        .add_paragraph(centred(&p.subtitle, false, BODY_HALF_POINTS))
        .add_paragraph(centred("", false, BODY_HALF_POINTS));
    for section in &p.sections {
        s = s.add_paragraph(heading(&format!("{}. {}", section.number, section.title)));
        for para in &section.paragraphs {
            s = s.add_paragraph(body(para));
        }
    }
    if !p.sectors.is_empty() {
        s = s.add_paragraph(heading(&p.tasks_title.to_uppercase()));
        for sector in &p.sectors {
            s = s.add_paragraph(heading(&sector.sector));
            for t in &sector.tasks {
                let mut par = Paragraph::new()
                    .add_run(
                        Run::new()
                            .add_text(format!("{} {}.", t.number, t.title.trim_end_matches('.')))
                            .bold(),
                    )
                    .align(AlignmentType::Both)
                    .indent(None, Some(SpecialIndentType::FirstLine(mm(10))), None, None)
                    .line_spacing(LineSpacing::new().before(120).after(0).line(288));
                if !t.text.is_empty() {
                    par = par.add_run(Run::new().add_text(format!(" {}", t.text)));
                }
                par = par.add_run(Run::new().add_text(format!(" {}", t.status)).italic());
                s = s.add_paragraph(par);
            }
        }
    }
    s
}

/// One cell of the appendix table.
fn table_cell(text: &str, width: usize, align: AlignmentType, bold: bool) -> TableCell {
    let run = Run::new().add_text(text).size(TABLE_HALF_POINTS);
    TableCell::new()
        .add_paragraph(
            Paragraph::new()
                .add_run(if bold { run.bold() } else { run })
                .align(align)
                .line_spacing(LineSpacing::new().before(0).after(0)),
        )
        .width(width, WidthType::Dxa)
}

/// The appendix: every indicator with its actual, growth, targets, achievement and
/// status, in the report's order with a row for each section.
fn appendix(report: &Report, lang: Lang) -> (Paragraph, Table) {
    let derived = Derived::compute(report);
    let n = |v: Option<f64>| v.map_or_else(String::new, |v| format_auto(v, notation(lang)));
    let p1 = |v: Option<f64>| {
        v.map_or_else(String::new, |v| {
            format_auto((v * 10.0).round() / 10.0, notation(lang))
        })
    };
    // Name, unit, actual, growth, period target, % period, annual target, % annual, status.
    let widths: [usize; 9] = [4_700, 1_300, 1_250, 1_000, 1_250, 950, 1_250, 950, 1_100];
    let titles = [
        tr(lang, "Chỉ tiêu", "Indicator"),
        tr(lang, "Đơn vị", "Unit"),
        i18n::field(lang, Field::Actual),
        i18n::field(lang, Field::YoyGrowthPct),
        i18n::field(lang, Field::Target),
        i18n::achievement(lang, Field::Target),
        i18n::field(lang, Field::AnnualTarget),
        i18n::achievement(lang, Field::AnnualTarget),
        i18n::status_title(lang),
    ];
    let header = TableRow::new(
        titles
            .iter()
            .zip(widths)
            .map(|(t, w)| table_cell(t, w, AlignmentType::Center, true))
            .collect(),
    )
    .cant_split();
    let mut rows = vec![header];
    let order = crate::derived::rows(report, &derived, &crate::derived::RowQuery::default());
    let mut by_section: rustc_hash::FxHashMap<&str, Vec<usize>> = Default::default();
    for &i in &order {
        if let Some(ind) = report.indicators.get(i) {
            by_section
                .entry(ind.section.0.as_str())
                .or_default()
                .push(i);
        }
    }
    let total: usize = widths.iter().sum();
    for section in &report.sections {
        let Some(list) = by_section.get(section.id.0.as_str()) else {
            continue;
        };
        rows.push(TableRow::new(vec![
            table_cell(
                &format!("{}. {}", section.number, section.title.get(lang)),
                total,
                AlignmentType::Left,
                true,
            )
            .grid_span(widths.len()),
        ]));
        for &i in list {
            let Some(ind) = report.indicators.get(i) else {
                continue;
            };
            let m = derived.metrics_of(i);
            let depth = derived.depth.get(i).copied().unwrap_or(0);
            let name = format!("{}{}", "– ".repeat(depth.min(4)), ind.name.get(lang));
            let cells = [
                (name, AlignmentType::Left),
                (ind.unit.get(lang).to_owned(), AlignmentType::Center),
                (n(ind.actual), AlignmentType::Right),
                (n(ind.yoy_growth_pct), AlignmentType::Right),
                (n(ind.value(Field::Target)), AlignmentType::Right),
                (p1(m.achievement_pct), AlignmentType::Right),
                (n(ind.value(Field::AnnualTarget)), AlignmentType::Right),
                (p1(m.annual_achievement_pct), AlignmentType::Right),
                (
                    m.status()
                        .map(|s| i18n::status(lang, s).to_owned())
                        .unwrap_or_default(),
                    AlignmentType::Center,
                ),
            ];
            rows.push(
                TableRow::new(
                    cells
                        .iter()
                        .zip(widths)
                        .map(|((t, a), w)| table_cell(t, w, *a, false))
                        .collect(),
                )
                .cant_split(),
            );
        }
    }
    let title = Paragraph::new()
        .add_run(Run::new().add_text(appendix_title_text(lang)).bold())
        .align(AlignmentType::Center)
        .line_spacing(LineSpacing::new().before(0).after(120));
    let table = Table::new(rows)
        .set_grid(widths.to_vec())
        .width(total, WidthType::Dxa);
    (title, table)
}

/// The Word report of `report`, from its current (revised) figures.
pub fn to_bytes(report: &Report, lang: Lang) -> Result<Vec<u8>, ExportError> {
    let report = &*for_word(report);
    let p = prose(report, lang);
    let (appendix_title, table) = appendix(report, lang);
    let docx = Docx::new()
        .default_fonts(fonts())
        .default_size(BODY_HALF_POINTS)
        .add_section(body_section(report, &p, lang))
        .add_paragraph(appendix_title)
        .add_table(table)
        // The last section, the appendix: landscape A4, the same margins.
        .page_size(A4_TWIPS.1, A4_TWIPS.0)
        .page_orient(PageOrientationType::Landscape)
        .page_margin(margins())
        .header(page_number());
    let mut xml = docx.build();
    xml.document = repeat_header_row(&xml.document, &appendix_title_text(lang));
    let mut out = std::io::Cursor::new(Vec::new());
    xml.pack(&mut out)
        .map_err(|e| ExportError::Docx(e.to_string()))?;
    Ok(out.into_inner())
}

/// `report` as Word can hold it, the last guard before the XML: without control
/// characters and noncharacters (XML 1.0 cannot hold them, not even as character
/// references: one of them makes the whole document unreadable), without direction
/// controls (one turns its whole paragraph around, figures included), every text on
/// one line (Word loses a line break written inside a run).
fn for_word(report: &Report) -> std::borrow::Cow<'_, Report> {
    crate::model::text::cleaned(report, crate::model::text::Shape::Line)
}

/// The appendix's title.
fn appendix_title_text(lang: Lang) -> String {
    tr(
        lang,
        "PHỤ LỤC: CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU",
        "APPENDIX: MAIN SOCIO-ECONOMIC INDICATORS",
    )
    .to_owned()
}

/// The document with the first row of the table after `title` marked as a header row
/// (`w:tblHeader`), which Word and LibreOffice repeat at the top of every page the table
/// runs over: docx-rs has no setting for it.
fn repeat_header_row(document: &[u8], title: &str) -> Vec<u8> {
    const ROW: &str = "<w:trPr><w:cantSplit />";
    let Ok(xml) = std::str::from_utf8(document) else {
        return document.to_vec();
    };
    let Some(at) = xml
        .find(title)
        .and_then(|t| xml.get(t..)?.find(ROW).map(|r| t + r + ROW.len()))
    else {
        return document.to_vec();
    };
    let (head, tail) = xml.split_at(at);
    format!("{head}<w:tblHeader />{tail}").into_bytes()
}
