//! The proposal commands through Tauri's mock runtime, with the real handler table and
//! the real capabilities: argument names, JSON shapes, errors as `{kind, message}`, and
//! that every proposal command is registered and granted to the main window.

mod support;

use serde_json::json;
use support::mock::{app_with, call as invoke, window as window_of};
use tauri::test::MockRuntime;
use tauri::{App, WebviewWindow};

/// The app on the demo assembly and its main window (the app lives as long as the window
/// is used).
fn window() -> (App<MockRuntime>, WebviewWindow<MockRuntime>) {
    let mut db = plenary_core::Db::open_in_memory().unwrap();
    plenary_core::demo::fill(&mut db).unwrap();
    let app = app_with(db);
    let w = window_of(&app, "main");
    (app, w)
}

const PROPOSAL_COMMANDS: &[&str] = &[
    "get_proposal",
    "new_proposal",
    "submit_proposal",
    "amend_proposal",
    "decide_amendment",
    "diff_versions",
    "get_hearing",
    "advance_step",
    "add_question",
    "answer_question",
    "add_concern",
    "address_concern",
    "record_temperature",
    "preview_decision",
    "record_decision",
    "set_disputed",
    "withdraw_proposal",
    "send_back_proposal",
    "table_proposal",
];

#[test]
fn every_proposal_command_is_registered_and_granted() {
    let (_app, w) = window();
    for cmd in PROPOSAL_COMMANDS {
        assert!(
            plenary_app::command_names::ALL.contains(cmd),
            "{cmd} missing from command_names"
        );
        // Empty arguments: a command that exists and is allowed answers (or complains
        // about its arguments); it is never "not found" or "not allowed".
        let r = invoke(&w, cmd, json!({}));
        let text = format!("{r:?}");
        assert!(
            !text.contains("not found") && !text.contains("not allowed"),
            "{cmd}: {text}"
        );
    }
}

#[test]
fn the_process_panel_round_trip() {
    let (_app, w) = window();
    // The board's window (the demo has fewer proposals than one page holds).
    let page = invoke(
        &w,
        "page_proposals",
        json!({"filter": {}, "page": {"limit": 100}}),
    )
    .unwrap();
    assert_eq!(page["next"], serde_json::Value::Null, "{page}");
    let find = |title: &str| {
        page["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["title"] == title)
            .map(|p| p["id"].as_str().unwrap().to_string())
            .unwrap()
    };
    let tents = find("Winter tents fund");
    let detail = invoke(&w, "get_proposal", json!({ "proposal": tents })).unwrap();
    let hearing = &detail["hearings"][0];
    assert_eq!(hearing["step"], "not-started");
    assert_eq!(hearing["next_steps"], json!(["present"]));
    let item = hearing["agenda_item_id"].as_str().unwrap().to_string();

    let h = invoke(&w, "advance_step", json!({ "item": item, "to": "present" })).unwrap();
    assert_eq!(h["next_steps"], json!(["clarifying-questions"]));
    let e = invoke(&w, "advance_step", json!({ "item": item, "to": "vote" })).unwrap_err();
    assert_eq!(e["kind"], "conflict");
    assert!(e["message"]
        .as_str()
        .unwrap()
        .contains("from present the hearing can go to clarifying-questions"));

    let q = invoke(
        &w,
        "add_question",
        json!({ "item": item, "input": { "question": "Which tents?", "by": "Ana" } }),
    )
    .unwrap();
    let q = invoke(
        &w,
        "answer_question",
        json!({ "question": q["id"], "input": { "answer": "Insulated ones." } }),
    )
    .unwrap();
    assert_eq!(q["answered_by"], "Marta Kowalski");
    let c = invoke(
        &w,
        "add_concern",
        json!({ "item": item, "input": { "concern": "Storage in summer" } }),
    )
    .unwrap();
    let c = invoke(
        &w,
        "address_concern",
        json!({ "concern": c["id"], "addressed": true, "response": "Outreach stores them." }),
    )
    .unwrap();
    assert_eq!(c["addressed"], true);
    let a = invoke(&w, "amend_proposal", json!({ "proposal": tents, "input": { "text": "Finance proposes to set aside 900.", "by": "Jo", "item": item } })).unwrap();
    assert_eq!(a["status"], "pending");
    let a = invoke(
        &w,
        "decide_amendment",
        json!({ "amendment": a["id"], "accepted": true }),
    )
    .unwrap();
    assert_eq!(a["version"], 2);
    let diff = invoke(
        &w,
        "diff_versions",
        json!({ "proposal": tents, "from": 1, "to": 2 }),
    )
    .unwrap();
    assert!(diff["chunks"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["change"] == "insert"));
    invoke(
        &w,
        "record_temperature",
        json!({ "item": item, "input": { "up": 40, "sideways": 3, "down": 1 } }),
    )
    .unwrap();
    invoke(
        &w,
        "advance_step",
        json!({ "item": item, "to": "call-for-consensus" }),
    )
    .unwrap();

    let input = json!({ "support": 45, "against": 2, "named_stand_asides": [{ "name": "Ben", "reason": "cost" }] });
    let preview = invoke(&w, "preview_decision", json!({ "input": input })).unwrap();
    assert_eq!(
        (preview["outcome"].clone(), preview["rule"].clone()),
        (json!("passed"), json!("modified:90"))
    );
    assert_eq!(preview["proposal_status"], "decided");
    let bad = invoke(
        &w,
        "preview_decision",
        json!({ "input": { "named_blocks": [{ "name": "Max" }] } }),
    )
    .unwrap_err();
    assert_eq!(bad["kind"], "invalid-input");
    let d = invoke(
        &w,
        "record_decision",
        json!({ "item": item, "input": input }),
    )
    .unwrap();
    assert_eq!(
        (d["outcome"].clone(), d["entered_by"].clone()),
        (json!("passed"), json!("facilitator"))
    );
    let d = invoke(
        &w,
        "set_disputed",
        json!({ "decision": d["id"], "disputed": true, "note": "Recount asked" }),
    )
    .unwrap();
    assert_eq!(d["disputed"], true);
    let h = invoke(&w, "get_hearing", json!({ "item": item })).unwrap();
    assert_eq!(
        (h["step"].clone(), h["open"].clone()),
        (json!("outcome"), json!(false))
    );

    let open_day = find("Weekly open day for neighbours");
    // A manual outcome carries who and why: an empty reason is refused.
    let e = invoke(
        &w,
        "withdraw_proposal",
        json!({ "proposal": open_day, "input": { "reason": "" } }),
    )
    .unwrap_err();
    assert_eq!(e["kind"], "invalid-input");
    let p = invoke(
        &w,
        "withdraw_proposal",
        json!({ "proposal": open_day, "input": { "reason": "The WG will bring a new one" } }),
    )
    .unwrap();
    assert_eq!(p["status"], "withdrawn");
    let garden = find("Community garden on the north lawn");
    let p = invoke(&w, "submit_proposal", json!({ "proposal": garden })).unwrap();
    assert_eq!(p["status"], "submitted");
    let p = invoke(
        &w,
        "send_back_proposal",
        json!({ "proposal": garden, "input": { "reason": "Ask the council", "by": "the facilitator" } }),
    )
    .unwrap();
    assert_eq!(p["status"], "sent-back");
    let solar = find("Solar panels for the tech tent");
    let p = invoke(
        &w,
        "table_proposal",
        json!({ "proposal": solar, "input": { "reason": "Out of time", "by": null } }),
    )
    .unwrap();
    assert_eq!(p["status"], "tabled");
    let p = invoke(
        &w,
        "new_proposal",
        json!({ "input": { "title": "Draft", "text": "Soon." }, "draft": true }),
    )
    .unwrap();
    assert_eq!(p["status"], "draft");
    let e = invoke(&w, "get_proposal", json!({ "proposal": "nope" })).unwrap_err();
    assert_eq!(e["kind"], "invalid-input");
}
