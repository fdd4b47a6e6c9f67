//! Import: validate everything first (structure, hashes, signature, the key pinned for
//! the assembly, every record, every reference), then — in one transaction, with a record of
//! what it changed so that it can be undone whole (`undo.rs`; no full backup) — insert
//! what is new, replace a record only with a higher revision
//! from its owner, never touch a record owned by this assembly or by a third one, apply
//! the owner's deletions, and keep the bundle file. An import that would change nothing
//! writes nothing. A sealed bundle is first opened with this assembly's key (`seal.rs`)
//! and then checked as any other; the file is kept as it came, still sealed.

use std::collections::HashSet;
use std::path::Path;

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::manifest::{self, ManifestAssembly, Scope};
use super::read::{self, Contents, Opened};
use super::stage::{may_change, stage, Staged};
use super::tables::{strong_refs, TABLES};
use super::{words, BundleAssembly, Counts, Limits, SealedFor, TableCount};
use crate::error::{Message, Said};
use crate::journal::Actor;
use crate::{message, text_enum, Db, Error, Result};

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
    /// Why, in English (scripts, `--json`).
    pub reason: String,
    /// Why, as a message to word in the reader's language; kept with the import's report
    /// (`received_bundles.report`), so absent from reports an earlier Plenary kept.
    #[serde(default)]
    pub said: Option<Said>,
}

impl Refusal {
    /// `table`'s record `id` was not written, because of `reason`.
    pub(super) fn new(table: &super::tables::Table, id: Uuid, reason: &Message) -> Refusal {
        Refusal {
            table: table.name.into(),
            record: table.record.into(),
            id,
            reason: reason.to_string(),
            said: Some(reason.into()),
        }
    }
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
    /// Whether every record was checked. False in the first glance ([`Db::glance_import`]):
    /// what the signed manifest says, its signature checked, shown while the dry run of
    /// the whole import takes its seconds; `importable` is then false until it is known.
    pub checked: bool,
    /// Signature, hashes, every entry and every record check out: the bundle is intact and
    /// what the format allows, wherever it is imported. In a first glance: the manifest's
    /// signature and entries check out (a bad signature is known at once).
    pub verifies: bool,
    /// Why it does not verify (English).
    pub problem: Option<String>,
    /// The same, to word in the reader's language.
    pub problem_said: Option<Said>,
    /// It verifies and this database would take it: the key is new or the one pinned, the
    /// code is not one already used here, every reference resolves here. (Single records
    /// may still be refused: `refused_records`.)
    pub importable: bool,
    /// Why this database would refuse it although it verifies (English).
    pub refusal: Option<String>,
    /// The same, to word in the reader's language.
    pub refusal_said: Option<Said>,
    /// How many records an import here would refuse (see the dry run for which and why).
    pub refused_records: u64,
    pub already_imported: Option<DateTime<Utc>>,
    /// Who the file was sealed for (it was opened with this assembly's key; the rest
    /// describes the bundle inside, `size` and `sha256` the file); empty when it is not
    /// sealed.
    pub sealed_for: Vec<SealedFor>,
}

/// What the desktop app shows before importing: the inspection and, if the bundle
/// verifies, what the import would do. `token` names the file kept for `import_bundle`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct ImportPreview {
    pub token: String,
    pub inspection: Inspection,
    pub report: Option<ImportReport>,
}

/// What checking a bundle found: this very file was imported before (with the report to
/// give again), or what importing it would do.
enum Checked {
    Before(ImportReport),
    Planned(Staged),
}

impl Checked {
    fn into_report(self) -> ImportReport {
        match self {
            Checked::Before(r) => r,
            Checked::Planned(s) => s.report,
        }
    }
}

/// Why a bundle is refused as a whole: it does not verify (it is not intact, or not what
/// the format allows), or it does but this database cannot take it.
enum Why {
    Broken(Message),
    NotHere(Message),
}

/// The checked bundle, or why it is refused (for an inspection).
fn split(r: std::result::Result<Checked, Why>) -> (Option<Checked>, Option<Why>) {
    match r {
        Ok(c) => (Some(c), None),
        Err(w) => (None, Some(w)),
    }
}

/// What the checks that need no staging found: this very file was imported before, or
/// the bundle's records, ready to stage.
enum Prepared {
    Before(Box<ImportReport>),
    Ready(Contents, KeyStatus),
}

/// The sentence that refuses a whole file; its argument `why` is the reader's own
/// message, worded in the same language as the sentence around it.
#[derive(Clone, Copy)]
pub(crate) enum Refused<'a> {
    /// "FILE was not imported: WHY" (an import).
    NotImported(&'a str),
    /// "FILE is not a bundle this Plenary can read: WHY" (an inspection).
    Unreadable(&'a str),
    /// "FILE cannot be opened here: WHY" (a sealed file, before it is read).
    CannotOpen(&'a str),
}

impl Refused<'_> {
    pub(crate) fn because(self, why: Message) -> Error {
        Error::Bundle(match self {
            Refused::NotImported(file) => message!("bundle-not-imported", file = file, why = why),
            Refused::Unreadable(file) => message!("bundle-unreadable", file = file, why = why),
            Refused::CannotOpen(file) => message!("bundle-cannot-open", file = file, why = why),
        })
    }
}

/// The zip's directory and the manifest, or `refusal`: why this is not a bundle this
/// Plenary reads.
fn open_or_refuse<'a>(bytes: &'a [u8], limits: &Limits, refusal: Refused) -> Result<Opened<'a>> {
    read::open(bytes, limits).map_err(|e| refusal.because(e))
}

/// Opens the bundle `inner` found in the file `bytes`: the same bytes, or the bundle
/// inside a sealed file. The file is what is kept and recognised when it comes again, so
/// its own size and SHA-256 stand for the bundle.
fn open_file<'a>(
    bytes: &[u8],
    inner: &'a [u8],
    limits: &Limits,
    refusal: Refused,
) -> Result<Opened<'a>> {
    let mut opened = open_or_refuse(inner, limits, refusal)?;
    if inner.as_ptr() != bytes.as_ptr() {
        opened.sha256 = manifest::sha256_hex(bytes);
        opened.size = bytes.len() as u64;
    }
    Ok(opened)
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

    /// Who made a bundle and how its key compares with what is pinned here, from the
    /// manifest alone — nothing verified yet (the shared folder asks, to know whether a
    /// file may be imported at once or must wait for a person to approve its key).
    pub fn bundle_maker(
        &self,
        bytes: &[u8],
        file_name: &str,
        limits: &Limits,
    ) -> Result<(BundleAssembly, KeyStatus, DateTime<Utc>)> {
        let (inner, _) = self.unseal(bytes, limits, Refused::CannotOpen(file_name))?;
        let opened = open_file(bytes, &inner, limits, Refused::Unreadable(file_name))?;
        let m = &opened.manifest;
        let (key, _) = self.key_status(&m.assembly)?;
        Ok(((&m.assembly).into(), key, m.created_at))
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
        self.preview_import_glancing(bytes, file_name, token, |_| {})
    }

    /// [`Db::preview_import`], handing the first glance ([`Db::glance_import`]'s answer) to
    /// `glance` as soon as it is known — before the dry run, which takes seconds on a
    /// ten-year bundle — so that the app can show it meanwhile. The file is opened once
    /// for both (unsealed, its zip directory read and its SHA-256 taken once: tens of ms
    /// on a large bundle). `glance` gets `None` when the file cannot be opened at all (the
    /// answer then says why) or the glance cannot be made.
    pub fn preview_import_glancing(
        &mut self,
        bytes: &[u8],
        file_name: &str,
        token: String,
        glance: impl FnOnce(Option<Inspection>),
    ) -> Result<ImportPreview> {
        let opts = ImportOptions {
            file_name: file_name.into(),
            dry_run: true,
            limits: Limits::default(),
        };
        let (inner, sealed_for) =
            match self.unseal(bytes, &opts.limits, Refused::CannotOpen(file_name)) {
                Ok(unsealed) => unsealed,
                Err(e) => {
                    glance(None);
                    return Err(e);
                }
            };
        let opened = match open_file(bytes, &inner, &opts.limits, Refused::Unreadable(file_name)) {
            Ok(opened) => opened,
            Err(e) => {
                glance(None);
                return Err(e);
            }
        };
        glance(self.glance_of(&opened, file_name, sealed_for.clone()).ok());
        let (checked, why) = split(self.check(&opened, &opts)?);
        Ok(ImportPreview {
            token,
            inspection: self.inspection(
                &opened,
                file_name,
                sealed_for,
                why,
                Some(checked.as_ref()),
            )?,
            report: checked.map(Checked::into_report),
        })
    }

    /// The first glance at a bundle chosen for import, before its dry run: who made it,
    /// with which key, what its signed manifest says it holds, and whether that signature
    /// holds — what reading the manifest costs (milliseconds, whatever the bundle's size),
    /// so that the app can show it at once and the verdict when the dry run is done.
    pub fn glance_import(&self, bytes: &[u8], file_name: &str) -> Result<Inspection> {
        let limits = Limits::default();
        let (inner, sealed_for) = self.unseal(bytes, &limits, Refused::CannotOpen(file_name))?;
        let opened = open_file(bytes, &inner, &limits, Refused::Unreadable(file_name))?;
        self.glance_of(&opened, file_name, sealed_for)
    }

    /// The first glance at an opened bundle: its manifest, and whether its signature holds.
    fn glance_of(
        &self,
        opened: &Opened,
        file_name: &str,
        sealed_for: Vec<SealedFor>,
    ) -> Result<Inspection> {
        let why = opened.verify_signature().err().map(Why::Broken);
        self.inspection(opened, file_name, sealed_for, why, None)
    }

    /// Describes a bundle: who made it, with which key, what it holds, whether it
    /// verifies (every check of an import, without writing). An error only when the file
    /// is not a bundle at all, or is sealed for other assemblies ([`Db::sealed_info`]
    /// says for whom).
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
        let (inner, sealed_for) = self.unseal(bytes, limits, Refused::CannotOpen(file_name))?;
        let opened = open_file(bytes, &inner, limits, Refused::Unreadable(file_name))?;
        let (checked, why) = split(self.check(&opened, &opts)?);
        self.inspection(&opened, file_name, sealed_for, why, Some(checked.as_ref()))
    }

    /// Why this database would not import the bundle — it does not verify, or it does
    /// but cannot be taken here —, as the import would say it ("FILE was not imported:
    /// WHY"); `None` when it would. The checks of an inspection, nothing written: the
    /// shared folder asks before it holds a file from a new key for approval.
    pub(crate) fn import_refusal(
        &self,
        bytes: &[u8],
        file_name: &str,
        limits: &Limits,
    ) -> Result<Option<Message>> {
        let opts = ImportOptions {
            file_name: file_name.into(),
            dry_run: true,
            limits: limits.clone(),
        };
        let (inner, _) = self.unseal(bytes, limits, Refused::CannotOpen(file_name))?;
        let opened = open_file(bytes, &inner, limits, Refused::Unreadable(file_name))?;
        Ok(match self.check(&opened, &opts)? {
            Ok(_) => None,
            Err(Why::Broken(why) | Why::NotHere(why)) => {
                Some(Refused::NotImported(file_name).because(why).into_message())
            }
        })
    }

    /// `checked` is `None` for a first glance (nothing past the manifest checked yet), else
    /// what the dry run found (`Some(None)` when it did not get that far).
    fn inspection(
        &self,
        opened: &Opened,
        file_name: &str,
        sealed_for: Vec<SealedFor>,
        why: Option<Why>,
        checked: Option<Option<&Checked>>,
    ) -> Result<Inspection> {
        let glance = checked.is_none();
        let checked = checked.flatten();
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
            checked: !glance,
            verifies: !matches!(why, Some(Why::Broken(_))),
            importable: !glance && why.is_none(),
            refused_records: match checked {
                Some(Checked::Planned(s)) => s.report.totals.refused,
                _ => 0,
            },
            problem: match &why {
                Some(Why::Broken(w)) => Some(w.to_string()),
                _ => None,
            },
            problem_said: match &why {
                Some(Why::Broken(w)) => Some(w.into()),
                _ => None,
            },
            refusal: match &why {
                Some(Why::NotHere(w)) => Some(w.to_string()),
                _ => None,
            },
            refusal_said: match &why {
                Some(Why::NotHere(w)) => Some(w.into()),
                _ => None,
            },
            already_imported: self.received_at(&opened.sha256)?.map(|r| r.0),
            sealed_for,
        })
    }

    /// The checks of an import that need no staging, in two kinds: whether the bundle
    /// verifies (signature, hashes, every entry and record) and whether this database
    /// would take it (the key, the code, every reference). Reads only.
    fn prepare(
        &self,
        opened: &Opened,
        opts: &ImportOptions,
    ) -> Result<std::result::Result<Prepared, Why>> {
        if let Err(e) = opened.verify_signature() {
            return Ok(Err(Why::Broken(e)));
        }
        if let Some((at, stored)) = self.received_at(&opened.sha256)? {
            if let Ok(report) = serde_json::from_str(&stored) {
                let report = already_imported(report, at, opts.dry_run);
                return Ok(Ok(Prepared::Before(Box::new(report))));
            }
        }
        let contents = match opened.read_contents(&opts.limits) {
            Ok(c) => c,
            Err(e) => return Ok(Err(Why::Broken(e))),
        };
        let a = &opened.manifest.assembly;
        let (key, pinned) = self.key_status(a)?;
        let here = self
            .key_problem(a, key, pinned.as_deref())
            .and_then(|()| self.code_problem(a))
            .and_then(|()| {
                self.read(|db| Ok(db.check_references(opened, &contents)))
                    .unwrap_or_else(|e| Err(e.into_message()))
            });
        Ok(match here {
            Ok(()) => Ok(Prepared::Ready(contents, key)),
            Err(w) => Err(Why::NotHere(w)),
        })
    }

    /// Every check of an import, and what it would do: the import staged in a savepoint
    /// that is rolled back ([`super::stage`]), so that nothing is written.
    fn check(
        &self,
        opened: &Opened,
        opts: &ImportOptions,
    ) -> Result<std::result::Result<Checked, Why>> {
        let local = self.local_id()?;
        let (contents, key) = match self.prepare(opened, opts)? {
            Ok(Prepared::Before(report)) => return Ok(Ok(Checked::Before(*report))),
            Ok(Prepared::Ready(contents, key)) => (contents, key),
            Err(why) => return Ok(Err(why)),
        };
        let staged = self.stage_dry(&opened.manifest, &contents, key, local, opts)?;
        Ok(Ok(Checked::Planned(staged)))
    }

    /// The staging of an import in a savepoint that is rolled back: what the import would
    /// do, with nothing written.
    fn stage_dry(
        &self,
        m: &manifest::Manifest,
        contents: &Contents,
        key: KeyStatus,
        local: Uuid,
        opts: &ImportOptions,
    ) -> Result<Staged> {
        // Staging writes: take the write lock at once (a read transaction upgraded later
        // fails if another process wrote meanwhile), and always roll back.
        let outer = self.conn.is_autocommit();
        if outer {
            self.conn.execute_batch("BEGIN IMMEDIATE")?;
        }
        self.conn.execute_batch("SAVEPOINT plenary_dry_run")?;
        // What is staged is thrown away: the search triggers need not index it (0021's
        // pause; the row goes with the savepoint).
        let staged = self
            .conn
            .execute("INSERT INTO search_paused (only) VALUES (1)", [])
            .map_err(Into::into)
            .and_then(|_| stage(&self.conn, m, contents, key, local, opts));
        let undone = self
            .conn
            .execute_batch("ROLLBACK TO plenary_dry_run; RELEASE plenary_dry_run")
            .and_then(|()| {
                if outer {
                    self.conn.execute_batch("ROLLBACK")
                } else {
                    Ok(())
                }
            });
        let staged = staged?;
        undone?;
        self.conn.pragma_update(None, "defer_foreign_keys", false)?;
        Ok(staged)
    }

    /// Imports a bundle (see the module comment). Refused as a whole — with nothing
    /// written — when anything in it does not check out.
    pub fn import_bundle(&mut self, bytes: &[u8], opts: &ImportOptions) -> Result<ImportReport> {
        let name = &opts.file_name;
        let refusal = Refused::NotImported(name);
        let (inner, _) = self.unseal(bytes, &opts.limits, refusal)?;
        let opened = open_file(bytes, &inner, &opts.limits, refusal)?;
        let refused = |why: Why| match why {
            Why::Broken(w) | Why::NotHere(w) => refusal.because(w),
        };
        if opts.dry_run {
            return match self.check(&opened, opts)? {
                Ok(checked) => Ok(checked.into_report()),
                Err(why) => Err(refused(why)),
            };
        }
        let (contents, key) = match self.prepare(&opened, opts)? {
            Ok(Prepared::Before(report)) => return Ok(*report),
            Ok(Prepared::Ready(contents, key)) => (contents, key),
            Err(why) => return Err(refused(why)),
        };
        let local = self.local_id()?;
        if !self.read(|db| may_change(&db.conn, &opened.manifest, &contents, key))? {
            // Nothing here would change: the staging writes nothing either.
            return Ok(self
                .stage_dry(&opened.manifest, &contents, key, local, opts)?
                .report);
        }
        let received = Uuid::now_v7();
        let producer = &opened.manifest.assembly;
        // Every record refused after all: the report, and the transaction rolled back.
        let mut nothing: Option<ImportReport> = None;
        let written = self.write(Actor::Import, |tx| {
            // A whole history is indexed in one pass at the end, not record by record
            // (`search::index_in_bulk` says when and why).
            let records = contents.tables.iter().map(Vec::len).sum();
            let bulk = crate::search::index_in_bulk(tx, producer.id, records)?;
            // The same staging as a dry run, on the same database: the same result.
            let mut plan = stage(tx, &opened.manifest, &contents, key, local, opts)?;
            if !plan.changed {
                nothing = Some(plan.report);
                return Err(Error::Bundle(Message::English(String::new())));
            }
            if bulk {
                crate::search::end_bulk_index(tx, producer.id)?;
            }
            plan.report.changed = true;
            plan.report.received_id = Some(received);
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
            std::mem::take(&mut plan.undo).write(tx, received)?;
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
            )?;
            Ok(plan.report)
        })
        ;
        if let Some(report) = nothing {
            return Ok(report);
        }
        written.map_err(|e| match e {
            Error::Database(db) => Error::Bundle(message!(
                "bundle-database-refused",
                file = name,
                detail = db.to_string()
            )),
            other => other,
        })
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
    ) -> Result<(), Message> {
        match key {
            KeyStatus::Own => Err(message!("bundle-from-this-assembly", name = &a.name)),
            KeyStatus::Mismatch => Err(message!(
                "bundle-key-mismatch",
                name = &a.name,
                code = &a.code,
                pinned = manifest::fingerprint_hex(pinned.unwrap_or_default()),
                key = manifest::fingerprint_hex(&a.public_key)
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
    fn check_references(&self, opened: &Opened, c: &Contents) -> Result<(), Message> {
        let producer = opened.manifest.assembly.id;
        for (t, table) in TABLES.iter().enumerate() {
            for r in strong_refs(table) {
                let (i, col, tt) = (r.at, r.column, r.target);
                let target = TABLES[tt].name;
                let mut st = self
                    .conn
                    .prepare(&format!("SELECT origin FROM {target} WHERE id = ?1"))
                    .map_err(|e| Message::English(e.to_string()))?;
                let mut here = HashSet::new();
                for (n, rec) in c.tables[t].iter().enumerate() {
                    let Some(v) = rec.uuid_at(i) else { continue };
                    if c.index[tt].contains_key(&v) || here.contains(&v) {
                        continue;
                    }
                    let owner: Option<Uuid> = st
                        .query_row([v], |r| r.get(0))
                        .optional()
                        .map_err(|e| Message::English(e.to_string()))?;
                    match owner {
                        Some(o) if o == producer => {
                            here.insert(v);
                        }
                        Some(_) => {
                            return Err(message!(
                                "bundle-reference-foreign",
                                entry = table.entry(),
                                line = n + 1,
                                record = words::record(table),
                                id = rec.id,
                                column = col.name,
                                target_id = v,
                                target = words::a_record(&TABLES[tt])
                            ))
                        }
                        None => {
                            return Err(message!(
                                "bundle-reference-missing",
                                entry = table.entry(),
                                line = n + 1,
                                record = words::record(table),
                                id = rec.id,
                                column = col.name,
                                target_id = v,
                                target = words::a_record(&TABLES[tt])
                            ))
                        }
                    }
                }
            }
        }
        Ok(())
    }

    /// A foreign assembly may not use this assembly's code, nor the code of another
    /// assembly known here: references such as `LDN-GA-39` would name two meetings.
    fn code_problem(&self, a: &ManifestAssembly) -> Result<(), Message> {
        let clash: Option<(String, bool)> = self
            .conn
            .query_row(
                "SELECT name, is_local FROM assemblies WHERE id <> ?1 AND code = ?2 COLLATE NOCASE",
                rusqlite::params![a.id, a.code],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .map_err(|e| Message::English(e.to_string()))?;
        match clash {
            Some((_, true)) => Err(message!("bundle-code-own", name = &a.name, code = &a.code)),
            Some((other, false)) => Err(message!(
                "bundle-code-taken",
                name = &a.name,
                code = &a.code,
                other = other
            )),
            None => Ok(()),
        }
    }
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
    r
}
