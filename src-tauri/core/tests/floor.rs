//! The fair floor through the database and the command line (ga-process.md, "Fair
//! floor"): a policy changed mid-item reorders the stack with its reasons, is journaled
//! with its reason, listed in the minutes and taken back by undo; sub-lists are chosen by
//! the person; a cap refuses a further entry; refusals write nothing.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::{dump, refused};
use plenary_core::agenda::NewAgendaItem;
use plenary_core::meeting::NewMeeting;
use plenary_core::minutes::{MinutesFormat, MinutesOptions, RenderOptions};
use plenary_core::stack::{EntryKind, ReasonCode};
use plenary_core::{Actor, Db};
use uuid::Uuid;

const K: Actor = Actor::StackKeeper;
const F: Actor = Actor::Facilitator;

/// GA 1 (open) with items 1.1 (under way) and 1.2.
fn setup() -> (Db, Uuid, Uuid, Uuid) {
    let mut db = common::db();
    db.set_now(Some("2026-03-01T19:00:00Z".parse().unwrap()));
    let m = db
        .new_meeting(
            F,
            &NewMeeting {
                date: "2026-03-01".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let items: Vec<Uuid> = ["Tents", "Food"]
        .iter()
        .map(|t| {
            db.add_agenda_item(
                F,
                &NewAgendaItem {
                    meeting: m.reference.clone(),
                    kind: "discussion".into(),
                    title: t.to_string(),
                    ..Default::default()
                },
            )
            .unwrap()
            .id
        })
        .collect();
    db.open_meeting(F, m.id).unwrap();
    db.start_item(F, items[0]).unwrap();
    (db, m.id, items[0], items[1])
}

fn waiting(db: &Db, item: Uuid) -> Vec<(String, String)> {
    db.stack_view(item)
        .unwrap()
        .waiting
        .into_iter()
        .map(|w| (w.name, w.reason.label))
        .collect()
}

fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn switching_to_alternating_lists_mid_item_reorders_with_reasons_and_undo_takes_it_back() {
    let (mut db, m, item, _) = setup();
    db.stack_add(K, item, "Sam", EntryKind::Speak, false)
        .unwrap();
    db.stack_add_on_list(K, item, "Alex", EntryKind::Speak, false, Some("women"))
        .unwrap();
    db.stack_add(K, item, "Kim", EntryKind::Speak, false)
        .unwrap();
    db.stack_add_on_list(K, item, "Lee", EntryKind::Speak, false, Some("women"))
        .unwrap();
    assert_eq!(
        db.stack_view(item).unwrap().policy_label,
        "progressive stack"
    );
    let before = dump(&db);

    let p = db
        .set_floor_policy(
            F,
            m,
            "fifo, alternate:women|open",
            "the assembly asked for a quota",
            None,
        )
        .unwrap();
    assert_eq!(p.to_string(), "fifo,alternate:women|open");
    let v = db.stack_view(item).unwrap();
    assert_eq!(v.floor_policy_text, "fifo,alternate:women|open");
    assert_eq!(
        v.policy_label,
        "first come, first served; alternating lists: women | open"
    );
    assert_eq!(
        waiting(&db, item),
        pairs(&[
            ("Alex", "women list's turn"),
            ("Sam", "open list's turn"),
            ("Lee", "women list's turn"),
            ("Kim", "open list's turn"),
        ])
    );
    assert_eq!(v.waiting[0].list.as_deref(), Some("women"));
    assert_eq!(
        v.undo.unwrap().label,
        "set the floor policy to first come, first served; alternating lists: women | open"
    );

    // Alex speaks for the women's list: the open list's turn comes next.
    assert_eq!(db.stack_next(K, item).unwrap().unwrap().name, "Alex");
    assert_eq!(db.stack_next(K, item).unwrap().unwrap().name, "Sam");
    assert_eq!(
        db.stack_view(item).unwrap().waiting[0].reason.code,
        ReasonCode::ListTurn
    );
    assert_eq!(waiting(&db, item)[0].0, "Lee");

    // The change is journaled with its reason and listed in the minutes.
    let journaled: String = db
        .conn()
        .query_row(
            "SELECT detail FROM journal WHERE action = 'meeting.policy'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(
        journaled.contains("the assembly asked for a quota"),
        "{journaled}"
    );
    let changes = db.floor_policy_changes(m).unwrap();
    assert_eq!(changes.len(), 1);
    assert_eq!(changes[0].before, "progressive");
    assert_eq!(changes[0].item_reference.as_deref(), Some("TST-GA-1.1"));
    let md = &db
        .render_minutes(
            m,
            MinutesFormat::Markdown,
            MinutesOptions::default(),
            &RenderOptions::local(),
        )
        .unwrap()[0]
        .text;
    assert!(
        md.contains("- 19:00: progressive → first come, first served; alternating lists: women \\| open (during TST-GA-1.1) — the assembly asked for a quota") && md.contains("the assembly asked for a quota"),
        "{md}"
    );

    // Undo walks back through the two `next`s and then the policy change: exactly as before.
    for _ in 0..3 {
        db.stack_undo(K, item).unwrap();
    }
    assert_eq!(
        dump(&db)
            .split("## ")
            .filter(|s| !s.starts_with("journal\n"))
            .collect::<String>(),
        before
            .split("## ")
            .filter(|s| !s.starts_with("journal\n"))
            .collect::<String>()
    );
    assert_eq!(db.floor_policy(m).unwrap().to_string(), "progressive");
}

#[test]
fn a_cap_refuses_a_further_entry_with_the_reason() {
    let (mut db, m, item, other) = setup();
    db.set_floor_policy(F, m, "progressive,cap:1", "", None)
        .unwrap();
    db.stack_add(K, item, "Sam", EntryKind::Speak, false)
        .unwrap();
    db.stack_next(K, item).unwrap();
    refused(&mut db, "conflict", "Sam has had 1 speech on TST-GA-1.1: the floor policy of GA 1 allows at most 1 per person per item", |db| {
        db.stack_add(K, item, "Sam", EntryKind::Speak, false)
    });
    // A point of process is still taken, and another item has its own count.
    db.stack_add(K, item, "Sam", EntryKind::Process, false)
        .unwrap();
    db.stack_add(K, other, "Sam", EntryKind::Speak, false)
        .unwrap();
}

#[test]
fn next_passes_by_someone_the_cap_was_lowered_under() {
    let (mut db, m, item, _) = setup();
    db.stack_add(K, item, "Sam", EntryKind::Speak, false)
        .unwrap();
    db.stack_next(K, item).unwrap();
    db.stack_add(K, item, "Sam", EntryKind::Speak, false)
        .unwrap();
    db.stack_add(K, item, "Kim", EntryKind::Speak, false)
        .unwrap();
    db.set_floor_policy(F, m, "fifo,cap:1", "too many repeat speakers", None)
        .unwrap();
    let v = db.stack_view(item).unwrap();
    assert_eq!(v.waiting[1].name, "Sam");
    assert!(v.waiting[1].passed_by);
    assert_eq!(
        v.waiting[1].reason.label,
        "waits: has had 1 speech on this item, the cap is 1"
    );
    assert_eq!(db.stack_next(K, item).unwrap().unwrap().name, "Kim");
    // Only Sam waits, over the cap: next ends Kim's speech and gives the floor to nobody.
    assert_eq!(db.stack_next(K, item).unwrap(), None);
}

#[test]
fn lists_are_chosen_by_the_person_and_checked_against_the_policy() {
    let (mut db, m, item, _) = setup();
    db.set_floor_policy(F, m, "fifo,alternate:women and non-binary|open", "", None)
        .unwrap();
    refused(
        &mut db,
        "invalid-input",
        "\"youth\" is not a list of GA 1: its floor alternates between women and non-binary | open",
        |db| db.stack_add_on_list(K, item, "Sam", EntryKind::Speak, false, Some("youth")),
    );
    // Matched without regard to case, kept as the policy spells it.
    db.stack_add_on_list(
        K,
        item,
        "Sam",
        EntryKind::Speak,
        false,
        Some("Women and Non-Binary"),
    )
    .unwrap();
    assert_eq!(
        db.stack_view(item).unwrap().waiting[0].list.as_deref(),
        Some("women and non-binary")
    );
}

#[test]
fn bad_policies_and_closed_meetings_are_refused_and_write_nothing() {
    let (mut db, m, _, _) = setup();
    refused(
        &mut db,
        "invalid-input",
        "\"women-first\" is not part of a policy",
        |db| db.set_floor_policy(F, m, "fifo,women-first", "", None),
    );
    refused(&mut db, "conflict", "already progressive", |db| {
        db.set_floor_policy(F, m, "progressive", "", None)
    });
    db.close_meeting(F, m).unwrap();
    refused(&mut db, "not-allowed", "GA 1 is closed", |db| {
        db.set_floor_policy(F, m, "fifo", "", None)
    });
}

// ---- The command line -------------------------------------------------------------

fn plenary(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_plenary"))
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .unwrap()
}

fn ok(db: &Path, args: &[&str]) -> String {
    let out = plenary(db, args);
    assert!(
        out.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// An assembly with GA 1 (open) and its item 1.1, in a database file under `dir`.
fn cli_setup(dir: &Path) -> std::path::PathBuf {
    let db = dir.join("f.db");
    ok(&db, &["init", "--name", "Occupy London", "--code", "LDN"]);
    ok(&db, &["meeting", "new", "--date", "2026-03-01"]);
    ok(
        &db,
        &[
            "agenda",
            "add",
            "--meeting",
            "1",
            "--kind",
            "discussion",
            "--title",
            "Tents",
        ],
    );
    ok(&db, &["meeting", "open", "1"]);
    db
}

#[test]
fn the_command_line_sets_policies_and_lists() {
    let dir = tempfile::tempdir().unwrap();
    let db = cli_setup(dir.path());
    for (name, list) in [("Sam", None), ("Alex", Some("women")), ("Kim", None)] {
        let mut args = vec!["stack", "add", "--item", "1.1", "--name", name];
        if let Some(l) = list {
            args.extend(["--list", l]);
        }
        ok(&db, &args);
    }
    let set = ok(
        &db,
        &[
            "meeting",
            "policy",
            "1",
            "--set",
            "fifo,alternate:women|open,no-repeat",
            "--reason",
            "quota",
            "--item",
            "1.1",
        ],
    );
    assert_eq!(set.trim(), "fifo,alternate:women|open,no-repeat");
    let shown: serde_json::Value =
        serde_json::from_str(&ok(&db, &["stack", "show", "--item", "1.1", "--json"])).unwrap();
    let rows: Vec<(String, String)> = shown["waiting"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| {
            (
                w["name"].as_str().unwrap().into(),
                w["reason"]["label"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        pairs(&[
            ("Alex", "women list's turn"),
            ("Sam", "open list's turn"),
            ("Kim", "open list's turn")
        ])
    );
    assert_eq!(
        shown["floor_policy_text"],
        "fifo,alternate:women|open,no-repeat"
    );
    let table = ok(&db, &["stack", "show", "--item", "1.1"]);
    assert!(
        table.contains("women list's turn") && table.contains("LIST"),
        "{table}"
    );
    let out = plenary(&db, &["meeting", "policy", "1", "--set", "fifo,cap:0"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("from 1 to 99"));
    // Undo of the item's stack takes the change back.
    assert_eq!(
        ok(&db, &["stack", "undo", "--item", "1.1"]).trim(),
        "undone: set the floor policy to first come, first served; alternating lists: women | open; no one twice in a row"
    );
    assert!(ok(&db, &["meeting", "show", "1"]).contains("stack policy: progressive;"));
}

// ---- Airtime equity -------------------------------------------------------------------

/// Sam (women's list) speaks 60 s and Kim (no list) 120 s on 1.1; Ana (women) waits; Sam
/// speaks 20 s on 1.2.
fn spoken() -> (Db, Uuid, Uuid, Uuid) {
    let (mut db, m, item, other) = setup();
    let mut now: chrono::DateTime<chrono::Utc> = "2026-03-01T19:00:00Z".parse().unwrap();
    let mut tick = |db: &mut Db, s: i64| {
        now += chrono::Duration::seconds(s);
        db.set_now(Some(now));
    };
    db.stack_add_on_list(K, item, "Sam", EntryKind::Speak, false, Some("women"))
        .unwrap();
    db.stack_add(K, item, "Kim", EntryKind::Speak, false)
        .unwrap();
    db.stack_add_on_list(K, item, "Ana", EntryKind::Speak, false, Some("women"))
        .unwrap();
    db.stack_next(K, item).unwrap(); // Sam
    tick(&mut db, 60);
    db.stack_next(K, item).unwrap(); // Kim
    tick(&mut db, 120);
    db.stack_withdraw(K, db.find_waiting_entry(item, "Ana", None).unwrap())
        .unwrap();
    db.stack_next(K, item).unwrap(); // Kim ends, nobody waits
    db.stack_add(K, other, "Sam", EntryKind::Speak, false)
        .unwrap();
    db.stack_next(K, other).unwrap();
    tick(&mut db, 20);
    db.stack_next(K, other).unwrap();
    (db, m, item, other)
}

#[test]
fn airtime_shares_lists_and_the_gini_over_everyone_present() {
    let (mut db, m, item, _) = spoken();
    db.set_attendance(F, m, "10").unwrap();
    let a = db.airtime(m, Some(item)).unwrap();
    assert_eq!((a.speeches, a.speakers, a.spoken_ms), (2, 2, 180_000));
    let people: Vec<(&str, i64, String)> = a
        .people
        .iter()
        .map(|p| (p.name.as_str(), p.spoken_ms, format!("{:.3}", p.share)))
        .collect();
    assert_eq!(
        people,
        vec![
            ("Kim", 120_000, "0.667".into()),
            ("Sam", 60_000, "0.333".into())
        ]
    );
    // Ten present, eight silent: x = 0×8, 60, 120 → G = 2·(9·60 + 10·120)/(10·180) − 11/10.
    let want = 2.0 * (9.0 * 60.0 + 10.0 * 120.0) / (10.0 * 180.0) - 1.1;
    assert!(
        (a.gini.unwrap() - want).abs() < 1e-9,
        "{:?} vs {want}",
        a.gini
    );
    assert_eq!((a.counted, a.present_note.as_str()), (10, "10 present"));
    // Sub-lists: women = Sam and Ana (Ana withdrew, silent), no list = Kim.
    let lists: Vec<(&str, i64, String, String)> = a
        .lists
        .iter()
        .map(|l| {
            (
                l.list.as_str(),
                l.people,
                format!("{:.3}", l.people_share),
                format!("{:.3}", l.time_share),
            )
        })
        .collect();
    assert_eq!(
        lists,
        vec![
            ("", 1, "0.333".into(), "0.667".into()),
            ("women", 2, "0.667".into(), "0.333".into())
        ]
    );
    assert_eq!(a.first_time_speakers, 2);
    let last: Vec<(&str, Option<&str>)> = a
        .last_ten
        .iter()
        .map(|r| (r.name.as_str(), r.list.as_deref()))
        .collect();
    assert_eq!(last, vec![("Kim", None), ("Sam", Some("women"))]);
    // The whole meeting counts Sam's speech on 1.2 too.
    let all = db.airtime(m, None).unwrap();
    assert_eq!(
        (all.speeches, all.spoken_ms, all.people[0].name.as_str()),
        (3, 200_000, "Kim")
    );
}

#[test]
fn airtime_reads_a_range_by_its_lower_bound_and_without_attendance_counts_speakers() {
    let (mut db, m, item, _) = spoken();
    let a = db.airtime(m, Some(item)).unwrap();
    assert_eq!(
        (a.counted, a.present_note.as_str()),
        (2, "attendance not recorded: over the speakers only")
    );
    db.set_attendance(F, m, "4-6").unwrap();
    let a = db.airtime(m, Some(item)).unwrap();
    assert_eq!(a.counted, 4);
    assert!(
        a.present_note.contains("counted as 4 (the lower bound)"),
        "{}",
        a.present_note
    );
    db.set_attendance(F, m, "~5").unwrap();
    assert_eq!(db.airtime(m, Some(item)).unwrap().counted, 5);
}

#[test]
fn stack_stats_on_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = cli_setup(dir.path());
    ok(&db, &["meeting", "attendance", "1", "12"]);
    ok(
        &db,
        &[
            "stack", "add", "--item", "1.1", "--name", "Sam", "--list", "women",
        ],
    );
    ok(&db, &["stack", "next", "--item", "1.1"]);
    ok(&db, &["stack", "next", "--item", "1.1"]);
    let a: serde_json::Value = serde_json::from_str(&ok(
        &db,
        &["stack", "stats", "1", "--item", "1.1", "--json"],
    ))
    .unwrap();
    assert_eq!(
        (a["speeches"].as_i64(), a["counted"].as_i64()),
        (Some(1), Some(12))
    );
    assert_eq!(a["item_reference"], "LDN-GA-1.1");
    assert_eq!(a["last_ten"][0]["list"], "women");
    let text = ok(&db, &["stack", "stats", "LDN-GA-1"]);
    assert!(
        text.contains("1 speeches by 1 people") && text.contains("over 12 people (12 present)"),
        "{text}"
    );
}

#[test]
fn the_minutes_carry_airtime_equity_when_asked_and_only_aggregates_when_redacted() {
    let (mut db, m, _, _) = spoken();
    db.set_attendance(F, m, "10").unwrap();
    let render = |db: &Db, format, redact_names, equity| {
        db.render_minutes(
            m,
            format,
            MinutesOptions {
                redact_names,
                speakers: false,
                equity,
            },
            &RenderOptions {
                offset: chrono::FixedOffset::east_opt(0).unwrap(),
                lang: plenary_core::i18n::Lang::En,
            },
        )
        .unwrap()[0]
            .text
            .clone()
    };
    let without = render(&db, MinutesFormat::Markdown, false, false);
    assert!(!without.contains("Airtime equity"), "{without}");
    let md = render(&db, MinutesFormat::Markdown, false, true);
    let section = md.split("## Airtime equity").nth(1).expect(&md);
    // Ten present, eight silent: x = 0×8, 80, 120 → G = 2·(9·80 + 10·120)/(10·200) − 11/10.
    for line in [
        "- Gini of speaking time: 0.82 (0 = everyone spoke equally), over 10 people (10 present)",
        "- 2 speakers, 3 speeches, 3 min 20 s in all; 2 spoke for the first time",
        "- no list chosen: 60% of the time, 33% of the people (1)",
        "- women list: 40% of the time, 67% of the people (2)",
        "- Kim: 60% (1 speech, 2 min 00 s)",
        "- Sam: 40% (2 speeches, 1 min 20 s)",
    ] {
        assert!(section.contains(line), "{line:?} missing from {section}");
    }
    let html = render(&db, MinutesFormat::Html, false, true);
    assert!(html.contains("<h2>Airtime equity</h2>"), "{html}");
    assert!(
        html.contains("<li>Kim: 60% (1 speech, 2 min 00 s)</li>"),
        "{html}"
    );
    // Names redacted: the aggregates stay, nobody's share is printed.
    let red = render(&db, MinutesFormat::Markdown, true, true);
    let section = red.split("## Airtime equity").nth(1).expect(&red);
    assert!(section.contains("over 10 people"), "{section}");
    assert!(section.contains("women list: 40% of the time"), "{section}");
    assert!(!section.contains("60% (1 speech"), "{section}");
    assert!(!red.contains("Kim") && !red.contains("Sam"), "{red}");
}

#[test]
fn minutes_equity_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = cli_setup(dir.path());
    ok(&db, &["agenda", "start", "LDN-GA-1.1"]);
    ok(
        &db,
        &["stack", "add", "--item", "LDN-GA-1.1", "--name", "Sam"],
    );
    ok(&db, &["stack", "next", "--item", "LDN-GA-1.1"]);
    ok(&db, &["stack", "next", "--item", "LDN-GA-1.1"]);
    let md = ok(&db, &["minutes", "1", "--equity"]);
    assert!(md.contains("## Airtime equity"), "{md}");
    assert!(md.contains("- 1 speaker, 1 speech, "), "{md}");
    let plain = ok(&db, &["minutes", "1"]);
    assert!(!plain.contains("Airtime equity"), "{plain}");
}

/// The demo's GAs share their floor differently, so the difference shows (issue 16):
/// progressive at GA 1, first come first served with first-time speakers first and a cap
/// at GA 2, alternating lists from GA 3's proposals on — each held in its record — and a
/// spokes council of the eight active WGs decided by one voice each.
#[test]
fn the_demo_shares_its_floor_differently_and_holds_a_spokes_council() {
    let mut db = Db::open_in_memory().unwrap();
    plenary_core::demo::fill_as_of(
        &mut db,
        chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
    )
    .unwrap();
    let ga = |db: &Db, r: &str| db.resolve_meeting(r).unwrap();
    let policy = |db: &Db, r: &str| db.floor_policy(ga(db, r)).unwrap().to_string();
    assert_eq!(policy(&db, "RIV-GA-1"), "progressive");
    assert_eq!(policy(&db, "RIV-GA-2"), "fifo,first-time-first,cap:2");
    assert_eq!(
        policy(&db, "RIV-GA-3"),
        "progressive,alternate:women and non-binary|open"
    );
    let changed = db.floor_policy_changes(ga(&db, "RIV-GA-3")).unwrap();
    assert_eq!(changed.len(), 1);
    assert_eq!(changed[0].item_reference.as_deref(), Some("RIV-GA-3.5"));
    assert!(changed[0].reason.contains("women's caucus"), "{changed:?}");

    // GA 2's cap held: nobody had more than two speeches on any item.
    let most: i64 = db
        .conn()
        .query_row(
            "SELECT coalesce(max(n), 0) FROM (
               SELECT count(*) AS n FROM speeches s JOIN stack_entries e ON e.id = s.entry_id
               JOIN agenda_items i ON i.id = s.agenda_item_id
               WHERE i.meeting_id = ?1 AND e.kind = 'speak' GROUP BY s.agenda_item_id, s.person_id)",
            [ga(&db, "RIV-GA-2")],
            |r| r.get(0),
        )
        .unwrap();
    assert!(
        (1..=2).contains(&most),
        "at most 2 speeches per item: {most}"
    );

    // GA 3: people chose the first list after the change; both lists spoke.
    let a = db.airtime(ga(&db, "RIV-GA-3"), None).unwrap();
    let lists: Vec<&str> = a.lists.iter().map(|l| l.list.as_str()).collect();
    assert!(lists.contains(&"women and non-binary"), "{lists:?}");
    assert!(
        a.lists.iter().all(|l| l.spoken_ms > 0 && l.people > 0),
        "{:?}",
        a.lists
    );
    let md = |db: &Db, r: &str| {
        db.render_minutes(
            ga(db, r),
            MinutesFormat::Markdown,
            MinutesOptions::default(),
            &RenderOptions::local(),
        )
        .unwrap()[0]
            .text
            .clone()
    };
    let ga3 = md(&db, "RIV-GA-3");
    assert!(ga3.contains("**Floor policy changed:**"), "{ga3}");
    assert!(
        ga3.contains("alternating lists: women and non-binary \\| open"),
        "{ga3}"
    );

    // The spokes council: eight WGs with a spoke, Kitchen's handed over, one consult
    // break, the proposal decided by one voice per WG.
    let council = db.council(ga(&db, "RIV-GA-5")).unwrap();
    assert_eq!(council.format_label, "spokes council");
    assert_eq!(council.wgs.iter().filter(|w| w.spoke.is_some()).count(), 8);
    let kitchen: Vec<(&str, bool)> = council
        .spokes
        .iter()
        .filter(|s| s.wg == "Kitchen")
        .map(|s| (s.name.as_str(), s.until.is_some()))
        .collect();
    assert_eq!(
        kitchen,
        vec![("Jo Becker", true), ("Hannah Schmidt", false)]
    );
    assert_eq!(council.breaks.len(), 1);
    assert_eq!(
        (council.breaks[0].wg.as_str(), council.breaks[0].minutes),
        ("Housing", 5)
    );
    assert!(council.breaks[0].ended_at.is_some());
    let ga5 = md(&db, "RIV-GA-5");
    assert!(
        ga5.contains("8 working groups: 7 for, 1 stand-aside"),
        "{ga5}"
    );
    let wgs: i64 = db
        .conn()
        .query_row(
            "SELECT count(DISTINCT e.wg_id) FROM stack_entries e WHERE e.meeting_id = ?1 AND e.wg_id IS NOT NULL",
            [ga(&db, "RIV-GA-5")],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(wgs, 3, "the stack took spokes only, each for their WG");
}
