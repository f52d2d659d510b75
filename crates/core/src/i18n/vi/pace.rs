//! The rest-of-the-year window, in Vietnamese.

use crate::i18n::pace::Pace;

/// The words of `t` in Vietnamese.
pub(crate) fn text(t: Pace) -> &'static str {
    match t {
        Pace::ThisPeriodsGrowthG => "Tăng trưởng kỳ này (g)",
        Pace::TheYearsGrowthTargetG => "Chỉ tiêu tăng trưởng cả năm (G)",
        Pace::FromThePeriodsQuarters => "Theo tỷ trọng các quý của kỳ:",
        Pace::TheRestOfTheYearNeeds => "Phần còn lại của năm cần tăng",
        Pace::NeededToCompute => {
            "Cần tăng trưởng kỳ này, chỉ tiêu cả năm và tỷ trọng kỳ này trong năm trước để tính."
        }
        Pace::ThisPeriodsShareOfLastYear => "Tỷ trọng kỳ này trong năm trước (s, %)",
        Pace::ByQuarter => "Theo quý",
        Pace::ShareOfLastYear => "Tỷ trọng năm trước (%)",
        Pace::ScenarioGrowth => "Kịch bản tăng (%)",
        Pace::Needs => "Cần tăng (%)",
        Pace::TheScenarioGivesTheYear => "Kịch bản cho cả năm tăng",
        Pace::WhatIf => "Nếu…",
        Pace::GrowthOfTheRest => "% tăng phần còn lại",
        Pace::TheYearGrowsBy => "→ cả năm tăng",
        Pace::TakeAsTheAnnualTarget => "Lấy làm chỉ tiêu năm",
        Pace::GrowthWantedForTheYear => "% tăng cả năm mong muốn",
        Pace::TheRestNeedsToGrowBy => "→ phần còn lại cần tăng",
    }
}
