//! Minutes of a four-hour GA on the ten-year database (architecture.md, "Budgets":
//! < 50 ms in any format).
//!
//! On a copy of `target/tmp/tenyears-<scale>.db` (built once, shared with the stack
//! benchmark), it records a GA the way a facilitation team would — through the core's
//! actions, with the clock set to each moment: 40 agenda items, 300 speeches, 6 proposals
//! each with two friendly amendments (one accepted), a question, a concern, a temperature
//! check and a decision. Then it renders the minutes of that GA in every format, with the
//! speakers' log, and prints p50 / p99 / max over ROUNDS renders each (default 50).
//!
//!   cargo bench -p plenary-core --bench minutes
//!   PLENARY_BENCH_SCALE=0.01 cargo bench -p plenary-core --bench minutes   (quick)

use std::path::PathBuf;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use plenary_core::agenda::NewAgendaItem;
use plenary_core::decision::{DecisionInput, StanceInput};
use plenary_core::meeting::NewMeeting;
use plenary_core::minutes::{MinutesFormat, MinutesOptions, RenderOptions};
use plenary_core::proposal::hearing::{NewConcern, NewQuestion, TemperatureInput};
use plenary_core::proposal::versions::AmendInput;
use plenary_core::proposal::NewProposal;
use plenary_core::stack::EntryKind;
use plenary_core::{Actor, Db};
use plenary_dataset::tenyears::{build_file, Spec};

const ITEMS: usize = 40;
const PROPOSALS: usize = 6;
const SPEECHES: usize = 300;

fn main() {
    let scale: f64 = std::env::var("PLENARY_BENCH_SCALE")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1.0);
    let rounds: usize = std::env::var("PLENARY_BENCH_ROUNDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(50);
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let base = dir.join(format!("tenyears-{scale}.db"));
    drop(build_file(&base, &Spec::scaled(scale)).expect("build the ten-year database"));
    let work = dir.join("tenyears-minutes-work.db");
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", work.display()));
    }
    std::fs::copy(&base, &work).expect("copy the dataset");
    let _ = std::fs::copy(
        format!("{}.key", base.display()),
        format!("{}.key", work.display()),
    );
    let mut db = Db::open(&work).expect("open the copy");
    // Recording the GA is not what is measured: let it go without a flush per action.
    db.conn()
        .pragma_update(None, "synchronous", "OFF")
        .expect("pragma");

    let started = Instant::now();
    let meeting = record_a_four_hour_ga(&mut db);
    println!(
        "recorded a GA of {ITEMS} items, {SPEECHES} speeches, {PROPOSALS} proposals in {:.1} s",
        started.elapsed().as_secs_f64()
    );

    let opts = RenderOptions::local();
    let what = MinutesOptions {
        redact_names: false,
        speakers: true,
        equity: false,
    };
    println!("minutes of that GA, {rounds} renders each (budget < 50 ms):");
    for format in MinutesFormat::ALL {
        for redact in [false, true] {
            let what = MinutesOptions {
                redact_names: redact,
                ..what
            };
            let mut times: Vec<Duration> = (0..rounds)
                .map(|_| {
                    let t = Instant::now();
                    let files = db
                        .render_minutes(meeting, *format, what, &opts)
                        .expect("render");
                    std::hint::black_box(files);
                    t.elapsed()
                })
                .collect();
            times.sort();
            let ms = |d: Duration| d.as_secs_f64() * 1000.0;
            let p = |q: f64| times[((q * times.len() as f64) as usize).min(times.len() - 1)];
            let size: usize = db
                .render_minutes(meeting, *format, what, &opts)
                .expect("render")
                .iter()
                .map(|f| f.text.len())
                .sum();
            println!(
                "{:<5} {:<9} p50 {:6.2} ms  p99 {:6.2} ms  max {:6.2} ms  ({} KiB)",
                format.as_str(),
                if redact { "redacted" } else { "plain" },
                ms(p(0.5)),
                ms(p(0.99)),
                ms(times[times.len() - 1]),
                size / 1024
            );
        }
    }
}

fn record_a_four_hour_ga(db: &mut Db) -> uuid::Uuid {
    let a = Actor::Facilitator;
    let mut clock: DateTime<Utc> = "2036-06-01T17:00:00Z".parse().expect("time");
    db.set_now(Some(clock));
    let m = db
        .new_meeting(
            a,
            &NewMeeting {
                date: "2036-06-01".into(),
                place: "The square".into(),
                ..Default::default()
            },
        )
        .expect("meeting");
    let local = db.local_id().expect("assembly");
    let wgs: Vec<String> = db
        .wgs()
        .expect("wgs")
        .into_iter()
        .filter(|w| w.origin == local)
        .map(|w| w.id.to_string())
        .take(12)
        .collect();
    let names: Vec<String> = db
        .conn()
        .prepare("SELECT name FROM people ORDER BY name LIMIT 120")
        .and_then(|mut st| st.query_map([], |r| r.get(0))?.collect())
        .expect("people");
    let mut proposals = Vec::new();
    for (p, proposer) in names.iter().take(PROPOSALS).enumerate() {
        let prop = db
            .new_proposal(a, &NewProposal {
                title: format!("Proposal {p} of the four-hour GA"),
                text: "The assembly resolves to do a thing that takes a paragraph to describe, with its reasons, its costs and who will carry it out. ".repeat(4),
                wg: None,
                by: Some(proposer.clone()),
                date: None,
            })
            .expect("proposal");
        proposals.push(prop);
    }
    let mut items = Vec::new();
    for i in 0..ITEMS {
        let input = if i % 7 == 3
            && items
                .iter()
                .filter(|(_, p): &&(uuid::Uuid, Option<usize>)| p.is_some())
                .count()
                < PROPOSALS
        {
            let n = items
                .iter()
                .filter(|(_, p): &&(uuid::Uuid, Option<usize>)| p.is_some())
                .count();
            (
                NewAgendaItem {
                    meeting: m.id.to_string(),
                    kind: "proposal".into(),
                    title: proposals[n].title.clone(),
                    allotted_minutes: Some(20),
                    proposal: Some(proposals[n].id.to_string()),
                    wg: None,
                },
                Some(n),
            )
        } else if i % 3 == 1 && !wgs.is_empty() {
            (
                NewAgendaItem {
                    meeting: m.id.to_string(),
                    kind: "report-back".into(),
                    title: format!("Report-back {i}"),
                    allotted_minutes: Some(5),
                    wg: Some(wgs[i % wgs.len()].clone()),
                    proposal: None,
                },
                None,
            )
        } else {
            (
                NewAgendaItem {
                    meeting: m.id.to_string(),
                    kind: "discussion".into(),
                    title: format!("Discussion {i}"),
                    allotted_minutes: Some(5),
                    wg: None,
                    proposal: None,
                },
                None,
            )
        };
        let item = db.add_agenda_item(a, &input.0).expect("item");
        items.push((item.id, input.1));
    }
    clock += chrono::Duration::hours(2);
    db.set_now(Some(clock));
    db.open_meeting(a, m.id).expect("open");
    let per_item = SPEECHES / ITEMS;
    let extra = SPEECHES % ITEMS;
    let mut who = 0;
    for (n, (item, proposal)) in items.iter().enumerate() {
        let tick = |db: &mut Db, clock: &mut DateTime<Utc>, secs: i64| {
            *clock += chrono::Duration::seconds(secs);
            db.set_now(Some(*clock));
        };
        db.start_item(a, *item).expect("start");
        let speeches = per_item + usize::from(n < extra);
        for s in 0..speeches {
            let kind = if s % 5 == 0 {
                EntryKind::Clarifying
            } else {
                EntryKind::Speak
            };
            db.stack_add(
                Actor::StackKeeper,
                *item,
                &names[who % names.len()],
                kind,
                false,
            )
            .expect("add");
            who += 1;
        }
        for _ in 0..speeches {
            db.stack_next(Actor::StackKeeper, *item).expect("next");
            tick(db, &mut clock, 40);
        }
        db.stack_next(Actor::StackKeeper, *item).expect("last next");
        if let Some(p) = proposal {
            let prop = &proposals[*p];
            db.add_question(
                a,
                *item,
                &NewQuestion {
                    question: "What does it cost?".into(),
                    by: Some(names[50].clone()),
                },
            )
            .expect("question");
            db.add_concern(
                a,
                *item,
                &NewConcern {
                    concern: "It may be too much at once.".into(),
                    by: Some(names[51].clone()),
                },
            )
            .expect("concern");
            let am = db
                .amend_proposal(
                    a,
                    prop.id,
                    &AmendInput {
                        text: format!("{} As amended.", prop.text),
                        by: names[52].clone(),
                        item: Some(item.to_string()),
                        accepted: None,
                    },
                )
                .expect("amend");
            db.decide_amendment(a, am.id, true).expect("accept");
            db.amend_proposal(
                a,
                prop.id,
                &AmendInput {
                    text: "Something else entirely.".into(),
                    by: names[53].clone(),
                    item: Some(item.to_string()),
                    accepted: Some(false),
                },
            )
            .expect("amend 2");
            db.record_temperature(
                a,
                *item,
                &TemperatureInput {
                    up: 80,
                    sideways: 10,
                    down: 3,
                    note: String::new(),
                },
            )
            .expect("temperature");
            db.record_decision(
                a,
                *item,
                &DecisionInput {
                    support: 90,
                    named_stand_asides: vec![StanceInput {
                        name: names[54].clone(),
                        reason: Some("Not my fight".into()),
                    }],
                    stand_asides: Some(4),
                    named_blocks: if p % 2 == 0 {
                        vec![StanceInput {
                            name: names[55].clone(),
                            reason: Some("A safety problem".into()),
                        }]
                    } else {
                        vec![]
                    },
                    ..Default::default()
                },
            )
            .expect("decision");
        }
        tick(db, &mut clock, 30);
        let _ = db.finish_item(a, *item);
    }
    db.close_meeting(a, m.id).expect("close");
    db.set_now(None);
    m.id
}
