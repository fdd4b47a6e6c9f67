use clap::Subcommand;
use plenary_core::meeting::StackPolicy;
use plenary_core::refs::short_ref;
use plenary_core::stack::{EntryKind, FloorPolicy, ReasonCode, StackView, WaitingEntry};
use plenary_core::{Db, Result};
use uuid::Uuid;

use crate::output::{header, json, or_dash, table};
use crate::words::{code, minutes_word};
use crate::ACTOR;

#[derive(Subcommand)]
pub enum StackCommand {
    Add {
        #[arg(long)]
        item: String,
        #[arg(long)]
        name: String,
        #[arg(long, default_value = "speak")]
        kind: String,
        #[arg(long)]
        prioritize: bool,
        #[arg(long)]
        list: Option<String>,
    },
    Next {
        #[arg(long)]
        item: String,
    },
    Show {
        #[arg(long)]
        item: String,
        #[arg(long)]
        json: bool,
    },
    Undo {
        #[arg(long)]
        item: String,
    },
    Withdraw {
        #[command(flatten)]
        entry: EntryArgs,
    },
    Prioritize {
        #[command(flatten)]
        entry: EntryArgs,
        #[arg(long)]
        unset: bool,
    },
    Close {
        #[arg(long)]
        item: String,
    },
    Reopen {
        #[arg(long)]
        item: String,
    },
    Pause {
        #[arg(long)]
        item: String,
    },
    Resume {
        #[arg(long)]
        item: String,
    },
    Limit {
        #[arg(long)]
        item: String,
        #[arg(long, conflicts_with = "none", required_unless_present = "none")]
        seconds: Option<i64>,
        #[arg(long)]
        none: bool,
    },
    Log {
        #[arg(long)]
        item: String,
        #[arg(long)]
        json: bool,
    },
    Stats {
        #[arg(
            required_unless_present = "meeting_opt",
            conflicts_with = "meeting_opt"
        )]
        meeting: Option<String>,
        #[arg(long = "meeting", id = "meeting_opt")]
        meeting_opt: Option<String>,
        #[arg(long)]
        item: Option<String>,
        #[arg(long)]
        json: bool,
    },
}

/// Names a waiting entry: by id, or by item, name and (when they wait in several bands) kind.
#[derive(clap::Args)]
pub struct EntryArgs {
    #[arg(long, conflicts_with_all = ["item", "name"], required_unless_present_all = ["item", "name"])]
    entry: Option<String>,
    #[arg(long, requires = "name")]
    item: Option<String>,
    #[arg(long, requires = "item")]
    name: Option<String>,
    #[arg(long)]
    kind: Option<String>,
}

impl EntryArgs {
    fn resolve(&self, db: &Db) -> Result<Uuid> {
        match (&self.entry, &self.item, &self.name) {
            (Some(e), _, _) => db.resolve_short("stack_entries", "stack-entry", e),
            (None, Some(item), Some(name)) => {
                let kind: Option<EntryKind> = self.kind.as_deref().map(str::parse).transpose()?;
                db.find_waiting_entry(db.resolve_item(item)?, name, kind)
            }
            _ => Err(plenary_core::Error::Invalid(crate::words::refusal(
                "cli-stack-name-the-entry",
                vec![],
            ))),
        }
    }
}

pub fn run(db: &mut Db, cmd: StackCommand) -> Result<()> {
    match cmd {
        StackCommand::Add {
            item,
            name,
            kind,
            prioritize,
            list,
        } => {
            let kind: EntryKind = kind.parse()?;
            let item = db.resolve_item(&item)?;
            let id = db.stack_add_on_list(ACTOR, item, &name, kind, prioritize, list.as_deref())?;
            println!("{}", short_ref(id));
        }
        StackCommand::Next { item } => {
            if let Some(floor) = db.stack_next(ACTOR, db.resolve_item(&item)?)? {
                println!("{}", floor.name);
            }
        }
        StackCommand::Show {
            item,
            json: as_json,
        } => {
            let item = db.resolve_item(&item)?;
            if as_json {
                // Scripts read the English words (and the codes beside them).
                json(&db.stack_view(item)?);
            } else {
                print_view(&db.stack_view_in(item, crate::words::lang())?);
            }
        }
        StackCommand::Undo { item } => {
            let item = db.resolve_item(&item)?;
            // What is undone, in the run's language (the core words it from the step).
            let step = db.stack_view_in(item, crate::words::lang())?.undo;
            let label = db.stack_undo(ACTOR, item)?;
            let action = step.map_or(label, |s| s.label);
            println!("{}", say!("cli-stack-undone", action = action));
        }
        StackCommand::Withdraw { entry } => {
            db.stack_withdraw(ACTOR, entry.resolve(db)?)?;
        }
        StackCommand::Prioritize { entry, unset } => {
            db.stack_prioritize(ACTOR, entry.resolve(db)?, !unset)?;
        }
        StackCommand::Close { item } => db.stack_close(ACTOR, db.resolve_item(&item)?)?,
        StackCommand::Reopen { item } => db.stack_reopen(ACTOR, db.resolve_item(&item)?)?,
        StackCommand::Pause { item } => db.stack_pause(ACTOR, db.resolve_item(&item)?)?,
        StackCommand::Resume { item } => db.stack_resume(ACTOR, db.resolve_item(&item)?)?,
        StackCommand::Limit {
            item,
            seconds,
            none: _,
        } => db.set_speaker_limit(ACTOR, db.resolve_item(&item)?, seconds)?,
        StackCommand::Log {
            item,
            json: as_json,
        } => {
            let log = db.speaking_log(db.resolve_item(&item)?)?;
            if as_json {
                json(&log);
            } else {
                let rows: Vec<Vec<String>> = log
                    .iter()
                    .map(|s| {
                        vec![
                            s.name.clone(),
                            code("cli-entry-kind", s.kind),
                            s.started_at.format("%H:%M:%S").to_string(),
                            or_dash(s.ended_at.map(|e| e.format("%H:%M:%S").to_string())),
                            or_dash(s.spoken_ms.map(duration)),
                            s.pauses.len().to_string(),
                            or_dash(s.overrun_ms.map(|o| format!("+{}", duration(o)))),
                        ]
                    })
                    .collect();
                table(
                    &header(&[
                        "cli-col-name",
                        "cli-col-kind",
                        "cli-col-start",
                        "cli-col-end",
                        "cli-col-spoke",
                        "cli-col-pauses",
                        "cli-col-overrun",
                    ]),
                    &rows,
                );
            }
        }
        StackCommand::Stats {
            meeting,
            meeting_opt,
            item,
            json: as_json,
        } => {
            let meeting = db.resolve_meeting(&meeting.or(meeting_opt).unwrap_or_default())?;
            let item = item.map(|i| db.resolve_item(&i)).transpose()?;
            let a = db.airtime(meeting, item)?;
            if as_json {
                json(&a);
            } else {
                print_airtime(&a);
            }
        }
    }
    Ok(())
}

fn percent(x: f64) -> String {
    format!("{:.0}%", x * 100.0)
}

fn print_airtime(a: &plenary_core::stack::Airtime) {
    println!(
        "{}",
        say!(
            "cli-airtime-heading",
            reference = a.item_reference.as_ref().unwrap_or(&a.meeting_reference),
            speeches = a.speeches,
            speakers = a.speakers,
            time = duration(a.spoken_ms),
            first = a.first_time_speakers
        )
    );
    match a.gini {
        Some(g) => println!(
            "{}",
            say!(
                "cli-airtime-gini",
                gini = format!("{g:.2}"),
                n = a.counted,
                present = &a.present_note
            )
        ),
        None => println!("{}", say!("cli-airtime-gini-none")),
    }
    let rows: Vec<Vec<String>> = a
        .people
        .iter()
        .map(|p| {
            vec![
                p.name.clone(),
                p.speeches.to_string(),
                duration(p.spoken_ms),
                percent(p.share),
                p.list.clone().unwrap_or_else(|| "-".into()),
                if p.first_time {
                    say!("cli-airtime-first-time")
                } else {
                    String::new()
                },
            ]
        })
        .collect();
    table(
        &header(&[
            "cli-col-name",
            "cli-col-speeches",
            "cli-col-time",
            "cli-col-share",
            "cli-col-list",
            "",
        ]),
        &rows,
    );
    if !a.lists.is_empty() {
        println!();
        let rows: Vec<Vec<String>> = a
            .lists
            .iter()
            .map(|l| {
                vec![
                    if l.list.is_empty() {
                        say!("cli-airtime-no-list")
                    } else {
                        l.list.clone()
                    },
                    l.people.to_string(),
                    percent(l.people_share),
                    duration(l.spoken_ms),
                    percent(l.time_share),
                ]
            })
            .collect();
        table(
            &header(&[
                "cli-col-list",
                "cli-col-people",
                "cli-col-of-people",
                "cli-col-time",
                "cli-col-of-time",
            ]),
            &rows,
        );
    }
    if !a.last_ten.is_empty() {
        let last: Vec<String> = a
            .last_ten
            .iter()
            .map(|r| match &r.list {
                Some(l) => format!("{} ({l})", r.name),
                None => r.name.clone(),
            })
            .collect();
        println!(
            "{}",
            say!("cli-airtime-last-speakers", names = last.join(", "))
        );
    }
}

/// `1:05` (minutes:seconds).
fn duration(ms: i64) -> String {
    let s = ms / 1000;
    format!("{}:{:02}", s / 60, s % 60)
}

fn print_view(v: &StackView) {
    let heading = if v.closed {
        "cli-stack-heading-closed"
    } else {
        "cli-stack-heading"
    };
    println!(
        "{}",
        say!(
            heading,
            reference = &v.item_reference,
            title = &v.item_title,
            policy = v.floor_policy.label_in(crate::words::lang())
        )
    );
    match &v.speaker {
        Some(s) => {
            let speaker = speaker(&s.name, s.wg.as_ref());
            let kind = minutes_word("entry-", s.kind);
            let time = duration(s.elapsed_ms);
            let paused = if s.paused { "yes" } else { "no" };
            let line = match s.limit_seconds {
                Some(l) => say!(
                    "cli-stack-floor-of",
                    speaker = speaker,
                    kind = kind,
                    time = time,
                    limit = duration(l * 1000),
                    paused = paused
                ),
                None => say!(
                    "cli-stack-floor",
                    speaker = speaker,
                    kind = kind,
                    time = time,
                    paused = paused
                ),
            };
            println!("{line}");
        }
        None => println!("{}", say!("cli-stack-floor-nobody")),
    }
    let rows: Vec<Vec<String>> = v
        .waiting
        .iter()
        .map(|w| {
            vec![
                w.position.to_string(),
                short_ref(w.entry_id),
                speaker(&w.name, w.wg.as_ref()),
                code("cli-entry-kind", w.kind),
                w.list.clone().unwrap_or_else(|| "-".into()),
                reason(w, &v.floor_policy),
            ]
        })
        .collect();
    table(
        &header(&[
            "#",
            "cli-col-ref",
            "cli-col-name",
            "cli-col-kind",
            "cli-col-list",
            "cli-col-why-here",
        ]),
        &rows,
    );
    if let Some(u) = &v.undo {
        println!("{}", say!("cli-stack-undo-would", action = &u.label));
    }
}

/// Why a waiting entry stands where it does, in this run's language (stack.ftl, the
/// words the window shows; the same reasoning as its `reasonLabel`). English keeps the
/// core's label.
fn reason(e: &WaitingEntry, policy: &FloorPolicy) -> String {
    use plenary_core::t;
    let lang = crate::words::lang();
    if lang == plenary_core::i18n::Lang::En {
        return e.reason.label.clone();
    }
    match e.reason.code {
        ReasonCode::PointOfProcess
        | ReasonCode::PointOfInformation
        | ReasonCode::ClarifyingQuestion => minutes_word("entry-", e.kind),
        ReasonCode::DirectResponse => match &e.responds_to {
            Some(name) => t!(lang, "stack-reason-direct-response-to", name = name),
            None => minutes_word("entry-", e.kind),
        },
        ReasonCode::NoRepeat => t!(lang, "stack-reason-no-repeat"),
        ReasonCode::OverCap => t!(lang, "stack-reason-over-cap", cap = policy.cap.unwrap_or(0)),
        ReasonCode::InOrderAdded => t!(lang, "stack-reason-in-order-added"),
        ReasonCode::ListTurn => {
            // The list the person waits on: the one they chose, else the last (open) one.
            let chosen = e.list.as_deref().map(|l| l.trim().to_lowercase());
            let list = policy
                .alternate
                .iter()
                .find(|l| Some(l.to_lowercase()) == chosen)
                .or(policy.alternate.last())
                .cloned()
                .unwrap_or_default();
            match speak_reason(e, policy) {
                None => t!(lang, "stack-reason-list-turn", list = list),
                Some(why) => t!(lang, "stack-reason-list-turn-and", list = list, why = why),
            }
        }
        _ => speak_reason(e, policy).unwrap_or_else(|| t!(lang, "stack-reason-in-order-added")),
    }
}

/// Why a `speak` entry stands where it does within its band; `None` for "in order added".
fn speak_reason(e: &WaitingEntry, policy: &FloorPolicy) -> Option<String> {
    use plenary_core::t;
    let lang = crate::words::lang();
    let today = if e.has_spoken {
        t!(lang, "stack-reason-spoken-today")
    } else {
        t!(lang, "stack-reason-first-time-today")
    };
    if policy.base == StackPolicy::Fifo && !policy.first_time_first {
        return None;
    }
    if policy.base == StackPolicy::Progressive && e.prioritized {
        return Some(match policy.first_time_first {
            true => t!(lang, "stack-reason-prioritized-and", why = today),
            false => t!(lang, "stack-reason-prioritized"),
        });
    }
    Some(today)
}

/// What undo undoes: in English the core's words ("add Sam (to speak)"), else the
/// action's (stack.ftl's `stack-undo-…`, the words the window shows).
/// A speaker's name, with the working group they speak for (a spoke).
fn speaker(name: &str, wg: Option<&String>) -> String {
    match wg {
        Some(wg) => say!("cli-stack-speaker-for", name = name, wg = wg),
        None => name.to_string(),
    }
}
