//! The record format: serde types, loading and validation. No egui here.

pub mod atomic;
pub mod cache;
pub mod edit;
pub mod encoding;
pub mod fastload;
pub mod fingerprint;
pub mod history;
pub mod index;
mod index_update;
pub mod journal;
pub mod load;
pub mod paragraphs;
pub mod problem;
pub mod progress;
pub(crate) mod record;
pub mod save;
mod shape;
pub mod time;
pub mod types;
pub mod validate;
pub mod zone;

pub use index::{EventIndex, LaneEvents};
pub use load::{Loaded, load_bytes, load_path};
pub use problem::{LoadError, Problem};
pub use record::{Extra, Rare};
pub use time::{Instant, Span};
pub use types::{Article, Dataset, Event, EventRare, Kind, Lane, Precision, SmallText, Source, SourceRare, Verification, View};

/// The bundled sample: every paragraph of the two seed articles and the
/// events a careful analyst extracted from them.
pub const SAMPLE_JSON: &str = include_str!("../../assets/sample.json");
pub const SAMPLE_NAME: &str = "sample (seed articles)";

pub fn load_sample() -> Loaded {
    load_bytes(SAMPLE_NAME, SAMPLE_JSON.as_bytes()).expect("the bundled sample is valid (tested)")
}
