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
        .any(|d| d["origin_code"] == "RIV" && d["outcome"].is_string()));

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
