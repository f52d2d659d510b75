//! The rest-of-the-year window, in Vietnamese.

use crate::i18n::pace::Pace;

/// The words of `t` in Vietnamese.
pub(crate) fn text(t: Pace) -> &'static str {
    match t {
        Pace::PeriodGrowthG => "Tăng trưởng kỳ này (g)",
        Pace::YearTargetG => "Chỉ tiêu tăng trưởng cả năm (G)",
        Pace::ShareFromQuarters => "Theo tỷ trọng các quý của kỳ:",
        Pace::RestNeedsToGrow => "Phần còn lại của năm cần tăng",
        Pace::NeededToCompute => {
            "Cần tăng trưởng kỳ này, chỉ tiêu cả năm và tỷ trọng kỳ này trong năm trước để tính."
        }
        Pace::PeriodShareS => "Tỷ trọng kỳ này trong năm trước (s, %)",
        Pace::ByQuarter => "Theo quý",
        Pace::ScenarioGrowth => "Kịch bản tăng (%)",
        Pace::Needs => "Cần tăng (%)",
        Pace::TheScenarioGivesTheYear => "Kịch bản cho cả năm tăng",
        Pace::WhatIf => "Nếu…",
        Pace::RestGrowthSlider => "% tăng phần còn lại",
        Pace::ThenYearGrows => "→ cả năm tăng",
        Pace::TakeAsTheAnnualTarget => "Lấy làm chỉ tiêu năm",
        Pace::YearGrowthSlider => "% tăng cả năm mong muốn",
        Pace::ThenRestNeeds => "→ phần còn lại cần tăng",
    }
}
