//! Words shared by many panels and windows, in Vietnamese.

use crate::i18n::common::Common;

/// The words of `t` in Vietnamese.
pub(crate) fn text(t: Common) -> &'static str {
    match t {
        Common::Note => "Ghi chú",
        Common::Unit => "Đơn vị",
        Common::Department => "Cơ quan phụ trách",
        Common::TheRestOfTheYear => "Phần còn lại của năm",
        Common::Breakdown => "Cơ cấu",
        Common::OK => "Đồng ý",
        Common::Cancel => "Hủy",
        Common::NoneInParens => "(không có)",
        Common::AllFiles => "Mọi tệp",
        Common::DontSave => "Không lưu",
        Common::Error => "Lỗi",
        Common::Warning => "Cảnh báo",
        Common::Notice => "Lưu ý",
        Common::Close => "Đóng",
        Common::Total => "Tổng",
    }
}
