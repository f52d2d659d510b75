//! The names of the app's actions, in Vietnamese.

use crate::i18n::actions::ActionText;

/// The words of `t` in Vietnamese.
pub(crate) fn action(t: ActionText) -> &'static str {
    match t {
        ActionText::NewBlank => "Báo cáo trống mới",
        ActionText::NewPeriod => "Báo cáo kỳ mới từ báo cáo này…",
        ActionText::Open => "Mở…",
        ActionText::Save => "Lưu",
        ActionText::SaveAs => "Lưu thành…",
        ActionText::SavePlot => "Lưu biểu đồ thành ảnh PNG…",
        ActionText::SavePlotHint => "Lưu biểu đồ đang xem thành tệp ảnh",
        ActionText::ImportFigures => "Nhập số liệu…",
        ActionText::FillIn => "Phiếu nhập số liệu…",
        ActionText::Quit => "Thoát",
        ActionText::Undo => "Hoàn tác",
        ActionText::Redo => "Làm lại",
        ActionText::Copy => "Sao chép các hàng",
        ActionText::Paste => "Dán cột số liệu",
        ActionText::SelectAllRows => "Chọn mọi hàng",
        ActionText::Find => "Tìm chỉ tiêu",
        ActionText::AddIndicator => "Thêm chỉ tiêu…",
        ActionText::AddPart => "Thêm chỉ tiêu thành phần…",
        ActionText::DescribeIndicator => "Sửa mô tả chỉ tiêu…",
        ActionText::DeleteIndicator => "Xóa chỉ tiêu…",
        ActionText::MoveUp => "Chuyển lên",
        ActionText::MoveDown => "Chuyển xuống",
        ActionText::AddSection => "Thêm mục…",
        ActionText::DescribeSection => "Sửa mô tả mục…",
        ActionText::DeleteSection => "Xóa mục…",
        ActionText::RestOfYear => "Phần còn lại của năm cần đạt…",
        ActionText::ToggleSections => "Danh sách mục",
        ActionText::TogglePlots => "Biểu đồ",
        ActionText::Shortcuts => "Phím tắt",
        ActionText::Findings => "Các phát hiện kiểm tra",
        ActionText::About => "Giới thiệu chitieu",
        ActionText::MoveBetweenCells => "Di chuyển giữa các ô",
        ActionText::EditOrCommit => "Sửa ô đang chọn / ghi nhận",
        ActionText::TypeToEdit => "Gõ để sửa ô đang chọn",
        ActionText::MoveRightLeft => "Sang ô bên phải / bên trái",
        ActionText::CancelEditing => "Hủy sửa",
        ActionText::PickRows => "Chọn một dải hàng / thêm, bớt một hàng (để sao chép)",
        ActionText::Click => "bấm chuột",
    }
}
