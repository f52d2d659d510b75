//! The findings of the checks, in Vietnamese.

use crate::checks::{FindingKind, Missing, Which};
use crate::format::{Notation, format, format_auto};
use crate::i18n::FindingWord;
use crate::model::Field;

/// The words of `w` in Vietnamese.
pub(crate) fn word(w: FindingWord) -> &'static str {
    match w {
        FindingWord::Error => "lỗi",
        FindingWord::Warning => "cảnh báo",
        FindingWord::Info => "lưu ý",
    }
}

/// A figure's name within a Vietnamese sentence: its column title, lower case ("ước
/// thực hiện", "chỉ tiêu năm").
pub(crate) fn field_words(field: Field) -> String {
    let title = crate::i18n::field(crate::model::Lang::Vi, field);
    let mut chars = title.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The finding `kind` in Vietnamese, its numbers in `notation`.
pub(crate) fn finding(kind: &FindingKind, notation: Notation) -> String {
    let n = |v: f64| format_auto(v, notation);
    let pct2 = |v: f64| format(v, notation, 2, true);
    match kind {
        FindingKind::DuplicateId => "mã này xuất hiện nhiều lần".to_owned(),
        FindingKind::UnknownSection(s) => format!("mục \"{s}\" không tồn tại"),
        FindingKind::UnknownParent(p) => format!("chỉ tiêu cha \"{p}\" không tồn tại"),
        FindingKind::UnknownParentSection(p) => format!("mục cha \"{p}\" không tồn tại"),
        FindingKind::ParentCycle(path) => {
            format!("vòng lặp chỉ tiêu cha: {}", path.join(" → "))
        }
        FindingKind::PartsDoNotAddUp { total, parts } => format!(
            "tổng các thành phần {} khác tổng {} (chênh {})",
            n(*parts),
            n(*total),
            n(parts - total)
        ),
        FindingKind::PartsExceedTotal { total, parts } => format!(
            "các thành phần cộng lại {} vượt tổng {} (thừa {})",
            n(*parts),
            n(*total),
            n(parts - total)
        ),
        FindingKind::PriorDoesNotAddUp { total, parts } => format!(
            "số cùng kỳ suy từ tốc độ tăng: các thành phần {} khác tổng {}",
            n(*parts),
            n(*total)
        ),
        FindingKind::PrintedPctMismatch {
            which,
            printed,
            computed,
        } => {
            let target = match which {
                Which::Period => "chỉ tiêu kỳ",
                Which::Annual => "chỉ tiêu năm",
            };
            format!(
                "tỷ lệ in trong báo cáo {}% so với {target}, tính lại được {}%",
                n(*printed),
                pct2(*computed)
            )
        }
        FindingKind::ShareOutOfRange { field, value } => format!(
            "tỷ lệ {} = {}% nằm ngoài khoảng 0–100%",
            field_words(*field),
            n(*value)
        ),
        FindingKind::NegativeCount(v) => format!("số đếm âm: {}", n(*v)),
        FindingKind::FractionalCount(v) => format!("số đếm không nguyên: {}", n(*v)),
        FindingKind::Missing(what) => match what {
            Missing::Name => "thiếu tên tiếng Việt",
            Missing::Unit => "thiếu đơn vị tính",
            Missing::SourceSentence => "thiếu câu nguồn trong báo cáo",
        }
        .to_owned(),
        FindingKind::DuplicateTaskNumber(number) => {
            format!("số thứ tự \"{number}\" được in hai lần")
        }
        FindingKind::GrowthOutsideItsParts { whole, low, high } => format!(
            "tăng trưởng cả kỳ {}% nằm ngoài tăng trưởng các phần của kỳ ({}% đến {}%)",
            n(*whole),
            n(*low),
            n(*high)
        ),
        FindingKind::QuarterSharesDoNotAddUp(sum) => format!(
            "tỷ trọng bốn quý trong năm trước cộng lại {}%, không phải 100%",
            n(*sum)
        ),
        FindingKind::PrintedGrowthMismatch { printed, computed } => format!(
            "tốc độ tăng in trong báo cáo {}% so cùng kỳ, tính lại từ số ước thực hiện và số cùng kỳ năm trước được {}%",
            n(*printed),
            pct2(*computed)
        ),
        FindingKind::GrowthOfDisagrees { of, value, growth } => format!(
            "là tốc độ tăng của \"{of}\" nhưng ghi {}%, trong khi số của \"{of}\" cho {}%: sửa một trong hai",
            n(*value),
            pct2(*growth)
        ),
        FindingKind::BelowItsKnownPart {
            part,
            part_value,
            value,
        } => {
            let part = crate::i18n::period(crate::model::Lang::Vi, *part);
            format!(
                "số cả kỳ {} thấp hơn số {part} đã biết {}, là một phần của kỳ: sửa số cả kỳ (hoặc số {part})",
                n(*value),
                n(*part_value)
            )
        }
    }
}
