//! A proposal's status and the moves between statuses. [`next_status`] is the whole
//! machine, as a pure function; every change also goes into the proposal's dated history
//! (`proposal_status_changes`), with the GA and agenda item where it happened.
//!
//! ```text
//! draft → submitted → on-agenda → in-process → decided
//!             │            │           │
//!             │            └─────┬─────┴──→ tabled ──→ on-agenda (a later GA) …
//!             └──────────────────┴──→ withdrawn | sent-back
//! ```

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::ProposalStatus;
use crate::db::Tx;
use crate::decision::Outcome;
use crate::journal::Actor;
use crate::{conflict, invalid, not_found, text_enum, validate, Db, Result};

/// Everything that can change a proposal's status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transition {
    Submit,
    PutOnAgenda,
    /// Its process begins at a hearing (first step or first record).
    Hear,
    /// A decision with this outcome is recorded.
    Decide(Outcome),
    Table,
    Withdraw,
    SendBack,
    /// Not a change of status: whether the text may still be amended.
    Amend,
}

text_enum! {
    /// What can be done to a proposal as a whole (besides its hearings), for the UI.
    ProposalAction, "proposal action" {
        Submit = "submit",
        Amend = "amend",
        PutOnAgenda = "put-on-agenda",
        Table = "table",
        Withdraw = "withdraw",
        SendBack = "send-back",
    }
}

use ProposalStatus as S;

fn is_final(s: ProposalStatus) -> bool {
    matches!(s, S::Decided | S::Withdrawn | S::SentBack)
}

/// A proposal's status inside a refusal, in the refusal's language.
pub(crate) fn status_word(s: ProposalStatus) -> crate::error::Arg {
    use crate::word;
    match s {
        S::Draft => word!("proposal-status-draft"),
        S::Submitted => word!("proposal-status-submitted"),
        S::OnAgenda => word!("proposal-status-on-agenda"),
        S::InProcess => word!("proposal-status-in-process"),
        S::Decided => word!("proposal-status-decided"),
        S::Tabled => word!("proposal-status-tabled"),
        S::Withdrawn => word!("proposal-status-withdrawn"),
        S::SentBack => word!("proposal-status-sent-back"),
    }
}

/// A hearing's outcome inside a refusal, in the refusal's language.
pub(crate) fn outcome_word(o: Outcome) -> crate::error::Arg {
    use crate::word;
    match o {
        Outcome::Consensus => word!("outcome-consensus"),
        Outcome::Passed => word!("outcome-passed"),
        Outcome::Blocked => word!("outcome-blocked"),
        Outcome::Failed => word!("outcome-failed"),
        Outcome::Tabled => word!("outcome-tabled"),
        Outcome::Withdrawn => word!("outcome-withdrawn"),
        Outcome::SentBack => word!("outcome-sent-back"),
    }
}

/// What a proposal becomes when its hearing ends in `o`: `tabled` can be decided at a
/// later GA; the rest is final. (The proposal layer maps outcomes to statuses; the
/// decision rules know nothing of proposals.)
pub fn status_after(o: Outcome) -> ProposalStatus {
    match o {
        Outcome::Tabled => S::Tabled,
        Outcome::Withdrawn => S::Withdrawn,
        Outcome::SentBack => S::SentBack,
        Outcome::Consensus | Outcome::Passed | Outcome::Blocked | Outcome::Failed => S::Decided,
    }
}

/// The status a proposal that is `from` gets by `t`, or why `t` makes no sense now.
pub fn next_status(from: ProposalStatus, t: Transition) -> Result<ProposalStatus> {
    if is_final(from) {
        let action = match t {
            Transition::Submit => "submit",
            Transition::PutOnAgenda => "put-on-agenda",
            Transition::Hear => "hear",
            Transition::Decide(_) => "decide",
            Transition::Table => "table",
            Transition::Withdraw => "withdraw",
            Transition::SendBack => "send-back",
            Transition::Amend => "amend",
        };
        return Err(conflict!(
            "proposal-final",
            status = from.as_str(),
            action = action
        ));
    }
    match (t, from) {
        (Transition::Submit, S::Draft) => Ok(S::Submitted),
        (Transition::Submit, _) => Err(conflict!(
            "proposal-submit-not-draft",
            status = status_word(from)
        )),
        (Transition::PutOnAgenda, S::Submitted | S::Tabled) => Ok(S::OnAgenda),
        (Transition::PutOnAgenda, S::OnAgenda | S::InProcess) => Ok(from),
        (Transition::PutOnAgenda, _) => Err(conflict!("proposal-agenda-draft")),
        (Transition::Hear, S::OnAgenda | S::Tabled | S::InProcess) => Ok(S::InProcess),
        (Transition::Hear, _) => Err(conflict!(
            "proposal-hear-not-on-agenda",
            status = status_word(from)
        )),
        (Transition::Decide(o), S::OnAgenda | S::InProcess | S::Tabled) => match o {
            Outcome::Withdrawn | Outcome::SentBack => Err(invalid!(
                "proposal-decide-not-a-decision",
                outcome = o.as_str()
            )),
            _ => Ok(status_after(o)),
        },
        (Transition::Decide(_), _) => Err(conflict!(
            "proposal-decide-not-on-agenda",
            status = status_word(from)
        )),
        (Transition::Table, S::OnAgenda | S::InProcess) => Ok(S::Tabled),
        (Transition::Table, S::Tabled) => Err(conflict!("proposal-already-tabled")),
        (Transition::Table, _) => Err(conflict!(
            "proposal-table-not-before-ga",
            status = status_word(from)
        )),
        (Transition::Withdraw, _) => Ok(S::Withdrawn),
        (Transition::SendBack, S::Draft) => Err(conflict!("proposal-send-back-draft")),
        (Transition::SendBack, _) => Ok(S::SentBack),
        (Transition::Amend, _) => Ok(from),
    }
}

/// The proposal-wide actions open to a proposal that is `status`.
pub fn actions(status: ProposalStatus) -> Vec<ProposalAction> {
    [
        (ProposalAction::Submit, Transition::Submit),
        (ProposalAction::Amend, Transition::Amend),
        (ProposalAction::PutOnAgenda, Transition::PutOnAgenda),
        (ProposalAction::Table, Transition::Table),
        (ProposalAction::Withdraw, Transition::Withdraw),
        (ProposalAction::SendBack, Transition::SendBack),
    ]
    .into_iter()
    .filter(|(_, t)| next_status(status, *t).is_ok())
    .map(|(a, _)| a)
    .collect()
}

/// One dated change of status.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct StatusChange {
    pub status: ProposalStatus,
    pub changed_at: DateTime<Utc>,
    pub meeting_id: Option<Uuid>,
    pub agenda_item_id: Option<Uuid>,
    /// Why (for a manual outcome: the reason given).
    pub note: String,
    /// Who, for a manual outcome ("the proposers", "the facilitator"); empty otherwise.
    pub by: String,
}

/// Who and why, for an outcome set by hand (tabling, withdrawal, sending back):
/// ga-process.md — "for a reader of the minutes the reason is the decision".
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct ManualOutcomeInput {
    /// Why ("tabled after 9 blocks, to come back with a teach-in"). Required.
    pub reason: String,
    /// Who ("the proposers", "the facilitator"); by default the proposers for a
    /// withdrawal, the GA otherwise.
    pub by: Option<String>,
}

impl ManualOutcomeInput {
    /// The reason and who, checked; `what` names the move for the messages.
    fn check(&self, outcome: Outcome) -> Result<(String, String)> {
        let reason = validate::text(crate::word!("field-reason"), &self.reason)?;
        if reason.is_empty() {
            return Err(invalid!(
                "proposal-move-needs-reason",
                outcome = outcome.as_str()
            ));
        }
        let by = match self.by.as_deref().map(str::trim) {
            Some(b) if !b.is_empty() => validate::line(crate::word!("field-who"), b)?,
            _ => default_by(outcome).to_string(),
        };
        Ok((reason, by))
    }
}

/// Who set a manual outcome when nobody said: a proposal is withdrawn by its proposers;
/// tabled or sent back by the GA.
pub fn default_by(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Withdrawn => "the proposers",
        _ => "the GA",
    }
}

/// A status change's note when a correction after the meeting changed the outcome.
pub(crate) const CORRECTED_NOTE: &str = "corrected after the meeting";

/// A status change's note when a proposal's item was taken off a GA's agenda.
pub(crate) const TAKEN_OFF_NOTE: &str = "taken off the agenda";

/// The words Plenary itself writes into a proposal's record — a status change's note
/// ([`CORRECTED_NOTE`], an item taken off the agenda), who set an outcome when nobody
/// said ([`default_by`]) — and the message that says each. The record keeps them in
/// English: it travels, and an older Plenary shows it as it is.
const OWN_WORDS: &[(&str, &str)] = &[
    (CORRECTED_NOTE, "status-note-corrected"),
    (TAKEN_OFF_NOTE, "status-note-taken-off"),
    ("the proposers", "by-the-proposers"),
    ("the GA", "by-the-ga"),
];

/// `text` of a proposal's record in `lang`: Plenary's own words said in it, what a person
/// typed as it is.
pub fn own_words_in(text: &str, lang: crate::i18n::Lang) -> String {
    match OWN_WORDS.iter().find(|(english, _)| *english == text) {
        Some((_, id)) if lang != crate::i18n::Lang::En => crate::t!(lang, id),
        _ => text.to_string(),
    }
}

impl Tx<'_> {
    /// A proposal's owner and status.
    pub(crate) fn proposal_state(&self, proposal: Uuid) -> Result<(Uuid, ProposalStatus)> {
        self.query_row(
            "SELECT origin, status FROM proposals WHERE id = ?1",
            [proposal],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?
        .ok_or_else(|| not_found!("proposal-not-found", id = proposal))
    }

    /// Appends a row to a proposal's status history.
    pub(crate) fn record_status(
        &self,
        proposal: Uuid,
        status: ProposalStatus,
        meeting: Option<Uuid>,
        item: Option<Uuid>,
        note: &str,
    ) -> Result<()> {
        self.record_status_by(proposal, status, meeting, item, note, "")
    }

    /// [`Tx::record_status`] with who made the change (a manual outcome).
    pub(crate) fn record_status_by(
        &self,
        proposal: Uuid,
        status: ProposalStatus,
        meeting: Option<Uuid>,
        item: Option<Uuid>,
        note: &str,
        by: &str,
    ) -> Result<()> {
        self.execute(
            "INSERT INTO proposal_status_changes (id, origin, proposal_id, status, meeting_id, agenda_item_id, note, by_whom, changed_at, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9, ?9)",
            params![self.new_id(), self.origin, proposal, status, meeting, item, note, by, self.now],
        )?;
        Ok(())
    }

    /// Sets a proposal's status (the caller has checked the move) and dates it.
    pub(crate) fn change_status(
        &self,
        proposal: Uuid,
        to: ProposalStatus,
        meeting: Option<Uuid>,
        item: Option<Uuid>,
        note: &str,
    ) -> Result<()> {
        self.set_status(proposal, to)?;
        self.record_status(proposal, to, meeting, item, note)
    }

    /// Sets a proposal's status, without the history row (the caller writes it).
    fn set_status(&self, proposal: Uuid, to: ProposalStatus) -> Result<()> {
        self.execute(
            "UPDATE proposals SET status = ?1, updated_at = ?2, revision = revision + 1 WHERE id = ?3",
            params![to, self.now, proposal],
        )?;
        Ok(())
    }
}

impl Db {
    /// `draft → submitted`.
    pub fn submit_proposal(&mut self, actor: Actor, proposal: Uuid) -> Result<super::Proposal> {
        self.write(actor, |tx| {
            let (origin, from) = tx.proposal_state(proposal)?;
            tx.ensure_owned(crate::db::Owned::ThisProposal, origin)?;
            let to = next_status(from, Transition::Submit)?;
            tx.change_status(proposal, to, None, None, "")?;
            tx.journal(
                "proposal.submit",
                "proposals",
                proposal,
                None,
                serde_json::json!({"from": from}),
            )
        })?;
        self.proposal(proposal)
    }

    /// The proposer withdraws the proposal. At a hearing (`at`, its agenda item), this is
    /// the hearing's outcome. Who and why are required (see [`ManualOutcomeInput`]).
    pub fn withdraw_proposal(
        &mut self,
        actor: Actor,
        proposal: Uuid,
        at: Option<Uuid>,
        input: &ManualOutcomeInput,
    ) -> Result<super::Proposal> {
        self.manual_outcome(actor, proposal, at, input, Outcome::Withdrawn)
    }

    /// The GA sends the proposal back to its working group (or proposer) to be reworked.
    pub fn send_back_proposal(
        &mut self,
        actor: Actor,
        proposal: Uuid,
        at: Option<Uuid>,
        input: &ManualOutcomeInput,
    ) -> Result<super::Proposal> {
        self.manual_outcome(actor, proposal, at, input, Outcome::SentBack)
    }

    /// The GA defers the proposal; it can be put on a later GA's agenda and decided there.
    pub fn table_proposal(
        &mut self,
        actor: Actor,
        proposal: Uuid,
        at: Option<Uuid>,
        input: &ManualOutcomeInput,
    ) -> Result<super::Proposal> {
        self.manual_outcome(actor, proposal, at, input, Outcome::Tabled)
    }

    /// Whether tabling agenda item `item` would table its proposal (and so needs a
    /// reason): the item has a proposal that is before the GA there, its hearing without
    /// an outcome.
    pub(crate) fn tabling_item_tables_proposal(tx: &crate::Tx, item: Uuid) -> Result<bool> {
        let Some(proposal): Option<Uuid> = tx.query_row(
            "SELECT proposal_id FROM agenda_items WHERE id = ?1",
            [item],
            |r| r.get(0),
        )?
        else {
            return Ok(false);
        };
        let (_, from) = tx.proposal_state(proposal)?;
        if !matches!(from, ProposalStatus::OnAgenda | ProposalStatus::InProcess) {
            return Ok(false);
        }
        let (_, outcome) = tx.writable_hearing(item)?;
        Ok(outcome.is_none())
    }

    /// Tabling a proposal's agenda item tables the proposal too: its hearing there ends
    /// `tabled` (with the reason given, by the GA) and the proposal can be put on a later
    /// agenda. Nothing to do for an item without a proposal, or whose hearing already has
    /// its outcome. A tabled proposal carries its reason: an empty one is refused.
    pub(crate) fn table_with_item(tx: &crate::Tx, item: Uuid, reason: &str) -> Result<()> {
        if !Db::tabling_item_tables_proposal(tx, item)? {
            return Ok(());
        }
        let (reason, by) = ManualOutcomeInput {
            reason: reason.into(),
            by: None,
        }
        .check(Outcome::Tabled)?;
        let (mut h, _) = tx.writable_hearing(item)?;
        let from = h.status;
        let to = next_status(from, Transition::Table)?;
        tx.end_hearing(&mut h, Outcome::Tabled)?;
        tx.set_status(h.proposal, to)?;
        tx.record_status_by(h.proposal, to, Some(h.meeting), Some(item), &reason, &by)?;
        tx.journal(
            "proposal.table",
            "proposals",
            h.proposal,
            Some(h.meeting),
            serde_json::json!({"from": from, "item": item, "with_item": true, "reason": reason, "by": by}),
        )
    }

    fn manual_outcome(
        &mut self,
        actor: Actor,
        proposal: Uuid,
        at: Option<Uuid>,
        input: &ManualOutcomeInput,
        outcome: Outcome,
    ) -> Result<super::Proposal> {
        let (reason, by) = input.check(outcome)?;
        let (transition, action) = match outcome {
            Outcome::Withdrawn => (Transition::Withdraw, "proposal.withdraw"),
            Outcome::SentBack => (Transition::SendBack, "proposal.send-back"),
            _ => (Transition::Table, "proposal.table"),
        };
        self.write(actor, |tx| {
            let (origin, from) = tx.proposal_state(proposal)?;
            tx.ensure_owned(crate::db::Owned::ThisProposal, origin)?;
            let to = next_status(from, transition)?;
            let meeting = match at {
                Some(item) => {
                    let mut h = tx.live_hearing(item)?;
                    if h.proposal != proposal {
                        return Err(invalid!(
                            "proposal-item-not-its-hearing",
                            item = &h.item_reference
                        ));
                    }
                    tx.end_hearing(&mut h, outcome)?;
                    Some(h.meeting)
                }
                None => None,
            };
            tx.set_status(proposal, to)?;
            tx.record_status_by(proposal, to, meeting, at, &reason, &by)?;
            tx.journal(
                action,
                "proposals",
                proposal,
                meeting,
                serde_json::json!({"from": from, "item": at, "reason": reason, "by": by}),
            )
        })?;
        self.proposal(proposal)
    }

    /// A proposal's status history, oldest first.
    pub fn status_history(&self, proposal: Uuid) -> Result<Vec<StatusChange>> {
        let mut st = self.conn.prepare_cached(
            "SELECT status, changed_at, meeting_id, agenda_item_id, note, by_whom FROM proposal_status_changes
             WHERE proposal_id = ?1 ORDER BY changed_at, rowid",
        )?;
        let rows = st.query_map([proposal], |r| {
            Ok(StatusChange {
                status: r.get(0)?,
                changed_at: r.get(1)?,
                meeting_id: r.get(2)?,
                agenda_item_id: r.get(3)?,
                note: r.get(4)?,
                by: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The whole machine, one row per (status, move): the status reached or the refusal.
    #[test]
    fn every_move_from_every_status() {
        use Transition as T;
        let moves = [
            T::Submit,
            T::PutOnAgenda,
            T::Hear,
            T::Decide(Outcome::Passed),
            T::Decide(Outcome::Tabled),
            T::Table,
            T::Withdraw,
            T::SendBack,
            T::Amend,
        ];
        let table: &[(ProposalStatus, [Option<ProposalStatus>; 9])] = &[
            (
                S::Draft,
                [
                    Some(S::Submitted),
                    None,
                    None,
                    None,
                    None,
                    None,
                    Some(S::Withdrawn),
                    None,
                    Some(S::Draft),
                ],
            ),
            (
                S::Submitted,
                [
                    None,
                    Some(S::OnAgenda),
                    None,
                    None,
                    None,
                    None,
                    Some(S::Withdrawn),
                    Some(S::SentBack),
                    Some(S::Submitted),
                ],
            ),
            (
                S::OnAgenda,
                [
                    None,
                    Some(S::OnAgenda),
                    Some(S::InProcess),
                    Some(S::Decided),
                    Some(S::Tabled),
                    Some(S::Tabled),
                    Some(S::Withdrawn),
                    Some(S::SentBack),
                    Some(S::OnAgenda),
                ],
            ),
            (
                S::InProcess,
                [
                    None,
                    Some(S::InProcess),
                    Some(S::InProcess),
                    Some(S::Decided),
                    Some(S::Tabled),
                    Some(S::Tabled),
                    Some(S::Withdrawn),
                    Some(S::SentBack),
                    Some(S::InProcess),
                ],
            ),
            (
                S::Tabled,
                [
                    None,
                    Some(S::OnAgenda),
                    Some(S::InProcess),
                    Some(S::Decided),
                    Some(S::Tabled),
                    None,
                    Some(S::Withdrawn),
                    Some(S::SentBack),
                    Some(S::Tabled),
                ],
            ),
            (S::Decided, [None; 9]),
            (S::Withdrawn, [None; 9]),
            (S::SentBack, [None; 9]),
        ];
        assert_eq!(table.len(), ProposalStatus::ALL.len());
        for (from, want) in table {
            for (t, want) in moves.iter().zip(want) {
                let got = next_status(*from, *t);
                match want {
                    Some(to) => assert_eq!(got.ok(), Some(*to), "{from} by {t:?}"),
                    None => {
                        let e = got.expect_err(&format!("{from} by {t:?} must be refused"));
                        assert!(matches!(e.kind(), "conflict" | "invalid-input"));
                        assert!(e.to_string().len() > 20, "a clear message: {e}");
                    }
                }
            }
        }
    }

    #[test]
    fn manual_outcomes_are_not_decisions() {
        for o in [Outcome::Withdrawn, Outcome::SentBack] {
            assert_eq!(
                next_status(S::InProcess, Transition::Decide(o))
                    .unwrap_err()
                    .kind(),
                "invalid-input"
            );
        }
    }

    #[test]
    fn actions_follow_the_machine() {
        assert_eq!(
            actions(S::Draft),
            [
                ProposalAction::Submit,
                ProposalAction::Amend,
                ProposalAction::Withdraw
            ]
        );
        assert_eq!(
            actions(S::Submitted),
            [
                ProposalAction::Amend,
                ProposalAction::PutOnAgenda,
                ProposalAction::Withdraw,
                ProposalAction::SendBack
            ]
        );
        assert!(actions(S::Decided).is_empty());
    }
}
