//! Decision rules as written by people: `consensus`, `modified:90`, `supermajority:2/3`,
//! `majority`. Parsing and display live here; applying a rule to counts lives with
//! decisions.

use std::fmt;
use std::str::FromStr;

use crate::{invalid, Error, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecisionRule {
    /// Any block blocks; otherwise consensus. `against` is not an input under this rule.
    Consensus,
    /// Modified consensus at P percent (0 < P ≤ 100).
    Modified(u32),
    /// A ratio of at least A/B (0 < A ≤ B).
    Supermajority(u32, u32),
    /// More than half.
    Majority,
}

impl FromStr for DecisionRule {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        let s = s.trim();
        let bad = || {
            invalid!(
                "unknown decision rule {s:?}: use consensus, modified:P (0 < P ≤ 100, e.g. modified:90), supermajority:A/B (e.g. supermajority:2/3) or majority"
            )
        };
        match s {
            "consensus" => return Ok(DecisionRule::Consensus),
            "majority" => return Ok(DecisionRule::Majority),
            _ => {}
        }
        if let Some(p) = s.strip_prefix("modified:") {
            let p: u32 = p.parse().map_err(|_| bad())?;
            if p == 0 || p > 100 {
                return Err(bad());
            }
            return Ok(DecisionRule::Modified(p));
        }
        if let Some(ab) = s.strip_prefix("supermajority:") {
            let (a, b) = ab.split_once('/').ok_or_else(bad)?;
            let (a, b): (u32, u32) = (a.parse().map_err(|_| bad())?, b.parse().map_err(|_| bad())?);
            if a == 0 || b == 0 || a > b {
                return Err(bad());
            }
            return Ok(DecisionRule::Supermajority(a, b));
        }
        Err(bad())
    }
}

impl fmt::Display for DecisionRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecisionRule::Consensus => f.write_str("consensus"),
            DecisionRule::Modified(p) => write!(f, "modified:{p}"),
            DecisionRule::Supermajority(a, b) => write!(f, "supermajority:{a}/{b}"),
            DecisionRule::Majority => f.write_str("majority"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        for s in [
            "consensus",
            "modified:90",
            "modified:100",
            "supermajority:2/3",
            "majority",
        ] {
            assert_eq!(s.parse::<DecisionRule>().unwrap().to_string(), s);
        }
    }

    #[test]
    fn refuses_nonsense() {
        for s in [
            "",
            "modified:0",
            "modified:101",
            "modified:x",
            "supermajority:3/2",
            "supermajority:0/3",
            "supermajority:2",
            "unanimous",
        ] {
            let e = s.parse::<DecisionRule>().unwrap_err();
            assert_eq!(e.kind(), "invalid-input", "{s}");
        }
    }
}
