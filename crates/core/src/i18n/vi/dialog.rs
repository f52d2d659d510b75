//! The file dialogs, the modal questions and the secondary windows (shortcuts, about, findings), in Vietnamese.

use crate::i18n::dialog::{Dialog, DialogMsg};

/// The words of `t` in Vietnamese.
pub(crate) fn text(t: Dialog) -> &'static str {
    match t {
        Dialog::OpenAReport => "Mở báo cáo",
        Dialog::ReportFileFilter => "Báo cáo chitieu (RON)",
        Dialog::SaveAsTitle => "Lưu thành",
        Dialog::SaveThePlotAsAnImage => "Lưu biểu đồ thành ảnh",
        Dialog::SaveYourChanges => "Lưu các thay đổi?",
        Dialog::RestoreUnsavedChanges => "Khôi phục các thay đổi chưa lưu?",
        Dialog::RecoveredReadOnly => {
            "Các thay đổi này làm trong một cửa sổ mở báo cáo ở chế độ chỉ đọc (báo cáo đang mở ở cửa sổ khác): khôi phục thành báo cáo chưa lưu, để lưu thành tệp khác."
        }
        Dialog::Restore => "Khôi phục",
        Dialog::DiscardThem => "Bỏ các thay đổi này",
        Dialog::ThatDidNotWork => "Không thực hiện được",
        Dialog::TheFileHasChanged => "Tệp đã bị thay đổi",
        Dialog::ChangedElsewhere => {
            "Tệp báo cáo đã được một chương trình hoặc cửa sổ khác thay đổi từ khi mở. Lưu đè sẽ xóa thay đổi đó."
        }
        Dialog::CannotSaveOverTheFile => "Không lưu đè được",
        Dialog::AboutText => "Xem và điều chỉnh chỉ tiêu của báo cáo kinh tế - xã hội 6 tháng.",
        Dialog::AboutFont => "Phông chữ: DejaVu Sans.",
        Dialog::NoFindings => "Không có phát hiện nào.",
        Dialog::Overwrite => "Lưu đè",
        Dialog::Reload => "Mở lại tệp (bỏ thay đổi ở đây)",
        Dialog::SaveBeforeClosing => "Báo cáo có thay đổi chưa lưu. Lưu lại trước khi thoát?",
        Dialog::SaveBeforeNew => "Báo cáo có thay đổi chưa lưu. Lưu lại trước khi lập báo cáo mới?",
        Dialog::SaveBeforeOpening => {
            "Báo cáo có thay đổi chưa lưu. Lưu lại trước khi mở báo cáo khác?"
        }
        Dialog::PlotFileName => "bieu-do",
        Dialog::Unnamed => "(chưa có tên)",
    }
}

/// The words of `m` in Vietnamese.
pub(crate) fn message(m: &DialogMsg) -> String {
    match m {
        DialogMsg::Recovered { at, file } => format!(
            "Lần trước chitieu không đóng đúng cách. Có các thay đổi chưa lưu, ghi lúc {at} ({file})."
        ),
        DialogMsg::RevisedValues { count } => format!("{count} giá trị đã điều chỉnh."),
    }
}
