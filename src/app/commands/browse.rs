//! What the table shows and marks, which is not the report's: the tab, the section
//! shown, the indicator selected, the rows picked, the cells a paste refused, the
//! table's own view; and copying the rows.

use super::super::{clipboard, selection, table};
use super::{BrowseCmd, Pick, Shared, Tab};
use chitieu_core::export;
use chitieu_core::i18n::{AppMessage, Message as _};
use chitieu_core::model::{IndicatorId, SectionId};
use chitieu_core::session::Session;

/// The controller of what the table shows and marks.
#[derive(Default)]
pub(in crate::app) struct Browser {
    /// The tab shown.
    pub(in crate::app) tab: Tab,
    /// The section shown, or every section.
    pub(in crate::app) section: Option<SectionId>,
    /// The indicator selected (the row clicked last), which the detail shows.
    pub(in crate::app) selected: Option<IndicatorId>,
    /// The rows picked in the table, `selected` among them.
    pub(in crate::app) rows_picked: selection::RowSelection,
    /// The cells the last paste refused.
    pub(in crate::app) refused: selection::RefusedCells,
    /// The system clipboard, for a table as HTML beside its text.
    pub(in crate::app) clipboard: clipboard::HtmlClipboard,
    /// The table's own view: filter, sort, cursor, widths.
    pub(in crate::app) table: table::TableView,
}

impl Browser {
    /// Does what `command` asks.
    pub(in crate::app) fn handle(&mut self, command: BrowseCmd, sh: &mut Shared<'_>) {
        match command {
            BrowseCmd::SelectSection(section) => {
                self.section = section;
                self.tab = Tab::Indicators;
            }
            BrowseCmd::SelectIndicator { id, reveal } => self.select(sh.session, id, reveal),
            BrowseCmd::PickRow { id, how } => self.pick_row(sh.session, id, how),
            BrowseCmd::PickAllRows => self.pick_all_rows(sh.session),
            BrowseCmd::FocusSearch => {
                self.tab = Tab::Indicators;
                self.table.focus_search();
            }
            BrowseCmd::SetTab(tab) => self.tab = tab,
            BrowseCmd::Copy => self.copy(sh),
        }
    }

    /// The view as for a report just opened: nothing selected, every section.
    pub(in crate::app) fn reset(&mut self) {
        self.selected = None;
        self.rows_picked.clear();
        self.section = None;
        self.table = table::TableView::default();
    }

    /// Lets go of an indicator or a section the report no longer has (deleted, or
    /// undone), after every command.
    pub(in crate::app) fn settle(&mut self, session: &Session) {
        if self
            .selected
            .as_ref()
            .is_some_and(|id| session.indicator(id).is_none())
        {
            self.selected = None;
        }
        if self
            .section
            .as_ref()
            .is_some_and(|id| session.report().section(id).is_none())
        {
            self.section = None;
        }
    }

    /// Copies the rows picked that the table shows, in its order, or with none picked
    /// every row it shows, as a spreadsheet and a word processor take them: text, and
    /// an HTML table where the clipboard takes it.
    fn copy(&mut self, sh: &mut Shared<'_>) {
        let lang = sh.lang();
        let s = &*sh.session;
        let shown = self.table.rows();
        let report = s.report();
        let picked: Vec<usize> = shown
            .iter()
            .copied()
            .filter(|&i| {
                report
                    .indicators
                    .get(i)
                    .is_some_and(|ind| self.rows_picked.contains(&ind.id))
            })
            .collect();
        let positions = if picked.is_empty() {
            shown.to_vec()
        } else {
            picked
        };
        // The columns shown, in the order shown.
        let settings = &*sh.settings;
        let columns = self.table.columns_shown(
            &settings.hidden_columns,
            &settings.shown_columns,
            &report.period,
        );
        let rows = export::clipboard::cells(
            report,
            s.derived(),
            &positions,
            &columns,
            lang,
            settings.notation,
        );
        let text = export::clipboard::tsv(&rows);
        if !self.clipboard.set(&export::clipboard::html(&rows), &text) {
            sh.ctx.copy_text(text);
        }
        sh.say(AppMessage::Copied(positions.len()).tr(lang));
    }

    /// Shift+click or Ctrl+click on a row: more rows picked, the row clicked selected.
    fn pick_row(&mut self, session: &Session, id: IndicatorId, how: Pick) {
        if session.indicator(&id).is_none() {
            return;
        }
        let shown = shown_ids(session, self.table.rows());
        let picked = match how {
            Pick::Range => {
                self.rows_picked.extend_to(&id, &shown);
                true
            }
            Pick::Toggle => self.rows_picked.toggle(&id),
        };
        // The detail shows the row clicked last; a row taken away leaves it on the row
        // it showed if that is still picked, else on the first row picked, or none.
        if picked {
            self.selected = Some(id);
        } else if self
            .selected
            .as_ref()
            .is_none_or(|s| !self.rows_picked.contains(s))
        {
            self.selected = shown
                .iter()
                .find(|s| self.rows_picked.contains(s))
                .map(|&s| s.clone());
        }
    }

    /// Ctrl+A: every row the table shows picked.
    fn pick_all_rows(&mut self, session: &Session) {
        let shown = shown_ids(session, self.table.rows());
        self.rows_picked.all(&shown);
        if self.selected.as_ref().is_none_or(|s| !shown.contains(&s)) {
            self.selected = shown.first().map(|&s| s.clone());
        }
    }

    /// Selects `id` alone, on the indicators tab, leaving a section that does not hold
    /// it; scrolls the table to it when `reveal`.
    fn select(&mut self, session: &Session, id: IndicatorId, reveal: bool) {
        if session.indicator(&id).is_none() {
            return;
        }
        self.tab = Tab::Indicators;
        // Make sure the row is visible: leave a section that does not hold it.
        if let Some(section) = &self.section
            && !session.section_holds(section, &id)
        {
            self.section = None;
        }
        if reveal {
            self.table.reveal(&id);
        }
        self.rows_picked.only(&id);
        self.selected = Some(id);
    }
}

/// The ids of the rows at `positions` (the rows the table shows), top to bottom.
fn shown_ids<'a>(session: &'a Session, positions: &[usize]) -> Vec<&'a IndicatorId> {
    let report = session.report();
    positions
        .iter()
        .filter_map(|&i| report.indicators.get(i).map(|ind| &ind.id))
        .collect()
}
