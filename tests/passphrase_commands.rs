//! Encryption at rest in the app, under the mock runtime: an encrypted database starts
//! the app locked — every command but `unlock` refused with `locked`, the wrong
//! passphrase refused and the app still locked, the right one opens it; `unlock` is the
//! main window's only (the projector may not); set, change and remove from the settings.

mod support;

use plenary_core::passphrase::Passphrase;
use serde_json::json;
use support::mock::{call, window};
use tauri::test::mock_builder;

const PASS: &str = "correct horse battery";

fn app_on(db_path: &std::path::Path) -> tauri::App<tauri::test::MockRuntime> {
    let app = plenary_app::builder(mock_builder())
        .build(plenary_app::context())
        .unwrap();
    plenary_app::manage_db(&app, Some(db_path.to_path_buf())).unwrap();
    app
}

#[test]
fn an_encrypted_database_starts_the_app_locked_until_the_passphrase_opens_it() {
    let dir = tempfile::tempdir().unwrap();
    let db_path = dir.path().join("ga.db");
    {
        let mut db =
            plenary_core::Db::open_with_passphrase(&db_path, Some(&Passphrase::new(PASS))).unwrap();
        plenary_core::demo::fill(&mut db).unwrap();
    }
    let app = app_on(&db_path);
    let w = window(&app, "main");
    for (cmd, args) in [
        ("get_dashboard", json!({})),
        ("get_storage", json!({})),
        ("list_people", json!({"prefix": ""})),
        ("get_stack", json!({"item": "x"})), // one of the room's table
        ("set_passphrase", json!({"passphrase": PASS, "again": PASS})),
    ] {
        let e = call(&w, cmd, args).unwrap_err();
        assert_eq!(e["kind"], "locked", "{cmd}: {e}");
        assert!(e["message"].as_str().unwrap().contains("encrypted"), "{e}");
    }
    // The projector window may not even try.
    let projector = window(&app, "projector");
    assert!(call(&projector, "unlock", json!({"passphrase": PASS})).is_err());

    let e = call(&w, "unlock", json!({"passphrase": "wrong horse"})).unwrap_err();
    assert_eq!(e["kind"], "wrong-passphrase", "{e}");
    assert!(e["message"]
        .as_str()
        .unwrap()
        .contains("the passphrase does not open this database"));
    assert_eq!(
        call(&w, "get_dashboard", json!({})).unwrap_err()["kind"],
        "locked"
    );

    call(&w, "unlock", json!({"passphrase": PASS})).unwrap();
    let d = call(&w, "get_dashboard", json!({})).unwrap();
    assert_eq!(d["assembly"]["code"], "RIV");
    assert_eq!(
        call(&w, "get_storage", json!({})).unwrap()["encrypted"],
        true
    );
    // Unlocking again changes nothing.
    call(&w, "unlock", json!({"passphrase": "anything"})).unwrap();
}

#[test]
fn the_passphrase_is_set_changed_and_removed_from_the_settings() {
    let dir = tempfile::tempdir().unwrap();
    let db_path = dir.path().join("ga.db");
    {
        let mut db = plenary_core::Db::open(&db_path).unwrap();
        plenary_core::demo::fill(&mut db).unwrap();
    }
    let app = app_on(&db_path);
    let w = window(&app, "main");
    assert_eq!(
        call(&w, "get_storage", json!({})).unwrap()["encrypted"],
        false
    );

    let e = call(
        &w,
        "set_passphrase",
        json!({"passphrase": PASS, "again": "correct horse"}),
    )
    .unwrap_err();
    assert_eq!(e["kind"], "invalid-input", "{e}");
    let done = call(
        &w,
        "set_passphrase",
        json!({"passphrase": PASS, "again": PASS}),
    )
    .unwrap();
    assert_eq!(done["encrypted"], true);
    assert!(plenary_core::Db::is_encrypted_file(&db_path).unwrap());
    // The app goes on working, and writing, on the encrypted file.
    call(
        &w,
        "add_wg",
        json!({"input": {"name": "Bike Repair", "category": "operational"}}),
    )
    .unwrap();

    let new = "staple of the movement";
    let e = call(
        &w,
        "change_passphrase",
        json!({"current": "wrong horse", "passphrase": new, "again": new}),
    )
    .unwrap_err();
    assert_eq!(e["kind"], "wrong-passphrase", "{e}");
    call(
        &w,
        "change_passphrase",
        json!({"current": PASS, "passphrase": new, "again": new}),
    )
    .unwrap();
    assert_eq!(
        plenary_core::Db::open_with_passphrase(&db_path, Some(&Passphrase::new(PASS)))
            .err()
            .unwrap()
            .kind(),
        "wrong-passphrase"
    );

    let e = call(&w, "remove_passphrase", json!({"current": PASS})).unwrap_err();
    assert_eq!(e["kind"], "wrong-passphrase", "{e}");
    let done = call(&w, "remove_passphrase", json!({"current": new})).unwrap();
    assert_eq!(done["encrypted"], false);
    assert!(!plenary_core::Db::is_encrypted_file(&db_path).unwrap());
    let names: Vec<String> = call(&w, "get_dashboard", json!({})).unwrap()["working_groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["name"].as_str().unwrap().to_string())
        .collect();
    assert!(!names.is_empty());
    drop(app);
    let db = plenary_core::Db::open(&db_path).unwrap();
    assert!(
        db.conn()
            .query_row(
                "SELECT count(*) FROM working_groups WHERE name = 'Bike Repair'",
                [],
                |r| r.get::<_, i64>(0)
            )
            .unwrap()
            == 1
    );
}
