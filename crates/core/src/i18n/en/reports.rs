//! The words chitieu writes into a report it makes, in English.

use crate::i18n::{NewReport, period};
use crate::model::Lang;

/// The text `m` in English.
pub(crate) fn new_report(m: &NewReport) -> String {
    match m {
        NewReport::Title(p) => format!(
            "Implementation of the socio-economic development plan, {}",
            period(Lang::En, *p)
        ),
        NewReport::TitleOfRegion { period: p, region } => format!(
            "Implementation of the socio-economic development plan, {}, {}",
            period(Lang::En, *p),
            region.en
        ),
        NewReport::MadeFrom(p) => format!(
            "Made by chitieu from the report on {}; the last period's figures were cleared.",
            period(Lang::En, *p)
        ),
    }
}
