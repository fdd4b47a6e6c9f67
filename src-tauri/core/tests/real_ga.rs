//! A real GA, kept as a test: GA 144 of a made-up assembly, written up in the style of
//! the New York GA minutes of early 2012 (ga-process.md, "Real GAs, as minutes record
//! them") entirely through the `plenary` command line, as a minute-taker would from
//! notes — report-backs from WGs, from a caucus and from someone on behalf of another
//! assembly (one corrected afterwards without losing a word), a proposal with friendly
//! amendments tabled with its reason, one passed by the vote after a block,
//! announcements, approximate attendance, a facilitator handing over — then its minutes
//! in every format, and redacted with no name left. Typed up the next day: every time is
//! the minute-taker's (`--at`), never the clock's; blocks the minutes only counted are
//! counted (`--blocks N`); the tabling carries who and why; a clarifying question is
//! answered by the short reference `proposal show` prints; and after closing, a
//! correction that the minutes list ("Corrected after the meeting").

use std::path::{Path, PathBuf};
use std::process::Command;

fn plenary(db: &Path, args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .env("TZ", "UTC")
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "plenary {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn refused(db: &Path, args: &[&str], needle: &str) {
    let out = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "plenary {args:?}: {err}");
    assert!(
        err.contains(needle),
        "plenary {args:?}: {err:?} lacks {needle:?}"
    );
}

/// Everyone the record names: none of these may be left in redacted minutes.
const PEOPLE: &[&str] = &[
    "Dana Whitlock",
    "Evan Moore",
    "Lorenzo Bianchi",
    "Priya Raman",
    "Jesse Tran",
    "Barbara Kowalski",
    "Nan Okoye",
    "Tomás Reyes",
    "Marisol Vega",
    "Kwame Asante",
    "Hector Ruiz",
    "Pete Sandoval",
    "Gus Farrow",
    "Rosa Delgado",
    "Jun Park",
    "Aliyah Brooks",
];

fn write_up(dir: &Path) -> PathBuf {
    let db = dir.join("ga144.db");
    plenary(&db, &["init", "--name", "Occupy Example", "--code", "OEX"]);
    for (wg, category) in [
        ("Sanitation", "operational"),
        ("Housing", "sectorial"),
        ("People of Color Caucus", "caucus"),
    ] {
        plenary(&db, &["wg", "add", "--name", wg, "--category", category]);
    }
    let ga = plenary(
        &db,
        &[
            "meeting",
            "new",
            "--date",
            "2012-02-07",
            "--number",
            "144",
            "--place",
            "Atrium, 60 Wall St",
            "--time",
            "19:00",
        ],
    );
    assert_eq!(
        ga.trim(),
        "OEX-GA-144",
        "creating commands print the reference"
    );

    // The header: approximate attendance; roles, one of them handed over.
    plenary(&db, &["meeting", "attendance", "144", "50-60"]);
    plenary(
        &db,
        &[
            "meeting",
            "role",
            "144",
            "--role",
            "facilitator",
            "--name",
            "Dana Whitlock",
        ],
    );
    plenary(
        &db,
        &[
            "meeting",
            "role",
            "144",
            "--role",
            "stack keeper",
            "--name",
            "Lorenzo Bianchi",
        ],
    );
    plenary(
        &db,
        &[
            "meeting",
            "role",
            "144",
            "--role",
            "minute-taker",
            "--name",
            "Priya Raman",
        ],
    );
    plenary(
        &db,
        &[
            "meeting",
            "role",
            "144",
            "--role",
            "livestream",
            "--name",
            "Jesse Tran",
        ],
    );
    // "Dana stepped down at 20:10; Evan stepped up and finished."
    plenary(
        &db,
        &[
            "meeting",
            "role",
            "144",
            "--role",
            "facilitator",
            "--name",
            "Dana Whitlock",
            "--until",
            "20:10",
        ],
    );
    plenary(
        &db,
        &[
            "meeting",
            "role",
            "144",
            "--role",
            "facilitator",
            "--name",
            "Evan Moore",
            "--from",
            "20:10",
        ],
    );

    let teach_in = plenary(
        &db,
        &[
            "proposal",
            "new",
            "--title",
            "Foreclosure defence week",
            "--wg",
            "Housing",
            "--by",
            "Marisol Vega",
            "--text",
            "The GA endorses a week of foreclosure defence actions in March.",
        ],
    );
    assert_eq!(teach_in.trim(), "OEX-P-2026-001");
    let van = plenary(
        &db,
        &[
            "proposal",
            "new",
            "--title",
            "A van for Sanitation",
            "--wg",
            "Sanitation",
            "--by",
            "Pete Sandoval",
            "--text",
            "Sanitation buys a used cargo van for up to $4,000 from the general fund.",
        ],
    );
    let van = van.trim();

    let items: Vec<String> = [
        vec![
            "--kind",
            "process",
            "--title",
            "Welcome, process and agenda",
        ],
        vec![
            "--kind",
            "report-back",
            "--title",
            "Sanitation",
            "--wg",
            "Sanitation",
        ],
        vec!["--kind", "report-back", "--title", "Occupy Newark"],
        vec![
            "--kind",
            "report-back",
            "--title",
            "People of Color Caucus",
            "--wg",
            "People of Color Caucus",
        ],
        vec![
            "--kind",
            "proposal",
            "--title",
            "Foreclosure defence week",
            "--proposal",
            teach_in.trim(),
        ],
        vec![
            "--kind",
            "proposal",
            "--title",
            "A van for Sanitation",
            "--proposal",
            van,
        ],
        // A name typed into a title, of someone known only from the stack.
        vec![
            "--kind",
            "soapbox",
            "--title",
            "Soapbox: Rosa Delgado on the rent strike",
        ],
        vec!["--kind", "announcement", "--title", "Announcements"],
    ]
    .into_iter()
    .map(|args| {
        let mut all = vec!["agenda", "add", "--meeting", "144"];
        all.extend(args);
        plenary(&db, &all).trim().to_string()
    })
    .collect();
    assert_eq!(items[1], "OEX-GA-144.2");

    plenary(&db, &["meeting", "open", "144", "--at", "19:05"]);
    plenary(
        &db,
        &[
            "agenda",
            "notes",
            "144.1",
            "--text",
            "Quorum reached late; process explained for new folks.",
        ],
    );

    // Report-backs: a WG, another assembly, a caucus.
    plenary(
        &db,
        &[
            "agenda",
            "report-back",
            "144.2",
            "--presenter",
            "Barbra Kowalski",
            "--summary",
            "Cleaned the atrium twice; 40 bags out. Barbara thanks everyone who stayed late.",
            "--asks",
            "Two volunteers for Sunday mornings.",
        ],
    );
    // The presenter's name fixed: nothing else is lost…
    plenary(
        &db,
        &[
            "agenda",
            "report-back",
            "144.2",
            "--presenter",
            "Barbara Kowalski",
        ],
    );
    // …and blanking the asks by accident is refused.
    refused(
        &db,
        &["agenda", "report-back", "144.2", "--asks", ""],
        "--clear asks",
    );
    plenary(
        &db,
        &[
            "agenda",
            "report-back",
            "144.3",
            "--on-behalf-of",
            "Occupy Newark",
            "--presenter",
            "Nan Okoye",
            "--summary",
            "Eviction defence every Tuesday; they ask for bodies.",
        ],
    );
    plenary(
        &db,
        &[
            "agenda",
            "report-back",
            "144.4",
            "--presenter",
            "Tomás Reyes",
            "--summary",
            "Caucus meets Sundays at 3pm; new members welcome.",
        ],
    );

    // The stack of the first proposal, by short reference.
    let entry = plenary(
        &db,
        &[
            "stack",
            "add",
            "--item",
            "144.5",
            "--name",
            "Hector Ruiz",
            "--kind",
            "clarifying",
        ],
    );
    plenary(
        &db,
        &["stack", "add", "--item", "144.5", "--name", "Kwame Asante"],
    );
    let shown = plenary(&db, &["stack", "show", "--item", "144.5"]);
    assert!(
        shown.contains(entry.trim()),
        "stack show prints the short reference: {shown}"
    );
    plenary(&db, &["stack", "withdraw", "--entry", entry.trim()]);

    // The item's times, from the notes.
    plenary(&db, &["agenda", "start", "144.5", "--at", "19:40"]);
    // A clarifying question, answered by the short reference `proposal show` prints.
    plenary(
        &db,
        &[
            "proposal",
            "question",
            teach_in.trim(),
            "--meeting",
            "144",
            "--by",
            "Hector Ruiz",
            "--text",
            "Who runs the teach-in?",
        ],
    );
    let show = plenary(&db, &["proposal", "show", teach_in.trim()]);
    let question = show
        .lines()
        .find(|l| l.contains("Who runs the teach-in?"))
        .and_then(|l| {
            l.split_once('[')?
                .1
                .split_once(']')
                .map(|(r, _)| r.to_string())
        })
        .unwrap_or_else(|| panic!("proposal show prints the question's short reference: {show}"));
    assert_eq!(question.len(), 6, "{show}");
    plenary(
        &db,
        &[
            "proposal",
            "answer",
            &question,
            "--text",
            "The Housing WG, with the tenants' union.",
        ],
    );

    // Friendly amendments, then tabled with its reason.
    plenary(
        &db,
        &[
            "proposal", "amend", teach_in.trim(), "--meeting", "144", "--by", "Kwame Asante",
            "--accepted", "--text",
            "The GA endorses a week of foreclosure defence actions in March, starting with a teach-in.",
        ],
    );
    plenary(
        &db,
        &[
            "proposal",
            "amend",
            teach_in.trim(),
            "--meeting",
            "144",
            "--by",
            "Hector Ruiz",
            "--rejected",
            "--text",
            "The GA endorses a month of actions.",
        ],
    );
    plenary(
        &db,
        &[
            "proposal",
            "table",
            teach_in.trim(),
            "--meeting",
            "144",
            "--by",
            "the proposers",
            "--reason",
            "tabled with the FA to hold a teach-in first",
        ],
    );
    plenary(&db, &["agenda", "finish", "144.5", "--at", "20:05"]);

    // Passed by the vote after a blocked call: 3 blocks, one named with its reason (the
    // minutes only counted the others), then 45 yays, 3 nays.
    let outcome = plenary(
        &db,
        &[
            "proposal",
            "decide",
            van,
            "--meeting",
            "144",
            "--rule",
            "modified:90",
            "--support",
            "45",
            "--against",
            "3",
            "--blocks",
            "3",
            "--block",
            "Gus Farrow:the general fund is for bail",
        ],
    );
    assert_eq!(outcome.trim(), "passed");

    plenary(
        &db,
        &["stack", "add", "--item", "144.7", "--name", "Rosa Delgado"],
    );
    plenary(
        &db,
        &[
            "agenda",
            "announce",
            "144.8",
            "--by",
            "Jun Park",
            "--on-behalf-of",
            "Occupy Newark",
            "--text",
            "Bus to the Newark solidarity march leaves at 9am Saturday.",
        ],
    );
    plenary(
        &db,
        &[
            "agenda",
            "announce",
            "144.8",
            "--by",
            "Aliyah Brooks",
            "--text",
            "Library WG needs shelves.",
        ],
    );
    plenary(&db, &["meeting", "close", "144", "--at", "21:15"]);
    // Corrected after closing (the minutes are not approved yet): the caucus's asks,
    // heard on the audio the next day.
    plenary(
        &db,
        &[
            "agenda",
            "report-back",
            "144.4",
            "--asks",
            "Bring food for the Sunday meeting.",
        ],
    );
    db
}

#[test]
fn a_real_ga_written_up_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = write_up(dir.path());

    // `meeting show 144` finds GA 144: a bare number is the GA number.
    let shown = plenary(&db, &["meeting", "show", "144"]);
    assert!(shown.starts_with("OEX-GA-144 — 2012-02-07"), "{shown}");
    assert!(shown.contains("attendance: 50–60"), "{shown}");
    assert!(
        shown.contains("facilitator: Dana Whitlock (until 20:10)"),
        "{shown}"
    );

    let md = plenary(&db, &["minutes", "144", "--format", "md"]);
    for expected in [
        "**Attendance:** 50–60",
        "- **Facilitators:** Dana Whitlock (until 20:10), Evan Moore (from 20:10)",
        "- **Stack-keeper:** Lorenzo Bianchi",
        "- **Livestream:** Jesse Tran",
        "**Working group:** Sanitation · **Presented by:** Barbara Kowalski",
        "Cleaned the atrium twice; 40 bags out.",
        "Two volunteers for Sunday mornings.",
        "**On behalf of:** Occupy Newark · **Presented by:** Nan Okoye",
        "**Working group:** People of Color Caucus · **Presented by:** Tomás Reyes",
        "starting with a teach-in",
        "Gus Farrow",
        "the general fund is for bail",
        "- **Jun Park, for Occupy Newark:** Bus to the Newark solidarity march leaves at 9am Saturday.",
        "- **Aliyah Brooks:** Library WG needs shelves.",
        "Quorum reached late",
    ] {
        assert!(md.contains(expected), "Markdown lacks {expected:?}:\n{md}");
    }
    assert!(!md.contains("Barbra"), "the corrected name is gone: {md}");
    assert!(md.contains("45"), "{md}");
    for expected in [
        // The minute-taker's times, not the clock's.
        "**Opened:** 19:05",
        "**Closed:** 21:15",
        "(19:40–20:05)",
        // What was counted, blocks the minutes only counted included.
        "3 blocks (2 without name or reason recorded); vote: 45 for, 3 against — 93.7%",
        // Who tabled and why.
        "**Outcome: TABLED** — by the proposers: tabled with the FA to hold a teach-in first",
        "Who runs the teach-in?",
        "The Housing WG, with the tenants' union.",
        // The correction after closing, listed.
        "## Corrected after the meeting",
        "Bring food for the Sunday meeting.",
    ] {
        assert!(md.contains(expected), "Markdown lacks {expected:?}:\n{md}");
    }
    let shown_after = plenary(&db, &["meeting", "show", "144"]);
    assert!(
        shown_after.contains("corrected after the meeting:"),
        "{shown_after}"
    );

    let html = plenary(&db, &["minutes", "144", "--format", "html"]);
    for expected in [
        "Corrected after the meeting",
        "by the proposers: tabled with the FA to hold a teach-in first",
        "Attendance: 50–60",
        "Dana Whitlock (until 20:10), Evan Moore (from 20:10)",
        "<span class=\"label\">On behalf of:</span> Occupy Newark",
        "<span class=\"label\">Jun Park, for Occupy Newark:</span> Bus to the Newark",
        "Two volunteers for Sunday mornings.",
    ] {
        assert!(html.contains(expected), "HTML lacks {expected:?}:\n{html}");
    }

    let csv = dir.path().join("ga144.csv");
    plenary(
        &db,
        &[
            "minutes",
            "144",
            "--format",
            "csv",
            "-o",
            csv.to_str().unwrap(),
        ],
    );
    let decisions = std::fs::read_to_string(&csv).unwrap();
    assert!(decisions.contains("passed"), "{decisions}");
    assert!(
        decisions.contains("Gus Farrow: the general fund is for bail"),
        "{decisions}"
    );
    let agenda = std::fs::read_to_string(dir.path().join("ga144-agenda.csv")).unwrap();
    for expected in [
        "for Occupy Newark,Nan Okoye",
        "Jun Park, for Occupy Newark: Bus to the Newark solidarity march leaves at 9am Saturday.; Aliyah Brooks: Library WG needs shelves.",
        "Two volunteers for Sunday mornings.",
    ] {
        assert!(agenda.contains(expected), "CSV agenda lacks {expected:?}:\n{agenda}");
    }

    // Redacted, in every format: no name of anyone in the record is left — not even
    // Rosa's, known only from a stack and typed into a title.
    let mut redacted = vec![
        plenary(&db, &["minutes", "144", "--format", "md", "--redact-names"]),
        plenary(
            &db,
            &["minutes", "144", "--format", "html", "--redact-names"],
        ),
    ];
    let out = dir.path().join("redacted.csv");
    plenary(
        &db,
        &[
            "minutes",
            "144",
            "--format",
            "csv",
            "--redact-names",
            "-o",
            out.to_str().unwrap(),
        ],
    );
    for suffix in ["", "-speakers", "-agenda"] {
        redacted.push(
            std::fs::read_to_string(dir.path().join(format!("redacted{suffix}.csv"))).unwrap(),
        );
    }
    for text in &redacted {
        for person in PEOPLE {
            for part in person.split(' ') {
                assert!(
                    !text.contains(part),
                    "{part} (of {person}) is left in redacted minutes:\n{text}"
                );
            }
        }
        assert!(
            text.contains("Participant") || text.lines().count() <= 1,
            "{text}"
        );
    }
    assert!(
        redacted[0].contains("Occupy Newark"),
        "assemblies and WGs stay"
    );
    assert!(
        redacted[0].contains("Soapbox: Participant"),
        "{}",
        redacted[0]
    );
}

#[test]
fn people_in_the_record_are_listed_renamed_and_merged_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = write_up(dir.path());
    let list: serde_json::Value =
        serde_json::from_str(&plenary(&db, &["person", "list", "--json"])).unwrap();
    let names: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    // Barbra was a typo, kept as a person until merged.
    assert!(names.contains(&"Barbra Kowalski"), "{names:?}");
    assert_eq!(
        plenary(
            &db,
            &[
                "person",
                "merge",
                "Barbra Kowalski",
                "--into",
                "Barbara Kowalski"
            ]
        )
        .trim(),
        "Barbara Kowalski"
    );
    assert_eq!(
        plenary(
            &db,
            &["person", "rename", "Nan Okoye", "--to", "Nan Okoye-Bell"]
        )
        .trim(),
        "Nan Okoye-Bell"
    );
    let md = plenary(&db, &["minutes", "OEX-GA-144", "--format", "md"]);
    assert!(md.contains("**Presented by:** Nan Okoye-Bell"), "{md}");
    refused(
        &db,
        &["person", "rename", "Evan Moore", "--to", "dana whitlock"],
        "already someone called Dana Whitlock",
    );
    let table = plenary(&db, &["person", "list"]);
    assert!(!table.contains("Barbra"), "{table}");
}
