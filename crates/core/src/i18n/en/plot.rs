//! The plots panel, in English.

use crate::i18n::plot::{Plots, PlotsMsg};

/// The words of `t` in English.
pub(crate) fn text(t: Plots) -> &'static str {
    match t {
        Plots::NoTarget => "No indicator has a target.",
        Plots::RatesHeading => "Rates: gap to target (percentage points)",
        Plots::AchievementHeading => "% of target achieved (sorted by gap)",
        Plots::OfThePeriodTarget => "of the period target",
        Plots::OfTheAnnualTarget => "of the annual target",
        Plots::DueByNow => "due by now",
        Plots::GapPoints => "Gap (points)",
        Plots::PctAchieved => "% achieved",
        Plots::Target => "Target",
        Plots::PaceOfAnnualTargets => "Pace of annual targets",
        Plots::RatesPlotTitle => "Plot of rate gaps to target",
        Plots::AchievementPlotTitle => "Plot of % of target achieved",
        Plots::CutNote => " (bar cut short so the others can be read)",
        Plots::SelectForBreakdown => "Select an indicator to see its breakdown.",
        Plots::Unexplained => "Unexplained",
        Plots::BreakdownPlotTitle => "Plot of the breakdown",
        Plots::BySubPeriod => "By sub-period",
        Plots::SubPeriodPlotTitle => "Plot by sub-period",
        Plots::NoGrowth => "No indicator has a growth rate.",
        Plots::GrowthHeading => "Growth over the same period last year (%)",
        Plots::GrowthPlotTitle => "Plot of growth over the same period",
        Plots::ActualVsTarget => "Actual vs target",
        Plots::Growth => "Growth",
        Plots::RestOfTheYear => "Rest of the year",
        Plots::NoRestOfYear => {
            "No indicator has both an annual target and this period's share of last year (Ctrl+R to enter it)."
        }
        Plots::RestHeading => "This period's growth and what the rest of the year needs (%)",
        Plots::ThisPeriod => "This period",
        Plots::RestPlotTitle => "Plot of the rest of the year",
        Plots::NoVariance => "No indicator has both an actual and this target.",
        Plots::UnitLabel => "Unit:",
        Plots::UnitOfThePlot => "Unit of the plot",
        Plots::VariancePlotTitle => "Plot of actual against target",
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
        PlotsMsg::QuarterOfYear { quarter, year } => format!("{quarter} {year}"),
        PlotsMsg::NoBreakdown { name } => {
            format!("{name}: no summable breakdown or sub-period figures.")
        }
    }
}
