//! Any other sheet, read with the columns the user says: which sheet, which row holds
//! the titles, which column names the indicator and how it is matched (by id, by code,
//! or by name ignoring case and Vietnamese marks), which column is which figure. The
//! dry run is the same [`Preview`] as for a sheet whose header row is recognised.
//!
//! A mapping knows the shape it was made for (the sheet's name and the texts of its
//! header row), so the app can keep it and use it again for the next file of the same
//! shape ([`remembered`], [`remember`]).

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::{HEADER_SEARCH_ROWS, Options, Preview, Recognised, Role, Sheet, SheetKind, Value};
use crate::format::Notation;

use crate::model::{Field, Lang, Report};

/// How many mappings are remembered (the newest are kept).
pub const MAX_REMEMBERED: usize = 20;

/// How the indicator column names a row's indicator.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum MatchBy {
    /// By chitieu's id (`budget_revenue_total`), exactly.
    #[default]
    Id,
    /// By the code of the provincial indicator system (`0501`), ignoring case.
    Code,
    /// By the name in either language, ignoring case, blanks and Vietnamese marks.
    Name,
}

impl MatchBy {
    /// Every way, in the order offered.
    pub const ALL: [Self; 3] = [Self::Id, Self::Code, Self::Name];

    /// The way in words, in `lang`.
    pub fn label(self, lang: Lang) -> &'static str {
        crate::i18n::Text::tr(self, lang)
    }
}

/// Which sheet, which header row and which columns to read: the user's answer for a
/// sheet whose header row chitieu does not recognise.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Mapping {
    /// The sheet's name (a CSV file's single sheet is taken whatever its name).
    pub sheet: String,
    /// The header row, as a spreadsheet numbers it (from 1); the figures are below it.
    pub header_row: u32,
    /// The texts of the header row from column A on, trimmed: with the sheet's name, the
    /// shape a mapping is remembered for.
    pub headers: Vec<String>,
    /// The column that names the indicator (from 0: A is 0).
    pub indicator: Option<u16>,
    /// How that column names it.
    pub match_by: MatchBy,
    /// The column of the unit, checked against the indicator's, if any.
    pub unit: Option<u16>,
    /// The column of the actual, if any.
    pub actual: Option<u16>,
    /// The column of the growth on a year ago (%), if any.
    pub yoy_growth_pct: Option<u16>,
    /// The column of the period target, if any.
    pub target: Option<u16>,
    /// The column of the annual target, if any.
    pub annual_target: Option<u16>,
    /// The column of the same period last year, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prior: Option<u16>,
}

/// Why a mapping cannot be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MappingError {
    /// The file has no sheet of that name.
    #[error("{}", self.message(Lang::En))]
    NoSheet {
        /// The sheet asked for.
        sheet: String,
    },
    /// The header row is 0 or below every row of the sheet.
    #[error("{}", self.message(Lang::En))]
    NoRow {
        /// The row asked for.
        row: u32,
    },
    /// No column names the indicator.
    #[error("{}", self.message(Lang::En))]
    NoIndicator,
    /// No column is a figure.
    #[error("{}", self.message(Lang::En))]
    NoFigure,
    /// One column given two roles.
    #[error("{}", self.message(Lang::En))]
    SameColumn {
        /// The column's letter.
        column: String,
    },
}

impl MappingError {
    /// What is wrong and what to do, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        crate::i18n::Message::tr(self, lang)
    }
}

impl Mapping {
    /// The column of `field`, if one is chosen.
    pub fn figure(&self, field: Field) -> Option<u16> {
        match field {
            Field::Actual => self.actual,
            Field::YoyGrowthPct => self.yoy_growth_pct,
            Field::Target => self.target,
            Field::AnnualTarget => self.annual_target,
            Field::Prior => self.prior,
        }
    }

    /// The column of `field`, to choose it.
    pub fn figure_mut(&mut self, field: Field) -> &mut Option<u16> {
        match field {
            Field::Actual => &mut self.actual,
            Field::YoyGrowthPct => &mut self.yoy_growth_pct,
            Field::Target => &mut self.target,
            Field::AnnualTarget => &mut self.annual_target,
            Field::Prior => &mut self.prior,
        }
    }

    /// A mapping of `sheet` with `header_row` (from 1) and no column chosen.
    pub fn new(sheet: &Sheet, header_row: u32) -> Self {
        let mut mapping = Self {
            sheet: sheet.name.clone(),
            ..Self::default()
        };
        mapping.set_header_row(sheet, header_row);
        mapping
    }

    /// Takes `row` (from 1) of `sheet` as the header row, with its texts.
    pub fn set_header_row(&mut self, sheet: &Sheet, row: u32) {
        self.header_row = row;
        self.headers = header_texts(sheet, row);
    }

    /// A first guess for `sheet`: the header row is the top row with the most titles
    /// (texts that are not numbers), and the columns whose titles chitieu knows are
    /// given their roles. The user checks and completes it.
    pub fn guess(sheet: &Sheet) -> Self {
        let titles = |cells: &[(u16, Value)]| {
            cells
                .iter()
                .filter(|(_, v)| {
                    matches!(v, Value::Text(t) if super::read_number(t, Notation::English).is_err())
                })
                .count()
        };
        let mut best: Option<(usize, u32)> = None;
        for row in sheet.rows.iter().take(HEADER_SEARCH_ROWS) {
            let n = titles(&row.cells);
            if best.is_none_or(|(most, _)| n > most) {
                best = Some((n, row.index + 1));
            }
        }
        let mut mapping = Self::new(sheet, best.map_or(1, |(_, row)| row));
        mapping.guess_columns();
        mapping
    }

    /// Gives the columns whose header text chitieu knows their roles, where no column
    /// has that role yet.
    pub fn guess_columns(&mut self) {
        let mut by: Option<(u16, MatchBy)> = None;
        let roles: Vec<Option<Role>> = self.headers.iter().map(|t| super::role(t)).collect();
        for (col, role) in (0u16..).zip(roles) {
            let found = match role {
                Some(Role::Id) => Some(MatchBy::Id),
                Some(Role::Code) => Some(MatchBy::Code),
                Some(Role::Name) => Some(MatchBy::Name),
                Some(Role::Unit) => {
                    self.unit.get_or_insert(col);
                    None
                }
                Some(Role::Figure(field)) => {
                    self.figure_mut(field).get_or_insert(col);
                    None
                }
                Some(Role::ExportMark) | None => None,
            };
            // An id beats a code, which beats a name.
            if let Some(m) = found {
                let rank = |m: MatchBy| MatchBy::ALL.iter().position(|x| *x == m);
                if by.is_none_or(|(_, b)| rank(m) < rank(b)) {
                    by = Some((col, m));
                }
            }
        }
        if let Some((col, m)) = by
            && self.indicator.is_none()
        {
            self.indicator = Some(col);
            self.match_by = m;
        }
    }

    /// The sheet of `sheets` the mapping reads: the one of its name, or a CSV file's
    /// single sheet (named after its file, which changes from one file to the next).
    pub fn sheet_in<'a>(&self, sheets: &'a [Sheet]) -> Option<&'a Sheet> {
        match sheets {
            [only] if only.notation.is_some() => Some(only),
            _ => sheets.iter().find(|s| s.name == self.sheet),
        }
    }

    /// True when `sheets` have the shape the mapping was made for: its sheet, with the
    /// same texts in the header row.
    pub fn fits(&self, sheets: &[Sheet]) -> bool {
        self.sheet_in(sheets)
            .is_some_and(|s| header_texts(s, self.header_row) == self.headers)
    }

    /// True when `other` was made for the same shape.
    pub fn same_shape(&self, other: &Self) -> bool {
        self.sheet == other.sheet
            && self.header_row == other.header_row
            && self.headers == other.headers
    }

    /// The sheet to read, or why the mapping cannot be read.
    pub fn check<'a>(&self, sheets: &'a [Sheet]) -> Result<&'a Sheet, MappingError> {
        let sheet = self.sheet_in(sheets).ok_or_else(|| MappingError::NoSheet {
            sheet: self.sheet.clone(),
        })?;
        let last = sheet.rows.last().map_or(0, |r| r.index + 1);
        if self.header_row == 0 || self.header_row > last {
            return Err(MappingError::NoRow {
                row: self.header_row,
            });
        }
        let Some(indicator) = self.indicator else {
            return Err(MappingError::NoIndicator);
        };
        let mut used: Vec<u16> = Field::ALL.iter().filter_map(|f| self.figure(*f)).collect();
        if used.is_empty() {
            return Err(MappingError::NoFigure);
        }
        used.push(indicator);
        used.extend(self.unit);
        used.sort_unstable();
        if let Some(&[col, _]) = used.windows(2).find(|w| w.first() == w.get(1)) {
            return Err(MappingError::SameColumn {
                column: super::sheet::column_letter(col),
            });
        }
        Ok(sheet)
    }

    /// The columns as the row reader takes them.
    fn columns(&self) -> Recognised {
        let indicator = self.indicator;
        Recognised {
            kind: SheetKind::Mapped,
            id: indicator.filter(|_| self.match_by == MatchBy::Id),
            code: indicator.filter(|_| self.match_by == MatchBy::Code),
            names: indicator
                .filter(|_| self.match_by == MatchBy::Name)
                .into_iter()
                .collect(),
            unit: self.unit,
            fields: Field::ALL
                .iter()
                .filter_map(|f| self.figure(*f).map(|c| (c, *f)))
                .collect(),
            repeated: Vec::new(),
        }
    }
}

/// The most characters of a header text kept (a title is a few words; a cell of
/// megabytes is not kept whole in the remembered mappings).
pub const HEADER_CHARS: usize = 200;

/// The texts of `row` (from 1) of `sheet`, from column A to its last cell, trimmed (a
/// number as it prints, an empty cell as ""), each at most [`HEADER_CHARS`]
/// characters; empty when the row is empty.
pub fn header_texts(sheet: &Sheet, row: u32) -> Vec<String> {
    let Some(found) = row
        .checked_sub(1)
        .and_then(|index| sheet.rows.iter().find(|r| r.index == index))
    else {
        return Vec::new();
    };
    let last = found.cells.last().map_or(0, |(c, _)| *c);
    (0..=last)
        .map(|c| {
            let text = found.text(c);
            match text.char_indices().nth(HEADER_CHARS) {
                Some((at, _)) => text.get(..at).unwrap_or_default().to_owned(),
                None => text,
            }
        })
        .collect()
}

/// The dry run of `sheets` (read from `path`) read with `mapping`: what it would change
/// in `report`, and what is wrong, as for a recognised sheet.
pub fn read_mapped(
    sheets: &[Sheet],
    mapping: &Mapping,
    path: &Path,
    report: &Report,
    options: &Options,
) -> Result<Preview, MappingError> {
    let sheet = mapping.check(sheets)?;
    let first = sheet
        .rows
        .iter()
        .position(|r| r.index + 1 > mapping.header_row)
        .unwrap_or(sheet.rows.len());
    Ok(super::preview_rows(
        sheet,
        first,
        &mapping.columns(),
        path,
        report,
        options,
    ))
}

/// The sheet a new mapping starts from: the one with the most rows among the visible
/// sheets (a notes sheet often comes first), or among all when none is visible; `None`
/// when every sheet is empty.
pub fn likely_sheet(sheets: &[Sheet]) -> Option<&Sheet> {
    fn most<'a>(list: impl Iterator<Item = &'a Sheet> + Clone) -> Option<&'a Sheet> {
        let most = list.clone().map(|s| s.rows.len()).max().unwrap_or(0);
        list.into_iter().find(|s| s.rows.len() == most && most > 0)
    }
    let visible = sheets
        .iter()
        .filter(|s| s.visibility == super::Visibility::Visible);
    most(visible).or_else(|| most(sheets.iter()))
}

/// The remembered mapping for `sheets`' shape, if any (the newest first).
pub fn remembered<'a>(sheets: &[Sheet], mappings: &'a [Mapping]) -> Option<&'a Mapping> {
    mappings.iter().find(|m| m.fits(sheets))
}

/// Keeps `mapping` first among `mappings`, in place of one made for the same shape,
/// and at most [`MAX_REMEMBERED`] of them.
pub fn remember(mappings: &mut Vec<Mapping>, mapping: Mapping) {
    mappings.retain(|m| !m.same_shape(&mapping));
    mappings.insert(0, mapping);
    mappings.truncate(MAX_REMEMBERED);
}

/// A column as the mapping step offers it: its letter and its header text
/// (`B — Tên chỉ tiêu`), cut to [`super::quote::QUOTE_CHARS`] characters with `…`.
pub fn column_name(mapping: &Mapping, col: u16) -> String {
    let letter = super::sheet::column_letter(col);
    match mapping
        .headers
        .get(usize::from(col))
        .filter(|t| !t.is_empty())
    {
        Some(title) => match title.char_indices().nth(super::quote::QUOTE_CHARS) {
            Some((at, _)) => format!("{letter} — {}…", title.get(..at).unwrap_or_default()),
            None => format!("{letter} — {title}"),
        },
        None => letter,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::Row;

    const REPORT: &str = r#"(
        schema_version: 1,
        title: (vi: "Thử", en: "Test"),
        region: (vi: "Hải Dương", en: "Hai Duong"),
        period: (year: 2024, span: H1),
        source: (title: "Thử"),
        sections: [(id: "s", number: "1", title: (vi: "Mục", en: "Section"))],
        indicators: [
            (
                id: "revenue",
                section: "s",
                name: (vi: "Tổng thu ngân sách nhà nước", en: "Budget revenue"),
                unit: (vi: "tỷ đồng", en: "billion VND"),
                actual: Some(14283.5),
                code: "0501",
            ),
            (
                id: "pigs",
                section: "s",
                name: (vi: "Tổng đàn lợn", en: "Pig herd"),
                unit: (vi: "con", en: "head"),
                measure: Count,
                actual: Some(440000.0),
                code: "ab12",
            ),
        ],
    )"#;

    fn report() -> Report {
        crate::io::from_str(REPORT, Path::new("t.ron")).unwrap()
    }

    fn text(s: &str) -> Value {
        Value::Text(s.to_owned())
    }

    /// A department's sheet: a title, a blank row, the header in row 3 with titles
    /// chitieu does not know, two rows of figures.
    fn sheet(key_title: &str, keys: [&str; 2]) -> Sheet {
        let [first, second] = keys;
        Sheet {
            name: "Báo cáo".to_owned(),
            rows: vec![
                Row {
                    index: 0,
                    cells: vec![(0, text("Số liệu của Sở"))],
                },
                Row {
                    index: 2,
                    cells: vec![
                        (0, text("STT")),
                        (1, text(key_title)),
                        (2, text("ĐV")),
                        (3, text("Số ước 6 tháng")),
                        (4, text("Tăng %")),
                    ],
                },
                Row {
                    index: 3,
                    cells: vec![
                        (0, Value::Number(1.0)),
                        (1, text(first)),
                        (2, text("tỷ đồng")),
                        (3, Value::Number(15000.0)),
                        (4, text("37,5")),
                    ],
                },
                Row {
                    index: 4,
                    cells: vec![
                        (0, Value::Number(2.0)),
                        (1, text(second)),
                        (2, text("con")),
                        (3, Value::Number(450000.0)),
                    ],
                },
            ],
            notation: None,
            stopped_at: None,
            visibility: crate::import::Visibility::Visible,
        }
    }

    fn mapping(sheet: &Sheet, match_by: MatchBy) -> Mapping {
        Mapping {
            indicator: Some(1),
            match_by,
            unit: Some(2),
            actual: Some(3),
            yoy_growth_pct: Some(4),
            ..Mapping::new(sheet, 3)
        }
    }

    fn lines(sheets: &[Sheet], mapping: &Mapping) -> Vec<String> {
        let preview = read_mapped(
            sheets,
            mapping,
            Path::new("so.xlsx"),
            &report(),
            &Options::default(),
        )
        .unwrap();
        assert_eq!(preview.kind, SheetKind::Mapped);
        assert_eq!(preview.sheet, "Báo cáo");
        preview.lines()
    }

    const EXPECTED: [&str; 3] = [
        "revenue actual: 14283.5 -> 15000",
        "revenue yoy_growth_pct: - -> 37.5",
        "pigs actual: 440000 -> 450000",
    ];

    #[test]
    fn rows_are_matched_by_id() {
        let sheets = [sheet("Mã định danh", ["revenue", "pigs"])];
        let m = mapping(&sheets[0], MatchBy::Id);
        assert_eq!(lines(&sheets, &m), EXPECTED);
        assert_eq!(
            m.headers,
            ["STT", "Mã định danh", "ĐV", "Số ước 6 tháng", "Tăng %"]
        );
        // The same column read by name matches nothing.
        let by_name = Mapping {
            match_by: MatchBy::Name,
            ..m
        };
        let preview = read_mapped(
            &sheets,
            &by_name,
            Path::new("so.xlsx"),
            &report(),
            &Options::default(),
        )
        .unwrap();
        assert!(preview.changes.is_empty());
        assert_eq!(preview.problems.len(), 2);
        assert_eq!(preview.problems[0].cell, "B4");
    }

    #[test]
    fn rows_are_matched_by_code_ignoring_case() {
        let sheets = [sheet("Mã số", ["0501", "AB12"])];
        assert_eq!(
            lines(&sheets, &mapping(&sheets[0], MatchBy::Code)),
            EXPECTED
        );
    }

    #[test]
    fn rows_are_matched_by_name_ignoring_case_and_vietnamese_marks() {
        let sheets = [sheet(
            "Tên",
            ["TONG THU NGAN SACH  nha nuoc", "tổng ĐÀN lợn"],
        )];
        assert_eq!(
            lines(&sheets, &mapping(&sheets[0], MatchBy::Name)),
            EXPECTED
        );
        // English names too.
        let sheets = [sheet("Tên", ["budget revenue", "PIG HERD"])];
        assert_eq!(
            lines(&sheets, &mapping(&sheets[0], MatchBy::Name)),
            EXPECTED
        );
    }

    #[test]
    fn only_the_rows_under_the_header_row_are_read() {
        let sheets = [sheet("Mã định danh", ["revenue", "pigs"])];
        let mut m = mapping(&sheets[0], MatchBy::Id);
        m.set_header_row(&sheets[0], 4);
        assert_eq!(lines(&sheets, &m), ["pigs actual: 440000 -> 450000"]);
    }

    #[test]
    fn the_guess_finds_the_header_row_and_the_titles_it_knows() {
        let mut s = sheet("Mã số", ["0501", "AB12"]);
        if let Some(row) = s.rows.get_mut(1) {
            row.cells.push((5, text("Chỉ tiêu năm")));
            row.cells.push((6, text("Tên chỉ tiêu")));
        }
        let m = Mapping::guess(&s);
        assert_eq!(m.header_row, 3);
        assert_eq!((m.indicator, m.match_by), (Some(1), MatchBy::Code));
        assert_eq!(m.annual_target, Some(5));
        assert_eq!(m.actual, None, "\"Số ước 6 tháng\" is for the user to say");
    }

    #[test]
    fn a_mapping_fits_the_same_shape_only_and_is_remembered_once() {
        let sheets = [sheet("Mã định danh", ["revenue", "pigs"])];
        let m = mapping(&sheets[0], MatchBy::Id);
        assert!(m.fits(&sheets));
        let other_titles = [sheet("Mã", ["revenue", "pigs"])];
        assert!(!m.fits(&other_titles));
        let mut renamed = sheet("Mã định danh", ["revenue", "pigs"]);
        renamed.name = "Sheet1".to_owned();
        assert!(!m.fits(&[renamed.clone()]));
        // A CSV file's single sheet is taken whatever its (file) name.
        renamed.notation = Some(Notation::English);
        assert!(m.fits(&[renamed]));

        let mut kept = Vec::new();
        remember(&mut kept, m.clone());
        remember(
            &mut kept,
            Mapping {
                match_by: MatchBy::Name,
                ..m.clone()
            },
        );
        assert_eq!(kept.len(), 1);
        assert_eq!(
            remembered(&sheets, &kept).map(|m| m.match_by),
            Some(MatchBy::Name)
        );
        assert!(remembered(&other_titles, &kept).is_none());
        for i in 0..30 {
            remember(
                &mut kept,
                Mapping {
                    sheet: format!("s{i}"),
                    ..m.clone()
                },
            );
        }
        assert_eq!(kept.len(), MAX_REMEMBERED);
        assert_eq!(kept[0].sheet, "s29");
    }

    #[test]
    fn a_header_of_megabytes_is_kept_and_offered_cut() {
        let mut s = sheet("Mã định danh", ["revenue", "pigs"]);
        if let Some(row) = s.rows.get_mut(1) {
            row.cells[1] = (1, text(&"x".repeat(1 << 20)));
        }
        let m = Mapping::new(&s, 3);
        assert_eq!(m.headers[1].chars().count(), HEADER_CHARS);
        assert!(m.fits(std::slice::from_ref(&s)));
        assert_eq!(column_name(&m, 1), format!("B — {}…", "x".repeat(60)));
        assert_eq!(column_name(&m, 3), "D — Số ước 6 tháng");
    }

    #[test]
    fn an_incomplete_mapping_says_what_is_missing() {
        let sheets = [sheet("Mã định danh", ["revenue", "pigs"])];
        let m = mapping(&sheets[0], MatchBy::Id);
        let check = |m: Mapping| m.check(&sheets).err();
        assert_eq!(
            check(Mapping {
                indicator: None,
                ..m.clone()
            }),
            Some(MappingError::NoIndicator)
        );
        assert_eq!(
            check(Mapping {
                actual: None,
                yoy_growth_pct: None,
                ..m.clone()
            }),
            Some(MappingError::NoFigure)
        );
        assert_eq!(
            check(Mapping {
                target: Some(1),
                ..m.clone()
            }),
            Some(MappingError::SameColumn {
                column: "B".to_owned()
            })
        );
        assert_eq!(
            check(Mapping {
                header_row: 9,
                ..m.clone()
            }),
            Some(MappingError::NoRow { row: 9 })
        );
        let err = check(Mapping {
            sheet: "Khác".to_owned(),
            ..m
        })
        .unwrap();
        assert_eq!(
            err.message(Lang::Vi),
            "tệp không có trang \"Khác\": chọn một trang của tệp"
        );
    }
}
