//! `plenary federation folders|sync|watch|approve`: federation through a shared folder
//! (docs/federation.md). Each a few lines over one core call.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use clap::Subcommand;
use plenary_core::federation::folder::{FolderStatus, InboxPass, OutboxWrite, SyncReport};
use plenary_core::federation::watch::{watch_folders, FolderEvent};
use plenary_core::{Db, Result};

use crate::output::{json, or_dash, table};
use crate::ACTOR;

#[derive(Subcommand)]
pub enum FederationCommand {
    /// Show the inbox and outbox folders, the keys waiting for approval and the files left
    /// alone; with --inbox and --outbox, choose the folders first.
    Folders {
        /// The folder other assemblies' bundles arrive in (kept in sync by Syncthing, a
        /// shared drive, …).
        #[arg(long, value_name = "DIR", requires = "outbox")]
        inbox: Option<PathBuf>,
        /// The folder this assembly's bundles are written to (may be the inbox itself).
        #[arg(long, value_name = "DIR", requires = "inbox")]
        outbox: Option<PathBuf>,
        #[arg(long)]
        json: bool,
    },
    /// Import what waits in the inbox, pass it on, write the outbox — once.
    Sync {
        #[arg(long)]
        json: bool,
    },
    /// The same as files arrive (and the outbox after each GA closed), until interrupted.
    Watch {
        /// One JSON object per line for each thing the watcher did.
        #[arg(long)]
        json: bool,
    },
    /// Accept a new assembly's key waiting in the inbox (after checking its fingerprint
    /// with that assembly): pins it and imports its bundles.
    Approve {
        /// The key's fingerprint, as `plenary federation folders` shows it.
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
                plenary_core::Error::NotFound(
                    "no federation folders yet: choose them with `plenary federation folders --inbox DIR --outbox DIR`".into(),
                )
            })?;
            let signals = block_signals();
            eprintln!("watching {} (Ctrl+C to stop)", inbox.display());
            let watch = watch_folders(Arc::new(Mutex::new(db)), ACTOR, move |e| {
                print_event(&e, as_json)
            })?;
            wait_for_signal(signals);
            drop(watch);
            eprintln!("stopped");
        }
    }
    Ok(())
}

fn print_event(e: &FolderEvent, as_json: bool) {
    if as_json {
        match serde_json::to_string(e) {
            Ok(s) => println!("{s}"),
            Err(err) => eprintln!("error: cannot write JSON: {err}"),
        }
        return;
    }
    let at = e.at.format("%H:%M:%S");
    if let Some(err) = &e.error {
        eprintln!("{at} error: {err}");
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
    println!("outbox: {}", o.note);
}

fn print_pass(p: &InboxPass) {
    println!(
        "inbox: {} file(s) read, {} unchanged since last seen",
        p.read, p.unchanged
    );
    for i in &p.imported {
        let t = &i.totals;
        println!(
            "imported {} from {} ({}): {} new, {} updated, {} unchanged, {} refused, {} deleted",
            i.file_name,
            i.assembly_name,
            i.assembly_code,
            t.new,
            t.updated,
            t.unchanged,
            t.refused,
            t.deleted
        );
    }
    for f in &p.pending {
        println!(
            "waiting for approval: {} from {} ({}), key fingerprint {}",
            f.file_name,
            or_dash(f.assembly_name.as_ref()),
            or_dash(f.assembly_code.as_ref()),
            or_dash(f.fingerprint.as_ref())
        );
    }
    for f in &p.left_alone {
        println!("left alone: {}: {}", f.file_name, f.note);
    }
    if p.own > 0 {
        println!("{} of this assembly's own bundle(s) skipped", p.own);
    }
    for name in &p.relayed {
        println!("passed on into the outbox: {name}");
    }
}

fn print_status(s: &FolderStatus) {
    println!("inbox:       {}", or_dash(s.inbox.as_ref()));
    println!("outbox:      {}", or_dash(s.outbox.as_ref()));
    println!(
        "last sync:   {}",
        or_dash(s.last_sync.map(|t| t.format("%Y-%m-%d %H:%M:%S UTC")))
    );
    println!(
        "last outbox: {}",
        or_dash(s.last_outbox.as_ref().map(|o| format!(
            "{} ({} records, {})",
            o.file_name,
            o.records,
            o.written_at.format("%Y-%m-%d %H:%M UTC")
        )))
    );
    println!(
        "imported:    {} file(s); passed on: {}",
        s.imported_files, s.relayed
    );
    if !s.pending.is_empty() {
        println!();
        println!("Waiting for approval (check the fingerprint with that assembly, then `plenary federation approve FINGERPRINT`):");
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
        table(&["ASSEMBLY", "CODE", "FINGERPRINT", "FILES"], &rows);
    }
    if !s.left_alone.is_empty() {
        println!();
        println!("Left alone (tried again when the file changes):");
        for f in &s.left_alone {
            println!("{}: {}", f.file_name, f.note);
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
