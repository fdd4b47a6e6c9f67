use tauri::{AppHandle, Manager, Runtime, WebviewUrl, WebviewWindowBuilder};

use super::{id, CmdResult};

/// The label of the big-screen window; its capability grants read-only commands only.
pub const PROJECTOR: &str = "projector";

/// Opens (or brings forward) the projector window on a meeting; `equity`: with the
/// meeting's airtime equity (the facilitation team's choice). Async: creating a window
/// from a synchronous command can deadlock the event loop.
#[tauri::command]
pub async fn open_projector<R: Runtime>(
    app: AppHandle<R>,
    meeting: String,
    equity: Option<bool>,
) -> CmdResult<()> {
    let meeting = id("meeting", &meeting)?;
    let equity = if equity.unwrap_or(false) {
        "/equity"
    } else {
        ""
    };
    let route = format!("index.html#/projector/{meeting}{equity}");
    if let Some(w) = app.get_webview_window(PROJECTOR) {
        let url = w.url().ok().and_then(|u| u.join(&format!("/{route}")).ok());
        if let Some(url) = url {
            let _ = w.navigate(url);
        }
        let _ = w.set_focus();
        return Ok(());
    }
    WebviewWindowBuilder::new(&app, PROJECTOR, WebviewUrl::App(route.into()))
        .title("Plenary — projector")
        .inner_size(1280.0, 720.0)
        .build()
        .map_err(|e| {
            plenary_core::invalid!("shell-projector-window-failed", detail = e.to_string())
        })?;
    Ok(())
}
