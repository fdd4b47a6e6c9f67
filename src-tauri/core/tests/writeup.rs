//! Write-up after the meeting and corrections (ga-process.md, "Real GAs, as minutes
//! record them"): times come from the clock only for a meeting held today, otherwise from
//! what the minute-taker gives or nowhere; a closed GA's record is corrected until its
//! minutes are approved, every correction kept and listed in the minutes.

mod common;

use chrono::{DateTime, NaiveTime, TimeZone, Utc};
use common::{db, refused};
use plenary_core::agenda::{NewAgendaItem, ReportBackInput};
use plenary_core::announcement::NewAnnouncement;
use plenary_core::bundle::{ExportOptions, ImportOptions};
use plenary_core::decision::{DecisionInput, Outcome, StanceInput};
use plenary_core::i18n::Lang;
use plenary_core::meeting::{MeetingRole, MeetingStatus, NewMeeting, RoleInput};
use plenary_core::minutes::{MinutesFormat, MinutesOptions, RenderOptions};
use plenary_core::proposal::hearing::ProcessStep;
use plenary_core::proposal::versions::{AmendInput, AmendmentStatus};
use plenary_core::proposal::{NewProposal, ProposalStatus};
use plenary_core::stack::EntryKind;
use plenary_core::wg::NewWg;
use plenary_core::{Actor, Db};
use uuid::Uuid;

const A: Actor = Actor::MinuteTaker;
const NOW: &str = "2026-03-02T11:00:00Z";

fn at(hhmm: &str) -> Option<NaiveTime> {
    Some(NaiveTime::parse_from_str(hhmm, "%H:%M").unwrap())
}

/// `date` at `hhmm` on this computer's clock, in UTC: what a given time is stored as.
fn local(date: &str, hhmm: &str) -> DateTime<Utc> {
    let d = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap();
    chrono::Local
        .from_local_datetime(&d.and_time(at(hhmm).unwrap()))
        .earliest()
        .unwrap()
        .with_timezone(&Utc)
}

/// A database whose clock says `NOW`, with a GA dated `date` and two items.
fn ga(date: &str) -> (Db, Uuid, Uuid, Uuid) {
    let mut db = db();
    db.set_now(Some(NOW.parse().unwrap()));
    db.add_wg(
        A,
        &NewWg {
            name: "Kitchen".into(),
            category: "operational".into(),
            ..Default::default()
        },
    )
    .unwrap();
    let m = db
        .new_meeting(
            A,
            &NewMeeting {
                date: date.into(),
                ..Default::default()
            },
        )
        .unwrap();
    let item = |kind: &str, title: &str, wg: Option<&str>| NewAgendaItem {
        meeting: m.id.to_string(),
        kind: kind.into(),
        title: title.into(),
        wg: wg.map(str::to_string),
        ..Default::default()
    };
    let a = db
        .add_agenda_item(A, &item("process", "Welcome", None))
        .unwrap();
    let b = db
        .add_agenda_item(A, &item("report-back", "Kitchen", Some("Kitchen")))
        .unwrap();
    (db, m.id, a.id, b.id)
}

fn md(db: &Db, m: Uuid, redact: bool) -> String {
    let what = MinutesOptions {
        redact_names: redact,
        speakers: false,
        equity: false,
    };
    db.render_minutes(m, MinutesFormat::Markdown, what, &RenderOptions::local())
        .unwrap()
        .remove(0)
        .text
}

fn all_formats(db: &Db, m: Uuid) -> Vec<String> {
    [
        MinutesFormat::Markdown,
        MinutesFormat::Html,
        MinutesFormat::Csv,
    ]
    .into_iter()
    .map(|f| {
        db.render_minutes(m, f, MinutesOptions::default(), &RenderOptions::local())
            .unwrap()
            .into_iter()
            .map(|f| f.text)
            .collect::<Vec<_>>()
            .join("\n")
    })
    .collect()
}

#[test]
fn a_ga_held_on_another_day_never_takes_the_clock() {
    let (mut db, m, a, b) = ga("2026-03-01");
    let opened = db.open_meeting(A, m).unwrap();
    assert_eq!(
        (opened.status, opened.opened_at),
        (MeetingStatus::Open, None)
    );
    let a1 = db.start_item(A, a).unwrap();
    assert_eq!(a1.started_at, None);
    db.start_item(A, b).unwrap();
    assert_eq!(db.agenda_item(a).unwrap().ended_at, None);
    db.finish_item(A, b).unwrap();
    let closed = db.close_meeting(A, m).unwrap();
    assert_eq!(closed.closed_at, None);
    // Unknown times are not printed, in any format.
    for text in all_formats(&db, m) {
        assert!(
            !text.contains("11:00") && !text.contains("Opened"),
            "{text}"
        );
    }
    assert!(!md(&db, m, false).contains("started"));
}

#[test]
fn the_minute_takers_times_are_the_record() {
    let (mut db, m, a, b) = ga("2026-03-01");
    let o = db.open_meeting_at(A, m, at("19:05")).unwrap();
    assert_eq!(o.opened_at, Some(local("2026-03-01", "19:05")));
    db.start_item_at(A, a, at("19:10")).unwrap();
    // Taking up the next item finishes the first at the same given time.
    db.start_item_at(A, b, at("19:40")).unwrap();
    assert_eq!(
        db.agenda_item(a).unwrap().ended_at,
        Some(local("2026-03-01", "19:40"))
    );
    db.finish_item_at(A, b, at("20:05")).unwrap();
    // A GA running past midnight closes on the next day.
    let c = db.close_meeting_at(A, m, at("00:20")).unwrap();
    assert_eq!(c.closed_at, Some(local("2026-03-02", "00:20")));
    let text = md(&db, m, false);
    for t in ["19:05", "19:10", "19:40", "20:05", "00:20"] {
        assert!(text.contains(t), "{t} missing from\n{text}");
    }
    assert!(!text.contains("11:00"), "{text}");
    // No correction: everything was entered before the GA closed.
    assert!(db.corrections(m).unwrap().is_empty());
    assert!(!text.contains("Corrected after the meeting"));
}

#[test]
fn a_ga_held_today_takes_the_clock() {
    let (mut db, m, a, _) = ga("2026-03-02");
    let o = db.open_meeting(A, m).unwrap();
    assert_eq!(o.opened_at, Some(NOW.parse().unwrap()));
    assert_eq!(
        db.start_item(A, a).unwrap().started_at,
        Some(NOW.parse().unwrap())
    );
}

#[test]
fn times_keep_their_order() {
    let (mut db, m, a, _) = ga("2026-03-01");
    db.open_meeting_at(A, m, at("19:00")).unwrap();
    db.start_item_at(A, a, at("19:10")).unwrap();
    db.finish_item_at(A, a, at("19:30")).unwrap();
    refused(&mut db, "invalid-input", "after it ended at", |db| {
        db.start_item_at(A, a, at("19:45"))
    });
    let e = plenary_core::correction::parse_time("7pm").unwrap_err();
    assert!(e.to_string().contains("HH:MM"), "{e}");
}

/// A GA written up and closed, with a facilitator, attendance, a report-back and notes.
fn closed_ga() -> (Db, Uuid, Uuid, Uuid) {
    let (mut db, m, a, b) = ga("2026-03-01");
    db.open_meeting_at(A, m, at("19:05")).unwrap();
    db.assign_role(A, m, MeetingRole::facilitator(), "Sam Whitfield")
        .unwrap();
    db.set_attendance(A, m, "40").unwrap();
    db.start_item_at(A, a, at("19:10")).unwrap();
    db.start_item_at(A, b, at("19:20")).unwrap();
    db.record_report_back(
        A,
        b,
        &ReportBackInput {
            presenter: Some("Jo".into()),
            summary: Some("Fed 300.".into()),
            ..Default::default()
        },
    )
    .unwrap();
    db.finish_item_at(A, b, at("19:35")).unwrap();
    db.close_meeting_at(A, m, at("21:00")).unwrap();
    (db, m, a, b)
}

#[test]
fn a_closed_ga_is_corrected_and_every_correction_is_kept() {
    let (mut db, m, a, b) = closed_ga();
    db.set_now(Some("2026-03-02T10:15:00Z".parse().unwrap()));
    assert!(db.meeting_detail(m).unwrap().correcting);
    db.set_attendance(A, m, "45").unwrap();
    db.assign_role(A, m, MeetingRole::facilitator(), "Evan")
        .unwrap();
    db.set_item_notes(A, a, "Quorum reached.").unwrap();
    db.record_report_back(
        A,
        b,
        &ReportBackInput {
            presenter: Some("Jo".into()),
            summary: Some("Fed 350.".into()),
            ..Default::default()
        },
    )
    .unwrap();
    db.start_item_at(A, b, at("19:25")).unwrap();
    db.close_meeting_at(A, m, at("21:10")).unwrap();
    // Nothing changed is nothing kept.
    db.set_attendance(A, m, "45").unwrap();

    let got: Vec<(String, String, String)> = db
        .corrections(m)
        .unwrap()
        .into_iter()
        .map(|c| (c.what, c.before, c.after))
        .collect();
    let want = [
        ("attendance", "40", "45"),
        ("Facilitator added", "", "Evan"),
        ("item 1.1: notes", "", "Quorum reached."),
        ("item 1.2: report-back summary", "Fed 300.", "Fed 350."),
        ("item 1.2: started", "19:20", "19:25"),
        ("closed at", "21:00", "21:10"),
    ];
    let want: Vec<(String, String, String)> = want
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect();
    assert_eq!(got, want);
    let items: Vec<Option<Uuid>> = db
        .corrections(m)
        .unwrap()
        .iter()
        .map(|c| c.item_id)
        .collect();
    assert_eq!(items, [None, None, Some(a), Some(b), Some(b), None]);
    let c = &db.corrections(m).unwrap()[0];
    assert_eq!(
        (c.actor, c.at),
        (A, "2026-03-02T10:15:00Z".parse().unwrap())
    );
    assert_eq!(
        db.meeting(m).unwrap().attendance_label.as_deref(),
        Some("45")
    );
    assert_eq!(db.meeting(m).unwrap().status, MeetingStatus::Closed);

    // Every format lists them.
    for text in all_formats(&db, m) {
        assert!(text.contains("40") && text.contains("45"), "{text}");
        assert!(text.contains("Fed 300."), "{text}");
    }
    let text = md(&db, m, false);
    assert!(text.contains("## Corrected after the meeting"), "{text}");
    assert!(
        text.contains("(minute-taker): attendance: 40 → 45"),
        "{text}"
    );
    assert!(text.contains("Facilitator added: (none) → Evan"), "{text}");
    let html = &all_formats(&db, m)[1];
    assert!(
        html.contains("<h2>Corrected after the meeting</h2>"),
        "{html}"
    );
    let csv = &all_formats(&db, m)[2];
    assert!(
        csv.contains("meeting,corrected_at,by,what,before,after"),
        "{csv}"
    );
    assert!(csv.contains("minute-taker,attendance,40,45"), "{csv}");
    // Redacted: the names in the corrections are replaced too.
    let red = md(&db, m, true);
    assert!(!red.contains("Evan") && !red.contains("Sam"), "{red}");
    assert!(
        red.contains("Facilitator added: (none) → Participant"),
        "{red}"
    );
}

#[test]
fn live_actions_stay_refused_on_a_closed_ga() {
    let (mut db, m, a, b) = closed_ga();
    refused(&mut db, "not-allowed", "GA 1 is closed", |db| {
        db.stack_add(A, b, "Ana", EntryKind::Speak, false)
    });
    refused(&mut db, "not-allowed", "GA 1 is closed", |db| {
        db.table_item(A, a, "")
    });
    refused(&mut db, "conflict", "--at HH:MM", |db| db.start_item(A, a));
    refused(&mut db, "conflict", "--at HH:MM", |db| {
        db.open_meeting(A, m)
    });
    assert!(db.corrections(m).unwrap().is_empty());
}

#[test]
fn approved_minutes_refuse_every_change() {
    let (mut db, m, a, b) = closed_ga();
    let next = db
        .new_meeting(
            A,
            &NewMeeting {
                date: "2026-03-08".into(),
                ..Default::default()
            },
        )
        .unwrap();
    db.open_meeting(A, next.id).unwrap();
    db.approve_minutes(A, m, next.id).unwrap();
    let d = db.meeting_detail(m).unwrap();
    assert!(!d.correcting && d.minutes_approved);
    // The meeting view says why, in the refusal's words, before anyone edits.
    assert!(
        d.read_only
            .as_deref()
            .is_some_and(|r| r.contains("were approved at GA 2")),
        "{:?}",
        d.read_only
    );
    // In the app's language when it asks in one.
    let es = db
        .meeting_detail_in(m, plenary_core::i18n::Lang::Es)
        .unwrap()
        .read_only
        .unwrap_or_default();
    let said = plenary_core::not_allowed!("correction-minutes-approved", number = 1, by = 2)
        .said_in(plenary_core::i18n::Lang::Es);
    assert_eq!(es, said);
    assert!(!es.contains("were approved"), "{es}");
    let msg = "were approved at GA 2";
    refused(&mut db, "not-allowed", msg, |db| {
        db.set_attendance(A, m, "50")
    });
    refused(&mut db, "not-allowed", msg, |db| {
        db.assign_role(A, m, MeetingRole::timekeeper(), "Lee")
    });
    refused(&mut db, "not-allowed", msg, |db| {
        db.set_item_notes(A, a, "late")
    });
    refused(&mut db, "not-allowed", msg, |db| {
        db.record_report_back(A, b, &ReportBackInput::default())
    });
    refused(&mut db, "not-allowed", msg, |db| {
        db.close_meeting_at(A, m, at("22:00"))
    });
    refused(&mut db, "not-allowed", msg, |db| {
        db.start_item_at(A, b, at("19:30"))
    });
}

#[test]
fn a_past_proposal_takes_its_reference_from_its_date() {
    let (mut db, _, _, _) = ga("2026-03-01");
    let new = |date: Option<&str>| plenary_core::proposal::NewProposal {
        title: "Hold a teach-in".into(),
        text: "First.".into(),
        date: date.map(str::to_string),
        ..Default::default()
    };
    let old = db.new_proposal(A, &new(Some("2012-02-07"))).unwrap();
    assert_eq!(old.reference, "TST-P-2012-001");
    let now = db.new_proposal(A, &new(None)).unwrap();
    assert_eq!(now.reference, "TST-P-2026-001");
    refused(&mut db, "invalid-input", "after today", |db| {
        db.new_proposal(A, &new(Some("2026-03-03")))
    });
    refused(&mut db, "invalid-input", "YYYY-MM-DD", |db| {
        db.new_proposal(A, &new(Some("7 Feb 2012")))
    });
}

/// A closed GA (see `closed_ga`) whose third item heard a proposal: an amendment by Lee
/// accepted, then the vote under modified:90 — 45 for, 7 against, failed.
fn closed_ga_with_decision() -> (Db, Uuid, Uuid, Uuid) {
    let (mut db, m, _, _) = ga("2026-03-01");
    db.set_default_rule(A, "modified:90").unwrap();
    let p = db
        .new_proposal(
            A,
            &NewProposal {
                title: "Buy a stove".into(),
                text: "Spend 350 on a stove.".into(),
                by: Some("Jo".into()),
                ..Default::default()
            },
        )
        .unwrap();
    let item = db
        .add_agenda_item(
            A,
            &NewAgendaItem {
                meeting: m.to_string(),
                kind: "proposal".into(),
                title: p.title.clone(),
                proposal: Some(p.reference.clone()),
                ..Default::default()
            },
        )
        .unwrap()
        .id;
    db.open_meeting_at(A, m, at("19:05")).unwrap();
    db.start_item_at(A, item, at("19:30")).unwrap();
    // No clarifying question was asked: the hearing moves on saying so.
    for (step, none) in [
        (ProcessStep::Present, false),
        (ProcessStep::ClarifyingQuestions, false),
        (ProcessStep::Concerns, true),
    ] {
        db.advance_step(A, item, step, none).unwrap();
    }
    let am = db
        .amend_proposal(
            A,
            p.id,
            &AmendInput {
                text: "Spend 400 on a gas stove.".into(),
                by: "Lee".into(),
                item: Some(item.to_string()),
                accepted: Some(true),
            },
        )
        .unwrap();
    let d = db
        .record_decision(
            A,
            item,
            &DecisionInput {
                support: 45,
                against: 7,
                blocks: Some(1),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(d.outcome, Outcome::Failed);
    db.finish_item_at(A, item, at("20:00")).unwrap();
    db.close_meeting_at(A, m, at("21:00")).unwrap();
    db.set_now(Some("2026-03-02T10:15:00Z".parse().unwrap()));
    (db, m, d.id, am.id)
}

fn corrections(db: &Db, m: Uuid) -> Vec<(String, String, String)> {
    db.corrections(m)
        .unwrap()
        .into_iter()
        .map(|c| (c.what, c.before, c.after))
        .collect()
}

#[test]
fn a_decision_corrected_after_closing_is_recomputed_and_kept() {
    let (mut db, m, d, _) = closed_ga_with_decision();
    let before = db.decision(d).unwrap();
    // The vote was 47 for, 5 against: 90.3%, at least 90%.
    let got = db
        .correct_decision(
            A,
            d,
            &DecisionInput {
                support: 47,
                against: 5,
                blocks: Some(1),
                named_blocks: vec![StanceInput {
                    name: "Ana".into(),
                    reason: Some("the fumes".into()),
                }],
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(got.outcome, Outcome::Passed);
    assert_eq!(
        got.rule, "modified:90",
        "an empty rule keeps the one recorded"
    );
    assert_eq!((got.support, got.against, got.blocks), (47, 5, 1));
    assert_eq!(got.stances[0].name, "Ana");
    assert_eq!(got.version, before.version);
    assert_eq!(
        db.proposal(before.proposal_id).unwrap().status,
        ProposalStatus::Decided
    );
    assert_eq!(
        corrections(&db, m),
        [
            (
                "item 1.3: decision".to_string(),
                "failed (1 block (names and reasons not recorded); vote: 45 for, 7 against — 86.5%, below 90%)".to_string(),
                "passed (1 block; vote: 47 for, 5 against — 90.3%, at least 90%)".to_string()
            ),
            (
                "item 1.3: named blocks".to_string(),
                String::new(),
                "Ana (the fumes)".to_string()
            ),
        ]
    );
    // The minutes print the decision as corrected, and the correction.
    let text = md(&db, m, false);
    assert!(text.contains("## Corrected after the meeting"), "{text}");
    assert!(
        text.contains("item 1.3: decision: failed (1 block"),
        "{text}"
    );
    assert!(text.contains("vote: 47 for, 5 against"), "{text}");
    let red = md(&db, m, true);
    assert!(!red.contains("Ana"), "{red}");

    // A correction to tabled (no quorum) moves the proposal back with it; the hearing's
    // outcome follows.
    let t = db
        .correct_decision(
            A,
            d,
            &DecisionInput {
                support: 47,
                against: 5,
                blocks: Some(1),
                named_blocks: vec![StanceInput {
                    name: "Ana".into(),
                    reason: Some("the fumes".into()),
                }],
                quorum: Some(60),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(t.outcome, Outcome::Tabled);
    assert_eq!(
        db.proposal(before.proposal_id).unwrap().status,
        ProposalStatus::Tabled
    );
    let last = corrections(&db, m);
    assert_eq!(
        last[2],
        (
            "item 1.3: decision rule".to_string(),
            "modified:90".to_string(),
            "modified:90, quorum 60".to_string()
        )
    );
    assert!(last[3].2.starts_with("tabled ("), "{:?}", last[3]);
    let item = db.decision(d).unwrap().agenda_item_id;
    assert!(db
        .corrections(m)
        .unwrap()
        .iter()
        .all(|c| c.item_id == Some(item)));
}

#[test]
fn a_decision_correction_the_rules_refuse_writes_nothing() {
    let (mut db, m, d, _) = closed_ga_with_decision();
    refused(&mut db, "invalid-input", "has no reason", |db| {
        db.correct_decision(
            A,
            d,
            &DecisionInput {
                support: 45,
                against: 7,
                named_blocks: vec![StanceInput {
                    name: "Ana".into(),
                    reason: None,
                }],
                ..Default::default()
            },
        )
    });
    refused(&mut db, "not-found", "no decision", |db| {
        db.correct_decision(A, Uuid::nil(), &DecisionInput::default())
    });
    assert!(db.corrections(m).unwrap().is_empty());
}

#[test]
fn an_amendments_answer_corrected_after_closing_moves_the_versions() {
    let (mut db, m, d, am) = closed_ga_with_decision();
    let p = db.decision(d).unwrap().proposal_id;
    assert_eq!(db.decision(d).unwrap().version, 2);
    let r = db.correct_amendment(A, am, false).unwrap();
    assert_eq!((r.status, r.version), (AmendmentStatus::Rejected, None));
    assert_eq!(db.versions(p).unwrap().len(), 1);
    assert_eq!(db.proposal(p).unwrap().text, "Spend 350 on a stove.");
    assert_eq!(
        db.decision(d).unwrap().version,
        1,
        "decided on the text as it was"
    );
    // And back: accepted after all.
    let a = db.correct_amendment(A, am, true).unwrap();
    assert_eq!((a.status, a.version), (AmendmentStatus::Accepted, Some(2)));
    assert_eq!(db.proposal(p).unwrap().text, "Spend 400 on a gas stove.");
    assert_eq!(db.decision(d).unwrap().version, 2);
    // The same answer again is no change, and nothing is kept for it.
    db.correct_amendment(A, am, true).unwrap();
    assert_eq!(
        corrections(&db, m),
        [
            (
                "item 1.3: friendly amendment by Lee".to_string(),
                "accepted by the proposer".to_string(),
                "not accepted by the proposer".to_string()
            ),
            (
                "item 1.3: friendly amendment by Lee".to_string(),
                "not accepted by the proposer".to_string(),
                "accepted by the proposer".to_string()
            ),
        ]
    );
    let text = md(&db, m, false);
    assert!(
        text.contains("item 1.3: friendly amendment by Lee: accepted by the proposer → not accepted by the proposer"),
        "{text}"
    );
    let red = md(&db, m, true);
    assert!(!red.contains("Lee"), "{red}");
}

#[test]
fn decisions_and_amendments_are_refused_after_approval() {
    let (mut db, m, d, am) = closed_ga_with_decision();
    let next = db
        .new_meeting(
            A,
            &NewMeeting {
                date: "2026-03-02".into(),
                ..Default::default()
            },
        )
        .unwrap();
    db.open_meeting(A, next.id).unwrap();
    db.approve_minutes(A, m, next.id).unwrap();
    refused(&mut db, "not-allowed", "were approved at GA 2", |db| {
        db.correct_decision(
            A,
            d,
            &DecisionInput {
                support: 50,
                ..Default::default()
            },
        )
    });
    refused(&mut db, "not-allowed", "were approved at GA 2", |db| {
        db.correct_amendment(A, am, false)
    });
}

#[test]
fn another_assemblys_decision_and_amendment_are_refused() {
    let (db, m, d, am) = closed_ga_with_decision();
    assert_eq!(db.meeting_detail(m).unwrap().read_only, None);
    let mut other = Db::open_in_memory().unwrap();
    other.init_assembly("Occupy Bristol", "BRS", None).unwrap();
    let bundle = db.export_bundle_bytes(&ExportOptions::default()).unwrap().0;
    other
        .import_bundle(
            &bundle,
            &ImportOptions {
                file_name: "tst.plenary".into(),
                ..Default::default()
            },
        )
        .unwrap();
    refused(
        &mut other,
        "not-allowed",
        "belongs to another assembly",
        |db| {
            db.correct_decision(
                A,
                d,
                &DecisionInput {
                    support: 50,
                    ..Default::default()
                },
            )
        },
    );
    refused(
        &mut other,
        "not-allowed",
        "belongs to another assembly",
        |db| db.correct_amendment(A, am, false),
    );
    let view = other.meeting_detail(m).unwrap();
    assert!(!view.correcting);
    assert!(
        view.read_only
            .as_deref()
            .is_some_and(|r| r.contains("GA 1 belongs to another assembly")),
        "{:?}",
        view.read_only
    );
}

#[test]
fn a_correction_is_refused_once_the_proposal_has_moved_on() {
    let (mut db, m, d, am) = closed_ga_with_decision();
    let quorum = |q: Option<u32>| DecisionInput {
        support: 45,
        against: 7,
        blocks: Some(1),
        quorum: q,
        ..Default::default()
    };
    // Tabled (no quorum), then put on the next GA's agenda and decided there.
    db.correct_decision(A, d, &quorum(Some(60))).unwrap();
    let p = db.decision(d).unwrap().proposal_id;
    let reference = db.proposal(p).unwrap().reference;
    let next = db
        .new_meeting(
            A,
            &NewMeeting {
                date: "2026-03-02".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let item = db
        .add_agenda_item(
            A,
            &NewAgendaItem {
                meeting: next.id.to_string(),
                kind: "proposal".into(),
                title: "Buy a stove".into(),
                proposal: Some(reference),
                ..Default::default()
            },
        )
        .unwrap()
        .id;
    refused(&mut db, "conflict", "has moved on since", |db| {
        db.correct_decision(A, d, &quorum(None))
    });
    db.open_meeting(A, next.id).unwrap();
    db.record_decision(
        A,
        item,
        &DecisionInput {
            support: 50,
            ..Default::default()
        },
    )
    .unwrap();
    refused(&mut db, "conflict", "a decision at another GA", |db| {
        db.correct_amendment(A, am, false)
    });
    // Counts that keep the outcome (tabled) are still corrected.
    db.correct_decision(A, d, &quorum(Some(70))).unwrap();
    assert_eq!(db.corrections(m).unwrap().len(), 3);
}

/// `plenary ARGS` on `db`: its output, or its error message (`Err`).
fn cli(db: &std::path::Path, args: &[&str]) -> Result<String, String> {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_plenary"))
        .env("TZ", "UTC")
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .unwrap();
    if out.status.success() {
        Ok(String::from_utf8(out.stdout).unwrap())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

#[test]
fn the_command_line_corrects_a_decision_and_an_amendment() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ga.db");
    let ok = |args: &[&str]| cli(&db, args).unwrap();
    ok(&["init", "--name", "Occupy Example", "--code", "OEX"]);
    ok(&["meeting", "new", "--date", "2012-02-07", "--number", "144"]);
    let p = ok(&[
        "proposal",
        "new",
        "--title",
        "A van",
        "--by",
        "Pete",
        "--text",
        "Buy a van for 4000.",
    ]);
    let p = p.trim();
    ok(&[
        "agenda",
        "add",
        "--meeting",
        "144",
        "--kind",
        "proposal",
        "--title",
        "A van",
        "--proposal",
        p,
    ]);
    ok(&["meeting", "open", "144", "--at", "19:05"]);
    ok(&["agenda", "start", "144.1", "--at", "19:10"]);
    // No clarifying question was asked: the hearing moves on saying so.
    for (to, none) in [
        ("present", false),
        ("clarifying-questions", false),
        ("concerns", true),
    ] {
        let mut args = vec!["proposal", "step", p, "--meeting", "144", "--to", to];
        if none {
            args.push("--none");
        }
        ok(&args);
    }
    let am = ok(&[
        "proposal",
        "amend",
        p,
        "--meeting",
        "144",
        "--by",
        "Lee",
        "--accepted",
        "--text",
        "Buy a used van for 3500.",
    ]);
    let out = ok(&[
        "proposal",
        "decide",
        p,
        "--meeting",
        "144",
        "--rule",
        "modified:90",
        "--support",
        "45",
        "--against",
        "7",
        "--blocks",
        "1",
    ]);
    assert_eq!(out.trim(), "failed");
    ok(&["meeting", "close", "144", "--at", "21:00"]);
    let out = ok(&[
        "proposal",
        "decide",
        p,
        "--meeting",
        "144",
        "--correct",
        "--support",
        "47",
        "--against",
        "5",
        "--blocks",
        "1",
    ]);
    assert_eq!(out.trim(), "passed", "recomputed under the rule recorded");
    ok(&[
        "proposal",
        "amendment",
        am.trim(),
        "--rejected",
        "--correct",
    ]);
    let md = ok(&["minutes", "144", "--format", "md"]);
    assert!(md.contains("## Corrected after the meeting"), "{md}");
    assert!(
        md.contains("item 144.1: decision: failed (1 block (names and reasons not recorded); vote: 45 for, 7 against — 86.5%, below 90%) → passed"),
        "{md}"
    );
    assert!(
        md.contains("item 144.1: friendly amendment by Lee: accepted by the proposer → not accepted by the proposer"),
        "{md}"
    );
    // Without --correct, a second decision is refused: the GA is closed.
    let err = cli(
        &db,
        &[
            "proposal",
            "decide",
            p,
            "--meeting",
            "144",
            "--support",
            "50",
        ],
    )
    .unwrap_err();
    assert!(err.contains("GA 144 is closed"), "{err}");
    // The meeting's page on the command line lists the corrections in its language; its
    // --json keeps the English for scripts.
    let es = ok(&["--lang", "es", "meeting", "show", "144"]);
    assert!(
        es.contains("punto 144.1: enmienda amistosa de Lee: aceptada por quien propone → no aceptada por quien propone"),
        "{es}"
    );
    let json = ok(&["--lang", "es", "meeting", "show", "144", "--json"]);
    assert!(
        json.contains("item 144.1: friendly amendment by Lee"),
        "{json}"
    );
}

#[test]
fn an_announcement_left_out_is_added_as_a_correction() {
    let (mut db, m, _, _) = ga("2026-03-01");
    let item = db
        .add_agenda_item(
            A,
            &NewAgendaItem {
                meeting: m.to_string(),
                kind: "announcement".into(),
                title: "Announcements".into(),
                ..Default::default()
            },
        )
        .unwrap()
        .id;
    db.open_meeting_at(A, m, at("19:00")).unwrap();
    db.close_meeting_at(A, m, at("21:00")).unwrap();
    let a = db
        .announce(
            A,
            item,
            &NewAnnouncement {
                by: "Nan".into(),
                on_behalf_of: "Occupy Newark".into(),
                text: "March on Saturday.".into(),
            },
        )
        .unwrap();
    db.remove_announcement(A, a.id).unwrap();
    let line = "for Occupy Newark: March on Saturday.".to_string();
    let (by, what) = ("item 1.3: announcement by", "item 1.3: announcement");
    assert_eq!(
        corrections(&db, m),
        [
            (by.to_string(), String::new(), "Nan".to_string()),
            (what.to_string(), String::new(), line.clone()),
            (by.to_string(), "Nan".to_string(), String::new()),
            (what.to_string(), line, String::new()),
        ]
    );
    // Nan is no longer in the record, but the corrections name him: redacted, still.
    let red = md(&db, m, true);
    assert!(
        !red.contains("Nan") && red.contains("Occupy Newark"),
        "{red}"
    );
    // The meeting view shows each beside the item it corrected.
    assert!(db
        .corrections(m)
        .unwrap()
        .iter()
        .all(|c| c.item_id == Some(item)));
}

/// The minutes in Markdown, in `lang`.
fn md_in(db: &Db, m: Uuid, lang: Lang) -> String {
    db.render_minutes(
        m,
        MinutesFormat::Markdown,
        MinutesOptions::default(),
        &RenderOptions::local().in_lang(lang),
    )
    .unwrap()
    .remove(0)
    .text
}

/// Issue 15: what a correction changed and its values are kept as words to be said, so
/// that Spanish or Arabic minutes (and the meeting view, and a bundle's minutes) list
/// them in their language; a correction kept before (English only) stays as it was.
#[test]
fn every_correction_is_said_in_the_readers_language() {
    let (mut db, m, d, am) = closed_ga_with_decision();
    let item = db.decision(d).unwrap().agenda_item_id;
    db.set_attendance(A, m, "about 45").unwrap();
    db.hold_role(
        A,
        m,
        &RoleInput {
            role: "facilitator".into(),
            name: "Evan".into(),
            from: Some("20:10".into()),
            until: None,
        },
    )
    .unwrap();
    db.set_item_notes(A, item, "Quorum reached.").unwrap();
    db.correct_amendment(A, am, false).unwrap();
    db.correct_decision(
        A,
        d,
        &DecisionInput {
            support: 47,
            against: 5,
            blocks: Some(1),
            quorum: Some(40),
            ..Default::default()
        },
    )
    .unwrap();
    db.close_meeting_at(A, m, at("21:10")).unwrap();

    let english = corrections(&db, m);
    let es: Vec<(String, String, String)> = db
        .corrections_in(m, Lang::Es)
        .unwrap()
        .into_iter()
        .map(|c| (c.what, c.before, c.after))
        .collect();
    assert_eq!(es.len(), english.len(), "{es:?}");
    let line = |(w, b, a): &(String, String, String)| format!("{w}: {b} → {a}");
    let es: Vec<String> = es.iter().map(line).collect();
    let want = [
        "asistencia:  → unas 45",
        "Moderación: alta:  → Evan (desde las 20:10)",
        "punto 1.3: notas:  → Quorum reached.",
        "punto 1.3: enmienda amistosa de Lee: aceptada por quien propone → no aceptada por quien propone",
        "punto 1.3: regla de decisión: consenso modificado (90 %) → consenso modificado (90 %), quórum 40",
        "hora de cierre: 21:00 → 21:10",
    ];
    for w in want {
        assert!(es.iter().any(|l| l == w), "{w:?} not in {es:#?}");
    }
    let decision = es
        .iter()
        .find(|l| l.starts_with("punto 1.3: decisión: "))
        .expect("the decision's correction");
    assert!(
        decision.starts_with("punto 1.3: decisión: rechazada (1 bloqueo")
            && decision.contains("→ aprobada (1 bloqueo"),
        "{decision}"
    );
    // What the English said is not left in any line (the record's own words aside).
    for l in &es {
        for english in [
            "item ",
            "added",
            "accepted",
            "quorum",
            "attendance",
            "closed at",
            "decision rule",
        ] {
            assert!(!l.contains(english), "{english:?} in {l:?}");
        }
    }

    // The minutes, in Spanish and in Arabic.
    let text = md_in(&db, m, Lang::Es);
    assert!(
        text.contains("## Corregido después de la asamblea"),
        "{text}"
    );
    assert!(text.contains("asistencia: (nada) → unas 45"), "{text}");
    assert!(
        text.contains("punto 1.3: enmienda amistosa de Lee: aceptada por quien propone → no aceptada por quien propone"),
        "{text}"
    );
    let ar = md_in(&db, m, Lang::Ar);
    assert!(ar.contains("البند"), "{ar}");
    assert!(
        !ar.contains("item 1.3") && !ar.contains("friendly amendment"),
        "{ar}"
    );
    // English is as before.
    let en = md_in(&db, m, Lang::En);
    assert!(en.contains("attendance: (none) → about 45"), "{en}");
    assert!(
        en.contains("Facilitator added: (none) → Evan (from 20:10)"),
        "{en}"
    );
    assert!(
        en.contains("item 1.3: decision rule: modified:90 → modified:90, quorum 40"),
        "{en}"
    );

    // A correction kept before its words were (migration 0030): its English, in every
    // language.
    db.conn()
        .execute(
            "UPDATE corrections SET what_said = NULL, before_said = NULL, after_said = NULL
             WHERE what = 'attendance'",
            [],
        )
        .unwrap();
    let text = md_in(&db, m, Lang::Es);
    assert!(text.contains("attendance: (nada) → about 45"), "{text}");

    // Forgetting a person reaches the words kept for later too.
    let lee = db
        .people()
        .unwrap()
        .into_iter()
        .find(|p| p.name == "Lee")
        .unwrap()
        .id;
    db.forget_person(Actor::Facilitator, lee).unwrap();
    for lang in [Lang::En, Lang::Es] {
        for c in db.corrections_in(m, lang).unwrap() {
            assert!(!c.what.contains("Lee"), "{}", c.what);
        }
    }
    let kept: String = db
        .conn()
        .query_row(
            "SELECT group_concat(coalesce(what_said, ''), ' ') FROM corrections",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(!kept.contains("Lee"), "{kept}");
}

/// Plenary's own words in a proposal's record — a status note, who set an outcome by
/// default — are kept in English (the record travels) and said in the reader's language.
#[test]
fn plenarys_own_words_in_a_proposals_record_are_said_in_the_readers_language() {
    let (mut db, _, d, _) = closed_ga_with_decision();
    // Decided → tabled after the meeting (the quorum was 60, and 52 took part): the
    // status history notes the correction.
    db.correct_decision(
        A,
        d,
        &DecisionInput {
            support: 45,
            against: 7,
            blocks: Some(1),
            quorum: Some(60),
            ..Default::default()
        },
    )
    .unwrap();
    let p = db.decision(d).unwrap().proposal_id;
    let en = db.proposal_detail(p).unwrap();
    assert!(
        en.history
            .iter()
            .any(|h| h.note == "corrected after the meeting"),
        "{:?}",
        en.history
    );
    let es = en.said_in(Lang::Es);
    assert!(
        es.history
            .iter()
            .any(|h| h.note == "corregido después de la asamblea"),
        "{:?}",
        es.history
    );
    assert!(es.history.iter().all(|h| !h.note.contains("corrected")));
}
