//! Gathering a meeting's record into [`Minutes`].

use uuid::Uuid;

use super::{Minutes, MinutesItem, MinutesReportBack, MinutesRole};
use crate::meeting::MeetingRole;
use crate::{Db, Result};

pub fn collect(db: &Db, meeting: Uuid) -> Result<Minutes> {
    let d = db.meeting_detail(meeting)?;
    let assembly = db
        .assembly(d.meeting.origin)?
        .ok_or_else(|| crate::not_found!("the assembly of {} is unknown", d.meeting.reference))?;

    let mut roles: Vec<MinutesRole> = Vec::new();
    for role in MeetingRole::ALL {
        let names: Vec<String> = d
            .roles
            .iter()
            .filter(|r| r.role == *role)
            .map(|r| r.name.clone())
            .collect();
        if !names.is_empty() {
            roles.push(MinutesRole {
                label: role_label(*role, names.len()),
                names,
            });
        }
    }

    let mut items = Vec::with_capacity(d.agenda.len());
    for i in &d.agenda {
        let report_back = db.report_back(i.id)?.map(|rb| MinutesReportBack {
            wg_name: rb.wg_name,
            presenter: rb.presenter_name,
            summary: rb.summary,
            asks: rb.asks,
            announcements: rb.announcements,
        });
        items.push(MinutesItem {
            reference: i.reference.clone(),
            number: format!("{}.{}", d.meeting.number, i.position),
            kind: i.kind,
            title: i.title.clone(),
            status: i.status,
            allotted_minutes: i.allotted_minutes,
            started_at: i.started_at,
            ended_at: i.ended_at,
            actual_minutes: match (i.started_at, i.ended_at) {
                (Some(s), Some(e)) => Some((e - s).num_minutes()),
                _ => None,
            },
            wg_name: i.wg_name.clone(),
            report_back,
            notes: i.notes.clone(),
        });
    }

    Ok(Minutes {
        assembly_name: assembly.name,
        assembly_code: assembly.code,
        meeting_id: d.meeting.id,
        reference: d.meeting.reference,
        number: d.meeting.number,
        date: d.meeting.date,
        place: d.meeting.place,
        meeting_status: d.meeting.status,
        attendance: d.meeting.attendance,
        opened_at: d.meeting.opened_at,
        closed_at: d.meeting.closed_at,
        roles,
        items,
        redacted: false,
    })
}

fn role_label(role: MeetingRole, n: usize) -> String {
    let one = match role {
        MeetingRole::Facilitator => "Facilitator",
        MeetingRole::StackKeeper => "Stack-keeper",
        MeetingRole::Timekeeper => "Timekeeper",
        MeetingRole::MinuteTaker => "Minute-taker",
        MeetingRole::VibesWatcher => "Vibes-watcher",
    };
    if n > 1 {
        format!("{one}s")
    } else {
        one.to_string()
    }
}
