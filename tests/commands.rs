//! The desktop shell's command layer under Tauri's mock runtime: argument names, JSON
//! shapes, `{kind, message}` errors, and the ACL of each window (with the real
//! capabilities compiled into the app).

mod support;

use serde_json::{json, Value};
use support::mock::{call, window, DIALOG};
use tauri::test::mock_builder;
use tauri::App;

struct Fixture {
    _dir: tempfile::TempDir,
    db_path: std::path::PathBuf,
    app: App<tauri::test::MockRuntime>,
}

/// The real app (handlers, capabilities) on a demo database, under the mock runtime.
fn app() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let db_path = dir.path().join("app.db");
    {
        let mut db = plenary_core::Db::open(&db_path).unwrap();
        plenary_core::demo::fill(&mut db).unwrap();
    }
    let app = plenary_app::builder(mock_builder())
        .build(plenary_app::context())
        .unwrap();
    plenary_app::manage_db(&app, Some(db_path.clone())).unwrap();
    Fixture {
        _dir: dir,
        db_path,
        app,
    }
}

#[test]
fn dashboard_shape() {
    let f = app();
    let w = window(&f.app, "main");
    let d = call(&w, "get_dashboard", json!({})).unwrap();
    assert_eq!(d["assembly"]["code"], "RIV");
    assert_eq!(d["assembly"]["name"], "Riverside General Assembly");
    let wgs = d["working_groups"].as_array().unwrap();
    assert!(wgs.len() >= 5);
    assert!(
        wgs.iter().all(|w| w["status"] == "active"),
        "the active WGs"
    );
    assert_eq!(d["active_wgs"].as_u64(), Some(wgs.len() as u64));
    assert!(d["wg_total"].as_u64().unwrap() > wgs.len() as u64);
    for key in [
        "id",
        "origin",
        "name",
        "category",
        "status",
        "status_since",
        "revision",
    ] {
        assert!(wgs[0].get(key).is_some(), "working group lacks {key}");
    }
    assert_eq!(
        d["upcoming"][0]["reference"], "RIV-GA-4",
        "the GA under way"
    );
    assert_eq!(
        d["recent"][0]["reference"], "RIV-GA-5",
        "newest closed GA first (the demo's spokes council, three days ago)"
    );
    assert_eq!(d["recent"][1]["reference"], "RIV-GA-3");
    assert_eq!(d["meeting_total"], 5);
}

#[test]
fn create_and_change_through_commands() {
    let f = app();
    let w = window(&f.app, "main");
    let wg = call(&w, "add_wg", json!({"input": {"name": "Bike Repair", "category": "operational", "description": "Fixes bikes"}})).unwrap();
    assert_eq!(
        (wg["name"].as_str(), wg["status"].as_str()),
        (Some("Bike Repair"), Some("forming"))
    );
    let id = wg["id"].as_str().unwrap();
    let wg = call(
        &w,
        "set_wg_status",
        json!({"wg": id, "status": "active", "note": "first meeting"}),
    )
    .unwrap();
    assert_eq!(wg["status"], "active");
    let history = call(&w, "get_wg_history", json!({"wg": id})).unwrap();
    assert_eq!(history.as_array().unwrap().len(), 2);
    // A change dated back reaches the core, which judges the day.
    let e = call(
        &w,
        "set_wg_status",
        json!({"wg": id, "status": "dormant", "on": "2011-09-20"}),
    )
    .unwrap_err();
    assert!(e.to_string().contains("cannot be dated 2011-09-20"), "{e}");
    let e = call(
        &w,
        "set_wg_status",
        json!({"wg": id, "status": "dormant", "on": "20 Sept"}),
    )
    .unwrap_err();
    assert_eq!(e["kind"], "invalid-input", "{e}");

    let m = call(
        &w,
        "new_meeting",
        json!({"input": {"date": "2027-01-10", "place": "Square"}}),
    )
    .unwrap();
    let mid = m["id"].as_str().unwrap();
    let item = call(&w, "add_agenda_item", json!({"input": {"meeting": mid, "kind": "report-back", "title": "Bikes", "allotted_minutes": 5, "wg": id}})).unwrap();
    assert_eq!(item["reference"], "RIV-GA-6.1");
    call(
        &w,
        "add_agenda_item",
        json!({"input": {"meeting": mid, "kind": "soapbox", "title": "Soapbox"}}),
    )
    .unwrap();
    let order = call(
        &w,
        "move_agenda_item",
        json!({"item": item["id"], "position": 2}),
    )
    .unwrap();
    assert_eq!(order[1]["title"], "Bikes");
    let roles = call(
        &w,
        "assign_role",
        json!({"meeting": mid, "role": "stack-keeper", "name": "Sam"}),
    )
    .unwrap();
    assert_eq!(roles[0]["name"], "Sam");
    let rb = call(&w, "record_report_back", json!({"item": item["id"], "input": {"presenter": "Lee", "summary": "12 bikes fixed", "asks": "", "announcements": ""}})).unwrap();
    assert_eq!(rb["summary"], "12 bikes fixed");
    let detail = call(&w, "get_meeting", json!({"meeting": mid})).unwrap();
    assert_eq!(detail["planned_minutes"], 5);
    assert!(detail["planned_end"].is_null(), "no start time yet");
    let m = call(
        &w,
        "set_meeting_start",
        json!({"meeting": mid, "startsAt": "18:30"}),
    )
    .unwrap();
    assert_eq!(m["starts_at"], "18:30");
    let detail = call(&w, "get_meeting", json!({"meeting": mid})).unwrap();
    assert_eq!(
        (&detail["planned_end"], &detail["pending_minutes"]),
        (&json!("18:35"), &json!(5))
    );
    let e = call(
        &w,
        "set_meeting_start",
        json!({"meeting": mid, "startsAt": "half six"}),
    )
    .unwrap_err();
    assert_eq!(e["kind"], "invalid-input");
    assert!(e["message"].as_str().unwrap().contains("HH:MM"), "{e}");

    // What the commands acknowledged is in the database file.
    let db = plenary_core::Db::open(&f.db_path).unwrap();
    assert!(db.wgs().unwrap().iter().any(|w| w.name == "Bike Repair"));
}

#[test]
fn errors_reach_the_ui_as_kind_code_args_and_message() {
    let f = app();
    let w = window(&f.app, "main");
    let e = call(
        &w,
        "add_wg",
        json!({"input": {"name": "Kitchen", "category": "operational"}}),
    )
    .unwrap_err();
    // The code and its arguments are what the UI words in its language; the English
    // message is the fallback (error.rs).
    assert_eq!(
        e,
        json!({
            "kind": "conflict",
            "code": "error-wg-name-taken",
            "args": {"name": "Kitchen"},
            "message": "there is already a working group called \"Kitchen\""
        })
    );
    let e = call(&w, "get_meeting", json!({"meeting": "not-an-id"})).unwrap_err();
    assert_eq!(e["kind"], "invalid-input");
    assert!(e["message"].as_str().unwrap().contains("not a valid id"));
    let e = call(&w, "new_meeting", json!({"input": {"date": "tomorrow"}})).unwrap_err();
    assert_eq!(e["kind"], "invalid-input");
    // A bad enum is refused by the argument parser, before the core is reached.
    let e = call(&w, "set_wg_status", json!({"wg": "x", "status": "asleep"})).unwrap_err();
    assert!(e.to_string().contains("asleep"), "{e}");
}

#[test]
fn every_declared_command_is_registered() {
    let f = app();
    let w = window(&f.app, "main");
    // Commands that open a native dialog answer this path instead (a file that does not
    // exist: they fail on reading it); a real dialog would wait for a person forever.
    let _dialog = DIALOG.lock().unwrap_or_else(|e| e.into_inner());
    let nowhere = f._dir.path().join("no-such-dir").join("nothing.plenary");
    std::env::set_var("PLENARY_TEST_DIALOG_PATH", &nowhere);
    for name in plenary_app::command_names::ALL {
        // Called with no arguments, a registered command fails on its arguments (or
        // succeeds); an unregistered one would answer "command not found".
        if let Err(e) = call(&w, name, json!({})) {
            assert!(!e.to_string().contains("not found"), "{name}: {e}");
        }
    }
    std::env::remove_var("PLENARY_TEST_DIALOG_PATH");
}

#[test]
fn a_window_without_a_capability_can_call_nothing() {
    let f = app();
    let stranger = window(&f.app, "stranger");
    let e = call(&stranger, "get_dashboard", json!({})).unwrap_err();
    assert!(e.to_string().contains("not allowed"), "{e}");
    let e = call(
        &stranger,
        "add_wg",
        json!({"input": {"name": "X", "category": "strategy"}}),
    )
    .unwrap_err();
    assert!(e.to_string().contains("not allowed"), "{e}");
}

#[test]
fn minutes_preview_and_export_to_the_chosen_file() {
    let f = app();
    let w = window(&f.app, "main");
    let d = call(&w, "get_dashboard", json!({})).unwrap();
    let ga1 = d["recent"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["number"] == 1)
        .unwrap()["id"]
        .clone();
    let m = call(&w, "get_minutes", json!({"meeting": ga1, "redact": true})).unwrap();
    assert_eq!(m["reference"], "RIV-GA-1");
    assert_eq!(m["redacted"], true);
    assert_eq!(m["roles"][0]["holders"][0]["name"], "Participant 1");

    // The native dialog is replaced by the test hook (the only test in this binary that
    // sets the variable).
    let out = f._dir.path().join("ga1.html");
    let _dialog = DIALOG.lock().unwrap_or_else(|e| e.into_inner());
    std::env::set_var("PLENARY_TEST_DIALOG_PATH", &out);
    let saved = call(
        &w,
        "export_minutes",
        json!({"meeting": ga1, "format": "html", "redact": false}),
    )
    .unwrap();
    assert_eq!(saved, json!([out.display().to_string()]));
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(
        html.starts_with("<!DOCTYPE html>") && html.contains("Riverside General Assembly — GA 1")
    );
    // In the app's language (issue 15): the minutes' words in Spanish, the record as typed.
    call(
        &w,
        "export_minutes",
        json!({"meeting": ga1, "format": "html", "redact": false, "lang": "es"}),
    )
    .unwrap();
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(
        html.contains("<html lang=\"es\">")
            && html.contains("Riverside General Assembly — Asamblea 1"),
        "{html}"
    );
    let e = call(
        &w,
        "export_minutes",
        json!({"meeting": ga1, "format": "html", "redact": false, "lang": "xx"}),
    )
    .unwrap_err();
    assert!(e.to_string().contains("choose one of"), "{e}");
    std::env::remove_var("PLENARY_TEST_DIALOG_PATH");
    let e = call(
        &w,
        "export_minutes",
        json!({"meeting": ga1, "format": "pdf", "redact": false}),
    )
    .unwrap_err();
    assert!(e.to_string().contains("pdf"), "{e}");
}

#[test]
fn the_projector_window_is_read_only() {
    let f = app();
    let main = window(&f.app, "main");
    let projector = window(&f.app, "projector");
    let d = call(&main, "get_dashboard", json!({})).unwrap();
    let ga4 = d["upcoming"][0]["id"].clone();
    let v = call(&projector, "get_projector_view", json!({"meeting": ga4})).unwrap();
    assert_eq!(v["meeting_reference"], "RIV-GA-4");
    assert_eq!(v["item"]["number"], "4.1");
    // Everything else is refused to the projector, reading or writing.
    for (cmd, args) in [
        ("get_dashboard", json!({})),
        (
            "add_wg",
            json!({"input": {"name": "X", "category": "strategy"}}),
        ),
        ("open_meeting", json!({"meeting": ga4})),
        (
            "stack_add",
            json!({"item": "x", "name": "Sam", "kind": "speak", "prioritize": false}),
        ),
        ("record_decision", json!({})),
        ("open_projector", json!({"meeting": ga4})),
        ("open_room", json!({"meeting": ga4})),
        ("close_room", json!({})),
        ("set_app_language", json!({"lang": "es"})),
        ("get_room", json!({})),
        ("new_pairing_code", json!({"role": "stack-keeper"})),
        ("search", json!({"query": {"text": "kitchen"}})),
    ] {
        let e = call(&projector, cmd, args).unwrap_err();
        assert!(e.to_string().contains("not allowed"), "{cmd}: {e}");
    }
}

#[test]
fn the_room_opens_on_a_meeting_shows_its_link_and_codes_and_closes() {
    let f = app();
    let main = window(&f.app, "main");
    let projector = window(&f.app, "projector");
    let d = call(&main, "get_dashboard", json!({})).unwrap();
    let ga4 = d["upcoming"][0]["id"].clone();
    assert_eq!(call(&main, "get_room", json!({})).unwrap(), Value::Null);
    let r = call(&main, "open_room", json!({"meeting": ga4})).unwrap();
    let url = r["link"]["url"].as_str().unwrap().to_string();
    assert!(url.starts_with("http://") && url.ends_with('/'), "{url}");
    // Team devices open the app's own UI from the room, beside the participants' page.
    assert_eq!(r["team_url"], format!("{url}team"));
    assert!(r["link"]["qr_svg"].as_str().unwrap().contains("<svg"));
    assert_eq!(r["codes"][0]["role"], "stack-keeper");
    assert_eq!(r["codes"][0]["code"].as_str().unwrap().len(), 6);
    // The projector may show the link (and only the link) of the meeting it shows.
    let link = call(&projector, "get_room_link", json!({"meeting": ga4})).unwrap();
    assert_eq!(link["url"], url.as_str());
    assert!(link.get("codes").is_none());
    let r = call(&main, "new_pairing_code", json!({"role": "minute-taker"})).unwrap();
    assert_eq!(r["codes"].as_array().unwrap().len(), 2);
    let e = call(&main, "new_pairing_code", json!({"role": "host"})).unwrap_err();
    assert!(e.to_string().contains("cannot be paired"), "{e}");
    // Another meeting's room cannot be opened beside it.
    let ga3 = d["recent"][0]["id"].clone();
    assert!(call(&main, "open_room", json!({"meeting": ga3})).is_err());
    // The participants' page follows the app's language (tests/room_server.rs reads it).
    call(&main, "set_app_language", json!({"lang": "es"})).unwrap();
    let e = call(&main, "set_app_language", json!({"lang": "xx"})).unwrap_err();
    assert!(e.to_string().contains("does not speak"), "{e}");
    call(&main, "close_room", json!({})).unwrap();
    assert_eq!(call(&main, "get_room", json!({})).unwrap(), Value::Null);
    assert_eq!(
        call(&projector, "get_room_link", json!({"meeting": ga4})).unwrap(),
        Value::Null
    );
}

#[test]
fn capabilities_grant_exactly_the_declared_commands() {
    let main: Value =
        serde_json::from_str(include_str!("../src-tauri/capabilities/main.json")).unwrap();
    let granted: Vec<&str> = main["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p.as_str())
        .collect();
    let wanted: Vec<String> = plenary_app::command_names::ALL
        .iter()
        .map(|n| format!("allow-{}", n.replace('_', "-")))
        .collect();
    for w in &wanted {
        assert!(
            granted.contains(&w.as_str()),
            "main.json does not grant {w}"
        );
    }
    for g in &granted {
        assert!(
            // Besides our commands: events, and naming the window after the assembly.
            ["core:event:default", "core:window:allow-set-title"].contains(g)
                || wanted.iter().any(|w| w == g),
            "main.json grants {g}, which is no command of ours"
        );
    }
}

/// Every list the UI shows comes in pages: the shape of a page, following the cursor to
/// the end, the filters, and a refused cursor.
#[test]
fn lists_come_in_pages() {
    let f = app();
    let w = window(&f.app, "main");
    let page = |cmd: &str, filter: Value, after: &Value| {
        call(
            &w,
            cmd,
            json!({"filter": filter, "page": {"after": after, "limit": 2}}),
        )
        .unwrap()
    };
    for (cmd, filter) in [
        ("page_meetings", json!({})),
        ("page_wgs", json!({})),
        ("page_proposals", json!({})),
        ("page_federated_wgs", json!({})),
        ("page_who_works_on_what", json!({})),
        ("page_federated_proposals", json!({})),
        ("page_decisions", json!({})),
        ("page_received_bundles", json!({})),
    ] {
        let mut after = Value::Null;
        let mut ids = std::collections::HashSet::new();
        loop {
            let p = page(cmd, filter.clone(), &after);
            let items = p["items"].as_array().unwrap();
            assert!(items.len() <= 2, "{cmd}");
            ids.extend(items.iter().map(|i| i["id"].as_str().unwrap().to_string()));
            after = p["next"].clone();
            if after.is_null() {
                assert_eq!(p["total"].as_u64(), Some(ids.len() as u64), "{cmd}");
                break;
            }
            assert!(after.is_string(), "{cmd}: the cursor is text");
        }
    }
    // The board's rows: no text, the latest outcome, the origin.
    let p = page("page_proposals", json!({"status": "decided"}), &Value::Null);
    let row = &p["items"][0];
    assert_eq!(row["status"], "decided");
    assert!(row.get("text").is_none(), "a list row has no text");
    for key in [
        "reference",
        "title",
        "outcome",
        "origin_code",
        "is_local",
        "year",
    ] {
        assert!(row.get(key).is_some(), "a proposal row lacks {key}");
    }
    let counts = call(&w, "get_proposal_counts", json!({"filter": {}})).unwrap();
    let decided = counts["by_status"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["status"] == "decided")
        .unwrap();
    assert_eq!(decided["count"], p["total"]);
    assert!(counts["years"][0].is_number());
    let closed = page(
        "page_meetings",
        json!({"status": "closed", "year": 2011}),
        &Value::Null,
    );
    assert_eq!(closed["total"], 0);

    let fed = call(&w, "get_federation", json!({})).unwrap();
    let ours = &fed["assemblies"][0];
    assert_eq!(
        (ours["is_local"].as_bool(), ours["code"].as_str()),
        (Some(true), Some("RIV"))
    );
    assert_eq!(
        ours["proposals"],
        call(&w, "page_proposals", json!({"filter": {}, "page": {}})).unwrap()["total"]
    );
    assert!(ours["recent_decisions"].as_array().unwrap().len() <= 3);
    let one = call(&w, "get_federated_proposal", json!({"proposal": row["id"]})).unwrap();
    assert_eq!(one["reference"], row["reference"]);

    let e = call(
        &w,
        "page_proposals",
        json!({"filter": {}, "page": {"after": "nonsense"}}),
    )
    .unwrap_err();
    assert_eq!(e["kind"], "invalid-input");
    assert!(e["message"].as_str().unwrap().contains("page cursor"));
}

/// The command palette's search and the namesake panels: argument names and shapes.
#[test]
fn search_and_namesakes_through_commands() {
    let f = app();
    let w = window(&f.app, "main");
    let r = call(
        &w,
        "search",
        json!({"query": {"text": "kitchen", "limit": 5}}),
    )
    .unwrap();
    let hits = r["hits"].as_array().unwrap();
    assert_eq!(hits.len(), 5);
    assert_eq!(r["more"], true);
    assert_eq!(hits[0]["kind"], "wg");
    assert_eq!(hits[0]["title"], "Kitchen");
    assert_eq!(hits[0]["target"]["view"], "wg");
    assert_eq!(hits[0]["origin_code"], "RIV");
    let wg = hits[0]["target"]["id"].clone();
    // Only Riverside is known: no namesakes elsewhere yet.
    let n = call(&w, "get_wg_namesakes", json!({"wg": wg})).unwrap();
    assert_eq!(n, json!([]));
    let e = call(&w, "get_proposal_namesakes", json!({"proposal": "nope"})).unwrap_err();
    assert!(e.to_string().contains("not a valid id"), "{e}");
    let e = call(&w, "search", json!({"query": {"text": "x".repeat(300)}})).unwrap_err();
    assert!(e.to_string().contains("at most 200"), "{e}");
}
