//! Pure timeline geometry: the time ↔ x transform, zoom and pan, tick
//! generation, overlap stacking. No egui widgets; everything unit-tested.

pub mod stack;
pub mod ticks;
pub mod transform;

pub use stack::{Item, Placed, Stacker};
pub use ticks::{Axis, Step, Tick, axis};
pub use transform::TimeView;
