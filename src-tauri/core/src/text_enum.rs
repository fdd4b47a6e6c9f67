//! Closed sets of words (categories, statuses, kinds) stored as text in SQLite, written as
//! kebab-case in JSON and on the command line, and exported as TypeScript unions.

/// Declares an enum whose every variant has one spelling everywhere: SQL, JSON, CLI, UI.
#[macro_export]
macro_rules! text_enum {
    ($(#[$meta:meta])* $name:ident, $what:literal { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
                 serde::Serialize, serde::Deserialize, ts_rs::TS)]
        pub enum $name {
            $( #[serde(rename = $text)] $variant ),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// Every spelling, in declaration order (bundle schemas are built from these).
            pub const TEXTS: &'static [&'static str] = &[$($text),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::Error;
            fn from_str(s: &str) -> $crate::Result<Self> {
                match s.trim() {
                    $($text => Ok($name::$variant),)+
                    other => Err($crate::text_enum::unknown($what, other, Self::TEXTS)),
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl rusqlite::types::ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(rusqlite::types::ToSqlOutput::from(self.as_str()))
            }
        }

        impl rusqlite::types::FromSql for $name {
            fn column_result(v: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
                let s = v.as_str()?;
                s.parse().map_err(|e: $crate::Error| rusqlite::types::FromSqlError::Other(Box::new(e)))
            }
        }
    };
}

/// The refusal of a word that is not one of a set's: the set's name (`$what`) worded in
/// the refusal's language, the word given and the ones expected as they are typed.
pub fn unknown(what: &str, given: &str, expected: &[&str]) -> crate::Error {
    crate::invalid!(
        "unknown-value",
        what = what_word(what),
        given = given,
        expected = expected.join(", ")
    )
}

/// The name of a set of words (a `text_enum!`'s `$what`) in a refusal.
fn what_word(what: &str) -> crate::error::Arg {
    match what {
        "actor" => crate::word!("what-actor"),
        "amendment status" => crate::word!("what-amendment-status"),
        "change" => crate::word!("what-change"),
        "decision reason" => crate::word!("what-decision-reason"),
        "stack entry kind" => crate::word!("what-stack-entry-kind"),
        "hand request status" => crate::word!("what-hand-request-status"),
        "hand state" => crate::word!("what-hand-state"),
        "hearing action" => crate::word!("what-hearing-action"),
        "kind of search hit" => crate::word!("what-search-hit-kind"),
        "agenda item kind" => crate::word!("what-agenda-item-kind"),
        "agenda item status" => crate::word!("what-agenda-item-status"),
        "meeting status" => crate::word!("what-meeting-status"),
        "meeting format" => crate::word!("what-meeting-format"),
        "minutes format" => crate::word!("what-minutes-format"),
        "process step" => crate::word!("what-process-step"),
        "proposal action" => crate::word!("what-proposal-action"),
        "proposal status" => crate::word!("what-proposal-status"),
        "stack reason" => crate::word!("what-stack-reason"),
        "stack policy" => crate::word!("what-stack-policy"),
        "stance" => crate::word!("what-stance"),
        "working-group category" => crate::word!("what-wg-category"),
        "working-group status" => crate::word!("what-wg-status"),
        "outcome" => crate::word!("what-outcome"),
        "WG voice" => crate::word!("what-wg-voice"),
        "view" => crate::word!("what-view"),
        "room role" => crate::word!("what-room-role"),
        "stack entry status" => crate::word!("what-stack-entry-status"),
        "key status" => crate::word!("what-key-status"),
        "inbox file state" => crate::word!("what-inbox-file-state"),
        other => other.into(),
    }
}
