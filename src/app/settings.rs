//! Preferences remembered between runs (through eframe's storage). The report itself
//! lives in its file, never here.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use chitieu_core::format::Notation;
use chitieu_core::model::Lang;

/// How many recent files are remembered.
pub const MAX_RECENT: usize = 10;

/// The colour theme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Theme {
    /// Follow the system.
    #[default]
    System,
    /// Light.
    Light,
    /// Dark.
    Dark,
}

impl From<Theme> for egui::ThemePreference {
    fn from(t: Theme) -> Self {
        match t {
            Theme::System => Self::System,
            Theme::Light => Self::Light,
            Theme::Dark => Self::Dark,
        }
    }
}

/// Where the selected indicator's detail is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum DetailPosition {
    /// To the right of the table.
    Right,
    /// Below the table, which leaves the table the whole width (the default).
    #[default]
    Bottom,
    /// Hidden.
    Hidden,
}

/// The preferences.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The language of the interface and of the indicator names.
    pub lang: Lang,
    /// The colour theme.
    pub theme: Theme,
    /// How numbers are written and read.
    pub notation: Notation,
    /// Where the detail panel goes.
    pub detail: DetailPosition,
    /// Whether the sections panel is shown.
    pub show_sections: bool,
    /// Whether the plots panel is shown.
    pub show_plots: bool,
    /// Recently opened or saved reports, newest first.
    pub recent: Vec<PathBuf>,
    /// The table's columns the user hid (by key: `unit`, `yoy`, `remaining`…).
    pub hidden_columns: Vec<String>,
    /// The table's columns hidden until asked for that the user showed (`prior`).
    pub shown_columns: Vec<String>,
    /// Set once the first window has chosen the layout for its width: a window narrower
    /// than 1400 px starts without the plots, so the table shows its figures.
    pub layout_chosen: bool,
    /// The column mappings of imported sheets, newest first: the next file of the same
    /// shape (sheet name and header texts) is read with its mapping.
    pub mappings: Vec<chitieu_core::import::Mapping>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            lang: Lang::Vi,
            theme: Theme::System,
            notation: Notation::Vietnamese,
            detail: DetailPosition::Bottom,
            show_sections: true,
            show_plots: true,
            recent: Vec::new(),
            hidden_columns: Vec::new(),
            shown_columns: Vec::new(),
            layout_chosen: false,
            mappings: Vec::new(),
        }
    }
}

impl Settings {
    /// Puts `path` first in the recent files.
    pub fn remember(&mut self, path: PathBuf) {
        self.recent.retain(|p| p != &path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_files_are_newest_first_without_duplicates() {
        let mut s = Settings::default();
        for i in 0..12 {
            s.remember(PathBuf::from(format!("{i}.ron")));
        }
        s.remember(PathBuf::from("5.ron"));
        assert_eq!(s.recent.len(), MAX_RECENT);
        assert_eq!(s.recent[0], PathBuf::from("5.ron"));
        assert_eq!(
            s.recent
                .iter()
                .filter(|p| p.as_path() == std::path::Path::new("5.ron"))
                .count(),
            1
        );
    }

    #[test]
    fn a_remembered_mapping_comes_back_from_storage() {
        let mapping = chitieu_core::import::Mapping {
            sheet: "Số liệu".to_owned(),
            header_row: 3,
            headers: vec!["STT".to_owned(), "Tên chỉ tiêu".to_owned()],
            indicator: Some(1),
            match_by: chitieu_core::import::MatchBy::Name,
            actual: Some(3),
            ..chitieu_core::import::Mapping::default()
        };
        let s = Settings {
            mappings: vec![mapping],
            ..Settings::default()
        };
        let text = ron::to_string(&s).unwrap();
        assert_eq!(ron::from_str::<Settings>(&text).unwrap(), s);
    }

    #[test]
    fn old_settings_with_missing_fields_still_load() {
        let s: Settings = ron::from_str("(lang: En)").unwrap();
        assert_eq!(s.lang, Lang::En);
        assert_eq!(s.notation, Notation::Vietnamese);
    }
}
