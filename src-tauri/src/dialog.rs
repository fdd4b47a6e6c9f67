//! Native file dialogs, opened from Rust so that the webview never handles file paths and
//! needs no file-system permission.
//!
//! End-to-end tests cannot drive a native dialog, so when `PLENARY_TEST_DIALOG_PATH` is
//! set the dialogs are skipped and that path is used as if the person had chosen it —
//! in debug builds only (the tests run one); a release build always asks the person.

use std::path::PathBuf;

use tauri::{AppHandle, Runtime};
use tauri_plugin_dialog::DialogExt;

pub const TEST_PATH_VAR: &str = "PLENARY_TEST_DIALOG_PATH";

/// The test hook's answer, if it is set (debug builds).
fn test_path() -> Option<PathBuf> {
    if cfg!(debug_assertions) {
        std::env::var_os(TEST_PATH_VAR).map(PathBuf::from)
    } else {
        None
    }
}

/// Asks where to save a file. `None` when the person cancels.
pub fn save_path<R: Runtime>(
    app: &AppHandle<R>,
    title: &str,
    default_name: &str,
    filter: (&str, &[&str]),
) -> Option<PathBuf> {
    if let Some(p) = test_path() {
        return Some(p);
    }
    app.dialog()
        .file()
        .set_title(title)
        .set_file_name(default_name)
        .add_filter(filter.0, filter.1)
        .blocking_save_file()
        .and_then(|p| p.into_path().ok())
}

/// Asks for a file to open. `None` when the person cancels.
pub fn open_path<R: Runtime>(
    app: &AppHandle<R>,
    title: &str,
    filter: (&str, &[&str]),
) -> Option<PathBuf> {
    if let Some(p) = test_path() {
        return Some(p);
    }
    app.dialog()
        .file()
        .set_title(title)
        .add_filter(filter.0, filter.1)
        .blocking_pick_file()
        .and_then(|p| p.into_path().ok())
}
