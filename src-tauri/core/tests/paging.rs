//! Lists read a page at a time (`paging`): every page walk gives each record exactly once
//! in the list's order, even while records are added between pages; filters and totals
//! agree with the complete lists (`federation()`, `proposals()`, `meetings()`) the command
//! line still prints.

mod common;

use std::collections::HashSet;

use chrono::{TimeZone, Utc};
use plenary_core::bundle::{ExportOptions, ImportOptions};
use plenary_core::federation::{OriginFilter, RecentDecision};
use plenary_core::meeting::{MeetingFilter, MeetingStatus, NewMeeting};
use plenary_core::paging::{Cursor, Page, PageRequest};
use plenary_core::proposal::{ManualOutcomeInput, NewProposal, ProposalFilter, ProposalStatus};
use plenary_core::wg::{NewWg, WgFilter, WgStatus};
use plenary_core::{Actor, Db, Result};
use proptest::prelude::*;
use uuid::Uuid;

const A: Actor = Actor::Cli;

/// Every page of a list, `limit` rows at a time; `between` runs before each later page.
fn walk<T: Clone>(
    limit: u32,
    mut read: impl FnMut(&PageRequest) -> Result<Page<T>>,
    mut between: impl FnMut(usize),
) -> (Vec<T>, Vec<u64>) {
    let mut items = Vec::new();
    let mut totals = Vec::new();
    let mut req = PageRequest::first(limit);
    for n in 0.. {
        let page = read(&req).unwrap();
        assert!(page.items.len() <= limit as usize);
        totals.push(page.total);
        items.extend(page.items);
        match page.next {
            Some(c) => req = PageRequest::after(Some(c), limit),
            None => break,
        }
        between(n);
        assert!(n < 10_000, "the walk does not end");
    }
    (items, totals)
}

fn riverside_in(name: &str, code: &str) -> Db {
    let mut river = Db::open_in_memory().unwrap();
    plenary_core::demo::fill(&mut river).unwrap();
    let bytes = river
        .export_bundle_bytes(&ExportOptions::default())
        .unwrap()
        .0;
    let mut db = Db::open_in_memory().unwrap();
    db.init_assembly(name, code, None).unwrap();
    db.add_wg(
        A,
        &NewWg {
            name: "Kitchen".into(),
            category: "operational".into(),
            ..Default::default()
        },
    )
    .unwrap();
    for i in 0..4 {
        db.new_proposal(
            A,
            &NewProposal {
                title: format!("Ours {i}"),
                text: "Text.".into(),
                ..Default::default()
            },
        )
        .unwrap();
    }
    db.import_bundle(
        &bytes,
        &ImportOptions {
            file_name: "riverside.plenary".into(),
            ..Default::default()
        },
    )
    .unwrap();
    db
}

fn ids<T>(items: &[T], id: impl Fn(&T) -> Uuid) -> Vec<Uuid> {
    items.iter().map(id).collect()
}

#[test]
fn federation_pages_hold_what_the_complete_federation_holds() {
    let mut db = riverside_in("Occupy Bristol", "BRS");
    let full = db.federation().unwrap();
    let theirs = full.assemblies.iter().find(|a| !a.is_local).unwrap().id;
    // One of theirs adopted here: both ends of the link show on the pages.
    let original = full
        .proposals
        .iter()
        .find(|p| p.proposal.origin == theirs)
        .unwrap()
        .proposal
        .id;
    db.adopt_proposal(A, original).unwrap();
    let full = db.federation().unwrap();

    for limit in [1, 3, 50] {
        let (props, totals) = walk(
            limit,
            |r| db.federated_proposals_page(&ProposalFilter::default(), r),
            |_| {},
        );
        assert!(totals.iter().all(|t| *t == full.proposals.len() as u64));
        let mut expected = full.proposals.clone();
        expected.sort_by_key(|p| {
            std::cmp::Reverse((
                p.proposal.created_at.format("%Y").to_string(),
                p.proposal.reference.clone(),
            ))
        });
        let mut got = props.clone();
        got.sort_by_key(|p| p.proposal.id);
        let mut want = full.proposals.clone();
        want.sort_by_key(|p| p.proposal.id);
        assert_eq!(got, want, "the same records, field for field");
        assert_eq!(
            props
                .iter()
                .map(|p| p.proposal.id)
                .collect::<HashSet<_>>()
                .len(),
            props.len()
        );

        let (wgs, _) = walk(
            limit,
            |r| db.federated_wgs_page(&OriginFilter::default(), r),
            |_| {},
        );
        assert_eq!(wgs, full.working_groups, "by name, as the complete list");

        let (decisions, totals) = walk(
            limit,
            |r| db.decisions_page(&OriginFilter::default(), r),
            |_| {},
        );
        assert_eq!(
            decisions, full.decisions,
            "newest first, as the complete list"
        );
        assert!(totals.iter().all(|t| *t == full.decisions.len() as u64));
    }
    let adopted = db
        .federated_proposals_page(&ProposalFilter::default(), &PageRequest::first(200))
        .unwrap()
        .items
        .into_iter()
        .find(|p| p.proposal.id == original)
        .unwrap();
    assert!(
        adopted.adopted_as.is_some()
            && adopted
                .adopted_as_reference
                .as_deref()
                .unwrap()
                .starts_with("BRS-P-")
    );
    assert_eq!(db.federated_proposal(original).unwrap(), adopted);

    // One assembly's records.
    let only = OriginFilter {
        origin: Some(theirs),
    };
    let (wgs, _) = walk(5, |r| db.federated_wgs_page(&only, r), |_| {});
    assert_eq!(
        ids(&wgs, |w| w.wg.id),
        ids(
            &full
                .working_groups
                .iter()
                .filter(|w| w.wg.origin == theirs)
                .cloned()
                .collect::<Vec<_>>(),
            |w| w.wg.id
        )
    );
    let (props, totals) = walk(
        5,
        |r| {
            db.federated_proposals_page(
                &ProposalFilter {
                    origin: Some(theirs),
                    ..Default::default()
                },
                r,
            )
        },
        |_| {},
    );
    let n_theirs = full
        .proposals
        .iter()
        .filter(|p| p.proposal.origin == theirs)
        .count();
    assert!(n_theirs > 0);
    assert_eq!((props.len(), totals[0]), (n_theirs, n_theirs as u64));
    assert!(props
        .iter()
        .all(|p| !p.from.is_local && p.from.origin_code == "RIV"));
    // Decisions on each assembly's proposals, counted with the same filter as they are
    // listed (the count reads fewer tables than the listing).
    for origin in full.assemblies.iter().map(|a| a.id) {
        let by = OriginFilter {
            origin: Some(origin),
        };
        let (decisions, totals) = walk(5, |r| db.decisions_page(&by, r), |_| {});
        let n = full
            .decisions
            .iter()
            .filter(|d| {
                full.proposals
                    .iter()
                    .any(|p| p.proposal.id == d.decision.proposal_id && p.proposal.origin == origin)
            })
            .count();
        assert_eq!((decisions.len(), totals[0]), (n, n as u64));
    }

    // The summary: counts per assembly, the latest bundle, the latest decisions.
    let summary = db.federation_summary().unwrap();
    assert_eq!(summary.assemblies.len(), full.assemblies.len());
    let s = summary
        .assemblies
        .iter()
        .find(|a| a.assembly.id == theirs)
        .unwrap();
    assert_eq!(s.proposals, n_theirs as u64);
    assert_eq!(s.working_groups, wgs.len() as u64);
    let their_decisions: Vec<_> = full
        .decisions
        .iter()
        .filter(|d| d.from.origin_code == "RIV")
        .cloned()
        .collect();
    assert_eq!(s.decisions, their_decisions.len() as u64);
    assert!(!their_decisions.is_empty());
    assert_eq!(
        s.recent_decisions,
        their_decisions
            .into_iter()
            .take(3)
            .map(RecentDecision::from)
            .collect::<Vec<_>>()
    );
    assert_eq!(
        s.latest_bundle.as_ref().unwrap().file_name,
        "riverside.plenary"
    );
    let ours = summary
        .assemblies
        .iter()
        .find(|a| a.assembly.is_local)
        .unwrap();
    assert_eq!(
        (ours.proposals, ours.working_groups, ours.decisions),
        (5, 1, 0)
    );
    assert!(ours.latest_bundle.is_none() && ours.recent_decisions.is_empty());

    let (bundles, _) = walk(1, |r| db.received_bundles_page(&only, r), |_| {});
    assert_eq!(bundles, db.received_bundles().unwrap());
}

fn proposal(db: &mut Db, title: &str) -> Uuid {
    db.new_proposal(
        A,
        &NewProposal {
            title: title.into(),
            text: "Text.".into(),
            ..Default::default()
        },
    )
    .unwrap()
    .id
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// Records added between two pages never make a walk skip or repeat one: every record
    /// there at the start is seen once, and nothing is seen twice.
    #[test]
    fn no_record_is_skipped_or_repeated_while_records_are_added(
        start in 0usize..25,
        limit in 1u32..8,
        added in proptest::collection::vec((0usize..4, 0u32..400), 0..12),
    ) {
        let mut db = common::db();
        db.set_now(Some(Utc.with_ymd_and_hms(2026, 3, 1, 12, 0, 0).unwrap()));
        for i in 0..start {
            proposal(&mut db, &format!("P{i}"));
            db.add_wg(A, &NewWg { name: format!("WG {i:03}"), category: "operational".into(), ..Default::default() }).unwrap();
            let date = chrono::NaiveDate::from_ymd_opt(2025, 1, 1).unwrap() + chrono::Days::new((i * 7) as u64);
            db.new_meeting(A, &NewMeeting { date: date.to_string(), ..Default::default() }).unwrap();
        }
        let before_p: HashSet<Uuid> = db.proposals().unwrap().iter().map(|p| p.id).collect();
        let before_w: HashSet<Uuid> = db.wgs().unwrap().iter().map(|w| w.id).collect();
        let before_m: HashSet<Uuid> = db.meetings().unwrap().iter().map(|m| m.id).collect();

        // Walk the three lists side by side, adding records of every kind between pages.
        let mut seen: [Vec<Uuid>; 3] = Default::default();
        let mut reqs = [Some(PageRequest::first(limit)), Some(PageRequest::first(limit)), Some(PageRequest::first(limit))];
        let mut step = 0;
        while reqs.iter().any(Option::is_some) {
            if let Some(r) = reqs[0].take() {
                let p = db.proposals_page(&ProposalFilter::default(), &r).unwrap();
                seen[0].extend(p.items.iter().map(|x| x.id));
                reqs[0] = p.next.map(|c| PageRequest::after(Some(c), limit));
            }
            if let Some(r) = reqs[1].take() {
                let p = db.wgs_page(&WgFilter::default(), &r).unwrap();
                seen[1].extend(p.items.iter().map(|x| x.id));
                reqs[1] = p.next.map(|c| PageRequest::after(Some(c), limit));
            }
            if let Some(r) = reqs[2].take() {
                let p = db.meetings_page(&MeetingFilter::default(), &r).unwrap();
                seen[2].extend(p.items.iter().map(|x| x.id));
                reqs[2] = p.next.map(|c| PageRequest::after(Some(c), limit));
            }
            if let Some((kind, n)) = added.get(step) {
                match kind {
                    0 => { proposal(&mut db, &format!("New {step}")); }
                    1 => { db.add_wg(A, &NewWg { name: format!("WG {n:03} new {step}"), category: "strategy".into(), ..Default::default() }).unwrap(); }
                    _ => {
                        let date = chrono::NaiveDate::from_ymd_opt(2024, 6, 1).unwrap() + chrono::Days::new(*n as u64);
                        db.new_meeting(A, &NewMeeting { date: date.to_string(), ..Default::default() }).unwrap();
                    }
                }
            }
            step += 1;
        }
        for (list, before) in seen.iter().zip([&before_p, &before_w, &before_m]) {
            let set: HashSet<Uuid> = list.iter().copied().collect();
            prop_assert_eq!(set.len(), list.len(), "a record was given twice");
            prop_assert!(before.is_subset(&set), "a record was skipped");
        }
    }
}

#[test]
fn filters_and_totals_agree_with_the_complete_lists() {
    let mut db = common::db();
    for (year, n) in [(2024, 3), (2025, 5), (2026, 4)] {
        db.set_now(Some(Utc.with_ymd_and_hms(year, 5, 1, 12, 0, 0).unwrap()));
        for i in 0..n {
            let id = proposal(&mut db, &format!("{year}/{i}"));
            if i % 2 == 0 {
                let why = ManualOutcomeInput {
                    reason: "changed our minds".into(),
                    by: None,
                };
                db.withdraw_proposal(A, id, None, &why).unwrap();
            }
        }
        for i in 0..n {
            let m = db
                .new_meeting(
                    A,
                    &NewMeeting {
                        date: format!("{year}-0{}-1{i}", i % 3 + 1),
                        ..Default::default()
                    },
                )
                .unwrap();
            if i % 2 == 1 {
                db.open_meeting(A, m.id).unwrap();
                db.close_meeting(A, m.id).unwrap();
            }
        }
    }
    let all = db.proposals().unwrap();
    for status in [
        None,
        Some(ProposalStatus::Withdrawn),
        Some(ProposalStatus::Submitted),
        Some(ProposalStatus::Decided),
    ] {
        for year in [None, Some(2024), Some(2025), Some(2026), Some(2011)] {
            let f = ProposalFilter {
                status,
                year,
                ..Default::default()
            };
            let want: Vec<Uuid> = all
                .iter()
                .filter(|p| status.is_none_or(|s| p.status == s))
                .filter(|p| year.is_none_or(|y| p.reference.contains(&format!("-P-{y}-"))))
                .map(|p| p.id)
                .collect();
            let (got, totals) = walk(2, |r| db.proposals_page(&f, r), |_| {});
            assert_eq!(ids(&got, |p| p.id), want, "{status:?} {year:?}");
            assert!(totals.iter().all(|t| *t == want.len() as u64));
        }
    }
    let counts = db
        .proposal_counts(&ProposalFilter {
            year: Some(2025),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(counts.years, vec![2026, 2025, 2024]);
    assert_eq!(counts.total, 5);
    let by: Vec<(ProposalStatus, u64)> = counts
        .by_status
        .iter()
        .map(|c| (c.status, c.count))
        .collect();
    assert_eq!(
        by,
        vec![
            (ProposalStatus::Submitted, 2),
            (ProposalStatus::Withdrawn, 3)
        ]
    );

    let meetings = db.meetings().unwrap();
    for status in [
        None,
        Some(MeetingStatus::Closed),
        Some(MeetingStatus::Planned),
    ] {
        for year in [None, Some(2025)] {
            let f = MeetingFilter { status, year };
            let want: Vec<Uuid> = meetings
                .iter()
                .filter(|m| status.is_none_or(|s| m.status == s))
                .filter(|m| year.is_none_or(|y| m.date.format("%Y").to_string() == y.to_string()))
                .map(|m| m.id)
                .collect();
            let (got, _) = walk(3, |r| db.meetings_page(&f, r), |_| {});
            assert_eq!(ids(&got, |m| m.id), want, "{status:?} {year:?}");
        }
    }

    let wg = db
        .add_wg(
            A,
            &NewWg {
                name: "b".into(),
                category: "strategy".into(),
                status: Some("active".into()),
                ..Default::default()
            },
        )
        .unwrap();
    db.add_wg(
        A,
        &NewWg {
            name: "A".into(),
            category: "strategy".into(),
            ..Default::default()
        },
    )
    .unwrap();
    db.add_wg(
        A,
        &NewWg {
            name: "c".into(),
            category: "strategy".into(),
            ..Default::default()
        },
    )
    .unwrap();
    let (got, _) = walk(1, |r| db.wgs_page(&WgFilter::default(), r), |_| {});
    assert_eq!(
        got.iter().map(|w| w.name.as_str()).collect::<Vec<_>>(),
        ["A", "b", "c"],
        "by name, case aside"
    );
    let (got, _) = walk(
        1,
        |r| {
            db.wgs_page(
                &WgFilter {
                    status: Some(WgStatus::Active),
                    origin: None,
                },
                r,
            )
        },
        |_| {},
    );
    assert_eq!(ids(&got, |w| w.id), [wg.id]);
}

#[test]
fn the_dashboard_is_bounded_and_says_how_much_there_is() {
    let mut db = common::db();
    for i in 0..30u32 {
        let m = db
            .new_meeting(
                A,
                &NewMeeting {
                    date: format!("2026-{:02}-{:02}", i / 28 + 1, i % 28 + 1),
                    ..Default::default()
                },
            )
            .unwrap();
        if i < 25 {
            db.open_meeting(A, m.id).unwrap();
            db.close_meeting(A, m.id).unwrap();
        }
    }
    for i in 0..60 {
        db.add_wg(
            A,
            &NewWg {
                name: format!("WG {i}"),
                category: "strategy".into(),
                status: Some(if i % 3 == 0 { "dormant" } else { "active" }.into()),
                ..Default::default()
            },
        )
        .unwrap();
    }
    let d = db.dashboard().unwrap();
    assert_eq!((d.meeting_total, d.wg_total, d.active_wgs), (30, 60, 40));
    assert_eq!(d.upcoming.len(), 5);
    assert!(
        d.upcoming.windows(2).all(|w| w[0].date <= w[1].date),
        "soonest first"
    );
    assert!(d.upcoming.iter().all(|m| m.status != MeetingStatus::Closed));
    assert_eq!(d.recent.len(), 10);
    assert!(
        d.recent.windows(2).all(|w| w[0].date >= w[1].date),
        "newest first"
    );
    assert!(d.recent.iter().all(|m| m.status == MeetingStatus::Closed));
    assert_eq!(
        d.working_groups.len(),
        plenary_core::dashboard::DASHBOARD_WGS as usize
    );
    assert!(d
        .working_groups
        .iter()
        .all(|w| w.status == WgStatus::Active));
}

#[test]
fn the_dashboard_shows_the_working_groups_most_recently_heard_from() {
    let mut db = common::db();
    let mut wgs = Vec::new();
    let minute = |i: i64| {
        Some(Utc.with_ymd_and_hms(2026, 2, 1, 10, 0, 0).unwrap() + chrono::Duration::minutes(i))
    };
    for i in 0..20 {
        db.set_now(minute(i));
        wgs.push(
            db.add_wg(
                A,
                &NewWg {
                    name: format!("WG {i:02}"),
                    category: "operational".into(),
                    status: Some("active".into()),
                    ..Default::default()
                },
            )
            .unwrap(),
        );
    }
    db.add_wg(
        A,
        &NewWg {
            name: "Dormant".into(),
            category: "operational".into(),
            status: Some("dormant".into()),
            ..Default::default()
        },
    )
    .unwrap();
    let names = |db: &Db| -> Vec<String> {
        db.dashboard()
            .unwrap()
            .working_groups
            .into_iter()
            .map(|w| w.name)
            .collect()
    };
    // Made one after the other: the latest made first, the oldest beyond the dashboard.
    let shown = names(&db);
    assert_eq!(shown.len(), plenary_core::dashboard::DASHBOARD_WGS as usize);
    assert_eq!(shown[0], "WG 19");
    assert!(!shown.contains(&"WG 00".to_string()));
    assert!(!shown.contains(&"Dormant".to_string()));

    // The first one made reports back at a GA: now it is the most recently heard from.
    db.set_now(minute(60));
    db.new_meeting(
        A,
        &NewMeeting {
            date: "2026-03-01".into(),
            ..Default::default()
        },
    )
    .unwrap();
    db.add_agenda_item(
        A,
        &plenary_core::agenda::NewAgendaItem {
            meeting: "1".into(),
            kind: "report-back".into(),
            title: "WG 00 reports".into(),
            wg: Some(wgs[0].id.to_string()),
            ..Default::default()
        },
    )
    .unwrap();
    let shown = names(&db);
    assert_eq!(shown[0], "WG 00");
    assert_eq!(shown[1], "WG 19");
    assert_eq!(db.dashboard().unwrap().active_wgs, 20);
}

#[test]
fn a_cursor_from_elsewhere_is_refused() {
    let mut db = common::db();
    for i in 0..3 {
        proposal(&mut db, &format!("P{i}"));
    }
    for bad in [
        "",
        "nonsense",
        "[1]",
        "[{\"x\":1},2,3]",
        "[2026, 1, \"z\", 4]",
    ] {
        let before = common::dump(&db);
        let e = db
            .proposals_page(
                &ProposalFilter::default(),
                &PageRequest::after(Some(Cursor(bad.into())), 2),
            )
            .unwrap_err();
        assert_eq!(e.kind(), "invalid-input", "{bad}: {e}");
        assert!(e.to_string().contains("page cursor"), "{e}");
        assert_eq!(common::dump(&db), before);
    }
}

#[test]
fn a_working_group_page_holds_its_report_backs_and_proposals_a_page_at_a_time() {
    let mut db = Db::open_in_memory().unwrap();
    plenary_core::demo::fill(&mut db).unwrap();
    // What the meeting views hold: every report-back of every GA, by working group.
    let mut expected: Vec<(chrono::NaiveDate, i64, Uuid, Uuid)> = Vec::new(); // date, position, item, wg
    for m in db.meetings().unwrap() {
        for item in db.meeting_detail(m.id).unwrap().agenda {
            if let Some(rb) = db.report_back(item.id).unwrap() {
                if let Some(wg) = rb.wg_id {
                    expected.push((m.date, item.position, item.id, wg));
                }
            }
        }
    }
    let proposals = db.proposals().unwrap();
    let mut seen_backs = 0;
    for wg in db.wgs().unwrap() {
        let mut mine: Vec<_> = expected.iter().filter(|e| e.3 == wg.id).collect();
        mine.sort_by_key(|e| std::cmp::Reverse((e.0, e.1)));
        let detail = db.wg_detail(wg.id).unwrap();
        assert_eq!(detail.wg, wg);
        assert!(detail.is_local);
        assert_eq!(detail.report_backs_total, mine.len() as u64, "{}", wg.name);
        let theirs = proposals.iter().filter(|p| p.wg_id == Some(wg.id)).count();
        assert_eq!(detail.proposals.total, theirs as u64, "{}", wg.name);
        assert_eq!(
            detail.history_total,
            db.wg_history(wg.id).unwrap().len() as u64
        );
        assert!(
            detail
                .history
                .windows(2)
                .all(|w| w[0].changed_on >= w[1].changed_on),
            "newest change first"
        );

        let (backs, totals) = walk(2, |req| db.wg_report_backs(wg.id, req), |_| {});
        assert!(totals.iter().all(|t| *t == mine.len() as u64));
        assert_eq!(
            backs.iter().map(|b| b.item_id).collect::<Vec<_>>(),
            mine.iter().map(|e| e.2).collect::<Vec<_>>(),
            "{}: every report-back once, newest GA first",
            wg.name
        );
        assert!(backs
            .iter()
            .all(|b| b.summary.chars().count() <= plenary_core::wg_detail::EXCERPT_CHARS));
        seen_backs += backs.len();
    }
    assert!(seen_backs > 3, "the demo's working groups report back");
    assert!(db.wg_detail(Uuid::nil()).is_err());
    assert!(db
        .wg_report_backs(Uuid::nil(), &PageRequest::default())
        .is_err());
}

/// The People screen's pages hold what the complete list holds (names, counts, order),
/// page by page; the search finds names containing it in any case, and takes `%` and `_`
/// as themselves.
#[test]
fn people_pages_hold_what_the_complete_list_holds() {
    use plenary_core::person::PeopleFilter;
    let mut db = Db::open_in_memory().unwrap();
    plenary_core::demo::fill(&mut db).unwrap();
    let all = db.people().unwrap();
    assert!(all.len() > 10 && all.iter().any(|p| p.references > 1));
    for limit in [1, 4, 200] {
        let (pages, totals) = walk(
            limit,
            |r| db.people_page(&PeopleFilter::default(), r),
            |_| {},
        );
        assert_eq!(
            pages, all,
            "the same people, in the same order, with the same counts"
        );
        assert!(totals.iter().all(|t| *t == all.len() as u64));
    }
    let search = |s: &str| PeopleFilter {
        search: Some(s.into()),
    };
    let (found, totals) = walk(3, |r| db.people_page(&search(" AN "), r), |_| {});
    let want: Vec<_> = all
        .iter()
        .filter(|p| p.name.to_lowercase().contains("an"))
        .cloned()
        .collect();
    assert!(!want.is_empty() && want.len() < all.len());
    assert_eq!((found, totals[0]), (want.clone(), want.len() as u64));
    for literal in ["%", "_", "\\"] {
        let page = db
            .people_page(&search(literal), &PageRequest::first(50))
            .unwrap();
        assert_eq!(page.total, 0, "{literal:?} is a character, not a wildcard");
    }
}

#[test]
fn the_forms_offer_every_working_group_not_dissolved_whatever_the_dashboard_shows() {
    let mut db = common::db();
    for (name, status) in [
        ("Zebra crossing", "active"),
        ("allotments", "forming"),
        ("Bees", "dormant"),
        ("Old guard", "dissolved"),
    ] {
        db.add_wg(
            A,
            &NewWg {
                name: name.into(),
                category: "operational".into(),
                status: Some(status.into()),
                ..Default::default()
            },
        )
        .unwrap();
    }
    for i in 0..20 {
        db.add_wg(
            A,
            &NewWg {
                name: format!("Active {i:02}"),
                category: "sectorial".into(),
                status: Some("active".into()),
                ..Default::default()
            },
        )
        .unwrap();
    }
    let choices = db.wg_choices().unwrap();
    let names: Vec<&str> = choices.iter().map(|w| w.name.as_str()).collect();
    // More than the dashboard shows, by name whatever the case, the dissolved one left out.
    assert_eq!(names.len(), 23);
    assert_eq!(
        &names[..4],
        ["Active 00", "Active 01", "Active 02", "Active 03"]
    );
    assert_eq!(&names[20..], ["allotments", "Bees", "Zebra crossing"]);
    assert!(!names.contains(&"Old guard"));
}
