//! Write-up after the meeting and corrections (ga-process.md, "Real GAs, as minutes
//! record them"): times come from the clock only for a meeting held today, otherwise from
//! what the minute-taker gives or nowhere; a closed GA's record is corrected until its
//! minutes are approved, every correction kept and listed in the minutes.

mod common;

use chrono::{DateTime, NaiveTime, TimeZone, Utc};
use common::{db, refused};
use plenary_core::agenda::{NewAgendaItem, ReportBackInput};
use plenary_core::meeting::{MeetingRole, MeetingStatus, NewMeeting};
use plenary_core::minutes::{MinutesFormat, MinutesOptions, RenderOptions};
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
        ("facilitator added", "", "Evan"),
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
    assert!(text.contains("facilitator added: (none) → Evan"), "{text}");
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
        red.contains("facilitator added: (none) → Participant"),
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
        db.table_item(A, a)
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
