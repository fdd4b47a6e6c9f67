//! People: added by name on the spot, no accounts; optional pronouns.

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::db::Tx;
use crate::journal::Actor;
use crate::{not_found, validate, Db, Result};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Person {
    pub id: Uuid,
    pub origin: Uuid,
    pub name: String,
    pub pronouns: Option<String>,
}

fn person_from_row(r: &rusqlite::Row) -> rusqlite::Result<Person> {
    Ok(Person {
        id: r.get(0)?,
        origin: r.get(1)?,
        name: r.get(2)?,
        pronouns: r.get(3)?,
    })
}

impl Tx<'_> {
    /// The local person with this name (any case), created if new. Returns their id.
    pub fn person_by_name(&self, name: &str) -> Result<Uuid> {
        let name = validate::line("name", name)?;
        let found: Option<Uuid> = self
            .query_row(
                "SELECT id FROM people WHERE origin = ?1 AND name = ?2 COLLATE NOCASE",
                params![self.origin, name],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(id) = found {
            return Ok(id);
        }
        let id = self.new_id();
        self.execute(
            "INSERT INTO people (id, origin, name, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)",
            params![id, self.origin, name, self.now],
        )?;
        self.journal(
            "person.add",
            "people",
            id,
            None,
            serde_json::json!({"name": name}),
        )?;
        Ok(id)
    }
}

impl Db {
    /// Adds a person (or returns the one already known by that name) with pronouns.
    pub fn add_person(
        &mut self,
        actor: Actor,
        name: &str,
        pronouns: Option<&str>,
    ) -> Result<Person> {
        let pronouns = pronouns
            .map(|p| validate::optional_line("pronouns", p))
            .transpose()?
            .filter(|p| !p.is_empty());
        let id = self.write(actor, |tx| {
            let id = tx.person_by_name(name)?;
            if let Some(p) = &pronouns {
                tx.execute(
                    "UPDATE people SET pronouns = ?1, updated_at = ?2, revision = revision + 1 WHERE id = ?3",
                    params![p, tx.now, id],
                )?;
                tx.journal("person.pronouns", "people", id, None, serde_json::json!({"pronouns": p}))?;
            }
            Ok(id)
        })?;
        self.person(id)
    }

    pub fn person(&self, id: Uuid) -> Result<Person> {
        self.conn
            .query_row(
                "SELECT id, origin, name, pronouns FROM people WHERE id = ?1",
                [id],
                person_from_row,
            )
            .optional()?
            .ok_or_else(|| not_found!("no person with id {id}"))
    }

    /// Local people whose name starts with `prefix` (any case), for autocomplete.
    pub fn people_matching(&self, prefix: &str, limit: u32) -> Result<Vec<Person>> {
        let escaped = prefix
            .trim()
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_");
        let mut st = self.conn.prepare(
            "SELECT id, origin, name, pronouns FROM people
             WHERE origin = ?1 AND name LIKE ?2 ESCAPE '\\'
             ORDER BY name COLLATE NOCASE LIMIT ?3",
        )?;
        let rows = st.query_map(
            params![self.local_id()?, format!("{escaped}%"), limit],
            person_from_row,
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
