//! Bundles and federation. The webview never names a file: the commands that need one
//! open the native dialog in Rust (src/dialog.rs; the commands are `async`, so the
//! blocking dialog runs off the main thread).

use plenary_core::bundle::{
    read_bundle_file, ExportOptions, ExportSummary, ImportOptions, ImportPreview, ImportReport,
    ImportUndone, Inspection,
};
use plenary_core::i18n::Lang;
use plenary_core::proposal::Proposal;
use plenary_core::{Actor, Error};
use serde::Serialize;
use tauri::{AppHandle, Emitter, Runtime, State};

use super::{id, CmdResult};
use crate::{dialog, AppState};

/// The native dialogs' words for a bundle, in the app's language: the dialog's title
/// (`dialog-…-title` in shell.ftl) and its file filter.
fn dialog_words(lang: Option<String>, title: &str) -> CmdResult<(String, String)> {
    let lang = Lang::of_arg(lang.as_deref())?;
    Ok((
        plenary_core::t!(lang, title),
        plenary_core::t!(lang, "dialog-filter-bundle"),
    ))
}

const EXTENSION: &[&str] = &["plenary"];

/// The event that says which file is being checked, sent once the person has chosen it:
/// checking is a dry run of the whole import (seconds for a ten-year bundle), and the
/// import panel says what it is doing meanwhile instead of still asking for a file.
pub const IMPORT_CHECKING_EVENT: &str = "import-checking";

/// The `import-checking` event's payload: the file, and the first glance at it (what its
/// signed manifest says, `checked: false`) so that the panel shows who made it and what
/// it holds while the dry run takes its seconds; `None` when even the manifest cannot be
/// read (the preview's answer then says why).
#[derive(Clone, Serialize)]
struct ImportChecking {
    file_name: String,
    bytes: u64,
    glance: Option<Inspection>,
}

/// Asks for a bundle, reads it, and shows what importing it would do; the file is kept
/// (under the returned token) for `import_bundle`. `null` if the person cancelled. With
/// `dropped`, the file is the one just dropped on the window (file_drop.rs: its path kept
/// by the shell, taken once) and no dialog opens.
#[tauri::command]
pub async fn preview_import<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    lang: Option<String>,
    dropped: Option<bool>,
) -> CmdResult<Option<ImportPreview>> {
    let path = if dropped == Some(true) {
        state
            .take_dropped()
            .ok_or_else(|| plenary_core::not_found!("shell-no-dropped-bundle"))?
    } else {
        let (title, filter) = dialog_words(lang, "dialog-import-title")?;
        let Some(path) = dialog::open_path(&app, &title, (&filter, EXTENSION)) else {
            return Ok(None);
        };
        path
    };
    let (name, bytes) = read_bundle_file(&path)?;
    let size = bytes.len() as u64;
    let token = uuid::Uuid::now_v7().to_string();
    // The file is opened once: the first glance is sent (only informative: a window that
    // misses it still gets the preview) before the dry run takes its seconds.
    let preview = state
        .db()
        .preview_import_glancing(&bytes, &name, token.clone(), |glance| {
            let _ = app.emit(
                IMPORT_CHECKING_EVENT,
                ImportChecking {
                    file_name: name.clone(),
                    bytes: size,
                    glance,
                },
            );
        })?;
    state.set_pending(token, name, bytes);
    Ok(Some(preview))
}

/// Imports the bundle previewed under `token`.
#[tauri::command]
pub async fn import_bundle(state: State<'_, AppState>, token: String) -> CmdResult<ImportReport> {
    let (file_name, bytes) = state.take_pending(&token)?;
    state.db().import_bundle(
        &bytes,
        &ImportOptions {
            file_name,
            ..Default::default()
        },
    )
}

/// Asks where to save, then exports (everything, chosen meetings, or since a date).
/// `null` if the person cancelled.
#[tauri::command]
pub async fn export_bundle<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    options: ExportOptions,
    lang: Option<String>,
) -> CmdResult<Option<ExportSummary>> {
    let (title, filter) = dialog_words(lang, "dialog-export-title")?;
    let suggested = state.db().bundle_file_name(&options)?;
    let Some(path) = dialog::save_path(&app, &title, &suggested, (&filter, EXTENSION)) else {
        return Ok(None);
    };
    state.db().export_bundle(&path, &options).map(Some)
}

/// Asks where to save, then writes a received bundle exactly as it came, so that another
/// assembly can import it (its maker's signature still holds). The file written, or `null`
/// if the person cancelled.
#[tauri::command]
pub async fn pass_on_bundle<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    bundle: String,
    lang: Option<String>,
) -> CmdResult<Option<String>> {
    let (title, filter) = dialog_words(lang, "dialog-pass-on-title")?;
    let (info, bytes) = state.db().received_bundle_bytes(id("bundle", &bundle)?)?;
    let Some(path) = dialog::save_path(&app, &title, &info.file_name, (&filter, EXTENSION)) else {
        return Ok(None);
    };
    std::fs::write(&path, bytes).map_err(|e| {
        Error::io(
            plenary_core::error_message!("io-cannot-write", path = path.display().to_string()),
            e,
        )
    })?;
    Ok(Some(path.display().to_string()))
}

/// Takes the import of a received bundle back whole (what it brought removed, what it
/// replaced or deleted put back); the bundle is no longer kept.
#[tauri::command]
pub fn undo_import(state: State<'_, AppState>, bundle: String) -> CmdResult<ImportUndone> {
    state.db().undo_import(id("bundle", &bundle)?)
}

#[tauri::command]
pub fn adopt_proposal(state: State<'_, AppState>, proposal: String) -> CmdResult<Proposal> {
    state
        .db()
        .adopt_proposal(Actor::Facilitator, id("proposal", &proposal)?)
}

#[cfg(test)]
mod tests {
    use super::dialog_words;

    #[test]
    fn the_dialogs_are_titled_in_the_apps_language() {
        let words = |lang: Option<&str>, title| dialog_words(lang.map(Into::into), title).unwrap();
        assert_eq!(
            words(None, "dialog-import-title"),
            ("Import a bundle".into(), "Plenary bundle".into())
        );
        assert_eq!(
            words(Some("es"), "dialog-import-title"),
            ("Importar un paquete".into(), "Paquete de Plenary".into())
        );
        assert_eq!(words(Some("ar"), "dialog-export-title").0, "تصدير حزمة");
        assert_eq!(
            words(Some("fr"), "dialog-pass-on-title").0,
            "Transmettre un paquet"
        );
        assert!(dialog_words(Some("xx".into()), "dialog-import-title").is_err());
    }
}
