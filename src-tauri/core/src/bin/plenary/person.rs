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
    /// Forget a person on request: their name becomes "Participant N" everywhere in this
    /// assembly's record (free text, speaking log, journal); the automatic backups are
    /// deleted and the file is compacted so the name's bytes are gone. It travels in the
    /// next bundle.
    Forget {
        /// The person (name or id).
        person: String,
        #[arg(long)]
        json: bool,
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
        PersonCommand::Forget {
            person,
            json: as_json,
        } => {
            let f = db.forget_person(ACTOR, db.resolve_person(&person)?)?;
            if as_json {
                json(&f);
            } else {
                println!(
                    "Now {}: {} records of this assembly changed (they travel in the next bundle), {} local rows rewritten, {} automatic backups deleted.",
                    f.placeholder, f.records, f.local_rows, f.backups_deleted
                );
            }
        }
    }
    Ok(())
}
