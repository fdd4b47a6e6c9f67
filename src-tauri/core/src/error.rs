//! The one error type of Plenary. Every failure has a stable `kind` (for the UI and for
//! scripts) and a human message that says what is wrong and where.

use serde::ser::SerializeStruct;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Input that breaks a rule: an empty name, a bad date, an unknown category…
    #[error("{0}")]
    Invalid(String),
    /// A reference to something that does not exist.
    #[error("{0}")]
    NotFound(String),
    /// The action conflicts with what is already there (a duplicate, a wrong state).
    #[error("{0}")]
    Conflict(String),
    /// The action is not allowed on this record (closed meeting, record owned elsewhere).
    #[error("{0}")]
    NotAllowed(String),
    #[error("this database has no assembly yet: run `plenary init --name NAME --code CODE` first")]
    NoAssembly,
    #[error(
        "this database was made by a newer Plenary (schema version {found}, this Plenary knows up to {known}); update Plenary to open it — the database was not touched"
    )]
    NewerDatabase { found: i64, known: i64 },
    /// The database is encrypted and no passphrase was given (docs/security.md).
    #[error("this database is encrypted and not unlocked yet: give its passphrase first")]
    Locked,
    /// The passphrase given does not open the encrypted database.
    #[error("the passphrase does not open this database; nothing was changed")]
    WrongPassphrase,
    /// A bundle from another assembly that cannot be read or trusted.
    #[error("{0}")]
    Bundle(String),
    #[error("database error: {0}")]
    Database(#[from] rusqlite::Error),
    #[error("database migration failed: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    #[error("{context}: {source}")]
    Io {
        context: String,
        #[source]
        source: std::io::Error,
    },
}

impl Error {
    /// The stable machine-readable name of this error.
    pub fn kind(&self) -> &'static str {
        match self {
            Error::Invalid(_) => "invalid-input",
            Error::NotFound(_) => "not-found",
            Error::Conflict(_) => "conflict",
            Error::NotAllowed(_) => "not-allowed",
            Error::NoAssembly => "no-assembly",
            Error::NewerDatabase { .. } => "newer-database",
            Error::Locked => "locked",
            Error::WrongPassphrase => "wrong-passphrase",
            Error::Bundle(_) => "bundle",
            Error::Database(_) | Error::Migration(_) => "database",
            Error::Io { .. } => "io",
        }
    }

    pub fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        Error::Io {
            context: context.into(),
            source,
        }
    }
}

/// Shorthands so that rules read as sentences: `return invalid!("name is empty")`.
#[macro_export]
macro_rules! invalid {
    ($($arg:tt)*) => { $crate::Error::Invalid(format!($($arg)*)) };
}
#[macro_export]
macro_rules! not_found {
    ($($arg:tt)*) => { $crate::Error::NotFound(format!($($arg)*)) };
}
#[macro_export]
macro_rules! conflict {
    ($($arg:tt)*) => { $crate::Error::Conflict(format!($($arg)*)) };
}
#[macro_export]
macro_rules! not_allowed {
    ($($arg:tt)*) => { $crate::Error::NotAllowed(format!($($arg)*)) };
}

/// `{kind, message}`: what the UI receives when a command fails.
impl serde::Serialize for Error {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Error", 2)?;
        st.serialize_field("kind", self.kind())?;
        st.serialize_field("message", &self.to_string())?;
        st.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serialises_as_kind_and_message() {
        let e = Error::Invalid("name is empty".into());
        let v = serde_json::to_value(&e).unwrap();
        assert_eq!(
            v,
            serde_json::json!({"kind": "invalid-input", "message": "name is empty"})
        );
    }
}
