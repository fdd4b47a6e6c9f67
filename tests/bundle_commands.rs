//! The bundle commands through Tauri's mock runtime, with the test hook standing in for
//! the native dialogs: export, preview, import, the federation, adopt, received bundles
//! and passing one on.

mod support;

use plenary_core::Db;
use serde_json::json;
use support::mock::{app_with, call, window, DIALOG};

/// The whole path through the commands, with the test hook standing in for the dialogs.
#[test]
fn export_preview_import_federation_adopt() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("riv.plenary");
    let _dialog = DIALOG.lock().unwrap_or_else(|e| e.into_inner());
    std::env::set_var("PLENARY_TEST_DIALOG_PATH", &file);

    let mut riverside = Db::open_in_memory().unwrap();
    plenary_core::demo::fill(&mut riverside).unwrap();
    let a = app_with(riverside);
    let wa = window(&a, "main");
    let summary = call(
        &wa,
        "export_bundle",
        json!({"options": {"meetings": [], "since": null}}),
    )
    .unwrap();
    assert_eq!(summary["records"], 293);
    assert_eq!(summary["file_name"], "riv.plenary");

    let mut bristol = Db::open_in_memory().unwrap();
    bristol
        .init_assembly("Occupy Bristol", "BRS", None)
        .unwrap();
    let b = app_with(bristol);
    let wb = window(&b, "main");
    let preview = call(&wb, "preview_import", json!({})).unwrap();
    assert_eq!(preview["inspection"]["key"], "new");
    assert_eq!(preview["inspection"]["verifies"], true);
    assert_eq!(preview["report"]["dry_run"], true);
    assert_eq!(
        preview["report"]["totals"]["new"], 294,
        "293 records and the assembly"
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
        (Some(true), Some(294))
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
    let riv_id = riv["id"].clone();
    let props = call(
        &wb,
        "page_federated_proposals",
        json!({"filter": {"origin": riv_id}, "page": {}}),
    )
    .unwrap();
    let theirs = props["items"]
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
    assert!(riv["recent_decisions"]
        .as_array()
        .unwrap()
        .iter()
        .any(|d| d["proposal_reference"]
            .as_str()
            .is_some_and(|r| r.starts_with("RIV-"))
            && d["outcome"].is_string()));

    // The received file, passed on byte for byte.
    let received = call(
        &wb,
        "page_received_bundles",
        json!({"filter": {}, "page": {"limit": 10}}),
    )
    .unwrap();
    assert_eq!(received["total"], 1);
    let received = &received["items"];
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

/// A bundle dropped on the main window (src/file_drop.rs): the shell keeps the path and
/// tells the window only the name; `preview_import {dropped: true}` previews it without a
/// dialog (the same glance event and preview), once; several files or a file that is not
/// a bundle are refused with nothing kept; the projector's window takes no drop.
#[test]
fn a_dropped_bundle_is_previewed_once_and_a_bad_drop_is_refused() {
    use std::sync::{Arc, Mutex};
    use tauri::{DragDropEvent, Listener, PhysicalPosition};

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("riv.plenary");
    let mut riverside = Db::open_in_memory().unwrap();
    plenary_core::demo::fill(&mut riverside).unwrap();
    riverside
        .export_bundle(&file, &plenary_core::bundle::ExportOptions::default())
        .unwrap();
    let notes = dir.path().join("notes.txt");
    std::fs::write(&notes, "not a bundle").unwrap();
    // The dialog must not be asked: its test hook names a file that does not exist.
    let _dialog = DIALOG.lock().unwrap_or_else(|e| e.into_inner());
    std::env::set_var(
        "PLENARY_TEST_DIALOG_PATH",
        dir.path().join("no-such.plenary"),
    );

    let mut bristol = Db::open_in_memory().unwrap();
    bristol
        .init_assembly("Occupy Bristol", "BRS", None)
        .unwrap();
    let b = app_with(bristol);
    let wb = window(&b, "main");
    let heard = Arc::new(Mutex::new(Vec::<(String, serde_json::Value)>::new()));
    for name in ["file-drop", "import-checking"] {
        let heard = heard.clone();
        b.listen_any(name, move |e| {
            let payload = serde_json::from_str(e.payload()).unwrap();
            heard.lock().unwrap().push((name.to_string(), payload));
        });
    }
    let take_heard = || std::mem::take(&mut *heard.lock().unwrap());
    let main = wb.as_ref().window();
    let at = PhysicalPosition::new(10.0, 10.0);
    let drop_on = |w: &tauri::Window<_>, paths: Vec<std::path::PathBuf>| {
        plenary_app::file_drop::on_drag_drop(
            w,
            &DragDropEvent::Enter {
                paths: paths.clone(),
                position: at,
            },
        );
        plenary_app::file_drop::on_drag_drop(
            w,
            &DragDropEvent::Drop {
                paths,
                position: at,
            },
        );
    };

    drop_on(&main, vec![file.clone()]);
    assert_eq!(
        take_heard(),
        [
            ("file-drop".into(), json!({"kind": "over"})),
            (
                "file-drop".into(),
                json!({"kind": "dropped", "file_name": "riv.plenary"})
            ),
        ],
        "the window hears the file's name, never its path"
    );
    let preview = call(&wb, "preview_import", json!({"dropped": true})).unwrap();
    assert_eq!(preview["inspection"]["file_name"], "riv.plenary");
    assert_eq!(preview["inspection"]["verifies"], true);
    assert_eq!(preview["report"]["totals"]["new"], 294);
    let heard_now = take_heard();
    assert_eq!(heard_now.len(), 1, "one glance: {heard_now:?}");
    let (name, checking) = &heard_now[0];
    assert_eq!(name, "import-checking");
    assert_eq!(checking["file_name"], "riv.plenary");
    assert_eq!(checking["bytes"], std::fs::metadata(&file).unwrap().len());
    assert_eq!(checking["glance"]["assembly"]["code"], "RIV");
    assert_eq!(checking["glance"]["checked"], false);
    // Taken once: asked again, nothing is waiting.
    let e = call(&wb, "preview_import", json!({"dropped": true})).unwrap_err();
    assert_eq!(e["kind"], "not-found");
    assert!(
        e["message"]
            .as_str()
            .unwrap()
            .contains("drop the file on the window again"),
        "{e}"
    );
    // The previewed file imports under its token, as from the dialog.
    let token = preview["token"].as_str().unwrap();
    let report = call(&wb, "import_bundle", json!({"token": token})).unwrap();
    assert_eq!(report["totals"]["new"], 294);

    // Several files: refused, and an earlier drop still kept is forgotten.
    drop_on(&main, vec![file.clone()]);
    drop_on(&main, vec![file.clone(), notes.clone()]);
    let refused = take_heard().pop().unwrap();
    assert_eq!(
        refused.1,
        json!({"kind": "refused", "reason": "several-files", "file_name": null})
    );
    let e = call(&wb, "preview_import", json!({"dropped": true})).unwrap_err();
    assert_eq!(e["kind"], "not-found");
    // Not a bundle: refused by its name, nothing read or kept.
    drop_on(&main, vec![notes.clone()]);
    assert_eq!(
        take_heard().pop().unwrap().1,
        json!({"kind": "refused", "reason": "not-a-bundle", "file_name": "notes.txt"})
    );
    assert_eq!(
        call(&wb, "preview_import", json!({"dropped": true})).unwrap_err()["kind"],
        "not-found"
    );
    // The drag left without a drop.
    plenary_app::file_drop::on_drag_drop(&main, &DragDropEvent::Leave);
    assert_eq!(
        take_heard(),
        [("file-drop".into(), json!({"kind": "left"}))]
    );
    // The projector's window takes no drop.
    let projector = window(&b, "projector");
    drop_on(&projector.as_ref().window(), vec![file.clone()]);
    assert!(take_heard().is_empty());
    assert_eq!(
        call(&wb, "preview_import", json!({"dropped": true})).unwrap_err()["kind"],
        "not-found"
    );
    std::env::remove_var("PLENARY_TEST_DIALOG_PATH");
}
