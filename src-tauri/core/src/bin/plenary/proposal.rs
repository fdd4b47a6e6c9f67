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

use crate::output::{header, json, or_dash, table};
use crate::words::{code, minutes_word};
use crate::ACTOR;

#[derive(Subcommand)]
pub enum ProposalCommand {
    New {
        #[arg(long)]
        title: String,
        #[arg(long)]
        text: String,
        #[arg(long)]
        wg: Option<String>,
        #[arg(long)]
        by: Option<String>,
        #[arg(long)]
        draft: bool,
        #[arg(long)]
        date: Option<String>,
    },
    Submit {
        proposal: String,
    },
    List {
        #[arg(long)]
        status: Option<String>,
        #[arg(long)]
        json: bool,
    },
    Adopt {
        proposal: String,
    },
    Show {
        proposal: String,
        #[arg(long)]
        json: bool,
    },
    Amend {
        proposal: String,
        #[arg(long)]
        json: bool,
        #[arg(long)]
        text: String,
        #[arg(long)]
        by: String,
        #[arg(long)]
        meeting: Option<String>,
        #[command(flatten)]
        answer: AmendAnswer,
    },
    Amendment {
        amendment: String,
        #[command(flatten)]
        answer: AmendAnswer,
        #[arg(long)]
        correct: bool,
    },
    Diff {
        proposal: String,
        #[arg(long)]
        from: Option<i64>,
        #[arg(long)]
        to: Option<i64>,
        #[arg(long)]
        json: bool,
    },
    Step {
        proposal: String,
        #[arg(long)]
        meeting: String,
        #[arg(long)]
        to: String,
        #[arg(long)]
        none: bool,
    },
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
    Answer {
        question: String,
        #[arg(long)]
        text: String,
        #[arg(long)]
        by: Option<String>,
    },
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
    Address {
        concern: String,
        #[arg(long, default_value = "")]
        response: String,
        #[arg(long)]
        not: bool,
    },
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
    Decide {
        proposal: String,
        #[arg(long)]
        meeting: String,
        #[command(flatten)]
        counts: DecideArgs,
        #[arg(long)]
        correct: bool,
    },
    Preview {
        #[command(flatten)]
        counts: DecideArgs,
        #[arg(long)]
        json: bool,
    },
    Dispute {
        proposal: String,
        #[arg(long)]
        meeting: String,
        #[arg(long, default_value = "")]
        note: String,
        #[arg(long)]
        clear: bool,
    },
    Withdraw {
        proposal: String,
        #[command(flatten)]
        why: ManualArgs,
    },
    SendBack {
        proposal: String,
        #[command(flatten)]
        why: ManualArgs,
    },
    Table {
        proposal: String,
        #[command(flatten)]
        why: ManualArgs,
    },
}

/// Where, who and why of an outcome set by hand (the minutes print who and why).
#[derive(Args)]
pub struct ManualArgs {
    #[arg(long)]
    meeting: Option<String>,
    #[arg(long, alias = "note")]
    reason: String,
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
    #[arg(long)]
    accepted: bool,
    #[arg(long)]
    rejected: bool,
}

#[derive(Args)]
pub struct DecideArgs {
    #[arg(long)]
    rule: Option<String>,
    #[arg(long, default_value_t = 0)]
    support: u32,
    #[arg(long, default_value_t = 0)]
    against: u32,
    #[arg(long)]
    stand_asides: Option<u32>,
    #[arg(long = "stand-aside", value_name = "NAME[:REASON]")]
    stand_aside: Vec<String>,
    #[arg(long)]
    blocks: Option<u32>,
    #[arg(long = "block", value_name = "NAME:REASON")]
    block: Vec<String>,
    #[arg(long)]
    quorum: Option<u32>,
    #[arg(long, value_name = "A/B")]
    stand_aside_limit: Option<String>,
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
        plenary_core::Error::NotFound(crate::words::refusal(
            "cli-proposal-no-decision",
            vec![("proposal", proposal.into()), ("meeting", meeting.into())],
        ))
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
            println!("{}", is_now(&p));
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
                            code("cli-proposal-status", p.status),
                            p.title.clone(),
                            or_dash(p.wg_name.as_ref()),
                            or_dash(p.proposer_name.as_ref()),
                        ]
                    })
                    .collect();
                table(
                    &header(&[
                        "cli-col-proposal",
                        "cli-col-status",
                        "cli-col-title",
                        "cli-col-wg",
                        "cli-col-by",
                    ]),
                    &rows,
                );
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
                Some(v) => println!("{}", say!("cli-amendment-accepted", version = v)),
                None => println!("{}", code("cli-amendment-status", a.status)),
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
            let next: Vec<String> = h.next_steps.iter().map(|s| code("cli-step", s)).collect();
            println!(
                "{}",
                say!(
                    "cli-proposal-step",
                    step = code("cli-step", h.step),
                    next = or_dash(Some(next.join(", ")))
                )
            );
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
                db.resolve_short("clarifying_questions", "clarifying-question", &question)?,
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
            println!("{}", minutes_word("outcome-", d.outcome));
        }
        ProposalCommand::Preview {
            counts,
            json: as_json,
        } => {
            // The core says the explanation in the run's language (`--json` stays English).
            let lang = if as_json {
                plenary_core::i18n::Lang::En
            } else {
                crate::words::lang()
            };
            let p = match counts.council() {
                Some(council) => db.preview_council_decision_in(&council, lang)?,
                None => db.preview_decision_in(&counts.input(), lang)?,
            };
            if as_json {
                json(&p);
            } else {
                println!("{}", minutes_word("outcome-", p.outcome));
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
            println!("{}", is_now(&p));
        }
        ProposalCommand::SendBack { proposal, why } => {
            let (p, at) = target(db, &proposal, why.meeting.as_deref())?;
            let p = db.send_back_proposal(ACTOR, p, at, &why.input())?;
            println!("{}", is_now(&p));
        }
        ProposalCommand::Table { proposal, why } => {
            let (p, at) = target(db, &proposal, why.meeting.as_deref())?;
            let p = db.table_proposal(ACTOR, p, at, &why.input())?;
            println!("{}", is_now(&p));
        }
    }
    Ok(())
}

/// "LDN-P-2026-034 is withdrawn".
fn is_now(p: &plenary_core::proposal::Proposal) -> String {
    say!(
        "cli-proposal-is",
        reference = &p.reference,
        status = code("cli-proposal-status", p.status)
    )
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
    println!(
        "{}",
        say!(
            "cli-proposal-heading",
            reference = &p.reference,
            title = &p.title,
            status = code("cli-proposal-status", p.status)
        )
    );
    if let Some(by) = &p.proposer_name {
        println!("{}", say!("cli-proposal-by", name = by));
    }
    if let Some(wg) = &p.wg_name {
        println!("{}", say!("cli-proposal-wg", wg = wg));
    }
    if let Some(original) = p.derived_from {
        println!(
            "{}",
            say!("cli-proposal-adopted-from", original = original.to_string())
        );
    }
    println!(
        "\n{}\n{}",
        say!(
            "cli-proposal-version",
            n = d.versions.last().map(|v| v.number).unwrap_or(1),
            total = d.versions.len()
        ),
        p.text
    );
    if !d.amendments.is_empty() {
        println!("\n{}", say!("cli-proposal-amendments"));
        for a in &d.amendments {
            println!(
                "  {}",
                say!(
                    "cli-proposal-amendment",
                    reference = short_ref(a.id),
                    status = code("cli-amendment-status", a.status),
                    by = &a.offered_by,
                    version = a.base_version,
                    diff = render_diff(&compact(&a.changes)).replace('\n', " ")
                )
            );
        }
    }
    for h in &d.hearings {
        let given = |s: &Option<String>| s.clone().filter(|s| !s.is_empty());
        let item = &h.item_reference;
        let date = h.meeting_date.to_string();
        let status = code("cli-meeting-status", h.meeting_status);
        let step = code("cli-step", h.step);
        let line = match h.outcome.map(|o| minutes_word("outcome-", o)) {
            None => say!(
                "cli-proposal-hearing",
                item = item,
                date = date,
                status = status,
                step = step
            ),
            Some(outcome) => match (given(&h.outcome_by), given(&h.outcome_reason)) {
                (Some(by), Some(why)) => say!(
                    "cli-proposal-hearing-outcome-by-why",
                    item = item,
                    date = date,
                    status = status,
                    step = step,
                    outcome = outcome,
                    by = by,
                    why = why
                ),
                (Some(by), None) => say!(
                    "cli-proposal-hearing-outcome-by",
                    item = item,
                    date = date,
                    status = status,
                    step = step,
                    outcome = outcome,
                    by = by
                ),
                (None, Some(why)) => say!(
                    "cli-proposal-hearing-outcome-why",
                    item = item,
                    date = date,
                    status = status,
                    step = step,
                    outcome = outcome,
                    why = why
                ),
                (None, None) => say!(
                    "cli-proposal-hearing-outcome",
                    item = item,
                    date = date,
                    status = status,
                    step = step,
                    outcome = outcome
                ),
            },
        };
        println!("\n{line}");
        if h.no_questions {
            println!("  {}", say!("cli-proposal-no-questions"));
        }
        if h.no_concerns {
            println!("  {}", say!("cli-proposal-no-concerns"));
        }
        for q in d
            .questions
            .iter()
            .filter(|q| q.agenda_item_id == h.agenda_item_id)
        {
            println!(
                "  {}",
                say!(
                    "cli-proposal-question",
                    reference = short_ref(q.id),
                    by = or_dash(q.asked_by.as_ref()),
                    question = &q.question
                )
            );
            if let Some(a) = &q.answer {
                println!("    {}", say!("cli-proposal-answer", answer = a));
            }
        }
        for c in d
            .concerns
            .iter()
            .filter(|c| c.agenda_item_id == h.agenda_item_id)
        {
            println!(
                "  {}",
                say!(
                    "cli-proposal-concern",
                    reference = short_ref(c.id),
                    by = or_dash(c.raised_by.as_ref()),
                    addressed = if c.addressed { "yes" } else { "no" },
                    concern = &c.concern
                )
            );
        }
        for t in d
            .temperature_checks
            .iter()
            .filter(|t| t.agenda_item_id == h.agenda_item_id)
        {
            println!(
                "  {}",
                say!(
                    "cli-proposal-temperature",
                    up = t.up,
                    sideways = t.sideways,
                    down = t.down
                )
            );
        }
        for dec in d
            .decisions
            .iter()
            .filter(|x| x.agenda_item_id == h.agenda_item_id)
        {
            println!(
                "  {}",
                say!(
                    "cli-proposal-decision",
                    rule = minutes_word("rule-", &dec.rule),
                    explanation = dec.explanation_in(crate::words::lang())
                )
            );
            for s in &dec.stances {
                let stance = minutes_word("voice-", s.stance);
                let line = match &s.reason {
                    Some(r) => say!(
                        "cli-proposal-stance-why",
                        stance = stance,
                        name = &s.name,
                        why = r
                    ),
                    None => say!("cli-proposal-stance", stance = stance, name = &s.name),
                };
                println!("    {line}");
            }
            if dec.disputed {
                println!(
                    "    {}",
                    say!("cli-proposal-disputed", note = &dec.dispute_note)
                );
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
