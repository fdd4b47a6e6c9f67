//! A bundle dropped on the main window: the way a desktop app offers to skip the file
//! dialog (GTK's takes about half a second to hand over a chosen path; a drop none).
//!
//! Tauri's window event `DragDrop` (the window's `dragDropEnabled`, tauri.conf.json, is
//! what makes it arrive: wry's GTK handler takes a drag of files — `text/uri-list` — and
//! leaves every other drag, such as the agenda's rows, to the page; it also keeps WebKit
//! from opening a dropped file itself). As with the dialog, the webview never names a
//! file: on a drop of exactly one `.plenary` file the shell keeps its path in the app's
//! state and tells the window only the file's name (`file-drop`); the window then asks
//! `preview_import` with `dropped: true`, which takes the kept path (once) instead of
//! opening the dialog. A drop of several files, or of anything that is not a `.plenary`
//! file, is refused here, with nothing read. Only the main window takes drops (the
//! projector's has nothing to import into).

use std::path::{Path, PathBuf};

use serde::Serialize;
use tauri::{DragDropEvent, Emitter, EventTarget, Manager, Runtime, Window};

use crate::AppState;

/// The event that tells the window about a drag of files over it and what a drop gave.
pub const FILE_DROP_EVENT: &str = "file-drop";

/// The window that takes drops.
const MAIN_WINDOW: &str = "main";

/// The `file-drop` event's payload.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum FileDrop {
    /// Files are dragged over the window (the window shows what a drop would do).
    Over,
    /// The drag left the window without a drop.
    Left,
    /// One bundle was dropped; its path is kept for `preview_import`.
    Dropped { file_name: String },
    /// A drop that is not one bundle; nothing was read.
    Refused {
        reason: Refusal,
        /// The file's name when one file was dropped.
        file_name: Option<String>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Refusal {
    /// More than one file (or folder) at once: one bundle at a time.
    SeveralFiles,
    /// A folder, or a file whose name does not end in `.plenary`.
    NotABundle,
}

/// What a drop of `paths` is: one bundle (its name) or a refusal. Only the name is
/// looked at, and whether it is a file: nothing is read.
pub fn classify(paths: &[PathBuf]) -> Result<String, (Refusal, Option<String>)> {
    let path = match paths {
        [path] => path,
        [] => return Err((Refusal::NotABundle, None)),
        _ => return Err((Refusal::SeveralFiles, None)),
    };
    let name = file_name(path);
    let bundle = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("plenary"));
    if bundle && path.is_file() {
        Ok(name)
    } else {
        Err((Refusal::NotABundle, Some(name)))
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .unwrap_or(path.as_os_str())
        .to_string_lossy()
        .into_owned()
}

/// Handles a window's `DragDrop` event (lib.rs registers it for every window): keeps a
/// dropped bundle's path and tells the window (`file-drop`).
pub fn on_drag_drop<R: Runtime>(window: &Window<R>, event: &DragDropEvent) {
    if window.label() != MAIN_WINDOW {
        return;
    }
    let said = match event {
        DragDropEvent::Enter { .. } => FileDrop::Over,
        DragDropEvent::Leave => FileDrop::Left,
        DragDropEvent::Drop { paths, .. } => {
            // A locked or upgrading database has no state yet: nothing to import into
            // (the window shows the unlock or upgrade screen, which does not listen).
            let Some(state) = window.try_state::<AppState>() else {
                return;
            };
            match classify(paths) {
                Ok(file_name) => {
                    state.keep_dropped(paths[0].clone());
                    FileDrop::Dropped { file_name }
                }
                Err((reason, file_name)) => {
                    // An earlier drop still kept is not what the person meant now.
                    drop(state.take_dropped());
                    FileDrop::Refused { reason, file_name }
                }
            }
        }
        // `Over` comes with every move of the pointer: the window knows from `Enter`.
        _ => return,
    };
    // Only informative for `Over`/`Left`; for a drop, a window that missed it simply
    // shows nothing (the path stays kept until the next drop).
    let _ = window.emit_to(
        EventTarget::webview_window(MAIN_WINDOW),
        FILE_DROP_EVENT,
        said,
    );
}

#[cfg(test)]
mod tests {
    use super::{classify, Refusal};

    #[test]
    fn one_plenary_file_is_a_bundle_and_nothing_else_is() {
        let dir = tempfile::tempdir().unwrap();
        let bundle = dir.path().join("LDN 2026.Plenary");
        std::fs::write(&bundle, b"not read").unwrap();
        let text = dir.path().join("notes.txt");
        std::fs::write(&text, b"").unwrap();
        let folder = dir.path().join("folder.plenary");
        std::fs::create_dir(&folder).unwrap();
        assert_eq!(
            classify(std::slice::from_ref(&bundle)),
            Ok("LDN 2026.Plenary".into())
        );
        assert_eq!(
            classify(&[text]),
            Err((Refusal::NotABundle, Some("notes.txt".into())))
        );
        assert_eq!(
            classify(&[folder]),
            Err((Refusal::NotABundle, Some("folder.plenary".into())))
        );
        assert_eq!(
            classify(&[bundle.clone(), bundle]),
            Err((Refusal::SeveralFiles, None))
        );
        assert_eq!(classify(&[]), Err((Refusal::NotABundle, None)));
    }
}
