//! One proposal with everything recorded about it: what the proposal page, the
//! facilitator's process panel and `plenary proposal show --json` get. It carries the
//! moves the core allows (proposal-wide and per hearing), so the UI holds no rules.

use serde::Serialize;
use uuid::Uuid;

use super::decide::Decision;
use super::hearing::{Concern, Hearing, Question, TemperatureCheck};
use super::lifecycle::{actions, own_words_in, ProposalAction, StatusChange};
use super::versions::{Amendment, Version};
use super::Proposal;
use crate::i18n::Lang;
use crate::{Db, Result};

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct ProposalDetail {
    pub proposal: Proposal,
    /// The assembly's default decision rule (a decision may name another).
    pub default_rule: String,
    /// Every version of the text, oldest first; the last is the current text.
    pub versions: Vec<Version>,
    pub amendments: Vec<Amendment>,
    /// Every agenda item where the proposal is or was heard, in the order of the GAs,
    /// each with its current step and allowed moves.
    pub hearings: Vec<Hearing>,
    pub questions: Vec<Question>,
    pub concerns: Vec<Concern>,
    pub temperature_checks: Vec<TemperatureCheck>,
    pub decisions: Vec<Decision>,
    /// The dated history of the proposal's status.
    pub history: Vec<StatusChange>,
    /// What can be done to the proposal as a whole now (empty for another assembly's).
    pub actions: Vec<ProposalAction>,
}

impl ProposalDetail {
    /// The same page with its decisions' sentences said in `lang` ([`Decision::said_in`]),
    /// and the words Plenary wrote into its record ([`own_words_in`]).
    pub fn said_in(mut self, lang: Lang) -> Self {
        self.decisions = self
            .decisions
            .into_iter()
            .map(|d| d.said_in(lang))
            .collect();
        // Plenary's own words in the record (a note, who set an outcome by default).
        let own = |s: &mut String| *s = own_words_in(s, lang);
        self.history.iter_mut().for_each(|h| own(&mut h.note));
        for h in &mut self.hearings {
            h.outcome_by.iter_mut().for_each(own);
        }
        self
    }
}

impl Db {
    pub fn proposal_detail(&self, id: Uuid) -> Result<ProposalDetail> {
        let proposal = self.proposal(id)?;
        let local = self.local_id()?;
        let actions = if proposal.origin == local {
            actions(proposal.status)
        } else {
            vec![]
        };
        Ok(ProposalDetail {
            default_rule: self.local_assembly()?.default_rule,
            versions: self.versions(id)?,
            amendments: self.amendments(id)?,
            hearings: self.hearings(id)?,
            questions: self.questions(id)?,
            concerns: self.concerns(id)?,
            temperature_checks: self.temperature_checks(id)?,
            decisions: self.decisions(id)?,
            history: self.status_history(id)?,
            actions,
            proposal,
        })
    }
}
