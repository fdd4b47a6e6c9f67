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
