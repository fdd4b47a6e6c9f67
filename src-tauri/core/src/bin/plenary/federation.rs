//! `plenary federation folders|sync|watch|approve`: federation through a shared folder
//! (docs/federation.md). Each a few lines over one core call.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use clap::Subcommand;
use plenary_core::federation::folder::{FolderStatus, InboxPass, OutboxWrite, SyncReport};
use plenary_core::federation::watch::{watch_folders, FolderEvent};
use plenary_core::{Db, Result};

use crate::output::{header, json, or_dash, table};
use crate::ACTOR;

#[derive(Subcommand)]
pub enum FederationCommand {
    Folders {
        #[arg(long, value_name = "DIR", requires = "outbox")]
        inbox: Option<PathBuf>,
        #[arg(long, value_name = "DIR", requires = "inbox")]
        outbox: Option<PathBuf>,
        #[arg(long)]
        json: bool,
    },
    Sync {
        #[arg(long)]
        json: bool,
    },
    Watch {
        #[arg(long)]
        json: bool,
    },
    Approve {
        fingerprint: String,
        #[arg(long)]
        json: bool,
    },
}

pub fn run(db: Db, cmd: FederationCommand) -> Result<()> {
    let mut db = db;
    match cmd {
        FederationCommand::Folders {
            inbox,
            outbox,
            json: as_json,
        } => {
            let s = match (inbox, outbox) {
                (Some(i), Some(o)) => db.set_federation_folders(ACTOR, &i, &o)?,
                _ => db.folder_status()?,
            };
            if as_json {
                json(&s);
            } else {
                print_status(&s);
            }
        }
        FederationCommand::Sync { json: as_json } => {
            let r = db.federation_sync(ACTOR)?;
            if as_json {
                json(&r);
            } else {
                print_sync(&r);
            }
        }
        FederationCommand::Approve {
            fingerprint,
            json: as_json,
        } => {
            let p = db.approve_folder_key(ACTOR, &fingerprint)?;
            if as_json {
                json(&p);
            } else {
                print_pass(&p);
            }
        }
        FederationCommand::Watch { json: as_json } => {
            let inbox = db.folder_inbox()?.ok_or_else(|| {
                plenary_core::Error::NotFound(crate::words::refusal("cli-fed-no-folders", vec![]))
            })?;
            let signals = block_signals();
            eprintln!(
                "{}",
                say!("cli-fed-watching", inbox = inbox.display().to_string())
            );
            let watch = watch_folders(Arc::new(Mutex::new(db)), ACTOR, move |e| {
                print_event(&e, as_json)
            })?;
            wait_for_signal(signals);
            drop(watch);
            eprintln!("{}", say!("cli-fed-stopped"));
        }
    }
    Ok(())
}

fn print_event(e: &FolderEvent, as_json: bool) {
    if as_json {
        match serde_json::to_string(e) {
            Ok(s) => println!("{s}"),
            Err(err) => eprintln!("{}", crate::output::json_error(&err)),
        }
        return;
    }
    let at = e.at.format("%H:%M:%S");
    if let Some(err) = &e.error {
        let words = match &e.error_said {
            Some(s) => s.said_in(crate::words::lang()),
            None => err.clone(),
        };
        eprintln!("{at} {}", say!("cli-error", message = words));
    }
    if let Some(r) = &e.report {
        println!("{at}");
        print_sync(r);
    }
}

fn print_sync(r: &SyncReport) {
    print_pass(&r.inbox);
    if let Some(o) = &r.outbox {
        print_outbox(o);
    }
}

fn print_outbox(o: &OutboxWrite) {
    println!(
        "{}",
        say!(
            "cli-fed-outbox-note",
            note = o.note_in(crate::words::lang())
        )
    );
}

fn print_pass(p: &InboxPass) {
    println!(
        "{}",
        say!("cli-fed-inbox-read", read = p.read, unchanged = p.unchanged)
    );
    for i in &p.imported {
        let t = &i.totals;
        println!(
            "{}",
            say!(
                "cli-import-totals",
                dry_run = "no",
                file = &i.file_name,
                assembly = &i.assembly_name,
                code = &i.assembly_code,
                new = t.new,
                updated = t.updated,
                unchanged = t.unchanged,
                refused = t.refused,
                deleted = t.deleted
            )
        );
    }
    for f in &p.pending {
        println!(
            "{}",
            say!(
                "cli-fed-waiting-file",
                file = &f.file_name,
                assembly = or_dash(f.assembly_name.as_ref()),
                code = or_dash(f.assembly_code.as_ref()),
                fingerprint = or_dash(f.fingerprint.as_ref())
            )
        );
    }
    for f in &p.left_alone {
        println!(
            "{}",
            say!(
                "cli-fed-left-alone-file",
                file = &f.file_name,
                note = f.note_in(crate::words::lang())
            )
        );
    }
    if p.own > 0 {
        println!("{}", say!("cli-fed-own-skipped", n = p.own));
    }
    for name in &p.relayed {
        println!("{}", say!("cli-fed-relayed", file = name));
    }
}

fn print_status(s: &FolderStatus) {
    println!(
        "{}",
        say!("cli-fed-status-inbox", dir = or_dash(s.inbox.as_ref()))
    );
    println!(
        "{}",
        say!("cli-fed-status-outbox", dir = or_dash(s.outbox.as_ref()))
    );
    println!(
        "{}",
        say!(
            "cli-fed-status-last-sync",
            at = or_dash(s.last_sync.map(|t| t.format("%Y-%m-%d %H:%M:%S UTC")))
        )
    );
    let last_outbox = s.last_outbox.as_ref().map(|o| {
        say!(
            "cli-fed-outbox-file",
            file = &o.file_name,
            records = o.records,
            at = o.written_at.format("%Y-%m-%d %H:%M UTC").to_string()
        )
    });
    println!(
        "{}",
        say!("cli-fed-status-last-outbox", file = or_dash(last_outbox))
    );
    println!(
        "{}",
        say!(
            "cli-fed-status-imported",
            files = s.imported_files,
            relayed = s.relayed
        )
    );
    if !s.pending.is_empty() {
        println!();
        println!("{}", say!("cli-fed-status-waiting"));
        let rows: Vec<Vec<String>> = s
            .pending
            .iter()
            .map(|p| {
                vec![
                    p.assembly_name.clone(),
                    p.assembly_code.clone(),
                    p.fingerprint.clone(),
                    p.files.join(", "),
                ]
            })
            .collect();
        table(
            &header(&[
                "cli-col-assembly",
                "cli-col-code",
                "cli-col-fingerprint",
                "cli-col-files",
            ]),
            &rows,
        );
    }
    if !s.left_alone.is_empty() {
        println!();
        println!("{}", say!("cli-fed-status-left-alone"));
        for f in &s.left_alone {
            println!("{}: {}", f.file_name, f.note_in(crate::words::lang()));
        }
    }
}

/// SIGINT and SIGTERM blocked in every thread (the watcher's thread inherits the mask),
/// so that the main thread takes them with `sigwait` and the watcher stops between two
/// actions rather than in the middle of writing a file.
#[cfg(unix)]
fn block_signals() -> libc::sigset_t {
    // SAFETY: plain libc calls on a sigset_t we own, before any other thread starts.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGINT);
        libc::sigaddset(&mut set, libc::SIGTERM);
        libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
        set
    }
}

#[cfg(unix)]
fn wait_for_signal(set: libc::sigset_t) {
    let mut sig: libc::c_int = 0;
    // SAFETY: `set` holds the signals blocked above; sigwait only writes `sig`.
    unsafe {
        libc::sigwait(&set, &mut sig);
    }
}

#[cfg(not(unix))]
fn block_signals() {}

#[cfg(not(unix))]
fn wait_for_signal(_: ()) {
    loop {
        std::thread::park();
    }
}
