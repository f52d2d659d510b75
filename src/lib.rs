//! chitieu's desktop app: the window over [`chitieu_core`] (the report, its figures,
//! checks, files, imports and exports), which knows nothing of egui, eframe or rfd.

pub mod app;
