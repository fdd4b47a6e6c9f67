//! Forgetting a person on request (issue #18): their name is replaced everywhere in this
//! assembly's own record by a placeholder ("Participant 7") — the person record itself,
//! every free text of the assembly's own records that names them (found by the minutes'
//! name finder, `minutes::redact::NameFinder`: whole names and the parts of a name that
//! stand for it), the local working data (journal, stack undo steps, corrections, import
//! undo records, import reports) — and the speaking log follows, since it names people by
//! id. Changed records of the assembly get a new revision, so the forgetting travels in
//! the next bundle as an ordinary update and the assemblies that imported the name receive
//! it. The action is journaled without the name.
//!
//! Afterwards the old bytes are made unreadable: the automatic backups in `backups/` are
//! deleted (each one is a copy from before the forgetting; restoring it would bring the
//! name back), the write-ahead log is checkpointed and truncated, and the file is VACUUMed
//! so that no free page keeps the name.
//!
//! Not reached, on purpose: records owned by other assemblies (read-only here; they
//! change when their owner forgets), the bundle files received from them (signed bytes,
//! passed on as they are), and copies made by hand (`plenary backup FILE`, exported
//! bundles and minutes) — docs/security.md says so.

use rusqlite::params;
use rusqlite::types::Value;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::bundle::tables::{Kind, TABLES};
use crate::db::Tx;
use crate::i18n::Lang;
use crate::journal::Actor;
use crate::minutes::redact::NameFinder;
use crate::{invalid, Db, Error, Result};

/// Free text of local working data that may hold a name, whatever record it is about
/// (tables and columns that do not travel in bundles; the travelling ones are found from
/// the bundle table list). The test below holds this list to the schema: every TEXT column
/// of a table that does not travel is here or in its list of what is not free text.
const LOCAL_TEXT: &[(&str, &[&str])] = &[
    ("journal", &["detail"]),
    ("stack_undo", &["label", "changes", "words"]),
    (
        "corrections",
        &[
            "what",
            "before",
            "after",
            "what_said",
            "before_said",
            "after_said",
        ],
    ),
    ("import_undo", &["data"]),
    ("received_bundles", &["report"]),
    ("floor_policy_changes", &["reason"]),
    // The name a participant typed on their phone to raise a hand (the room).
    ("hand_requests", &["name"]),
    // A spokes council's WG voice: the reason a spoke gave for their WG's block.
    ("decision_wg_voices", &["reason"]),
    // What is wrong with an inbox file quotes the file, which may quote a name.
    ("federation_files", &["note", "note_said"]),
];

/// What forgetting a person did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Forgotten {
    pub id: Uuid,
    /// The name they have now ("Participant 7").
    pub placeholder: String,
    /// Records of this assembly given a new revision (the person included).
    pub records: u64,
    /// Rows of local working data rewritten (journal, undo steps, corrections, …).
    pub local_rows: u64,
    /// Automatic backups deleted.
    pub backups_deleted: u64,
}

/// "Participant N" (or "Participante N", … — `participant-n` of minutes.ftl in the
/// assembly's language): a placeholder, never a name to forget again.
fn is_placeholder(name: &str) -> bool {
    placeholder_number(name).is_some()
}

/// N of a placeholder in any language ("Participant 7", "Participante 7": 7).
fn placeholder_number(name: &str) -> Option<u64> {
    Lang::ALL.iter().find_map(|&lang| {
        let form = placeholder(lang, 0);
        let (before, after) = form.split_once('0')?;
        let n = name.strip_prefix(before)?.strip_suffix(after)?;
        (!n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
            .then(|| n.parse().ok())
            .flatten()
    })
}

/// The placeholder numbered `n` in `lang`, as a name is stored
/// ([`crate::i18n::for_record`]).
fn placeholder(lang: Lang, n: u64) -> String {
    crate::i18n::for_record(crate::t!(lang, "participant-n", n = n))
}

impl Db {
    /// Forgets one of this assembly's people (see the module's comment). One transaction;
    /// then the backups, the log and the free pages are cleared of the old bytes.
    pub fn forget_person(&mut self, actor: Actor, id: Uuid) -> Result<Forgotten> {
        let person = self.person(id)?;
        if is_placeholder(&person.name) {
            return Err(invalid!("person-forget-placeholder", name = &person.name));
        }
        let mut forgotten = self.write(actor, |tx| {
            tx.ensure_owned(crate::db::Owned::Person(&person.name), person.origin)?;
            let forgotten = forget_in_record(tx, id, &person.name)?;
            // The rewritten records were re-indexed by the search triggers; merging the
            // index drops the old terms from its pages before the VACUUM below.
            crate::search::purge_deleted(tx)?;
            Ok(forgotten)
        })?;
        forgotten.backups_deleted = self.delete_automatic_backups()?;
        self.clear_old_pages()?;
        Ok(forgotten)
    }

    /// Deletes the automatic backups of this database (none for one in memory).
    fn delete_automatic_backups(&self) -> Result<u64> {
        let Some(path) = self.path() else {
            return Ok(0);
        };
        let dir = crate::backup::backups_dir(path);
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut deleted = 0;
        for e in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            let ours = name.starts_with(&format!("{stem}-")) && name.contains("-before-");
            if ours
                && [".db", ".db-wal", ".db-shm"]
                    .iter()
                    .any(|x| name.ends_with(x))
            {
                std::fs::remove_file(e.path()).map_err(|err| {
                    Error::io(
                        crate::error_message!(
                            "io-cannot-delete-backup",
                            path = e.path().display().to_string()
                        ),
                        err,
                    )
                })?;
                deleted += u64::from(name.ends_with(".db"));
            }
        }
        Ok(deleted)
    }

    /// Writes everything back to the main file, empties the log, and rebuilds the file so
    /// that no free page or slack space keeps old bytes.
    fn clear_old_pages(&self) -> Result<()> {
        self.truncate_log()?;
        self.conn.execute_batch("VACUUM")?;
        self.truncate_log()
    }

    /// A TRUNCATE checkpoint, tried again while a reader (the app's checkpointer) is busy.
    fn truncate_log(&self) -> Result<()> {
        for _ in 0..50 {
            let busy: i64 = self
                .conn
                .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))?;
            if busy == 0 {
                return Ok(());
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        Err(crate::conflict!("person-forget-log-busy"))
    }
}

/// The forgetting inside the transaction.
fn forget_in_record(tx: &mut Tx, id: Uuid, name: &str) -> Result<Forgotten> {
    let placeholder = next_placeholder(tx)?;
    // Every name of the assembly, the forgotten one first: a part of a name ("Barbara")
    // stands for the first person with it, so it is replaced when it may be them; a longer
    // name of someone else ("Barbara Smith") is found whole and left alone.
    let mut names = vec![name.to_string()];
    let mut st = tx.prepare("SELECT name FROM people WHERE origin = ?1 AND id <> ?2")?;
    for n in st.query_map(params![tx.origin, id], |r| r.get::<_, String>(0))? {
        names.push(n?);
    }
    drop(st);
    let finder = NameFinder::new(names);
    let key = name.trim().to_lowercase();
    let forget = |s: &str| {
        finder.replace(s, |found| {
            (found.trim().to_lowercase() == key).then(|| placeholder.clone())
        })
    };
    // What to look for in SQL first: the name and each of its words.
    let mut terms: Vec<String> = vec![name.trim().to_string()];
    terms.extend(
        name.split_whitespace()
            .map(|p| p.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
            .filter(|p| p.chars().count() >= 2),
    );
    terms.sort();
    terms.dedup();

    tx.execute(
        "UPDATE people SET name = ?1, pronouns = NULL, updated_at = ?2, revision = revision + 1 WHERE id = ?3",
        params![placeholder, tx.now, id],
    )?;
    let mut records = 1;
    for table in TABLES {
        let columns: Vec<&str> = table
            .columns()
            .filter(|c| matches!(c.kind, Kind::Text { .. } | Kind::Line { .. }))
            .filter(|c| !(table.name == "people" && c.name == "name"))
            .map(|c| c.name)
            .collect();
        records += rewrite(tx, table.name, &columns, &terms, true, &forget)?;
    }
    let mut local_rows = 0;
    for (table, columns) in LOCAL_TEXT {
        local_rows += rewrite(tx, table, columns, &terms, false, &forget)?;
    }
    tx.journal(
        "person.forget",
        "people",
        id,
        None,
        serde_json::json!({"placeholder": placeholder, "records": records, "local_rows": local_rows}),
    )?;
    Ok(Forgotten {
        id,
        placeholder,
        records,
        local_rows,
        backups_deleted: 0,
    })
}

/// The next free "Participant N" of this assembly, in the language it keeps its minutes
/// in (the name is a record, as a typed one): numbered after every placeholder it has, in
/// whichever language each was written.
fn next_placeholder(tx: &Tx) -> Result<String> {
    let lang: String = tx.query_row(
        "SELECT minutes_lang FROM assemblies WHERE id = ?1",
        [tx.origin],
        |r| r.get(0),
    )?;
    let mut st = tx.prepare("SELECT name FROM people WHERE origin = ?1")?;
    let mut highest = 0u64;
    for n in st.query_map([tx.origin], |r| r.get::<_, String>(0))? {
        highest = highest.max(placeholder_number(&n?).unwrap_or(0));
    }
    Ok(placeholder(
        Lang::from_locale(&lang).unwrap_or_default(),
        highest + 1,
    ))
}

/// Rewrites `columns` of `table` wherever one may hold a term; with `own`, only this
/// assembly's records, each changed one given a new revision. Returns the rows changed.
fn rewrite(
    tx: &Tx,
    table: &str,
    columns: &[&str],
    terms: &[String],
    own: bool,
    forget: &impl Fn(&str) -> String,
) -> Result<u64> {
    if columns.is_empty() {
        return Ok(0);
    }
    // A cheap filter in SQL (any case for ASCII, exact otherwise); the name finder decides.
    let mut any = Vec::new();
    for c in columns {
        for i in 0..terms.len() {
            any.push(format!(
                "(typeof({c}) = 'text' AND (instr(lower({c}), lower(?{n})) > 0 OR instr({c}, ?{n}) > 0))",
                n = i + 1
            ));
        }
    }
    let mine = if own {
        format!("origin = ?{} AND ", terms.len() + 1)
    } else {
        String::new()
    };
    let sql = format!(
        "SELECT rowid, {} FROM {table} WHERE {mine}({})",
        columns.join(", "),
        any.join(" OR ")
    );
    let mut args: Vec<Value> = terms.iter().map(|t| Value::Text(t.clone())).collect();
    if own {
        args.push(Value::Blob(tx.origin.as_bytes().to_vec()));
    }
    let mut st = tx.prepare(&sql)?;
    let rows: Vec<(i64, Vec<Option<String>>)> = st
        .query_map(rusqlite::params_from_iter(args), |r| {
            let mut values = Vec::with_capacity(columns.len());
            for i in 0..columns.len() {
                values.push(match r.get_ref(i + 1)? {
                    rusqlite::types::ValueRef::Text(t) => {
                        Some(String::from_utf8_lossy(t).into_owned())
                    }
                    _ => None,
                });
            }
            Ok((r.get(0)?, values))
        })?
        .collect::<rusqlite::Result<_>>()?;
    drop(st);
    let mut changed = 0;
    for (rowid, values) in rows {
        let mut any_change = false;
        for (c, v) in columns.iter().zip(&values) {
            let Some(v) = v else { continue };
            let new = forget(v);
            if &new != v {
                tx.execute(
                    &format!("UPDATE {table} SET {c} = ?1 WHERE rowid = ?2"),
                    params![new, rowid],
                )?;
                any_change = true;
            }
        }
        if any_change && own {
            tx.execute(
                &format!(
                    "UPDATE {table} SET updated_at = ?1, revision = revision + 1 WHERE rowid = ?2"
                ),
                params![tx.now, rowid],
            )?;
        }
        changed += u64::from(any_change);
    }
    Ok(changed)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::LOCAL_TEXT;
    use crate::bundle::tables::TABLES;
    use crate::Db;

    /// The TEXT columns of the tables that do not travel that hold no free text, and why:
    /// `(table, column, why)`, where `*` as the table means any table, and a column
    /// starting with `*` any column ending so.
    const NOT_FREE_TEXT: &[(&str, &str, &str)] = &[
        ("*", "id", "a record's id"),
        ("*", "origin", "the owning assembly's id"),
        ("*", "*_id", "the id of another record"),
        ("*", "*_at", "a time, written by Plenary"),
        ("*", "record_table", "the name of one of Plenary's tables"),
        ("journal", "at", "a time, written by Plenary"),
        ("journal", "actor", "the role that acted (facilitator, cli, …), not a person"),
        ("journal", "action", "the action's name (person.forget, …)"),
        ("corrections", "actor", "the role that corrected, not a person"),
        ("import_undo", "change", "what the import did to the record: one fixed word"),
        ("stack_undo", "action", "the undone action's name"),
        ("stack_entries", "kind", "one of the fixed kinds of a stack entry"),
        ("search_docs", "kind", "one of the fixed kinds of a search hit"),
        ("decision_wg_voices", "voice", "one of the fixed voices of a working group (for, against, stand-aside, block)"),
        ("stack_entries", "status", "one of the fixed states of a stack entry"),
        ("hand_requests", "kind", "one of the fixed kinds of a raised hand"),
        ("assemblies", "minutes_lang", "a language code (en, es, …) checked by the core"),
        ("hand_requests", "status", "one of the fixed states of a request"),
        (
            "hand_requests",
            "device",
            "the random id the phone's browser keeps for the room",
        ),
        (
            "floor_policy_changes",
            "policy",
            "the floor policy as written: the names of its sub-lists, not of people",
        ),
        (
            "floor_list_choices",
            "list",
            "the name of one of the floor policy's sub-lists, not of a person",
        ),
        (
            "assemblies",
            "name",
            "an assembly's name, not a person's (it is in every bundle the assembly makes)",
        ),
        ("assemblies", "code", "an assembly's short code"),
        ("assemblies", "default_rule", "a decision rule, as Plenary writes it"),
        ("assemblies", "public_key", "a key, in hex"),
        ("received_bundles", "sha256", "a hash, in hex"),
        ("*", "sha256", "a hash, in hex"),
        ("federation_folders", "inbox", "a folder's path on this computer"),
        ("federation_folders", "outbox", "a folder's path on this computer"),
        ("federation_folders", "outbox_file", "the name Plenary gave a bundle (code and time)"),
        ("federation_files", "file_name", "the name a bundle file has in the inbox (Plenary names bundles by code and time), to know it by"),
        ("federation_relayed", "file_name", "the name a bundle file has in the inbox, to know it by"),
        ("federation_files", "state", "one of the fixed states of an inbox file"),
        ("federation_files", "assembly_name", "an assembly's name, not a person's"),
        ("federation_files", "assembly_code", "an assembly's short code"),
        ("federation_files", "fingerprint", "a key's fingerprint, in hex"),
        (
            "received_bundles",
            "scope",
            "what the bundle covers, as JSON of meeting ids and a date",
        ),
        (
            "received_bundles",
            "file_name",
            "the name the file came with (Plenary names bundles by code, reference and date), to know it by",
        ),
    ];

    fn not_free_text(table: &str, column: &str) -> Option<&'static str> {
        NOT_FREE_TEXT
            .iter()
            .find(|(t, c, _)| {
                (*t == "*" || *t == table)
                    && match c.strip_prefix('*') {
                        Some(end) => column.ends_with(end),
                        None => *c == column,
                    }
            })
            .map(|x| x.2)
    }

    /// Every TEXT column of every table that does not travel in bundles (the tables of
    /// `LOCAL_ONLY`, and those of no assembly: the journal, import undo records).
    fn local_text_columns(db: &Db) -> BTreeSet<(String, String)> {
        let travelling: BTreeSet<&str> = TABLES.iter().map(|t| t.name).collect();
        let conn = db.conn();
        let tables: Vec<String> = conn
            .prepare(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
            )
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        let mut out = BTreeSet::new();
        for t in tables.iter().filter(|t| !travelling.contains(t.as_str())) {
            let mut st = conn
                .prepare(&format!("SELECT name, type FROM pragma_table_info('{t}')"))
                .unwrap();
            let cols = st
                .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
                .unwrap();
            for c in cols {
                let (name, ty) = c.unwrap();
                if ty.eq_ignore_ascii_case("TEXT") {
                    out.insert((t.clone(), name));
                }
            }
        }
        out
    }

    #[test]
    fn every_free_text_column_of_local_data_is_forgotten_or_said_not_to_be() {
        let db = Db::open_in_memory().unwrap();
        let columns = local_text_columns(&db);
        assert!(
            columns.contains(&("journal".into(), "detail".into())),
            "the schema was read: {columns:?}"
        );
        let forgotten: BTreeSet<(String, String)> = LOCAL_TEXT
            .iter()
            .flat_map(|(t, cs)| cs.iter().map(|c| (t.to_string(), c.to_string())))
            .collect();
        let unaccounted: Vec<String> = columns
            .iter()
            .filter(|(t, c)| !forgotten.contains(&(t.clone(), c.clone())))
            .filter(|(t, c)| not_free_text(t, c).is_none())
            .map(|(t, c)| format!("{t}.{c}"))
            .collect();
        assert!(
            unaccounted.is_empty(),
            "free text of local data that forgetting a person does not rewrite: {unaccounted:?}. \
             Add each to LOCAL_TEXT in person_forget.rs, or — if it can never hold a name — \
             to NOT_FREE_TEXT with the reason"
        );
        // Both lists name real TEXT columns, and no column is in both.
        for (t, c) in &forgotten {
            assert!(
                columns.contains(&(t.clone(), c.clone())),
                "LOCAL_TEXT names {t}.{c}, which is not a TEXT column of a local table"
            );
            assert!(
                not_free_text(t, c).is_none(),
                "{t}.{c} is both forgotten and said not to be free text"
            );
        }
        for (t, c, _) in NOT_FREE_TEXT
            .iter()
            .filter(|(t, c, _)| *t != "*" && !c.starts_with('*'))
        {
            assert!(
                columns.contains(&(t.to_string(), c.to_string())),
                "NOT_FREE_TEXT names {t}.{c}, which is not a TEXT column of a local table"
            );
        }
    }
}
