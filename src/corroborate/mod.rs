//! One real-world event, many reports: which drafts report the same event
//! (`same_event`, `arrival`), joining and separating reports (`merge`), which
//! articles copy one another (`copies`), and where the reports of one event
//! disagree (`contradictions`). Pure logic over the model; no egui here.

pub mod arrival;
pub mod contradictions;
pub mod copies;
pub mod merge;
pub mod same_event;
pub mod summary;
pub mod words;

pub use arrival::{MergeMode, Proposal};
pub use contradictions::{Contradiction, contradictions};
pub use copies::{CopyOf, Origins};
pub use merge::{merge_events, split_source};
pub use summary::{Summaries, Summary};
