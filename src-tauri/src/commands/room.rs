//! The room's commands in the desktop app: the stack-keeper's actions, the projector,
//! meeting and proposal views, the minute-taker's notes and records (attendance, a
//! hearing's step, questions, concerns, friendly amendments, announcements,
//! report-backs) and the hands raised from phones.
//! They are not Tauri commands of their own: the core's one table
//! (`plenary_core::room::commands`) runs them, for this window's IPC as for the room's
//! HTTP server, with the host's role. The capabilities still say which window may call
//! which (Tauri checks them before any handler runs).
//!
//! Opening and closing the room itself (the core's `room::server`) are plain Tauri
//! commands of the main window; the projector may only read where the room is.

use plenary_core::i18n::Lang;
use plenary_core::room::commands::{self, Caller};
use plenary_core::room::server::{OpenRoom, RoomLink, RoomStatus, TeamUi};
use plenary_core::room::Role;
use plenary_core::Error;
use serde_json::Value;
use std::sync::Arc;
use tauri::ipc::{Invoke, InvokeBody, InvokeError};
use tauri::{AppHandle, Manager, Runtime};

use super::{id, CmdResult};
use crate::AppState;

/// Answers `invoke` when the table has its command; hands it to `otherwise` if not.
pub fn dispatch<R: Runtime>(invoke: Invoke<R>, otherwise: impl Fn(Invoke<R>) -> bool) -> bool {
    let Some(cmd) = commands::find(invoke.message.command()) else {
        return otherwise(invoke);
    };
    let args = match invoke.message.payload() {
        InvokeBody::Json(v) => v.clone(),
        InvokeBody::Raw(_) => Value::Null,
    };
    let Some(state) = invoke.message.webview_ref().try_state::<AppState>() else {
        invoke
            .resolver
            .reject("the database is not open yet: try again in a moment");
        return true;
    };
    let answer = commands::call(&mut state.db(), &Caller::HOST, cmd.name, args);
    invoke.resolver.respond(answer.map_err(InvokeError::from));
    true
}

/// This app's own UI (embedded in the binary), served by the room to team devices.
struct AppUi<R: Runtime>(tauri::AssetResolver<R>);

impl<R: Runtime> TeamUi for AppUi<R> {
    fn file(&self, path: &str) -> Option<(Vec<u8>, String)> {
        let asset = self.0.get(path.to_string())?;
        Some((asset.bytes, asset.mime_type))
    }
}

/// Opens the room on a meeting (one room at a time): the server starts on Tauri's tokio
/// runtime, on every interface (`PLENARY_ROOM_BIND`, e.g. `127.0.0.1:0`, overrides it),
/// sharing this app's database; team devices get this app's UI at `/team`.
#[tauri::command]
pub async fn open_room<R: Runtime>(
    app: AppHandle<R>,
    state: tauri::State<'_, AppState>,
    meeting: String,
) -> CmdResult<RoomStatus> {
    let meeting = id("meeting", &meeting)?;
    if let Some(open) = state.room().as_ref() {
        if open.link().meeting_id == meeting {
            return Ok(open.status());
        }
        return Err(plenary_core::conflict!("shell-room-open-elsewhere"));
    }
    let bind = match std::env::var("PLENARY_ROOM_BIND") {
        Ok(text) => text
            .parse()
            .map_err(|_| plenary_core::invalid!("shell-room-bad-bind", given = &text))?,
        Err(_) => std::net::SocketAddr::from(([0, 0, 0, 0], 0)),
    };
    let ui: Arc<dyn TeamUi> = Arc::new(AppUi(app.asset_resolver()));
    let open = OpenRoom::open(state.shared_db(), meeting, bind, Some(ui), state.lang()).await?;
    // Kept, unless another call opened a room meanwhile (then this one closes again).
    {
        let mut slot = state.room();
        if slot.is_none() {
            // A pairing code for the stack-keeper's device, ready to show.
            open.room().new_code(Role::StackKeeper)?;
            let status = open.status();
            *slot = Some(open);
            return Ok(status);
        }
    }
    open.close().await;
    Err(plenary_core::conflict!("shell-room-already-open"))
}

/// The language the app's window speaks (`en`, `es`, …: the one chosen in Settings, or the
/// computer's), told by the UI at start and at each change: the participants' page speaks
/// it — the open room's at once (its pages load themselves again in it), and the next
/// room's.
#[tauri::command]
pub fn set_app_language(state: tauri::State<'_, AppState>, lang: String) -> CmdResult<()> {
    let lang: Lang = lang.parse()?;
    state.set_lang(lang);
    if let Some(open) = state.room().as_ref() {
        open.room().set_lang(lang)?;
    }
    Ok(())
}

/// Closes the room: every page is told, every team session ends.
#[tauri::command]
pub async fn close_room(state: tauri::State<'_, AppState>) -> CmdResult<()> {
    let open = state.room().take();
    if let Some(open) = open {
        open.close().await;
    }
    Ok(())
}

/// The open room (its address, QR code, codes and sessions), or none.
#[tauri::command]
pub fn get_room(state: tauri::State<'_, AppState>) -> CmdResult<Option<RoomStatus>> {
    Ok(state.room().as_ref().map(OpenRoom::status))
}

/// Where the room of `meeting` is, while it is open: the projector shows its QR code
/// (and never the pairing codes).
#[tauri::command]
pub fn get_room_link(
    state: tauri::State<'_, AppState>,
    meeting: String,
) -> CmdResult<Option<RoomLink>> {
    let meeting = id("meeting", &meeting)?;
    Ok(state
        .room()
        .as_ref()
        .map(OpenRoom::link)
        .filter(|l| l.meeting_id == meeting)
        .cloned())
}

/// A new one-time pairing code for a team device (stack-keeper or minute-taker).
#[tauri::command]
pub fn new_pairing_code(state: tauri::State<'_, AppState>, role: Role) -> CmdResult<RoomStatus> {
    let room = state.room();
    let open = room.as_ref().ok_or_else(closed)?;
    open.room().new_code(role)?;
    Ok(open.status())
}

/// Ends a paired device's session.
#[tauri::command]
pub fn revoke_room_session(
    state: tauri::State<'_, AppState>,
    session: String,
) -> CmdResult<RoomStatus> {
    let room = state.room();
    let open = room.as_ref().ok_or_else(closed)?;
    open.room().revoke(&session)?;
    Ok(open.status())
}

fn closed() -> Error {
    plenary_core::conflict!("shell-room-not-open")
}
