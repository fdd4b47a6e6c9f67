use clap::Subcommand;
use plenary_core::refs::short_ref;
use plenary_core::stack::{EntryKind, StackView};
use plenary_core::{Db, Result};
use uuid::Uuid;

use crate::output::{json, or_dash, table};
use crate::ACTOR;

#[derive(Subcommand)]
pub enum StackCommand {
    /// Put someone on an item's stack (created if new); prints the entry id.
    Add {
        /// Agenda item reference (39.3, LDN-GA-39.3) or id.
        #[arg(long)]
        item: String,
        #[arg(long)]
        name: String,
        /// process, information, clarifying, direct-response or speak.
        #[arg(long, default_value = "speak")]
        kind: String,
        /// The stack-keeper prioritizes this entry (progressive stack).
        #[arg(long)]
        prioritize: bool,
        /// The sub-list the person chose for this meeting (alternating lists).
        #[arg(long)]
        list: Option<String>,
    },
    /// End the current speech and give the floor to the next; prints who has it (or nothing).
    Next {
        #[arg(long)]
        item: String,
    },
    /// Show who has the floor and who waits, in order, with the reason for each place.
    Show {
        #[arg(long)]
        item: String,
        #[arg(long)]
        json: bool,
    },
    /// Undo the last stack action on this item; prints what was undone.
    Undo {
        #[arg(long)]
        item: String,
    },
    /// Take a waiting entry off the stack.
    Withdraw {
        #[command(flatten)]
        entry: EntryArgs,
    },
    /// Prioritize a waiting entry (or with --unset, stop prioritizing it).
    Prioritize {
        #[command(flatten)]
        entry: EntryArgs,
        #[arg(long)]
        unset: bool,
    },
    /// Close the stack: no new speakers or direct responses.
    Close {
        #[arg(long)]
        item: String,
    },
    /// Reopen a closed stack.
    Reopen {
        #[arg(long)]
        item: String,
    },
    /// Pause the current speech (its time stops).
    Pause {
        #[arg(long)]
        item: String,
    },
    /// Resume the paused speech.
    Resume {
        #[arg(long)]
        item: String,
    },
    /// Set the per-speaker time limit of an item (or --none to remove it).
    Limit {
        #[arg(long)]
        item: String,
        #[arg(long, conflicts_with = "none", required_unless_present = "none")]
        seconds: Option<i64>,
        #[arg(long)]
        none: bool,
    },
    /// The speaking log of an item: every speech with its times, pauses and overrun.
    Log {
        #[arg(long)]
        item: String,
        #[arg(long)]
        json: bool,
    },
    /// Who spoke how much at a meeting.
    /// Airtime equity of a meeting (or of one item): each person's share of speaking time,
    /// the sub-lists' share of time against their share of people, the Gini over everyone
    /// present (the silent count as zero), first-time speakers, the last ten speakers.
    Stats {
        /// The meeting (also as --meeting).
        #[arg(
            required_unless_present = "meeting_opt",
            conflicts_with = "meeting_opt"
        )]
        meeting: Option<String>,
        #[arg(long = "meeting", id = "meeting_opt")]
        meeting_opt: Option<String>,
        /// Only this item of the meeting.
        #[arg(long)]
        item: Option<String>,
        #[arg(long)]
        json: bool,
    },
}

/// Names a waiting entry: by id, or by item, name and (when they wait in several bands) kind.
#[derive(clap::Args)]
pub struct EntryArgs {
    /// The entry: its short reference (as `stack add` and `stack show` print it) or id.
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
            (Some(e), _, _) => db.resolve_short("stack_entries", "stack entry", e),
            (None, Some(item), Some(name)) => {
                let kind: Option<EntryKind> = self.kind.as_deref().map(str::parse).transpose()?;
                db.find_waiting_entry(db.resolve_item(item)?, name, kind)
            }
            _ => Err(plenary_core::Error::Invalid(
                "name the entry with --entry ID, or with --item and --name".into(),
            )),
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
            let view = db.stack_view(db.resolve_item(&item)?)?;
            if as_json {
                json(&view);
            } else {
                print_view(&view);
            }
        }
        StackCommand::Undo { item } => {
            let label = db.stack_undo(ACTOR, db.resolve_item(&item)?)?;
            println!("undone: {label}");
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
                            s.kind.to_string(),
                            s.started_at.format("%H:%M:%S").to_string(),
                            or_dash(s.ended_at.map(|e| e.format("%H:%M:%S").to_string())),
                            or_dash(s.spoken_ms.map(duration)),
                            s.pauses.len().to_string(),
                            or_dash(s.overrun_ms.map(|o| format!("+{}", duration(o)))),
                        ]
                    })
                    .collect();
                table(
                    &["NAME", "KIND", "START", "END", "SPOKE", "PAUSES", "OVERRUN"],
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
        "{}: {} speeches by {} people, {} in all; {} first-time speakers",
        a.item_reference.as_ref().unwrap_or(&a.meeting_reference),
        a.speeches,
        a.speakers,
        duration(a.spoken_ms),
        a.first_time_speakers
    );
    match a.gini {
        Some(g) => println!(
            "Gini of speaking time: {g:.2} over {} people ({})",
            a.counted, a.present_note
        ),
        None => println!("Gini of speaking time: none (nobody has spoken)"),
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
                if p.first_time { "first time" } else { "" }.to_string(),
            ]
        })
        .collect();
    table(&["NAME", "SPEECHES", "TIME", "SHARE", "LIST", ""], &rows);
    if !a.lists.is_empty() {
        println!();
        let rows: Vec<Vec<String>> = a
            .lists
            .iter()
            .map(|l| {
                vec![
                    if l.list.is_empty() {
                        "(none chosen)".into()
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
        table(&["LIST", "PEOPLE", "OF PEOPLE", "TIME", "OF TIME"], &rows);
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
        println!("last speakers, newest first: {}", last.join(", "));
    }
}

/// `1:05` (minutes:seconds).
fn duration(ms: i64) -> String {
    let s = ms / 1000;
    format!("{}:{:02}", s / 60, s % 60)
}

fn print_view(v: &StackView) {
    println!(
        "{} — {} ({}{})",
        v.item_reference,
        v.item_title,
        v.policy_label,
        if v.closed { ", stack closed" } else { "" }
    );
    match &v.speaker {
        Some(s) => println!(
            "floor: {}{} ({}) for {}{}{}",
            s.name,
            s.wg.as_ref()
                .map(|w| format!(" for {w}"))
                .unwrap_or_default(),
            s.kind_label,
            duration(s.elapsed_ms),
            s.limit_seconds
                .map(|l| format!(" of {}", duration(l * 1000)))
                .unwrap_or_default(),
            if s.paused { ", paused" } else { "" }
        ),
        None => println!("floor: nobody"),
    }
    let rows: Vec<Vec<String>> = v
        .waiting
        .iter()
        .map(|w| {
            vec![
                w.position.to_string(),
                short_ref(w.entry_id),
                match &w.wg {
                    Some(wg) => format!("{} for {wg}", w.name),
                    None => w.name.clone(),
                },
                w.kind.to_string(),
                w.list.clone().unwrap_or_else(|| "-".into()),
                w.reason.label.clone(),
            ]
        })
        .collect();
    table(&["#", "REF", "NAME", "KIND", "LIST", "WHY HERE"], &rows);
    if let Some(u) = &v.undo {
        println!("undo would undo: {}", u.label);
    }
}
