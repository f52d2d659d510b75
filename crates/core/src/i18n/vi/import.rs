//! The words of an import (its errors, its problems, its notes), in Vietnamese.

use crate::entry::EntryError;
use crate::i18n;
use crate::i18n::vi::findings::field_words;
use crate::i18n::{ImportNote, ImportText};
use crate::import::quote::{self, quote};
use crate::import::{ImportError, Problem, ProblemKind, Unreadable};
use crate::model::Lang;

/// The words of `t` in Vietnamese.
pub(crate) fn text(t: ImportText) -> &'static str {
    match t {
        ImportText::FillInMark => "Phiếu nhập số liệu",
        ImportText::CodeTitle => "Mã số",
        ImportText::PeriodTitle => "Kỳ báo cáo",
        ImportText::Hidden => "ẩn",
        ImportText::VeryHidden => "ẩn sâu",
    }
}

/// A note of an import in Vietnamese.
pub(crate) fn note(n: &ImportNote<'_>) -> String {
    match n {
        ImportNote::PercentCell {
            cell,
            stored,
            after,
        } => format!("đọc từ ô định dạng phần trăm {cell}: ô lưu {stored}, tức {after}%"),
        ImportNote::Length { chars } => format!("({chars} ký tự)"),
    }
}

/// A figure of a sheet as a Vietnamese sentence writes it: "14.283,5".
fn number(v: f64) -> String {
    crate::format::format_auto(v, crate::format::Notation::Vietnamese)
}

/// The error `e` in Vietnamese.
pub(crate) fn error(e: &ImportError) -> String {
    match e {
        ImportError::Read { path, source } => {
            let (path, source) = (path.display(), crate::i18n::vi::io::read_reason(source));
            format!("không đọc được tệp ({source}): kiểm tra đường dẫn và quyền đọc: {path}")
        }
        ImportError::NotAFile { path } => {
            let path = path.display();
            format!("đây không phải một tệp: chọn một tệp .xlsx hoặc .csv: {path}")
        }
        ImportError::TooLarge { path, limit_bytes } => {
            let (path, mb) = (path.display(), limit_bytes >> 20);
            format!("tệp lớn hơn {mb} MB, quá lớn cho một bảng số liệu: chia nhỏ tệp: {path}")
        }
        ImportError::NotAWorkbook { path, reason } => {
            let path = path.display();
            let reason = match reason {
                Unreadable::NotAZip => "tệp không phải một tệp nén zip, như mọi bảng tính .xlsx",
                Unreadable::Reader(words) => words.as_str(),
            };
            format!(
                "không phải một bảng tính Excel (.xlsx) đọc được ({reason}): mở tệp trong Excel và lưu lại dạng .xlsx, hoặc xuất ra .csv: {path}"
            )
        }
        ImportError::Unpacked { path, limit_bytes } => {
            let (path, mb) = (path.display(), limit_bytes >> 20);
            format!(
                "bảng tính giải nén ra hơn {mb} MB, không thể là một bảng số liệu: tệp đã bị từ chối, không có gì thay đổi: {path}"
            )
        }
        ImportError::Unsupported { path } => {
            let path = path.display();
            format!(
                "chitieu chỉ đọc .xlsx và .csv: mở tệp trong Excel hoặc LibreOffice và lưu dạng .xlsx: {path}"
            )
        }
        ImportError::NotText { path, line } => {
            let path = path.display();
            format!(
                "tệp CSV không phải văn bản UTF-8 (dòng {line}): lưu lại dạng \"CSV UTF-8\": {path}"
            )
        }
        ImportError::Csv { path, line, reason } => {
            let path = path.display();
            format!("tệp CSV hỏng ở dòng {line} ({reason}): sửa dòng đó hoặc xuất lại tệp: {path}")
        }
        ImportError::TooManyRows { sheet, limit, path } => {
            let path = path.display();
            format!(
                "trang \"{sheet}\" có dữ liệu sau dòng {limit}: xóa các dòng thừa ở cuối trang: {path}"
            )
        }
        ImportError::NoHeader { path } => {
            let path = path.display();
            format!(
                "không trang nào có dòng tiêu đề nêu chỉ tiêu (Mã, Mã số hoặc Chỉ tiêu) và một số liệu (Ước thực hiện, So cùng kỳ (%), Chỉ tiêu kỳ, Chỉ tiêu năm): dùng tệp xuất của chitieu hoặc phiếu nhập số liệu, hoặc gán các cột trong ứng dụng (Tệp → Nhập số liệu…): {path}"
            )
        }
    }
}

/// The problem `p` in Vietnamese.
pub(crate) fn problem(p: &Problem) -> String {
    match &p.kind {
        ProblemKind::UnknownRow {
            key,
            looks_like: None,
        } => {
            let key = quote(Lang::Vi, key);
            format!("{key} không khớp chỉ tiêu nào của báo cáo: dòng bị bỏ qua")
        }
        ProblemKind::UnknownRow {
            key,
            looks_like: Some(id),
        } => {
            let key = quote(Lang::Vi, key);
            format!(
                "{key} trông như \"{id}\" nhưng khác ở các ký tự ghi dạng \\u{{…}} (chữ của bảng chữ cái khác hoặc ký tự không nhìn thấy): gõ lại ô đó; dòng bị bỏ qua"
            )
        }
        ProblemKind::Ambiguous { key, ids } => {
            let key = quote(Lang::Vi, key);
            let ids = ids
                .iter()
                .map(|i| i.0.as_str())
                .collect::<Vec<_>>()
                .join(", ");
            format!(
                "{key} khớp nhiều chỉ tiêu ({ids}): ghi mã chỉ tiêu (id) vào dòng; dòng bị bỏ qua"
            )
        }
        ProblemKind::GivenTwice {
            id,
            field,
            first_cell,
            first,
            second,
        } => {
            let (field, first, second) = (field_words(*field), number(*first), number(*second));
            format!(
                "{field} của {id} được ghi hai lần với số khác nhau ({first} ở {first_cell}, {second} ở đây): sửa một trong hai; không lấy số nào"
            )
        }
        ProblemKind::UnitMismatch {
            id,
            found,
            expected,
        } => {
            let found = quote(Lang::Vi, found);
            format!(
                "đơn vị {found} khác đơn vị của {id} (\"{expected}\"): đổi số liệu sang \"{expected}\"; dòng bị bỏ qua"
            )
        }
        ProblemKind::NotANumber { text, error } => {
            let why = error
                .as_ref()
                .map(|e| format!(" ({})", i18n::parse_error(Lang::Vi, e)))
                .unwrap_or_default();
            let text = quote(Lang::Vi, text);
            format!("{text} không phải là số{why}: ghi số, ví dụ 14.283,5 hoặc 14,283.5")
        }
        ProblemKind::FormulaError { error } => {
            let error = quote::cut(Lang::Vi, error);
            format!("công thức cho kết quả lỗi {error}: sửa công thức hoặc ghi số")
        }
        ProblemKind::Uncomputed { formula } => {
            let cell = &p.cell;
            let formula = if formula.is_empty() {
                String::new()
            } else {
                format!(" ={}", quote::cut(Lang::Vi, formula))
            };
            format!(
                "công thức{formula} ở {cell} chưa có giá trị tính sẵn: mở tệp trong Excel hoặc LibreOffice rồi lưu lại"
            )
        }
        ProblemKind::HiddenSheet { visibility } => {
            let (sheet, how) = (quote(Lang::Vi, &p.sheet), visibility.label(Lang::Vi));
            format!(
                "số liệu lấy từ trang {sheet}, là trang {how}: trang này không hiện trong Excel; kiểm tra đúng là trang cần nhập (Excel: chuột phải vào tên trang → Unhide)"
            )
        }
        ProblemKind::OtherSheet { read } => {
            let (sheet, read) = (quote(Lang::Vi, &p.sheet), quote(Lang::Vi, read));
            format!(
                "trang {sheet} cũng có dòng tiêu đề số liệu nhưng không được đọc: mỗi lần nhập chỉ đọc một trang ({read}); chép các dòng sang trang đó, hoặc nhập trang này riêng trong ứng dụng (Gán cột… → chọn trang)"
            )
        }
        ProblemKind::SecondColumn {
            field,
            first,
            title,
        } => {
            let (field, title) = (i18n::field(Lang::Vi, *field), quote(Lang::Vi, title));
            format!(
                "cột {title} là cột \"{field}\" thứ hai (đã đọc cột {first}): cột này không được đọc; xóa hoặc đổi tên một trong hai"
            )
        }
        ProblemKind::NotAFigure {
            id,
            field,
            value,
            error,
        } => {
            let (field, mut value, why) =
                (field_words(*field), number(*value), error.message(Lang::Vi));
            if *error == EntryError::PercentOfAmount {
                value.push('%');
            }
            format!("{field} của {id}: {value} không dùng được: {why}")
        }
        ProblemKind::StoppedReading { row } => format!(
            "trang có ô trống (đã định dạng) đến tận dòng {row}: chỉ đọc đến đó, phần dưới không được đọc; xóa các dòng thừa dưới số liệu"
        ),
        ProblemKind::OtherPeriod { found, expected } => {
            let found = quote::cut(Lang::Vi, found);
            format!("phiếu nhập cho kỳ {found}, báo cáo là kỳ {expected}: kiểm tra lại đúng phiếu")
        }
    }
}
