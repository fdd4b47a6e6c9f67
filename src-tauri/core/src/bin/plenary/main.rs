//! `plenary`: the headless twin of the desktop app — same core, same database.
//!
//! Each subcommand parses its arguments, calls one core function and prints the result.
//! Exit 0 on success; 1 with `error: …` on stderr when the core refuses; 2 on usage errors.

#[macro_use]
mod words;
mod agenda;
mod assembly;
mod bundle;
mod federation;
mod help;
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
mod usage_error;
mod wg;

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use plenary_core::i18n::Lang;
use plenary_core::{Actor, Result};

#[derive(Parser)]
// The words of `--help` are cli.ftl's (help.rs), not doc comments: the catalogue is the
// one place for them, in every language.
#[command(name = "plenary", version)]
struct Cli {
    #[arg(long, global = true, env = "PLENARY_DB", value_name = "PATH")]
    db: Option<PathBuf>,
    #[arg(long, global = true, value_name = "LANG")]
    lang: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    Init {
        #[arg(long)]
        name: String,
        #[arg(long)]
        code: String,
        #[arg(long)]
        rule: Option<String>,
    },
    Demo,
    #[command(subcommand)]
    Assembly(assembly::AssemblyCommand),
    #[command(subcommand)]
    Wg(wg::WgCommand),
    #[command(subcommand)]
    Meeting(meeting::MeetingCommand),
    #[command(subcommand)]
    Agenda(agenda::AgendaCommand),
    #[command(subcommand)]
    Person(person::PersonCommand),
    #[command(subcommand)]
    Proposal(proposal::ProposalCommand),
    Minutes(minutes::MinutesArgs),
    #[command(subcommand)]
    Stack(stack::StackCommand),
    #[command(subcommand)]
    Bundle(bundle::BundleCommand),
    #[command(subcommand)]
    Federation(federation::FederationCommand),
    #[cfg(feature = "room-server")]
    #[command(subcommand)]
    Room(room::RoomCommand),
    Search(search::SearchArgs),
    #[command(subcommand)]
    Passphrase(passphrase::PassphraseCommand),
    Backup {
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
    },
    Restore {
        file: PathBuf,
    },
}

fn main() -> ExitCode {
    restore_sigpipe();
    let args: Vec<OsString> = std::env::args_os().collect();
    let mut cmd = Cli::command();
    let lang = words::choose(&args);
    help::localize(&mut cmd, lang);
    let matches = cmd
        .try_get_matches_from_mut(&args)
        .unwrap_or_else(|e| usage_error::exit(e, lang));
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.format(&mut cmd).exit());
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("{}", words::error_line(&e));
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
            let a = db.init_assembly_in(&name, &code, rule.as_deref(), lang)?;
            println!("{}", a.id);
        }
        Command::Demo => {
            let a = plenary_core::demo::fill(&mut db)?;
            println!("{}", a.id);
        }
        Command::Restore { file } => {
            let a = db.restore_from(&file)?;
            println!(
                "{}",
                say!(
                    "cli-restored",
                    name = &a.name,
                    code = &a.code,
                    file = file.display().to_string()
                )
            );
            if db.signing_key().is_err() {
                eprintln!("{}", say!("cli-restored-no-key"));
            }
        }
        Command::Passphrase(c) => passphrase::run(&mut db, c)?,
        // Every other command needs the assembly: refuse early with the same message.
        other => {
            db.local_id()?;
            match other {
                Command::Assembly(c) => assembly::run(&mut db, c)?,
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
                Command::Room(c) => room::run(db, c, lang)?,
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
