//! The message catalogues (`i18n/<lang>/*.ftl`): every language has every file of
//! English, each English message with exactly English's placeholders, and nothing else;
//! every file parses; every word the core looks up by a code exists.
//!
//! The UI's catalogue files (`app.ftl` and the others beside `minutes.ftl`) are checked
//! here too: one test for both shells.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use plenary_core::i18n::{tr, Lang};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../i18n")
}

/// Every message of one file: id → the variables its value and attributes use.
fn messages(path: &Path) -> Result<BTreeMap<String, BTreeSet<String>>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let resource = fluent_syntax::parser::parse(text.as_str()).map_err(|(_, errors)| {
        format!(
            "{}: {}",
            path.display(),
            errors
                .iter()
                .map(|e| format!("{e:?}"))
                .collect::<Vec<_>>()
                .join("; ")
        )
    })?;
    let mut out = BTreeMap::new();
    for entry in resource.body {
        match entry {
            Entry::Message(m) => {
                let mut vars = BTreeSet::new();
                if let Some(v) = &m.value {
                    pattern_vars(v, &mut vars);
                }
                for a in &m.attributes {
                    pattern_vars(&a.value, &mut vars);
                }
                if out.insert(m.id.name.to_string(), vars).is_some() {
                    return Err(format!(
                        "{}: {} is defined twice",
                        path.display(),
                        m.id.name
                    ));
                }
            }
            Entry::Junk { content } => {
                return Err(format!("{}: cannot read {content:?}", path.display()))
            }
            _ => {}
        }
    }
    Ok(out)
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
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, vars);
            }
            for a in &arguments.named {
                inline_vars(&a.value, vars);
            }
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

fn files(lang: &str) -> BTreeSet<String> {
    std::fs::read_dir(root().join(lang))
        .unwrap_or_else(|e| panic!("i18n/{lang}: {e}"))
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".ftl"))
        .collect()
}

#[test]
fn there_is_one_catalogue_folder_per_language() {
    let dirs: BTreeSet<String> = std::fs::read_dir(root())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    let langs: BTreeSet<String> = Lang::ALL.iter().map(|l| l.code().to_string()).collect();
    assert_eq!(dirs, langs, "i18n/ holds exactly one folder per language");
}

/// What is wrong with the catalogues, one line each (empty when nothing is).
fn problems() -> Vec<String> {
    let mut problems = Vec::new();
    let english = files("en");
    assert!(english.contains("minutes.ftl"));
    for lang in Lang::ALL {
        let code = lang.code();
        let theirs = files(code);
        for f in theirs.difference(&english) {
            problems.push(format!("i18n/{code}/{f}: English has no such file"));
        }
        for f in &english {
            let reference = match messages(&root().join("en").join(f)) {
                Ok(m) => m,
                Err(e) => {
                    problems.push(e);
                    continue;
                }
            };
            if !theirs.contains(f) {
                problems.push(format!("i18n/{code}/{f} is missing"));
                continue;
            }
            let translated = match messages(&root().join(code).join(f)) {
                Ok(m) => m,
                Err(e) => {
                    problems.push(e);
                    continue;
                }
            };
            for (id, vars) in &reference {
                match translated.get(id) {
                    None => problems.push(format!("i18n/{code}/{f}: {id} is missing")),
                    Some(v) => {
                        for missing in vars.difference(v) {
                            problems.push(format!("i18n/{code}/{f}: {id} does not use ${missing}"));
                        }
                        for unknown in v.difference(vars) {
                            problems.push(format!(
                                "i18n/{code}/{f}: {id} uses ${unknown}, which English does not give"
                            ));
                        }
                    }
                }
            }
            for id in translated.keys().filter(|id| !reference.contains_key(*id)) {
                problems.push(format!("i18n/{code}/{f}: {id} is not in English"));
            }
        }
    }
    problems
}

/// A message id defined in two files of one language: the UI adds all of a language's
/// files to one bundle, where the second definition would be dropped unseen.
fn defined_twice() -> Vec<String> {
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let code = lang.code();
        let mut seen: BTreeMap<String, String> = BTreeMap::new();
        for f in files(code) {
            let Ok(ids) = messages(&root().join(code).join(&f)) else {
                continue; // reported by `problems`
            };
            for id in ids.into_keys() {
                if let Some(first) = seen.insert(id.clone(), f.clone()) {
                    problems.push(format!("i18n/{code}: {id} is in both {first} and {f}"));
                }
            }
        }
    }
    problems
}

#[test]
fn a_message_is_defined_in_one_file_of_a_language() {
    let problems = defined_twice();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_language_has_every_message_with_the_same_placeholders() {
    let problems = problems();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_check_finds_a_missing_message_and_a_wrong_placeholder() {
    // The same walk on two small catalogues made for this test, so the check above is
    // known to fail when it should.
    let dir = tempfile::tempdir().unwrap();
    let en = dir.path().join("en.ftl");
    let xx = dir.path().join("xx.ftl");
    std::fs::write(
        &en,
        "a = { $n } blocks\nb = Hello\nc = { $name } ({ $when })\n",
    )
    .unwrap();
    std::fs::write(&xx, "a = { $count } bloqueos\nc = { $name }\nd = extra\n").unwrap();
    let (en, xx) = (messages(&en).unwrap(), messages(&xx).unwrap());
    assert!(!xx.contains_key("b"));
    assert_ne!(en["a"], xx["a"]);
    assert!(en["c"].difference(&xx["c"]).any(|v| v == "when"));
    assert!(!en.contains_key("d"));
    std::fs::write(dir.path().join("bad.ftl"), "a = { $n\n").unwrap();
    assert!(messages(&dir.path().join("bad.ftl")).is_err());
}

#[test]
fn the_core_compiles_in_the_files_on_disk() {
    for lang in Lang::ALL {
        for (name, text) in plenary_core::i18n::catalogue_files(*lang) {
            let on_disk = std::fs::read_to_string(root().join(lang.code()).join(name)).unwrap();
            assert_eq!(*text, on_disk, "i18n/{lang}/{name}");
        }
    }
}

/// Words the core looks up by a code (`outcome-passed`, `item-kind-soapbox`) exist for
/// every code, in every language.
#[test]
fn every_code_has_its_words() {
    use plenary_core::agenda::{ItemKind, ItemStatus};
    use plenary_core::decision::{Outcome, WgVoice};
    use plenary_core::meeting::MeetingRole;
    use plenary_core::stack::EntryKind;
    use plenary_core::Actor;
    let mut ids: Vec<String> = Vec::new();
    ids.extend(ItemKind::ALL.iter().map(|k| format!("item-kind-{k}")));
    ids.extend(ItemStatus::ALL.iter().map(|k| format!("item-status-{k}")));
    ids.extend(Outcome::ALL.iter().map(|k| format!("outcome-{k}")));
    ids.extend(WgVoice::ALL.iter().map(|k| format!("voice-{k}")));
    ids.extend(EntryKind::ALL.iter().map(|k| format!("entry-{k}")));
    ids.extend(Actor::ALL.iter().map(|k| format!("actor-{k}")));
    ids.extend(MeetingRole::USUAL.iter().map(|k| format!("role-{k}")));
    for lang in Lang::ALL {
        for id in &ids {
            assert_ne!(&tr(*lang, id, None), id, "{lang}: {id}");
        }
    }
}
