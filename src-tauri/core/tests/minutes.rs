//! Minutes: every format from the same record, escaping of hostile text in every format,
//! and redaction that leaves no name of the record in the output.

mod common;

use chrono::{FixedOffset, NaiveDate};
use plenary_core::action_item::NewActionItem;
use plenary_core::agenda::{NewAgendaItem, ReportBackInput};
use plenary_core::decision::{DecisionInput, StanceInput};
use plenary_core::meeting::{MeetingRole, NewMeeting};
use plenary_core::minutes::csv::CsvTable;
use plenary_core::minutes::{csv, html, markdown, MinutesFormat, MinutesOptions, RenderOptions};
use plenary_core::proposal::hearing::{NewConcern, NewQuestion, TemperatureInput};
use plenary_core::proposal::versions::AmendInput;
use plenary_core::proposal::NewProposal;
use plenary_core::stack::EntryKind;
use plenary_core::wg::NewWg;
use plenary_core::{Actor, Db};

const A: Actor = Actor::Cli;
const UTC: RenderOptions = RenderOptions {
    offset: FixedOffset::east_opt(0).unwrap(),
    lang: plenary_core::i18n::Lang::En,
};

const PLAIN: MinutesOptions = MinutesOptions {
    redact_names: false,
    speakers: true,
    equity: false,
};
const REDACTED: MinutesOptions = MinutesOptions {
    redact_names: true,
    speakers: true,
    equity: false,
};

/// The main file of rendered minutes.
fn render(db: &Db, m: uuid::Uuid, format: MinutesFormat, what: MinutesOptions) -> String {
    db.render_minutes(m, format, what, &UTC)
        .unwrap()
        .remove(0)
        .text
}

/// Every file of rendered minutes, concatenated.
fn render_all(db: &Db, m: uuid::Uuid, format: MinutesFormat, what: MinutesOptions) -> String {
    db.render_minutes(m, format, what, &UTC)
        .unwrap()
        .into_iter()
        .map(|f| f.text)
        .collect::<Vec<_>>()
        .join("\n")
}

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
    db.assign_role(A, m.id, MeetingRole::facilitator(), HOSTILE_NAME)
        .unwrap();
    db.assign_role(A, m.id, MeetingRole::stack_keeper(), PIPE_NAME)
        .unwrap();
    db.assign_role(A, m.id, MeetingRole::minute_taker(), "Sam Whitfield")
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
            summary: Some(
                "Jo Becker thanks Sam Whitfield.\n=SUM(A1:A9)\n<img src=x onerror=alert(1)>".into(),
            ),
            asks: Some("[link](javascript:alert(1))".into()),
            announcements: Some("| a | b |".into()),
            ..ReportBackInput::default()
        },
    )
    .unwrap();
    db.open_meeting(A, m.id).unwrap();
    db.start_item(A, rb.id).unwrap();
    db.set_now(Some("2026-03-01T18:07:00Z".parse().unwrap()));
    db.finish_item(A, rb.id).unwrap();
    db.set_item_notes(A, rb.id, "Asked by <script>alert(1)</script> and | pipe |.")
        .unwrap();
    db.add_action_item(
        A,
        rb.id,
        &NewActionItem {
            text: "Buy <b>pans</b>".into(),
            who: Some("Ana Ruiz".into()),
        },
    )
    .unwrap();

    // A proposal heard with a question, a concern, two amendments, a temperature check and
    // a decision with a named stand-aside and a block.
    let p = db
        .new_proposal(
            A,
            &NewProposal {
                title: "Stove <i>now</i>".into(),
                text: "Buy a stove.\n<img src=x onerror=alert(1)>".into(),
                wg: None,
                by: Some("Lee Chen".into()),
                date: None,
            },
        )
        .unwrap();
    let pi = db
        .add_agenda_item(
            A,
            &NewAgendaItem {
                meeting: "1".into(),
                kind: "proposal".into(),
                title: "Stove".into(),
                proposal: Some(p.reference.clone()),
                ..Default::default()
            },
        )
        .unwrap();
    db.start_item(A, pi.id).unwrap();
    db.stack_add(
        Actor::StackKeeper,
        pi.id,
        "Ana Ruiz",
        EntryKind::Speak,
        false,
    )
    .unwrap();
    db.stack_add(
        Actor::StackKeeper,
        pi.id,
        HOSTILE_NAME,
        EntryKind::Clarifying,
        false,
    )
    .unwrap();
    db.stack_next(Actor::StackKeeper, pi.id).unwrap();
    db.set_now(Some("2026-03-01T18:09:00Z".parse().unwrap()));
    db.stack_next(Actor::StackKeeper, pi.id).unwrap();
    db.set_now(Some("2026-03-01T18:10:30Z".parse().unwrap()));
    db.stack_next(Actor::StackKeeper, pi.id).unwrap();
    db.add_question(
        A,
        pi.id,
        &NewQuestion {
            question: "How much?".into(),
            by: Some(PIPE_NAME.into()),
        },
    )
    .unwrap();
    db.add_concern(
        A,
        pi.id,
        &NewConcern {
            concern: "Gas is dangerous, says Ana Ruiz".into(),
            by: Some("Ana Ruiz".into()),
        },
    )
    .unwrap();
    let am = db
        .amend_proposal(
            A,
            p.id,
            &AmendInput {
                text: "Buy a safe stove.".into(),
                by: "Sam Whitfield".into(),
                item: Some(pi.id.to_string()),
                accepted: None,
            },
        )
        .unwrap();
    db.decide_amendment(A, am.id, true).unwrap();
    db.amend_proposal(
        A,
        p.id,
        &AmendInput {
            text: "Buy two stoves.".into(),
            by: "Jo Becker".into(),
            item: Some(pi.id.to_string()),
            accepted: Some(false),
        },
    )
    .unwrap();
    db.record_temperature(
        A,
        pi.id,
        &TemperatureInput {
            up: 20,
            sideways: 3,
            down: 1,
            note: "Lee Chen counted".into(),
        },
    )
    .unwrap();
    db.record_decision(
        A,
        pi.id,
        &DecisionInput {
            support: 30,
            named_stand_asides: vec![StanceInput {
                name: "Kim Park".into(),
                reason: Some("I cook on wood".into()),
            }],
            stand_asides: Some(2),
            named_blocks: vec![StanceInput {
                name: "Ana Ruiz".into(),
                reason: Some("Fire risk near <tents>".into()),
            }],
            ..Default::default()
        },
    )
    .unwrap();
    (db, m.id)
}

#[test]
fn html_escapes_everything_from_the_record() {
    let (db, m) = hostile_meeting();
    let out = render(&db, m, MinutesFormat::Html, PLAIN);
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
    let out = render(&db, m, MinutesFormat::Markdown, PLAIN);
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
    let out = csv::render(&db.minutes(m, PLAIN).unwrap(), CsvTable::Agenda, &UTC);
    let mut r = ::csv::Reader::from_reader(out.as_bytes());
    let rows: Vec<::csv::StringRecord> = r.records().map(|x| x.unwrap()).collect();
    assert_eq!(rows.len(), 2, "one row per agenda item");
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
    let names = [
        HOSTILE_NAME,
        PIPE_NAME,
        "Sam Whitfield",
        "Jo Becker",
        "Lee Chen",
        "Ana Ruiz",
        "Kim Park",
    ];
    for format in MinutesFormat::ALL {
        let out = render_all(&db, m, *format, REDACTED);
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
    let md = render(&db, m, MinutesFormat::Markdown, REDACTED);
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
    db.assign_role(A, m.id, MeetingRole::facilitator(), "Sam")
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
    let md = render(&db, m.id, MinutesFormat::Markdown, REDACTED);
    assert!(
        md.contains("Samuel and Participant 1 spoke; Participant 1's point."),
        "{md}"
    );
}

/// The minutes in each of the other languages (issue 15): every word the minutes add is
/// the language's, what was typed into the record is as typed. GA 2 has a vote, named
/// blocks and stand-asides, a rule chosen over the default; GA 3 a floor policy changed
/// mid-meeting; GA 5 is a spokes council.
#[test]
fn demo_minutes_in_every_language() {
    use plenary_core::i18n::Lang;
    let mut db = Db::open_in_memory().unwrap();
    plenary_core::demo::fill_as_of(&mut db, NaiveDate::from_ymd_opt(2026, 11, 26).unwrap())
        .unwrap();
    let render_in = |ga: &str, format: MinutesFormat, lang: Lang| {
        let m = db.resolve_meeting(ga).unwrap();
        db.render_minutes(m, format, PLAIN, &UTC.in_lang(lang))
            .unwrap()
            .into_iter()
            .map(|f| f.text)
            .collect::<Vec<_>>()
            .join("\n")
    };
    // English words of the minutes' own that must not be left in another language.
    let english = [
        "Outcome:",
        "**Decision**",
        "Speakers",
        "under way",
        " in support",
        "stand-aside",
        "Minutes:",
        "Working group:",
        "Presented by",
        "Clarifying questions",
        "Friendly amendments",
        "Text as decided",
        "entered by the",
        "allotted",
        "progressive stack",
        "point of information",
        "vote:",
        "Spokes",
        "Consult breaks",
        "(from ",
        "(until ",
    ];
    for lang in Lang::ALL.iter().copied().filter(|l| *l != Lang::En) {
        for (ga, format, suffix) in [
            ("RIV-GA-2", MinutesFormat::Markdown, "md"),
            ("RIV-GA-2", MinutesFormat::Html, "html"),
            ("RIV-GA-2", MinutesFormat::Csv, "csv"),
            ("RIV-GA-3", MinutesFormat::Markdown, "md"),
            ("RIV-GA-5", MinutesFormat::Markdown, "md"),
        ] {
            let text = render_in(ga, format, lang);
            for word in english {
                assert!(
                    !text.contains(word),
                    "{lang} {ga} {suffix} still says {word:?}"
                );
            }
            let name = format!("{}_{suffix}_{lang}", ga.to_lowercase().replace('-', "_"));
            insta::assert_snapshot!(name, text);
        }
    }
    // The HTML says its language, and Arabic's direction.
    assert!(render_in("RIV-GA-2", MinutesFormat::Html, Lang::Fr).contains("<html lang=\"fr\">"));
    let ar = render_in("RIV-GA-2", MinutesFormat::Html, Lang::Ar);
    assert!(ar.contains("<html lang=\"ar\" dir=\"rtl\">"));
    // Names in another script are isolated from the Arabic sentence around them.
    assert!(ar.contains("<bdi>"), "Arabic minutes isolate names");
    // A redacted copy says "Participant" in the minutes' language.
    let m = db.resolve_meeting("RIV-GA-2").unwrap();
    let es = db
        .render_minutes(m, MinutesFormat::Markdown, REDACTED, &UTC.in_lang(Lang::Es))
        .unwrap()
        .remove(0)
        .text;
    assert!(es.contains("Participante 1") && !es.contains("Participant 1"));
    // The airtime equity too, with how the attendance was read.
    let equity = MinutesOptions {
        equity: true,
        ..PLAIN
    };
    let m = db.resolve_meeting("RIV-GA-3").unwrap();
    let es = db
        .render_minutes(m, MinutesFormat::Markdown, equity, &UTC.in_lang(Lang::Es))
        .unwrap()
        .remove(0)
        .text;
    assert!(es.contains("## Reparto del tiempo de palabra"), "{es}");
    assert!(es.contains("96 presentes)"), "{es}");
    let en = render(&db, m, MinutesFormat::Markdown, equity);
    assert!(en.contains("over 96 people (96 present)"), "{en}");
}

/// The app's preview in another language (`get_minutes` with `lang`): the words the core
/// put into the structure — counts, explanations, speech kinds, roles — are said as the
/// exported minutes say them; what people typed is untouched; English is as collected.
#[test]
fn the_preview_structure_is_said_in_the_apps_language() {
    use plenary_core::i18n::Lang;
    let mut db = Db::open_in_memory().unwrap();
    plenary_core::demo::fill_as_of(&mut db, NaiveDate::from_ymd_opt(2026, 11, 26).unwrap())
        .unwrap();
    let m = db.resolve_meeting("RIV-GA-2").unwrap();
    let with_speakers = MinutesOptions {
        speakers: true,
        ..PLAIN
    };
    let en = db.minutes(m, with_speakers).unwrap();
    assert_eq!(en.clone().said_in(Lang::En), en);
    let es = db
        .minutes_in(m, with_speakers, Lang::Es)
        .unwrap()
        .said_in(Lang::Es);
    let markdown = db
        .render_minutes(
            m,
            MinutesFormat::Markdown,
            with_speakers,
            &UTC.in_lang(Lang::Es),
        )
        .unwrap()
        .remove(0)
        .text;
    let decisions: Vec<_> = es
        .items
        .iter()
        .filter_map(|i| i.proposal.as_ref()?.decision.as_ref())
        .collect();
    assert!(!decisions.is_empty(), "RIV-GA-2 decides something");
    for d in decisions {
        assert!(
            markdown.contains(&d.counted),
            "{} not in {markdown}",
            d.counted
        );
        assert!(
            markdown.contains(&d.explanation),
            "{} not in {markdown}",
            d.explanation
        );
    }
    let speech_kinds: Vec<&str> = es
        .items
        .iter()
        .flat_map(|i| i.speakers.iter().map(|s| s.kind.as_str()))
        .collect();
    assert!(!speech_kinds.is_empty());
    for kind in &speech_kinds {
        assert!(
            [
                "cuestión de orden",
                "punto de información",
                "pregunta aclaratoria",
                "respuesta directa",
                "toma de palabra"
            ]
            .contains(kind),
            "{kind}"
        );
    }
    assert!(
        es.roles.iter().any(|r| r.label == "Moderación"),
        "{:?}",
        es.roles
    );
    // Records are as typed: titles and names are the English ones.
    assert_eq!(
        es.items.iter().map(|i| &i.title).collect::<Vec<_>>(),
        en.items.iter().map(|i| &i.title).collect::<Vec<_>>()
    );
}

#[test]
fn demo_minutes_snapshot() {
    // The demo's three past GAs have, between them, every kind of outcome (consensus,
    // passed, blocked, failed, tabled by quorum and by stand-asides, withdrawn, sent back),
    // report-backs, announcements, soapbox, amendments, stances and speakers' logs, and
    // three floor policies (GA 3's changed mid-meeting); RIV-GA-5 is its spokes council.
    let mut db = Db::open_in_memory().unwrap();
    plenary_core::demo::fill_as_of(&mut db, NaiveDate::from_ymd_opt(2026, 11, 26).unwrap())
        .unwrap();
    for ga in ["RIV-GA-1", "RIV-GA-2", "RIV-GA-3", "RIV-GA-5"] {
        let m = db.resolve_meeting(ga).unwrap();
        let name = ga.to_lowercase().replace('-', "_");
        insta::assert_snapshot!(
            format!("{name}_md"),
            render(&db, m, MinutesFormat::Markdown, PLAIN)
        );
        insta::assert_snapshot!(
            format!("{name}_html"),
            render(&db, m, MinutesFormat::Html, PLAIN)
        );
        insta::assert_snapshot!(
            format!("{name}_csv"),
            render_all(&db, m, MinutesFormat::Csv, PLAIN)
        );
        insta::assert_snapshot!(
            format!("{name}_md_redacted"),
            render(&db, m, MinutesFormat::Markdown, REDACTED)
        );
    }
    let all: String = ["RIV-GA-1", "RIV-GA-2", "RIV-GA-3"]
        .iter()
        .map(|ga| {
            render(
                &db,
                db.resolve_meeting(ga).unwrap(),
                MinutesFormat::Markdown,
                PLAIN,
            )
        })
        .collect();
    for outcome in [
        "CONSENSUS",
        "PASSED",
        "BLOCKED",
        "FAILED",
        "TABLED",
        "WITHDRAWN",
        "SENT-BACK",
    ] {
        assert!(
            all.contains(&format!("**Outcome: {outcome}**")),
            "no {outcome} in the demo's minutes"
        );
    }
}

#[test]
fn a_proposal_reads_in_full_in_the_minutes() {
    let (db, m) = hostile_meeting();
    let md = render(&db, m, MinutesFormat::Markdown, PLAIN);
    for needle in [
        "### Proposal TST-P-2026-001: Stove \\<i\\>now\\</i\\>",
        "Proposed by Lee Chen",
        "> Buy a stove.",
        "> \\<img src=x onerror=alert(1)\\>",
        "- How much? (\\| pipe \\|) — not answered",
        "- Gas is dangerous, says Ana Ruiz (Ana Ruiz) — not addressed",
        "Amendment 1, offered by Sam Whitfield — accepted by the proposer (version 2):",
        "Amendment 2, offered by Jo Becker — not accepted by the proposer:",
        "**Temperature check:** up 20 · sideways 3 · down 1 — Lee Chen counted",
        "**Decision** under consensus: 30 in support; 2 stand-asides; 1 block",
        "- Stand-aside: Kim Park — I cook on wood",
        "- Block: Ana Ruiz — Fire risk near \\<tents\\>",
        "**Outcome: BLOCKED**",
        "**Text as decided (version 2):**\n\n> Buy a safe stove.",
        "- Buy \\<b\\>pans\\</b\\> (Ana Ruiz)",
        "**Speakers:**",
        "1. \\<script\\>alert(1)\\</script\\> — clarifying question, 18:07, 2 min 00 s",
        "2. Ana Ruiz — to speak, 18:09, 1 min 30 s",
    ] {
        assert!(md.contains(needle), "missing {needle:?} in\n{md}");
    }
    let html = render(&db, m, MinutesFormat::Html, PLAIN);
    assert!(
        html.contains("<li>Block: Ana Ruiz — Fire risk near &lt;tents&gt;</li>"),
        "{html}"
    );
    assert!(!html.contains("<img") && !html.contains("<tents>") && !html.contains("<i>now"));

    let files = db
        .render_minutes(m, MinutesFormat::Csv, PLAIN, &UTC)
        .unwrap();
    assert_eq!(
        files.iter().map(|f| f.suffix).collect::<Vec<_>>(),
        ["", "-speakers", "-agenda"]
    );
    let mut r = ::csv::Reader::from_reader(files[0].text.as_bytes());
    let h = r.headers().unwrap().clone();
    let row = r.records().next().unwrap().unwrap();
    let col = |n: &str| row[h.iter().position(|x| x == n).unwrap()].to_string();
    assert_eq!(
        (col("outcome"), col("rule"), col("support"), col("blocks")),
        (
            "blocked".into(),
            "consensus".into(),
            "30".into(),
            "1".into()
        )
    );
    assert_eq!(col("named_blocks"), "Ana Ruiz: Fire risk near <tents>");
    assert_eq!(col("text_as_decided"), "Buy a safe stove.");
    let speakers = ::csv::Reader::from_reader(files[1].text.as_bytes())
        .records()
        .count();
    assert_eq!(speakers, 2);
}

#[test]
fn minutes_are_approved_at_a_later_ga() {
    use plenary_core::minutes::approval::MinutesStatus;
    let (mut db, m) = hostile_meeting();
    let later = db
        .new_meeting(
            A,
            &NewMeeting {
                date: "2026-03-08".into(),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(db.minutes_status(m).unwrap(), MinutesStatus::Draft);
    common::refused(&mut db, "conflict", "once the meeting is closed", |db| {
        db.approve_minutes(A, m, later.id)
    });
    db.close_meeting(A, m).unwrap();
    common::refused(&mut db, "conflict", "open TST-GA-2 first", |db| {
        db.approve_minutes(A, m, later.id)
    });
    db.open_meeting(A, later.id).unwrap();
    common::refused(&mut db, "not-allowed", "only a later GA", |db| {
        db.approve_minutes(A, later.id, m)
    });
    let s = db.approve_minutes(A, m, later.id).unwrap();
    assert!(
        matches!(s, MinutesStatus::Approved { ref in_reference, .. } if in_reference == "TST-GA-2")
    );
    common::refused(&mut db, "conflict", "already approved", |db| {
        db.approve_minutes(A, m, later.id)
    });
    assert!(render(&db, m, MinutesFormat::Markdown, PLAIN)
        .contains("**Minutes:** approved at TST-GA-2"));
}
