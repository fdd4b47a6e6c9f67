//! Languages (architecture.md, "Languages"): the words a person reads come from one
//! message catalogue per language — `i18n/<lang>/*.ftl` at the repository's root, Project
//! Fluent — read here with `include_str!` and by the UI's build (`ui/src/lib/i18n.ts`)
//! from the same files. The core returns codes and values; the edge (a renderer of the
//! minutes, the command line, the UI) chooses the words with [`tr`].
//!
//! English is the reference: every message of `en` exists in every other language with
//! the same placeholders (`tests/i18n.rs`). A message missing from a language falls back
//! to English, so a catalogue behind the others shows English words, never an id.
//! Plural rules are CLDR's (through `fluent-bundle`'s `intl_pluralrules`). Dates in the
//! minutes stay ISO 8601 (`2026-11-19`) and times 24-hour `HH:MM`, which every one of
//! the seven languages reads; numbers are written with Western digits in all of them
//! (references such as `RIV-GA-3` carry them too).

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
pub use fluent_bundle::FluentArgs;
use fluent_bundle::{FluentResource, FluentValue};

use crate::{invalid, Result};

/// A language Plenary speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Es,
    Fr,
    De,
    Pt,
    El,
    Ar,
}

/// One language's catalogue files, in the order they are added to its bundle.
struct Catalogue {
    lang: Lang,
    files: &'static [(&'static str, &'static str)],
}

/// The catalogue files of a language: `(file name, text)`.
macro_rules! catalogue {
    ($lang:expr, $dir:literal) => {
        Catalogue {
            lang: $lang,
            files: &[
                (
                    "minutes.ftl",
                    include_str!(concat!("../../../i18n/", $dir, "/minutes.ftl")),
                ),
                (
                    "errors.ftl",
                    include_str!(concat!("../../../i18n/", $dir, "/errors.ftl")),
                ),
                // A bundle's refusals (`Error::Bundle`: src/bundle/).
                (
                    "errors-bundle.ftl",
                    include_str!(concat!("../../../i18n/", $dir, "/errors-bundle.ftl")),
                ),
                (
                    "cli.ftl",
                    include_str!(concat!("../../../i18n/", $dir, "/cli.ftl")),
                ),
                // The participants' page (the room's server): its own words, the
                // projector's (the steps of a hearing) and the stack's (why a hand
                // stands where it does).
                (
                    "room-page.ftl",
                    include_str!(concat!("../../../i18n/", $dir, "/room-page.ftl")),
                ),
                (
                    "projector.ftl",
                    include_str!(concat!("../../../i18n/", $dir, "/projector.ftl")),
                ),
                // The stack's words the window shows (kinds' signals, reasons, why not,
                // undo), which the core says in the app's language (`Db::stack_view_in`)
                // and `plenary stack show` says too.
                (
                    "stack.ftl",
                    include_str!(concat!("../../../i18n/", $dir, "/stack.ftl")),
                ),
                // The desktop shell's own words: its native dialogs' titles and filters.
                (
                    "shell.ftl",
                    include_str!(concat!("../../../i18n/", $dir, "/shell.ftl")),
                ),
            ],
        }
    };
}

const CATALOGUES: &[Catalogue] = &[
    catalogue!(Lang::En, "en"),
    catalogue!(Lang::Es, "es"),
    catalogue!(Lang::Fr, "fr"),
    catalogue!(Lang::De, "de"),
    catalogue!(Lang::Pt, "pt"),
    catalogue!(Lang::El, "el"),
    catalogue!(Lang::Ar, "ar"),
];

impl Lang {
    pub const ALL: &'static [Lang] = &[
        Lang::En,
        Lang::Es,
        Lang::Fr,
        Lang::De,
        Lang::Pt,
        Lang::El,
        Lang::Ar,
    ];

    /// The BCP 47 code: `en`, `es`, … (also the catalogue's folder).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Fr => "fr",
            Lang::De => "de",
            Lang::Pt => "pt",
            Lang::El => "el",
            Lang::Ar => "ar",
        }
    }

    /// The language's own name for itself ("Español", "العربية").
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::Fr => "Français",
            Lang::De => "Deutsch",
            Lang::Pt => "Português",
            Lang::El => "Ελληνικά",
            Lang::Ar => "العربية",
        }
    }

    /// Written right to left.
    pub fn is_rtl(self) -> bool {
        self == Lang::Ar
    }

    /// `rtl` or `ltr`, for `<html dir>`.
    pub fn dir(self) -> &'static str {
        if self.is_rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// CLDR's ordinal plural category of `n` (`one`, `two`, `few`, `other`), for a
    /// message's selector: "1st", "2nd", "3rd", "4th" in English, "1er", "2e" in French;
    /// the other five languages write every ordinal one way (CLDR gives them `other`
    /// only). `fluent-bundle` 0.15 has no `NUMBER(type: "ordinal")`, so the renderer
    /// passes the category as `$ord`.
    pub fn ordinal_category(self, n: i64) -> &'static str {
        match self {
            Lang::En => match (n % 10, n % 100) {
                (1, r) if r != 11 => "one",
                (2, r) if r != 12 => "two",
                (3, r) if r != 13 => "few",
                _ => "other",
            },
            Lang::Fr if n == 1 => "one",
            _ => "other",
        }
    }

    /// A locale as the system or a person writes it — `es`, `es-ES`, `es_ES.UTF-8`,
    /// `fr_FR@euro`, `PT-br` — read for its language; `None` for one Plenary does not
    /// speak (and for `C` and `POSIX`).
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let lang = locale
            .trim()
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Lang::ALL.iter().copied().find(|l| l.code() == lang)
    }

    /// The language a command is asked to answer in (its `lang` argument: the app's
    /// language); English without one.
    pub fn of_arg(code: Option<&str>) -> Result<Lang> {
        code.map_or(Ok(Lang::En), str::parse)
    }

    /// The command line's language from the environment, as gettext reads it: the first
    /// of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and not empty decides; English when
    /// it names a language Plenary does not speak.
    pub fn from_env() -> Lang {
        Self::from_vars(|name| std::env::var(name).ok())
    }

    /// [`Lang::from_env`] over any source of variables (tests).
    pub fn from_vars(var: impl Fn(&str) -> Option<String>) -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| var(name).filter(|v| !v.trim().is_empty()))
            .next()
            .and_then(|v| Lang::from_locale(&v))
            .unwrap_or_default()
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl std::str::FromStr for Lang {
    type Err = crate::Error;
    /// A language code as a person types it (`--lang es`, `es-ES`).
    fn from_str(s: &str) -> Result<Lang> {
        Lang::from_locale(s).ok_or_else(|| {
            let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
            invalid!(
                "i18n-unknown-language",
                given = s.trim(),
                choices = codes.join(", ")
            )
        })
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static Vec<Bundle> {
    static BUNDLES: OnceLock<Vec<Bundle>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        CATALOGUES
            .iter()
            .map(|c| {
                let id = c.lang.code().parse().unwrap_or_default();
                let mut bundle = Bundle::new_concurrent(vec![id]);
                // Isolation marks keep a name in Latin script from reordering an Arabic
                // sentence around it; in left-to-right languages they would only be
                // invisible characters in files people copy from.
                bundle.set_use_isolating(c.lang.is_rtl());
                for (_, text) in c.files {
                    // A syntax error keeps the messages that parsed; the completeness
                    // test (tests/i18n.rs) fails on any error.
                    let resource = FluentResource::try_new(text.to_string())
                        .unwrap_or_else(|(partial, _)| partial);
                    let _ = bundle.add_resource(resource);
                }
                bundle
            })
            .collect()
    })
}

fn bundle(lang: Lang) -> &'static Bundle {
    let all = bundles();
    let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    &all[i]
}

/// The message `id` in `lang`, with `args`; in English when `lang` lacks it; the id
/// itself when English lacks it too (the completeness test keeps that from shipping).
pub fn tr(lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
    for b in [bundle(lang), bundle(Lang::En)] {
        if let Some(pattern) = b.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            let text = b.format_pattern(pattern, args, &mut errors);
            return text.into_owned();
        }
    }
    id.to_string()
}

/// Whether English — the reference, which every language has all of — has the message
/// `id` (for an edge that looks up ids it derives, such as the command line's help).
pub fn exists(id: &str) -> bool {
    bundle(Lang::En).has_message(id)
}

/// Words written into a record (an agenda item's title, a placeholder's name) rather
/// than shown: without the invisible marks (U+2068, U+2069) a right-to-left catalogue
/// puts around each value for display.
pub fn for_record(words: String) -> String {
    words.replace(['\u{2068}', '\u{2069}'], "")
}

/// The raw catalogue files of a language, for the completeness test: `(file name, text)`.
pub fn catalogue_files(lang: Lang) -> &'static [(&'static str, &'static str)] {
    CATALOGUES
        .iter()
        .find(|c| c.lang == lang)
        .map(|c| c.files)
        .unwrap_or(&[])
}

/// `t!(lang, "id")` or `t!(lang, "id", name = value, …)`: a message in `lang`.
#[macro_export]
macro_rules! t {
    ($lang:expr, $id:expr) => {
        $crate::i18n::tr($lang, $id, None)
    };
    ($lang:expr, $id:expr, $($k:ident = $v:expr),+ $(,)?) => {{
        let mut a = $crate::i18n::FluentArgs::new();
        $( a.set(stringify!($k), $crate::i18n::value($v)); )+
        $crate::i18n::tr($lang, $id, Some(&a))
    }};
}

/// A value for a message's placeable: numbers stay numbers (so plural rules apply),
/// everything else is text.
pub fn value<'a>(v: impl Into<Value<'a>>) -> FluentValue<'a> {
    match v.into() {
        Value::Num(n) => FluentValue::from(n),
        Value::Text(s) => FluentValue::from(s),
    }
}

/// What [`value`] takes.
pub enum Value<'a> {
    Num(i64),
    Text(std::borrow::Cow<'a, str>),
}

macro_rules! num_value {
    ($($t:ty),*) => {$(
        impl<'a> From<$t> for Value<'a> {
            fn from(n: $t) -> Self {
                Value::Num(n as i64)
            }
        }
    )*};
}
num_value!(i64, i32, u32, u64, usize);

impl<'a> From<&'a str> for Value<'a> {
    fn from(s: &'a str) -> Self {
        Value::Text(s.into())
    }
}
impl<'a> From<&'a String> for Value<'a> {
    fn from(s: &'a String) -> Self {
        Value::Text(s.as_str().into())
    }
}
impl<'a> From<String> for Value<'a> {
    fn from(s: String) -> Self {
        Value::Text(s.into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_locales_as_systems_write_them() {
        assert_eq!(Lang::from_locale("es_ES.UTF-8"), Some(Lang::Es));
        assert_eq!(Lang::from_locale("fr_FR@euro"), Some(Lang::Fr));
        assert_eq!(Lang::from_locale("pt-BR"), Some(Lang::Pt));
        assert_eq!(Lang::from_locale("EL"), Some(Lang::El));
        assert_eq!(Lang::from_locale("C"), None);
        assert_eq!(Lang::from_locale("it_IT"), None);
        assert!("xx".parse::<Lang>().is_err());
        let env = |vars: &'static [(&'static str, &'static str)]| {
            Lang::from_vars(move |n| {
                vars.iter()
                    .find(|(k, _)| *k == n)
                    .map(|(_, v)| v.to_string())
            })
        };
        assert_eq!(env(&[("LANG", "de_DE.UTF-8")]), Lang::De);
        assert_eq!(
            env(&[("LANG", "de_DE.UTF-8"), ("LC_MESSAGES", "ar_EG")]),
            Lang::Ar
        );
        assert_eq!(
            env(&[("LC_ALL", "el_GR"), ("LC_MESSAGES", "ar_EG")]),
            Lang::El
        );
        assert_eq!(env(&[("LC_ALL", ""), ("LANG", "pt_PT")]), Lang::Pt);
        assert_eq!(env(&[("LANG", "C.UTF-8")]), Lang::En);
        assert_eq!(env(&[]), Lang::En);
    }

    #[test]
    fn plural_rules_and_fallback() {
        assert_eq!(t!(Lang::En, "count-blocks", n = 1), "1 block");
        assert_eq!(t!(Lang::En, "count-blocks", n = 3), "3 blocks");
        assert_eq!(t!(Lang::Es, "count-blocks", n = 1), "1 bloqueo");
        assert_eq!(t!(Lang::Es, "count-blocks", n = 2), "2 bloqueos");
        // Arabic's own plural forms (CLDR: zero, one, two, few, many, other).
        assert_ne!(
            t!(Lang::Ar, "count-blocks", n = 2),
            t!(Lang::Ar, "count-blocks", n = 3)
        );
        assert_eq!(tr(Lang::Fr, "no-such-message", None), "no-such-message");
    }
}
