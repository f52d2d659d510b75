//! The desktop app: everything that knows egui lives under this module.

pub mod fonts;

use egui::RichText;

use crate::checks::{self, Severity};
use crate::format::Notation;
use crate::model::{Lang, Report};

/// The app's state.
pub struct ChitieuApp {
    report: Report,
    file_name: String,
    findings: Vec<checks::Finding>,
}

impl ChitieuApp {
    /// An app showing `report`, read from `file_name`.
    pub fn new(report: Report, file_name: String) -> Self {
        let findings = checks::check(&report);
        Self {
            report,
            file_name,
            findings,
        }
    }
}

impl eframe::App for ChitieuApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.heading(&self.report.title.vi);
            ui.label(format!(
                "{} · {} · {}",
                self.report.region.vi, self.report.period, self.file_name
            ));
            let errors = self
                .findings
                .iter()
                .filter(|f| f.severity == Severity::Error)
                .count();
            ui.label(format!(
                "{} indicators, {} tasks, {} findings ({errors} errors)",
                self.report.indicators.len(),
                self.report.tasks.len(),
                self.findings.len()
            ));
            ui.separator();
            egui::ScrollArea::vertical().show(ui, |ui| {
                for f in &self.findings {
                    ui.label(RichText::new(format!(
                        "{} {}: {}",
                        f.severity,
                        f.subject,
                        f.message(Lang::En, Notation::English)
                    )));
                }
            });
        });
    }
}
