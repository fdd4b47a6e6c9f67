//! The core's errors are message ids of `i18n/<lang>/errors.ftl` and, for a bundle's
//! refusals, `errors-bundle.ftl`, with named arguments (`invalid!("wg-name-empty")`,
//! `not_found!("stack-no-such-entry", entry = id)`, `message!("bundle-not-signed")`; see
//! `src/error.rs`). This test reads the source of the core and of the desktop shell, finds
//! every such call, and fails when its id is not in English's catalogues or when the
//! arguments it passes are not exactly the placeholders the message uses — so that no
//! error reaches a person as a bare id or with a `{$name}` left in it. It also fails on an
//! `error-…` message no code uses. `tests/i18n.rs` then holds every other language to
//! English's messages and placeholders.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use plenary_core::error::is_code;
use plenary_core::i18n::Lang;
use plenary_core::Error;

/// The macros that make a message of an id: the refusals, a message by itself
/// (`message!`, `error_message!`: a bundle's reason, an `Io` error's context) and words
/// inside another message (`word!`).
const MACROS: &[&str] = &[
    "invalid!(",
    "not_found!(",
    "conflict!(",
    "not_allowed!(",
    "message!(",
    "error_message!(",
    "word!(",
];

/// English's catalogues of error messages.
const FILES: &[&str] = &["errors.ftl", "errors-bundle.ftl"];

/// One coded error in the source: where, its id (with `error-`), its argument names.
struct Use {
    at: String,
    id: String,
    args: BTreeSet<String>,
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The text between a macro's `(` (at `open`) and its matching `)`, strings skipped.
fn body(text: &str, open: usize) -> &str {
    let b = text.as_bytes();
    let (mut depth, mut i, mut in_str) = (1, open + 1, false);
    while depth > 0 && i < b.len() {
        match b[i] {
            b'\\' if in_str => i += 1,
            b'"' => in_str = !in_str,
            b'(' | b'[' | b'{' if !in_str => depth += 1,
            b')' | b']' | b'}' if !in_str => depth -= 1,
            _ => {}
        }
        i += 1;
    }
    &text[open + 1..i.saturating_sub(1)]
}

/// The top-level comma-separated parts of a macro's arguments.
fn parts(body: &str) -> Vec<&str> {
    let b = body.as_bytes();
    let (mut out, mut start, mut depth, mut in_str, mut i) = (Vec::new(), 0, 0, false, 0);
    while i < b.len() {
        match b[i] {
            b'\\' if in_str => i += 1,
            b'"' => in_str = !in_str,
            b'(' | b'[' | b'{' if !in_str => depth += 1,
            b')' | b']' | b'}' if !in_str => depth -= 1,
            b',' if !in_str && depth == 0 => {
                out.push(&body[start..i]);
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    out.push(&body[start..]);
    out.into_iter()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect()
}

fn uses() -> Vec<Use> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    rust_files(&root.join("../src"), &mut files);
    let mut out = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        for m in MACROS {
            for (at, _) in text.match_indices(m) {
                // `crate::invalid!(`, `plenary_core::invalid!(`: the same macro.
                if text[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                // An example in a comment.
                let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
                if text[line_start..at].contains("//") {
                    continue;
                }
                let args = parts(body(&text, at + m.len() - 1));
                let Some(first) = args.first() else { continue };
                let Some(id) = first.strip_prefix('"').and_then(|s| s.strip_suffix('"')) else {
                    continue; // the macro's own definition
                };
                let line = text[..at].matches('\n').count() + 1;
                // The macros take ids only (their `format!` branch is gone): a sentence
                // here would not even compile, but say where if one ever does.
                assert!(
                    is_code(id),
                    "{}:{line}: {id:?} is a sentence, not a message id of errors.ftl",
                    f.display()
                );
                out.push(Use {
                    at: format!("{}:{line}", f.display()),
                    id: format!("error-{id}"),
                    args: args[1..]
                        .iter()
                        .map(|a| a.split('=').next().unwrap_or_default().trim().to_string())
                        .collect(),
                });
            }
        }
    }
    out
}

/// English's error messages: id → the variables they use.
fn english() -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for file in FILES {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../i18n/en")
            .join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        let resource = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, e)| panic!("{}: {e:?}", path.display()));
        for entry in resource.body {
            if let Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(v) = &m.value {
                    pattern_vars(v, &mut vars);
                }
                let id = m.id.name.to_string();
                assert!(
                    out.insert(id.clone(), vars).is_none(),
                    "{id} is in two of {FILES:?}"
                );
            }
        }
    }
    out
}

fn pattern_vars(p: &Pattern<&str>, vars: &mut BTreeSet<String>) {
    for e in &p.elements {
        if let PatternElement::Placeable { expression } = e {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
        Expression::Inline(i) => inline_vars(i, vars),
    }
}

fn inline_vars(e: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

#[test]
fn every_error_id_the_core_uses_is_in_the_catalogue_with_its_placeholders() {
    let messages = english();
    let uses = uses();
    assert!(
        uses.len() >= 20,
        "the scan finds the coded errors (found {})",
        uses.len()
    );
    let mut problems = Vec::new();
    for u in &uses {
        match messages.get(&u.id) {
            None => problems.push(format!(
                "{}: {} is not in i18n/en/{}",
                u.at,
                u.id,
                FILES.join(" or ")
            )),
            Some(vars) if *vars != u.args => problems.push(format!(
                "{}: {} is given {:?} but its message uses {:?}",
                u.at, u.id, u.args, vars
            )),
            Some(_) => {}
        }
    }
    let fixed: Vec<String> = fixed_errors()
        .iter()
        .filter_map(|e| e.code().map(str::to_string))
        .collect();
    let used: BTreeSet<&str> = uses
        .iter()
        .map(|u| u.id.as_str())
        .chain(fixed.iter().map(String::as_str))
        .collect();
    for id in messages.keys() {
        if !used.contains(id.as_str()) {
            problems.push(format!("i18n/en: {id} is used by no error"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The errors that are not refusals but have words of their own (error.rs, `worded`).
fn fixed_errors() -> Vec<Error> {
    vec![
        Error::NoAssembly,
        Error::NewerDatabase {
            found: 31,
            known: 22,
        },
        Error::Locked,
        Error::Upgrading,
        Error::WrongPassphrase,
        Error::Database(rusqlite::Error::QueryReturnedNoRows),
        Error::Migration(rusqlite_migration::Error::InvalidUserVersion),
        Error::io(
            plenary_core::error_message!("io-cannot-open", path = "/tmp/plenary.db"),
            std::io::Error::new(std::io::ErrorKind::NotFound, "No such file or directory"),
        ),
    ]
}

#[test]
fn a_fixed_error_is_worded_from_its_code_and_its_english_is_its_display() {
    for e in fixed_errors() {
        let code = e.code().unwrap_or_else(|| panic!("{e:?} has no code"));
        assert_eq!(e.said_in(Lang::En), e.to_string(), "{code}");
        for lang in Lang::ALL.iter().copied().filter(|l| *l != Lang::En) {
            assert_ne!(
                e.said_in(lang),
                e.to_string(),
                "{code} is English in {lang}"
            );
        }
    }
    let v = serde_json::to_value(Error::NewerDatabase {
        found: 31,
        known: 22,
    })
    .unwrap();
    assert_eq!(v["code"], "error-newer-database");
    assert_eq!(v["args"], serde_json::json!({"found": 31, "known": 22}));
    let e = fixed_errors().pop().unwrap();
    assert_eq!(
        e.to_string(),
        "cannot open /tmp/plenary.db: No such file or directory"
    );
    let es = e.said_in(Lang::Es);
    assert!(
        es.starts_with("no se puede abrir /tmp/plenary.db: "),
        "{es}"
    );
    let v = serde_json::to_value(e).unwrap();
    assert_eq!(
        v["args"]["context"],
        serde_json::json!({
            "code": "error-io-cannot-open",
            "args": {"path": "/tmp/plenary.db"},
            "message": "cannot open /tmp/plenary.db"
        })
    );
}

#[test]
fn an_error_is_worded_in_the_language_asked_for_and_in_english_by_display() {
    let e = plenary_core::conflict!("wg-name-taken", name = "Kitchen");
    assert_eq!(e.kind(), "conflict");
    assert_eq!(e.code(), Some("error-wg-name-taken"));
    assert_eq!(
        e.to_string(),
        "there is already a working group called \"Kitchen\""
    );
    assert_eq!(e.said_in(Lang::En), e.to_string());
    assert_eq!(
        e.said_in(Lang::Es),
        "ya hay una comisión que se llama «Kitchen»"
    );
    // A status is a code; each language words it (a selector in the message).
    let e = plenary_core::conflict!("wg-status-unchanged", name = "Kitchen", status = "dormant");
    assert_eq!(
        e.to_string(),
        "working group \"Kitchen\" is already dormant"
    );
    assert_eq!(
        e.said_in(Lang::De),
        "die Arbeitsgruppe „Kitchen“ ist schon ruhend"
    );
    // An error not converted yet keeps its English in every language.
    let e = Error::Invalid("name is empty".into());
    assert_eq!(e.said_in(Lang::Ar), "name is empty");
    assert_eq!(e.code(), None);
}

/// The words without Fluent's isolation marks (Arabic's bundle wraps each placeable in
/// U+2068…U+2069 so that a Latin name cannot reorder the sentence).
fn plain(s: String) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
}

#[test]
fn a_refused_stack_action_and_a_refused_decision_are_said_in_spanish_and_arabic() {
    use plenary_core::agenda::NewAgendaItem;
    use plenary_core::decision::{check, DecisionInput};
    use plenary_core::meeting::NewMeeting;
    use plenary_core::rule::DecisionRule;
    use plenary_core::stack::EntryKind;
    use plenary_core::{Actor, Db};

    let mut db = Db::open_in_memory().unwrap();
    db.init_assembly("Test Assembly", "TST", None).unwrap();
    let m = db
        .new_meeting(
            Actor::Facilitator,
            &NewMeeting {
                date: "2026-03-01".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let item = db
        .add_agenda_item(
            Actor::Facilitator,
            &NewAgendaItem {
                meeting: m.reference.clone(),
                kind: "discussion".into(),
                title: "Kitchen rota".into(),
                ..Default::default()
            },
        )
        .unwrap();
    db.open_meeting(Actor::Facilitator, m.id).unwrap();
    db.stack_add(Actor::Facilitator, item.id, "Sam", EntryKind::Speak, false)
        .unwrap();
    let e = db
        .stack_add(Actor::Facilitator, item.id, "Sam", EntryKind::Speak, false)
        .unwrap_err();
    assert_eq!(e.kind(), "conflict");
    assert_eq!(
        e.to_string(),
        "Sam is already waiting on the stack of TST-GA-1.1 to speak; a person waits at most once per band"
    );
    assert_eq!(
        e.said_in(Lang::Es),
        "Sam ya está esperando en la pila de TST-GA-1.1 para tomar la palabra; una persona espera como mucho una vez por tipo de turno"
    );
    assert_eq!(
        plain(e.said_in(Lang::Ar)),
        "Sam ينتظر بالفعل في قائمة المتحدثين في TST-GA-1.1 لطلب الكلمة؛ لا ينتظر الشخص إلا مرة واحدة في كل فئة"
    );

    let e = check(
        &DecisionInput {
            support: 30,
            against: 2,
            ..Default::default()
        },
        DecisionRule::Consensus,
    )
    .unwrap_err();
    assert_eq!(e.kind(), "invalid-input");
    assert_eq!(
        e.to_string(),
        "under consensus there are no votes against (2 entered): record disagreement as a stand-aside or a block"
    );
    assert_eq!(
        e.said_in(Lang::Es),
        "en un consenso no hay votos en contra (2 anotados): anota el desacuerdo como apartamiento o como bloqueo"
    );
    assert_eq!(
        plain(e.said_in(Lang::Ar)),
        "في التوافق لا توجد أصوات معارضة (2 مُدخلة): سجّلوا الخلاف تنحّيًا أو اعتراضًا مانعًا"
    );
}
