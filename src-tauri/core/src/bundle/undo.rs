//! Taking an import back whole, from its own record of what it changed (`import_undo`,
//! written in the import's transaction): the ids of the rows it inserted, and the rows it
//! replaced or deleted as they were before. Undoing costs what the bundle brought, not
//! what the database holds — unlike the full backup that used to be taken before every
//! import (issue #20).
//!
//! An import can be undone while no later import from the same assembly is kept (only
//! that assembly's bundles change its records, so a later one may have built on this one:
//! undo it first), and while no record made here refers to what it brought (the foreign
//! keys say so at the commit).

use rusqlite::types::Value;
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value as Json};
use uuid::Uuid;

use crate::assembly::{hex, unhex};
use crate::journal::Actor;
use crate::{invalid, not_found, Db, Error, Result};

/// What the import changed, gathered while it applies and written with it.
#[derive(Default)]
pub(crate) struct UndoLog {
    /// Per table, the ids of the rows the import inserted (hex of the stored bytes).
    inserted: Vec<(&'static str, Vec<String>)>,
    /// Rows as they were before the import replaced (`replaced`) or deleted them.
    before: Vec<(&'static str, &'static str, Map<String, Json>)>,
}

impl UndoLog {
    pub(crate) fn inserted(&mut self, table: &'static str, id: Uuid) {
        let id = hex(id.as_bytes());
        match self.inserted.last_mut() {
            Some((t, ids)) if *t == table => ids.push(id),
            _ => self.inserted.push((table, vec![id])),
        }
    }

    /// Keeps the row `id` of `table` as it is now, before the import replaces it.
    pub(crate) fn replacing(
        &mut self,
        tx: &Connection,
        table: &'static str,
        id: Uuid,
    ) -> Result<()> {
        self.keep(tx, table, id, "replaced")
    }

    /// Keeps the row `id` of `table` as it is now, before the import deletes it.
    pub(crate) fn deleting(
        &mut self,
        tx: &Connection,
        table: &'static str,
        id: Uuid,
    ) -> Result<()> {
        self.keep(tx, table, id, "deleted")
    }

    /// Forgets the last row kept: the import did not change it after all.
    pub(crate) fn unkeep(&mut self) {
        self.before.pop();
    }

    fn keep(
        &mut self,
        tx: &Connection,
        table: &'static str,
        id: Uuid,
        change: &'static str,
    ) -> Result<()> {
        if let Some(row) = row_image(tx, table, id)? {
            self.before.push((table, change, row));
        }
        Ok(())
    }

    /// Writes the record, in the import's transaction.
    pub(crate) fn write(self, tx: &Connection, received: Uuid) -> Result<()> {
        let mut st = tx.prepare(
            "INSERT INTO import_undo (received_id, seq, record_table, change, data) VALUES (?1, ?2, ?3, ?4, ?5)",
        )?;
        let mut seq = 0i64;
        for (table, ids) in self.inserted {
            seq += 1;
            st.execute(params![
                received,
                seq,
                table,
                "inserted",
                Json::from(ids).to_string()
            ])?;
        }
        for (table, change, row) in self.before {
            seq += 1;
            st.execute(params![
                received,
                seq,
                table,
                change,
                Json::Object(row).to_string()
            ])?;
        }
        Ok(())
    }
}

/// A row as a JSON object of its columns; reals, integers, text and blobs keep their type.
fn row_image(tx: &Connection, table: &str, id: Uuid) -> Result<Option<Map<String, Json>>> {
    let mut st = tx.prepare_cached(&format!("SELECT * FROM {table} WHERE id = ?1"))?;
    let names: Vec<String> = st.column_names().iter().map(|c| c.to_string()).collect();
    Ok(st
        .query_row([id], |r| {
            let mut row = Map::new();
            for (i, name) in names.iter().enumerate() {
                let v = match r.get::<_, Value>(i)? {
                    Value::Null => Json::Null,
                    Value::Integer(n) => Json::from(n),
                    Value::Real(f) => Json::from(f),
                    Value::Text(s) => Json::from(s),
                    Value::Blob(b) => serde_json::json!({ "blob": hex(&b) }),
                };
                row.insert(name.clone(), v);
            }
            Ok(row)
        })
        .optional()?)
}

fn sql_value(v: &Json) -> Value {
    match v {
        Json::Null => Value::Null,
        Json::Bool(b) => Value::Integer(*b as i64),
        Json::Number(n) => match n.as_i64() {
            Some(i) => Value::Integer(i),
            None => Value::Real(n.as_f64().unwrap_or(0.0)),
        },
        Json::String(s) => Value::Text(s.clone()),
        Json::Object(o) => Value::Blob(
            o.get("blob")
                .and_then(Json::as_str)
                .and_then(unhex)
                .unwrap_or_default(),
        ),
        Json::Array(_) => Value::Null,
    }
}

/// What undoing an import did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct ImportUndone {
    /// The received bundle that is no longer kept (it can be imported again).
    pub received_id: Uuid,
    pub file_name: String,
    pub assembly_name: String,
    /// Rows the import had inserted, now removed.
    pub removed: u64,
    /// Rows it had replaced or deleted, now as they were.
    pub restored: u64,
}

/// An adopted proposal names its original in `derived_from`, which is no foreign key (the
/// original may be gone from the assembly that made it): checked here instead.
fn refuse_if_adopted(tx: &Connection, file_name: &str, ids: &str) -> Result<()> {
    let adopted: Option<String> = tx
        .query_row(
            "SELECT title FROM proposals
             WHERE derived_from IN (SELECT unhex(value) FROM json_each(?1)) LIMIT 1",
            [ids],
            |r| r.get(0),
        )
        .optional()?;
    match adopted {
        Some(title) => Err(crate::not_allowed!(
            "bundle-undo-adopted",
            file = file_name,
            title = title
        )),
        None => Ok(()),
    }
}

/// Only names this module wrote are used as table and column names in SQL.
fn checked_name(name: &str) -> Result<&str> {
    if !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
        Ok(name)
    } else {
        Err(invalid!("bundle-undo-bad-name", name = name))
    }
}

impl Db {
    /// Takes back the import that kept the received bundle `received`, whole, in one
    /// transaction: removes what it inserted, puts back what it replaced or deleted, and
    /// forgets the bundle (so the same file can be imported again).
    pub fn undo_import(&mut self, received: Uuid) -> Result<ImportUndone> {
        let found: Option<(String, String, Uuid, String)> = self
            .conn
            .query_row(
                "SELECT r.file_name, a.name, r.assembly_id, r.created_at
                 FROM received_bundles r JOIN assemblies a ON a.id = r.assembly_id WHERE r.id = ?1",
                [received],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .optional()?;
        let (file_name, assembly_name, assembly, at) =
            found.ok_or_else(|| not_found!("bundle-received-not-found", id = received))?;
        let later: Option<(String, String)> = self
            .conn
            .query_row(
                "SELECT file_name, created_at FROM received_bundles
                 WHERE assembly_id = ?1 AND (created_at > ?2 OR (created_at = ?2 AND id > ?3))
                 ORDER BY created_at, id LIMIT 1",
                params![assembly, at, received],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        if let Some((later_file, later_at)) = later {
            return Err(crate::not_allowed!(
                "bundle-undo-later-import",
                file = &file_name,
                later = &later_file,
                at = &later_at,
                assembly = &assembly_name
            ));
        }
        let has_record: bool = self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM import_undo WHERE received_id = ?1)",
            [received],
            |r| r.get(0),
        )?;
        if !has_record {
            return Err(crate::not_allowed!(
                "bundle-undo-no-record",
                file = &file_name
            ));
        }
        let name = file_name.clone();
        let result = self.write(Actor::Import, |tx| {
            // Checked at the commit: rows come back in any order, and a record made here
            // that refers to an inserted row makes the commit fail.
            tx.pragma_update(None, "defer_foreign_keys", true)?;
            let changes: Vec<(String, String, String)> = tx
                .prepare(
                    "SELECT record_table, change, data FROM import_undo WHERE received_id = ?1 ORDER BY seq DESC",
                )?
                .query_map([received], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                .collect::<rusqlite::Result<_>>()?;
            let (mut removed, mut restored) = (0u64, 0u64);
            for (table, change, data) in &changes {
                let table = checked_name(table)?;
                let data: Json = serde_json::from_str(data)
                    .map_err(|e| invalid!("bundle-undo-record-unreadable", file = &name, detail = e.to_string()))?;
                match (change.as_str(), data) {
                    ("inserted", Json::Array(ids)) => {
                        if table == "proposals" {
                            refuse_if_adopted(tx, &name, &Json::Array(ids.clone()).to_string())?;
                        }
                        removed += tx.execute(
                            &format!("DELETE FROM {table} WHERE id IN (SELECT unhex(value) FROM json_each(?1))"),
                            [Json::Array(ids).to_string()],
                        )? as u64;
                    }
                    ("replaced", Json::Object(row)) | ("deleted", Json::Object(row)) => {
                        let cols = row.keys().map(|c| checked_name(c)).collect::<Result<Vec<_>>>()?;
                        let values: Vec<Value> = row.values().map(sql_value).collect();
                        let sql = if change == "replaced" {
                            format!(
                                "UPDATE {table} SET {} WHERE id = ?{}",
                                cols.iter().enumerate().map(|(i, c)| format!("{c} = ?{}", i + 1)).collect::<Vec<_>>().join(", "),
                                cols.len() + 1
                            )
                        } else {
                            format!(
                                "INSERT INTO {table} ({}) VALUES ({})",
                                cols.join(", "),
                                (1..=cols.len()).map(|i| format!("?{i}")).collect::<Vec<_>>().join(", ")
                            )
                        };
                        let mut args = values;
                        if change == "replaced" {
                            args.push(row.get("id").map(sql_value).unwrap_or(Value::Null));
                        }
                        restored += tx.execute(&sql, rusqlite::params_from_iter(args))? as u64;
                    }
                    _ => return Err(invalid!("bundle-undo-record-unknown-change", file = &name, change = change)),
                }
            }
            tx.execute("DELETE FROM import_undo WHERE received_id = ?1", [received])?;
            tx.execute("DELETE FROM received_bundles WHERE id = ?1", [received])?;
            tx.journal(
                "bundle.undo-import",
                "received_bundles",
                received,
                None,
                serde_json::json!({ "assembly": assembly, "file": name, "removed": removed, "restored": restored }),
            )?;
            Ok((removed, restored))
        });
        let (removed, restored) = result.map_err(|e| match e {
            Error::Database(rusqlite::Error::SqliteFailure(f, _))
                if f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_FOREIGNKEY =>
            {
                crate::not_allowed!("bundle-undo-referred", file = &file_name)
            }
            other => other,
        })?;
        Ok(ImportUndone {
            received_id: received,
            file_name,
            assembly_name,
            removed,
            restored,
        })
    }
}
