// Each test binary uses the helpers it needs; the others would warn as unused.
#![allow(dead_code)]

//! The app under Tauri's mock runtime, shared by the command-layer tests: the real
//! handler table and the real capabilities (compiled into the app), on a database of the
//! test's choosing.

use serde_json::Value;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{App, Manager, WebviewWindow, WebviewWindowBuilder};

/// The app on an in-memory database.
pub fn app_with(db: plenary_core::Db) -> App<MockRuntime> {
    let app = plenary_app::builder(mock_builder())
        .build(plenary_app::context())
        .expect("app");
    app.manage(plenary_app::AppState::new(db).expect("app state"));
    app
}

/// A window of the app; its label chooses its capability ("main", "projector", …).
pub fn window(app: &App<MockRuntime>, label: &str) -> WebviewWindow<MockRuntime> {
    WebviewWindowBuilder::new(app, label, Default::default())
        .build()
        .expect("window")
}

/// Calls a command as the webview would: `Ok(answer)` or `Err({kind, message})` (or the
/// ACL's refusal).
pub fn call(w: &WebviewWindow<MockRuntime>, cmd: &str, args: Value) -> Result<Value, Value> {
    let req = InvokeRequest {
        cmd: cmd.into(),
        callback: CallbackFn(0),
        error: CallbackFn(1),
        url: "tauri://localhost".parse().expect("url"),
        body: InvokeBody::Json(args),
        headers: Default::default(),
        invoke_key: INVOKE_KEY.to_string(),
    };
    get_ipc_response(w, req).map(|b| b.deserialize::<Value>().expect("JSON"))
}

/// The dialog test hook is one environment variable for the whole process: the tests
/// that set it take turns.
pub static DIALOG: std::sync::Mutex<()> = std::sync::Mutex::new(());
