//! A database made by an earlier version, under the mock runtime: the app starts with
//! every command refused as `upgrading` (the window says its records are being brought up
//! to date) until the upgrade has run, then answers; an upgrade that fails leaves every
//! command answering with its failure, and the file as it was.

mod support;

use std::path::{Path, PathBuf};

use serde_json::json;
use support::mock::{call, window};
use tauri::test::mock_builder;

/// The previous release's demo database (schema version 6), as users have it.
const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/src-tauri/core/tests/fixtures/previous-release/riverside-demo.db"
);

fn copy_of_fixture(dir: &Path) -> PathBuf {
    let db = dir.join("ga.db");
    std::fs::copy(FIXTURE, &db).unwrap();
    std::fs::copy(format!("{FIXTURE}.key"), dir.join("ga.db.key")).unwrap();
    db
}

fn user_version(path: &Path) -> i64 {
    rusqlite::Connection::open(path)
        .unwrap()
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap()
}

#[test]
fn an_earlier_versions_database_is_brought_up_to_date_while_the_app_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let db_path = copy_of_fixture(dir.path());
    assert!(plenary_core::Db::needs_upgrade(&db_path).unwrap());
    let app = plenary_app::builder(mock_builder())
        .build(plenary_app::context())
        .unwrap();
    let upgrade = plenary_app::manage_db(&app, Some(db_path.clone()))
        .unwrap()
        .expect("a database of schema version 6 is upgraded in the background");
    let w = window(&app, "main");
    for (cmd, args) in [
        ("get_dashboard", json!({})),
        ("get_storage", json!({})),
        ("list_people", json!({"prefix": ""})),
    ] {
        let e = call(&w, cmd, args).unwrap_err();
        assert_eq!(e["kind"], "upgrading", "{cmd}: {e}");
        assert_eq!(e["code"], "error-upgrading", "{e}");
        assert!(
            e["message"]
                .as_str()
                .unwrap()
                .contains("brought up to date"),
            "{e}"
        );
    }
    // Nothing was opened yet: the file is still the earlier version's.
    assert_eq!(user_version(&db_path), 6);

    upgrade.run();
    let d = call(&w, "get_dashboard", json!({})).unwrap();
    assert_eq!(d["assembly"]["code"], "RIV");
    assert!(user_version(&db_path) > 6);
}

#[test]
fn a_current_database_opens_at_once_and_a_new_one_too() {
    let dir = tempfile::tempdir().unwrap();
    let current = dir.path().join("current.db");
    {
        let mut db = plenary_core::Db::open(&current).unwrap();
        plenary_core::demo::fill(&mut db).unwrap();
    }
    for path in [current, dir.path().join("new.db")] {
        assert!(!plenary_core::Db::needs_upgrade(&path).unwrap());
        let app = plenary_app::builder(mock_builder())
            .build(plenary_app::context())
            .unwrap();
        assert!(plenary_app::manage_db(&app, Some(path.clone()))
            .unwrap()
            .is_none());
        let w = window(&app, "main");
        let answer = call(&w, "get_dashboard", json!({}));
        assert_ne!(
            answer.as_ref().err().map(|e| e["kind"].clone()),
            Some(json!("upgrading")),
            "{}",
            path.display()
        );
    }
}

#[test]
fn an_upgrade_that_fails_is_what_every_command_answers_and_the_file_is_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let db_path = dir.path().join("broken.db");
    {
        // An earlier version's schema number on a file without its tables: the next
        // migration cannot run.
        let c = rusqlite::Connection::open(&db_path).unwrap();
        c.execute_batch("CREATE TABLE unrelated (x); PRAGMA user_version = 6;")
            .unwrap();
    }
    let app = plenary_app::builder(mock_builder())
        .build(plenary_app::context())
        .unwrap();
    let upgrade = plenary_app::manage_db(&app, Some(db_path.clone()))
        .unwrap()
        .expect("behind");
    upgrade.run();
    let w = window(&app, "main");
    let e = call(&w, "get_dashboard", json!({})).unwrap_err();
    assert_eq!(e["kind"], "database", "{e}");
    assert!(e["message"].as_str().unwrap().contains("migration"), "{e}");
    // The upgrade is one transaction: nothing of it stayed.
    assert_eq!(user_version(&db_path), 6);
}
