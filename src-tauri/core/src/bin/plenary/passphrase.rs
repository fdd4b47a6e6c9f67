//! `plenary passphrase set|change|remove` (docs/security.md), and the one way every
//! subcommand opens the database: with its passphrase when the file is encrypted, taken
//! from `PLENARY_PASSPHRASE` or asked for in the terminal without echo.

use std::path::Path;

use clap::Subcommand;
use plenary_core::passphrase::Passphrase;
use plenary_core::{Db, Error, Result};

/// The passphrase of an encrypted database, for scripts (else the terminal asks).
const ENV: &str = "PLENARY_PASSPHRASE";
/// The new passphrase for `set` and `change`, for scripts (else asked twice).
const ENV_NEW: &str = "PLENARY_NEW_PASSPHRASE";

#[derive(Subcommand)]
pub enum PassphraseCommand {
    Set,
    Change,
    Remove,
}

/// Opens the database at `path`: the only place the command line does.
pub fn open(path: &Path, creating: bool) -> Result<Db> {
    if Db::is_encrypted_file(path)? {
        let p = current(path)?;
        return Db::open_with_passphrase(path, Some(&p));
    }
    // A new database made while PLENARY_PASSPHRASE is set is encrypted from the start.
    if creating && !path.exists() {
        if let Some(text) = std::env::var_os(ENV) {
            let text = text.to_string_lossy().into_owned();
            let p = Passphrase::new_confirmed(text.clone(), text)?;
            return Db::open_with_passphrase(path, Some(&p));
        }
    }
    Db::open(path)
}

/// The current passphrase: PLENARY_PASSPHRASE, or the terminal's answer.
fn current(path: &Path) -> Result<Passphrase> {
    if let Some(text) = std::env::var_os(ENV) {
        return Ok(Passphrase::new(text.to_string_lossy().into_owned()));
    }
    ask(&say!(
        "cli-passphrase-ask",
        path = path.display().to_string()
    ))
    .map(Passphrase::new)
}

/// A new passphrase: PLENARY_NEW_PASSPHRASE, or typed twice in the terminal.
fn new_passphrase() -> Result<Passphrase> {
    if let Some(text) = std::env::var_os(ENV_NEW) {
        let text = text.to_string_lossy().into_owned();
        return Passphrase::new_confirmed(text.clone(), text);
    }
    let first = ask(&say!("cli-passphrase-new"))?;
    let again = ask(&say!("cli-passphrase-again"))?;
    Passphrase::new_confirmed(first, again)
}

fn ask(prompt: &str) -> Result<String> {
    rpassword::prompt_password(prompt)
        .map_err(|e| Error::io(say!("cli-passphrase-no-terminal", variable = ENV), e))
}

pub fn run(db: &mut Db, c: PassphraseCommand) -> Result<()> {
    let done = match c {
        PassphraseCommand::Set => db.encrypt(&new_passphrase()?)?,
        PassphraseCommand::Change => db.change_passphrase(&new_passphrase()?)?,
        PassphraseCommand::Remove => db.decrypt()?,
    };
    if done.encrypted {
        println!("{}", say!("cli-passphrase-encrypted"));
    } else {
        println!("{}", say!("cli-passphrase-decrypted"));
    }
    if done.backups_rekeyed > 0 {
        println!(
            "{}",
            say!("cli-passphrase-backups-rekeyed", n = done.backups_rekeyed)
        );
    }
    if done.backups_deleted > 0 {
        println!(
            "{}",
            say!("cli-passphrase-backups-deleted", n = done.backups_deleted)
        );
    }
    Ok(())
}
