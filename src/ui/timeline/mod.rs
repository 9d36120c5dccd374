//! The timeline widget and the painter it shares with exports.

pub mod actors;
pub mod arrange;
pub mod describe;
pub mod geometry;
pub mod paint;
pub mod widget;

pub use arrange::LaneArrangement;
pub use paint::{Drawn, PaintInput, Scratch, paint};
pub use widget::{TimelineArgs, TimelineState, timeline_ui};
