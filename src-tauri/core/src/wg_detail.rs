//! One working group's page: who it is, how its status went, what it brought to the GAs.
//!
//! Bounded whatever the history (issue #20): the page itself carries the group, the
//! latest status changes, its proposals counted by status, and the number of its
//! report-backs; the report-backs themselves are read a page at a time, newest GA first
//! ([`Db::wg_report_backs`]), and its proposals through the board's own paged list with
//! the working-group filter (`proposals_page`). A report-back's summary and asks are
//! shortened here to what a row shows; the whole text is on the GA's meeting view.

use chrono::NaiveDate;
use rusqlite::params;
use serde::Serialize;
use uuid::Uuid;

use crate::paging::{Listing, Order, Page, PageRequest};
use crate::proposal::{ProposalCounts, ProposalFilter};
use crate::refs::meeting_ref;
use crate::wg::{WgStatusChange, WorkingGroup};
use crate::{Db, Result};

/// How many status changes the page shows (newest first); the total says if there are more.
pub const HISTORY_SHOWN: u32 = 20;
/// A report-back's summary or asks in a row of the list, in characters.
pub const EXCERPT_CHARS: usize = 280;

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct WgDetail {
    pub wg: WorkingGroup,
    /// The assembly it belongs to.
    pub origin_name: String,
    pub origin_code: String,
    /// It is this assembly's own (only then can it be changed here).
    pub is_local: bool,
    /// The latest status changes, newest first (at most [`HISTORY_SHOWN`]).
    pub history: Vec<WgStatusChange>,
    pub history_total: u64,
    /// Its proposals, counted by status.
    pub proposals: ProposalCounts,
    /// How many report-backs it gave (or were given for it).
    pub report_backs_total: u64,
}

/// One report-back of the group, as a row of its page.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct WgReportBack {
    pub meeting_id: Uuid,
    pub meeting_reference: String,
    pub meeting_date: NaiveDate,
    pub item_id: Uuid,
    pub item_title: String,
    pub presenter_name: Option<String>,
    /// At most [`EXCERPT_CHARS`] characters; `summary_cut` says whether it was shortened.
    pub summary: String,
    pub summary_cut: bool,
    pub asks: String,
    pub asks_cut: bool,
}

/// Newest GA first (within one GA, the later item first: a keyset order runs one way).
const REPORT_BACK_ORDER: Order = Order {
    keys: &["m.date", "i.position", "r.id"],
    descending: true,
};

const REPORT_BACK_FROM: &str = "report_backs r
     JOIN agenda_items i ON i.id = r.agenda_item_id
     JOIN meetings m ON m.id = i.meeting_id
     JOIN assemblies a ON a.id = m.origin
     LEFT JOIN people p ON p.id = r.presenter_person_id";

const REPORT_BACK_COLUMNS: &str =
    "m.id, a.code, m.number, m.date, i.id, i.title, p.name, r.summary, r.asks";

impl Db {
    pub fn wg_detail(&self, id: Uuid) -> Result<WgDetail> {
        let wg = self.wg(id)?;
        let (origin_name, origin_code): (String, String) = self.conn.query_row(
            "SELECT name, code FROM assemblies WHERE id = ?1",
            [wg.origin],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let mut st = self.conn.prepare(
            "SELECT status, changed_on, note FROM wg_status_changes WHERE wg_id = ?1
             ORDER BY changed_on DESC, created_at DESC, id DESC LIMIT ?2",
        )?;
        let history = st
            .query_map(params![id, HISTORY_SHOWN], |r| {
                Ok(WgStatusChange {
                    status: r.get(0)?,
                    changed_on: r.get(1)?,
                    note: r.get(2)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let history_total: i64 = self.conn.query_row(
            "SELECT count(*) FROM wg_status_changes WHERE wg_id = ?1",
            [id],
            |r| r.get(0),
        )?;
        let report_backs_total: i64 = self.conn.query_row(
            "SELECT count(*) FROM report_backs WHERE wg_id = ?1",
            [id],
            |r| r.get(0),
        )?;
        let proposals = self.proposal_counts(&ProposalFilter {
            wg: Some(id),
            ..Default::default()
        })?;
        Ok(WgDetail {
            is_local: wg.origin == self.local_assembly()?.id,
            wg,
            origin_name,
            origin_code,
            history,
            history_total: history_total as u64,
            proposals,
            report_backs_total: report_backs_total as u64,
        })
    }

    /// A window of the group's report-backs, newest GA first.
    pub fn wg_report_backs(&self, wg: Uuid, req: &PageRequest) -> Result<Page<WgReportBack>> {
        self.wg(wg)?; // an unknown id is an error, not an empty list
        let list = Listing::new(REPORT_BACK_COLUMNS, REPORT_BACK_FROM, REPORT_BACK_ORDER)
            .filter("r.wg_id = ?", wg);
        self.page(&list, req, |r| {
            let (summary, summary_cut) = excerpt(r.get(7)?);
            let (asks, asks_cut) = excerpt(r.get(8)?);
            Ok(WgReportBack {
                meeting_id: r.get(0)?,
                meeting_reference: meeting_ref(&r.get::<_, String>(1)?, r.get(2)?),
                meeting_date: r.get(3)?,
                item_id: r.get(4)?,
                item_title: r.get(5)?,
                presenter_name: r.get(6)?,
                summary,
                summary_cut,
                asks,
                asks_cut,
            })
        })
    }
}

/// The first [`EXCERPT_CHARS`] characters of `text`, and whether it was longer.
fn excerpt(text: String) -> (String, bool) {
    match text.char_indices().nth(EXCERPT_CHARS) {
        Some((cut, _)) => (text[..cut].trim_end().to_string(), true),
        None => (text, false),
    }
}

#[cfg(test)]
mod tests {
    use super::excerpt;

    #[test]
    fn excerpts_cut_on_characters_not_bytes() {
        let long = "é".repeat(300);
        let (short, cut) = excerpt(long);
        assert!(cut);
        assert_eq!(short.chars().count(), super::EXCERPT_CHARS);
        assert_eq!(excerpt("short".into()), ("short".to_string(), false));
    }
}
