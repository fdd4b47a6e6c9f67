//! The ten-year benchmark dataset, at a thousandth of its size: the counts, the schema's
//! constraints, determinism, that the stack works on top of it, that the proposals' process
//! is what the real actions and the decision rules would have written, that the whole
//! dataset travels as a bundle, and that what a bundle carries is the same when only that
//! is generated.

use plenary_core::agenda::NewAgendaItem;
use plenary_core::bundle::{ExportOptions, ImportOptions};
use plenary_core::decision::{self, Counts as Votes, Outcome};
use plenary_core::meeting::NewMeeting;
use plenary_core::proposal::lifecycle::{next_status, Transition};
use plenary_core::proposal::ProposalStatus;
use plenary_core::rule::{DecisionRule, Fraction};
use plenary_core::stack::EntryKind;
use plenary_core::{Actor, Db};
use plenary_dataset::tenyears::{generate, generate_as, Counts, Keep, Spec};
use uuid::Uuid;

fn tiny() -> (Db, Counts) {
    let mut db = Db::open_in_memory().unwrap();
    let counts = generate(&mut db, &Spec::scaled(0.001)).unwrap();
    (db, counts)
}

#[test]
fn a_tiny_ten_years() {
    let (mut db, c) = tiny();
    assert_eq!(
        (
            c.meetings,
            c.report_backs,
            c.stack_entries,
            c.proposals,
            c.working_groups,
            c.people
        ),
        (2, 40, 900, 5, 20, 30)
    );
    // Welcome, 20 report-backs, the proposals, announcements, soapbox, closing.
    assert_eq!(c.agenda_items, 2 * (1 + 20 + 3) + 5);
    assert!(
        c.speeches > 800 && c.speeches < 900,
        "about 95% spoke: {}",
        c.speeches
    );
    assert!(c.journal > c.stack_entries + c.speeches);
    let conn = db.conn();
    let bad: i64 = conn
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(bad, 0);
    let ok: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
    // What real actions leave behind: no one waiting or speaking in a closed meeting,
    // every finished speech measured, overruns only beyond a limit.
    let odd: i64 = conn
        .query_row(
            "SELECT (SELECT count(*) FROM stack_entries WHERE status IN ('waiting', 'speaking'))
                  + (SELECT count(*) FROM speeches WHERE ended_at IS NULL OR spoken_ms IS NULL OR ended_at < started_at)
                  + (SELECT count(*) FROM speeches WHERE overrun_ms IS NOT NULL AND (limit_seconds IS NULL OR spoken_ms <> limit_seconds * 1000 + overrun_ms))
                  + (SELECT count(*) FROM stack_entries e JOIN speeches s ON s.entry_id = e.id WHERE e.status <> 'done')",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(odd, 0);
    let kinds: i64 = conn
        .query_row("SELECT count(DISTINCT kind) FROM stack_entries", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(kinds, 5);
    // The stack works on top of it, and the statistics read it.
    let stats = db.speaking_stats(db.resolve_meeting("1").unwrap()).unwrap();
    assert!(stats.speeches > 300 && stats.overruns > 0, "{stats:?}");
    let m = db
        .new_meeting(
            Actor::Facilitator,
            &NewMeeting {
                date: "2026-01-01".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let item = db
        .add_agenda_item(
            Actor::Facilitator,
            &NewAgendaItem {
                meeting: m.reference,
                kind: "discussion".into(),
                title: "Now".into(),
                ..Default::default()
            },
        )
        .unwrap()
        .id;
    db.stack_add(
        Actor::StackKeeper,
        item,
        "Sam Whitfield 1",
        EntryKind::Speak,
        false,
    )
    .unwrap();
    assert_eq!(
        db.stack_next(Actor::StackKeeper, item)
            .unwrap()
            .unwrap()
            .name,
        "Sam Whitfield 1"
    );
    db.stack_undo(Actor::StackKeeper, item).unwrap();
}

#[test]
fn the_same_spec_makes_the_same_rows() {
    let rows = |db: &Db| -> Vec<(Uuid, i64, String, String)> {
        db.conn()
            .prepare("SELECT id, added_no, kind, status FROM stack_entries ORDER BY id")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    let (a, _) = tiny();
    let (b, _) = tiny();
    assert_eq!(rows(&a), rows(&b));
    let mut used = Db::open_in_memory().unwrap();
    used.init_assembly("Mine", "MIN", None).unwrap();
    let e = generate(&mut used, &Spec::scaled(0.001)).unwrap_err();
    assert_eq!(e.kind(), "conflict");
}

/// A somewhat bigger dataset than `tiny`: 25 proposals over 8 GAs.
fn small() -> (Db, Counts, Spec) {
    let spec = Spec::scaled(0.005);
    let mut db = Db::open_in_memory().unwrap();
    let counts = generate(&mut db, &spec).unwrap();
    (db, counts, spec)
}

fn count(db: &Db, sql: &str) -> i64 {
    db.conn().query_row(sql, [], |r| r.get(0)).unwrap()
}

#[test]
fn the_proposals_go_through_their_process() {
    let (db, c, spec) = small();
    assert_eq!(c.proposals, 25);
    // About spec.proposal_steps amendments and decisions (exactly, as generated).
    assert_eq!(
        c.amendments + c.decisions,
        spec.proposal_steps as i64,
        "{c:?}"
    );
    assert!(c.decisions > 0 && c.amendments > c.decisions, "{c:?}");
    assert_eq!(c.hearings, c.proposals, "one hearing per proposal");
    assert!(c.clarifying_questions > 0 && c.concerns > 0 && c.temperature_checks > 0);
    assert!(
        c.proposal_versions > c.proposals,
        "accepted amendments make versions"
    );
    assert!(c.action_items > 0);
    assert_eq!(
        count(&db, "SELECT count(*) FROM pragma_foreign_key_check"),
        0
    );
    // Every proposal: version 1 as submitted, versions numbered 1..n without gaps, one
    // per accepted amendment, and its text is the last version's.
    assert_eq!(
        count(
            &db,
            "SELECT count(*) FROM proposals p WHERE NOT EXISTS
               (SELECT 1 FROM proposal_versions v WHERE v.proposal_id = p.id AND v.number = 1 AND v.amendment_id IS NULL)"
        ),
        0
    );
    assert_eq!(
        count(
            &db,
            "SELECT count(*) FROM proposals p WHERE
               (SELECT max(number) FROM proposal_versions v WHERE v.proposal_id = p.id)
                 <> (SELECT count(*) FROM proposal_versions v WHERE v.proposal_id = p.id)
               OR (SELECT count(*) FROM proposal_versions v WHERE v.proposal_id = p.id)
                 <> 1 + (SELECT count(*) FROM amendments a WHERE a.proposal_id = p.id AND a.status = 'accepted')
               OR p.text <> (SELECT text FROM proposal_versions v WHERE v.proposal_id = p.id ORDER BY number DESC LIMIT 1)"
        ),
        0
    );
    // An accepted amendment made the version after the one it was offered on; answered
    // ones have their answer's time; none is left pending on a decided proposal.
    assert_eq!(
        count(
            &db,
            "SELECT count(*) FROM amendments a WHERE
               (a.status = 'accepted' AND (a.version IS NOT a.base_version + 1 OR NOT EXISTS
                  (SELECT 1 FROM proposal_versions v WHERE v.amendment_id = a.id AND v.number = a.version)))
               OR (a.status = 'rejected' AND a.version IS NOT NULL)
               OR ((a.status = 'pending') <> (a.answered_at IS NULL))
               OR (a.status = 'pending' AND (SELECT status FROM proposals p WHERE p.id = a.proposal_id) <> 'tabled')"
        ),
        0
    );
    // Hearings on the proposal's own agenda item, ended with the outcome that the
    // decision (if any) and the status say.
    assert_eq!(
        count(
            &db,
            "SELECT count(*) FROM hearings h JOIN agenda_items i ON i.id = h.agenda_item_id
             LEFT JOIN decisions d ON d.agenda_item_id = h.agenda_item_id
             WHERE i.proposal_id IS NOT h.proposal_id OR h.step <> 'outcome' OR h.outcome IS NULL
                OR (d.id IS NOT NULL AND d.outcome <> h.outcome)
                OR (d.id IS NULL AND h.outcome NOT IN ('tabled', 'withdrawn', 'sent-back'))"
        ),
        0
    );
    let statuses: Vec<(Uuid, ProposalStatus, String)> = db
        .conn()
        .prepare(
            "SELECT p.id, p.status, h.outcome FROM proposals p JOIN hearings h ON h.proposal_id = p.id",
        )
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut seen = std::collections::HashSet::new();
    for (id, status, outcome) in &statuses {
        let outcome: Outcome = outcome.parse().unwrap();
        assert_eq!(
            plenary_core::proposal::lifecycle::status_after(outcome),
            *status
        );
        seen.insert(*status);
        // The history starts submitted, each change is a move the status machine
        // allows, and it ends in the current status.
        let history = db.status_history(*id).unwrap();
        assert_eq!(history[0].status, ProposalStatus::Submitted);
        assert_eq!(history.last().unwrap().status, *status, "{history:?}");
        for w in history.windows(2) {
            let moves = [
                Transition::PutOnAgenda,
                Transition::Hear,
                Transition::Decide(outcome),
                Transition::Table,
                Transition::Withdraw,
                Transition::SendBack,
            ];
            assert!(
                moves
                    .iter()
                    .any(|t| next_status(w[0].status, *t).ok() == Some(w[1].status)),
                "{} → {}",
                w[0].status,
                w[1].status
            );
            assert!(w[0].changed_at < w[1].changed_at);
        }
    }
    for s in ["decided", "tabled", "withdrawn", "sent-back"] {
        assert!(seen.contains(&s.parse().unwrap()), "some proposal is {s}");
    }
    // Every decision's outcome is what the decision rule gives for its counts; its
    // blocks are all named, with a reason; no more stand-asides are named than counted.
    type Row = (
        Uuid,
        String,
        u32,
        u32,
        u32,
        u32,
        Option<u32>,
        Option<String>,
        String,
    );
    let decisions: Vec<Row> = db
        .conn()
        .prepare(
            "SELECT id, rule, support, against, stand_asides, blocks, quorum, stand_aside_limit, outcome FROM decisions",
        )
        .unwrap()
        .query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
                r.get(7)?,
                r.get(8)?,
            ))
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(decisions.len() as i64, c.decisions);
    let mut outcomes = std::collections::HashSet::new();
    for (id, rule, support, against, stand_asides, blocks, quorum, limit, outcome) in decisions {
        let rule: DecisionRule = rule.parse().unwrap();
        let limit: Option<Fraction> = limit.map(|l| l.parse().unwrap());
        let votes = Votes {
            support,
            against,
            stand_asides,
            blocks,
        };
        let want = decision::evaluate(&votes, rule, quorum, limit).outcome;
        assert_eq!(outcome.parse::<Outcome>().unwrap(), want, "decision {id}");
        outcomes.insert(want);
        if rule == DecisionRule::Consensus {
            assert_eq!(against, 0);
        }
        let d = db.decision(id).unwrap();
        assert_ne!(d.explanation, d.outcome.to_string(), "explained");
        let named_blocks = d.stances.iter().filter(|s| s.stance.as_str() == "block");
        assert_eq!(named_blocks.clone().count() as u32, blocks);
        assert!(named_blocks.clone().all(|s| s.reason.is_some()));
        assert!(d.stances.len() as u32 - blocks <= stand_asides);
    }
    assert!(outcomes.len() >= 2, "{outcomes:?}");
    // Every question and concern was heard at the proposal's hearing.
    assert_eq!(
        count(
            &db,
            "SELECT (SELECT count(*) FROM clarifying_questions q JOIN hearings h ON h.agenda_item_id = q.agenda_item_id
                       WHERE h.proposal_id <> q.proposal_id)
                  + (SELECT count(*) FROM concerns x JOIN hearings h ON h.agenda_item_id = x.agenda_item_id
                       WHERE h.proposal_id <> x.proposal_id)
                  + (SELECT count(*) FROM clarifying_questions WHERE agenda_item_id NOT IN (SELECT agenda_item_id FROM hearings))
                  + (SELECT count(*) FROM concerns WHERE agenda_item_id NOT IN (SELECT agenda_item_id FROM hearings))"
        ),
        0
    );
    // The minutes of every GA but the last were approved by the next one.
    assert_eq!(
        count(
            &db,
            "SELECT count(*) FROM meetings m JOIN meetings n ON n.id = m.minutes_approved_in
             WHERE n.number = m.number + 1 AND m.minutes_approved_at > n.opened_at"
        ),
        c.meetings - 1
    );
    // The core reads it back as it reads what it wrote itself.
    let p = db.proposals().unwrap();
    assert_eq!(p.len(), 25);
    for p in &p {
        assert!(!db.versions(p.id).unwrap().is_empty());
        db.amendments(p.id).unwrap();
        db.hearings(p.id).unwrap();
    }
}

#[test]
fn the_dataset_travels_as_a_bundle() {
    let (db, c, _) = small();
    let (bytes, summary) = db.export_bundle_bytes(&ExportOptions::default()).unwrap();
    // Stacks and speeches stay home; the rest travels.
    assert!(
        summary.records as i64 > c.agenda_items + c.decisions,
        "{}",
        summary.records
    );
    let mut other = Db::open_in_memory().unwrap();
    other.init_assembly("Elsewhere", "ELS", None).unwrap();
    let report = other
        .import_bundle(
            &bytes,
            &ImportOptions {
                file_name: "tenyears.plenary".into(),
                ..Default::default()
            },
        )
        .unwrap();
    assert!(
        report.refusals.is_empty(),
        "{:?}",
        &report.refusals[..report.refusals.len().min(5)]
    );
    assert_eq!(report.totals.refused, 0);
    assert_eq!(
        report.totals.new,
        summary.records + 1,
        "every record, and the assembly"
    );
    let again = other
        .import_bundle(
            &bytes,
            &ImportOptions {
                file_name: "tenyears.plenary".into(),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(again.totals.changes(), 0);
    for t in [
        "decisions",
        "amendments",
        "proposal_status_changes",
        "action_items",
    ] {
        assert_eq!(
            count(&other, &format!("SELECT count(*) FROM {t}")),
            count(&db, &format!("SELECT count(*) FROM {t}")),
            "{t}"
        );
    }
}

/// What a bundle carries, generated alone (`Keep::Bundled`, as the other assemblies of the
/// federated dataset are), is the same record for record as in the whole dataset, ids and
/// all; only the speaking log and the journal are missing.
#[test]
fn what_bundles_carry_is_the_same_without_the_speaking_log() {
    let (whole, c, spec) = small();
    let mut bundled = Db::open_in_memory().unwrap();
    let b = generate_as(&mut bundled, &spec, Keep::Bundled).unwrap();
    assert!(c.stack_entries > 0 && c.speeches > 0 && c.speech_pauses > 0);
    assert_eq!(
        (b.stack_entries, b.speeches, b.speech_pauses),
        (0, 0, 0),
        "the speaking log stays out"
    );
    assert_eq!(count(&bundled, "SELECT count(*) FROM stacks"), 0);
    assert_eq!(b.journal, 1, "only the assembly's own creation");
    // Every table a bundle carries: the same rows, the assembly's own id (each database
    // makes its own) aside.
    let rows = |db: &Db, table: &str| -> Vec<Vec<rusqlite::types::Value>> {
        let own = db.local_id().unwrap().as_bytes().to_vec();
        let mut st = db
            .conn()
            .prepare(&format!("SELECT * FROM {table} ORDER BY id"))
            .unwrap();
        let n = st.column_count();
        st.query_map([], |r| {
            (0..n)
                .map(|i| {
                    Ok(match r.get::<_, rusqlite::types::Value>(i)? {
                        rusqlite::types::Value::Blob(v) if v == own => {
                            rusqlite::types::Value::Text("the assembly".into())
                        }
                        v => v,
                    })
                })
                .collect()
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
    };
    for table in [
        "people",
        "working_groups",
        "wg_status_changes",
        "meetings",
        "meeting_roles",
        "proposals",
        "agenda_items",
        "report_backs",
        "announcements",
        "proposal_versions",
        "amendments",
        "hearings",
        "clarifying_questions",
        "concerns",
        "temperature_checks",
        "decisions",
        "decision_stances",
        "proposal_status_changes",
        "action_items",
    ] {
        let (x, y) = (rows(&whole, table), rows(&bundled, table));
        assert_eq!(x.len(), y.len(), "{table}");
        assert!(x == y, "{table} differs");
    }
    // And so does what is exported: the same tables, the same counts, minutes and all.
    let (_, a) = whole
        .export_bundle_bytes(&ExportOptions::default())
        .unwrap();
    let (_, z) = bundled
        .export_bundle_bytes(&ExportOptions::default())
        .unwrap();
    assert_eq!(a.tables, z.tables);
    assert_eq!((a.records, a.minutes), (z.records, z.minutes));
}
