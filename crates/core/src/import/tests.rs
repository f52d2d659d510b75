//! Reading sheets: numbers, percents, headers, matching.

use super::*;
use crate::format::ParseNumberError;

#[test]
fn numbers_read_in_either_notation_preferring_one() {
    let vi = Notation::Vietnamese;
    let en = Notation::English;
    assert_eq!(read_number("14.283,5", en), Ok(14_283.5));
    assert_eq!(read_number("14,283.5", vi), Ok(14_283.5));
    assert_eq!(read_number("14283.5", vi), Ok(14_283.5));
    assert_eq!(read_number("1.234", vi), Ok(1234.0));
    assert_eq!(read_number("1.234", en), Ok(1.234));
    assert_eq!(read_number(" 5,2% ", vi), Ok(5.2));
    assert!(matches!(
        read_number("abc", vi),
        Err(ParseNumberError::InvalidCharacter { found: 'a', .. })
    ));
}

#[test]
fn a_percent_cell_is_read_as_the_percent_it_shows() {
    assert_eq!(percent_of(0.105), 10.5);
    assert_eq!(percent_of(0.0822), 8.22);
    assert_eq!(percent_of(-0.031), -3.1);
    assert_eq!(percent_of(1.5), 150.0);
    assert_eq!(percent_of(0.0), 0.0);
    assert_eq!(percent_of(1.234_567_89e-5), 0.001_234_567_89);
}

#[test]
fn a_name_with_direction_marks_or_controls_matches_its_clean_name() {
    assert_eq!(
        key("Tổng\u{200E} thu\u{202E} NSNN\u{1}"),
        key("Tổng thu NSNN")
    );
    assert_eq!(
        key("Khách du lịch\r\nnội địa"),
        key("Khách du lịch nội địa")
    );
}

#[test]
fn titles_of_both_languages_are_recognised() {
    assert_eq!(role("Mã"), Some(Role::Id));
    assert_eq!(role(" id "), Some(Role::Id));
    assert_eq!(role("ƯỚC THỰC HIỆN"), Some(Role::Figure(Field::Actual)));
    assert_eq!(
        role("Growth on a year ago (%)"),
        Some(Role::Figure(Field::YoyGrowthPct))
    );
    assert_eq!(
        role("annual_target"),
        Some(Role::Figure(Field::AnnualTarget))
    );
    assert_eq!(role("Chỉ tiêu kỳ"), Some(Role::Figure(Field::Target)));
    assert_eq!(role("Chỉ tiêu"), Some(Role::Name));
    assert_eq!(role("Đơn vị tính"), Some(Role::Unit));
    assert_eq!(role("Mã số"), Some(Role::Code));
    assert_eq!(role("Ghi chú"), None);
}
