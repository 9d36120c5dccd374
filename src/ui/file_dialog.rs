//! Native file dialogs on their own thread: rfd's dialogs block, and the
//! window must keep repainting while one is open.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

pub struct PendingPick(Receiver<Option<PathBuf>>);

impl PendingPick {
    /// "Open" dialog.
    pub fn open(dialog: rfd::FileDialog) -> Self {
        Self::spawn(move || dialog.pick_file())
    }

    /// "Save as" dialog.
    pub fn save(dialog: rfd::FileDialog) -> Self {
        Self::spawn(move || dialog.save_file())
    }

    fn spawn(run: impl FnOnce() -> Option<PathBuf> + Send + 'static) -> Self {
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
    let pick = slot.as_ref()?;
    match pick.0.try_recv() {
        Ok(path) => {
            *slot = None;
            path
        }
        Err(TryRecvError::Disconnected) => {
            *slot = None;
            None
        }
        Err(TryRecvError::Empty) => {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
            None
        }
    }
}
