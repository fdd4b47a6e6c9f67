//! `plenary federation folders|sync|watch|approve` as a script sees them: JSON, the
//! approval of a waiting key, and `watch` running headless until interrupted.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

fn plenary(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_plenary"))
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .unwrap()
}

fn ok(db: &Path, args: &[&str]) -> String {
    let o = plenary(db, args);
    assert!(
        o.status.success(),
        "plenary {args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn json(db: &Path, args: &[&str]) -> Value {
    let out = ok(db, args);
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("not JSON ({e}): {out}"))
}

fn init(dir: &Path, name: &str, code: &str) -> PathBuf {
    let db = dir.join(format!("{code}.db"));
    ok(&db, &["init", "--name", name, "--code", code]);
    db
}

fn mkdir(dir: &Path, name: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::create_dir_all(&p).unwrap();
    p
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn folders_sync_and_approve_as_json() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let riv = init(d, "Riverside GA", "RIV");
    ok(
        &riv,
        &[
            "wg",
            "add",
            "--name",
            "Kitchen",
            "--category",
            "operational",
        ],
    );
    let lak = init(d, "Lakeside GA", "LAK");
    // Riverside writes into Lakeside's inbox; Lakeside writes into Riverside's.
    let (riv_out, lak_out) = (mkdir(d, "riv-out"), mkdir(d, "lak-out"));
    ok(
        &riv,
        &[
            "federation",
            "folders",
            "--inbox",
            s(&lak_out),
            "--outbox",
            s(&riv_out),
        ],
    );
    let st = json(
        &lak,
        &[
            "federation",
            "folders",
            "--inbox",
            s(&riv_out),
            "--outbox",
            s(&lak_out),
            "--json",
        ],
    );
    assert_eq!(
        st["inbox"].as_str(),
        Some(s(&std::fs::canonicalize(&riv_out).unwrap()))
    );

    let r = json(&riv, &["federation", "sync", "--json"]);
    assert!(
        r["outbox"]["written"]["file_name"].as_str().is_some(),
        "{r}"
    );
    let r = json(&lak, &["federation", "sync", "--json"]);
    assert_eq!(r["inbox"]["pending"].as_array().unwrap().len(), 1, "{r}");
    let fp = r["inbox"]["pending"][0]["fingerprint"]
        .as_str()
        .unwrap()
        .to_string();

    let text = ok(&lak, &["federation", "folders"]);
    assert!(text.contains("Waiting for approval"), "{text}");
    assert!(text.contains(&fp), "{text}");

    // A key nobody waits for: refused, exit 1, with the waiting one named.
    let bad = plenary(&lak, &["federation", "approve", &"0".repeat(64)]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad.stderr).contains(&fp));

    let a = json(&lak, &["federation", "approve", &fp, "--json"]);
    assert_eq!(a["imported"].as_array().unwrap().len(), 1, "{a}");
    let wgs = json(&lak, &["wg", "list", "--json"]);
    assert!(wgs.to_string().contains("Kitchen"), "{wgs}");
    // Passed on into Lakeside's outbox, which Riverside reads: its own, skipped.
    let r = json(&riv, &["federation", "sync", "--json"]);
    assert_eq!(r["inbox"]["own"], 1, "{r}");
    assert!(
        r["outbox"]["written"].is_null(),
        "nothing changed at Riverside: {r}"
    );
}

#[test]
fn watch_runs_until_interrupted_and_imports_what_arrives() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let riv = init(d, "Riverside GA", "RIV");
    let lak = init(d, "Lakeside GA", "LAK");
    let (inbox, outbox) = (mkdir(d, "in"), mkdir(d, "out"));
    ok(
        &lak,
        &[
            "federation",
            "folders",
            "--inbox",
            s(&inbox),
            "--outbox",
            s(&outbox),
        ],
    );
    // Riverside's key approved once, from a first bundle.
    ok(
        &riv,
        &["bundle", "export", "-o", s(&inbox.join("RIV-1.plenary"))],
    );
    let r = json(&lak, &["federation", "sync", "--json"]);
    let fp = r["inbox"]["pending"][0]["fingerprint"]
        .as_str()
        .unwrap()
        .to_string();
    ok(&lak, &["federation", "approve", &fp]);

    let mut child = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .arg("--db")
        .arg(&lak)
        .args(["federation", "watch", "--json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (send, receive) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = send.send(line);
        }
    });
    let mut lines = Vec::new();
    let wait_for = |what: &dyn Fn(&Value) -> bool, lines: &mut Vec<String>| {
        let deadline = Instant::now() + Duration::from_secs(30);
        while Instant::now() < deadline {
            if let Ok(l) = receive.recv_timeout(Duration::from_millis(200)) {
                let v: Value = serde_json::from_str(&l).unwrap_or(Value::Null);
                lines.push(l);
                if what(&v) {
                    return true;
                }
            }
        }
        false
    };
    // The start: a whole sync, the outbox included (nothing new to write: `sync` wrote it).
    let started = wait_for(&|v| v["report"]["outbox"].is_object(), &mut lines);
    ok(
        &riv,
        &["wg", "add", "--name", "Legal", "--category", "operational"],
    );
    ok(
        &riv,
        &["bundle", "export", "-o", s(&inbox.join("RIV-2.plenary"))],
    );
    let imported = wait_for(
        &|v| {
            v["report"]["inbox"]["imported"]
                .as_array()
                .is_some_and(|a| a.iter().any(|i| i["file_name"] == "RIV-2.plenary"))
        },
        &mut lines,
    );
    // SAFETY: signalling the child we started, by its pid.
    unsafe {
        libc::kill(child.id() as i32, libc::SIGINT);
    }
    let deadline = Instant::now() + Duration::from_secs(20);
    let status = loop {
        if let Some(st) = child.try_wait().unwrap() {
            break Some(st);
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(started, "the watcher synced on start: {lines:?}");
    assert!(imported, "the watcher imported the new bundle: {lines:?}");
    let status = status.expect("watch stops when interrupted");
    assert!(status.success(), "{status:?}");
    let wgs = json(&lak, &["wg", "list", "--json"]);
    assert!(wgs.to_string().contains("Legal"), "{wgs}");
}

#[test]
fn the_folders_notes_are_said_in_the_runs_language_and_json_keeps_code_and_english() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let lak = init(d, "Lakeside GA", "LAK");
    let (inbox, outbox) = (mkdir(d, "in"), mkdir(d, "out"));
    ok(
        &lak,
        &[
            "federation",
            "folders",
            "--inbox",
            s(&inbox),
            "--outbox",
            s(&outbox),
        ],
    );
    // A file still being copied: not a bundle yet.
    std::fs::write(inbox.join("RIV-2.plenary"), b"PK\x03\x04 half").unwrap();

    let out = ok(&lak, &["--lang", "es", "federation", "sync"]);
    assert!(out.contains("dejado aparte: RIV-2.plenary: RIV-2.plenary no es un paquete que este Plenary pueda leer: "), "{out}");
    assert!(
        out.contains(" — se deja aparte; se vuelve a intentar cuando cambie"),
        "{out}"
    );
    assert!(out.contains("bandeja de salida: escrito LAK-"), "{out}");
    assert!(
        out.contains("registros, 0 borrados (toda la asamblea)"),
        "{out}"
    );
    for english in [
        "left alone",
        "not a bundle",
        "wrote",
        "records",
        "whole assembly",
    ] {
        assert!(!out.contains(english), "{english:?} in {out}");
    }
    let out = ok(&lak, &["--lang", "es", "federation", "sync"]);
    assert!(
        out.contains("bandeja de salida: nada ha cambiado desde el último paquete de salida, LAK-"),
        "{out}"
    );

    let out = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .arg("--db")
        .arg(&lak)
        .args(["federation", "folders"])
        .env("LANG", "es_ES.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.contains("RIV-2.plenary: RIV-2.plenary no es un paquete"),
        "{out}"
    );
    assert!(!out.contains("left alone"), "{out}");

    // `--json`: the English note, and its code and values to word elsewhere.
    let st = json(&lak, &["--lang", "es", "federation", "folders", "--json"]);
    let f = &st["left_alone"][0];
    assert!(f["note"].as_str().unwrap().contains("— left alone"), "{f}");
    assert_eq!(
        f["note_said"]["code"], "error-federation-note-left-alone",
        "{f}"
    );
    assert_eq!(
        f["note_said"]["args"]["why"]["code"], "error-bundle-unreadable",
        "{f}"
    );
}
