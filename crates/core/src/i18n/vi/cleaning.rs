//! The words of cleaning a text, in Vietnamese.

use crate::i18n::CleaningText;
use crate::model::text::{Owner, Removed, is_bidi};

/// The words of `t` in Vietnamese.
pub(crate) fn text(t: CleaningText) -> &'static str {
    match t {
        CleaningText::TheReport => "báo cáo",
        CleaningText::NameVi => "tên (tiếng Việt)",
        CleaningText::NameEn => "tên (tiếng Anh)",
        CleaningText::UnitVi => "đơn vị (tiếng Việt)",
        CleaningText::UnitEn => "đơn vị (tiếng Anh)",
        CleaningText::TitleVi => "tên (tiếng Việt)",
        CleaningText::TitleEn => "tên (tiếng Anh)",
        CleaningText::Code => "mã chỉ tiêu",
        CleaningText::Agency => "cơ quan chịu trách nhiệm",
        CleaningText::Number => "số thứ tự",
        CleaningText::Note => "ghi chú",
    }
}

/// Whose text was cleaned, in Vietnamese: "chỉ tiêu grdp".
pub(crate) fn owner(o: &Owner) -> String {
    match o {
        Owner::Report => text(CleaningText::TheReport).to_owned(),
        Owner::Section(id) => format!("mục {id}"),
        Owner::Indicator(id) => format!("chỉ tiêu {id}"),
        Owner::Task(id) => format!("nhiệm vụ {id}"),
    }
}

/// What was removed from a text, in Vietnamese.
pub(crate) fn removed(r: &Removed) -> String {
    let mut parts = Vec::new();
    if r.controls > 0 {
        parts.push(format!(
            "đã bỏ {} ký tự điều khiển ({})",
            r.controls,
            r.codes(|c| !is_bidi(c))
        ));
    }
    if r.bidi > 0 {
        parts.push(format!(
            "đã bỏ {} ký tự đổi chiều văn bản ({})",
            r.bidi,
            r.codes(is_bidi)
        ));
    }
    if r.breaks > 0 {
        parts.push(format!(
            "{} dấu xuống dòng hoặc tab thành dấu cách",
            r.breaks
        ));
    }
    parts.join("; ")
}
