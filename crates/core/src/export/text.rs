//! The report's text, regenerated from the (revised) figures in the report's own
//! phrasing so the officer can paste it into the next report: the same writer as the
//! Word report ([`super::prose`]), rendered as Markdown or as plain text. "Tổng thu ngân
//! sách nhà nước 6 tháng đầu năm ước đạt 14.283,5 tỷ đồng, đạt 72,7% dự toán, tăng 36,9%
//! so với cùng kỳ năm trước. Trong đó, thu nội địa 12.366,7 tỷ đồng, …"

use std::fmt::Write as _;

use super::prose::{Prose, prose};
pub use super::prose::{period_phrase, sentence};
use crate::model::{Lang, Report};

/// The whole text as Markdown: a heading, each section's paragraphs, the tasks, then
/// the revised values.
pub fn markdown(report: &Report, lang: Lang) -> String {
    render(&prose(report, lang), true)
}

/// The whole text without Markdown marks, to paste into a word processor.
pub fn plain(report: &Report, lang: Lang) -> String {
    render(&prose(report, lang), false)
}

fn render(p: &Prose, markdown: bool) -> String {
    let mut out = String::new();
    let heading = |level: usize| {
        if markdown {
            format!("{} ", "#".repeat(level.min(6)))
        } else {
            String::new()
        }
    };
    let _ = writeln!(out, "{}{}\n", heading(1), p.title);
    if markdown {
        let _ = writeln!(out, "*{}*\n", p.subtitle);
    } else {
        let _ = writeln!(out, "{}\n", p.subtitle);
    }
    for s in &p.sections {
        let _ = writeln!(out, "{}{} {}\n", heading(s.depth + 2), s.number, s.title);
        for para in &s.paragraphs {
            let _ = writeln!(out, "{para}\n");
        }
    }
    if !p.sectors.is_empty() {
        let _ = writeln!(out, "{}{}\n", heading(2), p.tasks_title);
        for sector in &p.sectors {
            let _ = writeln!(out, "{}{}\n", heading(3), sector.sector);
            for t in &sector.tasks {
                let dash = if markdown { "- " } else { "" };
                let _ = write!(out, "{dash}{} {}.", t.number, t.title.trim_end_matches('.'));
                if !t.text.is_empty() {
                    let _ = write!(out, " {}", t.text);
                }
                let _ = writeln!(out, " {}\n", t.status);
            }
        }
    }
    if !p.revised.is_empty() {
        let _ = writeln!(out, "{}{}\n", heading(2), p.revised_title);
        for r in &p.revised {
            let dash = if markdown { "- " } else { "" };
            let _ = writeln!(out, "{dash}{r}");
        }
    }
    out
}
