//! chronolens: a zoomable, source-linked timeline of events reported in the news.

pub mod args;
pub mod bench;
pub mod chronology;
pub mod cli;
pub mod corroborate;
pub mod export;
pub mod extract;
pub mod generate;
pub mod import;
pub mod markup;
pub mod model;
pub mod render;
pub mod search;
pub mod timeline;
pub mod ui;
