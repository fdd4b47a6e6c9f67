//! People: added by name on the spot, no accounts; optional pronouns.

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use std::collections::{HashMap, HashSet};

use crate::db::Tx;
use crate::journal::Actor;
use crate::paging::{Listing, Order, Page, PageRequest};
use crate::{conflict, invalid, not_allowed, not_found, validate, Db, Result};

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
        let name = validate::line(crate::word!("field-name"), name)?;
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
            .map(|p| validate::optional_line(crate::word!("field-pronouns"), p))
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
            .prepare_cached("SELECT id, origin, name, pronouns FROM people WHERE id = ?1")?
            .query_row([id], person_from_row)
            .optional()?
            .ok_or_else(|| not_found!("person-not-found", id = id))
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

/// A person as the People screen and `person list` show them: how many records name them
/// helps decide whether two names are one person.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct PersonSummary {
    pub id: Uuid,
    pub name: String,
    pub pronouns: Option<String>,
    /// Records that name them (roles, stack entries, speeches, report-backs, …).
    pub references: i64,
    /// GAs whose record names them.
    pub meetings: i64,
}

/// Every (table, column) that refers to a person, read from the schema itself, so that a
/// table added later that names people is followed by rename, merge and redaction
/// without a change here.
fn person_columns(conn: &rusqlite::Connection) -> Result<Vec<(String, String)>> {
    let mut st = conn.prepare_cached(
        "SELECT m.name, f.\"from\" FROM sqlite_master m, pragma_foreign_key_list(m.name) f
         WHERE m.type = 'table' AND f.\"table\" = 'people' ORDER BY m.name, f.\"from\"",
    )?;
    let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn has_column(conn: &rusqlite::Connection, table: &str, column: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM pragma_table_info(?1) WHERE name = ?2)")?
        .query_row(params![table, column], |r| r.get(0))?)
}

/// How the rows of `table` lead to their meeting, as SQL giving the meeting id of row `t`
/// (None: the table is not part of a meeting's record).
fn meeting_of(conn: &rusqlite::Connection, table: &str) -> Result<Option<String>> {
    let via_item = "(SELECT i.meeting_id FROM agenda_items i WHERE i.id = t.agenda_item_id)";
    Ok(if table == "meetings" {
        Some("t.id".into())
    } else if has_column(conn, table, "meeting_id")? {
        Some("t.meeting_id".into())
    } else if has_column(conn, table, "agenda_item_id")? {
        Some(via_item.into())
    } else if has_column(conn, table, "decision_id")? {
        Some("(SELECT i.meeting_id FROM decisions d JOIN agenda_items i ON i.id = d.agenda_item_id WHERE d.id = t.decision_id)".into())
    } else {
        None
    })
}

/// `FROM … WHERE …` naming the rows of `table` (as `t`) that belong to meeting `?1`, or
/// `None` if its rows belong to no meeting. Joined from the meeting's side, so that the
/// indexes on `meeting_id` / `agenda_item_id` / `decision_id` pick the meeting's few rows
/// (a correlated subquery per row scanned every stack entry of the history instead:
/// half a second per minutes on ten years).
fn rows_of_meeting(conn: &rusqlite::Connection, table: &str) -> Result<Option<String>> {
    Ok(if table == "meetings" {
        Some("meetings t WHERE t.id = ?1".into())
    } else if has_column(conn, table, "meeting_id")? {
        Some(format!("{table} t WHERE t.meeting_id = ?1"))
    } else if has_column(conn, table, "agenda_item_id")? {
        Some(format!(
            "agenda_items i JOIN {table} t ON t.agenda_item_id = i.id WHERE i.meeting_id = ?1"
        ))
    } else if has_column(conn, table, "decision_id")? {
        Some(format!(
            "agenda_items i JOIN decisions d ON d.agenda_item_id = i.id JOIN {table} t ON t.decision_id = d.id WHERE i.meeting_id = ?1"
        ))
    } else {
        None
    })
}

/// The SQL naming the people a meeting's record names (`?1`: the meeting), ordered by
/// their id: every column that refers to `people` (found in the schema) of the meeting's
/// rows, and the proposers of the proposals heard. Worked out once per process: the
/// schema is this build's, since every database is brought up to date when it is opened
/// (reading it for each GA's minutes cost ~80 schema queries, 5 ms a GA on ten years).
fn people_in_meeting_sql(conn: &rusqlite::Connection) -> Result<&'static str> {
    static SQL: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    if let Some(sql) = SQL.get() {
        return Ok(sql);
    }
    let mut named = Vec::new();
    for (table, column) in person_columns(conn)? {
        if let Some(join) = rows_of_meeting(conn, &table)? {
            named.push(format!(
                "SELECT t.{column} FROM {join} AND t.{column} IS NOT NULL"
            ));
        }
    }
    named.push(
        "SELECT p.proposer_person_id FROM proposals p JOIN agenda_items i ON i.proposal_id = p.id
         WHERE i.meeting_id = ?1 AND p.proposer_person_id IS NOT NULL"
            .into(),
    );
    Ok(SQL.get_or_init(|| {
        format!(
            "SELECT name FROM people WHERE id IN ({}) ORDER BY id",
            named.join(" UNION ALL ")
        )
    }))
}

/// How many records, and which GAs, name each person (of `only`: None = everyone).
type References = HashMap<Uuid, (i64, HashSet<Uuid>)>;

fn references(conn: &rusqlite::Connection, only: Option<&[Uuid]>) -> Result<References> {
    let mut refs = References::default();
    // The page's people as an IN list of parameters (a page is at most MAX_LIMIT).
    let (cond, ids): (String, Vec<&dyn rusqlite::ToSql>) = match only {
        Some(ids) => (
            format!("IN ({})", vec!["?"; ids.len()].join(", ")),
            ids.iter().map(|id| id as &dyn rusqlite::ToSql).collect(),
        ),
        None => ("IS NOT NULL".into(), Vec::new()),
    };
    if only.is_some_and(|ids| ids.is_empty()) {
        return Ok(refs);
    }
    for (table, column) in person_columns(conn)? {
        let meeting = meeting_of(conn, &table)?.unwrap_or_else(|| "NULL".into());
        // Every person column has its index (migration 0009), so a page's people are
        // counted through it, not by reading the table.
        let mut st = conn.prepare(&format!(
            "SELECT t.{column}, {meeting} FROM {table} t WHERE t.{column} {cond}"
        ))?;
        let rows = st.query_map(ids.as_slice(), |r| {
            Ok((r.get::<_, Uuid>(0)?, r.get::<_, Option<Uuid>>(1)?))
        })?;
        for row in rows {
            let (person, meeting) = row?;
            let e = refs.entry(person).or_default();
            e.0 += 1;
            e.1.extend(meeting);
        }
    }
    Ok(refs)
}

fn summary(p: Person, refs: &References) -> PersonSummary {
    let (references, meetings) = refs
        .get(&p.id)
        .map_or((0, 0), |(n, m)| (*n, m.len() as i64));
    PersonSummary {
        id: p.id,
        name: p.name,
        pronouns: p.pronouns,
        references,
        meetings,
    }
}

/// The People screen's filter: names containing `search` (any case), or everyone.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct PeopleFilter {
    pub search: Option<String>,
}

const PEOPLE_ORDER: Order = Order {
    keys: &["name COLLATE NOCASE", "id"],
    descending: false,
};

impl Db {
    /// This assembly's people, by name, with how many records and GAs name them. All of
    /// them (the command line's `person list`); the window reads [`Db::people_page`].
    pub fn people(&self) -> Result<Vec<PersonSummary>> {
        self.read(|db| {
            let refs = references(&db.conn, None)?;
            let mut st = db.conn.prepare(
                "SELECT id, origin, name, pronouns FROM people WHERE origin = ?1 ORDER BY name COLLATE NOCASE",
            )?;
            let rows = st.query_map([db.local_id()?], person_from_row)?;
            rows.map(|p| Ok(summary(p?, &refs))).collect()
        })
    }

    /// A page of this assembly's people by name (those whose name contains the search,
    /// in any case), each with how many records and GAs name them — counted for the
    /// page's people only, so the People screen costs the same after ten years.
    pub fn people_page(
        &self,
        filter: &PeopleFilter,
        req: &PageRequest,
    ) -> Result<Page<PersonSummary>> {
        self.read(|db| {
            let search = filter
                .search
                .as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(|s| {
                    let escaped = s
                        .replace('\\', "\\\\")
                        .replace('%', "\\%")
                        .replace('_', "\\_");
                    format!("%{escaped}%")
                });
            let list = Listing::new("id, origin, name, pronouns", "people", PEOPLE_ORDER)
                .filter("origin = ?", db.local_id()?)
                .filter_opt("name LIKE ? ESCAPE '\\'", search);
            let page = db.page(&list, req, person_from_row)?;
            let ids: Vec<Uuid> = page.items.iter().map(|p| p.id).collect();
            let refs = references(&db.conn, Some(&ids))?;
            Ok(Page {
                items: page.items.into_iter().map(|p| summary(p, &refs)).collect(),
                total: page.total,
                next: page.next,
            })
        })
    }

    /// The names of everyone a meeting's record names, in no particular order.
    pub fn people_in_meeting(&self, meeting: Uuid) -> Result<Vec<String>> {
        let mut st = self
            .conn
            .prepare_cached(people_in_meeting_sql(&self.conn)?)?;
        let rows = st.query_map([meeting], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Renames one of this assembly's people; every record that names them follows (they
    /// refer to the person, not the name).
    pub fn rename_person(&mut self, actor: Actor, id: Uuid, name: &str) -> Result<Person> {
        let name = validate::line(crate::word!("field-name"), name)?;
        self.write(actor, |tx| {
            let (origin, old): (Uuid, String) = tx
                .query_row("SELECT origin, name FROM people WHERE id = ?1", [id], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })
                .optional()?
                .ok_or_else(|| not_found!("person-not-found", id = id))?;
            tx.ensure_owned(crate::db::Owned::Person(&old), origin)?;
            let taken: Option<String> = tx
                .query_row(
                    "SELECT name FROM people WHERE origin = ?1 AND name = ?2 COLLATE NOCASE AND id <> ?3",
                    params![origin, name, id],
                    |r| r.get(0),
                )
                .optional()?;
            if let Some(other) = taken {
                return Err(conflict!("person-name-taken", other = &other, old = &old));
            }
            tx.execute(
                "UPDATE people SET name = ?1, updated_at = ?2, revision = revision + 1 WHERE id = ?3",
                params![name, tx.now, id],
            )?;
            tx.journal("person.rename", "people", id, None, serde_json::json!({"from": old, "to": name}))
        })?;
        self.person(id)
    }

    /// Merges `from` into `into`: every record that names `from` names `into` instead, and
    /// `from` is deleted (its tombstone travels in bundles, with the changed records).
    /// Where both hold the same role at one GA, one row stays; where the merge would break
    /// a rule of the record (both waiting in one band of a stack, both with a stance on
    /// one decision), it is refused with what to do first.
    pub fn merge_people(&mut self, actor: Actor, from: Uuid, into: Uuid) -> Result<Person> {
        if from == into {
            return Err(invalid!("person-merge-self"));
        }
        let (a, b) = (self.person(from)?, self.person(into)?);
        self.write(actor, |tx| {
            tx.ensure_owned(crate::db::Owned::Person(&a.name), a.origin)?;
            tx.ensure_owned(crate::db::Owned::Person(&b.name), b.origin)?;
            merge_conflicts(tx, &a, &b)?;
            // Both in the same role at one GA: keep the one row of `into`.
            tx.execute(
                "DELETE FROM meeting_roles WHERE person_id = ?1 AND EXISTS (
                     SELECT 1 FROM meeting_roles o WHERE o.person_id = ?2
                     AND o.meeting_id = meeting_roles.meeting_id AND o.role = meeting_roles.role)",
                params![from, into],
            )?;
            let mut changed = 0;
            for (table, column) in person_columns(tx)? {
                let bump = if has_column(tx, &table, "revision")? {
                    ", updated_at = ?3, revision = revision + 1"
                } else {
                    ""
                };
                let foreign: bool = tx.query_row(
                    &format!("SELECT EXISTS (SELECT 1 FROM {table} WHERE {column} = ?1 AND origin <> ?2)"),
                    params![from, tx.origin],
                    |r| r.get(0),
                )?;
                if foreign {
                    return Err(not_allowed!(
                        "person-merge-foreign-record",
                        name = &a.name,
                        table = &table
                    ));
                }
                changed += tx
                    .execute(
                        &format!("UPDATE {table} SET {column} = ?2{bump} WHERE {column} = ?1"),
                        params![from, into, tx.now],
                    )
                    .map_err(|e| match e {
                        rusqlite::Error::SqliteFailure(f, _)
                            if f.code == rusqlite::ErrorCode::ConstraintViolation =>
                        {
                            conflict!(
                                "person-merge-both-appear",
                                a = &a.name,
                                b = &b.name,
                                table = &table
                            )
                        }
                        e => e.into(),
                    })?;
            }
            // An undo step of a stack still open may restore a row naming `from`.
            tx.execute(
                "UPDATE stack_undo SET changes = replace(changes, ?1, ?2) WHERE instr(changes, ?1) > 0",
                params![from.to_string(), into.to_string()],
            )?;
            if b.pronouns.is_none() && a.pronouns.is_some() {
                tx.execute(
                    "UPDATE people SET pronouns = ?1, updated_at = ?2, revision = revision + 1 WHERE id = ?3",
                    params![a.pronouns, tx.now, into],
                )?;
            }
            tx.execute("DELETE FROM people WHERE id = ?1", [from])?;
            tx.journal(
                "person.merge",
                "people",
                into,
                None,
                serde_json::json!({"from": from, "from_name": a.name, "records": changed}),
            )
        })?;
        self.person(into)
    }
}

/// Refuses a merge that would put one person twice where the record allows one.
fn merge_conflicts(tx: &Tx, a: &Person, b: &Person) -> Result<()> {
    let band: Option<(String, String)> = tx
        .query_row(
            "SELECT i.reference_hint, e.kind FROM (
                 SELECT e.agenda_item_id, e.kind FROM stack_entries e
                 WHERE e.person_id = ?1 AND e.status = 'waiting'
                 INTERSECT
                 SELECT e.agenda_item_id, e.kind FROM stack_entries e
                 WHERE e.person_id = ?2 AND e.status = 'waiting') e
             JOIN (SELECT i.id, m.number || '.' || i.position AS reference_hint
                   FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id) i ON i.id = e.agenda_item_id
             LIMIT 1",
            params![a.id, b.id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    if let Some((item, kind)) = band {
        return Err(conflict!(
            "person-merge-both-waiting",
            a = &a.name,
            b = &b.name,
            kind = kind,
            item = item
        ));
    }
    let stance: Option<String> = tx
        .query_row(
            "SELECT m.number || '.' || i.position FROM decision_stances s
             JOIN decision_stances o ON o.decision_id = s.decision_id AND o.person_id = ?2
             JOIN decisions d ON d.id = s.decision_id JOIN agenda_items i ON i.id = d.agenda_item_id
             JOIN meetings m ON m.id = i.meeting_id
             WHERE s.person_id = ?1 LIMIT 1",
            params![a.id, b.id],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(item) = stance {
        return Err(conflict!(
            "person-merge-both-stances",
            a = &a.name,
            b = &b.name,
            item = item
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The minutes ask, for every column that names a person, which of a meeting's rows
    /// name someone (`people_in_meeting`). Each of those queries must find the meeting's
    /// rows through an index: a table read whole is every speech or stack entry of ten
    /// years, on every minutes (speeches.meeting_id had no index until migration 19).
    /// Without ANALYZE statistics SQLite plans the same on an empty database as on a big
    /// one, so the plan is checked here.
    #[test]
    fn every_query_for_a_meetings_people_goes_through_an_index() {
        let db = Db::open_in_memory().unwrap();
        let mut checked = 0;
        for (table, column) in person_columns(&db.conn).unwrap() {
            let Some(join) = rows_of_meeting(&db.conn, &table).unwrap() else {
                continue;
            };
            let sql = format!("SELECT t.{column} FROM {join} AND t.{column} IS NOT NULL");
            let mut st = db
                .conn
                .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
                .unwrap();
            let plan: Vec<String> = st
                .query_map([Uuid::nil()], |r| r.get(3))
                .unwrap()
                .collect::<rusqlite::Result<_>>()
                .unwrap();
            assert!(
                plan.iter().all(|step| !step.starts_with("SCAN")),
                "{table}.{column}: {sql}\nreads a table whole: {plan:?}"
            );
            checked += 1;
        }
        assert!(checked >= 10, "only {checked} person columns checked");
    }
}
