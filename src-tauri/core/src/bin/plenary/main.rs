//! `plenary`: the headless twin of the desktop app — same core, same database.
//!
//! Each subcommand parses its arguments, calls one core function and prints the result.
//! Exit 0 on success; 1 with `error: …` on stderr when the core refuses; 2 on usage errors.

mod agenda;
mod bundle;
mod federation;
mod meeting;
mod minutes;
mod output;
mod passphrase;
mod person;
mod proposal;
#[cfg(feature = "room-server")]
mod room;
mod search;
mod stack;
mod wg;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use plenary_core::i18n::Lang;
use plenary_core::{Actor, Result};

#[derive(Parser)]
#[command(
    name = "plenary",
    version,
    about = "Run General Assemblies: working groups, meetings, agendas, stacks, proposals, minutes, bundles."
)]
struct Cli {
    /// The database file (default: the platform's data directory).
    #[arg(long, global = true, env = "PLENARY_DB", value_name = "PATH")]
    db: Option<PathBuf>,
    /// The language of the words Plenary writes (the minutes): en, es, fr, de, pt, el or
    /// ar. What was typed into the record stays as typed. Default: LC_ALL, LC_MESSAGES or
    /// LANG, else English.
    #[arg(long, global = true, value_name = "LANG")]
    lang: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Create this installation's assembly and its signing key.
    Init {
        #[arg(long)]
        name: String,
        /// Short code used in references (LDN-GA-39), 2–8 letters or digits.
        #[arg(long)]
        code: String,
        /// Default decision rule: consensus, modified:P, supermajority:A/B or majority.
        #[arg(long)]
        rule: Option<String>,
    },
    /// Fill an empty database with a realistic sample assembly.
    Demo,
    /// Working groups.
    #[command(subcommand)]
    Wg(wg::WgCommand),
    /// Meetings (GAs).
    #[command(subcommand)]
    Meeting(meeting::MeetingCommand),
    /// Agenda items of a meeting.
    #[command(subcommand)]
    Agenda(agenda::AgendaCommand),
    /// People: list, rename, merge.
    #[command(subcommand)]
    Person(person::PersonCommand),
    /// Proposals.
    #[command(subcommand)]
    Proposal(proposal::ProposalCommand),
    /// The minutes of a meeting, generated from its record.
    Minutes(minutes::MinutesArgs),
    /// The speakers' stack of an agenda item.
    #[command(subcommand)]
    Stack(stack::StackCommand),
    /// Bundles: exchange records with other assemblies.
    #[command(subcommand)]
    Bundle(bundle::BundleCommand),
    /// Federation through a shared folder: an inbox watched, an outbox written.
    #[command(subcommand)]
    Federation(federation::FederationCommand),
    /// The room: serve a meeting to the devices of the GA over the local network.
    #[cfg(feature = "room-server")]
    #[command(subcommand)]
    Room(room::RoomCommand),
    /// Search every assembly's working groups, report-backs, proposals, decisions and minutes.
    Search(search::SearchArgs),
    /// Encryption at rest: set, change or remove the database's passphrase.
    #[command(subcommand)]
    Passphrase(passphrase::PassphraseCommand),
    /// Write a consistent copy of the database to FILE.
    Backup {
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
    },
    /// Replace the database with a backup (checked first; the current one is backed up).
    Restore { file: PathBuf },
}

fn main() -> ExitCode {
    restore_sigpipe();
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    let lang = match &cli.lang {
        Some(l) => l.parse()?,
        None => Lang::from_env(),
    };
    let path = match cli.db {
        Some(p) => p,
        None => plenary_core::db::default_db_path()?,
    };
    // Only `init`, `demo` and `restore` may create a database; the others need one with
    // an assembly.
    let creates = matches!(
        cli.command,
        Command::Init { .. } | Command::Demo | Command::Restore { .. }
    );
    if !creates && !path.exists() {
        return Err(plenary_core::Error::NoAssembly);
    }
    let mut db = passphrase::open(&path, creates)?;
    match cli.command {
        Command::Init { name, code, rule } => {
            let a = db.init_assembly(&name, &code, rule.as_deref())?;
            println!("{}", a.id);
        }
        Command::Demo => {
            let a = plenary_core::demo::fill(&mut db)?;
            println!("{}", a.id);
        }
        Command::Restore { file } => {
            let a = db.restore_from(&file)?;
            println!("restored {} ({}) from {}", a.name, a.code, file.display());
            if db.signing_key().is_err() {
                eprintln!(
                    "note: the assembly's signing key is not beside this database; copy its .key file here to export bundles"
                );
            }
        }
        Command::Passphrase(c) => passphrase::run(&mut db, c)?,
        // Every other command needs the assembly: refuse early with the same message.
        other => {
            db.local_id()?;
            match other {
                Command::Wg(c) => wg::run(&mut db, c)?,
                Command::Meeting(c) => meeting::run(&mut db, c)?,
                Command::Agenda(c) => agenda::run(&mut db, c)?,
                Command::Proposal(c) => proposal::run(&mut db, c)?,
                Command::Person(c) => person::run(&mut db, c)?,
                Command::Minutes(a) => minutes::run(&mut db, a, lang)?,
                Command::Stack(c) => stack::run(&mut db, c)?,
                Command::Bundle(c) => return bundle::run(&mut db, c),
                Command::Federation(c) => federation::run(db, c)?,
                #[cfg(feature = "room-server")]
                Command::Room(c) => room::run(db, c)?,
                Command::Search(a) => search::run(&db, a)?,
                Command::Backup { output } => {
                    db.backup_to(&output)?;
                    println!("{}", output.display());
                }
                Command::Init { .. }
                | Command::Demo
                | Command::Restore { .. }
                | Command::Passphrase(_) => {
                    unreachable!("handled above")
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The role the command line acts as, in the journal.
const ACTOR: Actor = Actor::Cli;

/// Rust ignores SIGPIPE, so `plenary … | head` would panic when `head` stops reading.
/// A command-line tool should instead end quietly, as other Unix tools do.
fn restore_sigpipe() {
    #[cfg(unix)]
    // SAFETY: setting a signal's disposition to the default at start-up, before any
    // thread exists, has no memory-safety implications.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}
