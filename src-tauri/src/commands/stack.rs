//! The stack-keeper's commands. Every mutating command returns the new stack view, so the
//! UI needs one round trip per keystroke-action. The journal records the stack-keeper.
//! They are all the room's table's (commands/room.rs: the floor policy and the airtime
//! too, so that a paired stack-keeper's laptop has the whole stack page); the tests
//! below call them through the real handler.

#[cfg(test)]
mod tests {
    //! The stack commands through the mock runtime, the real handler table and the real
    //! capabilities of the main window: argument names, JSON shapes, errors.

    use plenary_core::agenda::NewAgendaItem;
    use plenary_core::meeting::NewMeeting;
    use plenary_core::{Actor, Db};
    use serde_json::{json, Value};
    use tauri::ipc::{CallbackFn, InvokeBody};
    use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
    use tauri::webview::InvokeRequest;
    use tauri::{Manager, WebviewWindow};

    fn invoke(w: &WebviewWindow<MockRuntime>, cmd: &str, args: Value) -> Result<Value, Value> {
        get_ipc_response(
            w,
            InvokeRequest {
                cmd: cmd.into(),
                callback: CallbackFn(0),
                error: CallbackFn(1),
                url: "tauri://localhost".parse().unwrap(),
                body: InvokeBody::Json(args),
                headers: Default::default(),
                invoke_key: INVOKE_KEY.into(),
            },
        )
        .map(|b| b.deserialize().unwrap())
    }

    #[test]
    fn the_stack_keeper_works_in_one_round_trip_per_action() {
        let app = crate::builder(mock_builder())
            .build(tauri::generate_context!())
            .unwrap();
        let mut db = Db::open_in_memory().unwrap();
        db.init_assembly("Occupy London", "LDN", None).unwrap();
        let m = db
            .new_meeting(
                Actor::Facilitator,
                &NewMeeting {
                    date: "2026-03-01".into(),
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
            .id
            .to_string();
        app.manage(crate::AppState::new(db).unwrap());
        let w = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
            .build()
            .unwrap();

        let v = invoke(&w, "stack_add", json!({"item": item, "name": "Sam"})).unwrap();
        assert_eq!(v["waiting"][0]["name"], "Sam");
        assert_eq!(
            v["waiting"][0]["reason"]["label"],
            "first time speaking today"
        );
        let v = invoke(
            &w,
            "stack_add",
            json!({"item": item, "name": "Alex", "kind": "speak", "prioritize": true}),
        )
        .unwrap();
        assert_eq!(v["waiting"][0]["reason"]["label"], "prioritized");
        let v = invoke(&w, "stack_next", json!({"item": item})).unwrap();
        assert_eq!(v["speaker"]["name"], "Alex");
        assert!(v["speaker"]["elapsed_ms"].is_number() && v["as_of"].is_string());
        let v = invoke(
            &w,
            "stack_add",
            json!({"item": item, "name": "Kim", "kind": "direct-response"}),
        )
        .unwrap();
        assert_eq!(
            v["waiting"][0]["reason"]["label"],
            "direct response to Alex"
        );
        let sam = v["waiting"][1]["entry_id"].clone();
        let v = invoke(
            &w,
            "stack_prioritize",
            json!({"entry": sam, "prioritized": true}),
        )
        .unwrap();
        assert_eq!(v["waiting"][1]["prioritized"], true);
        let v = invoke(&w, "stack_withdraw", json!({"entry": sam})).unwrap();
        assert_eq!(v["waiting"].as_array().unwrap().len(), 1);
        let v = invoke(&w, "stack_undo", json!({"item": item})).unwrap();
        assert_eq!(v["waiting"].as_array().unwrap().len(), 2);
        assert_eq!(v["undo"]["label"], "prioritize Sam");
        let v = invoke(
            &w,
            "set_speaker_limit",
            json!({"item": item, "seconds": 90}),
        )
        .unwrap();
        assert_eq!(v["speaker"]["limit_seconds"], 90);
        let v = invoke(&w, "stack_pause", json!({"item": item})).unwrap();
        assert_eq!(v["speaker"]["paused"], true);
        let v = invoke(&w, "stack_resume", json!({"item": item})).unwrap();
        assert_eq!(v["speaker"]["paused"], false);
        let v = invoke(&w, "stack_close", json!({"item": item})).unwrap();
        assert_eq!(
            (v["closed"].clone(), v["kinds"][4]["allowed"].clone()),
            (json!(true), json!(false))
        );
        let v = invoke(&w, "stack_reopen", json!({"item": item})).unwrap();
        assert_eq!(v["closed"], false);
        let v = invoke(&w, "get_stack", json!({"item": item})).unwrap();
        assert_eq!(v["item_reference"], "LDN-GA-1.1");
        invoke(&w, "stack_next", json!({"item": item})).unwrap();
        let s = invoke(
            &w,
            "get_speaking_stats",
            json!({"meeting": m.id.to_string()}),
        )
        .unwrap();
        assert_eq!(s["speeches"], 1);
        // The floor policy and the airtime: the room's table too (a paired laptop's
        // stack page has them), called by the same names and arguments.
        let v = invoke(
            &w,
            "set_floor_policy",
            json!({"item": item, "policy": "fifo,cap:2", "reason": "a short meeting"}),
        )
        .unwrap();
        assert_eq!(v["floor_policy_text"], "fifo,cap:2");
        let a = invoke(
            &w,
            "get_airtime",
            json!({"meeting": m.id.to_string(), "item": item}),
        )
        .unwrap();
        assert_eq!(
            (a["item_reference"].clone(), a["speeches"].clone()),
            (json!("LDN-GA-1.1"), json!(1))
        );

        // Refusals arrive as {kind, message}.
        let e = invoke(
            &w,
            "stack_add",
            json!({"item": item, "name": "Kim", "kind": "direct-response"}),
        )
        .unwrap_err();
        assert_eq!(e["kind"], "conflict");
        assert!(
            e["message"]
                .as_str()
                .unwrap()
                .contains("Kim has the floor: a direct response answers someone else"),
            "{e}"
        );
        // …with the catalogue's id and its arguments, which the UI words in its language.
        assert_eq!(e["code"], "error-stack-response-to-self", "{e}");
        assert_eq!(e["args"], json!({"name": "Kim"}), "{e}");
        let e = invoke(&w, "stack_add", json!({"item": item, "name": "sam"})).unwrap_err();
        assert_eq!(e["kind"], "conflict");
        assert!(
            e["message"]
                .as_str()
                .unwrap()
                .contains("Sam is already waiting"),
            "{e}"
        );
        let e = invoke(&w, "stack_add", json!({"item": "nope", "name": "Kim"})).unwrap_err();
        assert_eq!(e["kind"], "invalid-input");
        let e = invoke(
            &w,
            "stack_add",
            json!({"item": item, "name": "Kim", "kind": "shout"}),
        )
        .unwrap_err();
        assert!(e.to_string().contains("shout"), "{e}");
    }
}
