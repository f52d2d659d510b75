//! The forms that describe an indicator or a section, the question before a delete, and the next period, in Vietnamese.

use crate::i18n::forms::{Forms, FormsMsg};

/// The words of `t` in Vietnamese.
pub(crate) fn text(t: Forms) -> &'static str {
    match t {
        Forms::AddAnIndicator => "Thêm chỉ tiêu",
        Forms::DescribeTheIndicator => "Sửa mô tả chỉ tiêu",
        Forms::NameVietnamese => "Tên (tiếng Việt)",
        Forms::NameEnglish => "Tên (tiếng Anh)",
        Forms::UnitVietnamese => "Đơn vị (tiếng Việt)",
        Forms::UnitEnglish => "Đơn vị (tiếng Anh)",
        Forms::CodeField => "Mã chỉ tiêu (QĐ 05/2023)",
        Forms::ResponsibleDepartment => "Cơ quan chịu trách nhiệm",
        Forms::KindOfFigure => "Loại số liệu",
        Forms::WhichWayIsGood => "Chiều tốt",
        Forms::ItsParts => "Các chỉ tiêu thành phần",
        Forms::AddASection => "Thêm mục",
        Forms::DescribeTheSection => "Sửa mô tả mục",
        Forms::NumberField => "Số thứ tự (như 2.1)",
        Forms::TitleVietnamese => "Tên mục (tiếng Việt)",
        Forms::TitleEnglish => "Tên mục (tiếng Anh)",
        Forms::InsideTheSection => "Nằm trong mục",
        Forms::StartTheNextPeriod => "Báo cáo kỳ mới",
        Forms::MadeFromReport => "Lập từ báo cáo",
        Forms::NextPeriodExplained => {
            "Giữ các mục và chỉ tiêu; xóa số liệu của kỳ trước. Cùng kỳ năm sau: số thực hiện thành số cùng kỳ năm trước. Trong cùng năm: giữ chỉ tiêu năm."
        }
        Forms::PeriodField => "Kỳ báo cáo (như 2025-H1, 2024-9M, 2024-Q3, 2024-Y)",
        Forms::IndicatorHasContents => "Chỉ tiêu này có số liệu hoặc các chỉ tiêu thành phần.",
        Forms::DeletePartsMoveUp => "Xóa, chuyển các thành phần lên chỉ tiêu trên",
        Forms::DeleteWithParts => "Xóa cùng các thành phần",
        Forms::SectionHasContents => "Mục này có chỉ tiêu hoặc mục con.",
        Forms::DeleteContentsMoveUp => "Xóa, chuyển nội dung lên mục trên",
        Forms::DeleteWithContents => "Xóa cùng toàn bộ nội dung",
        Forms::BreakdownPartial => "Một số thành phần (không vượt tổng)",
        Forms::BreakdownComplete => "Đủ các thành phần (cộng bằng tổng)",
        Forms::BreakdownNotAdditive => "Không cộng được (tỷ lệ, tốc độ)",
        Forms::Section => "Mục",
        Forms::APartOf => "Là thành phần của",
        Forms::NoParentTotal => "(không: chỉ tiêu tổng)",
        Forms::TheGrowthOf => "Là tốc độ tăng của",
    }
}

/// The words of `m` in Vietnamese.
pub(crate) fn message(m: &FormsMsg) -> String {
    match m {
        FormsMsg::RenamesRollForward { count } => format!(
            "Năm trong tên {count} chỉ tiêu sẽ chuyển theo kỳ mới (hoàn tác được từng tên):"
        ),
        FormsMsg::MoreRenames { count } => format!("… và {count} tên nữa"),
        FormsMsg::DeleteWhat { name } => format!("Xóa {name}?"),
    }
}
