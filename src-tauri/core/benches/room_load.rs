//! The room under load (issue 14, item 5; architecture.md, "Budgets"): 1,000 participants'
//! pages connected to `/events`, 100 hand requests a second for 60 s, and the
//! stack-keeper's laptop working meanwhile — over real sockets on the loopback, against
//! the room's real server (`room::server`) on a database file as shipped (WAL,
//! `synchronous=FULL`) holding the demo, its GA 4 opened with its first item under way.
//! Run (docs/PERFORMANCE.md):
//!
//! ```text
//! scripts/bench-room          # = cargo bench -p plenary-core --bench room_load
//! ```
//!
//! - **Pages**: 1,000 phones, each with its device cookie, follow the Server-Sent Events
//!   and note when each snapshot (its `seq`) arrives.
//! - **Hands**: those phones raise hands at 100 requests a second in all (each phone
//!   every 10 s; one whose hand is still pending withdraws it first, as the page lets it).
//! - **The stack-keeper** (a paired session, its own keep-alive connection) every 250 ms
//!   reads the pending hands and accepts the oldest, and every fourth time gives the floor
//!   to the next speaker: every one of its writes changes the stack, which every page must
//!   then be sent.
//!
//! It prints: requests sent and answered (none may be lost: every raise answered 200, and
//! the database holds exactly the requests answered), the time from the stack-keeper
//! pressing the key to each page receiving the change (p50/p99/max over every change ×
//! every page; budget p99 < 250 ms), the stack-keeper's own round trips (budget p99 <
//! 16 ms) and the load average. It stops by itself (`PLENARY_ROOM_SECONDS`, default 60;
//! `PLENARY_ROOM_PAGES`, default 1000; `PLENARY_ROOM_RATE`, default 100 a second).
//!
//! The pages and the server share the machine (and its two cores): the clients' own work
//! is counted against the server. The process raises its soft limit of open files to
//! the hard limit (two sockets a page, one end each side).

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use plenary_core::room::server::{self, Limits, Room};
use plenary_core::room::Role;
use plenary_core::{Actor, Db};
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

fn env_or(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Raises the soft limit of open files to the hard one (1,000 pages need 2,000+ sockets).
fn raise_fd_limit() -> libc::rlim_t {
    let mut lim = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit/setrlimit only read and write the struct we pass.
    unsafe {
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut lim) == 0 {
            lim.rlim_cur = lim.rlim_max;
            libc::setrlimit(libc::RLIMIT_NOFILE, &lim);
            libc::getrlimit(libc::RLIMIT_NOFILE, &mut lim);
        }
    }
    lim.rlim_cur
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "unknown".into())
}

/// One HTTP/1.1 request on `conn` (kept alive); the status and the JSON body.
async fn request(
    conn: &mut TcpStream,
    path: &str,
    headers: &str,
    body: &str,
) -> std::io::Result<(u16, Value)> {
    let req = format!(
        "POST {path} HTTP/1.1\r\nHost: room\r\nContent-Type: application/json\r\n{headers}Content-Length: {}\r\n\r\n{body}",
        body.len()
    );
    conn.write_all(req.as_bytes()).await?;
    let mut buf = Vec::with_capacity(4096);
    let mut chunk = [0u8; 8192];
    loop {
        let n = conn.read(&mut chunk).await?;
        if n == 0 {
            return Err(std::io::Error::other("the server closed the connection"));
        }
        buf.extend_from_slice(&chunk[..n]);
        let Some(end) = find(&buf, b"\r\n\r\n") else {
            continue;
        };
        let head = String::from_utf8_lossy(&buf[..end]).to_ascii_lowercase();
        let status: u16 = head
            .get(9..12)
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| std::io::Error::other("no status line"))?;
        let length: usize = head
            .lines()
            .find_map(|l| l.strip_prefix("content-length:"))
            .and_then(|v| v.trim().parse().ok())
            .ok_or_else(|| std::io::Error::other("no content-length"))?;
        while buf.len() < end + 4 + length {
            let n = conn.read(&mut chunk).await?;
            if n == 0 {
                return Err(std::io::Error::other("the body was cut short"));
            }
            buf.extend_from_slice(&chunk[..n]);
        }
        let body = serde_json::from_slice(&buf[end + 4..end + 4 + length]).unwrap_or(Value::Null);
        return Ok((status, body));
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// A page: follows `/events` and notes when each snapshot (`"seq":N`) arrives.
async fn page(
    address: SocketAddr,
    device: String,
    start: Instant,
    ready: Arc<AtomicU64>,
) -> std::io::Result<Vec<(i64, Duration)>> {
    let mut conn = TcpStream::connect(address).await?;
    conn.write_all(
        format!("GET /events HTTP/1.1\r\nHost: room\r\nCookie: plenary_device={device}\r\n\r\n")
            .as_bytes(),
    )
    .await?;
    let mut seen = Vec::new();
    let mut buf: Vec<u8> = Vec::with_capacity(16 * 1024);
    let mut chunk = vec![0u8; 16 * 1024];
    let mut counted = false;
    loop {
        let n = conn.read(&mut chunk).await?;
        if n == 0 {
            return Ok(seen);
        }
        let at = start.elapsed();
        buf.extend_from_slice(&chunk[..n]);
        // Every complete `"seq":N,` in what arrived; the rest waits for more bytes.
        let mut consumed = 0;
        while let Some(i) = find(&buf[consumed..], b"\"seq\":") {
            let from = consumed + i + 6;
            let Some(len) = buf[from..]
                .iter()
                .position(|b| !b.is_ascii_digit() && *b != b'-')
            else {
                break;
            };
            let seq: i64 = std::str::from_utf8(&buf[from..from + len])
                .ok()
                .and_then(|s| s.parse().ok())
                .unwrap_or(-1);
            seen.push((seq, at));
            consumed = from + len;
            if !counted {
                counted = true;
                ready.fetch_add(1, Ordering::SeqCst);
            }
        }
        if find(&buf[consumed..], b"event: closed").is_some() {
            return Ok(seen);
        }
        // Keep a tail that may hold the start of the next `"seq":`.
        let keep_from = consumed.max(buf.len().saturating_sub(32));
        buf.drain(..keep_from);
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let i = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[i]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

#[derive(Default)]
struct Hands {
    raised: AtomicU64,
    withdrawn: AtomicU64,
    refused: AtomicU64,
    failed: AtomicU64,
}

fn main() {
    let pages = env_or("PLENARY_ROOM_PAGES", 1000) as usize;
    let rate = env_or("PLENARY_ROOM_RATE", 100).max(1);
    let seconds = env_or("PLENARY_ROOM_SECONDS", 60);
    let files = raise_fd_limit();
    println!(
        "room load: {pages} pages, {rate} hand requests/s for {seconds} s (open files allowed: {files})"
    );

    // The demo's GA 4, opened, its first item under way, in a database file as shipped.
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut db = Db::open(&dir.path().join("room.db")).expect("the database");
    plenary_core::demo::fill(&mut db).expect("the demo");
    let meeting = db.resolve_meeting("4").expect("GA 4");
    db.open_meeting(Actor::Facilitator, meeting)
        .expect("GA 4 opened");
    let item = db.meeting_detail(meeting).expect("GA 4").agenda[0].id;
    db.start_item(Actor::Facilitator, item)
        .expect("item started");
    let db = Arc::new(Mutex::new(db));
    // Every page is on the loopback's one address: no limit per address (a room's phones
    // each have their own); the limit per device stays.
    let limits = Limits {
        per_address: None,
        ..Limits::default()
    };
    let room = Room::new(db.clone(), meeting, limits).expect("the room");
    let code = room.new_code(Role::StackKeeper).expect("a code").code;

    // The server on a runtime of its own (as the app's), the clients on another.
    let server_rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("room-server")
        .enable_all()
        .build()
        .expect("the server's runtime");
    let serving = server_rt
        .block_on(server::serve(
            room.clone(),
            SocketAddr::from(([127, 0, 0, 1], 0)),
        ))
        .expect("serving");
    let address = serving.address;
    let client_rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("room-clients")
        .enable_all()
        .build()
        .expect("the clients' runtime");

    let start = Instant::now();
    let devices: Vec<String> = (0..pages)
        .map(|i| format!("{:032x}", 0xbe00_0000u64 + i as u64))
        .collect();
    let report = client_rt.block_on(async {
        // The pages connect.
        let ready = Arc::new(AtomicU64::new(0));
        let mut page_tasks = Vec::with_capacity(pages);
        for d in &devices {
            page_tasks.push(tokio::spawn(page(address, d.clone(), start, ready.clone())));
        }
        while ready.load(Ordering::SeqCst) < pages as u64 {
            if start.elapsed() > Duration::from_secs(60) {
                panic!(
                    "only {} of {pages} pages connected within a minute",
                    ready.load(Ordering::SeqCst)
                );
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        let connected_in = start.elapsed();
        println!("{pages} pages connected in {}", ms(connected_in));

        // The stack-keeper pairs.
        let mut keeper = TcpStream::connect(address)
            .await
            .expect("the keeper connects");
        keeper.set_nodelay(true).ok();
        let (status, paired) = request(
            &mut keeper,
            "/pair",
            "",
            &format!("{{\"code\":\"{code}\"}}"),
        )
        .await
        .expect("pairing");
        assert_eq!(status, 200, "pairing refused: {paired}");
        let auth = format!(
            "Authorization: Bearer {}\r\n",
            paired["token"].as_str().expect("a token")
        );

        let run_for = Duration::from_secs(seconds);
        let load_start = Instant::now();
        // Hands: `rate` a second, each phone in turn.
        let hands = Arc::new(Hands::default());
        let raiser = {
            let hands = hands.clone();
            let devices = devices.clone();
            tokio::spawn(async move {
                let mut tick = tokio::time::interval(Duration::from_micros(1_000_000 / rate));
                let mut tasks = Vec::new();
                let mut n = 0usize;
                while load_start.elapsed() < run_for {
                    tick.tick().await;
                    let device = devices[n % devices.len()].clone();
                    let name = format!("P{n} Person");
                    n += 1;
                    let hands = hands.clone();
                    tasks.push(tokio::spawn(async move {
                        let cookie = format!("Cookie: plenary_device={device}\r\n");
                        let body = format!("{{\"name\":\"{name}\",\"kind\":\"speak\"}}");
                        let Ok(mut c) = TcpStream::connect(address).await else {
                            hands.failed.fetch_add(1, Ordering::SeqCst);
                            return;
                        };
                        match request(&mut c, "/api/raise_hand", &cookie, &body).await {
                            Ok((200, _)) => {
                                hands.raised.fetch_add(1, Ordering::SeqCst);
                            }
                            // Its hand from before still waits: withdraw it, raise again.
                            Ok((409, _)) => {
                                let w = request(&mut c, "/api/withdraw_hand", &cookie, "{}").await;
                                let r = request(&mut c, "/api/raise_hand", &cookie, &body).await;
                                // (The withdrawal may be refused: the stack-keeper
                                // accepted that hand meanwhile. The raise counts.)
                                if matches!(w, Ok((200, _))) {
                                    hands.withdrawn.fetch_add(1, Ordering::SeqCst);
                                }
                                match r {
                                    Ok((200, _)) => {
                                        hands.raised.fetch_add(1, Ordering::SeqCst);
                                    }
                                    _ => {
                                        hands.refused.fetch_add(1, Ordering::SeqCst);
                                    }
                                }
                            }
                            Ok((s, b)) => {
                                hands.refused.fetch_add(1, Ordering::SeqCst);
                                eprintln!("raise_hand refused: {s} {b}");
                            }
                            Err(e) => {
                                hands.failed.fetch_add(1, Ordering::SeqCst);
                                eprintln!("raise_hand failed: {e}");
                            }
                        }
                    }));
                }
                for t in tasks {
                    let _ = t.await;
                }
                n
            })
        };

        // The stack-keeper: every 250 ms the oldest hand onto the stack; every fourth
        // time the floor to the next. Each write's journal seq, and when the key went.
        let mut round_trips: Vec<Duration> = Vec::new();
        let mut changes: Vec<(i64, Duration)> = Vec::new();
        let mut tick = tokio::time::interval(Duration::from_millis(250));
        let mut turn = 0u64;
        let mut raced = 0u64;
        let item_s = item.to_string();
        while load_start.elapsed() < run_for {
            tick.tick().await;
            turn += 1;
            let t = Instant::now();
            let (s, pending) = request(&mut keeper, "/api/get_pending_hands", &auth, "{}")
                .await
                .expect("get_pending_hands");
            round_trips.push(t.elapsed());
            assert_eq!(s, 200, "{pending}");
            let write = if turn.is_multiple_of(4) {
                Some(("/api/stack_next", format!("{{\"item\":\"{item_s}\"}}")))
            } else {
                pending["hands"][0]["id"]
                    .as_str()
                    .map(|h| ("/api/accept_hand", format!("{{\"hand\":\"{h}\"}}")))
            };
            let Some((path, body)) = write else { continue };
            let pressed = start.elapsed();
            let t = Instant::now();
            let (s, answer) = request(&mut keeper, path, &auth, &body)
                .await
                .expect("the stack-keeper's action");
            round_trips.push(t.elapsed());
            // The phone withdrew that hand between the read and the accept (it raises
            // again): refused as the stack-keeper's screen would be, nothing changed.
            if s == 409 && path == "/api/accept_hand" {
                raced += 1;
                continue;
            }
            assert_eq!(s, 200, "{path}: {answer}");
            let seq: i64 = db
                .lock()
                .expect("the database")
                .conn()
                .query_row(
                    "SELECT max(seq) FROM journal WHERE actor = 'stack-keeper'",
                    [],
                    |r| r.get(0),
                )
                .expect("the journal");
            changes.push((seq, pressed));
        }
        let requested = raiser.await.expect("the hands");
        let load_time = load_start.elapsed();
        let load = load_average();
        // Let the last change reach every page, then close the room: the pages end.
        tokio::time::sleep(Duration::from_secs(2)).await;
        room.stop();
        let mut seen = Vec::with_capacity(pages);
        for t in page_tasks {
            seen.push(t.await.expect("a page").expect("a page's stream"));
        }
        (
            requested,
            hands,
            round_trips,
            changes,
            raced,
            seen,
            load_time,
            load,
        )
    });
    let (requested, hands, mut round_trips, changes, raced, seen, load_time, load) = report;

    // Every change, at every page: the first snapshot with its seq or later.
    let mut delays = Vec::with_capacity(changes.len() * pages);
    let mut missed = 0u64;
    for events in &seen {
        let first_at: BTreeMap<i64, Duration> =
            events.iter().fold(BTreeMap::new(), |mut m, (s, at)| {
                m.entry(*s).or_insert(*at);
                m
            });
        for (seq, pressed) in &changes {
            match first_at.range(*seq..).next() {
                Some((_, at)) => delays.push(at.saturating_sub(*pressed)),
                None => missed += 1,
            }
        }
    }
    delays.sort();
    round_trips.sort();
    let stored: i64 = db
        .lock()
        .expect("the database")
        .conn()
        .query_row(
            "SELECT count(*) FROM hand_requests WHERE meeting_id = ?1",
            [meeting],
            |r| r.get(0),
        )
        .expect("the hand requests");
    let raised = hands.raised.load(Ordering::SeqCst);
    let events: usize = seen.iter().map(Vec::len).sum();

    println!(
        "hands: {requested} requests in {:.1} s ({:.1}/s): {raised} raised (answered 200; {} after withdrawing the one still pending), {} refused, {} failed; {stored} in the database",
        load_time.as_secs_f64(),
        requested as f64 / load_time.as_secs_f64(),
        hands.withdrawn.load(Ordering::SeqCst),
        hands.refused.load(Ordering::SeqCst),
        hands.failed.load(Ordering::SeqCst),
    );
    println!(
        "stack changes by the stack-keeper: {} ({raced} accepts refused: the hand withdrawn meanwhile); pages' events received: {events}; a change reaching every page: p50 {} p99 {} max {} ({} samples, {missed} never arrived)",
        changes.len(),
        ms(percentile(&delays, 0.50)),
        ms(percentile(&delays, 0.99)),
        ms(delays.last().copied().unwrap_or_default()),
        delays.len(),
    );
    println!(
        "the stack-keeper's round trips: p50 {} p99 {} max {} ({} requests)",
        ms(percentile(&round_trips, 0.50)),
        ms(percentile(&round_trips, 0.99)),
        ms(round_trips.last().copied().unwrap_or_default()),
        round_trips.len(),
    );
    println!("load average at the end of the load: {load}");
    let lost = raised as i64 != stored
        || hands.refused.load(Ordering::SeqCst) > 0
        || hands.failed.load(Ordering::SeqCst) > 0
        || missed > 0;
    let budgets = percentile(&delays, 0.99) < Duration::from_millis(250)
        && percentile(&round_trips, 0.99) < Duration::from_millis(16);
    println!(
        "verdict: {} lost; budgets (p99 < 250 ms to every page, stack-keeper p99 < 16 ms) {}",
        if lost { "SOME" } else { "none" },
        if budgets { "held" } else { "MISSED" }
    );
    drop(serving);
    server_rt.shutdown_timeout(Duration::from_secs(1));
    if lost {
        std::process::exit(1);
    }
}
