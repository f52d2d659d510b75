//! The Word report, as the office sends it to the leadership: a document in the format of
//! Decree 30/2020/NĐ-CP (A4, margins 20 mm top and bottom, 30 mm left, 15 mm right,
//! Times New Roman 14 pt), with the national heading, the issuer, number, place and date
//! as the report's source has them, the title, the body written by [`super::prose`]
//! section by section, the tasks for the rest of the year, and an appendix on landscape
//! pages with the table of every indicator.

use docx_rs::{
    AlignmentType, BuildXML as _, Docx, Header, LineSpacing, PageMargin, PageNum,
    PageOrientationType, PageSize, Paragraph, Run, RunFonts, Section, SpecialIndentType, Table,
    TableCell, TableRow, WidthType,
};

use super::ExportError;
use super::prose::{Prose, prose};
use crate::derived::Derived;
use crate::format::{Notation, format_auto};
use crate::i18n;
use crate::i18n::{ExportText, Text as _};
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

/// A run of `text`: every text of the document goes into it through here.
fn text_run(text: &str) -> Run {
    Run::new().add_text(text)
}

/// A paragraph of running text: justified, the first line indented 1 cm.
fn body(text: &str) -> Paragraph {
    Paragraph::new()
        .add_run(text_run(text))
        .align(AlignmentType::Both)
        .indent(None, Some(SpecialIndentType::FirstLine(mm(10))), None, None)
        .line_spacing(LineSpacing::new().before(120).after(0).line(288))
}

/// A centred line, bold or not, at `half_points`.
fn centred(text: &str, bold: bool, half_points: usize) -> Paragraph {
    let run = text_run(text).size(half_points);
    Paragraph::new()
        .add_run(if bold { run.bold() } else { run })
        .align(AlignmentType::Center)
        .line_spacing(LineSpacing::new().before(0).after(0))
}

/// A heading of the body, bold, indented like the paragraphs.
fn heading(text: &str) -> Paragraph {
    Paragraph::new()
        .add_run(text_run(text).bold())
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
        centred(ExportText::SocialistRepublicOfVietnam.tr(lang), true, 26),
        centred(ExportText::IndependenceFreedomHappiness.tr(lang), true, 28),
        centred("", false, 26),
        Paragraph::new()
            .add_run(text_run(&src.date).italic())
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

/// The body of the report: heading, title, then one paragraph in the place of the
/// sections and tasks ([`BODY_MARK`]), which [`to_bytes`] writes one by one
/// ([`body_paragraphs`]). Pages are numbered from the second.
fn body_section(report: &Report, p: &Prose, lang: Lang) -> Section {
    Section::new()
        .page_size(PageSize::new().size(A4_TWIPS.0, A4_TWIPS.1))
        .page_orient(PageOrientationType::Portrait)
        .page_margin(margins())
        .title_pg()
        .first_header(Header::new())
        .header(page_number())
        .add_table(national_heading(report, lang))
        .add_paragraph(centred("", false, BODY_HALF_POINTS))
        .add_paragraph(centred(
            ExportText::ReportHeading.tr(lang),
            true,
            BODY_HALF_POINTS,
        ))
        .add_paragraph(centred(&p.title, true, BODY_HALF_POINTS))
        .add_paragraph(centred(&p.subtitle, false, BODY_HALF_POINTS))
        .add_paragraph(centred("", false, BODY_HALF_POINTS))
        .add_paragraph(Paragraph::new().add_run(Run::new().add_text(BODY_MARK)))
}

/// The sections and the tasks of the body, paragraph by paragraph, each handed to
/// `emit` as soon as it is made.
fn body_paragraphs(
    p: &Prose,
    ids: &mut ParaIds,
    emit: &mut impl FnMut(Paragraph) -> std::io::Result<()>,
) -> std::io::Result<()> {
    for section in &p.sections {
        emit(heading(&format!("{}. {}", section.number, section.title)).id(ids.next()))?;
        for para in &section.paragraphs {
            emit(body(para).id(ids.next()))?;
        }
    }
    if p.sectors.is_empty() {
        return Ok(());
    }
    emit(heading(&p.tasks_title.to_uppercase()).id(ids.next()))?;
    for sector in &p.sectors {
        emit(heading(&sector.sector).id(ids.next()))?;
        for t in &sector.tasks {
            let mut par = Paragraph::new()
                .add_run(
                    text_run(&format!("{} {}.", t.number, t.title.trim_end_matches('.'))).bold(),
                )
                .align(AlignmentType::Both)
                .indent(None, Some(SpecialIndentType::FirstLine(mm(10))), None, None)
                .line_spacing(LineSpacing::new().before(120).after(0).line(288));
            if !t.text.is_empty() {
                par = par.add_run(text_run(&format!(" {}", t.text)));
            }
            par = par.add_run(text_run(&format!(" {}", t.status)).italic());
            emit(par.id(ids.next()))?;
        }
    }
    Ok(())
}

/// One cell of the appendix table.
fn table_cell(
    text: &str,
    width: usize,
    align: AlignmentType,
    bold: bool,
    ids: &mut ParaIds,
) -> TableCell {
    let run = text_run(text).size(TABLE_HALF_POINTS);
    TableCell::new()
        .add_paragraph(
            Paragraph::new()
                .id(ids.next())
                .add_run(if bold { run.bold() } else { run })
                .align(align)
                .line_spacing(LineSpacing::new().before(0).after(0)),
        )
        .width(width, WidthType::Dxa)
}

/// The appendix table's columns: name, unit, actual, growth, period target, % period,
/// annual target, % annual, status; their widths in twips.
const WIDTHS: [usize; 9] = [4_700, 1_300, 1_250, 1_000, 1_250, 950, 1_250, 950, 1_100];

/// The appendix's title, and its table with the header row and one row in the place of
/// the rest ([`ROWS_MARK`]), which [`to_bytes`] writes one by one ([`appendix_rows`]).
fn appendix(lang: Lang, ids: &mut ParaIds) -> (Paragraph, Table) {
    let titles = [
        crate::i18n::ColumnText::Indicator.tr(lang),
        crate::i18n::Common::Unit.tr(lang),
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
            .zip(WIDTHS)
            .map(|(t, w)| table_cell(t, w, AlignmentType::Center, true, ids))
            .collect(),
    )
    .cant_split();
    let total: usize = WIDTHS.iter().sum();
    let mark = TableRow::new(vec![
        TableCell::new()
            .add_paragraph(Paragraph::new().add_run(Run::new().add_text(ROWS_MARK)))
            .width(total, WidthType::Dxa)
            .grid_span(WIDTHS.len()),
    ]);
    let title = Paragraph::new()
        .add_run(text_run(&appendix_title_text(lang)).bold())
        .align(AlignmentType::Center)
        .line_spacing(LineSpacing::new().before(0).after(120));
    let table = Table::new(vec![header, mark])
        .set_grid(WIDTHS.to_vec())
        .width(total, WidthType::Dxa);
    (title, table)
}

/// The rows of the appendix after its header: every indicator with its actual, growth,
/// targets, achievement and status, in the report's order with a row for each
/// section, each handed to `emit` as soon as it is made.
fn appendix_rows(
    report: &Report,
    lang: Lang,
    ids: &mut ParaIds,
    emit: &mut impl FnMut(TableRow) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let derived = Derived::compute(report);
    let n = |v: Option<f64>| v.map_or_else(String::new, |v| format_auto(v, notation(lang)));
    let p1 = |v: Option<f64>| {
        v.map_or_else(String::new, |v| {
            format_auto((v * 10.0).round() / 10.0, notation(lang))
        })
    };
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
    let total: usize = WIDTHS.iter().sum();
    for section in &report.sections {
        let Some(list) = by_section.get(section.id.0.as_str()) else {
            continue;
        };
        emit(TableRow::new(vec![
            table_cell(
                &format!("{}. {}", section.number, section.title.get(lang)),
                total,
                AlignmentType::Left,
                true,
                ids,
            )
            .grid_span(WIDTHS.len()),
        ]))?;
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
                (n(ind.growth_pct()), AlignmentType::Right),
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
            let cells = cells
                .iter()
                .zip(WIDTHS)
                .map(|((t, a), w)| table_cell(t, w, *a, false, ids))
                .collect();
            emit(TableRow::new(cells).cant_split())?;
        }
    }
    Ok(())
}

/// The text of the paragraph that stands for the body's sections and tasks in the
/// document docx-rs writes, replaced by them.
const BODY_MARK: &str = "chitieu-body-paragraphs-go-here";
/// The text of the row that stands for the appendix's rows, replaced by them.
const ROWS_MARK: &str = "chitieu-appendix-rows-go-here";

/// Paragraph ids (`w14:paraId`) for the paragraphs written one by one, in a range of
/// their own: docx-rs numbers the others from 1 and makes them unique among
/// themselves only.
struct ParaIds(u32);

impl ParaIds {
    /// The next id, as eight hexadecimal digits.
    fn next(&mut self) -> String {
        self.0 = self.0.wrapping_add(1);
        format!("{:08x}", 0x1000_0000_u32.wrapping_add(self.0) & 0x7fff_ffff)
    }
}

/// The Word report of `report`, from its current (revised) figures.
///
/// docx-rs builds the frame of the document (styles, heading, sections, headers) with
/// one paragraph in the place of the body's sections and one row in the place of the
/// appendix's rows; those are made and written one at a time into the package, whose
/// parts are deflate-compressed. Built whole, docx-rs held every cell of a large report
/// at once (5 GB for 100 000 indicators) and stored its parts uncompressed.
pub fn to_bytes(report: &Report, lang: Lang) -> Result<Vec<u8>, ExportError> {
    let report = &*for_word(report);
    let p = prose(report, lang);
    let mut ids = ParaIds(0);
    let (appendix_title, table) = appendix(lang, &mut ids);
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
    let document = std::mem::take(&mut xml.document);
    let frame = Frame::split(&document, &appendix_title_text(lang))
        .ok_or_else(|| ExportError::Docx("the document's frame lost its marks".to_owned()))?;
    let write_document = |out: &mut dyn std::io::Write| -> std::io::Result<()> {
        out.write_all(frame.head)?;
        body_paragraphs(&p, &mut ids, &mut |par| out.write_all(&par.build()))?;
        out.write_all(frame.middle.as_bytes())?;
        appendix_rows(report, lang, &mut ids, &mut |row| {
            out.write_all(&row.build())
        })?;
        out.write_all(frame.tail)
    };
    let mut out = std::io::Cursor::new(Vec::new());
    package(xml, write_document, &mut out).map_err(|e| ExportError::Docx(e.to_string()))?;
    Ok(out.into_inner())
}

/// The document docx-rs wrote, cut where the body's paragraphs and the appendix's rows
/// go.
struct Frame<'a> {
    /// Up to the body's paragraphs.
    head: &'a [u8],
    /// From the end of the body to the appendix's rows: the appendix's title and
    /// header row (marked to repeat on every page).
    middle: String,
    /// From the end of the appendix's rows to the end.
    tail: &'a [u8],
}

impl<'a> Frame<'a> {
    /// `document` cut at the paragraph of [`BODY_MARK`] and the row of [`ROWS_MARK`];
    /// `None` if either is not found where it should be.
    fn split(document: &'a [u8], title: &str) -> Option<Self> {
        let xml = std::str::from_utf8(document).ok()?;
        let body_mark = xml.find(BODY_MARK)?;
        let body_start = xml.get(..body_mark)?.rfind("<w:p ")?;
        let body_end = body_mark + xml.get(body_mark..)?.find("</w:p>")? + "</w:p>".len();
        let rows_mark = body_end + xml.get(body_end..)?.find(ROWS_MARK)?;
        let rows_start = xml.get(..rows_mark)?.rfind("<w:tr>")?;
        let rows_end = rows_mark + xml.get(rows_mark..)?.find("</w:tr>")? + "</w:tr>".len();
        Some(Self {
            head: xml.get(..body_start)?.as_bytes(),
            middle: repeat_header_row(xml.get(body_end..rows_start)?, title),
            tail: xml.get(rows_end..)?.as_bytes(),
        })
    }
}

/// Writes the parts docx-rs built into a zip package, as its own packer does but
/// deflate-compressed, with `word/document.xml` written by `document`.
fn package<W: std::io::Write + std::io::Seek>(
    xml: docx_rs::XMLDocx,
    document: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>,
    out: W,
) -> zip::result::ZipResult<()> {
    use std::io::Write as _;
    use zip::write::SimpleFileOptions;

    let mut zip = zip::ZipWriter::new(out);
    let directory = SimpleFileOptions::default();
    for dir in ["word/", "word/_rels", "_rels/", "docProps/"] {
        zip.add_directory(dir, directory)?;
    }
    // Level 6 (zlib's default): the document of 10 000 indicators, 27.8 MB of XML,
    // becomes 0.8 MB, deflate taking about a tenth of the export (perf); the text of
    // a table compresses so well that a faster level would gain little time.
    let file = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(6))
        .unix_permissions(0o644);
    let part = |zip: &mut zip::ZipWriter<W>, name: &str, bytes: &[u8]| {
        zip.start_file(name, file)?;
        zip.write_all(bytes)?;
        Ok::<(), zip::result::ZipError>(())
    };
    part(&mut zip, "[Content_Types].xml", &xml.content_type)?;
    part(&mut zip, "_rels/.rels", &xml.rels)?;
    part(&mut zip, "docProps/app.xml", &xml.doc_props.app)?;
    part(&mut zip, "docProps/core.xml", &xml.doc_props.core)?;
    part(&mut zip, "docProps/custom.xml", &xml.doc_props.custom)?;
    part(&mut zip, "word/_rels/document.xml.rels", &xml.document_rels)?;
    zip.start_file("word/document.xml", file)?;
    document(&mut zip)?;
    part(&mut zip, "word/styles.xml", &xml.styles)?;
    part(&mut zip, "word/settings.xml", &xml.settings)?;
    part(&mut zip, "word/fontTable.xml", &xml.font_table)?;
    part(&mut zip, "word/comments.xml", &xml.comments)?;
    part(&mut zip, "word/numbering.xml", &xml.numberings)?;
    part(
        &mut zip,
        "word/commentsExtended.xml",
        &xml.comments_extended,
    )?;
    part(&mut zip, "word/footnotes.xml", &xml.footnotes)?;
    for (i, header) in xml.headers.iter().enumerate() {
        part(&mut zip, &format!("word/header{}.xml", i + 1), header)?;
        if let Some(rels) = xml.header_rels.get(i) {
            part(
                &mut zip,
                &format!("word/_rels/header{}.xml.rels", i + 1),
                rels,
            )?;
        }
    }
    for (i, footer) in xml.footers.iter().enumerate() {
        part(&mut zip, &format!("word/footer{}.xml", i + 1), footer)?;
        if let Some(rels) = xml.footer_rels.get(i) {
            part(
                &mut zip,
                &format!("word/_rels/footer{}.xml.rels", i + 1),
                rels,
            )?;
        }
    }
    // The report has no images, task panes or custom XML parts, which docx-rs would
    // add here.
    zip.finish()?;
    Ok(())
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
    ExportText::AppendixMainSocioEconomicIndicators
        .tr(lang)
        .to_owned()
}

/// The document with the first row of the table after `title` marked as a header row
/// (`w:tblHeader`), which Word and LibreOffice repeat at the top of every page the table
/// runs over: docx-rs has no setting for it.
fn repeat_header_row(xml: &str, title: &str) -> String {
    const ROW: &str = "<w:trPr><w:cantSplit />";
    let Some(at) = xml
        .find(title)
        .and_then(|t| xml.get(t..)?.find(ROW).map(|r| t + r + ROW.len()))
    else {
        return xml.to_owned();
    };
    let (head, tail) = xml.split_at(at);
    format!("{head}<w:tblHeader />{tail}")
}
