//! Decision rules applied to counts (ga-process.md, "Decision rules (exact)").
//!
//! [`evaluate`] is THE rule: one pure function from counts, rule, quorum and stand-aside
//! limit to an outcome and the reason for it. Recording a decision, the preview the UI
//! shows before confirming, the importer (recomputing an imported decision's outcome)
//! and the tests all go through it. Arithmetic is exact: ratios are compared by
//! cross-multiplying in u128, so 9 of 10 is exactly 90%.
//!
//! A decision is the call for consensus (stand-asides, blocks) and, when one was held,
//! the vote: under every rule but `consensus`, `support` and `against` are what the room
//! counted, blockers included as they voted — so a block is never counted twice. A
//! blocked call under modified consensus that never came to a vote is `blocked`.
//!
//! [`check`] turns what a person entered (counts, named stand-asides and blocks with
//! reasons, rule and limit as text) into a [`Checked`] decision, refusing input that the
//! rules make meaningless (an `against` under consensus, a named block without a reason,
//! fewer stand-asides or blocks in total than were named).

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;
use crate::rule::{DecisionRule, Fraction};
use crate::{invalid, t, text_enum, validate, Result};

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
        BlocksNoVote = "blocks-no-vote",
    }
}

/// The numbers of a decision: the call for consensus (`stand_asides`, `blocks`, named or
/// only counted) and the vote (`support`, `against`; under `consensus`, `support` is the
/// number who agreed and `against` is 0).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub support: u32,
    pub against: u32,
    pub stand_asides: u32,
    pub blocks: u32,
}

impl Counts {
    /// A vote was held: the rule has one and somebody was counted for or against.
    pub fn vote_held(&self, rule: DecisionRule) -> bool {
        rule.has_vote() && self.voters() > 0
    }

    /// `support + against + stand_asides`, plus `blocks` when no vote was held (when one
    /// was, the blockers are among those who voted).
    pub fn participants(&self, rule: DecisionRule) -> u64 {
        let base = self.support as u64 + self.against as u64 + self.stand_asides as u64;
        if self.vote_held(rule) {
            base
        } else {
            base + self.blocks as u64
        }
    }

    /// The ratio's denominator: `support + against` (stand-asides and blocks are not
    /// added to it).
    pub fn voters(&self) -> u64 {
        self.support as u64 + self.against as u64
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

    /// `support / voters` in tenths of a percent, rounded down (so a ratio below a
    /// whole-percent threshold never prints as reaching it); `None` without voters.
    pub fn per_mille(&self) -> Option<u64> {
        let voters = self.voters();
        (voters > 0).then(|| (self.support as u128 * 1000 / voters as u128) as u64)
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

/// [`outcome`] with the reason. Pure: same input, same verdict, nothing written. This is
/// the one function to call for an outcome from stored or imported counts.
pub fn evaluate(
    c: &Counts,
    rule: DecisionRule,
    quorum: Option<u32>,
    stand_aside_limit: Option<Fraction>,
) -> Verdict {
    let v = |outcome, reason| Verdict { outcome, reason };
    let participants = c.participants(rule);
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
            } else if c.vote_held(rule) {
                threshold(c, c.ratio_at_least(p as u64, 100))
            } else {
                // Blocks stood (against is 0 here, or a vote would have been held) and
                // the room did not go to the vote.
                v(Outcome::Blocked, DecisionReason::BlocksNoVote)
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

/// `86.5%` (rounded down to a tenth; `90%` when whole), as `lang` writes it.
fn percent(per_mille: u64, lang: Lang) -> String {
    let n = if per_mille.is_multiple_of(10) {
        format!("{}", per_mille / 10)
    } else {
        t!(
            lang,
            "decimal",
            int = (per_mille / 10) as i64,
            frac = (per_mille % 10) as i64
        )
    };
    t!(lang, "percent", n = n)
}

/// What the rule needs of the ratio, and whether it was met: "at least 90%", "below 90%".
fn threshold_words(rule: DecisionRule, met: bool, lang: Lang) -> String {
    match (rule, met) {
        (DecisionRule::Modified(p), true) => {
            t!(
                lang,
                "threshold-at-least",
                share = percent(p as u64 * 10, lang)
            )
        }
        (DecisionRule::Modified(p), false) => {
            t!(
                lang,
                "threshold-below",
                share = percent(p as u64 * 10, lang)
            )
        }
        (DecisionRule::Supermajority(a, b), true) => {
            t!(lang, "threshold-at-least", share = format!("{a}/{b}"))
        }
        (DecisionRule::Supermajority(a, b), false) => {
            t!(lang, "threshold-below", share = format!("{a}/{b}"))
        }
        (_, true) => t!(lang, "threshold-more-than-half"),
        (_, false) => t!(lang, "threshold-not-more-than-half"),
    }
}

/// An outcome in words ("consensus", "tabled").
pub fn outcome_words(o: Outcome, lang: Lang) -> String {
    t!(lang, &format!("outcome-{o}"))
}

/// What the room counted, in the words of the minutes: "consensus (no count taken)",
/// "9 blocks (names and reasons not recorded)", "vote: 45 for, 7 against — 86.5%, below
/// 90%". `named_blocks` is how many of the blocks have a name. Parts are in the order
/// things happened (the call: stand-asides, blocks; then the vote), joined by "; ".
pub fn counted(c: &Counts, rule: DecisionRule, named_blocks: u32, outcome: Outcome) -> String {
    counted_in(c, rule, named_blocks, outcome, Lang::En)
}

/// [`counted`] in another language.
pub fn counted_in(
    c: &Counts,
    rule: DecisionRule,
    named_blocks: u32,
    outcome: Outcome,
    lang: Lang,
) -> String {
    let mut parts = Vec::new();
    // Under modified consensus, support without blocks or votes against is consensus:
    // the count is informational, not a vote that decided.
    let consensus_call =
        matches!(rule, DecisionRule::Modified(_)) && c.blocks == 0 && c.against == 0;
    let vote = c.vote_held(rule) && !consensus_call;
    if !vote && c.support > 0 {
        parts.push(t!(lang, "counted-support", n = c.support));
    }
    if c.stand_asides > 0 {
        parts.push(t!(lang, "count-stand-asides", n = c.stand_asides));
    }
    if c.blocks > 0 {
        let unnamed = c.blocks.saturating_sub(named_blocks);
        let blocks = t!(lang, "count-blocks", n = c.blocks);
        parts.push(if unnamed == 0 {
            blocks
        } else if unnamed == c.blocks {
            t!(lang, "counted-blocks-unnamed", blocks = blocks)
        } else {
            t!(
                lang,
                "counted-blocks-some-unnamed",
                blocks = blocks,
                unnamed = unnamed
            )
        });
    }
    if vote {
        let ratio = c.per_mille().map(|p| percent(p, lang)).unwrap_or_default();
        let met = match rule {
            DecisionRule::Modified(p) => c.ratio_at_least(p as u64, 100),
            DecisionRule::Supermajority(a, b) => c.ratio_at_least(a as u64, b as u64),
            DecisionRule::Majority | DecisionRule::Consensus => c.ratio_above(1, 2),
        };
        parts.push(t!(
            lang,
            "counted-vote",
            support = c.support,
            against = c.against,
            ratio = ratio,
            threshold = threshold_words(rule, met, lang)
        ));
    }
    if parts.is_empty() {
        t!(lang, "counted-none", outcome = outcome_words(outcome, lang))
    } else {
        parts.join(&t!(lang, "list-separator"))
    }
}

/// One sentence for a person: the outcome and the numbers that made it.
pub fn explain(
    verdict: Verdict,
    c: &Counts,
    rule: DecisionRule,
    quorum: Option<u32>,
    limit: Option<Fraction>,
) -> String {
    explain_in(verdict, c, rule, quorum, limit, Lang::En)
}

/// [`explain`] in another language.
pub fn explain_in(
    verdict: Verdict,
    c: &Counts,
    rule: DecisionRule,
    quorum: Option<u32>,
    limit: Option<Fraction>,
    lang: Lang,
) -> String {
    let o = outcome_words(verdict.outcome, lang);
    match verdict.reason {
        DecisionReason::NoQuorum => t!(
            lang,
            "explain-no-quorum",
            outcome = o,
            n = c.participants(rule),
            quorum = quorum.unwrap_or_default()
        ),
        DecisionReason::TooManyStandAsides => t!(
            lang,
            "explain-too-many-stand-asides",
            outcome = o,
            n = c.stand_asides,
            of = c.participants(rule),
            limit = limit.map(|l| l.to_string()).unwrap_or_default()
        ),
        DecisionReason::NoBlocks => t!(lang, "explain-no-blocks", outcome = o),
        DecisionReason::Blocks => t!(
            lang,
            "explain-blocks",
            outcome = o,
            blocks = t!(lang, "count-blocks", n = c.blocks)
        ),
        DecisionReason::BlocksNoVote => t!(
            lang,
            "explain-blocks-no-vote",
            outcome = o,
            blocks = t!(lang, "count-blocks", n = c.blocks)
        ),
        DecisionReason::NoBlocksNoAgainst => {
            t!(lang, "explain-no-blocks-no-against", outcome = o)
        }
        DecisionReason::ThresholdMet | DecisionReason::ThresholdNotMet => {
            let ratio = c.per_mille().map(|p| percent(p, lang)).unwrap_or_default();
            let words = threshold_words(rule, verdict.reason == DecisionReason::ThresholdMet, lang);
            t!(
                lang,
                "explain-vote",
                outcome = o,
                support = c.support,
                against = c.against,
                ratio = ratio,
                threshold = words
            )
        }
        DecisionReason::NoVotes => t!(lang, "explain-no-votes", outcome = o),
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

/// What the facilitator or minute-taker enters for a decision: the call for consensus,
/// then the vote if one was held. Counts default to 0.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct DecisionInput {
    /// The rule, if the GA decides under another than the assembly's default.
    pub rule: Option<String>,
    /// The vote: support (under `consensus`: the number who agreed, informational).
    pub support: u32,
    /// The vote: against, blockers included as they voted (not under `consensus`).
    pub against: u32,
    /// The total number of stand-asides; without it, the number named.
    pub stand_asides: Option<u32>,
    /// The stand-asides who gave their name (each optionally with a reason).
    pub named_stand_asides: Vec<StanceInput>,
    /// The total number of blocks, named or only counted ("9 blocks"); without it, the
    /// number named.
    pub blocks: Option<u32>,
    /// The blocks that are named: each with its reason.
    pub named_blocks: Vec<StanceInput>,
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
    /// The named stand-asides (`counts.stand_asides` is the total).
    pub stand_asides: Vec<CheckedStance>,
    /// The named blocks (`counts.blocks` is the total).
    pub blocks: Vec<CheckedStance>,
    pub quorum: Option<u32>,
    pub stand_aside_limit: Option<Fraction>,
    pub verdict: Verdict,
    /// In a spokes council: each WG's voice, in the order entered (the counts are these
    /// voices counted); empty otherwise.
    pub wg_voices: Vec<CheckedWgVoice>,
}

impl Checked {
    /// What its sentences are said from.
    pub fn sentences(&self) -> Sentences {
        Sentences {
            counts: self.counts,
            rule: Some(self.rule),
            quorum: self.quorum,
            stand_aside_limit: Some(self.stand_aside_limit),
            outcome: self.verdict.outcome,
            named_blocks: self.blocks.len() as u32,
            wg_voices: self.wg_voices.iter().map(|v| v.voice).collect(),
        }
    }

    /// Why the outcome, in English (see [`Sentences::explanation`]).
    pub fn explanation(&self) -> String {
        self.sentences().explanation(Lang::En)
    }

    /// What was counted, in English (see [`Sentences::counted`]).
    pub fn counted(&self) -> String {
        self.sentences().counted(Lang::En)
    }
}

/// What a decision's two sentences — what the room counted and why the outcome — are
/// said from: its numbers, rule and outcome, as recorded, imported or previewed. **The**
/// place those sentences are worded: a preview (`DecisionPreview`), a recorded decision
/// (`proposal::Decision`, the proposal page, the council's form, the federation's list)
/// and the minutes (`MinutesDecision`, every format) all say them through it, in the
/// language they are asked for, so the app and the exported minutes say the same thing.
#[derive(Debug, Clone, PartialEq)]
pub struct Sentences {
    pub counts: Counts,
    /// The rule, `None` when this Plenary cannot read it (written by a newer one).
    pub rule: Option<DecisionRule>,
    pub quorum: Option<u32>,
    /// The stand-aside limit (`Some(None)`: none); `None` when it cannot be read.
    pub stand_aside_limit: Option<Option<Fraction>>,
    /// The outcome as recorded.
    pub outcome: Outcome,
    /// How many of the blocks have a name.
    pub named_blocks: u32,
    /// A spokes council's voices, one per WG; empty otherwise.
    pub wg_voices: Vec<WgVoice>,
}

impl Sentences {
    /// A decision as stored: its rule and stand-aside limit as written.
    pub fn read(
        counts: Counts,
        rule: &str,
        quorum: Option<u32>,
        stand_aside_limit: Option<&str>,
        outcome: Outcome,
        named_blocks: u32,
        wg_voices: Vec<WgVoice>,
    ) -> Sentences {
        Sentences {
            counts,
            rule: rule.parse().ok(),
            quorum,
            stand_aside_limit: stand_aside_limit
                .map(str::parse::<Fraction>)
                .transpose()
                .ok(),
            outcome,
            named_blocks,
            wg_voices,
        }
    }

    /// The verdict again from the numbers — `None` when the rule or limit cannot be read
    /// or the rules give another outcome than the recorded one (then no reason is given,
    /// only the outcome).
    pub fn verdict(&self) -> Option<Verdict> {
        let v = evaluate(
            &self.counts,
            self.rule?,
            self.quorum,
            self.stand_aside_limit?,
        );
        (v.outcome == self.outcome).then_some(v)
    }

    /// Why the outcome: "blocked: 2 blocks under consensus" (see [`explain_in`]); the
    /// outcome alone when the rules cannot say ([`Self::verdict`]).
    pub fn explanation(&self, lang: Lang) -> String {
        match (self.verdict(), self.rule) {
            (Some(v), Some(rule)) => explain_in(
                v,
                &self.counts,
                rule,
                self.quorum,
                self.stand_aside_limit.flatten(),
                lang,
            ),
            _ => outcome_words(self.outcome, lang),
        }
    }

    /// What the room counted, in the words of the minutes (see [`counted_in`], and
    /// [`counted_wg_voices_in`] in a spokes council). A rule that cannot be read is
    /// taken as one with a vote (every rule but consensus has one).
    pub fn counted(&self, lang: Lang) -> String {
        let rule = self.rule.unwrap_or(DecisionRule::Majority);
        if self.wg_voices.is_empty() {
            counted_in(&self.counts, rule, self.named_blocks, self.outcome, lang)
        } else {
            counted_wg_voices_in(&self.wg_voices, rule, self.outcome, lang)
        }
    }
}

/// No assembly is bigger than this; a larger count is a typing mistake.
pub const MAX_COUNT: u32 = 1_000_000;

/// The total of a stance: `total` as entered, or the number named; never fewer than named.
fn total_of(total: Option<u32>, named: usize, what: &str) -> Result<u32> {
    let named = named as u32;
    let total = total.unwrap_or(named);
    if total < named {
        return Err(invalid!(
            "decision-total-below-named",
            total = total,
            what = what,
            named = named
        ));
    }
    Ok(total)
}

/// Checks what was entered against the rules and computes the verdict.
pub fn check(input: &DecisionInput, default_rule: DecisionRule) -> Result<Checked> {
    let rule = match input.rule.as_deref().map(str::trim) {
        Some(r) if !r.is_empty() => r.parse()?,
        _ => default_rule,
    };
    for (what, n) in [("support", input.support), ("against", input.against)]
        .into_iter()
        .chain(input.stand_asides.map(|n| ("stand-asides", n)))
        .chain(input.blocks.map(|n| ("blocks", n)))
        .chain(input.quorum.map(|n| ("quorum", n)))
    {
        if n > MAX_COUNT {
            return Err(invalid!(
                "decision-count-too-big",
                what = what,
                count = n,
                max = MAX_COUNT
            ));
        }
    }
    if rule == DecisionRule::Consensus && input.against > 0 {
        return Err(invalid!(
            "decision-consensus-against",
            against = input.against
        ));
    }
    if input.quorum == Some(0) {
        return Err(invalid!("decision-quorum-zero"));
    }
    let stand_aside_limit = match input.stand_aside_limit.as_deref().map(str::trim) {
        Some(l) if !l.is_empty() => Some(
            l.parse::<Fraction>()
                .map_err(|e| invalid!("decision-bad-stand-aside-limit", detail = e.to_string()))?,
        ),
        _ => None,
    };
    if input.named_blocks.len() > MAX_COUNT as usize
        || input.named_stand_asides.len() > MAX_COUNT as usize
    {
        return Err(invalid!("decision-too-many-names", max = MAX_COUNT));
    }
    let mut seen = std::collections::HashSet::new();
    let mut stance = |s: &StanceInput, what: &str| -> Result<CheckedStance> {
        let name = validate::line(crate::word!("field-stance-name", stance = what), &s.name)?;
        let key = name.to_lowercase();
        if !seen.insert(key) {
            return Err(invalid!("decision-named-twice", name = &name));
        }
        let reason = s
            .reason
            .as_deref()
            .map(|r| {
                validate::text(
                    crate::word!("field-stance-reason", name = &name, stance = what),
                    r,
                )
            })
            .transpose()?
            .filter(|r| !r.is_empty());
        Ok(CheckedStance { name, reason })
    };
    let blocks = input
        .named_blocks
        .iter()
        .map(|b| stance(b, "block"))
        .collect::<Result<Vec<_>>>()?;
    if let Some(b) = blocks.iter().find(|b| b.reason.is_none()) {
        return Err(invalid!("decision-block-without-reason", name = &b.name));
    }
    let stand_asides = input
        .named_stand_asides
        .iter()
        .map(|s| stance(s, "stand-aside"))
        .collect::<Result<Vec<_>>>()?;
    let counts = Counts {
        support: input.support,
        against: input.against,
        stand_asides: total_of(input.stand_asides, stand_asides.len(), "stand-asides")?,
        blocks: total_of(input.blocks, blocks.len(), "blocks")?,
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
        wg_voices: Vec::new(),
    })
}

text_enum! {
    /// A working group's voice in a spokes council's call for consensus and vote: one
    /// voice per WG, given by its spoke (ga-process.md, "Spokes council").
    WgVoice, "WG voice" {
        For = "for",
        Against = "against",
        StandAside = "stand-aside",
        Block = "block",
    }
}

/// A WG's voice as entered.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct WgVoiceInput {
    /// The WG, by name.
    pub wg: String,
    /// `for`, `against`, `stand-aside` or `block`.
    pub voice: String,
    /// Optional for a stand-aside; required for a block.
    pub reason: Option<String>,
}

/// A spokes council's decision as entered: each WG's voice (the counts follow from
/// them), the rule if not the assembly's default, a quorum (in WGs) and a stand-aside
/// limit.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct CouncilDecisionInput {
    pub rule: Option<String>,
    pub voices: Vec<WgVoiceInput>,
    /// Minimum number of WGs taking part.
    pub quorum: Option<u32>,
    pub stand_aside_limit: Option<String>,
}

/// A WG's voice after checking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedWgVoice {
    pub wg: String,
    pub voice: WgVoice,
    pub reason: Option<String>,
}

impl Counts {
    /// The counts of a spokes council's call and vote, one voice per WG. The decision
    /// rules then apply unchanged to WG voices. Under a rule with a vote, a WG that
    /// blocks is among those who voted, and votes against (as migration 0012 and the
    /// bundle upgrade read the blockers of earlier records): so a block under modified
    /// consensus sends the proposal to the vote, where it counts against.
    pub fn of_wg_voices(voices: &[WgVoice], rule: DecisionRule) -> Counts {
        let mut c = Counts::default();
        for v in voices {
            match v {
                WgVoice::For => c.support += 1,
                WgVoice::Against => c.against += 1,
                WgVoice::StandAside => c.stand_asides += 1,
                WgVoice::Block => {
                    c.blocks += 1;
                    if rule.has_vote() {
                        c.against += 1;
                    }
                }
            }
        }
        c
    }
}

/// What a spokes council counted, in the words of the minutes: "8 working groups: 7 for,
/// 1 stand-aside"; with a vote under a rule with a threshold, its ratio ("— 87.5%, below
/// 90%").
pub fn counted_wg_voices(voices: &[WgVoice], rule: DecisionRule, outcome: Outcome) -> String {
    counted_wg_voices_in(voices, rule, outcome, Lang::En)
}

/// [`counted_wg_voices`] in another language.
pub fn counted_wg_voices_in(
    voices: &[WgVoice],
    rule: DecisionRule,
    outcome: Outcome,
    lang: Lang,
) -> String {
    let n = |v: WgVoice| voices.iter().filter(|x| **x == v).count() as u32;
    let mut parts = Vec::new();
    if n(WgVoice::For) > 0 {
        parts.push(t!(lang, "count-for", n = n(WgVoice::For)));
    }
    if n(WgVoice::Against) > 0 {
        parts.push(t!(lang, "count-against", n = n(WgVoice::Against)));
    }
    if n(WgVoice::StandAside) > 0 {
        parts.push(t!(lang, "count-stand-asides", n = n(WgVoice::StandAside)));
    }
    if n(WgVoice::Block) > 0 {
        parts.push(t!(lang, "count-blocks", n = n(WgVoice::Block)));
    }
    let c = Counts::of_wg_voices(voices, rule);
    let consensus_call =
        matches!(rule, DecisionRule::Modified(_)) && c.blocks == 0 && c.against == 0;
    let mut words = t!(
        lang,
        "counted-wg-voices",
        wgs = t!(lang, "count-working-groups", n = voices.len()),
        voices = if parts.is_empty() {
            outcome_words(outcome, lang)
        } else {
            parts.join(&t!(lang, "comma"))
        }
    );
    if c.vote_held(rule) && !consensus_call {
        let ratio = c.per_mille().map(|p| percent(p, lang)).unwrap_or_default();
        let met = match rule {
            DecisionRule::Modified(p) => c.ratio_at_least(p as u64, 100),
            DecisionRule::Supermajority(a, b) => c.ratio_at_least(a as u64, b as u64),
            DecisionRule::Majority | DecisionRule::Consensus => c.ratio_above(1, 2),
        };
        words = t!(
            lang,
            "counted-wg-voices-vote",
            words = words,
            ratio = ratio,
            threshold = threshold_words(rule, met, lang)
        );
    }
    words
}

/// Checks a spokes council's decision: each WG once, a reason for every block, no
/// `against` under consensus (disagreement is a stand-aside or a block there); then the
/// same rule as every decision, applied to the WGs' voices.
pub fn check_council(input: &CouncilDecisionInput, default_rule: DecisionRule) -> Result<Checked> {
    if input.voices.is_empty() {
        return Err(invalid!("decision-no-voices"));
    }
    if input.voices.len() > MAX_COUNT as usize {
        return Err(invalid!("decision-too-many-voices", max = MAX_COUNT));
    }
    let mut seen = std::collections::HashSet::new();
    let mut voices = Vec::with_capacity(input.voices.len());
    for v in &input.voices {
        let wg = validate::line(crate::word!("field-voice-wg"), &v.wg)?;
        if !seen.insert(wg.to_lowercase()) {
            return Err(invalid!("decision-voice-twice", wg = &wg));
        }
        let voice: WgVoice = v
            .voice
            .trim()
            .parse()
            .map_err(|_| invalid!("decision-bad-voice", wg = &wg, voice = &v.voice))?;
        let reason = v
            .reason
            .as_deref()
            .map(|r| {
                validate::text(
                    crate::word!("field-voice-reason", wg = &wg, voice = voice.as_str()),
                    r,
                )
            })
            .transpose()?
            .filter(|r| !r.is_empty());
        if voice == WgVoice::Block && reason.is_none() {
            return Err(invalid!("decision-wg-block-without-reason", wg = &wg));
        }
        voices.push(CheckedWgVoice { wg, voice, reason });
    }
    let kinds: Vec<WgVoice> = voices.iter().map(|v| v.voice).collect();
    let against = kinds.iter().filter(|v| **v == WgVoice::Against).count() as u32;
    let rule_input = DecisionInput {
        rule: input.rule.clone(),
        quorum: input.quorum,
        stand_aside_limit: input.stand_aside_limit.clone(),
        against,
        ..DecisionInput::default()
    };
    // The rule, quorum and limit are read and checked as for any decision (and an
    // `against` voice under consensus is refused with the same words).
    let mut checked = check(&rule_input, default_rule)?;
    let counts = Counts::of_wg_voices(&kinds, checked.rule);
    checked.verdict = evaluate(
        &counts,
        checked.rule,
        checked.quorum,
        checked.stand_aside_limit,
    );
    checked.counts = counts;
    checked.wg_voices = voices;
    Ok(checked)
}

/// `support / (support + against)` as an exact fraction, for display.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Ratio {
    pub support: u64,
    pub voters: u64,
}

impl Ratio {
    /// The ratio of a vote that was held, `None` otherwise.
    pub fn of(c: &Counts, rule: DecisionRule) -> Option<Ratio> {
        c.vote_held(rule).then_some(Ratio {
            support: c.support as u64,
            voters: c.voters(),
        })
    }
}
