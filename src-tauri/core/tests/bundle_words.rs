//! A bundle's refusals in the reader's language (issue 15): a refusal is a message of
//! `i18n/<lang>/errors-bundle.ftl` whose reason is a message of its own, worded in the
//! same language — through `Error::said_in` (what the command line prints) and through the
//! command line itself (`plenary --lang es bundle import BAD`). English stays exactly as it
//! was (`tests/bundle.rs` reads it); every id has its words in all seven languages
//! (`tests/i18n.rs`, once the file is in the core's catalogue).

#[path = "support/forge.rs"]
mod forge;

use std::process::Command;

use plenary_core::bundle::{ExportOptions, ImportOptions};
use plenary_core::i18n::Lang;
use plenary_core::{Db, Error};

fn riverside() -> Db {
    let mut db = Db::open_in_memory().unwrap();
    plenary_core::demo::fill(&mut db).unwrap();
    db
}

fn bristol() -> Db {
    let mut db = Db::open_in_memory().unwrap();
    db.init_assembly("Occupy Bristol", "BRS", None).unwrap();
    db
}

fn refusal(bytes: &[u8]) -> Error {
    bristol()
        .import_bundle(
            bytes,
            &ImportOptions {
                file_name: "riv.plenary".into(),
                ..Default::default()
            },
        )
        .unwrap_err()
}

/// The words without Fluent's isolation marks (Arabic's bundle wraps each placeable).
fn plain(s: String) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
}

/// Riverside's bundle with one letter of a record changed after it was signed.
fn tampered() -> Vec<u8> {
    let bundle = riverside()
        .export_bundle_bytes(&ExportOptions::default())
        .unwrap()
        .0;
    let mut e = forge::unzip(&bundle);
    let text = String::from_utf8(e["records/people.jsonl"].clone()).unwrap();
    assert!(text.contains("Amara"));
    e.insert(
        "records/people.jsonl".into(),
        text.replacen("Amara", "Omara", 1).into_bytes(),
    );
    forge::zip_entries(&e.into_iter().collect::<Vec<_>>())
}

#[test]
fn a_tampered_bundle_is_refused_in_the_language_asked_for() {
    let e = refusal(&tampered());
    assert_eq!(e.kind(), "bundle");
    assert_eq!(e.code(), Some("error-bundle-not-imported"));
    assert_eq!(
        e.to_string(),
        "riv.plenary was not imported: entry records/people.jsonl does not match its SHA-256 in the manifest: it was changed or damaged after the bundle was made"
    );
    assert_eq!(
        e.said_in(Lang::Es),
        "riv.plenary no se ha importado: la entrada records/people.jsonl no coincide con su SHA-256 del manifiesto: se cambió o se dañó después de hacer el paquete"
    );
    assert_eq!(
        plain(e.said_in(Lang::Ar)),
        "لم يُستورد riv.plenary: المدخل records/people.jsonl لا يطابق بصمة SHA-256 الخاصة به في البيان: غُيّر أو تلف بعد صنع الحزمة"
    );
    // The UI receives the reason as a message inside the refusal, to word it the same way.
    let v = serde_json::to_value(&e).unwrap();
    assert_eq!(v["code"], "error-bundle-not-imported");
    assert_eq!(v["args"]["file"], "riv.plenary");
    assert_eq!(v["args"]["why"]["code"], "error-bundle-entry-changed");
    assert_eq!(v["args"]["why"]["args"]["entry"], "records/people.jsonl");
    assert_eq!(v["message"], e.to_string());
}

#[test]
fn a_broken_line_a_newer_format_and_a_reference_to_nothing_are_worded_whole() {
    let x = riverside();
    let bundle = x.export_bundle_bytes(&ExportOptions::default()).unwrap().0;
    let key = x.signing_key().unwrap();

    // A field of the wrong type: the line, the field, what it must be, what it was.
    let bad = forge::forge(&bundle, &key, |e, m| {
        let mut rows = forge::lines(e, "people");
        rows[0]["name"] = serde_json::json!(42);
        forge::set_lines(e, m, "people", &rows);
    });
    let e = refusal(&bad);
    let en = e.to_string();
    assert!(
        en.starts_with(
            r#"riv.plenary was not imported: records/people.jsonl line 1: field "name" must be one line of text, not a number (at character "#
        ),
        "{en}"
    );
    let es = e.said_in(Lang::Es);
    assert!(
        es.starts_with(
            r#"riv.plenary no se ha importado: records/people.jsonl, línea 1: el campo "name" tiene que ser una línea de texto, no un número (en el carácter "#
        ),
        "{es}"
    );
    let de = e.said_in(Lang::De);
    assert!(
        de.contains(r#"das Feld "name" muss eine Textzeile sein, nicht eine Zahl"#),
        "{de}"
    );

    // A newer format: "update Plenary", in the reader's language.
    let newer = forge::forge(&bundle, &key, |_, m| m["version"] = serde_json::json!(99));
    let e = refusal(&newer);
    assert!(e.to_string().contains(
        "it was made by a newer Plenary (bundle format version 99; this Plenary reads versions 1 and 2); update Plenary to import it"
    ));
    assert!(
        e.said_in(Lang::Fr).contains(
            "il a été fait par un Plenary plus récent (version 99 du format de paquet\u{a0}; ce Plenary lit les versions 1 et 2)\u{a0}; mettez Plenary à jour pour l’importer"
        ),
        "{}",
        e.said_in(Lang::Fr)
    );
    assert!(
        plain(e.said_in(Lang::Ar)).contains("صنعها Plenary أحدث (الإصدار 99"),
        "{}",
        e.said_in(Lang::Ar)
    );

    // A field of the manifest, named in the refusal's language (errors.ftl's "… is empty").
    let nameless = forge::forge(&bundle, &key, |_, m| m["assembly"]["name"] = "".into());
    let e = refusal(&nameless);
    assert_eq!(
        e.to_string(),
        "riv.plenary was not imported: manifest.json: the assembly's name is empty"
    );
    assert_eq!(
        e.said_in(Lang::Es),
        "riv.plenary no se ha importado: manifest.json: falta el nombre de la asamblea"
    );

    // No version at all: "(none)" is a word too.
    let unversioned = forge::forge(&bundle, &key, |_, m| {
        m.as_object_mut().unwrap().remove("version");
    });
    let e = refusal(&unversioned);
    assert!(
        e.to_string()
            .contains("manifest.json has an unknown format version (none);"),
        "{e}"
    );
    assert!(
        e.said_in(Lang::Es)
            .contains("manifest.json tiene una versión de formato desconocida, (ninguna);"),
        "{}",
        e.said_in(Lang::Es)
    );

    // A reference to nothing: the bundle's meetings left out (and their minutes).
    let orphans = forge::forge(&bundle, &key, |e, m| {
        forge::set_lines(e, m, "meetings", &[]);
        e.retain(|name, _| !name.starts_with("minutes/"));
        m["minutes"] = serde_json::json!({});
    });
    let e = refusal(&orphans);
    assert!(
        e.to_string()
            .contains("names a meeting that is neither in the bundle nor in this database"),
        "{e}"
    );
    let es = e.said_in(Lang::Es);
    assert!(
        es.contains("nombra una asamblea que no está ni en el paquete ni en esta base de datos"),
        "{es}"
    );
    let el = e.said_in(Lang::El);
    assert!(
        el.contains("δείχνει μια συνέλευση που δεν υπάρχει ούτε στο πακέτο"),
        "{el}"
    );
}

#[test]
fn the_command_line_says_a_refused_bundle_in_its_language() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("riv.plenary");
    std::fs::write(&bad, tampered()).unwrap();
    let db = dir.path().join("brs.db");
    let plenary = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_plenary"))
            .arg("--db")
            .arg(&db)
            .args(args)
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG")
            .output()
            .unwrap()
    };
    assert!(
        plenary(&["init", "--name", "Occupy Bristol", "--code", "BRS"])
            .status
            .success()
    );
    let f = bad.to_str().unwrap();
    let out = plenary(&["--lang", "es", "bundle", "import", f]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(
            "riv.plenary no se ha importado: la entrada records/people.jsonl no coincide con su SHA-256 del manifiesto"
        ),
        "{err}"
    );
    assert!(!err.contains("was not imported"), "{err}");
    // English by default, exactly as before.
    let out = plenary(&["bundle", "import", f]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("riv.plenary was not imported: entry records/people.jsonl does not match its SHA-256 in the manifest"),
        "{err}"
    );
    // `--json` keeps the English message and gives the code.
    let out = plenary(&["--lang", "es", "bundle", "import", f, "--json"]);
    let j: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(j["error"]["kind"], "bundle");
    assert!(j["error"]["message"]
        .as_str()
        .unwrap()
        .contains("was not imported"));
}
