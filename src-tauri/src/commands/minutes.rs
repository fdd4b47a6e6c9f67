use plenary_core::i18n::Lang;
use plenary_core::minutes::approval::MinutesStatus;
use plenary_core::minutes::{Minutes, MinutesFormat, MinutesOptions, RenderOptions};
use plenary_core::{Actor, Error};
use tauri::{AppHandle, Runtime, State};

use super::{id, CmdResult};
use crate::{dialog, AppState};

/// The minutes as a structure, for the live preview. `lang` is the app's language: the
/// words the core puts into the minutes (counts, explanations, speech kinds, roles) are
/// said in it, as in the exported minutes (`Minutes::said_in`); English without it.
// Off GTK's main thread: a read (see lists.rs).
#[tauri::command(async)]
pub fn get_minutes(
    state: State<'_, AppState>,
    meeting: String,
    redact: bool,
    speakers: Option<bool>,
    equity: Option<bool>,
    lang: Option<String>,
) -> CmdResult<Minutes> {
    let lang = Lang::of_arg(lang.as_deref())?;
    let what = MinutesOptions {
        redact_names: redact,
        speakers: speakers.unwrap_or(false),
        equity: equity.unwrap_or(false),
    };
    Ok(state
        .db()
        .minutes_in(id("meeting", &meeting)?, what, lang)?
        .said_in(lang))
}

/// Renders the minutes and saves them where the person chooses. Returns the paths of the
/// files written (CSV minutes are several files side by side), or nothing when the person
/// cancelled. Async so that the dialog does not block the UI thread. `lang` is the app's
/// language (the words of the minutes; what was typed stays as typed), English without it.
// The arguments are the command's IPC shape (named JSON fields), not a call site to tidy.
#[allow(clippy::too_many_arguments)]
#[tauri::command]
pub async fn export_minutes<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    meeting: String,
    format: MinutesFormat,
    redact: bool,
    speakers: Option<bool>,
    equity: Option<bool>,
    lang: Option<String>,
) -> CmdResult<Option<Vec<String>>> {
    let meeting = id("meeting", &meeting)?;
    let lang = Lang::of_arg(lang.as_deref())?;
    let what = MinutesOptions {
        redact_names: redact,
        speakers: speakers.unwrap_or(false),
        equity: equity.unwrap_or(false),
    };
    let (files, reference) = {
        let db = state.db();
        let files =
            db.render_minutes(meeting, format, what, &RenderOptions::local().in_lang(lang))?;
        (files, db.meeting(meeting)?.reference)
    };
    let ext = format.as_str();
    let name = format!("{reference}-minutes.{ext}");
    let (title, filter) = (
        plenary_core::t!(lang, "dialog-minutes-title"),
        plenary_core::t!(lang, "dialog-filter-minutes"),
    );
    let Some(main) = dialog::save_path(&app, &title, &name, (&filter, &[ext])) else {
        return Ok(None);
    };
    let mut written = Vec::new();
    for f in &files {
        let path = f.path_beside(&main);
        std::fs::write(&path, &f.text).map_err(|e| {
            Error::io(
                plenary_core::error_message!("io-cannot-write", path = path.display().to_string()),
                e,
            )
        })?;
        written.push(path.display().to_string());
    }
    Ok(Some(written))
}

/// Records that the open GA `at` approved the minutes of `meeting`.
#[tauri::command]
pub fn approve_minutes(
    state: State<'_, AppState>,
    meeting: String,
    at: String,
) -> CmdResult<MinutesStatus> {
    state.db().approve_minutes(
        Actor::MinuteTaker,
        id("meeting", &meeting)?,
        id("meeting", &at)?,
    )
}
