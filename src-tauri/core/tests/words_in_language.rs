//! The core's words in the app's language (issue 15): a decision's two sentences and the
//! stack view's labels come out of the commands' own functions — the room's command
//! table (`get_proposal`, `get_stack`, the stack actions: one table for the app's IPC and
//! the room's HTTP) and the core calls the app's other commands make — in the language
//! asked for, said by the same functions as the minutes. English stays as it was.

mod common;

use common::{db, plain};
use plenary_core::decision::DecisionInput;
use plenary_core::i18n::Lang;
use plenary_core::minutes::MinutesOptions;
use plenary_core::room::commands::{self, Caller};
use plenary_core::{Actor, Db};
use serde_json::{json, Value};
use uuid::Uuid;

const F: Actor = Actor::Facilitator;

/// Today's GA (open), a proposal on its agenda under way, the rule modified:90.
fn ga(db: &mut Db) -> (Uuid, Uuid, Uuid) {
    db.set_default_rule(F, "modified:90").unwrap();
    common::proposal_under_way(db)
}

/// Two blocks only counted, then the vote: 20 for, 2 against (the e2e walk's decision).
fn counts() -> DecisionInput {
    DecisionInput {
        support: 20,
        against: 2,
        blocks: Some(2),
        ..Default::default()
    }
}

fn call(db: &mut Db, name: &str, args: Value) -> Value {
    commands::call(db, &Caller::HOST, name, args).unwrap()
}

#[test]
fn a_decisions_sentences_come_in_the_language_asked_for_as_the_minutes_say_them() {
    let mut db = db();
    let (m, item, p) = ga(&mut db);

    // The preview (preview_decision's core call), in English as before, in Spanish, in Arabic.
    let en = db.preview_decision(&counts()).unwrap();
    assert_eq!(
        en.explanation,
        "passed: vote 20 for, 2 against — 90.9%, at least 90%"
    );
    assert_eq!(
        en.counted,
        "2 blocks (names and reasons not recorded); vote: 20 for, 2 against — 90.9%, at least 90%"
    );
    let es = db.preview_decision_in(&counts(), Lang::Es).unwrap();
    assert_eq!(
        es.explanation,
        "aprobada: votación 20 a favor, 2 en contra — 90,9 %, al menos 90 %"
    );
    assert_eq!(
        es.counted,
        "2 bloqueos (sin nombres ni motivos anotados); votación: 20 a favor, 2 en contra — 90,9 %, al menos 90 %"
    );
    let ar = db.preview_decision_in(&counts(), Lang::Ar).unwrap();
    assert_eq!(
        plain(&ar.explanation),
        "أُقرّ: تصويت 20 مع، 2 ضد — 90.9%، 90% على الأقل"
    );
    assert_eq!(
        plain(&ar.counted),
        "اعتراضان مانعان (لم تُسجّل الأسماء ولا الأسباب)؛ تصويت: 20 مع، 2 ضد — 90.9%، 90% على الأقل"
    );
    // The codes and numbers stay as they are, whatever the language.
    assert_eq!((es.outcome, es.reason), (en.outcome, en.reason));

    // Recorded (record_decision's answer), then read back on the proposal page through
    // the room's table (`get_proposal` with `lang`): the same sentences as previewed.
    let d = db.record_decision(F, item, &counts()).unwrap();
    assert_eq!(d.explanation, en.explanation);
    let d_es = d.clone().said_in(Lang::Es);
    assert_eq!(
        (d_es.explanation.as_str(), d_es.counted.as_str()),
        (es.explanation.as_str(), es.counted.as_str())
    );
    let page = call(
        &mut db,
        "get_proposal",
        json!({"proposal": p.to_string(), "lang": "es"}),
    );
    assert_eq!(page["decisions"][0]["explanation"], es.explanation.as_str());
    assert_eq!(page["decisions"][0]["counted"], es.counted.as_str());
    assert_eq!(page["decisions"][0]["outcome"], "passed");
    assert_eq!(page["decisions"][0]["reason"], "threshold-met");
    let page = call(
        &mut db,
        "get_proposal",
        json!({"proposal": p.to_string(), "lang": "ar"}),
    );
    assert_eq!(page["decisions"][0]["explanation"], ar.explanation.as_str());
    let page = call(&mut db, "get_proposal", json!({"proposal": p.to_string()}));
    assert_eq!(page["decisions"][0]["explanation"], en.explanation.as_str());
    assert_eq!(page["decisions"][0]["counted"], en.counted.as_str());

    // The minutes say the very same sentences (one function for both).
    for lang in [Lang::En, Lang::Es, Lang::Ar] {
        let minutes = db
            .minutes_in(m, MinutesOptions::default(), lang)
            .unwrap()
            .said_in(lang);
        let said = minutes
            .items
            .iter()
            .find_map(|i| i.proposal.as_ref()?.decision.clone())
            .unwrap();
        let view = d.clone().said_in(lang);
        assert_eq!(said.explanation, view.explanation, "{lang}");
        assert_eq!(said.counted, view.counted, "{lang}");
    }

    // A language Plenary does not speak is refused, with what it speaks.
    let e = commands::call(
        &mut db,
        &Caller::HOST,
        "get_proposal",
        json!({"proposal": p.to_string(), "lang": "xx"}),
    )
    .unwrap_err();
    assert!(e.to_string().contains("choose one of en, es"), "{e}");
}

#[test]
fn the_stack_views_words_come_in_the_language_asked_for() {
    let mut db = db();
    let (_, item, _) = ga(&mut db);
    let item = item.to_string();

    // Sam speaks once and waits again; the floor policy then caps speeches at one, so
    // Sam waits behind Ana; Kim asks a clarifying question. Each action answers in the
    // language asked for.
    call(&mut db, "stack_add", json!({"item": item, "name": "Sam"}));
    call(&mut db, "stack_next", json!({"item": item}));
    call(
        &mut db,
        "stack_add",
        json!({"item": item, "name": "Sam", "lang": "es"}),
    );
    call(
        &mut db,
        "set_floor_policy",
        json!({"item": item, "policy": "progressive,first-time-first,cap:1", "lang": "es"}),
    );
    call(
        &mut db,
        "stack_add",
        json!({"item": item, "name": "Ana", "lang": "es"}),
    );
    let es = call(
        &mut db,
        "stack_add",
        json!({"item": item, "name": "Kim", "kind": "clarifying", "lang": "es"}),
    );
    let reasons = |v: &Value| -> Vec<(String, String)> {
        v["waiting"]
            .as_array()
            .unwrap()
            .iter()
            .map(|w| {
                (
                    w["name"].as_str().unwrap().to_string(),
                    plain(w["reason"]["label"].as_str().unwrap()),
                )
            })
            .collect()
    };
    assert_eq!(
        reasons(&es),
        [
            ("Kim".to_string(), "pregunta aclaratoria".to_string()),
            ("Ana".to_string(), "habla por primera vez hoy".to_string()),
            (
                "Sam".to_string(),
                "espera: ha tenido 1 intervención en este punto, el límite es 1".to_string()
            ),
        ]
    );
    assert_eq!(es["waiting"][2]["reason"]["code"], "over-cap");
    assert_eq!(es["speaker"]["kind_label"], "toma de palabra");
    assert_eq!(es["waiting"][0]["hand_signal"], "mano en forma de «C»");
    assert_eq!(
        es["policy_label"],
        "turno progresivo; primero quien no ha hablado; como mucho 1 intervención por persona y punto"
    );
    assert_eq!(es["undo"]["action"], "stack.add");
    // What undo would undo, with its names, in the language asked for (its words are
    // kept with the step: migration 0026).
    assert_eq!(
        plain(es["undo"]["label"].as_str().unwrap()),
        "añadir a Kim (pregunta aclaratoria)"
    );
    let ar_undo = call(&mut db, "get_stack", json!({"item": item, "lang": "ar"}));
    assert_eq!(
        plain(ar_undo["undo"]["label"].as_str().unwrap()),
        "تسجيل Kim (سؤال توضيحي)"
    );

    // The same stack in Arabic (get_stack), and in English as it always was.
    let ar = call(&mut db, "get_stack", json!({"item": item, "lang": "ar"}));
    assert_eq!(
        plain(ar["waiting"][0]["reason"]["label"].as_str().unwrap()),
        "سؤال توضيحي"
    );
    assert_eq!(
        plain(ar["waiting"][2]["reason"]["label"].as_str().unwrap()),
        "ينتظر: أجرى 1 مداخلة في هذا البند، والحد هو 1"
    );
    let en = call(&mut db, "get_stack", json!({"item": item}));
    assert_eq!(
        reasons(&en),
        [
            ("Kim".to_string(), "clarifying question".to_string()),
            ("Ana".to_string(), "first time speaking today".to_string()),
            (
                "Sam".to_string(),
                "waits: has had 1 speech on this item, the cap is 1".to_string()
            ),
        ]
    );
    assert_eq!(en["speaker"]["kind_label"], "to speak");
    assert_eq!(en["waiting"][0]["hand_signal"], "\"C\" shape");
    assert_eq!(en["undo"]["label"], "add Kim (clarifying question)");
    assert_eq!(
        en["policy_label"],
        "progressive stack; first-time speakers first; at most 1 speech per person per item"
    );

    // Why a kind is not taken: nobody has the floor once the speech ends.
    call(&mut db, "stack_close", json!({"item": item}));
    let es = call(&mut db, "get_stack", json!({"item": item, "lang": "es"}));
    let why = |v: &Value, kind: &str| {
        v["kinds"]
            .as_array()
            .unwrap()
            .iter()
            .find(|k| k["kind"] == kind)
            .unwrap()["why_not"]
            .clone()
    };
    assert_eq!(why(&es, "speak"), "la pila está cerrada");
    assert_eq!(why(&es, "process"), Value::Null);
    let en = call(&mut db, "get_stack", json!({"item": item}));
    assert_eq!(why(&en, "speak"), "the stack is closed");
}

#[test]
fn the_projectors_the_hands_and_the_statistics_kinds_come_in_the_language_asked_for() {
    use plenary_core::stack::EntryKind;
    let mut db = db();
    let (m, item, _) = ga(&mut db);
    let (meeting, item) = (m.to_string(), item.to_string());
    call(&mut db, "stack_add", json!({"item": item, "name": "Sam"}));
    call(&mut db, "stack_next", json!({"item": item}));
    call(
        &mut db,
        "stack_add",
        json!({"item": item, "name": "Kim", "kind": "clarifying"}),
    );
    let speak = |lang: Lang| plenary_core::t!(lang, "entry-speak");
    let clarifying = |lang: Lang| plenary_core::t!(lang, "entry-clarifying");

    let es = call(
        &mut db,
        "get_projector_view",
        json!({"meeting": meeting, "lang": "es"}),
    );
    assert_eq!(es["speaker"]["kind_label"], speak(Lang::Es));
    assert_eq!(es["next"][0]["kind_label"], clarifying(Lang::Es));
    assert_ne!(speak(Lang::Es), speak(Lang::En));
    let en = call(&mut db, "get_projector_view", json!({"meeting": meeting}));
    assert_eq!(en["speaker"]["kind_label"], speak(Lang::En));

    db.raise_hand(m, "phone-1", "Ana", EntryKind::Clarifying)
        .unwrap();
    let hands = call(
        &mut db,
        "get_pending_hands",
        json!({"meeting": meeting, "lang": "el"}),
    );
    assert_eq!(hands["hands"][0]["kind_label"], clarifying(Lang::El));

    call(&mut db, "stack_next", json!({"item": item}));
    let stats = call(
        &mut db,
        "get_speaking_stats",
        json!({"meeting": meeting, "lang": "de"}),
    );
    let labels: Vec<&str> = stats["by_kind"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["label"].as_str().unwrap())
        .collect();
    assert!(labels.contains(&speak(Lang::De).as_str()), "{labels:?}");
    assert!(!labels.contains(&speak(Lang::En).as_str()), "{labels:?}");

    // The floor policy's history in the minutes: its words in the minutes' language.
    call(
        &mut db,
        "set_floor_policy",
        json!({"item": item, "policy": "progressive,cap:2"}),
    );
    let policy: plenary_core::stack::FloorPolicy = "progressive,cap:2".parse().unwrap();
    let fr = db
        .minutes_in(m, MinutesOptions::default(), Lang::Fr)
        .unwrap();
    assert_eq!(fr.policy_changes[0].label, policy.label_in(Lang::Fr));
    assert_ne!(policy.label_in(Lang::Fr), policy.label_in(Lang::En));
    // The policy before too (what the app's preview shows): in words in French, as
    // written in English, as the exported minutes print it.
    let before = &fr.policy_changes[0].before;
    let was: plenary_core::stack::FloorPolicy = before.parse().unwrap();
    assert_eq!(fr.policy_changes[0].before_label, was.label_in(Lang::Fr));
    let en = db.minutes(m, MinutesOptions::default()).unwrap();
    assert_eq!(en.policy_changes[0].label, policy.label_in(Lang::En));
    assert_eq!(&en.policy_changes[0].before_label, before);
}

#[test]
fn an_undo_step_kept_before_its_words_were_is_shown_with_its_actions_words() {
    let mut db = db();
    let (_, item, _) = ga(&mut db);
    call(&mut db, "stack_add", json!({"item": item, "name": "Sam"}));
    call(
        &mut db,
        "set_speaker_limit",
        json!({"item": item, "seconds": 90}),
    );
    let es = call(&mut db, "get_stack", json!({"item": item, "lang": "es"}));
    assert_eq!(
        plain(es["undo"]["label"].as_str().unwrap()),
        "fijar el tiempo por intervención en 90 s"
    );
    // A step recorded by the previous release has its English label and no words.
    db.conn()
        .execute("UPDATE stack_undo SET words = NULL", [])
        .unwrap();
    let es = call(&mut db, "get_stack", json!({"item": item, "lang": "es"}));
    assert_eq!(es["undo"]["label"], "el tiempo por intervención");
    let en = call(&mut db, "get_stack", json!({"item": item}));
    assert_eq!(en["undo"]["label"], "set the speaker limit to 90 s");
    // Undone in Spanish all the same: the step itself is whole.
    call(&mut db, "stack_undo", json!({"item": item}));
    let en = call(&mut db, "get_stack", json!({"item": item}));
    assert_eq!(en["undo"]["label"], "add Sam (to speak)");
}
