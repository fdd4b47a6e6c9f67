use clap::Subcommand;
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
