//! The command line in the seven languages (issue 15): `--lang`, else `LC_ALL`,
//! `LC_MESSAGES` or `LANG`, chooses the words of every line it prints and of `--help`;
//! records stay as typed and `--json` keeps its codes.

use std::path::Path;
use std::process::Command;

/// `plenary` with these locale variables and no others; stdout and stderr together.
fn run(db: &Path, args: &[&str], env: &[(&str, &str)]) -> String {
    run_on(Some(db), args, env)
}

/// [`run`], on the database `db` or with no `PLENARY_DB` at all (`--help` shows its value).
fn run_on(db: Option<&Path>, args: &[&str], env: &[(&str, &str)]) -> String {
    let mut c = Command::new(env!("CARGO_BIN_EXE_plenary"));
    for v in ["LC_ALL", "LC_MESSAGES", "LANG", "PLENARY_DB"] {
        c.env_remove(v);
    }
    if let Some(db) = db {
        c.env("PLENARY_DB", db);
    }
    let out = c.envs(env.iter().copied()).args(args).output().unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.status.success(),
        "plenary {args:?} failed ({:?}): {text}",
        out.status
    );
    text
}

/// Sentences and words the English messages use; none may show in another language's
/// output (the records typed in the tests below avoid them).
const ENGLISH: &[&str] = &[
    " is open",
    " is closed",
    "floor:",
    "nobody",
    "Proposals:",
    "Report-backs:",
    "stack policy",
    "attendance",
    "planned:",
    "proposed by",
    "working group",
    "decision under",
    "consensus",
    "no blocks",
    "progressive",
    "to speak",
    "first time",
    "point of process",
    "undo would undo",
    "version ",
    "(next:",
    "error:",
];

fn assert_no_english(text: &str) {
    for e in ENGLISH {
        assert!(
            !text.contains(e),
            "English {e:?} in output that should have none:\n{text}"
        );
    }
}

/// A GA's key steps through the command line, each printing in the language the
/// arguments or the environment choose; all the output.
fn a_ga(db: &Path, lang: &[&str], env: &[(&str, &str)]) -> String {
    let p = |args: &[&str]| {
        let all: Vec<&str> = lang.iter().chain(args).copied().collect();
        run(db, &all, env)
    };
    let mut out = String::new();
    out += &p(&["init", "--name", "Asamblea de Sol", "--code", "SOL"]);
    out += &p(&["wg", "add", "--name", "Cocina", "--category", "operational"]);
    out += &p(&["meeting", "new", "--date", "2026-12-05", "--place", "Sol"]);
    out += &p(&["meeting", "open", "1", "--at", "19:00"]);
    out += &p(&[
        "agenda",
        "add",
        "--meeting",
        "1",
        "--kind",
        "discussion",
        "--title",
        "Vivienda",
    ]);
    out += &p(&["agenda", "start", "SOL-GA-1.1"]);
    out += &p(&["stack", "add", "--item", "1.1", "--name", "Ana"]);
    out += &p(&["stack", "add", "--item", "1.1", "--name", "Luis"]);
    out += &p(&[
        "stack", "add", "--item", "1.1", "--name", "Eva", "--kind", "process",
    ]);
    let next = p(&["stack", "next", "--item", "1.1"]);
    assert_eq!(next.trim(), "Eva", "stack next prints the name as typed");
    out += &next;
    out += &p(&["stack", "show", "--item", "1.1"]);
    out += &p(&["agenda", "finish", "SOL-GA-1.1"]);
    out += &p(&[
        "proposal", "new", "--title", "Huerto", "--text", "Plantar", "--wg", "Cocina", "--by",
        "Ana",
    ]);
    out += &p(&[
        "agenda",
        "add",
        "--meeting",
        "1",
        "--kind",
        "proposal",
        "--title",
        "Huerto",
        "--proposal",
        "SOL-P-2026-001",
    ]);
    out += &p(&[
        "proposal",
        "step",
        "SOL-P-2026-001",
        "--meeting",
        "1",
        "--to",
        "present",
    ]);
    out += &p(&[
        "proposal",
        "decide",
        "SOL-P-2026-001",
        "--meeting",
        "1",
        "--rule",
        "consensus",
        "--support",
        "30",
        "--stand-aside",
        "Luis:dudas",
    ]);
    out += &p(&["wg", "show", "Cocina"]);
    out += &p(&["proposal", "show", "SOL-P-2026-001"]);
    out += &p(&["meeting", "show", "1"]);
    out += &p(&["meeting", "close", "1", "--at", "21:00"]);
    out += &p(&["minutes", "1"]);
    out
}

#[test]
fn a_ga_with_lang_es_is_in_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let out = a_ga(&dir.path().join("es.db"), &["--lang", "es"], &[]);
    for spanish in [
        "SOL-GA-1 está abierta desde las 19:00",
        "tiene la palabra: Eva (cuestión de orden)",
        "POR QUÉ AQUÍ",
        "habla por primera vez hoy",
        "\nconsenso\n",
        "Propuestas: 1: decidida",
        "propuesta por Ana",
        "decisión según consenso",
        "abstención: Luis: dudas",
        "turno de palabra: turno progresivo",
        "SOL-GA-1 se cerró a las 21:00",
        "**Acta:**",
    ] {
        assert!(out.contains(spanish), "{spanish:?} missing from:\n{out}");
    }
    assert_no_english(&out);
}

#[test]
fn a_ga_under_lang_ar_is_in_arabic() {
    let dir = tempfile::tempdir().unwrap();
    let out = a_ga(&dir.path().join("ar.db"), &[], &[("LANG", "ar_EG.UTF-8")]);
    for arabic in [
        "الكلمة لـ",
        "نقطة نظام",
        "لماذا هنا",
        "توافق",
        "المقترحات",
        "امتناع",
    ] {
        assert!(out.contains(arabic), "{arabic:?} missing from:\n{out}");
    }
    assert_no_english(&out);
    // LC_ALL outranks LANG, and --lang outranks both.
    let db = dir.path().join("ar.db");
    let el = run(
        &db,
        &["stack", "show", "--item", "1.1"],
        &[("LANG", "ar_EG.UTF-8"), ("LC_ALL", "el_GR.UTF-8")],
    );
    assert!(el.contains("ΟΝΟΜΑ"), "{el}");
    let de = run(
        &db,
        &["--lang", "de", "stack", "show", "--item", "1.1"],
        &[("LC_ALL", "el_GR.UTF-8")],
    );
    assert!(de.contains("WARUM HIER"), "{de}");
}

#[test]
fn json_keeps_its_codes_in_every_language() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("json.db");
    a_ga(&db, &["--lang", "fr"], &[]);
    let json = run(&db, &["--lang", "fr", "wg", "list", "--json"], &[]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v[0]["category"], "operational");
    assert_eq!(v[0]["status"], "forming");
}

#[test]
fn english_stays_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let out = a_ga(&dir.path().join("en.db"), &[], &[("LANG", "C.UTF-8")]);
    for english in [
        "SOL-GA-1 is open at 19:00",
        "floor: Eva (point of process) for",
        "WHY HERE",
        "\nconsensus\n",
        "Proposals: 1 decided",
        "decision under consensus: consensus: no blocks",
        "stack policy: progressive; attendance: -",
        "SOL-GA-1 is closed at 21:00",
    ] {
        assert!(out.contains(english), "{english:?} missing from:\n{out}");
    }
}

/// `--help` of a command, in a language.
fn help(args: &[&str], env: &[(&str, &str)]) -> String {
    run_on(None, args, env)
}

#[test]
fn help_is_in_the_language_chosen() {
    let fr = help(&["--lang", "fr", "stack", "--help"], &[]);
    assert!(
        fr.contains("Le tour de parole d’un point de l’ordre du jour"),
        "{fr}"
    );
    assert!(
        fr.contains("Inscrire quelqu’un au tour de parole d’un point"),
        "{fr}"
    );
    assert!(fr.contains("Afficher l’aide"), "{fr}");
    assert!(!fr.contains("Put someone on"), "{fr}");
    assert!(!fr.contains("Print help"), "{fr}");
    // clap's headings too (usage_error.rs and help.rs's template).
    assert!(fr.contains("Utilisation\u{a0}: plenary stack"), "{fr}");
    assert!(fr.contains("\nCommandes\u{a0}:\n"), "{fr}");
    assert!(!fr.contains("Usage:"), "{fr}");

    let el = help(&["stack", "add", "--help"], &[("LANG", "el_GR.UTF-8")]);
    assert!(el.contains("Το όνομα του ατόμου"), "{el}");
    assert!(el.contains("Η γλώσσα στην οποία μιλά το Plenary"), "{el}");

    let en = help(&["stack", "--help"], &[]);
    assert!(en.contains("The speakers' stack of an agenda item"), "{en}");
    assert!(en.contains("Print help"), "{en}");
}

#[test]
fn plenary_help_in_each_language() {
    for lang in ["en", "es", "fr", "de", "pt", "el", "ar"] {
        let text = help(&["--lang", lang, "--help"], &[]);
        insta::assert_snapshot!(format!("plenary_help_{lang}"), text);
    }
}

#[test]
fn refusals_are_said_in_the_language_chosen() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("err.db");
    a_ga(&db, &["--lang", "es"], &[]);
    let refused = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_plenary"))
            .env_remove("LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("PLENARY_DB", &db)
            .args(args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        String::from_utf8(out.stderr).unwrap()
    };
    // A rule of the core (errors.ftl), and one of the command line's own (cli.ftl).
    let core = refused(&[
        "--lang",
        "es",
        "wg",
        "add",
        "--name",
        "Cocina",
        "--category",
        "operational",
    ]);
    assert!(core.contains("ya hay una comisión que se llama"), "{core}");
    let english = refused(&["wg", "add", "--name", "Cocina", "--category", "operational"]);
    assert_ne!(core, english, "the refusal is worded in Spanish: {core}");
    let own = refused(&["--lang", "es", "bundle", "undo-import", "nada"]);
    assert!(own.contains("no es el id de un paquete recibido"), "{own}");
    let own_en = refused(&["bundle", "undo-import", "nada"]);
    assert!(own_en.contains("is not a received bundle's id"), "{own_en}");
}

#[test]
fn help_headings_are_in_the_language_chosen() {
    let es = help(&["--lang", "es", "--help"], &[]);
    for word in [
        "\nUso: plenary [OPTIONS] <COMMAND>\n",
        "\nComandos:\n",
        "\nOpciones:\n",
    ] {
        assert!(es.contains(word), "{word:?} missing from:\n{es}");
    }
    for english in ["Usage:", "Commands:", "Options:"] {
        assert!(!es.contains(english), "{english:?} in:\n{es}");
    }
    // A command with a positional argument: its own section, between the others as clap's.
    let restore = help(&["restore", "--help"], &[("LANG", "es_ES.UTF-8")]);
    let (args, opts) = (
        restore.find("\nArgumentos:\n  <FILE>"),
        restore.find("\nOpciones:\n"),
    );
    assert!(
        matches!((args, opts), (Some(a), Some(o)) if a < o),
        "{restore}"
    );

    let ar = help(&["--lang", "ar", "stack", "--help"], &[]);
    for word in [
        "\nالاستخدام: plenary stack [OPTIONS] <COMMAND>\n",
        "\nالأوامر:\n",
        "\nالخيارات:\n",
    ] {
        assert!(ar.contains(word), "{word:?} missing from:\n{ar}");
    }

    let en = help(&["restore", "--help"], &[]);
    for word in ["\nUsage: plenary restore", "\nArguments:\n", "\nOptions:\n"] {
        assert!(en.contains(word), "{word:?} missing from:\n{en}");
    }
}

/// `plenary` refusing its command line as clap does: exit code 2, nothing on stdout; its
/// stderr.
fn misused(args: &[&str], env: &[(&str, &str)]) -> String {
    let mut c = Command::new(env!("CARGO_BIN_EXE_plenary"));
    for v in ["LC_ALL", "LC_MESSAGES", "LANG", "PLENARY_DB"] {
        c.env_remove(v);
    }
    let out = c.envs(env.iter().copied()).args(args).output().unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
    assert!(out.stdout.is_empty(), "{args:?}");
    err
}

#[test]
fn parse_errors_are_said_in_the_language_chosen() {
    let es = misused(&["--lang", "es", "stak"], &[]);
    assert_eq!(
        es,
        "error: suborden desconocida: «stak»\n\n  consejo: hay una suborden parecida: «stack»\n\n\
         Uso: plenary [OPTIONS] <COMMAND>\n\nPara más información, prueba «--help».\n"
    );
    let missing = misused(
        &["stack", "add", "--item", "1.1"],
        &[("LANG", "es_ES.UTF-8")],
    );
    assert!(
        missing.starts_with("error: faltan estos argumentos obligatorios:\n  --name <NAME>\n"),
        "{missing}"
    );
    assert!(missing.contains("\nUso: plenary stack add"), "{missing}");
    let unknown = misused(&["--lang", "fr", "stack", "add", "--nam", "Eva"], &[]);
    assert!(
        unknown.contains("argument inattendu\u{a0}: «\u{a0}--nam\u{a0}»"),
        "{unknown}"
    );
    assert!(unknown.contains("«\u{a0}--name\u{a0}»"), "{unknown}");
    let no_value = misused(
        &["--lang", "de", "stack", "add", "--item", "1.1", "--name"],
        &[],
    );
    assert!(
        no_value.starts_with("Fehler: „--name <NAME>“ braucht einen Wert"),
        "{no_value}"
    );
    assert!(
        no_value.ends_with("\n\nMehr dazu mit „--help“.\n"),
        "{no_value}"
    );
    let el = misused(&["--lang", "el", "proposal", "kind"], &[]);
    assert!(el.contains("άγνωστη υποεντολή «kind»"), "{el}");
    assert!(!el.contains("unrecognized"), "{el}");

    // English is clap's own, byte for byte.
    let en = misused(&["stak"], &[]);
    assert_eq!(
        en,
        "error: unrecognized subcommand 'stak'\n\n  tip: a similar subcommand exists: 'stack'\n\n\
         Usage: plenary [OPTIONS] <COMMAND>\n\nFor more information, try '--help'.\n"
    );
    // `--version` stays clap's, on stdout, exit 0.
    let v = help(&["--lang", "es", "--version"], &[]);
    assert!(v.starts_with("plenary "), "{v}");
}

#[test]
fn rarer_parse_errors_are_said_in_the_language_chosen() {
    // A value its parser refuses: why, in words (Rust's "invalid digit found in string").
    let es = misused(
        &["--lang", "es", "search", "tiendas", "--limit", "abc"],
        &[],
    );
    // (clap gives no usage line with this kind.)
    assert_eq!(
        es,
        "error: valor no válido «abc» para «--limit <LIMIT>»: no es un número entero: \
         tiene caracteres que no son cifras\n\nPara más información, prueba «--help».\n"
    );
    // Arabic isolates the values it quotes (U+2068 … U+2069).
    let ar = misused(&["search", "x", "--limit=-1"], &[("LANG", "ar_EG.UTF-8")])
        .replace(['\u{2068}', '\u{2069}'], "");
    assert!(ar.contains("-1 ليس ضمن 0..=4294967295"), "{ar}");
    let el = misused(
        &["--lang", "el", "search", "x", "--limit", "4294967296"],
        &[],
    );
    assert!(
        el.contains("το 4294967296 δεν είναι στο διάστημα 0..=4294967295"),
        "{el}"
    );
    let pt = misused(
        &[
            "--lang",
            "pt",
            "stack",
            "limit",
            "--item",
            "1.1",
            "--seconds",
            "99999999999999999999",
        ],
        &[],
    );
    assert!(pt.contains(": o número é demasiado grande\n"), "{pt}");

    // Arguments that cannot go together, and one given twice.
    let de = misused(
        &[
            "--lang",
            "de",
            "stack",
            "limit",
            "--item",
            "1.1",
            "--seconds",
            "60",
            "--none",
        ],
        &[],
    );
    assert!(de.starts_with("Fehler: das Argument „"), "{de}");
    assert!(de.contains("“ kann nicht zusammen mit „"), "{de}");
    let fr = misused(
        &[
            "--lang", "fr", "search", "x", "--limit", "1", "--limit", "2",
        ],
        &[],
    );
    assert!(
        fr.contains(
            "l’argument «\u{a0}--limit <LIMIT>\u{a0}» ne peut pas être utilisé plusieurs fois"
        ),
        "{fr}"
    );
    for text in [&es, &ar, &el, &pt, &de, &fr] {
        for english in [
            "invalid",
            "is not in",
            "number too",
            "cannot be used",
            "Usage:",
        ] {
            assert!(!text.contains(english), "{english:?} in {text}");
        }
    }

    // English is clap's own, byte for byte.
    let en = misused(&["search", "x", "--limit", "abc"], &[]);
    assert!(
        en.starts_with(
            "error: invalid value 'abc' for '--limit <LIMIT>': invalid digit found in string\n"
        ),
        "{en}"
    );
}
