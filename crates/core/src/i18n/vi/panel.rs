//! The sections panel, the tasks panel and the status bar, in Vietnamese.

use crate::i18n::panel::{Panel, PanelMsg};

/// The words of `t` in Vietnamese.
pub(crate) fn text(t: Panel) -> &'static str {
    match t {
        Panel::UnsavedChanges => "• Có thay đổi chưa lưu",
        Panel::Saved => "Đã lưu",
        Panel::FindingsHint => "Xem danh sách và đi tới từng chỉ tiêu",
        Panel::OpenFolder => "Mở thư mục",
        Panel::Sections => "Mục",
        Panel::AllIndicators => "Tất cả chỉ tiêu",
        Panel::AddASectionInside => "Thêm mục con…",
        Panel::NewTaskHint => "Tên nhiệm vụ mới…",
        Panel::NewTaskTitle => "Tên nhiệm vụ mới",
        Panel::AddTask => "+ Thêm nhiệm vụ",
        Panel::StatusOfTask => "Tình trạng nhiệm vụ",
        Panel::TextAndNote => "Nội dung và ghi chú",
        Panel::Note => "Ghi chú…",
        Panel::NoteOfTask => "Ghi chú nhiệm vụ",
    }
}

/// The words of `m` in Vietnamese.
pub(crate) fn message(m: &PanelMsg) -> String {
    match m {
        PanelMsg::TasksToReport { period, count } => {
            format!("Nhiệm vụ của báo cáo {period} cần báo cáo kết quả ({count})")
        }
        PanelMsg::OwnTasks { count } => format!("Nhiệm vụ của báo cáo này ({count})"),
        PanelMsg::TasksDone { done, total } => format!("{done} / {total} nhiệm vụ hoàn thành"),
        PanelMsg::Findings { count } => format!("{count} phát hiện kiểm tra"),
        PanelMsg::Behind { count } => format!("{count} chỉ tiêu chưa đạt"),
    }
}
