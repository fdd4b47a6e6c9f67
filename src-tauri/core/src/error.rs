//! The one error type of Plenary. Every failure has a stable `kind` (for the UI and for
//! scripts) and a message that says what is wrong and where.
//!
//! The core returns codes and values; words are chosen at the edge (architecture.md,
//! "Languages"). A rule's refusal is a [`Message`]: a message id of the catalogue
//! `i18n/<lang>/errors.ftl` (`error-…`) and its arguments — names, references, numbers.
//! [`Error::said_in`] words it in a language (the command line prints that); `Display` is
//! English (logs, tests, `--json`'s `message`); the UI receives `{kind, code, args,
//! message}` and words `code` with `args` itself (`ui/src/lib/api.ts`).
//!
//! The macros take the id without its `error-` prefix and the arguments by name:
//! `invalid!("wg-name-empty")`, `not_found!("stack-no-such-entry", entry = id)`.
//! `tests/error_ids.rs` reads the core's source and fails when an id used there is not in
//! English's `errors.ftl` or its arguments are not the message's placeholders; the
//! completeness test (`tests/i18n.rs`) then holds every language to English.
//!
//! Words inside a message that are not names — a field's name, a step, a status — are
//! words of the catalogue too (`word!("field-name")`, [`Arg::Msg`]): worded in the same
//! language, never English glued into another language's sentence. The fixed errors (no
//! assembly, a newer database, locked, a wrong passphrase, a file's failure) have ids as
//! well ([`Error::worded`]); their `Display` is the same English.
//!
//! The macros take message ids only. [`Message::English`] is left for text that is not
//! Plenary's to word — a library's own reason (serde_json's, SQLite's, the system's) or a
//! name as typed — carried inside a worded message, never a sentence of the core's own.

use serde::ser::SerializeStruct;

use crate::i18n::{FluentArgs, Lang};

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Input that breaks a rule: an empty name, a bad date, an unknown category…
    #[error("{0}")]
    Invalid(Message),
    /// A reference to something that does not exist.
    #[error("{0}")]
    NotFound(Message),
    /// The action conflicts with what is already there (a duplicate, a wrong state).
    #[error("{0}")]
    Conflict(Message),
    /// The action is not allowed on this record (closed meeting, record owned elsewhere).
    #[error("{0}")]
    NotAllowed(Message),
    #[error("this database has no assembly yet: run `plenary init --name NAME --code CODE` first")]
    NoAssembly,
    #[error(
        "this database was made by a newer Plenary (schema version {found}, this Plenary knows up to {known}); update Plenary to open it — the database was not touched"
    )]
    NewerDatabase { found: i64, known: i64 },
    /// The database is encrypted and no passphrase was given (docs/security.md).
    #[error("this database is encrypted and not unlocked yet: give its passphrase first")]
    Locked,
    /// The app is bringing the database's schema up to date after an update (the first
    /// start of a new version on a long history): every command waits for it.
    #[error("the records are being brought up to date for this version of Plenary; a moment")]
    Upgrading,
    /// The passphrase given does not open the encrypted database.
    #[error("the passphrase does not open this database; nothing was changed")]
    WrongPassphrase,
    /// A bundle from another assembly that cannot be read or trusted: why, worded from
    /// `i18n/<lang>/errors-bundle.ftl` (`error-bundle-…`; `src/bundle/`'s module comment).
    #[error("{0}")]
    Bundle(Message),
    #[error("database error: {0}")]
    Database(#[from] rusqlite::Error),
    #[error("database migration failed: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    /// What could not be done (worded: `error-io-…`) and the system's reason.
    #[error("{context}: {source}")]
    Io {
        context: Message,
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
            Error::Upgrading => "upgrading",
            Error::WrongPassphrase => "wrong-passphrase",
            Error::Bundle(_) => "bundle",
            Error::Database(_) | Error::Migration(_) => "database",
            Error::Io { .. } => "io",
        }
    }

    /// The message id of the catalogue this error is worded by (`error-…`), if it has one.
    pub fn code(&self) -> Option<&'static str> {
        self.worded().and_then(|m| m.code())
    }

    /// What this error says as a message of the catalogue: a refusal's own, or the one of
    /// a fixed error (no assembly, a newer database, locked, a wrong passphrase, a file
    /// that cannot be read or written, the database's own failure — SQLite's reason kept
    /// in its words, as the system's is for a file). Always `Some` today; an `Option`
    /// for a failure that may come with no words of its own.
    pub fn worded(&self) -> Option<std::borrow::Cow<'_, Message>> {
        use std::borrow::Cow;
        let fixed = |id: &'static str, args: Vec<(&'static str, Arg)>| {
            Some(Cow::Owned(Message::Coded { id, args }))
        };
        match self {
            Error::NoAssembly => fixed("error-no-assembly", Vec::new()),
            Error::NewerDatabase { found, known } => fixed(
                "error-newer-database",
                vec![("found", Arg::Num(*found)), ("known", Arg::Num(*known))],
            ),
            Error::Locked => fixed("error-locked", Vec::new()),
            Error::Upgrading => fixed("error-upgrading", Vec::new()),
            Error::WrongPassphrase => fixed("error-wrong-passphrase", Vec::new()),
            Error::Database(e) => {
                fixed("error-database", vec![("reason", Arg::Text(e.to_string()))])
            }
            Error::Migration(e) => fixed(
                "error-migration",
                vec![("reason", Arg::Text(e.to_string()))],
            ),
            Error::Io { context, source } => fixed(
                "error-io",
                vec![
                    ("context", Arg::Msg(Box::new(context.clone()))),
                    ("reason", Arg::Text(source.to_string())),
                ],
            ),
            _ => self.message().map(Cow::Borrowed),
        }
    }

    /// The rule's message of a refusal (`Invalid`, `NotFound`, `Conflict`, `NotAllowed`,
    /// `Bundle`).
    pub fn message(&self) -> Option<&Message> {
        match self {
            Error::Invalid(m)
            | Error::NotFound(m)
            | Error::Conflict(m)
            | Error::NotAllowed(m)
            | Error::Bundle(m) => Some(m),
            _ => None,
        }
    }

    /// What this error says, in `lang`: the words a person reads (the command line prints
    /// this; `Display` is the English).
    pub fn said_in(&self, lang: Lang) -> String {
        match self.worded() {
            Some(m) => m.said_in(lang),
            None => self.to_string(),
        }
    }

    /// The message of this error, for a layer that returns messages (the bundle reader
    /// checking a field with the core's own rule, the shared folder's note on a file): its
    /// coded message — a fixed error's too —, or its English (a database's failure).
    pub fn into_message(self) -> Message {
        match self {
            Error::Invalid(m)
            | Error::NotFound(m)
            | Error::Conflict(m)
            | Error::NotAllowed(m)
            | Error::Bundle(m) => m,
            other => match other.worded() {
                Some(m) => m.into_owned(),
                None => Message::English(other.to_string()),
            },
        }
    }

    /// A file or system failure: `context` says what could not be done
    /// (`error_message!("io-cannot-write", path = …)`), `source` why.
    pub fn io(context: impl Into<Message>, source: std::io::Error) -> Self {
        Error::Io {
            context: context.into(),
            source,
        }
    }
}

/// What a refusal says: a message of the catalogue and its arguments.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// `id` (with its `error-` prefix) of `i18n/<lang>/errors.ftl`, with its arguments.
    Coded {
        id: &'static str,
        args: Vec<(&'static str, Arg)>,
    },
    /// Text that is not Plenary's to word: a library's own reason, a name as typed (inside a
    /// worded message). Said as it is in every language.
    English(String),
}

/// An argument of a [`Message`]: numbers stay numbers, so that plural rules apply; a
/// message inside a message (a bundle's "FILE was not imported: WHY", where WHY is a
/// message of its own) is worded in the same language as the one around it.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Num(i64),
    /// A message inside the message: a bundle's "FILE was not imported: WHY", or words of
    /// the catalogue (`word!("field-name")`: a field's name, a step, a status), worded in
    /// the same language so that no English is glued into another language's sentence.
    Msg(Box<Message>),
}

impl Message {
    /// The message id (`error-…`), `None` for an English sentence.
    pub fn code(&self) -> Option<&'static str> {
        match self {
            Message::Coded { id, .. } => Some(id),
            Message::English(_) => None,
        }
    }

    /// The message's arguments, by name.
    pub fn args(&self) -> &[(&'static str, Arg)] {
        match self {
            Message::Coded { args, .. } => args,
            Message::English(_) => &[],
        }
    }

    /// The words in `lang` (English when the language lacks the message).
    pub fn said_in(&self, lang: Lang) -> String {
        match self {
            Message::Coded { id, args } => {
                let mut fa = FluentArgs::new();
                for (k, v) in args {
                    match v {
                        Arg::Text(t) => fa.set(*k, t.as_str()),
                        Arg::Num(n) => fa.set(*k, *n),
                        Arg::Msg(m) => fa.set(*k, m.said_in(lang)),
                    }
                }
                crate::i18n::tr(lang, id, Some(&fa))
            }
            Message::English(s) => s.clone(),
        }
    }
}

impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.said_in(Lang::En))
    }
}

impl std::error::Error for Message {}

impl From<Message> for Arg {
    fn from(m: Message) -> Self {
        Arg::Msg(Box::new(m))
    }
}

impl From<String> for Message {
    fn from(s: String) -> Self {
        Message::English(s)
    }
}
impl From<&str> for Message {
    fn from(s: &str) -> Self {
        Message::English(s.to_string())
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}
impl From<uuid::Uuid> for Arg {
    fn from(u: uuid::Uuid) -> Self {
        Arg::Text(u.to_string())
    }
}
impl From<&uuid::Uuid> for Arg {
    fn from(u: &uuid::Uuid) -> Self {
        Arg::Text(u.to_string())
    }
}
macro_rules! num_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Num(n as i64)
            }
        }
        impl From<&$t> for Arg {
            fn from(n: &$t) -> Self {
                Arg::Num(*n as i64)
            }
        }
    )*};
}
num_arg!(i64, i32, u32, u64, usize, u16, u8);

/// Whether a macro's first literal is a message id (`wg-name-empty`) rather than a
/// sentence: ids are lower-case words joined by hyphens (`tests/error_ids.rs`).
pub const fn is_code(s: &str) -> bool {
    let b = s.as_bytes();
    if b.is_empty() {
        return false;
    }
    let mut i = 0;
    while i < b.len() {
        if !(b[i].is_ascii_lowercase() || b[i].is_ascii_digit() || b[i] == b'-') {
            return false;
        }
        i += 1;
    }
    true
}

/// The [`Message`] of `invalid!` and its kin: `("id")` or `("id", name = value, …)` — a
/// message of `errors.ftl` and its values, never a sentence (`tests/error_ids.rs` holds
/// every id to the catalogue).
#[doc(hidden)]
#[macro_export]
macro_rules! error_message {
    ($id:literal) => {
        $crate::error::Message::Coded { id: concat!("error-", $id), args: Vec::new() }
    };
    ($id:literal, $($k:ident = $v:expr),+ $(,)?) => {
        $crate::error::Message::Coded {
            id: concat!("error-", $id),
            args: vec![$((stringify!($k), $crate::error::Arg::from($v))),+],
        }
    };
}

/// A [`Message`] by itself, for the layers that return one rather than an [`Error`] (the
/// bundle reader's: `message!("bundle-signature-mismatch")`).
#[macro_export]
macro_rules! message {
    ($($arg:tt)*) => { $crate::error_message!($($arg)*) };
}

/// Words of the catalogue as an argument of another message ([`Arg::Msg`]):
/// `word!("step-present")`, `word!("field-stance-name", stance = "block")` (the id
/// without its `error-` prefix; `tests/error_ids.rs` checks these ids and arguments too).
#[macro_export]
macro_rules! word {
    ($($arg:tt)*) => { $crate::error::Arg::Msg(Box::new($crate::error_message!($($arg)*))) };
}

/// Shorthands so that rules read as sentences: `return invalid!("wg-name-empty")`.
#[macro_export]
macro_rules! invalid {
    ($($arg:tt)*) => { $crate::Error::Invalid($crate::error_message!($($arg)*)) };
}
#[macro_export]
macro_rules! not_found {
    ($($arg:tt)*) => { $crate::Error::NotFound($crate::error_message!($($arg)*)) };
}
#[macro_export]
macro_rules! conflict {
    ($($arg:tt)*) => { $crate::Error::Conflict($crate::error_message!($($arg)*)) };
}
#[macro_export]
macro_rules! not_allowed {
    ($($arg:tt)*) => { $crate::Error::NotAllowed($crate::error_message!($($arg)*)) };
}

/// `{kind, code, args, message}`: what the UI receives when a command fails. `code` is the
/// catalogue's message id (null while an error has none), `args` its arguments by name,
/// `message` the English (for scripts, logs and callers that do not word it).
impl serde::Serialize for Error {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        let said = self.worded().map(|m| Said::from(m.as_ref()));
        let mut st = s.serialize_struct("Error", 4)?;
        st.serialize_field("kind", self.kind())?;
        st.serialize_field("code", &self.code())?;
        st.serialize_field("args", &said.map(|s| s.args).unwrap_or_default())?;
        st.serialize_field("message", &self.to_string())?;
        st.end()
    }
}

/// A message as data, for what sends or keeps one beyond this process: the UI (why a
/// bundle does not verify, why a record was refused) and an import's report kept in the
/// database. The shape of an error's `{code, args, message}`; a message inside an
/// argument is one of these too. [`Said::said_in`] words it as [`Message::said_in`] does.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
pub struct Said {
    /// The message id (`error-bundle-…`); null for words that have none.
    pub code: Option<String>,
    pub args: std::collections::BTreeMap<String, SaidArg>,
    /// The English.
    pub message: String,
}

/// An argument of a [`Said`]: a number, a text or a message.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(untagged)]
pub enum SaidArg {
    Num(i64),
    Text(String),
    Said(Said),
}

impl From<&Message> for Said {
    fn from(m: &Message) -> Said {
        let args = m
            .args()
            .iter()
            .map(|(k, v)| {
                let v = match v {
                    Arg::Text(t) => SaidArg::Text(t.clone()),
                    Arg::Num(n) => SaidArg::Num(*n),
                    Arg::Msg(inner) => SaidArg::Said(Said::from(inner.as_ref())),
                };
                (k.to_string(), v)
            })
            .collect();
        Said {
            code: m.code().map(str::to_string),
            args,
            message: m.to_string(),
        }
    }
}

impl Said {
    /// A message of any catalogue (`correction-…` of minutes.ftl, a rule's word) with its
    /// values, for what keeps words to be said later: the English worded once, as
    /// [`Said::message`].
    pub fn new<'a>(id: &str, args: impl IntoIterator<Item = (&'a str, SaidArg)>) -> Said {
        let mut s = Said {
            code: Some(id.to_string()),
            args: args.into_iter().map(|(k, v)| (k.to_string(), v)).collect(),
            message: String::new(),
        };
        s.message = s.said_in(Lang::En);
        s
    }

    /// Words the same in every language (no message id).
    pub fn text(text: impl Into<String>) -> Said {
        Said {
            code: None,
            args: Default::default(),
            message: text.into(),
        }
    }

    /// The words in `lang`; the English kept with it when this Plenary's catalogue lacks
    /// its id (a report kept by a newer Plenary).
    pub fn said_in(&self, lang: Lang) -> String {
        let Some(id) = self.code.as_deref().filter(|id| crate::i18n::exists(id)) else {
            return self.message.clone();
        };
        let mut fa = FluentArgs::new();
        for (k, v) in &self.args {
            match v {
                SaidArg::Num(n) => fa.set(k.as_str(), *n),
                SaidArg::Text(t) => fa.set(k.as_str(), t.as_str()),
                SaidArg::Said(inner) => fa.set(k.as_str(), inner.said_in(lang)),
            }
        }
        crate::i18n::tr(lang, id, Some(&fa))
    }
}

/// A message crosses as its [`Said`].
impl serde::Serialize for Message {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        Said::from(self).serialize(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serialises_as_kind_code_args_and_message() {
        let e = crate::not_found!("wg-not-found", id = "3");
        let v = serde_json::to_value(&e).unwrap();
        assert_eq!(
            v,
            serde_json::json!({
                "kind": "not-found",
                "code": "error-wg-not-found",
                "args": {"id": "3"},
                "message": e.to_string(),
            })
        );
        assert!(!e.to_string().contains("error-"), "worded in English: {e}");
        let e = crate::invalid!("field-empty", field = crate::word!("field-name"));
        let v = serde_json::to_value(&e).unwrap();
        assert_eq!(
            v["args"],
            serde_json::json!({"field": {"code": "error-field-name", "args": {}, "message": "name"}})
        );
        assert_eq!(v["message"], "name is empty");
        let e = Error::Invalid("name is empty".into());
        let v = serde_json::to_value(&e).unwrap();
        assert_eq!(
            v,
            serde_json::json!({"kind": "invalid-input", "code": null, "args": {}, "message": "name is empty"})
        );
    }

    #[test]
    fn tells_ids_from_sentences() {
        assert!(is_code("wg-name-empty"));
        assert!(is_code("stack-entry-2"));
        assert!(!is_code("name is empty"));
        assert!(!is_code("no entry {id}"));
        assert!(!is_code(""));
    }
}
