//! The installation's own commands under the mock runtime: where the record is kept
//! (the "About" dialog), and the first run's "Open the demo assembly".

mod support;

use serde_json::json;
use support::mock::{call, window};
use tauri::test::mock_builder;

fn app_on(db_path: &std::path::Path) -> tauri::App<tauri::test::MockRuntime> {
    let app = plenary_app::builder(mock_builder())
        .build(plenary_app::context())
        .unwrap();
    plenary_app::manage_db(&app, Some(db_path.to_path_buf())).unwrap();
    app
}

#[test]
fn storage_names_the_database_key_and_backups_beside_it() {
    let dir = tempfile::tempdir().unwrap();
    let db_path = dir.path().join("ga.db");
    let app = app_on(&db_path);
    let w = window(&app, "main");
    let s = call(&w, "get_storage", json!({})).unwrap();
    let db = std::path::absolute(&db_path).unwrap();
    assert_eq!(s["database"], db.display().to_string());
    assert_eq!(s["key"], format!("{}.key", db.display()));
    assert_eq!(
        s["backups"],
        dir.path().join("backups").display().to_string()
    );
    assert_eq!(
        s["is_default_location"], false,
        "chosen with PLENARY_DB / --db"
    );
    assert_eq!(s["version"], env!("CARGO_PKG_VERSION"));
    // The projector window cannot ask.
    assert!(call(&window(&app, "projector"), "get_storage", json!({})).is_err());
}

#[test]
fn the_first_run_can_open_the_demo_once() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_on(&dir.path().join("first.db"));
    let w = window(&app, "main");
    let none = call(&w, "get_dashboard", json!({})).unwrap_err();
    assert_eq!(none["kind"], "no-assembly");

    let a = call(&w, "open_demo", json!({})).unwrap();
    assert_eq!(a["code"], "RIV");
    let d = call(&w, "get_dashboard", json!({})).unwrap();
    assert_eq!(d["assembly"]["name"], "Riverside General Assembly");

    // A database that has an assembly is never filled again.
    let again = call(&w, "open_demo", json!({})).unwrap_err();
    assert_eq!(again["kind"], "conflict");
    assert!(again["message"]
        .as_str()
        .unwrap()
        .contains("already has an assembly"));
}
