//! The findings of the checks, in English.

use crate::checks::{FindingKind, Missing, Which};
use crate::format::{Notation, format, format_auto};
use crate::i18n::FindingWord;

/// The words of `w` in English.
pub(crate) fn word(w: FindingWord) -> &'static str {
    match w {
        FindingWord::Error => "error",
        FindingWord::Warning => "warning",
        FindingWord::Info => "info",
    }
}

/// The finding `kind` in English, its numbers in `notation`.
pub(crate) fn finding(kind: &FindingKind, notation: Notation) -> String {
    let n = |v: f64| format_auto(v, notation);
    let pct2 = |v: f64| format(v, notation, 2, true);
    match kind {
        FindingKind::DuplicateId => "this id is used more than once".to_owned(),
        FindingKind::UnknownSection(s) => format!("section \"{s}\" does not exist"),
        FindingKind::UnknownParent(p) => format!("parent indicator \"{p}\" does not exist"),
        FindingKind::UnknownParentSection(p) => format!("parent section \"{p}\" does not exist"),
        FindingKind::ParentCycle(path) => format!("parent cycle: {}", path.join(" → ")),
        FindingKind::PartsDoNotAddUp { total, parts } => format!(
            "the parts add up to {}, not to the total {} (off by {})",
            n(*parts),
            n(*total),
            n(parts - total)
        ),
        FindingKind::PartsExceedTotal { total, parts } => format!(
            "the parts add up to {}, more than the total {} (by {})",
            n(*parts),
            n(*total),
            n(parts - total)
        ),
        FindingKind::PriorDoesNotAddUp { total, parts } => format!(
            "the prior-period values implied by the growth rates do not add up: parts {}, total {}",
            n(*parts),
            n(*total)
        ),
        FindingKind::PrintedPctMismatch {
            which,
            printed,
            computed,
        } => {
            let target = match which {
                Which::Period => "the period target",
                Which::Annual => "the annual target",
            };
            format!(
                "printed {}% of {target}, but the figures give {}%",
                n(*printed),
                pct2(*computed)
            )
        }
        FindingKind::ShareOutOfRange { field, value } => {
            format!("share {} = {}% is outside 0–100 %", field.key(), n(*value))
        }
        FindingKind::NegativeCount(v) => format!("negative count: {}", n(*v)),
        FindingKind::FractionalCount(v) => format!("count is not a whole number: {}", n(*v)),
        FindingKind::Missing(what) => match what {
            Missing::Name => "the name is missing",
            Missing::Unit => "the unit is missing",
            Missing::SourceSentence => "the source sentence is missing",
        }
        .to_owned(),
        FindingKind::DuplicateTaskNumber(number) => {
            format!("number \"{number}\" is printed twice")
        }
        FindingKind::GrowthOutsideItsParts { whole, low, high } => format!(
            "the period's growth of {}% lies outside its parts' ({}% to {}%)",
            n(*whole),
            n(*low),
            n(*high)
        ),
        FindingKind::QuarterSharesDoNotAddUp(sum) => format!(
            "the four quarters' shares of last year add up to {}%, not 100 %",
            n(*sum)
        ),
        FindingKind::PrintedGrowthMismatch { printed, computed } => format!(
            "printed a growth of {}% on a year ago, but the actual and the same period last year give {}%",
            n(*printed),
            pct2(*computed)
        ),
        FindingKind::GrowthOfDisagrees { of, value, growth } => format!(
            "is the growth of \"{of}\" but says {}%, while the figures of \"{of}\" give {}%: correct one of them",
            n(*value),
            pct2(*growth)
        ),
        FindingKind::BelowItsKnownPart {
            part,
            part_value,
            value,
        } => {
            let part = crate::i18n::period(crate::model::Lang::En, *part);
            format!(
                "the period's figure {} is below the {part} already known, {}, which is part of it: correct the period's figure (or the {part})",
                n(*value),
                n(*part_value)
            )
        }
    }
}
