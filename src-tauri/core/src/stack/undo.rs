//! Undo of stack actions, by before-images.
//!
//! Every stack action records, in the same transaction, which rows it changed and what
//! each looked like before: the whole row as it was (`before: {column: value}`) for an
//! update, or `null` for a row the action inserted. That record goes into `stack_undo`
//! under the item, numbered `seq` 1, 2, 3… Undo takes the item's highest `seq`, puts
//! every row back as it was — in reverse order, so that a row inserted after its parent
//! is deleted before it — and deletes the record. The stack tables are then EXACTLY as
//! they were before the action, revision and timestamps included, and the record of the
//! next-older action is the new top: undo goes back as far as the meeting goes.
//!
//! Why before-images rather than an event log replayed from the start: undo costs the
//! size of one action (a handful of rows), not the length of the meeting; and the rows
//! stay the plain, queryable truth. Why not inverse operations: each action would need a
//! hand-written inverse, and an inverse that misses a column (a revision, a pause) breaks
//! "exactly".
//!
//! The journal is append-only and is not undone: it records the action and the undo.
//! A person created by `stack add` is removed again by its undo, unless something added
//! since then refers to them (an entry on another item, a role): then they stay.
//! Only stack tables and new people are ever restored (an allow-list), and a record is
//! forgotten when its meeting closes (a closed meeting can no longer change).

use rusqlite::types::Value;
use rusqlite::{params, OptionalExtension};
use serde_json::{Map, Value as Json};
use uuid::Uuid;

pub use super::undone::{Undone, Value as Said};
use crate::db::Tx;
use crate::i18n::Lang;
use crate::{Error, Result};

/// The tables whose rows undo may put back, and `people` (only ever removed).
const RESTORABLE: &[&str] = &[
    "stacks",
    "stack_entries",
    "speeches",
    "speech_pauses",
    "floor_policy_changes",
    "floor_list_choices",
    "people",
];

/// One changed row: its table, id, and the row before the action (`None`: inserted).
#[derive(Debug, Clone)]
struct Change {
    table: &'static str,
    id: Uuid,
    before: Option<Map<String, Json>>,
}

/// Collects the before-images of one stack action.
#[derive(Debug, Default)]
pub(crate) struct Changes {
    changes: Vec<Change>,
}

impl Changes {
    pub fn new() -> Self {
        Changes::default()
    }

    fn seen(&self, table: &str, id: Uuid) -> bool {
        self.changes.iter().any(|c| c.table == table && c.id == id)
    }

    /// Call BEFORE updating a row: keeps the row as it is now (once per row per action).
    pub fn updating(&mut self, tx: &Tx, table: &'static str, id: Uuid) -> Result<()> {
        if self.seen(table, id) {
            return Ok(());
        }
        let before = read_row(tx, table, id)?
            .ok_or_else(|| crate::invalid!("undo-no-row", id = id, table = table))?;
        self.changes.push(Change {
            table,
            id,
            before: Some(before),
        });
        Ok(())
    }

    /// Call after inserting a row: undo will delete it.
    pub fn inserted(&mut self, table: &'static str, id: Uuid) {
        if !self.seen(table, id) {
            self.changes.push(Change {
                table,
                id,
                before: None,
            });
        }
    }

    /// Stores the record of the action as the item's newest undo step, with what it
    /// did in words (`label` is their English).
    pub fn save(
        self,
        tx: &Tx,
        item: Uuid,
        meeting: Uuid,
        action: &str,
        words: &Undone,
    ) -> Result<()> {
        let json: Vec<Json> = self
            .changes
            .into_iter()
            .map(|c| {
                serde_json::json!({
                    "table": c.table,
                    "id": c.id,
                    "before": c.before.map(Json::Object),
                })
            })
            .collect();
        let seq: i64 = tx
            .prepare_cached(
                "SELECT coalesce(max(seq), 0) + 1 FROM stack_undo WHERE agenda_item_id = ?1",
            )?
            .query_row([item], |r| r.get(0))?;
        tx.prepare_cached(
            "INSERT INTO stack_undo (id, origin, agenda_item_id, meeting_id, seq, action, label, changes, created_at, updated_at, words)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9, ?10)",
        )?
        .execute(params![
            tx.new_id(),
            tx.origin,
            item,
            meeting,
            seq,
            action,
            words.said_in(Lang::En),
            Json::Array(json).to_string(),
            tx.now,
            words.to_json()
        ])?;
        Ok(())
    }
}

/// The newest undo step of an item: (undo row id, action, label, changes JSON).
pub(crate) struct Step {
    pub id: Uuid,
    pub action: String,
    pub label: String,
    /// What it did in words, to say in any language (none: kept before migration 0026).
    pub words: Option<Undone>,
    pub at: chrono::DateTime<chrono::Utc>,
    changes: String,
}

pub(crate) fn top(conn: &rusqlite::Connection, item: Uuid) -> Result<Option<Step>> {
    Ok(conn
        .prepare_cached(
            "SELECT id, action, label, created_at, changes, words FROM stack_undo
             WHERE agenda_item_id = ?1 ORDER BY seq DESC LIMIT 1",
        )?
        .query_row([item], |r| {
            Ok(Step {
                id: r.get(0)?,
                action: r.get(1)?,
                label: r.get(2)?,
                at: r.get(3)?,
                changes: r.get(4)?,
                words: Undone::from_json(r.get::<_, Option<String>>(5)?.as_deref()),
            })
        })
        .optional()?)
}

/// Puts back every row the step changed, newest change first, and drops the step.
pub(crate) fn apply(tx: &Tx, step: &Step) -> Result<()> {
    use crate::error::Arg;
    use crate::word;
    let damaged = |what: Arg| crate::invalid!("undo-damaged", what = what);
    let changes: Vec<Json> =
        serde_json::from_str(&step.changes).map_err(|_| damaged(word!("undo-damaged-not-json")))?;
    for c in changes.iter().rev() {
        let table = c["table"]
            .as_str()
            .ok_or_else(|| damaged(word!("undo-damaged-no-table")))?;
        let table = *RESTORABLE
            .iter()
            .find(|t| **t == table)
            .ok_or_else(|| damaged(word!("undo-damaged-unknown-table")))?;
        let id: Uuid = c["id"]
            .as_str()
            .and_then(|s| Uuid::parse_str(s).ok())
            .ok_or_else(|| damaged(word!("undo-damaged-no-id")))?;
        match &c["before"] {
            Json::Null if table == "people" => remove_person_if_unused(tx, id)?,
            Json::Null => {
                tx.prepare_cached(&format!("DELETE FROM {table} WHERE id = ?1"))?
                    .execute([id])?;
            }
            Json::Object(row) => restore_row(tx, table, id, row).map_err(|e| match e {
                Error::Invalid(m) => damaged(m.into()),
                other => other,
            })?,
            _ => return Err(damaged(word!("undo-damaged-bad-row"))),
        }
    }
    tx.prepare_cached("DELETE FROM stack_undo WHERE id = ?1")?
        .execute([step.id])?;
    Ok(())
}

/// A person `stack add` created goes again — unless something added since refers to them.
fn remove_person_if_unused(tx: &Tx, id: Uuid) -> Result<()> {
    tx.execute_batch("SAVEPOINT undo_person")?;
    match tx.execute("DELETE FROM people WHERE id = ?1", [id]) {
        Ok(_) => tx.execute_batch("RELEASE undo_person")?,
        Err(rusqlite::Error::SqliteFailure(e, _))
            if e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_FOREIGNKEY =>
        {
            tx.execute_batch("ROLLBACK TO undo_person; RELEASE undo_person")?
        }
        Err(e) => return Err(e.into()),
    }
    Ok(())
}

/// The columns of a table, in order (from a cached, never-run statement).
fn columns(tx: &Tx, table: &str) -> Result<Vec<String>> {
    let st = tx.prepare_cached(&format!("SELECT * FROM {table} LIMIT 0"))?;
    Ok(st.column_names().into_iter().map(String::from).collect())
}

/// A row as `{column: value}`.
fn read_row(tx: &Tx, table: &str, id: Uuid) -> Result<Option<Map<String, Json>>> {
    let mut st = tx.prepare_cached(&format!("SELECT * FROM {table} WHERE id = ?1"))?;
    let names: Vec<String> = st.column_names().into_iter().map(String::from).collect();
    Ok(st
        .query_row([id], |r| {
            let mut row = Map::new();
            for (i, name) in names.iter().enumerate() {
                row.insert(name.clone(), to_json(r.get::<_, Value>(i)?));
            }
            Ok(row)
        })
        .optional()?)
}

/// Writes `row` back: an UPDATE of every column if the row is there, else an INSERT.
fn restore_row(tx: &Tx, table: &str, id: Uuid, row: &Map<String, Json>) -> Result<()> {
    let cols = columns(tx, table)?;
    let mut values = Vec::with_capacity(cols.len());
    for c in &cols {
        let v = row
            .get(c)
            .ok_or_else(|| crate::invalid!("undo-no-column", column = c, table = table))?;
        values.push(
            from_json(v)
                .ok_or_else(|| crate::invalid!("undo-bad-value", column = c, table = table))?,
        );
    }
    let exists = tx
        .prepare_cached(&format!("SELECT 1 FROM {table} WHERE id = ?1"))?
        .query_row([id], |_| Ok(()))
        .optional()?
        .is_some();
    let sql = if exists {
        let sets: Vec<String> = cols
            .iter()
            .enumerate()
            .map(|(i, c)| format!("\"{c}\" = ?{}", i + 1))
            .collect();
        format!(
            "UPDATE {table} SET {} WHERE id = ?{}",
            sets.join(", "),
            cols.len() + 1
        )
    } else {
        let marks: Vec<String> = (1..=cols.len()).map(|i| format!("?{i}")).collect();
        let names: Vec<String> = cols.iter().map(|c| format!("\"{c}\"")).collect();
        format!(
            "INSERT INTO {table} ({}) VALUES ({})",
            names.join(", "),
            marks.join(", ")
        )
    };
    if exists {
        values.push(Value::from(id));
    }
    tx.prepare_cached(&sql)?
        .execute(rusqlite::params_from_iter(values))?;
    Ok(())
}

fn to_json(v: Value) -> Json {
    match v {
        Value::Null => Json::Null,
        Value::Integer(i) => Json::from(i),
        // Kept apart from integers: `{"real": x}` (no stack column is REAL today).
        Value::Real(f) => serde_json::json!({ "real": f }),
        Value::Text(s) => Json::String(s),
        // Ids are stored as 16-byte blobs: written as UUIDs to stay readable.
        Value::Blob(b) => match Uuid::from_slice(&b) {
            Ok(u) => serde_json::json!({ "uuid": u }),
            Err(_) => serde_json::json!({ "blob": crate::assembly::hex(&b) }),
        },
    }
}

fn from_json(v: &Json) -> Option<Value> {
    Some(match v {
        Json::Null => Value::Null,
        Json::Number(n) => Value::Integer(n.as_i64()?),
        Json::String(s) => Value::Text(s.clone()),
        Json::Object(o) if o.len() == 1 => match o.iter().next()? {
            (k, f) if k == "real" => Value::Real(f.as_f64()?),
            (k, Json::String(u)) if k == "uuid" => Value::from(Uuid::parse_str(u).ok()?),
            (k, Json::String(h)) if k == "blob" => Value::Blob(crate::assembly::unhex(h)?),
            _ => return None,
        },
        _ => return None,
    })
}
