//! Encryption at rest (issue #18, docs/security.md): the passphrase, the key derived from
//! it, and how a database file says whether it is encrypted.
//!
//! The database is an SQLCipher file (AES-256 pages with an HMAC each, the WAL's frames
//! too). SQLCipher is given a *raw* key, derived here with Argon2id — memory-hard, so that
//! guessing passphrases on a seized file costs 64 MiB and a fifth of a second or so each,
//! where SQLCipher's own PBKDF2 costs almost no memory. The KDF's salt is SQLCipher's own:
//! the first 16 bytes of the database file, random per file and not secret. Keeping it
//! there rather than in a file beside the database means it cannot be lost or mixed up
//! with another database's: every copy (backups, `plenary backup`) is written with the
//! same salt and so opens with the same passphrase, and a conversion (rekey.rs) writes a
//! new file with a new salt.
//!
//! One derivation gives 64 bytes: the first 32 are the database's key, the last 32 seal
//! the signing key file beside it (key_file.rs). Neither is ever written to disk; both
//! are wiped from memory when the database is closed.

use std::io::Read;
use std::path::Path;

use argon2::{Algorithm, Argon2, Params, Version};
use rusqlite::Connection;
use zeroize::Zeroizing;

use crate::{invalid, Error, Result};

/// The shortest passphrase that may be set (an open is tried with whatever is typed).
pub const MIN_CHARS: usize = 8;
/// SQLCipher's salt: the first bytes of an encrypted database file.
pub const SALT_LEN: usize = 16;
const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// Argon2id with 64 MiB, three passes, one lane: RFC 9106's second recommended setting
/// with the lanes a 2-core laptop can spare. About 0.2 s there (docs/PERFORMANCE.md),
/// once when the database is opened; every guess at a stolen file pays the same.
/// Changing these makes every existing database unopenable: a new setting needs a new
/// file marker, never an edit here.
const KDF_MEMORY_KIB: u32 = 64 * 1024;
const KDF_PASSES: u32 = 3;
const KDF_LANES: u32 = 1;

/// A passphrase as typed, wiped from memory when dropped.
pub struct Passphrase(Zeroizing<String>);

impl Passphrase {
    /// A passphrase to open a database with: any text (the database says if it is wrong).
    pub fn new(text: impl Into<String>) -> Passphrase {
        Passphrase(Zeroizing::new(text.into()))
    }

    /// A passphrase to set: typed twice, the same both times, at least [`MIN_CHARS`]
    /// characters. Nothing is kept of a refused one.
    pub fn new_confirmed(text: impl Into<String>, again: impl Into<String>) -> Result<Passphrase> {
        let p = Passphrase::new(text);
        let again = Zeroizing::new(again.into());
        if p.0.as_str() != again.as_str() {
            return Err(invalid!("passphrase-mismatch"));
        }
        if p.0.trim().chars().count() < MIN_CHARS {
            return Err(invalid!("passphrase-too-short", min = MIN_CHARS));
        }
        Ok(p)
    }

    fn bytes(&self) -> &[u8] {
        self.0.as_bytes()
    }
}

impl std::fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passphrase(…)")
    }
}

/// What a database file is, read from its first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AtRest {
    /// No file yet, or an empty one: SQLite makes a new database.
    New,
    /// A plain SQLite file.
    Plain,
    /// An SQLCipher file, with its salt.
    Encrypted([u8; SALT_LEN]),
}

impl AtRest {
    /// Reads the first 16 bytes of `path`. An SQLite file begins with "SQLite format 3";
    /// an SQLCipher file with its random salt instead.
    pub fn of_file(path: &Path) -> Result<AtRest> {
        let mut f = match std::fs::File::open(path) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(AtRest::New),
            Err(e) => {
                return Err(Error::io(
                    crate::error_message!("io-cannot-open", path = path.display().to_string()),
                    e,
                ))
            }
        };
        let mut head = [0u8; SALT_LEN];
        let mut n = 0;
        while n < head.len() {
            match f.read(&mut head[n..]) {
                Ok(0) => break,
                Ok(k) => n += k,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => {
                    return Err(Error::io(
                        crate::error_message!("io-cannot-read", path = path.display().to_string()),
                        e,
                    ))
                }
            }
        }
        Ok(match n {
            0 => AtRest::New,
            // Too short to be either: SQLite says what is wrong with it.
            n if n < SALT_LEN => AtRest::Plain,
            _ if &head == SQLITE_MAGIC => AtRest::Plain,
            _ => AtRest::Encrypted(head),
        })
    }

    pub fn is_encrypted(self) -> bool {
        matches!(self, AtRest::Encrypted(_))
    }
}

/// The keys of one encrypted database, derived from its passphrase and salt. Wiped from
/// memory when dropped.
#[derive(Clone)]
pub(crate) struct DbKey {
    salt: [u8; SALT_LEN],
    /// SQLCipher's key.
    db: Zeroizing<[u8; 32]>,
    /// The key that seals the signing key file.
    file: Zeroizing<[u8; 32]>,
}

impl DbKey {
    /// The keys for the file whose salt is `salt`.
    pub(crate) fn derive(passphrase: &Passphrase, salt: [u8; SALT_LEN]) -> Result<DbKey> {
        let params = Params::new(KDF_MEMORY_KIB, KDF_PASSES, KDF_LANES, Some(64))
            .map_err(|e| invalid!("passphrase-kdf-settings", detail = e.to_string()))?;
        let kdf = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
        let mut secret = Zeroizing::new([0u8; 64]);
        kdf.hash_password_into(passphrase.bytes(), &salt, &mut secret[..])
            .map_err(|e| invalid!("passphrase-unusable", detail = e.to_string()))?;
        let (mut db, mut file) = (Zeroizing::new([0u8; 32]), Zeroizing::new([0u8; 32]));
        db.copy_from_slice(&secret[..32]);
        file.copy_from_slice(&secret[32..]);
        Ok(DbKey { salt, db, file })
    }

    /// The keys for a new file: a fresh random salt.
    pub(crate) fn new_random(passphrase: &Passphrase) -> Result<DbKey> {
        let mut salt = [0u8; SALT_LEN];
        rand_core::RngCore::fill_bytes(&mut rand_core::OsRng, &mut salt);
        DbKey::derive(passphrase, salt)
    }

    /// Whether `other` is the same key (compared in constant time).
    pub(crate) fn same_as(&self, other: &DbKey) -> bool {
        let diff = self
            .db
            .iter()
            .zip(other.db.iter())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b));
        diff == 0 && self.salt == other.salt
    }

    pub(crate) fn salt(&self) -> [u8; SALT_LEN] {
        self.salt
    }

    /// The key that seals the signing key file.
    pub(crate) fn file_key(&self) -> &[u8; 32] {
        &self.file
    }

    /// SQLCipher's raw key with its salt: `x'<key><salt>'`, so that a new file (or an
    /// attached copy) gets exactly this salt in its header.
    pub(crate) fn sqlcipher_key(&self) -> Zeroizing<String> {
        let mut s = Zeroizing::new(String::with_capacity(2 + 2 * (32 + SALT_LEN) + 1));
        s.push_str("x'");
        for b in self.db.iter().chain(self.salt.iter()) {
            s.push(hex_digit(b >> 4));
            s.push(hex_digit(b & 0xf));
        }
        s.push('\'');
        s
    }

    /// Keys `conn`'s main database: the first thing done on a connection to an encrypted
    /// file, before anything reads it.
    pub(crate) fn apply(&self, conn: &Connection) -> Result<()> {
        // The key as a bound value would be the same text; PRAGMA takes no parameters.
        let sql = Zeroizing::new(format!(
            "PRAGMA key = \"{}\"",
            self.sqlcipher_key().as_str()
        ));
        conn.execute_batch(&sql)?;
        Ok(())
    }
}

fn hex_digit(n: u8) -> char {
    char::from(b"0123456789abcdef"[usize::from(n & 0xf)])
}

/// Keys `conn` for the database at `path` when `key` is given, and checks that it reads:
/// the wrong key is told apart from a damaged file by the error SQLCipher gives ("file is
/// not a database") on the first page.
pub(crate) fn open_connection(path: &Path, key: Option<&DbKey>) -> Result<Connection> {
    crate::db::sqlite_ready();
    let conn = Connection::open(path)?;
    // SQLCipher would write its own line to stderr for every wrong key; Plenary's error
    // says it.
    conn.execute_batch("PRAGMA cipher_log_level = NONE")?;
    if let Some(key) = key {
        key.apply(&conn)?;
        if let Err(e) = conn.query_row("SELECT count(*) FROM sqlite_master", [], |_| Ok(())) {
            return Err(match e.sqlite_error_code() {
                Some(rusqlite::ErrorCode::NotADatabase) => Error::WrongPassphrase,
                _ => e.into(),
            });
        }
    }
    Ok(conn)
}

/// The SQLite library Plenary runs on is SQLCipher (a test asks it).
pub fn cipher_version(conn: &Connection) -> Option<String> {
    conn.query_row("PRAGMA cipher_version", [], |r| r.get(0))
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_passphrase_is_typed_twice_and_long_enough() {
        assert!(Passphrase::new_confirmed("correct horse", "correct horse").is_ok());
        let e = Passphrase::new_confirmed("correct horse", "correct hose").unwrap_err();
        assert!(e.to_string().contains("not the same"), "{e}");
        let e = Passphrase::new_confirmed("short", "short").unwrap_err();
        assert!(e.to_string().contains("at least 8"), "{e}");
        let e = Passphrase::new_confirmed("   a    b   ", "   a    b   ").unwrap_err();
        assert_eq!(e.kind(), "invalid-input");
        assert_eq!(format!("{:?}", Passphrase::new("secret")), "Passphrase(…)");
    }

    #[test]
    fn the_key_follows_passphrase_and_salt() {
        let p = Passphrase::new("correct horse battery");
        let a = DbKey::derive(&p, [1; SALT_LEN]).unwrap();
        let b = DbKey::derive(&p, [1; SALT_LEN]).unwrap();
        let c = DbKey::derive(&p, [2; SALT_LEN]).unwrap();
        let d = DbKey::derive(&Passphrase::new("correct horse battery!"), [1; SALT_LEN]).unwrap();
        assert_eq!((*a.db, *a.file), (*b.db, *b.file));
        assert_ne!(*a.db, *c.db);
        assert_ne!(*a.db, *d.db);
        assert_ne!(*a.db, *a.file);
        let k = a.sqlcipher_key();
        assert_eq!(k.len(), 2 + 96 + 1);
        assert!(k.ends_with(&format!("{}'", "01".repeat(SALT_LEN))));
    }

    #[test]
    fn files_say_what_they_are() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.db");
        assert_eq!(AtRest::of_file(&path).unwrap(), AtRest::New);
        std::fs::write(&path, b"").unwrap();
        assert_eq!(AtRest::of_file(&path).unwrap(), AtRest::New);
        std::fs::write(&path, b"SQLite format 3\0 and more").unwrap();
        assert_eq!(AtRest::of_file(&path).unwrap(), AtRest::Plain);
        std::fs::write(&path, [7u8; 64]).unwrap();
        assert_eq!(
            AtRest::of_file(&path).unwrap(),
            AtRest::Encrypted([7; SALT_LEN])
        );
    }
}
