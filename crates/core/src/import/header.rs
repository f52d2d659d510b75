//! The header row of a sheet: which row it is, what each column means, and whether the
//! sheet is chitieu's export, a fill-in sheet or another.

use super::{HEADER_SEARCH_ROWS, Preview, Problem, ProblemKind, Sheet, SheetKind, Value, sheet};
use crate::checks::Severity;
use crate::derived::fold;
use crate::i18n::{self, ImportText, Text as _};
use crate::model::{Field, Lang, Report};

/// The roles of the columns of a header row.
#[derive(Clone, Debug, Default)]
pub(super) struct Columns {
    id: Option<u16>,
    code: Option<u16>,
    names: Vec<u16>,
    unit: Option<u16>,
    fields: Vec<(u16, Field)>,
    repeated: Vec<(u16, Field, u16)>,
}

/// The recognised columns, with the sheet's kind.
#[derive(Clone, Debug)]
pub(super) struct Recognised {
    pub(super) kind: SheetKind,
    pub(super) id: Option<u16>,
    pub(super) code: Option<u16>,
    pub(super) names: Vec<u16>,
    pub(super) unit: Option<u16>,
    pub(super) fields: Vec<(u16, Field)>,
    /// The columns of a figure already given by an earlier column (that column, the
    /// figure, the earlier column): not read, and said so.
    pub(super) repeated: Vec<(u16, Field, u16)>,
}

/// What a column title means.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Role {
    Id,
    Code,
    Name,
    Unit,
    Figure(Field),
    /// A title only chitieu's Excel export has (its prior-period column).
    ExportMark,
}

/// A text as compared: lower case, without Vietnamese marks, blanks collapsed, and
/// without the control characters and direction marks a sheet's cell can carry
/// ([`crate::model::text::clean`]), which the report's own names never hold.
pub fn key(text: &str) -> String {
    let text = crate::model::text::clean(text, crate::model::text::Shape::Line).text;
    fold(&text).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The title of the fill-in sheet's first cell, in both languages: it tells a fill-in
/// sheet from other sheets.
pub(crate) fn fill_in_mark(lang: Lang) -> &'static str {
    ImportText::FillInMark.tr(lang)
}

/// The title of the fill-in sheet's code column.
pub(crate) fn code_title(lang: Lang) -> &'static str {
    ImportText::CodeTitle.tr(lang)
}

/// The title of the fill-in sheet's period label.
pub(crate) fn period_title(lang: Lang) -> &'static str {
    ImportText::PeriodTitle.tr(lang)
}

pub(super) fn role(title: &str) -> Option<Role> {
    let k = key(title);
    let k = k.as_str();
    for lang in [Lang::Vi, Lang::En] {
        // Last year's figure as chitieu's exports title it marks an export, whose
        // column (rounded, derived where the report gave only a growth) is not read
        // back; a mapping brings last year's figures in.
        if k == key(i18n::prior_period(lang)) {
            return Some(Role::ExportMark);
        }
        for field in Field::ALL {
            if k == key(i18n::field(lang, field)) || k == key(i18n::field_in_full(lang, field)) {
                return Some(Role::Figure(field));
            }
        }
        if k == key(code_title(lang)) {
            return Some(Role::Code);
        }
    }
    if let Some(field) = Field::ALL
        .into_iter()
        .filter(|f| *f != Field::Prior)
        .find(|f| f.key() == k)
    {
        return Some(Role::Figure(field));
    }
    match k {
        "id" | "ma" | "ma chi tieu" => Some(Role::Id),
        "code" | "ma so chi tieu" => Some(Role::Code),
        "chi tieu" | "indicator" | "name" | "name_vi" | "name_en" | "ten chi tieu" => {
            Some(Role::Name)
        }
        "unit" | "don vi" | "don vi tinh" | "dvt" => Some(Role::Unit),
        "uoc dat" | "thuc hien" | "uoc thuc hien" => Some(Role::Figure(Field::Actual)),
        _ => None,
    }
}

/// The header row of `sheet` (its position in `sheet.rows`) and its columns: the first
/// of the top rows that names the indicator (id, code or name) and a figure.
pub(super) fn header(sheet: &Sheet) -> Option<(usize, Recognised)> {
    let fill_in = sheet.rows.iter().take(HEADER_SEARCH_ROWS).any(|r| {
        let first = key(&r.text(r.cells.first().map_or(0, |(c, _)| *c)));
        [Lang::Vi, Lang::En]
            .iter()
            .any(|l| first.starts_with(&key(fill_in_mark(*l))))
    });
    for (at, row) in sheet.rows.iter().enumerate().take(HEADER_SEARCH_ROWS) {
        let mut c = Columns::default();
        let mut export_mark = false;
        for (col, value) in &row.cells {
            let Value::Text(title) = value else { continue };
            match role(title) {
                Some(Role::Id) => {
                    c.id.get_or_insert(*col);
                }
                Some(Role::Code) => {
                    c.code.get_or_insert(*col);
                }
                Some(Role::Name) => c.names.push(*col),
                Some(Role::Unit) => {
                    c.unit.get_or_insert(*col);
                }
                Some(Role::Figure(f)) => match c.fields.iter().find(|(_, g)| *g == f) {
                    Some((first, _)) => c.repeated.push((*col, f, *first)),
                    None => c.fields.push((*col, f)),
                },
                Some(Role::ExportMark) => export_mark = true,
                None => {}
            }
        }
        let names_indicator = c.id.is_some() || c.code.is_some() || !c.names.is_empty();
        if !names_indicator || c.fields.is_empty() {
            continue;
        }
        let is_csv = sheet.notation.is_some();
        let csv_header = row.text(0) == "id" && row.text(1) == "section" && row.text(2) == "parent";
        let kind = if is_csv && csv_header {
            SheetKind::ChitieuCsv
        } else if fill_in {
            SheetKind::FillIn
        } else if export_mark && !is_csv {
            SheetKind::ChitieuXlsx
        } else {
            SheetKind::Other
        };
        return Some((
            at,
            Recognised {
                kind,
                id: c.id,
                code: c.code,
                names: c.names,
                unit: c.unit,
                fields: c.fields,
                repeated: c.repeated,
            },
        ));
    }
    None
}

/// A fill-in sheet names its period above the figures (which start at `first` in
/// `sheet.rows`): a warning when it is not the report's.
pub(super) fn period_check(sheet: &Sheet, first: usize, report: &Report, preview: &mut Preview) {
    let titles = [key(period_title(Lang::Vi)), key(period_title(Lang::En))];
    for row in sheet.rows.iter().take(first) {
        let Some((col, _)) = row.cells.first() else {
            continue;
        };
        if !titles.contains(&key(&row.text(*col))) {
            continue;
        }
        let Some((value_col, _)) = row.cells.get(1) else {
            continue;
        };
        let found = row.text(*value_col);
        let expected = report.period.to_string();
        if found != expected {
            preview.problems.push(Problem {
                severity: Severity::Warning,
                sheet: sheet.name.clone(),
                cell: sheet::cell_ref(row.index, *value_col),
                kind: ProblemKind::OtherPeriod { found, expected },
            });
        }
    }
}
