//! `plenary bundle` and `plenary meeting list --imported` as a script sees them (issue 13):
//! JSON on refusal too, the documented exit codes, "verifies" apart from "importable here".

#[path = "support/forge.rs"]
mod forge;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use plenary_core::Db;
use serde_json::{json, Value};

fn plenary(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_plenary"))
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn json_of(o: &Output) -> Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {}", stdout(o)))
}

/// The Riverside demo (a file database with its key beside it) and its bundle.
fn riverside(dir: &Path) -> (PathBuf, PathBuf) {
    let a = dir.join("riv.db");
    assert!(plenary(&a, &["demo"]).status.success());
    let file = dir.join("riv.plenary");
    assert!(
        plenary(&a, &["bundle", "export", "-o", file.to_str().unwrap()])
            .status
            .success()
    );
    (a, file)
}

fn init(dir: &Path, name: &str, code: &str) -> PathBuf {
    let b = dir.join(format!("{code}.db"));
    assert!(plenary(&b, &["init", "--name", name, "--code", code])
        .status
        .success());
    b
}

#[test]
fn a_refused_bundle_is_json_too_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let (_, file) = riverside(dir.path());
    // An assembly that uses Riverside's own code: the bundle verifies, but not here.
    let b = init(dir.path(), "Riverside too", "RIV");
    let f = file.to_str().unwrap();
    let out = plenary(&b, &["bundle", "import", f, "--json"]);
    assert_eq!(out.status.code(), Some(1));
    let j = json_of(&out);
    assert_eq!(j["error"]["kind"], "bundle");
    assert!(
        j["error"]["message"]
            .as_str()
            .unwrap()
            .contains("this assembly's own code"),
        "{j}"
    );
    let text = stdout(&plenary(&b, &["bundle", "inspect", f]));
    assert!(text.contains("verifies:    yes"), "{text}");
    assert!(text.contains("importable:  NO, not here:"), "{text}");
    let insp = json_of(&plenary(&b, &["bundle", "inspect", f, "--json"]));
    assert_eq!(
        (insp["verifies"].as_bool(), insp["importable"].as_bool()),
        (Some(true), Some(false))
    );
}

#[test]
fn an_import_with_refused_records_exits_3() {
    let dir = tempfile::tempdir().unwrap();
    let (a, file) = riverside(dir.path());
    let key = Db::open(&a).unwrap().signing_key().unwrap();
    // A second meeting with the number of the first: refused, the rest imported.
    let bad = forge::forge(&std::fs::read(&file).unwrap(), &key, |e, m| {
        let mut rows = forge::lines(e, "meetings");
        let mut copy = rows[0].clone();
        copy["id"] = json!(uuid::Uuid::now_v7());
        rows.push(copy);
        forge::set_lines(e, m, "meetings", &rows);
    });
    let bad_file = dir.path().join("bad.plenary");
    std::fs::write(&bad_file, bad).unwrap();
    let f = bad_file.to_str().unwrap();
    let b = init(dir.path(), "Occupy Bristol", "BRS");

    let text = stdout(&plenary(&b, &["bundle", "inspect", f]));
    assert!(text.contains("importable:  yes, here"), "{text}");
    assert!(
        text.contains("refused:     1 records would be refused here"),
        "{text}"
    );
    let dry = plenary(&b, &["bundle", "import", f, "--dry-run", "--json"]);
    assert_eq!(dry.status.code(), Some(3));
    assert_eq!(json_of(&dry)["totals"]["refused"], 1);
    let out = plenary(&b, &["bundle", "import", f]);
    assert_eq!(out.status.code(), Some(3));
    assert!(
        stdout(&out).contains("another meeting of the same assembly already has number"),
        "{}",
        stdout(&out)
    );
    // Imported whole the second time round: nothing refused, exit 0.
    let c = init(dir.path(), "Occupy Cardiff", "CRD");
    assert_eq!(
        plenary(&c, &["bundle", "import", file.to_str().unwrap()])
            .status
            .code(),
        Some(0)
    );

    // Their meetings, listed with ours on request.
    let ours = json_of(&plenary(&b, &["meeting", "list", "--json"]));
    assert_eq!(ours.as_array().unwrap().len(), 0);
    let all = json_of(&plenary(&b, &["meeting", "list", "--imported", "--json"]));
    assert!(!all.as_array().unwrap().is_empty());
    assert!(
        all[0]["reference"].as_str().unwrap().starts_with("RIV-GA-"),
        "{all}"
    );
    let text = stdout(&plenary(&b, &["meeting", "list", "--imported"]));
    assert!(text.contains("RIV-GA-"), "{text}");
}
