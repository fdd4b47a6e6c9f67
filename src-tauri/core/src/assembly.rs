//! This installation's own assembly: its identity, default decision rule and signing key.

use std::path::PathBuf;

use ed25519_dalek::SigningKey;
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use uuid::Uuid;
use zeroize::Zeroizing;

use crate::i18n::Lang;
use crate::journal::Actor;
use crate::key_file;
use crate::rule::DecisionRule;
use crate::{conflict, invalid, validate, Db, Error, Result};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Assembly {
    pub id: Uuid,
    pub name: String,
    pub code: String,
    pub is_local: bool,
    pub default_rule: String,
    /// Ed25519 public key, hex.
    pub public_key: Option<String>,
    /// The language of the minutes this assembly shares (inside its bundles): `en`, `es`,
    /// … ([`Assembly::minutes_lang`] reads it).
    pub minutes_lang: String,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub updated_at: chrono::DateTime<chrono::Utc>,
    pub revision: i64,
}

/// An assembly code: 2 to 8 letters or digits, upper case (`LDN`, `NYC`, `BCN15`).
pub fn validate_code(code: &str) -> Result<String> {
    let c = code.trim().to_uppercase();
    if c.len() < 2 || c.len() > 8 || !c.chars().all(|ch| ch.is_ascii_alphanumeric()) {
        return Err(invalid!("assembly-bad-code", code = code.trim()));
    }
    Ok(c)
}

pub(crate) const ASSEMBLY_COLUMNS: &str =
    "id, name, code, is_local, default_rule, public_key, created_at, updated_at, revision, minutes_lang";

pub(crate) fn assembly_from_row(r: &rusqlite::Row) -> rusqlite::Result<Assembly> {
    Ok(Assembly {
        id: r.get(0)?,
        name: r.get(1)?,
        code: r.get(2)?,
        is_local: r.get(3)?,
        default_rule: r.get(4)?,
        public_key: r.get(5)?,
        created_at: r.get(6)?,
        updated_at: r.get(7)?,
        revision: r.get(8)?,
        minutes_lang: r.get(9)?,
    })
}

impl Assembly {
    /// The language of the minutes it shares; English for a code this Plenary does not
    /// speak (written by a newer one).
    pub fn minutes_lang(&self) -> Lang {
        Lang::from_locale(&self.minutes_lang).unwrap_or_default()
    }
}

impl Db {
    /// Creates the local assembly and its signing key, its minutes shared in English.
    /// Refused if one exists.
    pub fn init_assembly(
        &mut self,
        name: &str,
        code: &str,
        rule: Option<&str>,
    ) -> Result<Assembly> {
        self.init_assembly_in(name, code, rule, Lang::En)
    }

    /// [`Db::init_assembly`], the minutes it shares in `lang` (the app's language, or the
    /// command line's).
    pub fn init_assembly_in(
        &mut self,
        name: &str,
        code: &str,
        rule: Option<&str>,
        lang: Lang,
    ) -> Result<Assembly> {
        let name = validate::line(crate::word!("field-assembly-name-short"), name)?;
        let code = validate_code(code)?;
        let rule: DecisionRule = rule.unwrap_or("consensus").parse()?;
        if self.local_id().is_ok() {
            return Err(conflict!(
                "assembly-exists",
                name = self.local_assembly()?.name
            ));
        }
        let key = SigningKey::generate(&mut rand_core::OsRng);
        let public = hex(key.verifying_key().as_bytes());
        let id = Uuid::now_v7();
        // The key file is written first: if that fails, nothing is in the database.
        self.store_key(&key)?;
        self.write_as(id, Actor::Cli, |tx| {
            tx.execute(
                "INSERT INTO assemblies (id, origin, name, code, is_local, default_rule, public_key, created_at, updated_at, minutes_lang)
                 VALUES (?1, ?1, ?2, ?3, 1, ?4, ?5, ?6, ?6, ?7)",
                params![id, name, code, rule.to_string(), public, tx.now, lang.code()],
            )?;
            tx.journal("assembly.init", "assemblies", id, None, serde_json::json!({"name": name, "code": code, "minutes_lang": lang.code()}))
        })?;
        self.set_local(id);
        self.local_assembly()
    }

    pub fn local_assembly(&self) -> Result<Assembly> {
        let id = self.local_id()?;
        self.assembly(id)?.ok_or(Error::NoAssembly)
    }

    pub fn assembly(&self, id: Uuid) -> Result<Option<Assembly>> {
        Ok(self
            .conn
            .prepare_cached(&format!(
                "SELECT {ASSEMBLY_COLUMNS} FROM assemblies WHERE id = ?1"
            ))?
            .query_row([id], assembly_from_row)
            .optional()?)
    }

    /// Every assembly this database knows: the local one first, then the others by name.
    pub fn assemblies(&self) -> Result<Vec<Assembly>> {
        let mut st = self.conn.prepare(&format!(
            "SELECT {ASSEMBLY_COLUMNS} FROM assemblies ORDER BY is_local DESC, name COLLATE NOCASE"
        ))?;
        let rows = st.query_map([], assembly_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Sets the assembly's default decision rule.
    pub fn set_default_rule(&mut self, actor: Actor, rule: &str) -> Result<Assembly> {
        let rule: DecisionRule = rule.parse()?;
        self.write(actor, |tx| {
            tx.execute(
                "UPDATE assemblies SET default_rule = ?1, updated_at = ?2, revision = revision + 1 WHERE id = ?3",
                params![rule.to_string(), tx.now, tx.origin],
            )?;
            tx.journal("assembly.rule", "assemblies", tx.origin, None, serde_json::json!({"rule": rule.to_string()}))
        })?;
        self.local_assembly()
    }

    /// Sets the language of the minutes the assembly shares (inside its bundles from now
    /// on; bundles already written keep theirs).
    pub fn set_minutes_lang(&mut self, actor: Actor, lang: Lang) -> Result<Assembly> {
        self.write(actor, |tx| {
            tx.execute(
                "UPDATE assemblies SET minutes_lang = ?1, updated_at = ?2, revision = revision + 1 WHERE id = ?3",
                params![lang.code(), tx.now, tx.origin],
            )?;
            tx.journal("assembly.minutes-lang", "assemblies", tx.origin, None, serde_json::json!({"minutes_lang": lang.code()}))
        })?;
        self.local_assembly()
    }

    /// The file that holds the signing key: beside the database, owner-only.
    pub fn key_path(&self) -> Option<PathBuf> {
        self.path().map(crate::db::key_path_of)
    }

    fn store_key(&mut self, key: &SigningKey) -> Result<()> {
        let Some(path) = self.key_path() else {
            self.memory_key = Some(key.clone());
            return Ok(());
        };
        let text = key_file::encode(key, self.key.as_ref())?;
        key_file::write_owner_only(&path, text.as_bytes()).map_err(|e| {
            Error::io(
                crate::error_message!("io-cannot-write-key", path = path.display().to_string()),
                e,
            )
        })
    }

    /// The local assembly's signing key (for signing bundles): the file beside the
    /// database, sealed with the database's passphrase when it is encrypted (key_file.rs).
    pub fn signing_key(&self) -> Result<SigningKey> {
        let Some(path) = self.key_path() else {
            return self
                .memory_key
                .clone()
                .ok_or_else(|| crate::not_found!("assembly-no-key-in-memory"));
        };
        let text = Zeroizing::new(std::fs::read_to_string(&path).map_err(|e| {
            Error::io(
                crate::error_message!("io-cannot-read-key", path = path.display().to_string()),
                e,
            )
        })?);
        key_file::decode(&text, self.key.as_ref(), &path.display().to_string())
    }
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn unhex(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) || !s.is_ascii() {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn init_writes_an_owner_only_key_and_refuses_a_second_time() {
        let dir = tempfile::tempdir().unwrap();
        let mut db = Db::open(&dir.path().join("a.db")).unwrap();
        let a = db.init_assembly("Occupy London", "ldn", None).unwrap();
        assert_eq!(
            (a.code.as_str(), a.default_rule.as_str(), a.is_local),
            ("LDN", "consensus", true)
        );
        let key = db.signing_key().unwrap();
        assert_eq!(Some(hex(key.verifying_key().as_bytes())), a.public_key);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(db.key_path().unwrap())
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let e = db.init_assembly("Other", "OTH", None).unwrap_err();
        assert_eq!(e.kind(), "conflict");
        assert_eq!(db.assemblies().unwrap().len(), 1);
    }

    #[test]
    fn bad_codes_and_rules_are_refused() {
        let mut db = Db::open_in_memory().unwrap();
        for code in ["L", "TOOLONGCODE", "L-N", ""] {
            assert_eq!(
                db.init_assembly("X", code, None).unwrap_err().kind(),
                "invalid-input"
            );
        }
        assert!(db.init_assembly("X", "XX", Some("unanimous")).is_err());
        assert!(db.init_assembly("", "XX", None).is_err());
        assert!(db.assemblies().unwrap().is_empty());
    }
}
