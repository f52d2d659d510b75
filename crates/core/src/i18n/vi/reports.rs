//! The words chitieu writes into a report it makes, in Vietnamese.

use crate::i18n::{NewReport, period};
use crate::model::Lang;

/// The text `m` in Vietnamese.
pub(crate) fn new_report(m: &NewReport) -> String {
    match m {
        NewReport::Title(p) => format!(
            "Tình hình thực hiện kế hoạch phát triển kinh tế - xã hội {}",
            period(Lang::Vi, *p)
        ),
        NewReport::TitleOfRegion { period: p, region } => format!(
            "Tình hình thực hiện kế hoạch phát triển kinh tế - xã hội {} tỉnh {}",
            period(Lang::Vi, *p),
            region.vi
        ),
        NewReport::MadeFrom(p) => format!(
            "Lập từ báo cáo {} bằng chitieu; số liệu của kỳ trước đã được xóa.",
            period(Lang::Vi, *p)
        ),
    }
}
