//! Ten years that hear from other assemblies: each other assembly arrives through a real
//! signed bundle (its own key, its own records), nothing is refused, the federation
//! summary knows them all, and the file is written, reused, or refused as promised.

use plenary_core::federation::OriginFilter;
use plenary_core::paging::PageRequest;
use plenary_core::Db;
use plenary_dataset::federated::{build_file, import_others, other_spec, Others};
use plenary_dataset::tenyears::{generate, Spec};

fn count(db: &Db, sql: &str) -> i64 {
    db.conn().query_row(sql, [], |r| r.get(0)).unwrap()
}

#[test]
fn other_assemblies_arrive_as_signed_bundles() {
    let mut db = Db::open_in_memory().unwrap();
    let ours = generate(&mut db, &Spec::scaled(0.001)).unwrap();
    let others = Others {
        count: 3,
        scale: 0.002,
    };
    let imported = import_others(&mut db, &others).unwrap();
    assert_eq!(
        imported.iter().map(|i| i.code.as_str()).collect::<Vec<_>>(),
        ["RIV", "HBR", "MLB"]
    );
    // Four assemblies, each with its own key; ours is the only local one.
    assert_eq!(count(&db, "SELECT count(*) FROM assemblies"), 4);
    assert_eq!(
        count(
            &db,
            "SELECT count(DISTINCT public_key) FROM assemblies WHERE public_key IS NOT NULL"
        ),
        4
    );
    assert_eq!(
        count(&db, "SELECT count(*) FROM assemblies WHERE is_local = 1"),
        1
    );
    // Each bundle was received and kept, and each assembly owns its meetings and proposals.
    assert_eq!(count(&db, "SELECT count(*) FROM received_bundles"), 3);
    let theirs = Spec::scaled(0.002);
    for code in ["RIV", "HBR", "MLB"] {
        let meetings = count(
            &db,
            &format!(
                "SELECT count(*) FROM meetings m JOIN assemblies a ON a.id = m.origin WHERE a.code = '{code}'"
            ),
        );
        assert_eq!(meetings as usize, theirs.gas, "{code}");
        let proposals = count(
            &db,
            &format!(
                "SELECT count(*) FROM proposals p JOIN assemblies a ON a.id = p.origin WHERE a.code = '{code}'"
            ),
        );
        assert_eq!(proposals as usize, theirs.proposals, "{code}");
    }
    // Their stacks stayed home: ours are the only stack entries.
    assert_eq!(
        count(&db, "SELECT count(*) FROM stack_entries"),
        ours.stack_entries
    );
    for i in &imported {
        assert!(i.records > 0 && i.bundle_bytes > 0, "{i:?}");
    }
    // The federation view's summary lists every assembly.
    let summary = db.federation_summary().unwrap();
    let text = serde_json::to_string(&summary).unwrap();
    for name in [
        "Riverside General Assembly",
        "Harbourtown General Assembly",
        "Millbrook General Assembly",
    ] {
        assert!(text.contains(name), "{name} missing from {text}");
    }
    let page = db
        .decisions_page(&OriginFilter::default(), &PageRequest::first(5))
        .unwrap();
    assert!(page.total > 0);
}

#[test]
fn other_specs_differ_from_ours_and_each_other() {
    let ours = Spec::ten_years();
    let a = other_spec(0, 0.1);
    let b = other_spec(1, 0.1);
    let k = other_spec(10, 0.1);
    assert_eq!(a.gas, 150, "a busy year");
    assert!(a.seed != ours.seed && a.seed != b.seed && k.seed != a.seed);
    assert!(a.code != b.code && k.code != a.code && a.code != ours.code);
    assert_eq!(k.code, "RIV2");
}

#[test]
fn the_file_is_made_once_then_reused_and_others_are_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ten.db");
    let spec = Spec::scaled(0.001);
    let others = Others {
        count: 1,
        scale: 0.001,
    };
    let (db, imported) = build_file(&path, &spec, &others).unwrap();
    assert_eq!(imported.len(), 1);
    assert_eq!(count(&db, "SELECT count(*) FROM assemblies"), 2);
    drop(db);
    assert!(dir.path().join("ten.db.key").exists());
    // Same options: reused as it is (nothing imported again).
    let (db, again) = build_file(&path, &spec, &others).unwrap();
    assert!(again.is_empty());
    assert_eq!(count(&db, "SELECT count(*) FROM received_bundles"), 1);
    drop(db);
    // Other options: refused, and the file is untouched.
    let before = std::fs::read(&path).unwrap();
    let Err(err) = build_file(&path, &Spec::scaled(0.002), &others) else {
        panic!("a file made with other options was reused");
    };
    assert!(err.to_string().contains("remove it"), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
    // Any other file (say, a real database) is never replaced.
    let real = dir.path().join("plenary.db");
    std::fs::write(&real, b"not ours").unwrap();
    assert!(build_file(&real, &spec, &others).is_err());
    assert_eq!(std::fs::read(&real).unwrap(), b"not ours");
}
