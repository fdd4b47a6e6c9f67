//! Nothing acknowledged is lost by an upgrade: a database and a bundle made by the
//! previous release (`fixtures/previous-release/`, made with `plenary demo` and
//! `plenary bundle export` at commit 38df462, schema version 6) still open, migrate and
//! import with this one.
//!
//! When a migration legitimately moves rows out of an old table, change the expected
//! counts here on purpose — never regenerate the fixtures: they are what users have.

use std::path::{Path, PathBuf};
use std::process::Command;

use rusqlite::Connection;

const FIXTURES: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/previous-release"
);

/// Row counts of the previous release's demo database, table by table.
const TABLE_COUNTS: &[(&str, i64)] = &[
    ("action_items", 0),
    ("agenda_items", 41),
    ("amendments", 6),
    ("assemblies", 1),
    ("clarifying_questions", 9),
    ("concerns", 12),
    ("decision_stances", 8),
    ("decisions", 7),
    ("hearings", 10),
    ("journal", 906),
    ("meeting_roles", 21),
    ("meetings", 4),
    ("people", 29),
    ("proposal_status_changes", 44),
    ("proposal_versions", 16),
    ("proposals", 13),
    ("received_bundles", 0),
    ("report_backs", 12),
    ("speech_pauses", 21),
    ("speeches", 211),
    ("stack_entries", 238),
    ("stack_undo", 0),
    ("stacks", 16),
    ("temperature_checks", 4),
    ("tombstones", 0),
    ("wg_status_changes", 25),
    ("working_groups", 12),
];

/// The previous release's decisions (id, outcome): each outcome must survive.
const OUTCOMES: &[(&str, &str)] = &[
    ("01a240f6-ca5e-773a-bdcb-f20d6b21f50e", "consensus"),
    ("01a240f6-cab3-774a-8217-07fe968c9542", "tabled"),
    ("01a240f6-cbcf-723c-adcc-80ea899722f4", "passed"),
    ("01a240f6-cc1b-749f-9cf4-dd923b319b73", "blocked"),
    ("01a240f6-cc6e-7412-9d8c-e27449163f85", "failed"),
    ("01a240f6-cd75-7459-be1b-ba27a4943efa", "passed"),
    ("01a240f6-ce82-705f-8388-42ff71c004c3", "tabled"),
];

fn plenary(db: &Path, args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "plenary {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// A copy of the previous release's database (and its key) in a fresh folder.
fn old_database(dir: &Path) -> PathBuf {
    let db = dir.join("riverside.db");
    std::fs::copy(Path::new(FIXTURES).join("riverside-demo.db"), &db).unwrap();
    std::fs::copy(
        Path::new(FIXTURES).join("riverside-demo.db.key"),
        dir.join("riverside.db.key"),
    )
    .unwrap();
    db
}

fn id_text(conn: &Connection, table: &str, id: &str) -> Option<String> {
    // Ids are stored as 16-byte blobs; compare through their hex form.
    let hex = id.replace('-', "").to_uppercase();
    conn.query_row(
        &format!("SELECT outcome FROM \"{table}\" WHERE hex(id) = ?1"),
        [hex],
        |r| r.get(0),
    )
    .ok()
}

#[test]
fn the_previous_release_database_opens_migrated_with_every_row() {
    let dir = tempfile::tempdir().unwrap();
    let db = old_database(dir.path());
    // Opening through the core migrates it.
    let mut opened = plenary_core::Db::open(&db).unwrap();
    assert_eq!(opened.local_assembly().unwrap().code, "RIV");
    // Migration 0022: the assembly shares its minutes in English, as it did; then in
    // Spanish once asked, and its bundles' minutes follow.
    let riv = opened.local_assembly().unwrap();
    assert_eq!(riv.minutes_lang, "en");
    assert_eq!(riv.minutes_lang(), plenary_core::i18n::Lang::En);
    let ga1 = opened.resolve_meeting("RIV-GA-1").unwrap();
    let md = plenary_core::bundle::meeting_markdown(&opened, ga1).unwrap();
    assert!(md.contains("Outcome: "), "{md}");
    opened
        .set_minutes_lang(plenary_core::Actor::Cli, plenary_core::i18n::Lang::Es)
        .unwrap();
    let md_es = plenary_core::bundle::meeting_markdown(&opened, ga1).unwrap();
    assert_ne!(md, md_es);
    assert!(
        md_es.contains(&plenary_core::t!(
            plenary_core::i18n::Lang::Es,
            "label-minutes"
        )),
        "{md_es}"
    );
    opened
        .set_minutes_lang(plenary_core::Actor::Cli, plenary_core::i18n::Lang::En)
        .unwrap();
    drop(opened);

    let conn = Connection::open(&db).unwrap();
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, plenary_core::db::schema_version());
    for (table, want) in TABLE_COUNTS {
        let exists: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?1",
                [table],
                |r| r.get(0),
            )
            .unwrap();
        if exists == 0 {
            continue; // a later migration replaced it; its rows are checked below by use
        }
        let n: i64 = conn
            .query_row(&format!("SELECT count(*) FROM \"{table}\""), [], |r| {
                r.get(0)
            })
            .unwrap();
        if *table == "journal" {
            // Migrations may journal what they did; nothing is removed.
            assert!(n >= *want, "journal lost rows: {n} < {want}");
        } else {
            assert_eq!(n, *want, "rows of {table} after migration");
        }
    }
    for (id, outcome) in OUTCOMES {
        assert_eq!(
            id_text(&conn, "decisions", id).as_deref(),
            Some(*outcome),
            "decision {id}"
        );
    }
    let problems: i64 = conn
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(problems, 0, "foreign keys hold after migration");
}

#[test]
fn the_previous_release_database_works_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = old_database(dir.path());
    let meetings: serde_json::Value =
        serde_json::from_str(&plenary(&db, &["meeting", "list", "--json"])).unwrap();
    let list = meetings
        .as_array()
        .or_else(|| meetings.get("items").and_then(|v| v.as_array()))
        .expect("a list of meetings");
    assert_eq!(list.len(), 4);
    // The minutes of every past GA render in every format, names redacted too.
    for ga in ["RIV-GA-1", "RIV-GA-2", "RIV-GA-3"] {
        for format in ["md", "html", "csv"] {
            let out = dir.path().join(format!("{ga}.{format}"));
            plenary(
                &db,
                &[
                    "minutes",
                    ga,
                    "--format",
                    format,
                    "-o",
                    out.to_str().unwrap(),
                ],
            );
            assert!(std::fs::metadata(&out).unwrap().len() > 0, "{ga} {format}");
        }
        let md = plenary(&db, &["minutes", ga, "--format", "md"]);
        assert!(md.contains(ga) || md.contains(&ga.replace("RIV-GA-", "GA ")));
    }
    // It can still act: a new proposal on the old record.
    let reference = plenary(
        &db,
        &[
            "proposal",
            "new",
            "--title",
            "After the upgrade",
            "--text",
            "Still works.",
        ],
    );
    assert!(!reference.trim().is_empty());
    // And it exports a bundle that verifies.
    let bundle = dir.path().join("after.plenary");
    plenary(&db, &["bundle", "export", "-o", bundle.to_str().unwrap()]);
    assert!(std::fs::metadata(&bundle).unwrap().len() > 0);
}

#[test]
fn a_bundle_from_the_previous_release_imports_whole() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("bristol.db");
    plenary(&db, &["init", "--name", "Occupy Bristol", "--code", "BRS"]);
    let bundle = Path::new(FIXTURES).join("riverside.plenary");
    let report: serde_json::Value = serde_json::from_str(&plenary(
        &db,
        &["bundle", "import", bundle.to_str().unwrap(), "--json"],
    ))
    .unwrap();
    assert_eq!(
        report["totals"]["refused"].as_u64(),
        Some(0),
        "nothing refused: {report}"
    );
    // 273 records in the file; the assembly itself is reported too.
    let new = report["totals"]["new"].as_u64().unwrap();
    assert!(new >= 273, "every record is new here: {report}");
    let conn = Connection::open(&db).unwrap();
    for (id, outcome) in OUTCOMES {
        assert_eq!(
            id_text(&conn, "decisions", id).as_deref(),
            Some(*outcome),
            "imported decision {id}"
        );
    }
    // The bundle is of format 1, whose `against` left the blockers out: the import adds
    // them, as migration 0012 does for the database (158 for, 6 against + 1 block → 7).
    let mut stmt = conn
        .prepare(
            "SELECT support, against, blocks, outcome FROM decisions
             WHERE rule <> 'consensus' AND blocks > 0 ORDER BY support",
        )
        .unwrap();
    let with_blocks: Vec<(i64, i64, i64, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(
        with_blocks,
        [
            (88, 53, 1, "failed".to_string()),
            (158, 7, 1, "passed".to_string())
        ],
        "format-1 decisions imported with the blockers among the votes against"
    );
}

/// The previous release added the blocks to the votes against; now the vote counts the
/// blockers as they voted. The migration moves the blocks into `against`, so every old
/// decision, evaluated by today's rule, gives the outcome it was recorded with (its
/// explanation is then the rule's sentence, not the bare outcome word), and its ratio is
/// the one the room saw then.
#[test]
fn previous_release_decisions_keep_their_outcome_under_the_revised_rules() {
    let dir = tempfile::tempdir().unwrap();
    let db = plenary_core::Db::open(&old_database(dir.path())).unwrap();
    let decisions = db.all_decisions().unwrap();
    assert_eq!(decisions.len(), OUTCOMES.len());
    for d in &decisions {
        assert!(
            d.explanation.starts_with(&format!("{}: ", d.outcome)),
            "{} {}: {:?} does not follow from its counts",
            d.item_reference,
            d.outcome,
            d.explanation
        );
    }
    let with_blocks: Vec<_> = decisions
        .iter()
        .filter(|d| d.rule != "consensus" && d.blocks > 0)
        .map(|d| (d.support, d.against, d.blocks, d.outcome.as_str()))
        .collect();
    // The demo's two votes after a block: 158 for, 6 against + 1 block; 88 for, 52
    // against + 1 block.
    assert_eq!(
        with_blocks,
        [(88, 53, 1, "failed"), (158, 7, 1, "passed")],
        "blocks moved into the votes against"
    );
}
