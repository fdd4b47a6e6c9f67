//! The step machine says what it does (issue 12, "the step machine is consistent"): a
//! record (question, concern, amendment, temperature check) never takes up a tabled
//! proposal again, and a step where nothing was raised is passed over only by saying so
//! (`advance_step` with `none`), never by a record that jumps over it. Every refusal
//! writes nothing.

mod common;

use common::{db, hear, meeting_on as meeting, proposal_with, refused, status};
use plenary_core::meeting::Meeting;
use plenary_core::proposal::hearing::{
    HearingAction, NewConcern, NewQuestion, ProcessStep as S, TemperatureInput,
};
use plenary_core::proposal::versions::AmendInput;
use plenary_core::proposal::{ManualOutcomeInput, Proposal, ProposalStatus};
use plenary_core::{Actor, Db};

const F: Actor = Actor::Facilitator;

fn proposal(db: &mut Db, title: &str) -> Proposal {
    proposal_with(db, title, "Buy a stove for the kitchen.")
}

fn question(text: &str) -> NewQuestion {
    NewQuestion {
        question: text.into(),
        by: Some("Ana".into()),
    }
}

fn concern(text: &str) -> NewConcern {
    NewConcern {
        concern: text.into(),
        by: Some("Ben".into()),
    }
}

fn journal_last(db: &Db) -> (String, String) {
    db.conn()
        .query_row(
            "SELECT action, detail FROM journal ORDER BY seq DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap()
}

#[test]
fn a_first_record_begins_the_hearing_of_a_proposal_on_the_agenda() {
    let mut db = db();
    let p = proposal(&mut db, "Stove");
    let m = meeting(&mut db, "2026-03-01");
    let item = hear(&mut db, &p, &m);
    assert_eq!(status(&db, &p), ProposalStatus::OnAgenda);
    // The minute-taker catches up: the question is the process's step 2, so the
    // hearing began (in-process) and stands at that step — as the process says.
    db.add_question(F, item, &question("How much?")).unwrap();
    assert_eq!(status(&db, &p), ProposalStatus::InProcess);
    let h = db.hearing(item).unwrap();
    assert_eq!(h.step, S::ClarifyingQuestions);
    assert!(!h.step_empty);
}

#[test]
fn a_record_never_takes_up_a_tabled_proposal_again() {
    let mut db = db();
    let p = proposal(&mut db, "Stove");
    let m1 = meeting(&mut db, "2026-03-01");
    let m2 = meeting(&mut db, "2026-03-08");
    let i1 = hear(&mut db, &p, &m1);
    // On the next GA's agenda already when GA 1 tables it.
    let i2 = hear(&mut db, &p, &m2);
    db.advance_step(F, i1, S::Present, false).unwrap();
    db.table_proposal(
        F,
        p.id,
        Some(i1),
        &ManualOutcomeInput {
            reason: "Out of time".into(),
            by: None,
        },
    )
    .unwrap();
    assert_eq!(status(&db, &p), ProposalStatus::Tabled);
    // Every record at GA 2's hearing is refused: it would un-table the proposal.
    let tabled = "this proposal is tabled: recording";
    refused(&mut db, "conflict", tabled, |db| {
        db.add_question(F, i2, &question("Which stove?"))
    });
    refused(&mut db, "conflict", tabled, |db| {
        db.add_concern(F, i2, &concern("Gas is dangerous"))
    });
    refused(&mut db, "conflict", tabled, |db| {
        db.record_temperature(
            F,
            i2,
            &TemperatureInput {
                up: 5,
                ..Default::default()
            },
        )
    });
    refused(&mut db, "conflict", tabled, |db| {
        db.amend_proposal(
            F,
            p.id,
            &AmendInput {
                text: "Buy an electric stove.".into(),
                by: "Ben".into(),
                item: Some(i2.to_string()),
                accepted: None,
            },
        )
    });
    let e = db
        .add_question(F, i2, &question("Which stove?"))
        .unwrap_err();
    assert!(
        e.to_string().contains("proposal step"),
        "says how to take it up: {e}"
    );
    assert_eq!(status(&db, &p), ProposalStatus::Tabled);
    // The panel does not offer records there either.
    let h = db.hearing(i2).unwrap();
    assert!(h.open);
    assert!(!h.actions.contains(&HearingAction::AskQuestion));
    // The facilitator's move takes it up again, explicitly.
    let h = db.advance_step(F, i2, S::Present, false).unwrap();
    assert_eq!(h.step, S::Present);
    assert_eq!(status(&db, &p), ProposalStatus::InProcess);
    let (action, detail) = journal_last(&db);
    assert_eq!(action, "hearing.step");
    assert!(detail.contains(r#""status_before":"tabled""#), "{detail}");
    db.add_question(F, i2, &question("Which stove?")).unwrap();
}

#[test]
fn an_empty_step_is_passed_over_only_by_saying_so() {
    let mut db = db();
    let p = proposal(&mut db, "Stove");
    let m = meeting(&mut db, "2026-03-01");
    let item = hear(&mut db, &p, &m);
    db.advance_step(F, item, S::Present, false).unwrap();
    // At present, a concern would jump over the clarifying questions nobody recorded.
    refused(
        &mut db,
        "conflict",
        "nothing is recorded at the clarifying-questions step",
        |db| db.add_concern(F, item, &concern("Gas is dangerous")),
    );
    refused(
        &mut db,
        "conflict",
        "nothing is recorded at the clarifying-questions step",
        |db| {
            db.record_temperature(
                F,
                item,
                &TemperatureInput {
                    up: 5,
                    ..Default::default()
                },
            )
        },
    );
    let h = db
        .advance_step(F, item, S::ClarifyingQuestions, false)
        .unwrap();
    assert!(h.step_empty, "nothing asked yet");
    // Leaving it empty needs `none`.
    refused(
        &mut db,
        "conflict",
        "no clarifying question is recorded",
        |db| db.advance_step(F, item, S::Concerns, false),
    );
    let e = db.advance_step(F, item, S::Concerns, false).unwrap_err();
    assert!(e.to_string().contains("--none"), "{e}");
    let h = db.advance_step(F, item, S::Concerns, true).unwrap();
    assert_eq!(h.step, S::Concerns);
    let (_, detail) = journal_last(&db);
    assert!(
        detail.contains(r#""none_raised":"clarifying-questions""#),
        "the journal keeps that none was asked: {detail}"
    );
    // `none` where something was raised, or where no step is left behind, is refused.
    db.add_concern(F, item, &concern("Gas is dangerous"))
        .unwrap();
    assert!(!db.hearing(item).unwrap().step_empty);
    refused(&mut db, "conflict", "leaves no such empty step", |db| {
        db.advance_step(F, item, S::CallForConsensus, true)
    });
    db.advance_step(F, item, S::CallForConsensus, false)
        .unwrap();
    // Back to concerns and on again: the concerns step has its concern.
    db.advance_step(F, item, S::Concerns, false).unwrap();
    db.advance_step(F, item, S::TemperatureCheck, false)
        .unwrap();
}

#[test]
fn an_empty_concerns_step_needs_saying_too_and_records_behind_the_step_stay() {
    let mut db = db();
    let p = proposal(&mut db, "Stove");
    let m = meeting(&mut db, "2026-03-01");
    let item = hear(&mut db, &p, &m);
    db.add_question(F, item, &question("How much?")).unwrap();
    db.advance_step(F, item, S::Concerns, false).unwrap();
    assert!(db.hearing(item).unwrap().step_empty);
    // A temperature check would pass over the empty concerns.
    refused(
        &mut db,
        "conflict",
        "nothing is recorded at the concerns step",
        |db| {
            db.record_temperature(
                F,
                item,
                &TemperatureInput {
                    up: 5,
                    ..Default::default()
                },
            )
        },
    );
    refused(
        &mut db,
        "conflict",
        "no concern and no amendment is recorded",
        |db| db.advance_step(F, item, S::CallForConsensus, false),
    );
    // An amendment counts as raised at the concerns step.
    db.amend_proposal(
        F,
        p.id,
        &AmendInput {
            text: "Buy an electric stove for the kitchen.".into(),
            by: "Ben".into(),
            item: Some(item.to_string()),
            accepted: Some(true),
        },
    )
    .unwrap();
    db.advance_step(F, item, S::CallForConsensus, false)
        .unwrap();
    // A question caught up later is behind the step: recorded, the step stays.
    db.add_question(F, item, &question("When?")).unwrap();
    assert_eq!(db.hearing(item).unwrap().step, S::CallForConsensus);
}

/// The main file of the meeting's minutes in `format`.
fn minutes(db: &Db, m: &Meeting, format: plenary_core::minutes::MinutesFormat) -> String {
    use plenary_core::minutes::{MinutesOptions, RenderOptions};
    let what = MinutesOptions {
        redact_names: false,
        speakers: false,
        equity: false,
    };
    let opts = RenderOptions {
        offset: chrono::FixedOffset::east_opt(0).unwrap(),
        lang: plenary_core::i18n::Lang::En,
    };
    db.render_minutes(m.id, format, what, &opts)
        .unwrap()
        .remove(0)
        .text
}

const NO_QUESTIONS: &str = "No clarifying questions were asked.";
const NO_CONCERNS: &str = "No concerns were raised.";
const NO_AMENDMENTS: &str = "No friendly amendments were offered.";

#[test]
fn a_step_passed_over_with_none_raised_is_in_the_minutes_until_a_record_is_taken_there() {
    use plenary_core::minutes::MinutesFormat::{Html, Markdown};
    let mut db = db();
    let p = proposal(&mut db, "Stove");
    let m = meeting(&mut db, "2026-03-01");
    let item = hear(&mut db, &p, &m);
    db.advance_step(F, item, S::Present, false).unwrap();
    db.advance_step(F, item, S::ClarifyingQuestions, false)
        .unwrap();
    // Nothing said yet: an empty step not passed over is not "none raised".
    for format in [Markdown, Html] {
        let text = minutes(&db, &m, format);
        assert!(!text.contains(NO_QUESTIONS), "{text}");
    }
    let h = db.advance_step(F, item, S::Concerns, true).unwrap();
    assert!(h.no_questions && !h.no_concerns);
    let h = db.advance_step(F, item, S::CallForConsensus, true).unwrap();
    assert!(h.no_questions && h.no_concerns);
    for format in [Markdown, Html] {
        let text = minutes(&db, &m, format);
        for line in [NO_QUESTIONS, NO_CONCERNS, NO_AMENDMENTS] {
            assert!(text.contains(line), "{format:?} lacks {line:?}:\n{text}");
        }
    }
    let md = minutes(&db, &m, Markdown);
    let at = |s: &str| md.find(s).unwrap();
    assert!(at("**Text as submitted:**") < at(NO_QUESTIONS) && at(NO_QUESTIONS) < at(NO_CONCERNS));
    assert!(at(NO_CONCERNS) < at(NO_AMENDMENTS));

    // The minute-taker catches up: a question was asked after all. Its mark goes (the
    // minutes never contradict a record); the concerns' stays.
    db.add_question(F, item, &question("Gas or electric?"))
        .unwrap();
    let h = db.hearing(item).unwrap();
    assert!(!h.no_questions && h.no_concerns);
    let md = minutes(&db, &m, Markdown);
    assert!(
        !md.contains(NO_QUESTIONS) && md.contains("Gas or electric?"),
        "{md}"
    );
    assert!(
        md.contains(NO_CONCERNS) && md.contains(NO_AMENDMENTS),
        "{md}"
    );
    // …and a friendly amendment offered at the hearing ends the concerns' mark.
    db.amend_proposal(
        F,
        p.id,
        &AmendInput {
            text: "Buy an electric stove for the kitchen.".into(),
            by: "Ben".into(),
            item: Some(item.to_string()),
            accepted: Some(true),
        },
    )
    .unwrap();
    assert!(!db.hearing(item).unwrap().no_concerns);
    let md = minutes(&db, &m, Markdown);
    for line in [NO_QUESTIONS, NO_CONCERNS, NO_AMENDMENTS] {
        assert!(!md.contains(line), "{md}");
    }
}
