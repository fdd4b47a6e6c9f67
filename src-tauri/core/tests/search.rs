//! Search across every assembly and namesakes (issue #17): ranking on crafted data, the
//! origin of imported hits, every kind found, the index following an edit, a correction,
//! an amendment, an import and a forgetting (the name gone from the index's bytes too),
//! what a person may type, the previous release's database indexed by the migration, and
//! the command line.

use std::path::Path;
use std::process::Command;

use chrono::{TimeZone, Utc};
use plenary_core::agenda::{NewAgendaItem, ReportBackInput};
use plenary_core::bundle::{ExportOptions, ImportOptions};
use plenary_core::meeting::NewMeeting;
use plenary_core::proposal::versions::AmendInput;
use plenary_core::proposal::NewProposal;
use plenary_core::search::{HitKind, SearchQuery, SearchResults, TargetView};
use plenary_core::wg::NewWg;
use plenary_core::{Actor, Db};
use uuid::Uuid;

const A: Actor = Actor::Cli;

fn find(db: &Db, text: &str) -> SearchResults {
    db.search(&SearchQuery {
        text: text.into(),
        limit: Some(50),
        ..Default::default()
    })
    .unwrap()
}

fn titles(r: &SearchResults) -> Vec<String> {
    r.hits.iter().map(|h| h.title.clone()).collect()
}

fn assembly(name: &str, code: &str) -> Db {
    let mut db = Db::open_in_memory().unwrap();
    db.set_now(Some(Utc.with_ymd_and_hms(2026, 11, 20, 18, 0, 0).unwrap()));
    db.init_assembly(name, code, None).unwrap();
    db
}

fn wg(db: &mut Db, name: &str, description: &str) -> Uuid {
    db.add_wg(
        A,
        &NewWg {
            name: name.into(),
            category: "operational".into(),
            status: None,
            description: description.into(),
            contact: String::new(),
            schedule: String::new(),
        },
    )
    .unwrap()
    .id
}

fn proposal(db: &mut Db, title: &str, text: &str) -> Uuid {
    db.new_proposal(
        A,
        &NewProposal {
            title: title.into(),
            text: text.into(),
            wg: None,
            by: None,
            date: None,
        },
    )
    .unwrap()
    .id
}

fn import(into: &mut Db, from: &Db) {
    let bytes = from
        .export_bundle_bytes(&ExportOptions::default())
        .unwrap()
        .0;
    into.import_bundle(
        &bytes,
        &ImportOptions {
            file_name: "other.plenary".into(),
            ..Default::default()
        },
    )
    .unwrap();
}

/// Lakeside, another assembly, with a bike workshop and a proposal about a kitchen.
fn lakeside() -> Db {
    let mut db = assembly("Lakeside Assembly", "LAK");
    wg(
        &mut db,
        "Food Kitchen",
        "Cooks meals for the camp every day; stoves, pots and donations.",
    );
    wg(
        &mut db,
        "Bike Workshop",
        "Repairs bicycles for free on Saturdays.",
    );
    proposal(
        &mut db,
        "A gas stove for the food kitchen",
        "The Food Kitchen asks for a second gas stove and a fire blanket.",
    );
    db
}

#[test]
fn an_exact_title_beats_a_passing_mention() {
    let mut db = assembly("Riverside Assembly", "RIV");
    proposal(
        &mut db,
        "Winter tents",
        "We need more tents before the frost. In passing: the bicycle repair people offered \
         to carry the poles, and the rest of this long text is about tents, pegs, ropes, \
         tarpaulins, pallets for the floor and who keeps the keys of the storage container.",
    );
    wg(&mut db, "Bicycle Repair", "Fixes bikes.");
    let r = find(&db, "bicycle repair");
    assert_eq!(r.total, 2, "{:?}", titles(&r));
    assert_eq!(r.hits[0].kind, HitKind::Wg);
    assert_eq!(r.hits[0].title, "Bicycle Repair");
    assert_eq!(r.hits[1].kind, HitKind::Proposal);
    assert!(
        r.hits[1].snippet.contains("bicycle repair people"),
        "the snippet shows where: {:?}",
        r.hits[1].snippet
    );
    // While typing, the last word is the start of a word.
    assert_eq!(find(&db, "bicycle rep").total, 2);
    assert_eq!(find(&db, "bicycle rep ").total, 0);
}

#[test]
fn every_kind_is_found_with_its_target() {
    let mut db = Db::open_in_memory().unwrap();
    plenary_core::demo::fill(&mut db).unwrap();
    let r = find(&db, "kitchen");
    let kinds: std::collections::BTreeSet<HitKind> = r.hits.iter().map(|h| h.kind).collect();
    for k in [
        HitKind::Wg,
        HitKind::Proposal,
        HitKind::Decision,
        HitKind::Minutes,
    ] {
        assert!(kinds.contains(&k), "{k} among {:?}", titles(&r));
    }
    for h in &r.hits {
        let view = match h.kind {
            HitKind::Wg => TargetView::Wg,
            HitKind::ReportBack => TargetView::Meeting,
            HitKind::Proposal | HitKind::Decision => TargetView::Proposal,
            HitKind::Minutes => TargetView::Minutes,
        };
        assert_eq!(h.target.view, view, "{h:?}");
        assert!(h.is_local && h.origin_code == "RIV", "{h:?}");
    }
    // A report-back: the demo's first summary, found by a word of it.
    let summary: String = db
        .conn()
        .query_row(
            "SELECT summary FROM report_backs WHERE summary <> '' ORDER BY rowid LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let word = summary
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() >= 6)
        .max_by_key(|w| w.len())
        .unwrap()
        .to_string();
    let r = find(&db, &format!("{word} "));
    assert!(
        r.hits.iter().any(|h| h.kind == HitKind::ReportBack
            && h.title.starts_with("Report-back: ")
            && h.reference
                .as_deref()
                .is_some_and(|x| x.starts_with("RIV-GA-"))),
        "{word}: {:?}",
        titles(&r)
    );
}

#[test]
fn hits_from_imported_assemblies_carry_their_origin_and_a_filter_keeps_one() {
    let mut db = Db::open_in_memory().unwrap();
    plenary_core::demo::fill(&mut db).unwrap();
    let lak = lakeside();
    import(&mut db, &lak);
    let r = find(&db, "kitchen");
    let theirs: Vec<_> = r.hits.iter().filter(|h| !h.is_local).collect();
    assert!(
        theirs
            .iter()
            .any(|h| h.title == "Food Kitchen" && h.kind == HitKind::Wg),
        "{:?}",
        titles(&r)
    );
    for h in &theirs {
        assert_eq!(
            (h.origin_code.as_str(), h.origin_name.as_str()),
            ("LAK", "Lakeside Assembly")
        );
    }
    let lak_id = db.assembly_by_code("lak").unwrap();
    let only = db
        .search(&SearchQuery {
            text: "kitchen".into(),
            assembly: Some(lak_id),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(only.total, 2, "{:?}", titles(&only));
    assert!(only.hits.iter().all(|h| h.origin_id == lak_id));
    assert!(db.assembly_by_code("NOPE").is_err());
}

#[test]
fn what_a_person_types_is_never_a_syntax_error() {
    let mut db = assembly("Riverside Assembly", "RIV");
    wg(
        &mut db,
        "Outreach",
        "Leaflets \"and\" posters * near the square (NEAR the river).",
    );
    for text in [
        "\"",
        "\"\"",
        "*",
        "NEAR(",
        "NEAR(outreach",
        "outreach\"",
        "out*",
        "AND",
        "OR OR",
        "NOT outreach",
        "title:outreach",
        "^outreach",
        "-outreach",
        "(outreach",
        "outreach)",
        "{title}: x",
        "'; DROP TABLE working_groups; --",
        "\u{0}",
        "🎉",
    ] {
        let r = db.search(&SearchQuery {
            text: text.into(),
            ..Default::default()
        });
        assert!(r.is_ok(), "{text:?}: {r:?}");
    }
    assert_eq!(find(&db, "NEAR(outreach").total, 0, "NEAR is a word");
    assert_eq!(find(&db, "near").total, 1);
    assert_eq!(find(&db, "\"outreach\"").total, 1);
    assert_eq!(find(&db, "outreach)").total, 1);
    // Too long is refused with what is wrong, not cut.
    let e = db
        .search(&SearchQuery {
            text: "a".repeat(201),
            ..Default::default()
        })
        .unwrap_err();
    assert_eq!(e.kind(), "invalid-input");
    assert!(e.to_string().contains("at most 200"), "{e}");
    let words = vec!["w"; 13].join(" ");
    assert!(db
        .search(&SearchQuery {
            text: words,
            ..Default::default()
        })
        .is_err());
}

#[test]
fn a_page_of_hits_is_bounded_and_says_there_are_more() {
    let mut db = assembly("Riverside Assembly", "RIV");
    for i in 0..30 {
        wg(&mut db, &format!("Tent group {i}"), "Tents.");
    }
    let first = db
        .search(&SearchQuery {
            text: "tent".into(),
            limit: Some(500),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(first.hits.len(), 30);
    let page = db
        .search(&SearchQuery {
            text: "tent".into(),
            limit: Some(20),
            offset: 20,
            ..Default::default()
        })
        .unwrap();
    assert_eq!((page.hits.len(), page.total, page.more), (10, 30, false));
    let page = db
        .search(&SearchQuery {
            text: "tent".into(),
            limit: Some(20),
            ..Default::default()
        })
        .unwrap();
    assert_eq!((page.hits.len(), page.more), (20, true));
}

/// An edit, a correction, an amendment and an import: the index follows each in the
/// transaction that made it.
#[test]
fn the_index_follows_edits_corrections_amendments_and_imports() {
    let mut db = assembly("Riverside Assembly", "RIV");
    wg(&mut db, "Kitchen", "Feeds the square.");
    let m = db
        .new_meeting(
            A,
            &NewMeeting {
                date: "2026-11-20".into(),
                place: "The square".into(),
                policy: None,
                number: None,
                starts_at: None,
                format: None,
            },
        )
        .unwrap();
    let item = db
        .add_agenda_item(
            A,
            &NewAgendaItem {
                meeting: m.id.to_string(),
                kind: "report-back".into(),
                title: "Kitchen".into(),
                allotted_minutes: None,
                wg: Some("Kitchen".into()),
                proposal: None,
            },
        )
        .unwrap();
    db.open_meeting(A, m.id).unwrap();
    let rb = |summary: &str| ReportBackInput {
        wg: Some("Kitchen".into()),
        on_behalf_of: None,
        presenter: None,
        summary: Some(summary.into()),
        asks: None,
        announcements: None,
        clear: vec![],
    };
    db.record_report_back(A, item.id, &rb("We cooked lentils all week."))
        .unwrap();
    db.set_item_notes(A, item.id, "Volunteers wanted for the zucchini harvest.")
        .unwrap();
    assert_eq!(find(&db, "lentils").hits[0].kind, HitKind::ReportBack);
    assert_eq!(find(&db, "zucchini").hits[0].kind, HitKind::Minutes);
    // An edit while the GA is open.
    db.set_item_notes(A, item.id, "Volunteers wanted for the pumpkin harvest.")
        .unwrap();
    assert_eq!(find(&db, "zucchini").total, 0);
    assert_eq!(find(&db, "pumpkin").total, 1);
    // A correction after it closed.
    db.close_meeting(A, m.id).unwrap();
    db.record_report_back(A, item.id, &rb("We cooked chickpeas all week."))
        .unwrap();
    assert_eq!(find(&db, "lentils").total, 0);
    assert_eq!(find(&db, "chickpeas").total, 1);
    // An amendment: the new text and the old one both find the proposal, once.
    let p = proposal(&mut db, "Buy a stove", "Buy a small stove.");
    let a = db
        .amend_proposal(
            A,
            p,
            &AmendInput {
                text: "Buy a large induction stove.".into(),
                by: "Sam".into(),
                item: None,
                accepted: Some(true),
            },
        )
        .unwrap();
    assert_eq!(db.amendment(a.id).unwrap().version, Some(2));
    assert_eq!(db.proposal(p).unwrap().text, "Buy a large induction stove.");
    for word in ["induction", "small"] {
        let r = find(&db, word);
        assert_eq!(r.total, 1, "{word}: {:?}", titles(&r));
        assert_eq!(r.hits[0].record_id, p);
    }
    // An import, then a newer one that renames what it imported.
    let lak = lakeside();
    import(&mut db, &lak);
    assert_eq!(find(&db, "bicycles").hits[0].origin_code, "LAK");
    lak.conn()
        .execute(
            "UPDATE working_groups SET description = 'Repairs tricycles.', revision = revision + 1 WHERE name = 'Bike Workshop'",
            [],
        )
        .unwrap();
    import(&mut db, &lak);
    assert_eq!(find(&db, "bicycles").total, 0);
    assert_eq!(find(&db, "tricycles").total, 1);
}

/// The bytes of every file in a folder (the database and its log).
fn bytes_of(dir: &Path) -> Vec<u8> {
    let mut all = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        if e.path().is_file() {
            all.extend(std::fs::read(e.path()).unwrap());
        }
    }
    all
}

fn holds(hay: &[u8], needle: &str) -> bool {
    hay.windows(needle.len()).any(|w| w == needle.as_bytes())
}

#[test]
fn a_forgotten_name_is_gone_from_search_and_from_the_index_bytes() {
    const NAME: &str = "Zebulon Quixotewright";
    let dir = tempfile::tempdir().unwrap();
    let mut db = Db::open(&dir.path().join("riverside.db")).unwrap();
    plenary_core::demo::fill(&mut db).unwrap();
    let person = db.add_person(A, NAME, None).unwrap().id;
    let meeting = db.meetings().unwrap().into_iter().last().unwrap();
    let item = db.agenda(meeting.id).unwrap()[0].id;
    db.set_item_notes(
        Actor::MinuteTaker,
        item,
        "Zebulon Quixotewright offered the ladders; Quixotewright will bring them.",
    )
    .unwrap();
    assert_eq!(find(&db, "quixotewright").total, 1);
    db.conn()
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
        .unwrap();
    assert!(holds(&bytes_of(dir.path()), "quixotewright"), "indexed");

    db.forget_person(A, person).unwrap();
    assert_eq!(find(&db, "quixotewright").total, 0);
    assert_eq!(find(&db, "zebulon").total, 0);
    assert_eq!(find(&db, "ladders").total, 1, "the rest stays findable");
    let term: i64 = db
        .conn()
        .query_row(
            "SELECT count(*) FROM search_terms WHERE term IN ('quixotewright', 'zebulon')",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(term, 0, "the terms are gone from the index");
    drop(db);
    let bytes = bytes_of(dir.path());
    for needle in ["quixotewright", "Quixotewright", "zebulon", "Zebulon"] {
        assert!(!holds(&bytes, needle), "{needle} is still in the files");
    }
}

#[test]
fn namesakes_are_the_alike_records_of_other_assemblies() {
    let mut db = Db::open_in_memory().unwrap();
    plenary_core::demo::fill(&mut db).unwrap();
    let lak = lakeside();
    import(&mut db, &lak);
    let kitchen = db.resolve_wg("Kitchen").unwrap();
    let n = db.wg_namesakes(kitchen).unwrap();
    assert!(!n.is_empty() && n.len() <= 5);
    assert_eq!(n[0].title, "Food Kitchen", "{n:?}");
    assert_eq!(n[0].origin_code, "LAK");
    assert!(n.iter().all(|x| x.origin_code != "RIV"), "only elsewhere");
    // Not by exact name only: the same words in the description find it.
    let mut other = assembly("Hillside Assembly", "HIL");
    wg(
        &mut other,
        "Comedor Popular",
        "The people's canteen: meals, stoves and donations for the camp.",
    );
    import(&mut db, &other);
    let n = db.wg_namesakes(kitchen).unwrap();
    assert!(n.iter().any(|x| x.title == "Comedor Popular"), "{n:?}");
    // The other way: Lakeside's kitchen finds Riverside's.
    let food = db.resolve_wg("LAK:Food Kitchen").or_else(|_| {
        db.conn().query_row(
            "SELECT id FROM working_groups WHERE name = 'Food Kitchen'",
            [],
            |r| r.get(0),
        )
    });
    let n = db.wg_namesakes(food.unwrap()).unwrap();
    assert!(
        n.iter()
            .any(|x| x.title == "Kitchen" && x.origin_code == "RIV"),
        "{n:?}"
    );

    // A proposal's namesakes say what became of them.
    let stove: Uuid = db
        .conn()
        .query_row(
            "SELECT id FROM proposals WHERE title = 'A gas stove for the food kitchen'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let n = db.proposal_namesakes(stove).unwrap();
    let riv = n
        .iter()
        .find(|x| x.title == "Buy a second gas stove for the kitchen")
        .unwrap_or_else(|| panic!("{n:?}"));
    assert_eq!(riv.status, "decided");
    assert_eq!(riv.outcome.as_deref(), Some("consensus"));
    assert_eq!(riv.reference.as_deref(), Some("RIV-P-2026-001"));

    // Who works on what: a page of WGs, each with its counterparts elsewhere.
    let page = db
        .who_works_on_what(
            &Default::default(),
            &plenary_core::paging::PageRequest::first(200),
        )
        .unwrap();
    let row = page
        .items
        .iter()
        .find(|r| r.wg.wg.name == "Kitchen")
        .unwrap();
    assert!(row.counterparts.len() <= 3);
    assert_eq!(row.counterparts[0].title, "Food Kitchen");
}

const FIXTURES: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/previous-release"
);

#[test]
fn the_previous_release_database_is_indexed_by_the_migration() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("riverside.db");
    std::fs::copy(Path::new(FIXTURES).join("riverside-demo.db"), &path).unwrap();
    let db = Db::open(&path).unwrap();
    let r = find(&db, "kitchen");
    assert!(r.total >= 5, "{:?}", titles(&r));
    let indexed: i64 = db
        .conn()
        .query_row("SELECT count(*) FROM search_docs", [], |r| r.get(0))
        .unwrap();
    let wgs: i64 = db
        .conn()
        .query_row("SELECT count(*) FROM working_groups", [], |r| r.get(0))
        .unwrap();
    let proposals: i64 = db
        .conn()
        .query_row("SELECT count(*) FROM proposals", [], |r| r.get(0))
        .unwrap();
    assert!(
        indexed >= wgs + proposals,
        "{indexed} < {wgs} + {proposals}"
    );
    // Migration 0021: the namesake indexes hold every WG and proposal, and the filter by
    // assembly works on the index made again.
    side_indexes_are_whole(&db);
    assert_eq!(
        (count(&db, "namesake_wgs"), count(&db, "namesake_proposals")),
        (wgs, proposals)
    );
    let riv = db.local_id().unwrap();
    let mine = db
        .search(&SearchQuery {
            text: "kitchen".into(),
            assembly: Some(riv),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(mine.total, r.total, "every hit is the assembly's own");
}

fn plenary(db: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_plenary"))
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn the_command_line_searches_with_json_and_an_assembly() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("riverside.db");
    {
        let mut db = Db::open(&path).unwrap();
        plenary_core::demo::fill(&mut db).unwrap();
        import(&mut db, &lakeside());
    }
    let out = plenary(&path, &["search", "kitchen", "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let hits = v["hits"].as_array().unwrap();
    assert!(v["total"].as_u64().unwrap() >= 5);
    assert_eq!(v["more"], false);
    let h = &hits[0];
    for key in [
        "kind",
        "record_id",
        "title",
        "reference",
        "state",
        "snippet",
        "origin_code",
        "origin_name",
        "is_local",
        "target",
    ] {
        assert!(h.get(key).is_some(), "{key} in {h}");
    }
    assert!(h["target"]["view"].is_string() && h["target"]["id"].is_string());

    let out = plenary(&path, &["search", "kitchen", "--assembly", "LAK", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let hits = v["hits"].as_array().unwrap();
    assert_eq!(hits.len(), 2, "{v}");
    assert!(hits.iter().all(|h| h["origin_code"] == "LAK"));

    let out = plenary(&path, &["search", "food", "kitchen"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("Food Kitchen") && text.contains("LAK"),
        "{text}"
    );
    assert!(text.contains("hits 1–"), "{text}");

    let out = plenary(&path, &["search", "kitchen", "--assembly", "NOPE"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("NOPE"));
    let out = plenary(&path, &["search", "*(", "\""]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("no hits"));
}

/// When the words are nearly everywhere (more than COUNT_CAP records), ranking every match
/// would cost what the history holds: the records whose title has them come first, best
/// first, then the others, the most recently written first, a page at a time.
#[test]
fn words_found_nearly_everywhere_put_titles_first_then_the_newest() {
    let mut db = assembly("Riverside Assembly", "RIV");
    let tents = wg(&mut db, "Tents", "Shelter for the camp.");
    for i in 0..1001 {
        wg(
            &mut db,
            &format!("Group {i}"),
            "We keep the tents in the hall.",
        );
    }
    let r = find(&db, "tents ");
    assert!(r.total_is_lower_bound && r.total == 1000, "{:?}", r.total);
    assert_eq!(r.hits[0].record_id, tents);
    assert_eq!(r.hits[1].title, "Group 1000", "then the newest");
    assert_eq!(r.hits[2].title, "Group 999");
    assert!(r.more);
    let page = db
        .search(&SearchQuery {
            text: "tents ".into(),
            offset: 50,
            limit: Some(50),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(page.hits.len(), 50);
    assert_eq!(page.hits[0].title, "Group 951");
    assert!(page.more);
    // Filtered to the assembly: the same order.
    let riv = db.local_id().unwrap();
    let mine = db
        .search(&SearchQuery {
            text: "tents ".into(),
            assembly: Some(riv),
            limit: Some(3),
            ..Default::default()
        })
        .unwrap();
    let titles: Vec<&str> = mine.hits.iter().map(|h| h.title.as_str()).collect();
    assert_eq!(titles, ["Tents", "Group 1000", "Group 999"]);
    // Words in no title at all: the newest first, page after page.
    let hall = find(&db, "hall ");
    assert!(hall.total_is_lower_bound);
    assert_eq!(hall.hits[0].title, "Group 1000");
    assert_eq!(hall.hits[1].title, "Group 999");
    let page = db
        .search(&SearchQuery {
            text: "hall ".into(),
            offset: 50,
            limit: Some(50),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(page.hits[0].title, "Group 950");
    assert!(page.more);
}

fn count(db: &Db, table: &str) -> i64 {
    db.conn()
        .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}

/// The namesake indexes (0021) hold exactly one row per WG and per proposal, under the
/// record's search_docs id; the titles' index (0027) one row per document, and every word
/// finds there the records whose title has it in `search_fts`.
fn side_indexes_are_whole(db: &Db) {
    assert_eq!(count(db, "search_titles"), count(db, "search_docs"));
    let words: Vec<String> = db
        .conn()
        .prepare("SELECT term FROM search_terms ORDER BY term")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let titled = |index: &str, w: &str| -> Vec<i64> {
        db.conn()
            .prepare(&format!(
                "SELECT rowid FROM {index} WHERE {index} MATCH ?1 ORDER BY rowid"
            ))
            .unwrap()
            .query_map([format!("{{title}} : \"{w}\"")], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    for w in &words {
        assert_eq!(
            titled("search_titles", w),
            titled("search_fts", w),
            "titles with {w:?}"
        );
    }
    for (table, kind, records) in [
        ("namesake_wgs", "wg", "working_groups"),
        ("namesake_proposals", "proposal", "proposals"),
    ] {
        let missing: i64 = db
            .conn()
            .query_row(
                &format!(
                    "SELECT count(*) FROM {records} x
                      WHERE NOT EXISTS (SELECT 1 FROM search_docs d JOIN {table} n ON n.rowid = d.id
                                         WHERE d.kind = '{kind}' AND d.record_id = x.id)"
                ),
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(missing, 0, "{records} not in {table}");
        assert_eq!(count(db, table), count(db, records), "{table}");
    }
}

fn namesake_titles(n: &[plenary_core::search::Namesake]) -> Vec<String> {
    n.iter()
        .map(|x| format!("{}:{}", x.origin_code, x.title))
        .collect()
}

#[test]
fn the_namesake_index_follows_amendments_imports_undo_and_forgetting() {
    let mut db = Db::open_in_memory().unwrap();
    plenary_core::demo::fill(&mut db).unwrap();
    side_indexes_are_whole(&db);
    let kitchen = db.resolve_wg("Kitchen").unwrap();
    assert!(
        db.wg_namesakes(kitchen).unwrap().is_empty(),
        "no other assembly yet"
    );

    // An import brings their WGs and proposals into the namesake indexes.
    let mut lak = lakeside();
    let bytes = lak
        .export_bundle_bytes(&ExportOptions::default())
        .unwrap()
        .0;
    let report = db
        .import_bundle(
            &bytes,
            &ImportOptions {
                file_name: "lakeside.plenary".into(),
                ..Default::default()
            },
        )
        .unwrap();
    side_indexes_are_whole(&db);
    let n = db.wg_namesakes(kitchen).unwrap();
    assert_eq!(namesake_titles(&n)[0], "LAK:Food Kitchen");

    // An amendment of theirs, imported again: the proposal's current text is what is
    // matched (its old words no longer find it).
    let stove: Uuid = lak
        .conn()
        .query_row(
            "SELECT id FROM proposals WHERE title = 'A gas stove for the food kitchen'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    lak.amend_proposal(
        A,
        stove,
        &AmendInput {
            text: "The Food Kitchen asks for a composting toilet near the orchard.".into(),
            by: "Ana".into(),
            item: None,
            accepted: Some(true),
        },
    )
    .unwrap();
    let mut toilet = assembly("Orchard Assembly", "ORC");
    let ours = proposal(
        &mut toilet,
        "Composting toilet",
        "A composting toilet for the orchard camp.",
    );
    import(&mut toilet, &lak);
    let n = toilet.proposal_namesakes(ours).unwrap();
    assert!(
        namesake_titles(&n).contains(&"LAK:A gas stove for the food kitchen".to_string()),
        "the amended text finds it: {n:?}"
    );
    side_indexes_are_whole(&toilet);

    // Undoing the import takes their rows out of the namesake indexes.
    db.undo_import(report.received_id.unwrap()).unwrap();
    side_indexes_are_whole(&db);
    assert!(db.wg_namesakes(kitchen).unwrap().is_empty(), "undone");

    // Forgetting a person rewrites their name out of a WG's description: gone from the
    // namesake index's terms too.
    import(&mut db, &lak);
    let person = db.add_person(A, "Zebulon Quixotewright", None).unwrap().id;
    db.conn()
        .execute(
            "UPDATE working_groups SET description = description || ' Ask Zebulon Quixotewright.' WHERE id = ?1",
            [kitchen],
        )
        .unwrap();
    let terms = |db: &Db| -> i64 {
        db.conn()
            .query_row(
                "SELECT count(*) FROM namesake_wg_terms WHERE term = 'quixotewright'",
                [],
                |r| r.get(0),
            )
            .unwrap()
    };
    assert_eq!(terms(&db), 1);
    db.forget_person(A, person).unwrap();
    assert_eq!(
        terms(&db),
        0,
        "the forgotten name is gone from the namesake index"
    );
    side_indexes_are_whole(&db);
}

#[test]
fn namesakes_skip_numbers_and_words_held_by_too_many_records() {
    // A number in a name tells nothing about what a group works on.
    let mut db = assembly("Riverside Assembly", "RIV");
    let ours = wg(&mut db, "Banner WG 12", "Makes banners.");
    let mut other = assembly("Lakeside Assembly", "LAK");
    wg(&mut other, "Library 12", "Lends books.");
    wg(&mut other, "Banner painters", "Paints banners for marches.");
    import(&mut db, &other);
    let n = db.wg_namesakes(ours).unwrap();
    assert_eq!(
        namesake_titles(&n),
        ["LAK:Banner painters"],
        "the number 12 tells nothing; the banners do"
    );
    // A word held by more records than a namesake query may rank is not used: 2,001
    // WGs elsewhere say "banners" (and nothing else), and ours is found by none.
    let mut many = assembly("Hillside Assembly", "HIL");
    for i in 0..2001 {
        wg(&mut many, &format!("Group {i}"), "Banners.");
    }
    import(&mut db, &many);
    let n = db.wg_namesakes(ours).unwrap();
    assert_eq!(
        namesake_titles(&n),
        ["LAK:Banner painters"],
        "by 'banner' only"
    );
    // A proposal is never its own namesake, nor its assembly's.
    let p = proposal(&mut db, "Paint banners", "Paint banners for the march.");
    proposal(
        &mut db,
        "Paint more banners",
        "Paint banners for the march.",
    );
    assert!(db.proposal_namesakes(p).unwrap().is_empty());
}

#[test]
fn an_import_preview_leaves_the_search_indexes_unchanged() {
    let mut db = Db::open_in_memory().unwrap();
    plenary_core::demo::fill(&mut db).unwrap();
    let lak = lakeside();
    let bytes = lak
        .export_bundle_bytes(&ExportOptions::default())
        .unwrap()
        .0;
    let sizes = |db: &Db| {
        [
            "search_docs",
            "search_fts",
            "search_titles",
            "namesake_wgs",
            "namesake_proposals",
            "search_terms",
            "namesake_wg_terms",
            "search_paused",
        ]
        .map(|t| count(db, t))
    };
    let before = sizes(&db);
    let changes = db.conn().total_changes();
    let report = db
        .import_bundle(
            &bytes,
            &ImportOptions {
                file_name: "lakeside.plenary".into(),
                dry_run: true,
                ..Default::default()
            },
        )
        .unwrap();
    assert!(report.dry_run && !report.changed);
    // Rolled back, the index would look the same either way: what shows that nothing was
    // indexed is what the dry run wrote meanwhile (SQLite counts the triggers' rows too):
    // about one row per staged record (and the pause), not the ten or so each record's
    // indexing writes (search_docs, search_fts, the namesake index, the deletes before).
    let written = db.conn().total_changes() - changes;
    let records = report.totals.new + report.totals.updated + report.totals.deleted;
    assert!(records >= 5, "{:?}", report.totals);
    assert!(
        written < 2 * records,
        "the dry run wrote {written} rows for {records} records: it indexed them"
    );
    assert_eq!(sizes(&db), before, "nothing indexed, nothing paused");
    assert_eq!(find(&db, "bicycles").total, 0);
    // The real import afterwards indexes as ever.
    import(&mut db, &lak);
    assert_eq!(find(&db, "bicycles").hits[0].origin_code, "LAK");
    side_indexes_are_whole(&db);
}

#[test]
fn the_assembly_column_is_never_matched_by_a_word_being_typed() {
    // The index's origin column holds each record's assembly as 32 hex digits (0021):
    // typing the first digits of one must not find every record of it.
    let db = lakeside();
    let hex = db.local_id().unwrap().simple().to_string();
    for typed in [&hex[..2], &hex[..3]] {
        assert_eq!(find(&db, typed).total, 0, "{typed}");
    }
    let only = db
        .search(&SearchQuery {
            text: hex[..3].to_string(),
            assembly: Some(db.local_id().unwrap()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(only.total, 0);
}

/// For every word the producer's index holds: the records it finds (kind and id), in `db`,
/// among `origin`'s records — after merging the index's segments, so that what was
/// deleted or written again is gone from the word lists, not only marked.
fn index_of(db: &Db, origin: Uuid) -> Vec<(String, Vec<(String, Uuid)>)> {
    for t in ["search_fts", "namesake_wgs", "namesake_proposals"] {
        db.conn()
            .execute(&format!("INSERT INTO {t} ({t}) VALUES ('optimize')"), [])
            .unwrap();
    }
    let mut out = Vec::new();
    for (fts, terms) in [
        ("search_fts", "search_terms"),
        ("namesake_wgs", "namesake_wg_terms"),
        ("namesake_proposals", "namesake_proposal_terms"),
    ] {
        let words: Vec<String> = db
            .conn()
            .prepare(&format!("SELECT term FROM {terms} ORDER BY term"))
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        let mut st = db
            .conn()
            .prepare(&format!(
                "SELECT d.kind, d.record_id FROM {fts} f JOIN search_docs d ON d.id = f.rowid
                  WHERE {fts} MATCH ?1 AND d.origin = ?2 ORDER BY d.kind, d.record_id"
            ))
            .unwrap();
        for w in words {
            let found: Vec<(String, Uuid)> = st
                .query_map(rusqlite::params![format!("\"{w}\""), origin], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            if !found.is_empty() {
                out.push((format!("{fts}: {w}"), found));
            }
        }
    }
    out
}

/// A whole history imported is indexed in one pass after its records are written (the
/// triggers paused: `search::index_in_bulk`), a later bundle of what changed by the
/// triggers: either way every word finds, here, exactly the records it finds in the
/// assembly that made them (whose index its own triggers kept).
#[test]
fn an_imported_history_is_indexed_as_its_own_assembly_indexes_it() {
    let mut theirs = Db::open_in_memory().unwrap();
    let today = Utc::now().date_naive();
    plenary_core::demo::fill_as_of(&mut theirs, today - chrono::Days::new(10)).unwrap();
    let origin = theirs.local_id().unwrap();
    let mut ours = assembly("Orchard Assembly", "ORC");
    import(&mut ours, &theirs);
    let want = index_of(&theirs, origin);
    assert!(want.len() > 300, "the demo's words: {}", want.len());
    assert_eq!(
        index_of(&ours, origin),
        want,
        "a whole history, indexed in one pass"
    );
    side_indexes_are_whole(&ours);

    // What changed since: a new proposal and its amendment, a new WG (fewer records than
    // their documents here, so the triggers index them).
    theirs.set_now(Some(Utc::now()));
    let stove = proposal(
        &mut theirs,
        "Water for the camp",
        "A tank for drinking water by the info tent.",
    );
    theirs
        .amend_proposal(
            A,
            stove,
            &AmendInput {
                text: "A composting toilet near the orchard, and a rain barrel.".into(),
                by: "Ana".into(),
                item: None,
                accepted: Some(true),
            },
        )
        .unwrap();
    wg(
        &mut theirs,
        "Seed Library",
        "Swaps heirloom seeds every spring.",
    );
    let (bytes, summary) = theirs
        .export_bundle_bytes(&ExportOptions {
            since: Some(Utc::now().date_naive().to_string()),
            ..Default::default()
        })
        .unwrap();
    let report = ours
        .import_bundle(
            &bytes,
            &ImportOptions {
                file_name: "since.plenary".into(),
                ..Default::default()
            },
        )
        .unwrap();
    assert!(report.totals.new + report.totals.updated > 0);
    let docs: i64 = ours
        .conn()
        .query_row(
            "SELECT count(*) FROM search_docs WHERE origin = ?1",
            [origin],
            |r| r.get(0),
        )
        .unwrap();
    assert!(
        (summary.records as i64) < docs,
        "a bundle smaller than the history ({} records): indexed by the triggers",
        summary.records
    );
    let want = index_of(&theirs, origin);
    assert!(want.iter().any(|(w, _)| w == "search_fts: heirloom"));
    assert!(want.iter().any(|(w, _)| w == "namesake_proposals: barrel"));
    assert_eq!(index_of(&ours, origin), want, "and what changed since");
    side_indexes_are_whole(&ours);
}

/// The word being typed is found at every length: 1 to 4 characters from the index's
/// prefix indexes (0025), longer ones by merging the words it starts; accents folded as
/// in whole words, and an assembly filter kept.
#[test]
fn a_word_being_typed_finds_every_word_it_starts_at_every_length() {
    let mut db = assembly("Riverside Assembly", "RIV");
    wg(&mut db, "Bicycle Repair", "Fixes bicycles on Sundays.");
    wg(&mut db, "Bicyclists United", "Rides to the square.");
    wg(&mut db, "Bilingual Leaflets", "Translations into Spanish.");
    wg(&mut db, "Café Collective", "Coffee for the camp.");
    let mut lak = lakeside();
    wg(&mut lak, "Bicycle Kitchen", "Bicycles for everyone.");
    import(&mut db, &lak);
    let sorted = |text: &str, assembly: Option<Uuid>| -> Vec<String> {
        let r = db
            .search(&SearchQuery {
                text: text.into(),
                assembly,
                limit: Some(50),
                ..Default::default()
            })
            .unwrap();
        let mut t: Vec<String> = r
            .hits
            .iter()
            .filter(|h| h.kind == HitKind::Wg)
            .map(|h| h.title.clone())
            .collect();
        t.sort();
        t
    };
    let all_bi = [
        "Bicycle Kitchen",
        "Bicycle Repair",
        "Bicyclists United",
        "Bike Workshop",
        "Bilingual Leaflets",
    ];
    assert_eq!(sorted("b", None), all_bi);
    assert_eq!(sorted("bi", None), all_bi);
    assert_eq!(
        sorted("bic", None),
        [
            "Bicycle Kitchen",
            "Bicycle Repair",
            "Bicyclists United",
            "Bike Workshop"
        ],
        "its description repairs bicycles"
    );
    assert_eq!(
        sorted("bicy", None),
        [
            "Bicycle Kitchen",
            "Bicycle Repair",
            "Bicyclists United",
            "Bike Workshop"
        ],
        "its description repairs bicycles"
    );
    assert_eq!(
        sorted("bicycl", None),
        [
            "Bicycle Kitchen",
            "Bicycle Repair",
            "Bicyclists United",
            "Bike Workshop"
        ],
        "its description repairs bicycles"
    );
    assert_eq!(sorted("bicycli", None), ["Bicyclists United"]);
    assert_eq!(
        sorted("bicycle ", None),
        ["Bicycle Kitchen", "Bicycle Repair"]
    );
    assert_eq!(sorted("bil", None), ["Bilingual Leaflets"]);
    assert_eq!(sorted("caf", None), ["Café Collective"]);
    assert_eq!(sorted("cafe", None), ["Café Collective"]);
    // Filtered to one assembly, at a length read from a prefix index and at a longer one.
    let ours = Some(db.local_id().unwrap());
    assert_eq!(sorted("bic", ours), ["Bicycle Repair", "Bicyclists United"]);
    assert_eq!(
        sorted("bicyc", ours),
        ["Bicycle Repair", "Bicyclists United"]
    );
    assert!(sorted("bx", None).is_empty());
}

/// What the search found before its faster paths (0027's titles' index, a prefix asked
/// as the words it starts, the column filter only where an assembly's token could
/// match): the plain FTS5 queries on `search_fts` alone — the record ids of one page, in
/// order, and the capped total.
fn plain_search(db: &Db, text: &str, assembly: Option<Uuid>, offset: u32) -> (Vec<Uuid>, u64) {
    const CAP: i64 = 1000;
    let limit = 50u32;
    let Some(words) = plenary_core::search::fts_query(text) else {
        return (Vec::new(), 0);
    };
    let scope = |query: String| match assembly {
        None => query,
        Some(a) => format!("({query}) AND origin : \"{}\"", a.simple()),
    };
    let words = match words.strip_suffix('*') {
        None => words,
        Some(_) => match words.rsplit_once(' ') {
            Some((whole, typing)) => format!("({whole}) AND ({{title body}} : {typing})"),
            None => format!("{{title body}} : {words}"),
        },
    };
    let c = db.conn();
    let count = |fts: &str| -> i64 {
        c.query_row(
            "SELECT count(*) FROM (SELECT 1 FROM search_fts WHERE search_fts MATCH ?1 LIMIT ?2)",
            rusqlite::params![fts, CAP + 1],
            |r| r.get(0),
        )
        .unwrap()
    };
    let ranked = |fts: &str, best: bool, limit: u32, offset: u32| -> Vec<Uuid> {
        let (score, by) = if best {
            ("bm25(search_fts, 5.0, 1.0, 0.0)", "score, rowid")
        } else {
            ("0", "rowid DESC")
        };
        c.prepare(&format!(
            "SELECT d.record_id FROM (SELECT rowid, {score} AS score FROM search_fts
               WHERE search_fts MATCH ?1 ORDER BY {by} LIMIT ?2 OFFSET ?3) f
               JOIN search_docs d ON d.id = f.rowid"
        ))
        .unwrap()
        .query_map(rusqlite::params![fts, limit, offset], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
    };
    let fts = scope(words.clone());
    let total = count(&fts);
    let want = limit + 1;
    let mut found = if total <= CAP {
        ranked(&fts, true, want, offset)
    } else {
        let titled = scope(format!("{{title}} : ({words})"));
        let t = count(&titled);
        if t > CAP || t == 0 {
            ranked(&fts, false, want, offset)
        } else {
            let mut found = Vec::new();
            if i64::from(offset) < t {
                found = ranked(&titled, true, want, offset);
            }
            let rest = format!("({fts}) NOT ({titled})");
            let skip = (i64::from(offset) - t).max(0) as u32;
            let need = want - found.len() as u32;
            found.extend(ranked(&rest, false, need, skip));
            found
        }
    };
    found.truncate(limit as usize);
    (found, total.min(CAP) as u64)
}

/// The faster paths find what the plain FTS5 queries find, page for page and in the same
/// order: the word being typed at every length (from the prefix indexes up to 4
/// characters, asked as the words it starts beyond), alone and after whole words, two
/// whole words, words in no title, in few titles and in more than 1,000, over every
/// assembly and filtered to one — and a prefix of an assembly's own token.
#[test]
fn the_faster_paths_find_what_the_plain_queries_find() {
    let mut db = assembly("Riverside Assembly", "RIV");
    wg(&mut db, "Volunteer Tents", "Volunteers put up the tents.");
    wg(&mut db, "Voluntary Kitchen", "Cooks volunteer every night.");
    wg(&mut db, "Volume Control", "The sound system, not too loud.");
    proposal(
        &mut db,
        "Tents for the volunteers",
        "Buy ten tents for the volunteers of the kitchen.",
    );
    for i in 0..1100 {
        let description = match i % 4 {
            0 => "Volunteers keep the tents dry at the camp.",
            1 => "A voluntary rota of volunteers for the kitchen and the tents of the camp.",
            2 => "The volume of the sound system at night, the volunteers' camp.",
            _ => "Volunteering at the camp kitchen, every night.",
        };
        let name = if i % 50 == 0 {
            format!("Kitchen Volunteers {i}")
        } else {
            format!("Group {i}")
        };
        wg(&mut db, &name, description);
    }
    let mut lak = lakeside();
    wg(&mut lak, "Volunteer Bikes", "Volunteers repair bicycles.");
    import(&mut db, &lak);
    let riv = db.local_id().unwrap();
    let hex = riv.simple().to_string();
    let mut texts: Vec<String> = (1..="volunteers".len())
        .map(|n| "volunteers"[..n].to_string())
        .collect();
    texts.extend(
        [
            "Volunt",
            "kitchen volun",
            "tents volunte",
            "group vol",
            "night volunteeri",
            "volunteers ",
            "tents kitchen ",
            "kitchen volunteers ",
            "group ",
            "night ",
            "volume ",
            "camp ",
            "camp volun",
            "volúnt",
            "voluntzzz",
        ]
        .map(String::from),
    );
    texts.push(hex[..6].to_string());
    let mut checked = 0;
    for text in &texts {
        for assembly in [None, Some(riv)] {
            for offset in [0, 40] {
                let r = db
                    .search(&SearchQuery {
                        text: text.clone(),
                        assembly,
                        offset,
                        limit: Some(50),
                    })
                    .unwrap();
                let got: Vec<Uuid> = r.hits.iter().map(|h| h.record_id).collect();
                let (want, total) = plain_search(&db, text, assembly, offset);
                assert_eq!(r.total, total, "{text:?} {assembly:?} +{offset}: total");
                assert_eq!(got, want, "{text:?} {assembly:?} +{offset}: hits");
                checked += usize::from(!got.is_empty());
            }
        }
    }
    assert!(checked > 40, "the queries find something: {checked}");
    // Each branch is taken: few matches (ranked), over 1,000 with no title, with a few
    // titles first, and with too many titles to rank.
    let volume = find(&db, "volume ");
    assert!(volume.total > 200 && !volume.total_is_lower_bound);
    let camp = find(&db, "camp ");
    assert!(camp.total_is_lower_bound);
    assert!(camp
        .hits
        .iter()
        .all(|h| !h.title.to_lowercase().contains("camp")));
    let typed = find(&db, "volunte");
    assert!(typed.total_is_lower_bound);
    assert!(typed.hits[..20]
        .iter()
        .all(|h| h.title.to_lowercase().contains("volunte")));
    assert!(!typed.hits[40].title.to_lowercase().contains("volunte"));
    let group = find(&db, "group ");
    assert!(group.total_is_lower_bound && group.hits[0].title == "Group 1099");
}
