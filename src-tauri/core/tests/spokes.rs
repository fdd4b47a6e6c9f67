//! The spokes council (ga-process.md, "Spokes council") through the database and the
//! command line: the format travels with the meeting; spokes are chosen per meeting and
//! rotate (both kept); only spokes take the stack and the queue shows their WG; a spoke's
//! consult break is recorded with its times; the call for consensus and the vote count
//! one voice per WG; the minutes and the projector know the format. Refusals write
//! nothing.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::refused;
use plenary_core::agenda::NewAgendaItem;
use plenary_core::decision::{CouncilDecisionInput, DecisionInput, Outcome, WgVoiceInput};
use plenary_core::meeting::{MeetingFormat, NewMeeting};
use plenary_core::minutes::{MinutesFormat, MinutesOptions, RenderOptions};
use plenary_core::proposal::NewProposal;
use plenary_core::stack::EntryKind;
use plenary_core::wg::NewWg;
use plenary_core::{Actor, Db};
use uuid::Uuid;

const F: Actor = Actor::Facilitator;
const K: Actor = Actor::StackKeeper;

const WGS: [&str; 8] = [
    "Kitchen",
    "Press",
    "Outreach",
    "Finance",
    "Tech",
    "Legal",
    "Medics",
    "Education",
];

struct Council {
    db: Db,
    meeting: Uuid,
    /// 1.1, under way: a discussion.
    item: Uuid,
    /// 1.2: a proposal's hearing.
    hearing: Uuid,
}

fn meeting(db: &mut Db, format: Option<&str>) -> plenary_core::meeting::Meeting {
    db.new_meeting(
        F,
        &NewMeeting {
            date: "2026-03-01".into(),
            format: format.map(Into::into),
            ..Default::default()
        },
    )
    .unwrap()
}

fn item(db: &mut Db, meeting: &str, kind: &str, title: &str, proposal: Option<String>) -> Uuid {
    db.add_agenda_item(
        F,
        &NewAgendaItem {
            meeting: meeting.into(),
            kind: kind.into(),
            title: title.into(),
            proposal,
            ..Default::default()
        },
    )
    .unwrap()
    .id
}

/// Eight WGs, a spokes council (GA 1, open) with a discussion under way and a proposal
/// from Kitchen on the agenda.
fn council() -> Council {
    let mut db = common::db();
    db.set_now(Some("2026-03-01T19:00:00Z".parse().unwrap()));
    for w in WGS {
        db.add_wg(
            F,
            &NewWg {
                name: w.into(),
                category: "operational".into(),
                status: Some("active".into()),
                ..Default::default()
            },
        )
        .unwrap();
    }
    let m = meeting(&mut db, Some("spokes-council"));
    assert_eq!(m.format, MeetingFormat::SpokesCouncil);
    let it = item(&mut db, &m.reference, "discussion", "The winter", None);
    let p = db
        .new_proposal(
            F,
            &NewProposal {
                title: "Winter tents".into(),
                text: "Buy ten winter tents.".into(),
                wg: Some("Kitchen".into()),
                ..Default::default()
            },
        )
        .unwrap();
    let hearing = item(
        &mut db,
        &m.reference,
        "proposal",
        "Winter tents",
        Some(p.reference),
    );
    db.open_meeting(F, m.id).unwrap();
    db.start_item(F, it).unwrap();
    Council {
        db,
        meeting: m.id,
        item: it,
        hearing,
    }
}

/// Every WG of [`WGS`] gets a spoke: "Spoke of Kitchen", …
fn all_spokes(c: &mut Council) {
    for w in WGS {
        c.db.set_spoke(F, c.meeting, w, &format!("Spoke of {w}"))
            .unwrap();
    }
}

fn voice(wg: &str, voice: &str, reason: Option<&str>) -> WgVoiceInput {
    WgVoiceInput {
        wg: wg.into(),
        voice: voice.into(),
        reason: reason.map(Into::into),
    }
}

/// Seven WGs for, Medics standing aside.
fn seven_for_one_stand_aside(rule: Option<&str>) -> CouncilDecisionInput {
    CouncilDecisionInput {
        rule: rule.map(Into::into),
        voices: WGS
            .iter()
            .map(|w| {
                if *w == "Medics" {
                    voice(w, "stand-aside", Some("we were not consulted"))
                } else {
                    voice(w, "for", None)
                }
            })
            .collect(),
        ..Default::default()
    }
}

#[test]
fn a_wg_sends_one_spoke_at_a_time_and_a_new_one_ends_the_previous_turn() {
    let mut c = council();
    let s = c.db.set_spoke(F, c.meeting, "kitchen", "Ana").unwrap();
    assert_eq!((s.wg.as_str(), s.name.as_str()), ("Kitchen", "Ana"));
    refused(
        &mut c.db,
        "conflict",
        "Ana is already Kitchen's spoke",
        |db| db.set_spoke(F, c.meeting, "Kitchen", "ana"),
    );
    refused(
        &mut c.db,
        "conflict",
        "Ana already speaks for Kitchen at GA 1: a spoke speaks for one working group",
        |db| db.set_spoke(F, c.meeting, "Press", "Ana"),
    );
    refused(
        &mut c.db,
        "not-found",
        "no working group \"Bakery\"",
        |db| db.set_spoke(F, c.meeting, "Bakery", "Bo"),
    );
    // Rotation: Bo takes over for Kitchen at 19:40; both turns stay in the record.
    c.db.set_now(Some("2026-03-01T19:40:00Z".parse().unwrap()));
    c.db.set_spoke(F, c.meeting, "Kitchen", "Bo").unwrap();
    let council = c.db.council(c.meeting).unwrap();
    let turns: Vec<(&str, &str, bool)> = council
        .spokes
        .iter()
        .map(|s| (s.wg.as_str(), s.name.as_str(), s.until.is_some()))
        .collect();
    assert_eq!(turns, [("Kitchen", "Ana", true), ("Kitchen", "Bo", false)]);
    let kitchen = council.wgs.iter().find(|w| w.name == "Kitchen").unwrap();
    assert_eq!(kitchen.spoke.as_deref(), Some("Bo"));
    // Ana, no longer a spoke, may now speak for another WG.
    c.db.set_spoke(F, c.meeting, "Press", "Ana").unwrap();
    let journal = c.db.journal_tail(20).unwrap();
    assert_eq!(
        journal
            .iter()
            .filter(|j| j.action == "meeting.spoke")
            .count(),
        3
    );
}

#[test]
fn a_general_assembly_has_no_spokes_breaks_or_wg_voices() {
    let mut db = common::db();
    db.add_wg(
        F,
        &NewWg {
            name: "Kitchen".into(),
            category: "operational".into(),
            ..Default::default()
        },
    )
    .unwrap();
    let m = meeting(&mut db, None);
    assert_eq!(m.format, MeetingFormat::GeneralAssembly);
    refused(
        &mut db,
        "invalid-input",
        "GA 1 is a general assembly: only a spokes council has spokes",
        |db| db.set_spoke(F, m.id, "Kitchen", "Ana"),
    );
    refused(
        &mut db,
        "invalid-input",
        "only a spokes council has consult breaks",
        |db| db.call_consult_break(F, m.id, "Ana", 5),
    );
    refused(&mut db, "invalid-input", "meeting format", |db| {
        db.new_meeting(
            F,
            &NewMeeting {
                date: "2026-03-02".into(),
                format: Some("plenary".into()),
                ..Default::default()
            },
        )
    });
    assert_eq!(db.council(m.id).unwrap().spokes.len(), 0);
}

#[test]
fn only_spokes_take_the_stack_and_the_queue_shows_their_wg() {
    let mut c = council();
    c.db.set_spoke(F, c.meeting, "Kitchen", "Ana").unwrap();
    c.db.set_spoke(F, c.meeting, "Press", "Bo").unwrap();
    // Someone new to the assembly is refused, and is not even created.
    refused(
        &mut c.db,
        "conflict",
        "Sam is not a spoke at GA 1: in a spokes council only spokes take the stack",
        |db| db.stack_add(K, c.item, "Sam", EntryKind::Speak, false),
    );
    refused(&mut c.db, "conflict", "only spokes take the stack", |db| {
        db.stack_add(K, c.item, "Sam", EntryKind::Process, false)
    });
    c.db.stack_add(K, c.item, "Ana", EntryKind::Speak, false)
        .unwrap();
    c.db.stack_add(K, c.item, "bo", EntryKind::Speak, false)
        .unwrap();
    let v = c.db.stack_view(c.item).unwrap();
    let queue: Vec<(&str, Option<&str>)> = v
        .waiting
        .iter()
        .map(|w| (w.name.as_str(), w.wg.as_deref()))
        .collect();
    assert_eq!(queue, [("Ana", Some("Kitchen")), ("Bo", Some("Press"))]);
    assert_eq!(v.undo.unwrap().label, "add Bo (to speak, for Press)");
    c.db.stack_next(K, c.item).unwrap();
    let v = c.db.stack_view(c.item).unwrap();
    assert_eq!(v.speaker.unwrap().wg.as_deref(), Some("Kitchen"));
    // The projector shows the WG beside the spoke.
    let p = c.db.projector_view(c.meeting, true).unwrap();
    assert_eq!(p.speaker.unwrap().wg.as_deref(), Some("Kitchen"));
    assert_eq!(p.next[0].wg.as_deref(), Some("Press"));
    assert_eq!(p.council.unwrap().format_label, "spokes council");
    // Once Kitchen's turn passes to Cy, Ana is no longer a spoke.
    c.db.set_spoke(F, c.meeting, "Kitchen", "Cy").unwrap();
    refused(&mut c.db, "conflict", "Ana is not a spoke at GA 1", |db| {
        db.stack_add(K, c.item, "Ana", EntryKind::Clarifying, false)
    });
}

#[test]
fn a_consult_break_is_called_by_a_spoke_and_recorded_with_its_times() {
    let mut c = council();
    c.db.set_spoke(F, c.meeting, "Medics", "Dee").unwrap();
    refused(
        &mut c.db,
        "conflict",
        "Sam is not a spoke at GA 1: only a spoke calls a consult break",
        |db| db.call_consult_break(F, c.meeting, "Sam", 5),
    );
    refused(&mut c.db, "invalid-input", "give 1 to 30 minutes", |db| {
        db.call_consult_break(F, c.meeting, "Dee", 0)
    });
    refused(
        &mut c.db,
        "conflict",
        "no consult break is under way",
        |db| db.end_consult_break(F, c.meeting),
    );
    c.db.set_now(Some("2026-03-01T19:40:00Z".parse().unwrap()));
    let b = c.db.call_consult_break(F, c.meeting, "Dee", 5).unwrap();
    assert_eq!((b.wg.as_str(), b.minutes), ("Medics", 5));
    assert_eq!(b.item_reference.as_deref(), Some("TST-GA-1.1"));
    refused(
        &mut c.db,
        "conflict",
        "a consult break called by Medics is under way",
        |db| db.call_consult_break(F, c.meeting, "Dee", 3),
    );
    // The timer: two minutes in, three remain.
    c.db.set_now(Some("2026-03-01T19:42:00Z".parse().unwrap()));
    let under_way = c.db.council(c.meeting).unwrap().consult_break.unwrap();
    assert_eq!(
        (under_way.elapsed_ms, under_way.remaining_ms),
        (120_000, 180_000)
    );
    let shown = c.db.projector_view(c.meeting, false).unwrap();
    assert_eq!(
        shown.council.unwrap().consult_break.unwrap().remaining_ms,
        180_000
    );
    c.db.set_now(Some("2026-03-01T19:46:00Z".parse().unwrap()));
    let ended = c.db.end_consult_break(F, c.meeting).unwrap();
    assert_eq!(
        (
            ended.started_at.to_rfc3339(),
            ended.ended_at.unwrap().to_rfc3339()
        ),
        (
            "2026-03-01T19:40:00+00:00".into(),
            "2026-03-01T19:46:00+00:00".into()
        )
    );
    let council = c.db.council(c.meeting).unwrap();
    assert!(council.consult_break.is_none());
    assert_eq!(council.breaks.len(), 1);
}

#[test]
fn the_call_counts_one_voice_per_wg_under_the_decision_rules() {
    let mut c = council();
    all_spokes(&mut c);
    // The room's counts are refused in a council, and WG voices at a general assembly.
    refused(&mut c.db, "invalid-input", "GA 1 is a spokes council: its call for consensus and vote count one voice per working group", |db| {
        db.record_decision(
            F,
            c.hearing,
            &DecisionInput {
                support: 40,
                ..Default::default()
            },
        )
    });
    refused(
        &mut c.db,
        "invalid-input",
        "Medics's block has no reason",
        |db| {
            db.record_council_decision(
                F,
                c.hearing,
                &CouncilDecisionInput {
                    voices: vec![
                        voice("Kitchen", "for", None),
                        voice("Medics", "block", None),
                    ],
                    ..Default::default()
                },
            )
        },
    );
    refused(
        &mut c.db,
        "invalid-input",
        "kitchen is given twice: a working group has one voice",
        |db| {
            db.record_council_decision(
                F,
                c.hearing,
                &CouncilDecisionInput {
                    voices: vec![voice("Kitchen", "for", None), voice("kitchen", "for", None)],
                    ..Default::default()
                },
            )
        },
    );
    refused(
        &mut c.db,
        "invalid-input",
        "under consensus there are no votes against",
        |db| {
            db.record_council_decision(
                F,
                c.hearing,
                &CouncilDecisionInput {
                    rule: Some("consensus".into()),
                    voices: vec![voice("Kitchen", "against", None)],
                    ..Default::default()
                },
            )
        },
    );
    // Modified consensus: one block sends it to the vote, 7 of 8 WGs is 87.5% < 90%.
    let p =
        c.db.preview_council_decision(&CouncilDecisionInput {
            rule: Some("modified:90".into()),
            voices: WGS
                .iter()
                .map(|w| match *w {
                    "Legal" => voice(w, "block", Some("the permit forbids it")),
                    _ => voice(w, "for", None),
                })
                .collect(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(p.outcome, Outcome::Failed);
    assert_eq!(
        p.counted,
        "8 working groups: 7 for, 1 block — 87.5%, below 90%"
    );
    // A WG that sent no spoke has no voice.
    let mut other = council();
    other
        .db
        .set_spoke(F, other.meeting, "Kitchen", "Ana")
        .unwrap();
    refused(
        &mut other.db,
        "invalid-input",
        "Press sent no spoke to this council",
        |db| {
            db.record_council_decision(
                F,
                other.hearing,
                &CouncilDecisionInput {
                    voices: vec![voice("Kitchen", "for", None), voice("Press", "for", None)],
                    ..Default::default()
                },
            )
        },
    );
    // Under consensus: 7 for, 1 stand-aside → consensus, as the minutes say it.
    let d =
        c.db.record_council_decision(F, c.hearing, &seven_for_one_stand_aside(Some("consensus")))
            .unwrap();
    assert_eq!(d.outcome, Outcome::Consensus);
    assert_eq!(
        (d.support, d.against, d.stand_asides, d.blocks),
        (7, 0, 1, 0)
    );
    assert_eq!(d.participants, 8);
    assert_eq!(d.counted, "8 working groups: 7 for, 1 stand-aside");
    assert_eq!(d.wg_voices.len(), 8);
    assert_eq!(d.wg_voices[6].wg, "Medics");
    let md = minutes(&c.db, c.meeting, false);
    assert!(
        md.contains("8 working groups: 7 for, 1 stand-aside"),
        "{md}"
    );
    assert!(
        md.contains("- Medics: stand-aside — we were not consulted"),
        "{md}"
    );
    // A council's decision is not corrected with the room's counts.
    refused(
        &mut c.db,
        "not-allowed",
        "decided by working groups' voices",
        |db| db.correct_decision(F, d.id, &DecisionInput::default()),
    );
}

#[test]
fn a_stand_aside_limit_and_a_quorum_count_wgs() {
    let mut c = council();
    all_spokes(&mut c);
    let input = |quorum, limit: Option<&str>| CouncilDecisionInput {
        quorum,
        stand_aside_limit: limit.map(Into::into),
        ..seven_for_one_stand_aside(Some("consensus"))
    };
    let p =
        c.db.preview_council_decision(&input(Some(9), None))
            .unwrap();
    assert_eq!(p.outcome, Outcome::Tabled);
    assert_eq!(p.participants, 8);
    let p =
        c.db.preview_council_decision(&input(None, Some("1/8")))
            .unwrap();
    assert_eq!(p.outcome, Outcome::Tabled);
    let p =
        c.db.preview_council_decision(&input(Some(8), Some("1/4")))
            .unwrap();
    assert_eq!(p.outcome, Outcome::Consensus);
}

fn minutes(db: &Db, meeting: Uuid, redact: bool) -> String {
    let files = db
        .render_minutes(
            meeting,
            MinutesFormat::Markdown,
            MinutesOptions {
                redact_names: redact,
                ..Default::default()
            },
            &RenderOptions {
                offset: chrono::FixedOffset::east_opt(0).unwrap(),
                lang: plenary_core::i18n::Lang::En,
            },
        )
        .unwrap();
    files[0].text.clone()
}

#[test]
fn the_minutes_list_each_wgs_spokes_and_the_consult_breaks() {
    let mut c = council();
    c.db.set_spoke(F, c.meeting, "Kitchen", "Ana Lopez")
        .unwrap();
    c.db.set_spoke(F, c.meeting, "Press", "Bo Chen").unwrap();
    c.db.set_now(Some("2026-03-01T19:40:00Z".parse().unwrap()));
    c.db.call_consult_break(F, c.meeting, "Bo Chen", 5).unwrap();
    c.db.set_now(Some("2026-03-01T19:46:00Z".parse().unwrap()));
    c.db.end_consult_break(F, c.meeting).unwrap();
    c.db.set_now(Some("2026-03-01T20:10:00Z".parse().unwrap()));
    c.db.set_spoke(F, c.meeting, "Kitchen", "Cy Diaz").unwrap();
    let md = minutes(&c.db, c.meeting, false);
    assert!(md.contains("**Format:** spokes council"), "{md}");
    assert!(
        md.contains("- **Kitchen:** Ana Lopez (until 20:10), Cy Diaz (from 20:10)"),
        "{md}"
    );
    assert!(md.contains("- **Press:** Bo Chen"), "{md}");
    assert!(
        md.contains(
            "- 19:40–19:46, called by Press's spoke Bo Chen (5 minutes asked), during TST-GA-1.1"
        ),
        "{md}"
    );
    let html =
        c.db.render_minutes(
            c.meeting,
            MinutesFormat::Html,
            MinutesOptions::default(),
            &RenderOptions {
                offset: chrono::FixedOffset::east_opt(0).unwrap(),
                lang: plenary_core::i18n::Lang::En,
            },
        )
        .unwrap();
    assert!(html[0]
        .text
        .contains("<dt>Kitchen</dt><dd>Ana Lopez (until 20:10), Cy Diaz (from 20:10)</dd>"));
    // Redacted: the spokes are participants, the WGs stay.
    let red = minutes(&c.db, c.meeting, true);
    for name in ["Ana", "Bo Chen", "Cy"] {
        assert!(!red.contains(name), "{name} left in {red}");
    }
    assert!(red.contains("- **Kitchen:** Participant"), "{red}");
    assert!(red.contains("called by Press's spoke Participant"), "{red}");
}

#[test]
fn a_general_assemblys_minutes_say_nothing_of_a_council() {
    let mut db = common::db();
    let m = meeting(&mut db, None);
    let md = minutes(&db, m.id, false);
    assert!(!md.contains("Format"), "{md}");
    assert!(!md.contains("Spokes"), "{md}");
}

#[test]
fn the_format_travels_with_the_meeting_in_a_bundle() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = council();
    all_spokes(&mut c);
    let path = dir.path().join("council.plenary");
    c.db.export_bundle(&path, &Default::default()).unwrap();
    let mut other = Db::open_in_memory().unwrap();
    other.init_assembly("Other", "OTH", None).unwrap();
    other.import_bundle_file(&path, false).unwrap();
    let theirs = other.all_meetings().unwrap();
    let m = theirs.iter().find(|m| m.id == c.meeting).unwrap();
    assert_eq!(m.format, MeetingFormat::SpokesCouncil);
}

// ---- the command line ----

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

fn fails(db: &Path, args: &[&str]) -> String {
    let out = plenary(db, args);
    assert_eq!(out.status.code(), Some(1), "{args:?} should be refused");
    String::from_utf8(out.stderr).unwrap()
}

#[test]
fn a_spokes_council_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    ok(&db, &["init", "--name", "Occupy London", "--code", "LDN"]);
    for w in ["Kitchen", "Press", "Medics"] {
        ok(
            &db,
            &["wg", "add", "--name", w, "--category", "operational"],
        );
    }
    assert_eq!(
        ok(
            &db,
            &[
                "meeting",
                "new",
                "--date",
                "2026-03-01",
                "--format",
                "spokes-council"
            ]
        )
        .trim(),
        "LDN-GA-1"
    );
    assert!(fails(
        &db,
        &[
            "meeting",
            "new",
            "--date",
            "2026-03-02",
            "--format",
            "council"
        ]
    )
    .contains("meeting format"));
    let p = ok(
        &db,
        &[
            "proposal",
            "new",
            "--title",
            "Tents",
            "--text",
            "Buy tents.",
            "--wg",
            "Kitchen",
        ],
    );
    let p = p.trim();
    ok(
        &db,
        &[
            "agenda",
            "add",
            "--meeting",
            "1",
            "--kind",
            "proposal",
            "--title",
            "Tents",
            "--proposal",
            p,
        ],
    );
    ok(&db, &["meeting", "open", "1"]);
    ok(&db, &["agenda", "start", "LDN-GA-1.1"]);
    assert_eq!(
        ok(
            &db,
            &["meeting", "spoke", "1", "--wg", "Kitchen", "--name", "Ana"]
        )
        .trim(),
        "Ana speaks for Kitchen"
    );
    ok(
        &db,
        &["meeting", "spoke", "1", "--wg", "Press", "--person", "Bo"],
    );
    ok(
        &db,
        &["meeting", "spoke", "1", "--wg", "Medics", "--name", "Dee"],
    );
    assert!(ok(&db, &["meeting", "show", "1"]).contains("format: spokes council"));
    let err = fails(
        &db,
        &["stack", "add", "--item", "LDN-GA-1.1", "--name", "Sam"],
    );
    assert!(err.contains("Sam is not a spoke at GA 1"), "{err}");
    ok(
        &db,
        &["stack", "add", "--item", "LDN-GA-1.1", "--name", "Bo"],
    );
    let shown = ok(&db, &["stack", "show", "--item", "LDN-GA-1.1", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&shown).unwrap();
    assert_eq!(v["waiting"][0]["wg"], "Press");
    assert!(ok(&db, &["stack", "show", "--item", "LDN-GA-1.1"]).contains("Bo for Press"));
    assert!(ok(
        &db,
        &["meeting", "consult", "1", "--by", "Dee", "--minutes", "3"]
    )
    .contains("consult break of 3 min for Medics (Dee)"));
    assert!(
        ok(&db, &["meeting", "consult", "1", "--end"]).contains("consult break of Medics ended")
    );
    let council: serde_json::Value =
        serde_json::from_str(&ok(&db, &["meeting", "spokes", "1", "--json"])).unwrap();
    assert_eq!(council["breaks"].as_array().unwrap().len(), 1);
    assert_eq!(council["spokes"].as_array().unwrap().len(), 3);
    let err = fails(
        &db,
        &["proposal", "decide", p, "--meeting", "1", "--support", "30"],
    );
    assert!(err.contains("one voice per working group"), "{err}");
    assert_eq!(
        ok(
            &db,
            &[
                "proposal",
                "decide",
                p,
                "--meeting",
                "1",
                "--rule",
                "consensus",
                "--wg",
                "Kitchen:for",
                "--wg",
                "Press:for",
                "--wg",
                "Medics:stand-aside:not consulted",
            ]
        )
        .trim(),
        "consensus"
    );
    let md = ok(&db, &["minutes", "1", "--format", "md"]);
    assert!(
        md.contains("3 working groups: 2 for, 1 stand-aside"),
        "{md}"
    );
    assert!(md.contains("- Medics: stand-aside — not consulted"), "{md}");
}
