//! Clean text: what a name or a note of a report may hold.
//!
//! A control character (U+0001…U+001F other than tab and line breaks, DEL, U+0080…
//! U+009F) or a noncharacter (U+FFFE, U+FFFF…) cannot be written in XML 1.0 at all, not
//! even as a character reference: one of them in a name makes the Word report's
//! `word/document.xml` malformed, and Word and LibreOffice refuse the whole document. A
//! bidirectional control (U+202A…U+202E, U+2066…U+2069, U+200E, U+200F, U+061C) in a
//! name turns the direction of the whole paragraph it is written in, figures included
//! (13.527 reads 725.31). A line break in a name is lost in Word ("line1line2").
//!
//! [`clean`] takes them out of one text and says what it took; [`clean_report`] does it
//! to every text of a report, where a report comes in (a file loaded); [`cleaned`] is
//! the exports' last guard. Every way text enters a report goes through [`clean`]: a
//! file loaded, the Describe dialogs, a note typed, a paste.

use std::borrow::Cow;
use std::collections::BTreeSet;

use crate::model::{Indicator, IndicatorId, Lang, Report, Section, SectionId, Task, TaskId};

/// What a text is, which decides what becomes of its line breaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Shape {
    /// A name, a title, a unit, an id: one line. A line break or a tab becomes one
    /// space (none at either end).
    Line,
    /// A note, a task's text, a source sentence: lines kept. Every line break (CR LF,
    /// CR, U+2028, U+2029, U+0085) becomes one LF; tabs are kept.
    Lines,
}

/// What [`clean`] took out of a text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Removed {
    /// How many control characters and noncharacters were removed.
    pub controls: usize,
    /// How many bidirectional controls were removed.
    pub bidi: usize,
    /// Which characters were removed, each once, in code point order.
    pub chars: BTreeSet<char>,
    /// How many line breaks and tabs of a one-line text became spaces.
    pub breaks: usize,
}

impl Removed {
    /// True when nothing was taken out or changed.
    pub fn is_empty(&self) -> bool {
        self.controls == 0 && self.bidi == 0 && self.breaks == 0
    }

    /// Adds what `other` removed to this.
    pub fn add(&mut self, other: &Self) {
        self.controls += other.controls;
        self.bidi += other.bidi;
        self.breaks += other.breaks;
        self.chars.extend(other.chars.iter().copied());
    }

    /// What was removed, in words, in `lang` (the catalogue's area `cleaning`):
    /// "removed 1 control character (U+0001); removed 1 text direction control
    /// (U+202E); 1 line break made a space".
    pub fn describe(&self, lang: Lang) -> String {
        crate::i18n::Message::tr(self, lang)
    }

    /// The code points removed that `pred` picks, as `U+0001, U+202E`.
    pub(crate) fn codes(&self, pred: fn(char) -> bool) -> String {
        self.chars
            .iter()
            .filter(|c| pred(**c))
            .map(|c| format!("U+{:04X}", u32::from(*c)))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// A text after [`clean`], with what was taken out of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cleaned<'a> {
    /// The clean text: borrowed when nothing had to change.
    pub text: Cow<'a, str>,
    /// What was removed or changed.
    pub removed: Removed,
}

/// True for the bidirectional controls: the embeddings and overrides (U+202A…U+202E),
/// the isolates (U+2066…U+2069), the left-to-right and right-to-left marks (U+200E,
/// U+200F) and the Arabic letter mark (U+061C).
pub fn is_bidi(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// True for the characters no text of a report keeps: control characters other than
/// tab and line breaks (C0, DEL, C1) and the noncharacters (U+FDD0…U+FDEF and the last
/// two of every plane, U+FFFE and U+FFFF among them), which XML 1.0 cannot hold or
/// which mean nothing in a text.
pub fn is_forbidden(c: char) -> bool {
    let n = u32::from(c);
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{85}'))
        || (0xFDD0..=0xFDEF).contains(&n)
        || n & 0xFFFE == 0xFFFE
}

/// True for a line break: LF, CR, NEL (U+0085), the line and paragraph separators.
fn is_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// True when [`clean`] would change `c` in a text of `shape` (a CR is changed in
/// either: a lone CR or CR LF becomes LF).
fn acts_on(c: char, shape: Shape) -> bool {
    is_forbidden(c)
        || is_bidi(c)
        || match shape {
            Shape::Line => is_break(c) || c == '\t',
            Shape::Lines => is_break(c) && c != '\n',
        }
}

/// True when [`clean`] leaves `text` as it is.
pub fn is_clean(text: &str, shape: Shape) -> bool {
    // One pass over the bytes: a character cleaning acts on is C0 or DEL (one byte) or
    // has one of a few UTF-8 forms, told from its bytes without decoding the text (a
    // Vietnamese text is mostly two- and three-byte letters that begin otherwise). Only a
    // text holding such a form is looked at character by character.
    let bytes = text.as_bytes();
    let suspect = |i: usize, b: u8| {
        let next = |k: usize| bytes.get(i + k).copied().unwrap_or(0);
        match b {
            0x00..=0x1F | 0x7F => true,
            // U+0080…U+009F.
            0xC2 => next(1) <= 0x9F,
            // U+061C.
            0xD8 => next(1) == 0x9C,
            // U+200E, U+200F, U+2028…U+202E, U+2066…U+2069.
            0xE2 => matches!(
                (next(1), next(2)),
                (0x80, 0x8E | 0x8F | 0xA8..=0xAE) | (0x81, 0xA6..=0xA9)
            ),
            // U+FDD0…U+FDEF, U+FFFE, U+FFFF.
            0xEF => matches!(
                (next(1), next(2)),
                (0xB7, 0x90..=0xAF) | (0xBF, 0xBE | 0xBF)
            ),
            // The last two code points of planes 1 to 16.
            0xF0..=0xF4 => next(1) & 0x0F == 0x0F && next(2) == 0xBF && next(3) >= 0xBE,
            _ => false,
        }
    };
    // A quick pass first (it vectorises), for the first byte that may begin one.
    let may_begin =
        |b: &u8| *b < 0x20 || matches!(*b, 0x7F | 0xC2 | 0xD8 | 0xE2 | 0xEF | 0xF0..=0xF4);
    let Some(first) = bytes.iter().position(may_begin) else {
        return true;
    };
    let any_suspect = bytes
        .iter()
        .enumerate()
        .skip(first)
        .any(|(i, b)| suspect(i, *b));
    !any_suspect || !text.chars().any(|c| acts_on(c, shape))
}

/// `text` without control characters, noncharacters and bidirectional controls, its
/// line breaks made spaces in a [`Shape::Line`] or LF in [`Shape::Lines`], with what was
/// removed. Clean text is returned borrowed, and cleaning a clean text changes nothing.
pub fn clean(text: &str, shape: Shape) -> Cleaned<'_> {
    if is_clean(text, shape) {
        return Cleaned {
            text: Cow::Borrowed(text),
            removed: Removed::default(),
        };
    }
    let mut out = String::with_capacity(text.len());
    let mut removed = Removed::default();
    // A one-line text's break becomes a space before the next character kept, if there
    // is one and neither side is a space already.
    let mut space = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if is_bidi(c) {
            removed.bidi += 1;
            removed.chars.insert(c);
        } else if is_forbidden(c) {
            removed.controls += 1;
            removed.chars.insert(c);
        } else if is_break(c) || (c == '\t' && shape == Shape::Line) {
            if c == '\r' && chars.peek() == Some(&'\n') {
                continue;
            }
            match shape {
                Shape::Line => {
                    removed.breaks += 1;
                    space = true;
                }
                Shape::Lines => out.push('\n'),
            }
        } else {
            if space && !c.is_whitespace() && !out.is_empty() && !out.ends_with(char::is_whitespace)
            {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    Cleaned {
        text: Cow::Owned(out),
        removed,
    }
}

/// What a cleaned text belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Owner {
    /// The report itself (its title, region, source).
    Report,
    /// A section.
    Section(SectionId),
    /// An indicator.
    Indicator(IndicatorId),
    /// A task.
    Task(TaskId),
}

impl Owner {
    /// The id it has, if it is not the report.
    pub fn id(&self) -> Option<&str> {
        match self {
            Self::Report => None,
            Self::Section(id) => Some(&id.0),
            Self::Indicator(id) => Some(&id.0),
            Self::Task(id) => Some(&id.0),
        }
    }

    /// The owner in words, in `lang` (the catalogue's area `cleaning`): "chỉ tiêu
    /// grdp", "the report".
    pub fn words(&self, lang: Lang) -> String {
        crate::i18n::Message::tr(self, lang)
    }
}

/// One text of a report that [`clean_report`] changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fix {
    /// Whose text it is.
    pub owner: Owner,
    /// Which text, as the report file names it (`name.vi`, `note`, `annual_target.label`).
    pub field: &'static str,
    /// What was removed.
    pub removed: Removed,
}

impl Fix {
    /// The text's name as a form labels it, in `lang` ("name (Vietnamese)"); the
    /// file's name for a text no form shows.
    pub fn field_words(&self, lang: Lang) -> &'static str {
        use crate::i18n::CleaningText as T;
        let key = match self.field {
            "name.vi" => T::NameVi,
            "name.en" => T::NameEn,
            "unit.vi" => T::UnitVi,
            "unit.en" => T::UnitEn,
            "title.vi" => T::TitleVi,
            "title.en" => T::TitleEn,
            "code" => T::Code,
            "agency" => T::Agency,
            "number" => T::Number,
            "note" => T::Note,
            other => return other,
        };
        crate::i18n::Text::tr(key, lang)
    }

    /// The change in words, in `lang`: "indicator grdp, name.vi: removed 1 control
    /// character (U+0001)".
    pub fn message(&self, lang: Lang) -> String {
        format!(
            "{}, {}: {}",
            self.owner.words(lang),
            self.field,
            self.removed.describe(lang)
        )
    }
}

/// Every text of `report` with its shape, in the order of the file, notes in
/// `notes`' shape, for a look that changes nothing.
fn each_text(report: &Report, notes: Shape, f: &mut dyn FnMut(Shape, &str)) {
    use Shape::Line;
    for s in [
        &report.title.vi,
        &report.title.en,
        &report.region.vi,
        &report.region.en,
        &report.source.title,
        &report.source.issuer,
        &report.source.reference,
        &report.source.date,
    ] {
        f(Line, s);
    }
    f(notes, &report.source.note);
    for s in &report.sections {
        for t in [&s.id.0, &s.number, &s.title.vi, &s.title.en] {
            f(Line, t);
        }
        f(Line, s.parent.as_ref().map_or("", |p| &p.0));
    }
    for i in &report.indicators {
        for t in [
            &i.id.0,
            &i.section.0,
            &i.name.vi,
            &i.name.en,
            &i.unit.vi,
            &i.unit.en,
            &i.code,
            &i.agency,
        ] {
            f(Line, t);
        }
        f(Line, i.parent.as_ref().map_or("", |p| &p.0));
        f(Line, i.target.as_ref().map_or("", |t| &t.label));
        f(Line, i.annual_target.as_ref().map_or("", |t| &t.label));
        f(notes, &i.source);
        f(notes, &i.note);
    }
    for t in &report.tasks {
        for s in [
            &t.id.0,
            &t.number,
            &t.sector.vi,
            &t.sector.en,
            &t.title.vi,
            &t.title.en,
        ] {
            f(Line, s);
        }
        f(notes, &t.text);
        f(notes, &t.note);
    }
}

/// True when [`clean_report`] with `notes` would change nothing in `report`.
pub fn is_clean_report(report: &Report, notes: Shape) -> bool {
    let mut clean = true;
    each_text(report, notes, &mut |shape, s| {
        clean = clean && is_clean(s, shape);
    });
    clean
}

/// Cleans one text in place, noting what was removed under `field`.
fn fix(
    text: &mut String,
    field: &'static str,
    shape: Shape,
    fixes: &mut Vec<(&'static str, Removed)>,
) {
    let Cleaned {
        text: Cow::Owned(new),
        removed,
    } = clean(text, shape)
    else {
        return;
    };
    *text = new;
    if !removed.is_empty() {
        fixes.push((field, removed));
    }
}

/// Cleans every text of `report` ([`clean`]: names, titles, units and ids as one line,
/// notes, task texts and source sentences in `notes`' shape), and says what it removed
/// where. Ids and the references to them are cleaned alike, so they still match; two
/// ids that become one are left for [`crate::io::validate`] to refuse.
pub fn clean_report(report: &mut Report, notes: Shape) -> Vec<Fix> {
    use Shape::Line;
    let mut here = Vec::new();
    let src = &mut report.source;
    fix(&mut report.title.vi, "title.vi", Line, &mut here);
    fix(&mut report.title.en, "title.en", Line, &mut here);
    fix(&mut report.region.vi, "region.vi", Line, &mut here);
    fix(&mut report.region.en, "region.en", Line, &mut here);
    fix(&mut src.title, "source.title", Line, &mut here);
    fix(&mut src.issuer, "source.issuer", Line, &mut here);
    fix(&mut src.reference, "source.reference", Line, &mut here);
    fix(&mut src.date, "source.date", Line, &mut here);
    fix(&mut src.note, "source.note", notes, &mut here);
    let mut all = owned(here, || Owner::Report);
    for s in &mut report.sections {
        all.extend(clean_section(s));
    }
    for i in &mut report.indicators {
        all.extend(clean_indicator(i, notes));
    }
    for t in &mut report.tasks {
        all.extend(clean_task(t, notes));
    }
    all
}

/// Cleans every text of section `s` as [`clean_report`] does.
pub fn clean_section(s: &mut Section) -> Vec<Fix> {
    use Shape::Line;
    let mut here = Vec::new();
    fix(&mut s.id.0, "id", Line, &mut here);
    fix(&mut s.number, "number", Line, &mut here);
    fix(&mut s.title.vi, "title.vi", Line, &mut here);
    fix(&mut s.title.en, "title.en", Line, &mut here);
    if let Some(p) = &mut s.parent {
        fix(&mut p.0, "parent", Line, &mut here);
    }
    owned(here, || Owner::Section(s.id.clone()))
}

/// Cleans every text of indicator `i` as [`clean_report`] does, its note and source
/// sentence in `notes`' shape.
pub fn clean_indicator(i: &mut Indicator, notes: Shape) -> Vec<Fix> {
    use Shape::Line;
    let mut here = Vec::new();
    fix(&mut i.id.0, "id", Line, &mut here);
    fix(&mut i.section.0, "section", Line, &mut here);
    if let Some(p) = &mut i.parent {
        fix(&mut p.0, "parent", Line, &mut here);
    }
    fix(&mut i.name.vi, "name.vi", Line, &mut here);
    fix(&mut i.name.en, "name.en", Line, &mut here);
    fix(&mut i.unit.vi, "unit.vi", Line, &mut here);
    fix(&mut i.unit.en, "unit.en", Line, &mut here);
    if let Some(t) = &mut i.target {
        fix(&mut t.label, "target.label", Line, &mut here);
    }
    if let Some(t) = &mut i.annual_target {
        fix(&mut t.label, "annual_target.label", Line, &mut here);
    }
    fix(&mut i.source, "source", notes, &mut here);
    fix(&mut i.note, "note", notes, &mut here);
    fix(&mut i.code, "code", Line, &mut here);
    fix(&mut i.agency, "agency", Line, &mut here);
    owned(here, || Owner::Indicator(i.id.clone()))
}

/// Cleans every text of task `t` as [`clean_report`] does, its text and note in
/// `notes`' shape.
pub fn clean_task(t: &mut Task, notes: Shape) -> Vec<Fix> {
    use Shape::Line;
    let mut here = Vec::new();
    fix(&mut t.id.0, "id", Line, &mut here);
    fix(&mut t.number, "number", Line, &mut here);
    fix(&mut t.sector.vi, "sector.vi", Line, &mut here);
    fix(&mut t.sector.en, "sector.en", Line, &mut here);
    fix(&mut t.title.vi, "title.vi", Line, &mut here);
    fix(&mut t.title.en, "title.en", Line, &mut here);
    fix(&mut t.text, "text", notes, &mut here);
    fix(&mut t.note, "note", notes, &mut here);
    owned(here, || Owner::Task(t.id.clone()))
}

/// The fixes of one owner's texts.
fn owned(here: Vec<(&'static str, Removed)>, owner: impl Fn() -> Owner) -> Vec<Fix> {
    here.into_iter()
        .map(|(field, removed)| Fix {
            owner: owner(),
            field,
            removed,
        })
        .collect()
}

/// `report` with every text clean, notes in `notes`' shape: the report itself when it
/// is clean already (the usual case: everything that enters a report is cleaned), a
/// cleaned copy otherwise. The exports write through it, the last guard before XML.
pub fn cleaned(report: &Report, notes: Shape) -> Cow<'_, Report> {
    if is_clean_report(report, notes) {
        Cow::Borrowed(report)
    } else {
        let mut copy = report.clone();
        clean_report(&mut copy, notes);
        Cow::Owned(copy)
    }
}

#[cfg(test)]
mod tests {
    #![allow(
        clippy::unwrap_used,
        clippy::indexing_slicing,
        reason = "tests fail loudly"
    )]

    use super::*;
    use crate::model::{Target, Text};

    #[test]
    fn controls_and_bidi_are_removed_and_said() {
        let c = clean("Thu\u{1} ngân sách \u{202E}nội địa\u{FFFF}", Shape::Line);
        assert_eq!(c.text, "Thu ngân sách nội địa");
        assert_eq!(c.removed.controls, 2);
        assert_eq!(c.removed.bidi, 1);
        assert_eq!(
            c.removed.describe(Lang::En),
            "removed 2 control characters (U+0001, U+FFFF); removed 1 text direction control (U+202E)"
        );
        assert!(
            c.removed
                .describe(Lang::Vi)
                .starts_with("đã bỏ 2 ký tự điều khiển")
        );
    }

    #[test]
    fn a_line_break_in_a_name_is_a_space() {
        assert_eq!(clean("line1\nline2", Shape::Line).text, "line1 line2");
        assert_eq!(
            clean("line1\r\n\r\nline2\n", Shape::Line).text,
            "line1 line2"
        );
        assert_eq!(clean("line1 \n line2", Shape::Line).text, "line1  line2");
        assert_eq!(clean("\tline", Shape::Line).text, "line");
        let c = clean("a\u{2028}b", Shape::Line);
        assert_eq!((c.text.as_ref(), c.removed.breaks), ("a b", 1));
    }

    #[test]
    fn a_note_keeps_its_lines() {
        let c = clean("one\r\ntwo\rthree\tfour\u{7}", Shape::Lines);
        assert_eq!(c.text, "one\ntwo\nthree\tfour");
        assert_eq!(c.removed.controls, 1);
        assert_eq!(c.removed.breaks, 0);
    }

    #[test]
    fn the_look_at_bytes_agrees_with_the_look_at_characters() {
        for n in (0..=0x10_FFFF_u32).filter(|n| n % 7 == 0 || (0x80..=0x3_0000).contains(n)) {
            let Some(c) = char::from_u32(n) else {
                continue;
            };
            let text = format!("a{c}b");
            for shape in [Shape::Line, Shape::Lines] {
                assert_eq!(is_clean(&text, shape), !acts_on(c, shape), "U+{n:04X}");
            }
        }
        for n in [0x1_FFFE, 0x1_FFFF, 0x10_FFFE, 0x10_FFFF, 0x8_FFFE] {
            let c = char::from_u32(n).unwrap();
            assert!(!is_clean(&format!("a{c}"), Shape::Lines), "U+{n:04X}");
        }
    }

    #[test]
    fn clean_text_is_borrowed() {
        assert!(matches!(
            clean("Hải Dương", Shape::Line).text,
            Cow::Borrowed(_)
        ));
        assert!(matches!(clean("a\nb", Shape::Lines).text, Cow::Borrowed(_)));
    }

    /// A report whose every text holds `dirt`.
    fn dirty(dirt: &str) -> Report {
        let d = |s: &str| format!("{s}{dirt}");
        let text = |s: &str| Text::new(d(s), d(s));
        let target = || Target {
            label: d("kế hoạch"),
            ..Target::default()
        };
        let mut report = crate::io::embedded().unwrap();
        report.title = text("title");
        report.region = text("region");
        report.source.title = d("t");
        report.source.issuer = d("i");
        report.source.reference = d("r");
        report.source.date = d("d");
        report.source.note = d("n");
        report.sections = vec![Section {
            id: SectionId(d("s")),
            number: d("1"),
            title: text("section"),
            parent: Some(SectionId(d("s0"))),
        }];
        report.indicators = vec![Indicator {
            id: IndicatorId(d("a")),
            section: SectionId(d("s")),
            parent: Some(IndicatorId(d("p"))),
            name: text("name"),
            unit: crate::model::Unit {
                vi: d("ha"),
                en: d("ha"),
                constant_prices_year: None,
            },
            target: Some(target()),
            annual_target: Some(target()),
            source: d("source"),
            note: d("note"),
            code: d("0501"),
            agency: d("agency"),
            ..Indicator::default()
        }];
        report.tasks = vec![Task {
            id: TaskId(d("t")),
            number: d("1"),
            sector: text("sector"),
            title: text("title"),
            text: d("text"),
            note: d("note"),
            ..Task::default()
        }];
        report
    }

    #[test]
    fn every_text_of_a_report_is_cleaned_and_looked_at() {
        let mut report = dirty("\u{202E}");
        let mut looked_at = 0;
        each_text(&report, Shape::Lines, &mut |_, _| looked_at += 1);
        assert!(!is_clean_report(&report, Shape::Lines));
        let fixes = clean_report(&mut report, Shape::Lines);
        assert_eq!(fixes.len(), looked_at, "each text looked at is cleaned");
        assert!(is_clean_report(&report, Shape::Lines));
        assert_eq!(report.indicators[0].id.0, "a");
        assert_eq!(
            report.indicators[0].section.0, "s",
            "references cleaned alike"
        );
        let name = fixes
            .iter()
            .find(|f| f.field == "name.vi")
            .unwrap()
            .message(Lang::En);
        assert_eq!(
            name,
            "indicator a, name.vi: removed 1 text direction control (U+202E)"
        );
    }

    #[test]
    fn notes_are_one_line_when_asked() {
        let mut report = dirty("\nmore");
        assert!(!is_clean_report(&report, Shape::Lines));
        clean_report(&mut report, Shape::Lines);
        assert_eq!(report.indicators[0].note, "note\nmore");
        assert_eq!(report.indicators[0].name.vi, "name more");
        let one_line = cleaned(&report, Shape::Line);
        assert_eq!(one_line.indicators[0].note, "note more");
        assert!(matches!(cleaned(&one_line, Shape::Line), Cow::Borrowed(_)));
    }
}
