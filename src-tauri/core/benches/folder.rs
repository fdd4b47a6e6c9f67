//! Federation through a shared folder (architecture.md, "Budgets": a bundle appearing in
//! the inbox is imported, or waiting for approval, within 2 s).
//!
//! On a file database in the target's temporary folder, with BUNDLES other assemblies
//! whose keys are pinned (default 50; each brought in once by an import, not measured):
//! - **sync of N bundles**: each assembly adds 20 working groups and a proposal and drops
//!   its bundle into the inbox; one `sync_inbox` imports them all (and relays them);
//! - **rescan, nothing new**: the same inbox looked through again, every file unchanged
//!   (p50 / p99 over ROUNDS);
//! - **outbox, nothing changed**: `write_outbox` deciding there is nothing to write;
//! - **watcher latency**: a bundle renamed into the watched inbox (as Syncthing does) →
//!   the watcher's event saying it was imported (p50 / p99 / max over ROUNDS).
//!
//!   cargo bench -p plenary-core --bench folder
//!   PLENARY_BENCH_BUNDLES=10 PLENARY_BENCH_ROUNDS=10 cargo bench -p plenary-core --bench folder

use std::path::PathBuf;
use std::sync::mpsc::channel;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use plenary_core::bundle::{ExportOptions, ImportOptions};
use plenary_core::federation::watch::watch_folders;
use plenary_core::proposal::NewProposal;
use plenary_core::wg::NewWg;
use plenary_core::{Actor, Db};

const A: Actor = Actor::Cli;

fn env(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

fn wg(db: &mut Db, name: String) {
    db.add_wg(
        A,
        &NewWg {
            name,
            category: "operational".into(),
            status: None,
            description: "Works on what the assembly asks of it.".into(),
            contact: String::new(),
            schedule: String::new(),
        },
    )
    .expect("add a WG");
}

fn bundle(db: &Db) -> Vec<u8> {
    db.export_bundle_bytes(&ExportOptions::default())
        .expect("export")
        .0
}

fn percentiles(mut v: Vec<Duration>) -> (Duration, Duration, Duration) {
    v.sort();
    let at = |q: f64| v[((v.len() as f64 - 1.0) * q).round() as usize];
    (at(0.5), at(0.99), *v.last().unwrap_or(&Duration::ZERO))
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    let n = env("PLENARY_BENCH_BUNDLES", 50);
    let rounds = env("PLENARY_BENCH_ROUNDS", 20);
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("folder-bench");
    let _ = std::fs::remove_dir_all(&dir);
    let (inbox, outbox) = (dir.join("inbox"), dir.join("outbox"));
    std::fs::create_dir_all(&inbox).expect("inbox");
    std::fs::create_dir_all(&outbox).expect("outbox");
    let mut ours = Db::open(&dir.join("ours.db")).expect("open");
    ours.init_assembly("Our GA", "OUR", None).expect("init");
    ours.set_federation_folders(A, &inbox, &outbox)
        .expect("folders");

    // The other assemblies, each known here by a first import.
    let mut others: Vec<Db> = (0..n)
        .map(|i| {
            let mut db = Db::open_in_memory().expect("memory");
            db.init_assembly(&format!("Assembly {i}"), &format!("A{i:03}"), None)
                .expect("init");
            wg(&mut db, "Kitchen".into());
            db
        })
        .collect();
    for (i, o) in others.iter().enumerate() {
        let opts = ImportOptions {
            file_name: format!("A{i:03}-1.plenary"),
            ..Default::default()
        };
        ours.import_bundle(&bundle(o), &opts).expect("pin the key");
    }

    for (i, o) in others.iter_mut().enumerate() {
        for k in 0..20 {
            wg(o, format!("Working group {k}"));
        }
        o.new_proposal(
            A,
            &NewProposal {
                title: format!("Proposal of assembly {i}"),
                text: "Share the soup pots between assemblies.".into(),
                ..Default::default()
            },
        )
        .expect("proposal");
        std::fs::write(inbox.join(format!("A{i:03}-2.plenary")), bundle(o)).expect("write");
    }
    let t = Instant::now();
    let pass = ours.sync_inbox(A).expect("sync");
    let took = t.elapsed();
    assert_eq!(pass.imported.len(), n, "{pass:?}");
    println!(
        "sync of {n} bundles (20 WGs + a proposal each, pinned keys, relayed): {} in all, {} per bundle",
        ms(took),
        ms(took / n as u32)
    );

    let mut times = Vec::new();
    for _ in 0..rounds {
        let t = Instant::now();
        let p = ours.sync_inbox(A).expect("rescan");
        times.push(t.elapsed());
        assert_eq!(p.read, 0);
    }
    let (p50, p99, max) = percentiles(times);
    println!(
        "rescan of {} unchanged files: p50 {}, p99 {}, max {}",
        n * 2,
        ms(p50),
        ms(p99),
        ms(max)
    );

    ours.write_outbox(A).expect("first outbox");
    let mut times = Vec::new();
    for _ in 0..rounds {
        let t = Instant::now();
        let w = ours.write_outbox(A).expect("outbox");
        times.push(t.elapsed());
        assert!(w.written.is_none());
    }
    let (p50, p99, max) = percentiles(times);
    println!(
        "outbox with nothing changed: p50 {}, p99 {}, max {}",
        ms(p50),
        ms(p99),
        ms(max)
    );

    let db = Arc::new(Mutex::new(ours));
    let (send, receive) = channel();
    let watch = watch_folders(db.clone(), A, move |e| {
        let _ = send.send(e);
    })
    .expect("watch");
    let _ = receive.recv_timeout(Duration::from_secs(30)); // the start's sync
    let mut times = Vec::new();
    for r in 0..rounds {
        let o = &mut others[r % n.max(1)];
        wg(o, format!("Round {r}"));
        let bytes = bundle(o);
        let name = format!("round-{r}.plenary");
        let tmp = inbox.join(format!(".syncthing.{name}.tmp"));
        std::fs::write(&tmp, &bytes).expect("write");
        let t = Instant::now();
        std::fs::rename(&tmp, inbox.join(&name)).expect("rename");
        loop {
            let e = receive
                .recv_timeout(Duration::from_secs(30))
                .expect("the watcher never imported the bundle");
            if e.report
                .is_some_and(|r| r.inbox.imported.iter().any(|i| i.file_name == name))
            {
                break;
            }
        }
        times.push(t.elapsed());
    }
    drop(watch);
    let (p50, p99, max) = percentiles(times);
    println!(
        "watcher: bundle renamed into the inbox → imported: p50 {}, p99 {}, max {} ({rounds} rounds)",
        ms(p50),
        ms(p99),
        ms(max)
    );
    let _ = std::fs::remove_dir_all(&dir);
}
