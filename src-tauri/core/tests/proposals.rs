//! Proposals and the consensus process: lifecycle (and its refusals, which write
//! nothing), versions and amendments, word diffs, hearings and their steps, decisions,
//! disputes, the demo, and the migration of proposals made before this schema.

mod common;

use common::{db, dump, hear, meeting_on as meeting, proposal_with, refused, status};
use plenary_core::agenda::NewAgendaItem;
use plenary_core::decision::{DecisionInput, Outcome, StanceInput};
use plenary_core::meeting::MeetingStatus;
use plenary_core::proposal::hearing::{
    AnswerInput, HearingAction, NewConcern, NewQuestion, ProcessStep, TemperatureInput,
};
use plenary_core::proposal::versions::{render_diff, AmendInput, AmendmentStatus};
use plenary_core::proposal::{
    ManualOutcomeInput, NewProposal, Proposal, ProposalAction, ProposalStatus,
};
use plenary_core::{Actor, Db};
use uuid::Uuid;

const F: Actor = Actor::Facilitator;

fn proposal(db: &mut Db, title: &str, text: &str) -> Proposal {
    proposal_with(db, title, text)
}
const MT: Actor = Actor::MinuteTaker;

/// Who and why of a manual outcome: the reason given, who left to the default.
fn why(reason: &str) -> ManualOutcomeInput {
    ManualOutcomeInput {
        reason: reason.into(),
        by: None,
    }
}

fn amend(text: &str, by: &str, accepted: Option<bool>) -> AmendInput {
    AmendInput {
        text: text.into(),
        by: by.into(),
        item: None,
        accepted,
    }
}

fn counts(support: u32, against: u32) -> DecisionInput {
    DecisionInput {
        support,
        against,
        ..Default::default()
    }
}

/// A database whose default rule is modified:90, like New York's.
fn ny() -> Db {
    let mut db = db();
    db.set_default_rule(F, "modified:90").unwrap();
    db
}

#[test]
fn a_proposal_goes_from_draft_to_decided() {
    let mut db = ny();
    let d = db
        .draft_proposal(
            F,
            &NewProposal {
                title: "Stove".into(),
                text: "Buy a stove.".into(),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(d.status, ProposalStatus::Draft);
    let m = meeting(&mut db, "2026-03-01");
    refused(
        &mut db,
        "conflict",
        "submit it before putting it on an agenda",
        |db| {
            db.add_agenda_item(
                F,
                &NewAgendaItem {
                    meeting: "1".into(),
                    kind: "proposal".into(),
                    title: "Stove".into(),
                    proposal: Some(d.reference.clone()),
                    ..Default::default()
                },
            )
        },
    );
    assert_eq!(
        db.submit_proposal(F, d.id).unwrap().status,
        ProposalStatus::Submitted
    );
    refused(&mut db, "conflict", "only a draft can be submitted", |db| {
        db.submit_proposal(F, d.id)
    });
    let item = hear(&mut db, &d, &m);
    assert_eq!(status(&db, &d), ProposalStatus::OnAgenda);
    db.advance_step(F, item, ProcessStep::Present, false)
        .unwrap();
    assert_eq!(status(&db, &d), ProposalStatus::InProcess);
    let dec = db.record_decision(MT, item, &counts(9, 1)).unwrap();
    assert_eq!(dec.outcome, Outcome::Passed);
    assert_eq!(status(&db, &d), ProposalStatus::Decided);
    let history: Vec<ProposalStatus> = db
        .status_history(d.id)
        .unwrap()
        .iter()
        .map(|h| h.status)
        .collect();
    assert_eq!(
        history,
        [
            ProposalStatus::Draft,
            ProposalStatus::Submitted,
            ProposalStatus::OnAgenda,
            ProposalStatus::InProcess,
            ProposalStatus::Decided
        ]
    );
    let last = db.status_history(d.id).unwrap().pop().unwrap();
    assert_eq!(
        (last.meeting_id, last.agenda_item_id),
        (Some(m.id), Some(item))
    );
}

#[test]
fn steps_that_make_no_sense_are_refused_and_write_nothing() {
    let mut db = ny();
    let p = proposal(&mut db, "Stove", "Buy a stove.");
    let m1 = meeting(&mut db, "2026-03-01");
    meeting(&mut db, "2026-03-08");
    // Not on the meeting's agenda.
    refused(
        &mut db,
        "conflict",
        "is not on the agenda of TST-GA-1",
        |db| db.hearing_item(p.id, m1.id),
    );
    refused(&mut db, "conflict", "only a proposal before the GA", |db| {
        db.table_proposal(F, p.id, None, &why("Out of time tonight"))
    });
    let item = hear(&mut db, &p, &m1);
    refused(&mut db, "conflict", "already on this GA's agenda", |db| {
        db.add_agenda_item(
            F,
            &NewAgendaItem {
                meeting: "1".into(),
                kind: "proposal".into(),
                title: "Again".into(),
                proposal: Some(p.reference.clone()),
                ..Default::default()
            },
        )
    });
    // Step moves.
    refused(
        &mut db,
        "conflict",
        "from not-started the hearing can go to present",
        |db| db.advance_step(F, item, ProcessStep::Concerns, false),
    );
    db.advance_step(F, item, ProcessStep::Present, false)
        .unwrap();
    refused(&mut db, "conflict", "already at present", |db| {
        db.advance_step(F, item, ProcessStep::Present, false)
    });
    refused(
        &mut db,
        "conflict",
        "the outcome is reached by recording it",
        |db| db.advance_step(F, item, ProcessStep::Outcome, false),
    );
    // Deciding: bad input first, then state.
    refused(&mut db, "invalid-input", "has no reason", |db| {
        db.record_decision(
            F,
            item,
            &DecisionInput {
                named_blocks: vec![StanceInput {
                    name: "Max".into(),
                    reason: None,
                }],
                ..Default::default()
            },
        )
    });
    refused(&mut db, "invalid-input", "no votes against", |db| {
        db.record_decision(
            F,
            item,
            &DecisionInput {
                rule: Some("consensus".into()),
                against: 2,
                ..Default::default()
            },
        )
    });
    let soapbox = db
        .add_agenda_item(
            F,
            &NewAgendaItem {
                meeting: "2".into(),
                kind: "soapbox".into(),
                title: "Soapbox".into(),
                ..Default::default()
            },
        )
        .unwrap();
    refused(
        &mut db,
        "invalid-input",
        "TST-GA-2.1 is not a proposal",
        |db| db.advance_step(F, soapbox.id, ProcessStep::Present, false),
    );
    db.record_decision(F, item, &counts(20, 0)).unwrap();
    refused(
        &mut db,
        "conflict",
        "is over: its outcome (consensus) is recorded",
        |db| db.record_decision(F, item, &counts(20, 0)),
    );
    refused(
        &mut db,
        "conflict",
        "was decided: it can no longer be amended",
        |db| db.amend_proposal(F, p.id, &amend("Buy two.", "Sam", Some(true))),
    );
    refused(
        &mut db,
        "conflict",
        "was decided: it can no longer be withdrawn",
        |db| db.withdraw_proposal(F, p.id, None, &why("Out of time tonight")),
    );
    refused(
        &mut db,
        "conflict",
        "was decided: it can no longer be put on an agenda",
        |db| {
            db.add_agenda_item(
                F,
                &NewAgendaItem {
                    meeting: "2".into(),
                    kind: "proposal".into(),
                    title: "x".into(),
                    proposal: Some(p.reference.clone()),
                    ..Default::default()
                },
            )
        },
    );
}

#[test]
fn a_closed_meeting_takes_no_process_and_no_decision() {
    let mut db = ny();
    let p = proposal(&mut db, "Stove", "Buy a stove.");
    let m = meeting(&mut db, "2026-03-01");
    let item = hear(&mut db, &p, &m);
    let q = db
        .add_question(
            F,
            item,
            &NewQuestion {
                question: "Which one?".into(),
                by: None,
            },
        )
        .unwrap();
    db.open_meeting(F, m.id).unwrap();
    db.close_meeting(F, m.id).unwrap();
    refused(&mut db, "not-allowed", "GA 1 is closed", |db| {
        db.record_decision(F, item, &counts(9, 0))
    });
    refused(&mut db, "not-allowed", "GA 1 is closed", |db| {
        db.advance_step(F, item, ProcessStep::Concerns, false)
    });
    refused(&mut db, "not-allowed", "GA 1 is closed", |db| {
        db.answer_question(
            MT,
            q.id,
            &AnswerInput {
                answer: "The red one".into(),
                by: None,
            },
        )
    });
    refused(&mut db, "not-allowed", "GA 1 is closed", |db| {
        db.add_concern(
            F,
            item,
            &NewConcern {
                concern: "Cost".into(),
                by: None,
            },
        )
    });
    refused(&mut db, "not-allowed", "GA 1 is closed", |db| {
        db.record_temperature(
            F,
            item,
            &TemperatureInput {
                up: 3,
                ..Default::default()
            },
        )
    });
    refused(&mut db, "not-allowed", "GA 1 is closed", |db| {
        db.table_proposal(F, p.id, Some(item), &why("Out of time tonight"))
    });
    let h = db.hearing(item).unwrap();
    assert!(!h.open && h.next_steps.is_empty() && h.actions.is_empty());
    assert_eq!(h.meeting_status, MeetingStatus::Closed);
    // The proposal is still in process: it can go on a later GA's agenda.
    let m2 = meeting(&mut db, "2026-03-08");
    let item2 = hear(&mut db, &p, &m2);
    assert_eq!(status(&db, &p), ProposalStatus::InProcess);
    assert_eq!(
        db.record_decision(F, item2, &counts(10, 0))
            .unwrap()
            .outcome,
        Outcome::Consensus
    );
}

#[test]
fn tabled_at_one_ga_decided_at_a_later_one() {
    let mut db = ny();
    let p = proposal(&mut db, "Sunday GAs", "Meet on Sundays.");
    let m1 = meeting(&mut db, "2026-03-01");
    let m2 = meeting(&mut db, "2026-03-08");
    let i1 = hear(&mut db, &p, &m1);
    let d1 = db
        .record_decision(
            F,
            i1,
            &DecisionInput {
                support: 12,
                quorum: Some(20),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(
        (d1.outcome, status(&db, &p)),
        (Outcome::Tabled, ProposalStatus::Tabled)
    );
    assert!(
        d1.explanation.contains("fewer than the quorum of 20"),
        "{}",
        d1.explanation
    );
    refused(&mut db, "conflict", "already tabled", |db| {
        db.table_proposal(F, p.id, None, &why("Out of time tonight"))
    });
    let i2 = hear(&mut db, &p, &m2);
    assert_eq!(status(&db, &p), ProposalStatus::OnAgenda);
    let d2 = db.record_decision(F, i2, &counts(30, 2)).unwrap();
    assert_eq!(d2.outcome, Outcome::Passed);
    let detail = db.proposal_detail(p.id).unwrap();
    assert_eq!(detail.hearings.len(), 2);
    assert_eq!(
        detail
            .hearings
            .iter()
            .map(|h| h.outcome)
            .collect::<Vec<_>>(),
        [Some(Outcome::Tabled), Some(Outcome::Passed)]
    );
    assert_eq!(detail.hearings[1].decision_id, Some(d2.id));
    assert_eq!(detail.decisions.len(), 2);
    assert!(
        detail.actions.is_empty(),
        "nothing is left to do to a decided proposal"
    );
}

#[test]
fn manual_outcomes_at_a_hearing_and_between_gas() {
    let mut db = ny();
    let m = meeting(&mut db, "2026-03-01");
    let w = proposal(&mut db, "Container", "Rent one.");
    let s = proposal(&mut db, "Code of conduct", "Adopt it.");
    let b = proposal(&mut db, "Before any GA", "Withdrawn early.");
    let iw = hear(&mut db, &w, &m);
    let is = hear(&mut db, &s, &m);
    refused(
        &mut db,
        "invalid-input",
        "not a hearing of this proposal",
        |db| db.withdraw_proposal(F, w.id, Some(is), &why("Out of time tonight")),
    );
    let p = db
        .withdraw_proposal(F, w.id, Some(iw), &why("Ask the council first"))
        .unwrap();
    assert_eq!(p.status, ProposalStatus::Withdrawn);
    let h = db.hearing(iw).unwrap();
    assert_eq!(
        (h.step, h.outcome, h.open),
        (ProcessStep::Outcome, Some(Outcome::Withdrawn), false)
    );
    db.send_back_proposal(F, s.id, Some(is), &why("Add an appeal"))
        .unwrap();
    assert_eq!(db.hearing(is).unwrap().outcome, Some(Outcome::SentBack));
    db.withdraw_proposal(F, b.id, None, &why("Out of time tonight"))
        .unwrap();
    let last = db.status_history(w.id).unwrap().pop().unwrap();
    assert_eq!(
        (last.status, last.note.as_str()),
        (ProposalStatus::Withdrawn, "Ask the council first")
    );
    refused(
        &mut db,
        "conflict",
        "sent back to be reworked: it can no longer be amended",
        |db| {
            db.amend_proposal(
                F,
                s.id,
                &amend("Adopt it with an appeal.", "Rosa", Some(true)),
            )
        },
    );
    let draft = db
        .draft_proposal(
            F,
            &NewProposal {
                title: "Garden".into(),
                text: "Dig.".into(),
                ..Default::default()
            },
        )
        .unwrap();
    refused(
        &mut db,
        "conflict",
        "still a draft: there is nothing to send back",
        |db| db.send_back_proposal(F, draft.id, None, &why("Out of time tonight")),
    );
}

#[test]
fn amendments_make_versions_and_versions_compare_word_by_word() {
    let mut db = ny();
    let p = proposal(&mut db, "Stove", "Spend up to 350 on a stove.");
    let a1 = db
        .amend_proposal(
            F,
            p.id,
            &amend("Spend up to 400 on a gas stove.", "Sam", Some(true)),
        )
        .unwrap();
    assert_eq!(
        (a1.status, a1.base_version, a1.version),
        (AmendmentStatus::Accepted, 1, Some(2))
    );
    assert_eq!(
        render_diff(&a1.changes),
        "Spend up to [-350-]{+400+} on a {+gas +}stove."
    );
    let after = db.proposal(p.id).unwrap();
    assert_eq!(after.text, "Spend up to 400 on a gas stove.");
    assert_eq!(after.revision, p.revision + 1);
    let a2 = db
        .amend_proposal(F, p.id, &amend("Spend nothing.", "Kim", Some(false)))
        .unwrap();
    assert_eq!((a2.status, a2.version), (AmendmentStatus::Rejected, None));
    db.amend_proposal(
        F,
        p.id,
        &amend(
            "Spend up to 400 on a gas stove and a fire blanket.",
            "Ollie",
            Some(true),
        ),
    )
    .unwrap();
    let versions = db.versions(p.id).unwrap();
    assert_eq!(
        versions.iter().map(|v| v.number).collect::<Vec<_>>(),
        [1, 2, 3]
    );
    assert_eq!(
        versions[0].text, "Spend up to 350 on a stove.",
        "version 1 is the text as submitted"
    );
    assert_eq!(versions[0].amendment_id, None);
    assert_eq!(versions[1].amendment_id, Some(a1.id));
    let d = db.diff_versions(p.id, 1, 3).unwrap();
    assert_eq!(
        render_diff(&d.chunks),
        "Spend up to [-350-]{+400+} on a [-stove.-]{+gas stove and a fire blanket.+}"
    );
    let back = db.diff_versions(p.id, 3, 1).unwrap();
    assert!(render_diff(&back.chunks).contains("[-400-]{+350+}"));
    refused(
        &mut db,
        "not-found",
        "no version 4: its versions are 1 to 3",
        |db| db.diff_versions(p.id, 1, 4),
    );
    refused(&mut db, "invalid-input", "the same as version 3", |db| {
        db.amend_proposal(
            F,
            p.id,
            &amend(
                "Spend up to 400 on a gas stove and a fire blanket.",
                "Kim",
                Some(true),
            ),
        )
    });
    refused(&mut db, "invalid-input", "names who offered it", |db| {
        db.amend_proposal(F, p.id, &amend("Other.", " ", Some(true)))
    });
    refused(&mut db, "invalid-input", "amended text is empty", |db| {
        db.amend_proposal(F, p.id, &amend(" ", "Kim", None))
    });
}

#[test]
fn a_pending_amendment_waits_for_the_proposer_and_goes_stale() {
    let mut db = ny();
    let p = proposal(&mut db, "Stove", "Buy a stove.");
    let m = meeting(&mut db, "2026-03-01");
    let item = hear(&mut db, &p, &m);
    // No clarifying question was asked: the facilitator says so on moving on.
    db.advance_step(F, item, ProcessStep::Present, false)
        .unwrap();
    db.advance_step(F, item, ProcessStep::ClarifyingQuestions, false)
        .unwrap();
    db.advance_step(F, item, ProcessStep::Concerns, true)
        .unwrap();
    let a = db
        .amend_proposal(
            F,
            p.id,
            &AmendInput {
                item: Some(item.to_string()),
                ..amend("Buy a gas stove.", "Sam", None)
            },
        )
        .unwrap();
    let b = db
        .amend_proposal(F, p.id, &amend("Buy an electric stove.", "Kim", None))
        .unwrap();
    assert_eq!(
        (a.status, a.agenda_item_id),
        (AmendmentStatus::Pending, Some(item))
    );
    assert_eq!(a.item_reference.as_deref(), Some("TST-GA-1.1"));
    // The amendment at the hearing is of the concerns step.
    assert_eq!(db.hearing(item).unwrap().step, ProcessStep::Concerns);
    db.advance_step(F, item, ProcessStep::CallForConsensus, false)
        .unwrap();
    let h = db.hearing(item).unwrap();
    assert!(h.actions.contains(&HearingAction::DecideAmendment));
    assert!(
        !h.actions.contains(&HearingAction::Decide),
        "no decision while amendments wait"
    );
    refused(
        &mut db,
        "conflict",
        "still wait for the proposer's answer",
        |db| db.record_decision(F, item, &counts(10, 0)),
    );
    db.decide_amendment(F, a.id, true).unwrap();
    refused(
        &mut db,
        "conflict",
        "offered on version 1, but the text is now version 2",
        |db| db.decide_amendment(F, b.id, true),
    );
    refused(&mut db, "conflict", "already accepted", |db| {
        db.decide_amendment(F, a.id, false)
    });
    db.decide_amendment(F, b.id, false).unwrap();
    let d = db.record_decision(F, item, &counts(10, 0)).unwrap();
    assert_eq!(d.version, 2, "the decision records the version decided");
}

#[test]
fn a_hearing_walks_the_template_and_records_jump_forward_only() {
    let mut db = ny();
    let p = proposal(&mut db, "Stove", "Buy a stove.");
    let m = meeting(&mut db, "2026-03-01");
    let item = hear(&mut db, &p, &m);
    let h = db.hearing(item).unwrap();
    assert_eq!((h.step, h.open), (ProcessStep::NotStarted, true));
    assert_eq!(h.next_steps, [ProcessStep::Present]);
    assert_eq!(h.track.len(), 7, "modified:90 has a vote step");
    // A question at a hearing not started begins it at clarifying questions.
    let q = db
        .add_question(
            MT,
            item,
            &NewQuestion {
                question: "New or used?".into(),
                by: Some("Dev".into()),
            },
        )
        .unwrap();
    let h = db.hearing(item).unwrap();
    assert_eq!(h.step, ProcessStep::ClarifyingQuestions);
    assert_eq!(status(&db, &p), ProposalStatus::InProcess);
    assert!(h.actions.contains(&HearingAction::AnswerQuestion));
    let q = db
        .answer_question(
            MT,
            q.id,
            &AnswerInput {
                answer: "Used.".into(),
                by: None,
            },
        )
        .unwrap();
    assert_eq!(
        (q.asked_by.as_deref(), q.answered_by.as_deref()),
        (Some("Dev"), Some("Jo")),
        "answered by the proposer by default"
    );
    let c = db
        .add_concern(
            MT,
            item,
            &NewConcern {
                concern: "Fire risk".into(),
                by: Some("Ollie".into()),
            },
        )
        .unwrap();
    assert_eq!(db.hearing(item).unwrap().step, ProcessStep::Concerns);
    let c = db
        .address_concern(MT, c.id, true, "Add a fire blanket")
        .unwrap();
    assert!(c.addressed && c.addressed_at.is_some());
    db.record_temperature(
        MT,
        item,
        &TemperatureInput {
            up: 30,
            sideways: 3,
            down: 1,
            note: "".into(),
        },
    )
    .unwrap();
    let h = db.hearing(item).unwrap();
    assert_eq!(h.step, ProcessStep::TemperatureCheck);
    assert_eq!(
        h.next_steps,
        [ProcessStep::CallForConsensus, ProcessStep::Concerns]
    );
    db.advance_step(F, item, ProcessStep::CallForConsensus, false)
        .unwrap();
    // Concerns may lead back to step 3; a late question does not move the step back.
    db.advance_step(F, item, ProcessStep::Concerns, false)
        .unwrap();
    db.advance_step(F, item, ProcessStep::CallForConsensus, false)
        .unwrap();
    db.add_question(
        MT,
        item,
        &NewQuestion {
            question: "Late one".into(),
            by: None,
        },
    )
    .unwrap();
    assert_eq!(
        db.hearing(item).unwrap().step,
        ProcessStep::CallForConsensus
    );
    let h = db.advance_step(F, item, ProcessStep::Vote, false).unwrap();
    assert_eq!(
        h.actions,
        [
            HearingAction::Decide,
            HearingAction::Table,
            HearingAction::Withdraw,
            HearingAction::SendBack
        ]
    );
    db.record_decision(F, item, &counts(9, 1)).unwrap();
    let h = db.hearing(item).unwrap();
    assert_eq!(
        (h.step, h.outcome, h.open),
        (ProcessStep::Outcome, Some(Outcome::Passed), false)
    );
    refused(&mut db, "conflict", "is over", |db| {
        db.add_concern(
            MT,
            item,
            &NewConcern {
                concern: "Too late".into(),
                by: None,
            },
        )
    });
    let detail = db.proposal_detail(p.id).unwrap();
    assert_eq!(
        (
            detail.questions.len(),
            detail.concerns.len(),
            detail.temperature_checks.len()
        ),
        (2, 1, 1)
    );
}

#[test]
fn under_consensus_there_is_no_vote_step() {
    let mut db = db(); // default rule: consensus
    let p = proposal(&mut db, "Stove", "Buy a stove.");
    let m = meeting(&mut db, "2026-03-01");
    let item = hear(&mut db, &p, &m);
    for s in [ProcessStep::Present, ProcessStep::ClarifyingQuestions] {
        db.advance_step(F, item, s, false).unwrap();
    }
    // Nothing was raised: moving on says so.
    for s in [ProcessStep::Concerns, ProcessStep::CallForConsensus] {
        db.advance_step(F, item, s, true).unwrap();
    }
    let h = db.hearing(item).unwrap();
    assert!(!h.track.contains(&ProcessStep::Vote));
    assert_eq!(h.next_steps, [ProcessStep::Concerns]);
    refused(
        &mut db,
        "conflict",
        "the assembly's rule (consensus) has no vote",
        |db| db.advance_step(F, item, ProcessStep::Vote, false),
    );
    refused(
        &mut db,
        "invalid-input",
        "a temperature check needs at least one hand",
        |db| db.record_temperature(F, item, &TemperatureInput::default()),
    );
    let d = db
        .record_decision(
            F,
            item,
            &DecisionInput {
                support: 40,
                named_blocks: vec![StanceInput {
                    name: "Max".into(),
                    reason: Some("Gas is unsafe near tents".into()),
                }],
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(
        (d.outcome, status(&db, &p)),
        (Outcome::Blocked, ProposalStatus::Decided)
    );
}

#[test]
fn a_decision_stores_rule_counts_names_and_who_entered_it() {
    let mut db = ny();
    let p = proposal(&mut db, "Statement", "We stand with the tenants.");
    let m = meeting(&mut db, "2026-03-01");
    let item = hear(&mut db, &p, &m);
    let input = DecisionInput {
        rule: Some("supermajority:2/3".into()),
        support: 20,
        against: 8,
        stand_asides: Some(5),
        named_stand_asides: vec![
            StanceInput {
                name: "Ana".into(),
                reason: Some("Not my fight".into()),
            },
            StanceInput {
                name: "Bo".into(),
                reason: None,
            },
        ],
        named_blocks: vec![StanceInput {
            name: "Gil".into(),
            reason: Some("Risks the court case".into()),
        }],
        // Two blocks, one of them only counted; the blockers are among the 28 who voted.
        blocks: Some(2),
        quorum: Some(30),
        stand_aside_limit: Some("1/3".into()),
    };
    let before = dump(&db);
    let preview = db.preview_decision(&input).unwrap();
    assert_eq!(dump(&db), before, "a preview writes nothing");
    let d = db.record_decision(MT, item, &input).unwrap();
    assert_eq!(d.outcome, preview.outcome);
    assert_eq!(d.explanation, preview.explanation);
    assert_eq!(d.outcome, Outcome::Passed); // 20 of 28 ≥ 2/3
    assert_eq!(
        (d.rule.as_str(), d.default_rule.as_str()),
        ("supermajority:2/3", "modified:90")
    );
    assert_eq!(
        (
            d.support,
            d.against,
            d.stand_asides,
            d.blocks,
            d.participants
        ),
        (20, 8, 5, 2, 33)
    );
    assert_eq!(
        (d.quorum, d.stand_aside_limit.as_deref()),
        (Some(30), Some("1/3"))
    );
    assert_eq!(d.entered_by, Actor::MinuteTaker);
    let names: Vec<(String, String, Option<String>)> = d
        .stances
        .iter()
        .map(|s| (s.stance.to_string(), s.name.clone(), s.reason.clone()))
        .collect();
    assert_eq!(
        names,
        [
            (
                "stand-aside".into(),
                "Ana".into(),
                Some("Not my fight".into())
            ),
            ("stand-aside".into(), "Bo".into(), None),
            (
                "block".into(),
                "Gil".into(),
                Some("Risks the court case".into())
            ),
        ]
    );
    let j = db.journal_tail(1).unwrap().remove(0);
    assert_eq!(
        (j.action.as_str(), j.actor, j.meeting_id),
        ("decision.record", Actor::MinuteTaker, Some(m.id))
    );
    assert_eq!(j.detail["outcome"], "passed");
}

#[test]
fn the_order_stances_are_entered_in_does_not_change_the_decision() {
    let mut db = ny();
    let m = meeting(&mut db, "2026-03-01");
    let people = [("Ana", None), ("Bo", Some("cost")), ("Cy", None)];
    let mut seen = Vec::new();
    for (n, order) in [[0usize, 1, 2], [2, 0, 1], [1, 2, 0]].iter().enumerate() {
        let p = proposal(&mut db, &format!("P{n}"), "Text.");
        let item = hear(&mut db, &p, &m);
        let input = DecisionInput {
            support: 9,
            // The blocker among those against.
            against: 2,
            stand_asides: Some(4),
            named_stand_asides: order
                .iter()
                .map(|i| StanceInput {
                    name: people[*i].0.into(),
                    reason: people[*i].1.map(Into::into),
                })
                .collect(),
            named_blocks: vec![StanceInput {
                name: "Gil".into(),
                reason: Some("unsafe".into()),
            }],
            stand_aside_limit: Some("1/3".into()),
            ..Default::default()
        };
        let d = db.record_decision(F, item, &input).unwrap();
        let mut names: Vec<String> = d
            .stances
            .iter()
            .map(|s| format!("{}:{}", s.name, s.stance))
            .collect();
        names.sort();
        seen.push((
            d.outcome,
            d.support,
            d.against,
            d.stand_asides,
            d.blocks,
            names,
        ));
    }
    assert!(seen.windows(2).all(|w| w[0] == w[1]), "{seen:?}");
    assert_eq!(seen[0].0, Outcome::Failed); // 9 of 11 < 90%
}

#[test]
fn disputes_can_be_flagged_after_the_fact() {
    let mut db = ny();
    let p = proposal(&mut db, "Press", "Approve releases.");
    let m = meeting(&mut db, "2026-03-01");
    let item = hear(&mut db, &p, &m);
    let d = db.record_decision(F, item, &counts(50, 40)).unwrap();
    db.open_meeting(F, m.id).unwrap();
    db.close_meeting(F, m.id).unwrap();
    refused(&mut db, "invalid-input", "needs a note", |db| {
        db.set_disputed(MT, d.id, true, "  ")
    });
    let d2 = db
        .set_disputed(MT, d.id, true, "The stack was closed early")
        .unwrap();
    assert!(d2.disputed && d2.dispute_note == "The stack was closed early");
    assert_eq!(d2.revision, d.revision + 1);
    assert_eq!(
        d2.outcome, d.outcome,
        "a dispute does not change the outcome"
    );
    let d3 = db.set_disputed(MT, d.id, false, "").unwrap();
    assert!(!d3.disputed && d3.dispute_note.is_empty());
    refused(&mut db, "not-found", "no decision", |db| {
        db.set_disputed(MT, Uuid::now_v7(), true, "x")
    });
}

#[test]
fn removing_an_agenda_item_releases_or_protects_the_proposal() {
    let mut db = ny();
    let p = proposal(&mut db, "Stove", "Buy a stove.");
    let m = meeting(&mut db, "2026-03-01");
    let item = hear(&mut db, &p, &m);
    db.remove_agenda_item(F, item).unwrap();
    assert_eq!(
        status(&db, &p),
        ProposalStatus::Submitted,
        "off the agenda: submitted again"
    );
    let item = hear(&mut db, &p, &m);
    db.advance_step(F, item, ProcessStep::Present, false)
        .unwrap();
    refused(&mut db, "conflict", "hearing has begun", |db| {
        db.remove_agenda_item(F, item)
    });
}

#[test]
fn the_detail_view_says_what_can_be_done() {
    let mut db = ny();
    let p = proposal(&mut db, "Stove", "Buy a stove.");
    let d = db.proposal_detail(p.id).unwrap();
    assert_eq!(
        d.actions,
        [
            ProposalAction::Amend,
            ProposalAction::PutOnAgenda,
            ProposalAction::Withdraw,
            ProposalAction::SendBack
        ]
    );
    assert_eq!(
        (d.default_rule.as_str(), d.versions.len(), d.history.len()),
        ("modified:90", 1, 1)
    );
    let v = serde_json::to_value(&d).unwrap();
    for key in [
        "proposal",
        "versions",
        "amendments",
        "hearings",
        "questions",
        "concerns",
        "temperature_checks",
        "decisions",
        "history",
        "actions",
    ] {
        assert!(v.get(key).is_some(), "detail has {key}");
    }
}

#[test]
fn process_actions_are_journaled_with_their_role() {
    let mut db = ny();
    let p = proposal(&mut db, "Stove", "Buy a stove.");
    let m = meeting(&mut db, "2026-03-01");
    let item = hear(&mut db, &p, &m);
    let before = db.journal_tail(1000).unwrap().len();
    db.advance_step(F, item, ProcessStep::Present, false)
        .unwrap();
    db.add_question(
        MT,
        item,
        &NewQuestion {
            question: "?".into(),
            by: None,
        },
    )
    .unwrap();
    db.add_concern(
        MT,
        item,
        &NewConcern {
            concern: "!".into(),
            by: None,
        },
    )
    .unwrap();
    db.amend_proposal(MT, p.id, &amend("Buy two stoves.", "Sam", Some(true)))
        .unwrap();
    db.record_temperature(
        MT,
        item,
        &TemperatureInput {
            up: 1,
            ..Default::default()
        },
    )
    .unwrap();
    db.record_decision(F, item, &counts(5, 0)).unwrap();
    let tail = db.journal_tail(1000).unwrap();
    let actions: Vec<(&str, Actor)> = tail[..tail.len() - before]
        .iter()
        .rev()
        .filter(|j| j.action != "person.add")
        .map(|j| (j.action.as_str(), j.actor))
        .collect();
    assert_eq!(
        actions,
        [
            ("hearing.step", F),
            ("question.add", MT),
            ("concern.add", MT),
            ("amendment.offer", MT),
            ("amendment.accept", MT),
            ("temperature.record", MT),
            ("decision.record", F),
        ]
    );
}

#[test]
fn the_demo_has_proposals_in_every_state_and_with_every_outcome() {
    let mut db = Db::open_in_memory().unwrap();
    plenary_core::demo::fill(&mut db).unwrap();
    let proposals = db.proposals().unwrap();
    for s in ProposalStatus::ALL {
        assert!(
            proposals.iter().any(|p| p.status == *s),
            "no {s} proposal in the demo"
        );
    }
    let details: Vec<_> = proposals
        .iter()
        .map(|p| db.proposal_detail(p.id).unwrap())
        .collect();
    let outcomes: Vec<Outcome> = details
        .iter()
        .flat_map(|d| d.hearings.iter().filter_map(|h| h.outcome))
        .collect();
    for o in Outcome::ALL {
        assert!(outcomes.contains(o), "no {o} outcome in the demo");
    }
    let amendments: Vec<_> = details.iter().flat_map(|d| d.amendments.iter()).collect();
    for s in AmendmentStatus::ALL {
        assert!(
            amendments.iter().any(|a| a.status == *s),
            "no {s} amendment"
        );
    }
    assert!(details.iter().any(|d| d.versions.len() > 1));
    assert!(details
        .iter()
        .any(|d| d.concerns.iter().any(|c| c.addressed)));
    assert!(details
        .iter()
        .any(|d| d.concerns.iter().any(|c| !c.addressed)));
    assert!(details
        .iter()
        .any(|d| d.questions.iter().any(|q| q.answer.is_some())));
    assert!(details.iter().any(|d| !d.temperature_checks.is_empty()));
    assert!(details
        .iter()
        .any(|d| d.decisions.iter().any(|x| x.disputed)));
    assert!(
        details
            .iter()
            .any(|d| d.decisions.iter().any(|x| x.rule != x.default_rule)),
        "a decision under another rule"
    );
    assert!(
        details.iter().any(|d| d.hearings.len() > 1),
        "a proposal heard at two GAs"
    );
    // Every past hearing happened while its item was under way.
    for d in &details {
        for h in d
            .hearings
            .iter()
            .filter(|h| h.meeting_status == MeetingStatus::Closed)
        {
            let item = db.agenda_item(h.agenda_item_id).unwrap();
            if let Some(at) = h.step_at {
                assert!(
                    item.started_at.unwrap() <= at && at <= item.ended_at.unwrap(),
                    "{}",
                    h.item_reference
                );
            }
        }
    }
    // The upcoming GA has proposals to hear.
    let upcoming = db
        .meetings()
        .unwrap()
        .into_iter()
        .find(|m| m.status == MeetingStatus::Planned)
        .unwrap();
    let on_agenda = db
        .agenda(upcoming.id)
        .unwrap()
        .iter()
        .filter(|i| i.proposal_id.is_some())
        .count();
    assert!(on_agenda >= 3, "{on_agenda} proposals on the upcoming GA");
}

#[test]
fn proposals_made_before_this_schema_get_version_1_and_a_history() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    let mine = plenary_core::db::MIGRATION_SQL
        .iter()
        .position(|s| s.contains("Plenary schema: proposals and the consensus process"))
        .unwrap();
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        for sql in &plenary_core::db::MIGRATION_SQL[..mine] {
            conn.execute_batch(sql).unwrap();
        }
        conn.pragma_update(None, "user_version", mine as i64)
            .unwrap();
        conn.execute_batch(
            "INSERT INTO assemblies (id, origin, name, code, is_local, created_at, updated_at)
             VALUES (X'01900000000070008000000000000001', X'01900000000070008000000000000001', 'Old', 'OLD', 1, '2025-01-01 00:00:00+00:00', '2025-01-01 00:00:00+00:00');
             INSERT INTO proposals (id, origin, year, number, title, text, status, created_at, updated_at)
             VALUES (X'01900000000070008000000000000002', X'01900000000070008000000000000001', 2025, 1, 'Old one', 'The old text.', 'on-agenda',
                     '2025-03-04 05:06:07.890+00:00', '2025-03-05 00:00:00+00:00');",
        )
        .unwrap();
    }
    let db = Db::open(&path).unwrap();
    let p = db.resolve_proposal("OLD-P-2025-001").unwrap();
    let v = db.versions(p).unwrap();
    assert_eq!(v.len(), 1);
    assert_eq!((v[0].number, v[0].text.as_str()), (1, "The old text."));
    let h = db.status_history(p).unwrap();
    assert_eq!(h.len(), 1);
    assert_eq!(h[0].status, ProposalStatus::OnAgenda);
    let id: Uuid = db
        .conn()
        .query_row("SELECT id FROM proposal_versions", [], |r| r.get(0))
        .unwrap();
    assert_eq!(id.get_version_num(), 7, "backfilled ids are UUIDv7");
    let ms = id.get_timestamp().unwrap().to_unix();
    assert_eq!(
        (ms.0, ms.1 / 1_000_000),
        (1741064767, 890),
        "with the proposal's creation time"
    );
}
