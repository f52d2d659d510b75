//! The words chitieu writes into a report it makes: the title of a new or a next
//! period's report, and the note saying where it came from. A report holds both
//! languages, so both are written at once.

use super::{Message, en, vi};
use crate::model::{Period, Text};

/// A text of a report chitieu makes.
#[derive(Clone, Debug)]
pub enum NewReport {
    /// The title of a report made from nothing, for its period.
    Title(Period),
    /// The title of the next period's report, for its period and region (the region's
    /// name in each language).
    TitleOfRegion {
        /// The new report's period.
        period: Period,
        /// The region.
        region: Text,
    },
    /// The note of a next period's report: the report it was made from.
    MadeFrom(Period),
}

impl Message for NewReport {
    fn vi(&self) -> String {
        vi::reports::new_report(self)
    }
    fn en(&self) -> String {
        en::reports::new_report(self)
    }
}
