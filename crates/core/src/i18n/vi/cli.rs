//! The words of the command line, in Vietnamese.

use crate::i18n::CliMessage;
use crate::model::{Lang, ParsePeriodError};

/// The message `m` in Vietnamese.
pub(crate) fn message(m: &CliMessage) -> String {
    match m {
        CliMessage::OutIsTheReport { path } => format!(
            "--out là chính báo cáo đang xuất, tệp xuất sẽ ghi đè lên nó: chọn tệp khác: {path}"
        ),
        CliMessage::FormatDoesNotMatch { given, named, path } => format!(
            "--format {given} không khớp với --out, có đuôi .{named}: đổi một trong hai: {path}"
        ),
        CliMessage::NoFormat { path } => format!(
            "không biết định dạng từ đuôi tệp của --out: ghi --format (xlsx, csv, ron hoặc md): {path}"
        ),
        CliMessage::OutExists { path } => format!(
            "--out đã có; báo cáo mới không bao giờ ghi đè lên một tệp: chọn tên khác: {path}"
        ),
        CliMessage::NewPeriod {
            path,
            indicators,
            actuals_cleared,
            priors_carried,
            annual_targets_kept,
            annual_targets_cleared,
            renames,
        } => format!(
            "{path}: {indicators} chỉ tiêu, xóa {actuals_cleared} số ước thực hiện, {priors_carried} số chuyển thành số cùng kỳ năm trước, giữ {annual_targets_kept} chỉ tiêu năm, xóa {annual_targets_cleared}, {renames} tên được chuyển năm"
        ),
        CliMessage::Renamed { id, before, after } => {
            format!("đổi tên {id}: {before} -> {after}")
        }
        CliMessage::CannotWriteFindings { error } => {
            format!("không ghi được kết quả kiểm tra: {error}: <đầu ra chuẩn>")
        }
        CliMessage::CannotWritePreview { error } => {
            format!("không ghi được bản xem trước: {error}: <đầu ra chuẩn>")
        }
        CliMessage::OutRequired => "cần --out để ghi báo cáo với các thay đổi (ghi đúng tệp --into thì ghi đè lên nó), hoặc ghi --dry-run".to_owned(),
        CliMessage::OutIsTheSheet { path } => format!(
            "--out là chính bảng đang nhập, sẽ bị ghi đè: chọn tệp khác: {path}"
        ),
        CliMessage::BadPeriod { text } => {
            format!("--period: {}", ParsePeriodError(text.clone()).message(Lang::Vi))
        }
    }
}
