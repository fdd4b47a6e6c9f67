//! Recording decisions. The rules are in `crate::decision` (one pure function); here a
//! checked decision is stored at a hearing with its rule, every count, the named
//! stand-asides and blocks, the version of the text decided and who entered it, and the
//! proposal becomes `decided` (or `tabled`, to be decided at a later GA).

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};
use serde::Serialize;
use uuid::Uuid;

use super::hearing::default_rule;
use super::lifecycle::{next_status, status_after, Transition};
use super::ProposalStatus;
use crate::correction::{self, Change, Counted, Worded};
use crate::db::Tx;
use crate::decision::{
    self, Checked, CouncilDecisionInput, Counts, DecisionInput, DecisionReason, Outcome, Ratio,
    Sentences, WgVoice,
};
use crate::error::{Said, SaidArg};
use crate::i18n::Lang;
use crate::journal::Actor;
use crate::meeting::MeetingFormat;
use crate::refs::{item_ref, meeting_ref};
use crate::rule::DecisionRule;
use crate::{conflict, invalid, not_allowed, not_found, text_enum, validate, Db, Result};

text_enum! {
    StanceKind, "stance" {
        StandAside = "stand-aside",
        Block = "block",
    }
}

/// A working group's voice in a spokes council's decision.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct WgVoiceRecord {
    pub wg_id: Uuid,
    pub wg: String,
    pub voice: WgVoice,
    pub reason: Option<String>,
}

/// A named stand-aside or block.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Stance {
    pub stance: StanceKind,
    pub person_id: Uuid,
    pub name: String,
    pub reason: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Decision {
    pub id: Uuid,
    pub proposal_id: Uuid,
    pub agenda_item_id: Uuid,
    pub item_reference: String,
    pub meeting_id: Uuid,
    pub meeting_reference: String,
    /// The version of the text that was decided.
    pub version: i64,
    pub rule: String,
    /// The assembly's default rule at the time (differs from `rule` when the GA chose
    /// another).
    pub default_rule: String,
    pub support: u32,
    pub against: u32,
    /// All stand-asides, named or not.
    pub stand_asides: u32,
    /// All blocks, named or only counted.
    pub blocks: u32,
    pub participants: u64,
    /// The vote's ratio, when a vote was held.
    pub ratio: Option<Ratio>,
    pub quorum: Option<u32>,
    pub stand_aside_limit: Option<String>,
    pub outcome: Outcome,
    /// Which rule of the decision produced the outcome, recomputed from what was stored;
    /// `None` when this Plenary cannot say (a rule it cannot read, or counts that give
    /// another outcome).
    pub reason: Option<DecisionReason>,
    /// The outcome and the numbers behind it, in one sentence (in the language asked
    /// for: [`Decision::said_in`]).
    pub explanation: String,
    /// What the room counted, in the words of the minutes ("no count taken", "9 blocks
    /// (names and reasons not recorded)", "vote: 45 for, 7 against — 86.5%, below 90%").
    pub counted: String,
    /// The named stand-asides and blocks, in the order entered.
    pub stances: Vec<Stance>,
    /// In a spokes council: each WG's voice, in the order entered (the counts are these
    /// voices counted); empty otherwise.
    pub wg_voices: Vec<WgVoiceRecord>,
    /// The role that entered it (often the minute-taker, for the room).
    pub entered_by: Actor,
    pub disputed: bool,
    pub dispute_note: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub revision: i64,
}

impl Decision {
    /// Why the outcome in `lang` (the command line's `proposal show`): [`Self::said_in`]'s.
    pub fn explanation_in(&self, lang: Lang) -> String {
        self.clone().said_in(lang).explanation
    }

    /// The same decision with its two sentences — why the outcome, what the room counted
    /// — said in `lang` ([`Sentences`], as the minutes say them); records stay as typed.
    pub fn said_in(mut self, lang: Lang) -> Self {
        let named_blocks = self
            .stances
            .iter()
            .filter(|s| s.stance == StanceKind::Block)
            .count() as u32;
        let said = Sentences::read(
            Counts {
                support: self.support,
                against: self.against,
                stand_asides: self.stand_asides,
                blocks: self.blocks,
            },
            &self.rule,
            self.quorum,
            self.stand_aside_limit.as_deref(),
            self.outcome,
            named_blocks,
            self.wg_voices.iter().map(|v| v.voice).collect(),
        );
        self.explanation = said.explanation(lang);
        self.counted = said.counted(lang);
        self
    }
}

/// What a decision would be, computed without writing anything: the UI shows it before
/// the facilitator confirms.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct DecisionPreview {
    pub rule: String,
    pub default_rule: String,
    pub support: u32,
    pub against: u32,
    pub stand_asides: u32,
    /// All blocks, named or only counted.
    pub blocks: u32,
    pub participants: u64,
    /// `None` when no vote was held.
    pub ratio: Option<Ratio>,
    pub outcome: Outcome,
    pub reason: DecisionReason,
    /// One sentence: the outcome and the numbers behind it.
    pub explanation: String,
    /// What the room counted, as the minutes will print it.
    pub counted: String,
    /// What the proposal becomes when this is recorded.
    pub proposal_status: ProposalStatus,
}

impl From<&Checked> for DecisionPreview {
    fn from(c: &Checked) -> Self {
        DecisionPreview::said_in(c, Lang::En)
    }
}

impl DecisionPreview {
    /// The preview of a checked decision, its sentences in `lang`.
    pub fn said_in(c: &Checked, lang: Lang) -> Self {
        let said = c.sentences();
        DecisionPreview {
            rule: c.rule.to_string(),
            default_rule: c.default_rule.to_string(),
            support: c.counts.support,
            against: c.counts.against,
            stand_asides: c.counts.stand_asides,
            blocks: c.counts.blocks,
            participants: c.counts.participants(c.rule),
            ratio: Ratio::of(&c.counts, c.rule),
            outcome: c.verdict.outcome,
            reason: c.verdict.reason,
            explanation: said.explanation(lang),
            counted: said.counted(lang),
            proposal_status: status_after(c.verdict.outcome),
        }
    }
}

pub(crate) const DECISION_COLUMNS: &str =
    "d.id, d.proposal_id, d.agenda_item_id, a.code, m.number, i.position, m.id, d.version, d.rule,
            d.default_rule, d.support, d.against, d.stand_asides, d.blocks, d.quorum, d.stand_aside_limit,
            d.outcome, d.entered_by, d.disputed, d.dispute_note, d.created_at, d.updated_at, d.revision";
pub(crate) const DECISION_FROM: &str =
    "decisions d JOIN agenda_items i ON i.id = d.agenda_item_id JOIN meetings m ON m.id = i.meeting_id
     JOIN assemblies a ON a.id = m.origin";

pub(crate) fn decision_from_row(r: &rusqlite::Row) -> rusqlite::Result<Decision> {
    let code: String = r.get(3)?;
    let number: i64 = r.get(4)?;
    let position: i64 = r.get(5)?;
    let counts = Counts {
        support: r.get(10)?,
        against: r.get(11)?,
        stand_asides: r.get(12)?,
        blocks: r.get(13)?,
    };
    let rule: String = r.get(8)?;
    let quorum: Option<u32> = r.get(14)?;
    let limit: Option<String> = r.get(15)?;
    let outcome: Outcome = r.get(16)?;
    // The reason is recomputed from what was stored; a rule this Plenary cannot read
    // (from a newer one, through a bundle) just gets none. The sentences are said by
    // `with_stances`, which knows how many blocks are named and the WGs' voices.
    let parsed = rule.parse::<DecisionRule>().ok();
    let reason = Sentences::read(
        counts,
        &rule,
        quorum,
        limit.as_deref(),
        outcome,
        0,
        Vec::new(),
    )
    .verdict()
    .map(|v| v.reason);
    // An unknown rule is taken as one with a vote (every rule but consensus has one).
    let as_rule = parsed.unwrap_or(DecisionRule::Majority);
    Ok(Decision {
        id: r.get(0)?,
        proposal_id: r.get(1)?,
        agenda_item_id: r.get(2)?,
        item_reference: item_ref(&code, number, position),
        meeting_id: r.get(6)?,
        meeting_reference: meeting_ref(&code, number),
        version: r.get(7)?,
        rule,
        default_rule: r.get(9)?,
        support: counts.support,
        against: counts.against,
        stand_asides: counts.stand_asides,
        blocks: counts.blocks,
        participants: counts.participants(as_rule),
        ratio: Ratio::of(&counts, as_rule),
        quorum,
        stand_aside_limit: limit,
        outcome,
        reason,
        explanation: String::new(),
        counted: String::new(),
        stances: Vec::new(),
        wg_voices: Vec::new(),
        entered_by: r.get(17)?,
        disputed: r.get(18)?,
        dispute_note: r.get(19)?,
        created_at: r.get(20)?,
        updated_at: r.get(21)?,
        revision: r.get(22)?,
    })
}

/// Stores the named stand-asides and blocks of a checked decision, in the order entered.
fn insert_stances(tx: &Tx, decision: Uuid, checked: &Checked) -> Result<()> {
    let stances = checked
        .stand_asides
        .iter()
        .map(|s| (StanceKind::StandAside, s))
        .chain(checked.blocks.iter().map(|s| (StanceKind::Block, s)));
    for (position, (kind, s)) in stances.enumerate() {
        let person = tx.person_by_name(&s.name)?;
        tx.execute(
            "INSERT INTO decision_stances (id, origin, decision_id, stance, person_id, reason, position, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
            params![tx.new_id(), tx.origin, decision, kind, person, s.reason, position as i64, tx.now],
        )
        .map_err(|e| match e {
            rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::ConstraintViolation => {
                invalid!("decision-named-twice", name = &s.name)
            }
            e => e.into(),
        })?;
    }
    Ok(())
}

/// Stores each WG's voice of a spokes council's decision. Each WG must have sent a spoke
/// to the meeting: only WGs at the council have a voice.
fn insert_wg_voices(tx: &Tx, decision: Uuid, meeting: Uuid, checked: &Checked) -> Result<()> {
    for (position, v) in checked.wg_voices.iter().enumerate() {
        let wg: Option<(Uuid, String, bool)> = tx
            .prepare_cached(
                "SELECT w.id, w.name, EXISTS (SELECT 1 FROM spokes s WHERE s.meeting_id = ?3 AND s.wg_id = w.id)
                 FROM working_groups w WHERE w.origin = ?1 AND w.name = ?2 COLLATE NOCASE",
            )?
            .query_row(params![tx.origin, v.wg, meeting], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .optional()?;
        let (wg, name) = match wg {
            None => return Err(not_found!("decision-no-such-wg", wg = &v.wg)),
            Some((_, name, false)) => {
                return Err(invalid!("decision-wg-without-spoke", wg = &name))
            }
            Some((id, name, true)) => (id, name),
        };
        tx.prepare_cached(
            "INSERT INTO decision_wg_voices (id, origin, decision_id, wg_id, voice, reason, position, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
        )?
        .execute(params![tx.new_id(), tx.origin, decision, wg, v.voice, v.reason, position as i64, tx.now])
        .map_err(|e| match e {
            rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::ConstraintViolation => {
                invalid!("decision-voice-twice", wg = &name)
            }
            e => e.into(),
        })?;
    }
    Ok(())
}

/// The rule a decision was taken under, with its quorum and stand-aside limit, as a
/// correction keeps it ("consensus, quorum 30").
fn rule_words(rule: &str, quorum: Option<u32>, limit: Option<&str>) -> Worded {
    let rule = crate::rule::rule_said(rule);
    let (q, l) = (
        |q: u32| ("quorum", SaidArg::Num(q.into())),
        |l: &str| ("limit", SaidArg::Text(l.to_string())),
    );
    let r = SaidArg::Said(rule.clone());
    match (quorum, limit) {
        (None, None) => rule.into(),
        (Some(n), None) => Said::new("correction-rule-quorum", [("rule", r), q(n)]).into(),
        (None, Some(x)) => Said::new("correction-rule-limit", [("rule", r), l(x)]).into(),
        (Some(n), Some(x)) => {
            Said::new("correction-rule-quorum-limit", [("rule", r), q(n), l(x)]).into()
        }
    }
}

/// Named stances as the minutes print them: "Ana (unsafe); Bo".
fn stance_words<'a>(stances: impl Iterator<Item = (&'a str, Option<&'a str>)>) -> String {
    stances
        .map(|(name, reason)| match reason {
            Some(r) => format!("{name} ({r})"),
            None => name.to_string(),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

impl Db {
    /// What a decision would be, under the assembly's default rule unless the input
    /// names another. Writes nothing.
    pub fn preview_decision(&self, input: &DecisionInput) -> Result<DecisionPreview> {
        self.preview_decision_in(input, Lang::En)
    }

    /// [`Db::preview_decision`], its sentences in `lang`.
    pub fn preview_decision_in(
        &self,
        input: &DecisionInput,
        lang: Lang,
    ) -> Result<DecisionPreview> {
        Ok(DecisionPreview::said_in(
            &decision::check(input, default_rule(self)?)?,
            lang,
        ))
    }

    /// Records the decision of the hearing on `item`: its GA must not be closed, the
    /// proposal must be before the GA, and every friendly amendment must have been
    /// answered. The outcome is [`decision::outcome`] of what was entered.
    pub fn record_decision(
        &mut self,
        actor: Actor,
        item: Uuid,
        input: &DecisionInput,
    ) -> Result<Decision> {
        let checked = decision::check(input, default_rule(self)?)?;
        self.record_checked(actor, item, checked)
    }

    /// What a spokes council's decision would be (one voice per WG). Writes nothing.
    pub fn preview_council_decision(
        &self,
        input: &CouncilDecisionInput,
    ) -> Result<DecisionPreview> {
        self.preview_council_decision_in(input, Lang::En)
    }

    /// [`Db::preview_council_decision`], its sentences in `lang`.
    pub fn preview_council_decision_in(
        &self,
        input: &CouncilDecisionInput,
        lang: Lang,
    ) -> Result<DecisionPreview> {
        Ok(DecisionPreview::said_in(
            &decision::check_council(input, default_rule(self)?)?,
            lang,
        ))
    }

    /// [`Db::record_decision`] in a spokes council: the call for consensus and the vote
    /// count one voice per WG ([`decision::check_council`]); each WG must have sent a
    /// spoke to the meeting.
    pub fn record_council_decision(
        &mut self,
        actor: Actor,
        item: Uuid,
        input: &CouncilDecisionInput,
    ) -> Result<Decision> {
        let checked = decision::check_council(input, default_rule(self)?)?;
        self.record_checked(actor, item, checked)
    }

    fn record_checked(&mut self, actor: Actor, item: Uuid, checked: Checked) -> Result<Decision> {
        let outcome = checked.verdict.outcome;
        let id = self.write(actor, |tx| {
            let mut h = tx.live_hearing(item)?;
            let (number, format): (i64, MeetingFormat) = tx.query_row(
                "SELECT number, format FROM meetings WHERE id = ?1",
                [h.meeting],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            match (format, checked.wg_voices.is_empty()) {
                (MeetingFormat::SpokesCouncil, true) => {
                    return Err(invalid!("decision-council-needs-voices", number = number))
                }
                (MeetingFormat::GeneralAssembly, false) => {
                    return Err(invalid!("decision-assembly-no-voices", number = number))
                }
                _ => {}
            }
            let to = next_status(h.status, Transition::Decide(outcome))?;
            let pending: i64 = tx.query_row(
                "SELECT count(*) FROM amendments WHERE proposal_id = ?1 AND status = 'pending'",
                [h.proposal],
                |r| r.get(0),
            )?;
            if pending > 0 {
                return Err(conflict!("decision-amendments-pending", pending = pending));
            }
            let (version, _) = tx.current_version(h.proposal)?;
            let id = tx.new_id();
            let c = &checked.counts;
            tx.execute(
                "INSERT INTO decisions (id, origin, proposal_id, agenda_item_id, version, rule, default_rule, support, against,
                                        stand_asides, blocks, quorum, stand_aside_limit, outcome, entered_by, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?16)",
                params![
                    id, tx.origin, h.proposal, item, version,
                    checked.rule.to_string(), checked.default_rule.to_string(),
                    c.support, c.against, c.stand_asides, c.blocks, checked.quorum,
                    checked.stand_aside_limit.map(|l| l.to_string()), outcome, tx.actor, tx.now
                ],
            )?;
            insert_stances(tx, id, &checked)?;
            insert_wg_voices(tx, id, h.meeting, &checked)?;
            tx.end_hearing(&mut h, outcome)?;
            tx.change_status(h.proposal, to, Some(h.meeting), Some(item), "")?;
            tx.journal(
                "decision.record",
                "decisions",
                id,
                Some(h.meeting),
                serde_json::json!({
                    "proposal": h.proposal, "rule": checked.rule.to_string(), "outcome": outcome,
                    "support": c.support, "against": c.against, "stand_asides": c.stand_asides, "blocks": c.blocks,
                }),
            )?;
            Ok(id)
        })?;
        self.decision(id)
    }

    /// Corrects a recorded decision (a miscounted vote, a block left out): the counts,
    /// named stances, rule, quorum and limit are replaced by `input` (a rule left empty
    /// keeps the one recorded) and the outcome is [`decision::evaluate`] of them again.
    /// The GA's record must be writable ([`Tx::ensure_meeting_writable`]): after the GA
    /// closed, before its minutes are approved, every change is kept as a correction.
    /// An outcome that changes the proposal's status (decided ↔ tabled) is refused once
    /// the proposal has moved on from this hearing.
    pub fn correct_decision(
        &mut self,
        actor: Actor,
        decision: Uuid,
        input: &DecisionInput,
    ) -> Result<Decision> {
        let old = self.decision(decision)?;
        let recorded_rule: DecisionRule = old
            .rule
            .parse()
            .map_err(|_| invalid!("decision-unknown-rule", rule = &old.rule))?;
        if !old.wg_voices.is_empty() {
            return Err(not_allowed!(
                "decision-council-not-correctable",
                item = &old.item_reference
            ));
        }
        let mut input = input.clone();
        if input.rule.as_deref().is_none_or(|r| r.trim().is_empty()) {
            input.rule = Some(old.rule.clone());
        }
        let checked = decision::check(&input, recorded_rule)?;
        let outcome = checked.verdict.outcome;
        self.write(actor, |tx| {
            let origin: Uuid =
                tx.query_row("SELECT origin FROM decisions WHERE id = ?1", [decision], |r| r.get(0))?;
            tx.ensure_owned(crate::db::Owned::ThisDecision, origin)?;
            let (meeting, item, proposal) = (old.meeting_id, old.agenda_item_id, old.proposal_id);
            // The rule first: nothing is looked at further on a record that cannot change.
            let _ = tx.ensure_meeting_writable(meeting)?;
            let (from, to) = (status_after(old.outcome), status_after(outcome));
            if from != to {
                let (_, now) = tx.proposal_state(proposal)?;
                let last_item: Option<Option<Uuid>> = tx
                    .query_row(
                        "SELECT agenda_item_id FROM proposal_status_changes WHERE proposal_id = ?1
                         ORDER BY changed_at DESC, rowid DESC LIMIT 1",
                        [proposal],
                        |r| r.get(0),
                    )
                    .optional()?;
                if now != from || last_item != Some(Some(item)) {
                    return Err(conflict!(
                        "decision-proposal-moved-on",
                        item = &old.item_reference,
                        now = now.as_str(),
                        from = old.outcome.as_str(),
                        to = outcome.as_str()
                    ));
                }
            }
            let number = tx.item_number(item)?;
            let change = |what: &str, before: Worded, after: Worded| {
                Change::new("decisions", decision, correction::of_item(&number, what), before, after)
            };
            let limit = checked.stand_aside_limit.map(|l| l.to_string());
            tx.edit_meeting(
                meeting,
                change(
                    "correction-decision-rule",
                    rule_words(&old.rule, old.quorum, old.stand_aside_limit.as_deref()),
                    rule_words(&checked.rule.to_string(), checked.quorum, limit.as_deref()),
                ),
            )?;
            tx.edit_meeting(
                meeting,
                change(
                    "correction-decision",
                    Worded::Decision(Counted {
                        outcome: old.outcome,
                        rule: old.rule.clone(),
                        support: old.support,
                        against: old.against,
                        stand_asides: old.stand_asides,
                        blocks: old.blocks,
                        named_blocks: old.stances.iter().filter(|s| s.stance == StanceKind::Block).count() as u32,
                    }),
                    Worded::Decision(Counted {
                        outcome,
                        rule: checked.rule.to_string(),
                        support: checked.counts.support,
                        against: checked.counts.against,
                        stand_asides: checked.counts.stand_asides,
                        blocks: checked.counts.blocks,
                        named_blocks: checked.blocks.len() as u32,
                    }),
                ),
            )?;
            let named = |kind: StanceKind| {
                stance_words(
                    old.stances
                        .iter()
                        .filter(move |s| s.stance == kind)
                        .map(|s| (s.name.as_str(), s.reason.as_deref())),
                )
            };
            let entered = |list: &[decision::CheckedStance]| {
                stance_words(list.iter().map(|s| (s.name.as_str(), s.reason.as_deref())))
            };
            let stances = [
                ("correction-stand-asides", named(StanceKind::StandAside), entered(&checked.stand_asides)),
                ("correction-blocks", named(StanceKind::Block), entered(&checked.blocks)),
            ];
            let stances_changed = stances.iter().any(|(_, b, a)| b != a);
            for (what, before, after) in stances {
                tx.edit_meeting(meeting, change(what, before.into(), after.into()))?;
            }
            let c = &checked.counts;
            tx.execute(
                "UPDATE decisions SET rule = ?1, support = ?2, against = ?3, stand_asides = ?4, blocks = ?5, quorum = ?6,
                                      stand_aside_limit = ?7, outcome = ?8, updated_at = ?9, revision = revision + 1
                 WHERE id = ?10",
                params![
                    checked.rule.to_string(), c.support, c.against, c.stand_asides, c.blocks, checked.quorum,
                    limit, outcome, tx.now, decision
                ],
            )?;
            if stances_changed {
                tx.execute("DELETE FROM decision_stances WHERE decision_id = ?1", [decision])?;
                insert_stances(tx, decision, &checked)?;
            }
            if outcome != old.outcome {
                tx.execute(
                    "UPDATE hearings SET outcome = ?1, updated_at = ?2, revision = revision + 1 WHERE agenda_item_id = ?3",
                    params![outcome, tx.now, item],
                )?;
            }
            if from != to {
                tx.change_status(proposal, to, Some(meeting), Some(item), super::lifecycle::CORRECTED_NOTE)?;
            }
            tx.journal(
                "decision.correct",
                "decisions",
                decision,
                Some(meeting),
                serde_json::json!({
                    "proposal": proposal, "rule": checked.rule.to_string(), "outcome": outcome, "was": old.outcome,
                    "support": c.support, "against": c.against, "stand_asides": c.stand_asides, "blocks": c.blocks,
                }),
            )
        })?;
        self.decision(decision)
    }

    /// Flags a decision as disputed (with a note saying what went wrong) or clears the
    /// flag. This annotates the record rather than changing what happened, so it is
    /// allowed after the GA has closed — minute-takers flag disputes after the fact.
    pub fn set_disputed(
        &mut self,
        actor: Actor,
        decision: Uuid,
        disputed: bool,
        note: &str,
    ) -> Result<Decision> {
        let note = validate::text(crate::word!("field-note"), note)?;
        if disputed && note.is_empty() {
            return Err(invalid!("decision-dispute-without-note"));
        }
        self.write(actor, |tx| {
            let (origin, meeting): (Uuid, Uuid) = tx
                .query_row(
                    "SELECT d.origin, i.meeting_id FROM decisions d JOIN agenda_items i ON i.id = d.agenda_item_id WHERE d.id = ?1",
                    [decision],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?
                .ok_or_else(|| not_found!("decision-not-found", id = decision))?;
            tx.ensure_owned(crate::db::Owned::ThisDecision, origin)?;
            let note = if disputed { note.as_str() } else { "" };
            tx.execute(
                "UPDATE decisions SET disputed = ?1, dispute_note = ?2, updated_at = ?3, revision = revision + 1 WHERE id = ?4",
                params![disputed, note, tx.now, decision],
            )?;
            tx.journal("decision.dispute", "decisions", decision, Some(meeting), serde_json::json!({"disputed": disputed, "note": note}))
        })?;
        self.decision(decision)
    }

    pub fn decision(&self, id: Uuid) -> Result<Decision> {
        let d = self
            .conn
            .query_row(
                &format!("SELECT {DECISION_COLUMNS} FROM {DECISION_FROM} WHERE d.id = ?1"),
                [id],
                decision_from_row,
            )
            .optional()?
            .ok_or_else(|| not_found!("decision-not-found", id = id))?;
        self.with_stances(d)
    }

    /// The decision taken at the hearing on `item`, if any.
    pub fn decision_at(&self, item: Uuid) -> Result<Option<Decision>> {
        let d = self
            .conn
            .prepare_cached(&format!(
                "SELECT {DECISION_COLUMNS} FROM {DECISION_FROM} WHERE d.agenda_item_id = ?1"
            ))?
            .query_row([item], decision_from_row)
            .optional()?;
        d.map(|d| self.with_stances(d)).transpose()
    }

    /// A proposal's decisions, in the order of the GAs.
    pub fn decisions(&self, proposal: Uuid) -> Result<Vec<Decision>> {
        let ds: Vec<Decision> = {
            let mut st = self.conn.prepare_cached(&format!(
                "SELECT {DECISION_COLUMNS} FROM {DECISION_FROM} WHERE d.proposal_id = ?1 ORDER BY m.date, m.number"
            ))?;
            let rows = st.query_map([proposal], decision_from_row)?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        ds.into_iter().map(|d| self.with_stances(d)).collect()
    }

    /// Every decision known here (the local assembly's and imported ones), newest first.
    pub fn all_decisions(&self) -> Result<Vec<Decision>> {
        let ds: Vec<Decision> = {
            let mut st = self.conn.prepare(&format!(
                "SELECT {DECISION_COLUMNS} FROM {DECISION_FROM} ORDER BY m.date DESC, m.number DESC, i.position DESC"
            ))?;
            let rows = st.query_map([], decision_from_row)?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        ds.into_iter().map(|d| self.with_stances(d)).collect()
    }

    pub(crate) fn with_stances(&self, mut d: Decision) -> Result<Decision> {
        let mut st = self.conn.prepare_cached(
            "SELECT s.stance, s.person_id, p.name, s.reason FROM decision_stances s JOIN people p ON p.id = s.person_id
             WHERE s.decision_id = ?1 ORDER BY s.position",
        )?;
        let rows = st.query_map([d.id], |r| {
            Ok(Stance {
                stance: r.get(0)?,
                person_id: r.get(1)?,
                name: r.get(2)?,
                reason: r.get(3)?,
            })
        })?;
        d.stances = rows.collect::<rusqlite::Result<_>>()?;
        let mut st = self.conn.prepare_cached(
            "SELECT v.wg_id, w.name, v.voice, v.reason FROM decision_wg_voices v
             JOIN working_groups w ON w.id = v.wg_id WHERE v.decision_id = ?1 ORDER BY v.position",
        )?;
        let rows = st.query_map([d.id], |r| {
            Ok(WgVoiceRecord {
                wg_id: r.get(0)?,
                wg: r.get(1)?,
                voice: r.get(2)?,
                reason: r.get(3)?,
            })
        })?;
        d.wg_voices = rows.collect::<rusqlite::Result<_>>()?;
        Ok(d.said_in(Lang::En))
    }
}
