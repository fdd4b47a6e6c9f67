//! The one pass that decides and writes what an import does, record by record — run on the
//! real transaction by an import, and inside a savepoint that is rolled back by a dry run,
//! `bundle inspect` and the desktop's preview. Because both run this same code against the
//! same database, every rule the database enforces (its UNIQUE and CHECK constraints, the
//! ones other helpers add later included) is met or the record is refused with a message,
//! and a dry run that passes means the import passes.
//!
//! A record is refused when its id is held by another assembly (ours included) or was
//! deleted, when a record it refers to is refused (so refusals travel down references:
//! nothing of another assembly ever hangs off one of ours), when it breaks a record rule
//! ([`super::rules`]), or when the database refuses it (a uniqueness or a CHECK).

use std::collections::{HashMap, HashSet};

use rusqlite::{params, Connection, OptionalExtension};
use uuid::Uuid;

use super::import::{ImportOptions, ImportReport, KeyStatus, Refusal, TableReport};
use super::manifest::{Manifest, ManifestAssembly};
use super::read::Contents;
use super::records::Record;
use super::tables::{strong_refs, Table, TABLES};
use super::undo::UndoLog;
use super::{words, Counts};
use crate::error::Message;
use crate::message;
use crate::Result;

const MAX_LISTED_REFUSALS: usize = 1000;

pub(super) enum Action {
    New,
    Update,
    Unchanged,
    /// `usable`: after the import, the id still names a record of the bundle's assembly
    /// (an older revision of it), so records that refer to it may be written.
    Refused {
        reason: Message,
        usable: bool,
    },
}

/// What staging did: the report, whether anything changed, and the record of what it
/// changed (written with the import, so that it can be undone whole: `undo.rs`).
pub(super) struct Staged {
    pub report: ImportReport,
    pub changed: bool,
    pub undo: UndoLog,
}

/// Decides and writes, on `conn` (an open transaction or savepoint), what importing `c`
/// does. The caller commits (an import) or rolls back (a dry run).
pub(super) fn stage(
    conn: &Connection,
    m: &Manifest,
    c: &Contents,
    key: KeyStatus,
    local: Uuid,
    opts: &ImportOptions,
) -> Result<Staged> {
    let producer = m.assembly.id;
    let names = assembly_names(conn)?;
    let owner_name = |o: &Uuid| -> Message {
        if *o == local {
            message!("bundle-owner-this-assembly")
        } else {
            match names.get(o) {
                // A name and a code: the same in every language.
                Some(name) => Message::English(name.clone()),
                None => message!("bundle-owner-assembly", id = o),
            }
        }
    };

    let assembly = match key {
        KeyStatus::New => Action::New,
        _ => {
            let rev: i64 = conn.query_row(
                "SELECT revision FROM assemblies WHERE id = ?1",
                [producer],
                |r| r.get(0),
            )?;
            if m.assembly.revision > rev {
                Action::Update
            } else {
                Action::Unchanged
            }
        }
    };
    let mut undo = UndoLog::default();
    apply_assembly(conn, &m.assembly, &assembly, &mut undo)?;

    // Ids deleted here before: an older bundle must not bring them back.
    let mut tombstones: HashMap<Uuid, Uuid> = HashMap::new();
    {
        let mut st = conn.prepare("SELECT id, origin FROM tombstones")?;
        let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        for row in rows {
            let (id, origin) = row?;
            tombstones.insert(id, origin);
        }
    }

    let mut tables = vec![TableReport {
        table: "assemblies".into(),
        record: "assembly".into(),
        counts: Counts::default(),
    }];
    bump(&mut tables[0].counts, &assembly);
    tables.extend(TABLES.iter().map(|t| TableReport {
        table: t.name.into(),
        record: t.record.into(),
        counts: Counts::default(),
    }));
    let mut refusals = Vec::new();

    // The owner's deletions first (children first), as the import applies them, so that a
    // record the bundle brings may take the number a deleted one had.
    let mut deleted: HashSet<Uuid> = HashSet::new();
    let mut new_tombstones = 0u64;
    // A deletion that records here still refer to waits until the bundle's records are
    // in: a person merged away by its owner is still named by the owner's older records
    // here, which the bundle brings changed to name the person kept (issue 12).
    let mut postponed: Vec<usize> = Vec::new();
    {
        let mut order: Vec<usize> = (0..c.deletions.len()).collect();
        order.sort_by_key(|&k| std::cmp::Reverse(c.deletions[k].table));
        for k in order {
            let d = &c.deletions[k];
            let table = &TABLES[d.table];
            let counts = &mut tables[d.table + 1].counts;
            let owner: Option<Uuid> = conn
                .query_row(
                    &format!("SELECT origin FROM {} WHERE id = ?1", table.name),
                    [d.id],
                    |r| r.get(0),
                )
                .optional()?;
            let refuse = |reason: Message| Refusal::new(table, d.id, &reason);
            match owner {
                Some(o) if o == producer => {
                    undo.deleting(conn, table.name, d.id)?;
                    match conn.execute(&format!("DELETE FROM {} WHERE id = ?1", table.name), [d.id])
                    {
                        Ok(_) => {
                            counts.deleted += 1;
                            deleted.insert(d.id);
                        }
                        Err(rusqlite::Error::SqliteFailure(e, _))
                            if e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_FOREIGNKEY =>
                        {
                            undo.unkeep();
                            postponed.push(k);
                        }
                        Err(e) => return Err(e.into()),
                    }
                }
                Some(o) => {
                    counts.refused += 1;
                    refusals.push(refuse(message!(
                        "bundle-refused-delete-not-theirs",
                        owner = owner_name(&o)
                    )));
                }
                None => {}
            }
        }
        let mut st = conn.prepare(
            "INSERT OR IGNORE INTO tombstones (id, origin, record_table, deleted_at) VALUES (?1, ?2, ?3, ?4)",
        )?;
        for d in &c.deletions {
            if !tombstones.contains_key(&d.id) {
                let n = st.execute(params![d.id, producer, TABLES[d.table].name, d.deleted_at])?;
                if n == 1 {
                    undo.inserted("tombstones", d.id);
                }
                new_tombstones += n as u64;
            }
        }
    }

    // References have been checked (`check_references`); checking them again at the
    // commit lets a table refer to itself in any order.
    conn.pragma_update(None, "defer_foreign_keys", true)?;
    let mut actions: Vec<Vec<Action>> = Vec::with_capacity(TABLES.len());
    for (t, table) in TABLES.iter().enumerate() {
        let mut held = Held::new(conn, table.name, c.tables[t].len())?;
        let refs = strong_refs(table);
        let cols: Vec<&str> = table.columns().map(|c| c.name).collect();
        let n = cols.len();
        let mut insert = conn.prepare(&format!(
            "INSERT INTO {} ({}) VALUES ({})",
            table.name,
            cols.join(", "),
            (1..=n)
                .map(|i| format!("?{i}"))
                .collect::<Vec<_>>()
                .join(", ")
        ))?;
        let mut update = conn.prepare(&format!(
            "UPDATE {} SET {} WHERE id = ?1 AND origin = ?2 AND revision < ?{n}",
            table.name,
            cols.iter()
                .enumerate()
                .skip(2)
                .map(|(i, c)| format!("{c} = ?{}", i + 1))
                .collect::<Vec<_>>()
                .join(", ")
        ))?;
        let mut acts = Vec::with_capacity(c.tables[t].len());
        for rec in &c.tables[t] {
            let existing = held.get(rec.id)?;
            let ours = existing.is_some_and(|(o, _)| o == producer);
            let refused = |reason: Message| Action::Refused {
                reason,
                usable: ours,
            };
            let mut action = match existing {
                None => match tombstones.get(&rec.id) {
                    Some(o) if *o == producer => refused(message!("bundle-refused-deleted")),
                    Some(o) => {
                        refused(message!("bundle-refused-id-deleted", owner = owner_name(o)))
                    }
                    None => Action::New,
                },
                Some((o, _)) if o == local => refused(message!("bundle-refused-own-record")),
                Some((o, _)) if o != producer => refused(message!(
                    "bundle-refused-third-party",
                    owner = owner_name(&o)
                )),
                Some((_, rev)) if rec.revision > rev => Action::Update,
                Some(_) => Action::Unchanged,
            };
            if matches!(action, Action::New | Action::Update) {
                if let Err(reason) = refers_to_what_stays(rec, &refs, c, &actions, &deleted)
                    .and_then(|()| super::rules::check(conn, table, rec))
                {
                    action = refused(reason);
                }
            }
            let written = match action {
                Action::New => Some(insert.execute(rusqlite::params_from_iter(&rec.values))),
                Action::Update => {
                    undo.replacing(conn, table.name, rec.id)?;
                    Some(update.execute(rusqlite::params_from_iter(&rec.values)))
                }
                _ => None,
            };
            match (&action, &written) {
                (Action::New, Some(Ok(_))) => undo.inserted(table.name, rec.id),
                (Action::Update, Some(Ok(0)) | Some(Err(_))) => undo.unkeep(),
                _ => {}
            }
            if let Some(Err(e)) = written {
                action = refused(constraint_reason(table, rec, e)?);
            }
            bump(&mut tables[t + 1].counts, &action);
            if let Action::Refused { reason, .. } = &action {
                refusals.push(Refusal::new(table, rec.id, reason));
            }
            acts.push(action);
        }
        actions.push(acts);
    }

    // The postponed deletions, children first as above, checked at once (not deferred):
    // what still refers to the record now is not the owner's to change.
    conn.pragma_update(None, "defer_foreign_keys", false)?;
    for k in postponed {
        let d = &c.deletions[k];
        let table = &TABLES[d.table];
        undo.deleting(conn, table.name, d.id)?;
        let counts = &mut tables[d.table + 1].counts;
        match conn.execute(&format!("DELETE FROM {} WHERE id = ?1", table.name), [d.id]) {
            Ok(_) => counts.deleted += 1,
            Err(rusqlite::Error::SqliteFailure(e, _))
                if e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_FOREIGNKEY =>
            {
                undo.unkeep();
                counts.refused += 1;
                refusals.push(Refusal::new(
                    table,
                    d.id,
                    &message!("bundle-refused-delete-referred"),
                ));
            }
            Err(e) => return Err(e.into()),
        }
    }

    let mut totals = Counts::default();
    for t in &tables {
        totals.add(&t.counts);
    }
    let changed = totals.changes() > 0 || new_tombstones > 0;
    let not_listed = refusals.len().saturating_sub(MAX_LISTED_REFUSALS) as u64;
    refusals.truncate(MAX_LISTED_REFUSALS);
    Ok(Staged {
        report: ImportReport {
            file_name: opts.file_name.clone(),
            assembly: (&m.assembly).into(),
            key,
            scope: m.scope.clone().into(),
            made_at: m.created_at,
            dry_run: opts.dry_run,
            already_imported: None,
            tables,
            totals,
            refusals,
            refusals_not_listed: not_listed,
            changed: false,
            received_id: None,
        },
        changed,
        undo,
    })
}

/// Whether importing `c` might change anything here: a cheap, read-only look (no
/// staging) that errs on the side of yes. An import that might change nothing runs only
/// the dry staging; one that might is staged once, on its transaction.
pub(super) fn may_change(
    conn: &Connection,
    m: &Manifest,
    c: &Contents,
    key: KeyStatus,
) -> Result<bool> {
    if key == KeyStatus::New {
        return Ok(true);
    }
    let rev: i64 = conn.query_row(
        "SELECT revision FROM assemblies WHERE id = ?1",
        [m.assembly.id],
        |r| r.get(0),
    )?;
    if m.assembly.revision > rev {
        return Ok(true);
    }
    let mut tomb = conn.prepare("SELECT 1 FROM tombstones WHERE id = ?1")?;
    for d in &c.deletions {
        if !tomb.exists([d.id])? {
            return Ok(true);
        }
        let held: bool = conn
            .prepare_cached(&format!(
                "SELECT 1 FROM {} WHERE id = ?1",
                TABLES[d.table].name
            ))?
            .exists([d.id])?;
        if held {
            return Ok(true);
        }
    }
    for (t, table) in TABLES.iter().enumerate() {
        let mut held = Held::new(conn, table.name, c.tables[t].len())?;
        for rec in &c.tables[t] {
            match held.get(rec.id)? {
                None if !tomb.exists([rec.id])? => return Ok(true),
                Some((o, rev)) if o == m.assembly.id && rec.revision > rev => return Ok(true),
                _ => {}
            }
        }
    }
    Ok(false)
}

/// A record that is written must not refer to one that will not be a record of its
/// assembly after the import: one refused (held by another assembly, ours included, or
/// not written at all) or deleted by the same bundle.
fn refers_to_what_stays(
    rec: &Record,
    refs: &[super::tables::StrongRef],
    c: &Contents,
    actions: &[Vec<Action>],
    deleted: &HashSet<Uuid>,
) -> std::result::Result<(), Message> {
    for r in refs {
        let tt = r.target;
        let Some(v) = rec.uuid_at(r.at) else { continue };
        let target = || words::a_record(&TABLES[tt]);
        let refused = c.index[tt]
            .get(&v)
            .and_then(|&j| actions.get(tt).and_then(|a| a.get(j)));
        if let Some(Action::Refused { usable: false, .. }) = refused {
            return Err(message!(
                "bundle-refused-refers-to-refused",
                column = r.column.name,
                target = target(),
                id = v
            ));
        }
        if deleted.contains(&v) {
            return Err(message!(
                "bundle-refused-refers-to-deleted",
                column = r.column.name,
                target = target(),
                id = v
            ));
        }
    }
    Ok(())
}

/// Why the database refused a record, said for a person (the constraint's columns and the
/// record's values). An error that is not a constraint is passed on.
fn constraint_reason(table: &Table, rec: &Record, e: rusqlite::Error) -> Result<Message> {
    let (code, msg) = match &e {
        rusqlite::Error::SqliteFailure(f, msg)
            if f.code == rusqlite::ErrorCode::ConstraintViolation =>
        {
            (f.extended_code, msg.clone().unwrap_or_default())
        }
        _ => return Err(e.into()),
    };
    let value = |name: &str| {
        table
            .columns()
            .position(|c| c.name == name)
            .map(|i| show(&rec.values[i]))
            .unwrap_or_default()
    };
    Ok(match code {
        rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE => {
            // "UNIQUE constraint failed: meetings.origin, meetings.number"
            let cols: Vec<&str> = msg
                .split_once(": ")
                .map(|(_, l)| {
                    l.split(", ")
                        .filter_map(|c| c.split_once('.'))
                        .map(|c| c.1)
                        .collect()
                })
                .unwrap_or_default();
            let same = words::list(
                &cols
                    .iter()
                    .filter(|c| **c != "origin")
                    .map(|c| format!("{c} {}", value(c)))
                    .collect::<Vec<_>>(),
            );
            // The columns and values are the format's own words (`number 39`).
            if cols.contains(&"origin") {
                message!(
                    "bundle-refused-unique-same-assembly",
                    record = words::record(table),
                    same = same
                )
            } else {
                message!(
                    "bundle-refused-unique",
                    record = words::record(table),
                    same = same
                )
            }
        }
        rusqlite::ffi::SQLITE_CONSTRAINT_CHECK => message!(
            "bundle-refused-check",
            rule = msg
                .strip_prefix("CHECK constraint failed: ")
                .unwrap_or(&msg)
        ),
        _ => message!("bundle-refused-database", detail = msg),
    })
}

/// A value as a message shows it.
fn show(v: &rusqlite::types::Value) -> String {
    use rusqlite::types::Value;
    match v {
        Value::Null => "null".into(),
        Value::Integer(i) => i.to_string(),
        Value::Real(f) => f.to_string(),
        Value::Text(s) => format!("{s:?}"),
        Value::Blob(b) => Uuid::from_slice(b)
            .map(|u| u.to_string())
            .unwrap_or_else(|_| format!("{} bytes", b.len())),
    }
}

/// Every assembly's "Name (CODE)", for messages.
fn assembly_names(conn: &Connection) -> Result<HashMap<Uuid, String>> {
    let mut st = conn.prepare("SELECT id, name, code FROM assemblies")?;
    let rows = st.query_map([], |r| {
        Ok((
            r.get::<_, Uuid>(0)?,
            format!("{} ({})", r.get::<_, String>(1)?, r.get::<_, String>(2)?),
        ))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The owner and revision of the records of one table held here, looked up one by one —
/// or, when the table is not much larger than what the bundle brings (a first import, a
/// re-import), read in one pass, which is several times cheaper per record.
enum Held<'c> {
    All(HashMap<Uuid, (Uuid, i64)>),
    Each(rusqlite::Statement<'c>),
}

impl<'c> Held<'c> {
    fn new(conn: &'c Connection, table: &str, incoming: usize) -> Result<Held<'c>> {
        // max(rowid) bounds the number of rows from above and costs one b-tree descent.
        let rows: i64 = conn.query_row(
            &format!("SELECT coalesce(max(rowid), 0) FROM {table}"),
            [],
            |r| r.get(0),
        )?;
        if rows as u64 > 4 * incoming as u64 {
            return Ok(Held::Each(conn.prepare(&format!(
                "SELECT origin, revision FROM {table} WHERE id = ?1"
            ))?));
        }
        let mut st = conn.prepare(&format!("SELECT id, origin, revision FROM {table}"))?;
        let all = st
            .query_map([], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?))))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(Held::All(all))
    }

    fn get(&mut self, id: Uuid) -> Result<Option<(Uuid, i64)>> {
        Ok(match self {
            Held::All(map) => map.get(&id).copied(),
            Held::Each(st) => st
                .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?,
        })
    }
}

fn bump(c: &mut Counts, a: &Action) {
    match a {
        Action::New => c.new += 1,
        Action::Update => c.updated += 1,
        Action::Unchanged => c.unchanged += 1,
        Action::Refused { .. } => c.refused += 1,
    }
}

fn apply_assembly(
    conn: &Connection,
    a: &ManifestAssembly,
    action: &Action,
    undo: &mut UndoLog,
) -> Result<()> {
    match action {
        Action::New => {
            undo.inserted("assemblies", a.id);
            conn.execute(
                "INSERT INTO assemblies (id, origin, name, code, is_local, default_rule, public_key, created_at, updated_at, revision)
                 VALUES (?1, ?1, ?2, ?3, 0, ?4, ?5, ?6, ?7, ?8)",
                params![a.id, a.name, a.code, a.default_rule, a.public_key, a.created_at, a.updated_at, a.revision],
            )?;
        }
        Action::Update => {
            undo.replacing(conn, "assemblies", a.id)?;
            let changed = conn.execute(
                "UPDATE assemblies SET name = ?2, code = ?3, default_rule = ?4, updated_at = ?5, revision = ?6
                 WHERE id = ?1 AND is_local = 0 AND revision < ?6",
                params![a.id, a.name, a.code, a.default_rule, a.updated_at, a.revision],
            )?;
            if changed == 0 {
                undo.unkeep();
            }
        }
        Action::Unchanged | Action::Refused { .. } => {}
    }
    Ok(())
}
