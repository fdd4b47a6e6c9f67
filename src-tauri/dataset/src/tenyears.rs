//! "Ten busy years": the benchmark dataset of architecture.md ("Budgets") — 1,500 GAs,
//! their agendas, 30,000 report-backs, 900,000 stack entries with their speeches,
//! 5,000 proposals with their consensus process (20,000 amendments and decisions),
//! 200 working groups — written straight into the tables.
//!
//! It is a generator for benchmarks, not a user action: it bulk-inserts in ONE
//! transaction with prepared statements (seconds, where the per-action API would take
//! an hour), and it is deterministic (same [`Spec`], same rows, ids included), so that
//! benchmark numbers can be compared between runs. Every row obeys the schema and its
//! constraints (foreign keys stay on), and looks like what the real actions leave behind:
//! closed meetings, finished items, entries that spoke or were withdrawn, speeches with
//! their pauses, limits and overruns, proposals heard and decided (versions, friendly
//! amendments, questions, concerns, temperature checks, decisions whose outcome is what
//! `plenary_core::decision::evaluate` gives for their counts, named stand-asides and blocks, the
//! dated status history), action items, minutes approved by the next GA, and one journal
//! row per action.
//!
//! Use [`Spec::ten_years`] for the full dataset or [`Spec::scaled`] for a smaller one
//! (tests use a thousandth), then [`generate`] on an empty database, or [`build_file`]
//! to make (or reuse) a database file.
//!
//! Counts at full scale, and where they differ from architecture.md's list:
//! every report-back has its own agenda item (`report_backs.agenda_item_id` is unique),
//! so 30,000 report-backs alone need 30,000 items; with the welcome, proposal,
//! announcement, soapbox and closing items of each GA the agenda holds about 41,000
//! items, not 30,000. Everything else is as listed: the 20,000 "amendments/decisions" are
//! about 4,400 decisions (every decided proposal, and the tabled ones that missed their
//! quorum) and 15,600 friendly amendments.

use std::path::Path;

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use rusqlite::{params, Transaction};
use uuid::Uuid;

use plenary_core::stack::EntryKind;
use plenary_core::{conflict, Db, Result};

/// How big a dataset to make.
#[derive(Debug, Clone, PartialEq)]
pub struct Spec {
    /// General Assemblies, one every ~2.4 days over ten years.
    pub gas: usize,
    /// Report-backs on each GA's agenda (each from a different WG).
    pub report_backs_per_ga: usize,
    pub proposals: usize,
    /// Amendments and decisions of the proposals, in all.
    pub proposal_steps: usize,
    /// Stack entries over all items (about 95% spoke, the rest withdrew).
    pub stack_entries: usize,
    pub wgs: usize,
    /// The people who come to the GAs (a few speak a lot, most seldom).
    pub people: usize,
    /// Write a journal row per action, as the real actions do.
    pub journal: bool,
    pub seed: u64,
    /// The assembly's name and code (`crate::federated` makes other assemblies with
    /// their own names, codes and seeds).
    pub name: String,
    pub code: String,
}

impl Spec {
    /// The full dataset of architecture.md.
    pub fn ten_years() -> Spec {
        Spec {
            gas: 1_500,
            report_backs_per_ga: 20,
            proposals: 5_000,
            proposal_steps: 20_000,
            stack_entries: 900_000,
            wgs: 200,
            people: 4_000,
            journal: true,
            seed: 0x2011_0917, // 17 September 2011
            name: "Ten Busy Years Assembly".into(),
            code: "TEN".into(),
        }
    }

    /// The full dataset scaled by `factor` (0.001 makes 2 GAs and 900 stack entries).
    /// The shape of a GA stays the same; a few floors keep it meaningful.
    pub fn scaled(factor: f64) -> Spec {
        let full = Spec::ten_years();
        let n = |x: usize, min: usize| ((x as f64 * factor).round() as usize).max(min);
        Spec {
            gas: n(full.gas, 1),
            report_backs_per_ga: full.report_backs_per_ga,
            proposals: n(full.proposals, 1),
            proposal_steps: n(full.proposal_steps, 0),
            stack_entries: n(full.stack_entries, 10),
            wgs: n(full.wgs, full.report_backs_per_ga),
            people: n(full.people, 30),
            journal: full.journal,
            seed: full.seed,
            name: full.name,
            code: full.code,
        }
    }
}

/// Rows per table after generating.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    pub meetings: i64,
    pub agenda_items: i64,
    pub report_backs: i64,
    pub stack_entries: i64,
    pub speeches: i64,
    pub speech_pauses: i64,
    pub proposals: i64,
    pub proposal_versions: i64,
    pub amendments: i64,
    pub hearings: i64,
    pub clarifying_questions: i64,
    pub concerns: i64,
    pub temperature_checks: i64,
    pub decisions: i64,
    pub decision_stances: i64,
    pub proposal_status_changes: i64,
    pub action_items: i64,
    pub working_groups: i64,
    pub people: i64,
    pub journal: i64,
}

impl Counts {
    pub fn read(db: &Db) -> Result<Counts> {
        let n = |t: &str| -> Result<i64> {
            Ok(db
                .conn()
                .query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0))?)
        };
        Ok(Counts {
            meetings: n("meetings")?,
            agenda_items: n("agenda_items")?,
            report_backs: n("report_backs")?,
            stack_entries: n("stack_entries")?,
            speeches: n("speeches")?,
            speech_pauses: n("speech_pauses")?,
            proposals: n("proposals")?,
            proposal_versions: n("proposal_versions")?,
            amendments: n("amendments")?,
            hearings: n("hearings")?,
            clarifying_questions: n("clarifying_questions")?,
            concerns: n("concerns")?,
            temperature_checks: n("temperature_checks")?,
            decisions: n("decisions")?,
            decision_stances: n("decision_stances")?,
            proposal_status_changes: n("proposal_status_changes")?,
            action_items: n("action_items")?,
            working_groups: n("working_groups")?,
            people: n("people")?,
            journal: n("journal")?,
        })
    }
}

/// The generator's version: a file made by another version (or another [`Spec`]) is
/// made again by [`build_file`].
pub(crate) const GENERATOR: &str = "tenyears 2 (proposal process, action items, minutes approval)";

/// Opens the database file at `path`, generating the dataset into it first unless a file
/// made by this generator with this spec is there (a half-made file from an interrupted
/// run, or one from an older generator, is replaced). The signing key is written beside
/// it (`<path>.key`), as for any database file, so that it can export bundles.
pub fn build_file(path: &Path, spec: &Spec) -> Result<Db> {
    let done = path.with_extension("done");
    let stamp = format!("{GENERATOR}\n{spec:?}\n");
    let key = std::path::PathBuf::from(format!("{}.key", path.display()));
    let made = std::fs::read_to_string(&done).ok();
    if path.exists() && key.exists() && made.as_deref() == Some(stamp.as_str()) {
        return Db::open(path);
    }
    let _ = std::fs::remove_file(&done);
    for suffix in ["", "-wal", "-shm", ".key"] {
        let f = format!("{}{suffix}", path.display());
        let _ = std::fs::remove_file(f);
    }
    let mut db = Db::open(path)?;
    generate(&mut db, spec)?;
    // No ANALYZE: Plenary never runs it on a real database, and with its statistics
    // SQLite (built with STAT4) re-plans statements whenever a bound value changes.
    db.conn()
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")?;
    std::fs::write(&done, stamp)
        .map_err(|e| plenary_core::Error::io(format!("cannot write {}", done.display()), e))?;
    Ok(db)
}

/// What [`generate_as`] writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keep {
    /// Everything an assembly's own database holds after the years.
    Everything,
    /// Only what a bundle carries (every record but the speaking log — stacks, stack
    /// entries, speeches and their pauses — and the journal), for an assembly that other
    /// assemblies hear from only through its bundles. The records are the same as with
    /// [`Keep::Everything`], ids included (the skipped rows' ids are drawn all the same):
    /// what is exported, and imported elsewhere, does not change. At full scale this
    /// writes about a fifth of the rows, in a third of the time (docs/PERFORMANCE.md).
    Bundled,
}

/// Fills an EMPTY database (no assembly yet) with the dataset, in one transaction.
pub fn generate(db: &mut Db, spec: &Spec) -> Result<Counts> {
    generate_as(db, spec, Keep::Everything)
}

/// [`generate`], keeping `keep` of it.
pub fn generate_as(db: &mut Db, spec: &Spec, keep: Keep) -> Result<Counts> {
    if db.local_id().is_ok() {
        return Err(conflict!(
            "the ten-year dataset goes into an empty database; this one already has an assembly"
        ));
    }
    let first_day = NaiveDate::from_ymd_opt(2016, 1, 5).unwrap_or_default();
    db.set_now(Some(at(first_day, 12, 0) - Duration::days(30)));
    let assembly = db.init_assembly(&spec.name, &spec.code, Some("modified:90"))?;
    db.set_now(None);
    db.bulk_load(|tx| {
        let mut g = Gen {
            tx,
            origin: assembly.id,
            rng: Rng(spec.seed | 1),
            spec,
            keep,
            first_day,
            people: Vec::new(),
            wgs: Vec::new(),
        };
        g.people()?;
        g.wgs()?;
        g.meetings()
    })?;
    Counts::read(db)
}

/// xorshift64*: fast, deterministic, good enough for test data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next() % (hi - lo + 1) as u64) as i64
    }
    fn chance(&mut self, per_mille: u64) -> bool {
        self.next() % 1000 < per_mille
    }
    /// A skewed pick in 0..n: low indexes (the regulars) come up far more often.
    fn regular(&mut self, n: usize) -> usize {
        let u = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        ((u * u * u) * n as f64) as usize % n.max(1)
    }
    /// A UUIDv7 for a record made at `t`, from this generator (deterministic).
    fn id(&mut self, t: DateTime<Utc>) -> Uuid {
        let mut bytes = [0u8; 10];
        bytes[..8].copy_from_slice(&self.next().to_le_bytes());
        bytes[8..].copy_from_slice(&self.next().to_le_bytes()[..2]);
        uuid::Builder::from_unix_timestamp_millis(t.timestamp_millis().max(0) as u64, &bytes)
            .into_uuid()
    }
}

fn at(day: NaiveDate, h: u32, m: u32) -> DateTime<Utc> {
    day.and_hms_opt(h, m, 0).unwrap_or_default().and_utc()
}

const FIRST: &[&str] = &[
    "Amara", "Luis", "Nadia", "Sam", "Priya", "Tom", "Jo", "Marta", "Dev", "Rosa", "Kwame",
    "Elena", "Hannah", "Yusuf", "Chloe", "Bilal", "Grace", "Mateo", "Zoe", "Aisha", "Ravi",
    "Freya", "Sipho", "Mei", "Ines", "Ollie", "Kim", "Alex", "Lee", "Mo", "Ana", "Noor",
];
const LAST: &[&str] = &[
    "Okafor",
    "Fernández",
    "Haddad",
    "Whitfield",
    "Raman",
    "Ashworth",
    "Becker",
    "Kowalski",
    "Patel",
    "Lima",
    "Mensah",
    "Petrova",
    "Schmidt",
    "Demir",
    "Martin",
    "Rahman",
    "Osei",
    "Rossi",
    "Clarke",
    "Bello",
    "Kumar",
    "Lund",
    "Ndlovu",
    "Chen",
    "Duarte",
    "Grant",
];
const TOPICS: &[&str] = &[
    "kitchen",
    "winter tents",
    "legal fund",
    "outreach",
    "press release",
    "sound system",
    "library",
    "first aid",
    "march route",
    "eviction watch",
    "bike repair",
    "translation",
    "child care",
    "wi-fi",
    "compost",
    "banner",
    "donations",
    "teach-ins",
    "security",
];
const CATEGORIES: &[&str] = &["operational", "sectorial", "strategy"];

struct Gen<'a> {
    tx: &'a Transaction<'a>,
    origin: Uuid,
    rng: Rng,
    spec: &'a Spec,
    keep: Keep,
    first_day: NaiveDate,
    people: Vec<Uuid>,
    wgs: Vec<Uuid>,
}

/// One item as laid out before it is written.
struct ItemPlan {
    kind: &'static str,
    title: String,
    minutes: i64,
    wg: Option<usize>,
    proposal: Option<usize>,
    /// Relative weight of its stack (a proposal draws many more hands than a closing).
    weight: u32,
    limit: Option<i64>,
}

impl Gen<'_> {
    fn journal(
        &self,
        when: DateTime<Utc>,
        actor: &str,
        action: &str,
        table: &str,
        record: Uuid,
        meeting: Option<Uuid>,
    ) -> Result<()> {
        if self.spec.journal && self.keep == Keep::Everything {
            self.tx
                .prepare_cached(
                    "INSERT INTO journal (at, actor, action, record_table, record_id, meeting_id, detail)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, '{}')",
                )?
                .execute(params![when, actor, action, table, record, meeting])?;
        }
        Ok(())
    }

    fn people(&mut self) -> Result<()> {
        let when = at(self.first_day, 12, 0);
        let mut st = self.tx.prepare_cached(
            "INSERT INTO people (id, origin, name, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)",
        )?;
        for i in 0..self.spec.people {
            let id = self.rng.id(when);
            let name = format!(
                "{} {} {}",
                FIRST[i % FIRST.len()],
                LAST[(i / FIRST.len()) % LAST.len()],
                i / (FIRST.len() * LAST.len()) + 1
            );
            st.execute(params![id, self.origin, name, when])?;
            self.people.push(id);
        }
        Ok(())
    }

    fn wgs(&mut self) -> Result<()> {
        let when = at(self.first_day, 13, 0);
        for i in 0..self.spec.wgs {
            let id = self.rng.id(when);
            let status = if i % 10 == 9 { "dormant" } else { "active" };
            self.tx
                .prepare_cached(
                    "INSERT INTO working_groups (id, origin, name, category, status, description, contact, schedule, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
                )?
                .execute(params![
                    id,
                    self.origin,
                    format!("{} WG {}", capital(TOPICS[i % TOPICS.len()]), i + 1),
                    CATEGORIES[i % 3],
                    status,
                    format!("Works on {} for the assembly.", TOPICS[i % TOPICS.len()]),
                    format!("wg{}@example.org", i + 1),
                    "Weekly",
                    when
                ])?;
            for (n, s) in ["forming", "active", "dormant"].iter().enumerate() {
                if *s == "dormant" && status != "dormant" {
                    break;
                }
                let on = self.first_day + Duration::days(n as i64 * 30);
                self.tx
                    .prepare_cached(
                        "INSERT INTO wg_status_changes (id, origin, wg_id, status, changed_on, note, created_at, updated_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, '', ?6, ?6)",
                    )?
                    .execute(params![self.rng.id(when), self.origin, id, s, on, at(on, 20, 0)])?;
            }
            self.wgs.push(id);
        }
        Ok(())
    }

    /// The agendas of all GAs, and the stack weight of every item.
    fn agendas(&self) -> Vec<Vec<ItemPlan>> {
        let (gas, props) = (self.spec.gas, self.spec.proposals);
        (0..gas)
            .map(|g| {
                let mut items = vec![ItemPlan {
                    kind: "process",
                    title: "Welcome, hand signals and roles".into(),
                    minutes: 10,
                    wg: None,
                    proposal: None,
                    weight: 4,
                    limit: None,
                }];
                for k in 0..self.spec.report_backs_per_ga {
                    let wg = (g * 7 + k) % self.spec.wgs;
                    items.push(ItemPlan {
                        kind: "report-back",
                        title: format!("Report-back: WG {}", wg + 1),
                        minutes: 5,
                        wg: Some(wg),
                        proposal: None,
                        weight: 12,
                        limit: None,
                    });
                }
                for p in (g * props / gas)..((g + 1) * props / gas) {
                    items.push(ItemPlan {
                        kind: "proposal",
                        title: format!("Proposal {}", p + 1),
                        minutes: 30,
                        wg: None,
                        proposal: Some(p),
                        weight: 110,
                        limit: Some(120),
                    });
                }
                for (kind, title, minutes, weight, limit) in [
                    ("announcement", "Announcements", 10, 15, Some(60)),
                    ("soapbox", "Soapbox", 15, 30, Some(90)),
                    ("process", "Closing", 5, 3, None),
                ] {
                    items.push(ItemPlan {
                        kind,
                        title: title.into(),
                        minutes,
                        wg: None,
                        proposal: None,
                        weight,
                        limit,
                    });
                }
                items
            })
            .collect()
    }

    fn meetings(&mut self) -> Result<()> {
        let agendas = self.agendas();
        let total_weight: u64 = agendas.iter().flatten().map(|i| i.weight as u64).sum();
        let target = self.spec.stack_entries as u64;
        let mut weight_so_far = 0u64;
        let mut entries_so_far = 0u64;
        let mut heard: Vec<Heard> = Vec::with_capacity(self.spec.proposals);
        let mut report_backs: Vec<Done> = Vec::new();
        let mut opened: Vec<(Uuid, DateTime<Utc>)> = Vec::with_capacity(self.spec.gas);
        let mut proposal_numbers = std::collections::HashMap::<i32, i64>::new();
        for (g, agenda) in agendas.iter().enumerate() {
            let day =
                self.first_day + Duration::days((g as i64 * 3650) / self.spec.gas.max(1) as i64);
            let planned = at(day, 12, 0) - Duration::days(3);
            let meeting = self.rng.id(planned);
            let number = g as i64 + 1;
            let attendance = self.rng.range(40, 400);
            self.tx
                .prepare_cached(
                    "INSERT INTO meetings (id, origin, number, date, place, attendance, policy, status, opened_at, closed_at, created_at, updated_at, revision)
                     VALUES (?1, ?2, ?3, ?4, 'The square', ?5, ?6, 'closed', ?7, ?8, ?9, ?8, 3)",
                )?
                .execute(params![
                    meeting,
                    self.origin,
                    number,
                    day,
                    attendance,
                    if g % 10 == 0 { "fifo" } else { "progressive" },
                    at(day, 19, 0),
                    at(day, 23, 0),
                    planned
                ])?;
            opened.push((meeting, at(day, 19, 0)));
            self.journal(
                planned,
                "facilitator",
                "meeting.new",
                "meetings",
                meeting,
                Some(meeting),
            )?;
            for role in [
                "facilitator",
                "stack-keeper",
                "timekeeper",
                "minute-taker",
                "vibes-watcher",
            ] {
                let person = self.people[self.rng.regular(self.people.len())];
                self.tx
                    .prepare_cached(
                        "INSERT OR IGNORE INTO meeting_roles (id, origin, meeting_id, role, person_id, created_at, updated_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
                    )?
                    .execute(params![self.rng.id(planned), self.origin, meeting, role, person, planned])?;
            }
            let mut clock = at(day, 19, 0);
            for (pos, plan) in agenda.iter().enumerate() {
                weight_so_far += plan.weight as u64;
                let upto = target * weight_so_far / total_weight.max(1);
                let entries = (upto - entries_so_far) as usize;
                entries_so_far = upto;
                let proposal = match plan.proposal {
                    Some(p) => Some(self.proposal(p, day, &mut proposal_numbers)?),
                    None => None,
                };
                let start = clock;
                let (item, end) = self.item(
                    meeting,
                    number,
                    pos as i64 + 1,
                    plan,
                    proposal.as_ref().map(|p| p.id),
                    entries,
                    planned,
                    clock,
                )?;
                clock = end + Duration::seconds(self.rng.range(5, 60));
                let done = Done {
                    item,
                    meeting,
                    start,
                    end,
                };
                if let Some(p) = proposal {
                    heard.push(Heard {
                        p,
                        planned,
                        attendance,
                        at: done,
                    });
                } else if plan.wg.is_some() {
                    report_backs.push(done);
                }
            }
        }
        self.proposal_process(&heard)?;
        self.action_items(&heard, &report_backs)?;
        self.minutes_approvals(&opened)?;
        Ok(())
    }

    /// A proposal heard at the GA of `day` (decided there, mostly).
    fn proposal(
        &mut self,
        p: usize,
        day: NaiveDate,
        numbers: &mut std::collections::HashMap<i32, i64>,
    ) -> Result<Submitted> {
        let submitted = at(day, 12, 0) - Duration::days(self.rng.range(3, 14));
        let id = self.rng.id(submitted);
        let year = submitted.year();
        let number = numbers.entry(year).or_insert(0);
        *number += 1;
        let topic = TOPICS[p % TOPICS.len()];
        // What the GA will do with it (proposal_process writes how it got there).
        let status = match p % 20 {
            0 => "tabled",
            1 => "withdrawn",
            2 => "sent-back",
            _ => "decided",
        };
        let wg = self.wgs[p % self.wgs.len()];
        let by = self.people[self.rng.regular(self.people.len())];
        let text = format!(
            "The {topic} working group proposes that the assembly spends up to {} from the general fund on the {topic}, \
             reports back on the spending at the next GA, and publishes the receipts on the board by the info tent. \
             The group will ask for volunteers at the end of this GA.",
            self.rng.range(50, 2000)
        );
        // Inserted as submitted: proposal_process sets its final text, status and revision.
        self.tx
            .prepare_cached(
                "INSERT INTO proposals (id, origin, year, number, title, text, status, wg_id, proposer_person_id, created_at, updated_at, revision)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'submitted', ?7, ?8, ?9, ?9, 1)",
            )?
            .execute(params![
                id,
                self.origin,
                year,
                *number,
                format!("Spend on the {topic} ({})", p + 1),
                text,
                wg,
                by,
                submitted,
            ])?;
        self.journal(submitted, "cli", "proposal.new", "proposals", id, None)?;
        Ok(Submitted {
            index: p,
            id,
            text,
            proposer: by,
            submitted,
            planned_status: status,
        })
    }

    /// One agenda item with its report-back and its stack; returns its id and when it ended.
    #[allow(clippy::too_many_arguments)]
    fn item(
        &mut self,
        meeting: Uuid,
        number: i64,
        position: i64,
        plan: &ItemPlan,
        proposal: Option<Uuid>,
        entries: usize,
        planned: DateTime<Utc>,
        start: DateTime<Utc>,
    ) -> Result<(Uuid, DateTime<Utc>)> {
        let item = self.rng.id(planned);
        let wg = plan.wg.map(|w| self.wgs[w]);
        // The stack first (to know when the item ended), then the item row.
        let (end, rows) = self.stack_plan(plan, entries, start);
        self.tx
            .prepare_cached(
                "INSERT INTO agenda_items (id, origin, meeting_id, position, kind, title, allotted_minutes, started_at, ended_at, status,
                                           wg_id, proposal_id, notes, created_at, updated_at, revision)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'done', ?10, ?11, '', ?12, ?9, 3)",
            )?
            .execute(params![item, self.origin, meeting, position, plan.kind, plan.title, plan.minutes, start, end, wg, proposal, planned])?;
        self.journal(
            planned,
            "facilitator",
            "agenda.add",
            "agenda_items",
            item,
            Some(meeting),
        )?;
        if let Some(w) = wg {
            let presenter = self.people[self.rng.regular(self.people.len())];
            self.tx
                .prepare_cached(
                    "INSERT INTO report_backs (id, origin, agenda_item_id, wg_id, presenter_person_id, summary, asks, announcements, created_at, updated_at, revision)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 2)",
                )?
                .execute(params![
                    self.rng.id(planned),
                    self.origin,
                    item,
                    w,
                    presenter,
                    format!("This week at GA {number}: {} volunteers, {} meals, {} leaflets.", self.rng.range(2, 40), self.rng.range(100, 900), self.rng.range(0, 8000)),
                    if self.rng.chance(400) { "Two more people for the evening shift." } else { "" },
                    if self.rng.chance(300) { "Meeting moves to Thursday." } else { "" },
                    planned,
                    start
                ])?;
        }
        // The speaking log (kept, or only its ids drawn: see [`Keep::Bundled`]).
        if let Some(l) = plan.limit {
            let stack = self.rng.id(start);
            if self.keep == Keep::Everything {
                self.tx
                    .prepare_cached(
                        "INSERT INTO stacks (id, origin, agenda_item_id, closed, speaker_limit_seconds, created_at, updated_at, revision)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 2)",
                    )?
                    .execute(params![stack, self.origin, item, plan.kind == "soapbox", l, start, end])?;
            }
        }
        for r in rows {
            match self.keep {
                Keep::Everything => self.entry(meeting, item, plan.limit, &r)?,
                Keep::Bundled => self.entry_ids(&r),
            }
        }
        Ok((item, end))
    }

    /// Lays out an item's stack: who raised which hand when, who spoke from when to when.
    fn stack_plan(
        &mut self,
        plan: &ItemPlan,
        entries: usize,
        start: DateTime<Utc>,
    ) -> (DateTime<Utc>, Vec<EntryPlan>) {
        let mut rows: Vec<EntryPlan> = Vec::with_capacity(entries);
        let mut seen = std::collections::HashSet::new();
        for n in 0..entries {
            let kind = match self.rng.below(100) {
                0..=2 => EntryKind::Process,
                3..=10 => EntryKind::Information,
                11..=25 if plan.kind == "proposal" || plan.kind == "report-back" => {
                    EntryKind::Clarifying
                }
                26..=37 if n > 0 => EntryKind::DirectResponse,
                _ => EntryKind::Speak,
            };
            // Mostly the regulars; someone else when that person already raised this hand
            // on this item (a few tries: people may raise a hand again after speaking).
            let mut person = self.rng.regular(self.people.len());
            for _ in 0..4 {
                if seen.insert((person, kind)) {
                    break;
                }
                person = self.rng.below(self.people.len());
            }
            rows.push(EntryPlan {
                person: self.people[person],
                kind,
                prioritized: kind == EntryKind::Speak && self.rng.chance(100),
                added_no: n as i64 + 1,
                added_at: start + Duration::seconds(n as i64 * 20 + self.rng.range(0, 15)),
                responds_to: None,
                speech: None,
                withdrawn: self.rng.chance(50),
            });
        }
        // They speak band by band, in the order added (a simplification of the rule
        // that does not matter for closed meetings); each speech starts once the entry
        // was added and the previous speech ended.
        let mut order: Vec<usize> = (0..rows.len()).collect();
        order.sort_by_key(|&i| (rows[i].kind.band(), rows[i].added_no));
        let mut clock = start + Duration::seconds(30);
        let mut last_speaker: Option<Uuid> = None;
        for i in order {
            if rows[i].kind == EntryKind::DirectResponse {
                let fallback = self.people[self.rng.below(self.people.len())];
                rows[i].responds_to = Some(
                    last_speaker
                        .filter(|s| *s != rows[i].person)
                        .unwrap_or(fallback),
                );
            }
            if rows[i].withdrawn {
                continue;
            }
            let begin = clock.max(rows[i].added_at) + Duration::seconds(self.rng.range(2, 8));
            let over = plan.limit.is_some() && self.rng.chance(120);
            let spoken = match plan.limit {
                Some(l) if over => l + self.rng.range(5, 60),
                Some(l) => self.rng.range(20, l),
                None => self.rng.range(20, 120),
            };
            let pause = self
                .rng
                .chance(20)
                .then(|| (spoken / 2, self.rng.range(5, 30)));
            let end = begin + Duration::seconds(spoken + pause.map_or(0, |p| p.1));
            rows[i].speech = Some((begin, end, spoken * 1000, pause));
            clock = end;
            last_speaker = Some(rows[i].person);
        }
        let end = clock.max(start + Duration::minutes(plan.minutes.min(2)));
        (end, rows)
    }

    /// The ids [`Gen::entry`] would draw for `r`, drawn without writing it (so that the
    /// records after it get the same ids whether the speaking log is kept or not).
    fn entry_ids(&mut self, r: &EntryPlan) {
        self.rng.id(r.added_at);
        if let Some((begin, _, _, pause)) = r.speech.filter(|_| !r.withdrawn) {
            self.rng.id(begin);
            if let Some((after, _)) = pause {
                self.rng.id(begin + Duration::seconds(after));
            }
        }
    }

    fn entry(
        &mut self,
        meeting: Uuid,
        item: Uuid,
        limit: Option<i64>,
        r: &EntryPlan,
    ) -> Result<()> {
        let id = self.rng.id(r.added_at);
        let done = r.speech.map(|s| s.1);
        let (status, updated) = match (r.withdrawn, done) {
            (true, _) => ("withdrawn", r.added_at + Duration::seconds(30)),
            (false, Some(end)) => ("done", end),
            (false, None) => ("withdrawn", r.added_at),
        };
        self.tx
            .prepare_cached(
                "INSERT INTO stack_entries (id, origin, agenda_item_id, meeting_id, person_id, kind, prioritized, responds_to_person_id,
                                            status, added_no, withdrawn_at, created_at, updated_at, revision)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
            )?
            .execute(params![
                id,
                self.origin,
                item,
                meeting,
                r.person,
                r.kind,
                r.prioritized,
                r.responds_to,
                status,
                r.added_no,
                (status == "withdrawn").then_some(updated),
                r.added_at,
                updated,
                if status == "done" { 3 } else { 2 }
            ])?;
        self.journal(
            r.added_at,
            "stack-keeper",
            "stack.add",
            "stack_entries",
            id,
            Some(meeting),
        )?;
        let Some((begin, end, spoken_ms, pause)) = r.speech.filter(|_| !r.withdrawn) else {
            return Ok(());
        };
        let speech = self.rng.id(begin);
        let overrun = limit.map(|l| spoken_ms - l * 1000).filter(|o| *o > 0);
        self.tx
            .prepare_cached(
                "INSERT INTO speeches (id, origin, entry_id, agenda_item_id, meeting_id, person_id, started_at, ended_at,
                                       spoken_ms, limit_seconds, overrun_ms, created_at, updated_at, revision)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?7, ?8, 2)",
            )?
            .execute(params![speech, self.origin, id, item, meeting, r.person, begin, end, spoken_ms, limit, overrun])?;
        self.journal(
            begin,
            "stack-keeper",
            "stack.next",
            "stack_entries",
            id,
            Some(meeting),
        )?;
        if let Some((after, length)) = pause {
            let paused = begin + Duration::seconds(after);
            self.tx
                .prepare_cached(
                    "INSERT INTO speech_pauses (id, origin, speech_id, paused_at, resumed_at, created_at, updated_at, revision)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?4, ?5, 2)",
                )?
                .execute(params![self.rng.id(paused), self.origin, speech, paused, paused + Duration::seconds(length)])?;
        }
        Ok(())
    }
}

/// One stack entry as laid out: its speech is (start, end, spoken ms, pause (after s, length s)).
struct EntryPlan {
    person: Uuid,
    kind: EntryKind,
    prioritized: bool,
    added_no: i64,
    added_at: DateTime<Utc>,
    responds_to: Option<Uuid>,
    #[allow(clippy::type_complexity)]
    speech: Option<(DateTime<Utc>, DateTime<Utc>, i64, Option<(i64, i64)>)>,
    withdrawn: bool,
}

/// A proposal as inserted (submitted): what its process needs to know.
struct Submitted {
    /// Its index in the dataset (`Proposal {index + 1}`).
    index: usize,
    id: Uuid,
    text: String,
    proposer: Uuid,
    submitted: DateTime<Utc>,
    /// What the GA does with it: decided, tabled, withdrawn or sent-back.
    planned_status: &'static str,
}

/// An agenda item once it is done: where and when.
#[derive(Clone, Copy)]
struct Done {
    item: Uuid,
    meeting: Uuid,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
}

/// A proposal and the agenda item where it was heard.
struct Heard {
    p: Submitted,
    /// When its item was put on the agenda.
    planned: DateTime<Utc>,
    attendance: i64,
    at: Done,
}

/// Amendment texts: each accepted one changes the proposal's last sentence or adds one.
const AMENDMENTS: &[&str] = &[
    "The receipts are also posted online.",
    "Half of the money is spent this month and the rest after the report-back.",
    "The working group asks two other WGs to help with the work.",
    "Nothing is bought from the chain stores on the high street.",
    "The spending is capped at the amount raised at the last fundraiser.",
    "A volunteer from outside the working group checks the receipts.",
];
const QUESTIONS: &[&str] = &[
    "Who decides what is bought?",
    "When will the money be spent?",
    "Does this overlap with what another WG already does?",
    "Where are the receipts kept?",
    "What happens if it costs more than that?",
];
const ANSWERS: &[&str] = &[
    "The working group, at its weekly meeting.",
    "Within two weeks of this GA.",
    "We talked to them: they support it.",
    "In the box at the info tent.",
    "We come back to the GA before spending more.",
];
const CONCERNS: &[&str] = &[
    "The general fund is low this month.",
    "Buying it new is wasteful: could we get it donated?",
    "The people who do the work were not asked.",
    "It should wait for the finances WG's report.",
];
const RESPONSES: &[&str] = &[
    "The working group will look for donations first.",
    "The amount is lowered to what the fund can spare.",
    "The WG meets them this week.",
];
const BLOCKS: &[&str] = &[
    "It goes against the principles of unity we agreed on.",
    "It puts the people sleeping on the square at risk.",
    "It spends money given for another purpose.",
];

/// One row of `proposal_status_changes`.
struct StatusRow<'s> {
    status: &'s str,
    meeting: Option<Uuid>,
    item: Option<Uuid>,
    note: &'s str,
    at: DateTime<Utc>,
}

impl Gen<'_> {
    /// The consensus process of every proposal, as the real actions write it (see
    /// `plenary_core::proposal`): version 1 and the first status when it is submitted; put on
    /// its GA's agenda; heard on its agenda item (the proposal goes `in-process`), with
    /// clarifying questions and their answers, concerns (mostly addressed), friendly
    /// amendments (accepted ones make the next version of the text), sometimes a
    /// temperature check; then the outcome: a decision under the assembly's rule (or
    /// another the GA chose), whose outcome is `plenary_core::decision::evaluate` of its counts,
    /// with named stand-asides and blocks (a block has its reason); or tabling,
    /// withdrawing or sending back by hand. Every status change is dated in the history.
    ///
    /// About `spec.proposal_steps` amendments and decisions in all: the decisions are
    /// what the statuses need, the amendments make up the rest. Returns the rows written.
    fn proposal_process(&mut self, heard: &[Heard]) -> Result<usize> {
        use plenary_core::rule::DecisionRule;

        let default_rule: DecisionRule = self
            .tx
            .query_row(
                "SELECT default_rule FROM assemblies WHERE id = ?1",
                [self.origin],
                |r| r.get::<_, String>(0),
            )?
            .parse()?;
        let has_vote = default_rule.has_vote();
        // A decision for every decided proposal and for half of the tabled ones (no
        // quorum); the other tabled ones, the withdrawn and the sent back are by hand.
        let decides = |h: &Heard| match h.p.planned_status {
            "decided" => true,
            "tabled" => h.p.index.is_multiple_of(40),
            _ => false,
        };
        let decisions = heard.iter().filter(|h| decides(h)).count();
        let amendments_total = self.spec.proposal_steps.saturating_sub(decisions) as u64;
        let weights: Vec<u64> = heard.iter().map(|_| 1 + self.rng.below(6) as u64).collect();
        let total_weight: u64 = weights.iter().sum::<u64>().max(1);
        let mut weight_so_far = 0u64;
        let mut written = 0usize;
        for (h, w) in heard.iter().zip(weights) {
            let upto = amendments_total * (weight_so_far + w) / total_weight;
            let amendments = (upto - amendments_total * weight_so_far / total_weight) as usize;
            weight_so_far += w;
            written += self.process_one(h, amendments, decides(h), default_rule, has_vote)?;
        }
        Ok(written)
    }

    fn process_one(
        &mut self,
        h: &Heard,
        amendments: usize,
        decide: bool,
        default_rule: plenary_core::rule::DecisionRule,
        has_vote: bool,
    ) -> Result<usize> {
        use plenary_core::decision::{self, Counts as Votes, Outcome};
        use plenary_core::rule::{DecisionRule, Fraction};

        let (p, d) = (&h.p, h.at);
        let mut rows = 0usize;
        let mut status_rows: Vec<StatusRow> = Vec::with_capacity(4);
        // Submitted: version 1 and the first status (as insert_proposal writes them).
        self.version(p.id, 1, &p.text, None, p.submitted)?;
        status_rows.push(StatusRow {
            status: "submitted",
            meeting: None,
            item: None,
            note: "",
            at: p.submitted,
        });
        // Put on the agenda of its GA.
        let on_agenda = h.planned + Duration::minutes(1);
        status_rows.push(StatusRow {
            status: "on-agenda",
            meeting: Some(d.meeting),
            item: None,
            note: "",
            at: on_agenda,
        });
        self.journal(
            on_agenda,
            "facilitator",
            "proposal.on-agenda",
            "proposals",
            p.id,
            Some(d.meeting),
        )?;

        // What happens at the hearing, spread evenly over the item's time.
        let questions = self.rng.below(4);
        let concerns = self.rng.below(3);
        let temperature = self.rng.chance(300);
        // A few amendments are offered between the GAs, on the text as submitted.
        let before = usize::from(amendments > 0 && self.rng.chance(200));
        let at_hearing = amendments - before;
        let events = 1 + questions + concerns + at_hearing + usize::from(temperature) + 1;
        let span_ms = (d.end - d.start).num_milliseconds().max(events as i64 + 1);
        let gap = Duration::milliseconds(span_ms / (events as i64 + 1));
        let mut k = 0i64;
        let mut next = || {
            k += 1;
            d.start + gap * k as i32
        };

        let mut version = 1i64;
        let mut text = p.text.clone();
        let mut accepted = 0i64;
        let mut amend = |g: &mut Self,
                         n: usize,
                         item: Option<Uuid>,
                         meeting: Option<Uuid>,
                         offered: DateTime<Utc>,
                         answered: DateTime<Utc>,
                         pending: bool|
         -> Result<()> {
            let id = g.rng.id(offered);
            let by = g.people[g.rng.regular(g.people.len())];
            let sentence = AMENDMENTS[(p.index + n) % AMENDMENTS.len()];
            let new_text = match text.rfind(". ") {
                Some(cut) if g.rng.chance(500) => format!("{} {sentence}", &text[..cut + 1]),
                _ => format!("{text} {sentence}"),
            };
            let new_text = if new_text == text {
                format!("{text} (Amended.)")
            } else {
                new_text
            };
            let accept = !pending && g.rng.chance(600);
            let (status, made, revision) = match (pending, accept) {
                (true, _) => ("pending", None, 1),
                (false, true) => ("accepted", Some(version + 1), 2),
                (false, false) => ("rejected", None, 2),
            };
            g.tx.prepare_cached(
                "INSERT INTO amendments (id, origin, proposal_id, agenda_item_id, base_version, text, offered_by_person_id,
                                         status, version, answered_at, created_at, updated_at, revision)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
            )?
            .execute(params![
                id,
                g.origin,
                p.id,
                item,
                version,
                new_text,
                by,
                status,
                made,
                (!pending).then_some(answered),
                offered,
                if pending { offered } else { answered },
                revision
            ])?;
            g.journal(
                offered,
                "minute-taker",
                "amendment.offer",
                "amendments",
                id,
                meeting,
            )?;
            if pending {
                return Ok(());
            }
            let action = if accept {
                "amendment.accept"
            } else {
                "amendment.reject"
            };
            g.journal(answered, "minute-taker", action, "amendments", id, meeting)?;
            if accept {
                version += 1;
                accepted += 1;
                g.version(p.id, version, &new_text, Some(id), answered)?;
                text = new_text;
            }
            Ok(())
        };

        for n in 0..before {
            let offered = p.submitted + (on_agenda - p.submitted) / 2 + Duration::seconds(1);
            amend(
                self,
                n,
                None,
                None,
                offered,
                offered + Duration::seconds(10),
                false,
            )?;
            rows += 1;
        }

        // The hearing begins: the proposal is in process.
        let begun = next();
        status_rows.push(StatusRow {
            status: "in-process",
            meeting: Some(d.meeting),
            item: Some(d.item),
            note: "",
            at: begun,
        });
        for n in 0..questions {
            let asked = next();
            let id = self.rng.id(asked);
            let by = self.people[self.rng.regular(self.people.len())];
            let answered = self.rng.chance(850).then(|| asked + gap / 2);
            let q = (p.index + n) % QUESTIONS.len();
            self.tx
                .prepare_cached(
                    "INSERT INTO clarifying_questions (id, origin, proposal_id, agenda_item_id, asked_by_person_id, question,
                                                       answer, answered_by_person_id, answered_at, created_at, updated_at, revision)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                )?
                .execute(params![
                    id,
                    self.origin,
                    p.id,
                    d.item,
                    by,
                    QUESTIONS[q],
                    answered.map(|_| ANSWERS[q]),
                    answered.map(|_| p.proposer),
                    answered,
                    asked,
                    answered.unwrap_or(asked),
                    if answered.is_some() { 2 } else { 1 }
                ])?;
            self.journal(
                asked,
                "minute-taker",
                "question.add",
                "clarifying_questions",
                id,
                Some(d.meeting),
            )?;
            if let Some(a) = answered {
                self.journal(
                    a,
                    "minute-taker",
                    "question.answer",
                    "clarifying_questions",
                    id,
                    Some(d.meeting),
                )?;
            }
        }
        for n in 0..concerns {
            let raised = next();
            let id = self.rng.id(raised);
            let by = self.people[self.rng.regular(self.people.len())];
            let addressed = self.rng.chance(700).then(|| raised + gap / 2);
            self.tx
                .prepare_cached(
                    "INSERT INTO concerns (id, origin, proposal_id, agenda_item_id, raised_by_person_id, concern,
                                           addressed, response, addressed_at, created_at, updated_at, revision)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                )?
                .execute(params![
                    id,
                    self.origin,
                    p.id,
                    d.item,
                    by,
                    CONCERNS[(p.index + n) % CONCERNS.len()],
                    addressed.is_some(),
                    addressed.map_or("", |_| RESPONSES[(p.index + n) % RESPONSES.len()]),
                    addressed,
                    raised,
                    addressed.unwrap_or(raised),
                    if addressed.is_some() { 2 } else { 1 }
                ])?;
            self.journal(
                raised,
                "minute-taker",
                "concern.add",
                "concerns",
                id,
                Some(d.meeting),
            )?;
            if let Some(a) = addressed {
                self.journal(
                    a,
                    "minute-taker",
                    "concern.address",
                    "concerns",
                    id,
                    Some(d.meeting),
                )?;
            }
        }
        // Friendly amendments at the hearing; a proposal tabled by hand may be left with
        // its last one unanswered (the proposer answers before a later GA decides it).
        let tabled_by_hand = p.planned_status == "tabled" && !decide;
        for n in 0..at_hearing {
            let offered = next();
            let pending = tabled_by_hand && n + 1 == at_hearing && self.rng.chance(400);
            amend(
                self,
                before + n,
                Some(d.item),
                Some(d.meeting),
                offered,
                offered + gap / 2,
                pending,
            )?;
            rows += 1;
        }
        if temperature {
            let when = next();
            let id = self.rng.id(when);
            let hands = h.attendance * self.rng.range(40, 90) / 100;
            let down = hands * self.rng.range(0, 15) / 100;
            let sideways = hands * self.rng.range(0, 20) / 100;
            self.tx
                .prepare_cached(
                    "INSERT INTO temperature_checks (id, origin, proposal_id, agenda_item_id, up, sideways, down, note, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, '', ?8, ?8)",
                )?
                .execute(params![id, self.origin, p.id, d.item, (hands - down - sideways).max(1), sideways, down, when])?;
            self.journal(
                when,
                "minute-taker",
                "temperature.record",
                "temperature_checks",
                id,
                Some(d.meeting),
            )?;
        }

        // The outcome.
        let ended = next();
        let (outcome, note) = if decide {
            let participants = (h.attendance * self.rng.range(50, 95) / 100).max(5) as u32;
            // Mostly the assembly's rule; now and then the GA decides under consensus.
            let rule = if self.rng.chance(150) {
                DecisionRule::Consensus
            } else {
                default_rule
            };
            let no_quorum = p.planned_status == "tabled";
            let quorum = if no_quorum {
                Some(participants + self.rng.range(1, 40) as u32)
            } else if self.rng.chance(200) {
                Some(self.rng.range(20, participants as i64) as u32)
            } else {
                None
            };
            let limit: Option<Fraction> = if self.rng.chance(200) {
                Some("1/4".parse()?)
            } else {
                None
            };
            let stand_asides = self.rng.range(0, participants as i64 / 20) as u32;
            let blocks = match rule {
                DecisionRule::Consensus if self.rng.chance(250) => self.rng.range(1, 2) as u32,
                DecisionRule::Consensus => 0,
                _ if self.rng.chance(50) => 1,
                _ => 0,
            };
            let against = match (rule, self.rng.below(100)) {
                (DecisionRule::Consensus, _) => 0,
                (_, 0..=44) => 0,
                (_, 45..=79) => self.rng.range(1, (participants / 25).max(1) as i64) as u32,
                _ => self
                    .rng
                    .range((participants / 8) as i64, (participants / 2) as i64)
                    as u32,
            };
            let votes = Votes {
                support: participants.saturating_sub(against + stand_asides + blocks),
                against,
                stand_asides,
                blocks,
            };
            let outcome = decision::evaluate(&votes, rule, quorum, limit).outcome;
            let id = self.rng.id(ended);
            let disputed = self.rng.chance(10);
            self.tx
                .prepare_cached(
                    "INSERT INTO decisions (id, origin, proposal_id, agenda_item_id, version, rule, default_rule, support, against,
                                            stand_asides, blocks, quorum, stand_aside_limit, outcome, entered_by, disputed, dispute_note,
                                            created_at, updated_at, revision)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, 'minute-taker', ?15, ?16, ?17, ?18, ?19)",
                )?
                .execute(params![
                    id,
                    self.origin,
                    p.id,
                    d.item,
                    version,
                    rule.to_string(),
                    default_rule.to_string(),
                    votes.support,
                    votes.against,
                    votes.stand_asides,
                    votes.blocks,
                    quorum,
                    limit.map(|l| l.to_string()),
                    outcome,
                    disputed,
                    if disputed { "The count of stand-asides was questioned after the GA." } else { "" },
                    ended,
                    if disputed { d.end + Duration::hours(1) } else { ended },
                    if disputed { 2 } else { 1 }
                ])?;
            self.journal(
                ended,
                "minute-taker",
                "decision.record",
                "decisions",
                id,
                Some(d.meeting),
            )?;
            rows += 1;
            // The named stand-asides (some of them), then every block with its reason.
            let named = stand_asides.min(self.rng.range(0, 3) as u32) as usize;
            let mut who = std::collections::HashSet::new();
            let stances = (0..named)
                .map(|_| "stand-aside")
                .chain((0..blocks as usize).map(|_| "block"));
            for (position, stance) in stances.enumerate() {
                let mut person = self.rng.regular(self.people.len());
                while !who.insert(person) {
                    person = self.rng.below(self.people.len());
                }
                let reason = (stance == "block")
                    .then(|| BLOCKS[(p.index + position) % BLOCKS.len()])
                    .or_else(|| {
                        self.rng
                            .chance(300)
                            .then_some("Not comfortable with the amount.")
                    });
                self.tx
                    .prepare_cached(
                        "INSERT INTO decision_stances (id, origin, decision_id, stance, person_id, reason, position, created_at, updated_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
                    )?
                    .execute(params![self.rng.id(ended), self.origin, id, stance, self.people[person], reason, position as i64, ended])?;
            }
            (outcome, "")
        } else {
            let (outcome, note, action) = match p.planned_status {
                "withdrawn" => (
                    Outcome::Withdrawn,
                    "The WG will bring a new proposal.",
                    "proposal.withdraw",
                ),
                "sent-back" => (
                    Outcome::SentBack,
                    "Back to the WG to work in the concerns.",
                    "proposal.send-back",
                ),
                _ => (
                    Outcome::Tabled,
                    "Out of time: to the next GA.",
                    "proposal.table",
                ),
            };
            self.journal(
                ended,
                "facilitator",
                action,
                "proposals",
                p.id,
                Some(d.meeting),
            )?;
            (outcome, note)
        };
        // The hearing's row: one revision per step it went through.
        let steps = 4 // present, clarifying questions, concerns, outcome
            + i64::from(temperature)
            + if decide { 1 + i64::from(has_vote) } else { 0 }; // call for consensus, vote
        self.tx
            .prepare_cached(
                "INSERT INTO hearings (id, origin, agenda_item_id, proposal_id, step, step_at, outcome, created_at, updated_at, revision)
                 VALUES (?1, ?2, ?3, ?4, 'outcome', ?5, ?6, ?7, ?5, ?8)",
            )?
            .execute(params![self.rng.id(begun), self.origin, d.item, p.id, ended, outcome, begun, steps])?;
        let status = plenary_core::proposal::lifecycle::status_after(outcome);
        status_rows.push(StatusRow {
            status: status.as_str(),
            meeting: Some(d.meeting),
            item: Some(d.item),
            note,
            at: ended,
        });
        for s in &status_rows {
            self.tx
                .prepare_cached(
                    "INSERT INTO proposal_status_changes (id, origin, proposal_id, status, meeting_id, agenda_item_id, note, changed_at, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?8)",
                )?
                .execute(params![self.rng.id(s.at), self.origin, p.id, s.status, s.meeting, s.item, s.note, s.at])?;
        }
        // The proposal as its process left it: its last accepted text, its status, one
        // revision per change.
        self.tx
            .prepare_cached(
                "UPDATE proposals SET text = ?1, status = ?2, updated_at = ?3, revision = ?4 WHERE id = ?5",
            )?
            .execute(params![
                text,
                status,
                ended,
                status_rows.len() as i64 + accepted,
                p.id
            ])?;
        Ok(rows)
    }

    fn version(
        &mut self,
        proposal: Uuid,
        number: i64,
        text: &str,
        amendment: Option<Uuid>,
        when: DateTime<Utc>,
    ) -> Result<()> {
        self.tx
            .prepare_cached(
                "INSERT INTO proposal_versions (id, origin, proposal_id, number, text, amendment_id, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
            )?
            .execute(params![self.rng.id(when), self.origin, proposal, number, text, amendment, when])?;
        Ok(())
    }

    /// What people agreed to do: the proposer of a proposal that passed reports back on
    /// it, and a WG sometimes takes something on at its report-back.
    fn action_items(&mut self, heard: &[Heard], report_backs: &[Done]) -> Result<()> {
        let add = |g: &mut Self, d: &Done, text: String, who: Option<Uuid>| -> Result<()> {
            let when = d.end - (d.end - d.start) / 4;
            let id = g.rng.id(when);
            g.tx.prepare_cached(
                "INSERT INTO action_items (id, origin, agenda_item_id, text, person_id, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
            )?
            .execute(params![id, g.origin, d.item, text, who, when])?;
            g.journal(
                when,
                "minute-taker",
                "action.add",
                "action_items",
                id,
                Some(d.meeting),
            )
        };
        for h in heard {
            let passed: bool = self.tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM decisions WHERE agenda_item_id = ?1 AND outcome IN ('consensus', 'passed'))",
                [h.at.item],
                |r| r.get(0),
            )?;
            if passed {
                let topic = TOPICS[h.p.index % TOPICS.len()];
                add(
                    self,
                    &h.at,
                    format!("Report back on the spending on the {topic} at the next GA."),
                    Some(h.p.proposer),
                )?;
            }
        }
        for d in report_backs {
            if self.rng.chance(100) {
                let who = self
                    .rng
                    .chance(700)
                    .then(|| self.people[self.rng.regular(self.people.len())]);
                add(
                    self,
                    d,
                    "Find two more people for the evening shift.".into(),
                    who,
                )?;
            }
        }
        Ok(())
    }

    /// Each GA approves the minutes of the one before, soon after it opens.
    fn minutes_approvals(&mut self, opened: &[(Uuid, DateTime<Utc>)]) -> Result<()> {
        for pair in opened.windows(2) {
            let ((meeting, _), (by, opened_at)) = (pair[0], pair[1]);
            let when = opened_at + Duration::minutes(5);
            self.tx
                .prepare_cached(
                    "UPDATE meetings SET minutes_approved_at = ?1, minutes_approved_in = ?2, updated_at = ?1, revision = revision + 1
                     WHERE id = ?3",
                )?
                .execute(params![when, by, meeting])?;
            self.journal(
                when,
                "facilitator",
                "minutes.approve",
                "meetings",
                meeting,
                Some(by),
            )?;
        }
        Ok(())
    }
}

fn capital(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scaled_specs_keep_the_shape() {
        let tiny = Spec::scaled(0.001);
        assert_eq!(
            (tiny.gas, tiny.stack_entries, tiny.wgs, tiny.proposals),
            (2, 900, 20, 5)
        );
        assert_eq!(Spec::scaled(1.0), Spec::ten_years());
    }
}
