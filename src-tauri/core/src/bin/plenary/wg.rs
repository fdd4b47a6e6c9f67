use clap::Subcommand;
use plenary_core::paging::{PageRequest, MAX_LIMIT};
use plenary_core::wg::{NewWg, WgStatus};
use plenary_core::{validate, Db, Result};

use crate::output::{json, or_dash, table};
use crate::ACTOR;

#[derive(Subcommand)]
pub enum WgCommand {
    /// Create a working group; prints its id.
    Add {
        #[arg(long)]
        name: String,
        /// operational, sectorial, strategy or caucus.
        #[arg(long)]
        category: String,
        #[arg(long, default_value = "")]
        description: String,
        /// forming (default), active, dormant or dissolved.
        #[arg(long)]
        status: Option<String>,
        #[arg(long, default_value = "")]
        contact: String,
        #[arg(long, default_value = "")]
        schedule: String,
    },
    /// List working groups (local and imported).
    List {
        #[arg(long)]
        json: bool,
    },
    /// One working group: its status history, its proposals counted by status, and every
    /// report-back it gave, newest GA first (what its page in the app shows).
    Show {
        /// Name or id.
        wg: String,
        #[arg(long)]
        json: bool,
    },
    /// Change a working group's status (the change is dated).
    Status {
        /// Name or id.
        wg: String,
        /// forming, active, dormant or dissolved.
        #[arg(long)]
        set: String,
        /// Date of the change, YYYY-MM-DD (default today).
        #[arg(long)]
        on: Option<String>,
        #[arg(long, default_value = "")]
        note: String,
    },
}

pub fn run(db: &mut Db, cmd: WgCommand) -> Result<()> {
    match cmd {
        WgCommand::Add {
            name,
            category,
            description,
            status,
            contact,
            schedule,
        } => {
            let wg = db.add_wg(
                ACTOR,
                &NewWg {
                    name,
                    category,
                    status,
                    description,
                    contact,
                    schedule,
                },
            )?;
            println!("{}", wg.id);
        }
        WgCommand::List { json: as_json } => {
            let wgs = db.wgs()?;
            if as_json {
                json(&wgs);
            } else {
                let rows: Vec<Vec<String>> = wgs
                    .iter()
                    .map(|w| {
                        vec![
                            w.name.clone(),
                            w.category.to_string(),
                            w.status.to_string(),
                            w.status_since.to_string(),
                            or_dash(Some(&w.schedule)),
                        ]
                    })
                    .collect();
                table(&["NAME", "CATEGORY", "STATUS", "SINCE", "MEETS"], &rows);
            }
        }
        WgCommand::Show { wg, json: as_json } => {
            let id = db.resolve_wg(&wg)?;
            let detail = db.wg_detail(id)?;
            // The command line keeps the complete list (for scripts): every page of it.
            let mut report_backs = Vec::new();
            let mut req = PageRequest::first(MAX_LIMIT);
            loop {
                let page = db.wg_report_backs(id, &req)?;
                report_backs.extend(page.items);
                match page.next {
                    Some(next) => req = PageRequest::after(Some(next), MAX_LIMIT),
                    None => break,
                }
            }
            if as_json {
                json(&serde_json::json!({ "detail": detail, "report_backs": report_backs }));
            } else {
                let w = &detail.wg;
                println!(
                    "{} ({}, {} since {}) — {}",
                    w.name, w.category, w.status, w.status_since, detail.origin_code
                );
                if !w.description.is_empty() {
                    println!("{}", w.description);
                }
                let counts: Vec<String> = detail
                    .proposals
                    .by_status
                    .iter()
                    .map(|c| format!("{} {}", c.count, c.status))
                    .collect();
                println!(
                    "Proposals: {}",
                    if counts.is_empty() {
                        "none".to_string()
                    } else {
                        counts.join(", ")
                    }
                );
                println!("Report-backs: {}", detail.report_backs_total);
                let rows: Vec<Vec<String>> = report_backs
                    .iter()
                    .map(|r| {
                        vec![
                            r.meeting_reference.clone(),
                            r.meeting_date.to_string(),
                            or_dash(r.presenter_name.as_ref()),
                            r.summary.chars().take(60).collect(),
                        ]
                    })
                    .collect();
                if !rows.is_empty() {
                    table(&["GA", "DATE", "GIVEN BY", "SUMMARY"], &rows);
                }
            }
        }
        WgCommand::Status { wg, set, on, note } => {
            let id = db.resolve_wg(&wg)?;
            let status: WgStatus = set.parse()?;
            let on = on.map(|d| validate::date("--on", &d)).transpose()?;
            let wg = db.set_wg_status(ACTOR, id, status, on, &note)?;
            println!(
                "{} is now {} (since {})",
                wg.name, wg.status, wg.status_since
            );
        }
    }
    Ok(())
}
