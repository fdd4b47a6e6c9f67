//! Decision rules as written by people: `consensus`, `modified:90`, `supermajority:2/3`,
//! `majority`, and the fractions used beside them (`stand_aside_limit`, e.g. `1/3`).
//! Parsing and display live here; applying a rule to counts lives in `decision.rs`.

use std::fmt;
use std::str::FromStr;

use crate::error::{Said, SaidArg};
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
        let bad = || invalid!("rule-unknown", rule = s);
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

impl DecisionRule {
    /// Whether the rule ever goes to a vote (support / against). Under `consensus`
    /// disagreement is a stand-aside or a block, never a vote.
    pub fn has_vote(self) -> bool {
        !matches!(self, DecisionRule::Consensus)
    }
}

/// A rule as written, as a message to be said later (a correction's value): as written in
/// English ("modified:90"), in words in another language ("consenso modificado (90 %)");
/// a rule this Plenary cannot read is its text.
pub fn rule_said(rule: &str) -> Said {
    match rule.parse::<DecisionRule>() {
        Ok(DecisionRule::Consensus) => Said::new("rule-consensus", []),
        Ok(DecisionRule::Modified(p)) => {
            Said::new("rule-modified", [("percent", SaidArg::Num(p.into()))])
        }
        Ok(DecisionRule::Supermajority(a, b)) => Said::new(
            "rule-supermajority",
            [("share", SaidArg::Text(format!("{a}/{b}")))],
        ),
        Ok(DecisionRule::Majority) => Said::new("rule-majority", []),
        Err(_) => Said::text(rule),
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

/// A fraction A/B with 0 < A ≤ B, written `A/B` (a stand-aside limit such as `1/3`).
/// Kept as two integers: comparisons cross-multiply, so 1/3 is exactly one third.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fraction {
    pub num: u32,
    pub den: u32,
}

impl Fraction {
    /// `a / b ≥ self`, exactly (`a·den ≥ num·b` in u128). False when `b` is 0.
    pub fn reached_by(self, a: u64, b: u64) -> bool {
        b > 0 && a as u128 * self.den as u128 >= self.num as u128 * b as u128
    }
}

impl FromStr for Fraction {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        let s = s.trim();
        let bad = || invalid!("rule-bad-fraction", fraction = s);
        let (a, b) = s.split_once('/').ok_or_else(bad)?;
        let (num, den): (u32, u32) = (
            a.trim().parse().map_err(|_| bad())?,
            b.trim().parse().map_err(|_| bad())?,
        );
        if num == 0 || den == 0 || num > den {
            return Err(bad());
        }
        Ok(Fraction { num, den })
    }
}

impl fmt::Display for Fraction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.num, self.den)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fractions() {
        let third: Fraction = "1/3".parse().unwrap();
        assert_eq!(third.to_string(), "1/3");
        assert!(third.reached_by(1, 3) && third.reached_by(2, 5) && !third.reached_by(3, 10));
        assert!(!third.reached_by(0, 0));
        for bad in ["", "1", "0/3", "4/3", "1/0", "a/b", "1/3/4", "-1/3"] {
            assert_eq!(
                bad.parse::<Fraction>().unwrap_err().kind(),
                "invalid-input",
                "{bad}"
            );
        }
    }

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
