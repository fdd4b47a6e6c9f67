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
use crate::error::Message;
use crate::message;
use crate::rule::{DecisionRule, Fraction};

/// Checks `rec` of `table` against the rules of its table; `conn` sees what the import
/// has written so far (tables come in dependency order).
pub(super) fn check(conn: &Connection, table: &Table, rec: &Record) -> Result<(), Message> {
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
                Err(message!("bundle-rule-block-without-reason"))
            } else {
                Ok(())
            }
        }
        _ => Ok(()),
    }
}

/// A rule or fraction parsed from its text, refused unless written exactly as it is
/// displayed (`modified:90`, not ` modified:090`).
fn written<T>(v: &Value) -> Result<T, Message>
where
    T: std::str::FromStr<Err = crate::Error> + std::fmt::Display,
{
    let s = text(v).unwrap_or("");
    let parsed: T = s.parse().map_err(crate::Error::into_message)?;
    if parsed.to_string() != s {
        return Err(message!(
            "bundle-rule-not-written-so",
            given = format!("{s:?}"),
            written = parsed.to_string()
        ));
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
fn decision_adds_up<'v>(
    conn: &Connection,
    get: &impl Fn(&str) -> &'v Value,
) -> Result<(), Message> {
    // Each as Plenary writes it (no spaces, no leading zeros): the JSON Schemas' patterns.
    let rule = written::<DecisionRule>(get("rule"))
        .map_err(|e| message!("bundle-rule-unknown-rule", why = e))?;
    written::<DecisionRule>(get("default_rule"))
        .map_err(|e| message!("bundle-rule-unknown-default-rule", why = e))?;
    let limit = match get("stand_aside_limit") {
        Value::Null => None,
        v => Some(written::<Fraction>(v).map_err(|e| message!("bundle-rule-bad-limit", why = e))?),
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
        return Err(message!(
            "bundle-rule-consensus-against",
            against = counts.against
        ));
    }
    let quorum = int(get("quorum")).and_then(|q| u32::try_from(q).ok());
    let stored: Outcome = text(get("outcome"))
        .and_then(|o| o.parse().ok())
        .ok_or(message!("bundle-rule-no-outcome"))?;
    let verdict = decision::evaluate(&counts, rule, quorum, limit);
    if verdict.outcome != stored {
        // The rule, the outcomes and the decision function's reason are the format's
        // codes (`modified:90`, `passed`), as the bundle writes them.
        let terms = match (quorum, limit) {
            (None, None) => message!("bundle-rule-terms", rule = rule.to_string()),
            (Some(q), None) => message!(
                "bundle-rule-terms-quorum",
                rule = rule.to_string(),
                quorum = q
            ),
            (None, Some(l)) => message!(
                "bundle-rule-terms-limit",
                rule = rule.to_string(),
                limit = l.to_string()
            ),
            (Some(q), Some(l)) => message!(
                "bundle-rule-terms-quorum-limit",
                rule = rule.to_string(),
                quorum = q,
                limit = l.to_string()
            ),
        };
        return Err(message!(
            "bundle-rule-outcome-differs",
            stored = stored.to_string(),
            support = counts.support,
            against = counts.against,
            stand_asides = counts.stand_asides,
            blocks = counts.blocks,
            terms = terms,
            outcome = verdict.outcome.to_string(),
            reason = verdict.reason.to_string()
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
        .map_err(|e| Message::English(e.to_string()))?;
    if exists.is_none() {
        return Err(message!("bundle-rule-no-such-version", version = version));
    }
    Ok(())
}
