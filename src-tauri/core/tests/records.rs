//! Real GAs as minutes record them (ga-process.md, "Real GAs"): approximate attendance,
//! open roles with hand-overs, report-backs on someone's behalf that no edit silently
//! blanks, announcements as records, the caucus category, people renamed and merged,
//! and redaction that leaves no name of the record in the minutes.

mod common;

use common::{db, dump, refused};
use plenary_core::agenda::{NewAgendaItem, ReportBackInput};
use plenary_core::announcement::NewAnnouncement;
use plenary_core::bundle::{ExportOptions, ImportOptions};
use plenary_core::meeting::{NewMeeting, RoleInput};
use plenary_core::minutes::{MinutesFormat, MinutesOptions, RenderOptions};
use plenary_core::stack::EntryKind;
use plenary_core::wg::NewWg;
use plenary_core::{Actor, Db};
use uuid::Uuid;

const A: Actor = Actor::Cli;

fn meeting(db: &mut Db) -> Uuid {
    db.new_meeting(
        A,
        &NewMeeting {
            date: "2026-02-07".into(),
            number: Some(144),
            ..Default::default()
        },
    )
    .unwrap()
    .id
}

fn item(db: &mut Db, kind: &str, title: &str, wg: Option<&str>) -> Uuid {
    db.add_agenda_item(
        A,
        &NewAgendaItem {
            meeting: "144".into(),
            kind: kind.into(),
            title: title.into(),
            wg: wg.map(Into::into),
            ..Default::default()
        },
    )
    .unwrap()
    .id
}

fn wg(db: &mut Db, name: &str, category: &str) {
    db.add_wg(
        A,
        &NewWg {
            name: name.into(),
            category: category.into(),
            ..Default::default()
        },
    )
    .unwrap();
}

fn minutes(db: &Db, m: Uuid, format: MinutesFormat, redact: bool) -> String {
    db.render_minutes(
        m,
        format,
        MinutesOptions {
            redact_names: redact,
            speakers: false,
            equity: false,
        },
        &RenderOptions {
            offset: chrono::FixedOffset::east_opt(0).unwrap(),
            lang: plenary_core::i18n::Lang::En,
        },
    )
    .unwrap()
    .into_iter()
    .map(|f| f.text)
    .collect::<Vec<_>>()
    .join("\n")
}

#[test]
fn attendance_is_a_count_a_range_or_about_a_count() {
    let mut db = db();
    let m = meeting(&mut db);
    for (typed, label) in [("55", "55"), ("50-60", "50–60"), ("~50", "about 50")] {
        let got = db.set_attendance(A, m, typed).unwrap();
        assert_eq!(got.attendance_label.as_deref(), Some(label));
        let md = minutes(&db, m, MinutesFormat::Markdown, false);
        assert!(md.contains(&format!("**Attendance:** {label}")), "{md}");
    }
    refused(&mut db, "invalid-input", "top of a range", |db| {
        db.set_attendance(A, m, "60-50")
    });
    refused(&mut db, "invalid-input", "is not a count", |db| {
        db.set_attendance(A, m, "lots")
    });
    assert_eq!(db.set_attendance(A, m, "").unwrap().attendance, None);
}

#[test]
fn roles_are_an_open_list_with_hand_overs() {
    let mut db = db();
    let m = meeting(&mut db);
    let hold = |db: &mut Db, role: &str, name: &str, from: Option<&str>, until: Option<&str>| {
        db.hold_role(
            A,
            m,
            &RoleInput {
                role: role.into(),
                name: name.into(),
                from: from.map(Into::into),
                until: until.map(Into::into),
            },
        )
    };
    hold(&mut db, "Stack Reader", "Kim", None, None).unwrap();
    hold(&mut db, "facilitator", "Dana", None, None).unwrap();
    // Dana stepped down at 20:10; Evan stepped up. Re-entering Dana changes only the time.
    hold(&mut db, "facilitator", "Dana", None, Some("20:10")).unwrap();
    let roles = hold(&mut db, "facilitator", "Evan", Some("20:10"), None).unwrap();
    let seen: Vec<(String, &str, Option<&str>, Option<&str>)> = roles
        .iter()
        .map(|r| {
            (
                r.role.to_string(),
                r.name.as_str(),
                r.from.as_deref(),
                r.until.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            ("facilitator".into(), "Dana", None, Some("20:10")),
            ("facilitator".into(), "Evan", Some("20:10"), None),
            ("stack reader".into(), "Kim", None, None),
        ],
        "the usual roles first, hand-overs in order"
    );
    let md = minutes(&db, m, MinutesFormat::Markdown, false);
    assert!(
        md.contains("- **Facilitators:** Dana (until 20:10), Evan (from 20:10)"),
        "{md}"
    );
    assert!(md.contains("- **Stack reader:** Kim"), "{md}");
    refused(&mut db, "conflict", "already facilitator", |db| {
        hold(db, "facilitator", "Evan", None, None)
    });
    refused(&mut db, "invalid-input", "before it began", |db| {
        hold(db, "facilitator", "Evan", None, Some("19:00"))
    });
    refused(&mut db, "invalid-input", "HH:MM", |db| {
        hold(db, "timekeeper", "Lee", Some("8pm"), None)
    });
}

#[test]
fn a_report_back_edit_changes_only_what_it_is_given() {
    let mut db = db();
    wg(&mut db, "Kitchen", "operational");
    meeting(&mut db);
    let rb = item(&mut db, "report-back", "Kitchen", Some("Kitchen"));
    let full = ReportBackInput {
        presenter: Some("Barbra".into()),
        summary: Some("450 meals served".into()),
        asks: Some("Volunteers for Sunday".into()),
        announcements: Some("Potluck on Friday".into()),
        ..Default::default()
    };
    db.record_report_back(A, rb, &full).unwrap();
    // The replayed bug: fixing the presenter's name blanked the summary and the asks.
    let r = db
        .record_report_back(
            A,
            rb,
            &ReportBackInput {
                presenter: Some("Barbara".into()),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(r.presenter_name.as_deref(), Some("Barbara"));
    assert_eq!(r.summary, "450 meals served");
    assert_eq!(r.asks, "Volunteers for Sunday");
    assert_eq!(r.announcements, "Potluck on Friday");
    // Blanking a field that holds text says so, and writes nothing…
    refused(
        &mut db,
        "invalid-input",
        "would blank the summary and the asks",
        |db| {
            db.record_report_back(
                A,
                rb,
                &ReportBackInput {
                    summary: Some(String::new()),
                    asks: Some(" ".into()),
                    ..Default::default()
                },
            )
        },
    );
    // …unless it is meant.
    let r = db
        .record_report_back(
            A,
            rb,
            &ReportBackInput {
                clear: vec!["asks".into()],
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(
        (r.asks.as_str(), r.summary.as_str()),
        ("", "450 meals served")
    );
    refused(&mut db, "invalid-input", "cannot clear \"title\"", |db| {
        db.record_report_back(
            A,
            rb,
            &ReportBackInput {
                clear: vec!["title".into()],
                ..Default::default()
            },
        )
    });
}

#[test]
fn a_report_back_on_someones_behalf_and_announcements_as_records() {
    let mut db = db();
    wg(&mut db, "People of Color", "caucus");
    let m = meeting(&mut db);
    let rb = item(&mut db, "report-back", "Occupy Newark", None);
    let r = db
        .record_report_back(
            A,
            rb,
            &ReportBackInput {
                on_behalf_of: Some("Occupy Newark".into()),
                presenter: Some("Nan".into()),
                summary: Some("Eviction defence every Tuesday.".into()),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(
        (r.wg_name, r.on_behalf_of.as_str()),
        (None, "Occupy Newark")
    );
    refused(&mut db, "invalid-input", "not both", |db| {
        db.record_report_back(
            A,
            rb,
            &ReportBackInput {
                wg: Some("People of Color".into()),
                on_behalf_of: Some("Occupy Newark".into()),
                ..Default::default()
            },
        )
    });
    let ann = item(&mut db, "announcement", "Announcements", None);
    let a = db
        .announce(
            A,
            ann,
            &NewAnnouncement {
                by: "Tomás".into(),
                on_behalf_of: "the People of Color caucus".into(),
                text: "Open meeting Sunday at 3pm, all welcome.".into(),
            },
        )
        .unwrap();
    assert_eq!((a.position, a.by.as_deref()), (1, Some("Tomás")));
    refused(&mut db, "invalid-input", "at an announcement item", |db| {
        db.announce(
            A,
            rb,
            &NewAnnouncement {
                by: "Tomás".into(),
                text: "x".into(),
                ..Default::default()
            },
        )
    });
    refused(&mut db, "invalid-input", "needs its text", |db| {
        db.announce(
            A,
            ann,
            &NewAnnouncement {
                by: "Tomás".into(),
                ..Default::default()
            },
        )
    });
    for format in [
        MinutesFormat::Markdown,
        MinutesFormat::Html,
        MinutesFormat::Csv,
    ] {
        let text = minutes(&db, m, format, false);
        assert!(text.contains("Occupy Newark"), "{format}: {text}");
        assert!(
            text.contains("Tomás, for the People of Color caucus"),
            "{format}: {text}"
        );
        assert!(text.contains("Open meeting Sunday at 3pm"), "{format}");
    }
    let md = minutes(&db, m, MinutesFormat::Markdown, false);
    assert!(
        md.contains("**On behalf of:** Occupy Newark · **Presented by:** Nan"),
        "{md}"
    );
}

#[test]
fn redaction_leaves_no_name_of_the_record_in_any_format() {
    let mut db = db();
    let m = meeting(&mut db);
    // Rosa is known only from a stack; her name was typed into an item's title and notes.
    let soap = item(&mut db, "soapbox", "Rosa Marquez on the rent strike", None);
    db.open_meeting(A, m).unwrap();
    db.stack_add(A, soap, "Rosa Marquez", EntryKind::Speak, false)
        .unwrap();
    db.set_item_notes(A, soap, "rosa marquez asked for a follow-up.")
        .unwrap();
    let ann = item(&mut db, "announcement", "Announcements", None);
    db.announce(
        A,
        ann,
        &NewAnnouncement {
            by: "Jun".into(),
            text: "Jun's bike workshop moved to Sunday.".into(),
            ..Default::default()
        },
    )
    .unwrap();
    for format in [
        MinutesFormat::Markdown,
        MinutesFormat::Html,
        MinutesFormat::Csv,
    ] {
        let plain = minutes(&db, m, format, false);
        assert!(plain.contains("Rosa Marquez"), "{format}");
        let redacted = minutes(&db, m, format, true);
        for name in ["Rosa", "Marquez", "Jun"] {
            assert!(
                !redacted.to_lowercase().contains(&name.to_lowercase()),
                "{format}: {name} left in {redacted}"
            );
        }
        assert!(redacted.contains("Participant"), "{format}");
    }
}

#[test]
fn people_are_listed_renamed_and_merged_with_every_reference() {
    let mut db = db();
    let m = meeting(&mut db);
    let soap = item(&mut db, "soapbox", "Soapbox", None);
    db.assign_role(A, m, "facilitator".parse().unwrap(), "Barbra")
        .unwrap();
    db.assign_role(A, m, "facilitator".parse().unwrap(), "Barbara")
        .unwrap();
    db.assign_role(A, m, "timekeeper".parse().unwrap(), "Barbra")
        .unwrap();
    db.open_meeting(A, m).unwrap();
    db.stack_add(A, soap, "Barbra", EntryKind::Speak, false)
        .unwrap();
    let waiting = db
        .stack_add(A, soap, "Barbara", EntryKind::Speak, false)
        .unwrap();
    let barbra = db.resolve_person("Barbra").unwrap();
    let barbara = db.resolve_person("barbara").unwrap();
    let list = db.people().unwrap();
    let b = list.iter().find(|p| p.id == barbra).unwrap();
    assert_eq!((b.references, b.meetings), (3, 1));

    refused(&mut db, "conflict", "both wait in the speak band", |db| {
        db.merge_people(A, barbra, barbara)
    });
    refused(
        &mut db,
        "conflict",
        "already someone called Barbara",
        |db| db.rename_person(A, barbra, "BARBARA"),
    );
    refused(&mut db, "invalid-input", "into themselves", |db| {
        db.merge_people(A, barbra, barbra)
    });
    db.stack_withdraw(A, waiting).unwrap();

    // A bundle taken before the merge, then one after: the other assembly follows.
    let mut other = Db::open_in_memory().unwrap();
    other.init_assembly("Occupy Bristol", "BRS", None).unwrap();
    let opts = ImportOptions {
        file_name: "tst.plenary".into(),
        ..Default::default()
    };
    let before = db.export_bundle_bytes(&ExportOptions::default()).unwrap().0;
    other.import_bundle(&before, &opts).unwrap();

    let kept = db.merge_people(A, barbra, barbara).unwrap();
    assert_eq!(kept.name, "Barbara");
    assert!(db.resolve_person("Barbra").is_err());
    let roles = db.roles(m).unwrap();
    let names: Vec<(String, String)> = roles
        .iter()
        .map(|r| (r.role.to_string(), r.name.clone()))
        .collect();
    assert_eq!(
        names,
        [
            ("facilitator".to_string(), "Barbara".to_string()),
            ("timekeeper".to_string(), "Barbara".to_string()),
        ],
        "both facilitators were one person: one row stays"
    );
    let p = db.people().unwrap();
    assert_eq!(p.len(), 1);
    assert_eq!(
        (p[0].references, p[0].meetings),
        (4, 1),
        "2 roles, 2 stack entries"
    );
    let stack_people: i64 = db
        .conn()
        .query_row(
            "SELECT count(DISTINCT person_id) FROM stack_entries",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(stack_people, 1);

    let renamed = db.rename_person(A, barbara, "Barbara Okafor").unwrap();
    assert_eq!(renamed.name, "Barbara Okafor");
    assert!(minutes(&db, m, MinutesFormat::Markdown, false).contains("Barbara Okafor"));

    let after = db.export_bundle_bytes(&ExportOptions::default()).unwrap().0;
    let snapshot = dump(&other);
    // The dry run says what the import does: the merge applies whole, nothing refused.
    let dry = other
        .import_bundle(
            &after,
            &ImportOptions {
                dry_run: true,
                ..opts.clone()
            },
        )
        .unwrap();
    assert!(dry.refusals.is_empty(), "{:?}", dry.refusals);
    assert_eq!(dump(&other), snapshot, "a dry run writes nothing");
    let report = other.import_bundle(&after, &opts).unwrap();
    assert!(report.refusals.is_empty(), "{:?}", report.refusals);
    let people = report.tables.iter().find(|t| t.table == "people").unwrap();
    assert_eq!(
        people.counts.deleted, 1,
        "the merged-away person is deleted there too"
    );
    assert_ne!(dump(&other), snapshot);
    // Barbra's tombstone is applied: gone, remembered as deleted, named by no row.
    assert!(other.person(barbra).is_err());
    let tombstone: bool = other
        .conn()
        .query_row(
            "SELECT EXISTS (SELECT 1 FROM tombstones WHERE id = ?1 AND record_table = 'people')",
            [barbra],
            |r| r.get(0),
        )
        .unwrap();
    assert!(tombstone);
    for table in ["meeting_roles", "stack_entries"] {
        let n: i64 = other
            .conn()
            .query_row(
                &format!("SELECT count(*) FROM {table} WHERE person_id = ?1"),
                [barbra],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(n, 0, "{table} still names the merged-away person");
    }
    // Importing the same bundle again changes nothing.
    let again = dump(&other);
    other.import_bundle(&after, &opts).unwrap();
    assert_eq!(dump(&other), again);
    let theirs: Vec<String> = other
        .conn()
        .prepare("SELECT name FROM people WHERE origin <> (SELECT id FROM assemblies WHERE is_local = 1)")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    // The renamed person and every changed record arrive.
    assert!(theirs.contains(&"Barbara Okafor".to_string()), "{theirs:?}");
    let roles_there: i64 = other
        .conn()
        .query_row(
            "SELECT count(*) FROM meeting_roles r JOIN people p ON p.id = r.person_id WHERE p.name = 'Barbara Okafor'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(roles_there, 2, "the roles follow the merge there too");
}

#[test]
fn a_caucus_is_a_working_group_category() {
    let mut db = db();
    wg(&mut db, "Women's Caucus", "caucus");
    assert_eq!(db.wgs().unwrap()[0].category.to_string(), "caucus");
}
