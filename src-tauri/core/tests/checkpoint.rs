//! The background checkpointer (`plenary_core::checkpoint`): actions no longer checkpoint
//! the write-ahead log themselves, the log is still checkpointed, and a process killed
//! while the checkpointer runs loses no acknowledged action.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use plenary_core::journal::Actor;
use plenary_core::wg::NewWg;
use plenary_core::Db;

fn wg(name: String) -> NewWg {
    NewWg {
        name,
        category: "operational".into(),
        status: None,
        description: "x".repeat(2000), // a few pages per action
        contact: String::new(),
        schedule: String::new(),
    }
}

fn autocheckpoint(db: &Db) -> i64 {
    db.conn()
        .pragma_query_value(None, "wal_autocheckpoint", |r| r.get(0))
        .unwrap()
}

/// Frames in the log not yet copied to the main file, as a PASSIVE checkpoint on a
/// separate connection reports them (log size, copied).
fn wal_frames(path: &std::path::Path) -> (i64, i64) {
    let c = rusqlite::Connection::open(path).unwrap();
    c.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |r| {
        Ok((r.get(1)?, r.get(2)?))
    })
    .unwrap()
}

#[test]
fn actions_leave_checkpoints_to_the_background_thread() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ga.db");
    let mut db = Db::open(&path).unwrap();
    db.init_assembly("Test Assembly", "TST", None).unwrap();
    assert_eq!(autocheckpoint(&db), 1000, "SQLite's default until asked");
    {
        let _ckpt = db
            .checkpoint_in_background(Duration::from_millis(20))
            .unwrap()
            .expect("a file database has a checkpointer");
        assert_eq!(autocheckpoint(&db), 0, "no checkpoint inside a commit");
        for i in 0..300 {
            db.add_wg(Actor::Cli, &wg(format!("Group {i}"))).unwrap();
        }
        // Within a while the thread has copied everything committed into the main file.
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let (log, copied) = wal_frames(&path);
            if log == copied {
                break;
            }
            assert!(
                Instant::now() < deadline,
                "the log was never checkpointed: {log} frames, {copied} copied"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
    // In memory there is no log, and so no checkpointer.
    let mem = Db::open_in_memory().unwrap();
    assert!(mem
        .checkpoint_in_background(Duration::from_millis(20))
        .unwrap()
        .is_none());
}

/// The child side of the crash test: runs actions with a busy checkpointer and prints
/// each acknowledged id, until it is killed.
#[test]
fn crash_child() {
    let Ok(path) = std::env::var("PLENARY_CHECKPOINT_CRASH_DB") else {
        return; // run only as the child of the test below
    };
    let mut db = Db::open(std::path::Path::new(&path)).unwrap();
    let _ckpt = db
        .checkpoint_in_background(Duration::from_millis(1))
        .unwrap();
    let run = std::process::id();
    for i in 0.. {
        let w = db
            .add_wg(Actor::Cli, &wg(format!("Group {run}-{i}")))
            .unwrap();
        println!("ACK {}", w.id);
    }
}

#[test]
fn a_process_killed_while_checkpointing_loses_no_acknowledged_action() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crash.db");
    {
        let mut db = Db::open(&path).unwrap();
        db.init_assembly("Test Assembly", "TST", None).unwrap();
    }
    let mut acknowledged = Vec::new();
    for round in 0..4 {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args(["--exact", "crash_child", "--nocapture", "--test-threads=1"])
            .env("PLENARY_CHECKPOINT_CRASH_DB", &path)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        // Let it run a varying while (through several checkpoints), then kill it.
        let want = 40 + round * 37;
        let mut got = 0;
        while got < want {
            let Some(Ok(line)) = lines.next() else { break };
            if let Some(id) = line.strip_prefix("ACK ") {
                acknowledged.push(uuid::Uuid::parse_str(id.trim()).unwrap());
                got += 1;
            }
        }
        child.kill().unwrap(); // SIGKILL: no destructor, no last checkpoint, no close
        child.wait().unwrap();
        assert_eq!(got, want, "the child stopped early");
    }
    let c = rusqlite::Connection::open(&path).unwrap();
    let ok: String = c
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
    for id in &acknowledged {
        let n: i64 = c
            .query_row(
                "SELECT count(*) FROM working_groups WHERE id = ?1",
                [id],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(
            n, 1,
            "acknowledged working group {id} is missing after the crash"
        );
    }
}
