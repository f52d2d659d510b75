//! Parsing a large report on several threads.
//!
//! Nearly all of a large report is its list of indicators, and ron parses one value at
//! a time. So a light scan (strings, characters, comments and brackets, no values)
//! finds the list and its elements, and hands them out in batches as it goes; the
//! other threads parse the elements (each by ron itself) while the scan goes on, then
//! this thread parses the rest of the report, with an empty list in the list's place,
//! and joins in.
//!
//! This is only a faster way to the same result. If the scan meets anything it does
//! not understand, or any part fails to parse, the caller parses the whole text the
//! ordinary way, which gives the same report or the error with its true line and
//! column. Tests hold the two ways equal on the seed, on generated reports and on
//! damaged text.

use std::ops::Range;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;

use crate::model::{Indicator, Report};

/// Where the indicator list is in a report's text.
#[derive(Debug, PartialEq, Eq)]
struct Layout {
    /// Just after the list's `[`.
    list_start: usize,
    /// The list's `]`.
    list_end: usize,
}

/// Elements handed out at a time.
const BATCH: usize = 200;

/// A batch of elements: its place in the list and each element's text.
type Batch = (usize, Vec<Range<usize>>);

/// Parses `text` as [`super::from_str`] would, on up to `threads` threads. `None` when
/// that cannot be done here or any part fails: the caller then parses it whole.
pub(super) fn parse(text: &str, options: &ron::Options, threads: usize) -> Option<Report> {
    // An element sits two levels less deep than in the report.
    let element_options = options
        .clone()
        .with_recursion_limit(super::MAX_NESTING.saturating_sub(2));
    let failed = AtomicBool::new(false);
    let (sender, receiver) = mpsc::channel::<Batch>();
    let receiver = Mutex::new(receiver);

    let work = || -> Vec<(usize, Vec<Indicator>)> {
        let mut done = Vec::new();
        loop {
            let next = receiver.lock().ok().and_then(|r| r.recv().ok());
            let Some((index, elements)) = next else {
                return done;
            };
            if failed.load(Ordering::Relaxed) {
                continue;
            }
            let mut parsed = Vec::with_capacity(elements.len());
            for range in elements {
                match text
                    .get(range)
                    .map(|t| element_options.from_str::<Indicator>(t))
                {
                    Some(Ok(indicator)) => parsed.push(indicator),
                    _ => {
                        failed.store(true, Ordering::Relaxed);
                        break;
                    }
                }
            }
            done.push((index, parsed));
        }
    };

    let (layout, report, mut batches) = std::thread::scope(|scope| {
        let helpers: Vec<_> = (1..threads.max(1)).map(|_| scope.spawn(work)).collect();
        let layout = {
            let mut batch = Vec::with_capacity(BATCH);
            let mut index = 0;
            let layout = scan(text.as_bytes(), |element| {
                batch.push(element);
                if batch.len() == BATCH {
                    let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH));
                    let _ = sender.send((index, full));
                    index += 1;
                }
            });
            if layout.is_some() && !batch.is_empty() {
                let _ = sender.send((index, batch));
            }
            drop(sender);
            layout
        };
        let report = layout.as_ref().and_then(|l| {
            let rest = format!("{}{}", text.get(..l.list_start)?, text.get(l.list_end..)?);
            options.from_str::<Report>(&rest).ok()
        });
        // Whatever fails, the elements still waiting are not worth parsing.
        if report.is_none() {
            failed.store(true, Ordering::Relaxed);
        }
        let mut batches = work();
        for helper in helpers {
            match helper.join() {
                Ok(done) => batches.extend(done),
                Err(_) => failed.store(true, Ordering::Relaxed),
            }
        }
        (layout, report, batches)
    });

    layout?;
    let mut report = report?;
    // An empty list was put in the list's place: anything else means the scan did not
    // see the text as ron does.
    if failed.load(Ordering::Relaxed) || !report.indicators.is_empty() {
        return None;
    }
    batches.sort_unstable_by_key(|(index, _)| *index);
    report.indicators = Vec::with_capacity(batches.iter().map(|(_, b)| b.len()).sum());
    for (_, batch) in batches {
        report.indicators.extend(batch);
    }
    Some(report)
}

fn is_ident_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_'
}

fn is_ident_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Finds the report's `indicators: [ .. ]` and hands each of its elements to
/// `element` as it goes, reading strings, raw strings, characters and comments
/// (nested, as ron nests them) so that nothing inside them is taken for structure.
/// `None` if the text is not laid out as a report with such a list, has attributes
/// other than `#![enable(implicit_some)]`, or the scan is unsure.
fn scan(b: &[u8], mut element: impl FnMut(Range<usize>)) -> Option<Layout> {
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let mut i = 0;
    let mut depth = 0usize;
    let mut attribute: Option<usize> = None;
    let mut value_started = false;
    // The last field name at depth 1, and whether its colon followed.
    let mut field: Option<(usize, usize)> = None;
    let mut colon = false;
    let mut list: Option<usize> = None;
    let mut list_end = None;
    // Where the list's current element starts, and whether it has more than
    // whitespace and comments yet.
    let mut start = 0;
    let mut content = false;

    while i < b.len() {
        let c = at(i);
        let had_content = content;
        content |= !(c.is_ascii_whitespace() || (c == b'/' && matches!(at(i + 1), b'/' | b'*')));
        match c {
            b' ' | b'\t' | b'\n' | b'\r' => {
                i += 1;
                while matches!(at(i), b' ' | b'\t' | b'\n' | b'\r') {
                    i += 1;
                }
            }
            b'"' => i = skip_string(b, i + 1)?,
            b'\'' => i = skip_char(b, i + 1)?,
            b'/' if at(i + 1) == b'/' => {
                i = memchr::memchr(b'\n', b.get(i..)?).map_or(b.len(), |n| i + n + 1);
            }
            b'/' if at(i + 1) == b'*' => i = skip_block_comment(b, i + 2)?,
            b'/' => return None,
            b'#' if depth == 0 && !value_started && attribute.is_none() => {
                attribute = Some(i);
                i += 1;
            }
            b'(' | b'[' | b'{' => {
                if depth == 0 && attribute.is_none() {
                    value_started = true;
                }
                if depth == 1
                    && c == b'['
                    && colon
                    && field.and_then(|(s, e)| b.get(s..e)) == Some(b"indicators".as_slice())
                {
                    if list.is_some() {
                        return None;
                    }
                    list = Some(i + 1);
                    start = i + 1;
                    content = false;
                }
                depth += 1;
                i += 1;
            }
            b')' | b']' | b'}' => {
                depth = depth.checked_sub(1)?;
                if depth == 0
                    && let Some(from) = attribute.take()
                    && b.get(from..=i) != Some(b"#![enable(implicit_some)]".as_slice())
                {
                    return None;
                }
                if depth == 1 && list.is_some() && list_end.is_none() {
                    list_end = Some(i);
                    if had_content {
                        element(start..i);
                    }
                }
                field = None;
                colon = false;
                i += 1;
            }
            b',' => {
                if depth == 2 && list.is_some() && list_end.is_none() {
                    element(start..i);
                    start = i + 1;
                    content = false;
                }
                field = None;
                colon = false;
                i += 1;
            }
            b':' => {
                colon = field.is_some();
                i += 1;
            }
            b'r' | b'b' => {
                // A raw string (`r"…"`, `br#"…"#`), a byte string or byte, a raw
                // identifier (`r#name`), or an identifier.
                let raw = match (c, at(i + 1)) {
                    (b'r', _) => Some(i + 1),
                    (b'b', b'r') => Some(i + 2),
                    _ => None,
                }
                .filter(|&j| matches!(at(j), b'"' | b'#'));
                if let Some(j) = raw {
                    match skip_raw(b, j)? {
                        Raw::String(end) => i = end,
                        Raw::Identifier(end) => {
                            field = None;
                            colon = false;
                            i = end;
                        }
                    }
                } else if c == b'b' && at(i + 1) == b'"' {
                    i = skip_string(b, i + 2)?;
                } else if c == b'b' && at(i + 1) == b'\'' {
                    i = skip_char(b, i + 2)?;
                } else {
                    i = identifier(b, i, depth, &mut field, &mut colon);
                }
                if depth == 0 && attribute.is_none() {
                    value_started = true;
                }
            }
            c if is_ident_start(c) => {
                i = identifier(b, i, depth, &mut field, &mut colon);
                if depth == 0 && attribute.is_none() {
                    value_started = true;
                }
            }
            c if c.is_ascii_digit() || matches!(c, b'-' | b'+' | b'.') => {
                i += 1;
                while is_ident_char(at(i)) || at(i) == b'.' {
                    i += 1;
                }
                field = None;
                colon = false;
            }
            b'!' if attribute.is_some() => i += 1,
            // Anything else (non-ASCII outside a string, stray punctuation) is not in a
            // report: let ron say what it is.
            _ => return None,
        }
    }
    if depth != 0 || attribute.is_some() {
        return None;
    }
    Some(Layout {
        list_start: list?,
        list_end: list_end?,
    })
}

fn identifier(
    b: &[u8],
    start: usize,
    depth: usize,
    field: &mut Option<(usize, usize)>,
    colon: &mut bool,
) -> usize {
    let mut i = start + 1;
    while b.get(i).copied().is_some_and(is_ident_char) {
        i += 1;
    }
    *colon = false;
    *field = (depth == 1).then_some((start, i));
    i
}

/// Past the closing quote of a string whose text starts at `i`.
fn skip_string(b: &[u8], mut i: usize) -> Option<usize> {
    loop {
        let n = memchr::memchr2(b'"', b'\\', b.get(i..)?)?;
        i += n;
        match b.get(i)? {
            b'"' => return Some(i + 1),
            _ => i += 2,
        }
    }
}

/// Past the closing quote of a character whose text starts at `i`.
fn skip_char(b: &[u8], i: usize) -> Option<usize> {
    // At most an escape like '\u{10FFFF}': look for the closing quote close by.
    let mut j = if b.get(i) == Some(&b'\\') {
        i + 2
    } else {
        i + 1
    };
    while j < i + 12 {
        if b.get(j)? == &b'\'' {
            return Some(j + 1);
        }
        j += 1;
    }
    None
}

fn skip_block_comment(b: &[u8], mut i: usize) -> Option<usize> {
    let mut level = 1;
    while level > 0 {
        let n = memchr::memchr2(b'/', b'*', b.get(i..)?)?;
        i += n;
        let pair = (b.get(i).copied()?, b.get(i + 1).copied().unwrap_or(0));
        match pair {
            (b'/', b'*') => {
                level += 1;
                i += 2;
            }
            (b'*', b'/') => {
                level -= 1;
                i += 2;
            }
            _ => i += 1,
        }
    }
    Some(i)
}

enum Raw {
    String(usize),
    Identifier(usize),
}

/// After `r` (or `br`) at `i`: `"…"`, `#"…"#` and so on, or a raw identifier `r#name`.
fn skip_raw(b: &[u8], mut i: usize) -> Option<Raw> {
    let mut hashes = 0;
    while b.get(i) == Some(&b'#') {
        hashes += 1;
        i += 1;
    }
    if b.get(i) != Some(&b'"') {
        // A raw identifier: `r#` then any of ron's identifier characters.
        if hashes != 1 {
            return None;
        }
        while b
            .get(i)
            .is_some_and(|&c| is_ident_char(c) || matches!(c, b'.' | b'+' | b'-'))
        {
            i += 1;
        }
        return Some(Raw::Identifier(i));
    }
    i += 1;
    loop {
        let n = memchr::memchr(b'"', b.get(i..)?)?;
        i += n + 1;
        let closing = b.get(i..i + hashes)?;
        if closing.iter().all(|&c| c == b'#') {
            return Some(Raw::String(i + hashes));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn whole(text: &str) -> Result<Report, ron::error::SpannedError> {
        super::super::ron_options().from_str(text)
    }

    fn in_parts(text: &str, threads: usize) -> Option<Report> {
        parse(text, &super::super::ron_options(), threads)
    }

    #[test]
    fn the_seed_in_parts_is_the_seed_whole() {
        let text = super::super::EMBEDDED_RON;
        let expected = whole(text).unwrap();
        assert_eq!(expected.indicators.len(), 264);
        for threads in [1, 2, 3, 7] {
            assert_eq!(
                in_parts(text, threads).as_ref(),
                Some(&expected),
                "{threads}"
            );
        }
    }

    #[test]
    fn a_generated_report_in_parts_is_the_report_whole() {
        let report = crate::generate::report(2_000, 7);
        let text = super::super::to_string(&report).unwrap();
        assert_eq!(whole(&text).unwrap(), report);
        for threads in [2, 5, 16] {
            assert_eq!(
                in_parts(&text, threads).as_ref(),
                Some(&report),
                "{threads}"
            );
        }
        // Written compactly, with struct names.
        let compact = ron::Options::default()
            .to_string_pretty(
                &report,
                ron::ser::PrettyConfig::new()
                    .compact_structs(true)
                    .compact_arrays(true)
                    .struct_names(true),
            )
            .unwrap();
        assert_eq!(whole(&compact).unwrap(), report);
        assert_eq!(in_parts(&compact, 4).as_ref(), Some(&report));
        // With comments full of brackets, commas and quotes.
        let commented = text.replace(",\n", ", // ] ) , \"\n/* ( [ /* ] */ ' */\n");
        assert_eq!(whole(&commented).unwrap(), report);
        assert_eq!(in_parts(&commented, 3).as_ref(), Some(&report));
    }

    #[test]
    fn a_report_without_indicators_in_parts_is_the_report_whole() {
        let mut report = crate::generate::report(10, 1);
        report.indicators.clear();
        let text = super::super::to_string(&report).unwrap();
        assert_eq!(in_parts(&text, 4), Some(report));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        /// Whatever the damage, the parts never give a report the whole parse would not.
        #[test]
        fn damaged_text_in_parts_is_never_another_report(
            at in 0usize..1_000_000,
            len in 0usize..40,
            junk in proptest::sample::select(vec![
                "", "]", ")", ",", "\"", "'", "/*", "*/", "//", "\n", "r#\"", "\"#",
                "indicators: [", "(", "[", "#![enable(unwrap_newtypes)]", "x", "1", ":",
            ]),
        ) {
            let text = super::super::to_string(&crate::generate::report(200, 3)).unwrap();
            // On character boundaries (`floor_char_boundary` is newer than rust-version).
            let floor = |mut i: usize| {
                while !text.is_char_boundary(i) {
                    i -= 1;
                }
                i
            };
            let at = floor(at % text.len());
            let end = floor((at + len).min(text.len()));
            let damaged = format!("{}{junk}{}", &text[..at], &text[end..]);
            if let Some(report) = in_parts(&damaged, 3) {
                prop_assert_eq!(Some(report), whole(&damaged).ok());
            }
        }
    }

    fn layout(text: &str) -> Option<(String, Vec<String>)> {
        let mut elements = Vec::new();
        let l = scan(text.as_bytes(), |r| {
            elements.push(text[r].trim().to_owned())
        })?;
        Some((text[l.list_start..l.list_end].to_owned(), elements))
    }

    #[test]
    fn finds_the_list_and_its_elements() {
        let (list, parts) = layout("(a: 1, indicators: [(x: 1), (y: [2, 3])], tasks: [])").unwrap();
        assert_eq!(list, "(x: 1), (y: [2, 3])");
        assert_eq!(parts, ["(x: 1)", "(y: [2, 3])"]);
    }

    #[test]
    fn ignores_what_is_inside_strings_characters_and_comments() {
        let text = r####"#![enable(implicit_some)]
        (
            note: "indicators: [(fake)], \" ] ) ,",
            raw: r#"indicators: [ "# ,
            raw2: r##"a "# ] "##,
            bytes: b"]", br#"]"#, br"\", b'"', b'\'',
            c: ']', d: '\'', e: '"', f: '\u{5D}',
            // indicators: [ a line comment
            /* a /* nested */ indicators: [ comment */
            r#indicators: [1, 2],
            indicators: [(s: ")", t: ','), (u: r"]")],
        )"####;
        let (_, parts) = layout(text).unwrap();
        assert_eq!(parts, [r#"(s: ")", t: ',')"#, r#"(u: r"]")"#]);
    }

    #[test]
    fn refuses_what_it_does_not_understand() {
        for text in [
            "(indicators: [(a: 1)]",
            "(indicators: [(a: \"1)])",
            "(indicators: [(a: 1)], indicators: [])",
            "(x: 1)",
            "(indicators: [(a: 1 /* )])",
            "(indicators: [(a: 1)]))",
            "(indicators: [(a: ÿ)])",
            "#![enable(unwrap_newtypes)] (indicators: [(a: 1)])",
            "#![enable(implicit_some)] #![enable(unwrap_newtypes)] (indicators: [])",
        ] {
            assert_eq!(layout(text), None, "{text}");
        }
    }
}
