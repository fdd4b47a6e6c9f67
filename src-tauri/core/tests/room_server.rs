//! The room's HTTP server, request by request (tower's `oneshot` on the real router) and
//! on a real loopback socket: the participants' flow, pairing, and every hostile request
//! refused clearly with nothing changed (a full dump before and after).
#![cfg(feature = "room-server")]

mod common;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Body;
use axum::extract::connect_info::MockConnectInfo;
use axum::http::{header, Request, StatusCode};
use http_body_util::BodyExt;
use plenary_core::agenda::NewAgendaItem;
use plenary_core::meeting::NewMeeting;
use plenary_core::room::server::{self, Limits, Room};
use plenary_core::room::Role;
use plenary_core::{Actor, Db};
use serde_json::{json, Value};
use tower::ServiceExt;
use uuid::Uuid;

struct Fixture {
    db: Arc<Mutex<Db>>,
    room: Arc<Room>,
    item: Uuid,
    meeting: Uuid,
}

fn fixture(limits: Limits) -> Fixture {
    let mut db = common::db();
    let today = chrono::Local::now().date_naive().to_string();
    let m = db
        .new_meeting(
            Actor::Facilitator,
            &NewMeeting {
                date: today,
                ..Default::default()
            },
        )
        .unwrap();
    let item = db
        .add_agenda_item(
            Actor::Facilitator,
            &NewAgendaItem {
                meeting: m.reference.clone(),
                kind: "discussion".into(),
                title: "Tents".into(),
                ..Default::default()
            },
        )
        .unwrap()
        .id;
    db.open_meeting(Actor::Facilitator, m.id).unwrap();
    db.start_item(Actor::Facilitator, item).unwrap();
    db.stack_add(
        Actor::StackKeeper,
        item,
        "Kim Lee",
        plenary_core::stack::EntryKind::Speak,
        false,
    )
    .unwrap();
    let db = Arc::new(Mutex::new(db));
    let room = Room::new(db.clone(), m.id, limits).unwrap();
    Fixture {
        db,
        room,
        item,
        meeting: m.id,
    }
}

fn dump(f: &Fixture) -> String {
    common::dump(&f.db.lock().unwrap())
}

struct Answer {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: Value,
}

async fn send(f: &Fixture, req: Request<Body>) -> Answer {
    let app = server::router(f.room.clone()).layer(MockConnectInfo(std::net::SocketAddr::from((
        [192, 168, 1, 20],
        50000,
    ))));
    let res = app.oneshot(req).await.unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let bytes = res.into_body().collect().await.unwrap().to_bytes();
    let body = serde_json::from_slice(&bytes)
        .unwrap_or(Value::String(String::from_utf8_lossy(&bytes).into()));
    Answer {
        status,
        headers,
        body,
    }
}

fn json_req(method: &str, path: &str, body: Value, extra: &[(&str, &str)]) -> Request<Body> {
    let mut b = Request::builder()
        .method(method)
        .uri(path)
        .header(header::CONTENT_TYPE, "application/json");
    for (k, v) in extra {
        b = b.header(*k, *v);
    }
    b.body(Body::from(body.to_string())).unwrap()
}

/// The page's cookie, as a browser would send it back.
async fn device(f: &Fixture) -> String {
    let a = send(f, Request::get("/").body(Body::empty()).unwrap()).await;
    assert_eq!(a.status, StatusCode::OK);
    let cookie = a.headers[header::SET_COOKIE].to_str().unwrap();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );
    cookie.split(';').next().unwrap().to_string()
}

async fn pair(f: &Fixture, role: Role) -> String {
    let code = f.room.new_code(role).unwrap().code;
    let a = send(f, json_req("POST", "/pair", json!({"code": code}), &[])).await;
    assert_eq!(a.status, StatusCode::OK, "{:?}", a.body);
    assert_eq!(a.body["role"], role.as_str());
    format!("Bearer {}", a.body["token"].as_str().unwrap())
}

/// The first event of `/events` for this cookie.
async fn first_event(f: &Fixture, cookie: &str) -> Value {
    // What the refresher does after each command when the room is served (`serve`).
    f.room.refresh().unwrap();
    let app = server::router(f.room.clone()).layer(MockConnectInfo(std::net::SocketAddr::from((
        [192, 168, 1, 20],
        50000,
    ))));
    let res = app
        .oneshot(
            Request::get("/events")
                .header(header::COOKIE, cookie)
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(res.headers()[header::CONTENT_TYPE], "text/event-stream");
    let mut body = res.into_body();
    let frame = body.frame().await.unwrap().unwrap().into_data().unwrap();
    let text = String::from_utf8(frame.to_vec()).unwrap();
    let data = text.lines().find_map(|l| l.strip_prefix("data: ")).unwrap();
    assert!(text.starts_with("event: room"), "{text}");
    serde_json::from_str(data).unwrap()
}

#[tokio::test]
async fn a_phone_raises_a_hand_the_paired_stack_keeper_accepts_it_and_the_phone_sees_its_place() {
    let f = fixture(Limits::default());
    let page = send(&f, Request::get("/").body(Body::empty()).unwrap()).await;
    let csp = page.headers[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap();
    assert!(
        csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"),
        "{csp}"
    );
    let phone = device(&f).await;

    let a = send(
        &f,
        json_req(
            "POST",
            "/api/raise_hand",
            json!({"name": "Sam Whitfield", "kind": "speak"}),
            &[("cookie", &phone)],
        ),
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{:?}", a.body);
    assert_eq!(a.body["state"], "pending");

    let keeper = pair(&f, Role::StackKeeper).await;
    let a = send(
        &f,
        json_req(
            "POST",
            "/api/get_pending_hands",
            json!({}),
            &[("authorization", &keeper)],
        ),
    )
    .await;
    assert_eq!(a.body["hands"][0]["name"], "Sam Whitfield", "{:?}", a.body);
    let hand = a.body["hands"][0]["id"].as_str().unwrap().to_string();
    let a = send(
        &f,
        json_req(
            "POST",
            "/api/accept_hand",
            json!({"hand": hand}),
            &[("authorization", &keeper)],
        ),
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{:?}", a.body);
    assert_eq!(
        a.body["waiting"][1]["name"], "Sam Whitfield",
        "{:?}",
        a.body
    );

    // The phone's stream: what the projector shows (first names) and its own place.
    let e = first_event(&f, &phone).await;
    assert_eq!(e["view"]["next"][0]["name"], "Kim");
    assert_eq!(e["view"]["next"][1]["name"], "Sam");
    assert_eq!(e["hand"]["state"], "waiting");
    assert_eq!(e["hand"]["position"], 2);
    assert_eq!(e["hand"]["reason"], "first time speaking today");
    // Another phone sees the same view and no hand.
    let other = device(&f).await;
    assert_ne!(other, phone);
    assert_eq!(first_event(&f, &other).await["hand"], Value::Null);

    // The stack-keeper gives the floor: the phone has it.
    let item = f.item.to_string();
    send(
        &f,
        json_req(
            "POST",
            "/api/stack_next",
            json!({"item": item}),
            &[("authorization", &keeper)],
        ),
    )
    .await;
    let a = send(
        &f,
        json_req(
            "POST",
            "/api/stack_next",
            json!({"item": item}),
            &[("authorization", &keeper)],
        ),
    )
    .await;
    assert_eq!(a.body["speaker"]["name"], "Sam Whitfield", "{:?}", a.body);
    let e = first_event(&f, &phone).await;
    assert_eq!(e["hand"]["state"], "speaking");
    assert_eq!(e["view"]["speaker"]["name"], "Sam");
}

#[tokio::test]
async fn a_phone_withdraws_its_hand_and_may_have_one_pending() {
    let f = fixture(Limits::default());
    let phone = device(&f).await;
    let raise = || {
        json_req(
            "POST",
            "/api/raise_hand",
            json!({"name": "Ana"}),
            &[("cookie", phone.as_str())],
        )
    };
    assert_eq!(send(&f, raise()).await.status, StatusCode::OK);
    let before = dump(&f);
    let a = send(&f, raise()).await;
    assert_eq!(a.status, StatusCode::CONFLICT);
    assert!(
        a.body["message"]
            .as_str()
            .unwrap()
            .contains("already has a hand raised"),
        "{:?}",
        a.body
    );
    assert_eq!(dump(&f), before);
    let a = send(
        &f,
        json_req(
            "POST",
            "/api/withdraw_hand",
            json!({}),
            &[("cookie", &phone)],
        ),
    )
    .await;
    assert_eq!(
        (a.status, a.body["state"].clone()),
        (StatusCode::OK, json!("withdrawn"))
    );
    assert!(f
        .db
        .lock()
        .unwrap()
        .pending_hands(f.meeting)
        .unwrap()
        .hands
        .is_empty());
}

#[tokio::test]
async fn hostile_requests_are_refused_clearly_and_change_nothing() {
    let f = fixture(Limits::default());
    let phone = device(&f).await;
    let minutes = pair(&f, Role::MinuteTaker).await;
    let item = f.item.to_string();
    // Another meeting of the same assembly, which this room must not reach.
    let other =
        f.db.lock()
            .unwrap()
            .new_meeting(
                Actor::Facilitator,
                &NewMeeting {
                    date: "2030-01-01".into(),
                    ..Default::default()
                },
            )
            .unwrap()
            .id;
    let before = dump(&f);
    let cases: Vec<(&str, Request<Body>, StatusCode, &str)> = vec![
        (
            "no token, no device",
            json_req("POST", "/api/stack_next", json!({"item": item}), &[]),
            StatusCode::UNAUTHORIZED,
            "no device id",
        ),
        (
            "a participant calls a team command",
            json_req(
                "POST",
                "/api/stack_next",
                json!({"item": item}),
                &[("cookie", &phone)],
            ),
            StatusCode::FORBIDDEN,
            "a participant may not call stack_next",
        ),
        (
            "a participant accepts a hand",
            json_req(
                "POST",
                "/api/accept_hand",
                json!({"hand": Uuid::now_v7().to_string()}),
                &[("cookie", &phone)],
            ),
            StatusCode::FORBIDDEN,
            "may not call accept_hand",
        ),
        (
            "a participant reads the stack-keeper's list",
            json_req(
                "POST",
                "/api/get_pending_hands",
                json!({}),
                &[("cookie", &phone)],
            ),
            StatusCode::FORBIDDEN,
            "may not call get_pending_hands",
        ),
        (
            "a participant reads another meeting",
            json_req(
                "POST",
                "/api/get_projector_view",
                json!({"meeting": other.to_string()}),
                &[("cookie", &phone)],
            ),
            StatusCode::FORBIDDEN,
            "another meeting",
        ),
        (
            "forged token",
            json_req(
                "POST",
                "/api/stack_next",
                json!({"item": item}),
                &[(
                    "authorization",
                    "Bearer 00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff",
                )],
            ),
            StatusCode::UNAUTHORIZED,
            "not paired",
        ),
        (
            "a forged token beside a phone's cookie",
            json_req(
                "POST",
                "/api/raise_hand",
                json!({"name": "Sam"}),
                &[("authorization", "Bearer nope"), ("cookie", &phone)],
            ),
            StatusCode::UNAUTHORIZED,
            "not paired",
        ),
        (
            "minute-taker calls a stack command",
            json_req(
                "POST",
                "/api/stack_next",
                json!({"item": item}),
                &[("authorization", &minutes)],
            ),
            StatusCode::FORBIDDEN,
            "a minute-taker may not call stack_next",
        ),
        (
            "team calls a phone's command",
            json_req(
                "POST",
                "/api/raise_hand",
                json!({"name": "x"}),
                &[("authorization", &minutes)],
            ),
            StatusCode::FORBIDDEN,
            "may not call raise_hand",
        ),
        (
            "the team reaches another meeting",
            json_req(
                "POST",
                "/api/get_meeting",
                json!({"meeting": other.to_string()}),
                &[("authorization", &minutes)],
            ),
            StatusCode::FORBIDDEN,
            "another meeting",
        ),
        (
            "unknown command",
            json_req(
                "POST",
                "/api/drop_everything",
                json!({}),
                &[("authorization", &minutes)],
            ),
            StatusCode::NOT_FOUND,
            "no room command",
        ),
        (
            "malformed JSON",
            Request::post("/api/raise_hand")
                .header("content-type", "application/json")
                .header("cookie", &phone)
                .body(Body::from("{\"name\": "))
                .unwrap(),
            StatusCode::BAD_REQUEST,
            "not JSON",
        ),
        (
            "JSON that is not an object",
            json_req(
                "POST",
                "/api/raise_hand",
                json!(["Sam"]),
                &[("cookie", &phone)],
            ),
            StatusCode::BAD_REQUEST,
            "JSON object",
        ),
        (
            "wrong field types",
            json_req(
                "POST",
                "/api/raise_hand",
                json!({"name": 7}),
                &[("cookie", &phone)],
            ),
            StatusCode::BAD_REQUEST,
            "invalid arguments",
        ),
        (
            "unknown kind",
            json_req(
                "POST",
                "/api/raise_hand",
                json!({"name": "Sam", "kind": "shout"}),
                &[("cookie", &phone)],
            ),
            StatusCode::BAD_REQUEST,
            "shout",
        ),
        (
            "a form from another site",
            Request::post("/api/raise_hand")
                .header("content-type", "application/x-www-form-urlencoded")
                .header("cookie", &phone)
                .body(Body::from("name=Sam"))
                .unwrap(),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "application/json",
        ),
        (
            "a forged device cookie",
            json_req(
                "POST",
                "/api/raise_hand",
                json!({"name": "Sam"}),
                &[("cookie", "plenary_device=../../etc/passwd")],
            ),
            StatusCode::UNAUTHORIZED,
            "no device id",
        ),
        (
            "oversized body",
            json_req(
                "POST",
                "/api/raise_hand",
                json!({"name": "x".repeat(20_000)}),
                &[("cookie", &phone)],
            ),
            StatusCode::PAYLOAD_TOO_LARGE,
            "could not be read",
        ),
        (
            "a name too long",
            json_req(
                "POST",
                "/api/raise_hand",
                json!({"name": "x".repeat(5_000)}),
                &[("cookie", &phone)],
            ),
            StatusCode::BAD_REQUEST,
            "longer than",
        ),
        (
            "a wrong pairing code",
            json_req("POST", "/pair", json!({"code": "000000x"}), &[]),
            StatusCode::FORBIDDEN,
            "not valid",
        ),
        (
            "a pairing without a code",
            json_req("POST", "/pair", json!({}), &[]),
            StatusCode::BAD_REQUEST,
            "invalid arguments",
        ),
        (
            "a GET on a command",
            Request::get("/api/stack_next")
                .header("cookie", &phone)
                .body(Body::empty())
                .unwrap(),
            StatusCode::METHOD_NOT_ALLOWED,
            "",
        ),
        (
            "no such page",
            Request::get("/etc/passwd").body(Body::empty()).unwrap(),
            StatusCode::NOT_FOUND,
            "no such page",
        ),
    ];
    for (what, req, status, needle) in cases {
        let a = send(&f, req).await;
        assert_eq!(a.status, status, "{what}: {:?}", a.body);
        assert_eq!(dump(&f), before, "{what} changed the database");
        if status == StatusCode::METHOD_NOT_ALLOWED {
            continue;
        }
        let message = a.body["message"]
            .as_str()
            .unwrap_or_else(|| panic!("{what}: no message in {:?}", a.body));
        assert!(message.contains(needle), "{what}: {message}");
        assert!(a.body["kind"].is_string(), "{what}");
        assert_eq!(dump(&f), before, "{what} changed the database");
    }
}

#[tokio::test]
async fn a_pairing_code_is_single_use_expires_and_a_session_can_be_revoked() {
    let f = fixture(Limits {
        code_lifetime: Duration::from_millis(300),
        ..Limits::default()
    });
    let code = f.room.new_code(Role::StackKeeper).unwrap().code;
    let a = send(&f, json_req("POST", "/pair", json!({"code": code}), &[])).await;
    assert_eq!(a.status, StatusCode::OK);
    let token = format!("Bearer {}", a.body["token"].as_str().unwrap());
    // Replayed: refused.
    let a = send(&f, json_req("POST", "/pair", json!({"code": code}), &[])).await;
    assert_eq!(a.status, StatusCode::FORBIDDEN);
    assert!(a.body["message"].as_str().unwrap().contains("already used"));
    // Expired: refused.
    let late = f.room.new_code(Role::MinuteTaker).unwrap().code;
    tokio::time::sleep(Duration::from_millis(400)).await;
    let a = send(&f, json_req("POST", "/pair", json!({"code": late}), &[])).await;
    assert_eq!(a.status, StatusCode::FORBIDDEN);
    assert!(f.room.codes().is_empty());
    // Revoked: the token no longer works.
    let ok = send(
        &f,
        json_req(
            "POST",
            "/api/get_pending_hands",
            json!({}),
            &[("authorization", &token)],
        ),
    )
    .await;
    assert_eq!(ok.status, StatusCode::OK);
    let sessions = f.room.sessions();
    assert_eq!(sessions.len(), 1);
    assert_eq!(sessions[0].role, Role::StackKeeper);
    f.room.revoke(&sessions[0].id).unwrap();
    let a = send(
        &f,
        json_req(
            "POST",
            "/api/get_pending_hands",
            json!({}),
            &[("authorization", &token)],
        ),
    )
    .await;
    assert_eq!(a.status, StatusCode::UNAUTHORIZED);
    assert!(f.room.revoke(&sessions[0].id).is_err());
    // Pairing as host or participant is not possible.
    assert!(f.room.new_code(Role::Host).is_err() && f.room.new_code(Role::Participant).is_err());
}

#[tokio::test]
async fn guessing_codes_voids_every_code_waiting() {
    let f = fixture(Limits {
        per_address: None,
        per_device: (1000.0, 1000.0),
        ..Limits::default()
    });
    let code = f.room.new_code(Role::StackKeeper).unwrap().code;
    for i in 0..server::WRONG_CODES_ALLOWED {
        let wrong = if code == format!("{i:06}") {
            "999999x".to_string()
        } else {
            format!("{i:06}")
        };
        let a = send(&f, json_req("POST", "/pair", json!({"code": wrong}), &[])).await;
        assert_eq!(a.status, StatusCode::FORBIDDEN);
    }
    let a = send(&f, json_req("POST", "/pair", json!({"code": code}), &[])).await;
    assert_eq!(
        a.status,
        StatusCode::FORBIDDEN,
        "the right code still worked after {} guesses",
        server::WRONG_CODES_ALLOWED
    );
}

#[tokio::test]
async fn requests_are_rate_limited_per_device() {
    let f = fixture(Limits::default());
    let phone = device(&f).await;
    let (burst, _) = Limits::default().per_device;
    let mut refused = 0;
    for _ in 0..(burst as usize + 10) {
        let a = send(
            &f,
            Request::get("/")
                .header("cookie", &phone)
                .body(Body::empty())
                .unwrap(),
        )
        .await;
        if a.status == StatusCode::TOO_MANY_REQUESTS {
            assert!(a.body["message"]
                .as_str()
                .unwrap()
                .contains("too many requests"));
            assert_eq!(a.headers[header::RETRY_AFTER], "1");
            refused += 1;
        }
    }
    assert!(refused >= 5, "only {refused} refused");
    // Another device is not held back by this one.
    let other = device(&f).await;
    let a = send(
        &f,
        Request::get("/")
            .header("cookie", &other)
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(a.status, StatusCode::OK);
}

#[tokio::test]
async fn the_team_uis_built_files_are_not_counted_against_a_devices_requests() {
    // Opening the team screen loads some forty built files at once: none may be refused
    // (a burst of 30 was, and the screen failed to load), and the device's own requests
    // are still limited.
    let f = fixture(Limits::default());
    let laptop = device(&f).await;
    let (burst, _) = Limits::default().per_device;
    for i in 0..(burst as usize * 3) {
        let a = send(
            &f,
            Request::get(format!("/assets/chunk-{i}.js"))
                .header("cookie", &laptop)
                .body(Body::empty())
                .unwrap(),
        )
        .await;
        assert_ne!(a.status, StatusCode::TOO_MANY_REQUESTS, "file {i} refused");
    }
    let mut refused = 0;
    for _ in 0..(burst as usize + 10) {
        let a = send(
            &f,
            Request::get("/")
                .header("cookie", &laptop)
                .body(Body::empty())
                .unwrap(),
        )
        .await;
        if a.status == StatusCode::TOO_MANY_REQUESTS {
            refused += 1;
        }
    }
    assert!(refused >= 5, "only {refused} refused");
}

#[tokio::test]
async fn on_a_real_socket_the_room_stops_when_its_meeting_closes() {
    let f = fixture(Limits::default());
    let serving = server::serve(f.room.clone(), "127.0.0.1:0".parse().unwrap())
        .await
        .unwrap();
    let addr = serving.address;
    // A page connected to the stream, over a real TCP connection.
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
    s.write_all(b"GET /events HTTP/1.1\r\nHost: x\r\n\r\n")
        .await
        .unwrap();
    let mut buf = vec![0u8; 65536];
    let n = s.read(&mut buf).await.unwrap();
    let head = String::from_utf8_lossy(&buf[..n]).to_string();
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    // The host writes (as the desktop app does, beside the server): the page is sent the
    // new view without asking.
    let mut all = head;
    f.db.lock()
        .unwrap()
        .stack_add(
            Actor::StackKeeper,
            f.item,
            "Ana Ruiz",
            plenary_core::stack::EntryKind::Speak,
            false,
        )
        .unwrap();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    while !all.contains("\"name\":\"Ana\"") && tokio::time::Instant::now() < deadline {
        let n = tokio::time::timeout(Duration::from_secs(20), s.read(&mut buf))
            .await
            .unwrap()
            .unwrap();
        assert!(n > 0, "the stream ended: {all}");
        all.push_str(&String::from_utf8_lossy(&buf[..n]));
    }
    assert!(all.contains("\"name\":\"Ana\""), "{all}");
    // The meeting closes (from the app, the CLI: any writer): the page is told, the
    // server stops, the port is free.
    f.db.lock()
        .unwrap()
        .close_meeting(Actor::Facilitator, f.meeting)
        .unwrap();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    while !all.contains("event: closed") && tokio::time::Instant::now() < deadline {
        let n = tokio::time::timeout(Duration::from_secs(20), s.read(&mut buf))
            .await
            .unwrap()
            .unwrap();
        if n == 0 {
            break;
        }
        all.push_str(&String::from_utf8_lossy(&buf[..n]));
    }
    assert!(all.contains("event: closed"), "{all}");
    tokio::time::timeout(Duration::from_secs(20), serving.finished())
        .await
        .unwrap();
    assert!(
        std::net::TcpListener::bind(addr).is_ok(),
        "the port is still taken"
    );
}

#[tokio::test]
async fn the_page_its_script_and_style_are_served_and_the_script_sets_text_only() {
    let f = fixture(Limits::default());
    let page = send(&f, Request::get("/").body(Body::empty()).unwrap()).await;
    assert_eq!(
        page.headers[header::CONTENT_TYPE],
        "text/html; charset=utf-8"
    );
    let html = page.body.as_str().unwrap();
    assert!(
        html.contains("aria-live=\"polite\"") && html.contains("Raise my hand"),
        "{html}"
    );
    let js = send(&f, Request::get("/room.js").body(Body::empty()).unwrap()).await;
    assert_eq!(
        js.headers[header::CONTENT_TYPE],
        "text/javascript; charset=utf-8"
    );
    let js = js.body.as_str().unwrap().to_string();
    // Names and proposals are other people's words: set as text, never parsed as HTML.
    for sink in [
        "innerHTML",
        "outerHTML",
        "insertAdjacentHTML",
        "document.write",
        "eval(",
    ] {
        assert!(!js.contains(sink), "room.js uses {sink}");
    }
    assert!(js.contains("textContent"));
    let css = send(&f, Request::get("/room.css").body(Body::empty()).unwrap()).await;
    assert_eq!(css.headers[header::CONTENT_TYPE], "text/css; charset=utf-8");
    assert_eq!(css.headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
}

#[tokio::test]
async fn the_team_ui_is_served_from_the_build_given_and_nothing_else_is() {
    let f = fixture(Limits::default());
    let get = |path: &str| Request::get(path).body(Body::empty()).unwrap();
    // No UI given (a room made without one): /team says so, nothing is served.
    let a = send(&f, get("/team")).await;
    assert_eq!(a.status, StatusCode::NOT_FOUND);
    assert!(
        a.body["message"].as_str().unwrap().contains("no team UI"),
        "{:?}",
        a.body
    );

    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("assets")).unwrap();
    std::fs::write(
        dir.path().join("index.html"),
        "<!doctype html><script type=module src=/assets/index-1a.js></script>",
    )
    .unwrap();
    std::fs::write(dir.path().join("assets/index-1a.js"), "console.log(1)").unwrap();
    std::fs::write(dir.path().join("favicon.svg"), "<svg/>").unwrap();
    // A file beside the build that no request may reach.
    std::fs::write(dir.path().join("secret.txt"), "private").unwrap();
    f.room
        .set_team_ui(Arc::new(server::UiDir(dir.path().to_path_buf())));

    let page = send(&f, get("/team")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(
        page.headers[header::CONTENT_TYPE],
        "text/html; charset=utf-8"
    );
    let csp = page.headers[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap();
    // The app's policy, its commands sent to this server only.
    assert!(
        csp.contains("connect-src 'self'") && csp.contains("frame-ancestors 'none'"),
        "{csp}"
    );
    assert!(!csp.contains("ipc:"), "{csp}");
    let js = send(&f, get("/assets/index-1a.js")).await;
    assert_eq!(js.status, StatusCode::OK);
    assert_eq!(
        js.headers[header::CONTENT_TYPE],
        "text/javascript; charset=utf-8"
    );
    assert_eq!(js.body, Value::String("console.log(1)".into()));
    assert_eq!(send(&f, get("/favicon.svg")).await.status, StatusCode::OK);
    for hostile in [
        "/assets/..%2Fsecret.txt",
        "/assets/%2e%2e%2fsecret.txt",
        "/assets/.hidden",
        "/assets/missing.js",
        "/secret.txt",
        "/assets/sub/index-1a.js",
    ] {
        let a = send(&f, get(hostile)).await;
        assert_eq!(a.status, StatusCode::NOT_FOUND, "{hostile}: {:?}", a.body);
        assert_ne!(a.body, Value::String("private".into()), "{hostile}");
    }
}

#[test]
fn ui_paths_are_only_the_builds_own_files() {
    for ok in [
        "index.html",
        "favicon.svg",
        "assets/index-Bx1_a.js",
        "assets/app.css",
    ] {
        assert_eq!(server::ui_path(ok).as_deref(), Some(ok));
    }
    for bad in [
        "",
        "assets/",
        "assets/../x",
        "assets/.env",
        "assets/a/b.js",
        "/etc/passwd",
        "secret.txt",
        "assets/a b.js",
    ] {
        assert_eq!(server::ui_path(bad), None, "{bad:?}");
    }
}

/// A proposal on the agenda of `meeting`, its item started (its hearing under way).
fn heard(db: &mut Db, meeting: Uuid, title: &str) -> (Uuid, Uuid) {
    let p = db
        .new_proposal(
            Actor::Facilitator,
            &plenary_core::proposal::NewProposal {
                title: title.into(),
                text: format!("{title}: we buy one."),
                by: Some("Ana Ruiz".into()),
                ..Default::default()
            },
        )
        .unwrap();
    let reference = db.meeting(meeting).unwrap().reference;
    let item = db
        .add_agenda_item(
            Actor::Facilitator,
            &NewAgendaItem {
                meeting: reference,
                kind: "proposal".into(),
                title: title.into(),
                proposal: Some(p.reference.clone()),
                ..Default::default()
            },
        )
        .unwrap()
        .id;
    (p.id, item)
}

fn journal_actor(f: &Fixture, action: &str) -> String {
    f.db.lock()
        .unwrap()
        .conn()
        .query_row(
            "SELECT actor FROM journal WHERE action = ?1 ORDER BY seq DESC LIMIT 1",
            [action],
            |r| r.get(0),
        )
        .unwrap()
}

#[tokio::test]
async fn a_paired_minute_taker_records_the_hearing_and_the_meeting_over_http() {
    let f = fixture(Limits::default());
    let (proposal, item) = {
        let mut db = f.db.lock().unwrap();
        let (p, i) = heard(&mut db, f.meeting, "A stove");
        db.finish_item(Actor::Facilitator, f.item).unwrap();
        db.start_item(Actor::Facilitator, i).unwrap();
        (p, i)
    };
    let minutes = pair(&f, Role::MinuteTaker).await;
    let call = |name: &str, body: Value| {
        json_req(
            "POST",
            &format!("/api/{name}"),
            body,
            &[("authorization", &minutes)],
        )
    };

    // The hearing as the process panel reads it.
    let a = send(&f, call("get_hearing", json!({"item": item.to_string()}))).await;
    assert_eq!(a.status, StatusCode::OK, "{:?}", a.body);
    assert_eq!(a.body["proposal_id"], proposal.to_string());
    let a = send(
        &f,
        call("get_proposal", json!({"proposal": proposal.to_string()})),
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{:?}", a.body);

    // A clarifying question and the proposer's answer.
    let a = send(
        &f,
        call(
            "add_question",
            json!({"item": item.to_string(), "input": {"question": "Gas or wood?", "by": "Kim Lee"}}),
        ),
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{:?}", a.body);
    assert_eq!(a.body["question"], "Gas or wood?");
    let question = a.body["id"].as_str().unwrap().to_string();
    let a = send(
        &f,
        call(
            "answer_question",
            json!({"question": question, "input": {"answer": "Wood."}}),
        ),
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{:?}", a.body);
    assert_eq!(a.body["answer"], "Wood.");

    // The step, a concern and how it was addressed.
    let a = send(
        &f,
        call(
            "advance_step",
            json!({"item": item.to_string(), "to": "concerns"}),
        ),
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{:?}", a.body);
    assert_eq!(a.body["step"], "concerns");
    let a = send(
        &f,
        call(
            "add_concern",
            json!({"item": item.to_string(), "input": {"concern": "Smoke in the tent", "by": "Sam"}}),
        ),
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{:?}", a.body);
    let concern = a.body["id"].as_str().unwrap().to_string();
    let a = send(
        &f,
        call(
            "address_concern",
            json!({"concern": concern, "addressed": true, "response": "A chimney."}),
        ),
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{:?}", a.body);
    assert_eq!(a.body["addressed"], true);

    // A friendly amendment, then the proposer's acceptance: the next version.
    let a = send(
        &f,
        call(
            "amend_proposal",
            json!({"proposal": proposal.to_string(), "input": {
                "text": "A stove: we buy one, with a chimney.", "by": "Sam", "item": item.to_string()}}),
        ),
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{:?}", a.body);
    assert_eq!(a.body["status"], "pending");
    let amendment = a.body["id"].as_str().unwrap().to_string();
    let a = send(
        &f,
        call(
            "decide_amendment",
            json!({"amendment": amendment, "accepted": true}),
        ),
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{:?}", a.body);
    assert_eq!(a.body["status"], "accepted");
    let detail = f.db.lock().unwrap().proposal_detail(proposal).unwrap();
    assert_eq!(detail.versions.len(), 2);
    assert_eq!(detail.proposal.text, "A stove: we buy one, with a chimney.");

    // The meeting's attendance (the room's meeting when none is named).
    let a = send(&f, call("set_attendance", json!({"attendance": "~50"}))).await;
    assert_eq!(a.status, StatusCode::OK, "{:?}", a.body);
    assert_eq!(a.body["attendance_label"], "about 50");

    // The announcements, once their item is under way.
    let announcements = {
        let mut db = f.db.lock().unwrap();
        let reference = db.meeting(f.meeting).unwrap().reference;
        let i = db
            .add_agenda_item(
                Actor::Facilitator,
                &NewAgendaItem {
                    meeting: reference,
                    kind: "announcement".into(),
                    title: "Announcements".into(),
                    ..Default::default()
                },
            )
            .unwrap()
            .id;
        db.start_item(Actor::Facilitator, i).unwrap();
        i
    };
    let a = send(
        &f,
        call(
            "announce",
            json!({"item": announcements.to_string(), "input": {"by": "Nan", "on_behalf_of": "Outreach", "text": "Flyering at 10"}}),
        ),
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{:?}", a.body);
    let a = send(
        &f,
        call(
            "list_announcements",
            json!({"item": announcements.to_string()}),
        ),
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{:?}", a.body);
    assert_eq!(a.body[0]["text"], "Flyering at 10");

    // Journaled as the minute-taker's, whoever holds the tablet.
    for action in [
        "question.add",
        "question.answer",
        "hearing.step",
        "concern.add",
        "concern.address",
        "amendment.offer",
        "meeting.attendance",
        "announcement.add",
    ] {
        assert_eq!(journal_actor(&f, action), "minute-taker", "{action}");
    }
}

/// What is tried, the command, its arguments, who sends it (a header), the answer's
/// status and what its message says.
type RefusedCall<'a> = (
    &'a str,
    &'a str,
    Value,
    (&'a str, &'a str),
    StatusCode,
    &'a str,
);

#[tokio::test]
async fn the_minute_takers_records_are_refused_to_other_roles_and_beyond_the_room() {
    let f = fixture(Limits::default());
    let today = chrono::Local::now().date_naive().to_string();
    let (proposal, item, other_proposal, other_item, other_question) = {
        let mut db = f.db.lock().unwrap();
        let (p, i) = heard(&mut db, f.meeting, "A stove");
        db.finish_item(Actor::Facilitator, f.item).unwrap();
        db.start_item(Actor::Facilitator, i).unwrap();
        // Another meeting of the same assembly, under way too, with its own hearing.
        let other = db
            .new_meeting(
                Actor::Facilitator,
                &NewMeeting {
                    date: today,
                    ..Default::default()
                },
            )
            .unwrap()
            .id;
        let (op, oi) = heard(&mut db, other, "A van");
        db.open_meeting(Actor::Facilitator, other).unwrap();
        db.start_item(Actor::Facilitator, oi).unwrap();
        let q = db
            .add_question(
                Actor::Facilitator,
                oi,
                &plenary_core::proposal::hearing::NewQuestion {
                    question: "Which van?".into(),
                    by: None,
                },
            )
            .unwrap()
            .id;
        (p, i, op, oi, q)
    };
    let phone = device(&f).await;
    let keeper = pair(&f, Role::StackKeeper).await;
    let minutes = pair(&f, Role::MinuteTaker).await;
    let question = json!({"item": item.to_string(), "input": {"question": "Gas?"}});
    let amend = json!({"proposal": proposal.to_string(), "input": {
        "text": "A stove, second hand.", "by": "Sam", "item": item.to_string()}});
    let before = dump(&f);
    let cases: Vec<RefusedCall> = vec![
        (
            "a participant asks a question",
            "add_question",
            question.clone(),
            ("cookie", &phone),
            StatusCode::FORBIDDEN,
            "a participant may not call add_question",
        ),
        (
            "a participant offers an amendment",
            "amend_proposal",
            amend.clone(),
            ("cookie", &phone),
            StatusCode::FORBIDDEN,
            "a participant may not call amend_proposal",
        ),
        (
            "the stack-keeper asks a question",
            "add_question",
            question.clone(),
            ("authorization", &keeper),
            StatusCode::FORBIDDEN,
            "a stack-keeper may not call add_question",
        ),
        (
            "the stack-keeper offers an amendment",
            "amend_proposal",
            amend.clone(),
            ("authorization", &keeper),
            StatusCode::FORBIDDEN,
            "a stack-keeper may not call amend_proposal",
        ),
        (
            "the stack-keeper records attendance",
            "set_attendance",
            json!({"attendance": "40"}),
            ("authorization", &keeper),
            StatusCode::FORBIDDEN,
            "a stack-keeper may not call set_attendance",
        ),
        (
            "a question on another meeting's hearing",
            "add_question",
            json!({"item": other_item.to_string(), "input": {"question": "Gas?"}}),
            ("authorization", &minutes),
            StatusCode::FORBIDDEN,
            "another meeting",
        ),
        (
            "an answer to another meeting's question",
            "answer_question",
            json!({"question": other_question.to_string(), "input": {"answer": "Mine."}}),
            ("authorization", &minutes),
            StatusCode::FORBIDDEN,
            "another meeting",
        ),
        (
            "an amendment to a proposal not on this room's agenda",
            "amend_proposal",
            json!({"proposal": other_proposal.to_string(), "input": {
                "text": "A bus.", "by": "Sam", "item": other_item.to_string()}}),
            ("authorization", &minutes),
            StatusCode::FORBIDDEN,
            "not on the agenda of this room's meeting",
        ),
        (
            "this proposal's amendment at another meeting's hearing",
            "amend_proposal",
            json!({"proposal": proposal.to_string(), "input": {
                "text": "A bus.", "by": "Sam", "item": other_item.to_string()}}),
            ("authorization", &minutes),
            StatusCode::FORBIDDEN,
            "another meeting",
        ),
        (
            "an amendment offered at no hearing",
            "amend_proposal",
            json!({"proposal": proposal.to_string(), "input": {"text": "A bus.", "by": "Sam"}}),
            ("authorization", &minutes),
            StatusCode::BAD_REQUEST,
            "which hearing?",
        ),
        (
            "another meeting's proposal read",
            "get_proposal",
            json!({"proposal": other_proposal.to_string()}),
            ("authorization", &minutes),
            StatusCode::FORBIDDEN,
            "not on the agenda of this room's meeting",
        ),
        (
            "another meeting's step moved",
            "advance_step",
            json!({"item": other_item.to_string(), "to": "concerns"}),
            ("authorization", &minutes),
            StatusCode::FORBIDDEN,
            "another meeting",
        ),
        (
            "another meeting's attendance",
            "set_attendance",
            json!({"meeting": Uuid::now_v7().to_string(), "attendance": "40"}),
            ("authorization", &minutes),
            StatusCode::FORBIDDEN,
            "another meeting",
        ),
        (
            "a temperature check (the facilitator's, on the host)",
            "record_temperature",
            json!({"item": item.to_string(), "input": {}}),
            ("authorization", &minutes),
            StatusCode::NOT_FOUND,
            "no room command",
        ),
        (
            "a decision (the facilitator's, on the host)",
            "record_decision",
            json!({"item": item.to_string(), "input": {}}),
            ("authorization", &minutes),
            StatusCode::NOT_FOUND,
            "no room command",
        ),
    ];
    for (what, name, body, auth, status, needle) in cases {
        let a = send(&f, json_req("POST", &format!("/api/{name}"), body, &[auth])).await;
        assert_eq!(a.status, status, "{what}: {:?}", a.body);
        let message = a.body["message"]
            .as_str()
            .unwrap_or_else(|| panic!("{what}: no message in {:?}", a.body));
        assert!(message.contains(needle), "{what}: {message}");
        assert_eq!(dump(&f), before, "{what} changed the database");
    }
}

/// The English words of the page's own (`room-page.ftl`) as they stand in its HTML: as an
/// element's text (`>Now<`) or an attribute's value (`="…"`).
fn english_page_words() -> Vec<String> {
    let html = server_page(plenary_core::i18n::Lang::En);
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../i18n/en/room-page.ftl"),
    )
    .unwrap();
    let words: Vec<String> = text
        .lines()
        .filter_map(|l| l.strip_prefix("room-page-"))
        .filter_map(|l| l.split_once(" = ").map(|(_, v)| v.to_string()))
        .filter(|v| !v.contains('{'))
        // (An attribute's value of one word may be a code: `<option value="speak">`.)
        .flat_map(|v| [format!(">{v}<"), format!("=\"{v}\"")])
        .filter(|w| !w.starts_with('=') || w.contains(' '))
        .filter(|w| html.contains(w.as_str()))
        .collect();
    // The headings, the form and the messages the script completes are all there.
    assert!(words.len() >= 20, "{words:?}");
    words
}

fn server_page(lang: plenary_core::i18n::Lang) -> String {
    plenary_core::room::page_words::page_html(lang)
}

#[tokio::test]
async fn the_page_speaks_the_rooms_language_spanish_then_arabic_right_to_left() {
    use plenary_core::i18n::Lang;
    let f = fixture(Limits::default());
    let english = english_page_words();

    let a = send(&f, Request::get("/").body(Body::empty()).unwrap()).await;
    let html = a.body.as_str().unwrap().to_string();
    assert!(html.contains(r#"<html lang="en" dir="ltr">"#), "{html}");
    assert!(html.contains(">Raise my hand<"));

    f.room.set_lang(Lang::Es).unwrap();
    let a = send(&f, Request::get("/").body(Body::empty()).unwrap()).await;
    assert_eq!(a.headers[header::CONTENT_LANGUAGE], "es");
    let html = a.body.as_str().unwrap().to_string();
    assert!(html.contains(r#"<html lang="es" dir="ltr">"#), "{html}");
    assert!(html.contains(">Pedir la palabra<"), "{html}");
    assert!(html.contains(">hacer una pregunta aclaratoria<"), "{html}");
    assert!(!html.contains("{{"), "a message left out: {html}");
    for w in &english {
        assert!(
            !html.contains(w.as_str()),
            "English left in the Spanish page: {w}"
        );
    }
    // The strict CSP still holds: no inline script, the page's script is its own file.
    assert!(!html.contains("<script>") && html.contains(r#"<script src="/room.js" defer>"#));

    // A hand raised, on the stack: the stream's words are Spanish too.
    let phone = device(&f).await;
    let a = send(
        &f,
        json_req(
            "POST",
            "/api/raise_hand",
            json!({"name": "Sam Whitfield", "kind": "clarifying"}),
            &[("cookie", &phone)],
        ),
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{:?}", a.body);
    let e = first_event(&f, &phone).await;
    assert_eq!(e["lang"], "es");
    assert_eq!(
        e["mine"],
        "Has pedido la palabra (pregunta aclaratoria): esperando a quien lleva el turno de palabra."
    );
    assert_eq!(e["words"]["next"][0], "Kim — toma de palabra");
    assert_eq!(e["words"]["floor"], "Nadie tiene la palabra.");
    assert_eq!(e["words"]["item"], "1.1 Tents");
    assert_eq!(e["words"]["agenda"][0], "1.1 Tents — en curso");
    let keeper = pair(&f, Role::StackKeeper).await;
    let pending = send(
        &f,
        json_req(
            "POST",
            "/api/get_pending_hands",
            json!({}),
            &[("authorization", &keeper)],
        ),
    )
    .await;
    let hand = pending.body["hands"][0]["id"].as_str().unwrap().to_string();
    send(
        &f,
        json_req(
            "POST",
            "/api/accept_hand",
            json!({"hand": hand}),
            &[("authorization", &keeper)],
        ),
    )
    .await;
    let e = first_event(&f, &phone).await;
    // A clarifying question goes before Kim's hand: first, said in Spanish.
    assert_eq!(
        e["mine"],
        "Estás en el puesto 1 — turno progresivo: pregunta aclaratoria."
    );
    // The view itself stays codes and names (the desktop's projector reads it too).
    assert_eq!(e["hand"]["state"], "waiting");

    // The app switches to Arabic: the page is served right to left, the stream follows.
    f.room.set_lang(Lang::Ar).unwrap();
    let html = send(&f, Request::get("/").body(Body::empty()).unwrap())
        .await
        .body
        .as_str()
        .unwrap()
        .to_string();
    assert!(html.contains(r#"<html lang="ar" dir="rtl">"#), "{html}");
    assert!(html.contains(">أطلب الكلمة<"), "{html}");
    for w in &english {
        assert!(
            !html.contains(w.as_str()),
            "English left in the Arabic page: {w}"
        );
    }
    let e = first_event(&f, &phone).await;
    assert_eq!(e["lang"], "ar");
    let mine = e["mine"].as_str().unwrap();
    assert!(mine.starts_with("ترتيبك"), "{mine}");
    assert!(
        !mine.contains("first time") && !mine.contains("progressive"),
        "{mine}"
    );
    // Arabic's plural forms: two more waiting is not said as three.
    let two = plenary_core::t!(Lang::Ar, "room-page-more", n = 2);
    let three = plenary_core::t!(Lang::Ar, "room-page-more", n = 3);
    assert_ne!(two.replace('2', ""), three.replace('3', ""));
}

#[test]
fn english_ordinals_and_clocks_as_before() {
    use plenary_core::i18n::Lang;
    let place = |n: i64| {
        plenary_core::t!(
            Lang::En,
            "room-page-hand-waiting",
            n = n,
            ord = Lang::En.ordinal_category(n),
            policy = "progressive stack",
            reason = "first time speaking today"
        )
    };
    assert_eq!(
        place(1),
        "You are 1st — progressive stack: first time speaking today."
    );
    assert!(place(2).starts_with("You are 2nd "));
    assert!(place(3).starts_with("You are 3rd "));
    assert!(place(11).starts_with("You are 11th "));
    assert!(place(22).starts_with("You are 22nd "));
    assert_eq!(Lang::Fr.ordinal_category(1), "one");
    assert_eq!(Lang::Fr.ordinal_category(2), "other");
    assert_eq!(plenary_core::room::page_words::clock(83_000), "1:23");
}
