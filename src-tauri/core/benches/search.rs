//! Search across every assembly (issue #17; architecture.md, "Budgets": full-text search
//! over the ten years plus 10 imported assemblies of the same size, p99 < 20 ms).
//!
//! On `target/tmp/search-<scale>-<n>x<their>.db` — the ten-year dataset at PLENARY_BENCH_SCALE
//! (default 1) plus PLENARY_BENCH_ASSEMBLIES other assemblies (default 10), each at
//! PLENARY_BENCH_THEIR_SCALE of the ten years (default 0.1, a busy year, as the window
//! benchmark's federated file), imported as signed bundles through the real import
//! (`plenary_dataset::federated`; built once, reused) — it times what the app does:
//!
//! - `search`: one page of 20 hits with its capped total, titles and snippets, for
//!   queries drawn from the index's own terms — the most common ones (the worst case:
//!   every record matches), terms of middling and of rare use, two-word queries and the
//!   prefix of a word being typed (3, 5 and 7 letters, and after a word) — each over
//!   every assembly and filtered to one;
//! - `wg_namesakes` and `proposal_namesakes` for a sample of WGs and proposals (of every
//!   assembly, and of the local one);
//! - `who_works_on_what`, the federation table's first page (10 WGs, 3 counterparts each)
//!   and a page further on.
//!
//! The time to open the file is printed too: on a file made by an earlier schema it
//! includes the migrations (0021 makes the search index again and fills the namesake
//! indexes).
//!
//! Each is run PLENARY_BENCH_ROUNDS times (default 200) after one warm-up pass; p50, p99
//! and max are printed, and the indexes' sizes. The budget asks for 10 other assemblies of
//! the ten years' size; a run at PLENARY_BENCH_THEIR_SCALE=1 builds that (20 minutes on a
//! loaded machine: each is generated without the speaking log, which bundles never carry,
//! exported and imported whole). docs/PERFORMANCE.md says which was run.
//!
//!   cargo bench -p plenary-core --bench search
//!   PLENARY_BENCH_SCALE=0.05 PLENARY_BENCH_ASSEMBLIES=2 cargo bench -p plenary-core --bench search   (quick)

use std::path::PathBuf;
use std::time::{Duration, Instant};

use plenary_core::federation::OriginFilter;
use plenary_core::paging::PageRequest;
use plenary_core::search::SearchQuery;
use plenary_core::Db;
use plenary_dataset::federated::{build_file, Others};
use plenary_dataset::tenyears::Spec;
use uuid::Uuid;

fn env<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

fn main() {
    let scale: f64 = env("PLENARY_BENCH_SCALE", 1.0);
    let count: usize = env("PLENARY_BENCH_ASSEMBLIES", 10);
    let their: f64 = env("PLENARY_BENCH_THEIR_SCALE", 0.1);
    let rounds: usize = env("PLENARY_BENCH_ROUNDS", 200);
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let path = dir.join(format!("search-{scale}-{count}x{their}.db"));
    let started = Instant::now();
    let (db, imported) = build_file(
        &path,
        &Spec::scaled(scale),
        &Others {
            count,
            scale: their,
        },
    )
    .expect("build the federated dataset");
    if !imported.is_empty() {
        println!(
            "built {} with {} other assemblies in {:.0} s",
            path.display(),
            imported.len(),
            started.elapsed().as_secs_f64()
        );
    }
    if imported.is_empty() {
        println!(
            "opened {} in {:.1} s (migrations included, if any were due)",
            path.display(),
            started.elapsed().as_secs_f64()
        );
    }
    describe(&db);

    let queries = queries(&db);
    let one: Uuid = db
        .conn()
        .query_row(
            "SELECT id FROM assemblies WHERE is_local = 0 ORDER BY code LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap_or_else(|_| db.local_id().expect("the local assembly"));
    println!("search: one page of 20 hits, {rounds} rounds of each query (budget p99 < 20 ms):");
    let mut all = Vec::new();
    for (label, text) in &queries {
        for (scope, assembly) in [("all", None), ("one", Some(one))] {
            let q = SearchQuery {
                text: text.clone(),
                assembly,
                offset: 0,
                limit: Some(20),
            };
            let r = db.search(&q).expect("search");
            let times = time(rounds, || {
                db.search(&q).expect("search");
            });
            report(
                &format!(
                    "{label:<22} {scope:<3} {:>5}{} matches",
                    r.total,
                    if r.total_is_lower_bound { "+" } else { " " }
                ),
                &times,
            );
            all.extend(times);
        }
    }
    report("every search above", &all);

    let db = &db;
    let wgs: Vec<Uuid> = sample(db, "SELECT id FROM working_groups ORDER BY id", 20);
    let times = time(rounds, {
        let mut i = 0;
        move || {
            db.wg_namesakes(wgs[i % wgs.len()]).expect("wg namesakes");
            i += 1;
        }
    });
    report("wg_namesakes (20 WGs)", &times);
    let proposals: Vec<Uuid> = sample(db, "SELECT id FROM proposals ORDER BY id", 20);
    let times = time(rounds, {
        let mut i = 0;
        move || {
            db.proposal_namesakes(proposals[i % proposals.len()])
                .expect("proposal namesakes");
            i += 1;
        }
    });
    report("proposal_namesakes (20)", &times);
    let ours: Vec<Uuid> = sample(
        db,
        "SELECT p.id FROM proposals p JOIN assemblies a ON a.id = p.origin AND a.is_local ORDER BY p.id",
        20,
    );
    let times = time(rounds, {
        let mut i = 0;
        move || {
            db.proposal_namesakes(ours[i % ours.len()])
                .expect("proposal namesakes");
            i += 1;
        }
    });
    report("proposal_namesakes (20 of ours)", &times);
    let times = time(rounds, || {
        db.who_works_on_what(&OriginFilter::default(), &PageRequest::first(10))
            .expect("who works on what");
    });
    report("who_works_on_what (first 10 rows)", &times);
    let mut req = PageRequest::first(10);
    for _ in 0..5 {
        let page = db
            .who_works_on_what(&OriginFilter::default(), &req)
            .expect("who works on what");
        match page.next {
            Some(next) => req = PageRequest::after(Some(next), 10),
            None => break,
        }
    }
    let times = time(rounds, || {
        db.who_works_on_what(&OriginFilter::default(), &req)
            .expect("who works on what");
    });
    report("who_works_on_what (a later page of 10)", &times);
}

/// What is indexed, and the index's size.
fn describe(db: &Db) {
    let c = db.conn();
    let mut st = c
        .prepare("SELECT kind, count(*) FROM search_docs GROUP BY kind ORDER BY kind")
        .expect("kinds");
    let kinds: Vec<String> = st
        .query_map([], |r| {
            Ok(format!(
                "{} {}",
                r.get::<_, i64>(1)?,
                r.get::<_, String>(0)?
            ))
        })
        .expect("kinds")
        .collect::<rusqlite::Result<_>>()
        .expect("kinds");
    let bytes: i64 = c
        .query_row(
            "SELECT (SELECT coalesce(sum(length(block)), 0) FROM search_fts_data)
                  + (SELECT coalesce(sum(length(sz)), 0) FROM search_fts_docsize)",
            [],
            |r| r.get(0),
        )
        .expect("size");
    let titles: i64 = c
        .query_row(
            "SELECT (SELECT coalesce(sum(length(block)), 0) FROM search_titles_data)
                  + (SELECT coalesce(sum(length(sz)), 0) FROM search_titles_docsize)",
            [],
            |r| r.get(0),
        )
        .expect("size");
    let namesakes: i64 = c
        .query_row(
            "SELECT (SELECT coalesce(sum(length(block)), 0) FROM namesake_wgs_data)
                  + (SELECT coalesce(sum(length(sz)), 0) FROM namesake_wgs_docsize)
                  + (SELECT coalesce(sum(length(block)), 0) FROM namesake_proposals_data)
                  + (SELECT coalesce(sum(length(sz)), 0) FROM namesake_proposals_docsize)",
            [],
            |r| r.get(0),
        )
        .expect("size");
    let assemblies: i64 = c
        .query_row("SELECT count(*) FROM assemblies", [], |r| r.get(0))
        .expect("assemblies");
    println!(
        "indexed, over {assemblies} assemblies: {}; the index holds {:.1} MB, the titles' index {:.1} MB, the namesake indexes {:.1} MB",
        kinds.join(", "),
        bytes as f64 / 1e6,
        titles as f64 / 1e6,
        namesakes as f64 / 1e6
    );
}

/// Queries from the index's own terms: the most common, middling and rare, two words, and
/// the start of a word being typed (3 letters, 5 and 7 — read from the term list as the
/// words they start, 0027 —, and 5 after a whole word).
fn queries(db: &Db) -> Vec<(String, String)> {
    let terms: Vec<(String, i64)> = db
        .conn()
        .prepare(
            "SELECT term, doc FROM search_terms WHERE length(term) BETWEEN 4 AND 31 AND term GLOB '[a-z]*' ORDER BY doc DESC, term",
        )
        .expect("terms")
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .expect("terms")
        .collect::<rusqlite::Result<_>>()
        .expect("terms");
    assert!(terms.len() >= 10, "the index has too few terms to measure");
    let at = |f: f64| terms[((terms.len() - 1) as f64 * f) as usize].clone();
    let (common, _) = at(0.0);
    // The next most common word when the vocabulary is small (the generated one has a
    // few hundred words: "this this" would be one word twice).
    let (second, _) = match at(0.001) {
        (w, _) if w == common => terms[1].clone(),
        other => other,
    };
    let (middling, _) = at(0.1);
    let (rare, _) = at(0.9);
    let prefix: String = common.chars().take(3).collect();
    // Prefixes of up to 4 characters are read from the index's prefix indexes (0025);
    // a longer one is the merge of every word it starts: the most common long word's
    // first 5 letters.
    let longest = terms
        .iter()
        .find(|(t, _)| t.chars().count() >= 7)
        .map_or_else(|| common.clone(), |(t, _)| t.clone());
    let long: String = longest.chars().take(5).collect();
    let longer: String = longest.chars().take(7).collect();
    vec![
        ("most common term".into(), format!("{common} ")),
        ("middling term".into(), format!("{middling} ")),
        ("rare term".into(), format!("{rare} ")),
        ("two common terms".into(), format!("{common} {second} ")),
        ("common + rare".into(), format!("{common} {rare} ")),
        ("typing a prefix".into(), prefix),
        ("typing a longer prefix".into(), long.clone()),
        ("typing 7 letters".into(), longer),
        ("a word, then typing".into(), format!("{middling} {long}")),
        ("no such word".into(), "zzyzxq ".into()),
    ]
}

fn sample(db: &Db, sql: &str, n: usize) -> Vec<Uuid> {
    let all: Vec<Uuid> = db
        .conn()
        .prepare(sql)
        .expect("sample")
        .query_map([], |r| r.get(0))
        .expect("sample")
        .collect::<rusqlite::Result<_>>()
        .expect("sample");
    let step = (all.len() / n).max(1);
    all.into_iter().step_by(step).take(n).collect()
}

fn time(rounds: usize, mut f: impl FnMut()) -> Vec<Duration> {
    f(); // warm-up: statements prepared, pages cached
    (0..rounds)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect()
}

fn report(label: &str, times: &[Duration]) {
    let mut t = times.to_vec();
    t.sort();
    let q = |p: f64| t[(((t.len() - 1) as f64) * p).round() as usize];
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "  {label:<44} p50 {:>7.2} ms  p99 {:>7.2} ms  max {:>7.2} ms",
        ms(q(0.5)),
        ms(q(0.99)),
        ms(*t.last().expect("rounds"))
    );
}
