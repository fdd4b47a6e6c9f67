//! `plenary stack …` run as a program: output and exit codes, and crash safety — every
//! action a process acknowledged is in the database file even though the process was
//! killed (SIGKILL, no shutdown code) right after acknowledging it.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn plenary(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_plenary"))
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .unwrap()
}

fn ok(db: &Path, args: &[&str]) -> String {
    let out = plenary(db, args);
    assert!(
        out.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn fails(db: &Path, args: &[&str], code: i32, needle: &str) {
    let out = plenary(db, args);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(code), "{args:?}: {err}");
    assert!(err.starts_with("error: ") || code == 2, "{err}");
    assert!(err.contains(needle), "stderr {err:?} lacks {needle:?}");
    assert!(out.stdout.is_empty(), "nothing on stdout when refused");
}

/// An assembly with GA 1 (open) and items 1.1 and 1.2.
fn setup(dir: &Path) -> std::path::PathBuf {
    let db = dir.join("s.db");
    ok(&db, &["init", "--name", "Occupy London", "--code", "LDN"]);
    ok(&db, &["meeting", "new", "--date", "2026-03-01"]);
    for t in ["Tents", "Food"] {
        ok(
            &db,
            &[
                "agenda",
                "add",
                "--meeting",
                "1",
                "--kind",
                "discussion",
                "--title",
                t,
            ],
        );
    }
    ok(&db, &["meeting", "open", "1"]);
    db
}

#[test]
fn add_next_show_undo() {
    let dir = tempfile::tempdir().unwrap();
    let db = setup(dir.path());
    let id = ok(&db, &["stack", "add", "--item", "1.1", "--name", "Sam"]);
    assert!(
        id.trim().len() == 6 && id.trim().bytes().all(|b| b.is_ascii_hexdigit()),
        "add prints only the entry's short reference: {id:?}"
    );
    ok(
        &db,
        &[
            "stack",
            "add",
            "--item",
            "LDN-GA-1.1",
            "--name",
            "Alex",
            "--prioritize",
        ],
    );
    fails(
        &db,
        &["stack", "add", "--item", "1.1", "--name", "alex"],
        1,
        "Alex is already waiting on the stack of LDN-GA-1.1 to speak",
    );
    fails(
        &db,
        &[
            "stack",
            "add",
            "--item",
            "1.1",
            "--name",
            "Kim",
            "--kind",
            "direct-response",
        ],
        1,
        "nobody has the floor",
    );
    fails(
        &db,
        &[
            "stack", "add", "--item", "1.1", "--name", "Kim", "--kind", "shout",
        ],
        1,
        "unknown stack entry kind \"shout\"",
    );
    fails(
        &db,
        &["stack", "add", "--item", "9.9", "--name", "Kim"],
        1,
        "no agenda item \"9.9\"",
    );
    fails(&db, &["stack", "add", "--item", "1.1"], 2, "--name");
    assert_eq!(ok(&db, &["stack", "next", "--item", "1.1"]), "Alex\n");
    ok(
        &db,
        &[
            "stack",
            "add",
            "--item",
            "1.1",
            "--name",
            "Kim",
            "--kind",
            "direct-response",
        ],
    );
    ok(
        &db,
        &[
            "stack", "add", "--item", "1.1", "--name", "Lee", "--kind", "process",
        ],
    );

    let v: serde_json::Value =
        serde_json::from_str(&ok(&db, &["stack", "show", "--item", "1.1", "--json"])).unwrap();
    assert_eq!(v["speaker"]["name"], "Alex");
    let waiting: Vec<(String, String, String)> = v["waiting"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| {
            (
                w["name"].as_str().unwrap().into(),
                w["kind"].as_str().unwrap().into(),
                w["reason"]["label"].as_str().unwrap().into(),
            )
        })
        .collect();
    let want = [
        ("Lee", "process", "point of process"),
        ("Kim", "direct-response", "direct response to Alex"),
        ("Sam", "speak", "first time speaking today"),
    ];
    assert_eq!(
        waiting,
        want.map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
    );

    let text = ok(&db, &["stack", "show", "--item", "1.1"]);
    assert!(text.contains("floor: Alex"), "{text}");
    assert!(text.contains("direct response to Alex"), "{text}");

    assert_eq!(
        ok(&db, &["stack", "undo", "--item", "1.1"]),
        "undone: add Lee (point of process)\n"
    );
    assert_eq!(ok(&db, &["stack", "next", "--item", "1.1"]), "Kim\n");
    assert_eq!(ok(&db, &["stack", "next", "--item", "1.1"]), "Sam\n");
    // The stack is empty: nothing printed, exit 0 — also once nobody has the floor.
    assert_eq!(ok(&db, &["stack", "next", "--item", "1.1"]), "");
    assert_eq!(ok(&db, &["stack", "next", "--item", "1.1"]), "");
}

#[test]
fn the_other_stack_commands() {
    let dir = tempfile::tempdir().unwrap();
    let db = setup(dir.path());
    ok(&db, &["stack", "limit", "--item", "1.2", "--seconds", "90"]);
    fails(
        &db,
        &["stack", "limit", "--item", "1.2", "--seconds", "0"],
        1,
        "outside 1 to 3600 seconds",
    );
    fails(&db, &["stack", "limit", "--item", "1.2"], 2, "--seconds");
    ok(&db, &["stack", "add", "--item", "1.2", "--name", "Sam"]);
    ok(
        &db,
        &[
            "stack",
            "add",
            "--item",
            "1.2",
            "--name",
            "Sam",
            "--kind",
            "information",
        ],
    );
    let alex = ok(&db, &["stack", "add", "--item", "1.2", "--name", "Alex"]);
    ok(
        &db,
        &[
            "stack",
            "prioritize",
            "--item",
            "1.2",
            "--name",
            "Sam",
            "--kind",
            "speak",
        ],
    );
    fails(
        &db,
        &["stack", "prioritize", "--item", "1.2", "--name", "Sam"],
        1,
        "in 2 bands",
    );
    ok(&db, &["stack", "prioritize", "--entry", alex.trim()]);
    ok(
        &db,
        &["stack", "prioritize", "--entry", alex.trim(), "--unset"],
    );
    ok(
        &db,
        &[
            "stack",
            "withdraw",
            "--item",
            "1.2",
            "--name",
            "Sam",
            "--kind",
            "information",
        ],
    );
    ok(&db, &["stack", "close", "--item", "1.2"]);
    fails(
        &db,
        &["stack", "add", "--item", "1.2", "--name", "Kim"],
        1,
        "is closed",
    );
    ok(
        &db,
        &[
            "stack",
            "add",
            "--item",
            "1.2",
            "--name",
            "Kim",
            "--kind",
            "clarifying",
        ],
    );
    ok(&db, &["stack", "reopen", "--item", "1.2"]);
    assert_eq!(ok(&db, &["stack", "next", "--item", "1.2"]), "Kim\n");
    ok(&db, &["stack", "pause", "--item", "1.2"]);
    fails(
        &db,
        &["stack", "pause", "--item", "1.2"],
        1,
        "already paused",
    );
    ok(&db, &["stack", "resume", "--item", "1.2"]);
    assert_eq!(ok(&db, &["stack", "next", "--item", "1.2"]), "Sam\n");
    assert_eq!(ok(&db, &["stack", "next", "--item", "1.2"]), "Alex\n");
    assert_eq!(ok(&db, &["stack", "next", "--item", "1.2"]), "");
    let log: serde_json::Value =
        serde_json::from_str(&ok(&db, &["stack", "log", "--item", "1.2", "--json"])).unwrap();
    let log = log.as_array().unwrap();
    assert_eq!(log.len(), 3);
    assert_eq!(log[0]["pauses"].as_array().unwrap().len(), 1);
    assert_eq!(log[0]["limit_seconds"], 90);
    let stats: serde_json::Value =
        serde_json::from_str(&ok(&db, &["stack", "stats", "--meeting", "1", "--json"])).unwrap();
    assert_eq!(
        (stats["speeches"].as_i64(), stats["speakers"].as_i64()),
        (Some(3), Some(3))
    );
    assert!(
        ok(&db, &["stack", "stats", "--meeting", "LDN-GA-1"]).contains("3 speeches by 3 people")
    );
    ok(&db, &["meeting", "close", "1"]);
    fails(
        &db,
        &["stack", "add", "--item", "1.2", "--name", "Jo"],
        1,
        "GA 1 is closed",
    );
    fails(
        &db,
        &["stack", "undo", "--item", "1.2"],
        1,
        "GA 1 is closed",
    );
}

#[test]
fn every_acknowledged_action_survives_a_killed_process() {
    let dir = tempfile::tempdir().unwrap();
    let db = setup(dir.path());
    let mut acknowledged = Vec::new();
    for i in 0..12 {
        let mut child = Command::new(env!("CARGO_BIN_EXE_plenary"))
            .arg("--db")
            .arg(&db)
            .args([
                "stack",
                "add",
                "--item",
                "1.1",
                "--name",
                &format!("Person {i}"),
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // The id on stdout is the acknowledgement; kill the process the moment it arrives.
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        child.kill().unwrap(); // SIGKILL: no destructor, no checkpoint, no close
        child.wait().unwrap();
        acknowledged.push(line.trim().to_string());
    }
    // A fresh connection (as after a crash) sees every acknowledged entry, in order.
    let c = rusqlite::Connection::open(&db).unwrap();
    let found: Vec<String> = c
        .prepare("SELECT id FROM stack_entries ORDER BY added_no")
        .unwrap()
        .query_map([], |r| {
            r.get::<_, uuid::Uuid>(0).map(plenary_core::refs::short_ref)
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(found, acknowledged);
    let ok: String = c
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
    // The settings every Plenary connection runs with: WAL and synchronous=FULL (2), so
    // a commit is on disk before the action is acknowledged.
    let opened = plenary_core::Db::open(&db).unwrap();
    let mode: String = opened
        .conn()
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .unwrap();
    let sync: i64 = opened
        .conn()
        .pragma_query_value(None, "synchronous", |r| r.get(0))
        .unwrap();
    assert_eq!((mode.as_str(), sync), ("wal", 2));
}

#[test]
fn a_crash_right_after_the_actions_loses_none_of_them() {
    // The same through the library, deterministically: the connection is leaked (never
    // closed, never checkpointed), and the files on disk at that moment — the database
    // and its write-ahead log — are copied as a crash would leave them.
    let dir = tempfile::tempdir().unwrap();
    let db_path = setup(dir.path());
    let mut db = plenary_core::Db::open(&db_path).unwrap();
    let item = db.resolve_item("1.1").unwrap();
    let mut acknowledged = Vec::new();
    for name in ["Sam", "Alex", "Kim"] {
        acknowledged.push(
            db.stack_add(
                plenary_core::Actor::StackKeeper,
                item,
                name,
                plenary_core::stack::EntryKind::Speak,
                false,
            )
            .unwrap(),
        );
    }
    db.stack_next(plenary_core::Actor::StackKeeper, item)
        .unwrap();
    let crashed = dir.path().join("crashed");
    std::fs::create_dir(&crashed).unwrap();
    for suffix in ["", "-wal"] {
        let from = format!("{}{suffix}", db_path.display());
        std::fs::copy(&from, crashed.join(format!("s.db{suffix}"))).unwrap();
    }
    assert!(
        std::fs::metadata(crashed.join("s.db-wal")).unwrap().len() > 0,
        "the actions are in the log, not yet checkpointed"
    );
    std::mem::forget(db);
    let c = rusqlite::Connection::open(crashed.join("s.db")).unwrap();
    let found: Vec<(uuid::Uuid, String)> = c
        .prepare("SELECT id, status FROM stack_entries ORDER BY added_no")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let ids: Vec<uuid::Uuid> = found.iter().map(|f| f.0).collect();
    assert_eq!(ids, acknowledged);
    assert_eq!(
        found[0].1, "speaking",
        "the acknowledged `next` survived too"
    );
}
