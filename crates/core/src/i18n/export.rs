//! The fixed words of the exports: sheet names, column titles, labels and notes of the
//! Excel workbook, the Word report, the fill-in sheet and the rows copied.

use super::{en, vi};

crate::texts! {
    /// A fixed word of an export.
    pub enum ExportText in vi::export::text, en::export::text {
        /// In the Excel export: "derived from a percent".
        DerivedFromAPercent,
        /// In the Excel export: "Indicators".
        IndicatorsSheet,
        /// In the Excel export: "Period target basis".
        PeriodTargetBasis,
        /// In the Excel export: "Period gap (points)".
        PeriodGapPoints,
        /// In the Excel export: "Annual target basis".
        AnnualTargetBasis,
        /// In the Excel export: "Annual gap (points)".
        AnnualGapPoints,
        /// In the Excel export: "Share of last year (%)".
        ShareOfLastYear,
        /// In the Excel export: "Growth the rest of the year needs (%)".
        GrowthTheRestOfTheYear,
        /// In the Excel export: "Revised".
        Revised,
        /// In the Excel export: "Id".
        Id,
        /// In the Excel export: "Changes".
        Changes,
        /// In the Excel export: "Field".
        FieldName,
        /// In the Excel export: "Revised value".
        RevisedValue,
        /// In the Excel export: "(cleared)".
        Cleared,
        /// In the Excel export: "No value has been revised.".
        NoValueHasBeenRevised,
        /// In the Excel export: "Tasks".
        Tasks,
        /// In the Excel export: "No.".
        Number,
        /// In the Excel export: "Sector".
        Sector,
        /// In the Excel export: "Task".
        Task,
        /// In the Excel export: "Text".
        TaskText,
        /// In the Excel export: "Progress".
        Progress,
        /// In the Excel export: "Report".
        AboutSheet,
        /// In the Excel export: "Title".
        ReportTitle,
        /// In the Excel export: "Region".
        Region,
        /// In the Excel export: "Compared with".
        ComparedWith,
        /// In the Excel export: "Source document".
        SourceDocument,
        /// In the Excel export: "Issued by".
        IssuedBy,
        /// In the Excel export: "Reference".
        Reference,
        /// In the Excel export: "Date".
        Date,
        /// In the Excel export: "Number of indicators".
        IndicatorCount,
        /// In the Excel export: "Revised values".
        RevisedValues,
        /// In the Excel export: "Exported at".
        ExportedAt,
        /// In the Excel export: "Software".
        Software,
        /// In the Word report: "SOCIALIST REPUBLIC OF VIETNAM".
        SocialistRepublicOfVietnam,
        /// In the Word report: "Independence - Freedom - Happiness".
        IndependenceFreedomHappiness,
        /// In the Word report: "REPORT".
        ReportHeading,
        /// In the Word report: "APPENDIX: MAIN SOCIO-ECONOMIC INDICATORS".
        AppendixMainSocioEconomicIndicators,
        /// In the rows copied: "Remaining".
        Remaining,
        /// In the fill-in sheet: "Fill in".
        FillIn,
        /// In the fill-in sheet: "Write the figures in the white cells: as Excel numbers, or as text such as 14,283.5 or 14.283,5. Leave a cell empty when there is no figure. Growth is in %, a fall is negative (a fall of 5% is -5). Do not change the Id, Code, Indicator and Unit columns.".
        WriteTheFiguresInTheWhite,
        /// In the fill-in sheet: "Write a number that is not negative.".
        WriteANumberThatIsNot,
        /// In the fill-in sheet: "Write a share between 0 and 100.".
        WriteAShareBetween0And,
        /// In the fill-in sheet: "Write a number.".
        WriteANumber,
        /// In the fill-in sheet: "Figure".
        Figure,
        /// In the fill-in sheet: "Growth on a year ago, in %: not below -100.".
        GrowthOnAYearAgoIn,
        /// In the report text: "Of which:".
        OfWhich,
        /// In the report text: "Key tasks ahead".
        KeyTasksAhead,
        /// In the report text: "Revised figures".
        RevisedFigures,
    }
}
