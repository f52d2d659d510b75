//! Reporting periods: a year and a span of it.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A part of a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Span {
    /// The whole year.
    Year,
    /// The first half (`6 tháng đầu năm`).
    H1,
    /// The second half (`6 tháng cuối năm`).
    H2,
    /// First quarter.
    Q1,
    /// Second quarter.
    Q2,
    /// Third quarter.
    Q3,
    /// Fourth quarter.
    Q4,
    /// The first `n` months of the year (`5 tháng đầu năm`), 1 to 12.
    FirstMonths(u8),
}

/// A reporting period, such as the first half of 2024.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// The calendar year.
    pub year: i32,
    /// The part of the year.
    pub span: Span,
}

impl Period {
    /// The share of the year the period covers, from 0 to 1: the pace at which an annual
    /// target of a flow (revenue, investment) should be reached by the end of the period.
    pub fn year_fraction(&self) -> f64 {
        match self.span {
            Span::Year => 1.0,
            Span::H1 => 0.5,
            Span::H2 => 1.0,
            Span::Q1 => 0.25,
            Span::Q2 => 0.5,
            Span::Q3 => 0.75,
            Span::Q4 => 1.0,
            Span::FirstMonths(n) => f64::from(n.clamp(1, 12)) / 12.0,
        }
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.span {
            Span::Year => write!(f, "{}", self.year),
            Span::H1 => write!(f, "{}-H1", self.year),
            Span::H2 => write!(f, "{}-H2", self.year),
            Span::Q1 => write!(f, "{}-Q1", self.year),
            Span::Q2 => write!(f, "{}-Q2", self.year),
            Span::Q3 => write!(f, "{}-Q3", self.year),
            Span::Q4 => write!(f, "{}-Q4", self.year),
            Span::FirstMonths(n) => write!(f, "{}-M{n}", self.year),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_print_as_year_and_span() {
        let p = Period {
            year: 2024,
            span: Span::H1,
        };
        assert_eq!(p.to_string(), "2024-H1");
        assert_eq!(p.year_fraction(), 0.5);
        let m5 = Period {
            year: 2024,
            span: Span::FirstMonths(5),
        };
        assert_eq!(m5.to_string(), "2024-M5");
    }
}
