//! The detail panel, in Vietnamese.

use crate::i18n::detail::{Detail, DetailMsg};

/// The words of `t` in Vietnamese.
pub(crate) fn text(t: Detail) -> &'static str {
    match t {
        Detail::SelectToSeeDetail => "Chọn một chỉ tiêu trong bảng để xem chi tiết.",
        Detail::NoteTooLongToEdit => "Ghi chú quá dài để sửa ở đây; tệp vẫn giữ toàn văn.",
        Detail::LastPeriodsNote => "Ghi chú kỳ trước",
        Detail::NoteOfTheIndicator => "Ghi chú của chỉ tiêu",
        Detail::RestOfYearHint => "Tỷ trọng năm trước, theo quý, và \"nếu…\" (Ctrl+R)",
        Detail::Derived => " (suy ra)",
        Detail::DerivedPriorExplained => {
            "Báo cáo không ghi số cùng kỳ năm trước: suy ra một lần từ số ước thực hiện và tốc độ tăng báo cáo ghi. Sửa số ước thực hiện thì tốc độ tăng thay đổi, số này giữ nguyên."
        }
        Detail::ChangeOnAYearAgo => "Thay đổi so cùng kỳ",
        Detail::FromTheReport => "Trích báo cáo",
        Detail::EditsThisSession => "Các lần sửa trong phiên này",
        Detail::NoteChanged => "Sửa ghi chú",
        Detail::DescriptionChanged => "Sửa mô tả chỉ tiêu",
        Detail::ReportPrintsAchieved => "Báo cáo ghi đạt",
        Detail::TargetDerivedFromPercent => {
            "Giá trị suy ra từ tỷ lệ % in trong báo cáo (không được nêu trực tiếp)."
        }
        Detail::Achieved => "Đạt",
        Detail::Gap => "Chênh lệch",
    }
}

/// The words of `m` in Vietnamese.
pub(crate) fn message(m: &DetailMsg) -> String {
    match m {
        DetailMsg::RestArithmetic {
            year,
            growth,
            share,
        } => format!(
            "để cả năm tăng {year}% khi kỳ này tăng {growth}% và chiếm {share}% của năm trước:"
        ),
        DetailMsg::ImpliedShare { part, whole, share } => {
            format!("Theo tăng trưởng các phần, {part} chiếm khoảng {share}% của {whole}.")
        }
        DetailMsg::PrintedGrowth { pct } => format!(" (báo cáo ghi {pct}%)"),
        DetailMsg::PartsAddUp { sum, unexplained } => {
            format!("Cộng các thành phần: {sum} · chưa phân tích: {unexplained}")
        }
        DetailMsg::EarlierEdits { count } => format!("… {count} lần sửa trước đó"),
    }
}
