//! Every foreign key has an index whose leading columns are the key's columns, in order.
//! Without one, deleting a parent row (undoing the add of a new name deletes the person)
//! makes SQLite scan the whole child table to check the key: a cost that grows with the
//! record. This reads the schema as migrated, so a new table or column without its index
//! fails here.

mod common;

use rusqlite::Connection;

fn strings(conn: &Connection, sql: &str, arg: &str) -> Vec<String> {
    conn.prepare(sql)
        .unwrap()
        .query_map([arg], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

/// The foreign keys of `table`: each key's columns, in the key's order.
fn foreign_keys(conn: &Connection, table: &str) -> Vec<(Vec<String>, String)> {
    let mut st = conn
        .prepare(
            "SELECT id, seq, \"from\", \"table\" FROM pragma_foreign_key_list(?1) ORDER BY id, seq",
        )
        .unwrap();
    let rows: Vec<(i64, String, String)> = st
        .query_map([table], |r| Ok((r.get(0)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut keys: Vec<(i64, Vec<String>, String)> = Vec::new();
    for (id, col, parent) in rows {
        match keys.last_mut() {
            Some((last, cols, _)) if *last == id => cols.push(col),
            _ => keys.push((id, vec![col], parent)),
        }
    }
    keys.into_iter().map(|(_, cols, p)| (cols, p)).collect()
}

/// The indexes of `table` (explicit ones, UNIQUE constraints and the primary key), each
/// as its key columns in order.
fn indexes(conn: &Connection, table: &str) -> Vec<Vec<String>> {
    strings(conn, "SELECT name FROM pragma_index_list(?1)", table)
        .into_iter()
        .map(|index| {
            strings(
                conn,
                "SELECT name FROM pragma_index_info(?1) ORDER BY seqno",
                &index,
            )
        })
        .collect()
}

/// Keys of `table` that no index leads with. A rowid table's INTEGER PRIMARY KEY is the
/// table itself, which pragma_index_list does not show: it counts as an index here.
fn unindexed(conn: &Connection, table: &str) -> Vec<String> {
    let mut indexes = indexes(conn, table);
    let rowid_pk: Vec<String> = strings(
        conn,
        "SELECT name FROM pragma_table_info(?1) WHERE pk = 1 AND upper(type) = 'INTEGER' \
         AND (SELECT count(*) FROM pragma_table_info(?1) WHERE pk > 0) = 1",
        table,
    );
    if !rowid_pk.is_empty() {
        indexes.push(rowid_pk);
    }
    foreign_keys(conn, table)
        .into_iter()
        .filter(|(cols, _)| !indexes.iter().any(|ix| ix.starts_with(cols)))
        .map(|(cols, parent)| format!("{table}({}) -> {parent}", cols.join(", ")))
        .collect()
}

#[test]
fn every_foreign_key_leads_an_index() {
    let db = common::db();
    let conn = db.conn();
    let tables = strings(
        conn,
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE ?1 ORDER BY name",
        "sqlite_%",
    );
    let keys: usize = tables.iter().map(|t| foreign_keys(conn, t).len()).sum();
    // The schema has dozens of keys; finding none would mean this test reads nothing.
    assert!(
        keys > 50,
        "found only {keys} foreign keys: is the pragma read right?"
    );
    let missing: Vec<String> = tables.iter().flat_map(|t| unindexed(conn, t)).collect();
    assert!(
        missing.is_empty(),
        "foreign keys without an index leading with their columns (add one in a new migration):\n{}",
        missing.join("\n")
    );
}

/// The check itself finds a key without an index (so the test above can fail).
#[test]
fn the_check_sees_a_missing_index() {
    let conn = Connection::open_in_memory().unwrap();
    conn.execute_batch(
        "CREATE TABLE parent (id BLOB PRIMARY KEY);
         CREATE TABLE child (id INTEGER PRIMARY KEY, a BLOB REFERENCES parent(id),
                             b BLOB REFERENCES parent(id), c BLOB REFERENCES parent(id));
         CREATE INDEX child_b_c ON child(b, c);
         CREATE INDEX child_c_b ON child(c, b);
         CREATE INDEX child_other ON child(id, a);",
    )
    .unwrap();
    assert_eq!(
        unindexed(&conn, "child"),
        vec!["child(a) -> parent".to_string()]
    );
}
