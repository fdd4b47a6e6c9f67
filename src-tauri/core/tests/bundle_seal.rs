//! Sealed bundles (issue #18; docs/bundle-format.md, "Sealed bundles"): signed, then
//! encrypted with age to the assemblies they are for. Only a recipient opens one; a third
//! assembly is refused with who it is for; a tampered file is refused; the signature is
//! checked inside as for any bundle; and each refusal writes nothing.

mod common;
#[path = "support/forge.rs"]
mod forge;

use plenary_core::bundle::seal::{self, SealedFor, ENVELOPE, PAYLOAD};
use plenary_core::bundle::{ExportOptions, ImportOptions, ImportReport, KeyStatus, Limits};
use plenary_core::Db;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::dump;
use forge::Raw;

/// The Riverside demo assembly (in memory, its key beside it in memory too).
fn riverside() -> Db {
    let mut db = Db::open_in_memory().unwrap();
    plenary_core::demo::fill(&mut db).unwrap();
    db
}

fn assembly(name: &str, code: &str) -> Db {
    let mut db = Db::open_in_memory().unwrap();
    db.init_assembly(name, code, None).unwrap();
    db
}

fn plain(db: &Db) -> Vec<u8> {
    db.export_bundle_bytes(&ExportOptions::default()).unwrap().0
}

fn import(db: &mut Db, bytes: &[u8], dry_run: bool) -> plenary_core::Result<ImportReport> {
    db.import_bundle(
        bytes,
        &ImportOptions {
            file_name: "sealed.plenary".into(),
            dry_run,
            ..Default::default()
        },
    )
}

/// Riverside, and two assemblies that exchanged bundles with it: Bristol and London
/// (so that Riverside knows their keys). Riverside seals to the codes in `to`.
struct Three {
    riv: Db,
    brs: Db,
    ldn: Db,
}

fn three() -> Three {
    let mut riv = riverside();
    let brs = assembly("Occupy Bristol", "BRS");
    let ldn = assembly("Occupy London", "LDN");
    import(&mut riv, &plain(&brs), false).unwrap();
    import(&mut riv, &plain(&ldn), false).unwrap();
    Three { riv, brs, ldn }
}

fn sealed_to(db: &Db, to: &[&str]) -> (Vec<u8>, plenary_core::bundle::ExportSummary) {
    db.export_bundle_bytes(&ExportOptions {
        seal_to: to.iter().map(|s| s.to_string()).collect(),
        ..Default::default()
    })
    .unwrap()
}

/// Asserts that importing `bytes` into `db` is refused with `needle`, writing nothing —
/// and that inspecting and previewing it are refused the same way.
fn refused(db: &mut Db, bytes: &[u8], needle: &str) -> String {
    let before = dump(db);
    let err = import(db, bytes, false).expect_err("a sealed bundle must be refused");
    assert_eq!(err.kind(), "bundle", "{err}");
    let msg = err.to_string();
    assert!(
        msg.starts_with("sealed.plenary was not imported: "),
        "{msg}"
    );
    assert!(msg.contains(needle), "{msg:?} lacks {needle:?}");
    let dry = import(db, bytes, true).expect_err("a dry run is refused too");
    assert!(dry.to_string().contains(needle), "{dry}");
    let inspected = db
        .inspect_bundle(bytes, "sealed.plenary", &Limits::default())
        .expect_err("it cannot be inspected inside");
    assert!(
        inspected
            .to_string()
            .starts_with("sealed.plenary cannot be opened here: "),
        "{inspected}"
    );
    assert!(inspected.to_string().contains(needle), "{inspected}");
    let preview = db
        .preview_import(bytes, "sealed.plenary", "t".into())
        .expect_err("nor previewed");
    assert!(preview.to_string().contains(needle), "{preview}");
    assert_eq!(dump(db), before, "a refused sealed bundle wrote: {msg}");
    msg
}

/// The entries of a sealed bundle, changed by `edit`, stored again (with right CRCs).
fn reseal(bytes: &[u8], edit: impl FnOnce(&mut forge::Entries)) -> Vec<u8> {
    let mut e = forge::unzip(bytes);
    edit(&mut e);
    let order = [ENVELOPE, PAYLOAD];
    let raws: Vec<Raw> = order
        .iter()
        .filter_map(|n| e.get(*n).map(|d| Raw::stored(n, d)))
        .collect();
    forge::raw_zip(&raws)
}

/// Where the age header ends (the payload's first byte).
fn body_start(age: &[u8]) -> usize {
    let mac = age.windows(5).position(|w| w == b"\n--- ").unwrap();
    mac + 1 + age[mac + 1..].iter().position(|&b| b == b'\n').unwrap() + 1
}

#[test]
fn a_sealed_bundle_round_trips_to_its_recipient() {
    let mut t = three();
    let (bytes, summary) = sealed_to(&t.riv, &["BRS"]);
    assert_eq!(summary.sealed_for.len(), 1);
    assert_eq!(summary.sealed_for[0].code, "BRS");
    assert_eq!(summary.size, bytes.len() as u64);
    assert_eq!(
        summary.sha256,
        plenary_core::bundle::manifest::sha256_hex(&bytes)
    );
    // Nobody reads it on the way: no name of the record is in the file.
    for name in ["Amara", "manifest.json", "people"] {
        assert!(
            !bytes.windows(name.len()).any(|w| w == name.as_bytes()),
            "{name} is readable in the sealed file"
        );
    }
    // The recipient sees who it is for, then opens it: what it would import is what the
    // plain bundle brings.
    let info = t.brs.sealed_info(&bytes, "s.plenary").unwrap().unwrap();
    assert!(info.for_this_assembly);
    assert_eq!(info.sealed_for, summary.sealed_for);
    let plain_dry = import(&mut t.brs, &plain(&t.riv), true).unwrap();
    let i = t
        .brs
        .inspect_bundle(&bytes, "sealed.plenary", &Limits::default())
        .unwrap();
    assert!(
        i.verifies && i.importable,
        "{:?} {:?}",
        i.problem,
        i.refusal
    );
    assert_eq!(i.assembly.code, "RIV");
    assert_eq!(i.key, KeyStatus::New);
    assert_eq!(i.sealed_for, summary.sealed_for);
    assert_eq!((i.size, &i.sha256), (summary.size, &summary.sha256));
    let r = import(&mut t.brs, &bytes, false).unwrap();
    assert!(r.changed);
    assert_eq!(r.totals, plain_dry.totals);
    assert_eq!(r.tables, plain_dry.tables);
    assert!(r.totals.new > 10, "{:?}", r.totals);
    let people: i64 = t
        .brs
        .conn()
        .query_row(
            "SELECT count(*) FROM people WHERE name = 'Amara Okafor'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(people, 1, "the demo's people arrived");
    // The file is kept as it came — still sealed — and known when it comes again.
    let (_, kept) = t.brs.received_bundle_bytes(r.received_id.unwrap()).unwrap();
    assert_eq!(kept, bytes);
    let again = import(&mut t.brs, &bytes, false).unwrap();
    assert!(again.already_imported.is_some() && !again.changed);
}

#[test]
fn it_can_be_sealed_to_several_and_each_opens_it() {
    let mut t = three();
    let (bytes, summary) = sealed_to(&t.riv, &["brs", "Occupy London", "BRS"]);
    let codes: Vec<&str> = summary.sealed_for.iter().map(|s| s.code.as_str()).collect();
    assert_eq!(codes, ["BRS", "LDN"], "named twice, sealed to once");
    assert!(import(&mut t.brs, &bytes, false).unwrap().changed);
    assert!(import(&mut t.ldn, &bytes, false).unwrap().changed);
    // By id and by fingerprint (its first 16 hex digits, with or without spaces).
    let ldn = summary.sealed_for[1].clone();
    let fp: String = ldn.fingerprint.replace(' ', "")[..16].into();
    let (_, s) = sealed_to(&t.riv, &[&ldn.id.to_string()]);
    assert_eq!(s.sealed_for, std::slice::from_ref(&ldn));
    let (_, s) = sealed_to(&t.riv, &[&fp]);
    assert_eq!(s.sealed_for, std::slice::from_ref(&ldn));
    let (_, s) = sealed_to(&t.riv, &[&ldn.fingerprint[..19]]);
    assert_eq!(s.sealed_for, [ldn]);
    // This assembly itself (to keep a copy only it can read).
    let (own, s) = sealed_to(&t.riv, &["RIV"]);
    assert_eq!(s.sealed_for[0].code, "RIV");
    let i = t
        .riv
        .inspect_bundle(&own, "own.plenary", &Limits::default())
        .unwrap();
    assert_eq!(i.key, KeyStatus::Own);
}

#[test]
fn a_third_assembly_is_told_who_it_is_for_and_nothing_is_written() {
    let t = three();
    let (bytes, _) = sealed_to(&t.riv, &["BRS", "LDN"]);
    let mut nyc = assembly("Occupy Wall Street", "NYC");
    let info = nyc.sealed_info(&bytes, "s.plenary").unwrap().unwrap();
    assert!(!info.for_this_assembly);
    let names: Vec<&str> = info.sealed_for.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Occupy Bristol", "Occupy London"]);
    assert_eq!(info.size, bytes.len() as u64);
    let msg = refused(
        &mut nyc,
        &bytes,
        "it is sealed for Occupy Bristol (BRS) and Occupy London (LDN); this assembly is not one of them",
    );
    assert!(msg.contains("only they can open it"), "{msg}");
    // Riverside itself, which made it, is not among them either.
    let mut riv = t.riv;
    refused(&mut riv, &bytes, "this assembly is not one of them");
}

#[test]
fn a_tampered_sealed_bundle_is_refused() {
    let mut t = three();
    let (bytes, _) = sealed_to(&t.riv, &["BRS"]);
    let age = forge::unzip(&bytes)[PAYLOAD].clone();
    let body = body_start(&age);
    assert!(age.len() > body + 1000, "a real payload");

    // A byte of the ciphertext changed (the zip's CRC made right again: age must see it).
    let flipped = reseal(&bytes, |e| {
        let p = e.get_mut(PAYLOAD).unwrap();
        p[body + 500] ^= 1;
    });
    refused(&mut t.brs, &flipped, "damaged or was altered");
    // Its last chunk cut off.
    let cut = reseal(&bytes, |e| {
        let p = e.get_mut(PAYLOAD).unwrap();
        let n = p.len();
        p.truncate(n - 100);
    });
    refused(&mut t.brs, &cut, "damaged or was altered");
    // The header changed (the key's stanza).
    let header = reseal(&bytes, |e| {
        let p = e.get_mut(PAYLOAD).unwrap();
        let at = p.windows(9).position(|w| w == b"-> X25519").unwrap() + 12;
        p[at] = if p[at] == b'A' { b'B' } else { b'A' };
    });
    refused(&mut t.brs, &header, "damaged or was altered");
    // An age header that never ends within its bound.
    let endless = reseal(&bytes, |e| {
        let mut p = b"age-encryption.org/v1\n".to_vec();
        while p.len() < 70_000 {
            p.extend_from_slice(b"-> X25519 AAAA\nAAAA\n");
        }
        e.insert(PAYLOAD.into(), p);
    });
    refused(&mut t.brs, &endless, "does not end within");
    // The zip's own CRC catches a change that does not fix it.
    let mut raw = bytes.clone();
    let at = raw.len() / 2;
    raw[at] ^= 0x55;
    refused(&mut t.brs, &raw, "damaged");
}

#[test]
fn the_list_of_recipients_only_says_age_decides() {
    let mut t = three();
    let (bytes, summary) = sealed_to(&t.riv, &["BRS"]);
    let ldn: SealedFor = t.riv.seal_recipients(&["LDN".into()]).unwrap()[0].clone();
    // The envelope rewritten to name London: London still cannot open it.
    let lie = reseal(&bytes, |e| {
        let mut env: serde_json::Value = serde_json::from_slice(&e[ENVELOPE]).unwrap();
        env["recipients"] = serde_json::to_value([&ldn]).unwrap();
        e.insert(ENVELOPE.into(), serde_json::to_vec(&env).unwrap());
    });
    refused(
        &mut t.ldn,
        &lie,
        "sealed for this assembly but cannot be opened",
    );
    // Rewritten not to name Bristol: Bristol is not tried (the file says it is not theirs).
    refused(&mut t.brs, &lie, "this assembly is not one of them");
    // A fingerprint that is not its key's, an envelope of another version, a third entry.
    let bad_fp = reseal(&bytes, |e| {
        let mut env: serde_json::Value = serde_json::from_slice(&e[ENVELOPE]).unwrap();
        env["recipients"][0]["fingerprint"] = ldn.fingerprint.clone().into();
        e.insert(ENVELOPE.into(), serde_json::to_vec(&env).unwrap());
    });
    refused(&mut t.brs, &bad_fp, "is not its key's");
    let newer = reseal(&bytes, |e| {
        let mut env: serde_json::Value = serde_json::from_slice(&e[ENVELOPE]).unwrap();
        env["version"] = 2.into();
        e.insert(ENVELOPE.into(), serde_json::to_vec(&env).unwrap());
    });
    refused(&mut t.brs, &newer, "sealed by a newer Plenary");
    let nobody = reseal(&bytes, |e| {
        let mut env: serde_json::Value = serde_json::from_slice(&e[ENVELOPE]).unwrap();
        env["recipients"] = serde_json::json!([]);
        e.insert(ENVELOPE.into(), serde_json::to_vec(&env).unwrap());
    });
    refused(&mut t.brs, &nobody, "a sealed bundle is for 1 to 64");
    let e = forge::unzip(&bytes);
    let third = forge::raw_zip(&[
        Raw::stored(ENVELOPE, &e[ENVELOPE]),
        Raw::stored(PAYLOAD, &e[PAYLOAD]),
        Raw::stored("extra.txt", b"x"),
    ]);
    refused(&mut t.brs, &third, "exactly two entries");
    // The untouched file still opens.
    assert_eq!(
        t.brs.sealed_info(&bytes, "s").unwrap().unwrap().sealed_for,
        summary.sealed_for
    );
    assert!(import(&mut t.brs, &bytes, false).unwrap().changed);
}

#[test]
fn the_bundle_inside_is_verified_as_any_bundle() {
    let mut t = three();
    let to = t.riv.seal_recipients(&["BRS".into()]).unwrap();
    // A bundle altered after signing, then sealed properly: opened, then refused.
    let mut e = forge::unzip(&plain(&t.riv));
    let people = String::from_utf8(e["records/people.jsonl"].clone()).unwrap();
    e.insert(
        "records/people.jsonl".into(),
        people.replace("Amara", "Omara").into_bytes(),
    );
    let altered = forge::zip_entries(&e.into_iter().collect::<Vec<_>>());
    let sealed = seal::seal(&altered, &to).unwrap();
    let before = dump(&t.brs);
    let err = import(&mut t.brs, &sealed, false).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("sealed.plenary was not imported: entry records/people.jsonl does not match its SHA-256"),
        "{err}"
    );
    // Inspected, it is described as any bundle that does not verify.
    let i = t
        .brs
        .inspect_bundle(&sealed, "sealed.plenary", &Limits::default())
        .unwrap();
    assert_eq!(i.sealed_for, to);
    assert!(!i.verifies && !i.importable);
    assert!(i.problem.unwrap().contains("SHA-256"));
    assert_eq!(dump(&t.brs), before);
    // Something that is not a bundle at all, sealed.
    let sealed = seal::seal(b"not a zip", &to).unwrap();
    let err = import(&mut t.brs, &sealed, false).unwrap_err();
    assert_eq!(
        err.to_string(),
        "sealed.plenary was not imported: it is not a zip file"
    );
    let err = t
        .brs
        .inspect_bundle(&sealed, "sealed.plenary", &Limits::default())
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "sealed.plenary is not a bundle this Plenary can read: it is not a zip file"
    );
    assert_eq!(dump(&t.brs), before);
}

#[test]
fn sealing_names_only_assemblies_known_here_with_their_keys() {
    let t = three();
    let err = t
        .riv
        .export_bundle_bytes(&ExportOptions {
            seal_to: vec!["NYC".into()],
            ..Default::default()
        })
        .unwrap_err();
    assert_eq!(err.kind(), "not-found", "{err}");
    assert!(
        err.to_string()
            .contains("no assembly known here is \"NYC\""),
        "{err}"
    );
    // Too short to be a fingerprint, and no code or name.
    let err = t.riv.seal_recipients(&["0123".into()]).unwrap_err();
    assert_eq!(err.kind(), "not-found", "{err}");
    // The bound on recipients holds on the sealing side too.
    let many = vec![t.riv.seal_recipients(&["BRS".into()]).unwrap()[0].clone(); 65];
    assert!(seal::seal(b"x", &many)
        .unwrap_err()
        .to_string()
        .contains("at most 64"));
    assert!(seal::seal(b"x", &[]).is_err());
}

#[test]
fn a_sealed_file_larger_than_a_bundle_may_be_is_refused_unopened() {
    let mut t = three();
    let (bytes, _) = sealed_to(&t.riv, &["BRS"]);
    let limits = Limits {
        max_file_bytes: bytes.len() as u64 - 1,
        ..Default::default()
    };
    let before = dump(&t.brs);
    let err = t
        .brs
        .import_bundle(
            &bytes,
            &ImportOptions {
                file_name: "big.plenary".into(),
                dry_run: false,
                limits,
            },
        )
        .unwrap_err();
    assert!(err.to_string().contains("a bundle may be at most"), "{err}");
    assert_eq!(dump(&t.brs), before);
}

fn plenary(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_plenary"))
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .unwrap()
}

fn text(o: &Output) -> (String, String) {
    (
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

fn init(dir: &Path, name: &str, code: &str) -> PathBuf {
    let db = dir.join(format!("{code}.db"));
    assert!(plenary(&db, &["init", "--name", name, "--code", code])
        .status
        .success());
    db
}

#[test]
fn the_cli_seals_says_for_whom_and_refuses_others() {
    let dir = tempfile::tempdir().unwrap();
    let riv = dir.path().join("riv.db");
    assert!(plenary(&riv, &["demo"]).status.success());
    let brs = init(dir.path(), "Occupy Bristol", "BRS");
    let nyc = init(dir.path(), "Occupy Wall Street", "NYC");
    // Riverside learns Bristol's key from its bundle.
    let brs_bundle = dir.path().join("brs.plenary");
    let b = brs_bundle.to_str().unwrap();
    assert!(plenary(&brs, &["bundle", "export", "-o", b])
        .status
        .success());
    assert!(plenary(&riv, &["bundle", "import", b]).status.success());

    let file = dir.path().join("sealed.plenary");
    let f = file.to_str().unwrap();
    let out = plenary(&riv, &["bundle", "export", "-o", f, "--seal-to", "BRS"]);
    let (stdout, stderr) = text(&out);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stdout.contains("sealed for Occupy Bristol (BRS): only they can open it"),
        "{stdout}"
    );

    // A third assembly: who it is for, without opening it (exit 0), and a refusal.
    let out = plenary(&nyc, &["bundle", "inspect", f]);
    let (stdout, stderr) = text(&out);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stdout.contains("sealed for:  Occupy Bristol (BRS)\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("this assembly is not one of them"),
        "{stdout}"
    );
    let out = plenary(&nyc, &["bundle", "inspect", f, "--json"]);
    let j: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(j["for_this_assembly"], false);
    assert_eq!(j["sealed_for"][0]["code"], "BRS");
    assert_eq!(j["file_name"], "sealed.plenary");
    let out = plenary(&nyc, &["bundle", "import", f]);
    let (_, stderr) = text(&out);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr.contains("sealed.plenary was not imported: it is sealed for Occupy Bristol (BRS); this assembly is not one of them"),
        "{stderr}"
    );

    // Bristol: the bundle inside, opened; then imported.
    let out = plenary(&brs, &["bundle", "inspect", f]);
    let (stdout, stderr) = text(&out);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stdout.contains("sealed for:  Occupy Bristol (BRS); opened with this assembly's key"),
        "{stdout}"
    );
    assert!(stdout.contains("from:        Riverside"), "{stdout}");
    assert!(stdout.contains("verifies:    yes"), "{stdout}");
    let out = plenary(&brs, &["bundle", "inspect", f, "--json"]);
    let j: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(j["sealed_for"][0]["code"], "BRS");
    assert_eq!(j["verifies"], true);
    let out = plenary(&brs, &["bundle", "import", f]);
    let (stdout, stderr) = text(&out);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stdout.starts_with("imported sealed.plenary from Riverside"),
        "{stdout}"
    );

    // Only assemblies known here with their keys.
    let out = plenary(&riv, &["bundle", "export", "-o", f, "--seal-to", "BRS,NYC"]);
    let (_, stderr) = text(&out);
    assert!(!out.status.success());
    assert!(
        stderr.contains("no assembly known here is \"NYC\""),
        "{stderr}"
    );
}
