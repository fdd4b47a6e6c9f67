//! The table list of bundles (src/bundle/tables.rs) against the real schema, and the
//! generated docs against the list: docs/schema/*.json and the table reference in
//! docs/bundle-format.md. Regenerate the docs with
//! `UPDATE_SCHEMAS=1 cargo test -p plenary-core --test bundle_schema`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use plenary_core::bundle::schema::{schema_files, tables_markdown};
use plenary_core::bundle::tables::{table_index, Kind, LOCAL_ONLY, TABLES, UNIQUE};
use plenary_core::Db;

const BEGIN: &str = "<!-- tables:begin (generated from src-tauri/core/src/bundle/tables.rs) -->\n";
const END: &str = "<!-- tables:end -->";

fn docs() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../docs")
}

#[test]
fn schemas_and_table_reference_are_fresh() {
    let update = std::env::var_os("UPDATE_SCHEMAS").is_some();
    let dir = docs().join("schema");
    let want: BTreeMap<String, String> = schema_files().into_iter().collect();
    if update {
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        for (name, text) in &want {
            std::fs::write(dir.join(name), text).unwrap();
        }
    }
    let mut have = BTreeMap::new();
    for e in std::fs::read_dir(&dir).unwrap().flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        have.insert(name, std::fs::read_to_string(e.path()).unwrap());
    }
    assert!(
        have == want,
        "docs/schema is stale: run `UPDATE_SCHEMAS=1 cargo test -p plenary-core --test bundle_schema` and commit the result"
    );

    let path = docs().join("bundle-format.md");
    let text = std::fs::read_to_string(&path).unwrap();
    let (head, rest) = text
        .split_once(BEGIN)
        .expect("bundle-format.md has the tables:begin marker");
    let (_, tail) = rest
        .split_once(END)
        .expect("bundle-format.md has the tables:end marker");
    let fresh = format!("{head}{BEGIN}{}\n{END}{tail}", tables_markdown());
    if update {
        std::fs::write(&path, &fresh).unwrap();
    }
    assert!(
        fresh == text,
        "the table reference in docs/bundle-format.md is stale: run `UPDATE_SCHEMAS=1 cargo test -p plenary-core --test bundle_schema`"
    );
}

fn strings(db: &Db, sql: &str, col: usize) -> Vec<String> {
    let mut st = db.conn().prepare(sql).unwrap();
    st.query_map([], |r| r.get::<_, String>(col))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

#[test]
fn the_table_list_matches_the_schema() {
    let db = Db::open_in_memory().unwrap();
    for t in TABLES {
        let mut st = db
            .conn()
            .prepare(&format!("PRAGMA table_info({})", t.name))
            .unwrap();
        let cols: BTreeMap<String, bool> = st
            .query_map([], |r| Ok((r.get::<_, String>(1)?, r.get::<_, bool>(3)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        let listed: BTreeSet<&str> = t.columns().map(|c| c.name).collect();
        assert_eq!(
            cols.keys().map(String::as_str).collect::<BTreeSet<_>>(),
            listed,
            "the columns of {} (a new column must be added to the bundle table list)",
            t.name
        );
        for c in t.columns().filter(|c| c.name != "id") {
            assert_eq!(
                cols[c.name], !c.nullable,
                "{}.{}: NOT NULL in SQL iff not nullable in the list",
                t.name, c.name
            );
        }
        // Every foreign key is a Ref of the list and the other way round; origin → assemblies.
        let fks: BTreeSet<(String, String)> = {
            let mut st = db
                .conn()
                .prepare(&format!("PRAGMA foreign_key_list({})", t.name))
                .unwrap();
            st.query_map([], |r| Ok((r.get::<_, String>(3)?, r.get::<_, String>(2)?)))
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap()
        };
        let refs: BTreeSet<(String, String)> = t
            .columns()
            .filter_map(|c| match c.kind {
                Kind::Ref { table, .. } => Some((c.name.to_string(), table.to_string())),
                Kind::Origin => Some((c.name.to_string(), "assemblies".to_string())),
                _ => None,
            })
            .collect();
        assert_eq!(fks, refs, "foreign keys of {}", t.name);
        for c in t.columns() {
            if let Kind::Ref { table, .. } = c.kind {
                let (me, target) = (table_index(t.name).unwrap(), table_index(table).unwrap());
                assert!(
                    target <= me,
                    "{}.{} refers to {table}, which must come earlier in the list",
                    t.name,
                    c.name
                );
            }
        }
    }
}

#[test]
fn every_table_with_an_owner_travels_or_says_why_not() {
    let db = Db::open_in_memory().unwrap();
    let tables = strings(
        &db,
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
        0,
    );
    for name in tables {
        let cols = strings(&db, &format!("PRAGMA table_info({name})"), 1);
        if cols.iter().any(|c| c == "origin") {
            assert!(
                table_index(&name).is_some() || LOCAL_ONLY.iter().any(|(t, _)| *t == name),
                "table {name} has an origin but is neither in the bundle table list nor in LOCAL_ONLY (src/bundle/tables.rs)"
            );
        }
    }
}

/// `tables::UNIQUE` is exactly the database's UNIQUE indexes on exported tables (besides
/// the ids), so that the docs list every uniqueness rule an import enforces.
#[test]
fn the_uniqueness_rules_are_the_schemas() {
    let mut db = Db::open_in_memory().unwrap();
    db.init_assembly("Test", "TST", None).unwrap();
    let mut have = BTreeSet::new();
    for t in TABLES {
        for index in strings(&db, &format!("PRAGMA index_list({})", t.name), 1) {
            let (unique, origin, partial): (i64, String, i64) = db
                .conn()
                .query_row(
                    &format!("SELECT \"unique\", origin, partial FROM pragma_index_list('{}') WHERE name = ?1", t.name),
                    [&index],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .unwrap();
            if unique == 0 || origin == "pk" {
                continue;
            }
            assert_eq!(
                partial, 0,
                "{index}: a partial unique index needs its condition in the docs"
            );
            let cols = strings(
                &db,
                &format!("SELECT name FROM pragma_index_info('{index}') ORDER BY seqno"),
                0,
            );
            have.insert((t.name.to_string(), cols));
        }
    }
    let want: BTreeSet<(String, Vec<String>)> = UNIQUE
        .iter()
        .map(|(t, cols, _)| (t.to_string(), cols.iter().map(|c| c.to_string()).collect()))
        .collect();
    assert_eq!(
        have, want,
        "tables::UNIQUE differs from the schema's UNIQUE indexes"
    );
}
