//! The fixed words of the exports, in Vietnamese.

use crate::i18n::ExportText;

/// The words of `t` in Vietnamese.
pub(crate) fn text(t: ExportText) -> &'static str {
    match t {
        ExportText::DerivedFromAPercent => "suy ra từ tỷ lệ %",
        ExportText::IndicatorsSheet => "Chỉ tiêu",
        ExportText::PeriodTargetBasis => "Căn cứ chỉ tiêu kỳ",
        ExportText::PeriodGapPoints => "Chênh lệch kỳ (điểm %)",
        ExportText::AnnualTargetBasis => "Căn cứ chỉ tiêu năm",
        ExportText::AnnualGapPoints => "Chênh lệch năm (điểm %)",
        ExportText::ShareOfLastYear => "Tỷ trọng kỳ trong năm trước (%)",
        ExportText::GrowthTheRestOfTheYear => "Phần còn lại của năm cần tăng (%)",
        ExportText::Revised => "Đã điều chỉnh",
        ExportText::Id => "Mã",
        ExportText::Changes => "Điều chỉnh",
        ExportText::FieldName => "Giá trị",
        ExportText::RevisedValue => "Giá trị điều chỉnh",
        ExportText::Cleared => "(xóa)",
        ExportText::NoValueHasBeenRevised => "Chưa có giá trị nào được điều chỉnh.",
        ExportText::Tasks => "Nhiệm vụ",
        ExportText::Number => "Số",
        ExportText::Sector => "Lĩnh vực",
        ExportText::Task => "Nhiệm vụ",
        ExportText::TaskText => "Nội dung",
        ExportText::Progress => "Tình trạng",
        ExportText::AboutSheet => "Thông tin",
        ExportText::ReportTitle => "Báo cáo",
        ExportText::Region => "Địa phương",
        ExportText::ComparedWith => "So với kỳ",
        ExportText::SourceDocument => "Văn bản nguồn",
        ExportText::IssuedBy => "Cơ quan ban hành",
        ExportText::Reference => "Số hiệu",
        ExportText::Date => "Ngày",
        ExportText::IndicatorCount => "Số chỉ tiêu",
        ExportText::RevisedValues => "Số giá trị đã điều chỉnh",
        ExportText::ExportedAt => "Thời điểm xuất",
        ExportText::Software => "Phần mềm",
        ExportText::SocialistRepublicOfVietnam => "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        ExportText::IndependenceFreedomHappiness => "Độc lập - Tự do - Hạnh phúc",
        ExportText::ReportHeading => "BÁO CÁO",
        ExportText::AppendixMainSocioEconomicIndicators => {
            "PHỤ LỤC: CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU"
        }
        ExportText::Remaining => "Còn lại",
        ExportText::FillIn => "Phiếu nhập",
        ExportText::WriteTheFiguresInTheWhite => {
            "Ghi số vào các ô trắng: số của Excel, hoặc chữ số kiểu 14.283,5 hay 14,283.5. Để trống ô không có số liệu. Tăng trưởng ghi bằng %, giảm ghi số âm (giảm 5% là -5). Không sửa các cột Mã, Mã số, Chỉ tiêu, Đơn vị."
        }
        ExportText::WriteANumberThatIsNot => "Ghi một số không âm.",
        ExportText::WriteAShareBetween0And => "Ghi một tỷ lệ từ 0 đến 100.",
        ExportText::WriteANumber => "Ghi một số.",
        ExportText::Figure => "Số liệu",
        ExportText::GrowthOnAYearAgoIn => "Tăng trưởng so cùng kỳ, bằng %: không dưới -100.",
        ExportText::OfWhich => "Trong đó,",
        ExportText::KeyTasksAhead => "Nhiệm vụ trọng tâm thời gian tới",
        ExportText::RevisedFigures => "Các số liệu đã điều chỉnh",
    }
}
