//! Reading bundles of an older format: their records are brought to today's meaning
//! before anything checks or writes them, exactly as the migrations brought the old
//! databases (docs/bundle-format.md, "Versions").
//!
//! - Format 1 (written before migration 0012) stored a decision's `against` without
//!   the blockers: the blocks were added to the votes against when the outcome was
//!   computed. Since format 2, under every rule with a vote, `against` is the vote as
//!   counted, blockers included. A format-1 decision under a rule with a vote therefore
//!   has its blocks added to `against`, as `0012_vote_after_blocks.sql` does:
//!   `UPDATE decisions SET against = against + blocks WHERE rule <> 'consensus' AND blocks > 0`.

use rusqlite::types::Value;

use super::read::Contents;
use super::tables::{table_index, TABLES};

/// Brings the records of a bundle of format `version` to the current format's meaning.
pub(super) fn to_current(version: u32, contents: &mut Contents) {
    if version < 2 {
        decisions_count_blockers_in_against(contents);
    }
}

/// Format 1 → 2: the blocks join the votes against under a rule with a vote.
fn decisions_count_blockers_in_against(contents: &mut Contents) {
    let Some(t) = table_index("decisions") else {
        return;
    };
    let column = |name: &str| TABLES[t].columns().position(|c| c.name == name);
    let (Some(rule), Some(against), Some(blocks)) =
        (column("rule"), column("against"), column("blocks"))
    else {
        return;
    };
    for rec in &mut contents.tables[t] {
        let has_vote = !matches!(&rec.values[rule], Value::Text(r) if r == "consensus");
        if let (true, Value::Integer(b), Value::Integer(a)) =
            (has_vote, &rec.values[blocks], &rec.values[against])
        {
            if *b > 0 {
                rec.values[against] = Value::Integer(a.saturating_add(*b));
            }
        }
    }
}
