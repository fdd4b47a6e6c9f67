//! Federation through a shared folder (architecture.md; docs/federation.md): an **inbox**
//! folder whose bundles are imported as they come, and an **outbox** folder this assembly
//! writes its changes to. A sync engine (Syncthing, a shared drive) moves the files;
//! Plenary only reads and writes folders.
//!
//! The rules, all here:
//! - a complete bundle from a key pinned here is imported with every check of an import
//!   (`bundle::import`), one transaction, and then passed on into the outbox as it came
//!   (relayed), once per file, never into the folder it came from;
//! - a bundle from a key not known here waits, with its fingerprint and assembly, until a
//!   person approves that key ([`Db::approve_folder_key`]), which pins it and imports;
//! - a file that is not a complete bundle (half-written, tampered, refused as a whole) is
//!   left alone with a note saying what is wrong, and tried again when its size or
//!   modification time change;
//! - a file seen before and unchanged is not read again;
//! - this assembly's own bundles coming back through the folders are skipped, never
//!   relayed;
//! - the outbox gets a bundle of what changed since the last one written there (the first
//!   one: the whole assembly), written to a hidden temporary name, synced, then renamed,
//!   so that no watcher ever sees a partial file of ours; nothing when nothing changed.
//!
//! The bookkeeping (folders, files seen, files relayed) is local to this installation.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::bundle::manifest::{sha256_hex, Scope};
use crate::bundle::tables::TABLES;
use crate::bundle::{
    read_file, write_file, BundleAssembly, Counts, ExportOptions, ImportOptions, KeyStatus, Limits,
};
use crate::error::{Message, Said};
use crate::i18n::Lang;
use crate::journal::Actor;
use crate::{invalid, message, not_found, text_enum, word, Db, Error, Result};

text_enum! {
    /// What became of a file found in the inbox.
    /// `imported`: from a pinned key, imported (or everything in it was here already);
    /// `pending`: from a key not known here, waiting for a person to approve its
    /// fingerprint; `left-alone`: not a complete bundle, or refused as a whole (the note
    /// says why); `own`: this assembly's own bundle, come back through the folders.
    InboxState, "inbox file state" {
        Imported = "imported",
        Pending = "pending",
        LeftAlone = "left-alone",
        Own = "own",
    }
}

/// A file found in the inbox, as last seen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct InboxFile {
    pub file_name: String,
    pub size: u64,
    pub state: InboxState,
    /// What was done with it, or what is wrong with it and where, in English (`--json`).
    pub note: String,
    /// The same as a message, to word in the reader's language ([`InboxFile::note_in`];
    /// `saidText` in the UI); `None` for a note kept before migration 0028, whose English
    /// is shown as it was.
    pub note_said: Option<Said>,
    /// The assembly that made it and its key's fingerprint, when its manifest was readable.
    pub assembly_name: Option<String>,
    pub assembly_code: Option<String>,
    pub fingerprint: Option<String>,
    pub made_at: Option<DateTime<Utc>>,
    /// When it was last looked at.
    pub seen_at: DateTime<Utc>,
}

impl InboxFile {
    /// The note in `lang`: its message worded, or the English a previous release kept.
    pub fn note_in(&self, lang: Lang) -> String {
        note_in(&self.note, self.note_said.as_ref(), lang)
    }
}

fn note_in(english: &str, said: Option<&Said>, lang: Lang) -> String {
    match said {
        Some(s) => s.said_in(lang),
        None => english.to_string(),
    }
}

/// A key not known here with the inbox files that wait for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct PendingKey {
    pub fingerprint: String,
    pub assembly_name: String,
    pub assembly_code: String,
    pub files: Vec<String>,
}

/// A bundle of ours written to the outbox.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct OutboxBundle {
    pub file_name: String,
    pub written_at: DateTime<Utc>,
    pub records: u64,
}

/// What the federation view's folders panel shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct FolderStatus {
    /// `None` until the folders are chosen.
    pub inbox: Option<String>,
    pub outbox: Option<String>,
    /// When the inbox was last looked through.
    pub last_sync: Option<DateTime<Utc>>,
    pub last_outbox: Option<OutboxBundle>,
    /// Keys not known here, each with the files that wait for a person's approval.
    pub pending: Vec<PendingKey>,
    /// Files left alone, each with its note.
    pub left_alone: Vec<InboxFile>,
    /// Files of the inbox imported (or already here).
    pub imported_files: u64,
    /// Received bundles passed on into the outbox.
    pub relayed: u64,
}

/// One bundle imported from the inbox.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct InboxImport {
    pub file_name: String,
    pub assembly_name: String,
    pub assembly_code: String,
    pub totals: Counts,
    /// Whether the database changed (false: everything in it was here already).
    pub changed: bool,
}

/// What one look through the inbox did.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct InboxPass {
    /// Files read this time (new or changed since last seen).
    pub read: u64,
    /// Files seen before and unchanged: not read again.
    pub unchanged: u64,
    pub imported: Vec<InboxImport>,
    /// Files that now wait for a person to approve their key.
    pub pending: Vec<InboxFile>,
    /// Files left alone this time, each with its note.
    pub left_alone: Vec<InboxFile>,
    /// This assembly's own bundles found in the inbox (skipped).
    pub own: u64,
    /// Files passed on into the outbox.
    pub relayed: Vec<String>,
}

/// What writing the outbox did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct OutboxWrite {
    /// The bundle written; `None` when nothing changed since the last one.
    pub written: Option<OutboxBundle>,
    /// What was done, in English (`--json`).
    pub note: String,
    /// The same as a message, to word in the reader's language ([`OutboxWrite::note_in`]).
    pub note_said: Said,
}

impl OutboxWrite {
    fn new(written: Option<OutboxBundle>, note: Message) -> OutboxWrite {
        OutboxWrite {
            written,
            note: note.to_string(),
            note_said: Said::from(&note),
        }
    }

    /// The note in `lang`.
    pub fn note_in(&self, lang: Lang) -> String {
        note_in(&self.note, Some(&self.note_said), lang)
    }
}

/// What `plenary federation sync` (and the watcher's first pass) did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct SyncReport {
    pub inbox: InboxPass,
    pub outbox: Option<OutboxWrite>,
}

/// The folders as stored.
pub(crate) struct Folders {
    pub inbox: PathBuf,
    pub outbox: PathBuf,
    outbox_file: Option<String>,
    outbox_at: Option<DateTime<Utc>>,
    outbox_seq: Option<i64>,
}

impl Folders {
    /// A received bundle is never passed on into the folder it came from.
    fn relays(&self) -> bool {
        self.inbox != self.outbox
    }
}

/// A file as last seen: size, modification time, state, the assembly that made it.
type Seen = (i64, i64, InboxState, Option<Uuid>);

/// A bundle file in the inbox, as listed.
struct Listed {
    name: String,
    size: u64,
    modified_ns: i64,
}

fn no_folders() -> Error {
    not_found!("federation-no-folders")
}

/// A folder a person named: it must exist; kept as its absolute path.
fn folder(what: &str, dir: &Path) -> Result<PathBuf> {
    let meta = std::fs::metadata(dir).map_err(|e| {
        invalid!(
            "federation-folder-unusable",
            which = what,
            folder = dir.display().to_string(),
            detail = e.to_string()
        )
    })?;
    if !meta.is_dir() {
        return Err(invalid!(
            "federation-folder-is-file",
            which = what,
            folder = dir.display().to_string()
        ));
    }
    let abs = std::fs::canonicalize(dir).map_err(|e| {
        invalid!(
            "federation-folder-unusable",
            which = what,
            folder = dir.display().to_string(),
            detail = e.to_string()
        )
    })?;
    if abs.to_str().is_none() {
        return Err(invalid!(
            "federation-folder-not-text",
            which = what,
            folder = dir.display().to_string()
        ));
    }
    Ok(abs)
}

/// Whether a name in the inbox is a bundle to look at: `*.plenary`, not hidden (sync
/// engines and Plenary itself write partial files under hidden temporary names).
fn is_bundle_name(name: &str) -> bool {
    !name.starts_with('.')
        && name.len() > ".plenary".len()
        && name
            .get(name.len() - ".plenary".len()..)
            .is_some_and(|ext| ext.eq_ignore_ascii_case(".plenary"))
}

/// The bundle files of the inbox, by name.
fn list_inbox(inbox: &Path) -> Result<Vec<Listed>> {
    let io = |e| {
        Error::io(
            crate::error_message!("io-cannot-read-inbox", path = inbox.display().to_string()),
            e,
        )
    };
    let mut out = Vec::new();
    for entry in std::fs::read_dir(inbox).map_err(io)? {
        let entry = entry.map_err(io)?;
        // A name that is not valid text cannot be a bundle Plenary wrote.
        let Some(name) = entry.file_name().to_str().map(str::to_string) else {
            continue;
        };
        if !is_bundle_name(&name) {
            continue;
        }
        // Followed through links: a file, else skipped (a folder, a dangling link).
        let Ok(meta) = std::fs::metadata(entry.path()) else {
            continue;
        };
        if !meta.is_file() {
            continue;
        }
        out.push(Listed {
            name,
            size: meta.len(),
            modified_ns: modified_ns(&meta),
        });
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(out)
}

fn modified_ns(meta: &std::fs::Metadata) -> i64 {
    meta.modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map(|d| d.as_nanos().min(i64::MAX as u128) as i64)
        .unwrap_or(0)
}

/// Only hex digits, lower case: fingerprints compare however they were typed.
fn bare_hex(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && *c != ':' && *c != '-')
        .flat_map(char::to_lowercase)
        .collect()
}

/// What was found out about one file, before it is recorded.
struct Found {
    state: InboxState,
    /// Kept as its English (`note`) and as the message (`note_said`, JSON): see migration
    /// 0028 — a column beside the old one, as stack_undo's words (0026), so that a note
    /// a previous release kept is still its English and `note` stays what `--json` and
    /// an older Plenary read.
    note: Message,
    sha256: Option<String>,
    maker: Option<(BundleAssembly, DateTime<Utc>)>,
    import: Option<InboxImport>,
    /// The file's bytes, when it may be passed on.
    relay: Option<Vec<u8>>,
}

impl Found {
    fn left_alone(note: Message) -> Found {
        Found {
            state: InboxState::LeftAlone,
            note,
            sha256: None,
            maker: None,
            import: None,
            relay: None,
        }
    }
}

/// Whether an error is the file's (it is left alone with the error as its note) rather
/// than this installation's (the database or the disk: the sync stops and says so).
fn is_the_files(e: &Error) -> bool {
    matches!(
        e,
        Error::Bundle(_)
            | Error::Invalid(_)
            | Error::NotFound(_)
            | Error::Conflict(_)
            | Error::NotAllowed(_)
    )
}

fn counts_note(t: &Counts) -> Message {
    if t.changes() == 0 && t.refused == 0 {
        return message!("federation-note-imported-nothing-new");
    }
    if t.refused > 0 {
        return message!(
            "federation-note-imported-refused",
            new = t.new,
            updated = t.updated,
            unchanged = t.unchanged,
            deleted = t.deleted,
            refused = t.refused
        );
    }
    message!(
        "federation-note-imported",
        new = t.new,
        updated = t.updated,
        unchanged = t.unchanged,
        deleted = t.deleted
    )
}

/// What an outbox bundle covers, in words.
fn scope_words(scope: &Scope) -> crate::error::Arg {
    match scope {
        Scope::All => word!("federation-note-scope-all"),
        Scope::Meetings { meetings } => word!("federation-note-scope-meetings", n = meetings.len()),
        Scope::Since { since } => word!("federation-note-scope-since", date = since.to_string()),
    }
}

impl Db {
    pub(crate) fn folders(&self) -> Result<Option<Folders>> {
        let local = self.local_id()?;
        Ok(self
            .conn
            .query_row(
                "SELECT inbox, outbox, outbox_file, outbox_at, outbox_seq FROM federation_folders WHERE origin = ?1",
                [local],
                |r| {
                    Ok(Folders {
                        inbox: PathBuf::from(r.get::<_, String>(0)?),
                        outbox: PathBuf::from(r.get::<_, String>(1)?),
                        outbox_file: r.get(2)?,
                        outbox_at: r.get(3)?,
                        outbox_seq: r.get(4)?,
                    })
                },
            )
            .optional()?)
    }

    /// The inbox folder being watched, if chosen.
    pub fn folder_inbox(&self) -> Result<Option<PathBuf>> {
        Ok(self.folders()?.map(|f| f.inbox))
    }

    /// Chooses the inbox and outbox folders (both must exist; they may be the same folder,
    /// as on a plain shared drive — then nothing is relayed). Changing the outbox starts
    /// it afresh: its first bundle holds the whole assembly.
    pub fn set_federation_folders(
        &mut self,
        actor: Actor,
        inbox: &Path,
        outbox: &Path,
    ) -> Result<FolderStatus> {
        let inbox = folder("inbox", inbox)?;
        let outbox = folder("outbox", outbox)?;
        let (inbox, outbox) = (
            inbox.to_string_lossy().into_owned(),
            outbox.to_string_lossy().into_owned(),
        );
        self.write(actor, |tx| {
            let before: Option<(Uuid, String)> = tx
                .query_row(
                    "SELECT id, outbox FROM federation_folders WHERE origin = ?1",
                    [tx.origin],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            let id = match before {
                None => {
                    let id = tx.new_id();
                    tx.execute(
                        "INSERT INTO federation_folders (id, origin, inbox, outbox, created_at, updated_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
                        params![id, tx.origin, inbox, outbox, tx.now],
                    )?;
                    id
                }
                Some((id, old_outbox)) => {
                    tx.execute(
                        "UPDATE federation_folders SET inbox = ?2, outbox = ?3, updated_at = ?4, revision = revision + 1 WHERE id = ?1",
                        params![id, inbox, outbox, tx.now],
                    )?;
                    if old_outbox != outbox {
                        tx.execute(
                            "UPDATE federation_folders SET outbox_file = NULL, outbox_at = NULL, outbox_seq = NULL, outbox_records = NULL WHERE id = ?1",
                            [id],
                        )?;
                    }
                    id
                }
            };
            tx.journal(
                "federation.folders",
                "federation_folders",
                id,
                None,
                serde_json::json!({"inbox": inbox, "outbox": outbox}),
            )
        })?;
        self.folder_status()
    }

    /// What the folders panel shows.
    pub fn folder_status(&self) -> Result<FolderStatus> {
        let local = self.local_id()?;
        self.read(|db| {
            let row = db
                .conn
                .query_row(
                    "SELECT inbox, outbox, last_sync_at, outbox_file, outbox_at, outbox_records FROM federation_folders WHERE origin = ?1",
                    [local],
                    |r| {
                        let last_outbox = match (r.get::<_, Option<String>>(3)?, r.get(4)?) {
                            (Some(file_name), Some(written_at)) => Some(OutboxBundle {
                                file_name,
                                written_at,
                                records: r.get::<_, Option<i64>>(5)?.unwrap_or(0).max(0) as u64,
                            }),
                            _ => None,
                        };
                        Ok((
                            r.get::<_, String>(0)?,
                            r.get::<_, String>(1)?,
                            r.get::<_, Option<DateTime<Utc>>>(2)?,
                            last_outbox,
                        ))
                    },
                )
                .optional()?;
            let files = db.inbox_files()?;
            let mut pending: Vec<PendingKey> = Vec::new();
            for f in files.iter().filter(|f| f.state == InboxState::Pending) {
                let fp = f.fingerprint.clone().unwrap_or_default();
                match pending.iter_mut().find(|p| p.fingerprint == fp) {
                    Some(p) => p.files.push(f.file_name.clone()),
                    None => pending.push(PendingKey {
                        fingerprint: fp,
                        assembly_name: f.assembly_name.clone().unwrap_or_default(),
                        assembly_code: f.assembly_code.clone().unwrap_or_default(),
                        files: vec![f.file_name.clone()],
                    }),
                }
            }
            let relayed: i64 = db.conn.query_row(
                "SELECT COUNT(*) FROM federation_relayed WHERE origin = ?1",
                [local],
                |r| r.get(0),
            )?;
            let imported_files = files
                .iter()
                .filter(|f| f.state == InboxState::Imported)
                .count() as u64;
            let left_alone = files
                .into_iter()
                .filter(|f| f.state == InboxState::LeftAlone)
                .collect();
            let (inbox, outbox, last_sync, last_outbox) = match row {
                None => (None, None, None, None),
                Some((i, o, s, last)) => (Some(i), Some(o), s, last),
            };
            Ok(FolderStatus {
                inbox,
                outbox,
                last_sync,
                last_outbox,
                pending,
                left_alone,
                imported_files,
                relayed: relayed.max(0) as u64,
            })
        })
    }

    /// Every file of the inbox as last seen, by name.
    pub fn inbox_files(&self) -> Result<Vec<InboxFile>> {
        let mut st = self.conn.prepare(
            "SELECT file_name, size, state, note, assembly_name, assembly_code, fingerprint, made_at, updated_at, note_said
             FROM federation_files ORDER BY file_name",
        )?;
        let rows = st.query_map([], |r| {
            Ok(InboxFile {
                file_name: r.get(0)?,
                size: r.get::<_, i64>(1)?.max(0) as u64,
                state: r.get(2)?,
                note: r.get(3)?,
                assembly_name: r.get(4)?,
                assembly_code: r.get(5)?,
                fingerprint: r.get(6)?,
                made_at: r.get(7)?,
                seen_at: r.get(8)?,
                // Words this Plenary cannot read (damaged): the English is still there.
                note_said: r
                    .get::<_, Option<String>>(9)?
                    .and_then(|j| serde_json::from_str(&j).ok()),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Looks through the inbox, then writes the outbox if anything of ours changed:
    /// `plenary federation sync`.
    pub fn federation_sync(&mut self, actor: Actor) -> Result<SyncReport> {
        let inbox = self.sync_inbox(actor)?;
        let outbox = self.write_outbox(actor)?;
        Ok(SyncReport {
            inbox,
            outbox: Some(outbox),
        })
    }

    /// Looks through the inbox: imports, holds for approval or leaves alone every file
    /// that is new or changed since last seen (see the module comment).
    pub fn sync_inbox(&mut self, actor: Actor) -> Result<InboxPass> {
        let folders = self.folders()?.ok_or_else(no_folders)?;
        let listed = list_inbox(&folders.inbox)?;
        let seen: HashMap<String, Seen> = {
            let mut st = self.conn.prepare(
                "SELECT f.file_name, f.size, f.modified_ns, f.state, f.assembly_id
                 FROM federation_files f",
            )?;
            let rows = st.query_map([], |r| {
                Ok((r.get(0)?, (r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))
            })?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        let mut pass = InboxPass::default();
        for file in &listed {
            if let Some((size, modified, state, assembly)) = seen.get(&file.name) {
                let same = *size == file.size as i64 && *modified == file.modified_ns;
                // A file waiting for its key is taken once the key is pinned (by an
                // approval, or by an import by hand).
                let still_waiting = *state != InboxState::Pending || !self.is_pinned(*assembly)?;
                if same && still_waiting {
                    pass.unchanged += 1;
                    continue;
                }
            }
            pass.read += 1;
            self.take_file(actor, &folders, file, None, &mut pass)?;
        }
        let present: std::collections::HashSet<&str> =
            listed.iter().map(|f| f.name.as_str()).collect();
        let gone: Vec<&String> = seen
            .keys()
            .filter(|n| !present.contains(n.as_str()))
            .collect();
        self.write(actor, |tx| {
            for name in &gone {
                tx.execute("DELETE FROM federation_files WHERE file_name = ?1", [name])?;
            }
            tx.execute(
                "UPDATE federation_folders SET last_sync_at = ?2 WHERE origin = ?1",
                params![tx.origin, tx.now],
            )?;
            // The journal says what the look found; the files' own rows say what became
            // of each.
            tx.journal(
                "federation.sync",
                "federation_folders",
                tx.origin,
                None,
                serde_json::json!({
                    "read": pass.read, "unchanged": pass.unchanged,
                    "imported": pass.imported.len(), "pending": pass.pending.len(),
                    "left_alone": pass.left_alone.len(), "own": pass.own,
                    "relayed": pass.relayed.len(), "gone": gone.len(),
                }),
            )
        })?;
        Ok(pass)
    }

    /// Whether the assembly `id` has a key pinned here.
    fn is_pinned(&self, id: Option<Uuid>) -> Result<bool> {
        let Some(id) = id else { return Ok(false) };
        Ok(self
            .conn
            .query_row(
                "SELECT public_key IS NOT NULL FROM assemblies WHERE id = ?1",
                [id],
                |r| r.get(0),
            )
            .optional()?
            .unwrap_or(false))
    }

    /// A person approves the key with this fingerprint: every inbox file waiting for it
    /// is imported (the first import pins the key), then relayed like any other.
    pub fn approve_folder_key(&mut self, actor: Actor, fingerprint: &str) -> Result<InboxPass> {
        let folders = self.folders()?.ok_or_else(no_folders)?;
        let wanted = bare_hex(fingerprint);
        if wanted.len() != 64 || !wanted.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(invalid!("federation-bad-fingerprint", given = fingerprint));
        }
        let waiting: Vec<(String, String)> = {
            let mut st = self.conn.prepare(
                "SELECT file_name, fingerprint FROM federation_files WHERE state = 'pending' ORDER BY made_at, file_name",
            )?;
            let rows = st.query_map([], |r| {
                Ok((
                    r.get(0)?,
                    r.get::<_, Option<String>>(1)?.unwrap_or_default(),
                ))
            })?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        let mine: Vec<&String> = waiting
            .iter()
            .filter(|(_, f)| bare_hex(f) == wanted)
            .map(|(n, _)| n)
            .collect();
        if mine.is_empty() {
            let mut fps: Vec<&str> = waiting.iter().map(|(_, f)| f.as_str()).collect();
            fps.dedup();
            return Err(if fps.is_empty() {
                not_found!("federation-inbox-none-waits", key = fingerprint)
            } else {
                not_found!(
                    "federation-inbox-key-not-waiting",
                    key = fingerprint,
                    waiting = fps.join(", ")
                )
            });
        }
        let inbox = list_inbox(&folders.inbox)?;
        let mut pass = InboxPass::default();
        for name in mine {
            let Some(file) = inbox.iter().find(|f| &f.name == name) else {
                continue;
            };
            pass.read += 1;
            self.take_file(actor, &folders, file, Some(&wanted), &mut pass)?;
        }
        Ok(pass)
    }

    /// Reads one inbox file, decides what to do with it, does it and records it.
    fn take_file(
        &mut self,
        actor: Actor,
        folders: &Folders,
        file: &Listed,
        approved: Option<&str>,
        pass: &mut InboxPass,
    ) -> Result<()> {
        let path = folders.inbox.join(&file.name);
        let limits = Limits::default();
        let found = match read_file(&path, limits.max_file_bytes) {
            Err(e) => Found::left_alone(message!(
                "federation-note-unreadable",
                file = &file.name,
                why = e.into_message()
            )),
            Ok(bytes) => self.decide(&file.name, bytes, approved, &limits)?,
        };
        let now = self.now();
        let note_said = Said::from(&found.note);
        // Strings and numbers: it serialises. Were it ever not to, NULL keeps the English.
        let note_json = serde_json::to_string(&note_said).ok();
        let info = InboxFile {
            file_name: file.name.clone(),
            size: file.size,
            state: found.state,
            note: note_said.message.clone(),
            note_said: Some(note_said),
            assembly_name: found.maker.as_ref().map(|m| m.0.name.clone()),
            assembly_code: found.maker.as_ref().map(|m| m.0.code.clone()),
            fingerprint: found.maker.as_ref().map(|m| m.0.fingerprint.clone()),
            made_at: found.maker.as_ref().map(|m| m.1),
            seen_at: now,
        };
        let relayed = match (&found.relay, &found.sha256) {
            (Some(bytes), Some(sha)) if folders.relays() && !self.was_relayed(sha)? => Some((
                relay_into(&folders.outbox, &file.name, bytes, sha)?,
                sha.clone(),
            )),
            _ => None,
        };
        self.write(actor, |tx| {
            tx.execute(
                "INSERT INTO federation_files (id, origin, file_name, size, modified_ns, sha256, state, note,
                     assembly_id, assembly_name, assembly_code, fingerprint, made_at, created_at, updated_at, note_said)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14, ?15)
                 ON CONFLICT (file_name) DO UPDATE SET size = excluded.size, modified_ns = excluded.modified_ns,
                     sha256 = excluded.sha256, state = excluded.state, note = excluded.note, note_said = excluded.note_said,
                     assembly_id = excluded.assembly_id, assembly_name = excluded.assembly_name,
                     assembly_code = excluded.assembly_code, fingerprint = excluded.fingerprint,
                     made_at = excluded.made_at, updated_at = excluded.updated_at, revision = revision + 1",
                params![
                    tx.new_id(),
                    tx.origin,
                    file.name,
                    file.size as i64,
                    file.modified_ns,
                    found.sha256,
                    found.state,
                    info.note,
                    found.maker.as_ref().map(|m| m.0.id),
                    info.assembly_name,
                    info.assembly_code,
                    info.fingerprint,
                    info.made_at,
                    tx.now,
                    note_json
                ],
            )?;
            if let Some((name, sha)) = &relayed {
                tx.execute(
                    "INSERT OR IGNORE INTO federation_relayed (sha256, origin, file_name, relayed_at) VALUES (?1, ?2, ?3, ?4)",
                    params![sha, tx.origin, name, tx.now],
                )?;
            }
            tx.journal(
                "federation.inbox-file",
                "federation_files",
                tx.origin,
                None,
                serde_json::json!({"file": file.name, "state": found.state, "relayed": relayed.as_ref().map(|r| &r.0)}),
            )
        })?;
        match found.state {
            InboxState::Imported => {
                if let Some(i) = found.import {
                    pass.imported.push(i);
                }
            }
            InboxState::Pending => pass.pending.push(info),
            InboxState::LeftAlone => pass.left_alone.push(info),
            InboxState::Own => pass.own += 1,
        }
        if let Some((name, _)) = relayed {
            pass.relayed.push(name);
        }
        Ok(())
    }

    fn was_relayed(&self, sha256: &str) -> Result<bool> {
        Ok(self
            .conn
            .query_row(
                "SELECT 1 FROM federation_relayed WHERE sha256 = ?1",
                [sha256],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }

    /// What to do with a file's bytes: import them (a pinned key, or the key a person
    /// just approved), hold them for approval (a new key, and the bundle verifies), or
    /// leave them alone with the reason.
    fn decide(
        &mut self,
        name: &str,
        bytes: Vec<u8>,
        approved: Option<&str>,
        limits: &Limits,
    ) -> Result<Found> {
        let sha256 = sha256_hex(&bytes);
        let (maker, key, made_at) = match self.bundle_maker(&bytes, name, limits) {
            Ok(m) => m,
            Err(e) if is_the_files(&e) => {
                return Ok(Found::left_alone(message!(
                    "federation-note-left-alone",
                    why = e.into_message()
                )))
            }
            Err(e) => return Err(e),
        };
        let mut found = Found {
            state: InboxState::LeftAlone,
            // Every branch below says what became of the file.
            note: Message::English(String::new()),
            sha256: Some(sha256),
            maker: Some((maker.clone(), made_at)),
            import: None,
            relay: None,
        };
        let approved_now = approved.is_some_and(|fp| bare_hex(&maker.fingerprint) == fp);
        match key {
            KeyStatus::Own => {
                found.state = InboxState::Own;
                found.note = message!("federation-note-own", code = &maker.code);
            }
            KeyStatus::New if !approved_now => {
                match self.import_refusal(&bytes, name, limits) {
                    Ok(None) => {
                        found.state = InboxState::Pending;
                        found.note = message!(
                            "federation-note-pending",
                            assembly = &maker.name,
                            code = &maker.code,
                            fingerprint = &maker.fingerprint
                        );
                    }
                    // The refusal's own message inside, so that it is said in the
                    // reader's language too.
                    Ok(Some(why)) => found.note = why,
                    Err(e) if is_the_files(&e) => found.note = e.into_message(),
                    Err(e) => return Err(e),
                }
            }
            KeyStatus::New | KeyStatus::Known | KeyStatus::Mismatch => {
                let opts = ImportOptions {
                    file_name: name.to_string(),
                    dry_run: false,
                    limits: limits.clone(),
                };
                match self.import_bundle(&bytes, &opts) {
                    Ok(r) => {
                        found.state = InboxState::Imported;
                        found.note = match r.already_imported {
                            Some(at) => message!(
                                "federation-note-imported-before",
                                date = at.date_naive().to_string()
                            ),
                            None => counts_note(&r.totals),
                        };
                        found.import = Some(InboxImport {
                            file_name: name.to_string(),
                            assembly_name: maker.name.clone(),
                            assembly_code: maker.code.clone(),
                            totals: r.totals,
                            changed: r.changed,
                        });
                        found.relay = Some(bytes);
                    }
                    Err(e) if is_the_files(&e) => found.note = e.into_message(),
                    Err(e) => return Err(e),
                }
            }
        }
        Ok(found)
    }

    /// Writes the outbox: a bundle of what changed since the last one written there (the
    /// first: the whole assembly); nothing when nothing changed.
    pub fn write_outbox(&mut self, actor: Actor) -> Result<OutboxWrite> {
        let folders = self.folders()?.ok_or_else(no_folders)?;
        let started = self.now();
        let seq = self.journal_seq()?;
        if let (Some(at), Some(file)) = (folders.outbox_at, &folders.outbox_file) {
            if !self.changed_since(at, folders.outbox_seq)? {
                return Ok(OutboxWrite::new(
                    None,
                    message!("federation-note-outbox-unchanged", file = file),
                ));
            }
        }
        let local = self.local_assembly()?;
        let opts = ExportOptions {
            // Since the day of the last one: a day's earlier changes come again, which
            // an import counts as unchanged.
            since: folders.outbox_at.map(|at| at.date_naive().to_string()),
            ..ExportOptions::default()
        };
        let (bytes, summary) = self.export_bundle_bytes(&opts)?;
        let name = free_name(
            &folders.outbox,
            &format!("{}-{}", local.code, started.format("%Y-%m-%dT%H%M%SZ")),
        );
        let path = folders.outbox.join(&name);
        write_file(&path, &bytes)?;
        sync_folder(&folders.outbox);
        let written = OutboxBundle {
            file_name: name.clone(),
            written_at: started,
            records: summary.records,
        };
        self.write(actor, |tx| {
            tx.execute(
                "UPDATE federation_folders SET outbox_file = ?2, outbox_at = ?3, outbox_seq = ?4, outbox_records = ?5,
                     updated_at = ?6, revision = revision + 1
                 WHERE origin = ?1",
                params![tx.origin, name, started, seq, summary.records as i64, tx.now],
            )?;
            tx.journal(
                "federation.outbox",
                "federation_folders",
                tx.origin,
                None,
                serde_json::json!({"file": name, "records": summary.records, "deletions": summary.deletions, "scope": summary.scope}),
            )
        })?;
        Ok(OutboxWrite::new(
            Some(written),
            message!(
                "federation-note-outbox-wrote",
                file = &name,
                records = summary.records,
                deletions = summary.deletions,
                scope = scope_words(&summary.scope)
            ),
        ))
    }

    /// Whether a meeting was closed since the last outbox bundle (the watcher then
    /// writes the outbox: "after each GA is closed").
    pub fn outbox_due(&self) -> Result<bool> {
        let Some(f) = self.folders()? else {
            return Ok(false);
        };
        let Some(seq) = f.outbox_seq else {
            return Ok(f.outbox_at.is_none());
        };
        Ok(self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM journal WHERE seq > ?1 AND action = 'meeting.close')",
            [seq],
            |r| r.get(0),
        )?)
    }

    fn journal_seq(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("SELECT COALESCE(MAX(seq), 0) FROM journal", [], |r| {
                r.get(0)
            })?)
    }

    /// Whether any record of this assembly that travels changed (or was deleted) after
    /// `at`. No action of this installation since journal row `seq` (imports and the
    /// folders' own bookkeeping aside): nothing can have.
    fn changed_since(&self, at: DateTime<Utc>, seq: Option<i64>) -> Result<bool> {
        let local = self.local_id()?;
        self.read(|db| {
            if let Some(seq) = seq {
                let acted: bool = db.conn.query_row(
                    "SELECT EXISTS (SELECT 1 FROM journal WHERE seq > ?1 AND actor <> 'import' AND action NOT LIKE 'federation.%')",
                    [seq],
                    |r| r.get(0),
                )?;
                if !acted {
                    return Ok(false);
                }
            }
            let assembly: bool = db.conn.query_row(
                "SELECT EXISTS (SELECT 1 FROM assemblies WHERE id = ?1 AND updated_at > ?2)",
                params![local, at],
                |r| r.get(0),
            )?;
            if assembly {
                return Ok(true);
            }
            for t in TABLES.iter() {
                let changed: bool = db.conn.query_row(
                    &format!(
                        "SELECT EXISTS (SELECT 1 FROM {} WHERE origin = ?1 AND updated_at > ?2)",
                        t.name
                    ),
                    params![local, at],
                    |r| r.get(0),
                )?;
                if changed {
                    return Ok(true);
                }
            }
            Ok(db.conn.query_row(
                "SELECT EXISTS (SELECT 1 FROM tombstones WHERE origin = ?1 AND deleted_at > ?2)",
                params![local, at],
                |r| r.get(0),
            )?)
        })
    }
}

/// `stem.plenary`, or `stem-2.plenary`, … : a name not taken in `dir`.
fn free_name(dir: &Path, stem: &str) -> String {
    let mut name = format!("{stem}.plenary");
    let mut n = 2;
    while dir.join(&name).exists() {
        name = format!("{stem}-{n}.plenary");
        n += 1;
    }
    name
}

/// Passes a received bundle on into the outbox as it came, under its own name (or a free
/// one beside it when another file has that name); whole or not at all. The name written.
fn relay_into(outbox: &Path, name: &str, bytes: &[u8], sha256: &str) -> Result<String> {
    let path = outbox.join(name);
    if path.exists() {
        // Already there (relayed by an earlier installation of this assembly, or put by
        // hand): nothing to write.
        if let Ok(there) = read_file(&path, bytes.len() as u64) {
            if sha256_hex(&there) == sha256 {
                return Ok(name.to_string());
            }
        }
        let stem = name
            .get(..name.len().saturating_sub(".plenary".len()))
            .unwrap_or(name);
        let name = free_name(outbox, stem);
        write_file(&outbox.join(&name), bytes)?;
        sync_folder(outbox);
        return Ok(name);
    }
    write_file(&path, bytes)?;
    sync_folder(outbox);
    Ok(name.to_string())
}

/// Makes a rename in `dir` durable (best effort: not every file system allows it).
fn sync_folder(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_visible_plenary_files_are_bundles() {
        assert!(is_bundle_name("RIV-2026-12-04T101500Z.plenary"));
        assert!(is_bundle_name("x.PLENARY"));
        assert!(!is_bundle_name(".plenary-0193.tmp"));
        assert!(!is_bundle_name(".syncthing.RIV.plenary.tmp"));
        assert!(!is_bundle_name(".hidden.plenary"));
        assert!(!is_bundle_name("notes.txt"));
        assert!(!is_bundle_name(".plenary"));
    }

    #[test]
    fn fingerprints_compare_however_typed() {
        assert_eq!(bare_hex("AB12 cd34:ef-56"), "ab12cd34ef56");
    }
}
