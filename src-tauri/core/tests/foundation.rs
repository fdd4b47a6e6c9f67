//! The foundation's rules: working groups, meetings, agenda, report-backs, journal,
//! and that every bad input is refused with a clear error and writes nothing.

mod common;

use common::{db, dump, refused};
use plenary_core::agenda::{ItemStatus, NewAgendaItem, ReportBackInput};
use plenary_core::meeting::{MeetingRole, MeetingStatus, NewMeeting};
use plenary_core::order_of_business::OrderOfBusiness;
use plenary_core::proposal::{NewProposal, ProposalStatus};
use plenary_core::wg::{NewWg, WgStatus};
use plenary_core::{Actor, Db};

const A: Actor = Actor::Cli;

fn wg(name: &str, category: &str) -> NewWg {
    NewWg {
        name: name.into(),
        category: category.into(),
        ..Default::default()
    }
}

fn meeting(db: &mut Db, date: &str) -> plenary_core::meeting::Meeting {
    db.new_meeting(
        A,
        &NewMeeting {
            date: date.into(),
            ..Default::default()
        },
    )
    .unwrap()
}

fn item(meeting: &str, kind: &str, title: &str) -> NewAgendaItem {
    NewAgendaItem {
        meeting: meeting.into(),
        kind: kind.into(),
        title: title.into(),
        ..Default::default()
    }
}

#[test]
fn working_groups_have_a_dated_status_history() {
    let mut db = db();
    db.set_now(Some("2026-01-01T10:00:00Z".parse().unwrap()));
    let w = db.add_wg(A, &wg("Kitchen", "operational")).unwrap();
    assert_eq!((w.status, w.revision), (WgStatus::Forming, 1));
    let early = chrono::NaiveDate::from_ymd_opt(2025, 12, 31).unwrap();
    refused(&mut db, "invalid-input", "forming since 2026-01-01", |db| {
        db.set_wg_status(A, w.id, WgStatus::Active, Some(early), "")
    });
    let on = chrono::NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
    let w = db
        .set_wg_status(A, w.id, WgStatus::Active, Some(on), "first meeting")
        .unwrap();
    assert_eq!(
        (w.status, w.status_since, w.revision),
        (WgStatus::Active, on, 2)
    );
    let history = db.wg_history(w.id).unwrap();
    assert_eq!(
        history.iter().map(|h| h.status).collect::<Vec<_>>(),
        vec![WgStatus::Forming, WgStatus::Active]
    );
    assert_eq!(history[1].note, "first meeting");
}

#[test]
fn bad_working_groups_are_refused_and_change_nothing() {
    let mut db = db();
    db.add_wg(A, &wg("Kitchen", "operational")).unwrap();
    refused(
        &mut db,
        "invalid-input",
        "working-group name is empty",
        |db| db.add_wg(A, &wg("  ", "operational")),
    );
    refused(
        &mut db,
        "invalid-input",
        "unknown working-group category \"cooking\"",
        |db| db.add_wg(A, &wg("Food", "cooking")),
    );
    refused(
        &mut db,
        "conflict",
        "already a working group called \"Kitchen\"",
        |db| db.add_wg(A, &wg("KITCHEN", "operational")),
    );
    refused(
        &mut db,
        "invalid-input",
        "unknown working-group status",
        |db| {
            db.add_wg(
                A,
                &NewWg {
                    status: Some("sleeping".into()),
                    ..wg("Press", "operational")
                },
            )
        },
    );
    let id = db.resolve_wg("kitchen").unwrap();
    refused(&mut db, "conflict", "already forming", |db| {
        db.set_wg_status(A, id, WgStatus::Forming, None, "")
    });
    refused(&mut db, "not-found", "no working group \"Nope\"", |db| {
        db.resolve_wg("Nope")
    });
}

#[test]
fn meetings_are_numbered_and_follow_their_lifecycle() {
    let mut db = db();
    let m1 = meeting(&mut db, "2026-03-01");
    let m2 = meeting(&mut db, "2026-03-08");
    assert_eq!(
        (m1.number, m2.number, m2.reference.as_str()),
        (1, 2, "TST-GA-2")
    );
    assert_eq!(db.resolve_meeting("TST-GA-2").unwrap(), m2.id);
    assert_eq!(db.resolve_meeting("2").unwrap(), m2.id);
    refused(&mut db, "conflict", "not been opened", |db| {
        db.close_meeting(A, m1.id)
    });
    let m1 = db.open_meeting(A, m1.id).unwrap();
    assert_eq!(m1.status, MeetingStatus::Open);
    refused(&mut db, "conflict", "already open", |db| {
        db.open_meeting(A, m1.id)
    });
    db.close_meeting(A, m1.id).unwrap();
    // A closed meeting takes no new items; its record takes corrections (tests/writeup.rs).
    refused(&mut db, "not-allowed", "GA 1 is closed", |db| {
        db.add_agenda_item(A, &item("1", "soapbox", "Soapbox"))
    });
    refused(&mut db, "conflict", "already closed", |db| {
        db.close_meeting(A, m1.id)
    });
    db.set_attendance(A, m1.id, "3").unwrap();
    assert_eq!(db.corrections(m1.id).unwrap().len(), 1);
}

#[test]
fn bad_meetings_are_refused_and_change_nothing() {
    let mut db = db();
    meeting(&mut db, "2026-03-01");
    refused(&mut db, "invalid-input", "YYYY-MM-DD", |db| {
        db.new_meeting(
            A,
            &NewMeeting {
                date: "2026-13-01".into(),
                ..Default::default()
            },
        )
    });
    refused(&mut db, "invalid-input", "YYYY-MM-DD", |db| {
        db.new_meeting(
            A,
            &NewMeeting {
                date: "".into(),
                ..Default::default()
            },
        )
    });
    refused(&mut db, "invalid-input", "unknown stack policy", |db| {
        db.new_meeting(
            A,
            &NewMeeting {
                date: "2026-03-02".into(),
                policy: Some("random".into()),
                ..Default::default()
            },
        )
    });
    refused(&mut db, "conflict", "already a GA number 1", |db| {
        db.new_meeting(
            A,
            &NewMeeting {
                date: "2026-03-02".into(),
                number: Some(1),
                ..Default::default()
            },
        )
    });
    refused(&mut db, "not-found", "no meeting \"GA-9\"", |db| {
        db.resolve_meeting("GA-9")
    });
    refused(&mut db, "not-found", "no meeting", |db| {
        db.meeting(uuid::Uuid::now_v7())
    });
    let m = db.resolve_meeting("1").unwrap();
    refused(&mut db, "invalid-input", "is not a count", |db| {
        db.set_attendance(A, m, "-1")
    });
    db.assign_role(A, m, MeetingRole::stack_keeper(), "Sam")
        .unwrap();
    refused(&mut db, "conflict", "already stack-keeper", |db| {
        db.assign_role(A, m, MeetingRole::stack_keeper(), "sam")
    });
}

#[test]
fn agenda_items_are_numbered_reordered_and_linked() {
    let mut db = db();
    db.add_wg(A, &wg("Kitchen", "operational")).unwrap();
    let m = meeting(&mut db, "2026-03-01");
    let p = db
        .new_proposal(
            A,
            &NewProposal {
                title: "Buy a stove".into(),
                text: "Buy one.".into(),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(p.status, ProposalStatus::Submitted);
    let a = db
        .add_agenda_item(A, &item("1", "process", "Welcome"))
        .unwrap();
    let rb = db
        .add_agenda_item(
            A,
            &NewAgendaItem {
                wg: Some("kitchen".into()),
                allotted_minutes: Some(5),
                ..item("1", "report-back", "Kitchen")
            },
        )
        .unwrap();
    let pi = db
        .add_agenda_item(
            A,
            &NewAgendaItem {
                proposal: Some(p.reference.clone()),
                ..item("TST-GA-1", "proposal", "Stove")
            },
        )
        .unwrap();
    assert_eq!((a.position, rb.position, pi.position), (1, 2, 3));
    assert_eq!(pi.reference, "TST-GA-1.3");
    assert_eq!(db.proposal(p.id).unwrap().status, ProposalStatus::OnAgenda);
    assert_eq!(db.resolve_item("1.2").unwrap(), rb.id);

    let order = db.move_agenda_item(A, pi.id, 1).unwrap();
    assert_eq!(
        order.iter().map(|i| i.title.as_str()).collect::<Vec<_>>(),
        ["Stove", "Welcome", "Kitchen"]
    );
    assert_eq!(
        order.iter().map(|i| i.position).collect::<Vec<_>>(),
        [1, 2, 3]
    );
    let order = db.remove_agenda_item(A, a.id).unwrap();
    assert_eq!(
        order
            .iter()
            .map(|i| (i.title.as_str(), i.position))
            .collect::<Vec<_>>(),
        [("Stove", 1), ("Kitchen", 2)]
    );

    let r = db
        .record_report_back(
            A,
            rb.id,
            &ReportBackInput {
                presenter: Some("Jo".into()),
                summary: Some("450 meals".into()),
                asks: Some("volunteers".into()),
                announcements: Some("".into()),
                ..ReportBackInput::default()
            },
        )
        .unwrap();
    assert_eq!(
        (
            r.wg_name.as_deref(),
            r.presenter_name.as_deref(),
            r.summary.as_str()
        ),
        (Some("Kitchen"), Some("Jo"), "450 meals")
    );
    assert_eq!(db.meeting_detail(m.id).unwrap().planned_minutes, 5);
}

#[test]
fn items_run_one_at_a_time_in_an_open_meeting() {
    let mut db = db();
    let m = meeting(&mut db, "2026-03-01");
    // Held today: times come from the clock (tests/writeup.rs has the other days).
    db.set_now(Some("2026-03-01T12:00:00Z".parse().unwrap()));
    let a = db
        .add_agenda_item(A, &item("1", "process", "Welcome"))
        .unwrap();
    let b = db
        .add_agenda_item(A, &item("1", "soapbox", "Soapbox"))
        .unwrap();
    refused(&mut db, "conflict", "open the meeting", |db| {
        db.start_item(A, a.id)
    });
    db.open_meeting(A, m.id).unwrap();
    assert_eq!(db.start_item(A, a.id).unwrap().status, ItemStatus::Active);
    assert_eq!(db.start_item(A, b.id).unwrap().status, ItemStatus::Active);
    let a = db.agenda_item(a.id).unwrap();
    assert_eq!(a.status, ItemStatus::Done);
    assert!(a.ended_at.is_some());
    refused(&mut db, "conflict", "already done", |db| {
        db.start_item(A, a.id)
    });
    assert_eq!(
        db.table_item(A, b.id, "").unwrap().status,
        ItemStatus::Tabled
    );
    refused(&mut db, "conflict", "only the item under way", |db| {
        db.finish_item(A, b.id)
    });
}

#[test]
fn bad_agenda_items_are_refused_and_change_nothing() {
    let mut db = db();
    db.add_wg(A, &wg("Kitchen", "operational")).unwrap();
    meeting(&mut db, "2026-03-01");
    db.add_agenda_item(A, &item("1", "process", "Welcome"))
        .unwrap();
    refused(
        &mut db,
        "invalid-input",
        "unknown agenda item kind \"speech\"",
        |db| db.add_agenda_item(A, &item("1", "speech", "x")),
    );
    refused(&mut db, "invalid-input", "title is empty", |db| {
        db.add_agenda_item(A, &item("1", "process", ""))
    });
    refused(&mut db, "not-found", "no meeting \"7\"", |db| {
        db.add_agenda_item(A, &item("7", "process", "x"))
    });
    refused(&mut db, "invalid-input", "names its proposal", |db| {
        db.add_agenda_item(A, &item("1", "proposal", "x"))
    });
    refused(&mut db, "not-found", "no working group \"Bakery\"", |db| {
        db.add_agenda_item(
            A,
            &NewAgendaItem {
                wg: Some("Bakery".into()),
                ..item("1", "report-back", "x")
            },
        )
    });
    refused(&mut db, "not-found", "no proposal", |db| {
        db.add_agenda_item(
            A,
            &NewAgendaItem {
                proposal: Some("TST-P-2026-099".into()),
                ..item("1", "proposal", "x")
            },
        )
    });
    refused(&mut db, "invalid-input", "between 1 and 1440", |db| {
        db.add_agenda_item(
            A,
            &NewAgendaItem {
                allotted_minutes: Some(0),
                ..item("1", "process", "x")
            },
        )
    });
    let first = db.resolve_item("1.1").unwrap();
    refused(&mut db, "invalid-input", "outside the agenda", |db| {
        db.move_agenda_item(A, first, 5)
    });
    refused(&mut db, "invalid-input", "not a report-back", |db| {
        db.record_report_back(A, first, &ReportBackInput::default())
    });
    refused(&mut db, "not-found", "no agenda item \"1.9\"", |db| {
        db.resolve_item("1.9")
    });
}

#[test]
fn every_action_is_journaled_with_its_role() {
    let mut db = db();
    let before = db.journal_tail(100).unwrap().len();
    db.add_wg(Actor::Facilitator, &wg("Kitchen", "operational"))
        .unwrap();
    let m = meeting(&mut db, "2026-03-01");
    db.open_meeting(Actor::Facilitator, m.id).unwrap();
    let tail = db.journal_tail(100).unwrap();
    assert_eq!(tail.len(), before + 3);
    let actions: Vec<(&str, Actor)> = tail
        .iter()
        .take(3)
        .map(|j| (j.action.as_str(), j.actor))
        .collect();
    assert_eq!(
        actions,
        [
            ("meeting.open", Actor::Facilitator),
            ("meeting.new", Actor::Cli),
            ("wg.add", Actor::Facilitator)
        ]
    );
    assert_eq!(tail[0].meeting_id, Some(m.id));
}

#[test]
fn every_record_has_id_origin_times_and_revision() {
    let mut db = db();
    let origin = db.local_id().unwrap();
    let w = db.add_wg(A, &wg("Kitchen", "operational")).unwrap();
    assert_eq!(w.id.get_version_num(), 7, "ids are UUIDv7");
    assert_eq!(w.origin, origin);
    let m = meeting(&mut db, "2026-03-01");
    let m2 = db.set_attendance(A, m.id, "40").unwrap();
    assert_eq!((m.revision, m2.revision), (1, 2));
    assert!(m2.updated_at >= m.created_at);
}

#[test]
fn nothing_works_before_init() {
    let mut db = Db::open_in_memory().unwrap();
    let before = dump(&db);
    let e = db.add_wg(A, &wg("Kitchen", "operational")).unwrap_err();
    assert_eq!(e.kind(), "no-assembly");
    assert!(e.to_string().contains("plenary init"));
    assert_eq!(dump(&db), before);
}

#[test]
fn the_demo_is_a_realistic_assembly() {
    let mut db = Db::open_in_memory().unwrap();
    let a = plenary_core::demo::fill(&mut db).unwrap();
    assert_eq!(a.code, "RIV");
    let wgs = db.wgs().unwrap();
    assert!(wgs.len() >= 8);
    // The essay's three categories (a caucus is an assembly's own choice).
    use plenary_core::wg::WgCategory::{Operational, Sectorial, Strategy};
    for c in [Operational, Sectorial, Strategy] {
        assert!(wgs.iter().any(|w| w.category == c), "no {c} WG");
    }
    for s in WgStatus::ALL {
        assert!(wgs.iter().any(|w| w.status == *s), "no {s} WG");
    }
    let meetings = db.meetings().unwrap();
    // Three past GAs and a spokes council (tests/floor.rs walks the council).
    let (past, councils): (Vec<_>, Vec<_>) = meetings
        .iter()
        .filter(|m| m.status == MeetingStatus::Closed)
        .partition(|m| m.format == plenary_core::meeting::MeetingFormat::GeneralAssembly);
    assert_eq!((past.len(), councils.len()), (3, 1));
    assert_eq!(
        meetings
            .iter()
            .filter(|m| m.status == MeetingStatus::Planned)
            .count(),
        1
    );
    for m in past {
        let d = db.meeting_detail(m.id).unwrap();
        assert!(d.agenda.len() >= 6, "{} has a short agenda", m.reference);
        assert!(d.agenda.iter().all(|i| i.status == ItemStatus::Done
            && i.started_at.is_some()
            && i.ended_at.is_some()));
        assert!(d.roles.iter().any(|r| r.role == MeetingRole::facilitator()));
        let rbs: Vec<_> = d
            .agenda
            .iter()
            .filter_map(|i| db.report_back(i.id).unwrap())
            .collect();
        assert!(
            rbs.len() >= 3
                && rbs
                    .iter()
                    .all(|r| !r.summary.is_empty() && r.presenter_name.is_some())
        );
    }
    // And a second demo into the same database is refused.
    refused(&mut db, "conflict", "needs an empty database", |db| {
        plenary_core::demo::fill(db)
    });
}

#[test]
fn fts5_is_available() {
    let db = db();
    db.conn().execute_batch("CREATE VIRTUAL TABLE temp.t USING fts5(x); INSERT INTO temp.t VALUES ('stack keeper');").unwrap();
    let n: i64 = db
        .conn()
        .query_row(
            "SELECT count(*) FROM temp.t WHERE t MATCH 'keeper'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(n, 1);
}

#[test]
fn a_ga_is_prepared_from_the_usual_order_of_business() {
    let mut db = db();
    db.add_wg(A, &wg("Kitchen", "operational")).unwrap();
    let housing = db.add_wg(A, &wg("Housing", "sectorial")).unwrap();
    let dormant = db.add_wg(A, &wg("Press", "operational")).unwrap();
    db.set_wg_status(A, dormant.id, WgStatus::Dormant, None, "")
        .unwrap();
    let p = db
        .new_proposal(
            A,
            &NewProposal {
                title: "Stove".into(),
                text: "Buy one.".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let m = meeting(&mut db, "2026-03-01");

    let c = db.agenda_candidates().unwrap();
    assert_eq!(
        c.working_groups
            .iter()
            .map(|w| w.name.as_str())
            .collect::<Vec<_>>(),
        ["Housing", "Kitchen"]
    );
    assert_eq!(c.proposals.len(), 1);

    let plan = OrderOfBusiness {
        report_backs: vec!["Kitchen".into(), housing.id.to_string()],
        proposals: vec![p.reference.clone()],
    };
    // An unknown WG anywhere in the plan: nothing is added.
    let bad = OrderOfBusiness {
        report_backs: vec!["Kitchen".into(), "Bakery".into()],
        ..Default::default()
    };
    refused(&mut db, "not-found", "Bakery", |db| {
        db.add_order_of_business(A, m.id, &bad)
    });

    let agenda = db.add_order_of_business(A, m.id, &plan).unwrap();
    let kinds: Vec<String> = agenda.iter().map(|i| i.kind.to_string()).collect();
    assert_eq!(
        kinds,
        [
            "process",
            "report-back",
            "report-back",
            "proposal",
            "announcement",
            "soapbox",
            "process"
        ]
    );
    assert_eq!(agenda[1].title, "Report-back: Kitchen");
    assert_eq!(agenda[2].wg_id, Some(housing.id));
    assert_eq!(agenda[3].proposal_id, Some(p.id));
    assert_eq!(db.proposal(p.id).unwrap().status, ProposalStatus::OnAgenda);
    assert_eq!(
        db.meeting_detail(m.id).unwrap().planned_minutes,
        10 + 5 + 5 + 30 + 10 + 15 + 5
    );
    refused(&mut db, "conflict", "already has an agenda", |db| {
        db.add_order_of_business(A, m.id, &plan)
    });
}

/// The titles Plenary gives the usual order of business are written in the language the
/// assembly keeps its minutes in (issue 15): a Spanish assembly's agenda is in Spanish.
#[test]
fn the_order_of_business_is_titled_in_the_assemblys_language() {
    use plenary_core::i18n::Lang;
    assert_eq!(
        order_of_business_titles(Lang::Es, "Cocina"),
        [
            "Bienvenida, metodología y roles",
            "Informe de comisión: Cocina",
            "Anuncios",
            "Micro abierto",
            "Cierre"
        ]
    );
    // Arabic isolates a value for display; the stored title keeps the name alone.
    assert_eq!(
        order_of_business_titles(Lang::Ar, "Kitchen")[1],
        "تقرير لجنة: Kitchen"
    );
}

/// The titles of the order of business prepared, with `wg` reporting back, by a new
/// assembly that keeps its minutes in `lang`.
fn order_of_business_titles(lang: plenary_core::i18n::Lang, wg: &str) -> Vec<String> {
    let mut db = db();
    db.set_minutes_lang(A, lang).unwrap();
    let m = meeting(&mut db, "2026-03-01");
    db.add_wg(
        A,
        &NewWg {
            name: wg.into(),
            category: "operational".into(),
            ..Default::default()
        },
    )
    .unwrap();
    let plan = OrderOfBusiness {
        report_backs: vec![wg.into()],
        proposals: vec![],
    };
    db.add_order_of_business(A, m.id, &plan)
        .unwrap()
        .into_iter()
        .map(|i| i.title)
        .collect()
}

#[test]
fn tabling_a_proposal_item_tables_the_proposal() {
    let mut db = db();
    let m = meeting(&mut db, "2026-03-01");
    let p = db
        .new_proposal(
            A,
            &NewProposal {
                title: "Stove".into(),
                text: "Buy one.".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let it = db
        .add_agenda_item(
            A,
            &NewAgendaItem {
                proposal: Some(p.reference.clone()),
                ..item("1", "proposal", "Stove")
            },
        )
        .unwrap();
    db.open_meeting(A, m.id).unwrap();
    db.start_item(A, it.id).unwrap();
    // Tabling the item tables its proposal, and a tabling carries its reason.
    let before = common::dump(&db);
    let e = db.table_item(A, it.id, " ").unwrap_err();
    assert_eq!(e.kind(), "invalid-input");
    assert!(
        e.to_string().contains("a tabling carries its reason"),
        "{e}"
    );
    assert_eq!(common::dump(&db), before, "refused: nothing written");
    db.table_item(A, it.id, "Out of time; back next week")
        .unwrap();
    assert_eq!(db.proposal(p.id).unwrap().status, ProposalStatus::Tabled);
    let h = db.hearing(it.id).unwrap();
    assert_eq!(h.outcome.map(|o| o.to_string()).as_deref(), Some("tabled"));
    assert_eq!(
        (h.outcome_by.as_deref(), h.outcome_reason.as_deref()),
        (Some("the GA"), Some("Out of time; back next week"))
    );
    // Tabled, it can go on a later GA's agenda.
    meeting(&mut db, "2026-03-08");
    db.add_agenda_item(
        A,
        &NewAgendaItem {
            proposal: Some(p.reference.clone()),
            ..item("2", "proposal", "Stove")
        },
    )
    .unwrap();
    assert_eq!(db.proposal(p.id).unwrap().status, ProposalStatus::OnAgenda);
}

#[test]
fn a_meeting_has_a_planned_start_and_end() {
    let mut db = db();
    let m = db
        .new_meeting(
            A,
            &NewMeeting {
                date: "2026-03-01".into(),
                starts_at: Some("18:30".into()),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(m.starts_at.as_deref(), Some("18:30"));
    let minutes = |title: &str, n: i64| NewAgendaItem {
        allotted_minutes: Some(n),
        ..item("1", "other", title)
    };
    let a = db.add_agenda_item(A, &minutes("Welcome", 10)).unwrap();
    db.add_agenda_item(A, &minutes("Proposals", 60)).unwrap();
    db.add_agenda_item(A, &minutes("Soapbox", 25)).unwrap();
    let d = db.meeting_detail(m.id).unwrap();
    assert_eq!(
        (
            d.planned_minutes,
            d.planned_end.as_deref(),
            d.planned_end_day
        ),
        (95, Some("20:05"), 0)
    );
    assert_eq!(d.pending_minutes, 95);
    // The item under way is no longer pending; what is left of it the UI counts down.
    db.open_meeting(A, m.id).unwrap();
    db.start_item(A, a.id).unwrap();
    assert_eq!(db.meeting_detail(m.id).unwrap().pending_minutes, 85);

    // Setting it later: one journaled change, revision bumped; late GAs end the next day.
    let before = db.meeting(m.id).unwrap();
    let m2 = db
        .set_meeting_start(Actor::Facilitator, m.id, "23:00")
        .unwrap();
    assert_eq!(m2.starts_at.as_deref(), Some("23:00"));
    assert_eq!(m2.revision, before.revision + 1);
    let tail = db.journal_tail(1).unwrap();
    assert_eq!(
        (tail[0].action.as_str(), tail[0].actor, tail[0].meeting_id),
        ("meeting.start-time", Actor::Facilitator, Some(m.id))
    );
    let d = db.meeting_detail(m.id).unwrap();
    assert_eq!(
        (d.planned_end.as_deref(), d.planned_end_day),
        (Some("00:35"), 1)
    );
    // "9:05" is read as 09:05; "" clears the time (and with it the planned end).
    let m3 = db.set_meeting_start(A, m.id, " 9:05").unwrap();
    assert_eq!(m3.starts_at.as_deref(), Some("09:05"));
    db.set_meeting_start(A, m.id, "").unwrap();
    let d = db.meeting_detail(m.id).unwrap();
    assert_eq!((d.meeting.starts_at, d.planned_end), (None, None));

    // Bad input and closed meetings are refused, and nothing is written.
    for bad in ["25:00", "18h30", "18:30:00", "evening"] {
        refused(&mut db, "invalid-input", "HH:MM", |db| {
            db.set_meeting_start(A, m.id, bad)
        });
    }
    refused(&mut db, "invalid-input", "HH:MM (24-hour)", |db| {
        db.new_meeting(
            A,
            &NewMeeting {
                date: "2026-03-08".into(),
                starts_at: Some("7pm".into()),
                ..Default::default()
            },
        )
    });
    refused(&mut db, "not-found", "no meeting", |db| {
        db.set_meeting_start(A, uuid::Uuid::now_v7(), "18:00")
    });
    db.close_meeting(A, m.id).unwrap();
    // On a closed GA, a correction (tests/writeup.rs).
    db.set_meeting_start(A, m.id, "18:00").unwrap();
    assert_eq!(db.corrections(m.id).unwrap()[0].what, "planned start");
}

#[test]
fn the_database_refuses_a_malformed_start_time() {
    let mut db = db();
    let m = meeting(&mut db, "2026-03-01");
    let err = db
        .conn()
        .execute(
            "UPDATE meetings SET starts_at = '7pm' WHERE id = ?1",
            [m.id],
        )
        .unwrap_err();
    assert!(err.to_string().contains("CHECK"), "{err}");
}
