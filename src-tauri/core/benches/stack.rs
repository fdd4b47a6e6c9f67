//! Stack add / next / undo latency on the "ten busy years" database (architecture.md,
//! "Budgets": p99 < 1 ms per core call). Run:
//!
//! ```text
//! cargo bench -p plenary-core --bench stack
//! ```
//!
//! The dataset is built once into `target/tmp/tenyears-<scale>.db` and reused; each run
//! works on a fresh copy of it. A new GA is opened on top of ten years of history and
//! run like a meeting: items of about 40 hands each, 25 items per GA, 3 to 12 people
//! waiting at any time, names the assembly already knows.
//!
//! First a plain loop times every single call and prints p50, p99 and max (criterion
//! reports means only), twice: as shipped (`synchronous=FULL`: each action's commit
//! waits for the write-ahead log to reach the disk), and with the flush turned off on
//! this connection (`synchronous=OFF`), which leaves the core's own cost — the SQL and
//! the logic — without the disk's. Then criterion measures the same calls both ways.
//! Besides known names, each round adds a NEW name (a person the assembly has never seen:
//! the add creates the person) and undoes that add (which deletes the person again, so
//! SQLite checks every foreign key that refers to people).
//!
//! `PLENARY_BENCH_SCALE=0.01` makes a smaller dataset (quick runs); default 1 (full);
//! `PLENARY_BENCH_ROUNDS` sets the rounds of the plain loop (default 3000);
//! `PLENARY_BENCH_PASSPHRASE` encrypts the working copy first (encryption at rest);
//! `PLENARY_BENCH_SQL` runs SQL on the working copy first (e.g. dropping indexes, to
//! measure without them). `PLENARY_BENCH_POLICY` sets the floor policy of each new GA
//! (ga-process.md, "Fair floor": `fifo`, `progressive,first-time-first,cap:2`,
//! `progressive,alternate:women|open,no-repeat`, …); under alternating lists half the
//! names chose the first list. `PLENARY_BENCH_ONLY_LOOP=1` skips criterion (one plain loop
//! per policy is what docs/PERFORMANCE.md reports).

use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use criterion::Criterion;
use plenary_core::agenda::NewAgendaItem;
use plenary_core::meeting::NewMeeting;
use plenary_core::stack::EntryKind;
use plenary_core::{Actor, Db};
use plenary_dataset::tenyears::{build_file, Counts, Spec};
use uuid::Uuid;

const K: Actor = Actor::StackKeeper;

/// One timed call: wall-clock time, and the CPU time this thread spent in it (which
/// leaves out waiting for the disk and time the scheduler gave to other processes).
#[derive(Clone, Copy, Default)]
struct Sample {
    wall: Duration,
    cpu: Duration,
}

fn thread_cpu() -> Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime only writes the timespec we pass.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

fn timed<T>(f: impl FnOnce() -> T) -> Sample {
    let (w, c) = (Instant::now(), thread_cpu());
    black_box(f());
    Sample {
        cpu: thread_cpu() - c,
        wall: w.elapsed(),
    }
}

impl std::iter::Sum for Sample {
    fn sum<I: Iterator<Item = Sample>>(it: I) -> Sample {
        it.fold(Sample::default(), |a, b| Sample {
            wall: a.wall + b.wall,
            cpu: a.cpu + b.cpu,
        })
    }
}
const HANDS_PER_ITEM: usize = 40;
const ITEMS_PER_GA: usize = 25;

/// A GA under way on a copy of the ten-year database.
struct Bench {
    db: Db,
    meeting: String,
    items_in_meeting: usize,
    item: Uuid,
    added_on_item: usize,
    names: Vec<String>,
    next_name: usize,
    meetings: usize,
    /// The sub-lists of the floor policy in force (PLENARY_BENCH_POLICY), if it alternates.
    lists: Vec<String>,
    _checkpointer: Option<plenary_core::checkpoint::Checkpointer>,
}

impl Bench {
    fn open() -> Bench {
        let scale: f64 = std::env::var("PLENARY_BENCH_SCALE")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(1.0);
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
        let base = dir.join(format!("tenyears-{scale}.db"));
        let started = Instant::now();
        let fresh = !base.with_extension("done").exists();
        let db = build_file(&base, &Spec::scaled(scale)).expect("build the ten-year database");
        let counts = Counts::read(&db).expect("count rows");
        drop(db);
        if fresh {
            println!(
                "built {} in {:.1} s",
                base.display(),
                started.elapsed().as_secs_f64()
            );
        }
        println!("dataset (scale {scale}): {counts:?}");
        let work = dir.join("tenyears-bench-work.db");
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", work.display()));
        }
        std::fs::copy(&base, &work).expect("copy the dataset");
        disk_probe(&dir);
        let mut db = Db::open(&work).expect("open the copy");
        // PLENARY_BENCH_PASSPHRASE: the copy encrypted first (SQLCipher, docs/security.md),
        // to measure what encryption at rest costs.
        if let Ok(p) = std::env::var("PLENARY_BENCH_PASSPHRASE") {
            let t = Instant::now();
            db.encrypt(&plenary_core::passphrase::Passphrase::new(p))
                .expect("encrypt the copy");
            println!(
                "encrypted the copy (SQLCipher) in {:.1} s",
                t.elapsed().as_secs_f64()
            );
        }
        // As the app runs it: checkpoints on a background thread, none inside an action
        // (plenary_core::checkpoint). PLENARY_BENCH_AUTOCHECKPOINT=1 measures SQLite's
        // own checkpoint inside the commit that fills the log, as before.
        let checkpointer = if std::env::var_os("PLENARY_BENCH_AUTOCHECKPOINT").is_some() {
            println!("checkpoints: inside actions (SQLite's wal_autocheckpoint)");
            None
        } else {
            println!("checkpoints: background thread, every second (as the app)");
            db.checkpoint_in_background(std::time::Duration::from_secs(1))
                .expect("checkpointer")
        };
        // SQL to run on the copy first (e.g. to measure without some indexes).
        if let Ok(sql) = std::env::var("PLENARY_BENCH_SQL") {
            db.conn().execute_batch(&sql).expect("PLENARY_BENCH_SQL");
            println!("ran PLENARY_BENCH_SQL ({} bytes)", sql.len());
        }
        // Extra pragmas to try (e.g. PLENARY_BENCH_PRAGMAS="cache_size=-65536").
        if let Ok(extra) = std::env::var("PLENARY_BENCH_PRAGMAS") {
            for p in extra.split(',').filter(|p| !p.is_empty()) {
                db.conn()
                    .execute_batch(&format!("PRAGMA {p};"))
                    .expect("pragma");
                println!("PRAGMA {p}");
            }
        }
        let names: Vec<String> = db
            .conn()
            .prepare("SELECT name FROM people ORDER BY name LIMIT 3000")
            .and_then(|mut st| st.query_map([], |r| r.get(0))?.collect())
            .expect("people");
        let mut b = Bench {
            db,
            meeting: String::new(),
            items_in_meeting: ITEMS_PER_GA,
            item: Uuid::nil(),
            added_on_item: HANDS_PER_ITEM,
            names,
            next_name: 0,
            meetings: 0,
            lists: Vec::new(),
            _checkpointer: checkpointer,
        };
        b.rotate();
        b
    }

    /// Moves on to the next item (and to a new GA every `ITEMS_PER_GA` items), untimed.
    fn rotate(&mut self) {
        if self.added_on_item < HANDS_PER_ITEM {
            return;
        }
        if self.items_in_meeting >= ITEMS_PER_GA {
            self.meetings += 1;
            let m = self
                .db
                .new_meeting(
                    Actor::Facilitator,
                    &NewMeeting {
                        date: format!("2027-01-{:02}", self.meetings % 28 + 1),
                        ..Default::default()
                    },
                )
                .expect("meeting");
            self.db
                .open_meeting(Actor::Facilitator, m.id)
                .expect("open");
            if let Ok(policy) = std::env::var("PLENARY_BENCH_POLICY") {
                match self
                    .db
                    .set_floor_policy(Actor::Facilitator, m.id, &policy, "benchmark", None)
                {
                    Ok(p) => self.lists = p.alternate,
                    // The policy every GA starts with (`progressive`): nothing to change.
                    Err(plenary_core::Error::Conflict(_)) => {}
                    Err(e) => panic!("PLENARY_BENCH_POLICY={policy}: {e}"),
                }
            }
            self.meeting = m.reference;
            self.items_in_meeting = 0;
        }
        self.item = self
            .db
            .add_agenda_item(
                Actor::Facilitator,
                &NewAgendaItem {
                    meeting: self.meeting.clone(),
                    kind: "discussion".into(),
                    title: format!("Item {}", self.items_in_meeting + 1),
                    ..Default::default()
                },
            )
            .expect("item")
            .id;
        self.items_in_meeting += 1;
        self.added_on_item = 0;
    }

    /// How many wait on the stack now (untimed bookkeeping).
    fn waiting(&self) -> usize {
        self.db
            .conn()
            .query_row(
                "SELECT count(*) FROM stack_entries WHERE agenda_item_id = ?1 AND status = 'waiting'",
                [self.item],
                |r| r.get::<_, i64>(0),
            )
            .expect("count") as usize
    }

    /// Adds the next person, with the mix of kinds of a meeting (a direct response only
    /// while someone speaks). A person already waiting in that band is refused, as in a
    /// meeting; that refusal is timed too.
    fn add(&mut self) -> Sample {
        let n = self.next_name;
        self.next_name += 1;
        self.added_on_item += 1;
        let who = (n * 7919) % self.names.len();
        let name = &self.names[who];
        let kind = match n % 20 {
            0 => EntryKind::Process,
            1 | 2 => EntryKind::Information,
            3..=5 => EntryKind::Clarifying,
            6 | 7 if n.is_multiple_of(3) => EntryKind::DirectResponse,
            _ => EntryKind::Speak,
        };
        // Under alternating lists half the people chose the first list and say so with
        // their hand (the same choice each time); the others chose none.
        let list = self
            .lists
            .first()
            .filter(|_| who.is_multiple_of(2))
            .map(String::as_str);
        let (item, db) = (self.item, &mut self.db);
        timed(|| {
            db.stack_add_on_list(K, item, name, kind, n.is_multiple_of(9), list)
                .is_ok()
        })
    }

    /// Adds a name the assembly has never seen (the add creates the person).
    fn add_new(&mut self) -> Sample {
        self.added_on_item += 1;
        let name = format!("Newcomer {}", self.next_name);
        self.next_name += 1;
        let (item, db) = (self.item, &mut self.db);
        timed(|| {
            db.stack_add(K, item, &name, EntryKind::Speak, false)
                .expect("add a new name")
        })
    }

    fn next(&mut self) -> Sample {
        let (item, db) = (self.item, &mut self.db);
        timed(|| db.stack_next(K, item).expect("next"))
    }

    fn undo(&mut self) -> Sample {
        let (item, db) = (self.item, &mut self.db);
        timed(|| db.stack_undo(K, item).expect("undo"))
    }

    fn view(&mut self) -> Sample {
        let (item, db) = (self.item, &self.db);
        timed(|| db.stack_view(item).expect("view"))
    }

    /// Keeps 3 to 12 people waiting before a timed call, as in a meeting (untimed).
    fn settle(&mut self) {
        self.rotate();
        for _ in 0..1000 {
            let w = self.waiting();
            if w < 3 {
                self.add();
            } else if w > 12 {
                self.next();
            } else {
                return;
            }
        }
        panic!("cannot keep 3 to 12 people waiting");
    }

    fn set_sync(&self, mode: &str) {
        self.db
            .conn()
            .pragma_update(None, "synchronous", mode)
            .expect("pragma");
    }
}

/// The disk's own flush latency, for context: 4 KiB rewritten in place and flushed
/// (`fdatasync`), as SQLite does with the write-ahead log on each commit.
fn disk_probe(dir: &std::path::Path) {
    use std::io::{Seek, SeekFrom, Write};
    let path = dir.join("fsync-probe.tmp");
    let Ok(mut f) = std::fs::File::create(&path) else {
        return;
    };
    let mut times: Vec<Duration> = (0..200)
        .filter_map(|_| {
            f.seek(SeekFrom::Start(0)).ok()?;
            f.write_all(&[7u8; 4096]).ok()?;
            let t = Instant::now();
            f.sync_data().ok()?;
            Some(t.elapsed())
        })
        .collect();
    let _ = std::fs::remove_file(&path);
    if times.is_empty() {
        return;
    }
    times.sort();
    let us = |d: Duration| d.as_secs_f64() * 1e6;
    println!(
        "disk: fdatasync of 4 KiB p50 {:.0} µs, p99 {:.0} µs ({} samples)",
        us(times[times.len() / 2]),
        us(times[times.len() * 99 / 100]),
        times.len()
    );
}

/// The machine's 1, 5 and 15 minute load averages, printed beside the figures: the test
/// machine is shared, and a loop measured beside other builds reads slower.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "unknown".into())
}

fn percentiles(name: &str, samples: Vec<Sample>) {
    let pick = |f: fn(&Sample) -> Duration| {
        let mut v: Vec<Duration> = samples.iter().map(f).collect();
        v.sort();
        let at = |p: f64| v[((v.len() as f64 * p) as usize).min(v.len() - 1)].as_secs_f64() * 1e6;
        (at(0.50), at(0.99), v[v.len() - 1].as_secs_f64() * 1e6)
    };
    let (w50, w99, wmax) = pick(|s| s.wall);
    let (c50, c99, _) = pick(|s| s.cpu);
    // The spikes: how many calls passed one frame (16 ms), and whether the slowest spent
    // its time working (CPU time close to its wall time) or waiting (disk, lock, scheduler).
    let over = samples
        .iter()
        .filter(|s| s.wall > Duration::from_millis(16))
        .count();
    let slowest = samples.iter().max_by_key(|s| s.wall);
    println!(
        "  {name:<11} n={:<5} wall p50 {w50:>7.0} µs  p99 {w99:>7.0} µs  max {wmax:>7.0} µs | cpu p50 {c50:>5.0} µs  p99 {c99:>5.0} µs | over 16 ms: {over}{}",
        samples.len(),
        slowest.map_or(String::new(), |s| format!(" (slowest: cpu {:.0} µs)", s.cpu.as_secs_f64() * 1e6)),
    );
}

/// One round of a stack-keeper's work: add, next, undo (alternately of a next and of
/// an add), and the view the screen shows after each.
fn plain_loop(b: &mut Bench, rounds: usize, title: &str) {
    let (mut add, mut next, mut undo, mut view) = (vec![], vec![], vec![], vec![]);
    let (mut add_new, mut undo_new) = (vec![], vec![]);
    for i in 0..rounds {
        b.settle();
        add.push(b.add());
        b.settle();
        next.push(b.next());
        if i % 2 == 1 {
            b.add();
        }
        undo.push(b.undo());
        view.push(b.view());
        b.settle();
        add_new.push(b.add_new());
        undo_new.push(b.undo());
    }
    println!("{title} (load average {}):", load_average());
    percentiles("stack add", add);
    percentiles("stack next", next);
    percentiles("stack undo", undo);
    percentiles("stack view", view);
    percentiles("add new name", add_new);
    percentiles("undo new name", undo_new);
}

fn criterion_benches(c: &mut Criterion, b: &mut Bench, suffix: &str) {
    c.bench_function(&format!("stack add{suffix}"), |bench| {
        bench.iter_custom(|iters| {
            (0..iters)
                .map(|_| {
                    b.settle();
                    b.add().wall
                })
                .sum()
        })
    });
    c.bench_function(&format!("stack next{suffix}"), |bench| {
        bench.iter_custom(|iters| {
            (0..iters)
                .map(|_| {
                    b.settle();
                    b.next().wall
                })
                .sum()
        })
    });
    c.bench_function(&format!("undo new name{suffix}"), |bench| {
        bench.iter_custom(|iters| {
            (0..iters)
                .map(|_| {
                    b.settle();
                    b.add_new();
                    b.undo().wall
                })
                .sum()
        })
    });
    c.bench_function(&format!("stack undo{suffix}"), |bench| {
        bench.iter_custom(|iters| {
            (0..iters)
                .map(|_| {
                    b.settle();
                    b.add();
                    b.undo().wall
                })
                .sum()
        })
    });
}

fn main() {
    let rounds = std::env::var("PLENARY_BENCH_ROUNDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3000);
    let mut b = Bench::open();
    println!(
        "floor policy: {}",
        std::env::var("PLENARY_BENCH_POLICY").unwrap_or_else(|_| "progressive (default)".into())
    );
    println!("latency per core call, {rounds} rounds each:");
    b.set_sync("FULL");
    plain_loop(
        &mut b,
        rounds,
        "as shipped (synchronous=FULL: durable before it returns)",
    );
    b.set_sync("OFF");
    plain_loop(
        &mut b,
        rounds,
        "core cost without the disk flush (synchronous=OFF)",
    );
    if std::env::var_os("PLENARY_BENCH_ONLY_LOOP").is_some() {
        return;
    }

    let mut c = Criterion::default().configure_from_args();
    b.set_sync("FULL");
    criterion_benches(&mut c, &mut b, "");
    b.set_sync("OFF");
    criterion_benches(&mut c, &mut b, " (no flush)");
    c.final_summary();
}
