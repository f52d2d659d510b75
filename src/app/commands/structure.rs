//! The indicator list and the sections: the windows that describe them
//! ([`StructureWindows`], which own what is being described) and the changes they
//! decide, each one undoable step through the session, checked before it is kept.

use super::super::structure::{self, DeleteQuestion, StructureWindows};
use super::{BrowseCmd, Shared, StructureCmd};
use chitieu_core::i18n::{AppText, Text as _};
use chitieu_core::model::text;

impl StructureWindows {
    /// Opens the window `command` asks for, or makes the change it decided.
    pub(in crate::app) fn handle(&mut self, command: StructureCmd, sh: &mut Shared<'_>) {
        let s = &*sh.session;
        let result = match command {
            StructureCmd::NewPeriodDialog => {
                self.new_period(s);
                Ok(())
            }
            StructureCmd::AddIndicator { section, parent } => {
                self.edit_indicator(s, None, section.as_ref(), parent.as_ref());
                Ok(())
            }
            StructureCmd::DescribeIndicator(id) => {
                self.edit_indicator(s, Some(&id), None, None);
                Ok(())
            }
            StructureCmd::AddSection { parent } => {
                self.edit_section(s, None, parent.as_ref());
                Ok(())
            }
            StructureCmd::DescribeSection(id) => {
                self.edit_section(s, Some(&id), None);
                Ok(())
            }
            StructureCmd::AskDeleteIndicator(id) => {
                self.ask_delete(s, DeleteQuestion::Indicator(id), &mut sh.later);
                Ok(())
            }
            StructureCmd::AskDeleteSection(id) => {
                self.ask_delete(s, DeleteQuestion::Section(id), &mut sh.later);
                Ok(())
            }
            StructureCmd::SaveIndicator { indicator, is_new } => {
                let mut indicator = *indicator;
                indicator.name = structure::both(&indicator.name);
                let id = indicator.id.clone();
                let result = if is_new {
                    sh.session.add_indicator(indicator)
                } else {
                    sh.session.update_indicator(indicator)
                };
                if result.is_ok() {
                    // The row described is the one selected, and shown.
                    sh.later
                        .push(BrowseCmd::SelectIndicator { id, reveal: true }.into());
                }
                result.map(|fixes| say_cleaned(sh, &fixes))
            }
            // The selection and the section shown let go of what is deleted by
            // themselves (`Browser::settle`).
            StructureCmd::DeleteIndicator { id, parts } => sh.session.delete_indicator(&id, parts),
            StructureCmd::DeleteSection { id, contents } => {
                sh.session.delete_section(&id, contents)
            }
            StructureCmd::MoveIndicator { id, up } => {
                sh.session.move_indicator(&id, up).map(|_| ())
            }
            StructureCmd::SetPriorShare { id, share_pct } => match sh.session.indicator(&id) {
                Some(ind) => {
                    let mut ind = ind.clone();
                    ind.prior_share_pct = share_pct;
                    sh.session.update_indicator(ind).map(|_| ())
                }
                None => Ok(()),
            },
            StructureCmd::SetQuarterPlan { id, quarter, plan } => match sh.session.indicator(&id) {
                Some(ind) => {
                    let mut ind = ind.clone();
                    if plan == chitieu_core::model::QuarterPlan::default() {
                        ind.quarters.remove(&quarter);
                    } else {
                        ind.quarters.insert(quarter, plan);
                    }
                    sh.session.update_indicator(ind).map(|_| ())
                }
                None => Ok(()),
            },
            StructureCmd::SaveSection {
                mut section,
                is_new,
            } => {
                section.title = structure::both(&section.title);
                let result = if is_new {
                    sh.session.add_section(section)
                } else {
                    sh.session.update_section(section)
                };
                result.map(|fixes| say_cleaned(sh, &fixes))
            }
        };
        if let Err(e) = result {
            let message = e.message(sh.lang());
            sh.error(message);
        }
    }
}

/// Says what was cleaned out of the texts of an indicator or a section as it was saved
/// from its form, if anything was.
fn say_cleaned(sh: &mut Shared<'_>, fixes: &[text::Fix]) {
    let lang = sh.lang();
    let Some(first) = fixes.first() else {
        return;
    };
    let list: Vec<String> = fixes
        .iter()
        .map(|f| format!("{}: {}", f.field_words(lang), f.removed.describe(lang)))
        .collect();
    let words = AppText::SavedWithTextCleaned.tr(lang);
    let owner = first.owner.words(lang);
    sh.say(format!("{words} {owner}: {}", list.join("; ")));
}
