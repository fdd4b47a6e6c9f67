//! A hearing: one proposal on one agenda item. A proposal may be heard at several GAs
//! (tabled at one, decided at a later one); each hearing walks the OWS minutes template:
//!
//! present → clarifying questions → concerns & friendly amendments → temperature check
//! (optional) → call for consensus → vote (if the rule has one) → outcome
//!
//! The facilitator moves the step ([`Db::advance_step`]; [`next_steps`] says where to);
//! records (questions, concerns, amendments, temperature checks) are taken at any step
//! of a hearing that is open, because the minute-taker often catches up, and a record
//! moves a step that is behind forward to its own step (never back). Recording an
//! outcome (a decision, or tabling, withdrawing, sending back at the hearing) ends it.
//!
//! The step machine never moves anything silently (issue 12, "no silent loss"):
//! - a record begins the hearing of a proposal that is on the agenda (it is then
//!   `in-process`: its process began), but never takes up a **tabled** proposal again —
//!   that is the facilitator's explicit move to a step;
//! - a step where nothing was raised (no clarifying question; no concern and no
//!   amendment) is passed over only by saying so: the facilitator's move with `none`
//!   ("no questions"), which the hearing keeps (`no_questions`, `no_concerns`: the
//!   minutes say "No clarifying questions were asked."). A record that would jump over
//!   such a step is refused; a record taken later at a step passed over so (the
//!   minute-taker catching up) clears its mark, so the mark never contradicts a record.
//!
//! A hearing has a row in `hearings` once its process has begun; before, it is
//! `not-started`.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::lifecycle::{next_status, Transition};
use super::ProposalStatus;
use crate::agenda::ItemStatus;
use crate::db::Tx;
use crate::decision::{Outcome, MAX_COUNT};
use crate::journal::Actor;
use crate::meeting::MeetingStatus;
use crate::refs::{item_ref, meeting_ref};
use crate::rule::DecisionRule;
use crate::{conflict, invalid, not_found, text_enum, validate, Db, Result};

text_enum! {
    /// The steps of a hearing, in order.
    ProcessStep, "process step" {
        NotStarted = "not-started",
        Present = "present",
        ClarifyingQuestions = "clarifying-questions",
        Concerns = "concerns",
        TemperatureCheck = "temperature-check",
        CallForConsensus = "call-for-consensus",
        Vote = "vote",
        Outcome = "outcome",
    }
}

text_enum! {
    /// What the facilitation team can record at a hearing's current step.
    HearingAction, "hearing action" {
        AskQuestion = "ask-question",
        AnswerQuestion = "answer-question",
        RaiseConcern = "raise-concern",
        AddressConcern = "address-concern",
        OfferAmendment = "offer-amendment",
        DecideAmendment = "decide-amendment",
        RecordTemperature = "record-temperature",
        Decide = "decide",
        Table = "table",
        Withdraw = "withdraw",
        SendBack = "send-back",
    }
}

use ProcessStep as P;

/// A step's name inside a refusal, in the refusal's language.
pub(crate) fn step_word(s: ProcessStep) -> crate::error::Arg {
    use crate::word;
    match s {
        P::NotStarted => word!("step-not-started"),
        P::Present => word!("step-present"),
        P::ClarifyingQuestions => word!("step-clarifying-questions"),
        P::Concerns => word!("step-concerns"),
        P::TemperatureCheck => word!("step-temperature-check"),
        P::CallForConsensus => word!("step-call-for-consensus"),
        P::Vote => word!("step-vote"),
        P::Outcome => word!("step-outcome"),
    }
}

/// The steps of a hearing under a rule with or without a vote.
pub fn track(has_vote: bool) -> Vec<ProcessStep> {
    ProcessStep::ALL
        .iter()
        .copied()
        .filter(|s| *s != P::NotStarted && (has_vote || *s != P::Vote))
        .collect()
}

/// Where the facilitator may move from `step`, in the template's order. Moving back is
/// allowed from a temperature check or a call for consensus to concerns ("concerns may
/// lead back to step 3"). The outcome is reached only by recording it.
pub fn next_steps(step: ProcessStep, has_vote: bool) -> Vec<ProcessStep> {
    match step {
        P::NotStarted => vec![P::Present],
        P::Present => vec![P::ClarifyingQuestions],
        P::ClarifyingQuestions => vec![P::Concerns],
        P::Concerns => vec![P::TemperatureCheck, P::CallForConsensus],
        P::TemperatureCheck => vec![P::CallForConsensus, P::Concerns],
        P::CallForConsensus if has_vote => vec![P::Vote, P::Concerns],
        P::CallForConsensus => vec![P::Concerns],
        P::Vote | P::Outcome => vec![],
    }
}

/// What is still open at a hearing, for [`step_actions`].
#[derive(Debug, Clone, Copy, Default)]
pub struct Open {
    pub unanswered_questions: usize,
    pub unaddressed_concerns: usize,
    pub pending_amendments: usize,
}

/// The records that fit `step` (what the UI offers), then the outcomes that can be
/// recorded by hand at any step.
pub fn step_actions(step: ProcessStep, open: Open, status: ProposalStatus) -> Vec<HearingAction> {
    use HearingAction as A;
    let mut out = match step {
        P::ClarifyingQuestions => vec![A::AskQuestion, A::AnswerQuestion],
        P::Concerns => vec![
            A::RaiseConcern,
            A::AddressConcern,
            A::OfferAmendment,
            A::DecideAmendment,
        ],
        P::TemperatureCheck => vec![A::RecordTemperature],
        P::CallForConsensus | P::Vote => vec![A::DecideAmendment, A::Decide],
        P::NotStarted | P::Present | P::Outcome => vec![],
    };
    out.retain(|a| match a {
        // A record does not take up a tabled proposal again (see the module's notes).
        A::AskQuestion | A::RaiseConcern | A::OfferAmendment | A::RecordTemperature
            if status == ProposalStatus::Tabled =>
        {
            false
        }
        A::AnswerQuestion => open.unanswered_questions > 0,
        A::AddressConcern => open.unaddressed_concerns > 0,
        A::DecideAmendment => open.pending_amendments > 0,
        // A decision waits for every friendly amendment to be answered.
        A::Decide => open.pending_amendments == 0,
        _ => true,
    });
    if step != P::Outcome {
        for (a, t) in [
            (A::Table, Transition::Table),
            (A::Withdraw, Transition::Withdraw),
            (A::SendBack, Transition::SendBack),
        ] {
            if next_status(status, t).is_ok() {
                out.push(a);
            }
        }
    }
    out
}

/// A hearing as the facilitator's process panel shows it. `next_steps` and `actions`
/// are empty when the hearing is not `open`.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Hearing {
    pub agenda_item_id: Uuid,
    /// `LDN-GA-39.3`.
    pub item_reference: String,
    pub item_status: ItemStatus,
    pub proposal_id: Uuid,
    pub meeting_id: Uuid,
    /// `LDN-GA-39`.
    pub meeting_reference: String,
    pub meeting_date: NaiveDate,
    pub meeting_status: MeetingStatus,
    pub step: ProcessStep,
    /// When the current step was reached.
    pub step_at: Option<DateTime<Utc>>,
    /// Every step of this hearing, in order (with `vote` only if the rule has one).
    pub track: Vec<ProcessStep>,
    /// Where the facilitator may move now; the first is the usual next step.
    pub next_steps: Vec<ProcessStep>,
    /// What can be recorded now.
    pub actions: Vec<HearingAction>,
    /// True while the hearing takes records: its GA is not closed, no outcome yet, and the
    /// proposal is still before the GA.
    pub open: bool,
    pub outcome: Option<Outcome>,
    /// The decision, when the outcome came from one.
    pub decision_id: Option<Uuid>,
    /// For an outcome set by hand (tabled, withdrawn, sent back): who ("the
    /// proposers")…
    pub outcome_by: Option<String>,
    /// …and why. Both absent for a decision's outcome, and empty for a manual outcome
    /// recorded before they were asked for.
    pub outcome_reason: Option<String>,
    /// The current step is one where something is usually raised (clarifying questions,
    /// concerns) and nothing is recorded there yet: moving on from it says that none was
    /// raised (`advance_step` with `none`). False when the hearing is not open.
    pub step_empty: bool,
    /// The facilitator passed over the clarifying questions saying that none was asked
    /// (`advance_step` with `none`), and none is recorded.
    pub no_questions: bool,
    /// The same for the concerns and friendly amendments.
    pub no_concerns: bool,
}

/// A clarifying question, answered by the proposer.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Question {
    pub id: Uuid,
    pub proposal_id: Uuid,
    pub agenda_item_id: Uuid,
    pub question: String,
    pub asked_by_id: Option<Uuid>,
    pub asked_by: Option<String>,
    pub answer: Option<String>,
    pub answered_by_id: Option<Uuid>,
    pub answered_by: Option<String>,
    pub answered_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct NewQuestion {
    pub question: String,
    /// Who asked (created if new).
    pub by: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct AnswerInput {
    pub answer: String,
    /// Who answered; by default the proposer.
    pub by: Option<String>,
}

/// A concern: who, what, and whether it was addressed (and how).
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Concern {
    pub id: Uuid,
    pub proposal_id: Uuid,
    pub agenda_item_id: Uuid,
    pub concern: String,
    pub raised_by_id: Option<Uuid>,
    pub raised_by: Option<String>,
    pub addressed: bool,
    /// How it was addressed, or why not.
    pub response: String,
    pub addressed_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct NewConcern {
    pub concern: String,
    /// Who raised it (created if new).
    pub by: Option<String>,
}

/// A non-binding temperature check: twinkles up, sideways, down.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct TemperatureCheck {
    pub id: Uuid,
    pub proposal_id: Uuid,
    pub agenda_item_id: Uuid,
    pub up: u32,
    pub sideways: u32,
    pub down: u32,
    pub note: String,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct TemperatureInput {
    pub up: u32,
    pub sideways: u32,
    pub down: u32,
    pub note: String,
}

/// What a writing action knows about the hearing it works on.
pub(crate) struct HearingCtx {
    pub item: Uuid,
    pub item_reference: String,
    pub proposal: Uuid,
    pub meeting: Uuid,
    pub step: ProcessStep,
    pub started: bool,
    pub status: ProposalStatus,
}

impl Tx<'_> {
    /// The hearing on `item`, if its meeting may still change (not closed, ours).
    pub(crate) fn writable_hearing(&self, item: Uuid) -> Result<(HearingCtx, Option<Outcome>)> {
        type Row = (
            Option<Uuid>,
            Uuid,
            String,
            Option<ProcessStep>,
            Option<Outcome>,
        );
        let row: Option<Row> = self
            .query_row(
                "SELECT i.proposal_id, i.meeting_id, a.code, m.number, i.position, h.step, h.outcome
                 FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id JOIN assemblies a ON a.id = m.origin
                 LEFT JOIN hearings h ON h.agenda_item_id = i.id WHERE i.id = ?1",
                [item],
                |r| {
                    let code: String = r.get(2)?;
                    let reference = item_ref(&code, r.get(3)?, r.get(4)?);
                    Ok((r.get(0)?, r.get(1)?, reference, r.get(5)?, r.get(6)?))
                },
            )
            .optional()?;
        let (proposal, meeting, item_reference, step, outcome) =
            row.ok_or_else(|| not_found!("item-not-found", id = item))?;
        let proposal = proposal
            .ok_or_else(|| invalid!("hearing-not-a-proposal-item", item = &item_reference))?;
        self.ensure_meeting_live(meeting)?;
        let (origin, status) = self.proposal_state(proposal)?;
        self.ensure_owned(crate::db::Owned::ThisProposal, origin)?;
        let ctx = HearingCtx {
            item,
            item_reference,
            proposal,
            meeting,
            step: step.unwrap_or(P::NotStarted),
            started: step.is_some(),
            status,
        };
        Ok((ctx, outcome))
    }

    /// The hearing on `item`, refused unless it takes records: its GA is not closed, its
    /// outcome is not recorded, and the proposal is still before the GA.
    pub(crate) fn live_hearing(&self, item: Uuid) -> Result<HearingCtx> {
        let (h, outcome) = self.writable_hearing(item)?;
        if let Some(o) = outcome {
            return Err(conflict!(
                "hearing-over",
                item = &h.item_reference,
                outcome = super::lifecycle::outcome_word(o)
            ));
        }
        next_status(h.status, Transition::Hear)?;
        Ok(h)
    }

    /// A record of `step` is taken at the hearing (a question, a concern, an amendment, a
    /// temperature check): as [`Tx::enter_step`], but refused on a tabled proposal (a
    /// record does not take it up again) and when it would pass over a step where nothing
    /// was raised (see the module's notes).
    pub(crate) fn reach_step(&self, h: &mut HearingCtx, step: ProcessStep) -> Result<()> {
        if h.status == ProposalStatus::Tabled {
            return Err(conflict!(
                "hearing-record-tabled",
                record = step.as_str(),
                item = &h.item_reference
            ));
        }
        if let Some(empty) = self.empty_step_passed(h, step)? {
            return Err(conflict!(
                "hearing-record-passes-over",
                step = step_word(empty),
                item = &h.item_reference,
                record = step.as_str()
            ));
        }
        self.enter_step(h, step)?;
        // A record at a step passed over with "none raised" (the minute-taker catching
        // up): the mark no longer holds.
        if let Some(mark) = none_raised_column(step) {
            self.execute(
                &format!(
                    "UPDATE hearings SET {mark} = 0, updated_at = ?1, revision = revision + 1
                     WHERE agenda_item_id = ?2 AND {mark} = 1"
                ),
                params![self.now, h.item],
            )?;
        }
        Ok(())
    }

    /// The step where something is usually raised that going from the hearing's step to
    /// `to` would leave behind with nothing recorded, if any.
    pub(crate) fn empty_step_passed(
        &self,
        h: &HearingCtx,
        to: ProcessStep,
    ) -> Result<Option<ProcessStep>> {
        for s in [P::ClarifyingQuestions, P::Concerns] {
            if h.step <= s && s < to && raised_at(self, h.item, s)? == 0 {
                return Ok(Some(s));
            }
        }
        Ok(None)
    }

    /// The hearing reaches `step`: it begins if it had not (the proposal is then
    /// `in-process`) and a step that is behind moves forward to `step`.
    pub(crate) fn enter_step(&self, h: &mut HearingCtx, step: ProcessStep) -> Result<()> {
        let to = next_status(h.status, Transition::Hear)?;
        if to != h.status {
            self.change_status(h.proposal, to, Some(h.meeting), Some(h.item), "")?;
            h.status = to;
        }
        if !h.started {
            self.execute(
                "INSERT INTO hearings (id, origin, agenda_item_id, proposal_id, step, step_at, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?6)",
                params![self.new_id(), self.origin, h.item, h.proposal, step, self.now],
            )?;
            h.started = true;
            h.step = step;
        } else if h.step < step {
            self.set_step(h, step)?;
        }
        Ok(())
    }

    fn set_step(&self, h: &mut HearingCtx, step: ProcessStep) -> Result<()> {
        self.execute(
            "UPDATE hearings SET step = ?1, step_at = ?2, updated_at = ?2, revision = revision + 1
             WHERE agenda_item_id = ?3",
            params![step, self.now, h.item],
        )?;
        h.step = step;
        Ok(())
    }

    /// Records the hearing's outcome (the caller sets the proposal's status).
    pub(crate) fn end_hearing(&self, h: &mut HearingCtx, outcome: Outcome) -> Result<()> {
        self.execute(
            "INSERT INTO hearings (id, origin, agenda_item_id, proposal_id, step, step_at, outcome, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, 'outcome', ?5, ?6, ?5, ?5)
             ON CONFLICT (agenda_item_id) DO UPDATE SET step = 'outcome', step_at = excluded.step_at,
                 outcome = excluded.outcome, updated_at = excluded.updated_at, revision = revision + 1",
            params![self.new_id(), self.origin, h.item, h.proposal, self.now, outcome],
        )?;
        h.started = true;
        h.step = P::Outcome;
        Ok(())
    }

    /// Before an agenda item is removed: refuses if a proposal's hearing began there, and
    /// otherwise takes the proposal off that agenda (back to the status it had before,
    /// unless it is on another GA's agenda too).
    pub(crate) fn release_hearing(&self, item: Uuid) -> Result<()> {
        let row: Option<(Option<Uuid>, Uuid, bool)> = self
            .query_row(
                "SELECT i.proposal_id, i.meeting_id, EXISTS (SELECT 1 FROM hearings h WHERE h.agenda_item_id = i.id)
                 FROM agenda_items i WHERE i.id = ?1",
                [item],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        let Some((Some(proposal), meeting, heard)) = row else {
            return Ok(());
        };
        if heard {
            return Err(conflict!("hearing-remove-begun"));
        }
        let (_, status) = self.proposal_state(proposal)?;
        let elsewhere: bool = self.query_row(
            "SELECT EXISTS (SELECT 1 FROM agenda_items WHERE proposal_id = ?1 AND id <> ?2)",
            params![proposal, item],
            |r| r.get(0),
        )?;
        if status == ProposalStatus::OnAgenda && !elsewhere {
            let before: ProposalStatus = self
                .query_row(
                    "SELECT status FROM proposal_status_changes
                     WHERE proposal_id = ?1 AND status IN ('submitted', 'tabled')
                     ORDER BY changed_at DESC, rowid DESC LIMIT 1",
                    [proposal],
                    |r| r.get(0),
                )
                .optional()?
                .unwrap_or(ProposalStatus::Submitted);
            self.change_status(
                proposal,
                before,
                Some(meeting),
                None,
                super::lifecycle::TAKEN_OFF_NOTE,
            )?;
        }
        Ok(())
    }

    /// A person by name for a record: `None` for none or an empty name.
    pub(crate) fn maybe_person(&self, name: Option<&str>) -> Result<Option<Uuid>> {
        name.filter(|n| !n.trim().is_empty())
            .map(|n| self.person_by_name(n))
            .transpose()
    }
}

/// How many records were raised at `step` of the hearing on `item`: its clarifying
/// questions, or its concerns and amendments.
fn raised_at(conn: &rusqlite::Connection, item: Uuid, step: ProcessStep) -> Result<i64> {
    let sql = match step {
        P::ClarifyingQuestions => {
            "SELECT count(*) FROM clarifying_questions WHERE agenda_item_id = ?1"
        }
        P::Concerns => {
            "SELECT (SELECT count(*) FROM concerns WHERE agenda_item_id = ?1)
                  + (SELECT count(*) FROM amendments WHERE agenda_item_id = ?1)"
        }
        _ => return Ok(1),
    };
    Ok(conn.query_row(sql, [item], |r| r.get(0))?)
}

/// The column of `hearings` that marks `step` as passed over with nothing raised.
fn none_raised_column(step: ProcessStep) -> Option<&'static str> {
    match step {
        P::ClarifyingQuestions => Some("no_questions"),
        P::Concerns => Some("no_concerns"),
        _ => None,
    }
}

/// The rule hearings run under: the local assembly's default.
pub(crate) fn default_rule(db: &Db) -> Result<DecisionRule> {
    db.local_assembly()?.default_rule.parse()
}

const QUESTION_SELECT: &str =
    "SELECT q.id, q.proposal_id, q.agenda_item_id, q.question, q.asked_by_person_id, pa.name,
            q.answer, q.answered_by_person_id, pb.name, q.answered_at, q.created_at
     FROM clarifying_questions q LEFT JOIN people pa ON pa.id = q.asked_by_person_id
     LEFT JOIN people pb ON pb.id = q.answered_by_person_id";

fn question_from_row(r: &rusqlite::Row) -> rusqlite::Result<Question> {
    Ok(Question {
        id: r.get(0)?,
        proposal_id: r.get(1)?,
        agenda_item_id: r.get(2)?,
        question: r.get(3)?,
        asked_by_id: r.get(4)?,
        asked_by: r.get(5)?,
        answer: r.get(6)?,
        answered_by_id: r.get(7)?,
        answered_by: r.get(8)?,
        answered_at: r.get(9)?,
        created_at: r.get(10)?,
    })
}

const CONCERN_SELECT: &str =
    "SELECT c.id, c.proposal_id, c.agenda_item_id, c.concern, c.raised_by_person_id, p.name,
            c.addressed, c.response, c.addressed_at, c.created_at
     FROM concerns c LEFT JOIN people p ON p.id = c.raised_by_person_id";

fn concern_from_row(r: &rusqlite::Row) -> rusqlite::Result<Concern> {
    Ok(Concern {
        id: r.get(0)?,
        proposal_id: r.get(1)?,
        agenda_item_id: r.get(2)?,
        concern: r.get(3)?,
        raised_by_id: r.get(4)?,
        raised_by: r.get(5)?,
        addressed: r.get(6)?,
        response: r.get(7)?,
        addressed_at: r.get(8)?,
        created_at: r.get(9)?,
    })
}

const TEMPERATURE_SELECT: &str =
    "SELECT id, proposal_id, agenda_item_id, up, sideways, down, note, created_at FROM temperature_checks";

fn temperature_from_row(r: &rusqlite::Row) -> rusqlite::Result<TemperatureCheck> {
    Ok(TemperatureCheck {
        id: r.get(0)?,
        proposal_id: r.get(1)?,
        agenda_item_id: r.get(2)?,
        up: r.get(3)?,
        sideways: r.get(4)?,
        down: r.get(5)?,
        note: r.get(6)?,
        created_at: r.get(7)?,
    })
}

const HEARING_SELECT: &str =
    "SELECT i.id, a.code, mt.number, i.position, i.status, i.proposal_id, mt.id, mt.date, mt.status,
            h.step, h.step_at, h.outcome, d.id, p.status, p.origin, sc.by_whom, sc.note,
            coalesce(h.no_questions, 0), coalesce(h.no_concerns, 0)
     FROM agenda_items i JOIN meetings mt ON mt.id = i.meeting_id JOIN assemblies a ON a.id = mt.origin
     JOIN proposals p ON p.id = i.proposal_id
     LEFT JOIN hearings h ON h.agenda_item_id = i.id LEFT JOIN decisions d ON d.agenda_item_id = i.id
     LEFT JOIN proposal_status_changes sc ON sc.rowid = (
         SELECT s.rowid FROM proposal_status_changes s
         WHERE h.outcome IN ('tabled', 'withdrawn', 'sent-back') AND d.id IS NULL
           AND s.agenda_item_id = i.id AND s.proposal_id = i.proposal_id AND s.status = h.outcome
         ORDER BY s.changed_at DESC, s.rowid DESC LIMIT 1)";

impl Db {
    /// The agenda item where `proposal` is heard at `meeting`; refused when the proposal
    /// is not on that meeting's agenda.
    pub fn hearing_item(&self, proposal: Uuid, meeting: Uuid) -> Result<Uuid> {
        self.conn
            .query_row(
                "SELECT id FROM agenda_items WHERE meeting_id = ?1 AND proposal_id = ?2",
                params![meeting, proposal],
                |r| r.get(0),
            )
            .optional()?
            .ok_or_else(|| {
                let p = self
                    .proposal(proposal)
                    .map(|p| p.reference)
                    .unwrap_or_default();
                let m = self
                    .meeting(meeting)
                    .map(|m| m.reference)
                    .unwrap_or_default();
                conflict!("hearing-proposal-not-on-agenda", proposal = p, meeting = m)
            })
    }

    /// Moves a hearing to another step (see [`next_steps`]). Leaving a step where nothing
    /// was raised (no clarifying question; no concern nor amendment) needs `none`: the
    /// facilitator says that none was, and the journal keeps it. This is
    /// also the move that takes up again a tabled proposal on this agenda.
    pub fn advance_step(
        &mut self,
        actor: Actor,
        item: Uuid,
        to: ProcessStep,
        none: bool,
    ) -> Result<Hearing> {
        let rule = default_rule(self)?;
        let has_vote = rule.has_vote();
        self.write(actor, |tx| {
            let mut h = tx.live_hearing(item)?;
            let from = h.step;
            let allowed = next_steps(from, has_vote);
            if !allowed.contains(&to) {
                let step = step_word(to);
                return Err(if to == from {
                    conflict!("hearing-move-already-there", step = step)
                } else if to == P::Outcome {
                    conflict!("hearing-move-to-outcome", step = step)
                } else if to == P::Vote && !has_vote {
                    conflict!("hearing-move-no-vote", step = step, rule = rule.to_string())
                } else {
                    match allowed.as_slice() {
                        [] => conflict!("hearing-move-only-outcome", step = step, from = step_word(from)),
                        [next] => conflict!("hearing-move-one-way", step = step, from = step_word(from), next = step_word(*next)),
                        [next, other, ..] => conflict!(
                            "hearing-move-two-ways",
                            step = step,
                            from = step_word(from),
                            next = step_word(*next),
                            other = step_word(*other)
                        ),
                    }
                });
            }
            let passed = tx.empty_step_passed(&h, to)?;
            match (passed, none) {
                (Some(empty), false) => {
                    return Err(conflict!(
                        "hearing-nothing-recorded",
                        step = empty.as_str(),
                        item = &h.item_reference
                    ));
                }
                (None, true) => {
                    return Err(conflict!(
                        "hearing-none-needless",
                        from = step_word(from),
                        to = step_word(to)
                    ));
                }
                _ => {}
            }
            let status = h.status;
            if h.started {
                tx.set_step(&mut h, to)?;
            }
            tx.enter_step(&mut h, to)?;
            // The hearing keeps that nothing was raised there: the minutes say so.
            if let Some(mark) = passed.and_then(none_raised_column) {
                tx.execute(
                    &format!("UPDATE hearings SET {mark} = 1 WHERE agenda_item_id = ?1"),
                    [item],
                )?;
            }
            tx.journal(
                "hearing.step",
                "agenda_items",
                item,
                Some(h.meeting),
                serde_json::json!({"from": from, "to": to, "none_raised": passed, "status_before": status}),
            )
        })?;
        self.hearing(item)
    }

    /// A clarifying question at a hearing.
    pub fn add_question(
        &mut self,
        actor: Actor,
        item: Uuid,
        input: &NewQuestion,
    ) -> Result<Question> {
        let question = validate::required_text(crate::word!("field-question"), &input.question)?;
        let id = self.write(actor, |tx| {
            let mut h = tx.live_hearing(item)?;
            tx.reach_step(&mut h, P::ClarifyingQuestions)?;
            let by = tx.maybe_person(input.by.as_deref())?;
            let id = tx.new_id();
            tx.execute(
                "INSERT INTO clarifying_questions (id, origin, proposal_id, agenda_item_id, asked_by_person_id, question, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
                params![id, tx.origin, h.proposal, item, by, question, tx.now],
            )?;
            tx.journal("question.add", "clarifying_questions", id, Some(h.meeting), serde_json::json!({"proposal": h.proposal}))?;
            Ok(id)
        })?;
        self.question(id)
    }

    /// The proposer's answer (or a correction of it) while the GA is not closed.
    pub fn answer_question(
        &mut self,
        actor: Actor,
        question: Uuid,
        input: &AnswerInput,
    ) -> Result<Question> {
        let answer = validate::required_text(crate::word!("field-answer"), &input.answer)?;
        self.write(actor, |tx| {
            let item: Uuid = tx
                .query_row("SELECT agenda_item_id FROM clarifying_questions WHERE id = ?1", [question], |r| r.get(0))
                .optional()?
                .ok_or_else(|| not_found!("question-not-found", id = question))?;
            let (h, _) = tx.writable_hearing(item)?;
            let by = match tx.maybe_person(input.by.as_deref())? {
                Some(p) => Some(p),
                None => tx.query_row("SELECT proposer_person_id FROM proposals WHERE id = ?1", [h.proposal], |r| r.get(0))?,
            };
            tx.execute(
                "UPDATE clarifying_questions SET answer = ?1, answered_by_person_id = ?2, answered_at = ?3,
                        updated_at = ?3, revision = revision + 1 WHERE id = ?4",
                params![answer, by, tx.now, question],
            )?;
            tx.journal("question.answer", "clarifying_questions", question, Some(h.meeting), serde_json::json!({}))
        })?;
        self.question(question)
    }

    /// A concern raised at a hearing.
    pub fn add_concern(&mut self, actor: Actor, item: Uuid, input: &NewConcern) -> Result<Concern> {
        let concern = validate::required_text(crate::word!("field-concern"), &input.concern)?;
        let id = self.write(actor, |tx| {
            let mut h = tx.live_hearing(item)?;
            tx.reach_step(&mut h, P::Concerns)?;
            let by = tx.maybe_person(input.by.as_deref())?;
            let id = tx.new_id();
            tx.execute(
                "INSERT INTO concerns (id, origin, proposal_id, agenda_item_id, raised_by_person_id, concern, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
                params![id, tx.origin, h.proposal, item, by, concern, tx.now],
            )?;
            tx.journal("concern.add", "concerns", id, Some(h.meeting), serde_json::json!({"proposal": h.proposal}))?;
            Ok(id)
        })?;
        self.concern(id)
    }

    /// Marks a concern addressed (or not), with how.
    pub fn address_concern(
        &mut self,
        actor: Actor,
        concern: Uuid,
        addressed: bool,
        response: &str,
    ) -> Result<Concern> {
        let response = validate::text(crate::word!("field-response"), response)?;
        self.write(actor, |tx| {
            let item: Uuid = tx
                .query_row("SELECT agenda_item_id FROM concerns WHERE id = ?1", [concern], |r| r.get(0))
                .optional()?
                .ok_or_else(|| not_found!("concern-not-found", id = concern))?;
            let (h, _) = tx.writable_hearing(item)?;
            tx.execute(
                "UPDATE concerns SET addressed = ?1, response = ?2, addressed_at = CASE WHEN ?1 THEN ?3 END,
                        updated_at = ?3, revision = revision + 1 WHERE id = ?4",
                params![addressed, response, tx.now, concern],
            )?;
            tx.journal("concern.address", "concerns", concern, Some(h.meeting), serde_json::json!({"addressed": addressed}))
        })?;
        self.concern(concern)
    }

    /// A temperature check at a hearing.
    pub fn record_temperature(
        &mut self,
        actor: Actor,
        item: Uuid,
        input: &TemperatureInput,
    ) -> Result<TemperatureCheck> {
        let note = validate::text(crate::word!("field-note"), &input.note)?;
        for (what, n) in [
            ("up", input.up),
            ("sideways", input.sideways),
            ("down", input.down),
        ] {
            if n > MAX_COUNT {
                return Err(invalid!(
                    "temperature-count-too-big",
                    count = n,
                    hands = what,
                    max = MAX_COUNT
                ));
            }
        }
        if input.up == 0 && input.sideways == 0 && input.down == 0 {
            return Err(invalid!("temperature-no-hands"));
        }
        let id = self.write(actor, |tx| {
            let mut h = tx.live_hearing(item)?;
            tx.reach_step(&mut h, P::TemperatureCheck)?;
            let id = tx.new_id();
            tx.execute(
                "INSERT INTO temperature_checks (id, origin, proposal_id, agenda_item_id, up, sideways, down, note, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
                params![id, tx.origin, h.proposal, item, input.up, input.sideways, input.down, note, tx.now],
            )?;
            tx.journal(
                "temperature.record",
                "temperature_checks",
                id,
                Some(h.meeting),
                serde_json::json!({"up": input.up, "sideways": input.sideways, "down": input.down}),
            )?;
            Ok(id)
        })?;
        self.temperature_check(id)
    }

    pub fn question(&self, id: Uuid) -> Result<Question> {
        self.conn
            .query_row(
                &format!("{QUESTION_SELECT} WHERE q.id = ?1"),
                [id],
                question_from_row,
            )
            .optional()?
            .ok_or_else(|| not_found!("question-not-found", id = id))
    }

    pub fn concern(&self, id: Uuid) -> Result<Concern> {
        self.conn
            .query_row(
                &format!("{CONCERN_SELECT} WHERE c.id = ?1"),
                [id],
                concern_from_row,
            )
            .optional()?
            .ok_or_else(|| not_found!("concern-not-found", id = id))
    }

    pub fn temperature_check(&self, id: Uuid) -> Result<TemperatureCheck> {
        self.conn
            .query_row(
                &format!("{TEMPERATURE_SELECT} WHERE id = ?1"),
                [id],
                temperature_from_row,
            )
            .optional()?
            .ok_or_else(|| not_found!("temperature-not-found", id = id))
    }

    /// A proposal's clarifying questions, in the order asked.
    pub fn questions(&self, proposal: Uuid) -> Result<Vec<Question>> {
        let mut st = self.conn.prepare_cached(&format!(
            "{QUESTION_SELECT} WHERE q.proposal_id = ?1 ORDER BY q.created_at, q.id"
        ))?;
        let rows = st.query_map([proposal], question_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A proposal's concerns, in the order raised.
    pub fn concerns(&self, proposal: Uuid) -> Result<Vec<Concern>> {
        let mut st = self.conn.prepare_cached(&format!(
            "{CONCERN_SELECT} WHERE c.proposal_id = ?1 ORDER BY c.created_at, c.id"
        ))?;
        let rows = st.query_map([proposal], concern_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A proposal's temperature checks, in order.
    pub fn temperature_checks(&self, proposal: Uuid) -> Result<Vec<TemperatureCheck>> {
        let mut st = self.conn.prepare_cached(&format!(
            "{TEMPERATURE_SELECT} WHERE proposal_id = ?1 ORDER BY created_at, id"
        ))?;
        let rows = st.query_map([proposal], temperature_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The hearing on one agenda item.
    pub fn hearing(&self, item: Uuid) -> Result<Hearing> {
        let rule = default_rule(self)?;
        let found = self
            .conn
            .prepare_cached(&format!("{HEARING_SELECT} WHERE i.id = ?1"))?
            .query_row([item], hearing_row)
            .optional()?;
        let row = found.ok_or_else(|| not_found!("hearing-not-found", item = item))?;
        self.finish_hearing(row, rule)
    }

    /// Every hearing of a proposal, in the order of the GAs.
    pub fn hearings(&self, proposal: Uuid) -> Result<Vec<Hearing>> {
        let rule = default_rule(self)?;
        let rows: Vec<HearingRow> = {
            let mut st = self.conn.prepare_cached(&format!(
                "{HEARING_SELECT} WHERE i.proposal_id = ?1 ORDER BY mt.date, mt.number"
            ))?;
            let rows = st.query_map([proposal], hearing_row)?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        rows.into_iter()
            .map(|r| self.finish_hearing(r, rule))
            .collect()
    }

    fn finish_hearing(&self, r: HearingRow, rule: DecisionRule) -> Result<Hearing> {
        let local = self.local_id()?;
        let open = r.meeting_status != MeetingStatus::Closed
            && r.outcome.is_none()
            && r.proposal_origin == local
            && next_status(r.proposal_status, Transition::Hear).is_ok();
        let step = r.step.unwrap_or(P::NotStarted);
        let (next, actions) = if open {
            let count = |sql: &str, id: Uuid| -> Result<usize> {
                Ok(self.conn.query_row(sql, [id], |row| row.get::<_, i64>(0))? as usize)
            };
            let open_records = Open {
                unanswered_questions: count(
                    "SELECT count(*) FROM clarifying_questions WHERE agenda_item_id = ?1 AND answer IS NULL",
                    r.item,
                )?,
                unaddressed_concerns: count(
                    "SELECT count(*) FROM concerns WHERE agenda_item_id = ?1 AND addressed = 0",
                    r.item,
                )?,
                pending_amendments: count(
                    "SELECT count(*) FROM amendments WHERE proposal_id = ?1 AND status = 'pending'",
                    r.proposal,
                )?,
            };
            (
                next_steps(step, rule.has_vote()),
                step_actions(step, open_records, r.proposal_status),
            )
        } else {
            (vec![], vec![])
        };
        let step_empty = open
            && matches!(step, P::ClarifyingQuestions | P::Concerns)
            && raised_at(&self.conn, r.item, step)? == 0;
        Ok(Hearing {
            agenda_item_id: r.item,
            item_reference: item_ref(&r.code, r.number, r.position),
            item_status: r.item_status,
            proposal_id: r.proposal,
            meeting_id: r.meeting,
            meeting_reference: meeting_ref(&r.code, r.number),
            meeting_date: r.date,
            meeting_status: r.meeting_status,
            step,
            step_at: r.step_at,
            track: track(rule.has_vote()),
            next_steps: next,
            actions,
            open,
            outcome: r.outcome,
            decision_id: r.decision,
            outcome_by: r.outcome_by,
            outcome_reason: r.outcome_reason,
            step_empty,
            no_questions: r.no_questions,
            no_concerns: r.no_concerns,
        })
    }
}

struct HearingRow {
    item: Uuid,
    code: String,
    number: i64,
    position: i64,
    item_status: ItemStatus,
    proposal: Uuid,
    meeting: Uuid,
    date: NaiveDate,
    meeting_status: MeetingStatus,
    step: Option<ProcessStep>,
    step_at: Option<DateTime<Utc>>,
    outcome: Option<Outcome>,
    decision: Option<Uuid>,
    proposal_status: ProposalStatus,
    proposal_origin: Uuid,
    outcome_by: Option<String>,
    outcome_reason: Option<String>,
    no_questions: bool,
    no_concerns: bool,
}

fn hearing_row(r: &rusqlite::Row) -> rusqlite::Result<HearingRow> {
    Ok(HearingRow {
        item: r.get(0)?,
        code: r.get(1)?,
        number: r.get(2)?,
        position: r.get(3)?,
        item_status: r.get(4)?,
        proposal: r.get(5)?,
        meeting: r.get(6)?,
        date: r.get(7)?,
        meeting_status: r.get(8)?,
        step: r.get(9)?,
        step_at: r.get(10)?,
        outcome: r.get(11)?,
        decision: r.get(12)?,
        proposal_status: r.get(13)?,
        proposal_origin: r.get(14)?,
        outcome_by: r.get(15)?,
        outcome_reason: r.get(16)?,
        no_questions: r.get(17)?,
        no_concerns: r.get(18)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_track_has_a_vote_only_under_a_rule_with_one() {
        assert!(!track(false).contains(&P::Vote));
        assert_eq!(track(true).len(), 7);
        assert_eq!(track(true).first(), Some(&P::Present));
        assert_eq!(track(true).last(), Some(&P::Outcome));
    }

    #[test]
    fn moves_go_forward_and_back_only_to_concerns() {
        for has_vote in [false, true] {
            for s in ProcessStep::ALL {
                for n in next_steps(*s, has_vote) {
                    assert!(n > *s || n == P::Concerns, "{s} → {n}");
                    assert_ne!(n, P::Outcome);
                    assert!(has_vote || n != P::Vote);
                }
            }
        }
        assert!(next_steps(P::Vote, true).is_empty());
        assert_eq!(next_steps(P::CallForConsensus, false), [P::Concerns]);
    }

    #[test]
    fn actions_fit_the_step_and_what_is_open() {
        use HearingAction as A;
        let none = Open::default();
        let s = ProposalStatus::InProcess;
        assert_eq!(
            step_actions(P::ClarifyingQuestions, none, s),
            [A::AskQuestion, A::Table, A::Withdraw, A::SendBack]
        );
        let pending = Open {
            pending_amendments: 1,
            ..none
        };
        assert_eq!(
            step_actions(P::CallForConsensus, pending, s),
            [A::DecideAmendment, A::Table, A::Withdraw, A::SendBack]
        );
        assert_eq!(
            step_actions(P::Vote, none, s),
            [A::Decide, A::Table, A::Withdraw, A::SendBack]
        );
        assert!(step_actions(P::Outcome, none, s).is_empty());
        // A tabled proposal heard again at a later GA cannot be tabled twice.
        assert!(!step_actions(P::Present, none, ProposalStatus::Tabled).contains(&A::Table));
    }
}
