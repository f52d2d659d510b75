//! What loading cleaned out of a report's texts, and where in the file: a name holding
//! a control character or a direction control is cleaned when the report is read
//! ([`crate::model::text::clean_report`]) rather than refused, so the file still opens
//! and the user sees what changed before saving the clean text.

use std::borrow::Cow;
use std::path::Path;

use rustc_hash::FxHashMap;

use crate::model::Lang;
use crate::model::text::{self, Fix, Shape};

/// A text of a loaded report that was cleaned, with the line of the file it is on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cleaning {
    /// The line (from 1) of its indicator's, section's or task's id, or of the
    /// report's field, when found.
    pub line: Option<usize>,
    /// What was cleaned.
    pub fix: Fix,
}

impl Cleaning {
    /// The change in words, in `lang` (the catalogue's area `io`): "line 12: indicator
    /// a, name.vi: removed 1 control character (U+0001)".
    pub fn message(&self, lang: Lang) -> String {
        crate::i18n::Message::tr(self, lang)
    }
}

/// What was cleaned out of the report read from `path`, in words, in `lang`: what, the
/// first [`SHOWN_PROBLEMS`](super::SHOWN_PROBLEMS) texts with their lines, what to do,
/// and the file last. Empty when nothing was cleaned.
pub fn cleaned_message(cleanings: &[Cleaning], path: &Path, lang: Lang) -> String {
    if cleanings.is_empty() {
        return String::new();
    }
    crate::i18n::Message::tr(&crate::i18n::io::Cleaned { cleanings, path }, lang)
}

/// Each fix with the line of `text` it is about: the first line where its owner's id
/// is written (`id: "…"`), or for the report's own texts the first line where the
/// report's field (`title:`, `region:`, `source:`) is.
pub(crate) fn with_lines(text: &str, fixes: Vec<Fix>) -> Vec<Cleaning> {
    const KEY: &str = "id: \"";
    // Ids as cleaned: a fix names its owner by its clean id.
    let mut ids: FxHashMap<Cow<'_, str>, usize> = FxHashMap::default();
    let mut fields: FxHashMap<&str, usize> = FxHashMap::default();
    for (k, line) in text.lines().enumerate() {
        let trimmed = line.trim_start();
        if let Some((field, _)) = trimmed.split_once(':')
            && matches!(field, "title" | "region" | "source")
        {
            fields.entry(field).or_insert(k + 1);
        }
        if let Some(at) = line.find(KEY) {
            let after = line.get(at + KEY.len()..).unwrap_or_default();
            if let Some(end) = after.find('"') {
                let id = after.get(..end).unwrap_or_default();
                ids.entry(text::clean(id, Shape::Line).text)
                    .or_insert(k + 1);
            }
        }
    }
    fixes
        .into_iter()
        .map(|fix| {
            let line = match fix.owner.id() {
                Some(id) => ids.get(id).copied(),
                None => fields
                    .get(fix.field.split('.').next().unwrap_or_default())
                    .copied(),
            };
            Cleaning { line, fix }
        })
        .collect()
}
