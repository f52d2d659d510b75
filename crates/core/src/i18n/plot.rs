//! The plots panel: its tabs, titles, legends and what a screen reader hears of each plot.

use super::{en, vi};

crate::texts! {
    /// The plots panel: a fixed text.
    pub enum Plots in vi::plot::text, en::plot::text {
        /// Shown by `achievement::achievement_ui`.
        NoTarget,
        /// Shown by `achievement::achievement_ui`.
        RatesHeading,
        /// Shown by `achievement::achievement_ui`.
        AchievementHeading,
        /// Shown by `achievement::achievement_texts`.
        OfThePeriodTarget,
        /// Shown by `achievement::achievement_texts`.
        OfTheAnnualTarget,
        /// Shown by `achievement::achievement_texts`.
        DueByNow,
        /// Shown by `achievement::achievement_plot`.
        GapPoints,
        /// Shown by `achievement::achievement_plot`, `plots::ui`.
        PctAchieved,
        /// Shown by `achievement::achievement_plot`.
        Target,
        /// Shown by `achievement::achievement_plot`.
        PaceOfAnnualTargets,
        /// Shown by `achievement::achievement_plot`.
        RatesPlotTitle,
        /// Shown by `achievement::achievement_plot`.
        AchievementPlotTitle,
        /// Shown by `bars::cut_note`.
        CutNote,
        /// Shown by `breakdown::breakdown_ui`.
        SelectForBreakdown,
        /// Shown by `breakdown::parts_plot_ui`.
        Unexplained,
        /// Shown by `breakdown::parts_plot_ui`.
        BreakdownPlotTitle,
        /// Shown by `breakdown::subperiods_plot_ui`.
        BySubPeriod,
        /// Shown by `breakdown::subperiods_plot_ui`.
        SubPeriodPlotTitle,
        /// Shown by `growth::growth_ui`.
        NoGrowth,
        /// Shown by `growth::growth_ui`.
        GrowthHeading,
        /// Shown by `growth::growth_ui`.
        GrowthPlotTitle,
        /// Shown by `plots::ui`.
        ActualVsTarget,
        /// Shown by `plots::ui`.
        Growth,
        /// Shown by `plots::ui`.
        RestOfTheYear,
        /// Shown by `rest::rest_ui`.
        NoRestOfYear,
        /// Shown by `rest::rest_ui`.
        RestHeading,
        /// Shown by `rest::drawn`, `rest::rest_ui`.
        ThisPeriod,
        /// Shown by `rest::rest_ui`.
        RestPlotTitle,
        /// Shown by `variance::variance_controls_ui`.
        NoVariance,
        /// Shown by `variance::variance_controls_ui`.
        UnitLabel,
        /// Shown by `variance::variance_controls_ui`.
        UnitOfThePlot,
        /// Shown by `variance::variance_plot_ui`.
        VariancePlotTitle,
        /// Shown by `variance::new`.
        PeriodTargetPL,
        /// Shown by `variance::new`.
        AnnualTargetPL,
        /// Shown by `variance::new`.
        ActualAC,
        /// Shown by `variance::new`.
        VariancePL,
    }
}

/// A message of the plots with figures or names in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlotsMsg {
    /// Above a plot that shows only the largest gaps: how many indicators it leaves out.
    Omitted {
        /// How many.
        count: usize,
    },
    /// A quarter of a year, as a plot's axis names it: "Quý I/2024", "Q1 2024".
    QuarterOfYear {
        /// The quarter's short name ("Quý I", "Q1").
        quarter: String,
        /// The year.
        year: i32,
    },
    /// For an indicator with neither parts that add up nor figures by sub-period.
    NoBreakdown {
        /// The name, in the language of the view.
        name: String,
    },
}

impl crate::i18n::Message for PlotsMsg {
    fn vi(&self) -> String {
        vi::plot::message(self)
    }
    fn en(&self) -> String {
        en::plot::message(self)
    }
}
