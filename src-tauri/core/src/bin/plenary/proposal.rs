use clap::Subcommand;
use plenary_core::proposal::NewProposal;
use plenary_core::{Db, Result};

use crate::output::json;
use crate::ACTOR;

#[derive(Subcommand)]
pub enum ProposalCommand {
    /// Submit a proposal; prints its id.
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
    },
    /// Adopt another assembly's proposal as this assembly's own; prints the new id.
    Adopt {
        /// Reference (NYC-P-2026-003) or id.
        proposal: String,
    },
    /// Show a proposal.
    Show {
        /// Reference (LDN-P-2026-034) or id.
        proposal: String,
        #[arg(long)]
        json: bool,
    },
}

pub fn run(db: &mut Db, cmd: ProposalCommand) -> Result<()> {
    match cmd {
        ProposalCommand::New {
            title,
            text,
            wg,
            by,
        } => {
            let p = db.new_proposal(
                ACTOR,
                &NewProposal {
                    title,
                    text,
                    wg,
                    by,
                },
            )?;
            println!("{}", p.id);
        }
        ProposalCommand::Adopt { proposal } => {
            let p = db.adopt_proposal(ACTOR, db.resolve_proposal(&proposal)?)?;
            println!("{}", p.id);
        }
        ProposalCommand::Show {
            proposal,
            json: as_json,
        } => {
            let p = db.proposal(db.resolve_proposal(&proposal)?)?;
            if as_json {
                json(&p);
            } else {
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
                println!("\n{}", p.text);
            }
        }
    }
    Ok(())
}
