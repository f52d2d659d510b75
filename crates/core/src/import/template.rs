//! The fill-in sheet chitieu makes for a department: the indicators it answers for
//! (chosen by section or by the department responsible), their id, code, name and unit
//! and the report's period locked on a protected sheet, columns for the actual, the
//! growth and the targets to fill in (checked by the spreadsheet: a number; not negative
//! for a count; a share within 0–100; a growth not below −100 %), and a note on how to
//! write numbers. Importing the filled sheet ([`super::read_file`]) brings its figures in.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use rust_xlsxwriter::{
    Color, DataValidation, DataValidationErrorStyle, DataValidationRule, Format, FormatAlign,
    FormatBorder, Workbook, Worksheet, XlsxError,
};

use super::{code_title, fill_in_mark, key, period_title};
use crate::i18n;
use crate::i18n::{ExportText, Text as _};
use crate::io::{self, SaveError};
use crate::model::text;
use crate::model::{Field, Indicator, Lang, Measure, Report, SectionId};

/// Which indicators the sheet asks for, and in which language.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TemplateOptions {
    /// The sections (each with its subsections); all when empty.
    pub sections: Vec<SectionId>,
    /// Only the indicators of this department (compared ignoring case and marks).
    pub agency: Option<String>,
    /// The language of titles and notes.
    pub lang: Lang,
}

/// Why a fill-in sheet could not be made.
#[derive(Debug, thiserror::Error)]
pub enum TemplateError {
    /// A section the report does not have.
    #[error("{}", self.message(Lang::En))]
    UnknownSection {
        /// The section asked for.
        id: SectionId,
    },
    /// No indicator is in the sections or of the department chosen.
    #[error("{}", self.message(Lang::En))]
    NoIndicators,
    /// The workbook could not be built.
    #[error("{}", self.message(Lang::En))]
    Xlsx(String),
    /// The file could not be written (a previous file, if any, is untouched).
    #[error(transparent)]
    Save(#[from] SaveError),
}

impl TemplateError {
    /// The error in words, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        crate::i18n::Message::tr(self, lang)
    }
}

/// Columns of the fill-in sheet (0-based).
mod col {
    pub const ID: u16 = 0;
    pub const CODE: u16 = 1;
    pub const NAME: u16 = 2;
    pub const UNIT: u16 = 3;
    pub const ACTUAL: u16 = 4;
    pub const GROWTH: u16 = 5;
    pub const TARGET: u16 = 6;
    pub const ANNUAL: u16 = 7;
}

/// The row of the header (0-based); the indicators follow it.
const HEADER_ROW: u32 = 4;

/// The indicators the sheet asks for, in report order.
pub fn chosen<'a>(
    report: &'a Report,
    options: &TemplateOptions,
) -> Result<Vec<&'a Indicator>, TemplateError> {
    for id in &options.sections {
        if report.section(id).is_none() {
            return Err(TemplateError::UnknownSection { id: id.clone() });
        }
    }
    let sections = with_subsections(report, &options.sections);
    let agency = options.agency.as_deref().map(key);
    let chosen: Vec<&Indicator> = report
        .indicators
        .iter()
        .filter(|i| options.sections.is_empty() || sections.contains(&i.section))
        .filter(|i| agency.as_ref().is_none_or(|a| key(&i.agency) == *a))
        .collect();
    if chosen.is_empty() {
        return Err(TemplateError::NoIndicators);
    }
    Ok(chosen)
}

/// The sections `roots` with every section inside them, walking the report's sections
/// alone (nothing else of the report is computed). A section met twice is not walked
/// again, so even a cycle (which loading refuses) ends the walk.
pub fn with_subsections<'a>(report: &'a Report, roots: &'a [SectionId]) -> HashSet<&'a SectionId> {
    let mut children: HashMap<&SectionId, Vec<&SectionId>> = HashMap::new();
    for s in &report.sections {
        if let Some(parent) = &s.parent {
            children.entry(parent).or_default().push(&s.id);
        }
    }
    let mut set: HashSet<&SectionId> = roots.iter().collect();
    let mut stack: Vec<&SectionId> = roots.iter().collect();
    while let Some(s) = stack.pop() {
        for &child in children.get(s).into_iter().flatten() {
            if set.insert(child) {
                stack.push(child);
            }
        }
    }
    set
}

/// The fill-in sheet as the bytes of an .xlsx workbook.
pub fn to_bytes(report: &Report, options: &TemplateOptions) -> Result<Vec<u8>, TemplateError> {
    // The last guard: no control character or direction control in a name or an id
    // written to the sheet.
    let report = &*text::cleaned(report, text::Shape::Line);
    let indicators = chosen(report, options)?;
    build(report, &indicators, options.lang).map_err(|e| TemplateError::Xlsx(e.to_string()))
}

/// Writes the fill-in sheet to `path`, atomically, never over a chitieu report
/// ([`io::SaveError::IsAReport`]); returns how many indicators it asks for.
pub fn write(
    report: &Report,
    options: &TemplateOptions,
    path: &Path,
) -> Result<usize, TemplateError> {
    let count = chosen(report, options)?.len();
    io::write_not_over_report(path, &to_bytes(report, options)?)?;
    Ok(count)
}

fn build(report: &Report, indicators: &[&Indicator], lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name(ExportText::FillIn.tr(lang))?;
    let title = Format::new().set_bold().set_font_size(13);
    sheet.write_string_with_format(
        0,
        0,
        format!(
            "{}: {} — {}",
            fill_in_mark(lang),
            report.region.get(lang),
            i18n::period(lang, report.period)
        ),
        &title,
    )?;
    sheet.write_string(1, 0, period_title(lang))?;
    sheet.write_string_with_format(1, 1, report.period.to_string(), &Format::new().set_bold())?;
    let note = ExportText::WriteTheFiguresInTheWhite.tr(lang);
    sheet.merge_range(
        2,
        0,
        2,
        col::ANNUAL,
        note,
        &Format::new().set_italic().set_text_wrap(),
    )?;
    sheet.set_row_height(2, 45)?;
    header(sheet, lang)?;

    let locked = Format::new().set_border(FormatBorder::Thin);
    let open = Format::new()
        .set_unlocked()
        .set_border(FormatBorder::Thin)
        .set_background_color(Color::White);
    for (row, ind) in (HEADER_ROW + 1..).zip(indicators.iter()) {
        sheet.write_string_with_format(row, col::ID, &ind.id.0, &locked)?;
        sheet.write_string_with_format(row, col::CODE, &ind.code, &locked)?;
        sheet.write_string_with_format(row, col::NAME, ind.name.get(lang), &locked)?;
        sheet.write_string_with_format(row, col::UNIT, ind.unit.get(lang), &locked)?;
        for c in col::ACTUAL..=col::ANNUAL {
            sheet.write_blank(row, c, &open)?;
        }
    }
    validations(sheet, indicators, lang)?;
    sheet.set_freeze_panes(HEADER_ROW + 1, col::UNIT + 1)?;
    sheet.protect();
    workbook.save_to_buffer()
}

fn header(sheet: &mut Worksheet, lang: Lang) -> Result<(), XlsxError> {
    let format = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter)
        .set_background_color(Color::RGB(0xD9E1F2))
        .set_border(FormatBorder::Thin);
    let titles: [(u16, &str, f64); 8] = [
        (col::ID, ExportText::Id.tr(lang), 24.0),
        (col::CODE, code_title(lang), 10.0),
        (col::NAME, crate::i18n::ColumnText::Indicator.tr(lang), 48.0),
        (col::UNIT, crate::i18n::Common::Unit.tr(lang), 12.0),
        (col::ACTUAL, i18n::field(lang, Field::Actual), 15.0),
        (
            col::GROWTH,
            i18n::field_in_full(lang, Field::YoyGrowthPct),
            13.0,
        ),
        (col::TARGET, i18n::field(lang, Field::Target), 15.0),
        (col::ANNUAL, i18n::field(lang, Field::AnnualTarget), 15.0),
    ];
    for (c, title, width) in titles {
        sheet.write_string_with_format(HEADER_ROW, c, title, &format)?;
        sheet.set_column_width(c, width)?;
    }
    sheet.set_row_height(HEADER_ROW, 32)?;
    Ok(())
}

/// What a figure of an indicator of `measure` may be, for the spreadsheet's check.
fn rule(measure: Measure) -> DataValidationRule<f64> {
    match measure {
        Measure::Count => DataValidationRule::GreaterThanOrEqualTo(0.0),
        Measure::Share => DataValidationRule::Between(0.0, 100.0),
        Measure::Amount | Measure::Rate => DataValidationRule::Between(-1e15, 1e15),
    }
}

/// The checks of the fill-in cells: one per run of rows of the same kind of indicator.
fn validations(
    sheet: &mut Worksheet,
    indicators: &[&Indicator],
    lang: Lang,
) -> Result<(), XlsxError> {
    let message = |measure: Measure| match measure {
        Measure::Count => ExportText::WriteANumberThatIsNot.tr(lang),
        Measure::Share => ExportText::WriteAShareBetween0And.tr(lang),
        Measure::Amount | Measure::Rate => ExportText::WriteANumber.tr(lang),
    };
    let title = ExportText::Figure.tr(lang);
    let mut start = 0usize;
    while let Some(first) = indicators.get(start) {
        let measure = first.measure;
        let end = indicators
            .iter()
            .skip(start)
            .position(|i| i.measure != measure)
            .map_or(indicators.len(), |n| start + n);
        let first_row = HEADER_ROW + 1 + u32::try_from(start).unwrap_or(u32::MAX - 1);
        let last_row = HEADER_ROW + u32::try_from(end).unwrap_or(u32::MAX - 1);
        let figures = DataValidation::new()
            .allow_decimal_number(rule(measure))
            .set_error_style(DataValidationErrorStyle::Warning)
            .set_error_title(title)?
            .set_error_message(message(measure))?;
        sheet.add_data_validation(first_row, col::ACTUAL, last_row, col::ACTUAL, &figures)?;
        sheet.add_data_validation(first_row, col::TARGET, last_row, col::ANNUAL, &figures)?;
        start = end;
    }
    if !indicators.is_empty() {
        let last_row = HEADER_ROW + u32::try_from(indicators.len()).unwrap_or(u32::MAX - 1);
        let growth = DataValidation::new()
            .allow_decimal_number(DataValidationRule::GreaterThanOrEqualTo(-100.0))
            .set_error_style(DataValidationErrorStyle::Warning)
            .set_error_title(title)?
            .set_error_message(ExportText::GrowthOnAYearAgoIn.tr(lang))?;
        sheet.add_data_validation(HEADER_ROW + 1, col::GROWTH, last_row, col::GROWTH, &growth)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Section, Text};

    fn section(id: &str, parent: Option<&str>) -> Section {
        Section {
            id: SectionId(id.to_owned()),
            number: String::new(),
            title: Text::new(id.to_owned(), id.to_owned()),
            parent: parent.map(|p| SectionId(p.to_owned())),
        }
    }

    #[test]
    fn a_section_brings_its_subsections_at_every_depth_and_no_others() {
        let mut report = crate::next_period::blank(crate::model::Period {
            year: 2024,
            span: crate::model::Span::H1,
        });
        report.sections = vec![
            section("economy", None),
            section("industry", Some("economy")),
            section("energy", Some("industry")),
            section("society", None),
            // A cycle, which loading refuses: the walk still ends.
            section("a", Some("b")),
            section("b", Some("a")),
        ];
        let roots = [SectionId("economy".to_owned())];
        let mut got: Vec<&str> = with_subsections(&report, &roots)
            .into_iter()
            .map(|s| s.0.as_str())
            .collect();
        got.sort_unstable();
        assert_eq!(got, ["economy", "energy", "industry"]);
        let roots = [SectionId("a".to_owned())];
        assert_eq!(with_subsections(&report, &roots).len(), 2);
    }
}
