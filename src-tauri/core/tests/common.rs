//! Helpers shared by the core's integration tests.
#![allow(dead_code)]

use plenary_core::Db;

/// A fresh in-memory database with a local assembly.
pub fn db() -> Db {
    let mut db = Db::open_in_memory().unwrap();
    db.init_assembly("Test Assembly", "TST", None).unwrap();
    db
}

/// Every row of every table, as text: equal dumps mean nothing was written.
pub fn dump(db: &Db) -> String {
    let conn = db.conn();
    let mut tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    tables.sort();
    let mut out = String::new();
    // The search index's own pages (FTS5's shadow tables and its term list) are how FTS5
    // happens to lay out the index: an insert then a delete leaves different bytes for
    // the same nothing. What is indexed is `search_docs` (without its rowid, which a
    // record re-indexed gets anew) and how many rows `search_fts` has; the same for the
    // namesake indexes (0021).
    tables.retain(|t| {
        !t.starts_with("search_fts_")
            && !t.starts_with("search_titles_")
            && !t.starts_with("namesake_wgs_")
            && !t.starts_with("namesake_proposals_")
            && !t.ends_with("_terms")
    });
    for t in tables {
        out.push_str(&format!("## {t}\n"));
        let sql = match t.as_str() {
            "search_docs" => "SELECT kind, record_id, origin FROM search_docs ORDER BY 1, 2".into(),
            "search_fts" | "search_titles" | "namesake_wgs" | "namesake_proposals" => {
                format!("SELECT count(*) FROM {t}")
            }
            _ => format!("SELECT * FROM \"{t}\" ORDER BY 1"),
        };
        let mut st = conn.prepare(&sql).unwrap();
        let n = st.column_count();
        let rows = st
            .query_map([], |r| {
                let mut line = Vec::new();
                for i in 0..n {
                    let v: rusqlite::types::Value = r.get(i)?;
                    line.push(format!("{v:?}"));
                }
                Ok(line.join("|"))
            })
            .unwrap();
        for row in rows {
            out.push_str(&row.unwrap());
            out.push('\n');
        }
    }
    out
}

/// Asserts that `f` fails with `kind`, a message containing `needle`, and writes nothing.
pub fn refused<T: std::fmt::Debug>(
    db: &mut Db,
    kind: &str,
    needle: &str,
    f: impl FnOnce(&mut Db) -> plenary_core::Result<T>,
) {
    let before = dump(db);
    let err = f(db).expect_err("expected a refusal");
    assert_eq!(err.kind(), kind, "wrong kind for: {err}");
    assert!(
        err.to_string().contains(needle),
        "message {:?} does not contain {needle:?}",
        err.to_string()
    );
    assert_eq!(
        dump(db),
        before,
        "a refused action wrote to the database: {err}"
    );
}

/// Without the isolation marks Fluent puts around placeables in Arabic.
pub fn plain(s: &str) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
}

/// A proposal by Jo, submitted by the facilitator.
pub fn proposal_with(db: &mut Db, title: &str, text: &str) -> plenary_core::proposal::Proposal {
    db.new_proposal(
        plenary_core::Actor::Facilitator,
        &plenary_core::proposal::NewProposal {
            title: title.into(),
            text: text.into(),
            by: Some("Jo".into()),
            ..Default::default()
        },
    )
    .unwrap()
}

/// A GA planned on `date` ("YYYY-MM-DD").
pub fn meeting_on(db: &mut Db, date: &str) -> plenary_core::meeting::Meeting {
    db.new_meeting(
        plenary_core::Actor::Facilitator,
        &plenary_core::meeting::NewMeeting {
            date: date.into(),
            ..Default::default()
        },
    )
    .unwrap()
}

/// Puts `p` on `m`'s agenda; returns the item (the hearing).
pub fn hear(
    db: &mut Db,
    p: &plenary_core::proposal::Proposal,
    m: &plenary_core::meeting::Meeting,
) -> uuid::Uuid {
    db.add_agenda_item(
        plenary_core::Actor::Facilitator,
        &plenary_core::agenda::NewAgendaItem {
            meeting: m.reference.clone(),
            kind: "proposal".into(),
            title: p.title.clone(),
            proposal: Some(p.reference.clone()),
            ..Default::default()
        },
    )
    .unwrap()
    .id
}

/// A proposal's status now.
pub fn status(
    db: &Db,
    p: &plenary_core::proposal::Proposal,
) -> plenary_core::proposal::ProposalStatus {
    db.proposal(p.id).unwrap().status
}

/// An open GA of today with a proposal item taken up: (meeting, item, proposal).
pub fn proposal_under_way(db: &mut Db) -> (uuid::Uuid, uuid::Uuid, uuid::Uuid) {
    const F: plenary_core::Actor = plenary_core::Actor::Facilitator;
    let p = proposal_with(db, "Winter tents", "Buy ten tents.");
    let m = meeting_on(db, &chrono::Local::now().date_naive().to_string());
    let item = hear(db, &p, &m);
    db.open_meeting(F, m.id).unwrap();
    db.start_item(F, item).unwrap();
    (m.id, item, p.id)
}
