//! The fixed words of the exports, in English.

use crate::i18n::ExportText;

/// The words of `t` in English.
pub(crate) fn text(t: ExportText) -> &'static str {
    match t {
        ExportText::DerivedFromAPercent => "derived from a percent",
        ExportText::IndicatorsSheet => "Indicators",
        ExportText::PeriodTargetBasis => "Period target basis",
        ExportText::PeriodGapPoints => "Period gap (points)",
        ExportText::AnnualTargetBasis => "Annual target basis",
        ExportText::AnnualGapPoints => "Annual gap (points)",
        ExportText::ShareOfLastYear => "Share of last year (%)",
        ExportText::GrowthTheRestOfTheYear => "Growth the rest of the year needs (%)",
        ExportText::Revised => "Revised",
        ExportText::Id => "Id",
        ExportText::Changes => "Changes",
        ExportText::FieldName => "Field",
        ExportText::RevisedValue => "Revised value",
        ExportText::Cleared => "(cleared)",
        ExportText::NoValueHasBeenRevised => "No value has been revised.",
        ExportText::Tasks => "Tasks",
        ExportText::Number => "No.",
        ExportText::Sector => "Sector",
        ExportText::Task => "Task",
        ExportText::TaskText => "Text",
        ExportText::Progress => "Progress",
        ExportText::AboutSheet => "Report",
        ExportText::ReportTitle => "Title",
        ExportText::Region => "Region",
        ExportText::ComparedWith => "Compared with",
        ExportText::SourceDocument => "Source document",
        ExportText::IssuedBy => "Issued by",
        ExportText::Reference => "Reference",
        ExportText::Date => "Date",
        ExportText::IndicatorCount => "Number of indicators",
        ExportText::RevisedValues => "Revised values",
        ExportText::ExportedAt => "Exported at",
        ExportText::Software => "Software",
        ExportText::SocialistRepublicOfVietnam => "SOCIALIST REPUBLIC OF VIETNAM",
        ExportText::IndependenceFreedomHappiness => "Independence - Freedom - Happiness",
        ExportText::ReportHeading => "REPORT",
        ExportText::AppendixMainSocioEconomicIndicators => {
            "APPENDIX: MAIN SOCIO-ECONOMIC INDICATORS"
        }
        ExportText::Remaining => "Remaining",
        ExportText::FillIn => "Fill in",
        ExportText::WriteTheFiguresInTheWhite => {
            "Write the figures in the white cells: as Excel numbers, or as text such as 14,283.5 or 14.283,5. Leave a cell empty when there is no figure. Growth is in %, a fall is negative (a fall of 5% is -5). Do not change the Id, Code, Indicator and Unit columns."
        }
        ExportText::WriteANumberThatIsNot => "Write a number that is not negative.",
        ExportText::WriteAShareBetween0And => "Write a share between 0 and 100.",
        ExportText::WriteANumber => "Write a number.",
        ExportText::Figure => "Figure",
        ExportText::GrowthOnAYearAgoIn => "Growth on a year ago, in %: not below -100.",
        ExportText::OfWhich => "Of which:",
        ExportText::KeyTasksAhead => "Key tasks ahead",
        ExportText::RevisedFigures => "Revised figures",
    }
}
