//! The import window (the dry run and its mapping step) and the fill-in sheet window, in Vietnamese.

use crate::i18n::import_ui::{ImportUi, ImportUiMsg};

/// The words of `t` in Vietnamese.
pub(crate) fn text(t: ImportUi) -> &'static str {
    match t {
        ImportUi::HeaderNotRecognised => {
            "chitieu không nhận ra dòng tiêu đề của tệp này. Hãy chỉ ra dòng tiêu đề, cột chỉ tiêu và các cột số liệu."
        }
        ImportUi::MappingHint => "Chỉ ra dòng tiêu đề, cột chỉ tiêu và các cột số liệu.",
        ImportUi::FirstRowsHint => "Các dòng đầu của trang (bấm số dòng để chọn dòng tiêu đề)",
        ImportUi::PreviewTheChanges => "Xem trước các thay đổi",
        ImportUi::Sheet => "Trang",
        ImportUi::HeaderRow => "Dòng tiêu đề",
        ImportUi::IndicatorColumn => "Cột chỉ tiêu",
        ImportUi::MatchTheIndicator => "Khớp chỉ tiêu",
        ImportUi::UnitColumnChecked => "Cột đơn vị (để kiểm tra)",
        ImportUi::Row => "Dòng",
        ImportUi::ReportChangedSinceRead => {
            "Báo cáo đã thay đổi từ khi đọc tệp số liệu: nhập lại tệp để xem các thay đổi mới"
        }
        ImportUi::ColumnsRecognised => "Các cột được nhận ra theo tiêu đề.",
        ImportUi::ColumnsRemembered => {
            "Các cột được đọc theo cách đã gán cho tệp cùng dạng lần trước."
        }
        ImportUi::ColumnsMapped => "Các cột được đọc theo cách vừa gán.",
        ImportUi::MapTheColumns => "Gán cột…",
        ImportUi::Changes => "Thay đổi",
        ImportUi::TickAll => "Chọn tất cả",
        ImportUi::UntickAll => "Bỏ chọn tất cả",
        ImportUi::ProblemsNotTaken => "Vấn đề (không được lấy vào)",
        ImportUi::ImportFigures => "Nhập số liệu",
        ImportUi::SheetFilter => "Bảng tính (.xlsx, .csv)",
        ImportUi::FillInExplained => {
            "Một bảng tính để cơ quan điền số liệu: các chỉ tiêu được chọn với mã, mã số, tên, đơn vị (khóa, không sửa được) và các ô trắng để ghi số liệu. Khi điền xong, Tệp → Nhập số liệu… đưa số liệu vào báo cáo."
        }
        ImportUi::BySection => "Theo mục",
        ImportUi::ByDepartment => "Theo cơ quan",
        ImportUi::LanguageOfTheSheet => "Ngôn ngữ của phiếu",
        ImportUi::SaveEllipsis => "Lưu…",
        ImportUi::ChooseADepartment => "Chọn một cơ quan.",
        ImportUi::NoSectionTicked => "Chưa chọn mục nào: phiếu có mọi chỉ tiêu.",
        ImportUi::NoDepartmentYet => {
            "Chưa chỉ tiêu nào ghi cơ quan chịu trách nhiệm (ghi ở Sửa → Sửa mô tả chỉ tiêu…)"
        }
        ImportUi::SaveTheFillInSheet => "Lưu phiếu nhập số liệu",
        ImportUi::FillInFileName => "phieu-nhap",
    }
}

/// The words of `m` in Vietnamese.
pub(crate) fn message(m: &ImportUiMsg) -> String {
    match m {
        ImportUiMsg::DryRunSummary {
            sheet,
            changes,
            problems,
            unchanged,
        } => format!(
            "Trang \"{sheet}\": {changes} thay đổi, {problems} vấn đề, {unchanged} dòng không đổi. Chưa có gì thay đổi cho đến khi bấm Áp dụng."
        ),
        ImportUiMsg::ApplyTicked { count } => format!("Áp dụng các thay đổi đã chọn ({count})"),
        ImportUiMsg::SheetAsks { count } => format!("Phiếu có {count} chỉ tiêu."),
    }
}
