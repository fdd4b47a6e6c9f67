//! Forward-only migrations: a database made by every earlier schema version opens and is
//! migrated, keeping its rows, and ends on a schema identical to a fresh one's.

use plenary_core::db::{schema_version, MIGRATION_SQL};
use plenary_core::Db;
use rusqlite::Connection;

fn schema(conn: &Connection) -> Vec<(String, String)> {
    conn.prepare("SELECT name, coalesce(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

#[test]
fn every_earlier_version_migrates_to_the_latest() {
    let dir = tempfile::tempdir().unwrap();
    let fresh = Db::open(&dir.path().join("fresh.db")).unwrap();
    let want = schema(fresh.conn());
    for version in 0..schema_version() {
        let path = dir.path().join(format!("v{version}.db"));
        {
            // Build the database as that version of Plenary left it (ids are 16-byte
            // blobs, as rusqlite stores a Uuid).
            let conn = Connection::open(&path).unwrap();
            for sql in &MIGRATION_SQL[..version as usize] {
                conn.execute_batch(sql).unwrap();
            }
            conn.pragma_update(None, "user_version", version).unwrap();
            if version >= 1 {
                conn.execute_batch(
                    // Ids are stored as 16-byte blobs (rusqlite's Uuid), as Plenary writes them.
                    "INSERT INTO assemblies (id, origin, name, code, is_local, created_at, updated_at)
                     VALUES (X'01900000000070008000000000000001', X'01900000000070008000000000000001', 'Old', 'OLD', 1, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z');",
                )
                .unwrap();
            }
        }
        let db = Db::open(&path).unwrap();
        let v: i64 = db
            .conn()
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(v, schema_version(), "from version {version}");
        assert_eq!(
            schema(db.conn()),
            want,
            "schema after migrating from version {version}"
        );
        if version >= 1 {
            assert_eq!(
                db.local_assembly().unwrap().code,
                "OLD",
                "rows survive migration from version {version}"
            );
        }
        let problems: i64 = db
            .conn()
            .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(problems, 0);
    }
}

/// Version 6 adds `meetings.starts_at`: a meeting made before it keeps its row, has no
/// start time, and can be given one.
#[test]
fn meetings_from_version_5_get_an_empty_start_time() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v5.db");
    {
        let conn = Connection::open(&path).unwrap();
        for sql in &MIGRATION_SQL[..4] {
            conn.execute_batch(sql).unwrap();
        }
        conn.pragma_update(None, "user_version", 4).unwrap();
        conn.execute_batch(
            "INSERT INTO assemblies (id, origin, name, code, is_local, created_at, updated_at)
             VALUES (X'01900000000070008000000000000001', X'01900000000070008000000000000001', 'Old', 'OLD', 1, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z');
             INSERT INTO meetings (id, origin, number, date, place, policy, created_at, updated_at)
             VALUES (X'01900000000070008000000000000002', X'01900000000070008000000000000001', 7, '2025-01-05', 'Square', 'progressive', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z');",
        )
        .unwrap();
    }
    let mut db = Db::open(&path).unwrap();
    let id = db.resolve_meeting("7").unwrap();
    let m = db.meeting(id).unwrap();
    assert_eq!((m.number, m.starts_at), (7, None));
    let m = db
        .set_meeting_start(plenary_core::Actor::Cli, id, "18:00")
        .unwrap();
    assert_eq!(m.starts_at.as_deref(), Some("18:00"));
}

/// Migration `0016_none_raised` keeps on the hearing the steps passed over with nothing
/// raised, which only the journal kept before: its backfill, run on a database whose
/// hearings lost the marks (the demo passes over a step so), gives them back from the
/// journal — the marks the step machine writes now, exactly.
#[test]
fn hearings_passed_over_before_the_none_raised_migration_take_it_from_the_journal() {
    let mut db = Db::open_in_memory().unwrap();
    plenary_core::demo::fill(&mut db).unwrap();
    let marked = |db: &Db| -> Vec<(Vec<u8>, bool, bool)> {
        db.conn()
            .prepare("SELECT id, no_questions, no_concerns FROM hearings WHERE no_questions OR no_concerns ORDER BY id")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    let want = marked(&db);
    assert!(
        !want.is_empty(),
        "the demo passes over a step saying none was raised"
    );
    db.conn()
        .execute("UPDATE hearings SET no_questions = 0, no_concerns = 0", [])
        .unwrap();
    let migration = MIGRATION_SQL
        .iter()
        .find(|sql| sql.contains("ADD COLUMN no_questions"))
        .unwrap();
    let backfill: String = migration
        .lines()
        .filter(|l| !l.starts_with("ALTER TABLE"))
        .collect::<Vec<_>>()
        .join("\n");
    db.conn().execute_batch(&backfill).unwrap();
    assert_eq!(marked(&db), want);
}

/// The migrations run in the order of their files' numbers (0004 was never used), each
/// once: a file listed out of place in `MIGRATION_SQL` (two changes landing the same day,
/// one renumbered) would make schema versions that mean different things.
#[test]
fn the_migrations_run_in_the_order_of_their_file_numbers() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "sql"))
        .collect();
    files.sort();
    assert_eq!(files.len(), MIGRATION_SQL.len(), "every file listed once");
    for (i, file) in files.iter().enumerate() {
        let name = file.file_name().unwrap().to_string_lossy().to_string();
        assert_eq!(
            std::fs::read_to_string(file).unwrap(),
            MIGRATION_SQL[i],
            "MIGRATION_SQL[{i}] is not {name}"
        );
    }
}
