use clap::Subcommand;
use plenary_core::agenda::{AgendaItem, ItemStatus, NewAgendaItem, ReportBackInput};
use plenary_core::announcement::NewAnnouncement;
use plenary_core::order_of_business::OrderOfBusiness;
use plenary_core::{Db, Result};

use crate::output::{json, or_dash, table};
use crate::ACTOR;

#[derive(Subcommand)]
pub enum AgendaCommand {
    /// Add an item at the end of a meeting's agenda; prints its reference (TST-GA-3.2).
    Add {
        #[arg(long)]
        meeting: String,
        /// process, report-back, proposal, discussion, announcement, soapbox or other.
        #[arg(long)]
        kind: String,
        #[arg(long)]
        title: String,
        /// Allotted time in minutes.
        #[arg(long)]
        minutes: Option<i64>,
        /// The working group reporting back (name or id).
        #[arg(long)]
        wg: Option<String>,
        /// The proposal to be heard (reference or id).
        #[arg(long)]
        proposal: Option<String>,
    },
    /// Fill an empty agenda with the usual order of business: welcome, report-backs,
    /// proposals, announcements, soapbox, closing.
    Prepare {
        #[arg(long)]
        meeting: String,
        /// A working group that reports back (repeat, in order).
        #[arg(long = "report-back", value_name = "WG")]
        report_backs: Vec<String>,
        /// A proposal to be heard (repeat, in order).
        #[arg(long = "proposal", value_name = "P")]
        proposals: Vec<String>,
    },
    /// List a meeting's agenda.
    List {
        #[arg(long)]
        meeting: String,
        #[arg(long)]
        json: bool,
    },
    /// Move an item to another place (1 = first).
    Move {
        /// Item reference (39.3, LDN-GA-39.3) or id.
        item: String,
        #[arg(long)]
        to: i64,
    },
    /// Take up an item: it becomes the one under way (the meeting must be open).
    /// With --at on an item already taken up (or on a closed GA), sets its start time.
    Start {
        item: String,
        /// The time it was taken up, HH:MM (local; without it: the clock's for a
        /// meeting held today, unknown otherwise).
        #[arg(long)]
        at: Option<String>,
    },
    /// Finish the item under way. With --at on a finished item, sets its end time.
    Finish {
        item: String,
        /// The time it ended, HH:MM (local).
        #[arg(long)]
        at: Option<String>,
    },
    /// Table (defer) a pending item or the one under way.
    Table {
        item: String,
        /// Why; required when the item's proposal is tabled with it (the minutes print it).
        #[arg(long, default_value = "")]
        reason: String,
    },
    /// Record a report-back on its item, by a WG or on someone's behalf. Re-running it
    /// changes only the fields given; blanking a field that holds text needs --clear.
    ReportBack {
        item: String,
        /// The working group reporting back (name or id).
        #[arg(long, conflicts_with = "on_behalf_of")]
        wg: Option<String>,
        /// On whose behalf it is given ("Occupy Newark"), instead of a WG.
        #[arg(long)]
        on_behalf_of: Option<String>,
        #[arg(long)]
        presenter: Option<String>,
        #[arg(long)]
        summary: Option<String>,
        #[arg(long)]
        asks: Option<String>,
        #[arg(long)]
        announcements: Option<String>,
        /// Blank a field: presenter, summary, asks, announcements or on-behalf-of (repeat).
        #[arg(long, value_name = "FIELD")]
        clear: Vec<String>,
    },
    /// Record an announcement made at an announcement item.
    Announce {
        item: String,
        /// Who made it.
        #[arg(long)]
        by: String,
        /// On whose behalf ("Occupy Newark").
        #[arg(long, default_value = "")]
        on_behalf_of: String,
        #[arg(long)]
        text: String,
    },
    /// Set the minute-taker's notes of an item (replaces them; "" needs --clear).
    Notes {
        item: String,
        #[arg(long, required_unless_present = "clear")]
        text: Option<String>,
        /// Blank the notes.
        #[arg(long, conflicts_with = "text")]
        clear: bool,
    },
}

pub fn run(db: &mut Db, cmd: AgendaCommand) -> Result<()> {
    match cmd {
        AgendaCommand::Add {
            meeting,
            kind,
            title,
            minutes,
            wg,
            proposal,
        } => {
            let item = db.add_agenda_item(
                ACTOR,
                &NewAgendaItem {
                    meeting,
                    kind,
                    title,
                    allotted_minutes: minutes,
                    wg,
                    proposal,
                },
            )?;
            println!("{}", item.reference);
        }
        AgendaCommand::Prepare {
            meeting,
            report_backs,
            proposals,
        } => {
            let plan = OrderOfBusiness {
                report_backs,
                proposals,
            };
            let items = db.add_order_of_business(ACTOR, db.resolve_meeting(&meeting)?, &plan)?;
            print_items(&items);
        }
        AgendaCommand::Start { item, at } => {
            let at = plenary_core::correction::parse_optional_time(at.as_deref())?;
            let i = db.start_item_at(ACTOR, db.resolve_item(&item)?, at)?;
            let when = crate::meeting::opened(i.started_at);
            match i.status {
                ItemStatus::Active => println!("{} is under way{when}", i.reference),
                _ => println!("{} started{when}", i.reference),
            }
        }
        AgendaCommand::Finish { item, at } => {
            let at = plenary_core::correction::parse_optional_time(at.as_deref())?;
            let i = db.finish_item_at(ACTOR, db.resolve_item(&item)?, at)?;
            println!(
                "{} is done{}",
                i.reference,
                crate::meeting::opened(i.ended_at)
            );
        }
        AgendaCommand::Table { item, reason } => {
            let i = db.table_item(ACTOR, db.resolve_item(&item)?, &reason)?;
            println!("{} is tabled", i.reference);
        }
        AgendaCommand::List {
            meeting,
            json: as_json,
        } => {
            let items = db.agenda(db.resolve_meeting(&meeting)?)?;
            if as_json {
                json(&items);
            } else {
                print_items(&items);
            }
        }
        AgendaCommand::Move { item, to } => {
            let items = db.move_agenda_item(ACTOR, db.resolve_item(&item)?, to)?;
            print_items(&items);
        }
        AgendaCommand::ReportBack {
            item,
            wg,
            on_behalf_of,
            presenter,
            summary,
            asks,
            announcements,
            clear,
        } => {
            let rb = db.record_report_back(
                ACTOR,
                db.resolve_item(&item)?,
                &ReportBackInput {
                    wg,
                    on_behalf_of,
                    presenter,
                    summary,
                    asks,
                    announcements,
                    clear,
                },
            )?;
            let from = match (&rb.wg_name, rb.on_behalf_of.as_str()) {
                (Some(w), _) => w.clone(),
                (None, "") => "nobody yet".to_string(),
                (None, o) => format!("on behalf of {o}"),
            };
            println!(
                "report-back: {from}; presented by {}",
                or_dash(rb.presenter_name.as_ref())
            );
        }
        AgendaCommand::Announce {
            item,
            by,
            on_behalf_of,
            text,
        } => {
            let a = db.announce(
                ACTOR,
                db.resolve_item(&item)?,
                &NewAnnouncement {
                    by,
                    on_behalf_of,
                    text,
                },
            )?;
            println!("announcement {}", a.position);
        }
        AgendaCommand::Notes { item, text, clear } => {
            let id = db.resolve_item(&item)?;
            let text = text.unwrap_or_default();
            if text.trim().is_empty() && !clear && !db.agenda_item(id)?.notes.is_empty() {
                return Err(plenary_core::Error::Invalid(
                    "this would blank the notes of this item: to mean it, use --clear".into(),
                ));
            }
            let i = db.set_item_notes(ACTOR, id, &text)?;
            println!("{}: notes saved", i.reference);
        }
    }
    Ok(())
}

pub fn print_items(items: &[AgendaItem]) {
    let rows: Vec<Vec<String>> = items
        .iter()
        .map(|i| {
            vec![
                i.reference.clone(),
                i.kind.to_string(),
                i.title.clone(),
                or_dash(i.allotted_minutes.map(|m| format!("{m} min"))),
                i.status.to_string(),
                or_dash(i.wg_name.as_ref()),
            ]
        })
        .collect();
    table(&["ITEM", "KIND", "TITLE", "TIME", "STATUS", "WG"], &rows);
}
