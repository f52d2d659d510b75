//! The errors of the core shown to a user (recovery, entry, export, fill-in sheet,
//! mapping, numbers), in Vietnamese.

use crate::entry::EntryError;
use crate::export::ExportError;
use crate::format::ParseNumberError;
use crate::import::MatchBy;
use crate::import::mapping::MappingError;
use crate::import::template::TemplateError;
use crate::model::Lang;
use crate::model::ParsePeriodError;
use crate::recovery::RecoveryError;

/// A recovery file's error, in Vietnamese.
pub(crate) fn recovery_error(e: &RecoveryError) -> String {
    match e {
        RecoveryError::Busy { path } => format!(
            "báo cáo đang mở trong một cửa sổ chitieu khác: {}",
            path.display()
        ),
        RecoveryError::Lock { path, source } => format!(
            "không khóa được tệp khôi phục (thư mục dữ liệu có ghi được không?): {source}: {}",
            path.display()
        ),
        RecoveryError::Write(e) => format!("không ghi được tệp khôi phục: {}", e.message(Lang::Vi)),
        RecoveryError::Read(e) => format!("không đọc được tệp khôi phục: {}", e.message(Lang::Vi)),
        RecoveryError::Remove { path, source } => {
            format!("không xóa được tệp khôi phục: {source}: {}", path.display())
        }
    }
}

/// Why a figure cannot be what it was entered as, in Vietnamese.
pub(crate) fn entry_error(e: &EntryError) -> String {
    let words = match e {
        EntryError::NotANumber(e) => return parse_error(e),
        EntryError::NotWhole => "Số lượng phải là số nguyên",
        EntryError::Negative => "Số lượng không thể âm",
        EntryError::ShareOutOfRange => "Tỷ lệ phải từ 0 đến 100%",
        EntryError::GrowthBelowAll => "Giảm quá 100% là còn ít hơn không",
        EntryError::GrowthFollowsFigures => {
            "Tốc độ tăng được tính từ số ước thực hiện và số cùng kỳ năm trước: \
             hãy sửa số ước thực hiện hoặc số cùng kỳ năm trước"
        }
        EntryError::PercentOfAmount => {
            "Số phần trăm (%) chỉ dùng cho tốc độ tăng, tỷ lệ hoặc tỷ trọng; số này là giá trị hoặc số lượng: ghi số theo đơn vị của chỉ tiêu, không có %"
        }
        EntryError::TooLarge => {
            "Số quá lớn (quá 10^15) cho một số liệu báo cáo: kiểm tra đơn vị và số chữ số"
        }
    };
    words.to_owned()
}

/// Why an export failed, in Vietnamese.
pub(crate) fn export_error(e: &ExportError) -> String {
    match e {
        ExportError::Xlsx(why) => format!("không tạo được bảng tính Excel: {why}"),
        ExportError::Docx(why) => format!("không tạo được văn bản Word: {why}"),
        ExportError::Save(e) => e.message(Lang::Vi),
    }
}

/// Why a fill-in sheet could not be made, in Vietnamese.
pub(crate) fn template_error(e: &TemplateError) -> String {
    match e {
        TemplateError::UnknownSection { id } => format!("báo cáo không có mục \"{id}\": dùng mã mục như trong cột section của tệp CSV xuất"),
        TemplateError::NoIndicators => "không có chỉ tiêu nào trong các mục hoặc của cơ quan đã chọn: chọn mục hoặc cơ quan khác".to_owned(),
        TemplateError::Xlsx(reason) => format!("không tạo được bảng tính: {reason}"),
        TemplateError::Save(e) => e.message(Lang::Vi),
    }
}

/// What is wrong with a mapping, in Vietnamese.
pub(crate) fn mapping_error(e: &MappingError) -> String {
    match e {
        MappingError::NoSheet { sheet } => format!("tệp không có trang \"{sheet}\": chọn một trang của tệp"),
        MappingError::NoRow { row } => format!("không có dòng {row} trong trang: chọn dòng tiêu đề trong số các dòng của trang"),
        MappingError::NoIndicator => "chưa chọn cột chỉ tiêu: chọn cột ghi mã, mã số hoặc tên chỉ tiêu".to_owned(),
        MappingError::NoFigure => "chưa chọn cột số liệu nào: chọn ít nhất một cột (ước thực hiện, so cùng kỳ, chỉ tiêu kỳ, chỉ tiêu năm)".to_owned(),
        MappingError::SameColumn { column } => format!("cột {column} được chọn cho hai việc: mỗi cột chỉ một vai trò"),
    }
}

/// How rows are matched to indicators, in Vietnamese.
pub(crate) fn match_by(m: MatchBy) -> &'static str {
    match m {
        MatchBy::Id => "theo mã (id)",
        MatchBy::Code => "theo mã số chỉ tiêu",
        MatchBy::Name => "theo tên (không phân biệt hoa thường, dấu)",
    }
}

/// Why a text is not a number, in Vietnamese.
pub(crate) fn parse_error(e: &ParseNumberError) -> String {
    match e {
        ParseNumberError::Empty => "Chưa nhập số".to_owned(),
        ParseNumberError::InvalidCharacter { found, position } => {
            format!("Ký tự '{found}' ở vị trí {position} không phải là số")
        }
        ParseNumberError::TwoDecimalMarks { mark } => {
            format!("Có nhiều hơn một dấu thập phân '{mark}'")
        }
        ParseNumberError::BadGrouping { separator, example } => format!(
            "Dấu phân cách hàng nghìn '{separator}' phải chia nhóm ba chữ số, ví dụ {example}"
        ),
        ParseNumberError::NoDigits => "Không có chữ số nào".to_owned(),
        ParseNumberError::OutOfRange => "Số quá lớn".to_owned(),
    }
}

/// A period that could not be read, in Vietnamese.
pub(crate) fn period_error(e: &ParsePeriodError) -> String {
    format!(
        "\"{}\" không phải một kỳ báo cáo: ghi năm và phần của năm, như 2024-H1, 2024-H2, 2024-Q3, 2024-9M hoặc 2024-Y",
        e.0
    )
}
