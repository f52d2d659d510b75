//! The words of the session, in Vietnamese.

use crate::format::Notation;
use crate::i18n::SessionMessage;
use crate::model::Lang;
use crate::session::StructureError;

/// The message `m` in Vietnamese.
pub(crate) fn message(m: &SessionMessage) -> String {
    match m {
        SessionMessage::NewReport(period) => format!("Báo cáo mới {period} (chưa lưu)"),
    }
}

/// The error `e` in Vietnamese.
pub(crate) fn structure_error(e: &StructureError) -> String {
    match e {
        StructureError::Unknown(what) => format!("Không có trong báo cáo: {what}"),
        StructureError::Breaks(finding) => format!(
            "Thay đổi này làm hỏng cấu trúc báo cáo: {}",
            finding.line_in(Lang::Vi, Notation::Vietnamese)
        ),
        StructureError::ChangedUnderTheEdit => {
            "Báo cáo đã thay đổi trong khi sửa: thay đổi không được thực hiện, làm lại".to_owned()
        }
        StructureError::NowhereToMove(id) => {
            format!("Mục {id} không nằm trong mục nào: chỉ có thể xóa cùng nội dung của nó")
        }
    }
}
