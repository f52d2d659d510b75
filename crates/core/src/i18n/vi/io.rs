//! The words of reading and saving a report, in Vietnamese.

use crate::format::Notation;
use crate::i18n::io::{Cleaned, Problems};
use crate::io::{
    Cleaning, FileKind, LoadError, MAX_FILE_BYTES, MAX_NESTING, Problem, SHOWN_PROBLEMS, SaveError,
    Syntax, validate,
};
use crate::model::{Lang, SCHEMA_VERSION};

/// A path that is not a regular file, in Vietnamese.
pub(crate) fn file_kind(k: FileKind) -> &'static str {
    match k {
        FileKind::Folder => "một thư mục",
        FileKind::Pipe => "một đường ống (FIFO)",
        FileKind::Socket => "một socket",
        FileKind::Device => "một thiết bị",
        FileKind::Other => "không phải tệp thường",
    }
}

/// Why a report could not be loaded, in Vietnamese.
pub(crate) fn load_error(e: &LoadError) -> String {
    let path = e.path().display();
    let mb = |b: u64| b / 1_000_000;
    let at = |line: usize, column: usize| format!("dòng {line}, cột {column}");
    match e {
        LoadError::Read { source, .. } => {
            format!("không đọc được tệp: {}: {path}", read_reason(source))
        }
        LoadError::TooLarge { bytes, .. } => format!(
            "tệp nặng {} MB, lớn hơn mọi báo cáo (tối đa {} MB): {path}",
            mb(*bytes),
            mb(MAX_FILE_BYTES)
        ),
        LoadError::Unending { limit, .. } => format!(
            "tệp vẫn chưa hết sau {} MB (lớn hơn mọi báo cáo); hãy chọn một tệp báo cáo: {path}",
            mb(*limit)
        ),
        LoadError::IsADirectory { .. } => {
            format!("đây là một thư mục, không phải tệp báo cáo: {path}")
        }
        LoadError::NotAFile { kind, .. } => format!(
            "đây là {}, không phải tệp báo cáo; hãy chọn một tệp báo cáo: {path}",
            kind.words(Lang::Vi)
        ),
        LoadError::NotText {
            line,
            column,
            truncated,
            ..
        } => format!(
            "{}: {}: {path}",
            at(*line, *column),
            if *truncated {
                "tệp kết thúc giữa một ký tự (tệp bị cắt cụt?)"
            } else {
                "tệp không phải văn bản UTF-8 (có phải tệp báo cáo không?)"
            }
        ),
        LoadError::Syntax {
            line,
            column,
            problem,
            ends_early,
            ..
        } => {
            let early = if *ends_early {
                "tệp kết thúc quá sớm (tệp bị cắt cụt?): "
            } else {
                ""
            };
            format!("{}: {early}{}: {path}", at(*line, *column), syntax(problem))
        }
        LoadError::TooNew { found, .. } => format!(
            "báo cáo được ghi bởi một phiên bản chitieu mới hơn (phiên bản lược đồ {found}; phiên bản này đọc được đến {SCHEMA_VERSION}): hãy cập nhật chitieu để mở: {path}"
        ),
        LoadError::Structure { problems, .. } => {
            format!("{}: {path}", validate::describe(problems, Lang::Vi))
        }
    }
}

/// An error reading a file, in Vietnamese.
pub(crate) fn read_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::NotFound => "tệp không tồn tại".to_owned(),
        K::PermissionDenied => "không có quyền đọc tệp này".to_owned(),
        _ => e.to_string(),
    }
}

/// An error writing a file, in Vietnamese: the real reason, never the temporary file's name.
pub(crate) fn write_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    let words = match e.kind() {
        K::PermissionDenied => "thư mục chỉ đọc, hoặc bạn không có quyền ghi vào đó",
        K::ReadOnlyFilesystem => "ổ đĩa chỉ đọc",
        K::StorageFull => "ổ đĩa đã đầy",
        K::QuotaExceeded => "đã hết hạn mức dung lượng của bạn",
        K::NotFound => "thư mục không tồn tại",
        K::IsADirectory => "có một thư mục trùng tên ở đó",
        _ => return e.to_string(),
    };
    words.to_owned()
}

/// Why a report could not be saved, in Vietnamese.
pub(crate) fn save_error(e: &SaveError) -> String {
    match e {
        SaveError::Serialize(why) => format!("không ghi được báo cáo thành RON: {why}"),
        SaveError::Backup { path, source } => format!(
            "không giữ được bản sao lưu của phiên bản trước nên chưa lưu gì: {}: {}",
            write_reason(source),
            path.display()
        ),
        SaveError::Write { path, source } => format!(
            "không lưu được: {}: {}",
            write_reason(source),
            path.display()
        ),
        SaveError::ReadOnly { path } => format!(
            "tệp chỉ đọc nên không ghi đè; hãy lưu thành tệp khác: {}",
            path.display()
        ),
        SaveError::NotAFile { path, kind } => format!(
            "đây là {}, không phải tệp để ghi vào; hãy chọn một tệp: {}",
            kind.words(Lang::Vi),
            path.display()
        ),
        SaveError::Changed { path } => format!(
            "tệp đã bị chương trình khác thay đổi từ khi mở hoặc lưu; lưu sẽ ghi đè thay đổi đó: {}",
            path.display()
        ),
        SaveError::IsAReport { path } => format!(
            "tệp này là một báo cáo chitieu; ghi đè sẽ làm mất báo cáo nên không ghi; hãy chọn tên tệp khác: {}",
            path.display()
        ),
    }
}

/// A problem that makes a report unusable, in Vietnamese.
pub(crate) fn problem(p: &Problem) -> String {
    match p {
        Problem::Structure(f) => f.line_in(Lang::Vi, Notation::Vietnamese),
        Problem::NotFinite {
            indicator,
            what,
            value,
        } => format!("lỗi {indicator}: {what} là {value}, không phải là một số dùng được"),
    }
}

/// The problems that make a report unusable, in Vietnamese: the first [`SHOWN_PROBLEMS`]
/// with their lines, and how many more.
pub(crate) fn problems(list: &Problems<'_>) -> String {
    let problems = list.0;
    let mut parts: Vec<String> = problems
        .iter()
        .take(SHOWN_PROBLEMS)
        .map(|(line, p)| match line {
            Some(line) => format!("dòng {line}: {}", problem(p)),
            None => problem(p),
        })
        .collect();
    if problems.len() > SHOWN_PROBLEMS {
        parts.push(format!("và {} lỗi khác", problems.len() - SHOWN_PROBLEMS));
    }
    let head = if problems.iter().any(|(_, p)| p.is_structural()) {
        "cấu trúc của báo cáo bị hỏng"
    } else {
        "báo cáo có số không dùng được"
    };
    format!("{head}: {}", parts.join("; "))
}

/// A text cleaned when the report was read, with its line, in Vietnamese.
pub(crate) fn cleaning(c: &Cleaning) -> String {
    match c.line {
        Some(line) => format!("dòng {line}: {}", c.fix.message(Lang::Vi)),
        None => c.fix.message(Lang::Vi),
    }
}

/// What loading cleaned out of a report's texts, in Vietnamese: how many, the first
/// [`SHOWN_PROBLEMS`] with their lines, what to do, and the file last.
pub(crate) fn cleaned(c: &Cleaned<'_>) -> String {
    let mut parts: Vec<String> = c
        .cleanings
        .iter()
        .take(SHOWN_PROBLEMS)
        .map(cleaning)
        .collect();
    if c.cleanings.len() > SHOWN_PROBLEMS {
        parts.push(format!(
            "và {} chỗ khác",
            c.cleanings.len() - SHOWN_PROBLEMS
        ));
    }
    format!(
        "Đã làm sạch {} đoạn văn bản có ký tự không ghi được vào tệp Word/Excel hoặc làm đảo chiều dòng chữ: {}; hãy kiểm tra rồi lưu để giữ văn bản đã làm sạch: {}",
        c.cleanings.len(),
        parts.join("; "),
        c.path.display()
    )
}

/// What is wrong with a report's text, in Vietnamese.
pub(crate) fn syntax(s: &Syntax) -> String {
    match s {
        Syntax::Empty => "tệp trống".to_owned(),
        Syntax::TooDeep => format!("tệp lồng sâu hơn {MAX_NESTING} cấp, không báo cáo nào như vậy"),
        Syntax::EndsEarly => "tệp kết thúc quá sớm (tệp bị cắt cụt?)".to_owned(),
        Syntax::ExpectedNumber => "cần một số ở đây".to_owned(),
        Syntax::NoClosingQuote => {
            "đoạn văn bản này thiếu dấu ngoặc kép đóng (tệp bị cắt cụt?)".to_owned()
        }
        Syntax::Parser(words) => words.clone(),
    }
}
