//! Federation through a shared folder (architecture.md; docs/federation.md): the inbox's
//! rules — a pinned key imported, a new key waits for approval, a half-written or tampered
//! file left alone (writing nothing but its note) and tried again when it changes, files
//! seen before not read again, relaying once and never back — and the outbox's — what
//! changed since the last bundle, nothing when nothing changed, never a partial file.

mod common;
#[path = "support/forge.rs"]
mod forge;

use std::path::Path;
use std::sync::mpsc::channel;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::{DateTime, TimeZone, Utc};
use plenary_core::bundle::{ExportOptions, ImportOptions};
use plenary_core::federation::folder::InboxState;
use plenary_core::federation::watch::watch_folders;
use plenary_core::i18n::Lang;
use plenary_core::wg::NewWg;
use plenary_core::{Actor, Db};

use common::{dump, plain};

const A: Actor = Actor::Cli;

fn assembly(name: &str, code: &str, at: DateTime<Utc>) -> Db {
    let mut db = Db::open_in_memory().unwrap();
    db.set_now(Some(at));
    db.init_assembly(name, code, None).unwrap();
    db
}

fn t(h: u32, m: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 4, h, m, 0).unwrap()
}

fn add_wg(db: &mut Db, name: &str) {
    db.add_wg(
        A,
        &NewWg {
            name: name.into(),
            category: "operational".into(),
            status: None,
            description: format!("{name} work"),
            contact: String::new(),
            schedule: String::new(),
        },
    )
    .unwrap();
}

fn wg_names(db: &Db) -> Vec<String> {
    let mut v: Vec<String> = db
        .conn()
        .prepare("SELECT name FROM working_groups ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    v.sort();
    v
}

fn bundle(db: &Db) -> Vec<u8> {
    db.export_bundle_bytes(&ExportOptions::default()).unwrap().0
}

fn fingerprint(db: &Db) -> String {
    let key = db.local_assembly().unwrap().public_key.unwrap();
    plenary_core::bundle::manifest::fingerprint_hex(&key)
}

/// Every table but the folders' own bookkeeping, and the journal without its rows: what
/// a file left alone must not change.
fn records(db: &Db) -> String {
    let mut out = String::new();
    let mut keep = true;
    for line in dump(db).lines() {
        if let Some(table) = line.strip_prefix("## ") {
            keep = !table.starts_with("federation_") && table != "journal";
        }
        if keep {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// The actions journaled after row `seq`.
fn actions_after(db: &Db, seq: i64) -> Vec<String> {
    db.conn()
        .prepare("SELECT action FROM journal WHERE seq > ?1 ORDER BY seq")
        .unwrap()
        .query_map([seq], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

fn last_seq(db: &Db) -> i64 {
    db.conn()
        .query_row("SELECT MAX(seq) FROM journal", [], |r| r.get(0))
        .unwrap()
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

/// Riverside (with a WG) and Lakeside with its folders, Riverside's key not known there.
struct Two {
    riv: Db,
    lak: Db,
    inbox: tempfile::TempDir,
    outbox: tempfile::TempDir,
}

fn two() -> Two {
    let mut riv = assembly("Riverside GA", "RIV", t(10, 0));
    add_wg(&mut riv, "Kitchen");
    let mut lak = assembly("Lakeside GA", "LAK", t(10, 0));
    let (inbox, outbox) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    lak.set_federation_folders(A, inbox.path(), outbox.path())
        .unwrap();
    Two {
        riv,
        lak,
        inbox,
        outbox,
    }
}

/// Approves Riverside's key at Lakeside after a first bundle of Riverside's waited.
fn pinned() -> Two {
    let mut s = two();
    std::fs::write(s.inbox.path().join("RIV-1.plenary"), bundle(&s.riv)).unwrap();
    s.lak.sync_inbox(A).unwrap();
    s.lak.approve_folder_key(A, &fingerprint(&s.riv)).unwrap();
    s
}

#[test]
fn a_bundle_from_a_new_key_waits_for_a_person_to_approve_it() {
    let mut s = two();
    std::fs::write(s.inbox.path().join("RIV-1.plenary"), bundle(&s.riv)).unwrap();
    let pass = s.lak.sync_inbox(A).unwrap();
    assert_eq!(pass.pending.len(), 1, "{pass:?}");
    assert!(pass.imported.is_empty());
    assert_eq!(
        wg_names(&s.lak),
        Vec::<String>::new(),
        "nothing imported yet"
    );

    let status = s.lak.folder_status().unwrap();
    assert_eq!(status.pending.len(), 1);
    let p = &status.pending[0];
    assert_eq!(
        (p.assembly_name.as_str(), p.assembly_code.as_str()),
        ("Riverside GA", "RIV")
    );
    assert_eq!(p.fingerprint, fingerprint(&s.riv));
    assert_eq!(p.files, vec!["RIV-1.plenary".to_string()]);

    // Looked at again, unchanged: it still waits, and is not read again.
    let again = s.lak.sync_inbox(A).unwrap();
    assert_eq!((again.read, again.unchanged), (0, 1));

    // A wrong fingerprint approves nothing.
    let err = s
        .lak
        .approve_folder_key(A, &"ab12 ".repeat(16))
        .unwrap_err();
    assert_eq!(err.kind(), "not-found");
    assert!(err.to_string().contains(&fingerprint(&s.riv)), "{err}");
    let err = s.lak.approve_folder_key(A, "ab12").unwrap_err();
    assert_eq!(err.kind(), "invalid-input");

    // Approved (typed without spaces, in capitals): imported, key pinned.
    let fp = fingerprint(&s.riv).replace(' ', "").to_uppercase();
    let done = s.lak.approve_folder_key(A, &fp).unwrap();
    assert_eq!(done.imported.len(), 1, "{done:?}");
    assert!(done.imported[0].changed);
    assert_eq!(wg_names(&s.lak), vec!["Kitchen".to_string()]);
    let status = s.lak.folder_status().unwrap();
    assert!(status.pending.is_empty());
    assert_eq!(status.imported_files, 1);
}

#[test]
fn a_bundle_from_a_pinned_key_is_imported_at_once() {
    let mut s = pinned();
    s.riv.set_now(Some(t(11, 0)));
    add_wg(&mut s.riv, "Legal");
    std::fs::write(s.inbox.path().join("RIV-2.plenary"), bundle(&s.riv)).unwrap();
    let pass = s.lak.sync_inbox(A).unwrap();
    assert_eq!((pass.read, pass.unchanged), (1, 1), "{pass:?}");
    assert_eq!(pass.imported.len(), 1);
    let t = &pass.imported[0].totals;
    assert!(pass.imported[0].changed && t.new > 0, "{pass:?}");
    assert!(
        t.unchanged > 0,
        "what was here already is unchanged: {pass:?}"
    );
    assert_eq!(
        wg_names(&s.lak),
        vec!["Kitchen".to_string(), "Legal".to_string()]
    );
}

#[test]
fn a_half_written_file_is_left_alone_and_tried_again_when_it_changes() {
    let mut s = pinned();
    s.riv.set_now(Some(t(11, 0)));
    add_wg(&mut s.riv, "Legal");
    let whole = bundle(&s.riv);
    let path = s.inbox.path().join("RIV-2.plenary");
    std::fs::write(&path, &whole[..whole.len() / 2]).unwrap();
    let (before, seq) = (records(&s.lak), last_seq(&s.lak));

    let pass = s.lak.sync_inbox(A).unwrap();
    assert_eq!(pass.left_alone.len(), 1, "{pass:?}");
    let note = &pass.left_alone[0].note;
    assert!(
        note.contains("RIV-2.plenary"),
        "the note names the file: {note}"
    );
    assert!(note.contains("tried again when it changes"), "{note}");
    assert_eq!(records(&s.lak), before, "nothing imported");
    assert!(
        actions_after(&s.lak, seq)
            .iter()
            .all(|a| a.starts_with("federation.")),
        "only the folders' bookkeeping is journaled"
    );
    let status = s.lak.folder_status().unwrap();
    assert_eq!(status.left_alone.len(), 1);
    assert_eq!(status.left_alone[0].state, InboxState::LeftAlone);

    // Unchanged: not read again.
    let again = s.lak.sync_inbox(A).unwrap();
    assert_eq!((again.read, again.unchanged), (0, 2));

    // The copy finishes: the file is taken.
    std::fs::write(&path, &whole).unwrap();
    let pass = s.lak.sync_inbox(A).unwrap();
    assert_eq!(pass.imported.len(), 1, "{pass:?}");
    assert!(wg_names(&s.lak).contains(&"Legal".to_string()));
    assert!(s.lak.folder_status().unwrap().left_alone.is_empty());
}

/// Riverside's bundle with its WGs renamed on the way and signed with a key of the
/// tamperer's own, still claiming to be Riverside.
fn tampered(riv: &Db) -> Vec<u8> {
    let attacker = ed25519_dalek::SigningKey::from_bytes(&[7u8; 32]);
    forge::forge(&bundle(riv), &attacker, |e, m| {
        let mut rows = forge::lines(e, "working_groups");
        for r in &mut rows {
            r["name"] = serde_json::json!("Infiltrated");
        }
        forge::set_lines(e, m, "working_groups", &rows);
    })
}

#[test]
fn a_tampered_file_is_refused_and_changes_no_record() {
    let mut s = pinned();
    s.riv.set_now(Some(t(11, 0)));
    add_wg(&mut s.riv, "Legal");
    std::fs::write(s.inbox.path().join("RIV-2.plenary"), tampered(&s.riv)).unwrap();
    let (before, seq) = (records(&s.lak), last_seq(&s.lak));

    let pass = s.lak.sync_inbox(A).unwrap();
    assert_eq!(pass.left_alone.len(), 1, "{pass:?}");
    let note = &pass.left_alone[0].note;
    assert!(note.contains("RIV-2.plenary"), "{note}");
    assert!(note.contains("signature"), "says what is wrong: {note}");
    assert_eq!(records(&s.lak), before, "a tampered file changes no record");
    assert!(actions_after(&s.lak, seq)
        .iter()
        .all(|a| a.starts_with("federation.")));
    assert!(pass.relayed.is_empty(), "a refused file is not passed on");
    assert_eq!(
        files_in(s.outbox.path()),
        vec!["RIV-1.plenary".to_string()],
        "only the good bundle was passed on"
    );
    assert!(!wg_names(&s.lak).contains(&"Infiltrated".to_string()));
}

#[test]
fn received_bundles_are_relayed_once_as_they_came_never_back_where_they_came_from() {
    let mut s = pinned();
    let original = std::fs::read(s.inbox.path().join("RIV-1.plenary")).unwrap();
    // Passed on, byte for byte.
    assert_eq!(
        std::fs::read(s.outbox.path().join("RIV-1.plenary")).unwrap(),
        original
    );
    assert_eq!(s.lak.folder_status().unwrap().relayed, 1);

    // The same file coming back under another name (through another assembly's relay):
    // imported before, not passed on twice.
    std::fs::write(s.inbox.path().join("RIV-1-again.plenary"), &original).unwrap();
    let pass = s.lak.sync_inbox(A).unwrap();
    assert_eq!(pass.imported.len(), 1);
    assert!(!pass.imported[0].changed);
    assert!(pass.relayed.is_empty(), "{pass:?}");
    assert_eq!(files_in(s.outbox.path()), vec!["RIV-1.plenary".to_string()]);

    // Lakeside's own bundle coming back to it: skipped, never relayed.
    let own = s.lak.write_outbox(A).unwrap().written.unwrap();
    let own_bytes = std::fs::read(s.outbox.path().join(&own.file_name)).unwrap();
    std::fs::write(s.inbox.path().join("LAK-back.plenary"), &own_bytes).unwrap();
    let pass = s.lak.sync_inbox(A).unwrap();
    assert_eq!(pass.own, 1, "{pass:?}");
    assert!(pass.relayed.is_empty());

    // One folder for both (a plain shared drive): nothing goes back into it.
    let mut c = assembly("Hillside GA", "HIL", t(10, 0));
    let shared = tempfile::tempdir().unwrap();
    c.set_federation_folders(A, shared.path(), shared.path())
        .unwrap();
    std::fs::write(shared.path().join("RIV-1.plenary"), &original).unwrap();
    c.sync_inbox(A).unwrap();
    let pass = c.approve_folder_key(A, &fingerprint(&s.riv)).unwrap();
    assert_eq!(pass.imported.len(), 1);
    assert!(pass.relayed.is_empty());
    assert_eq!(files_in(shared.path()), vec!["RIV-1.plenary".to_string()]);
}

#[test]
fn the_outbox_gets_what_changed_since_the_last_bundle_and_nothing_when_nothing_did() {
    let mut s = two();
    let (_riv_inbox, first) = s.riv_folders();
    // The first: the whole assembly.
    let w = s.riv.write_outbox(A).unwrap();
    let b1 = w.written.expect("a first bundle");
    assert!(b1.file_name.starts_with("RIV-2026-12-04T"), "{b1:?}");
    assert_eq!(
        files_in(first.path()),
        vec![b1.file_name.clone()],
        "no temporary file is left"
    );

    // Nothing changed: nothing written, and it says why.
    s.riv.set_now(Some(t(10, 5)));
    let w = s.riv.write_outbox(A).unwrap();
    assert!(w.written.is_none());
    assert!(w.note.contains("nothing changed"), "{}", w.note);
    assert_eq!(files_in(first.path()).len(), 1);

    // A change: the next bundle carries it, and only what changed that day.
    s.riv.set_now(Some(t(10, 10)));
    add_wg(&mut s.riv, "Legal");
    let b2 = s
        .riv
        .write_outbox(A)
        .unwrap()
        .written
        .expect("a second bundle");
    assert_ne!(b2.file_name, b1.file_name);
    let bytes = std::fs::read(first.path().join(&b2.file_name)).unwrap();
    let inspected = s
        .lak
        .inspect_bundle(&bytes, &b2.file_name, &Default::default())
        .unwrap();
    assert!(inspected.verifies, "{inspected:?}");
    assert_eq!(
        inspected.scope,
        plenary_core::bundle::Scope::Since {
            since: chrono::NaiveDate::from_ymd_opt(2026, 12, 4).unwrap()
        }
    );

    // Both, in any order, bring everything to Lakeside.
    let b1_bytes = std::fs::read(first.path().join(&b1.file_name)).unwrap();
    for (name, b) in [(&b2.file_name, &bytes), (&b1.file_name, &b1_bytes)] {
        s.lak
            .import_bundle(
                b,
                &ImportOptions {
                    file_name: name.clone(),
                    ..Default::default()
                },
            )
            .unwrap();
    }
    assert_eq!(
        wg_names(&s.lak),
        vec!["Kitchen".to_string(), "Legal".to_string()]
    );

    // A meeting closed since the last bundle makes the outbox due (the watcher writes it).
    assert!(!s.riv.outbox_due().unwrap());
}

impl Two {
    /// Gives Riverside folders of its own: its inbox and outbox.
    fn riv_folders(&mut self) -> (tempfile::TempDir, tempfile::TempDir) {
        let (i, o) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        self.riv
            .set_federation_folders(A, i.path(), o.path())
            .unwrap();
        (i, o)
    }
}

#[test]
fn closing_a_meeting_makes_the_outbox_due() {
    let mut db = assembly("Riverside GA", "RIV", t(10, 0));
    let dir = tempfile::tempdir().unwrap();
    db.set_federation_folders(A, dir.path(), dir.path())
        .unwrap();
    assert!(db.outbox_due().unwrap(), "never written: due");
    db.write_outbox(A).unwrap();
    assert!(!db.outbox_due().unwrap());
    let m = db
        .new_meeting(
            A,
            &plenary_core::meeting::NewMeeting {
                date: "2026-12-04".into(),
                ..Default::default()
            },
        )
        .unwrap();
    db.open_meeting(A, m.id).unwrap();
    assert!(!db.outbox_due().unwrap(), "open is not closed");
    db.close_meeting(A, m.id).unwrap();
    assert!(db.outbox_due().unwrap());
}

#[test]
fn folders_must_exist_and_a_sync_needs_them() {
    let mut db = assembly("Riverside GA", "RIV", t(10, 0));
    let err = db.sync_inbox(A).unwrap_err();
    assert_eq!(err.kind(), "not-found");
    assert!(err.to_string().contains("federation folders"), "{err}");
    let dir = tempfile::tempdir().unwrap();
    let before = dump(&db);
    let missing = dir.path().join("nowhere");
    let err = db
        .set_federation_folders(A, &missing, dir.path())
        .unwrap_err();
    assert_eq!(err.kind(), "invalid-input");
    assert!(err.to_string().contains("nowhere"), "{err}");
    assert_eq!(dump(&db), before, "a refused choice writes nothing");
}

#[test]
fn the_watcher_imports_a_bundle_dropped_into_the_inbox() {
    let mut s = pinned();
    s.riv.set_now(Some(t(11, 0)));
    add_wg(&mut s.riv, "Legal");
    let b = bundle(&s.riv);
    let db = Arc::new(Mutex::new(s.lak));
    let (send, receive) = channel();
    let watch = watch_folders(db.clone(), A, move |e| {
        let _ = send.send(e);
    })
    .unwrap();
    // The start's whole sync (the outbox's first bundle).
    let first = receive.recv_timeout(Duration::from_secs(20)).unwrap();
    assert!(first.error.is_none(), "{first:?}");
    // Written the way a sync engine does: a hidden temporary file, then renamed.
    let tmp = s.inbox.path().join(".syncthing.RIV-2.plenary.tmp");
    std::fs::write(&tmp, &b).unwrap();
    std::fs::rename(&tmp, s.inbox.path().join("RIV-2.plenary")).unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    let mut imported = false;
    while !imported && std::time::Instant::now() < deadline {
        if let Ok(e) = receive.recv_timeout(Duration::from_millis(200)) {
            imported = e.report.is_some_and(|r| {
                r.inbox
                    .imported
                    .iter()
                    .any(|i| i.file_name == "RIV-2.plenary")
            });
        }
    }
    drop(watch);
    assert!(imported, "the watcher imported the new bundle");
    let lak = db.lock().unwrap();
    assert!(wg_names(&lak).contains(&"Legal".to_string()));
}

// ---- The notes in the reader's language (issue 15) --------------------------------------

/// The note of the one file left alone, as the folders panel reads it back from the
/// database.
fn left_alone_note(db: &Db) -> plenary_core::federation::folder::InboxFile {
    let status = db.folder_status().unwrap();
    assert_eq!(status.left_alone.len(), 1, "{status:?}");
    status.left_alone[0].clone()
}

#[test]
fn a_half_written_files_note_is_said_in_the_readers_language() {
    let mut s = pinned();
    let whole = bundle(&s.riv);
    std::fs::write(
        s.inbox.path().join("RIV-2.plenary"),
        &whole[..whole.len() / 2],
    )
    .unwrap();
    s.lak.sync_inbox(A).unwrap();
    let f = left_alone_note(&s.lak);
    assert_eq!(f.note_in(Lang::En), f.note, "the English is kept beside");
    assert!(f.note.contains("left alone"), "{}", f.note);

    let es = plain(&f.note_in(Lang::Es));
    // The left-alone sentence around the reader's own refusal, both in Spanish.
    assert!(
        es.starts_with("RIV-2.plenary no es un paquete que este Plenary pueda leer: "),
        "{es}"
    );
    assert!(
        es.ends_with(" — se deja aparte; se vuelve a intentar cuando cambie (un archivo que aún se está copiando estará completo más tarde)"),
        "{es}"
    );
    assert!(
        !es.contains("left alone") && !es.contains("not a bundle"),
        "{es}"
    );

    let ar = plain(&f.note_in(Lang::Ar));
    assert!(
        ar.starts_with("ليس RIV-2.plenary حزمة يستطيع Plenary هذا قراءتها: "),
        "{ar}"
    );
    assert!(ar.contains(" — تُرك جانبًا؛ يُعاد تجريبه عندما يتغيّر"), "{ar}");
    assert!(!ar.contains("left alone"), "{ar}");
}

#[test]
fn a_refused_bundles_reason_survives_the_database_and_is_said_in_the_readers_language() {
    const EN: &str = "RIV-2.plenary was not imported: the signature does not match: the bundle was changed after it was signed, or was not signed by the assembly it names";
    const ES: &str = "RIV-2.plenary no se ha importado: la firma no coincide: el paquete se cambió después de firmarlo, o no lo firmó la asamblea que dice";
    const AR: &str = "لم يُستورد RIV-2.plenary: التوقيع غير مطابق: غُيّرت الحزمة بعد توقيعها، أو لم توقّعها الجمعية التي تذكرها";
    // From a key pinned here (the import refuses it) and from a new key (refused before
    // it could wait for approval): the same sentence, its reason inside.
    for mut s in [pinned(), two()] {
        std::fs::write(s.inbox.path().join("RIV-2.plenary"), tampered(&s.riv)).unwrap();
        let pass = s.lak.sync_inbox(A).unwrap();
        assert!(pass.pending.is_empty(), "{pass:?}");
        let f = left_alone_note(&s.lak);
        assert_eq!(f.note, EN);
        assert_eq!(plain(&f.note_in(Lang::Es)), ES);
        assert_eq!(plain(&f.note_in(Lang::Ar)), AR);
        let said = f.note_said.as_ref().expect("kept as words");
        assert_eq!(said.code.as_deref(), Some("error-bundle-not-imported"));
    }
}

#[test]
fn a_note_kept_by_the_previous_release_is_shown_as_it_was() {
    let s = two();
    const OLD: &str = "RIV-9.plenary was not imported: the signature does not match";
    let local = s.lak.local_assembly().unwrap().id;
    // Written the old way: the English sentence, no words (before migration 0028).
    s.lak
        .conn()
        .execute(
            "INSERT INTO federation_files (id, origin, file_name, size, modified_ns, sha256, state, note, created_at, updated_at)
             VALUES ('0193a000-0000-7000-8000-000000000009', ?1, 'RIV-9.plenary', 10, 0, NULL, 'left-alone', ?2, '2026-12-04T10:00:00Z', '2026-12-04T10:00:00Z')",
            rusqlite::params![local, OLD],
        )
        .unwrap();
    let f = left_alone_note(&s.lak);
    assert_eq!(f.note_said, None);
    for lang in Lang::ALL {
        assert_eq!(f.note_in(*lang), OLD, "{lang:?}");
    }
}

#[test]
fn the_import_and_outbox_notes_are_said_in_the_readers_language() {
    let mut s = pinned();
    let files = s.lak.inbox_files().unwrap();
    assert_eq!(
        files[0].note,
        "imported: 3 new, 0 updated, 0 unchanged, 0 deleted"
    );
    assert_eq!(
        plain(&files[0].note_in(Lang::Es)),
        "importado: 3 nuevos, 0 actualizados, 0 sin cambios, 0 borrados"
    );

    let w = s.lak.write_outbox(A).unwrap();
    let name = w.written.as_ref().unwrap().file_name.clone();
    let records = w.written.as_ref().unwrap().records;
    assert_eq!(
        w.note,
        format!("wrote {name}: {records} records, 0 deletions (the whole assembly)")
    );
    assert_eq!(
        plain(&w.note_in(Lang::Es)),
        format!("escrito {name}: {records} registros, 0 borrados (toda la asamblea)")
    );
    let w = s.lak.write_outbox(A).unwrap();
    assert_eq!(
        plain(&w.note_in(Lang::Ar)),
        format!("لم يتغيّر شيء منذ آخر حزمة صادرة، {name}")
    );
}
