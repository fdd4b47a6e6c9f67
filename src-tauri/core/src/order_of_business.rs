//! Preparing a GA from the usual order of business (ga-process.md, "The GA agenda"):
//! welcome and process, report-backs, proposals, announcements, soapbox, closing.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::agenda::{AgendaItem, ItemKind, NewAgendaItem};
use crate::i18n::Lang;
use crate::journal::Actor;
use crate::proposal::{Proposal, ProposalStatus};
use crate::wg::{WgStatus, WorkingGroup};
use crate::{conflict, t, Db, Result};

/// Minutes allotted by default to each kind of slot.
pub const WELCOME_MINUTES: i64 = 10;
pub const REPORT_BACK_MINUTES: i64 = 5;
pub const PROPOSAL_MINUTES: i64 = 30;
pub const ANNOUNCEMENTS_MINUTES: i64 = 10;
pub const SOAPBOX_MINUTES: i64 = 15;
pub const CLOSING_MINUTES: i64 = 5;

/// What can be put on a GA's agenda: the working groups that can report back (active or
/// forming, of this assembly) and the proposals waiting to be heard.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct AgendaCandidates {
    pub working_groups: Vec<WorkingGroup>,
    pub proposals: Vec<Proposal>,
}

/// The choices for a new agenda: which WGs report back and which proposals are heard.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct OrderOfBusiness {
    /// Working groups (ids or names), in the order they report back.
    pub report_backs: Vec<String>,
    /// Proposals (ids or references), in the order they are heard.
    pub proposals: Vec<String>,
}

impl Db {
    pub fn agenda_candidates(&self) -> Result<AgendaCandidates> {
        let local = self.local_id()?;
        let working_groups = self
            .wgs()?
            .into_iter()
            .filter(|w| {
                w.origin == local && matches!(w.status, WgStatus::Active | WgStatus::Forming)
            })
            .collect();
        let mut proposals: Vec<Proposal> = self
            .proposals()?
            .into_iter()
            .filter(|p| {
                p.origin == local
                    && matches!(p.status, ProposalStatus::Submitted | ProposalStatus::Tabled)
            })
            .collect();
        proposals.sort_by_key(|a| a.created_at);
        Ok(AgendaCandidates {
            working_groups,
            proposals,
        })
    }

    /// Fills an empty agenda with the usual order of business. All items are added in one
    /// transaction: if any part is refused (an unknown WG, a proposal already decided),
    /// nothing is added. The titles Plenary gives ("Welcome, process and roles",
    /// "Report-back: Kitchen") are records like any typed title, written in the language
    /// the assembly keeps its minutes in (`minutes_lang`), whoever prepares the GA.
    pub fn add_order_of_business(
        &mut self,
        actor: Actor,
        meeting: Uuid,
        plan: &OrderOfBusiness,
    ) -> Result<Vec<AgendaItem>> {
        if !self.agenda(meeting)?.is_empty() {
            return Err(conflict!("order-of-business-agenda-exists"));
        }
        let m = self.meeting(meeting)?.id.to_string();
        let lang = self.local_assembly()?.minutes_lang();
        let title = |id: &str| t!(lang, id);
        let mut items = vec![slot(
            &m,
            ItemKind::Process,
            &title("agenda-title-welcome"),
            WELCOME_MINUTES,
        )];
        for wg in &plan.report_backs {
            let w = self.wg(self.resolve_wg(wg)?)?;
            items.push(NewAgendaItem {
                wg: Some(w.id.to_string()),
                ..slot(
                    &m,
                    ItemKind::ReportBack,
                    &report_back_title(&w.name, lang),
                    REPORT_BACK_MINUTES,
                )
            });
        }
        for p in &plan.proposals {
            let p = self.proposal(self.resolve_proposal(p)?)?;
            items.push(NewAgendaItem {
                proposal: Some(p.id.to_string()),
                ..slot(&m, ItemKind::Proposal, &p.title, PROPOSAL_MINUTES)
            });
        }
        items.push(slot(
            &m,
            ItemKind::Announcement,
            &title("agenda-title-announcements"),
            ANNOUNCEMENTS_MINUTES,
        ));
        items.push(slot(
            &m,
            ItemKind::Soapbox,
            &title("agenda-title-soapbox"),
            SOAPBOX_MINUTES,
        ));
        items.push(slot(
            &m,
            ItemKind::Process,
            &title("agenda-title-closing"),
            CLOSING_MINUTES,
        ));
        self.add_agenda_items(actor, &items)?;
        self.agenda(meeting)
    }
}

/// "Report-back: Kitchen", as the title is stored ([`crate::i18n::for_record`]).
fn report_back_title(wg: &str, lang: Lang) -> String {
    crate::i18n::for_record(t!(lang, "agenda-title-report-back", wg = wg))
}

fn slot(meeting: &str, kind: ItemKind, title: &str, minutes: i64) -> NewAgendaItem {
    NewAgendaItem {
        meeting: meeting.to_string(),
        kind: kind.to_string(),
        title: title.to_string(),
        allotted_minutes: Some(minutes),
        wg: None,
        proposal: None,
    }
}
