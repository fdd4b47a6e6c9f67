//! `plenary demo`: a realistic sample assembly a newcomer can explore.
//!
//! The demo drives the same core functions a facilitation team would, with the clock set
//! to the time of each action, so its record (timestamps, journal) is what a real GA
//! leaves behind. Dates are relative to today: three past GAs a week apart, one upcoming,
//! and a spokes council three days ago (`demo_council.rs`). The past GAs share their floor
//! differently (ga-process.md, "Fair floor"): GA 1 on the progressive stack, GA 2 first
//! come first served with first-time speakers first and a cap, GA 3 switching to
//! alternating lists at its proposals — so the difference shows in their stacks and minutes.

use chrono::{DateTime, Days, Duration, NaiveDate, Utc};

use crate::agenda::{NewAgendaItem, ReportBackInput};
use crate::assembly::Assembly;
use crate::journal::Actor;
use crate::meeting::{MeetingRole, NewMeeting};
use crate::proposal::NewProposal;
use crate::wg::{NewWg, WgStatus};
use crate::{conflict, Db, Result};

const ACTOR: Actor = Actor::Demo;

struct DemoWg {
    name: &'static str,
    category: &'static str,
    description: &'static str,
    contact: &'static str,
    schedule: &'static str,
    /// Status changes after creation, as (days after founding, status).
    history: &'static [(u64, WgStatus)],
}

const WGS: &[DemoWg] = &[
    DemoWg {
        name: "Facilitation",
        category: "operational",
        description: "Prepares and facilitates the General Assembly; trains new facilitators.",
        contact: "facilitation@riverside.example",
        schedule: "Mondays 18:00 at the info tent",
        history: &[(2, WgStatus::Active)],
    },
    DemoWg {
        name: "Kitchen",
        category: "operational",
        description: "Feeds the square: three meals a day, donations welcome.",
        contact: "Ask at the kitchen tent",
        schedule: "Daily 10:00 briefing",
        history: &[(1, WgStatus::Active)],
    },
    DemoWg {
        name: "Finance",
        category: "operational",
        description: "Keeps the accounts of donations and spending; reports every week.",
        contact: "finance@riverside.example",
        schedule: "Wednesdays 19:00",
        history: &[(3, WgStatus::Active)],
    },
    DemoWg {
        name: "Press",
        category: "operational",
        description: "Answers journalists and writes press releases approved by the GA.",
        contact: "press@riverside.example",
        schedule: "On call",
        history: &[(2, WgStatus::Active), (30, WgStatus::Dormant)],
    },
    DemoWg {
        name: "Tech",
        category: "operational",
        description: "Wi-Fi, power, live stream and the laptops the GA runs on.",
        contact: "tech@riverside.example",
        schedule: "Tuesdays 17:00",
        history: &[],
    },
    DemoWg {
        name: "Outreach",
        category: "operational",
        description: "Leaflets, door-knocking and contact with neighbourhood associations.",
        contact: "outreach@riverside.example",
        schedule: "Saturdays 11:00",
        history: &[(4, WgStatus::Active)],
    },
    DemoWg {
        name: "Education",
        category: "sectorial",
        description: "Free university: talks and teach-ins on the square.",
        contact: "education@riverside.example",
        schedule: "Thursdays 18:30",
        history: &[(5, WgStatus::Active)],
    },
    DemoWg {
        name: "Housing",
        category: "sectorial",
        description: "Supports people facing eviction; researches empty buildings.",
        contact: "housing@riverside.example",
        schedule: "Sundays 16:00",
        history: &[(6, WgStatus::Active)],
    },
    DemoWg {
        name: "Health and Care",
        category: "sectorial",
        description: "First aid tent and wellbeing on the square.",
        contact: "Ask at the first-aid tent",
        schedule: "",
        history: &[(2, WgStatus::Active), (25, WgStatus::Dormant)],
    },
    DemoWg {
        name: "Economics",
        category: "sectorial",
        description: "Study group on debt and banking; merged into Vision and Goals.",
        contact: "",
        schedule: "",
        history: &[(3, WgStatus::Active), (20, WgStatus::Dissolved)],
    },
    DemoWg {
        name: "Vision and Goals",
        category: "strategy",
        description: "Drafts a statement of what this assembly stands for.",
        contact: "vision@riverside.example",
        schedule: "Fridays 19:00",
        history: &[(7, WgStatus::Active)],
    },
    DemoWg {
        name: "Strategic Planning",
        category: "strategy",
        description: "How the 99% can win: campaigns for the next six months.",
        contact: "",
        schedule: "Every other Sunday",
        history: &[],
    },
];

/// One past GA: its roles, report-backs and closing time.
struct DemoGa {
    days_ago: u64,
    place: &'static str,
    attendance: i64,
    facilitators: &'static [&'static str],
    stack_keeper: &'static str,
    minute_taker: &'static str,
    /// (WG, presenter, summary, asks, announcements)
    report_backs: &'static [(
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
    )],
    proposal: Option<(&'static str, &'static str, &'static str, &'static str)>,
    announcements: &'static str,
    /// The floor policy the facilitation team set (ga-process.md, "Fair floor"): from the
    /// item at this position on (0: from the opening), the policy and the reason.
    floor: Option<(i64, &'static str, &'static str)>,
}

const PAST_GAS: &[DemoGa] = &[
    DemoGa {
        days_ago: 21,
        place: "Riverside Square, by the fountain",
        attendance: 140,
        facilitators: &["Amara Okafor", "Luis Fernández"],
        stack_keeper: "Sam Whitfield",
        minute_taker: "Priya Raman",
        report_backs: &[
            ("Kitchen", "Jo Becker", "Served about 450 meals a day this week. The donated fridge works.", "Four more volunteers for the evening shift.", "Bread delivery moves to 8:00."),
            ("Finance", "Marta Kowalski", "Donations this week: 2,310. Spending: 1,870, mostly food and tarpaulins.", "", "Receipts are on the board by the info tent."),
            ("Outreach", "Dev Patel", "8,000 leaflets handed out; two neighbourhood associations want to meet us.", "People who speak Polish or Bengali for door-knocking.", ""),
        ],
        proposal: Some(("Buy a second gas stove for the kitchen", "Kitchen", "Jo Becker", "The Kitchen working group proposes to spend up to 350 from the general fund on a second gas stove and two gas bottles, so that evening meals are ready before the GA starts.")),
        announcements: "Teach-in on housing rights, Thursday 18:30.",
        floor: None,
    },
    DemoGa {
        days_ago: 14,
        place: "Riverside Square, by the fountain",
        attendance: 185,
        facilitators: &["Luis Fernández", "Nadia Haddad"],
        stack_keeper: "Priya Raman",
        minute_taker: "Tom Ashworth",
        report_backs: &[
            ("Facilitation", "Amara Okafor", "Trained six new facilitators. Hand signals poster reprinted.", "Two people to keep the stack at the next GA.", ""),
            ("Housing", "Rosa Lima", "Helped two families resist evictions on Elm Street.", "Endorsement of the eviction watch phone line.", "Eviction watch meets Sunday 16:00."),
            ("Education", "Kwame Mensah", "Four teach-ins, around 60 people each.", "", "Next talk: the history of the commons."),
        ],
        proposal: Some(("Statement of solidarity with the Elm Street tenants", "Housing", "Rosa Lima", "The Riverside General Assembly stands with the tenants of Elm Street facing eviction, and invites everyone to the eviction watch.")),
        announcements: "March on Saturday, meet at noon at the square.",
        floor: Some((
            0,
            "fifo,first-time-first,cap:2",
            "the last GA ran long: first come, first served, those who have not spoken first, two speeches each per item",
        )),
    },
    DemoGa {
        days_ago: 7,
        place: "Community hall, Mill Road (rain plan)",
        attendance: 96,
        facilitators: &["Nadia Haddad"],
        stack_keeper: "Sam Whitfield",
        minute_taker: "Priya Raman",
        report_backs: &[
            ("Kitchen", "Jo Becker", "The second stove is in use. Meals are ready by 18:30.", "", ""),
            ("Vision and Goals", "Elena Petrova", "First draft of the statement of purpose is ready for comments.", "Comments on the draft by next Friday.", "Draft copies at the info tent."),
            ("Finance", "Marta Kowalski", "Donations: 1,540. The stove cost 329; receipts posted.", "", ""),
        ],
        proposal: None,
        announcements: "Tech asks for spare extension cables.",
        floor: Some((
            5,
            "progressive,alternate:women and non-binary|open",
            "the women's caucus asked that the floor alternate between a women and non-binary list and an open list",
        )),
    },
];

/// Fills an empty database with the Riverside General Assembly, dated around today.
pub fn fill(db: &mut Db) -> Result<Assembly> {
    fill_as_of(db, Utc::now().date_naive())
}

/// The same demo as if today were `today` (reproducible output for tests).
pub fn fill_as_of(db: &mut Db, today: NaiveDate) -> Result<Assembly> {
    if let Ok(a) = db.local_assembly() {
        return Err(conflict!("demo-needs-empty-database", name = &a.name));
    }
    let founded = today - Days::new(45);
    db.set_now(Some(at(founded, 12, 0)));
    let assembly = db.init_assembly("Riverside General Assembly", "RIV", Some("modified:90"))?;
    let result = fill_assembly(db, founded, today);
    db.set_now(None);
    result?;
    Ok(assembly)
}

fn fill_assembly(db: &mut Db, founded: NaiveDate, today: NaiveDate) -> Result<()> {
    for wg in WGS {
        db.set_now(Some(at(founded, 13, 0)));
        let created = db.add_wg(
            ACTOR,
            &NewWg {
                name: wg.name.into(),
                category: wg.category.into(),
                status: None,
                description: wg.description.into(),
                contact: wg.contact.into(),
                schedule: wg.schedule.into(),
            },
        )?;
        for (days, status) in wg.history {
            let on = founded + Days::new(*days);
            db.set_now(Some(at(on, 20, 0)));
            db.set_wg_status(
                ACTOR,
                created.id,
                *status,
                Some(on),
                "decided at the WG's meeting",
            )?;
        }
    }
    for ga in PAST_GAS {
        past_ga(db, today - Days::new(ga.days_ago), ga)?;
    }
    upcoming_ga(db, today + Days::new(7))?;
    crate::demo_proposals::upcoming(db)?;
    crate::demo_council::council(db, today - Days::new(3))?;
    Ok(())
}

fn past_ga(db: &mut Db, date: NaiveDate, ga: &DemoGa) -> Result<()> {
    let mut clock = at(date, 17, 0);
    db.set_now(Some(clock));
    let m = db.new_meeting(
        ACTOR,
        &NewMeeting {
            date: date.to_string(),
            place: ga.place.into(),
            policy: None,
            number: None,
            starts_at: Some("18:00".into()),
            format: None,
        },
    )?;
    for f in ga.facilitators {
        db.assign_role(ACTOR, m.id, MeetingRole::facilitator(), f)?;
    }
    db.assign_role(ACTOR, m.id, MeetingRole::stack_keeper(), ga.stack_keeper)?;
    db.assign_role(ACTOR, m.id, MeetingRole::timekeeper(), "Ines Duarte")?;
    db.assign_role(ACTOR, m.id, MeetingRole::minute_taker(), ga.minute_taker)?;
    db.assign_role(ACTOR, m.id, MeetingRole::vibes_watcher(), "Ollie Grant")?;

    let proposal = match ga.proposal {
        Some((title, wg, by, text)) => {
            db.set_now(Some(clock - Duration::days(3)));
            Some(db.new_proposal(
                ACTOR,
                &NewProposal {
                    title: title.into(),
                    text: text.into(),
                    wg: Some(wg.into()),
                    by: Some(by.into()),
                    date: None,
                },
            )?)
        }
        None => None,
    };
    db.set_now(Some(clock));

    // The usual order of business (ga-process.md, "The GA agenda"), with actual times.
    let mut items = vec![db.add_agenda_item(
        ACTOR,
        &item(
            &m.reference,
            "process",
            "Welcome, hand signals and roles",
            Some(10),
            None,
            None,
        ),
    )?];
    for (wg, ..) in ga.report_backs {
        items.push(db.add_agenda_item(
            ACTOR,
            &item(
                &m.reference,
                "report-back",
                &format!("Report-back: {wg}"),
                Some(5),
                Some(wg),
                None,
            ),
        )?);
    }
    if let Some(p) = &proposal {
        items.push(db.add_agenda_item(
            ACTOR,
            &item(
                &m.reference,
                "proposal",
                &p.title,
                Some(30),
                None,
                Some(&p.reference),
            ),
        )?);
    }
    items.extend(crate::demo_proposals::more_items(db, &m, clock)?);
    items.push(db.add_agenda_item(
        ACTOR,
        &item(
            &m.reference,
            "announcement",
            "Announcements",
            Some(10),
            None,
            None,
        ),
    )?);
    items.push(db.add_agenda_item(
        ACTOR,
        &item(&m.reference, "soapbox", "Soapbox", Some(15), None, None),
    )?);
    items.push(db.add_agenda_item(
        ACTOR,
        &item(&m.reference, "process", "Closing", Some(5), None, None),
    )?);

    clock = at(date, 19, 0);
    db.set_now(Some(clock));
    db.open_meeting(ACTOR, m.id)?;
    db.set_attendance(ACTOR, m.id, &ga.attendance.to_string())?;
    // A policy from the opening is set before the first item is taken up.
    if let Some((_, policy, reason)) = ga.floor.filter(|(from, ..)| *from == 0) {
        db.set_floor_policy(Actor::Facilitator, m.id, policy, reason, None)?;
    }
    let mut report_backs = ga.report_backs.iter();
    for it in &items {
        db.set_now(Some(clock));
        db.start_item(ACTOR, it.id)?;
        // A change mid-meeting is made on the stack of the item under way (its undo).
        if let Some((_, policy, reason)) = ga.floor.filter(|(from, ..)| *from == it.position) {
            db.set_floor_policy(Actor::Facilitator, m.id, policy, reason, None)?;
        }
        crate::demo_proposals::hear(db, it, clock)?;
        if it.kind == crate::agenda::ItemKind::ReportBack {
            if let Some((_, presenter, summary, asks, ann)) = report_backs.next() {
                db.record_report_back(
                    ACTOR,
                    it.id,
                    &ReportBackInput {
                        presenter: Some((*presenter).into()),
                        summary: Some((*summary).into()),
                        asks: Some((*asks).into()),
                        announcements: Some((*ann).into()),
                        ..ReportBackInput::default()
                    },
                )?;
            }
        }
        if it.kind == crate::agenda::ItemKind::Announcement {
            // Made by the first presenter of the evening, on behalf of their WG.
            let (wg, by, ..) = ga.report_backs.first().copied().unwrap_or_default();
            db.announce(
                ACTOR,
                it.id,
                &crate::announcement::NewAnnouncement {
                    by: by.into(),
                    on_behalf_of: wg.into(),
                    text: ga.announcements.into(),
                },
            )?;
        }
        // Items run a little over or under their allotted time, as they do.
        let minutes = it.allotted_minutes.unwrap_or(5) + (it.position % 3) - 1;
        crate::stack::demo::item_stack(db, it, clock, minutes)?;
        clock += Duration::minutes(minutes);
        db.set_now(Some(clock));
        db.finish_item(ACTOR, it.id)?;
    }
    db.close_meeting(ACTOR, m.id)?;
    Ok(())
}

fn upcoming_ga(db: &mut Db, date: NaiveDate) -> Result<()> {
    db.set_now(Some(at(date - Days::new(7), 10, 0)));
    let m = db.new_meeting(
        ACTOR,
        &NewMeeting {
            date: date.to_string(),
            place: "Riverside Square, by the fountain".into(),
            policy: None,
            number: None,
            starts_at: Some("18:00".into()),
            format: None,
        },
    )?;
    db.assign_role(ACTOR, m.id, MeetingRole::facilitator(), "Amara Okafor")?;
    db.assign_role(ACTOR, m.id, MeetingRole::facilitator(), "Kwame Mensah")?;
    db.assign_role(ACTOR, m.id, MeetingRole::stack_keeper(), "Sam Whitfield")?;
    db.assign_role(ACTOR, m.id, MeetingRole::minute_taker(), "Tom Ashworth")?;
    let p = db.new_proposal(ACTOR, &NewProposal {
        title: "Adopt the statement of purpose".into(),
        text: "The Riverside General Assembly adopts the statement of purpose drafted by the Vision and Goals working group, as amended by this assembly.".into(),
        wg: Some("Vision and Goals".into()),
        by: Some("Elena Petrova".into()),
        date: None,
    })?;
    db.add_agenda_item(
        ACTOR,
        &item(
            &m.reference,
            "process",
            "Welcome, hand signals and roles",
            Some(10),
            None,
            None,
        ),
    )?;
    for wg in ["Kitchen", "Housing", "Outreach"] {
        db.add_agenda_item(
            ACTOR,
            &item(
                &m.reference,
                "report-back",
                &format!("Report-back: {wg}"),
                Some(5),
                Some(wg),
                None,
            ),
        )?;
    }
    db.add_agenda_item(
        ACTOR,
        &item(
            &m.reference,
            "proposal",
            &p.title,
            Some(40),
            None,
            Some(&p.reference),
        ),
    )?;
    db.add_agenda_item(
        ACTOR,
        &item(
            &m.reference,
            "announcement",
            "Announcements",
            Some(10),
            None,
            None,
        ),
    )?;
    db.add_agenda_item(
        ACTOR,
        &item(&m.reference, "soapbox", "Soapbox", Some(15), None, None),
    )?;
    db.add_agenda_item(
        ACTOR,
        &item(&m.reference, "process", "Closing", Some(5), None, None),
    )?;
    // A proposal submitted but not yet on any agenda.
    db.new_proposal(ACTOR, &NewProposal {
        title: "Weekly open day for neighbours".into(),
        text: "Every Sunday from 12:00 to 16:00 the square welcomes neighbours with a shared lunch and guided tours of the working groups.".into(),
        wg: Some("Outreach".into()),
        by: Some("Dev Patel".into()),
        date: None,
    })?;
    Ok(())
}

fn item(
    meeting: &str,
    kind: &str,
    title: &str,
    minutes: Option<i64>,
    wg: Option<&str>,
    proposal: Option<&str>,
) -> NewAgendaItem {
    NewAgendaItem {
        meeting: meeting.into(),
        kind: kind.into(),
        title: title.into(),
        allotted_minutes: minutes,
        wg: wg.map(Into::into),
        proposal: proposal.map(Into::into),
    }
}

fn at(date: NaiveDate, hour: u32, minute: u32) -> DateTime<Utc> {
    date.and_hms_opt(hour, minute, 0)
        .unwrap_or_default()
        .and_utc()
}
