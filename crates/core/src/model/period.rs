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

impl Period {
    /// The first and last month (1 to 12) the period covers.
    pub fn months(&self) -> (u8, u8) {
        match self.span {
            Span::Year => (1, 12),
            Span::H1 => (1, 6),
            Span::H2 => (7, 12),
            Span::Q1 => (1, 3),
            Span::Q2 => (4, 6),
            Span::Q3 => (7, 9),
            Span::Q4 => (10, 12),
            Span::FirstMonths(n) => (1, n.clamp(1, 12)),
        }
    }

    /// True when `other` lies within this period (the same year, and its months among
    /// this period's).
    pub fn contains(&self, other: &Self) -> bool {
        let ((a, b), (c, d)) = (self.months(), other.months());
        self.year == other.year && a <= c && d <= b
    }

    /// The same part of the year before.
    pub fn a_year_earlier(&self) -> Self {
        Self {
            year: self.year - 1,
            span: self.span,
        }
    }

    /// True when both cover the same months, whatever they are called (`H1` and the
    /// first six months).
    pub fn same_span(&self, other: &Self) -> bool {
        self.months() == other.months()
    }
}

/// A period that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.message(crate::model::Lang::En))]
pub struct ParsePeriodError(pub String);

impl ParsePeriodError {
    /// What is wrong and what to write, in `lang` (the catalogue's area `errors`).
    pub fn message(&self, lang: crate::model::Lang) -> String {
        crate::i18n::Message::tr(self, lang)
    }
}

impl std::str::FromStr for Period {
    type Err = ParsePeriodError;

    /// Reads `2024-H1`, `2024-H2`, `2024-Q1`…`2024-Q4`, `2024-9M` (or `2024-M9`: the
    /// first nine months), `2024-Y` (or `2024`: the whole year). Case does not matter.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || ParsePeriodError(s.to_owned());
        let text = s.trim().to_ascii_uppercase();
        let (year, span) = text.split_once('-').unwrap_or((text.as_str(), "Y"));
        let year: i32 = year.parse().map_err(|_| err())?;
        if !(1900..=2200).contains(&year) {
            return Err(err());
        }
        let months = |n: &str| -> Result<Span, ParsePeriodError> {
            match n.parse::<u8>() {
                Ok(12) => Ok(Span::Year),
                Ok(6) => Ok(Span::H1),
                Ok(n @ 1..=11) => Ok(Span::FirstMonths(n)),
                _ => Err(err()),
            }
        };
        let span = match span {
            "Y" | "YEAR" => Span::Year,
            "H1" => Span::H1,
            "H2" => Span::H2,
            "Q1" => Span::Q1,
            "Q2" => Span::Q2,
            "Q3" => Span::Q3,
            "Q4" => Span::Q4,
            other => match (other.strip_suffix('M'), other.strip_prefix('M')) {
                (Some(n), _) | (None, Some(n)) => months(n)?,
                (None, None) => return Err(err()),
            },
        };
        Ok(Self { year, span })
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
    fn periods_are_read_as_officers_write_them() {
        let p = |s: &str| s.parse::<Period>();
        let at = |year, span| Ok(Period { year, span });
        assert_eq!(p("2024-H2"), at(2024, Span::H2));
        assert_eq!(p("2025-h1"), at(2025, Span::H1));
        assert_eq!(p("2024-Q3"), at(2024, Span::Q3));
        assert_eq!(p("2024-9M"), at(2024, Span::FirstMonths(9)));
        assert_eq!(p("2024-M9"), at(2024, Span::FirstMonths(9)));
        assert_eq!(p("2024-6M"), at(2024, Span::H1));
        assert_eq!(p("2024-Y"), at(2024, Span::Year));
        assert_eq!(p("2024"), at(2024, Span::Year));
        for bad in [
            "", "H1", "2024-H3", "2024-13M", "2024-0M", "24-H1", "2024-Q5",
        ] {
            assert!(p(bad).is_err(), "{bad}");
        }
        // What is printed reads back.
        for s in ["2024-H1", "2024-Q4", "2024-M9", "2024"] {
            assert_eq!(p(s).unwrap().to_string(), s);
        }
    }

    #[test]
    fn periods_contain_their_parts() {
        let p = |s: &str| s.parse::<Period>().unwrap();
        assert!(p("2024-9M").contains(&p("2024-H1")));
        assert!(p("2024-9M").contains(&p("2024-Q3")));
        assert!(!p("2024-9M").contains(&p("2024-Q4")));
        assert!(p("2024-Y").contains(&p("2024-H2")));
        assert!(!p("2025-Y").contains(&p("2024-H1")));
        assert!(!p("2024-H2").contains(&p("2024-H1")));
        assert_eq!(p("2025-H1").a_year_earlier(), p("2024-H1"));
    }

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
