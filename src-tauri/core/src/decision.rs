//! Decision rules applied to counts (ga-process.md, "Decision rules (exact)").
//!
//! [`evaluate`] is THE rule: one pure function from counts, rule, quorum and stand-aside
//! limit to an outcome and the reason for it. Recording a decision, the preview the UI
//! shows before confirming, and the tests all go through it. Arithmetic is exact:
//! ratios are compared by cross-multiplying in u128, so 9 of 10 is exactly 90%.
//!
//! [`check`] turns what a person entered (counts, named stand-asides, blocks with
//! reasons, rule and limit as text) into a [`Checked`] decision, refusing input that the
//! rules make meaningless (an `against` under consensus, a block without a reason, fewer
//! stand-asides than were named).

use serde::{Deserialize, Serialize};

use crate::proposal::ProposalStatus;
use crate::rule::{DecisionRule, Fraction};
use crate::{invalid, text_enum, validate, Result};

text_enum! {
    /// What a proposal's hearing ended in. The first five come from the rules; the last
    /// two are set by hand.
    Outcome, "outcome" {
        Consensus = "consensus",
        Passed = "passed",
        Blocked = "blocked",
        Failed = "failed",
        Tabled = "tabled",
        Withdrawn = "withdrawn",
        SentBack = "sent-back",
    }
}

impl Outcome {
    /// What the proposal becomes: `tabled` can be decided at a later GA; the rest is final.
    pub fn proposal_status(self) -> ProposalStatus {
        match self {
            Outcome::Tabled => ProposalStatus::Tabled,
            Outcome::Withdrawn => ProposalStatus::Withdrawn,
            Outcome::SentBack => ProposalStatus::SentBack,
            Outcome::Consensus | Outcome::Passed | Outcome::Blocked | Outcome::Failed => {
                ProposalStatus::Decided
            }
        }
    }
}

text_enum! {
    /// Which rule of the decision produced the outcome (in the order they are applied).
    DecisionReason, "decision reason" {
        NoQuorum = "no-quorum",
        TooManyStandAsides = "too-many-stand-asides",
        NoBlocks = "no-blocks",
        Blocks = "blocks",
        NoBlocksNoAgainst = "no-blocks-no-against",
        ThresholdMet = "threshold-met",
        ThresholdNotMet = "threshold-not-met",
        NoVotes = "no-votes",
    }
}

/// The numbers of a decision. Blocks count as votes against in the ratio; stand-asides
/// are participants but not in the ratio.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub support: u32,
    pub against: u32,
    pub stand_asides: u32,
    pub blocks: u32,
}

impl Counts {
    /// `support + against + stand_asides + blocks`.
    pub fn participants(&self) -> u64 {
        self.support as u64 + self.against as u64 + self.stand_asides as u64 + self.blocks as u64
    }

    /// The ratio's denominator: `support + against + blocks`.
    pub fn voters(&self) -> u64 {
        self.support as u64 + self.against as u64 + self.blocks as u64
    }

    /// `support / voters ≥ num / den`, exactly; false when nobody voted.
    fn ratio_at_least(&self, num: u64, den: u64) -> bool {
        let voters = self.voters();
        voters > 0 && self.support as u128 * den as u128 >= num as u128 * voters as u128
    }

    /// `support / voters > num / den`, exactly; false when nobody voted.
    fn ratio_above(&self, num: u64, den: u64) -> bool {
        let voters = self.voters();
        voters > 0 && self.support as u128 * den as u128 > num as u128 * voters as u128
    }
}

/// An outcome and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verdict {
    pub outcome: Outcome,
    pub reason: DecisionReason,
}

/// The outcome of a decision: the exact rules of ga-process.md, in their order.
pub fn outcome(
    counts: &Counts,
    rule: DecisionRule,
    quorum: Option<u32>,
    stand_aside_limit: Option<Fraction>,
) -> Outcome {
    evaluate(counts, rule, quorum, stand_aside_limit).outcome
}

/// [`outcome`] with the reason. Pure: same input, same verdict, nothing written.
pub fn evaluate(
    c: &Counts,
    rule: DecisionRule,
    quorum: Option<u32>,
    stand_aside_limit: Option<Fraction>,
) -> Verdict {
    let v = |outcome, reason| Verdict { outcome, reason };
    let participants = c.participants();
    // 1. quorum
    if let Some(q) = quorum {
        if participants < q as u64 {
            return v(Outcome::Tabled, DecisionReason::NoQuorum);
        }
    }
    // 2. too many stand-asides (`reached_by` is false when nobody took part)
    if let Some(limit) = stand_aside_limit {
        if limit.reached_by(c.stand_asides as u64, participants) {
            return v(Outcome::Tabled, DecisionReason::TooManyStandAsides);
        }
    }
    // 3. the rule
    match rule {
        DecisionRule::Consensus => {
            if c.blocks == 0 {
                v(Outcome::Consensus, DecisionReason::NoBlocks)
            } else {
                v(Outcome::Blocked, DecisionReason::Blocks)
            }
        }
        DecisionRule::Modified(p) => {
            if c.blocks == 0 && c.against == 0 {
                v(Outcome::Consensus, DecisionReason::NoBlocksNoAgainst)
            } else {
                threshold(c, c.ratio_at_least(p as u64, 100))
            }
        }
        DecisionRule::Supermajority(a, b) => threshold(c, c.ratio_at_least(a as u64, b as u64)),
        DecisionRule::Majority => threshold(c, c.ratio_above(1, 2)),
    }
}

fn threshold(c: &Counts, met: bool) -> Verdict {
    let (outcome, reason) = if c.voters() == 0 {
        (Outcome::Failed, DecisionReason::NoVotes)
    } else if met {
        (Outcome::Passed, DecisionReason::ThresholdMet)
    } else {
        (Outcome::Failed, DecisionReason::ThresholdNotMet)
    };
    Verdict { outcome, reason }
}

/// One sentence for a person: the outcome and the numbers that made it.
pub fn explain(
    verdict: Verdict,
    c: &Counts,
    rule: DecisionRule,
    quorum: Option<u32>,
    limit: Option<Fraction>,
) -> String {
    let o = verdict.outcome;
    let plural = |n: u32, one: &str, many: &str| {
        if n == 1 {
            format!("1 {one}")
        } else {
            format!("{n} {many}")
        }
    };
    match verdict.reason {
        DecisionReason::NoQuorum => format!(
            "{o}: {} took part, fewer than the quorum of {}",
            c.participants(),
            quorum.unwrap_or_default()
        ),
        DecisionReason::TooManyStandAsides => format!(
            "{o}: {} of {} stood aside, at or above the limit of {}",
            c.stand_asides,
            c.participants(),
            limit.map(|l| l.to_string()).unwrap_or_default()
        ),
        DecisionReason::NoBlocks => format!("{o}: no blocks"),
        DecisionReason::Blocks => format!(
            "{o}: {} under consensus",
            plural(c.blocks, "block", "blocks")
        ),
        DecisionReason::NoBlocksNoAgainst => format!("{o}: no blocks and no votes against"),
        DecisionReason::ThresholdMet | DecisionReason::ThresholdNotMet => {
            let need = match rule {
                DecisionRule::Modified(p) => format!("at least {p}%"),
                DecisionRule::Supermajority(a, b) => format!("at least {a}/{b}"),
                DecisionRule::Majority | DecisionRule::Consensus => "more than half".into(),
            };
            let blocks = if c.blocks > 0 {
                format!(" ({} counted against)", plural(c.blocks, "block", "blocks"))
            } else {
                String::new()
            };
            format!(
                "{o}: {} of {} in support{blocks}, {rule} needs {need}",
                c.support,
                c.voters()
            )
        }
        DecisionReason::NoVotes => format!("{o}: nobody voted for, against or blocked"),
    }
}

/// A person standing aside or blocking, as entered.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct StanceInput {
    pub name: String,
    /// Optional for a stand-aside; required for a block.
    pub reason: Option<String>,
}

/// What the facilitator or minute-taker enters for a decision. Counts default to 0.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct DecisionInput {
    /// The rule, if the GA decides under another than the assembly's default.
    pub rule: Option<String>,
    pub support: u32,
    /// Votes against (not under `consensus`).
    pub against: u32,
    /// The total number of stand-asides; without it, the number named.
    pub stand_asides: Option<u32>,
    /// The stand-asides who gave their name (each optionally with a reason).
    pub named_stand_asides: Vec<StanceInput>,
    /// Blocks: each named, each with a reason.
    pub blocks: Vec<StanceInput>,
    /// Minimum number of participants.
    pub quorum: Option<u32>,
    /// `A/B`: tabled when at least this share of participants stand aside.
    pub stand_aside_limit: Option<String>,
}

/// A named stance after checking: a trimmed name and reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedStance {
    pub name: String,
    pub reason: Option<String>,
}

/// A decision input that the rules accept, with its verdict.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    pub rule: DecisionRule,
    /// The assembly's default rule when this was checked (recorded beside `rule`).
    pub default_rule: DecisionRule,
    pub counts: Counts,
    pub stand_asides: Vec<CheckedStance>,
    pub blocks: Vec<CheckedStance>,
    pub quorum: Option<u32>,
    pub stand_aside_limit: Option<Fraction>,
    pub verdict: Verdict,
}

impl Checked {
    pub fn explanation(&self) -> String {
        explain(
            self.verdict,
            &self.counts,
            self.rule,
            self.quorum,
            self.stand_aside_limit,
        )
    }
}

/// No assembly is bigger than this; a larger count is a typing mistake.
pub const MAX_COUNT: u32 = 1_000_000;

/// Checks what was entered against the rules and computes the verdict.
pub fn check(input: &DecisionInput, default_rule: DecisionRule) -> Result<Checked> {
    let rule = match input.rule.as_deref().map(str::trim) {
        Some(r) if !r.is_empty() => r.parse()?,
        _ => default_rule,
    };
    for (what, n) in [("support", input.support), ("against", input.against)]
        .into_iter()
        .chain(input.stand_asides.map(|n| ("stand-asides", n)))
        .chain(input.quorum.map(|n| ("quorum", n)))
    {
        if n > MAX_COUNT {
            return Err(invalid!(
                "{what} {n} is more than {MAX_COUNT}: check the count"
            ));
        }
    }
    if rule == DecisionRule::Consensus && input.against > 0 {
        return Err(invalid!(
            "under consensus there are no votes against ({} entered): record disagreement as a stand-aside or a block",
            input.against
        ));
    }
    if input.quorum == Some(0) {
        return Err(invalid!(
            "a quorum is at least 1 participant (leave it out for none)"
        ));
    }
    let stand_aside_limit = match input.stand_aside_limit.as_deref().map(str::trim) {
        Some(l) if !l.is_empty() => Some(
            l.parse::<Fraction>()
                .map_err(|e| invalid!("stand-aside limit: {e}"))?,
        ),
        _ => None,
    };
    if input.blocks.len() > MAX_COUNT as usize
        || input.named_stand_asides.len() > MAX_COUNT as usize
    {
        return Err(invalid!("more than {MAX_COUNT} names: check the list"));
    }
    let mut seen = std::collections::HashSet::new();
    let mut stance = |s: &StanceInput, what: &str| -> Result<CheckedStance> {
        let name = validate::line(&format!("the name of a {what}"), &s.name)?;
        let key = name.to_lowercase();
        if !seen.insert(key) {
            return Err(invalid!(
                "{name} is named twice: a person stands aside or blocks once"
            ));
        }
        let reason = s
            .reason
            .as_deref()
            .map(|r| validate::text(&format!("the reason of {name}'s {what}"), r))
            .transpose()?
            .filter(|r| !r.is_empty());
        Ok(CheckedStance { name, reason })
    };
    let blocks = input
        .blocks
        .iter()
        .map(|b| stance(b, "block"))
        .collect::<Result<Vec<_>>>()?;
    if let Some(b) = blocks.iter().find(|b| b.reason.is_none()) {
        return Err(invalid!(
            "the block by {} has no reason: a block is a serious moral, ethical or safety objection and its reason is minuted",
            b.name
        ));
    }
    let stand_asides = input
        .named_stand_asides
        .iter()
        .map(|s| stance(s, "stand-aside"))
        .collect::<Result<Vec<_>>>()?;
    let named = stand_asides.len() as u32;
    let total = input.stand_asides.unwrap_or(named);
    if total < named {
        return Err(invalid!(
            "{total} stand-asides in total, but {named} are named: the total counts the named ones too"
        ));
    }
    let counts = Counts {
        support: input.support,
        against: input.against,
        stand_asides: total,
        blocks: blocks.len() as u32,
    };
    let quorum = input.quorum;
    Ok(Checked {
        verdict: evaluate(&counts, rule, quorum, stand_aside_limit),
        rule,
        default_rule,
        counts,
        stand_asides,
        blocks,
        quorum,
        stand_aside_limit,
    })
}

/// `support / voters` as an exact fraction, for display.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Ratio {
    pub support: u64,
    pub voters: u64,
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
    pub blocks: u32,
    pub participants: u64,
    /// `None` when nobody voted (the denominator is zero).
    pub ratio: Option<Ratio>,
    pub outcome: Outcome,
    pub reason: DecisionReason,
    /// One sentence: the outcome and the numbers behind it.
    pub explanation: String,
    /// What the proposal becomes when this is recorded.
    pub proposal_status: ProposalStatus,
}

impl From<&Checked> for DecisionPreview {
    fn from(c: &Checked) -> Self {
        let voters = c.counts.voters();
        DecisionPreview {
            rule: c.rule.to_string(),
            default_rule: c.default_rule.to_string(),
            support: c.counts.support,
            against: c.counts.against,
            stand_asides: c.counts.stand_asides,
            blocks: c.counts.blocks,
            participants: c.counts.participants(),
            ratio: (voters > 0).then_some(Ratio {
                support: c.counts.support as u64,
                voters,
            }),
            outcome: c.verdict.outcome,
            reason: c.verdict.reason,
            explanation: c.explanation(),
            proposal_status: c.verdict.outcome.proposal_status(),
        }
    }
}

/// Checks and evaluates without a database: the preview.
pub fn preview(input: &DecisionInput, default_rule: DecisionRule) -> Result<DecisionPreview> {
    Ok(DecisionPreview::from(&check(input, default_rule)?))
}
