//! Gathering a meeting's record into [`Minutes`].

use uuid::Uuid;

use super::{
    Minutes, MinutesAction, MinutesAmendment, MinutesAnnouncement, MinutesConcern,
    MinutesConsultBreak, MinutesCorrection, MinutesCouncil, MinutesDecision, MinutesItem,
    MinutesProposal, MinutesQuestion, MinutesReportBack, MinutesRole, MinutesRoleHolder,
    MinutesSpeech, MinutesSpoke, MinutesStance, MinutesTemperature, MinutesWgVoice,
};
use crate::agenda::AgendaItem;
use crate::i18n::Lang;
use crate::meeting::MeetingFormat;
use crate::proposal::decide::StanceKind;
use crate::{Db, Result};

pub fn collect(db: &Db, meeting: Uuid, with_speakers: bool, lang: Lang) -> Result<Minutes> {
    let d = db.meeting_detail(meeting)?;
    let assembly = db.assembly(d.meeting.origin)?.ok_or_else(|| {
        crate::not_found!("minutes-assembly-unknown", meeting = &d.meeting.reference)
    })?;

    // Roles in the order `roles` gives them (the usual ones first), grouped.
    let mut roles: Vec<MinutesRole> = Vec::new();
    let mut i = 0;
    while i < d.roles.len() {
        let role = &d.roles[i].role;
        let holders: Vec<MinutesRoleHolder> = d.roles[i..]
            .iter()
            .take_while(|r| r.role == *role)
            .map(|r| MinutesRoleHolder {
                name: r.name.clone(),
                from: r.from.clone(),
                until: r.until.clone(),
            })
            .collect();
        i += holders.len();
        roles.push(MinutesRole {
            label: role.label(holders.len()),
            role: role.as_str().to_string(),
            holders,
        });
    }

    let mut items = Vec::with_capacity(d.agenda.len());
    for i in &d.agenda {
        let report_back = db.report_back(i.id)?.map(|rb| MinutesReportBack {
            wg_name: rb.wg_name,
            on_behalf_of: rb.on_behalf_of,
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
            announcements: db
                .announcements(i.id)?
                .into_iter()
                .map(|a| MinutesAnnouncement {
                    by: a.by,
                    on_behalf_of: a.on_behalf_of,
                    text: a.text,
                })
                .collect(),
            proposal: match i.proposal_id {
                Some(p) => Some(proposal_at(db, i, p, lang)?),
                None => None,
            },
            action_items: db
                .action_items(i.id)?
                .into_iter()
                .map(|a| MinutesAction {
                    text: a.text,
                    who: a.who,
                })
                .collect(),
            speakers: if with_speakers {
                speakers(db, i.id)?
            } else {
                Vec::new()
            },
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
        attendance: d.meeting.attendance_label,
        opened_at: d.meeting.opened_at,
        closed_at: d.meeting.closed_at,
        roles,
        items,
        redacted: false,
        with_speakers,
        status: db.minutes_status(meeting)?,
        policy_changes: db.floor_policy_changes(meeting)?,
        council: council(db, meeting, d.meeting.format)?,
        equity: None,
        // Said in the minutes' language before any name is redacted in them.
        corrections: db
            .corrections_in(meeting, lang)?
            .into_iter()
            .map(|c| MinutesCorrection {
                what: c.what,
                before: c.before,
                after: c.after,
                names_person: c.names_person,
                by: c.actor.to_string(),
                at: c.at,
            })
            .collect(),
        people: db.people_in_meeting(meeting)?,
    })
}

/// The proposal of a proposal item, as heard at that item.
/// The parts of a proposal the minutes of a GA that heard it say.
struct HeardProposal {
    proposal: crate::proposal::Proposal,
    versions: Vec<crate::proposal::Version>,
    questions: Vec<crate::proposal::hearing::Question>,
    concerns: Vec<crate::proposal::hearing::Concern>,
    amendments: Vec<crate::proposal::Amendment>,
    temperature_checks: Vec<crate::proposal::hearing::TemperatureCheck>,
}

fn proposal_at(db: &Db, item: &AgendaItem, proposal: Uuid, lang: Lang) -> Result<MinutesProposal> {
    // What the minutes say of it, read one by one: the proposal's whole page
    // (`proposal_detail`: its hearings, decisions, status history, actions)
    // is more than they need, and the export writes the minutes of every GA.
    let d = HeardProposal {
        proposal: db.proposal(proposal)?,
        versions: db.versions(proposal)?,
        questions: db.questions(proposal)?,
        concerns: db.concerns(proposal)?,
        amendments: db.amendments(proposal)?,
        temperature_checks: db.temperature_checks(proposal)?,
    };
    let here = |at: Option<Uuid>| at == Some(item.id);
    let decision = db.decision_at(item.id)?;
    let version_text = |n: i64| {
        d.versions
            .iter()
            .find(|v| v.number == n)
            .map(|v| v.text.clone())
    };
    let hearing = db.hearing(item.id).ok();
    let outcome = hearing
        .as_ref()
        .and_then(|h| h.outcome)
        .map(|o| o.to_string());
    let given = |s: Option<&String>| s.filter(|s| !s.is_empty()).cloned();
    // Who set the outcome when nobody said is Plenary's word: said in the minutes' language.
    let outcome_by = hearing
        .as_ref()
        .and_then(|h| given(h.outcome_by.as_ref()))
        .map(|by| crate::proposal::lifecycle::own_words_in(&by, lang));
    let outcome_reason = hearing
        .as_ref()
        .and_then(|h| given(h.outcome_reason.as_ref()));
    // Passed over saying none was raised — and still none recorded here.
    let asked = d.questions.iter().any(|q| here(Some(q.agenda_item_id)));
    let raised = d.concerns.iter().any(|c| here(Some(c.agenda_item_id)))
        || d.amendments.iter().any(|a| here(a.agenda_item_id));
    let no_questions = hearing.as_ref().is_some_and(|h| h.no_questions) && !asked;
    let no_concerns = hearing.as_ref().is_some_and(|h| h.no_concerns) && !raised;
    Ok(MinutesProposal {
        reference: d.proposal.reference.clone(),
        title: d.proposal.title.clone(),
        proposer: d.proposal.proposer_name.clone(),
        wg_name: d.proposal.wg_name.clone(),
        text_as_submitted: version_text(1).unwrap_or_else(|| d.proposal.text.clone()),
        questions: d
            .questions
            .iter()
            .filter(|q| here(Some(q.agenda_item_id)))
            .map(|q| MinutesQuestion {
                question: q.question.clone(),
                asked_by: q.asked_by.clone(),
                answer: q.answer.clone(),
                answered_by: q.answered_by.clone(),
            })
            .collect(),
        concerns: d
            .concerns
            .iter()
            .filter(|c| here(Some(c.agenda_item_id)))
            .map(|c| MinutesConcern {
                concern: c.concern.clone(),
                raised_by: c.raised_by.clone(),
                addressed: c.addressed,
                response: c.response.clone(),
            })
            .collect(),
        amendments: d
            .amendments
            .iter()
            .filter(|a| here(a.agenda_item_id))
            .map(|a| MinutesAmendment {
                text: a.text.clone(),
                offered_by: a.offered_by.clone(),
                status: a.status.to_string(),
                version: a.version,
            })
            .collect(),
        temperature_checks: d
            .temperature_checks
            .iter()
            .filter(|t| here(Some(t.agenda_item_id)))
            .map(|t| MinutesTemperature {
                up: t.up,
                sideways: t.sideways,
                down: t.down,
                note: t.note.clone(),
            })
            .collect(),
        text_as_decided: decision.as_ref().and_then(|dec| version_text(dec.version)),
        decided_version: decision.as_ref().map(|dec| dec.version),
        decision: decision.map(|dec| {
            let named = |kind: StanceKind| {
                dec.stances
                    .iter()
                    .filter(|s| s.stance == kind)
                    .map(|s| MinutesStance {
                        name: s.name.clone(),
                        reason: s.reason.clone(),
                    })
                    .collect()
            };
            MinutesDecision {
                default_rule: (dec.default_rule != dec.rule).then(|| dec.default_rule.clone()),
                support: dec.support,
                against: dec.against,
                stand_asides: dec.stand_asides,
                blocks: dec.blocks,
                counted: dec.counted.clone(),
                quorum: dec.quorum,
                stand_aside_limit: dec.stand_aside_limit.clone(),
                outcome: dec.outcome.to_string(),
                explanation: dec.explanation.clone(),
                named_stand_asides: named(StanceKind::StandAside),
                named_blocks: named(StanceKind::Block),
                wg_voices: dec
                    .wg_voices
                    .iter()
                    .map(|v| MinutesWgVoice {
                        wg: v.wg.clone(),
                        voice: v.voice.to_string(),
                        reason: v.reason.clone(),
                    })
                    .collect(),
                entered_by: dec.entered_by.to_string(),
                disputed: dec.disputed,
                dispute_note: dec.dispute_note.clone(),
                rule: dec.rule,
            }
        }),
        outcome,
        outcome_by,
        outcome_reason,
        no_questions,
        no_concerns,
    })
}

/// A spokes council's spokes and consult breaks. A spoke's `from` is printed only when
/// they took over from another spoke of their WG.
fn council(db: &Db, meeting: Uuid, format: MeetingFormat) -> Result<Option<MinutesCouncil>> {
    if format != MeetingFormat::SpokesCouncil {
        return Ok(None);
    }
    let c = db.council(meeting)?;
    let spokes = c
        .spokes
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let took_over = i > 0 && c.spokes[i - 1].wg_id == s.wg_id;
            MinutesSpoke {
                wg: s.wg.clone(),
                name: s.name.clone(),
                from: took_over.then_some(s.from),
                until: s.until,
            }
        })
        .collect();
    let consult_breaks = c
        .breaks
        .into_iter()
        .map(|b| MinutesConsultBreak {
            wg: b.wg,
            called_by: b.called_by,
            minutes: b.minutes,
            started_at: b.started_at,
            ended_at: b.ended_at,
            item_reference: b.item_reference,
        })
        .collect();
    Ok(Some(MinutesCouncil {
        spokes,
        consult_breaks,
    }))
}

/// The speakers' log of an item, in the order people spoke.
fn speakers(db: &Db, item: Uuid) -> Result<Vec<MinutesSpeech>> {
    Ok(db
        .speaking_log(item)?
        .into_iter()
        .map(|s| MinutesSpeech {
            name: s.name,
            kind: s.kind.label(),
            entry: s.kind,
            started_at: s.started_at,
            ended_at: s.ended_at,
            seconds: s.spoken_ms.map(|ms| ms / 1000),
            overrun_seconds: s.overrun_ms.map(|ms| ms / 1000),
        })
        .collect())
}
