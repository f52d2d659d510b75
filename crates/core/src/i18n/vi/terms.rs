//! The words of the domain, in Vietnamese.

use crate::i18n::terms::Term;

/// The words of `t` in Vietnamese.
pub(crate) fn term(t: Term) -> &'static str {
    match t {
        Term::StatusTitle => "Đánh giá",
        Term::Met => "Đạt",
        Term::Close => "Gần đạt",
        Term::Behind => "Chưa đạt",
        Term::Plan => "Kế hoạch",
        Term::BudgetEstimate => "Dự toán",
        Term::Scenario => "Kịch bản",
        Term::OtherBasis => "Khác",
        Term::BudgetEstimateInSentence => "dự toán",
        Term::AnnualPlanInSentence => "kế hoạch năm",
        Term::PlanInSentence => "kế hoạch",
        Term::ScenarioInSentence => "kịch bản",
        Term::AnnualTargetInSentence => "chỉ tiêu năm",
        Term::TargetInSentence => "chỉ tiêu",
        Term::HigherIsBetter => "Càng cao càng tốt",
        Term::LowerIsBetter => "Càng thấp càng tốt",
        Term::Neutral => "Không đánh giá",
        Term::Amount => "Giá trị",
        Term::Count => "Số lượng",
        Term::Share => "Tỷ lệ (%)",
        Term::Rate => "Tốc độ (%)",
        Term::NotStarted => "Chưa bắt đầu",
        Term::InProgress => "Đang thực hiện",
        Term::Done => "Hoàn thành",
        Term::Blocked => "Vướng mắc",
        Term::VietnameseNotation => "Kiểu Việt Nam (1.234,5)",
        Term::EnglishNotation => "Kiểu Anh (1,234.5)",
        Term::Points => "điểm %",
    }
}
