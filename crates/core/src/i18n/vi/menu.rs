//! The words of the menu bar, in Vietnamese.

use crate::i18n::menu::MenuText;

/// The words of `t` in Vietnamese.
pub(crate) fn menu(t: MenuText) -> &'static str {
    match t {
        MenuText::File => "Tệp",
        MenuText::Edit => "Sửa",
        MenuText::View => "Xem",
        MenuText::Help => "Trợ giúp",
        MenuText::OpenRecent => "Mở gần đây",
        MenuText::NoneYet => "(chưa có)",
        MenuText::ExportRevised => "Xuất số liệu điều chỉnh",
        MenuText::Xlsx => "Excel (.xlsx)…",
        MenuText::CsvStandard => "CSV (dấu phẩy, số kiểu Anh)…",
        MenuText::CsvVietnamese => "CSV cho Excel tiếng Việt (dấu chấm phẩy)…",
        MenuText::Docx => "Báo cáo Word theo Nghị định 30 (.docx)…",
        MenuText::Markdown => "Văn bản báo cáo (.md)…",
        MenuText::Text => "Văn bản báo cáo, chữ thường (.txt)…",
        MenuText::Ron => "Báo cáo chitieu (.ron)…",
        MenuText::ResetToReport => "Trả về giá trị báo cáo",
        MenuText::IndicatorDetail => "Chi tiết chỉ tiêu",
        MenuText::OnTheRight => "Bên phải",
        MenuText::Below => "Bên dưới",
        MenuText::Hidden => "Ẩn",
        MenuText::Language => "Ngôn ngữ",
        MenuText::Notation => "Cách viết số",
        MenuText::Theme => "Giao diện",
        MenuText::FollowSystem => "Theo hệ thống",
        MenuText::Light => "Sáng",
        MenuText::Dark => "Tối",
    }
}
