//! THE list of what a bundle carries: one entry per exported table, with its columns, their
//! types and bounds, and how records refer to each other. Export, import, validation, the
//! JSON Schemas in docs/schema/ and the table of docs/bundle-format.md are all driven by
//! this list; adding a table to bundles is adding an entry here (in dependency order:
//! a table after the tables it refers to) and regenerating the docs
//! (`UPDATE_SCHEMAS=1 cargo test -p plenary-core --test bundle_schema`).
//!
//! Every exported table also has the common columns `id`, `origin`, `created_at`,
//! `updated_at` and `revision` (docs/ARCHITECTURE.md, "Invariants"); they are not repeated
//! in the entries. A test (tests/bundle_schema.rs) checks this list against the real
//! schema: every column, its nullability and its foreign key, and that every table with
//! an `origin` is either listed here or in [`LOCAL_ONLY`].

use crate::agenda::{ItemKind, ItemStatus};
use crate::decision::Outcome;
use crate::journal::Actor;
use crate::meeting::{MeetingFormat, MeetingStatus, StackPolicy};
use crate::proposal::decide::StanceKind;
use crate::proposal::versions::AmendmentStatus;
use crate::proposal::ProposalStatus;
use crate::validate::{MAX_LINE, MAX_TEXT};
use crate::wg::{WgCategory, WgStatus};

/// How a reference ties two records together when a bundle is cut from a few meetings
/// (`--meeting`) or a date (`--since`): what else must travel with a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Link {
    /// The record uses the target (a report-back names its WG): the target travels with it.
    Uses,
    /// The record belongs to the target (an agenda item to its meeting): it travels with a
    /// target that is exported in full (a chosen meeting), and the target travels with it.
    BelongsTo,
    /// The record is part of the target (a WG's status history): it travels with the
    /// target whenever the target travels, and the target with it.
    PartOf,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The record's own id: a UUID, written `8-4-4-4-12` in lower-case hex.
    Id,
    /// The owning assembly's id; in a bundle, always the producing assembly.
    Origin,
    /// The id of a record of `table`, which must be in the bundle or already in the
    /// importing database.
    Ref { table: &'static str, link: Link },
    /// The id of a record of `table` that the importer may not hold (never checked).
    Weak { table: &'static str },
    /// One line of text: at most `max` characters, no control characters.
    Line { max: usize },
    /// Text: at most `max` characters, no control characters but newline and tab.
    Text { max: usize },
    /// One of these words.
    Enum(&'static [&'static str]),
    /// A whole number in `min..=max`.
    Int { min: i64, max: i64 },
    /// A calendar date, `YYYY-MM-DD`.
    Date,
    /// A moment, RFC 3339 in UTC (`2026-11-26T19:00:00Z`, optional fraction of a second).
    Time,
    /// A local time of day, `HH:MM` (24-hour, 00:00 to 23:59).
    Clock,
}

#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub name: &'static str,
    pub kind: Kind,
    pub nullable: bool,
    pub about: &'static str,
    /// For a column added after bundles began: the value a record from an older bundle,
    /// which lacks the field, gets. `None`: the field is required.
    pub if_missing: Option<IfMissing>,
}

/// The value of a field missing from a record of an older bundle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IfMissing {
    Null,
    Zero,
    Empty,
    /// A word of an enumeration (a meeting's format: `general-assembly`).
    Word(&'static str),
}

#[derive(Debug, Clone, Copy)]
pub struct Table {
    /// The SQL table, and the bundle entry `records/<name>.jsonl`.
    pub name: &'static str,
    /// What one record is, for messages: "working group".
    pub record: &'static str,
    pub about: &'static str,
    /// The table's own columns (the common ones are added by [`Table::columns`]).
    pub own: &'static [Column],
}

const fn col(name: &'static str, kind: Kind, about: &'static str) -> Column {
    Column {
        name,
        kind,
        nullable: false,
        about,
        if_missing: None,
    }
}

const fn opt(name: &'static str, kind: Kind, about: &'static str) -> Column {
    Column {
        name,
        kind,
        nullable: true,
        about,
        if_missing: None,
    }
}

/// A column added after bundles began (`if_missing`: what older bundles' records get).
const fn added(c: Column, if_missing: IfMissing) -> Column {
    Column {
        if_missing: Some(if_missing),
        ..c
    }
}

const LINE: Kind = Kind::Line { max: MAX_LINE };
const TEXT: Kind = Kind::Text { max: MAX_TEXT };
/// The largest integer every JSON reader holds exactly (2^53 - 1).
pub const MAX_SAFE_INT: i64 = 9_007_199_254_740_991;

const fn uses(table: &'static str) -> Kind {
    Kind::Ref {
        table,
        link: Link::Uses,
    }
}

const fn part_of(table: &'static str) -> Kind {
    Kind::Ref {
        table,
        link: Link::PartOf,
    }
}

const fn belongs_to(table: &'static str) -> Kind {
    Kind::Ref {
        table,
        link: Link::BelongsTo,
    }
}

/// A count of people (hands, twinkles).
const COUNT: Kind = Kind::Int {
    min: 0,
    max: 10_000_000,
};
/// A decision rule or a fraction as written (`modified:90`, `1/3`); kept as text.
const RULE: Kind = Kind::Line { max: 40 };
/// The steps a hearing can be at (a hearing row exists once the process has begun).
const HEARING_STEPS: &[&str] = &[
    "present",
    "clarifying-questions",
    "concerns",
    "temperature-check",
    "call-for-consensus",
    "vote",
    "outcome",
];
/// The outcomes a decision under a rule can have (manual ones are hearing outcomes).
const DECISION_OUTCOMES: &[&str] = &["consensus", "passed", "blocked", "failed", "tabled"];

pub const HEAD: &[Column] = &[
    col(
        "id",
        Kind::Id,
        "The record's id (UUIDv7), the same in every assembly.",
    ),
    col(
        "origin",
        Kind::Origin,
        "The id of the assembly that owns the record: the assembly that made the bundle.",
    ),
];

pub const TAIL: &[Column] = &[
    col("created_at", Kind::Time, "When the record was created."),
    col("updated_at", Kind::Time, "When the record last changed."),
    col(
        "revision",
        Kind::Int {
            min: 1,
            max: MAX_SAFE_INT,
        },
        "1 when created, one more at every change: a higher revision replaces a lower one.",
    ),
];

/// Every exported table, parents before children.
pub const TABLES: &[Table] = &[
    Table {
        name: "people",
        record: "person",
        about: "People, known by name (nobody needs an account).",
        own: &[
            col("name", LINE, "The name the person gave."),
            opt("pronouns", LINE, "Pronouns, if given."),
        ],
    },
    Table {
        name: "working_groups",
        record: "working group",
        about: "Working groups: what they do and whether they are alive.",
        own: &[
            col("name", LINE, "The WG's name, unique in its assembly."),
            col(
                "category",
                Kind::Enum(WgCategory::TEXTS),
                "Operational, sectorial or strategy.",
            ),
            col("status", Kind::Enum(WgStatus::TEXTS), "The current status."),
            col("description", TEXT, "What the WG does."),
            col("contact", LINE, "How to reach the WG."),
            col("schedule", LINE, "When and where the WG meets."),
        ],
    },
    Table {
        name: "wg_status_changes",
        record: "working-group status change",
        about: "The dated history of each WG's status.",
        own: &[
            col(
                "wg_id",
                Kind::Ref {
                    table: "working_groups",
                    link: Link::PartOf,
                },
                "The working group.",
            ),
            col(
                "status",
                Kind::Enum(WgStatus::TEXTS),
                "The status from that day.",
            ),
            col("changed_on", Kind::Date, "The day of the change."),
            col("note", LINE, "Why, or where it was decided."),
        ],
    },
    Table {
        name: "meetings",
        record: "meeting",
        about: "General Assemblies: number, date, place, attendance, lifecycle.",
        own: &[
            col(
                "number",
                Kind::Int {
                    min: 1,
                    max: 1_000_000,
                },
                "The GA's number in its assembly (GA 39).",
            ),
            col("date", Kind::Date, "The local date of the GA."),
            col("place", LINE, "Where it is held."),
            opt(
                "attendance",
                Kind::Int {
                    min: 0,
                    max: 10_000_000,
                },
                "How many people attended (the bottom of a range, or the estimate).",
            ),
            added(
                opt(
                    "attendance_max",
                    Kind::Int {
                        min: 1,
                        max: 10_000_000,
                    },
                    "The top of a range (\"50–60\"), above `attendance`.",
                ),
                IfMissing::Null,
            ),
            added(
                col(
                    "attendance_about",
                    Kind::Int { min: 0, max: 1 },
                    "1 when attendance is an estimate (\"about 50\").",
                ),
                IfMissing::Zero,
            ),
            col(
                "policy",
                Kind::Enum(StackPolicy::TEXTS),
                "How the stack orders speakers.",
            ),
            added(
                col(
                    "format",
                    Kind::Enum(MeetingFormat::TEXTS),
                    "A general assembly or a spokes council (one spoke per WG, one voice per WG).",
                ),
                IfMissing::Word("general-assembly"),
            ),
            col(
                "status",
                Kind::Enum(MeetingStatus::TEXTS),
                "Planned, open or closed.",
            ),
            opt("opened_at", Kind::Time, "When it was opened."),
            opt("closed_at", Kind::Time, "When it was closed."),
            opt(
                "starts_at",
                Kind::Clock,
                "The planned start, local time of day on its date.",
            ),
            opt(
                "minutes_approved_at",
                Kind::Time,
                "When its minutes were approved.",
            ),
            opt(
                "minutes_approved_in",
                uses("meetings"),
                "The later meeting that approved its minutes.",
            ),
        ],
    },
    Table {
        name: "meeting_roles",
        record: "meeting role",
        about: "Who facilitated, kept the stack, kept time, took minutes, watched the vibes.",
        own: &[
            col(
                "meeting_id",
                Kind::Ref {
                    table: "meetings",
                    link: Link::BelongsTo,
                },
                "The meeting.",
            ),
            col(
                "role",
                Kind::Line { max: 60 },
                "The role: facilitator, stack-keeper, timekeeper, minute-taker, vibes-watcher, or any word of the assembly's own (stack reader, livestream…).",
            ),
            col("person_id", uses("people"), "Who held it."),
            added(
                opt("from_time", Kind::Clock, "Held from this time of the meeting (a hand-over)."),
                IfMissing::Null,
            ),
            added(
                opt("until_time", Kind::Clock, "Held until this time (stepped down)."),
                IfMissing::Null,
            ),
        ],
    },
    Table {
        name: "proposals",
        record: "proposal",
        about: "Proposals: reference, title, current text, proposer, status.",
        own: &[
            col(
                "year",
                Kind::Int {
                    min: 1900,
                    max: 9999,
                },
                "The year in the reference (LDN-P-2026-034).",
            ),
            col(
                "number",
                Kind::Int {
                    min: 1,
                    max: 1_000_000,
                },
                "The number in the reference.",
            ),
            col("title", LINE, "The title."),
            col("text", TEXT, "The current text."),
            col(
                "status",
                Kind::Enum(ProposalStatus::TEXTS),
                "Where it stands.",
            ),
            opt(
                "wg_id",
                uses("working_groups"),
                "The proposing working group.",
            ),
            opt("proposer_person_id", uses("people"), "The proposer."),
            opt(
                "derived_from",
                Kind::Weak { table: "proposals" },
                "The proposal of another assembly this one was adopted from.",
            ),
        ],
    },
    Table {
        name: "agenda_items",
        record: "agenda item",
        about: "The numbered items of each meeting's agenda (item 39.3).",
        own: &[
            col(
                "meeting_id",
                Kind::Ref {
                    table: "meetings",
                    link: Link::BelongsTo,
                },
                "The meeting.",
            ),
            col(
                "position",
                Kind::Int {
                    min: 1,
                    max: 10_000,
                },
                "The item's number in its meeting (3 in 39.3).",
            ),
            col(
                "kind",
                Kind::Enum(ItemKind::TEXTS),
                "What kind of business.",
            ),
            col("title", LINE, "The title."),
            opt(
                "allotted_minutes",
                Kind::Int { min: 1, max: 1440 },
                "The time allotted.",
            ),
            opt("started_at", Kind::Time, "When it was taken up."),
            opt("ended_at", Kind::Time, "When it ended."),
            col(
                "status",
                Kind::Enum(ItemStatus::TEXTS),
                "Pending, active, done or tabled.",
            ),
            opt("wg_id", uses("working_groups"), "The WG reporting back."),
            opt("proposal_id", uses("proposals"), "The proposal heard."),
            col("notes", TEXT, "The minute-taker's notes."),
        ],
    },
    Table {
        name: "report_backs",
        record: "report-back",
        about: "What a working group (or someone on another's behalf) reported to the GA on its agenda item.",
        own: &[
            col(
                "agenda_item_id",
                Kind::Ref {
                    table: "agenda_items",
                    link: Link::BelongsTo,
                },
                "The agenda item.",
            ),
            opt("wg_id", uses("working_groups"), "The working group (none when given on someone's behalf)."),
            added(
                col("on_behalf_of", LINE, "On whose behalf it was given (\"Occupy Newark\"); empty with a WG."),
                IfMissing::Empty,
            ),
            opt("presenter_person_id", uses("people"), "Who presented."),
            col("summary", TEXT, "What the WG did."),
            col("asks", TEXT, "What the WG needs from the GA."),
            col("announcements", TEXT, "The WG's announcements."),
        ],
    },
    Table {
        name: "announcements",
        record: "announcement",
        about: "Announcements made at an announcement item: who, on whose behalf, what.",
        own: &[
            col(
                "agenda_item_id",
                Kind::Ref {
                    table: "agenda_items",
                    link: Link::BelongsTo,
                },
                "The agenda item.",
            ),
            col("position", Kind::Int { min: 1, max: 100_000 }, "Its order at the item."),
            opt("person_id", uses("people"), "Who made it."),
            col("on_behalf_of", LINE, "On whose behalf; empty when in one's own name."),
            col("text", TEXT, "What was announced."),
        ],
    },
    Table {
        name: "proposal_versions",
        record: "proposal version",
        about: "Every version of a proposal's text: 1 as submitted, one more per accepted amendment.",
        own: &[
            col("proposal_id", part_of("proposals"), "The proposal."),
            col("number", Kind::Int { min: 1, max: 100_000 }, "The version number."),
            col("text", TEXT, "The text of that version."),
            opt(
                "amendment_id",
                Kind::Weak { table: "amendments" },
                "The accepted amendment that made it.",
            ),
        ],
    },
    Table {
        name: "amendments",
        record: "amendment",
        about: "Friendly amendments: the text as amended, who offered it, and the proposer's answer.",
        own: &[
            col("proposal_id", part_of("proposals"), "The proposal."),
            opt("agenda_item_id", uses("agenda_items"), "The hearing where it was offered."),
            col("base_version", Kind::Int { min: 1, max: 100_000 }, "The version it amends."),
            col("text", TEXT, "The whole text as the amendment would make it."),
            col("offered_by_person_id", uses("people"), "Who offered it."),
            col("status", Kind::Enum(AmendmentStatus::TEXTS), "Pending, accepted or rejected."),
            opt("version", Kind::Int { min: 1, max: 100_000 }, "The version an accepted one made."),
            opt("answered_at", Kind::Time, "When the proposer answered."),
        ],
    },
    Table {
        name: "hearings",
        record: "hearing",
        about: "A proposal heard on an agenda item: the step of the consensus process it reached and its outcome.",
        own: &[
            col("agenda_item_id", belongs_to("agenda_items"), "The agenda item."),
            col("proposal_id", uses("proposals"), "The proposal."),
            col("step", Kind::Enum(HEARING_STEPS), "The step of the process."),
            col("step_at", Kind::Time, "When that step began."),
            opt("outcome", Kind::Enum(Outcome::TEXTS), "How the hearing ended."),
            added(
                col(
                    "no_questions",
                    Kind::Int { min: 0, max: 1 },
                    "1 when the facilitator passed over the clarifying questions saying none was asked.",
                ),
                IfMissing::Zero,
            ),
            added(
                col(
                    "no_concerns",
                    Kind::Int { min: 0, max: 1 },
                    "1 when the facilitator passed over the concerns saying none was raised and no friendly amendment offered.",
                ),
                IfMissing::Zero,
            ),
        ],
    },
    Table {
        name: "clarifying_questions",
        record: "clarifying question",
        about: "Clarifying questions asked during a hearing, and their answers.",
        own: &[
            col("proposal_id", part_of("proposals"), "The proposal."),
            col("agenda_item_id", uses("agenda_items"), "The hearing."),
            opt("asked_by_person_id", uses("people"), "Who asked."),
            col("question", TEXT, "The question."),
            opt("answer", TEXT, "The answer."),
            opt("answered_by_person_id", uses("people"), "Who answered."),
            opt("answered_at", Kind::Time, "When it was answered."),
        ],
    },
    Table {
        name: "concerns",
        record: "concern",
        about: "Concerns raised during a hearing and how they were addressed.",
        own: &[
            col("proposal_id", part_of("proposals"), "The proposal."),
            col("agenda_item_id", uses("agenda_items"), "The hearing."),
            opt("raised_by_person_id", uses("people"), "Who raised it."),
            col("concern", TEXT, "The concern."),
            col("addressed", Kind::Int { min: 0, max: 1 }, "1 once addressed."),
            col("response", TEXT, "How it was addressed (or why not)."),
            opt("addressed_at", Kind::Time, "When it was addressed."),
        ],
    },
    Table {
        name: "temperature_checks",
        record: "temperature check",
        about: "Non-binding temperature checks (twinkles up, sideways, down).",
        own: &[
            col("proposal_id", part_of("proposals"), "The proposal."),
            col("agenda_item_id", uses("agenda_items"), "The hearing."),
            col("up", COUNT, "Twinkles up."),
            col("sideways", COUNT, "Sideways."),
            col("down", COUNT, "Down."),
            col("note", TEXT, "A note."),
        ],
    },
    Table {
        name: "decisions",
        record: "decision",
        about: "Decisions under a rule: the counts, the rule, the outcome, and whether it is disputed.",
        own: &[
            col("proposal_id", part_of("proposals"), "The proposal."),
            col("agenda_item_id", uses("agenda_items"), "The hearing (one decision per hearing)."),
            col("version", Kind::Int { min: 1, max: 100_000 }, "The version of the text decided."),
            col("rule", RULE, "The rule it was decided under (consensus, modified:90, supermajority:2/3, majority)."),
            col("default_rule", RULE, "The assembly's rule at the time."),
            col("support", COUNT, "In support: under a rule with a vote, the votes for; under consensus, those who agreed."),
            col("against", COUNT, "The votes against, blockers who voted against included (format 2); 0 under consensus."),
            col("stand_asides", COUNT, "Stand-asides, named or only counted."),
            col("blocks", COUNT, "Blocks, named or only counted."),
            opt("quorum", Kind::Int { min: 1, max: 10_000_000 }, "The quorum, if one applied."),
            opt("stand_aside_limit", RULE, "The stand-aside limit A/B, if one applied."),
            col("outcome", Kind::Enum(DECISION_OUTCOMES), "The outcome."),
            col("entered_by", Kind::Enum(Actor::TEXTS), "The role at the keyboard."),
            col("disputed", Kind::Int { min: 0, max: 1 }, "1 if the outcome is disputed."),
            col("dispute_note", TEXT, "Why it is disputed."),
        ],
    },
    Table {
        name: "decision_stances",
        record: "decision stance",
        about: "The stand-asides and blocks who gave their name, with their reasons.",
        own: &[
            col("decision_id", part_of("decisions"), "The decision."),
            col("stance", Kind::Enum(StanceKind::TEXTS), "Stand-aside or block."),
            col("person_id", uses("people"), "Who."),
            opt("reason", TEXT, "Why (required for a block)."),
            col("position", Kind::Int { min: 0, max: 10_000_000 }, "The order entered."),
        ],
    },
    Table {
        name: "proposal_status_changes",
        record: "proposal status change",
        about: "The dated history of each proposal's status, with where it happened.",
        own: &[
            col("proposal_id", part_of("proposals"), "The proposal."),
            col("status", Kind::Enum(ProposalStatus::TEXTS), "The status from then."),
            opt("meeting_id", uses("meetings"), "The meeting where it changed."),
            opt("agenda_item_id", uses("agenda_items"), "The agenda item where it changed."),
            col("note", TEXT, "Why."),
            added(
                col(
                    "by_whom",
                    LINE,
                    "Who, for an outcome set by hand (\"the proposers\"); empty otherwise.",
                ),
                IfMissing::Empty,
            ),
            col("changed_at", Kind::Time, "When."),
        ],
    },
    Table {
        name: "action_items",
        record: "action item",
        about: "What someone agreed to do, on the agenda item where it was agreed.",
        own: &[
            col("agenda_item_id", belongs_to("agenda_items"), "The agenda item."),
            col("text", TEXT, "What will be done."),
            opt("person_id", uses("people"), "Who will do it, if someone was named."),
        ],
    },
];

/// What a column's kind does not say and JSON Schema can: a pattern its text must match
/// (table, column, pattern). Used by the JSON Schemas of docs/schema/; the importer
/// enforces the same grammar ([`super::rules`]).
pub const PATTERNS: &[(&str, &str, &str)] = &[
    ("decisions", "rule", RULE_PATTERN),
    ("decisions", "default_rule", RULE_PATTERN),
    ("decisions", "stand_aside_limit", FRACTION_PATTERN),
];

/// A decision rule as written (docs/bundle-format.md, "Record rules"); A ≤ B is checked
/// on import but not expressible here.
pub const RULE_PATTERN: &str =
    "^(consensus|majority|modified:([1-9][0-9]?|100)|supermajority:[1-9][0-9]*/[1-9][0-9]*)$";
/// A fraction A/B (0 < A ≤ B), as a stand-aside limit is written.
pub const FRACTION_PATTERN: &str = "^[1-9][0-9]*/[1-9][0-9]*$";

/// What no two records may share: a table, the columns that are unique together, and the
/// rule in words. These are the database's UNIQUE indexes on exported tables
/// (tests/bundle_schema.rs checks the list against the schema); an import refuses a record
/// that would break one ([`super::stage`]), and docs/bundle-format.md lists them. `origin`
/// among the columns means "in the same assembly".
pub const UNIQUE: &[(&str, &[&str], &str)] = &[
    (
        "people",
        &["origin", "name"],
        "A name is given to one person per assembly, whatever its case.",
    ),
    (
        "working_groups",
        &["origin", "name"],
        "A WG's name is unique in its assembly, whatever its case.",
    ),
    (
        "meetings",
        &["origin", "number"],
        "A meeting's number is unique in its assembly.",
    ),
    (
        "meeting_roles",
        &["meeting_id", "role", "person_id"],
        "A person holds a role once in a meeting.",
    ),
    (
        "proposals",
        &["origin", "year", "number"],
        "A proposal's reference (year and number) is unique in its assembly.",
    ),
    (
        "report_backs",
        &["agenda_item_id"],
        "One report-back per agenda item.",
    ),
    (
        "proposal_versions",
        &["proposal_id", "number"],
        "A version number is unique in its proposal.",
    ),
    (
        "hearings",
        &["agenda_item_id"],
        "One hearing per agenda item.",
    ),
    (
        "decisions",
        &["agenda_item_id"],
        "One decision per hearing (its agenda item).",
    ),
    (
        "decision_stances",
        &["decision_id", "person_id"],
        "A person takes one stance in a decision.",
    ),
];

/// Tables with an `origin` that bundles deliberately do not carry.
pub const LOCAL_ONLY: &[(&str, &str)] = &[
    // Federation through a shared folder: this installation's folders and what it found
    // in them; the records travel in the bundles themselves.
    (
        "federation_folders",
        "where this installation's inbox and outbox are",
    ),
    (
        "federation_files",
        "what this installation found in its inbox",
    ),
    (
        "federation_relayed",
        "what this installation passed on; the bundles travel as they came",
    ),
    (
        "assemblies",
        "the producing assembly travels in the manifest",
    ),
    (
        "received_bundles",
        "what this installation received; passed on as the original files",
    ),
    ("tombstones", "travel as deletions.jsonl"),
    (
        "search_docs",
        "the search index, rebuilt from the records by triggers wherever they are",
    ),
    (
        "search_fts_docsize",
        "the search index's own bookkeeping (its `origin` column is FTS5's, not an assembly)",
    ),
    (
        "search_fts",
        "the search index; its `origin` column is each record's assembly as a token (0021)",
    ),
    (
        "search_titles",
        "the search index's titles (0027); its `origin` column is each record's assembly as a token",
    ),
    (
        "search_titles_docsize",
        "the titles' index's own bookkeeping (its `origin` column is FTS5's)",
    ),
    (
        "namesake_wgs",
        "the WGs' namesake index, rebuilt from the records by triggers wherever they are",
    ),
    (
        "namesake_wgs_docsize",
        "the namesake index's own bookkeeping (its `origin` column is FTS5's)",
    ),
    (
        "namesake_proposals",
        "the proposals' namesake index, rebuilt from the records by triggers wherever they are",
    ),
    (
        "namesake_proposals_docsize",
        "the namesake index's own bookkeeping (its `origin` column is FTS5's)",
    ),
    // The speaking log is the meeting's working data: who raised a hand when, and for how
    // long they spoke, stays with the assembly. The minutes (Markdown, in the bundle)
    // carry what the assembly chose to publish of it.
    ("stacks", "the speaking log stays with the assembly"),
    ("stack_entries", "the speaking log stays with the assembly"),
    ("speeches", "the speaking log stays with the assembly"),
    ("speech_pauses", "the speaking log stays with the assembly"),
    (
        "stack_undo",
        "the undo steps of this installation's stack-keeper",
    ),
    // The fair floor (ga-process.md): the sub-list a person chose is never exported;
    // policy changes are the floor's working record, like the speaking log — the bundle's
    // minutes list them with their reasons.
    (
        "floor_policy_changes",
        "the floor's working record; the bundle's minutes list the changes",
    ),
    (
        "floor_list_choices",
        "the sub-list a person chose is theirs: never exported (ga-process.md)",
    ),
    // A correction's before-value may be what the assembly chose to take out of its
    // record (a name, a wrong figure): the corrected records travel with their new
    // revision, and the bundle's minutes carry the list of corrections.
    (
        "corrections",
        "the corrected records travel; the bundle's minutes list the corrections",
    ),
    // A hand raised from a phone names a device of the room; once accepted, the stack
    // entry it became is the record (and that stays with the assembly too).
    // The spokes council (ga-process.md): who sat for each WG, their consult breaks and
    // each WG's voice are the council's working record, like the speaking log; the
    // decision's counts (one voice per WG) travel, and the bundle's minutes list spokes,
    // breaks and voices.
    (
        "spokes",
        "the council's working record; the bundle's minutes list each WG's spoke",
    ),
    (
        "consult_breaks",
        "the council's working record; the bundle's minutes list the breaks with their times",
    ),
    (
        "decision_wg_voices",
        "the decision's counts travel (one voice per WG); the bundle's minutes list each WG's voice",
    ),
    (
        "hand_requests",
        "a room's requests from devices; an accepted one is a stack entry",
    ),
];

impl Table {
    /// Every column in bundle (and SQL) order: `id`, `origin`, the table's own columns,
    /// `created_at`, `updated_at`, `revision`.
    pub fn columns(&self) -> impl Iterator<Item = &'static Column> + Clone {
        HEAD.iter().chain(self.own.iter()).chain(TAIL.iter())
    }

    /// The entry name of its records in a bundle.
    pub fn entry(&self) -> String {
        format!("records/{}.jsonl", self.name)
    }
}

/// Every column of each table of [`TABLES`], computed once (records are read by the
/// hundred thousand).
static COLUMNS: std::sync::LazyLock<Vec<Vec<&'static Column>>> =
    std::sync::LazyLock::new(|| TABLES.iter().map(|t| t.columns().collect()).collect());

/// The columns of a table of [`TABLES`] (or of another table, computed on the spot).
pub fn columns_of(table: &Table) -> std::borrow::Cow<'static, [&'static Column]> {
    match TABLES.iter().position(|t| std::ptr::eq(t, table)) {
        Some(i) => std::borrow::Cow::Borrowed(&COLUMNS[i]),
        None => std::borrow::Cow::Owned(table.columns().collect()),
    }
}

/// A reference column that must resolve: its index among [`Table::columns`], the
/// column, the index in [`TABLES`] of the table it names, and how it links.
#[derive(Debug, Clone, Copy)]
pub struct StrongRef {
    pub at: usize,
    pub column: &'static Column,
    pub target: usize,
    pub link: Link,
}

/// The references of a table that must resolve (every `Kind::Ref`).
pub fn strong_refs(table: &Table) -> Vec<StrongRef> {
    table
        .columns()
        .enumerate()
        .filter_map(|(at, column)| match column.kind {
            Kind::Ref { table, link } => table_index(table).map(|target| StrongRef {
                at,
                column,
                target,
                link,
            }),
            _ => None,
        })
        .collect()
}

/// The index in [`TABLES`] of a table name.
pub fn table_index(name: &str) -> Option<usize> {
    TABLES.iter().position(|t| t.name == name)
}

/// The temporary triggers that write a tombstone when a local record is deleted, one per
/// exported table. Temporary (created on every open, never stored in the file): the list
/// above is the only place that knows which tables travel, so a table added to it is
/// covered without a migration of its own.
pub(crate) fn tombstone_triggers() -> String {
    let mut sql = String::new();
    for t in TABLES {
        sql.push_str(&format!(
            "CREATE TEMP TRIGGER IF NOT EXISTS plenary_tombstone_{name} AFTER DELETE ON main.{name}
             WHEN OLD.origin = (SELECT id FROM main.assemblies WHERE is_local = 1)
             BEGIN
               INSERT OR REPLACE INTO tombstones (id, origin, record_table, deleted_at)
               VALUES (OLD.id, OLD.origin, '{name}', strftime('%Y-%m-%d %H:%M:%f+00:00', 'now'));
             END;\n",
            name = t.name
        ));
    }
    sql
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decision::Outcome;
    use crate::proposal::hearing::ProcessStep;

    /// The two word lists written out above are the SQL CHECKs of 0003_proposals.sql;
    /// they must stay the enums' words (a hearing row never says "not-started", and a
    /// decision under a rule never ends "withdrawn" or "sent-back").
    #[test]
    fn the_restricted_word_lists_follow_their_enums() {
        assert_eq!(HEARING_STEPS, &ProcessStep::TEXTS[1..]);
        assert_eq!(DECISION_OUTCOMES, &Outcome::TEXTS[..5]);
    }
}
