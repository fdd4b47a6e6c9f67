//! Export: the local assembly's records — all of them, chosen meetings with what they
//! refer to, or what changed since a date — as a signed bundle. Only records this
//! assembly owns; the same data gives the same record files, byte for byte.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::{Cursor, Write};
use std::path::Path;
use std::sync::mpsc::{sync_channel, SyncSender};
use std::thread::JoinHandle;

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;
use zip::result::ZipError;
use zip::write::SimpleFileOptions;

use crate::message;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

use super::manifest::{
    self, EntryInfo, Manifest, ManifestAssembly, Scope, DELETIONS, FORMAT, MANIFEST, SIGNATURE,
    VERSION,
};
use super::minutes::meeting_markdown;
use super::records::write_row;
use super::tables::{strong_refs, table_index, Link, Table, TABLES};
use super::{SealedFor, TableCount};
use crate::{conflict, invalid, not_allowed, Db, Error, Result};

/// What to export. No meetings and no date: the whole assembly.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct ExportOptions {
    /// Meeting ids or references (`39`, `LDN-GA-39`).
    pub meetings: Vec<String>,
    /// YYYY-MM-DD: everything changed on or after that day (UTC).
    pub since: Option<String>,
    /// Seal the bundle for these assemblies only (codes, names, ids or fingerprints of
    /// assemblies known here with their keys); empty: a plain bundle.
    pub seal_to: Vec<String>,
}

/// What an export wrote.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct ExportSummary {
    /// The file's name (not its folder).
    pub file_name: String,
    pub scope: Scope,
    pub tables: Vec<TableCount>,
    pub records: u64,
    pub deletions: u64,
    pub minutes: u64,
    /// The file's size and SHA-256 (sealed, the sealed file's).
    pub size: u64,
    pub sha256: String,
    /// Who it is sealed for; empty for a plain bundle.
    pub sealed_for: Vec<SealedFor>,
}

/// Deflate level 1: on the benchmark's 61 MB of records and minutes (docs/PERFORMANCE.md)
/// it is 2.5 times faster than the default level 6, for a quarter more bytes.
const LEVEL: i64 = 1;

impl Db {
    /// Writes a bundle to `path` (whole or not at all).
    pub fn export_bundle(&self, path: &Path, opts: &ExportOptions) -> Result<ExportSummary> {
        let (bytes, mut summary) = self.export_bundle_bytes(opts)?;
        super::write_file(path, &bytes)?;
        summary.file_name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        Ok(summary)
    }

    /// The bundle's bytes, from one snapshot of the database; sealed (signed, then
    /// encrypted) when `opts.seal_to` names assemblies.
    pub fn export_bundle_bytes(&self, opts: &ExportOptions) -> Result<(Vec<u8>, ExportSummary)> {
        let to = self.seal_recipients(&opts.seal_to)?;
        let (bytes, mut summary) = self.read(|db| db.export_snapshot(opts))?;
        if to.is_empty() {
            return Ok((bytes, summary));
        }
        let sealed = super::seal::seal(&bytes, &to).map_err(Error::Bundle)?;
        summary.size = sealed.len() as u64;
        summary.sha256 = manifest::sha256_hex(&sealed);
        summary.sealed_for = to;
        Ok((sealed, summary))
    }

    fn export_snapshot(&self, opts: &ExportOptions) -> Result<(Vec<u8>, ExportSummary)> {
        let local = self.local_assembly()?;
        let scope = self.export_scope(opts)?;
        let selection = self.select(local.id, &scope)?;
        let key = self.signing_key()?;
        let public = crate::assembly::hex(key.verifying_key().as_bytes());
        if local.public_key.as_deref() != Some(public.as_str()) {
            return Err(conflict!("bundle-signing-key-mismatch"));
        }

        let options = SimpleFileOptions::default()
            .compression_method(CompressionMethod::Deflated)
            .compression_level(Some(LEVEL))
            .last_modified_time(zip::DateTime::default())
            .unix_permissions(0o644);
        let mut zip = BundleWriter::new(options);

        let mut counts = BTreeMap::new();
        let mut tables = Vec::new();
        let mut written: Vec<HashSet<Uuid>> = vec![HashSet::new(); TABLES.len()];
        let mut meetings = Vec::new();
        for (t, table) in TABLES.iter().enumerate() {
            let data = self.table_records(local.id, t, selection.as_ref(), &mut written)?;
            zip.entry(table.entry(), data)?;
            let n = written[t].len() as u64;
            counts.insert(table.name.to_string(), n);
            tables.push(TableCount {
                table: table.name.into(),
                record: table.record.into(),
                records: n,
            });
            if table.name == "meetings" {
                meetings = written[t].iter().copied().collect();
            }
        }

        let since = match scope {
            Scope::Since { since } => Some(since),
            _ => None,
        };
        let (deletions, n_deletions) = self.deletion_records(local.id, since)?;
        zip.entry(DELETIONS.into(), deletions)?;

        meetings.sort();
        let mut minutes = BTreeMap::new();
        for m in meetings {
            let name = format!("minutes/{}.md", self.meeting(m)?.reference);
            zip.entry(name.clone(), meeting_markdown(self, m)?.into_bytes())?;
            minutes.insert(m, name);
        }

        let (entries, parts) = zip.finish()?;
        let manifest = Manifest {
            format: FORMAT.into(),
            version: VERSION,
            generator: format!("Plenary {}", env!("CARGO_PKG_VERSION")),
            assembly: ManifestAssembly {
                id: local.id,
                name: local.name.clone(),
                code: local.code.clone(),
                public_key: public,
                default_rule: local.default_rule.clone(),
                created_at: local.created_at,
                updated_at: local.updated_at,
                revision: local.revision,
            },
            created_at: self.now(),
            scope: scope.clone().into(),
            counts,
            deletions: n_deletions,
            minutes,
            entries,
        };
        let manifest_bytes = serde_json::to_vec_pretty(&manifest).map_err(|e| {
            Error::Bundle(message!("bundle-write-manifest", detail = e.to_string()))
        })?;
        let signature = manifest::sign(&key, &manifest_bytes);
        let n_minutes = manifest.minutes.len() as u64;
        let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
        for part in parts {
            let part = ZipArchive::new(Cursor::new(part)).map_err(zip_error)?;
            zip.merge_archive(part).map_err(zip_error)?;
        }
        for (name, data) in [(MANIFEST, &manifest_bytes), (SIGNATURE, &signature)] {
            zip.start_file(name, options).map_err(zip_error)?;
            zip.write_all(data)
                .map_err(|e| Error::io("cannot write the bundle", e))?;
        }
        let bytes = zip.finish().map_err(zip_error)?.into_inner();

        let summary = ExportSummary {
            file_name: String::new(),
            scope,
            records: tables.iter().map(|t| t.records).sum(),
            tables,
            deletions: n_deletions,
            minutes: n_minutes,
            size: bytes.len() as u64,
            sha256: manifest::sha256_hex(&bytes),
            sealed_for: Vec::new(),
        };
        Ok((bytes, summary))
    }

    /// A name for the bundle file: `RIV-2026-11-26.plenary`, `RIV-GA-3.plenary` for one
    /// meeting, `RIV-since-2026-11-01.plenary`.
    pub fn bundle_file_name(&self, opts: &ExportOptions) -> Result<String> {
        let code = self.local_assembly()?.code;
        Ok(match self.export_scope(opts)? {
            Scope::Meetings { meetings } if meetings.len() == 1 => {
                format!("{}.plenary", self.meeting(meetings[0])?.reference)
            }
            Scope::Since { since } => format!("{code}-since-{since}.plenary"),
            _ => format!("{code}-{}.plenary", self.now().date_naive()),
        })
    }

    fn export_scope(&self, opts: &ExportOptions) -> Result<Scope> {
        match (&opts.meetings[..], &opts.since) {
            ([], None) => Ok(Scope::All),
            ([], Some(d)) => Ok(Scope::Since {
                since: crate::validate::date("--since", d)?,
            }),
            (ms, None) => {
                let mut ids = ms
                    .iter()
                    .map(|m| self.resolve_meeting(m))
                    .collect::<Result<Vec<_>>>()?;
                ids.sort();
                ids.dedup();
                Ok(Scope::Meetings { meetings: ids })
            }
            (_, Some(_)) => Err(invalid!("bundle-meetings-or-since")),
        }
    }

    /// The ids to export per table, or `None` for everything the assembly owns.
    fn select(&self, local: Uuid, scope: &Scope) -> Result<Option<Vec<HashSet<Uuid>>>> {
        let graph = match scope {
            Scope::All => return Ok(None),
            Scope::Meetings { .. } | Scope::Since { .. } => Graph::load(self, local)?,
        };
        let mut sel = Selection::new(&graph);
        match scope {
            Scope::Meetings { meetings } => {
                let t = table_index("meetings").unwrap_or_default();
                for m in meetings {
                    if !graph.rows[t].contains_key(m) {
                        return Err(not_allowed!(
                            "bundle-meeting-foreign",
                            meeting = self.meeting(*m)?.reference
                        ));
                    }
                    sel.add(t, *m, Mode::Full);
                }
            }
            Scope::Since { since } => {
                let from = since.format("%Y-%m-%d").to_string();
                for (t, rows) in graph.rows.iter().enumerate() {
                    for (id, row) in rows {
                        if row.updated_at >= from {
                            sel.add(t, *id, Mode::Referenced);
                        }
                    }
                }
            }
            Scope::All => {}
        }
        sel.close(self)?;
        Ok(Some(
            sel.modes
                .into_iter()
                .map(|m| m.into_keys().collect())
                .collect(),
        ))
    }

    /// One table's records as JSON Lines, sorted by id; checks that every reference
    /// points at a record of this bundle.
    fn table_records(
        &self,
        local: Uuid,
        t: usize,
        selection: Option<&Vec<HashSet<Uuid>>>,
        written: &mut [HashSet<Uuid>],
    ) -> Result<Vec<u8>> {
        let table = &TABLES[t];
        let names: Vec<&str> = table.columns().map(|c| c.name).collect();
        let refs = strong_refs(table);
        let mut st = self.conn.prepare(&format!(
            "SELECT {} FROM {} WHERE origin = ?1 ORDER BY id",
            names.join(", "),
            table.name
        ))?;
        let mut rows = st.query([local])?;
        let mut out = Vec::new();
        let mut pending_self_refs = Vec::new();
        while let Some(row) = rows.next()? {
            let id: Uuid = row.get(0)?;
            if selection.is_some_and(|s| !s[t].contains(&id)) {
                continue;
            }
            for r in &refs {
                if let Some(target) = row.get::<_, Option<Uuid>>(r.at)? {
                    if r.target == t {
                        pending_self_refs.push((id, r.at, target));
                    } else if !written[r.target].contains(&target) {
                        return Err(self.foreign_reference(
                            table,
                            id,
                            names[r.at],
                            r.target,
                            target,
                        ));
                    }
                }
            }
            write_row(&mut out, table, row)?;
            written[t].insert(id);
        }
        for (id, i, target) in pending_self_refs {
            if !written[t].contains(&target) {
                return Err(self.foreign_reference(table, id, names[i], t, target));
            }
        }
        Ok(out)
    }

    fn foreign_reference(
        &self,
        table: &Table,
        id: Uuid,
        column: &str,
        tt: usize,
        target: Uuid,
    ) -> Error {
        conflict!(
            "bundle-export-foreign-reference",
            record = table.record,
            id = id,
            column = column,
            target_record = TABLES[tt].record,
            target = target
        )
    }

    fn deletion_records(&self, local: Uuid, since: Option<NaiveDate>) -> Result<(Vec<u8>, u64)> {
        let mut st = self.conn.prepare(
            "SELECT id, record_table, deleted_at FROM tombstones
             WHERE origin = ?1 AND deleted_at >= ?2 ORDER BY id",
        )?;
        let from = since.map(|d| d.to_string()).unwrap_or_default();
        let rows = st.query_map(rusqlite::params![local, from], |r| {
            Ok((
                r.get::<_, Uuid>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, DateTime<Utc>>(2)?,
            ))
        })?;
        let mut out = Vec::new();
        let mut n = 0;
        for row in rows {
            let (id, table, at) = row?;
            let line = serde_json::json!({
                "id": id,
                "origin": local,
                "table": table,
                "deleted_at": at.to_rfc3339_opts(SecondsFormat::AutoSi, true),
            });
            serde_json::to_writer(&mut out, &line).map_err(|e| {
                Error::Bundle(message!("bundle-write-deletion", detail = e.to_string()))
            })?;
            out.push(b'\n');
            n += 1;
        }
        Ok((out, n))
    }
}

/// The entries of a bundle being written. Each is hashed and deflated on a second thread
/// while the next is read from the database, into a one-entry zip that is copied raw into
/// the bundle at the end (the result is the same as deflating in turn, only sooner).
struct BundleWriter {
    send: Option<SyncSender<(String, Vec<u8>)>>,
    worker: Option<JoinHandle<Result<Vec<Deflated>, ZipError>>>,
}

/// The manifest's list of entries.
type Listing = BTreeMap<String, EntryInfo>;

/// An entry: its name, hash and size, and the one-entry zip holding it deflated.
type Deflated = (String, EntryInfo, Vec<u8>);

impl BundleWriter {
    fn new(options: SimpleFileOptions) -> Self {
        let (send, receive) = sync_channel::<(String, Vec<u8>)>(2);
        let worker = std::thread::spawn(move || {
            let mut out = Vec::new();
            for (name, data) in receive {
                let info = EntryInfo {
                    sha256: manifest::sha256_hex(&data),
                    size: data.len() as u64,
                };
                let mut zip = ZipWriter::new(Cursor::new(Vec::with_capacity(data.len() / 4)));
                zip.start_file(name.as_str(), options)?;
                zip.write_all(&data)?;
                out.push((name, info, zip.finish()?.into_inner()));
            }
            Ok(out)
        });
        BundleWriter {
            send: Some(send),
            worker: Some(worker),
        }
    }

    fn entry(&mut self, name: String, data: Vec<u8>) -> Result<()> {
        let sent = self.send.as_ref().map(|s| s.send((name, data)));
        match sent {
            Some(Ok(())) => Ok(()),
            // The worker stopped: its error says why.
            _ => {
                self.finish()?;
                Err(Error::Bundle(message!("bundle-writer-stopped-early")))
            }
        }
    }

    /// Every entry's hash and size, and the one-entry zips in the order given.
    fn finish(&mut self) -> Result<(Listing, Vec<Vec<u8>>)> {
        self.send = None;
        let done = self
            .worker
            .take()
            .ok_or_else(|| Error::Bundle(message!("bundle-writer-stopped")))?
            .join()
            .map_err(|_| Error::Bundle(message!("bundle-writer-failed")))?
            .map_err(zip_error)?;
        let mut entries = BTreeMap::new();
        let mut parts = Vec::with_capacity(done.len());
        for (name, info, part) in done {
            entries.insert(name, info);
            parts.push(part);
        }
        Ok((entries, parts))
    }
}

fn zip_error(e: zip::result::ZipError) -> Error {
    Error::Bundle(message!("bundle-write-failed", detail = e.to_string()))
}

/// A record: (index in TABLES, id).
type Node = (usize, Uuid);
/// A record that belongs to or is part of another, and how.
type Child = (usize, Uuid, Link);

/// The local records and how they refer to each other, for cutting a bundle.
struct Graph {
    /// Per table: id → its references and when it last changed.
    rows: Vec<HashMap<Uuid, GraphRow>>,
    /// (table, id) → the records that belong to it or are part of it.
    children: HashMap<Node, Vec<Child>>,
}

struct GraphRow {
    refs: Vec<(usize, Uuid, &'static str)>,
    updated_at: String,
}

impl Graph {
    fn load(db: &Db, local: Uuid) -> Result<Graph> {
        let mut rows: Vec<HashMap<Uuid, GraphRow>> =
            (0..TABLES.len()).map(|_| HashMap::new()).collect();
        let mut children: HashMap<Node, Vec<Child>> = HashMap::new();
        for (t, table) in TABLES.iter().enumerate() {
            let refs = strong_refs(table);
            let mut cols = vec!["id", "updated_at"];
            cols.extend(refs.iter().map(|r| r.column.name));
            let mut st = db.conn.prepare(&format!(
                "SELECT {} FROM {} WHERE origin = ?1",
                cols.join(", "),
                table.name
            ))?;
            let mut q = st.query([local])?;
            while let Some(r) = q.next()? {
                let id: Uuid = r.get(0)?;
                let mut row = GraphRow {
                    refs: Vec::with_capacity(refs.len()),
                    updated_at: r.get(1)?,
                };
                for (i, sr) in refs.iter().enumerate() {
                    if let Some(target) = r.get::<_, Option<Uuid>>(i + 2)? {
                        row.refs.push((sr.target, target, sr.column.name));
                        if sr.link != Link::Uses {
                            children
                                .entry((sr.target, target))
                                .or_default()
                                .push((t, id, sr.link));
                        }
                    }
                }
                rows[t].insert(id, row);
            }
        }
        Ok(Graph { rows, children })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Mode {
    /// The record, what it uses, and its parts.
    Referenced,
    /// And also what belongs to it (a chosen meeting's agenda).
    Full,
}

struct Selection<'g> {
    graph: &'g Graph,
    modes: Vec<HashMap<Uuid, Mode>>,
    work: Vec<(usize, Uuid, Mode)>,
}

impl<'g> Selection<'g> {
    fn new(graph: &'g Graph) -> Self {
        Selection {
            graph,
            modes: vec![HashMap::new(); TABLES.len()],
            work: Vec::new(),
        }
    }

    fn add(&mut self, t: usize, id: Uuid, mode: Mode) {
        if self.modes[t].get(&id).is_some_and(|m| *m >= mode) {
            return;
        }
        self.modes[t].insert(id, mode);
        self.work.push((t, id, mode));
    }

    /// Adds everything the chosen records need, following the links of the table list.
    fn close(&mut self, db: &Db) -> Result<()> {
        while let Some((t, id, mode)) = self.work.pop() {
            let row = self.graph.rows[t].get(&id).ok_or_else(|| {
                crate::conflict!("bundle-export-not-own", record = TABLES[t].record, id = id)
            })?;
            for &(tt, target, column) in &row.refs {
                if !self.graph.rows[tt].contains_key(&target) {
                    return Err(db.foreign_reference(&TABLES[t], id, column, tt, target));
                }
                self.add(tt, target, Mode::Referenced);
            }
            if let Some(kids) = self.graph.children.get(&(t, id)) {
                for &(ct, cid, link) in kids {
                    match (link, mode) {
                        (Link::PartOf, _) => self.add(ct, cid, mode),
                        (Link::BelongsTo, Mode::Full) => self.add(ct, cid, Mode::Full),
                        _ => {}
                    }
                }
            }
        }
        Ok(())
    }
}
