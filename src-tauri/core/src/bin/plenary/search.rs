use clap::Args;
use plenary_core::search::SearchQuery;
use plenary_core::{Db, Result};

use crate::output::json;

#[derive(Args)]
pub struct SearchArgs {
    #[arg(required = true, num_args = 1.., value_name = "TEXT")]
    text: Vec<String>,
    #[arg(long, value_name = "CODE")]
    assembly: Option<String>,
    #[arg(long, default_value_t = 20)]
    limit: u32,
    #[arg(long, default_value_t = 0)]
    offset: u32,
    #[arg(long)]
    json: bool,
}

pub fn run(db: &Db, a: SearchArgs) -> Result<()> {
    let assembly = match &a.assembly {
        Some(code) => Some(db.assembly_by_code(code)?),
        None => None,
    };
    // Words given on the command line are whole words: no prefix on the last one.
    let text = format!("{} ", a.text.join(" "));
    let found = db.search(&SearchQuery {
        text,
        assembly,
        offset: a.offset,
        limit: Some(a.limit),
    })?;
    if a.json {
        json(&found);
        return Ok(());
    }
    for h in &found.hits {
        let reference = h.reference.as_deref().unwrap_or("");
        let state = h
            .state
            .as_deref()
            .map(|s| format!(" [{s}]"))
            .unwrap_or_default();
        println!(
            "{:<11}  {:<6}  {}{}{}",
            crate::words::code("cli-search-kind", h.kind.as_str()),
            h.origin_code,
            if reference.is_empty() {
                String::new()
            } else {
                format!("{reference}  ")
            },
            h.title,
            state
        );
        if !h.snippet.is_empty() {
            println!("             {}", h.snippet);
        }
    }
    let shown = found.hits.len() as u64;
    let first = if shown == 0 {
        0
    } else {
        u64::from(found.offset) + 1
    };
    let last = u64::from(found.offset) + shown;
    if shown == 0 {
        println!("{}", say!("cli-search-none"));
    } else {
        let id = if found.total_is_lower_bound {
            "cli-search-hits-more-than"
        } else {
            "cli-search-hits"
        };
        println!(
            "{}",
            say!(id, first = first, last = last, total = found.total)
        );
    }
    Ok(())
}
