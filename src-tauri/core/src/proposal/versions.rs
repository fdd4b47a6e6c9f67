//! Every version of a proposal's text, and friendly amendments.
//!
//! Version 1 is the text as submitted. A friendly amendment carries the text of the
//! proposal as it would read amended, offered on the version current at the time; when
//! the proposer accepts it, that text becomes the next version. An amendment offered on
//! an older version than the current one cannot be accepted (it would silently undo the
//! versions in between): it is offered again on the current text instead.
//! Any two versions can be compared word by word.

use std::time::Duration;

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::hearing::ProcessStep;
use super::lifecycle::{next_status, Transition};
use crate::correction::{self, Change};
use crate::db::Tx;
use crate::error::{Said, SaidArg};
use crate::journal::Actor;
use crate::refs::item_ref;
use crate::{conflict, invalid, not_found, text_enum, validate, Db, Result};

text_enum! {
    AmendmentStatus, "amendment status" {
        Pending = "pending",
        Accepted = "accepted",
        Rejected = "rejected",
    }
}

text_enum! {
    /// A piece of a word-level diff.
    ChangeKind, "change" {
        Equal = "equal",
        Insert = "insert",
        Delete = "delete",
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Version {
    /// 1 = as submitted.
    pub number: i64,
    pub text: String,
    /// The accepted amendment that made this version.
    pub amendment_id: Option<Uuid>,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Amendment {
    pub id: Uuid,
    pub proposal_id: Uuid,
    /// The hearing where it was offered, if at a GA.
    pub agenda_item_id: Option<Uuid>,
    pub item_reference: Option<String>,
    /// The version it amends.
    pub base_version: i64,
    /// The proposal's text as amended.
    pub text: String,
    pub offered_by_id: Uuid,
    pub offered_by: String,
    pub status: AmendmentStatus,
    /// The version an accepted amendment made.
    pub version: Option<i64>,
    pub answered_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    /// What it changes, word by word, from its base version.
    pub changes: Vec<DiffChunk>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct AmendInput {
    /// The proposal's text as the amendment makes it.
    pub text: String,
    /// Who offered it (created if new).
    pub by: String,
    /// The hearing (agenda item id or reference, like 39.3) where it was offered, if any.
    pub item: Option<String>,
    /// The proposer's answer, if already given: true = accepted, false = rejected.
    pub accepted: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct DiffChunk {
    pub change: ChangeKind,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct VersionDiff {
    pub proposal_id: Uuid,
    pub from: i64,
    pub to: i64,
    pub chunks: Vec<DiffChunk>,
}

/// A word-level diff: runs of equal, deleted and inserted words (whitespace included), so
/// that concatenating the equal and deleted chunks gives `old`, and the equal and
/// inserted ones give `new`.
pub fn word_diff(old: &str, new: &str) -> Vec<DiffChunk> {
    // A deadline keeps a pathological pair of long texts from stalling the UI; past it
    // the diff is coarser, never wrong.
    let diff = similar::TextDiff::configure()
        .timeout(Duration::from_millis(500))
        .diff_words(old, new);
    let mut out: Vec<DiffChunk> = Vec::new();
    for change in diff.iter_all_changes() {
        let kind = match change.tag() {
            similar::ChangeTag::Equal => ChangeKind::Equal,
            similar::ChangeTag::Insert => ChangeKind::Insert,
            similar::ChangeTag::Delete => ChangeKind::Delete,
        };
        match out.last_mut() {
            Some(last) if last.change == kind => last.text.push_str(change.value()),
            _ => out.push(DiffChunk {
                change: kind,
                text: change.value().to_string(),
            }),
        }
    }
    out
}

/// `[-deleted-]{+inserted+}` marks, as `git diff --word-diff` prints them.
pub fn render_diff(chunks: &[DiffChunk]) -> String {
    chunks
        .iter()
        .map(|c| match c.change {
            ChangeKind::Equal => c.text.clone(),
            ChangeKind::Delete => format!("[-{}-]", c.text),
            ChangeKind::Insert => format!("{{+{}+}}", c.text),
        })
        .collect()
}

impl Tx<'_> {
    pub(crate) fn add_version(
        &self,
        proposal: Uuid,
        number: i64,
        text: &str,
        amendment: Option<Uuid>,
    ) -> Result<()> {
        self.execute(
            "INSERT INTO proposal_versions (id, origin, proposal_id, number, text, amendment_id, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
            params![self.new_id(), self.origin, proposal, number, text, amendment, self.now],
        )?;
        Ok(())
    }

    /// The current version of a proposal: (number, text).
    pub(crate) fn current_version(&self, proposal: Uuid) -> Result<(i64, String)> {
        self.query_row(
            "SELECT number, text FROM proposal_versions WHERE proposal_id = ?1 ORDER BY number DESC LIMIT 1",
            [proposal],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?
        .ok_or_else(|| not_found!("proposal-no-text", id = proposal))
    }

    /// Accepts or rejects a pending amendment; an accepted one makes the next version.
    fn answer_amendment(&self, amendment: Uuid, accepted: bool) -> Result<(Uuid, Option<Uuid>)> {
        let (proposal, item, base, text, status): (Uuid, Option<Uuid>, i64, String, AmendmentStatus) = self
            .query_row(
                "SELECT proposal_id, agenda_item_id, base_version, text, status FROM amendments WHERE id = ?1",
                [amendment],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
            )
            .optional()?
            .ok_or_else(|| not_found!("amendment-not-found", id = amendment))?;
        let (origin, status_p) = self.proposal_state(proposal)?;
        self.ensure_owned(crate::db::Owned::ThisProposal, origin)?;
        next_status(status_p, Transition::Amend)?;
        if status != AmendmentStatus::Pending {
            return Err(conflict!(
                "amendment-already-answered",
                status = status.as_str()
            ));
        }
        let meeting = match item {
            Some(i) => Some(self.writable_hearing(i)?.0.meeting),
            None => None,
        };
        let mut version = None;
        if accepted {
            let (current, _) = self.current_version(proposal)?;
            if current != base {
                return Err(conflict!(
                    "amendment-text-moved-on",
                    base = base,
                    current = current
                ));
            }
            let number = current + 1;
            self.add_version(proposal, number, &text, Some(amendment))?;
            self.execute(
                "UPDATE proposals SET text = ?1, updated_at = ?2, revision = revision + 1 WHERE id = ?3",
                params![text, self.now, proposal],
            )?;
            version = Some(number);
        }
        let answer = if accepted {
            AmendmentStatus::Accepted
        } else {
            AmendmentStatus::Rejected
        };
        self.execute(
            "UPDATE amendments SET status = ?1, version = ?2, answered_at = ?3, updated_at = ?3, revision = revision + 1
             WHERE id = ?4",
            params![answer, version, self.now, amendment],
        )?;
        self.journal(
            if accepted {
                "amendment.accept"
            } else {
                "amendment.reject"
            },
            "amendments",
            amendment,
            meeting,
            serde_json::json!({"proposal": proposal, "version": version}),
        )?;
        Ok((proposal, meeting))
    }
}

const AMENDMENT_SELECT: &str =
    "SELECT am.id, am.proposal_id, am.agenda_item_id, a.code, mt.number, i.position, am.base_version, am.text,
            am.offered_by_person_id, pe.name, am.status, am.version, am.answered_at, am.created_at, v.text
     FROM amendments am JOIN people pe ON pe.id = am.offered_by_person_id
     LEFT JOIN agenda_items i ON i.id = am.agenda_item_id LEFT JOIN meetings mt ON mt.id = i.meeting_id
     LEFT JOIN assemblies a ON a.id = mt.origin
     LEFT JOIN proposal_versions v ON v.proposal_id = am.proposal_id AND v.number = am.base_version";

fn amendment_from_row(r: &rusqlite::Row) -> rusqlite::Result<Amendment> {
    let code: Option<String> = r.get(3)?;
    let number: Option<i64> = r.get(4)?;
    let position: Option<i64> = r.get(5)?;
    let text: String = r.get(7)?;
    let base_text: Option<String> = r.get(14)?;
    Ok(Amendment {
        id: r.get(0)?,
        proposal_id: r.get(1)?,
        agenda_item_id: r.get(2)?,
        item_reference: match (code, number, position) {
            (Some(c), Some(n), Some(p)) => Some(item_ref(&c, n, p)),
            _ => None,
        },
        base_version: r.get(6)?,
        changes: word_diff(base_text.as_deref().unwrap_or_default(), &text),
        text,
        offered_by_id: r.get(8)?,
        offered_by: r.get(9)?,
        status: r.get(10)?,
        version: r.get(11)?,
        answered_at: r.get(12)?,
        created_at: r.get(13)?,
    })
}

impl Db {
    /// A friendly amendment: offered on the current text (at a hearing, or between GAs),
    /// and, if the proposer's answer is given, accepted or rejected at once.
    pub fn amend_proposal(
        &mut self,
        actor: Actor,
        proposal: Uuid,
        input: &AmendInput,
    ) -> Result<Amendment> {
        let text = validate::required_text(crate::word!("field-amended-text"), &input.text)?;
        let item = input
            .item
            .as_deref()
            .filter(|i| !i.trim().is_empty())
            .map(|i| self.resolve_item(i))
            .transpose()?;
        let id = self.write(actor, |tx| {
            let (origin, status) = tx.proposal_state(proposal)?;
            tx.ensure_owned(crate::db::Owned::ThisProposal, origin)?;
            next_status(status, Transition::Amend)?;
            if input.by.trim().is_empty() {
                return Err(invalid!("amendment-needs-by"));
            }
            let by = tx.person_by_name(&input.by)?;
            let meeting = match item {
                Some(i) => {
                    let mut h = tx.live_hearing(i)?;
                    if h.proposal != proposal {
                        return Err(invalid!(
                            "proposal-item-not-its-hearing",
                            item = &h.item_reference
                        ));
                    }
                    tx.reach_step(&mut h, ProcessStep::Concerns)?;
                    Some(h.meeting)
                }
                None => None,
            };
            let (base, current) = tx.current_version(proposal)?;
            if text == current {
                return Err(invalid!("amendment-same-text", base = base));
            }
            let id = tx.new_id();
            tx.execute(
                "INSERT INTO amendments (id, origin, proposal_id, agenda_item_id, base_version, text, offered_by_person_id, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
                params![id, tx.origin, proposal, item, base, text, by, tx.now],
            )?;
            tx.journal("amendment.offer", "amendments", id, meeting, serde_json::json!({"proposal": proposal, "base_version": base}))?;
            if let Some(accepted) = input.accepted {
                tx.answer_amendment(id, accepted)?;
            }
            Ok(id)
        })?;
        self.amendment(id)
    }

    /// The proposer accepts or rejects a pending amendment.
    pub fn decide_amendment(
        &mut self,
        actor: Actor,
        amendment: Uuid,
        accepted: bool,
    ) -> Result<Amendment> {
        self.write(actor, |tx| tx.answer_amendment(amendment, accepted))?;
        self.amendment(amendment)
    }

    /// Corrects the proposer's answer to a friendly amendment offered at a GA (accepted
    /// where the minutes said rejected, or the reverse): the GA's record must be writable
    /// ([`Tx::ensure_meeting_writable`]), and after the GA closed the change is kept as a
    /// correction. The versions follow: accepting makes the next version of the text (and
    /// the decision taken at that hearing is on it); rejecting takes back the version the
    /// amendment made. Refused when later versions or decisions at other GAs rest on the
    /// text as it is.
    pub fn correct_amendment(
        &mut self,
        actor: Actor,
        amendment: Uuid,
        accepted: bool,
    ) -> Result<Amendment> {
        let a = self.amendment(amendment)?;
        self.write(actor, |tx| {
            let (origin, _) = tx.proposal_state(a.proposal_id)?;
            tx.ensure_owned(crate::db::Owned::ThisProposal, origin)?;
            let item = a.agenda_item_id.ok_or_else(|| {
                invalid!("amendment-not-at-a-ga")
            })?;
            let (meeting, _) = tx.ensure_item_writable(item)?;
            let answer = if accepted {
                AmendmentStatus::Accepted
            } else {
                AmendmentStatus::Rejected
            };
            if a.status == AmendmentStatus::Pending {
                return Err(conflict!("amendment-never-answered"));
            }
            if a.status == answer {
                return Ok(());
            }
            let proposal = a.proposal_id;
            let (current, _) = tx.current_version(proposal)?;
            // The versions a correction touches: from the one it amended (accepting) or
            // the one it made (rejecting).
            let touched = if accepted { a.base_version } else { a.version.unwrap_or(current) };
            if current != touched {
                return Err(conflict!(
                    "amendment-later-versions",
                    current = current,
                    touched = touched
                ));
            }
            let elsewhere: i64 = tx.query_row(
                "SELECT count(*) FROM decisions WHERE proposal_id = ?1 AND version >= ?2 AND agenda_item_id != ?3",
                params![proposal, touched, item],
                |r| r.get(0),
            )?;
            if elsewhere > 0 {
                return Err(conflict!("amendment-decided-elsewhere", touched = touched));
            }
            let what = correction::of_item_said(
                &tx.item_number(item)?,
                Said::new(
                    "correction-amendment",
                    [("name", SaidArg::Text(a.offered_by.clone()))],
                ),
            );
            let answered = |status: AmendmentStatus| Said::new(&format!("amendment-{status}"), []);
            tx.edit_meeting(
                meeting,
                Change::new("amendments", amendment, what, answered(a.status), answered(answer)),
            )?;
            let (version, text_now) = if accepted {
                let number = current + 1;
                tx.add_version(proposal, number, &a.text, Some(amendment))?;
                (Some(number), a.text.clone())
            } else {
                tx.execute(
                    "DELETE FROM proposal_versions WHERE proposal_id = ?1 AND number = ?2",
                    params![proposal, current],
                )?;
                let (_, text) = tx.current_version(proposal)?;
                (None, text)
            };
            let decided_on = version.unwrap_or(current - 1);
            tx.execute(
                "UPDATE proposals SET text = ?1, updated_at = ?2, revision = revision + 1 WHERE id = ?3",
                params![text_now, tx.now, proposal],
            )?;
            tx.execute(
                "UPDATE decisions SET version = ?1, updated_at = ?2, revision = revision + 1
                 WHERE proposal_id = ?3 AND agenda_item_id = ?4 AND version = ?5",
                params![decided_on, tx.now, proposal, item, touched],
            )?;
            tx.execute(
                "UPDATE amendments SET status = ?1, version = ?2, updated_at = ?3, revision = revision + 1 WHERE id = ?4",
                params![answer, version, tx.now, amendment],
            )?;
            tx.journal(
                "amendment.correct",
                "amendments",
                amendment,
                Some(meeting),
                serde_json::json!({"proposal": proposal, "was": a.status, "now": answer, "version": version}),
            )
        })?;
        self.amendment(amendment)
    }

    pub fn amendment(&self, id: Uuid) -> Result<Amendment> {
        self.conn
            .query_row(
                &format!("{AMENDMENT_SELECT} WHERE am.id = ?1"),
                [id],
                amendment_from_row,
            )
            .optional()?
            .ok_or_else(|| not_found!("amendment-not-found", id = id))
    }

    /// A proposal's amendments, in the order offered.
    pub fn amendments(&self, proposal: Uuid) -> Result<Vec<Amendment>> {
        let mut st = self.conn.prepare_cached(&format!(
            "{AMENDMENT_SELECT} WHERE am.proposal_id = ?1 ORDER BY am.created_at, am.id"
        ))?;
        let rows = st.query_map([proposal], amendment_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every version of a proposal's text, oldest first.
    pub fn versions(&self, proposal: Uuid) -> Result<Vec<Version>> {
        let mut st = self.conn.prepare_cached(
            "SELECT number, text, amendment_id, created_at FROM proposal_versions
             WHERE proposal_id = ?1 ORDER BY number",
        )?;
        let rows = st.query_map([proposal], |r| {
            Ok(Version {
                number: r.get(0)?,
                text: r.get(1)?,
                amendment_id: r.get(2)?,
                created_at: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Compares two versions of a proposal word by word (either order).
    pub fn diff_versions(&self, proposal: Uuid, from: i64, to: i64) -> Result<VersionDiff> {
        let text = |n: i64| -> Result<String> {
            self.conn
                .query_row(
                    "SELECT text FROM proposal_versions WHERE proposal_id = ?1 AND number = ?2",
                    params![proposal, n],
                    |r| r.get(0),
                )
                .optional()?
                .ok_or_else(|| {
                    let count: i64 = self
                        .conn
                        .query_row(
                            "SELECT count(*) FROM proposal_versions WHERE proposal_id = ?1",
                            [proposal],
                            |r| r.get(0),
                        )
                        .unwrap_or(0);
                    if count == 0 {
                        not_found!("proposal-not-found", id = proposal)
                    } else {
                        not_found!("proposal-no-version", version = n, count = count)
                    }
                })
        };
        let (old, new) = (text(from)?, text(to)?);
        Ok(VersionDiff {
            proposal_id: proposal,
            from,
            to,
            chunks: word_diff(&old, &new),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn side(chunks: &[DiffChunk], skip: ChangeKind) -> String {
        chunks
            .iter()
            .filter(|c| c.change != skip)
            .map(|c| c.text.as_str())
            .collect()
    }

    #[test]
    fn word_diff_marks_whole_words() {
        let d = word_diff(
            "spend up to 350 on a stove",
            "spend up to 400 on a gas stove",
        );
        assert_eq!(
            render_diff(&d),
            "spend up to [-350-]{+400+} on a {+gas +}stove"
        );
        assert_eq!(side(&d, ChangeKind::Insert), "spend up to 350 on a stove");
        assert_eq!(
            side(&d, ChangeKind::Delete),
            "spend up to 400 on a gas stove"
        );
        assert_eq!(
            word_diff("same", "same"),
            [DiffChunk {
                change: ChangeKind::Equal,
                text: "same".into()
            }]
        );
        assert!(word_diff("", "").is_empty());
    }
}
