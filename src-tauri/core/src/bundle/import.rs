//! Import: validate everything first (structure, hashes, signature, the key pinned for
//! the assembly, every record, every reference), then — in one transaction, after a backup
//! of the database — insert what is new, replace a record only with a higher revision
//! from its owner, never touch a record owned by this assembly or by a third one, apply
//! the owner's deletions, and keep the bundle file. An import that would change nothing
//! writes nothing.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::manifest::{self, ManifestAssembly, Scope};
use super::read::{self, Contents, Opened};
use super::tables::{strong_refs, TABLES};
use super::{BundleAssembly, Counts, Limits, TableCount};
use crate::journal::Actor;
use crate::{text_enum, Db, Error, Result};

text_enum! {
    /// How a bundle's key compares with what this database knows of its assembly:
    /// `new` (unknown here: the import pins its key), `known` (the key pinned here),
    /// `mismatch` (known under another key: refused), `own` (claims to be this assembly).
    KeyStatus, "key status" {
        New = "new",
        Known = "known",
        Mismatch = "mismatch",
        Own = "own",
    }
}

#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// The file's name, kept with the bundle.
    pub file_name: String,
    /// Check and count, write nothing.
    pub dry_run: bool,
    pub limits: Limits,
}

/// A record the import did not write, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Refusal {
    pub table: String,
    pub record: String,
    pub id: Uuid,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct TableReport {
    pub table: String,
    pub record: String,
    #[serde(flatten)]
    #[ts(flatten)]
    pub counts: Counts,
}

/// What an import did (or, dry, would do).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct ImportReport {
    pub file_name: String,
    pub assembly: BundleAssembly,
    pub key: KeyStatus,
    pub scope: Scope,
    /// When the bundle was made.
    pub made_at: DateTime<Utc>,
    pub dry_run: bool,
    /// Set when this very file was imported before (then nothing is read again).
    pub already_imported: Option<DateTime<Utc>>,
    /// Per table, the assembly itself first (`assemblies`).
    pub tables: Vec<TableReport>,
    pub totals: Counts,
    /// The refused records (at most 1,000 listed).
    pub refusals: Vec<Refusal>,
    pub refusals_not_listed: u64,
    /// Whether the database changed (false for a dry run).
    pub changed: bool,
    /// The backup taken before the import.
    pub backup: Option<String>,
    /// The kept bundle file (`plenary bundle received`).
    pub received_id: Option<Uuid>,
}

/// What a bundle is, without importing it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Inspection {
    pub file_name: String,
    pub size: u64,
    pub sha256: String,
    pub format_version: u32,
    pub generator: String,
    pub assembly: BundleAssembly,
    pub key: KeyStatus,
    /// The fingerprint pinned here for this assembly, when the bundle's differs.
    pub pinned_fingerprint: Option<String>,
    pub made_at: DateTime<Utc>,
    pub scope: Scope,
    /// For a bundle of chosen meetings: their references (`RIV-GA-39`), in the scope's
    /// order, from the names of their minutes (the importer does not know the other
    /// assembly's meetings by id); the id itself where a meeting has no minutes entry.
    pub chosen_meetings: Vec<String>,
    pub counts: Vec<TableCount>,
    pub deletions: u64,
    /// The minutes entries (`minutes/LDN-GA-39.md`).
    pub minutes: Vec<String>,
    /// Signature, hashes, records and references all check out.
    pub verifies: bool,
    /// Why it does not verify, or why it would be refused.
    pub problem: Option<String>,
    pub already_imported: Option<DateTime<Utc>>,
}

/// What the desktop app shows before importing: the inspection and, if the bundle
/// verifies, what the import would do. `token` names the file kept for `import_bundle`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct ImportPreview {
    pub token: String,
    pub inspection: Inspection,
    pub report: Option<ImportReport>,
}

const MAX_LISTED_REFUSALS: usize = 1000;

enum Action {
    New,
    Update,
    Unchanged,
    /// `absent`: the record is not in the database (so nothing may refer to it).
    Refused {
        reason: String,
        absent: bool,
    },
}

struct Plan {
    assembly: Action,
    actions: Vec<Vec<Action>>,
    /// (table, id) of records to delete.
    deletions: Vec<(usize, Uuid)>,
    /// Indexes in `contents.deletions` of tombstones not yet kept here.
    new_tombstones: Vec<usize>,
    report: ImportReport,
}

/// What checking a bundle found: this very file was imported before (with the report to
/// give again), or what importing it would do.
enum Checked {
    Before(ImportReport),
    Planned(Contents, Plan),
}

impl Checked {
    fn into_report(self) -> ImportReport {
        match self {
            Checked::Before(r) => r,
            Checked::Planned(_, plan) => plan.report,
        }
    }
}

/// The zip's directory and the manifest, or `refusal`: why this is not a bundle this
/// Plenary reads.
fn open_or_refuse<'a>(bytes: &'a [u8], limits: &Limits, refusal: &str) -> Result<Opened<'a>> {
    read::open(bytes, limits).map_err(|e| Error::Bundle(format!("{refusal}: {e}")))
}

fn unreadable(file_name: &str) -> String {
    format!("{file_name} is not a bundle this Plenary can read")
}

impl Db {
    /// Reads a bundle file (at most the size limit) and imports it.
    pub fn import_bundle_file(&mut self, path: &Path, dry_run: bool) -> Result<ImportReport> {
        let (file_name, bytes) = super::read_bundle_file(path)?;
        self.import_bundle(
            &bytes,
            &ImportOptions {
                file_name,
                dry_run,
                limits: Limits::default(),
            },
        )
    }

    pub fn inspect_bundle_file(&self, path: &Path) -> Result<Inspection> {
        let (file_name, bytes) = super::read_bundle_file(path)?;
        self.inspect_bundle(&bytes, &file_name, &Limits::default())
    }

    /// What the desktop app shows before an import: the inspection and, when the bundle
    /// verifies, the dry run. `token` is the shell's name for the file it keeps meanwhile.
    pub fn preview_import(
        &mut self,
        bytes: &[u8],
        file_name: &str,
        token: String,
    ) -> Result<ImportPreview> {
        let opts = ImportOptions {
            file_name: file_name.into(),
            dry_run: true,
            limits: Limits::default(),
        };
        let opened = open_or_refuse(bytes, &opts.limits, &unreadable(file_name))?;
        let (checked, problem) = match self.check(&opened, &opts) {
            Ok(c) => (Some(c), None),
            Err(Error::Bundle(why)) => (None, Some(why)),
            Err(e) => return Err(e),
        };
        Ok(ImportPreview {
            token,
            inspection: self.inspection(&opened, file_name, problem)?,
            report: checked.map(Checked::into_report),
        })
    }

    /// Describes a bundle: who made it, with which key, what it holds, whether it
    /// verifies (every check of an import, without writing). An error only when the file
    /// is not a bundle at all.
    pub fn inspect_bundle(
        &self,
        bytes: &[u8],
        file_name: &str,
        limits: &Limits,
    ) -> Result<Inspection> {
        let opts = ImportOptions {
            file_name: file_name.into(),
            dry_run: true,
            limits: limits.clone(),
        };
        let opened = open_or_refuse(bytes, limits, &unreadable(file_name))?;
        let problem = match self.check(&opened, &opts) {
            Ok(_) => None,
            Err(Error::Bundle(why)) => Some(why),
            Err(e) => return Err(e),
        };
        self.inspection(&opened, file_name, problem)
    }

    fn inspection(
        &self,
        opened: &Opened,
        file_name: &str,
        problem: Option<String>,
    ) -> Result<Inspection> {
        let m = &opened.manifest;
        let (key, pinned) = self.key_status(&m.assembly)?;
        Ok(Inspection {
            file_name: file_name.to_string(),
            size: opened.size,
            sha256: opened.sha256.clone(),
            format_version: m.version,
            generator: m.generator.clone(),
            assembly: (&m.assembly).into(),
            key,
            pinned_fingerprint: pinned.map(|k| manifest::fingerprint_hex(&k)),
            made_at: m.created_at,
            scope: m.scope.clone().into(),
            chosen_meetings: chosen_meetings(m),
            counts: TABLES
                .iter()
                .map(|t| TableCount {
                    table: t.name.into(),
                    record: t.record.into(),
                    records: m.counts.get(t.name).copied().unwrap_or(0),
                })
                .collect(),
            deletions: m.deletions,
            minutes: m.minutes.values().cloned().collect(),
            verifies: problem.is_none(),
            problem,
            already_imported: self.received_at(&opened.sha256)?.map(|r| r.0),
        })
    }

    /// Every check of an import, then the plan. Reads only. A refusal is an
    /// `Error::Bundle` saying what is wrong and where.
    fn check(&self, opened: &Opened, opts: &ImportOptions) -> Result<Checked> {
        let local = self.local_id()?;
        opened.verify_signature().map_err(Error::Bundle)?;
        let (key, pinned) = self.key_status(&opened.manifest.assembly)?;
        self.key_problem(&opened.manifest.assembly, key, pinned.as_deref())
            .map_err(Error::Bundle)?;
        if let Some((at, stored)) = self.received_at(&opened.sha256)? {
            if let Ok(report) = serde_json::from_str(&stored) {
                return Ok(Checked::Before(already_imported(report, at, opts.dry_run)));
            }
        }
        let contents = opened.read_contents(&opts.limits).map_err(Error::Bundle)?;
        let plan = self.read(|db| {
            db.check_references(opened, &contents)
                .map_err(Error::Bundle)?;
            db.plan(opened, &contents, key, local, opts)
        })?;
        Ok(Checked::Planned(contents, plan))
    }

    /// Imports a bundle (see the module comment). Refused as a whole — with nothing
    /// written — when anything in it does not check out.
    pub fn import_bundle(&mut self, bytes: &[u8], opts: &ImportOptions) -> Result<ImportReport> {
        let name = &opts.file_name;
        let opened = open_or_refuse(bytes, &opts.limits, &format!("{name} was not imported"))?;
        let (contents, mut plan) = match self.check(&opened, opts) {
            Ok(Checked::Before(report)) => return Ok(report),
            Ok(Checked::Planned(contents, plan)) => (contents, plan),
            Err(Error::Bundle(why)) => {
                return Err(Error::Bundle(format!("{name} was not imported: {why}")))
            }
            Err(e) => return Err(e),
        };
        if opts.dry_run || !plan.changes() {
            return Ok(plan.report);
        }
        plan.report.backup = self
            .backup_before("import")?
            .map(|p| p.display().to_string());
        plan.report.changed = true;
        let received = Uuid::now_v7();
        plan.report.received_id = Some(received);
        let producer = &opened.manifest.assembly;
        self.write(Actor::Import, |tx| {
            apply_assembly(tx, producer, &plan.assembly)?;
            apply_deletions(tx, &contents, &mut plan)?;
            // The plan has checked every reference; checking at the commit lets a table
            // refer to itself in any order.
            tx.pragma_update(None, "defer_foreign_keys", true)?;
            for (t, table) in TABLES.iter().enumerate() {
                let cols: Vec<&str> = table.columns().map(|c| c.name).collect();
                let n = cols.len();
                let mut insert = tx.prepare(&format!(
                    "INSERT INTO {} ({}) VALUES ({})",
                    table.name,
                    cols.join(", "),
                    (1..=n).map(|i| format!("?{i}")).collect::<Vec<_>>().join(", ")
                ))?;
                let mut update = tx.prepare(&format!(
                    "UPDATE {} SET {} WHERE id = ?1 AND origin = ?2 AND revision < ?{n}",
                    table.name,
                    cols.iter()
                        .enumerate()
                        .skip(2)
                        .map(|(i, c)| format!("{c} = ?{}", i + 1))
                        .collect::<Vec<_>>()
                        .join(", ")
                ))?;
                for (rec, action) in contents.tables[t].iter().zip(&plan.actions[t]) {
                    match action {
                        Action::New => {
                            insert.execute(rusqlite::params_from_iter(&rec.values))?;
                        }
                        Action::Update => {
                            update.execute(rusqlite::params_from_iter(&rec.values))?;
                        }
                        Action::Unchanged | Action::Refused { .. } => {}
                    }
                }
            }
            let report = serde_json::to_string(&plan.report).unwrap_or_else(|_| "{}".into());
            tx.execute(
                "INSERT INTO received_bundles (id, origin, assembly_id, sha256, file_name, size, made_at, scope, report, bytes, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
                params![
                    received,
                    tx.origin,
                    producer.id,
                    opened.sha256,
                    name,
                    opened.size as i64,
                    opened.manifest.created_at,
                    serde_json::to_string(&opened.manifest.scope).unwrap_or_default(),
                    report,
                    bytes,
                    tx.now
                ],
            )?;
            let t = &plan.report.totals;
            tx.journal(
                "bundle.import",
                "received_bundles",
                received,
                None,
                serde_json::json!({
                    "assembly": producer.id, "file": name,
                    "new": t.new, "updated": t.updated, "unchanged": t.unchanged,
                    "refused": t.refused, "deleted": t.deleted,
                }),
            )
        })
        .map_err(|e| match e {
            Error::Database(db) => Error::Bundle(format!(
                "{name} was not imported: the database refused it ({db}); nothing was written"
            )),
            other => other,
        })?;
        Ok(plan.report)
    }

    fn key_status(&self, a: &ManifestAssembly) -> Result<(KeyStatus, Option<String>)> {
        if self.local_id().ok() == Some(a.id) {
            return Ok((KeyStatus::Own, None));
        }
        let pinned: Option<Option<String>> = self
            .conn
            .query_row(
                "SELECT public_key FROM assemblies WHERE id = ?1",
                [a.id],
                |r| r.get(0),
            )
            .optional()?;
        Ok(match pinned.flatten() {
            None => (KeyStatus::New, None),
            Some(k) if k == a.public_key => (KeyStatus::Known, None),
            Some(k) => (KeyStatus::Mismatch, Some(k)),
        })
    }

    fn key_problem(
        &self,
        a: &ManifestAssembly,
        key: KeyStatus,
        pinned: Option<&str>,
    ) -> Result<(), String> {
        match key {
            KeyStatus::Own => Err(format!(
                "it was made by this assembly ({}) itself: there is nothing to import",
                a.name
            )),
            KeyStatus::Mismatch => Err(format!(
                "it claims to come from {} ({}), which is known here under another key (fingerprint {}); this bundle's key has fingerprint {}. If that assembly really changed its key, check the new fingerprint with its people before trusting it",
                a.name,
                a.code,
                manifest::fingerprint_hex(pinned.unwrap_or_default()),
                manifest::fingerprint_hex(&a.public_key)
            )),
            KeyStatus::New | KeyStatus::Known => Ok(()),
        }
    }

    /// When this exact file was imported before, with the report of that import.
    fn received_at(&self, sha256: &str) -> Result<Option<(DateTime<Utc>, String)>> {
        Ok(self
            .conn
            .query_row(
                "SELECT created_at, report FROM received_bundles WHERE sha256 = ?1",
                [sha256],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?)
    }

    /// Every reference must name a record of the bundle, or one of the same assembly
    /// already here.
    fn check_references(&self, opened: &Opened, c: &Contents) -> Result<(), String> {
        let producer = opened.manifest.assembly.id;
        for (t, table) in TABLES.iter().enumerate() {
            for r in strong_refs(table) {
                let (i, col, tt) = (r.at, r.column, r.target);
                let target = TABLES[tt].name;
                let mut st = self
                    .conn
                    .prepare(&format!("SELECT origin FROM {target} WHERE id = ?1"))
                    .map_err(|e| e.to_string())?;
                let mut here = HashSet::new();
                for (n, rec) in c.tables[t].iter().enumerate() {
                    let Some(v) = rec.uuid_at(i) else { continue };
                    if c.index[tt].contains_key(&v) || here.contains(&v) {
                        continue;
                    }
                    let owner: Option<Uuid> = st
                        .query_row([v], |r| r.get(0))
                        .optional()
                        .map_err(|e| e.to_string())?;
                    let at = format!(
                        "{} line {} ({} {})",
                        table.entry(),
                        n + 1,
                        table.record,
                        rec.id
                    );
                    match owner {
                        Some(o) if o == producer => {
                            here.insert(v);
                        }
                        Some(_) => {
                            return Err(format!(
                                "{at}: {} {v} names a {} of another assembly; a bundle's records refer only to records of the assembly that made it",
                                col.name, TABLES[tt].record
                            ))
                        }
                        None => {
                            return Err(format!(
                                "{at}: {} {v} names a {} that is neither in the bundle nor in this database",
                                col.name, TABLES[tt].record
                            ))
                        }
                    }
                }
            }
        }
        Ok(())
    }

    /// Decides, record by record, what the import does. Reads only.
    fn plan(
        &self,
        opened: &Opened,
        c: &Contents,
        key: KeyStatus,
        local: Uuid,
        opts: &ImportOptions,
    ) -> Result<Plan> {
        let m = &opened.manifest;
        let producer = m.assembly.id;
        let names = self.assembly_names()?;
        let owner_name = |o: &Uuid| {
            names
                .get(o)
                .cloned()
                .unwrap_or_else(|| format!("assembly {o}"))
        };

        let assembly = match key {
            KeyStatus::New => Action::New,
            _ => {
                let rev: i64 = self.conn.query_row(
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

        // Ids deleted here before: an older bundle must not bring them back.
        let mut tombstones: HashMap<Uuid, Uuid> = HashMap::new();
        {
            let mut st = self.conn.prepare("SELECT id, origin FROM tombstones")?;
            let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
            for row in rows {
                let (id, origin) = row?;
                tombstones.insert(id, origin);
            }
        }

        let mut actions: Vec<Vec<Action>> = Vec::with_capacity(TABLES.len());
        let mut tables = vec![TableReport {
            table: "assemblies".into(),
            record: "assembly".into(),
            counts: Counts::default(),
        }];
        bump(&mut tables[0].counts, &assembly);
        let mut refusals = Vec::new();
        for (t, table) in TABLES.iter().enumerate() {
            let mut held = Held::new(self, table.name, c.tables[t].len())?;
            let refs = strong_refs(table);
            let mut counts = Counts::default();
            let mut acts = Vec::with_capacity(c.tables[t].len());
            for rec in &c.tables[t] {
                let existing = held.get(rec.id)?;
                let mut action = match existing {
                    None => match tombstones.get(&rec.id) {
                        Some(o) if *o == producer => Action::Refused {
                            reason: "its owner deleted it".into(),
                            absent: true,
                        },
                        Some(o) => Action::Refused {
                            reason: format!(
                                "a record with this id, owned by {}, was deleted",
                                owner_name(o)
                            ),
                            absent: true,
                        },
                        None => Action::New,
                    },
                    Some((o, _)) if o == local => Action::Refused {
                        reason:
                            "it belongs to this assembly: an import never changes your own records"
                                .into(),
                        absent: false,
                    },
                    Some((o, _)) if o != producer => Action::Refused {
                        reason: format!(
                            "it belongs to {}, not to the assembly that made the bundle",
                            owner_name(&o)
                        ),
                        absent: false,
                    },
                    Some((_, rev)) if rec.revision > rev => Action::Update,
                    Some(_) => Action::Unchanged,
                };
                // A record that is written must not refer to one that will not be here.
                if matches!(action, Action::New | Action::Update) {
                    for r in &refs {
                        let tt = r.target;
                        let Some(v) = rec.uuid_at(r.at) else { continue };
                        let absent = c.index[tt].get(&v).is_some_and(|&j| {
                            matches!(
                                actions.get(tt).and_then(|a: &Vec<Action>| a.get(j)),
                                Some(Action::Refused { absent: true, .. })
                            )
                        });
                        if absent {
                            action = Action::Refused {
                                reason: format!(
                                    "it refers to {} {v}, which was not imported",
                                    TABLES[tt].record
                                ),
                                absent: existing.is_none(),
                            };
                            break;
                        }
                    }
                }
                bump(&mut counts, &action);
                if let Action::Refused { reason, .. } = &action {
                    refusals.push(Refusal {
                        table: table.name.into(),
                        record: table.record.into(),
                        id: rec.id,
                        reason: reason.clone(),
                    });
                }
                acts.push(action);
            }
            actions.push(acts);
            tables.push(TableReport {
                table: table.name.into(),
                record: table.record.into(),
                counts,
            });
        }

        let mut deletions = Vec::new();
        let mut new_tombstones = Vec::new();
        for (k, d) in c.deletions.iter().enumerate() {
            if !tombstones.contains_key(&d.id) {
                new_tombstones.push(k);
            }
            let owner: Option<Uuid> = self
                .conn
                .query_row(
                    &format!("SELECT origin FROM {} WHERE id = ?1", TABLES[d.table].name),
                    [d.id],
                    |r| r.get(0),
                )
                .optional()?;
            let counts = &mut tables[d.table + 1].counts;
            match owner {
                Some(o) if o == producer => {
                    counts.deleted += 1;
                    deletions.push((d.table, d.id));
                }
                Some(o) => {
                    counts.refused += 1;
                    refusals.push(Refusal {
                        table: TABLES[d.table].name.into(),
                        record: TABLES[d.table].record.into(),
                        id: d.id,
                        reason: format!(
                            "the bundle deletes it, but it belongs to {}",
                            if o == local {
                                "this assembly".to_string()
                            } else {
                                owner_name(&o)
                            }
                        ),
                    });
                }
                None => {}
            }
        }

        let mut totals = Counts::default();
        for t in &tables {
            totals.add(&t.counts);
        }
        let not_listed = refusals.len().saturating_sub(MAX_LISTED_REFUSALS) as u64;
        refusals.truncate(MAX_LISTED_REFUSALS);
        let report = ImportReport {
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
            backup: None,
            received_id: None,
        };
        Ok(Plan {
            assembly,
            actions,
            deletions,
            new_tombstones,
            report,
        })
    }

    /// Every assembly's "Name (CODE)", for messages.
    fn assembly_names(&self) -> Result<HashMap<Uuid, String>> {
        let mut st = self.conn.prepare("SELECT id, name, code FROM assemblies")?;
        let rows = st.query_map([], |r| {
            Ok((
                r.get::<_, Uuid>(0)?,
                format!("{} ({})", r.get::<_, String>(1)?, r.get::<_, String>(2)?),
            ))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// The owner and revision of the records of one table held here, looked up one by one —
/// or, when the table is not much larger than what the bundle brings (a first import, a
/// re-import), read in one pass, which is several times cheaper per record.
enum Held<'c> {
    All(HashMap<Uuid, (Uuid, i64)>),
    Each(rusqlite::Statement<'c>),
}

impl<'c> Held<'c> {
    fn new(db: &'c Db, table: &str, incoming: usize) -> Result<Held<'c>> {
        // max(rowid) bounds the number of rows from above and costs one b-tree descent.
        let rows: i64 = db.conn.query_row(
            &format!("SELECT coalesce(max(rowid), 0) FROM {table}"),
            [],
            |r| r.get(0),
        )?;
        if rows as u64 > 4 * incoming as u64 {
            return Ok(Held::Each(db.conn.prepare(&format!(
                "SELECT origin, revision FROM {table} WHERE id = ?1"
            ))?));
        }
        let mut st = db
            .conn
            .prepare(&format!("SELECT id, origin, revision FROM {table}"))?;
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

impl Plan {
    fn changes(&self) -> bool {
        self.report.totals.changes() > 0 || !self.new_tombstones.is_empty()
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

fn apply_assembly(tx: &crate::Tx, a: &ManifestAssembly, action: &Action) -> Result<()> {
    match action {
        Action::New => {
            tx.execute(
                "INSERT INTO assemblies (id, origin, name, code, is_local, default_rule, public_key, created_at, updated_at, revision)
                 VALUES (?1, ?1, ?2, ?3, 0, ?4, ?5, ?6, ?7, ?8)",
                params![a.id, a.name, a.code, a.default_rule, a.public_key, a.created_at, a.updated_at, a.revision],
            )?;
        }
        Action::Update => {
            tx.execute(
                "UPDATE assemblies SET name = ?2, code = ?3, default_rule = ?4, updated_at = ?5, revision = ?6
                 WHERE id = ?1 AND is_local = 0 AND revision < ?6",
                params![a.id, a.name, a.code, a.default_rule, a.updated_at, a.revision],
            )?;
        }
        Action::Unchanged | Action::Refused { .. } => {}
    }
    Ok(())
}

/// Deletes what the owner deleted (children first) and keeps the tombstones. A record
/// still referred to here is kept and counted as refused.
fn apply_deletions(tx: &crate::Tx, c: &Contents, plan: &mut Plan) -> Result<()> {
    let mut order = plan.deletions.clone();
    order.sort_by_key(|(t, _)| std::cmp::Reverse(*t));
    for (t, id) in order {
        let table = &TABLES[t];
        match tx.execute(&format!("DELETE FROM {} WHERE id = ?1", table.name), [id]) {
            Ok(_) => {}
            Err(rusqlite::Error::SqliteFailure(e, _))
                if e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_FOREIGNKEY =>
            {
                let counts = &mut plan.report.tables[t + 1].counts;
                counts.deleted -= 1;
                counts.refused += 1;
                plan.report.totals.deleted -= 1;
                plan.report.totals.refused += 1;
                plan.report.refusals.push(Refusal {
                    table: table.name.into(),
                    record: table.record.into(),
                    id,
                    reason: "its owner deleted it, but records here still refer to it".into(),
                });
            }
            Err(e) => return Err(e.into()),
        }
    }
    let mut st = tx.prepare(
        "INSERT OR IGNORE INTO tombstones (id, origin, record_table, deleted_at) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for &k in &plan.new_tombstones {
        let d = &c.deletions[k];
        st.execute(params![
            d.id,
            plan.report.assembly.id,
            TABLES[d.table].name,
            d.deleted_at
        ])?;
    }
    Ok(())
}

/// The report of a file imported before: what it brought is here, so nothing changes.
/// The references of a bundle's chosen meetings, from their minutes entries
/// (`minutes/RIV-GA-39.md` → `RIV-GA-39`).
fn chosen_meetings(m: &manifest::Manifest) -> Vec<String> {
    let ids = match &m.scope {
        manifest::ManifestScope::Meetings { meetings } => meetings,
        _ => return Vec::new(),
    };
    ids.iter()
        .map(|id| {
            m.minutes
                .get(id)
                .and_then(|e| e.strip_prefix("minutes/"))
                .and_then(|e| e.strip_suffix(".md"))
                .map(str::to_string)
                .unwrap_or_else(|| id.to_string())
        })
        .collect()
}

fn already_imported(mut r: ImportReport, at: DateTime<Utc>, dry_run: bool) -> ImportReport {
    let mut totals = Counts::default();
    for t in &mut r.tables {
        let c = &mut t.counts;
        c.unchanged += c.new + c.updated;
        c.new = 0;
        c.updated = 0;
        c.deleted = 0;
        totals.add(c);
    }
    r.totals = totals;
    r.key = KeyStatus::Known;
    r.dry_run = dry_run;
    r.already_imported = Some(at);
    r.changed = false;
    r.backup = None;
    r
}
