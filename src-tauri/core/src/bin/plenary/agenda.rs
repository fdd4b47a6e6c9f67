use clap::Subcommand;
use plenary_core::agenda::{AgendaItem, ItemStatus, NewAgendaItem, ReportBackInput};
use plenary_core::announcement::NewAnnouncement;
use plenary_core::order_of_business::OrderOfBusiness;
use plenary_core::{Db, Result};

use crate::meeting::when;
use crate::output::{header, json, or_dash, table};
use crate::words::{code, minutes_word};
use crate::ACTOR;

#[derive(Subcommand)]
pub enum AgendaCommand {
    Add {
        #[arg(long)]
        meeting: String,
        #[arg(long)]
        kind: String,
        #[arg(long)]
        title: String,
        #[arg(long)]
        minutes: Option<i64>,
        #[arg(long)]
        wg: Option<String>,
        #[arg(long)]
        proposal: Option<String>,
    },
    Prepare {
        #[arg(long)]
        meeting: String,
        #[arg(long = "report-back", value_name = "WG")]
        report_backs: Vec<String>,
        #[arg(long = "proposal", value_name = "P")]
        proposals: Vec<String>,
    },
    List {
        #[arg(long)]
        meeting: String,
        #[arg(long)]
        json: bool,
    },
    Move {
        item: String,
        #[arg(long)]
        to: i64,
    },
    Start {
        item: String,
        #[arg(long)]
        at: Option<String>,
    },
    Finish {
        item: String,
        #[arg(long)]
        at: Option<String>,
    },
    Table {
        item: String,
        #[arg(long, default_value = "")]
        reason: String,
    },
    ReportBack {
        item: String,
        #[arg(long, conflicts_with = "on_behalf_of")]
        wg: Option<String>,
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
        #[arg(long, value_name = "FIELD")]
        clear: Vec<String>,
    },
    Announce {
        item: String,
        #[arg(long)]
        by: String,
        #[arg(long, default_value = "")]
        on_behalf_of: String,
        #[arg(long)]
        text: String,
    },
    Notes {
        item: String,
        #[arg(long, required_unless_present = "clear")]
        text: Option<String>,
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
            let id = match i.status {
                ItemStatus::Active => "cli-item-under-way",
                _ => "cli-item-started",
            };
            println!(
                "{}",
                say!(id, reference = &i.reference, time = when(i.started_at))
            );
        }
        AgendaCommand::Finish { item, at } => {
            let at = plenary_core::correction::parse_optional_time(at.as_deref())?;
            let i = db.finish_item_at(ACTOR, db.resolve_item(&item)?, at)?;
            println!(
                "{}",
                say!(
                    "cli-item-done",
                    reference = &i.reference,
                    time = when(i.ended_at)
                )
            );
        }
        AgendaCommand::Table { item, reason } => {
            let i = db.table_item(ACTOR, db.resolve_item(&item)?, &reason)?;
            println!("{}", say!("cli-item-tabled", reference = &i.reference));
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
                (None, "") => say!("cli-report-back-nobody"),
                (None, o) => say!("cli-report-back-on-behalf-of", who = o),
            };
            println!(
                "{}",
                say!(
                    "cli-report-back",
                    from = from,
                    presenter = or_dash(rb.presenter_name.as_ref())
                )
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
            println!("{}", say!("cli-announcement", n = a.position));
        }
        AgendaCommand::Notes { item, text, clear } => {
            let id = db.resolve_item(&item)?;
            let text = text.unwrap_or_default();
            if text.trim().is_empty() && !clear && !db.agenda_item(id)?.notes.is_empty() {
                return Err(plenary_core::Error::Invalid(crate::words::refusal(
                    "cli-notes-would-blank",
                    vec![],
                )));
            }
            let i = db.set_item_notes(ACTOR, id, &text)?;
            println!("{}", say!("cli-notes-saved", reference = &i.reference));
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
                minutes_word("item-kind-", i.kind),
                i.title.clone(),
                or_dash(i.allotted_minutes.map(|m| say!("cli-minutes-short", n = m))),
                code("cli-item-status", i.status),
                or_dash(i.wg_name.as_ref()),
            ]
        })
        .collect();
    table(
        &header(&[
            "cli-col-item",
            "cli-col-kind",
            "cli-col-title",
            "cli-col-time",
            "cli-col-status",
            "cli-col-wg",
        ]),
        &rows,
    );
}
