//! Drawing the timeline with an egui `Painter`: the marks, lanes, axis and
//! legend that the window shows and that exports (PNG, SVG, PDF) are made
//! of, from the same code. It reads the model and the pure geometry of
//! `timeline`; the window (`ui`) and `export` use it, never the reverse.

pub mod actors;
pub mod arrange;
pub mod geometry;
pub mod legend;
pub mod marks;
pub mod paint;
pub mod style;

pub use arrange::LaneArrangement;
pub use paint::{Drawn, PaintInput, Scratch, paint};
