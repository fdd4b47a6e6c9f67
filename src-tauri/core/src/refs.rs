//! Human references, and turning what a person typed into a record id.
//!
//! A record can always be named by its UUID. Besides: meetings as `LDN-GA-39`, `GA-39` or
//! `39`; agenda items as `LDN-GA-39.3` or `39.3`; proposals as `LDN-P-2026-034`;
//! working groups and people by name (case does not matter). Short forms mean the local
//! assembly; a code names another known assembly.

use rusqlite::{params, OptionalExtension};
use uuid::Uuid;

use crate::{not_found, Db, Result};

pub fn meeting_ref(code: &str, number: i64) -> String {
    format!("{code}-GA-{number}")
}

pub fn item_ref(code: &str, meeting_number: i64, position: i64) -> String {
    format!("{code}-GA-{meeting_number}.{position}")
}

pub fn proposal_ref(code: &str, year: i64, number: i64) -> String {
    format!("{code}-P-{year}-{number:03}")
}

/// The short reference of a record a person must name later (a stack entry): the last
/// six hex digits of its id — the random part of a UUIDv7, so two records made in the
/// same millisecond still differ. `show` prints it; [`Db::resolve_short`] reads it back.
pub fn short_ref(id: Uuid) -> String {
    let hex = id.simple().to_string();
    hex[hex.len() - SHORT..].to_string()
}

const SHORT: usize = 6;

impl Db {
    /// A record of `table` by UUID or by the short reference [`short_ref`] printed (any
    /// hex tail of at least 4 digits of its id). `what` names the record in messages:
    /// `amendment`, `clarifying-question`, `concern` or `stack-entry` (errors.ftl words it).
    pub fn resolve_short(&self, table: &str, what: &str, text: &str) -> Result<Uuid> {
        // As `show` prints it ("[a1b2c3]"), or bare.
        let t = text
            .trim()
            .trim_start_matches(['#', '['])
            .trim_end_matches(']')
            .to_ascii_lowercase();
        let missing = || not_found!("refs-no-short", what = what, given = &t);
        if let Ok(id) = Uuid::parse_str(&t) {
            return self
                .exists(table, id)
                .and_then(|ok| ok.then_some(id).ok_or_else(missing));
        }
        if t.len() < 4 || t.len() > 32 || !t.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(missing());
        }
        // Ids are stored as 16 bytes: compare the tail of their hex.
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT id FROM {table} WHERE substr(lower(hex(id)), -?1) = ?2 LIMIT 2"
        ))?;
        let found: Vec<Uuid> = st
            .query_map(rusqlite::params![t.len() as i64, t], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        match found.as_slice() {
            [one] => Ok(*one),
            [] => Err(missing()),
            _ => Err(crate::invalid!(
                "refs-short-ambiguous",
                what = what,
                given = &t
            )),
        }
    }

    /// The assembly a reference's code names (`None` = no code = local).
    fn assembly_for_code(&self, code: Option<&str>) -> Result<Option<Uuid>> {
        match code {
            None => Ok(self.local_id().ok()),
            Some(code) => Ok(self
                .conn
                .query_row(
                    "SELECT id FROM assemblies WHERE code = ?1 COLLATE NOCASE ORDER BY is_local DESC LIMIT 1",
                    [code],
                    |r| r.get(0),
                )
                .optional()?),
        }
    }

    /// A meeting by UUID, `CODE-GA-N`, `GA-N` or `N`.
    pub fn resolve_meeting(&self, text: &str) -> Result<Uuid> {
        let t = text.trim();
        let missing = || not_found!("refs-no-meeting", text = t);
        if let Ok(id) = Uuid::parse_str(t) {
            return self
                .exists("meetings", id)
                .and_then(|ok| ok.then_some(id).ok_or_else(missing));
        }
        let (code, number) = split_meeting(t).ok_or_else(missing)?;
        let origin = self.assembly_for_code(code)?.ok_or_else(missing)?;
        self.conn
            .query_row(
                "SELECT id FROM meetings WHERE origin = ?1 AND number = ?2",
                params![origin, number],
                |r| r.get(0),
            )
            .optional()?
            .ok_or_else(missing)
    }

    /// An agenda item by UUID, `CODE-GA-N.P` or `N.P`.
    pub fn resolve_item(&self, text: &str) -> Result<Uuid> {
        let t = text.trim();
        let missing = || not_found!("refs-no-item", text = t);
        if let Ok(id) = Uuid::parse_str(t) {
            return self
                .exists("agenda_items", id)
                .and_then(|ok| ok.then_some(id).ok_or_else(missing));
        }
        let (meeting, pos) = t.rsplit_once('.').ok_or_else(missing)?;
        let pos: i64 = pos.parse().map_err(|_| missing())?;
        let meeting = self.resolve_meeting(meeting).map_err(|_| missing())?;
        self.conn
            .query_row(
                "SELECT id FROM agenda_items WHERE meeting_id = ?1 AND position = ?2",
                params![meeting, pos],
                |r| r.get(0),
            )
            .optional()?
            .ok_or_else(missing)
    }

    /// A proposal by UUID or `CODE-P-YEAR-NNN`.
    pub fn resolve_proposal(&self, text: &str) -> Result<Uuid> {
        let t = text.trim();
        let missing = || not_found!("refs-no-proposal", text = t);
        if let Ok(id) = Uuid::parse_str(t) {
            return self
                .exists("proposals", id)
                .and_then(|ok| ok.then_some(id).ok_or_else(missing));
        }
        let parts: Vec<&str> = t.split('-').collect();
        let (code, year, number) = match parts.as_slice() {
            [code, "P", y, n] | [code, "p", y, n] => (Some(*code), *y, *n),
            ["P", y, n] | ["p", y, n] => (None, *y, *n),
            _ => return Err(missing()),
        };
        let (year, number): (i64, i64) = (
            year.parse().map_err(|_| missing())?,
            number.parse().map_err(|_| missing())?,
        );
        let origin = self.assembly_for_code(code)?.ok_or_else(missing)?;
        self.conn
            .query_row(
                "SELECT id FROM proposals WHERE origin = ?1 AND year = ?2 AND number = ?3",
                params![origin, year, number],
                |r| r.get(0),
            )
            .optional()?
            .ok_or_else(missing)
    }

    /// A working group by UUID or by name (the local assembly's first, then any).
    pub fn resolve_wg(&self, text: &str) -> Result<Uuid> {
        let t = text.trim();
        let missing = || not_found!("refs-no-wg", text = t);
        if let Ok(id) = Uuid::parse_str(t) {
            return self
                .exists("working_groups", id)
                .and_then(|ok| ok.then_some(id).ok_or_else(missing));
        }
        let local = self.local_id().ok();
        self.conn
            .query_row(
                "SELECT id FROM working_groups WHERE name = ?1 COLLATE NOCASE
                 ORDER BY (origin = ?2) DESC LIMIT 1",
                params![t, local],
                |r| r.get(0),
            )
            .optional()?
            .ok_or_else(missing)
    }

    /// A person by UUID or by name in the local assembly.
    pub fn resolve_person(&self, text: &str) -> Result<Uuid> {
        let t = text.trim();
        let missing = || not_found!("refs-no-person", text = t);
        if let Ok(id) = Uuid::parse_str(t) {
            return self
                .exists("people", id)
                .and_then(|ok| ok.then_some(id).ok_or_else(missing));
        }
        self.conn
            .query_row(
                "SELECT id FROM people WHERE origin = ?1 AND name = ?2 COLLATE NOCASE",
                params![self.local_id()?, t],
                |r| r.get(0),
            )
            .optional()?
            .ok_or_else(missing)
    }

    fn exists(&self, table: &str, id: Uuid) -> Result<bool> {
        // `table` is always one of our own table names, never input.
        Ok(self
            .conn
            .query_row(
                &format!("SELECT 1 FROM {table} WHERE id = ?1"),
                [id],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }
}

/// `LDN-GA-39` → (Some("LDN"), 39); `GA-39` and `39` → (None, 39).
fn split_meeting(t: &str) -> Option<(Option<&str>, i64)> {
    let parts: Vec<&str> = t.split('-').collect();
    let (code, n) = match parts.as_slice() {
        [n] => (None, *n),
        [ga, n] if ga.eq_ignore_ascii_case("GA") => (None, *n),
        [code, ga, n] if ga.eq_ignore_ascii_case("GA") => (Some(*code), *n),
        _ => return None,
    };
    Some((code, n.parse().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meeting_forms() {
        assert_eq!(split_meeting("LDN-GA-39"), Some((Some("LDN"), 39)));
        assert_eq!(split_meeting("ga-39"), Some((None, 39)));
        assert_eq!(split_meeting("39"), Some((None, 39)));
        assert_eq!(split_meeting("LDN-39"), None);
        assert_eq!(split_meeting("x"), None);
    }

    #[test]
    fn formats() {
        assert_eq!(proposal_ref("LDN", 2026, 34), "LDN-P-2026-034");
        assert_eq!(item_ref("LDN", 39, 3), "LDN-GA-39.3");
    }
}
