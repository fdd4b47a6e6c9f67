//! The `plenary` command line, run as a program: output, exit codes, and that bad input
//! leaves the database file unchanged.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

struct Run {
    out: Output,
}

impl Run {
    fn ok(self) -> String {
        assert!(
            self.out.status.success(),
            "failed: {}",
            String::from_utf8_lossy(&self.out.stderr)
        );
        String::from_utf8(self.out.stdout).unwrap()
    }
    fn fails(self, code: i32, needle: &str) {
        let err = String::from_utf8_lossy(&self.out.stderr);
        assert_eq!(self.out.status.code(), Some(code), "stderr: {err}");
        assert!(err.contains(needle), "stderr {err:?} lacks {needle:?}");
    }
}

fn plenary(db: &Path, args: &[&str]) -> Run {
    plenary_env(db, args, &[])
}

/// `plenary` with these locale variables and no others (the outputs checked here are in
/// English unless a test asks for a language).
fn plenary_env(db: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut c = Command::new(env!("CARGO_BIN_EXE_plenary"));
    for v in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        c.env_remove(v);
    }
    let out = c
        .envs(env.iter().copied())
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .unwrap();
    Run { out }
}

fn demo_db(dir: &Path) -> PathBuf {
    let db = dir.join("demo.db");
    let id = plenary(&db, &["demo"]).ok();
    assert!(
        uuid::Uuid::parse_str(id.trim()).is_ok(),
        "demo prints the assembly id: {id}"
    );
    db
}

/// The database's content, through a separate connection (WAL included).
fn content(db: &Path) -> String {
    let c = rusqlite::Connection::open(db).unwrap();
    // (The search index's FTS5 tables include WITHOUT ROWID ones: counted only.)
    let tables: Vec<(String, bool)> = c
        .prepare("SELECT name, coalesce(sql, '') LIKE '%WITHOUT ROWID%' FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    tables
        .iter()
        .map(|(t, without_rowid)| {
            let n: i64 = c
                .query_row(&format!("SELECT count(*) FROM \"{t}\""), [], |r| r.get(0))
                .unwrap();
            let last: String = if *without_rowid {
                String::new()
            } else {
                c.query_row(
                    &format!("SELECT coalesce(max(rowid), 0) || '' FROM \"{t}\""),
                    [],
                    |r| r.get(0),
                )
                .unwrap()
            };
            format!("{t}:{n}:{last}")
        })
        .collect::<Vec<_>>()
        .join(",")
}

#[test]
fn demo_then_wg_list_json() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path());
    let json: serde_json::Value =
        serde_json::from_str(&plenary(&db, &["wg", "list", "--json"]).ok()).unwrap();
    let names: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["name"].as_str().unwrap())
        .collect();
    assert!(names.len() >= 8);
    assert!(names.contains(&"Kitchen") && names.contains(&"Vision and Goals"));
    assert!(json[0]["category"].is_string() && json[0]["status"].is_string());
}

#[test]
fn init_wg_meeting_agenda_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("a.db");
    plenary(&db, &["init", "--name", "Occupy London", "--code", "LDN"]).ok();
    plenary(&db, &["init", "--name", "Again", "--code", "AGN"]).fails(1, "already has an assembly");
    let wg = plenary(
        &db,
        &[
            "wg",
            "add",
            "--name",
            "Kitchen",
            "--category",
            "operational",
        ],
    )
    .ok();
    assert!(
        uuid::Uuid::parse_str(wg.trim()).is_ok(),
        "wg add prints only the id: {wg:?}"
    );
    plenary(&db, &["wg", "status", "Kitchen", "--set", "active"]).ok();
    let m = plenary(
        &db,
        &[
            "meeting",
            "new",
            "--date",
            "2026-03-01",
            "--place",
            "St Paul's",
        ],
    )
    .ok();
    assert_eq!(
        m.trim(),
        "LDN-GA-1",
        "a creating command prints the human reference"
    );
    plenary(
        &db,
        &[
            "agenda",
            "add",
            "--meeting",
            "LDN-GA-1",
            "--kind",
            "report-back",
            "--title",
            "Kitchen",
            "--wg",
            "Kitchen",
            "--minutes",
            "5",
        ],
    )
    .ok();
    let p = plenary(
        &db,
        &[
            "proposal",
            "new",
            "--title",
            "Stove",
            "--text",
            "Buy a stove",
            "--by",
            "Jo",
        ],
    )
    .ok();
    plenary(
        &db,
        &[
            "agenda",
            "add",
            "--meeting",
            "1",
            "--kind",
            "proposal",
            "--title",
            "Stove",
            "--proposal",
            p.trim(),
        ],
    )
    .ok();
    let items: serde_json::Value =
        serde_json::from_str(&plenary(&db, &["agenda", "list", "--meeting", "1", "--json"]).ok())
            .unwrap();
    assert_eq!(items[0]["reference"], "LDN-GA-1.1");
    assert_eq!(items[1]["kind"], "proposal");
    let show: serde_json::Value =
        serde_json::from_str(&plenary(&db, &["meeting", "show", "1", "--json"]).ok()).unwrap();
    assert_eq!(show["meeting"]["place"], "St Paul's");
    assert_eq!(show["planned_minutes"], 5);
    plenary(&db, &["meeting", "open", "1"]).ok();
    plenary(&db, &["meeting", "close", "1"]).ok();
    plenary(
        &db,
        &[
            "agenda",
            "add",
            "--meeting",
            "1",
            "--kind",
            "soapbox",
            "--title",
            "Late",
        ],
    )
    .fails(1, "closed");
    let list: serde_json::Value =
        serde_json::from_str(&plenary(&db, &["meeting", "list", "--json"]).ok()).unwrap();
    assert_eq!(list[0]["status"], "closed");
}

#[test]
fn bad_input_fails_clearly_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path());
    let before = content(&db);
    plenary(
        &db,
        &["wg", "add", "--name", "", "--category", "operational"],
    )
    .fails(1, "error: working-group name is empty");
    plenary(&db, &["wg", "add", "--name", "X", "--category", "cooking"])
        .fails(1, "unknown working-group category");
    plenary(
        &db,
        &[
            "wg",
            "add",
            "--name",
            "kitchen",
            "--category",
            "operational",
        ],
    )
    .fails(1, "already a working group");
    plenary(&db, &["wg", "status", "Nope", "--set", "active"])
        .fails(1, "no working group \"Nope\"");
    plenary(&db, &["wg", "status", "Kitchen", "--set", "asleep"])
        .fails(1, "unknown working-group status");
    plenary(&db, &["meeting", "new", "--date", "26/11/2026"]).fails(1, "YYYY-MM-DD");
    plenary(&db, &["meeting", "show", "99"]).fails(1, "no meeting \"99\"");
    plenary(&db, &["meeting", "open", "1"]).fails(1, "closed");
    plenary(
        &db,
        &[
            "agenda",
            "add",
            "--meeting",
            "4",
            "--kind",
            "speech",
            "--title",
            "x",
        ],
    )
    .fails(1, "unknown agenda item kind");
    plenary(
        &db,
        &[
            "agenda",
            "list",
            "--meeting",
            "01900000-0000-7000-8000-000000000009",
        ],
    )
    .fails(1, "no meeting");
    plenary(&db, &["demo"]).fails(1, "needs an empty database");
    assert_eq!(content(&db), before);
}

#[test]
fn usage_errors_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("u.db");
    plenary(&db, &["wg", "frobnicate"]).fails(2, "error:");
    plenary(&db, &["meeting", "new"]).fails(2, "--date");
}

#[test]
fn commands_refuse_a_database_without_assembly() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("none.db");
    plenary(&db, &["wg", "list"]).fails(1, "run `plenary init");
    assert!(!db.exists(), "a refused command must not create a database");
}

#[test]
fn plenary_db_env_is_the_default() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("env.db");
    let out = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .env("PLENARY_DB", &db)
        .args(["init", "--name", "A", "--code", "AA"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(db.exists());
}

#[test]
fn items_are_taken_up_finished_and_tabled() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path());
    plenary(&db, &["agenda", "start", "4.1"]).fails(1, "open the meeting");
    plenary(&db, &["meeting", "open", "4"]).ok();
    assert_eq!(
        plenary(&db, &["agenda", "start", "4.1"]).ok().trim(),
        "RIV-GA-4.1 is under way"
    );
    assert_eq!(
        plenary(&db, &["agenda", "finish", "RIV-GA-4.1"])
            .ok()
            .trim(),
        "RIV-GA-4.1 is done"
    );
    plenary(&db, &["agenda", "finish", "4.1"]).fails(1, "only the item under way");
    assert_eq!(
        plenary(&db, &["agenda", "table", "4.2"]).ok().trim(),
        "RIV-GA-4.2 is tabled"
    );
    let items: serde_json::Value =
        serde_json::from_str(&plenary(&db, &["agenda", "list", "--meeting", "4", "--json"]).ok())
            .unwrap();
    assert_eq!(
        (items[0]["status"].as_str(), items[1]["status"].as_str()),
        (Some("done"), Some("tabled"))
    );
}

#[test]
fn a_closed_pipe_ends_the_command_quietly() {
    use std::io::Read;
    use std::process::Stdio;
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path());
    let mut child = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .arg("--db")
        .arg(&db)
        .args(["minutes", "2", "--speakers"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take()); // the reader goes away at once, like `| head -0`
    let status = child.wait().unwrap();
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert!(!err.contains("panicked"), "{err}");
    assert!(status.code() != Some(101), "a panic exits 101: {status:?}");
}

fn json_of(run: Run) -> serde_json::Value {
    let out = run.ok();
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("not JSON ({e}): {out}"))
}

#[test]
fn bundles_through_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let a = demo_db(dir.path());
    let b = dir.path().join("b.db");
    plenary(&b, &["init", "--name", "Occupy Bristol", "--code", "BRS"]).ok();
    let file = dir.path().join("riv.plenary");
    let out = plenary(&a, &["bundle", "export", "-o", file.to_str().unwrap()]).ok();
    assert!(out.contains("293 records"), "{out}");

    let insp = json_of(plenary(
        &b,
        &["bundle", "inspect", file.to_str().unwrap(), "--json"],
    ));
    assert_eq!(
        (insp["key"].as_str(), insp["verifies"].as_bool()),
        (Some("new"), Some(true))
    );
    assert_eq!(insp["assembly"]["code"], "RIV");
    let text = plenary(&b, &["bundle", "inspect", file.to_str().unwrap()]).ok();
    assert!(
        text.contains("fingerprint:") && text.contains("verifies:    yes"),
        "{text}"
    );

    let before = content(&b);
    let dry = json_of(plenary(
        &b,
        &[
            "bundle",
            "import",
            file.to_str().unwrap(),
            "--dry-run",
            "--json",
        ],
    ));
    assert_eq!(
        (dry["dry_run"].as_bool(), dry["changed"].as_bool()),
        (Some(true), Some(false))
    );
    assert_eq!(dry["totals"]["new"], 294, "293 records and the assembly");
    assert_eq!(content(&b), before, "a dry run writes nothing");

    let text = plenary(&b, &["bundle", "import", file.to_str().unwrap()]).ok();
    assert!(
        text.contains("294 new, 0 updated, 0 unchanged, 0 refused"),
        "{text}"
    );
    let again = json_of(plenary(
        &b,
        &["bundle", "import", file.to_str().unwrap(), "--json"],
    ));
    assert_eq!(
        (
            again["totals"]["new"].as_u64(),
            again["totals"]["unchanged"].as_u64()
        ),
        (Some(0), Some(294))
    );

    let received = json_of(plenary(&b, &["bundle", "received", "--json"]));
    let id = received[0]["id"].as_str().unwrap().to_string();
    let passed = dir.path().join("passed.plenary");
    plenary(
        &b,
        &["bundle", "pass-on", &id, "-o", passed.to_str().unwrap()],
    )
    .ok();
    assert_eq!(
        std::fs::read(&passed).unwrap(),
        std::fs::read(&file).unwrap()
    );

    // Another assembly's proposal, adopted: prints the new proposal's reference.
    let theirs = json_of(plenary(
        &a,
        &["proposal", "show", "RIV-P-2026-001", "--json"],
    ));
    let theirs = &theirs["proposal"]["id"];
    let adopted = plenary(&b, &["proposal", "adopt", theirs.as_str().unwrap()]).ok();
    let shown = json_of(plenary(&b, &["proposal", "show", adopted.trim(), "--json"]));
    assert_eq!(&shown["proposal"]["derived_from"], theirs);
    let reference = shown["proposal"]["reference"].as_str().unwrap();
    assert!(reference.starts_with("BRS-P-"), "{reference}");
    assert_eq!(adopted.trim(), reference, "adopt prints the reference");
}

#[test]
fn bad_bundles_fail_clearly_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let b = demo_db(dir.path());
    let junk = dir.path().join("junk.plenary");
    std::fs::write(&junk, "not a zip").unwrap();
    let before = content(&b);
    plenary(&b, &["bundle", "import", junk.to_str().unwrap()]).fails(
        1,
        "error: junk.plenary was not imported: it is not a zip file",
    );
    plenary(&b, &["bundle", "inspect", junk.to_str().unwrap()]).fails(1, "is not a bundle");
    plenary(&b, &["bundle", "import", "/nonexistent.plenary"]).fails(1, "cannot open");
    plenary(
        &b,
        &[
            "bundle",
            "export",
            "-o",
            "x.plenary",
            "--meeting",
            "1",
            "--since",
            "2026-01-01",
        ],
    )
    .fails(1, "not both");
    plenary(&b, &["bundle", "pass-on", "nope", "-o", "x"]).fails(1, "not a received bundle's id");
    plenary(&b, &["bundle", "import"]).fails(2, "FILE");
    assert_eq!(content(&b), before);
    assert!(!dir.path().join("backups").exists());
}

#[test]
fn backup_and_restore_through_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path());
    let copy = dir.path().join("copy.db");
    let out = plenary(&db, &["backup", "-o", copy.to_str().unwrap()]).ok();
    assert_eq!(out.trim(), copy.to_str().unwrap());
    let at_backup = content(&db);
    plenary(
        &db,
        &["wg", "add", "--name", "Later", "--category", "strategy"],
    )
    .ok();
    assert_ne!(content(&db), at_backup);
    let out = plenary(&db, &["restore", copy.to_str().unwrap()]).ok();
    assert!(
        out.contains("restored Riverside General Assembly (RIV)"),
        "{out}"
    );
    assert_eq!(content(&db), at_backup);
    let text = dir.path().join("t.txt");
    std::fs::write(&text, "hello").unwrap();
    plenary(&db, &["restore", text.to_str().unwrap()]).fails(1, "is not a Plenary database");
    assert_eq!(content(&db), at_backup);
}

#[test]
fn a_meeting_gets_a_start_time_and_a_planned_end() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    plenary(&db, &["init", "--name", "Riverside", "--code", "RIV"]).ok();
    plenary(
        &db,
        &["meeting", "new", "--date", "2026-05-02", "--time", "18:30"],
    )
    .ok();
    plenary(
        &db,
        &[
            "agenda",
            "add",
            "--meeting",
            "1",
            "--kind",
            "soapbox",
            "--title",
            "Soapbox",
            "--minutes",
            "45",
        ],
    )
    .ok();
    let show = |db: &Path| -> serde_json::Value {
        serde_json::from_str(&plenary(db, &["meeting", "show", "1", "--json"]).ok()).unwrap()
    };
    let d = show(&db);
    assert_eq!(d["meeting"]["starts_at"], "18:30");
    assert_eq!(d["planned_end"], "19:15");
    assert!(plenary(&db, &["meeting", "show", "1"])
        .ok()
        .contains("planned: 45 min, 18:30–19:15"));
    assert_eq!(
        plenary(&db, &["meeting", "time", "RIV-GA-1", "19:00"])
            .ok()
            .trim(),
        "RIV-GA-1 starts at 19:00"
    );
    assert_eq!(show(&db)["planned_end"], "19:45");
    let before = content(&db);
    plenary(&db, &["meeting", "time", "1", "7pm"])
        .fails(1, "error: start time \"7pm\" is not a time of day");
    plenary(
        &db,
        &["meeting", "new", "--date", "2026-05-09", "--time", "19.00"],
    )
    .fails(1, "HH:MM");
    assert_eq!(content(&db), before);
    assert_eq!(
        plenary(&db, &["meeting", "time", "1", ""]).ok().trim(),
        "RIV-GA-1 has no start time"
    );
    assert!(show(&db)["planned_end"].is_null());
}

/// `plenary minutes M --lang fr` writes French minutes; without `--lang`, the language
/// comes from LC_ALL, LC_MESSAGES or LANG as gettext reads them; an unknown language is
/// refused saying which ones there are.
#[test]
fn minutes_in_the_language_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path());
    let english = plenary(&db, &["minutes", "2"]).ok();
    assert!(english.contains("**Minutes:** draft"));
    let fr = plenary(&db, &["minutes", "2", "--lang", "fr"]).ok();
    assert!(fr.contains("**Compte rendu\u{a0}:**"), "{fr}");
    // The record stays as typed.
    assert!(fr.contains("Statement of solidarity with the Elm Street tenants"));
    let es = plenary_env(&db, &["minutes", "2"], &[("LANG", "es_ES.UTF-8")]).ok();
    assert!(es.contains("**Acta:** borrador"), "{es}");
    let el = plenary_env(
        &db,
        &["minutes", "2"],
        &[("LANG", "es_ES.UTF-8"), ("LC_MESSAGES", "el_GR.UTF-8")],
    )
    .ok();
    assert!(el.contains("**Πρακτικά:**"), "{el}");
    // --lang wins over the environment; a language Plenary does not speak is English.
    let de = plenary_env(
        &db,
        &["--lang", "de", "minutes", "2"],
        &[("LC_ALL", "fr_FR")],
    )
    .ok();
    assert!(de.contains("**Protokoll:**"), "{de}");
    let it = plenary_env(&db, &["minutes", "2"], &[("LANG", "it_IT.UTF-8")]).ok();
    assert_eq!(it, english);
    plenary(&db, &["minutes", "2", "--lang", "xx"])
        .fails(1, "choose one of en, es, fr, de, pt, el, ar");
}

#[test]
fn the_assembly_shares_its_minutes_in_the_language_it_was_set_up_in_or_is_given() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("bcn.db");
    // `plenary init` in a Spanish terminal: the minutes it shares are Spanish.
    plenary_env(
        &db,
        &["init", "--name", "Acampada Sol", "--code", "SOL"],
        &[("LANG", "es_ES.UTF-8")],
    )
    .ok();
    let shown = plenary(&db, &["assembly", "show", "--json"]).ok();
    let a: serde_json::Value = serde_json::from_str(&shown).unwrap();
    assert_eq!(a["minutes_lang"], "es", "{shown}");
    assert!(plenary(&db, &["assembly", "show"])
        .ok()
        .contains("Español (es)"));
    // Changed by name; a language Plenary does not speak is refused, nothing written.
    assert!(plenary(&db, &["assembly", "minutes-lang", "fr"])
        .ok()
        .contains("Français (fr)"));
    let before = content(&db);
    plenary(&db, &["assembly", "minutes-lang", "tlh"]).fails(1, "does not speak \"tlh\"");
    assert_eq!(content(&db), before);
    // Without a language anywhere, English, as before.
    let other = dir.path().join("ldn.db");
    plenary(
        &other,
        &["init", "--name", "Occupy London", "--code", "LDN"],
    )
    .ok();
    assert!(plenary(&other, &["assembly", "show"])
        .ok()
        .contains("English (en)"));
}
