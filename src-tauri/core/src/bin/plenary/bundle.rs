use std::path::PathBuf;
use std::process::ExitCode;

use clap::Subcommand;
use plenary_core::bundle::seal::{names_said, SealedFor};
use plenary_core::bundle::tables::{table_index, TABLES};
use plenary_core::bundle::words as bundle_words;
use plenary_core::bundle::{
    read_bundle_file, ExportOptions, ImportReport, Inspection, KeyStatus, Limits, Scope, SealedInfo,
};
use plenary_core::error::Said;
use plenary_core::{Db, Result};
use uuid::Uuid;

use crate::output::{header, json, table};
use crate::words;

#[derive(Subcommand)]
pub enum BundleCommand {
    Export {
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
        #[arg(long = "meeting", value_name = "M")]
        meetings: Vec<String>,
        #[arg(long, value_name = "YYYY-MM-DD")]
        since: Option<String>,
        #[arg(long, value_name = "ASSEMBLY", value_delimiter = ',')]
        seal_to: Vec<String>,
    },
    Inspect {
        file: PathBuf,
        #[arg(long)]
        json: bool,
    },
    Import {
        file: PathBuf,
        #[arg(long)]
        dry_run: bool,
        #[arg(long)]
        json: bool,
    },
    Received {
        #[arg(long)]
        json: bool,
    },
    UndoImport {
        id: String,
        #[arg(long)]
        json: bool,
    },
    PassOn {
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
                "{}",
                say!(
                    "cli-bundle-exported",
                    file = output.display().to_string(),
                    records = s.records,
                    deletions = s.deletions,
                    minutes = s.minutes,
                    scope = scope(&s.scope),
                    bytes = s.size
                )
            );
            if !s.sealed_for.is_empty() {
                println!(
                    "{}",
                    say!("cli-bundle-sealed-for", names = names(&s.sealed_for))
                );
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
                    eprintln!("{}", crate::words::error_line(&e));
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
                            scope(&b.scope),
                            b.file_name.clone(),
                        ]
                    })
                    .collect();
                table(
                    &header(&[
                        "cli-col-id",
                        "cli-col-from",
                        "cli-col-imported-utc",
                        "cli-col-scope",
                        "cli-col-file",
                    ]),
                    &rows,
                );
            }
        }
        BundleCommand::UndoImport { id, json: as_json } => {
            let u = db.undo_import(received_id(&id)?)?;
            if as_json {
                json(&u);
            } else {
                println!(
                    "{}",
                    say!(
                        "cli-bundle-import-undone",
                        file = &u.file_name,
                        assembly = &u.assembly_name,
                        removed = u.removed,
                        restored = u.restored
                    )
                );
            }
        }
        BundleCommand::PassOn { id, output } => {
            let id = received_id(&id)?;
            let (info, bytes) = db.received_bundle_bytes(id)?;
            plenary_core::bundle::write_file(&output, &bytes)?;
            println!(
                "{}",
                say!(
                    "cli-bundle-passed-on",
                    file = output.display().to_string(),
                    assembly = &info.assembly_name,
                    made = info.made_at.format("%Y-%m-%d %H:%M UTC").to_string()
                )
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// What a bundle holds: the whole assembly, chosen meetings, or changes since a day.
fn scope(s: &Scope) -> String {
    match s {
        Scope::All => say!("cli-scope-all"),
        Scope::Meetings { meetings } => say!("cli-scope-meetings", n = meetings.len()),
        Scope::Since { since } => say!("cli-scope-since", date = since.to_string()),
    }
}

/// A bundle sealed for other assemblies: who they are.
fn print_sealed(s: &SealedInfo) {
    println!(
        "{}",
        say!("cli-inspect-file", file = &s.file_name, bytes = s.size)
    );
    println!(
        "{}",
        say!("cli-inspect-sealed-for", names = names(&s.sealed_for))
    );
    println!("{}", say!("cli-inspect-sealed-not-us"));
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
    table(
        &header(&[
            "cli-col-assembly",
            "cli-col-code",
            "cli-col-id",
            "cli-col-fingerprint",
        ]),
        &rows,
    );
}

fn print_inspection(i: &Inspection) {
    println!(
        "{}",
        say!("cli-inspect-file", file = &i.file_name, bytes = i.size)
    );
    if !i.sealed_for.is_empty() {
        println!(
            "{}",
            say!("cli-inspect-sealed-opened", names = names(&i.sealed_for))
        );
    }
    println!(
        "{}",
        say!(
            "cli-inspect-from",
            name = &i.assembly.name,
            code = &i.assembly.code,
            id = i.assembly.id.to_string()
        )
    );
    println!(
        "{}",
        say!(
            "cli-inspect-fingerprint",
            fingerprint = &i.assembly.fingerprint
        )
    );
    let key = match i.key {
        KeyStatus::New => say!("cli-inspect-key-new"),
        KeyStatus::Known => say!("cli-inspect-key-known"),
        KeyStatus::Mismatch => say!(
            "cli-inspect-key-mismatch",
            pinned = i.pinned_fingerprint.as_deref().unwrap_or("?")
        ),
        KeyStatus::Own => say!("cli-inspect-key-own"),
    };
    println!("{key}");
    println!(
        "{}",
        say!(
            "cli-inspect-made",
            made = i.made_at.format("%Y-%m-%d %H:%M UTC").to_string(),
            generator = &i.generator
        )
    );
    if i.chosen_meetings.is_empty() {
        println!("{}", say!("cli-inspect-scope", scope = scope(&i.scope)));
    } else {
        println!(
            "{}",
            say!(
                "cli-inspect-scope-meetings",
                scope = scope(&i.scope),
                meetings = i.chosen_meetings.join(", ")
            )
        );
    }
    if let Some(at) = i.already_imported {
        println!(
            "{}",
            say!(
                "cli-inspect-already-imported",
                at = at.format("%Y-%m-%d %H:%M UTC").to_string()
            )
        );
    }
    let said = |english: &String, said: &Option<Said>| {
        said.as_ref()
            .map_or_else(|| english.clone(), |s| s.said_in(words::lang()))
    };
    match &i.problem {
        None => println!("{}", say!("cli-inspect-verifies")),
        Some(p) => println!(
            "{}",
            say!(
                "cli-inspect-does-not-verify",
                problem = said(p, &i.problem_said)
            )
        ),
    }
    if i.verifies {
        match &i.refusal {
            None => println!("{}", say!("cli-inspect-importable")),
            Some(p) => println!(
                "{}",
                say!(
                    "cli-inspect-not-importable",
                    problem = said(p, &i.refusal_said)
                )
            ),
        }
        if i.importable && i.refused_records > 0 {
            println!(
                "{}",
                say!("cli-inspect-would-refuse", n = i.refused_records)
            );
        }
    }
    println!();
    let mut rows: Vec<Vec<String>> = i
        .counts
        .iter()
        .map(|c| vec![c.table.clone(), c.records.to_string()])
        .collect();
    rows.push(vec![say!("cli-inspect-deletions"), i.deletions.to_string()]);
    rows.push(vec![
        say!("cli-inspect-minutes"),
        i.minutes.len().to_string(),
    ]);
    table(&header(&["cli-col-table", "cli-col-records"]), &rows);
}

fn received_id(id: &str) -> Result<Uuid> {
    Uuid::parse_str(id.trim()).map_err(|_| {
        plenary_core::Error::Invalid(crate::words::refusal(
            "cli-bundle-not-received-id",
            vec![("id", format!("{id:?}").into())],
        ))
    })
}

fn print_report(r: &ImportReport) {
    let c = &r.totals;
    let dry = if r.dry_run { "yes" } else { "no" };
    println!(
        "{}",
        say!(
            "cli-import-totals",
            dry_run = dry,
            file = &r.file_name,
            assembly = &r.assembly.name,
            code = &r.assembly.code,
            new = c.new,
            updated = c.updated,
            unchanged = c.unchanged,
            refused = c.refused,
            deleted = c.deleted
        )
    );
    if r.key == KeyStatus::New {
        println!(
            "{}",
            say!(
                "cli-import-key-pinned",
                dry_run = dry,
                assembly = &r.assembly.name,
                code = &r.assembly.code,
                fingerprint = &r.assembly.fingerprint
            )
        );
    }
    if let Some(at) = r.already_imported {
        println!(
            "{}",
            say!(
                "cli-import-already",
                at = at.format("%Y-%m-%d %H:%M UTC").to_string()
            )
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
        &header(&[
            "cli-col-table",
            "cli-col-new",
            "cli-col-updated",
            "cli-col-unchanged",
            "cli-col-refused",
            "cli-col-deleted",
        ]),
        &rows,
    );
    for f in &r.refusals {
        // The record's kind and the reason in this run's language (a report kept by an
        // earlier Plenary has only their English).
        let record = table_index(&f.table).map_or_else(
            || f.record.clone(),
            |t| bundle_words::record(&TABLES[t]).said_in(words::lang()),
        );
        let reason = f
            .said
            .as_ref()
            .map_or_else(|| f.reason.clone(), |s| s.said_in(words::lang()));
        println!(
            "{}",
            say!(
                "cli-import-refused",
                record = record,
                id = f.id.to_string(),
                reason = reason
            )
        );
    }
    if r.refusals_not_listed > 0 {
        println!(
            "{}",
            say!("cli-import-more-refused", n = r.refusals_not_listed)
        );
    }
    if let Some(id) = r.received_id.filter(|_| r.changed) {
        println!("{}", say!("cli-import-undo-hint", id = id.to_string()));
    }
}

/// Who a sealed bundle is for, in this run's language ("A (X), B (Y) y C (Z)").
fn names(recipients: &[SealedFor]) -> String {
    names_said(recipients).said_in(words::lang())
}
