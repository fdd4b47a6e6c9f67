//! The rules an imported record must meet beyond its columns' types and the database's
//! constraints: those that need the core's own logic (a decision adds up under its rule)
//! or a look at other records (the version a decision names exists). Checked by
//! [`super::stage`] before the record is written; a record that breaks one is refused with
//! the reason. Each rule is written in docs/bundle-format.md, "Record rules".

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension};

use super::records::Record;
use super::tables::Table;
use crate::decision::{self, Counts, Outcome};
use crate::rule::{DecisionRule, Fraction};

/// Checks `rec` of `table` against the rules of its table; `conn` sees what the import
/// has written so far (tables come in dependency order).
pub(super) fn check(conn: &Connection, table: &Table, rec: &Record) -> Result<(), String> {
    let get = |name: &str| -> &Value {
        table
            .columns()
            .position(|c| c.name == name)
            .map(|i| &rec.values[i])
            .unwrap_or(&Value::Null)
    };
    match table.name {
        "decisions" => decision_adds_up(conn, &get),
        "decision_stances" => {
            if text(get("stance")) == Some("block") && text(get("reason")).unwrap_or("").is_empty()
            {
                Err("it is a block without a reason: a block always gives its reason".into())
            } else {
                Ok(())
            }
        }
        _ => Ok(()),
    }
}

/// A rule or fraction parsed from its text, refused unless written exactly as it is
/// displayed (`modified:90`, not ` modified:090`).
fn written<T>(v: &Value) -> Result<T, String>
where
    T: std::str::FromStr<Err = crate::Error> + std::fmt::Display,
{
    let s = text(v).unwrap_or("");
    let parsed: T = s.parse().map_err(|e: crate::Error| e.to_string())?;
    if parsed.to_string() != s {
        return Err(format!("{s:?} is not written as {parsed}"));
    }
    Ok(parsed)
}

fn text(v: &Value) -> Option<&str> {
    match v {
        Value::Text(s) => Some(s),
        _ => None,
    }
}

fn int(v: &Value) -> Option<i64> {
    match v {
        Value::Integer(i) => Some(*i),
        _ => None,
    }
}

/// A decision's rules parse, the version it decides exists, and its outcome is the one the
/// core's decision function gives for its counts, rule, quorum and stand-aside limit.
fn decision_adds_up<'v>(conn: &Connection, get: &impl Fn(&str) -> &'v Value) -> Result<(), String> {
    // Each as Plenary writes it (no spaces, no leading zeros): the JSON Schemas' patterns.
    let rule = written::<DecisionRule>(get("rule"))
        .map_err(|e| format!("its rule is not one this Plenary knows: {e}"))?;
    written::<DecisionRule>(get("default_rule"))
        .map_err(|e| format!("its default_rule is not one this Plenary knows: {e}"))?;
    let limit = match get("stand_aside_limit") {
        Value::Null => None,
        v => Some(
            written::<Fraction>(v)
                .map_err(|e| format!("its stand_aside_limit is not a fraction: {e}"))?,
        ),
    };
    let count = |name: &str| {
        int(get(name))
            .and_then(|n| u32::try_from(n).ok())
            .unwrap_or(0)
    };
    let counts = Counts {
        support: count("support"),
        against: count("against"),
        stand_asides: count("stand_asides"),
        blocks: count("blocks"),
    };
    if !rule.has_vote() && counts.against > 0 {
        return Err(format!(
            "it counts {} against under consensus, where disagreement is a stand-aside or a block",
            counts.against
        ));
    }
    let quorum = int(get("quorum")).and_then(|q| u32::try_from(q).ok());
    let stored: Outcome = text(get("outcome"))
        .and_then(|o| o.parse().ok())
        .ok_or("its outcome is not an outcome")?;
    let verdict = decision::evaluate(&counts, rule, quorum, limit);
    if verdict.outcome != stored {
        return Err(format!(
            "its outcome is {stored}, but {} support, {} against, {} stand-asides and {} blocks under {rule}{}{} give {} ({})",
            counts.support,
            counts.against,
            counts.stand_asides,
            counts.blocks,
            quorum.map(|q| format!(", quorum {q}")).unwrap_or_default(),
            limit.map(|l| format!(", stand-aside limit {l}")).unwrap_or_default(),
            verdict.outcome,
            verdict.reason
        ));
    }
    let version = int(get("version")).unwrap_or(0);
    let exists = conn
        .query_row(
            "SELECT 1 FROM proposal_versions WHERE proposal_id = ?1 AND number = ?2",
            rusqlite::params![get("proposal_id"), version],
            |_| Ok(()),
        )
        .optional()
        .map_err(|e| e.to_string())?;
    if exists.is_none() {
        return Err(format!(
            "it decides version {version} of its proposal, which has no such version"
        ));
    }
    Ok(())
}
