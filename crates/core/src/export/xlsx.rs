//! The Excel workbook: the indicators grouped by section with the computed columns as
//! live formulas (with their results cached, so a reader that does not recalculate
//! still sees the numbers), status colours by conditional formatting, a sheet of the
//! revised values and a sheet of the report's details.

use rust_xlsxwriter::{
    Color, ConditionalFormatText, ConditionalFormatTextRule, DocProperties, Format, FormatAlign,
    FormatBorder, Formula, Workbook, Worksheet, XlsxError,
};

use super::{ExportError, Options};
use crate::columns::ColumnId;
use crate::derived::Derived;
use crate::format::decimals_needed;
use crate::i18n::{self, ExportText, Text as _};
use crate::metrics::{CLOSE_GAP_PTS, CLOSE_RATIO_PCT};
use crate::metrics::{Metrics, Status};
use crate::model::text;
use crate::model::{
    Direction, Field, Indicator, Lang, Measure, Period, Report, Section, SectionId, Target,
};

/// The target's basis, and whether its value was derived from a printed percent.
fn basis_text(lang: Lang, target: Option<&Target>) -> String {
    let Some(t) = target else {
        return String::new();
    };
    let basis = i18n::basis(lang, t.basis);
    if t.derived {
        format!("{basis} ({})", ExportText::DerivedFromAPercent.tr(lang))
    } else {
        basis.to_owned()
    }
}

/// Columns of the indicators sheet (0-based): the name first, the id last (it is not
/// printed).
mod col {
    pub const NAME: u16 = 0;
    pub const UNIT: u16 = 1;
    pub const ACTUAL: u16 = 2;
    pub const GROWTH: u16 = 3;
    pub const PRIOR: u16 = 4;
    pub const TARGET: u16 = 5;
    pub const TARGET_BASIS: u16 = 6;
    pub const ACHIEVEMENT: u16 = 7;
    pub const GAP: u16 = 8;
    pub const ANNUAL: u16 = 9;
    pub const ANNUAL_BASIS: u16 = 10;
    pub const ANNUAL_ACHIEVEMENT: u16 = 11;
    pub const ANNUAL_GAP: u16 = 12;
    pub const REMAINING: u16 = 13;
    pub const SHARE: u16 = 14;
    pub const NEEDED: u16 = 15;
    pub const STATUS: u16 = 16;
    pub const REVISED: u16 = 17;
    pub const NOTE: u16 = 18;
    /// The last printed column.
    pub const PRINTED: u16 = NOTE;
    pub const ID: u16 = 19;
    pub const LAST: u16 = ID;
}

/// The width of the names' column, in characters.
const NAME_WIDTH: f64 = 42.0;
/// The width of the notes' column, in characters.
const NOTE_WIDTH: f64 = 32.0;
/// The height of one line of text, in points.
const LINE_HEIGHT: f64 = 15.0;

/// How many lines `text` takes wrapped in a column `width` characters wide: rows of
/// wrapped text are given their height, which no spreadsheet computes on opening.
fn lines(text: &str, width: f64) -> f64 {
    let per_line = (width * 1.1 - 1.0).max(1.0);
    text.split('\n')
        .map(|l| (l.chars().count() as f64 / per_line).ceil().max(1.0))
        .sum()
}

/// A cell reference such as `D7` for a 0-based row and column (rust_xlsxwriter's own,
/// the one the import's references use too).
fn cell(row: u32, col: u16) -> String {
    rust_xlsxwriter::utility::row_col_to_cell(row, col)
}

/// A number format showing `decimals` decimals with thousands grouping.
fn number_format(decimals: usize) -> Format {
    let pattern = if decimals == 0 {
        "#,##0".to_owned()
    } else {
        format!("#,##0.{}", "0".repeat(decimals.min(6)))
    };
    Format::new()
        .set_num_format(pattern)
        .set_align(FormatAlign::Top)
}

/// How many decimals the indicator's figures need, so each row reads like the report.
fn decimals_of(ind: &Indicator) -> usize {
    [
        ind.actual,
        ind.value(Field::Target),
        ind.value(Field::AnnualTarget),
        ind.prior,
    ]
    .iter()
    .flatten()
    .map(|v| decimals_needed(*v))
    .max()
    .unwrap_or(0)
}

/// A formula with its result cached (when `cache`), so that readers that do not
/// recalculate (viewers, calamine, pandas, LibreOffice) still see the number; without a
/// result it caches the sheet's default, an empty text.
fn formula(text: String, result: Option<f64>, cache: bool) -> Formula {
    let formula = Formula::new(text);
    match result {
        Some(v) if v.is_finite() && cache => formula.set_result(format!("{v}")),
        _ => formula,
    }
}

/// The workbook of `report`.
pub fn to_bytes(report: &Report, options: &Options) -> Result<Vec<u8>, ExportError> {
    build(report, options, true).map_err(|e| ExportError::Xlsx(e.to_string()))
}

/// The workbook without the formulas' cached results: a spreadsheet that opens it must
/// compute every figure itself (for testing that the formulas are right).
pub fn to_bytes_without_cached_results(
    report: &Report,
    options: &Options,
) -> Result<Vec<u8>, ExportError> {
    build(report, options, false).map_err(|e| ExportError::Xlsx(e.to_string()))
}

fn build(report: &Report, options: &Options, cache: bool) -> Result<Vec<u8>, XlsxError> {
    // The last guard: no control character or direction control reaches a cell, even
    // in the `_xHHHH_` form the writer would give it. Notes keep their lines.
    let report = &*text::cleaned(report, text::Shape::Lines);
    let lang = options.lang;
    let derived = Derived::compute(report);
    let mut workbook = Workbook::new();
    workbook.set_properties(
        &DocProperties::new()
            .set_title(report.title.get(lang))
            .set_subject(format!("{} {}", report.region.get(lang), report.period))
            .set_author("chitieu"),
    );

    let indicators = workbook.add_worksheet();
    indicators_sheet(indicators, report, &derived, lang, cache)?;

    let changes = workbook.add_worksheet();
    changes_sheet(changes, report, lang)?;

    let tasks = workbook.add_worksheet();
    tasks_sheet(tasks, report, lang)?;

    let about = workbook.add_worksheet();
    about_sheet(about, report, options)?;

    workbook.save_to_buffer()
}

/// How the indicators sheet is written: its language, whether formulas cache their
/// results, and its formats.
struct Style {
    lang: Lang,
    period: Period,
    cache: bool,
    top: Format,
    wrap: Format,
    section: Format,
    pct: Format,
    pts: Format,
    revised: Format,
}

fn indicators_sheet(
    sheet: &mut Worksheet,
    report: &Report,
    derived: &Derived,
    lang: Lang,
    cache: bool,
) -> Result<(), XlsxError> {
    indicators_header(sheet, lang, report.period)?;
    if cache {
        // A formula whose result is an empty text caches an empty text, never 0: a
        // reader that does not recalculate (LibreOffice by default) shows the cache.
        sheet.set_formula_result_default("");
    }
    let style = Style {
        lang,
        period: report.period,
        cache,
        top: Format::new().set_align(FormatAlign::Top),
        wrap: Format::new().set_text_wrap().set_align(FormatAlign::Top),
        section: Format::new()
            .set_bold()
            .set_background_color(Color::RGB(0xF2F2F2)),
        pct: Format::new()
            .set_num_format("0.0")
            .set_align(FormatAlign::Top),
        pts: Format::new()
            .set_num_format("+0.00;-0.00;0.00")
            .set_align(FormatAlign::Top),
        revised: Format::new()
            .set_font_color(Color::RGB(0x1F6FB2))
            .set_italic(),
    };

    let mut row: u32 = 1;
    let ordered = ordered_by_section(report, derived);
    let mut current_section: Option<&str> = None;
    for i in ordered {
        let Some(ind) = report.indicators.get(i) else {
            continue;
        };
        if current_section != Some(ind.section.0.as_str()) {
            current_section = Some(ind.section.0.as_str());
            let title = report.section(&ind.section).map_or_else(
                || ind.section.0.clone(),
                |s: &Section| format!("{} {}", s.number, s.title.get(lang)),
            );
            sheet.write_string_with_format(row, col::NAME, &title, &style.section)?;
            for c in col::UNIT..=col::LAST {
                sheet.write_string_with_format(row, c, "", &style.section)?;
            }
            row += 1;
        }
        let depth = derived.depth.get(i).copied().unwrap_or(0);
        let m = derived.metrics_of(i);
        indicator_row(sheet, row, ind, depth, &m, &style)?;
        row += 1;
    }

    // Status colours, by the words written in the status column.
    let last = row.saturating_sub(1).max(1);
    for (status, fill, font) in [
        (Status::Met, 0xC6EFCE, 0x006100),
        (Status::Close, 0xFFEB9C, 0x9C5700),
        (Status::Behind, 0xFFC7CE, 0x9C0006),
    ] {
        let format = Format::new()
            .set_background_color(Color::RGB(fill))
            .set_font_color(Color::RGB(font));
        let rule = ConditionalFormatText::new()
            .set_rule(ConditionalFormatTextRule::BeginsWith(
                i18n::status(lang, status).to_owned(),
            ))
            .set_format(format);
        sheet.add_conditional_format(1, col::STATUS, last, col::STATUS, &rule)?;
    }
    sheet.autofilter(0, col::NAME, last, col::LAST)?;
    // The ids are for machines: not printed.
    sheet.set_print_area(0, col::NAME, last, col::PRINTED)?;
    Ok(())
}

/// The header row of the indicators sheet, the columns' widths and the page setup.
fn indicators_header(sheet: &mut Worksheet, lang: Lang, period: Period) -> Result<(), XlsxError> {
    sheet.set_name(ExportText::IndicatorsSheet.tr(lang))?;
    let header = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter)
        .set_background_color(Color::RGB(0xD9E1F2))
        .set_border(FormatBorder::Thin);
    // The titles of the table's columns come from its column list; the sheet spells
    // out the growth and the rest's growth, and has columns the table has not.
    let column = |id: ColumnId| id.title(lang, period);
    let titles: [(u16, String, f64); 20] = [
        (col::NAME, column(ColumnId::Name), NAME_WIDTH),
        (col::UNIT, column(ColumnId::Unit), 10.0),
        (col::ACTUAL, column(ColumnId::Actual), 12.0),
        (
            col::GROWTH,
            i18n::field_in_full(lang, Field::YoyGrowthPct).to_owned(),
            11.0,
        ),
        (col::PRIOR, column(ColumnId::Prior), 12.0),
        (col::TARGET, column(ColumnId::Target), 12.0),
        (
            col::TARGET_BASIS,
            ExportText::PeriodTargetBasis.tr(lang).to_owned(),
            14.0,
        ),
        (col::ACHIEVEMENT, column(ColumnId::TargetPct), 11.0),
        (
            col::GAP,
            ExportText::PeriodGapPoints.tr(lang).to_owned(),
            11.0,
        ),
        (col::ANNUAL, column(ColumnId::Annual), 12.0),
        (
            col::ANNUAL_BASIS,
            ExportText::AnnualTargetBasis.tr(lang).to_owned(),
            14.0,
        ),
        (col::ANNUAL_ACHIEVEMENT, column(ColumnId::AnnualPct), 11.0),
        (
            col::ANNUAL_GAP,
            ExportText::AnnualGapPoints.tr(lang).to_owned(),
            11.0,
        ),
        (col::REMAINING, column(ColumnId::Remaining), 14.0),
        (
            col::SHARE,
            ExportText::ShareOfLastYear.tr(lang).to_owned(),
            10.0,
        ),
        (
            col::NEEDED,
            ExportText::GrowthTheRestOfTheYear.tr(lang).to_owned(),
            11.0,
        ),
        (col::STATUS, column(ColumnId::Status), 9.5),
        (col::REVISED, ExportText::Revised.tr(lang).to_owned(), 8.0),
        (
            col::NOTE,
            crate::i18n::Common::Note.tr(lang).to_owned(),
            NOTE_WIDTH,
        ),
        (col::ID, ExportText::Id.tr(lang).to_owned(), 28.0),
    ];
    for (c, title, width) in titles {
        sheet.write_string_with_format(0, c, &title, &header)?;
        sheet.set_column_width(c, width)?;
    }
    sheet.set_row_height(0, 45)?;
    sheet.set_freeze_panes(1, 1)?;
    print_setup(sheet);
    sheet.set_repeat_rows(0, 0)?;

    Ok(())
}

/// Printed on A4 landscape, one page wide, as many pages long as it takes, with the
/// page number at the foot.
fn print_setup(sheet: &mut Worksheet) {
    sheet
        .set_paper_size(9)
        .set_landscape()
        .set_print_fit_to_pages(1, 0)
        .set_print_gridlines(true)
        .set_margins(0.4, 0.4, 0.6, 0.6, 0.3, 0.3)
        .set_footer("&C&P / &N");
}

/// The status as a live formula: the period target's if it has one, else the annual
/// target's, computed as [`crate::metrics`] does (the direction, the pace of an annual
/// target of a flow, "close" within 5 % or 1 point). `None` for a neutral indicator.
fn status_formula(ind: &Indicator, row: u32, pace: f64, lang: Lang) -> Option<String> {
    let higher = match ind.direction {
        Direction::HigherIsBetter => true,
        Direction::LowerIsBetter => false,
        Direction::Neutral => return None,
    };
    let [met, close, behind] = [Status::Met, Status::Close, Status::Behind]
        .map(|s| format!("\"{}\"", i18n::status(lang, s)));
    let a = cell(row, col::ACTUAL);
    let one = |target: String, pace: f64| {
        let due = if (pace - 1.0).abs() < f64::EPSILON {
            target.clone()
        } else {
            format!("({target}*{pace})")
        };
        let inner = if ind.measure.is_rate() {
            let gap = if higher {
                format!("{a}-{due}")
            } else {
                format!("{due}-{a}")
            };
            let c = CLOSE_GAP_PTS;
            format!("IF({gap}>=0,{met},IF({gap}>=-{c},{close},{behind}))")
        } else {
            let r = format!("{a}/{due}*100");
            let (good, near) = if higher {
                (
                    format!("{r}>=100"),
                    format!("{r}>={}", 100.0 - CLOSE_RATIO_PCT),
                )
            } else {
                (
                    format!("{r}<=100"),
                    format!("{r}<={}", 100.0 + CLOSE_RATIO_PCT),
                )
            };
            let direct = if higher {
                format!("{a}>={due}")
            } else {
                format!("{a}<={due}")
            };
            format!(
                "IF({due}>0,IF({good},{met},IF({near},{close},{behind})),IF({direct},{met},{behind}))"
            )
        };
        (target, inner)
    };
    let mut parts = Vec::new();
    if ind.target.is_some() {
        parts.push(one(cell(row, col::TARGET), 1.0));
    }
    if ind.annual_target.is_some() {
        parts.push(one(cell(row, col::ANNUAL), pace));
    }
    let mut f = "\"\"".to_owned();
    for (target, inner) in parts.into_iter().rev() {
        f = format!("IF(AND(ISNUMBER({a}),ISNUMBER({target})),{inner},{f})");
    }
    (f != "\"\"").then(|| format!("={f}"))
}

/// One indicator's row: its figures, the computed columns as formulas, its status.
fn indicator_row(
    sheet: &mut Worksheet,
    row: u32,
    ind: &Indicator,
    depth: usize,
    m: &Metrics,
    style: &Style,
) -> Result<(), XlsxError> {
    name_and_unit(sheet, row, ind, depth, style)?;
    actual_prior_growth(sheet, row, ind, style)?;
    target_columns(sheet, row, ind, m, style)?;
    rest_and_status(sheet, row, ind, m, style)?;
    if ind.is_any_revised() {
        sheet.write_string_with_format(row, col::REVISED, "✎", &style.revised)?;
    }
    if !ind.note.is_empty() {
        sheet.write_string_with_format(row, col::NOTE, &ind.note, &style.wrap)?;
    }
    sheet.write_string(row, col::ID, &ind.id.0)?;
    Ok(())
}

/// The format of an entered figure `v` of `field`: the decimals the report printed it
/// with (a count none), in blue italics when revised (or a growth that follows the
/// figures where the report printed another).
fn value_format(ind: &Indicator, field: Field, v: f64) -> Format {
    let decimals = if ind.measure == Measure::Count {
        0
    } else {
        decimals_needed(v).min(3)
    };
    let f = number_format(decimals);
    let follows = field == Field::YoyGrowthPct && ind.printed_growth_differs().is_some();
    if ind.is_revised(field) || follows {
        f.set_font_color(Color::RGB(0x1F6FB2)).set_italic()
    } else {
        f
    }
}

/// The row's name (indented by its depth), its unit, and the height its longest
/// wrapped text needs.
fn name_and_unit(
    sheet: &mut Worksheet,
    row: u32,
    ind: &Indicator,
    depth: usize,
    style: &Style,
) -> Result<(), XlsxError> {
    let lang = style.lang;
    sheet.write_string_with_format(
        row,
        col::NAME,
        ind.name.get(lang),
        &Format::new()
            .set_indent(u8::try_from(depth.min(8)).unwrap_or(8))
            .set_text_wrap()
            .set_align(FormatAlign::Top),
    )?;
    sheet.write_string_with_format(row, col::UNIT, ind.unit.get(lang), &style.top)?;
    let indent = 1.5 * depth.min(8) as f64;
    let height = lines(ind.name.get(lang), NAME_WIDTH - indent)
        .max(lines(&ind.note, NOTE_WIDTH))
        .max(lines(ind.unit.get(lang), 10.0))
        .max(lines(&basis_text(lang, ind.target.as_ref()), 11.0))
        .max(lines(&basis_text(lang, ind.annual_target.as_ref()), 11.0));
    if height > 1.0 {
        sheet.set_row_height(row, height * LINE_HEIGHT)?;
    }
    Ok(())
}

/// The actual, last year's figure and the growth: live over the two where it can be
/// computed, the printed one where it cannot.
fn actual_prior_growth(
    sheet: &mut Worksheet,
    row: u32,
    ind: &Indicator,
    style: &Style,
) -> Result<(), XlsxError> {
    if let Some(v) = ind.actual {
        sheet.write_number_with_format(
            row,
            col::ACTUAL,
            v,
            &value_format(ind, Field::Actual, v),
        )?;
    }
    let (actual, prior) = (cell(row, col::ACTUAL), cell(row, col::PRIOR));
    // Last year's figure is the anchor, a figure of its own; the growth follows the
    // actual and it (live), or is the printed one where it cannot be computed.
    if let Some(p) = ind.prior {
        // One derived from the printed growth shows as many decimals as the actual.
        let format = if ind.prior_is_derived() {
            let actual = ind.report_value(Field::Actual).unwrap_or(p);
            number_format(decimals_needed(actual).min(3))
        } else {
            value_format(ind, Field::Prior, p)
        };
        sheet.write_number_with_format(row, col::PRIOR, p, &format)?;
    }
    let shown = ind.growth_pct();
    match (ind.computed_growth_pct(), shown) {
        (Some(computed), Some(shown)) if !ind.change_in_units() => {
            let f = format!(
                "=IF(AND(ISNUMBER({actual}),ISNUMBER({prior}),{prior}>0),({actual}/{prior}-1)*100,\"\")"
            );
            sheet.write_formula_with_format(
                row,
                col::GROWTH,
                formula(f, Some(computed), style.cache),
                &value_format(ind, Field::YoyGrowthPct, shown),
            )?;
        }
        (_, Some(v)) => {
            sheet.write_number_with_format(
                row,
                col::GROWTH,
                v,
                &value_format(ind, Field::YoyGrowthPct, v),
            )?;
        }
        (_, None) => {}
    }
    Ok(())
}

/// The period's and the year's target, each with its basis and, live, the achievement
/// (an amount) or the gap in points (a rate).
fn target_columns(
    sheet: &mut Worksheet,
    row: u32,
    ind: &Indicator,
    m: &Metrics,
    style: &Style,
) -> Result<(), XlsxError> {
    let (lang, cache) = (style.lang, style.cache);
    let actual = cell(row, col::ACTUAL);
    let rate = ind.measure.is_rate();
    for (field, value_col, basis_col, ach_col, gap_col, target, ach, gap) in [
        (
            Field::Target,
            col::TARGET,
            col::TARGET_BASIS,
            col::ACHIEVEMENT,
            col::GAP,
            &ind.target,
            m.achievement_pct,
            m.gap_pts,
        ),
        (
            Field::AnnualTarget,
            col::ANNUAL,
            col::ANNUAL_BASIS,
            col::ANNUAL_ACHIEVEMENT,
            col::ANNUAL_GAP,
            &ind.annual_target,
            m.annual_achievement_pct,
            m.annual_gap_pts,
        ),
    ] {
        let Some(t) = target else { continue };
        if let Some(v) = t.value {
            sheet.write_number_with_format(row, value_col, v, &value_format(ind, field, v))?;
        }
        sheet.write_string_with_format(row, basis_col, basis_text(lang, Some(t)), &style.wrap)?;
        let target_cell = cell(row, value_col);
        if rate {
            let f = format!(
                "=IF(AND(ISNUMBER({actual}),ISNUMBER({target_cell})),{actual}-{target_cell},\"\")"
            );
            sheet.write_formula_with_format(row, gap_col, formula(f, gap, cache), &style.pts)?;
        } else {
            let f = format!(
                "=IF(AND(ISNUMBER({actual}),ISNUMBER({target_cell}),{target_cell}>0),{actual}/{target_cell}*100,\"\")"
            );
            sheet.write_formula_with_format(row, ach_col, formula(f, ach, cache), &style.pct)?;
        }
    }
    Ok(())
}

/// What remains of the year's target, the rest of the year, and the status (live,
/// with the pace of the year at this period).
fn rest_and_status(
    sheet: &mut Worksheet,
    row: u32,
    ind: &Indicator,
    m: &Metrics,
    style: &Style,
) -> Result<(), XlsxError> {
    let (lang, cache) = (style.lang, style.cache);
    let rate = ind.measure.is_rate();
    if !rate && ind.annual_target.is_some() && crate::metrics::remaining_after(&style.period) {
        // Computed amounts show as many decimals as the row's own figures.
        let n = number_format(decimals_of(ind).min(2));
        let (actual, annual) = (cell(row, col::ACTUAL), cell(row, col::ANNUAL));
        let f = format!("=IF(AND(ISNUMBER({actual}),ISNUMBER({annual})),{annual}-{actual},\"\")");
        sheet.write_formula_with_format(
            row,
            col::REMAINING,
            formula(f, m.h2_remaining, cache),
            &n,
        )?;
    }
    let share = crate::metrics::period_share_pct(ind, &style.period);
    rest_of_the_year(sheet, ind, row, share, m, style)?;
    let pace = if rate {
        1.0
    } else {
        share
            .filter(|s| s.is_finite() && *s > 0.0 && *s < 100.0)
            .map_or_else(|| style.period.year_fraction(), |s| s / 100.0)
    };
    if let Some(f) = status_formula(ind, row, pace, lang) {
        let status = m
            .status()
            .map(|s| i18n::status(lang, s))
            .unwrap_or_default();
        let f = Formula::new(f);
        let f = if cache { f.set_result(status) } else { f };
        sheet.write_formula_with_format(row, col::STATUS, f, &style.top)?;
    }
    Ok(())
}

/// The share of the period in last year (a number the reader may change) and the
/// growth the rest of the year needs, as a live formula of it: for a growth rate
/// `(G − s·g) / (1 − s)`, for an amount what is left over last year's rest.
fn rest_of_the_year(
    sheet: &mut Worksheet,
    ind: &Indicator,
    row: u32,
    share: Option<f64>,
    m: &Metrics,
    style: &Style,
) -> Result<(), XlsxError> {
    let Some(share) = share else {
        return Ok(());
    };
    sheet.write_number_with_format(row, col::SHARE, share, &style.pct)?;
    if ind.annual_target.is_none() {
        return Ok(());
    }
    let (s, annual) = (cell(row, col::SHARE), cell(row, col::ANNUAL));
    let f = if ind.measure.is_rate() {
        // The period's growth: the actual of a growth rate, else its growth column.
        let g = if ind.measure == Measure::Rate {
            cell(row, col::ACTUAL)
        } else {
            cell(row, col::GROWTH)
        };
        format!(
            "=IF(AND(ISNUMBER({annual}),ISNUMBER({g}),ISNUMBER({s}),{s}>0,{s}<100),({annual}-{s}/100*{g})/(1-{s}/100),\"\")"
        )
    } else {
        let (actual, prior) = (cell(row, col::ACTUAL), cell(row, col::PRIOR));
        format!(
            "=IF(AND(ISNUMBER({annual}),ISNUMBER({actual}),ISNUMBER({prior}),ISNUMBER({s}),{s}>0,{s}<100,{prior}>0),(({annual}-{actual})/({prior}*(100-{s})/{s})-1)*100,\"\")"
        )
    };
    sheet.write_formula_with_format(
        row,
        col::NEEDED,
        formula(f, m.rest_required_growth_pct, style.cache),
        &style.pct,
    )?;
    Ok(())
}

/// The indicators in section order (the order of `report.sections`), each section's
/// in table order (totals followed by their breakdowns).
fn ordered_by_section(report: &Report, derived: &Derived) -> Vec<usize> {
    let all = crate::derived::rows(report, derived, &crate::derived::RowQuery::default());
    // Each section's rows in one pass, not one pass a section.
    let mut by_section: rustc_hash::FxHashMap<&SectionId, Vec<usize>> = Default::default();
    let mut unlisted = Vec::new();
    let listed: rustc_hash::FxHashSet<&SectionId> = report.sections.iter().map(|s| &s.id).collect();
    for &i in &all {
        match report.indicators.get(i) {
            Some(ind) if listed.contains(&ind.section) => {
                by_section.entry(&ind.section).or_default().push(i);
            }
            // Indicators of sections that are not listed (cannot happen in a loaded report).
            _ => unlisted.push(i),
        }
    }
    let mut out = Vec::with_capacity(all.len());
    for section in &report.sections {
        if let Some(rows) = by_section.remove(&section.id) {
            out.extend(rows);
        }
    }
    out.extend(unlisted);
    out
}

fn changes_sheet(sheet: &mut Worksheet, report: &Report, lang: Lang) -> Result<(), XlsxError> {
    sheet.set_name(ExportText::Changes.tr(lang))?;
    let header = Format::new()
        .set_bold()
        .set_background_color(Color::RGB(0xD9E1F2))
        .set_border(FormatBorder::Thin);
    let titles = [
        (crate::i18n::ColumnText::Indicator.tr(lang), 48.0),
        (ExportText::FieldName.tr(lang), 18.0),
        (i18n::report_value(lang), 18.0),
        (ExportText::RevisedValue.tr(lang), 18.0),
        (crate::i18n::Common::Unit.tr(lang), 12.0),
        (crate::i18n::Common::Note.tr(lang), 48.0),
        (ExportText::Id.tr(lang), 16.0),
    ];
    for (c, (title, width)) in (0u16..).zip(titles) {
        sheet.write_string_with_format(0, c, title, &header)?;
        sheet.set_column_width(c, width)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    print_setup(sheet);
    sheet.set_repeat_rows(0, 0)?;
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let mut row = 1;
    for ind in &report.indicators {
        // A growth that follows a revised figure away from the printed one is a change
        // too: the printed growth is the report's own value.
        let follows = ind
            .printed_growth_differs()
            .filter(|_| !ind.is_revised(Field::YoyGrowthPct))
            .map(|printed| (Field::YoyGrowthPct, Some(printed)));
        for (field, original) in ind.original.iter().map(|(f, v)| (*f, *v)).chain(follows) {
            let (field, original) = (&field, &original);
            let n = number_format(decimals_of(ind).max(original.map_or(0, decimals_needed)));
            sheet.write_string_with_format(row, 0, ind.name.get(lang), &wrap)?;
            sheet.write_string(row, 1, i18n::field_in_full(lang, *field))?;
            match original {
                Some(v) => sheet.write_number_with_format(row, 2, *v, &n)?,
                None => sheet.write_string(row, 2, crate::i18n::Common::NoneInParens.tr(lang))?,
            };
            match ind.value(*field) {
                Some(v) => sheet.write_number_with_format(row, 3, v, &n)?,
                None => sheet.write_string(row, 3, ExportText::Cleared.tr(lang))?,
            };
            sheet.write_string(row, 4, ind.unit.get(lang))?;
            if !ind.note.is_empty() {
                sheet.write_string_with_format(row, 5, &ind.note, &wrap)?;
            }
            sheet.write_string(row, 6, &ind.id.0)?;
            let height = lines(ind.name.get(lang), 48.0).max(lines(&ind.note, 48.0));
            sheet.set_row_height(row, height * LINE_HEIGHT)?;
            row += 1;
        }
    }
    if row == 1 {
        sheet.write_string(1, 0, ExportText::NoValueHasBeenRevised.tr(lang))?;
    }
    Ok(())
}

/// The tasks for the rest of the year: number, sector, title, text, status, note.
fn tasks_sheet(sheet: &mut Worksheet, report: &Report, lang: Lang) -> Result<(), XlsxError> {
    sheet.set_name(ExportText::Tasks.tr(lang))?;
    let header = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter)
        .set_background_color(Color::RGB(0xD9E1F2))
        .set_border(FormatBorder::Thin);
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let titles = [
        (ExportText::Number.tr(lang), 6.0),
        (ExportText::Sector.tr(lang), 18.0),
        (ExportText::Task.tr(lang), 40.0),
        (ExportText::TaskText.tr(lang), 60.0),
        (ExportText::Progress.tr(lang), 14.0),
        (crate::i18n::Common::Note.tr(lang), 50.0),
    ];
    for (c, (title, width)) in (0u16..).zip(titles) {
        sheet.write_string_with_format(0, c, title, &header)?;
        sheet.set_column_width(c, width)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    print_setup(sheet);
    sheet.set_repeat_rows(0, 0)?;
    for (row, task) in (1u32..).zip(&report.tasks) {
        sheet.write_string_with_format(row, 0, &task.number, &wrap)?;
        sheet.write_string_with_format(row, 1, task.sector.get(lang), &wrap)?;
        sheet.write_string_with_format(row, 2, task.title.get(lang), &wrap)?;
        sheet.write_string_with_format(row, 3, &task.text, &wrap)?;
        sheet.write_string_with_format(row, 4, i18n::task_status(lang, task.status), &wrap)?;
        sheet.write_string_with_format(row, 5, &task.note, &wrap)?;
        let height = lines(task.title.get(lang), 40.0)
            .max(lines(&task.text, 60.0))
            .max(lines(&task.note, 50.0))
            .max(lines(task.sector.get(lang), 18.0));
        sheet.set_row_height(row, height * LINE_HEIGHT)?;
    }
    Ok(())
}

fn about_sheet(sheet: &mut Worksheet, report: &Report, options: &Options) -> Result<(), XlsxError> {
    let lang = options.lang;
    sheet.set_name(ExportText::AboutSheet.tr(lang))?;
    sheet.set_column_width(0, 28)?;
    sheet.set_column_width(1, 90)?;
    let bold = Format::new().set_bold();
    let rows = [
        (
            ExportText::ReportTitle.tr(lang),
            report.title.get(lang).to_owned(),
        ),
        (
            ExportText::Region.tr(lang),
            report.region.get(lang).to_owned(),
        ),
        (
            crate::i18n::ImportText::PeriodTitle.tr(lang),
            i18n::period(lang, report.period),
        ),
        (
            ExportText::ComparedWith.tr(lang),
            report
                .compared_with
                .map(|p| i18n::period(lang, p))
                .unwrap_or_default(),
        ),
        (
            ExportText::SourceDocument.tr(lang),
            report.source.title.clone(),
        ),
        (ExportText::IssuedBy.tr(lang), report.source.issuer.clone()),
        (
            ExportText::Reference.tr(lang),
            report.source.reference.clone(),
        ),
        (ExportText::Date.tr(lang), report.source.date.clone()),
        (
            ExportText::IndicatorCount.tr(lang),
            report.indicators.len().to_string(),
        ),
        (
            ExportText::RevisedValues.tr(lang),
            report
                .indicators
                .iter()
                .map(|i| i.original.len())
                .sum::<usize>()
                .to_string(),
        ),
        (ExportText::ExportedAt.tr(lang), options.exported_at.clone()),
        (
            ExportText::Software.tr(lang),
            format!("chitieu {}", env!("CARGO_PKG_VERSION")),
        ),
    ];
    for (row, (key, value)) in (0u32..).zip(rows) {
        sheet.write_string_with_format(row, 0, key, &bold)?;
        sheet.write_string(row, 1, value)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters() {
        assert_eq!(cell(0, 0), "A1");
        assert_eq!(cell(0, 25), "Z1");
        assert_eq!(cell(0, 26), "AA1");
        assert_eq!(cell(0, 3), "D1");
    }
}
