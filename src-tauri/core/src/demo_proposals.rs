//! The demo's proposals and their consensus process (called from `demo.rs`).
//!
//! Over the demo's three past GAs and the upcoming one, proposals go through every status
//! and every outcome: consensus, passed (once by a vote over a block), blocked (under a
//! rule the GA chose), failed (and disputed), tabled (too many stand-asides; no quorum),
//! withdrawn, sent back, one still in process, drafts and submissions for next week.
//! Each hearing is driven through the real core API with the clock set, within the time
//! of its agenda item, by the facilitator (steps, outcomes) and the minute-taker
//! (questions, concerns, amendments, temperature checks).

use chrono::{DateTime, Duration, Utc};
use uuid::Uuid;

use crate::agenda::{AgendaItem, ItemKind, NewAgendaItem};
use crate::decision::{DecisionInput, StanceInput};
use crate::journal::Actor;
use crate::meeting::Meeting;
use crate::proposal::hearing::{
    AnswerInput, NewConcern, NewQuestion, ProcessStep, TemperatureInput,
};
use crate::proposal::versions::AmendInput;
use crate::proposal::{ManualOutcomeInput, NewProposal};
use crate::{not_found, Db, Result};

const FACILITATOR: Actor = Actor::Facilitator;
const MINUTES: Actor = Actor::MinuteTaker;
const DEMO: Actor = Actor::Demo;

/// A proposal the demo submits before a GA: (title, WG, proposer, text).
type Submission = (
    &'static str,
    Option<&'static str>,
    &'static str,
    &'static str,
);

const SUNDAY: &str = "Move the GA to Sunday afternoons";
const SUNDAY_TEXT: &str = "The General Assembly meets on Sundays at 15:00 instead of weekday evenings, so that people who work late and families with children can take part.";

/// The proposals heard at each past GA besides the one `demo.rs` puts there.
fn extra(ga: i64) -> &'static [Submission] {
    match ga {
        1 => &[(SUNDAY, Some("Facilitation"), "Amara Okafor", SUNDAY_TEXT)],
        2 => &[
            ("Accept a bank's sponsorship of the sound system", Some("Tech"), "Ben Carter",
             "Tech proposes to accept the offer of Northgate Bank to pay for a new sound system (about 1,200) in exchange for a small logo on the speakers."),
            ("Press releases need the GA's approval", None, "Tom Ashworth",
             "No press release is sent in the name of the assembly unless its text was read out and approved at a General Assembly."),
        ],
        3 => &[
            ("Rent a storage container for the kitchen", Some("Kitchen"), "Jo Becker",
             "Kitchen proposes to rent a 20-foot storage container at 90 a month for food and equipment, placed behind the info tent."),
            ("Adopt a code of conduct for the square", Some("Facilitation"), "Nadia Haddad",
             "The assembly adopts the attached code of conduct for everyone on the square; the Facilitation WG hears complaints and may ask a person to leave."),
            ("Join the national day of action on housing", Some("Housing"), "Rosa Lima",
             "The Riverside General Assembly joins the national day of action on housing on the first Saturday of next month, with a march from the square to the town hall."),
            ("Solar panels for the tech tent", Some("Tech"), "Mo Ahmed",
             "Tech proposes to spend up to 600 from the general fund on two solar panels and a battery, so the live stream and phone charging no longer depend on the generator."),
        ],
        _ => &[],
    }
}

/// Before a past GA runs its agenda: submits the extra proposals of that GA (three days
/// earlier) and puts them, and any proposal tabled at an earlier GA, on its agenda.
/// Returns the new items, to be run after the GA's own proposal item.
pub(crate) fn more_items(
    db: &mut Db,
    m: &Meeting,
    clock: DateTime<Utc>,
) -> Result<Vec<AgendaItem>> {
    let mut proposals = Vec::new();
    // The Sunday proposal was tabled at GA 1 and comes back at GA 3.
    if m.number == 3 {
        proposals.push(by_title(db, SUNDAY)?);
    }
    db.set_now(Some(clock - Duration::days(3)));
    for (title, wg, by, text) in extra(m.number) {
        let p = db.new_proposal(DEMO, &submission(title, *wg, by, text))?;
        proposals.push((p.id, p.reference, p.title));
    }
    db.set_now(Some(clock));
    let mut items = Vec::new();
    for (_, reference, title) in proposals {
        items.push(db.add_agenda_item(DEMO, &proposal_item(&m.reference, &title, &reference, 25))?);
    }
    Ok(items)
}

/// While a past GA's item is under way (from `clock`): if it is a proposal item, hears
/// the proposal. Other items are left alone.
pub(crate) fn hear(db: &mut Db, item: &AgendaItem, clock: DateTime<Utc>) -> Result<()> {
    let Some(proposal) = item.proposal_id.filter(|_| item.kind == ItemKind::Proposal) else {
        return Ok(());
    };
    let title = db.proposal(proposal)?.title;
    let ga = db.meeting(item.meeting_id)?.number;
    let mut h = Hearing {
        db,
        item: item.id,
        proposal,
        t: clock,
    };
    match title.as_str() {
        "Buy a second gas stove for the kitchen" => stove(&mut h),
        SUNDAY if ga == 1 => sunday_tabled(&mut h),
        SUNDAY => sunday_passed(&mut h),
        "Statement of solidarity with the Elm Street tenants" => solidarity(&mut h),
        "Accept a bank's sponsorship of the sound system" => sponsorship(&mut h),
        "Press releases need the GA's approval" => press(&mut h),
        "Rent a storage container for the kitchen" => storage(&mut h),
        "Adopt a code of conduct for the square" => conduct(&mut h),
        "Join the national day of action on housing" => day_of_action(&mut h),
        "Solar panels for the tech tent" => solar(&mut h),
        _ => Ok(()),
    }
}

/// After the upcoming GA is planned: amendments between GAs, more proposals on its
/// agenda (before the announcements), a submission not yet on any agenda and a draft.
pub(crate) fn upcoming(db: &mut Db) -> Result<()> {
    let m = db
        .meetings()?
        .into_iter()
        .find(|m| m.status == crate::meeting::MeetingStatus::Planned)
        .ok_or_else(|| not_found!("demo-no-upcoming-meeting"))?;
    // Ninety minutes ago — but never before the GA was planned, so that no record is
    // changed before it was made (the demo may be dated ahead of the clock).
    let now = (Utc::now() - Duration::minutes(90)).max(m.updated_at + Duration::minutes(1));
    db.set_now(Some(now));
    // The Vision and Goals WG reworked its statement after comments (an accepted
    // amendment between GAs); a further amendment waits for the WG's answer.
    let (statement, ..) = by_title(db, "Adopt the statement of purpose")?;
    let current = db.proposal(statement)?.text;
    db.amend_proposal(
        MINUTES,
        statement,
        &AmendInput {
            text: current.replace(
                "as amended by this assembly",
                "as amended by this assembly, and reviews it every six months",
            ),
            by: "Elena Petrova".into(),
            item: None,
            accepted: Some(true),
        },
    )?;
    let current = db.proposal(statement)?.text;
    db.set_now(Some(now + Duration::minutes(20)));
    db.amend_proposal(
        MINUTES,
        statement,
        &AmendInput {
            text: current.replace("every six months", "every three months"),
            by: "Kwame Mensah".into(),
            item: None,
            accepted: None,
        },
    )?;

    db.set_now(Some(now + Duration::minutes(30)));
    let tents = db.new_proposal(DEMO, &submission(
        "Winter tents fund",
        Some("Finance"),
        "Marta Kowalski",
        "Finance proposes to set aside 800 of this month's donations for insulated tents and sleeping bags before the first frost.",
    ))?;
    let (_, solar_ref, solar_title) = by_title(db, "Solar panels for the tech tent")?;
    for (reference, title) in [(&tents.reference, &tents.title), (&solar_ref, &solar_title)] {
        let it = db.add_agenda_item(DEMO, &proposal_item(&m.reference, title, reference, 20))?;
        // After the other proposals, before the announcements.
        let announcements = db
            .agenda(m.id)?
            .iter()
            .find(|i| i.kind == ItemKind::Announcement)
            .map(|i| i.position);
        if let Some(pos) = announcements {
            db.move_agenda_item(DEMO, it.id, pos)?;
        }
    }
    db.set_now(Some(now + Duration::minutes(40)));
    db.draft_proposal(DEMO, &submission(
        "Community garden on the north lawn",
        Some("Education"),
        "Kwame Mensah",
        "Turn the north lawn of the square into a community garden with raised beds, tended by a rota of volunteers and open to the neighbourhood school.",
    ))?;
    Ok(())
}

fn submission(title: &str, wg: Option<&str>, by: &str, text: &str) -> NewProposal {
    NewProposal {
        title: title.into(),
        text: text.into(),
        wg: wg.map(Into::into),
        by: Some(by.into()),
        date: None,
    }
}

fn proposal_item(meeting: &str, title: &str, reference: &str, minutes: i64) -> NewAgendaItem {
    NewAgendaItem {
        meeting: meeting.into(),
        kind: "proposal".into(),
        title: title.into(),
        allotted_minutes: Some(minutes),
        wg: None,
        proposal: Some(reference.into()),
    }
}

/// (id, reference, title) of the local proposal with this title.
fn by_title(db: &Db, title: &str) -> Result<(Uuid, String, String)> {
    db.proposals()?
        .into_iter()
        .find(|p| p.title == title)
        .map(|p| (p.id, p.reference, p.title))
        .ok_or_else(|| not_found!("demo-no-proposal", title = title))
}

/// One hearing being run: each call records one thing a minute or two after the last.
struct Hearing<'a> {
    db: &'a mut Db,
    item: Uuid,
    proposal: Uuid,
    t: DateTime<Utc>,
}

impl Hearing<'_> {
    fn tick(&mut self, minutes: i64) {
        self.t += Duration::minutes(minutes);
        self.db.set_now(Some(self.t));
    }

    fn step(&mut self, to: ProcessStep, minutes: i64) -> Result<()> {
        self.tick(minutes);
        self.db.advance_step(FACILITATOR, self.item, to, false)?;
        Ok(())
    }

    /// Moves on from a step where nothing was raised, saying so.
    fn step_none(&mut self, to: ProcessStep, minutes: i64) -> Result<()> {
        self.tick(minutes);
        self.db.advance_step(FACILITATOR, self.item, to, true)?;
        Ok(())
    }

    fn question(&mut self, by: &str, question: &str, answer: &str) -> Result<()> {
        self.tick(1);
        let q = self.db.add_question(
            MINUTES,
            self.item,
            &NewQuestion {
                question: question.into(),
                by: Some(by.into()),
            },
        )?;
        if !answer.is_empty() {
            self.db.answer_question(
                MINUTES,
                q.id,
                &AnswerInput {
                    answer: answer.into(),
                    by: None,
                },
            )?;
        }
        Ok(())
    }

    /// A concern; with a response, addressed.
    fn concern(&mut self, by: &str, concern: &str, response: Option<&str>) -> Result<()> {
        self.tick(1);
        let c = self.db.add_concern(
            MINUTES,
            self.item,
            &NewConcern {
                concern: concern.into(),
                by: Some(by.into()),
            },
        )?;
        if let Some(r) = response {
            self.db.address_concern(MINUTES, c.id, true, r)?;
        }
        Ok(())
    }

    /// A friendly amendment replacing `from` by `to` in the current text.
    fn amend(&mut self, by: &str, from: &str, to: &str, accepted: bool) -> Result<()> {
        self.tick(2);
        let text = self.db.proposal(self.proposal)?.text.replace(from, to);
        self.db.amend_proposal(
            MINUTES,
            self.proposal,
            &AmendInput {
                text,
                by: by.into(),
                item: Some(self.item.to_string()),
                accepted: Some(accepted),
            },
        )?;
        Ok(())
    }

    fn temperature(&mut self, up: u32, sideways: u32, down: u32) -> Result<()> {
        self.tick(1);
        self.db.record_temperature(
            MINUTES,
            self.item,
            &TemperatureInput {
                up,
                sideways,
                down,
                note: String::new(),
            },
        )?;
        Ok(())
    }

    fn decide(&mut self, actor: Actor, input: DecisionInput) -> Result<Uuid> {
        self.tick(2);
        Ok(self.db.record_decision(actor, self.item, &input)?.id)
    }

    /// Present, then clarifying questions.
    fn open(&mut self) -> Result<()> {
        self.step(ProcessStep::Present, 1)?;
        self.step(ProcessStep::ClarifyingQuestions, 3)
    }
}

fn named(name: &str, reason: Option<&str>) -> StanceInput {
    StanceInput {
        name: name.into(),
        reason: reason.map(Into::into),
    }
}

/// GA 1: consensus, after an accepted and a rejected amendment.
fn stove(h: &mut Hearing) -> Result<()> {
    h.open()?;
    h.question(
        "Dev Patel",
        "Is the stove new or second-hand?",
        "Second-hand, from the restaurant on Mill Road; it was checked last month.",
    )?;
    h.question(
        "Rosa Lima",
        "Where will the gas bottles be kept at night?",
        "In the locked kitchen crate, away from the tents.",
    )?;
    h.step(ProcessStep::Concerns, 2)?;
    h.concern(
        "Ollie Grant",
        "Gas near the tents is a fire risk.",
        Some("A fire blanket and an extinguisher are added to the proposal."),
    )?;
    h.amend(
        "Ollie Grant",
        "a second gas stove and two gas bottles",
        "a second gas stove, two gas bottles, a fire blanket and an extinguisher",
        true,
    )?;
    h.amend("Marta Kowalski", "up to 350", "up to 250", false)?;
    h.step(ProcessStep::TemperatureCheck, 1)?;
    h.temperature(96, 12, 3)?;
    h.step(ProcessStep::CallForConsensus, 1)?;
    h.decide(
        FACILITATOR,
        DecisionInput {
            support: 104,
            stand_asides: Some(4),
            named_stand_asides: vec![named(
                "Marta Kowalski",
                Some("We should spend less until the donations pick up."),
            )],
            ..Default::default()
        },
    )?;
    Ok(())
}

/// GA 1: tabled because too many stood aside (the assembly's limit is a third).
fn sunday_tabled(h: &mut Hearing) -> Result<()> {
    h.open()?;
    h.question(
        "Sam Whitfield",
        "Would the weekday GA stop entirely?",
        "Yes: one GA a week, on Sunday.",
    )?;
    h.step(ProcessStep::Concerns, 2)?;
    h.concern("Jo Becker", "Sunday is the kitchen's busiest day.", None)?;
    h.concern(
        "Luis Fernández",
        "People who work weekends would be left out.",
        None,
    )?;
    h.step(ProcessStep::CallForConsensus, 3)?;
    h.decide(
        FACILITATOR,
        DecisionInput {
            support: 61,
            stand_asides: Some(44),
            named_stand_asides: vec![
                named(
                    "Jo Becker",
                    Some("Not until the kitchen has more volunteers."),
                ),
                named("Luis Fernández", None),
            ],
            stand_aside_limit: Some("1/3".into()),
            ..Default::default()
        },
    )?;
    Ok(())
}

/// GA 3: the Sunday proposal again, amended; one against — passed under modified:90.
fn sunday_passed(h: &mut Hearing) -> Result<()> {
    h.open()?;
    h.step_none(ProcessStep::Concerns, 2)?;
    h.concern(
        "Jo Becker",
        "The kitchen still needs Sunday volunteers.",
        Some("Facilitation will ask at each GA for kitchen volunteers."),
    )?;
    h.amend(
        "Amara Okafor",
        "on Sundays at 15:00",
        "on Sundays at 15:00 from April to September, and on Wednesdays at 19:00 in winter,",
        true,
    )?;
    h.step(ProcessStep::TemperatureCheck, 1)?;
    h.temperature(70, 9, 4)?;
    h.step(ProcessStep::CallForConsensus, 1)?;
    h.step(ProcessStep::Vote, 1)?;
    h.decide(
        MINUTES,
        DecisionInput {
            support: 74,
            against: 4,
            stand_asides: Some(9),
            stand_aside_limit: Some("1/3".into()),
            ..Default::default()
        },
    )?;
    Ok(())
}

/// GA 2: a block stands; the vote passes it under modified:90 (blocks count against).
fn solidarity(h: &mut Hearing) -> Result<()> {
    h.open()?;
    h.question(
        "Tom Ashworth",
        "Does this commit the assembly to money or actions?",
        "No: it is a statement; the eviction watch is voluntary.",
    )?;
    h.step(ProcessStep::Concerns, 2)?;
    h.concern(
        "Ben Carter",
        "One of the tenants is in a court case; we could be seen as taking sides.",
        Some("The statement speaks of the tenants as a group, not of the case."),
    )?;
    h.step(ProcessStep::TemperatureCheck, 1)?;
    h.temperature(150, 10, 4)?;
    h.step(ProcessStep::CallForConsensus, 1)?;
    h.step(ProcessStep::Vote, 2)?;
    h.decide(
        MINUTES,
        DecisionInput {
            support: 158,
            // The vote, the blocker among those against.
            against: 7,
            stand_asides: Some(11),
            named_stand_asides: vec![named("Ben Carter", Some("Wait for the court's decision."))],
            named_blocks: vec![named(
                "Gil Moreau",
                Some("A public statement could put the tenants' court case at risk."),
            )],
            ..Default::default()
        },
    )?;
    Ok(())
}

/// GA 2: decided under consensus (the GA chose it for a matter of principle): blocked.
fn sponsorship(h: &mut Hearing) -> Result<()> {
    h.open()?;
    h.question(
        "Priya Raman",
        "Would the bank get anything besides the logo?",
        "No, only the logo.",
    )?;
    h.step(ProcessStep::Concerns, 2)?;
    h.concern(
        "Elena Petrova",
        "Taking money from a bank contradicts why we are here.",
        None,
    )?;
    h.concern(
        "Kwame Mensah",
        "The logo would be in every photo of the GA.",
        None,
    )?;
    h.amend(
        "Ben Carter",
        "in exchange for a small logo on the speakers",
        "with no logo or mention of the bank",
        false,
    )?;
    h.step(ProcessStep::CallForConsensus, 2)?;
    h.decide(
        FACILITATOR,
        DecisionInput {
            rule: Some("consensus".into()),
            support: 40,
            stand_asides: Some(25),
            named_blocks: vec![
                named(
                    "Elena Petrova",
                    Some("Sponsorship by a bank contradicts the purpose of this assembly."),
                ),
                named(
                    "Dev Patel",
                    Some("Our neighbours were evicted by this bank; we cannot carry its name."),
                ),
            ],
            ..Default::default()
        },
    )?;
    Ok(())
}

/// GA 2: failed in a vote, and flagged as disputed by the minute-taker afterwards.
fn press(h: &mut Hearing) -> Result<()> {
    h.open()?;
    h.step_none(ProcessStep::Concerns, 2)?;
    h.concern(
        "Luis Fernández",
        "We cannot answer the press quickly if every release waits for a GA.",
        None,
    )?;
    h.step(ProcessStep::CallForConsensus, 2)?;
    h.step(ProcessStep::Vote, 1)?;
    let d = h.decide(
        MINUTES,
        DecisionInput {
            support: 88,
            against: 53,
            stand_asides: Some(14),
            named_blocks: vec![named(
                "Luis Fernández",
                Some("It silences the Press WG in an emergency."),
            )],
            ..Default::default()
        },
    )?;
    h.tick(1);
    h.db.set_disputed(MINUTES, d, true, "The stack was closed before everyone on it had spoken; several people asked for a recount.")?;
    Ok(())
}

/// GA 3: withdrawn by the proposer after the concerns.
fn storage(h: &mut Hearing) -> Result<()> {
    h.open()?;
    h.question(
        "Nadia Haddad",
        "Has the council allowed a container on the square?",
        "Not yet.",
    )?;
    h.step(ProcessStep::Concerns, 2)?;
    h.concern(
        "Nadia Haddad",
        "Without the council's permission the container could be seized.",
        None,
    )?;
    h.tick(2);
    h.db.withdraw_proposal(
        FACILITATOR,
        h.proposal,
        Some(h.item),
        &ManualOutcomeInput {
            reason: "Kitchen will ask the council first and bring it back.".into(),
            by: Some("the proposers (Kitchen)".into()),
        },
    )?;
    Ok(())
}

/// GA 3: sent back to its WG after many concerns.
fn conduct(h: &mut Hearing) -> Result<()> {
    h.open()?;
    h.question(
        "Sam Whitfield",
        "Who decides that someone must leave?",
        "The Facilitation WG, after hearing both sides.",
    )?;
    h.step(ProcessStep::Concerns, 2)?;
    h.concern(
        "Rosa Lima",
        "One WG should not be judge of everyone on the square.",
        None,
    )?;
    h.concern("Ollie Grant", "There is no way to appeal.", None)?;
    h.concern(
        "Ines Duarte",
        "The code was not translated for the Polish and Bengali speakers.",
        Some("Outreach offers to translate it."),
    )?;
    h.step(ProcessStep::TemperatureCheck, 1)?;
    h.temperature(30, 35, 20)?;
    h.tick(2);
    h.db.send_back_proposal(
        FACILITATOR,
        h.proposal,
        Some(h.item),
        &ManualOutcomeInput {
            reason: "Rework with an appeal process and a mixed panel instead of one WG.".into(),
            by: None,
        },
    )?;
    Ok(())
}

/// GA 3: tabled for want of a quorum (the rain plan hall was half empty).
fn day_of_action(h: &mut Hearing) -> Result<()> {
    h.open()?;
    h.step_none(ProcessStep::Concerns, 2)?;
    h.step_none(ProcessStep::CallForConsensus, 2)?;
    h.decide(
        FACILITATOR,
        DecisionInput {
            support: 71,
            stand_asides: Some(6),
            quorum: Some(100),
            ..Default::default()
        },
    )?;
    Ok(())
}

/// GA 3: ran out of time during clarifying questions; it continues next week.
fn solar(h: &mut Hearing) -> Result<()> {
    h.open()?;
    h.question(
        "Ines Duarte",
        "How long would the battery last at night?",
        "About six hours with the stream running.",
    )?;
    h.question(
        "Marta Kowalski",
        "Is 600 the whole cost, with the cables?",
        "",
    )?;
    Ok(())
}
