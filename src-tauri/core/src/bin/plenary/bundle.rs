use std::path::PathBuf;
use std::process::ExitCode;

use clap::Subcommand;
use plenary_core::bundle::seal::names;
use plenary_core::bundle::{
    read_bundle_file, ExportOptions, ImportReport, Inspection, Limits, SealedInfo,
};
use plenary_core::{Db, Result};
use uuid::Uuid;

use crate::output::{json, table};

#[derive(Subcommand)]
pub enum BundleCommand {
    /// Write this assembly's records to a signed bundle (all of them by default).
    Export {
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
        /// Only this meeting (number, reference or id), with what it refers to; repeatable.
        #[arg(long = "meeting", value_name = "M")]
        meetings: Vec<String>,
        /// Only what changed on or after this day (YYYY-MM-DD, UTC), with what it refers to.
        #[arg(long, value_name = "YYYY-MM-DD")]
        since: Option<String>,
        /// Seal it (signed, then encrypted) so that only these assemblies can open it: each
        /// known here with its key (this one, or one whose bundle was imported), named by
        /// code, name, id or fingerprint; comma-separated or repeated.
        #[arg(long, value_name = "ASSEMBLY", value_delimiter = ',')]
        seal_to: Vec<String>,
    },
    /// Show who made a bundle, its key's fingerprint, what it holds and whether it verifies.
    /// A sealed bundle: who it is sealed for, and — if this assembly is one of them — the
    /// bundle inside.
    Inspect {
        file: PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// Import another assembly's bundle: prints new, updated, unchanged and refused counts.
    /// Exits 0 when every record was taken (or was here already), 3 when some records were
    /// refused (the rest is imported; a dry run: would be), 1 when the bundle was refused
    /// as a whole (nothing written). With --json, a refusal is JSON on stdout too.
    Import {
        file: PathBuf,
        /// Check and count only; write nothing.
        #[arg(long)]
        dry_run: bool,
        #[arg(long)]
        json: bool,
    },
    /// List the bundles received here (kept to be passed on untouched).
    Received {
        #[arg(long)]
        json: bool,
    },
    /// Take an import back whole: remove what it brought, put back what it replaced or
    /// deleted, and forget the received bundle (it can be imported again).
    UndoImport {
        /// The received bundle's id (`plenary bundle received`).
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// Write a received bundle, byte for byte, to pass it on to another assembly.
    PassOn {
        /// Its id (`plenary bundle received`).
        id: String,
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
    },
}

/// `bundle import`'s exit code when some records were refused (docs/bundle-format.md).
pub const SOME_REFUSED: u8 = 3;

pub fn run(db: &mut Db, cmd: BundleCommand) -> Result<ExitCode> {
    match cmd {
        BundleCommand::Export {
            output,
            meetings,
            since,
            seal_to,
        } => {
            let opts = ExportOptions {
                meetings,
                since,
                seal_to,
            };
            let s = db.export_bundle(&output, &opts)?;
            println!(
                "{}: {} records, {} deletions, {} minutes ({}), {} bytes",
                output.display(),
                s.records,
                s.deletions,
                s.minutes,
                s.scope,
                s.size
            );
            if !s.sealed_for.is_empty() {
                println!("sealed for {}: only they can open it", names(&s.sealed_for));
            }
        }
        BundleCommand::Inspect {
            file,
            json: as_json,
        } => {
            let (name, bytes) = read_bundle_file(&file)?;
            if let Some(s) = db.sealed_info(&bytes, &name)? {
                if !s.for_this_assembly {
                    if as_json {
                        json(&s);
                    } else {
                        print_sealed(&s);
                    }
                    return Ok(ExitCode::SUCCESS);
                }
            }
            let i = db.inspect_bundle(&bytes, &name, &Limits::default())?;
            if as_json {
                json(&i);
            } else {
                print_inspection(&i);
            }
        }
        BundleCommand::Import {
            file,
            dry_run,
            json: as_json,
        } => {
            let r = match db.import_bundle_file(&file, dry_run) {
                Ok(r) => r,
                Err(e) if as_json => {
                    json(&serde_json::json!({
                        "error": { "kind": e.kind(), "message": e.to_string() }
                    }));
                    eprintln!("error: {e}");
                    return Ok(ExitCode::from(1));
                }
                Err(e) => return Err(e),
            };
            if as_json {
                json(&r);
            } else {
                print_report(&r);
            }
            if r.totals.refused > 0 {
                return Ok(ExitCode::from(SOME_REFUSED));
            }
        }
        BundleCommand::Received { json: as_json } => {
            let list = db.received_bundles()?;
            if as_json {
                json(&list);
            } else {
                let rows: Vec<Vec<String>> = list
                    .iter()
                    .map(|b| {
                        vec![
                            b.id.to_string(),
                            b.assembly_name.clone(),
                            b.imported_at.format("%Y-%m-%d %H:%M").to_string(),
                            b.scope.to_string(),
                            b.file_name.clone(),
                        ]
                    })
                    .collect();
                table(&["ID", "FROM", "IMPORTED (UTC)", "SCOPE", "FILE"], &rows);
            }
        }
        BundleCommand::UndoImport { id, json: as_json } => {
            let u = db.undo_import(received_id(&id)?)?;
            if as_json {
                json(&u);
            } else {
                println!(
                    "undone: the import of {} from {} ({} records removed, {} put back as they were)",
                    u.file_name, u.assembly_name, u.removed, u.restored
                );
            }
        }
        BundleCommand::PassOn { id, output } => {
            let id = received_id(&id)?;
            let (info, bytes) = db.received_bundle_bytes(id)?;
            plenary_core::bundle::write_file(&output, &bytes)?;
            println!(
                "{}: the bundle of {} made {}, unchanged",
                output.display(),
                info.assembly_name,
                info.made_at.format("%Y-%m-%d %H:%M UTC")
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// A bundle sealed for other assemblies: who they are.
fn print_sealed(s: &SealedInfo) {
    println!("file:        {} ({} bytes)", s.file_name, s.size);
    println!("sealed for:  {}", names(&s.sealed_for));
    println!("             this assembly is not one of them: only they can open it");
    println!();
    let rows: Vec<Vec<String>> = s
        .sealed_for
        .iter()
        .map(|r| {
            vec![
                r.name.clone(),
                r.code.clone(),
                r.id.to_string(),
                r.fingerprint.clone(),
            ]
        })
        .collect();
    table(&["ASSEMBLY", "CODE", "ID", "FINGERPRINT"], &rows);
}

fn print_inspection(i: &Inspection) {
    println!("file:        {} ({} bytes)", i.file_name, i.size);
    if !i.sealed_for.is_empty() {
        println!(
            "sealed for:  {}; opened with this assembly's key",
            names(&i.sealed_for)
        );
    }
    println!(
        "from:        {} ({}), assembly {}",
        i.assembly.name, i.assembly.code, i.assembly.id
    );
    println!("fingerprint: {}", i.assembly.fingerprint);
    let key = match i.key {
        plenary_core::bundle::KeyStatus::New => {
            "new: not known here; importing pins it".to_string()
        }
        plenary_core::bundle::KeyStatus::Known => "known: the key pinned here".to_string(),
        plenary_core::bundle::KeyStatus::Mismatch => format!(
            "MISMATCH: this assembly is known here under another key ({})",
            i.pinned_fingerprint.as_deref().unwrap_or("?")
        ),
        plenary_core::bundle::KeyStatus::Own => "this assembly's own key".to_string(),
    };
    println!("key:         {key}");
    println!(
        "made:        {} by {}",
        i.made_at.format("%Y-%m-%d %H:%M UTC"),
        i.generator
    );
    if i.chosen_meetings.is_empty() {
        println!("scope:       {}", i.scope);
    } else {
        println!(
            "scope:       {} ({})",
            i.scope,
            i.chosen_meetings.join(", ")
        );
    }
    if let Some(at) = i.already_imported {
        println!(
            "imported:    already, on {}",
            at.format("%Y-%m-%d %H:%M UTC")
        );
    }
    match &i.problem {
        None => println!("verifies:    yes"),
        Some(p) => println!("verifies:    NO: {p}"),
    }
    if i.verifies {
        match &i.refusal {
            None => println!("importable:  yes, here"),
            Some(p) => println!("importable:  NO, not here: {p}"),
        }
        if i.importable && i.refused_records > 0 {
            println!(
                "refused:     {} records would be refused here (`bundle import --dry-run` says which and why)",
                i.refused_records
            );
        }
    }
    println!();
    let mut rows: Vec<Vec<String>> = i
        .counts
        .iter()
        .map(|c| vec![c.table.clone(), c.records.to_string()])
        .collect();
    rows.push(vec!["(deletions)".into(), i.deletions.to_string()]);
    rows.push(vec!["(minutes)".into(), i.minutes.len().to_string()]);
    table(&["TABLE", "RECORDS"], &rows);
}

fn received_id(id: &str) -> Result<Uuid> {
    Uuid::parse_str(id.trim()).map_err(|_| {
        plenary_core::invalid!(
            "{id:?} is not a received bundle's id (`plenary bundle received` lists them)"
        )
    })
}

fn print_report(r: &ImportReport) {
    let c = &r.totals;
    let head = if r.dry_run {
        "would import"
    } else {
        "imported"
    };
    println!(
        "{head} {} from {} ({}): {} new, {} updated, {} unchanged, {} refused, {} deleted",
        r.file_name,
        r.assembly.name,
        r.assembly.code,
        c.new,
        c.updated,
        c.unchanged,
        c.refused,
        c.deleted
    );
    if r.key == plenary_core::bundle::KeyStatus::New {
        let verb = if r.dry_run { "would pin" } else { "pinned" };
        println!(
            "{verb} the key of {} ({}), fingerprint {}",
            r.assembly.name, r.assembly.code, r.assembly.fingerprint
        );
    }
    if let Some(at) = r.already_imported {
        println!(
            "this file was imported on {}: nothing changes",
            at.format("%Y-%m-%d %H:%M UTC")
        );
    }
    let rows: Vec<Vec<String>> = r
        .tables
        .iter()
        .map(|t| {
            let c = &t.counts;
            vec![
                t.table.clone(),
                c.new.to_string(),
                c.updated.to_string(),
                c.unchanged.to_string(),
                c.refused.to_string(),
                c.deleted.to_string(),
            ]
        })
        .collect();
    table(
        &["TABLE", "NEW", "UPDATED", "UNCHANGED", "REFUSED", "DELETED"],
        &rows,
    );
    for f in &r.refusals {
        println!("refused {} {}: {}", f.record, f.id, f.reason);
    }
    if r.refusals_not_listed > 0 {
        println!("… and {} more refused", r.refusals_not_listed);
    }
    if let Some(id) = r.received_id.filter(|_| r.changed) {
        println!("to take this import back whole: plenary bundle undo-import {id}");
    }
}
