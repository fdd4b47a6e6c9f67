//! Minutes: every format from the same record, escaping of hostile text in every format,
//! and redaction that leaves no name of the record in the output.

mod common;

use chrono::{FixedOffset, NaiveDate};
use plenary_core::agenda::{NewAgendaItem, ReportBackInput};
use plenary_core::meeting::{MeetingRole, NewMeeting};
use plenary_core::minutes::csv::CsvTable;
use plenary_core::minutes::{csv, html, markdown, MinutesFormat, RenderOptions};
use plenary_core::wg::NewWg;
use plenary_core::{Actor, Db};

const A: Actor = Actor::Cli;
const UTC: RenderOptions = RenderOptions {
    offset: FixedOffset::east_opt(0).unwrap(),
};

const HOSTILE_NAME: &str = "<script>alert(1)</script>";
const PIPE_NAME: &str = "| pipe |";

/// A meeting whose every text field carries something hostile.
fn hostile_meeting() -> (Db, uuid::Uuid) {
    let mut db = common::db();
    db.set_now(Some("2026-03-01T18:00:00Z".parse().unwrap()));
    db.add_wg(
        A,
        &NewWg {
            name: "Kitchen & <Co>".into(),
            category: "operational".into(),
            ..Default::default()
        },
    )
    .unwrap();
    let m = db
        .new_meeting(
            A,
            &NewMeeting {
                date: "2026-03-01".into(),
                place: "Square <b>bold</b>".into(),
                ..Default::default()
            },
        )
        .unwrap();
    db.assign_role(A, m.id, MeetingRole::Facilitator, HOSTILE_NAME)
        .unwrap();
    db.assign_role(A, m.id, MeetingRole::StackKeeper, PIPE_NAME)
        .unwrap();
    db.assign_role(A, m.id, MeetingRole::MinuteTaker, "Sam Whitfield")
        .unwrap();
    let rb = db
        .add_agenda_item(
            A,
            &NewAgendaItem {
                meeting: "1".into(),
                kind: "report-back".into(),
                title: "# Kitchen *now*".into(),
                wg: Some("Kitchen & <Co>".into()),
                allotted_minutes: Some(5),
                ..Default::default()
            },
        )
        .unwrap();
    db.record_report_back(
        A,
        rb.id,
        &ReportBackInput {
            presenter: Some("Jo Becker".into()),
            summary: "Jo Becker thanks Sam Whitfield.\n=SUM(A1:A9)\n<img src=x onerror=alert(1)>"
                .into(),
            asks: "[link](javascript:alert(1))".into(),
            announcements: "| a | b |".into(),
        },
    )
    .unwrap();
    db.open_meeting(A, m.id).unwrap();
    db.start_item(A, rb.id).unwrap();
    db.set_now(Some("2026-03-01T18:07:00Z".parse().unwrap()));
    db.finish_item(A, rb.id).unwrap();
    db.set_item_notes(A, rb.id, "Asked by <script>alert(1)</script> and | pipe |.")
        .unwrap();
    (db, m.id)
}

#[test]
fn html_escapes_everything_from_the_record() {
    let (db, m) = hostile_meeting();
    let out = db
        .render_minutes(m, MinutesFormat::Html, false, &UTC)
        .unwrap();
    assert!(!out.contains("<script>"), "raw script tag in HTML");
    assert!(!out.contains("<img"), "raw img tag in HTML");
    assert!(!out.contains("<b>bold"), "raw b tag in HTML");
    assert!(out.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(out.contains("Kitchen &amp; &lt;Co&gt;"));
    // Self-contained: no script, no external resource.
    assert!(!out.to_lowercase().contains("<script"));
    assert!(!out.contains("src=\"http") && !out.contains("href=\"http") && !out.contains("<link"));
}

#[test]
fn markdown_escapes_everything_from_the_record() {
    let (db, m) = hostile_meeting();
    let out = db
        .render_minutes(m, MinutesFormat::Markdown, false, &UTC)
        .unwrap();
    assert!(out.contains("\\<script\\>alert(1)\\</script\\>"), "{out}");
    assert!(out.contains("\\| pipe \\|"));
    assert!(out.contains("\\<img src=x onerror=alert(1)\\>"));
    assert!(out.contains("\\[link\\](javascript:alert(1))"));
    assert!(out.contains("## 1.1 \\# Kitchen \\*now\\*"));
    // No unescaped "<" anywhere: every "<" is preceded by a backslash.
    for (i, _) in out.match_indices('<') {
        assert_eq!(&out[i - 1..i], "\\", "unescaped < at {i}");
    }
}

#[test]
fn csv_quotes_and_neutralises_formulas() {
    let (db, m) = hostile_meeting();
    let out = csv::render(&db.minutes(m, false).unwrap(), CsvTable::Items, &UTC);
    let mut r = ::csv::Reader::from_reader(out.as_bytes());
    let rows: Vec<::csv::StringRecord> = r.records().map(|x| x.unwrap()).collect();
    assert_eq!(rows.len(), 1);
    let headers = r.headers().unwrap().clone();
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    assert_eq!(&rows[0][col("title")], "# Kitchen *now*");
    assert_eq!(&rows[0][col("announcements")], "| a | b |");
    assert!(
        rows[0][col("summary")].contains("\n=SUM(A1:A9)"),
        "multi-line text survives quoting"
    );
    assert_eq!(&rows[0][col("actual_minutes")], "7");
    assert_eq!(csv::cell("=1+1"), "'=1+1");
    assert_eq!(csv::cell("-5"), "'-5");
}

#[test]
fn redaction_leaves_no_name_of_the_record() {
    let (db, m) = hostile_meeting();
    let names = [HOSTILE_NAME, PIPE_NAME, "Sam Whitfield", "Jo Becker"];
    for format in MinutesFormat::ALL {
        let out = db.render_minutes(m, *format, true, &UTC).unwrap();
        for n in names {
            for variant in [n.to_string(), markdown::esc(n), html::esc(n)] {
                assert!(
                    !out.contains(&variant),
                    "{format}: {variant:?} survived redaction"
                );
            }
        }
        assert!(out.contains("Participant 1"), "{format}");
    }
    // Consistent numbering: facilitator first, then stack-keeper, minute-taker, presenter.
    let md = db
        .render_minutes(m, MinutesFormat::Markdown, true, &UTC)
        .unwrap();
    assert!(md.contains("**Facilitator:** Participant 1"));
    assert!(md.contains("**Stack-keeper:** Participant 2"));
    assert!(md.contains("**Minute-taker:** Participant 3"));
    assert!(md.contains("Participant 4 thanks Participant 3."), "{md}");
    // WG names stay.
    assert!(md.contains("Kitchen \\& \\<Co\\>"), "{md}");
}

#[test]
fn redaction_does_not_touch_longer_words() {
    let mut db = common::db();
    let m = db
        .new_meeting(
            A,
            &NewMeeting {
                date: "2026-03-01".into(),
                ..Default::default()
            },
        )
        .unwrap();
    db.assign_role(A, m.id, MeetingRole::Facilitator, "Sam")
        .unwrap();
    let i = db
        .add_agenda_item(
            A,
            &NewAgendaItem {
                meeting: "1".into(),
                kind: "soapbox".into(),
                title: "Soapbox".into(),
                ..Default::default()
            },
        )
        .unwrap();
    db.set_item_notes(A, i.id, "Samuel and SAM spoke; Sam's point.")
        .unwrap();
    let md = db
        .render_minutes(m.id, MinutesFormat::Markdown, true, &UTC)
        .unwrap();
    assert!(
        md.contains("Samuel and Participant 1 spoke; Participant 1's point."),
        "{md}"
    );
}

#[test]
fn demo_minutes_snapshot() {
    let mut db = Db::open_in_memory().unwrap();
    plenary_core::demo::fill_as_of(&mut db, NaiveDate::from_ymd_opt(2026, 11, 26).unwrap())
        .unwrap();
    let m = db.resolve_meeting("RIV-GA-2").unwrap();
    insta::assert_snapshot!(
        "demo_ga2_md",
        db.render_minutes(m, MinutesFormat::Markdown, false, &UTC)
            .unwrap()
    );
    insta::assert_snapshot!(
        "demo_ga2_html",
        db.render_minutes(m, MinutesFormat::Html, false, &UTC)
            .unwrap()
    );
    insta::assert_snapshot!(
        "demo_ga2_csv",
        db.render_minutes(m, MinutesFormat::Csv, false, &UTC)
            .unwrap()
    );
    insta::assert_snapshot!(
        "demo_ga2_md_redacted",
        db.render_minutes(m, MinutesFormat::Markdown, true, &UTC)
            .unwrap()
    );
}
