//! The room's commands in the desktop app: the stack-keeper's actions, the projector,
//! meeting and proposal views, the minute-taker's notes and the hands raised from phones.
//! They are not Tauri commands of their own: the core's one table
//! (`plenary_core::room::commands`) runs them, for this window's IPC as for the room's
//! HTTP server, with the host's role. The capabilities still say which window may call
//! which (Tauri checks them before any handler runs).

use plenary_core::room::commands::{self, Caller};
use serde_json::Value;
use tauri::ipc::{Invoke, InvokeBody, InvokeError};
use tauri::{Manager, Runtime};

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
