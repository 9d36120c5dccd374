//! Native file dialogs on their own thread: rfd's dialogs block, and the
//! window must keep repainting while one is open.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

pub struct PendingPick(Receiver<Vec<PathBuf>>);

impl PendingPick {
    /// "Open" dialog.
    pub fn open(dialog: rfd::FileDialog) -> Self {
        Self::spawn(move || dialog.pick_file().into_iter().collect())
    }

    /// "Open" dialog choosing several files.
    pub fn open_many(dialog: rfd::FileDialog) -> Self {
        Self::spawn(move || dialog.pick_files().unwrap_or_default())
    }

    /// "Choose folder" dialog.
    pub fn folder(dialog: rfd::FileDialog) -> Self {
        Self::spawn(move || dialog.pick_folder().into_iter().collect())
    }

    /// "Save as" dialog.
    pub fn save(dialog: rfd::FileDialog) -> Self {
        Self::spawn(move || dialog.save_file().into_iter().collect())
    }

    fn spawn(run: impl FnOnce() -> Vec<PathBuf> + Send + 'static) -> Self {
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let _ = tx.send(run());
        });
        Self(rx)
    }
}

/// The path chosen in the dialog in `slot`, once; the slot empties when the
/// dialog closes (chosen or cancelled). Keeps the window polling meanwhile.
pub fn take_picked(slot: &mut Option<PendingPick>, ctx: &egui::Context) -> Option<PathBuf> {
    take_picked_all(slot, ctx).into_iter().next()
}

/// Every path chosen in the dialog in `slot` (none until it closes).
pub fn take_picked_all(slot: &mut Option<PendingPick>, ctx: &egui::Context) -> Vec<PathBuf> {
    let Some(pick) = slot.as_ref() else { return Vec::new() };
    match pick.0.try_recv() {
        Ok(paths) => {
            *slot = None;
            paths
        }
        Err(TryRecvError::Disconnected) => {
            *slot = None;
            Vec::new()
        }
        Err(TryRecvError::Empty) => {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
            Vec::new()
        }
    }
}
