//! The conformance suite of docs/conformance/ (issue 13): generated from the format's rules
//! by tests/support/conformance.rs, committed, and run here against Plenary's importer —
//! the same way any other implementation can run it (docs/conformance/README.md).
//! Regenerate with `UPDATE_CONFORMANCE=1 cargo test -p plenary-core --test bundle_conformance`.

mod common;
#[path = "support/conformance.rs"]
mod conformance;

use std::collections::BTreeMap;
use std::path::PathBuf;

use plenary_core::bundle::ImportOptions;
use plenary_core::Db;
use serde_json::{json, Value};

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../docs/conformance/cases")
}

/// Every file of the suite as the generator makes it: path under cases/ → bytes.
fn generated() -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut index = Vec::new();
    for c in conformance::cases() {
        let before: Vec<String> = (1..=c.before.len())
            .map(|i| format!("before-{i}.plenary"))
            .collect();
        for (name, bytes) in before.iter().zip(&c.before) {
            files.insert(format!("{}/{name}", c.name), bytes.clone());
        }
        files.insert(format!("{}/bundle.plenary", c.name), c.bundle.clone());
        let expected = json!({
            "about": c.about,
            "rule": format!("docs/bundle-format.md, \"{}\"", c.rule),
            "importer": {"name": conformance::IMPORTER.0, "code": conformance::IMPORTER.1},
            "before": before,
            "bundle": "bundle.plenary",
            "expect": c.expect,
        });
        let mut text = serde_json::to_string_pretty(&expected).unwrap();
        text.push('\n');
        files.insert(format!("{}/case.json", c.name), text.into_bytes());
        index.push(c.name);
    }
    files.insert(
        "index.txt".into(),
        format!("{}\n", index.join("\n")).into_bytes(),
    );
    files
}

fn committed() -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    let root = dir();
    let mut stack = vec![root.clone()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let rel = p
                    .strip_prefix(&root)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                files.insert(rel, std::fs::read(&p).unwrap());
            }
        }
    }
    files
}

#[test]
fn the_suite_is_what_the_generator_makes() {
    let want = generated();
    if std::env::var_os("UPDATE_CONFORMANCE").is_some() {
        let _ = std::fs::remove_dir_all(dir());
        for (name, bytes) in &want {
            let p = dir().join(name);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, bytes).unwrap();
        }
    }
    let have = committed();
    let stale: Vec<&String> = want
        .keys()
        .chain(have.keys())
        .filter(|k| want.get(*k) != have.get(*k))
        .collect();
    assert!(
        stale.is_empty(),
        "docs/conformance is stale ({stale:?}): run `UPDATE_CONFORMANCE=1 cargo test -p plenary-core --test bundle_conformance` and commit the result"
    );
}

/// Runs one case as docs/conformance/README.md says, against Plenary.
fn run(name: &str) -> Result<(), String> {
    let case_dir = dir().join(name);
    let case: Value =
        serde_json::from_slice(&std::fs::read(case_dir.join("case.json")).unwrap()).unwrap();
    let mut db = Db::open_in_memory().unwrap();
    db.init_assembly(
        case["importer"]["name"].as_str().unwrap(),
        case["importer"]["code"].as_str().unwrap(),
        None,
    )
    .unwrap();
    let opts = |dry_run| ImportOptions {
        file_name: format!("{name}.plenary"),
        dry_run,
        ..Default::default()
    };
    for b in case["before"].as_array().unwrap() {
        let bytes = std::fs::read(case_dir.join(b.as_str().unwrap())).unwrap();
        db.import_bundle(&bytes, &opts(false))
            .map_err(|e| format!("before: {e}"))?;
    }
    let bytes = std::fs::read(case_dir.join(case["bundle"].as_str().unwrap())).unwrap();
    let expect = &case["expect"];
    let before = common::dump(&db);
    let dry = db.import_bundle(&bytes, &opts(true));
    if common::dump(&db) != before {
        return Err("the dry run wrote something".into());
    }
    let real = db.import_bundle(&bytes, &opts(false));
    match expect["result"].as_str() {
        Some("refused") => {
            let want = expect["reason"].as_str().unwrap();
            for (what, r) in [("dry run", &dry), ("import", &real)] {
                match r {
                    Ok(_) => return Err(format!("{what}: imported, expected refused ({want})")),
                    Err(e) if !e.to_string().contains(want) => {
                        return Err(format!("{what}: refused with {e:?}, expected {want:?}"))
                    }
                    Err(_) => {}
                }
            }
            if common::dump(&db) != before {
                return Err("a refused bundle wrote something".into());
            }
        }
        Some("imported") => {
            let (dry, real) = (
                dry.map_err(|e| format!("dry run: {e}"))?,
                real.map_err(|e| format!("import: {e}"))?,
            );
            for (what, r) in [("dry run", &dry), ("import", &real)] {
                let totals = serde_json::to_value(&r.totals).unwrap();
                if totals != expect["totals"] {
                    return Err(format!(
                        "{what}: totals {totals}, expected {}",
                        expect["totals"]
                    ));
                }
                let mut got: Vec<(String, String, String)> = r
                    .refusals
                    .iter()
                    .map(|f| (f.table.clone(), f.id.to_string(), f.reason.clone()))
                    .collect();
                got.sort();
                let mut want: Vec<(String, String, String)> = expect["refused"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|f| {
                        (
                            f["table"].as_str().unwrap().into(),
                            f["id"].as_str().unwrap().into(),
                            f["reason"].as_str().unwrap().into(),
                        )
                    })
                    .collect();
                want.sort();
                let matches = got.len() == want.len()
                    && got
                        .iter()
                        .zip(&want)
                        .all(|(g, w)| g.0 == w.0 && g.1 == w.1 && g.2.contains(&w.2));
                if !matches {
                    return Err(format!("{what}: refused {got:?}, expected {want:?}"));
                }
            }
        }
        other => return Err(format!("unknown expected result {other:?}")),
    }
    Ok(())
}

#[test]
fn plenary_passes_the_conformance_suite() {
    let index = std::fs::read_to_string(dir().join("index.txt")).unwrap();
    let failures: Vec<String> = index
        .lines()
        .filter_map(|name| run(name).err().map(|e| format!("{name}: {e}")))
        .collect();
    assert!(index.lines().count() >= 40, "the suite has shrunk");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
