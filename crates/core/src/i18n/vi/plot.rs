//! The plots panel, in Vietnamese.

use crate::i18n::plot::{Plots, PlotsMsg};

/// The words of `t` in Vietnamese.
pub(crate) fn text(t: Plots) -> &'static str {
    match t {
        Plots::NoTarget => "Không có chỉ tiêu nào có chỉ tiêu kế hoạch.",
        Plots::RatesHeading => "Tỷ lệ, tốc độ: chênh lệch so với chỉ tiêu (điểm %)",
        Plots::AchievementHeading => "% hoàn thành chỉ tiêu (xếp theo mức chênh lệch)",
        Plots::OfThePeriodTarget => "chỉ tiêu kỳ",
        Plots::OfTheAnnualTarget => "chỉ tiêu năm",
        Plots::DueByNow => "tiến độ",
        Plots::GapPoints => "Chênh lệch (điểm %)",
        Plots::PctAchieved => "% hoàn thành",
        Plots::Target => "Chỉ tiêu",
        Plots::PaceOfAnnualTargets => "Tiến độ chỉ tiêu năm",
        Plots::RatesPlotTitle => "Biểu đồ chênh lệch tỷ lệ so với chỉ tiêu",
        Plots::AchievementPlotTitle => "Biểu đồ % hoàn thành chỉ tiêu",
        Plots::CutNote => " (thanh bị cắt ngắn để các thanh khác dễ đọc)",
        Plots::SelectForBreakdown => "Chọn một chỉ tiêu để xem cơ cấu của nó.",
        Plots::Unexplained => "Chưa phân tích",
        Plots::BreakdownPlotTitle => "Biểu đồ cơ cấu",
        Plots::BySubPeriod => "Theo quý",
        Plots::SubPeriodPlotTitle => "Biểu đồ theo quý",
        Plots::NoGrowth => "Không có chỉ tiêu nào có tốc độ tăng so với cùng kỳ.",
        Plots::GrowthHeading => "Tăng/giảm so với cùng kỳ năm trước (%)",
        Plots::GrowthPlotTitle => "Biểu đồ tăng trưởng so với cùng kỳ",
        Plots::ActualVsTarget => "Thực hiện/chỉ tiêu",
        Plots::Growth => "Tăng trưởng",
        Plots::RestOfTheYear => "Phần còn lại của năm",
        Plots::NoRestOfYear => {
            "Chưa chỉ tiêu nào có chỉ tiêu năm và tỷ trọng kỳ này trong năm trước (Ctrl+R để nhập)."
        }
        Plots::RestHeading => "Tăng trưởng kỳ này và phần còn lại của năm cần đạt (%)",
        Plots::ThisPeriod => "Kỳ này",
        Plots::RestPlotTitle => "Biểu đồ phần còn lại của năm",
        Plots::NoVariance => "Không có chỉ tiêu nào có cả số thực hiện và chỉ tiêu này.",
        Plots::UnitLabel => "Đơn vị:",
        Plots::UnitOfThePlot => "Đơn vị của biểu đồ",
        Plots::VariancePlotTitle => "Biểu đồ thực hiện so với chỉ tiêu",
        Plots::PeriodTargetPL => "Chỉ tiêu kỳ (PL)",
        Plots::AnnualTargetPL => "Chỉ tiêu năm (PL)",
        Plots::ActualAC => "Thực hiện (AC)",
        Plots::VariancePL => "Chênh lệch (ΔPL)",
    }
}

/// The words of `m` in Vietnamese.
pub(crate) fn message(m: &PlotsMsg) -> String {
    match m {
        PlotsMsg::Omitted { count } => {
            format!("Chỉ hiện các chênh lệch lớn nhất; bỏ bớt {count} chỉ tiêu.")
        }
        PlotsMsg::QuarterOfYear { quarter, year } => format!("{quarter}/{year}"),
        PlotsMsg::NoBreakdown { name } => {
            format!("{name}: không có cơ cấu cộng được hay số liệu theo quý.")
        }
    }
}
