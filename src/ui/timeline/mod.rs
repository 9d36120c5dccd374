//! The timeline widget: input, focus and accessibility around the shared
//! painter of `render`.

pub mod describe;
pub mod widget;

pub use widget::{TimelineArgs, TimelineState, timeline_ui};
