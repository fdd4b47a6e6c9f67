//! Bundles and federation. The webview never names a file: the commands that need one
//! open the native dialog in Rust (src/dialog.rs; the commands are `async`, so the
//! blocking dialog runs off the main thread).

use plenary_core::bundle::{
    read_bundle_file, ExportOptions, ExportSummary, ImportOptions, ImportPreview, ImportReport,
    ReceivedBundle,
};
use plenary_core::federation::Federation;
use plenary_core::proposal::Proposal;
use plenary_core::{Actor, Error};
use tauri::{AppHandle, Runtime, State};

use super::{id, CmdResult};
use crate::{dialog, AppState};

const FILTER: (&str, &[&str]) = ("Plenary bundle", &["plenary"]);

/// Asks for a bundle, reads it, and shows what importing it would do; the file is kept
/// (under the returned token) for `import_bundle`. `null` if the person cancelled.
#[tauri::command]
pub async fn preview_import<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> CmdResult<Option<ImportPreview>> {
    let Some(path) = dialog::open_path(&app, "Import a bundle", FILTER) else {
        return Ok(None);
    };
    let (name, bytes) = read_bundle_file(&path)?;
    let token = uuid::Uuid::now_v7().to_string();
    let preview = state.db().preview_import(&bytes, &name, token.clone())?;
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
) -> CmdResult<Option<ExportSummary>> {
    let suggested = state.db().bundle_file_name(&options)?;
    let Some(path) = dialog::save_path(&app, "Export a bundle", &suggested, FILTER) else {
        return Ok(None);
    };
    state.db().export_bundle(&path, &options).map(Some)
}

/// The bundles received here, newest first (kept byte for byte, to be passed on).
#[tauri::command]
pub fn list_received_bundles(state: State<'_, AppState>) -> CmdResult<Vec<ReceivedBundle>> {
    state.db().received_bundles()
}

/// Asks where to save, then writes a received bundle exactly as it came, so that another
/// assembly can import it (its maker's signature still holds). The file written, or `null`
/// if the person cancelled.
#[tauri::command]
pub async fn pass_on_bundle<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    bundle: String,
) -> CmdResult<Option<String>> {
    let (info, bytes) = state.db().received_bundle_bytes(id("bundle", &bundle)?)?;
    let Some(path) = dialog::save_path(&app, "Pass a bundle on", &info.file_name, FILTER) else {
        return Ok(None);
    };
    std::fs::write(&path, bytes)
        .map_err(|e| Error::io(format!("cannot write {}", path.display()), e))?;
    Ok(Some(path.display().to_string()))
}

#[tauri::command]
pub fn get_federation(state: State<'_, AppState>) -> CmdResult<Federation> {
    state.db().federation()
}

#[tauri::command]
pub fn adopt_proposal(state: State<'_, AppState>, proposal: String) -> CmdResult<Proposal> {
    state
        .db()
        .adopt_proposal(Actor::Facilitator, id("proposal", &proposal)?)
}

#[cfg(test)]
mod tests {
    use plenary_core::Db;
    use serde_json::{json, Value};
    use tauri::ipc::{CallbackFn, InvokeBody};
    use tauri::test::{get_ipc_response, mock_builder, mock_context, noop_assets, INVOKE_KEY};
    use tauri::webview::InvokeRequest;
    use tauri::{Manager, WebviewWindow};

    fn window(
        db: Db,
    ) -> (
        tauri::App<tauri::test::MockRuntime>,
        WebviewWindow<tauri::test::MockRuntime>,
    ) {
        let app = crate::builder(mock_builder())
            .build(mock_context(noop_assets()))
            .unwrap();
        app.manage(crate::AppState::new(db));
        let w = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
            .build()
            .unwrap();
        (app, w)
    }

    fn call(
        w: &WebviewWindow<tauri::test::MockRuntime>,
        cmd: &str,
        args: Value,
    ) -> Result<Value, Value> {
        get_ipc_response(
            w,
            InvokeRequest {
                cmd: cmd.into(),
                callback: CallbackFn(0),
                error: CallbackFn(1),
                url: "tauri://localhost".parse().unwrap(),
                body: InvokeBody::Json(args),
                headers: Default::default(),
                invoke_key: INVOKE_KEY.to_string(),
            },
        )
        .map(|b| b.deserialize::<Value>().unwrap())
    }

    /// The whole path through the commands, with the test hook standing in for the dialogs.
    #[test]
    fn export_preview_import_federation_adopt() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("riv.plenary");
        std::env::set_var("PLENARY_TEST_DIALOG_PATH", &file);

        let mut riverside = Db::open_in_memory().unwrap();
        plenary_core::demo::fill(&mut riverside).unwrap();
        let (_a, wa) = window(riverside);
        let summary = call(
            &wa,
            "export_bundle",
            json!({"options": {"meetings": [], "since": null}}),
        )
        .unwrap();
        assert_eq!(summary["records"], 273);
        assert_eq!(summary["file_name"], "riv.plenary");

        let mut bristol = Db::open_in_memory().unwrap();
        bristol
            .init_assembly("Occupy Bristol", "BRS", None)
            .unwrap();
        let (_b, wb) = window(bristol);
        let preview = call(&wb, "preview_import", json!({})).unwrap();
        assert_eq!(preview["inspection"]["key"], "new");
        assert_eq!(preview["inspection"]["verifies"], true);
        assert_eq!(preview["report"]["dry_run"], true);
        assert_eq!(
            preview["report"]["totals"]["new"], 274,
            "273 records and the assembly"
        );
        let token = preview["token"].as_str().unwrap().to_string();

        let e = call(&wb, "import_bundle", json!({"token": "not-it"})).unwrap_err();
        assert_eq!(e["kind"], "not-found");
        let report = call(&wb, "import_bundle", json!({"token": token})).unwrap();
        assert_eq!(
            (
                report["changed"].as_bool(),
                report["totals"]["new"].as_u64()
            ),
            (Some(true), Some(274))
        );
        let e = call(&wb, "import_bundle", json!({"token": token})).unwrap_err();
        assert_eq!(e["kind"], "not-found", "a previewed file is imported once");

        let f = call(&wb, "get_federation", json!({})).unwrap();
        let riv = &f["assemblies"][1];
        assert_eq!(
            (riv["code"].as_str(), riv["bundles"].as_u64()),
            (Some("RIV"), Some(1))
        );
        assert!(riv["fingerprint"].as_str().unwrap().contains(' '));
        let theirs = f["proposals"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["is_local"] == false)
            .unwrap();
        assert_eq!(theirs["origin_name"], "Riverside General Assembly");
        let adopted = call(&wb, "adopt_proposal", json!({"proposal": theirs["id"]})).unwrap();
        assert_eq!(adopted["derived_from"], theirs["id"]);
        let e = call(&wb, "adopt_proposal", json!({"proposal": "nope"})).unwrap_err();
        assert_eq!(e["kind"], "invalid-input");
        assert!(f["decisions"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["origin_code"] == "RIV" && d["outcome"].is_string()));

        // The received file, passed on byte for byte.
        let received = call(&wb, "list_received_bundles", json!({})).unwrap();
        assert_eq!(received.as_array().unwrap().len(), 1);
        assert_eq!(received[0]["assembly_name"], "Riverside General Assembly");
        let passed = dir.path().join("passed.plenary");
        std::env::set_var("PLENARY_TEST_DIALOG_PATH", &passed);
        let written = call(&wb, "pass_on_bundle", json!({"bundle": received[0]["id"]})).unwrap();
        assert_eq!(written.as_str(), Some(passed.to_str().unwrap()));
        assert_eq!(
            std::fs::read(&passed).unwrap(),
            std::fs::read(&file).unwrap()
        );
        let e = call(&wb, "pass_on_bundle", json!({"bundle": "nope"})).unwrap_err();
        assert_eq!(e["kind"], "invalid-input");
        std::env::remove_var("PLENARY_TEST_DIALOG_PATH");
    }
}
