use std::path::PathBuf;

use clap::Args;
use plenary_core::minutes::{MinutesFormat, RenderOptions};
use plenary_core::{Db, Error, Result};

#[derive(Args)]
pub struct MinutesArgs {
    /// Meeting number (3), reference (RIV-GA-3) or id.
    meeting: String,
    /// md, html or csv.
    #[arg(long, default_value = "md")]
    format: String,
    /// Replace people's names with "Participant 1", "Participant 2", …
    #[arg(long)]
    redact_names: bool,
    /// Write to this file instead of standard output.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    output: Option<PathBuf>,
}

pub fn run(db: &mut Db, a: MinutesArgs) -> Result<()> {
    let format: MinutesFormat = a.format.parse()?;
    let meeting = db.resolve_meeting(&a.meeting)?;
    let text = db.render_minutes(meeting, format, a.redact_names, &RenderOptions::local())?;
    match a.output {
        Some(path) => std::fs::write(&path, text)
            .map_err(|e| Error::io(format!("cannot write {}", path.display()), e))?,
        None => print!("{text}"),
    }
    Ok(())
}
