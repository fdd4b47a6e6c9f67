use clap::{Args, Subcommand};
use plenary_core::decision::{CouncilDecisionInput, DecisionInput, StanceInput, WgVoiceInput};
use plenary_core::proposal::hearing::{
    AnswerInput, NewConcern, NewQuestion, ProcessStep, TemperatureInput,
};
use plenary_core::proposal::versions::{render_diff, AmendInput, ChangeKind, DiffChunk};
use plenary_core::proposal::{
    Decision, ManualOutcomeInput, NewProposal, ProposalDetail, ProposalStatus,
};
use plenary_core::refs::short_ref;
use plenary_core::{Db, Result};
use uuid::Uuid;

use crate::output::{json, or_dash, table};
use crate::ACTOR;

#[derive(Subcommand)]
pub enum ProposalCommand {
    /// Submit a proposal (or save a draft with --draft); prints its reference (TST-P-2026-001).
    New {
        #[arg(long)]
        title: String,
        #[arg(long)]
        text: String,
        /// The proposing working group (name or id).
        #[arg(long)]
        wg: Option<String>,
        /// The proposer's name.
        #[arg(long)]
        by: Option<String>,
        /// Keep it as a draft (submit it later with `proposal submit`).
        #[arg(long)]
        draft: bool,
        /// The day it was submitted, YYYY-MM-DD (a past proposal: its reference takes
        /// that year).
        #[arg(long)]
        date: Option<String>,
    },
    /// Submit a draft.
    Submit { proposal: String },
    /// List proposals, newest first.
    List {
        /// Only those with this status.
        #[arg(long)]
        status: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Adopt another assembly's proposal as this assembly's own; prints the new
    /// proposal's reference (BRS-P-2026-001).
    Adopt {
        /// Reference (NYC-P-2026-003) or id.
        proposal: String,
    },
    /// Show a proposal with its versions, amendments, hearings and decisions.
    Show {
        /// Reference (LDN-P-2026-034) or id.
        proposal: String,
        #[arg(long)]
        json: bool,
    },
    /// Record a friendly amendment (the whole text as amended) and the proposer's answer;
    /// prints its short reference (with --json: the amendment, its id and `short_ref`).
    /// An accepted amendment makes a new version of the text.
    Amend {
        proposal: String,
        #[arg(long)]
        json: bool,
        /// The proposal's text as amended.
        #[arg(long)]
        text: String,
        /// Who offered it.
        #[arg(long)]
        by: String,
        /// The GA where it was offered (the proposal must be on its agenda).
        #[arg(long)]
        meeting: Option<String>,
        #[command(flatten)]
        answer: AmendAnswer,
    },
    /// Answer an amendment that was left pending (with --correct: correct the answer
    /// recorded; after its GA closed, kept as a correction).
    Amendment {
        /// The amendment's short reference (`proposal show` prints it) or id.
        amendment: String,
        #[command(flatten)]
        answer: AmendAnswer,
        /// Correct the answer already recorded.
        #[arg(long)]
        correct: bool,
    },
    /// Compare two versions of the text word by word ([-removed-]{+added+}).
    Diff {
        proposal: String,
        /// Default: the version before --to.
        #[arg(long)]
        from: Option<i64>,
        /// Default: the current version.
        #[arg(long)]
        to: Option<i64>,
        #[arg(long)]
        json: bool,
    },
    /// Move a hearing to a process step; prints the step and where it can go next.
    Step {
        proposal: String,
        #[arg(long)]
        meeting: String,
        /// present, clarifying-questions, concerns, temperature-check, call-for-consensus or vote.
        #[arg(long)]
        to: String,
        /// Nothing was raised at the step the hearing leaves (no clarifying question; no
        /// concern nor amendment): moving on from such a step needs saying so.
        #[arg(long)]
        none: bool,
    },
    /// Record a clarifying question at a hearing; prints its short reference, which
    /// `proposal answer` takes (with --json: the question, its id and `short_ref`).
    Question {
        proposal: String,
        #[arg(long)]
        json: bool,
        #[arg(long)]
        meeting: String,
        #[arg(long)]
        text: String,
        #[arg(long)]
        by: Option<String>,
    },
    /// Record the answer to a clarifying question.
    Answer {
        /// The question's short reference (`proposal show` prints it) or id.
        question: String,
        #[arg(long)]
        text: String,
        /// Who answered (default: the proposer).
        #[arg(long)]
        by: Option<String>,
    },
    /// Record a concern at a hearing; prints its short reference, which `proposal
    /// address` takes (with --json: the concern, its id and `short_ref`).
    Concern {
        proposal: String,
        #[arg(long)]
        json: bool,
        #[arg(long)]
        meeting: String,
        #[arg(long)]
        text: String,
        #[arg(long)]
        by: Option<String>,
    },
    /// Mark a concern addressed (or, with --not, not addressed).
    Address {
        /// The concern's short reference (`proposal show` prints it) or id.
        concern: String,
        /// How it was addressed.
        #[arg(long, default_value = "")]
        response: String,
        #[arg(long)]
        not: bool,
    },
    /// Record a temperature check (twinkles up / sideways / down); prints its id.
    Temperature {
        proposal: String,
        #[arg(long)]
        meeting: String,
        #[arg(long, default_value_t = 0)]
        up: u32,
        #[arg(long, default_value_t = 0)]
        sideways: u32,
        #[arg(long, default_value_t = 0)]
        down: u32,
        #[arg(long, default_value = "")]
        note: String,
    },
    /// Record the decision at a GA; prints the outcome word. With --correct, replaces
    /// the decision recorded there (after the GA closed: kept as a correction).
    Decide {
        proposal: String,
        #[arg(long)]
        meeting: String,
        #[command(flatten)]
        counts: DecideArgs,
        /// Correct the decision already recorded at this GA (the counts as they were).
        #[arg(long)]
        correct: bool,
    },
    /// Compute an outcome without recording anything; prints the outcome word and why.
    Preview {
        #[command(flatten)]
        counts: DecideArgs,
        #[arg(long)]
        json: bool,
    },
    /// Flag the decision taken at a GA as disputed (or clear the flag with --clear).
    Dispute {
        proposal: String,
        #[arg(long)]
        meeting: String,
        /// What went wrong (required unless --clear).
        #[arg(long, default_value = "")]
        note: String,
        #[arg(long)]
        clear: bool,
    },
    /// The proposer withdraws the proposal (at a GA's hearing with --meeting).
    Withdraw {
        proposal: String,
        #[command(flatten)]
        why: ManualArgs,
    },
    /// Send the proposal back to its working group to be reworked.
    SendBack {
        proposal: String,
        #[command(flatten)]
        why: ManualArgs,
    },
    /// Table (defer) the proposal; it can be decided at a later GA.
    Table {
        proposal: String,
        #[command(flatten)]
        why: ManualArgs,
    },
}

/// Where, who and why of an outcome set by hand (the minutes print who and why).
#[derive(Args)]
pub struct ManualArgs {
    /// The GA whose hearing this ends (the proposal must be on its agenda).
    #[arg(long)]
    meeting: Option<String>,
    /// Why ("after 9 blocks, to come back with a teach-in"); required.
    #[arg(long, alias = "note")]
    reason: String,
    /// Who ("the proposers", "the facilitator"); default: the proposers for a
    /// withdrawal, the GA otherwise.
    #[arg(long)]
    by: Option<String>,
}

impl ManualArgs {
    fn input(&self) -> ManualOutcomeInput {
        ManualOutcomeInput {
            reason: self.reason.clone(),
            by: self.by.clone(),
        }
    }
}

#[derive(Args)]
#[group(required = true, multiple = false)]
pub struct AmendAnswer {
    /// The proposer accepted it.
    #[arg(long)]
    accepted: bool,
    /// The proposer rejected it.
    #[arg(long)]
    rejected: bool,
}

#[derive(Args)]
pub struct DecideArgs {
    /// consensus, modified:P, supermajority:A/B or majority (default: the assembly's rule).
    #[arg(long)]
    rule: Option<String>,
    /// The vote: for (under consensus, the number who agreed).
    #[arg(long, default_value_t = 0)]
    support: u32,
    /// The vote: against, blockers included as they voted (not under consensus).
    #[arg(long, default_value_t = 0)]
    against: u32,
    /// The total number of stand-asides (default: the number named).
    #[arg(long)]
    stand_asides: Option<u32>,
    /// A named stand-aside, NAME or NAME:REASON (repeatable).
    #[arg(long = "stand-aside", value_name = "NAME[:REASON]")]
    stand_aside: Vec<String>,
    /// The total number of blocks, named or only counted ("9 blocks"; default: the number named).
    #[arg(long)]
    blocks: Option<u32>,
    /// A named block, NAME:REASON (repeatable; the reason is required).
    #[arg(long = "block", value_name = "NAME:REASON")]
    block: Vec<String>,
    /// Minimum number of participants.
    #[arg(long)]
    quorum: Option<u32>,
    /// A/B: tabled when at least this share of participants stand aside.
    #[arg(long, value_name = "A/B")]
    stand_aside_limit: Option<String>,
    /// In a spokes council, one working group's voice (repeatable, one per WG):
    /// WG:for|against|stand-aside|block[:REASON] (a block needs its reason).
    #[arg(long = "wg", value_name = "WG:VOICE[:REASON]",
          conflicts_with_all = ["support", "against", "stand_asides", "stand_aside", "blocks", "block"])]
    wg: Vec<String>,
}

impl DecideArgs {
    /// A spokes council's voices, when `--wg` was given.
    fn council(&self) -> Option<CouncilDecisionInput> {
        (!self.wg.is_empty()).then(|| CouncilDecisionInput {
            rule: self.rule.clone(),
            voices: self
                .wg
                .iter()
                .map(|v| {
                    let mut parts = v.splitn(3, ':');
                    WgVoiceInput {
                        wg: parts.next().unwrap_or_default().into(),
                        voice: parts.next().unwrap_or_default().into(),
                        reason: parts.next().map(Into::into),
                    }
                })
                .collect(),
            quorum: self.quorum,
            stand_aside_limit: self.stand_aside_limit.clone(),
        })
    }

    fn input(self) -> DecisionInput {
        DecisionInput {
            rule: self.rule,
            support: self.support,
            against: self.against,
            stand_asides: self.stand_asides,
            named_stand_asides: self.stand_aside.iter().map(|s| stance(s)).collect(),
            blocks: self.blocks,
            named_blocks: self.block.iter().map(|s| stance(s)).collect(),
            quorum: self.quorum,
            stand_aside_limit: self.stand_aside_limit,
        }
    }
}

/// `NAME:REASON` → name and reason; a missing reason is for the core to judge.
fn stance(s: &str) -> StanceInput {
    match s.split_once(':') {
        Some((name, reason)) => StanceInput {
            name: name.into(),
            reason: Some(reason.into()),
        },
        None => StanceInput {
            name: s.into(),
            reason: None,
        },
    }
}

fn hearing(db: &Db, proposal: &str, meeting: &str) -> Result<Uuid> {
    let p = db.resolve_proposal(proposal)?;
    let m = db.resolve_meeting(meeting)?;
    db.hearing_item(p, m)
}

/// The decision recorded at the hearing `item` (`proposal` at GA `meeting`, as typed).
fn recorded_decision(db: &Db, item: Uuid, proposal: &str, meeting: &str) -> Result<Decision> {
    db.decision_at(item)?.ok_or_else(|| {
        plenary_core::not_found!("no decision was recorded for {proposal} at GA {meeting}")
    })
}

pub fn run(db: &mut Db, cmd: ProposalCommand) -> Result<()> {
    match cmd {
        ProposalCommand::New {
            title,
            text,
            wg,
            by,
            draft,
            date,
        } => {
            let input = NewProposal {
                title,
                text,
                wg,
                by,
                date,
            };
            let p = if draft {
                db.draft_proposal(ACTOR, &input)?
            } else {
                db.new_proposal(ACTOR, &input)?
            };
            println!("{}", p.reference);
        }
        ProposalCommand::Submit { proposal } => {
            let p = db.submit_proposal(ACTOR, db.resolve_proposal(&proposal)?)?;
            println!("{} is {}", p.reference, p.status);
        }
        ProposalCommand::List {
            status,
            json: as_json,
        } => {
            let status: Option<ProposalStatus> = status.map(|s| s.parse()).transpose()?;
            let ps: Vec<_> = db
                .proposals()?
                .into_iter()
                .filter(|p| status.is_none_or(|s| p.status == s))
                .collect();
            if as_json {
                json(&ps);
            } else {
                let rows: Vec<Vec<String>> = ps
                    .iter()
                    .map(|p| {
                        vec![
                            p.reference.clone(),
                            p.status.to_string(),
                            p.title.clone(),
                            or_dash(p.wg_name.as_ref()),
                            or_dash(p.proposer_name.as_ref()),
                        ]
                    })
                    .collect();
                table(&["PROPOSAL", "STATUS", "TITLE", "WG", "BY"], &rows);
            }
        }
        ProposalCommand::Show {
            proposal,
            json: as_json,
        } => {
            let d = db.proposal_detail(db.resolve_proposal(&proposal)?)?;
            if as_json {
                json(&d);
            } else {
                print_detail(&d);
            }
        }
        ProposalCommand::Amend {
            proposal,
            text,
            by,
            meeting,
            answer,
            json: as_json,
        } => {
            let p = db.resolve_proposal(&proposal)?;
            let item = meeting
                .map(|m| db.hearing_item(p, db.resolve_meeting(&m)?))
                .transpose()?;
            let a = db.amend_proposal(
                ACTOR,
                p,
                &AmendInput {
                    text,
                    by,
                    item: item.map(|i| i.to_string()),
                    accepted: Some(answer.accepted),
                },
            )?;
            created(&a, a.id, as_json);
        }
        ProposalCommand::Adopt { proposal } => {
            let p = db.adopt_proposal(ACTOR, db.resolve_proposal(&proposal)?)?;
            println!("{}", p.reference);
        }
        ProposalCommand::Amendment {
            amendment,
            answer,
            correct,
        } => {
            let am = db.resolve_short("amendments", "amendment", &amendment)?;
            let a = if correct {
                db.correct_amendment(ACTOR, am, answer.accepted)?
            } else {
                db.decide_amendment(ACTOR, am, answer.accepted)?
            };
            match a.version {
                Some(v) => println!("accepted: the text is now version {v}"),
                None => println!("{}", a.status),
            }
        }
        ProposalCommand::Diff {
            proposal,
            from,
            to,
            json: as_json,
        } => {
            let p = db.resolve_proposal(&proposal)?;
            let to = match to {
                Some(t) => t,
                None => db.versions(p)?.last().map(|v| v.number).unwrap_or(1),
            };
            let from = from.unwrap_or((to - 1).max(1));
            let d = db.diff_versions(p, from, to)?;
            if as_json {
                json(&d);
            } else {
                println!("{}", render_diff(&d.chunks));
            }
        }
        ProposalCommand::Step {
            proposal,
            meeting,
            to,
            none,
        } => {
            let to: ProcessStep = to.parse()?;
            let h = db.advance_step(ACTOR, hearing(db, &proposal, &meeting)?, to, none)?;
            let next: Vec<&str> = h.next_steps.iter().map(|s| s.as_str()).collect();
            println!("{} (next: {})", h.step, or_dash(Some(next.join(", "))));
        }
        ProposalCommand::Question {
            proposal,
            meeting,
            text,
            by,
            json: as_json,
        } => {
            let q = db.add_question(
                ACTOR,
                hearing(db, &proposal, &meeting)?,
                &NewQuestion { question: text, by },
            )?;
            created(&q, q.id, as_json);
        }
        ProposalCommand::Answer { question, text, by } => {
            db.answer_question(
                ACTOR,
                db.resolve_short("clarifying_questions", "clarifying question", &question)?,
                &AnswerInput { answer: text, by },
            )?;
        }
        ProposalCommand::Concern {
            proposal,
            meeting,
            text,
            by,
            json: as_json,
        } => {
            let c = db.add_concern(
                ACTOR,
                hearing(db, &proposal, &meeting)?,
                &NewConcern { concern: text, by },
            )?;
            created(&c, c.id, as_json);
        }
        ProposalCommand::Address {
            concern,
            response,
            not,
        } => {
            let concern = db.resolve_short("concerns", "concern", &concern)?;
            db.address_concern(ACTOR, concern, !not, &response)?;
        }
        ProposalCommand::Temperature {
            proposal,
            meeting,
            up,
            sideways,
            down,
            note,
        } => {
            let t = db.record_temperature(
                ACTOR,
                hearing(db, &proposal, &meeting)?,
                &TemperatureInput {
                    up,
                    sideways,
                    down,
                    note,
                },
            )?;
            println!("{}", t.id);
        }
        ProposalCommand::Decide {
            proposal,
            meeting,
            counts,
            correct,
        } => {
            let item = hearing(db, &proposal, &meeting)?;
            let d = if correct {
                let d = recorded_decision(db, item, &proposal, &meeting)?;
                db.correct_decision(ACTOR, d.id, &counts.input())?
            } else if let Some(council) = counts.council() {
                db.record_council_decision(ACTOR, item, &council)?
            } else {
                db.record_decision(ACTOR, item, &counts.input())?
            };
            println!("{}", d.outcome);
        }
        ProposalCommand::Preview {
            counts,
            json: as_json,
        } => {
            let p = match counts.council() {
                Some(council) => db.preview_council_decision(&council)?,
                None => db.preview_decision(&counts.input())?,
            };
            if as_json {
                json(&p);
            } else {
                println!("{}", p.outcome);
                println!("{}", p.explanation);
            }
        }
        ProposalCommand::Dispute {
            proposal,
            meeting,
            note,
            clear,
        } => {
            let item = hearing(db, &proposal, &meeting)?;
            let d = recorded_decision(db, item, &proposal, &meeting)?;
            db.set_disputed(ACTOR, d.id, !clear, &note)?;
        }
        ProposalCommand::Withdraw { proposal, why } => {
            let (p, at) = target(db, &proposal, why.meeting.as_deref())?;
            let p = db.withdraw_proposal(ACTOR, p, at, &why.input())?;
            println!("{} is {}", p.reference, p.status);
        }
        ProposalCommand::SendBack { proposal, why } => {
            let (p, at) = target(db, &proposal, why.meeting.as_deref())?;
            let p = db.send_back_proposal(ACTOR, p, at, &why.input())?;
            println!("{} is {}", p.reference, p.status);
        }
        ProposalCommand::Table { proposal, why } => {
            let (p, at) = target(db, &proposal, why.meeting.as_deref())?;
            let p = db.table_proposal(ACTOR, p, at, &why.input())?;
            println!("{} is {}", p.reference, p.status);
        }
    }
    Ok(())
}

/// What a command that records a question, a concern or an amendment prints: its short
/// reference — the one `proposal show` prints in brackets and `answer`, `address` and
/// `amendment` take — or, with `--json`, the record (its full `id`) with `short_ref`.
fn created<T: serde::Serialize>(record: &T, id: Uuid, as_json: bool) {
    if !as_json {
        println!("{}", short_ref(id));
        return;
    }
    let mut value = serde_json::to_value(record).unwrap_or_default();
    if let Some(fields) = value.as_object_mut() {
        fields.insert("short_ref".into(), short_ref(id).into());
    }
    json(&value);
}

/// A proposal and, with `--meeting`, its hearing at that GA.
fn target(db: &Db, proposal: &str, meeting: Option<&str>) -> Result<(Uuid, Option<Uuid>)> {
    let p = db.resolve_proposal(proposal)?;
    let at = meeting
        .map(|m| db.hearing_item(p, db.resolve_meeting(m)?))
        .transpose()?;
    Ok((p, at))
}

fn print_detail(d: &ProposalDetail) {
    let p = &d.proposal;
    println!("{} — {} ({})", p.reference, p.title, p.status);
    if let Some(by) = &p.proposer_name {
        println!("proposed by {by}");
    }
    if let Some(wg) = &p.wg_name {
        println!("working group: {wg}");
    }
    if let Some(original) = p.derived_from {
        println!("adopted from another assembly's proposal {original}");
    }
    println!(
        "\nversion {} of {}:\n{}",
        d.versions.last().map(|v| v.number).unwrap_or(1),
        d.versions.len(),
        p.text
    );
    if !d.amendments.is_empty() {
        println!("\namendments:");
        for a in &d.amendments {
            println!(
                "  [{}] {} by {} on version {}: {}",
                short_ref(a.id),
                a.status,
                a.offered_by,
                a.base_version,
                render_diff(&compact(&a.changes)).replace('\n', " ")
            );
        }
    }
    for h in &d.hearings {
        let given = |s: &Option<String>| s.clone().filter(|s| !s.is_empty());
        let why = match (given(&h.outcome_by), given(&h.outcome_reason)) {
            (Some(by), Some(r)) => format!(" by {by}: {r}"),
            (Some(by), None) => format!(" by {by}"),
            (None, Some(r)) => format!(": {r}"),
            (None, None) => String::new(),
        };
        println!(
            "\n{} ({}, {}): {}{}",
            h.item_reference,
            h.meeting_date,
            h.meeting_status,
            h.step,
            h.outcome
                .map(|o| format!(" — {o}{why}"))
                .unwrap_or_default()
        );
        if h.no_questions {
            println!("  no clarifying questions were asked");
        }
        if h.no_concerns {
            println!("  no concerns were raised, no friendly amendments offered");
        }
        for q in d
            .questions
            .iter()
            .filter(|q| q.agenda_item_id == h.agenda_item_id)
        {
            println!(
                "  question [{}] ({}): {}",
                short_ref(q.id),
                or_dash(q.asked_by.as_ref()),
                q.question
            );
            if let Some(a) = &q.answer {
                println!("    answer: {a}");
            }
        }
        for c in d
            .concerns
            .iter()
            .filter(|c| c.agenda_item_id == h.agenda_item_id)
        {
            let state = if c.addressed { "addressed" } else { "open" };
            println!(
                "  concern [{}] ({}, {state}): {}",
                short_ref(c.id),
                or_dash(c.raised_by.as_ref()),
                c.concern
            );
        }
        for t in d
            .temperature_checks
            .iter()
            .filter(|t| t.agenda_item_id == h.agenda_item_id)
        {
            println!(
                "  temperature: {} up, {} sideways, {} down",
                t.up, t.sideways, t.down
            );
        }
        for dec in d
            .decisions
            .iter()
            .filter(|x| x.agenda_item_id == h.agenda_item_id)
        {
            println!("  decision under {}: {}", dec.rule, dec.explanation);
            for s in &dec.stances {
                println!(
                    "    {} {}{}",
                    s.stance,
                    s.name,
                    s.reason
                        .as_ref()
                        .map(|r| format!(": {r}"))
                        .unwrap_or_default()
                );
            }
            if dec.disputed {
                println!("    DISPUTED: {}", dec.dispute_note);
            }
        }
    }
}

/// Shortens long unchanged stretches of a diff to their ends, for one-line display.
fn compact(chunks: &[DiffChunk]) -> Vec<DiffChunk> {
    const KEEP: usize = 24;
    let last = chunks.len().saturating_sub(1);
    chunks
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let chars: Vec<char> = c.text.chars().collect();
            if c.change != ChangeKind::Equal || chars.len() <= 3 * KEEP {
                return c.clone();
            }
            let head: String = chars[..KEEP].iter().collect();
            let tail: String = chars[chars.len() - KEEP..].iter().collect();
            let text = match (i == 0, i == last) {
                (true, true) => c.text.clone(),
                (true, false) => format!("…{tail}"),
                (false, true) => format!("{head}…"),
                (false, false) => format!("{head}…{tail}"),
            };
            DiffChunk {
                change: c.change,
                text,
            }
        })
        .collect()
}
