//! The plots panel, in English.

use crate::i18n::plot::{Plots, PlotsMsg};

/// The words of `t` in English.
pub(crate) fn text(t: Plots) -> &'static str {
    match t {
        Plots::NoIndicatorHasATarget => "No indicator has a target.",
        Plots::RatesGapToTargetPercentagePoints => "Rates: gap to target (percentage points)",
        Plots::PctOfTargetSortedByGap => "% of target achieved (sorted by gap)",
        Plots::OfThePeriodTarget => "of the period target",
        Plots::OfTheAnnualTarget => "of the annual target",
        Plots::DueByNow => "due by now",
        Plots::GapPoints => "Gap (points)",
        Plots::PctAchieved => "% achieved",
        Plots::Target => "Target",
        Plots::PaceOfAnnualTargets => "Pace of annual targets",
        Plots::PlotOfRateGapsToTarget => "Plot of rate gaps to target",
        Plots::PlotOfPctAchieved => "Plot of % of target achieved",
        Plots::BarCutShortSoTheOthers => " (bar cut short so the others can be read)",
        Plots::SelectAnIndicatorToSeeIts => "Select an indicator to see its breakdown.",
        Plots::Unexplained => "Unexplained",
        Plots::PlotOfTheBreakdown => "Plot of the breakdown",
        Plots::BySubPeriod => "By sub-period",
        Plots::PlotBySubPeriod => "Plot by sub-period",
        Plots::NoIndicatorHasAGrowthRate => "No indicator has a growth rate.",
        Plots::GrowthOverTheSamePeriodLast => "Growth over the same period last year (%)",
        Plots::PlotOfGrowthOverTheSame => "Plot of growth over the same period",
        Plots::ActualVsTarget => "Actual vs target",
        Plots::Growth => "Growth",
        Plots::RestOfTheYear => "Rest of the year",
        Plots::SaveAsPNG => "Save as PNG…",
        Plots::SaveThePlotShownAsAn => "Save the plot shown as an image file",
        Plots::NoIndicatorHasBothAnAnnual => {
            "No indicator has both an annual target and this period's share of last year (Ctrl+R to enter it)."
        }
        Plots::ThisPeriodsGrowthAndWhatThe => {
            "This period's growth and what the rest of the year needs (%)"
        }
        Plots::ThisPeriod => "This period",
        Plots::PlotOfTheRestOfThe => "Plot of the rest of the year",
        Plots::NoIndicatorHasBothAnActual => "No indicator has both an actual and this target.",
        Plots::UnitLabel => "Unit:",
        Plots::UnitOfThePlot => "Unit of the plot",
        Plots::PlotOfActualAgainstTarget => "Plot of actual against target",
        Plots::PeriodTargetPL => "Period target (PL)",
        Plots::AnnualTargetPL => "Annual target (PL)",
        Plots::ActualAC => "Actual (AC)",
        Plots::VariancePL => "Variance (ΔPL)",
    }
}

/// The words of `m` in English.
pub(crate) fn message(m: &PlotsMsg) -> String {
    match m {
        PlotsMsg::Omitted { count } => format!("Showing the largest gaps; {count} more not shown."),
        PlotsMsg::NoBreakdown { name } => {
            format!("{name}: no summable breakdown or sub-period figures.")
        }
    }
}
