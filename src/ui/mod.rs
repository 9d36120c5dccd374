//! eframe/egui panels and widgets that draw what `timeline` computed.

pub mod app;
pub mod corroboration_panel;
pub mod edit_form;
pub mod export_dialog;
pub mod file_dialog;
pub mod import;
pub mod settings;
pub mod source_panel;
pub mod timeline;
mod variable_rows;

pub use app::ChronolensApp;
