//! The second half of the core's refusals (bundles, federation, the room, backups,
//! encryption, search, languages) are worded from `errors.ftl`: English exactly as the
//! sentences were before they had codes, and the kinds the messages select on (record
//! kinds, inbox or outbox) worded whole in each language, never an English word left in.

use plenary_core::i18n::Lang;
use plenary_core::{invalid, not_found};

#[test]
fn an_id_that_is_no_id_names_the_record_kind_in_each_language() {
    let e = invalid!("bad-id", what = "agenda-item", given = "zz");
    assert_eq!(e.code(), Some("error-bad-id"));
    assert_eq!(e.to_string(), r#"agenda item id "zz" is not a valid id"#);
    assert_eq!(
        e.said_in(Lang::Es),
        "«zz» no es un id válido de punto del orden del día"
    );
    assert_eq!(
        e.said_in(Lang::De),
        "„zz“ ist keine gültige ID für einen Tagesordnungspunkt"
    );
    let wg = invalid!("bad-id", what = "working-group", given = "q");
    assert_eq!(wg.to_string(), r#"working group id "q" is not a valid id"#);
    assert!(
        wg.said_in(Lang::Fr).ends_with("commission"),
        "{}",
        wg.said_in(Lang::Fr)
    );
}

#[test]
fn a_folder_refusal_says_which_folder_in_the_language() {
    let e = invalid!(
        "federation-folder-is-file",
        which = "outbox",
        folder = "/tmp/x"
    );
    assert_eq!(
        e.to_string(),
        "the outbox folder /tmp/x is a file, not a folder"
    );
    let es = e.said_in(Lang::Es);
    assert!(
        es.contains("carpeta de salida") && !es.contains("outbox"),
        "{es}"
    );
    let pt = e.said_in(Lang::Pt);
    assert!(
        pt.contains("pasta de saída") && !pt.contains("outbox"),
        "{pt}"
    );
}

#[test]
fn an_unknown_language_is_refused_in_the_language_asked_for() {
    let e = "xx".parse::<Lang>().unwrap_err();
    assert_eq!(e.code(), Some("error-i18n-unknown-language"));
    assert!(e
        .to_string()
        .starts_with(r#"Plenary does not speak "xx": choose one of en, "#));
    assert!(e.said_in(Lang::Es).starts_with("Plenary no habla «xx»"));
    let recipient = not_found!("bundle-recipient-unknown", given = "ZZ");
    assert!(recipient.said_in(Lang::El).contains("«ZZ»"));
    assert!(recipient
        .to_string()
        .starts_with(r#"no assembly known here is "ZZ" (give"#));
}

// ---- The first half's last English-only refusals (validate, the agenda, hearings, a
// proposal's life and versions, short references, another assembly's records): worded
// whole in each language, the words inside them (a field, a step, a status) too.

mod common;

use plenary_core::agenda::NewAgendaItem;
use plenary_core::meeting::NewMeeting;
use plenary_core::proposal::lifecycle::{next_status, Transition};
use plenary_core::proposal::{ManualOutcomeInput, ProcessStep, ProposalStatus};
use plenary_core::{conflict, not_allowed, word, Actor};

const F: Actor = Actor::Facilitator;

#[test]
fn a_fields_name_is_worded_in_the_language_of_the_refusal() {
    let mut db = common::db();
    let m = db
        .new_meeting(
            F,
            &NewMeeting {
                date: "2026-03-01".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let e = db
        .add_agenda_item(
            F,
            &NewAgendaItem {
                meeting: m.reference.clone(),
                kind: "discussion".into(),
                title: "   ".into(),
                ..Default::default()
            },
        )
        .unwrap_err();
    assert_eq!(e.code(), Some("error-field-empty"));
    assert_eq!(e.to_string(), "title is empty");
    assert_eq!(e.said_in(Lang::Es), "falta el título");
    assert_eq!(e.said_in(Lang::De), "der Titel ist leer");
    assert_eq!(e.said_in(Lang::Pt), "falta o título");
    assert_eq!(common::plain(&e.said_in(Lang::Ar)), "يجب ملء العنوان");
    // The UI receives the field as words to say in its own language.
    let v = serde_json::to_value(&e).unwrap();
    assert_eq!(
        v["args"]["field"],
        serde_json::json!({"code": "error-field-title", "args": {}, "message": "title"})
    );
    // A field named after a person's stance: the stance is worded too.
    let e =
        plenary_core::validate::line(word!("field-stance-name", stance = "block"), "").unwrap_err();
    assert_eq!(e.to_string(), "the name of a block is empty");
    assert_eq!(e.said_in(Lang::Fr), "il manque le nom d’un blocage");
    let e = plenary_core::validate::date(word!("field-date"), "2026-02-30").unwrap_err();
    assert_eq!(
        e.to_string(),
        r#"date "2026-02-30" is not a date: write it as YYYY-MM-DD, e.g. 2026-11-26"#
    );
    assert!(e
        .said_in(Lang::El)
        .starts_with("η ημερομηνία: το «2026-02-30» δεν είναι ημερομηνία"));
}

#[test]
fn a_refused_move_of_a_hearing_names_its_steps_in_the_language() {
    let mut db = common::db();
    let (_, item, _) = common::proposal_under_way(&mut db);
    let e = db
        .advance_step(F, item, ProcessStep::Outcome, false)
        .unwrap_err();
    assert_eq!(e.code(), Some("error-hearing-move-to-outcome"));
    assert!(
        e.to_string()
            .starts_with("cannot move to outcome: the outcome is reached by recording it"),
        "{e}"
    );
    let es = e.said_in(Lang::Es);
    assert!(es.starts_with("no se puede pasar a «resultado»: "), "{es}");
    let e = db
        .advance_step(F, item, ProcessStep::Concerns, false)
        .unwrap_err();
    let en = e.to_string();
    assert!(
        en.starts_with("cannot move to concerns: from ") && en.contains(" the hearing can go to "),
        "{en}"
    );
    for lang in [Lang::Es, Lang::Fr, Lang::De, Lang::Pt, Lang::El, Lang::Ar] {
        let said = e.said_in(lang);
        let words: Vec<&str> = said
            .split(|c: char| !(c.is_alphanumeric() || c == '-'))
            .collect();
        for english in ["concerns", "clarifying-questions", "present", "not-started"] {
            assert!(!words.contains(&english), "{lang}: {said}");
        }
    }
    assert!(
        e.said_in(Lang::De)
            .starts_with("„Bedenken und freundliche Änderungen“ geht nicht: nach „"),
        "{}",
        e.said_in(Lang::De)
    );
}

#[test]
fn a_proposals_life_is_refused_in_the_language_asked_for() {
    let e = next_status(ProposalStatus::Withdrawn, Transition::Submit).unwrap_err();
    assert_eq!(
        e.to_string(),
        "this proposal was withdrawn by its proposer: it can no longer be submitted"
    );
    assert_eq!(
        e.said_in(Lang::Fr),
        "cette proposition a été retirée par ses auteurs\u{a0}: elle ne peut plus être déposée"
    );
    let e = next_status(ProposalStatus::Draft, Transition::Hear).unwrap_err();
    assert_eq!(
        e.to_string(),
        "this proposal is draft: put it on a GA's agenda before hearing it"
    );
    assert_eq!(
        e.said_in(Lang::Es),
        "esta propuesta está: borrador; ponla en el orden del día de una asamblea antes de tratarla"
    );

    // Withdrawing without a reason names the move in the language.
    let mut db = common::db();
    let (_, item, p) = common::proposal_under_way(&mut db);
    let e = db
        .withdraw_proposal(
            F,
            p,
            Some(item),
            &ManualOutcomeInput {
                reason: " ".into(),
                by: None,
            },
        )
        .unwrap_err();
    assert!(
        e.to_string()
            .starts_with("say why: a withdrawal carries its reason"),
        "{e}"
    );
    assert!(
        e.said_in(Lang::Pt)
            .starts_with("digam porquê: uma retirada leva o seu motivo"),
        "{}",
        e.said_in(Lang::Pt)
    );
}

#[test]
fn a_short_reference_and_another_assemblys_record_are_refused_in_the_language() {
    let db = common::db();
    let e = db
        .resolve_short("amendments", "amendment", "[abcd12]")
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        r#"no amendment "abcd12" (name it by the short reference `show` prints, or by id)"#
    );
    assert!(
        e.said_in(Lang::Es)
            .starts_with("no hay ninguna enmienda «abcd12»"),
        "{}",
        e.said_in(Lang::Es)
    );
    let e = not_allowed!("not-owned-wg", name = "Kitchen");
    assert_eq!(
        e.to_string(),
        r#"working group "Kitchen" belongs to another assembly and is read-only here; adopt it to make your own copy"#
    );
    assert!(e
        .said_in(Lang::De)
        .starts_with("die Arbeitsgruppe „Kitchen“ gehört einer anderen Versammlung"));
    // The fields a report-back would blank, each worded, joined in the language.
    let fields = word!(
        "report-back-fields-and",
        first = word!("field-summary"),
        rest = word!("field-asks")
    );
    let e = conflict!(
        "report-back-would-blank",
        fields = fields,
        count = 2,
        flags = "summary --clear asks"
    );
    assert_eq!(
        e.to_string(),
        "this would blank the summary and the asks of this report-back: to mean it, clear them explicitly (--clear summary --clear asks)"
    );
    assert_eq!(
        e.said_in(Lang::Es),
        "esto dejaría en blanco el resumen y las peticiones de este informe: si es lo que quieres, vacíalos explícitamente (--clear summary --clear asks)"
    );
}

#[test]
fn a_word_not_of_its_set_names_the_set_in_the_language() {
    let e = "shout"
        .parse::<plenary_core::stack::EntryKind>()
        .unwrap_err();
    assert_eq!(e.code(), Some("error-unknown-value"));
    assert!(
        e.to_string()
            .starts_with(r#"unknown stack entry kind "shout": expected one of process, "#),
        "{e}"
    );
    assert!(
        e.said_in(Lang::Es).starts_with(
            "«shout» no es un valor de tipo de turno en la pila: se espera uno de process, "
        ),
        "{}",
        e.said_in(Lang::Es)
    );
    let e = "cooking"
        .parse::<plenary_core::wg::WgCategory>()
        .unwrap_err();
    assert!(
        e.said_in(Lang::De)
            .starts_with("„cooking“ ist kein Wert für Kategorie der Arbeitsgruppe"),
        "{}",
        e.said_in(Lang::De)
    );
}

#[test]
fn a_damaged_undo_record_says_what_is_damaged_in_the_language() {
    let e = plenary_core::invalid!("undo-damaged", what = word!("undo-damaged-not-json"));
    assert_eq!(
        e.to_string(),
        "the undo record of this stack is damaged (not JSON); nothing was undone"
    );
    assert_eq!(
        e.said_in(Lang::De),
        "der Rückgängig-Eintrag dieser Redeliste ist beschädigt (kein JSON); nichts wurde rückgängig gemacht"
    );
}
