//! The app's own words, in Vietnamese.

use crate::i18n::app::{AppMessage, AppText};

/// The words of `t` in Vietnamese.
pub(crate) fn text(t: AppText) -> &'static str {
    match t {
        AppText::ReadOnly => "chỉ đọc",
        AppText::PleaseWait => "Xin chờ…",
        AppText::NewBlankReport => "Đã tạo báo cáo trống mới",
        AppText::OpenElsewhere => {
            "Báo cáo này đang mở trong một cửa sổ chitieu khác: chỉ đọc, có thể lưu thành tệp khác."
        }
        AppText::FileIsReadOnly => "Tệp báo cáo chỉ được đọc, không ghi đè được.",
        AppText::SavingOverUndoesTheOtherWindow => {
            "Báo cáo đang mở trong một cửa sổ chitieu khác; ghi đè sẽ xóa công việc ở đó."
        }
        AppText::ExportOverTheReport => {
            "đây là tệp của báo cáo đang mở nên không xuất ra đó; để lưu báo cáo hãy dùng Lưu (Ctrl+S), để xuất hãy chọn tên tệp khác"
        }
        AppText::CannotOpenTheFolder => "Không mở được thư mục",
        AppText::ShowThePlotsFirst => "Hãy mở bảng biểu đồ trước khi lưu ảnh.",
        AppText::RecoveryNotWritten => {
            "Không ghi được tệp khôi phục (các thay đổi vẫn còn trên màn hình)"
        }
        AppText::RecoveryUnreadable => {
            "Không đọc được tệp khôi phục của phiên trước; đã giữ lại thành"
        }
        AppText::WorkLost => "Công việc dừng giữa chừng; không có gì bị thay đổi",
        AppText::SelectAFigureFirst => "Chọn một ô số liệu trong bảng trước khi dán.",
        AppText::TextCleaned => "văn bản dán hoặc gõ vào đã được làm sạch",
        AppText::SavedWithTextCleaned => "Đã lưu, văn bản đã được làm sạch —",
        AppText::Refused => "từ chối",
        AppText::IndicatorTable => "Bảng chỉ tiêu",
        AppText::BehindOnly => "Chỉ chỉ tiêu chưa đạt",
        AppText::RevisedOnly => "Chỉ giá trị đã điều chỉnh",
        AppText::FindingsOnly => "Chỉ có phát hiện kiểm tra",
        AppText::Columns => "Cột ▾",
        AppText::RowsPicked => "hàng đang chọn",
        AppText::IndicatorsShown => "chỉ tiêu",
        AppText::HasRevisedValues => "Có giá trị đã điều chỉnh",
        AppText::Collapse => "Thu gọn",
        AppText::Expand => "Mở rộng",
        AppText::NotPasted => "Không dán được",
        AppText::ClickToSort => "Bấm để sắp xếp",
    }
}

/// `m` in Vietnamese.
pub(crate) fn message(m: &AppMessage) -> String {
    match m {
        AppMessage::Opened(path) => format!("Đã mở {}", path.display()),
        AppMessage::Saved(path) => format!("Đã lưu {}", path.display()),
        AppMessage::Exported(path) => format!("Đã xuất ra {}", path.display()),
        AppMessage::SavedImage(path) => format!("Đã lưu ảnh {}", path.display()),
        AppMessage::Opening(name) => format!("Đang mở {name}"),
        AppMessage::Saving(name) => format!("Đang lưu {name}"),
        AppMessage::Exporting(name) => format!("Đang xuất ra {name}"),
        AppMessage::ReadingFigures(name) => format!("Đang đọc số liệu từ {name}"),
        AppMessage::WritingFillIn(name) => format!("Đang ghi phiếu nhập {name}"),
        AppMessage::Applying { count, name } => {
            format!("Đang áp dụng {count} số liệu từ {name}")
        }
        AppMessage::Imported { count, name } => format!("Đã nhập {count} số liệu từ {name}"),
        AppMessage::FillInWritten { count, name } => {
            format!("Đã ghi phiếu nhập {count} chỉ tiêu: {name}")
        }
        AppMessage::Copied(rows) => format!("Đã sao chép, số hàng: {rows}"),
        AppMessage::Pasted(cells) => format!("Đã dán, số ô thay đổi: {cells}"),
        AppMessage::NextPeriod {
            period,
            cleared,
            carried,
            kept,
            renamed,
        } => {
            let mut words = format!(
                "Báo cáo {period}: {cleared} số thực hiện đã xóa, {carried} thành số cùng kỳ năm trước, {kept} chỉ tiêu năm giữ lại."
            );
            if *renamed > 0 {
                words.push_str(&format!(
                    " {renamed} tên chỉ tiêu đổi năm (Ctrl+Z để hoàn tác từng tên)."
                ));
            }
            words
        }
        AppMessage::Restored {
            written_at,
            copy_of: Some(file),
        } => format!(
            "Đã khôi phục các thay đổi chưa lưu của một cửa sổ chỉ đọc, từ {written_at}: hãy lưu thành tệp khác (tệp gốc có thể đã được cửa sổ kia lưu) — {}",
            file.display()
        ),
        AppMessage::Restored {
            written_at,
            copy_of: None,
        } => format!("Đã khôi phục các thay đổi chưa lưu từ {written_at}"),
        AppMessage::ChangedSinceRead => {
            "Báo cáo đã thay đổi từ khi đọc tệp số liệu: nhập lại tệp để xem các thay đổi mới"
                .to_owned()
        }
    }
}
