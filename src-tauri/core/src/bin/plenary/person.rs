use clap::Subcommand;
use plenary_core::{Db, Result};

use crate::output::{json, or_dash, table};
use crate::ACTOR;

#[derive(Subcommand)]
pub enum PersonCommand {
    /// This assembly's people, with how many records and GAs name them.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Rename a person; every record that names them follows.
    Rename {
        /// The person (name or id).
        person: String,
        #[arg(long)]
        to: String,
    },
    /// Merge two names that are one person: every record of P names Q instead, and P
    /// is removed.
    Merge {
        /// The person merged away (name or id).
        person: String,
        /// The person who stays (name or id).
        #[arg(long)]
        into: String,
    },
}

pub fn run(db: &mut Db, cmd: PersonCommand) -> Result<()> {
    match cmd {
        PersonCommand::List { json: as_json } => {
            let people = db.people()?;
            if as_json {
                json(&people);
            } else {
                let rows: Vec<Vec<String>> = people
                    .iter()
                    .map(|p| {
                        vec![
                            p.name.clone(),
                            or_dash(p.pronouns.as_ref()),
                            p.meetings.to_string(),
                            p.references.to_string(),
                        ]
                    })
                    .collect();
                table(&["NAME", "PRONOUNS", "GAS", "RECORDS"], &rows);
            }
        }
        PersonCommand::Rename { person, to } => {
            let p = db.rename_person(ACTOR, db.resolve_person(&person)?, &to)?;
            println!("{}", p.name);
        }
        PersonCommand::Merge { person, into } => {
            let from = db.resolve_person(&person)?;
            let q = db.merge_people(ACTOR, from, db.resolve_person(&into)?)?;
            println!("{}", q.name);
        }
    }
    Ok(())
}
