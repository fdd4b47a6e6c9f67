//! Every rule an import enforces is checked before anything is written (issue 13): for
//! each rule, a bundle that breaks it is refused record by record by the dry run with the
//! very message the import gives, the dry run writes nothing, and the import writes
//! everything else. References never cross into another assembly's records, refusals
//! travel down references, and decisions must add up under the core's decision function.

mod common;
#[path = "support/forge.rs"]
mod forge;

use std::sync::LazyLock;

use ed25519_dalek::SigningKey;
use plenary_core::bundle::tables::{table_index, TABLES, UNIQUE};
use plenary_core::bundle::{ExportOptions, ImportOptions, ImportReport};
use plenary_core::wg::NewWg;
use plenary_core::{Actor, Db};
use serde_json::{json, Value};
use uuid::Uuid;

use common::dump;
use forge::{forge, lines, set_lines, Entries};

const A: Actor = Actor::Cli;

/// The Riverside demo's bundle and its maker's key (made once: the demo takes a while).
static RIVERSIDE: LazyLock<(Vec<u8>, SigningKey)> = LazyLock::new(|| {
    let mut db = Db::open_in_memory().unwrap();
    plenary_core::demo::fill(&mut db).unwrap();
    let bytes = db.export_bundle_bytes(&ExportOptions::default()).unwrap().0;
    (bytes, db.signing_key().unwrap())
});

fn assembly(name: &str, code: &str) -> Db {
    let mut db = Db::open_in_memory().unwrap();
    db.init_assembly(name, code, None).unwrap();
    db
}

fn import(db: &mut Db, bytes: &[u8], dry_run: bool) -> ImportReport {
    db.import_bundle(
        bytes,
        &ImportOptions {
            file_name: "rules.plenary".into(),
            dry_run,
            ..Default::default()
        },
    )
    .unwrap_or_else(|e| panic!("{e}"))
}

/// Riverside's bundle changed by `edit`, re-signed.
fn riverside_with(edit: impl FnOnce(&mut Entries, &mut Value)) -> Vec<u8> {
    forge(&RIVERSIDE.0, &RIVERSIDE.1, edit)
}

/// A copy of the first record of `table` that `pick` accepts, with a new id, changed by
/// `change`, added to the bundle. Returns the new id.
fn add_copy(
    e: &mut Entries,
    m: &mut Value,
    table: &str,
    pick: impl Fn(&Value) -> bool,
    change: impl FnOnce(&mut Value),
) -> Uuid {
    let mut rows = lines(e, table);
    let mut copy = rows
        .iter()
        .find(|r| pick(r))
        .unwrap_or_else(|| panic!("the demo has no such record in {table}"))
        .clone();
    let id = Uuid::now_v7();
    copy["id"] = json!(id);
    change(&mut copy);
    rows.push(copy);
    set_lines(e, m, table, &rows);
    id
}

/// Changes the first record of `table` that `pick` accepts. Returns its id.
fn change_one(
    e: &mut Entries,
    m: &mut Value,
    table: &str,
    pick: impl Fn(&Value) -> bool,
    change: impl FnOnce(&mut Value),
) -> Uuid {
    let mut rows = lines(e, table);
    let row = rows
        .iter_mut()
        .find(|r| pick(r))
        .unwrap_or_else(|| panic!("the demo has no such record in {table}"));
    change(row);
    let id: Uuid = serde_json::from_value(row["id"].clone()).unwrap();
    set_lines(e, m, table, &rows);
    id
}

fn any(_: &Value) -> bool {
    true
}

fn exists(db: &Db, table: &str, id: Uuid) -> bool {
    db.conn()
        .query_row(
            &format!("SELECT count(*) FROM {table} WHERE id = ?1"),
            [id],
            |r| r.get::<_, i64>(0),
        )
        .unwrap()
        == 1
}

/// The heart of every rule's test: the dry run refuses `id` of `table` with a reason
/// containing `needle` and writes nothing; the import refuses exactly what the dry run
/// refused, with the same messages, and writes the rest. Returns the import's report.
fn refused_alike(db: &mut Db, bundle: &[u8], table: &str, id: Uuid, needle: &str) -> ImportReport {
    let before = dump(db);
    let dry = import(db, bundle, true);
    assert_eq!(dump(db), before, "the dry run wrote something");
    let why = dry
        .refusals
        .iter()
        .find(|r| r.table == table && r.id == id)
        .unwrap_or_else(|| {
            panic!(
                "the dry run did not refuse {table} {id}: {:?}",
                dry.refusals
            )
        });
    assert!(why.reason.contains(needle), "{}", why.reason);
    let real = import(db, bundle, false);
    assert_eq!(
        real.refusals, dry.refusals,
        "the import refused other records than its dry run"
    );
    assert_eq!(real.totals, dry.totals);
    assert!(!exists(db, table, id), "{table} {id} was written");
    real
}

fn bristol() -> Db {
    assembly("Occupy Bristol", "BRS")
}

/// Every uniqueness rule of the schema (`tables::UNIQUE`, checked against the schema by
/// tests/bundle_schema.rs): a copy of a demo record under a new id breaks it.
#[test]
fn every_uniqueness_rule_is_checked_before_anything_is_written() {
    for (table, cols, _) in UNIQUE {
        let record = TABLES[table_index(table).unwrap()].record;
        let mut id = Uuid::nil();
        let b = riverside_with(|e, m| id = add_copy(e, m, table, any, |_| {}));
        let same = if cols.contains(&"origin") {
            " of the same assembly"
        } else {
            ""
        };
        let first = cols.iter().find(|c| **c != "origin").unwrap();
        let r = refused_alike(
            &mut bristol(),
            &b,
            table,
            id,
            &format!("another {record}{same} already has {first}"),
        );
        assert_eq!(r.totals.refused, 1, "{table}: {:?}", r.refusals);
    }
}

#[test]
fn working_group_names_are_unique_whatever_the_case() {
    let mut id = Uuid::nil();
    let b = riverside_with(|e, m| {
        id = add_copy(e, m, "working_groups", any, |r| {
            let upper = r["name"].as_str().unwrap().to_uppercase();
            r["name"] = json!(upper);
        })
    });
    refused_alike(
        &mut bristol(),
        &b,
        "working_groups",
        id,
        "another working group of the same assembly already has name",
    );
}

#[test]
fn a_block_gives_its_reason() {
    let mut id = Uuid::nil();
    let b = riverside_with(|e, m| {
        id = change_one(e, m, "decision_stances", any, |r| {
            r["stance"] = json!("block");
            r["reason"] = json!(null);
        })
    });
    refused_alike(
        &mut bristol(),
        &b,
        "decision_stances",
        id,
        "a block without a reason",
    );
}

#[test]
fn a_refusal_travels_down_references() {
    let (mut meeting, mut item) = (Uuid::nil(), Uuid::nil());
    let b = riverside_with(|e, m| {
        meeting = add_copy(e, m, "meetings", any, |_| {});
        item = add_copy(e, m, "agenda_items", any, |r| {
            r["meeting_id"] = json!(meeting)
        });
    });
    let r = refused_alike(
        &mut bristol(),
        &b,
        "agenda_items",
        item,
        &format!("its meeting_id names a meeting {meeting}, which was refused"),
    );
    assert_eq!(r.totals.refused, 2);
}

#[test]
fn a_new_record_may_not_take_the_number_of_one_already_imported() {
    let mut db = bristol();
    import(&mut db, &RIVERSIDE.0, false);
    let mut id = Uuid::nil();
    let b = riverside_with(|e, m| id = add_copy(e, m, "meetings", any, |_| {}));
    let before = dump(&db);
    let r = refused_alike(&mut db, &b, "meetings", id, "already has number");
    assert_eq!(r.totals.new, 0);
    // Its one new record refused, the import changed nothing, so it wrote nothing.
    assert!(!r.changed && r.received_id.is_none());
    assert_eq!(dump(&db), before);
}

// ---------------------------------------------------------------------------------------
// Decisions add up

fn decided(r: &Value) -> bool {
    r["rule"] == json!("consensus")
        || r["rule"]
            .as_str()
            .is_some_and(|s| s.starts_with("modified"))
}

#[test]
fn a_decision_whose_outcome_does_not_follow_from_its_counts_is_refused() {
    let mut id = Uuid::nil();
    let b = riverside_with(|e, m| {
        id = change_one(e, m, "decisions", decided, |r| {
            r["blocks"] = json!(2);
            r["outcome"] = json!("consensus");
        })
    });
    refused_alike(
        &mut bristol(),
        &b,
        "decisions",
        id,
        "its outcome is consensus, but",
    );
}

#[test]
fn a_decision_under_an_unknown_rule_is_refused() {
    let mut id = Uuid::nil();
    let b = riverside_with(|e, m| {
        id = change_one(e, m, "decisions", any, |r| r["rule"] = json!("unanimity"))
    });
    refused_alike(
        &mut bristol(),
        &b,
        "decisions",
        id,
        "its rule is not one this Plenary knows",
    );
}

#[test]
fn a_decision_on_a_version_that_does_not_exist_is_refused() {
    let mut id = Uuid::nil();
    let b = riverside_with(|e, m| {
        id = change_one(e, m, "decisions", any, |r| r["version"] = json!(99))
    });
    refused_alike(
        &mut bristol(),
        &b,
        "decisions",
        id,
        "it decides version 99 of its proposal, which has no such version",
    );
}

#[test]
fn a_decision_counting_against_under_consensus_is_refused() {
    let mut id = Uuid::nil();
    let b = riverside_with(|e, m| {
        id = change_one(
            e,
            m,
            "decisions",
            |r| r["rule"] == json!("consensus"),
            |r| {
                r["against"] = json!(3);
            },
        )
    });
    refused_alike(
        &mut bristol(),
        &b,
        "decisions",
        id,
        "against under consensus",
    );
}

// ---------------------------------------------------------------------------------------
// Ownership

#[test]
fn records_of_another_assembly_never_attach_to_ours() {
    let mut db = bristol();
    let ours = db
        .add_wg(
            A,
            &NewWg {
                name: "Press".into(),
                category: "operational".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let before = dump(&db);
    // Riverside's bundle claims our WG's id, and hangs a status change, a report-back, an
    // agenda item and a proposal on it.
    let mut attached = Vec::new();
    let b = riverside_with(|e, m| {
        let mut wgs = lines(e, "working_groups");
        let theirs = wgs[0]["id"].clone();
        wgs[0]["id"] = json!(ours.id);
        set_lines(e, m, "working_groups", &wgs);
        for table in [
            "wg_status_changes",
            "report_backs",
            "agenda_items",
            "proposals",
        ] {
            let mut rows = lines(e, table);
            for r in rows.iter_mut().filter(|r| r["wg_id"] == theirs) {
                r["wg_id"] = json!(ours.id);
                attached.push((
                    table,
                    serde_json::from_value::<Uuid>(r["id"].clone()).unwrap(),
                ));
            }
            set_lines(e, m, table, &rows);
        }
    });
    assert!(attached.iter().any(|(t, _)| *t == "wg_status_changes"));
    let dry = import(&mut db, &b, true);
    assert_eq!(dump(&db), before);
    let r = import(&mut db, &b, false);
    assert_eq!(r.refusals, dry.refusals);
    for (table, id) in &attached {
        let why = r
            .refusals
            .iter()
            .find(|f| f.table == *table && f.id == *id)
            .unwrap_or_else(|| panic!("{table} {id} was not refused: {:?}", r.refusals));
        assert!(why.reason.contains("which was refused"), "{}", why.reason);
    }
    for table in [
        "wg_status_changes",
        "report_backs",
        "agenda_items",
        "proposals",
    ] {
        let n: i64 = db
            .conn()
            .query_row(
                &format!("SELECT count(*) FROM {table} WHERE wg_id = ?1 AND origin <> ?2"),
                rusqlite::params![ours.id, db.local_id().unwrap()],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(n, 0, "{table} of another assembly hang on our WG");
    }
}

#[test]
fn an_assembly_using_our_code_is_refused() {
    let mut db = assembly("Occupy Riverside too", "RIV");
    let before = dump(&db);
    let err = db
        .import_bundle(
            &RIVERSIDE.0,
            &ImportOptions {
                file_name: "riv.plenary".into(),
                dry_run: true,
                ..Default::default()
            },
        )
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("which is this assembly's own code"),
        "{err}"
    );
    let inspection = db
        .inspect_bundle(&RIVERSIDE.0, "riv.plenary", &Default::default())
        .unwrap();
    assert!(inspection.verifies && !inspection.importable);
    assert!(inspection.refusal.unwrap().contains("own code"));
    assert_eq!(dump(&db), before);
}

// ---------------------------------------------------------------------------------------
// The zip

/// A bundle re-zipped as `cd bundle && zip -r ../x.plenary .` would: folder entries
/// (`records/`, `minutes/`) before their files. The manifest is unchanged, so is its
/// signature; the folders hold nothing and are accepted.
#[test]
fn folder_entries_as_zip_r_writes_them_are_accepted() {
    use std::io::Write;
    let entries = forge::unzip(&RIVERSIDE.0);
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let mut folders = std::collections::BTreeSet::new();
    for (name, data) in &entries {
        if let Some((folder, _)) = name.split_once('/') {
            if folders.insert(folder.to_string()) {
                w.add_directory(format!("{folder}/"), opts).unwrap();
            }
        }
        w.start_file(name, opts).unwrap();
        w.write_all(data).unwrap();
    }
    let bytes = w.finish().unwrap().into_inner();
    let names = forge::unzip(&bytes).into_keys().collect::<Vec<_>>();
    assert!(names.contains(&"records/".to_string()), "{names:?}");
    let mut db = bristol();
    let r = import(&mut db, &bytes, false);
    assert!(r.changed && r.totals.refused == 0, "{:?}", r.refusals);
}

// ---------------------------------------------------------------------------------------
// The demo's records

/// No demo record changed before it was made, whatever the time of day the demo is made
/// at: dated a day ahead, its upcoming GA is planned after the clock's "now".
#[test]
fn the_demo_never_changes_a_record_before_it_was_made() {
    let mut db = Db::open_in_memory().unwrap();
    let tomorrow = chrono::Utc::now().date_naive() + chrono::Days::new(1);
    plenary_core::demo::fill_as_of(&mut db, tomorrow).unwrap();
    for t in TABLES {
        let n: i64 = db
            .conn()
            .query_row(
                &format!(
                    "SELECT count(*) FROM {} WHERE julianday(updated_at) < julianday(created_at)",
                    t.name
                ),
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(
            n, 0,
            "{}: {n} records changed before they were made",
            t.name
        );
    }
}

/// Rules and fractions are written as Plenary writes them (the JSON Schemas' patterns).
#[test]
fn a_decision_rule_written_otherwise_is_refused() {
    for (field, value) in [
        ("rule", " consensus"),
        ("rule", "modified:090"),
        ("stand_aside_limit", "01/3"),
    ] {
        let mut id = Uuid::nil();
        let b = riverside_with(|e, m| {
            id = change_one(e, m, "decisions", any, |r| r[field] = json!(value))
        });
        refused_alike(
            &mut bristol(),
            &b,
            "decisions",
            id,
            &format!("{value:?} is not written as"),
        );
    }
}
