//! The words of cleaning a text, in English.

use crate::i18n::CleaningText;
use crate::model::text::{Owner, Removed, is_bidi};

/// The words of `t` in English.
pub(crate) fn text(t: CleaningText) -> &'static str {
    match t {
        CleaningText::TheReport => "the report",
        CleaningText::NameVi => "name (Vietnamese)",
        CleaningText::NameEn => "name (English)",
        CleaningText::UnitVi => "unit (Vietnamese)",
        CleaningText::UnitEn => "unit (English)",
        CleaningText::TitleVi => "title (Vietnamese)",
        CleaningText::TitleEn => "title (English)",
        CleaningText::Code => "code",
        CleaningText::Agency => "responsible department",
        CleaningText::Number => "number",
        CleaningText::Note => "note",
    }
}

/// Whose text was cleaned, in English: "indicator grdp".
pub(crate) fn owner(o: &Owner) -> String {
    match o {
        Owner::Report => text(CleaningText::TheReport).to_owned(),
        Owner::Section(id) => format!("section {id}"),
        Owner::Indicator(id) => format!("indicator {id}"),
        Owner::Task(id) => format!("task {id}"),
    }
}

/// What was removed from a text, in English.
pub(crate) fn removed(r: &Removed) -> String {
    let plural = |n: usize, one: &'static str, many: &'static str| if n == 1 { one } else { many };
    let mut parts = Vec::new();
    if r.controls > 0 {
        parts.push(format!(
            "removed {} {} ({})",
            r.controls,
            plural(r.controls, "control character", "control characters"),
            r.codes(|c| !is_bidi(c))
        ));
    }
    if r.bidi > 0 {
        parts.push(format!(
            "removed {} {} ({})",
            r.bidi,
            plural(r.bidi, "text direction control", "text direction controls"),
            r.codes(is_bidi)
        ));
    }
    if r.breaks > 0 {
        parts.push(format!(
            "{} {}",
            r.breaks,
            plural(
                r.breaks,
                "line break or tab made a space",
                "line breaks or tabs made spaces"
            )
        ));
    }
    parts.join("; ")
}
