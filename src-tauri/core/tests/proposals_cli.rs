//! `plenary proposal …` run as a program: what scripts rely on (ids, the outcome word,
//! JSON), exit codes, and that refused commands leave the database unchanged.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

struct Run(Output);

impl Run {
    fn ok(self) -> String {
        assert!(
            self.0.status.success(),
            "failed: {}",
            String::from_utf8_lossy(&self.0.stderr)
        );
        String::from_utf8(self.0.stdout).unwrap()
    }
    fn fails(self, code: i32, needle: &str) {
        let err = String::from_utf8_lossy(&self.0.stderr);
        assert_eq!(self.0.status.code(), Some(code), "stderr: {err}");
        assert!(err.contains(needle), "stderr {err:?} lacks {needle:?}");
        assert!(
            self.0.stdout.is_empty(),
            "a failed command prints nothing on stdout"
        );
    }
}

fn plenary(db: &Path, args: &[&str]) -> Run {
    Run(Command::new(env!("CARGO_BIN_EXE_plenary"))
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .unwrap())
}

fn json(db: &Path, args: &[&str]) -> serde_json::Value {
    serde_json::from_str(&plenary(db, args).ok()).unwrap()
}

/// An assembly deciding under modified:90, with GA 1 and GA 2 planned.
fn assembly(dir: &Path) -> PathBuf {
    let db = dir.join("p.db");
    plenary(
        &db,
        &[
            "init",
            "--name",
            "Occupy NYC",
            "--code",
            "NYC",
            "--rule",
            "modified:90",
        ],
    )
    .ok();
    plenary(&db, &["meeting", "new", "--date", "2026-03-01"]).ok();
    plenary(&db, &["meeting", "new", "--date", "2026-03-08"]).ok();
    db
}

/// A new proposal on GA `meeting`'s agenda; returns its reference.
fn on_agenda(db: &Path, title: &str, meeting: &str) -> String {
    let id = plenary(
        db,
        &[
            "proposal", "new", "--title", title, "--text", "Do it.", "--by", "Jo",
        ],
    )
    .ok();
    plenary(
        db,
        &[
            "agenda",
            "add",
            "--meeting",
            meeting,
            "--kind",
            "proposal",
            "--title",
            title,
            "--proposal",
            id.trim(),
        ],
    )
    .ok();
    json(db, &["proposal", "show", id.trim(), "--json"])["proposal"]["reference"]
        .as_str()
        .unwrap()
        .to_string()
}

fn content(db: &Path) -> String {
    let c = rusqlite::Connection::open(db).unwrap();
    let tables: Vec<String> = c
        .prepare("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    tables
        .iter()
        .map(|t| {
            let n: i64 = c
                .query_row(&format!("SELECT count(*) FROM \"{t}\""), [], |r| r.get(0))
                .unwrap();
            let rev: i64 = c
                .query_row(
                    &format!("SELECT coalesce(sum(revision), 0) FROM \"{t}\""),
                    [],
                    |r| r.get(0),
                )
                .unwrap_or(0);
            format!("{t}:{n}:{rev}")
        })
        .collect::<Vec<_>>()
        .join(",")
}

#[test]
fn new_amend_decide_show() {
    let dir = tempfile::tempdir().unwrap();
    let db = assembly(dir.path());
    let id = plenary(
        &db,
        &[
            "proposal",
            "new",
            "--title",
            "Stove",
            "--text",
            "Spend up to 350 on a stove.",
            "--by",
            "Jo",
        ],
    )
    .ok();
    assert_eq!(id, "NYC-P-2026-001\n", "new prints the reference only");
    let p = "NYC-P-2026-001";
    let a = plenary(
        &db,
        &[
            "proposal",
            "amend",
            p,
            "--text",
            "Spend up to 400 on a gas stove.",
            "--by",
            "Sam",
            "--accepted",
        ],
    )
    .ok();
    assert!(
        a.trim().len() == 6 && a.trim().bytes().all(|b| b.is_ascii_hexdigit()),
        "amend prints the short reference only: {a:?}"
    );
    plenary(
        &db,
        &[
            "proposal",
            "amend",
            p,
            "--text",
            "Spend nothing.",
            "--by",
            "Kim",
            "--rejected",
        ],
    )
    .ok();
    let diff = plenary(&db, &["proposal", "diff", p]).ok();
    assert_eq!(
        diff.trim(),
        "Spend up to [-350-]{+400+} on a {+gas +}stove."
    );
    plenary(
        &db,
        &[
            "agenda",
            "add",
            "--meeting",
            "1",
            "--kind",
            "proposal",
            "--title",
            "Stove",
            "--proposal",
            p,
        ],
    )
    .ok();
    let out = plenary(
        &db,
        &[
            "proposal",
            "decide",
            p,
            "--meeting",
            "NYC-GA-1",
            "--support",
            "9",
            "--against",
            "1",
            "--stand-asides",
            "3",
            "--stand-aside",
            "Lee:too expensive",
            "--stand-aside",
            "Ana",
        ],
    )
    .ok();
    assert_eq!(out, "passed\n", "decide prints the outcome word only");
    let show = json(&db, &["proposal", "show", p, "--json"]);
    assert_eq!(show["proposal"]["status"], "decided");
    assert_eq!(show["proposal"]["text"], "Spend up to 400 on a gas stove.");
    assert_eq!(show["versions"].as_array().unwrap().len(), 2);
    let statuses: Vec<&str> = show["amendments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["accepted", "rejected"]);
    let d = &show["decisions"][0];
    assert_eq!(
        (d["rule"].as_str(), d["outcome"].as_str()),
        (Some("modified:90"), Some("passed"))
    );
    assert_eq!(
        (
            d["support"].as_u64(),
            d["against"].as_u64(),
            d["stand_asides"].as_u64()
        ),
        (Some(9), Some(1), Some(3))
    );
    assert_eq!(d["entered_by"], "cli");
    assert_eq!(d["stances"][0]["name"], "Lee");
    assert_eq!(d["stances"][0]["reason"], "too expensive");
    assert!(d["stances"][1]["reason"].is_null());
    for key in [
        "questions",
        "concerns",
        "temperature_checks",
        "hearings",
        "history",
    ] {
        assert!(show[key].is_array(), "show --json has {key}");
    }
    assert_eq!(show["hearings"][0]["step"], "outcome");
    let text = plenary(&db, &["proposal", "show", p]).ok();
    assert!(
        text.contains("NYC-P-2026-001 — Stove (decided)")
            && text.contains("stand-aside Lee: too expensive"),
        "{text}"
    );
}

/// The revised rules from the command line: blocks the minutes only counted
/// (`--blocks N`), a blocked call that never came to a vote, the vote after a blocked
/// call (blockers among those who voted), and the minutes saying what was counted.
#[test]
fn a_blocked_call_then_the_vote() {
    let dir = tempfile::tempdir().unwrap();
    let db = assembly(dir.path());
    let decide = |p: &str, extra: &[&str]| {
        let mut args = vec!["proposal", "decide", p, "--meeting", "1"];
        args.extend_from_slice(extra);
        plenary(&db, &args)
    };
    let blocked = on_agenda(&db, "Occupy the bank lobby", "1");
    assert_eq!(decide(&blocked, &["--blocks", "9"]).ok(), "blocked\n");
    let voted = on_agenda(&db, "Buy a generator", "1");
    assert_eq!(
        decide(
            &voted,
            &["--blocks", "9", "--support", "45", "--against", "7"]
        )
        .ok(),
        "failed\n"
    );
    let passed = on_agenda(&db, "Teach-in on Saturday", "1");
    let before = content(&db);
    // A named block still needs its reason; the total cannot be below those named.
    decide(&passed, &["--blocks", "1", "--block", "Max"])
        .fails(1, "the block by Max has no reason");
    decide(
        &passed,
        &[
            "--blocks",
            "1",
            "--block",
            "Max:unsafe",
            "--block",
            "Ona:unfair",
            "--support",
            "16",
        ],
    )
    .fails(1, "1 blocks in total, but 2 are named");
    assert_eq!(content(&db), before, "refused: nothing written");
    assert_eq!(
        decide(
            &passed,
            &[
                "--blocks",
                "2",
                "--block",
                "Max:unsafe",
                "--support",
                "16",
                "--against",
                "1"
            ]
        )
        .ok(),
        "passed\n"
    );
    let quiet = on_agenda(&db, "Thank the kitchen", "1");
    assert_eq!(decide(&quiet, &["--rule", "consensus"]).ok(), "consensus\n");

    let show = json(&db, &["proposal", "show", &voted, "--json"]);
    let d = &show["decisions"][0];
    assert_eq!(
        (
            d["support"].as_u64(),
            d["against"].as_u64(),
            d["blocks"].as_u64()
        ),
        (Some(45), Some(7), Some(9))
    );
    assert_eq!(
        d["participants"], 52,
        "the blockers are counted once, among the voters"
    );
    assert_eq!(
        d["counted"],
        "9 blocks (names and reasons not recorded); vote: 45 for, 7 against — 86.5%, below 90%"
    );
    let md = plenary(&db, &["minutes", "1", "--format", "md"]).ok();
    for needle in [
        "**Decision** under modified:90: 9 blocks (names and reasons not recorded)\n",
        "**Outcome: BLOCKED** — blocked: 9 blocks and no vote held",
        "**Decision** under modified:90: 9 blocks (names and reasons not recorded); vote: 45 for, 7 against — 86.5%, below 90%",
        "**Decision** under modified:90: 2 blocks (1 without name or reason recorded); vote: 16 for, 1 against — 94.1%, at least 90%",
        "- Block: Max — unsafe",
        "**Decision** under consensus (the GA chose it over its default, modified:90): consensus (no count taken)",
    ] {
        assert!(md.contains(needle), "missing {needle:?} in\n{md}");
    }
    let html = plenary(&db, &["minutes", "1", "--format", "html"]).ok();
    assert!(html.contains(
        "9 blocks (names and reasons not recorded); vote: 45 for, 7 against — 86.5%, below 90%"
    ));
    assert!(html.contains("consensus (no count taken)"));
    let csv = plenary(&db, &["minutes", "1", "--format", "csv"]).ok();
    assert!(
        csv.contains(",45,7,0,9,\"9 blocks (names and reasons not recorded); vote: 45 for, 7 against — 86.5%, below 90%\","),
        "{csv}"
    );
}

/// A tabling, a withdrawal and a sending back say who and why: `proposal show` prints
/// them, `--json` carries them, and the minutes print them in every format.
#[test]
fn manual_outcomes_carry_who_and_why() {
    let dir = tempfile::tempdir().unwrap();
    let db = assembly(dir.path());
    let tabled = on_agenda(&db, "Occupy the bank lobby", "1");
    let withdrawn = on_agenda(&db, "Rent a container", "1");
    let sent_back = on_agenda(&db, "A code of conduct", "1");
    let reason = "after 9 blocks, to come back with a teach-in";
    plenary(
        &db,
        &[
            "proposal",
            "table",
            &tabled,
            "--meeting",
            "1",
            "--reason",
            reason,
            "--by",
            "the proposers",
        ],
    )
    .ok();
    plenary(
        &db,
        &[
            "proposal",
            "withdraw",
            &withdrawn,
            "--meeting",
            "1",
            "--reason",
            "Ask the council first",
        ],
    )
    .ok();
    plenary(
        &db,
        &[
            "proposal",
            "send-back",
            &sent_back,
            "--meeting",
            "1",
            "--reason",
            "Add an appeal",
            "--by",
            "the facilitator",
        ],
    )
    .ok();

    let show = plenary(&db, &["proposal", "show", &tabled]).ok();
    assert!(
        show.contains(&format!("outcome — tabled by the proposers: {reason}")),
        "{show}"
    );
    let j = json(&db, &["proposal", "show", &tabled, "--json"]);
    let h = &j["hearings"][0];
    assert_eq!(
        (
            h["outcome"].as_str(),
            h["outcome_by"].as_str(),
            h["outcome_reason"].as_str()
        ),
        (Some("tabled"), Some("the proposers"), Some(reason))
    );
    let last = j["history"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(
        (last["by"].as_str(), last["note"].as_str()),
        (Some("the proposers"), Some(reason))
    );
    // Who defaults to the proposers for a withdrawal.
    let j = json(&db, &["proposal", "show", &withdrawn, "--json"]);
    assert_eq!(j["hearings"][0]["outcome_by"], "the proposers");

    let md = plenary(&db, &["minutes", "1", "--format", "md"]).ok();
    for needle in [
        format!("**Outcome: TABLED** — by the proposers: {reason}"),
        "**Outcome: WITHDRAWN** — by the proposers: Ask the council first".to_string(),
        "**Outcome: SENT-BACK** — by the facilitator: Add an appeal".to_string(),
    ] {
        assert!(md.contains(&needle), "missing {needle:?} in\n{md}");
    }
    let html = plenary(&db, &["minutes", "1", "--format", "html"]).ok();
    assert!(
        html.contains(&format!(
            "<strong>Outcome: TABLED</strong> — by the proposers: {reason}</p>"
        )),
        "{html}"
    );
    let csv = plenary(&db, &["minutes", "1", "--format", "csv"]).ok();
    assert!(
        csv.contains(&format!(",tabled,the proposers,\"{reason}\",")),
        "{csv}"
    );
    assert!(
        csv.contains(",withdrawn,the proposers,Ask the council first,"),
        "{csv}"
    );
}

#[test]
fn decide_prints_each_outcome_word() {
    let dir = tempfile::tempdir().unwrap();
    let db = assembly(dir.path());
    let cases: &[(&str, &[&str])] = &[
        ("consensus", &["--support", "30", "--stand-asides", "2"]),
        ("passed", &["--support", "9", "--against", "1"]),
        (
            "failed",
            &["--support", "8", "--against", "1", "--block", "Max:unsafe"],
        ),
        (
            "blocked",
            &[
                "--rule",
                "consensus",
                "--support",
                "30",
                "--block",
                "Max:unsafe",
            ],
        ),
        ("tabled", &["--support", "10", "--quorum", "20"]),
        (
            "tabled",
            &[
                "--support",
                "6",
                "--stand-asides",
                "3",
                "--stand-aside-limit",
                "1/3",
            ],
        ),
        (
            "passed",
            &[
                "--rule",
                "supermajority:2/3",
                "--support",
                "2",
                "--against",
                "1",
            ],
        ),
        (
            "failed",
            &["--rule", "majority", "--support", "5", "--against", "5"],
        ),
    ];
    for (i, (want, args)) in cases.iter().enumerate() {
        let p = on_agenda(&db, &format!("P{i}"), "1");
        let mut all = vec!["proposal", "decide", p.as_str(), "--meeting", "1"];
        all.extend_from_slice(args);
        assert_eq!(plenary(&db, &all).ok().trim(), *want, "{args:?}");
    }
    // A tabled proposal is decided at a later GA.
    let p = on_agenda(&db, "Later", "1");
    assert_eq!(
        plenary(
            &db,
            &["proposal", "decide", &p, "--meeting", "1", "--quorum", "5"]
        )
        .ok(),
        "tabled\n"
    );
    plenary(
        &db,
        &[
            "agenda",
            "add",
            "--meeting",
            "2",
            "--kind",
            "proposal",
            "--title",
            "Later",
            "--proposal",
            &p,
        ],
    )
    .ok();
    assert_eq!(
        plenary(
            &db,
            &[
                "proposal",
                "decide",
                &p,
                "--meeting",
                "2",
                "--support",
                "12"
            ]
        )
        .ok(),
        "consensus\n"
    );
    let decided = json(&db, &["proposal", "list", "--status", "decided", "--json"]);
    assert_eq!(decided.as_array().unwrap().len(), 7);
    let tabled = json(&db, &["proposal", "list", "--status", "tabled", "--json"]);
    assert_eq!(
        tabled.as_array().unwrap().len(),
        2,
        "the two tabled ones stay tabled"
    );
}

#[test]
fn refusals_exit_1_usage_errors_exit_2_and_nothing_changes() {
    let dir = tempfile::tempdir().unwrap();
    let db = assembly(dir.path());
    let p = on_agenda(&db, "Stove", "1");
    plenary(
        &db,
        &[
            "proposal",
            "new",
            "--title",
            "Off",
            "--text",
            "Not on any agenda",
        ],
    )
    .ok();
    let before = content(&db);
    let decide = |extra: &[&str]| {
        let mut a = vec!["proposal", "decide", p.as_str(), "--meeting", "1"];
        a.extend_from_slice(extra);
        plenary(&db, &a)
    };
    decide(&["--rule", "consensus", "--support", "5", "--against", "1"])
        .fails(1, "under consensus there are no votes against");
    decide(&["--block", "Max"]).fails(1, "the block by Max has no reason");
    decide(&["--block", "Max:"]).fails(1, "the block by Max has no reason");
    decide(&[
        "--stand-asides",
        "1",
        "--stand-aside",
        "A",
        "--stand-aside",
        "B",
    ])
    .fails(1, "1 stand-asides in total, but 2 are named");
    decide(&["--stand-aside", "A", "--block", "a:unsafe"]).fails(1, "named twice");
    decide(&["--rule", "unanimous"]).fails(1, "unknown decision rule");
    decide(&["--stand-aside-limit", "4/3"]).fails(1, "stand-aside limit");
    decide(&["--quorum", "0"]).fails(1, "quorum is at least 1");
    decide(&["--support", "-3"]).fails(2, "error:");
    decide(&["--support", "lots"]).fails(2, "error:");
    plenary(
        &db,
        &[
            "proposal",
            "decide",
            "NYC-P-2026-002",
            "--meeting",
            "1",
            "--support",
            "3",
        ],
    )
    .fails(1, "is not on the agenda of NYC-GA-1");
    plenary(&db, &["proposal", "decide", &p, "--support", "3"]).fails(2, "--meeting");
    plenary(
        &db,
        &["proposal", "decide", "NYC-P-2026-099", "--meeting", "1"],
    )
    .fails(1, "no proposal \"NYC-P-2026-099\"");
    plenary(
        &db,
        &["proposal", "amend", &p, "--text", "x", "--by", "Kim"],
    )
    .fails(2, "--accepted");
    plenary(
        &db,
        &[
            "proposal",
            "amend",
            &p,
            "--text",
            "x",
            "--by",
            "Kim",
            "--accepted",
            "--rejected",
        ],
    )
    .fails(2, "cannot be used with");
    plenary(
        &db,
        &[
            "proposal",
            "amend",
            &p,
            "--text",
            "Do it.",
            "--by",
            "Kim",
            "--accepted",
        ],
    )
    .fails(1, "the same as version 1");
    plenary(
        &db,
        &[
            "proposal",
            "amend",
            &p,
            "--text",
            "Other",
            "--by",
            "",
            "--accepted",
        ],
    )
    .fails(1, "names who offered it");
    plenary(
        &db,
        &["proposal", "step", &p, "--meeting", "1", "--to", "vote"],
    )
    .fails(1, "from not-started the hearing can go to present");
    plenary(
        &db,
        &["proposal", "step", &p, "--meeting", "1", "--to", "dancing"],
    )
    .fails(1, "unknown process step");
    plenary(
        &db,
        &["proposal", "table", "NYC-P-2026-002", "--reason", "Later"],
    )
    .fails(1, "only a proposal before the GA");
    // A manual outcome says why: without --reason it is a usage error, and an empty
    // reason is refused by the core.
    plenary(&db, &["proposal", "table", &p, "--meeting", "1"]).fails(2, "--reason");
    plenary(
        &db,
        &["proposal", "table", &p, "--meeting", "1", "--reason", " "],
    )
    .fails(1, "say why: a tabling carries its reason");
    plenary(&db, &["proposal", "diff", &p, "--from", "1", "--to", "2"]).fails(1, "no version 2");
    plenary(
        &db,
        &[
            "proposal",
            "preview",
            "--rule",
            "consensus",
            "--against",
            "2",
        ],
    )
    .fails(1, "no votes against");
    assert_eq!(
        content(&db),
        before,
        "refused commands changed the database"
    );

    // After the decision, and on a closed GA.
    assert_eq!(decide(&["--support", "10"]).ok(), "consensus\n");
    let before = content(&db);
    decide(&["--support", "10"]).fails(1, "is over: its outcome (consensus) is recorded");
    plenary(
        &db,
        &[
            "proposal",
            "amend",
            &p,
            "--text",
            "More.",
            "--by",
            "Kim",
            "--accepted",
        ],
    )
    .fails(1, "was decided");
    plenary(&db, &["proposal", "withdraw", &p, "--reason", "Too late"]).fails(1, "was decided");
    assert_eq!(content(&db), before);
    let q = on_agenda(&db, "Closed", "2");
    plenary(&db, &["meeting", "open", "2"]).ok();
    plenary(&db, &["meeting", "close", "2"]).ok();
    let before = content(&db);
    plenary(
        &db,
        &["proposal", "decide", &q, "--meeting", "2", "--support", "4"],
    )
    .fails(1, "GA 2 is closed");
    plenary(
        &db,
        &[
            "proposal",
            "question",
            &q,
            "--meeting",
            "2",
            "--text",
            "Why?",
        ],
    )
    .fails(1, "GA 2 is closed");
    assert_eq!(content(&db), before);
}

#[test]
fn the_process_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = assembly(dir.path());
    let p = on_agenda(&db, "Stove", "1");
    assert_eq!(
        plenary(
            &db,
            &["proposal", "step", &p, "--meeting", "1", "--to", "present"]
        )
        .ok(),
        "present (next: clarifying-questions)\n"
    );
    let q = plenary(
        &db,
        &[
            "proposal",
            "question",
            &p,
            "--meeting",
            "1",
            "--text",
            "New or used?",
            "--by",
            "Dev",
        ],
    )
    .ok();
    plenary(&db, &["proposal", "answer", q.trim(), "--text", "Used."]).ok();
    let c = plenary(
        &db,
        &[
            "proposal",
            "concern",
            &p,
            "--meeting",
            "1",
            "--text",
            "Fire risk",
            "--by",
            "Ollie",
        ],
    )
    .ok();
    plenary(
        &db,
        &[
            "proposal",
            "address",
            c.trim(),
            "--response",
            "A fire blanket",
        ],
    )
    .ok();
    plenary(
        &db,
        &[
            "proposal",
            "amend",
            &p,
            "--meeting",
            "1",
            "--text",
            "Do it safely.",
            "--by",
            "Ollie",
            "--accepted",
        ],
    )
    .ok();
    plenary(
        &db,
        &[
            "proposal",
            "temperature",
            &p,
            "--meeting",
            "1",
            "--up",
            "20",
            "--sideways",
            "2",
            "--down",
            "1",
        ],
    )
    .ok();
    assert_eq!(
        plenary(
            &db,
            &[
                "proposal",
                "step",
                &p,
                "--meeting",
                "1",
                "--to",
                "call-for-consensus"
            ]
        )
        .ok(),
        "call-for-consensus (next: vote, concerns)\n"
    );
    let before = content(&db);
    let preview = plenary(
        &db,
        &["proposal", "preview", "--support", "9", "--against", "1"],
    )
    .ok();
    assert_eq!(preview.lines().next(), Some("passed"));
    assert!(
        preview.contains("vote 9 for, 1 against — 90%, at least 90%"),
        "{preview}"
    );
    let pj = json(
        &db,
        &[
            "proposal",
            "preview",
            "--support",
            "9",
            "--against",
            "2",
            "--block",
            "G:unsafe",
            "--json",
        ],
    );
    assert_eq!(
        (pj["outcome"].as_str(), pj["ratio"]["voters"].as_u64()),
        (Some("failed"), Some(11))
    );
    assert_eq!(content(&db), before, "preview writes nothing");
    assert_eq!(
        plenary(
            &db,
            &[
                "proposal",
                "decide",
                &p,
                "--meeting",
                "1",
                "--support",
                "9",
                "--against",
                "1"
            ]
        )
        .ok(),
        "passed\n"
    );
    plenary(
        &db,
        &[
            "proposal",
            "dispute",
            &p,
            "--meeting",
            "1",
            "--note",
            "The count was rushed",
        ],
    )
    .ok();
    let show = json(&db, &["proposal", "show", &p, "--json"]);
    assert_eq!(show["questions"][0]["answered_by"], "Jo");
    assert_eq!(show["concerns"][0]["addressed"], true);
    assert_eq!(show["temperature_checks"][0]["up"], 20);
    assert_eq!(show["decisions"][0]["disputed"], true);
    assert_eq!(show["decisions"][0]["version"], 2);
    let w = on_agenda(&db, "Container", "1");
    assert_eq!(
        plenary(
            &db,
            &[
                "proposal",
                "withdraw",
                &w,
                "--meeting",
                "1",
                "--note",
                "Later"
            ]
        )
        .ok(),
        format!("{w} is withdrawn\n")
    );
    let s = on_agenda(&db, "Code", "1");
    assert_eq!(
        plenary(
            &db,
            &["proposal", "send-back", &s, "--reason", "Add an appeal"]
        )
        .ok(),
        format!("{s} is sent-back\n")
    );
    let t = on_agenda(&db, "Day of action", "1");
    assert_eq!(
        plenary(
            &db,
            &[
                "proposal",
                "table",
                &t,
                "--meeting",
                "1",
                "--reason",
                "After 9 blocks, to come back with a teach-in",
                "--by",
                "the proposers"
            ]
        )
        .ok(),
        format!("{t} is tabled\n")
    );
    let d = plenary(
        &db,
        &[
            "proposal", "new", "--title", "Garden", "--text", "Dig.", "--draft",
        ],
    )
    .ok();
    assert_eq!(
        plenary(&db, &["proposal", "submit", d.trim()]).ok(),
        "NYC-P-2026-005 is submitted\n"
    );
    let list = plenary(&db, &["proposal", "list"]).ok();
    assert!(
        list.starts_with("PROPOSAL") && list.contains("withdrawn") && list.contains("sent-back"),
        "{list}"
    );
}

#[test]
fn an_empty_step_is_passed_over_by_saying_so_and_records_are_named_by_short_references() {
    let dir = tempfile::tempdir().unwrap();
    let db = assembly(dir.path());
    let p = on_agenda(&db, "Stove", "1");
    let step = |to: &str, none: bool| {
        let mut args = vec!["proposal", "step", &p, "--meeting", "1", "--to", to];
        if none {
            args.push("--none");
        }
        plenary(&db, &args)
    };
    step("present", false).ok();
    step("clarifying-questions", false).ok();
    let before = content(&db);
    step("concerns", false).fails(1, "no clarifying question is recorded at NYC-GA-1.1");
    assert_eq!(content(&db), before, "a refused move writes nothing");
    assert_eq!(
        step("concerns", true).ok(),
        "concerns (next: temperature-check, call-for-consensus)\n"
    );
    // Records and their answers, named by the short references `proposal show` prints.
    plenary(
        &db,
        &[
            "proposal",
            "concern",
            &p,
            "--meeting",
            "1",
            "--text",
            "Fire risk",
            "--by",
            "Ollie",
        ],
    )
    .ok();
    plenary(
        &db,
        &[
            "proposal",
            "amend",
            &p,
            "--meeting",
            "1",
            "--text",
            "Do it safely.",
            "--by",
            "Ollie",
            "--rejected",
        ],
    )
    .ok();
    let show = plenary(&db, &["proposal", "show", &p]).ok();
    let short = |needle: &str| -> String {
        show.lines()
            .find(|l| l.contains(needle))
            .and_then(|l| {
                l.split_once('[')?
                    .1
                    .split_once(']')
                    .map(|(r, _)| r.to_string())
            })
            .unwrap_or_else(|| panic!("no short reference on the line of {needle:?}: {show}"))
    };
    let concern = short("Fire risk");
    let amendment = short("rejected by Ollie");
    let detail = json(&db, &["proposal", "show", &p, "--json"]);
    let concern_id = detail["concerns"][0]["id"].as_str().unwrap();
    assert!(
        concern_id.replace('-', "").ends_with(&concern),
        "{concern} of {concern_id}"
    );
    plenary(
        &db,
        &[
            "proposal",
            "address",
            &concern,
            "--response",
            "A fire blanket",
        ],
    )
    .ok();
    let detail = json(&db, &["proposal", "show", &p, "--json"]);
    assert_eq!(detail["concerns"][0]["addressed"], true);
    assert_eq!(detail["concerns"][0]["response"], "A fire blanket");
    // An amendment already answered is refused by its short reference as by its id.
    plenary(&db, &["proposal", "amendment", &amendment, "--accepted"]).fails(1, "amendment");
    plenary(&db, &["proposal", "address", "zzzz", "--response", "x"])
        .fails(1, "no concern \"zzzz\"");

    // Tabled between GAs while on GA 2's agenda: a record there is refused, the
    // facilitator's move takes it up again.
    plenary(
        &db,
        &[
            "agenda",
            "add",
            "--meeting",
            "2",
            "--kind",
            "proposal",
            "--title",
            "Stove",
            "--proposal",
            &p,
        ],
    )
    .ok();
    plenary(&db, &["proposal", "table", &p, "--reason", "Out of time"]).ok();
    plenary(
        &db,
        &[
            "proposal",
            "question",
            &p,
            "--meeting",
            "2",
            "--text",
            "Which?",
        ],
    )
    .fails(1, "this proposal is tabled");
    plenary(
        &db,
        &["proposal", "step", &p, "--meeting", "2", "--to", "present"],
    )
    .ok();
    assert_eq!(
        json(&db, &["proposal", "show", &p, "--json"])["proposal"]["status"],
        "in-process"
    );
}

#[test]
fn recording_a_question_a_concern_or_an_amendment_prints_the_short_reference_show_prints() {
    let dir = tempfile::tempdir().unwrap();
    let db = assembly(dir.path());
    let p = on_agenda(&db, "Stove", "1");
    let at = ["--meeting", "1"];
    let run = |args: &[&str]| {
        let mut all = vec!["proposal"];
        all.extend_from_slice(args);
        plenary(&db, &all).ok().trim().to_string()
    };
    let q = run(&[
        "question",
        &p,
        at[0],
        at[1],
        "--text",
        "New or used?",
        "--by",
        "Dev",
    ]);
    let c = run(&[
        "concern",
        &p,
        at[0],
        at[1],
        "--text",
        "Fire risk",
        "--by",
        "Ollie",
    ]);
    let a = run(&[
        "amend",
        &p,
        at[0],
        at[1],
        "--text",
        "Buy a used stove.",
        "--by",
        "Ollie",
        "--rejected",
    ]);
    // Exactly what `proposal show` prints in brackets beside each.
    let show = run(&["show", &p]);
    for (short, line) in [
        (&q, "New or used?"),
        (&c, "Fire risk"),
        (&a, "rejected by Ollie"),
    ] {
        assert_eq!(short.len(), 6, "{short:?}");
        let shown = show.lines().find(|l| l.contains(line)).unwrap();
        assert!(
            shown.contains(&format!("[{short}]")),
            "{short} is not what show prints: {shown}"
        );
    }
    // …and what answer, address and amendment take, bare or as show prints it.
    run(&["answer", &q, "--text", "Used."]);
    run(&["address", &format!("[{c}]"), "--response", "A fire blanket"]);
    assert_eq!(
        run(&["amendment", &a, "--correct", "--accepted"])
            .lines()
            .next(),
        Some("accepted: the text is now version 2")
    );
    let d = json(&db, &["proposal", "show", &p, "--json"]);
    assert_eq!(d["questions"][0]["answer"], "Used.");
    assert_eq!(d["concerns"][0]["addressed"], true);

    // --json: the record with its full id, and the short reference beside it.
    let jq = json(
        &db,
        &[
            "proposal",
            "question",
            &p,
            "--meeting",
            "1",
            "--text",
            "Where from?",
            "--json",
        ],
    );
    let id = jq["id"].as_str().unwrap();
    assert!(uuid::Uuid::parse_str(id).is_ok(), "{jq}");
    assert_eq!(jq["short_ref"].as_str().unwrap(), &id[id.len() - 6..]);
    assert_eq!(jq["question"], "Where from?");
    let jc = json(
        &db,
        &[
            "proposal",
            "concern",
            &p,
            "--meeting",
            "1",
            "--text",
            "Cost",
            "--json",
        ],
    );
    assert!(jc["id"]
        .as_str()
        .unwrap()
        .ends_with(jc["short_ref"].as_str().unwrap()));
    let ja = json(
        &db,
        &[
            "proposal",
            "amend",
            &p,
            "--meeting",
            "1",
            "--text",
            "Buy two stoves.",
            "--by",
            "Kim",
            "--rejected",
            "--json",
        ],
    );
    assert!(ja["id"]
        .as_str()
        .unwrap()
        .ends_with(ja["short_ref"].as_str().unwrap()));
    assert_eq!(ja["status"], "rejected");
}
