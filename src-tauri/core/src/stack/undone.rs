//! What an undo step undoes, in words: a message of `stack.ftl` (`stack-undone-…`) and
//! its values, kept with the step (`stack_undo.words`), so that "Undo: add Sam (to
//! speak)" is said in the language of whoever looks at the stack, not the one it was
//! recorded in. The English of it is also kept as the step's `label` (the journal, the
//! command line's `--json`).

use serde::{Deserialize, Serialize};

use super::order::EntryKind;
use super::policy::FloorPolicy;
use crate::i18n::{tr, FluentArgs, Lang};

/// One value of the words: said in the language at the time they are shown.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "t", content = "v", rename_all = "kebab-case")]
pub enum Value {
    /// A name, a working group, a sub-list: as typed.
    Text(String),
    /// A stack entry's kind ("to speak").
    Kind(EntryKind),
    /// A speaker's time limit in seconds; none: no limit.
    Limit(Option<i64>),
    /// A floor policy, as its code (`fifo,alternate:women|open`).
    Policy(String),
    /// A yes/no a sentence chooses its words by (Fluent's selector: `yes` / `no`).
    Yes(bool),
}

/// The words of an undo step: a `stack.ftl` message id and its named values.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Undone {
    pub id: String,
    pub args: Vec<(String, Value)>,
}

impl Undone {
    pub fn new(id: &str) -> Self {
        Undone {
            id: id.into(),
            args: Vec::new(),
        }
    }

    pub fn with(mut self, name: &str, value: Value) -> Self {
        self.args.push((name.into(), value));
        self
    }

    /// The words in `lang`.
    pub fn said_in(&self, lang: Lang) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in &self.args {
            let said = match value {
                Value::Text(t) => t.clone(),
                Value::Kind(k) => k.label_in(lang),
                Value::Limit(None) => tr(lang, "stack-undone-limit-none", None),
                Value::Limit(Some(s)) => {
                    let (id, n) = if s % 60 == 0 {
                        ("stack-undone-limit-min", s / 60)
                    } else {
                        ("stack-undone-limit-s", *s)
                    };
                    let mut a = FluentArgs::new();
                    a.set("n", n.to_string());
                    tr(lang, id, Some(&a))
                }
                // A code this Plenary cannot read any more is shown as it was kept.
                Value::Policy(code) => code
                    .parse::<FloorPolicy>()
                    .map(|p| p.label_in(lang))
                    .unwrap_or_else(|_| code.clone()),
                Value::Yes(yes) => if *yes { "yes" } else { "no" }.to_string(),
            };
            args.set(name.as_str(), said);
        }
        tr(lang, &self.id, Some(&args))
    }

    /// As kept in `stack_undo.words`.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("plain values serialize")
    }

    /// From `stack_undo.words`; `None` when there are none (a step kept before migration
    /// 0026) or they cannot be read.
    pub fn from_json(words: Option<&str>) -> Option<Self> {
        serde_json::from_str(words?).ok()
    }
}
