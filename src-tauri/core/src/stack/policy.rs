//! The floor policy of a meeting (ga-process.md, "Fair floor: the policies an assembly
//! chooses"): a base order (`fifo` or `progressive`) composed with `first-time-first`,
//! `alternate:<list>|<list>…`, `cap:N` and `no-repeat`. Written as the assembly types
//! it — `progressive,alternate:women and non-binary|open,cap:2` — and read back the same
//! way: [`FloorPolicy::to_string`] is the canonical text that [`str::parse`] accepts.

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;
use crate::meeting::StackPolicy;
use crate::{invalid, t, Error};

/// Most sub-lists a policy may alternate between.
pub const MAX_LISTS: usize = 8;
/// Highest cap accepted (speeches per person per item).
pub const MAX_CAP: u32 = 99;
/// Longest sub-list name.
pub const MAX_LIST_NAME: usize = 60;

/// A meeting's floor policy: how the `speak` band of every stack of the meeting is
/// ordered, and the cap on speeches. Points of process, information, clarifying questions
/// and direct responses always keep their bands, in the order added.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct FloorPolicy {
    /// `fifo` or `progressive`.
    pub base: StackPolicy,
    /// Within `speak`, people who have not spoken in this meeting before those who have.
    pub first_time_first: bool,
    /// The sub-lists the `speak` band alternates between, in turn order (empty: none).
    /// Someone who chose no list, or a list not named here, waits on the last one (by
    /// custom the open list).
    pub alternate: Vec<String>,
    /// At most this many speeches (in the `speak` band) per person per item.
    pub cap: Option<u32>,
    /// Nobody takes the floor twice in a row on an item unless nobody else waits.
    pub no_repeat: bool,
}

impl FloorPolicy {
    /// Just a base order, as every meeting starts.
    pub fn base(base: StackPolicy) -> Self {
        FloorPolicy {
            base,
            first_time_first: false,
            alternate: Vec::new(),
            cap: None,
            no_repeat: false,
        }
    }

    /// The sub-list a person waits on under this policy: the list they chose if the
    /// policy names it (matched without regard to case), else the last list. `None` when
    /// the policy does not alternate.
    pub fn list_index(&self, chosen: Option<&str>) -> Option<usize> {
        if self.alternate.is_empty() {
            return None;
        }
        let last = self.alternate.len() - 1;
        Some(
            chosen
                .and_then(|c| {
                    self.alternate
                        .iter()
                        .position(|l| l.to_lowercase() == c.trim().to_lowercase())
                })
                .unwrap_or(last),
        )
    }

    /// In words, for the stack view and the minutes: "progressive stack; first time
    /// first; alternating women | open; at most 2 speeches per item; no one twice in a row".
    pub fn label(&self) -> String {
        self.label_in(Lang::En)
    }

    /// [`Self::label`] in another language (the sub-lists keep the names the assembly
    /// gave them).
    pub fn label_in(&self, lang: Lang) -> String {
        let mut parts = vec![match self.base {
            StackPolicy::Progressive => t!(lang, "policy-progressive"),
            StackPolicy::Fifo => t!(lang, "policy-fifo"),
        }];
        if self.first_time_first {
            parts.push(t!(lang, "policy-first-time-first"));
        }
        if !self.alternate.is_empty() {
            parts.push(t!(
                lang,
                "policy-alternate",
                lists = self.alternate.join(" | ")
            ));
        }
        if let Some(n) = self.cap {
            parts.push(t!(lang, "policy-cap", n = n));
        }
        if self.no_repeat {
            parts.push(t!(lang, "policy-no-repeat"));
        }
        parts.join(&t!(lang, "list-separator"))
    }
}

impl std::fmt::Display for FloorPolicy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.base)?;
        if self.first_time_first {
            write!(f, ",first-time-first")?;
        }
        if !self.alternate.is_empty() {
            write!(f, ",alternate:{}", self.alternate.join("|"))?;
        }
        if let Some(n) = self.cap {
            write!(f, ",cap:{n}")?;
        }
        if self.no_repeat {
            write!(f, ",no-repeat")?;
        }
        Ok(())
    }
}

impl std::str::FromStr for FloorPolicy {
    type Err = Error;

    /// `fifo|progressive[,first-time-first][,alternate:A|B…][,cap:N][,no-repeat]`, parts
    /// in any order after the base, each at most once.
    fn from_str(s: &str) -> Result<Self, Error> {
        // Each refusal ends by showing how a policy is written (errors.ftl).
        let mut parts = s.split(',').map(str::trim);
        let first = parts.next().unwrap_or_default();
        let base: StackPolicy = first
            .parse()
            .map_err(|_| invalid!("policy-bad-base", policy = s, first = first))?;
        let mut p = FloorPolicy::base(base);
        let mut seen: Vec<&str> = Vec::new();
        for part in parts {
            let (name, arg) = match part.split_once(':') {
                Some((n, a)) => (n.trim(), Some(a.trim())),
                None => (part, None),
            };
            if seen.contains(&name) {
                return Err(invalid!("policy-part-twice", policy = s, part = name));
            }
            seen.push(name);
            match (name, arg) {
                ("first-time-first", None) => p.first_time_first = true,
                ("no-repeat", None) => p.no_repeat = true,
                ("cap", Some(n)) => {
                    let n: u32 = n
                        .parse()
                        .ok()
                        .filter(|n| (1..=MAX_CAP).contains(n))
                        .ok_or_else(|| invalid!("policy-bad-cap", cap = n, max = MAX_CAP))?;
                    p.cap = Some(n);
                }
                ("alternate", Some(lists)) => {
                    let mut names: Vec<String> = Vec::new();
                    for l in lists.split('|').map(str::trim) {
                        if l.is_empty() {
                            return Err(invalid!("policy-empty-list-name", lists = lists));
                        }
                        if l.chars().count() > MAX_LIST_NAME || l.chars().any(char::is_control) {
                            return Err(invalid!(
                                "policy-bad-list-name",
                                list = l,
                                max = MAX_LIST_NAME
                            ));
                        }
                        if names.iter().any(|n| n.to_lowercase() == l.to_lowercase()) {
                            return Err(invalid!("policy-list-twice", lists = lists, list = l));
                        }
                        names.push(l.to_string());
                    }
                    if names.len() < 2 || names.len() > MAX_LISTS {
                        return Err(invalid!(
                            "policy-list-count",
                            lists = lists,
                            max = MAX_LISTS
                        ));
                    }
                    p.alternate = names;
                }
                ("first-time-first" | "no-repeat", Some(_)) => {
                    return Err(invalid!("policy-takes-no-value", part = name))
                }
                ("cap" | "alternate", None) => {
                    return Err(invalid!("policy-needs-value", part = name))
                }
                ("fifo" | "progressive", _) => {
                    return Err(invalid!("policy-base-twice", policy = s))
                }
                _ => return Err(invalid!("policy-unknown-part", part = part)),
            }
        }
        Ok(p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_in_canonical_form() {
        for (typed, canonical) in [
            ("progressive", "progressive"),
            ("fifo, no-repeat ,cap:2", "fifo,cap:2,no-repeat"),
            (
                "progressive,alternate: women and non-binary | open ,first-time-first",
                "progressive,first-time-first,alternate:women and non-binary|open",
            ),
        ] {
            let p: FloorPolicy = typed.parse().unwrap();
            assert_eq!(p.to_string(), canonical);
            assert_eq!(p.to_string().parse::<FloorPolicy>().unwrap(), p);
        }
    }

    #[test]
    fn refuses_what_is_not_a_policy() {
        for (bad, says) in [
            ("", "must start with fifo or progressive"),
            ("cap:2", "must start with fifo or progressive"),
            ("fifo,cap:0", "from 1 to 99"),
            ("fifo,cap:x", "from 1 to 99"),
            ("fifo,cap", "needs a value"),
            ("fifo,alternate:open", "2 to 8 lists"),
            ("fifo,alternate:a||b", "empty list name"),
            ("fifo,alternate:Open|open", "twice"),
            ("fifo,no-repeat,no-repeat", "no-repeat twice"),
            ("fifo,progressive", "base order twice"),
            ("fifo,women-first", "is not part of a policy"),
            ("fifo,no-repeat:1", "takes no value"),
        ] {
            let e = bad.parse::<FloorPolicy>().unwrap_err().to_string();
            assert!(e.contains(says), "{bad:?}: {e}");
        }
    }

    #[test]
    fn people_without_a_named_list_wait_on_the_last_one() {
        let p: FloorPolicy = "fifo,alternate:women|open".parse().unwrap();
        assert_eq!(p.list_index(Some("Women")), Some(0));
        assert_eq!(p.list_index(Some("open")), Some(1));
        assert_eq!(p.list_index(Some("youth")), Some(1));
        assert_eq!(p.list_index(None), Some(1));
        assert_eq!(
            FloorPolicy::base(StackPolicy::Fifo).list_index(Some("women")),
            None
        );
    }
}
