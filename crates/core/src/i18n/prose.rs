//! The phrases of the report's prose (`export::prose`, for the Word report and the
//! report text): each language's grammar for the period, the verb of each kind of
//! figure, the comparison with a target, the growth, and the tasks' title. The
//! Vietnamese is the report's own style ("ước đạt", "tăng 36,9% so với cùng kỳ năm
//! trước"); the sentences are assembled in `export::prose`.

use std::cmp::Ordering;

use super::{Message, en, vi};
use crate::export::prose::Kind;
use crate::model::Period;

/// What the verb of an indicator's sentence says of its actual.
pub struct Verb<'a> {
    /// The kind of figure.
    pub kind: Kind,
    /// The actual.
    pub actual: f64,
    /// A figure with its unit, as the sentence writes it ("14.283,5 tỷ đồng").
    pub value: &'a dyn Fn(f64) -> String,
    /// A bare number, as the sentence writes it.
    pub number: &'a dyn Fn(f64) -> String,
    /// A part, after "Trong đó," ("of which"): its value with no verb.
    pub part: bool,
    /// Higher is better: the figure is an achievement ("ước đạt").
    pub judged: bool,
    /// The indicator is a growth rate (not a share).
    pub growth_rate: bool,
    /// The English name is a plural noun ("are", "were").
    pub plural: bool,
}

impl Message for Verb<'_> {
    fn vi(&self) -> String {
        vi::prose::verb(self)
    }
    fn en(&self) -> String {
        en::prose::verb(self)
    }
}

/// A phrase of the prose with its figures.
#[derive(Clone, Debug)]
pub enum Phrase {
    /// The period as a sentence names it: "6 tháng đầu năm", "in the first half of 2024".
    When(Period),
    /// A rate against its target: ", cao hơn kế hoạch (8%)".
    Against {
        /// The actual against the target.
        cmp: Option<Ordering>,
        /// The target's basis in words ("kế hoạch").
        basis: &'static str,
        /// The target is a scenario.
        scenario: bool,
        /// The target, a number.
        target: String,
    },
    /// An amount's achievement of its target: ", đạt 72,7% dự toán".
    Achieved {
        /// The percent achieved.
        pct: String,
        /// The target's basis in words ("dự toán").
        basis: &'static str,
    },
    /// The growth on a year ago, in percent: ", tăng 36,9% so với cùng kỳ năm trước".
    Growth {
        /// The growth against zero.
        cmp: Option<Ordering>,
        /// Its size, a number.
        size: String,
        /// "," when an actual comes before, nothing otherwise.
        sep: &'static str,
        /// Whether "on the same period last year" follows (not after a part).
        than: bool,
    },
    /// The change on a year ago in units or points: ", tăng 1.250 con".
    Change {
        /// Up, not down.
        up: bool,
        /// Its size, a number.
        size: String,
        /// Its unit.
        unit: String,
        /// Whether "on the same period last year" follows (not after a part).
        than: bool,
    },
    /// Last year's figure, where the report states it rather than a growth.
    Prior {
        /// "," when an actual comes before, nothing otherwise.
        sep: &'static str,
        /// The figure, a number.
        amount: String,
        /// Its unit.
        unit: String,
    },
    /// The title of the tasks of the months after the period.
    TasksFor(Period),
    /// The unit of a change of a rate, in percentage points.
    Points,
}

impl Message for Phrase {
    fn vi(&self) -> String {
        vi::prose::phrase(self)
    }
    fn en(&self) -> String {
        en::prose::phrase(self)
    }
}
