use plenary_core::minutes::{Minutes, MinutesFormat, RenderOptions};
use plenary_core::Error;
use tauri::{AppHandle, Runtime, State};

use super::{id, CmdResult};
use crate::{dialog, AppState};

/// The minutes as a structure, for the live preview.
#[tauri::command]
pub fn get_minutes(
    state: State<'_, AppState>,
    meeting: String,
    redact: bool,
) -> CmdResult<Minutes> {
    state.db().minutes(id("meeting", &meeting)?, redact)
}

/// Renders the minutes and saves them where the person chooses. Returns the file's path,
/// or nothing when the person cancelled. Async so the dialog does not block the UI thread.
#[tauri::command]
pub async fn export_minutes<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    meeting: String,
    format: MinutesFormat,
    redact: bool,
) -> CmdResult<Option<String>> {
    let meeting = id("meeting", &meeting)?;
    let (text, reference) = {
        let db = state.db();
        let text = db.render_minutes(meeting, format, redact, &RenderOptions::local())?;
        (text, db.meeting(meeting)?.reference)
    };
    let ext = match format {
        MinutesFormat::Markdown => "md",
        MinutesFormat::Html => "html",
        MinutesFormat::Csv => "csv",
    };
    let name = format!("{reference}-minutes.{ext}");
    let Some(path) = dialog::save_path(&app, "Save the minutes", &name, ("Minutes", &[ext])) else {
        return Ok(None);
    };
    std::fs::write(&path, text)
        .map_err(|e| Error::io(format!("cannot write {}", path.display()), e))?;
    Ok(Some(path.display().to_string()))
}
