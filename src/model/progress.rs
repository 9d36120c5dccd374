//! Progress and cancellation of a load running on a background thread.

use std::sync::atomic::{AtomicBool, AtomicU8, AtomicU64, Ordering};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Reading,
    Parsing,
    Validating,
    Indexing,
}

impl Stage {
    pub fn name(self) -> &'static str {
        match self {
            Stage::Reading => "reading",
            Stage::Parsing => "parsing",
            Stage::Validating => "validating",
            Stage::Indexing => "indexing",
        }
    }
}

/// Shared between the loading thread and the window.
#[derive(Debug, Default)]
pub struct LoadProgress {
    stage: AtomicU8,
    done: AtomicU64,
    total: AtomicU64,
    cancelled: AtomicBool,
    finished: AtomicBool,
}

impl LoadProgress {
    pub fn set_stage(&self, stage: Stage) {
        self.stage.store(stage as u8, Ordering::Relaxed);
    }
    pub fn stage(&self) -> Stage {
        match self.stage.load(Ordering::Relaxed) {
            0 => Stage::Reading,
            1 => Stage::Parsing,
            2 => Stage::Validating,
            _ => Stage::Indexing,
        }
    }
    pub fn set_total(&self, total: u64) {
        self.total.store(total, Ordering::Relaxed);
    }
    pub fn set_done(&self, done: u64) {
        self.done.store(done, Ordering::Relaxed);
    }
    /// Overall fraction, weighting the stages by their usual share of the time.
    pub fn fraction(&self) -> f32 {
        let total = self.total.load(Ordering::Relaxed).max(1) as f32;
        let within = (self.done.load(Ordering::Relaxed) as f32 / total).clamp(0.0, 1.0);
        match self.stage() {
            Stage::Reading => 0.15 * within,
            Stage::Parsing => 0.15,
            Stage::Validating => 0.75,
            Stage::Indexing => 0.9,
        }
    }
    pub fn cancel(&self) {
        self.cancelled.store(true, Ordering::Relaxed);
    }
    pub fn is_cancelled(&self) -> bool {
        self.cancelled.load(Ordering::Relaxed)
    }
    /// Called by the loading thread as it ends, whatever the outcome.
    pub fn finish(&self) {
        self.finished.store(true, Ordering::Release);
    }
    /// The loading thread has ended (so a cancelled load no longer uses the CPU).
    pub fn is_finished(&self) -> bool {
        self.finished.load(Ordering::Acquire)
    }
}
