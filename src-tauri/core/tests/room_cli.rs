//! `plenary room serve` run as a program, spoken to over a real socket: it prints the
//! address and pairing codes, a phone raises a hand, a paired stack-keeper accepts it, the
//! change is in the database file, and the server ends by itself when another process
//! closes the meeting. A closed meeting is not served.
#![cfg(feature = "room-server")]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, ChildStdout, Command, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

fn plenary(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_plenary"))
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .unwrap()
}

fn ok(db: &Path, args: &[&str]) -> String {
    let out = plenary(db, args);
    assert!(
        out.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// One HTTP/1.1 request on its own connection: status, headers (lower-case names), body.
fn http(
    addr: &str,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: Option<Value>,
) -> (u16, Vec<(String, String)>, String) {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    let body = body.map(|b| b.to_string()).unwrap_or_default();
    let mut req = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    if !body.is_empty() {
        req.push_str("Content-Type: application/json\r\n");
    }
    req.push_str(&format!("Content-Length: {}\r\n\r\n{body}", body.len()));
    s.write_all(req.as_bytes()).unwrap();
    let mut raw = String::new();
    s.read_to_string(&mut raw).unwrap();
    let (head, body) = raw.split_once("\r\n\r\n").unwrap();
    let mut lines = head.lines();
    let status = lines
        .next()
        .unwrap()
        .split(' ')
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    (status, headers, body.to_string())
}

fn json_of(body: &str) -> Value {
    serde_json::from_str(body).unwrap_or_else(|e| panic!("not JSON ({e}): {body}"))
}

struct Server {
    child: Child,
    out: BufReader<ChildStdout>,
    addr: String,
    keeper_code: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve(db: &Path) -> Server {
    serve_with(db, &[])
}

fn serve_with(db: &Path, extra: &[&str]) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .arg("--db")
        .arg(db)
        .args(["room", "serve", "--meeting", "1", "--bind", "127.0.0.1"])
        .args(extra)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    out.read_line(&mut line).unwrap();
    let addr = line
        .trim()
        .strip_prefix("The room of TST-GA-1 is open at http://")
        .and_then(|a| a.strip_suffix('/'))
        .unwrap_or_else(|| panic!("first line: {line:?}"))
        .to_string();
    let mut keeper_code = String::new();
    // The codes, one per role (after the team's address when a UI is served).
    loop {
        line.clear();
        out.read_line(&mut line).unwrap();
        if let Some(code) = line
            .trim()
            .strip_prefix("Pairing code for a stack-keeper: ")
        {
            keeper_code = code.split(' ').next().unwrap().to_string();
        }
        if line.starts_with("Pairing code for a minute-taker") || line.is_empty() {
            break;
        }
    }
    assert_eq!(keeper_code.len(), 6, "no stack-keeper code printed");
    Server {
        child,
        out,
        addr,
        keeper_code,
    }
}

/// A GA of today, opened, its one item under way.
fn open_ga(db: &Path) {
    ok(db, &["init", "--name", "Test Assembly", "--code", "TST"]);
    let today = chrono::Local::now().date_naive().to_string();
    ok(db, &["meeting", "new", "--date", &today]);
    ok(
        db,
        &[
            "agenda",
            "add",
            "--meeting",
            "1",
            "--kind",
            "discussion",
            "--title",
            "Tents",
        ],
    );
    ok(db, &["meeting", "open", "1"]);
    ok(db, &["agenda", "start", "1.1"]);
}

#[test]
fn room_serve_serves_the_meeting_until_it_closes() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.db");
    open_ga(&db);

    let mut server = serve(&db);
    let addr = server.addr.clone();

    // The page, with its strict policy and a device cookie.
    let (status, headers, page) = http(&addr, "GET", "/", &[], None);
    assert_eq!(status, 200);
    assert!(page.contains("Raise my hand"), "{page}");
    let header = |name: &str| {
        headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    assert!(header("content-security-policy").contains("default-src 'none'"));
    let cookie = header("set-cookie");
    let cookie = cookie.split(';').next().unwrap().to_string();
    assert!(cookie.starts_with("plenary_device="), "{cookie}");

    // The phone raises a hand.
    let (status, _, body) = http(
        &addr,
        "POST",
        "/api/raise_hand",
        &[("Cookie", &cookie)],
        Some(json!({"name": "Sam Whitfield", "kind": "clarifying"})),
    );
    assert_eq!(status, 200, "{body}");
    assert_eq!(json_of(&body)["state"], "pending");

    // Without pairing, nothing of the team's.
    let (status, _, body) = http(
        &addr,
        "POST",
        "/api/get_pending_hands",
        &[("Cookie", &cookie)],
        Some(json!({})),
    );
    assert_eq!(status, 403, "{body}");

    // The stack-keeper's laptop pairs with the printed code (once) and accepts the hand.
    let code = server.keeper_code.clone();
    let (status, _, body) = http(&addr, "POST", "/pair", &[], Some(json!({"code": code})));
    assert_eq!(status, 200, "{body}");
    let token = format!("Bearer {}", json_of(&body)["token"].as_str().unwrap());
    let (status, _, _) = http(&addr, "POST", "/pair", &[], Some(json!({"code": code})));
    assert_eq!(status, 403, "a pairing code served twice");
    let (_, _, body) = http(
        &addr,
        "POST",
        "/api/get_pending_hands",
        &[("Authorization", &token)],
        Some(json!({})),
    );
    let hand = json_of(&body)["hands"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let (status, _, body) = http(
        &addr,
        "POST",
        "/api/accept_hand",
        &[("Authorization", &token)],
        Some(json!({"hand": hand})),
    );
    assert_eq!(status, 200, "{body}");

    // It is in the database file, for any other process.
    let shown = ok(&db, &["stack", "show", "--item", "1.1", "--json"]);
    assert!(shown.contains("Sam Whitfield"), "{shown}");

    // Enter prints new codes.
    server
        .child
        .stdin
        .as_mut()
        .unwrap()
        .write_all(b"\n")
        .unwrap();
    let mut line = String::new();
    server.out.read_line(&mut line).unwrap(); // "Press Enter …"
    line.clear();
    server.out.read_line(&mut line).unwrap();
    assert!(
        line.starts_with("Pairing code for a stack-keeper: "),
        "{line}"
    );

    // Another process closes the meeting: the server sees it and ends by itself.
    ok(&db, &["meeting", "close", "1"]);
    let deadline = Instant::now() + Duration::from_secs(30);
    let status = loop {
        if let Some(status) = server.child.try_wait().unwrap() {
            break status;
        }
        assert!(Instant::now() < deadline, "the server did not stop");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success());
    let mut rest = String::new();
    server.out.read_to_string(&mut rest).unwrap();
    assert!(rest.contains("TST-GA-1 has closed"), "{rest}");

    // A closed meeting is not served.
    let out = plenary(
        &db,
        &["room", "serve", "--meeting", "1", "--bind", "127.0.0.1"],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("TST-GA-1 is closed"), "{err}");
}

#[test]
fn room_serve_with_a_ui_build_serves_it_to_team_devices() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.db");
    open_ga(&db);
    let ui = dir.path().join("dist");
    std::fs::create_dir_all(ui.join("assets")).unwrap();
    std::fs::write(
        ui.join("index.html"),
        "<!doctype html><title>Plenary team</title>",
    )
    .unwrap();
    std::fs::write(ui.join("assets/app-1.js"), "export {}").unwrap();

    let server = serve_with(&db, &["--ui", ui.to_str().unwrap()]);
    assert_eq!(server.keeper_code.len(), 6);
    let (status, headers, page) = http(&server.addr, "GET", "/team", &[], None);
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("Plenary team"), "{page}");
    let csp = headers
        .iter()
        .find(|(k, _)| k == "content-security-policy")
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    assert!(csp.contains("connect-src 'self'"), "{csp}");
    let (status, _, js) = http(&server.addr, "GET", "/assets/app-1.js", &[], None);
    assert_eq!((status, js.as_str()), (200, "export {}"));
    drop(server);

    // A folder that is not a build of the UI: refused before anything is served.
    let out = plenary(
        &db,
        &[
            "room",
            "serve",
            "--meeting",
            "1",
            "--bind",
            "127.0.0.1",
            "--ui",
            dir.path().to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("not a build of the app's UI"), "{err}");
}
