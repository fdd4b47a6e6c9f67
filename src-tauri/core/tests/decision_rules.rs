//! The decision rules of ga-process.md ("Decision rules (exact)"): one table row per
//! case of every rule, the input the rules refuse, and properties that hold for all
//! counts (proptest).

use plenary_core::decision::{
    self, check, evaluate, outcome, Counts, DecisionInput, DecisionReason, Outcome, StanceInput,
};
use plenary_core::rule::{DecisionRule, Fraction};
use proptest::prelude::*;

use Outcome::*;

struct Case {
    what: &'static str,
    rule: &'static str,
    support: u32,
    against: u32,
    stand_asides: u32,
    blocks: u32,
    quorum: Option<u32>,
    limit: Option<&'static str>,
    want: Outcome,
    why: DecisionReason,
}

const fn case(
    what: &'static str,
    rule: &'static str,
    [support, against, stand_asides, blocks]: [u32; 4],
    want: Outcome,
    why: DecisionReason,
) -> Case {
    Case {
        what,
        rule,
        support,
        against,
        stand_asides,
        blocks,
        quorum: None,
        limit: None,
        want,
        why,
    }
}

const fn with_quorum(mut c: Case, q: u32) -> Case {
    c.quorum = Some(q);
    c
}

const fn with_limit(mut c: Case, l: &'static str) -> Case {
    c.limit = Some(l);
    c
}

/// Counts are [support, against, stand_asides, blocks].
const CASES: &[Case] = &[
    // consensus
    case(
        "consensus: no blocks",
        "consensus",
        [40, 0, 0, 0],
        Consensus,
        DecisionReason::NoBlocks,
    ),
    case(
        "consensus: one block",
        "consensus",
        [40, 0, 3, 1],
        Blocked,
        DecisionReason::Blocks,
    ),
    case(
        "consensus: blocks only",
        "consensus",
        [0, 0, 0, 2],
        Blocked,
        DecisionReason::Blocks,
    ),
    case(
        "consensus: all stand aside",
        "consensus",
        [0, 0, 7, 0],
        Consensus,
        DecisionReason::NoBlocks,
    ),
    case(
        "consensus: zero participants",
        "consensus",
        [0, 0, 0, 0],
        Consensus,
        DecisionReason::NoBlocks,
    ),
    with_quorum(
        case(
            "consensus: quorum not met",
            "consensus",
            [15, 0, 4, 0],
            Tabled,
            DecisionReason::NoQuorum,
        ),
        20,
    ),
    with_quorum(
        case(
            "consensus: quorum met exactly",
            "consensus",
            [16, 0, 4, 0],
            Consensus,
            DecisionReason::NoBlocks,
        ),
        20,
    ),
    with_quorum(
        case(
            "consensus: quorum is checked before blocks",
            "consensus",
            [10, 0, 0, 1],
            Tabled,
            DecisionReason::NoQuorum,
        ),
        20,
    ),
    with_quorum(
        case(
            "consensus: zero participants, quorum 1",
            "consensus",
            [0, 0, 0, 0],
            Tabled,
            DecisionReason::NoQuorum,
        ),
        1,
    ),
    with_limit(
        case(
            "consensus: stand-aside limit reached exactly (3 of 9 = 1/3)",
            "consensus",
            [6, 0, 3, 0],
            Tabled,
            DecisionReason::TooManyStandAsides,
        ),
        "1/3",
    ),
    with_limit(
        case(
            "consensus: stand-asides just below the limit (3 of 10)",
            "consensus",
            [7, 0, 3, 0],
            Consensus,
            DecisionReason::NoBlocks,
        ),
        "1/3",
    ),
    with_limit(
        case(
            "consensus: limit is checked before blocks",
            "consensus",
            [2, 0, 2, 1],
            Tabled,
            DecisionReason::TooManyStandAsides,
        ),
        "2/5",
    ),
    with_limit(
        case(
            "consensus: limit with zero participants does not table",
            "consensus",
            [0, 0, 0, 0],
            Consensus,
            DecisionReason::NoBlocks,
        ),
        "1/3",
    ),
    with_limit(
        case(
            "consensus: all stand aside, limit 1/1",
            "consensus",
            [0, 0, 5, 0],
            Tabled,
            DecisionReason::TooManyStandAsides,
        ),
        "1/1",
    ),
    with_quorum(
        with_limit(
            case(
                "quorum comes before the limit",
                "consensus",
                [0, 0, 5, 0],
                Tabled,
                DecisionReason::NoQuorum,
            ),
            "1/3",
        ),
        10,
    ),
    // modified:P
    case(
        "modified:90: no blocks, no against",
        "modified:90",
        [30, 0, 4, 0],
        Consensus,
        DecisionReason::NoBlocksNoAgainst,
    ),
    case(
        "modified:90: exactly at threshold (9 of 10)",
        "modified:90",
        [9, 1, 0, 0],
        Passed,
        DecisionReason::ThresholdMet,
    ),
    case(
        "modified:90: exactly at threshold (900 of 1000)",
        "modified:90",
        [900, 100, 0, 0],
        Passed,
        DecisionReason::ThresholdMet,
    ),
    case(
        "modified:90: just below (899 of 1000)",
        "modified:90",
        [899, 101, 0, 0],
        Failed,
        DecisionReason::ThresholdNotMet,
    ),
    case(
        "modified:90: just below (8 of 9)",
        "modified:90",
        [8, 1, 0, 0],
        Failed,
        DecisionReason::ThresholdNotMet,
    ),
    case(
        "modified:90: a block, then the vote 9 for, 1 against (the blocker among them): 9 of 10",
        "modified:90",
        [9, 1, 0, 1],
        Passed,
        DecisionReason::ThresholdMet,
    ),
    case(
        "modified:90: blocks are not counted twice (9 of 10, not 9 of 11)",
        "modified:90",
        [9, 1, 0, 2],
        Passed,
        DecisionReason::ThresholdMet,
    ),
    case(
        "modified:90: a block, then the vote 8 for, 2 against",
        "modified:90",
        [8, 2, 0, 1],
        Failed,
        DecisionReason::ThresholdNotMet,
    ),
    case(
        "modified:90: 9 blocks, no vote: blocked",
        "modified:90",
        [0, 0, 0, 9],
        Blocked,
        DecisionReason::BlocksNoVote,
    ),
    case(
        "modified:90: 9 blocks, no vote, with stand-asides: blocked",
        "modified:90",
        [0, 0, 4, 9],
        Blocked,
        DecisionReason::BlocksNoVote,
    ),
    case(
        "modified:90: blocks, then the vote 45 for, 7 against (86.5%): failed",
        "modified:90",
        [45, 7, 0, 9],
        Failed,
        DecisionReason::ThresholdNotMet,
    ),
    case(
        "modified:90: a block, then the vote 16 for, 1 against (94.1%): passed",
        "modified:90",
        [16, 1, 0, 1],
        Passed,
        DecisionReason::ThresholdMet,
    ),
    case(
        "modified:90: a block, then the vote with nobody against (the blocker abstained)",
        "modified:90",
        [30, 0, 2, 1],
        Passed,
        DecisionReason::ThresholdMet,
    ),
    case(
        "modified:90: against without blocks is a vote",
        "modified:90",
        [0, 3, 0, 0],
        Failed,
        DecisionReason::ThresholdNotMet,
    ),
    case(
        "modified:90: stand-asides are not in the ratio",
        "modified:90",
        [9, 1, 50, 0],
        Passed,
        DecisionReason::ThresholdMet,
    ),
    case(
        "modified:90: all stand aside",
        "modified:90",
        [0, 0, 6, 0],
        Consensus,
        DecisionReason::NoBlocksNoAgainst,
    ),
    case(
        "modified:90: zero participants",
        "modified:90",
        [0, 0, 0, 0],
        Consensus,
        DecisionReason::NoBlocksNoAgainst,
    ),
    case(
        "modified:90: one block, no vote",
        "modified:90",
        [0, 0, 0, 1],
        Blocked,
        DecisionReason::BlocksNoVote,
    ),
    with_quorum(
        case(
            "modified:90: no vote, the blockers take part (9 of quorum 9)",
            "modified:90",
            [0, 0, 0, 9],
            Blocked,
            DecisionReason::BlocksNoVote,
        ),
        9,
    ),
    with_quorum(
        case(
            "modified:90: no vote, quorum 10 not met by 9 blockers",
            "modified:90",
            [0, 0, 0, 9],
            Tabled,
            DecisionReason::NoQuorum,
        ),
        10,
    ),
    with_quorum(
        case(
            "modified:90: after a vote the blockers are counted once, among the voters (52 < 53)",
            "modified:90",
            [45, 7, 0, 9],
            Tabled,
            DecisionReason::NoQuorum,
        ),
        53,
    ),
    with_quorum(
        case(
            "modified:90: after a vote, quorum 52 met by 45 + 7",
            "modified:90",
            [45, 7, 0, 9],
            Failed,
            DecisionReason::ThresholdNotMet,
        ),
        52,
    ),
    with_limit(
        case(
            "modified:90: no vote, the limit counts the blockers (3 of 12 = 1/4)",
            "modified:90",
            [0, 0, 3, 9],
            Tabled,
            DecisionReason::TooManyStandAsides,
        ),
        "1/4",
    ),
    with_limit(
        case(
            "modified:90: after a vote, the limit does not count blocks twice (3 of 12)",
            "modified:90",
            [8, 1, 3, 2],
            Tabled,
            DecisionReason::TooManyStandAsides,
        ),
        "1/4",
    ),
    case(
        "modified:80 (Seattle): exactly 4 of 5",
        "modified:80",
        [4, 1, 0, 0],
        Passed,
        DecisionReason::ThresholdMet,
    ),
    case(
        "modified:80: just below (79 of 100, a blocker among the 21 against)",
        "modified:80",
        [79, 21, 0, 1],
        Failed,
        DecisionReason::ThresholdNotMet,
    ),
    case(
        "modified:70 (Berkeley): exactly 7 of 10",
        "modified:70",
        [7, 3, 0, 0],
        Passed,
        DecisionReason::ThresholdMet,
    ),
    case(
        "modified:70: just below (69 of 100)",
        "modified:70",
        [69, 31, 0, 0],
        Failed,
        DecisionReason::ThresholdNotMet,
    ),
    case(
        "modified:100: one against fails",
        "modified:100",
        [99, 1, 0, 0],
        Failed,
        DecisionReason::ThresholdNotMet,
    ),
    case(
        "modified:1: 1 of 100 passes",
        "modified:1",
        [1, 99, 0, 0],
        Passed,
        DecisionReason::ThresholdMet,
    ),
    with_quorum(
        case(
            "modified:90: quorum not met",
            "modified:90",
            [9, 1, 0, 0],
            Tabled,
            DecisionReason::NoQuorum,
        ),
        11,
    ),
    with_limit(
        case(
            "modified:90: limit reached exactly (1/2)",
            "modified:90",
            [9, 1, 10, 0],
            Tabled,
            DecisionReason::TooManyStandAsides,
        ),
        "1/2",
    ),
    // supermajority:A/B
    case(
        "supermajority:2/3: exactly 2 of 3",
        "supermajority:2/3",
        [2, 1, 0, 0],
        Passed,
        DecisionReason::ThresholdMet,
    ),
    case(
        "supermajority:2/3: exactly 200 of 300",
        "supermajority:2/3",
        [200, 100, 0, 0],
        Passed,
        DecisionReason::ThresholdMet,
    ),
    case(
        "supermajority:2/3: just below (199 of 300)",
        "supermajority:2/3",
        [199, 101, 0, 0],
        Failed,
        DecisionReason::ThresholdNotMet,
    ),
    case(
        "supermajority:2/3: a block is not added to the vote",
        "supermajority:2/3",
        [2, 1, 0, 1],
        Passed,
        DecisionReason::ThresholdMet,
    ),
    case(
        "supermajority:2/3: the blockers voted against and tip it",
        "supermajority:2/3",
        [2, 2, 0, 2],
        Failed,
        DecisionReason::ThresholdNotMet,
    ),
    case(
        "supermajority:2/3: blocks and no vote (zero denominator)",
        "supermajority:2/3",
        [0, 0, 0, 2],
        Failed,
        DecisionReason::NoVotes,
    ),
    case(
        "supermajority:2/3: unanimous support",
        "supermajority:2/3",
        [5, 0, 0, 0],
        Passed,
        DecisionReason::ThresholdMet,
    ),
    case(
        "supermajority:2/3: all stand aside (zero denominator)",
        "supermajority:2/3",
        [0, 0, 5, 0],
        Failed,
        DecisionReason::NoVotes,
    ),
    case(
        "supermajority:2/3: zero participants",
        "supermajority:2/3",
        [0, 0, 0, 0],
        Failed,
        DecisionReason::NoVotes,
    ),
    case(
        "supermajority:3/4: exactly 3 of 4",
        "supermajority:3/4",
        [3, 1, 0, 0],
        Passed,
        DecisionReason::ThresholdMet,
    ),
    case(
        "supermajority:3/4: just below (74 of 100)",
        "supermajority:3/4",
        [74, 26, 0, 0],
        Failed,
        DecisionReason::ThresholdNotMet,
    ),
    case(
        "supermajority:1/1: everyone",
        "supermajority:1/1",
        [10, 0, 3, 0],
        Passed,
        DecisionReason::ThresholdMet,
    ),
    with_quorum(
        case(
            "supermajority:2/3: quorum not met",
            "supermajority:2/3",
            [2, 1, 0, 0],
            Tabled,
            DecisionReason::NoQuorum,
        ),
        4,
    ),
    // majority
    case(
        "majority: more than half",
        "majority",
        [6, 5, 0, 0],
        Passed,
        DecisionReason::ThresholdMet,
    ),
    case(
        "majority: a tie fails",
        "majority",
        [5, 5, 0, 0],
        Failed,
        DecisionReason::ThresholdNotMet,
    ),
    case(
        "majority: a tie after a block fails",
        "majority",
        [5, 5, 0, 1],
        Failed,
        DecisionReason::ThresholdNotMet,
    ),
    case(
        "majority: a block is not a vote against (5 of 9)",
        "majority",
        [5, 4, 0, 1],
        Passed,
        DecisionReason::ThresholdMet,
    ),
    case(
        "majority: 1 of 1",
        "majority",
        [1, 0, 0, 0],
        Passed,
        DecisionReason::ThresholdMet,
    ),
    case(
        "majority: blocks only (zero denominator)",
        "majority",
        [0, 0, 0, 3],
        Failed,
        DecisionReason::NoVotes,
    ),
    case(
        "majority: all stand aside (zero denominator)",
        "majority",
        [0, 0, 4, 0],
        Failed,
        DecisionReason::NoVotes,
    ),
    case(
        "majority: zero participants",
        "majority",
        [0, 0, 0, 0],
        Failed,
        DecisionReason::NoVotes,
    ),
    with_quorum(
        case(
            "majority: quorum not met",
            "majority",
            [6, 5, 0, 0],
            Tabled,
            DecisionReason::NoQuorum,
        ),
        12,
    ),
    with_limit(
        case(
            "majority: limit before the zero denominator",
            "majority",
            [0, 0, 3, 0],
            Tabled,
            DecisionReason::TooManyStandAsides,
        ),
        "1/2",
    ),
];

#[test]
fn every_rule_case() {
    for c in CASES {
        let rule: DecisionRule = c.rule.parse().unwrap();
        let limit: Option<Fraction> = c.limit.map(|l| l.parse().unwrap());
        let counts = Counts {
            support: c.support,
            against: c.against,
            stand_asides: c.stand_asides,
            blocks: c.blocks,
        };
        let v = evaluate(&counts, rule, c.quorum, limit);
        assert_eq!((v.outcome, v.reason), (c.want, c.why), "{}", c.what);
        assert_eq!(
            outcome(&counts, rule, c.quorum, limit),
            c.want,
            "{}",
            c.what
        );
    }
}

/// The same cases through `check` (what a person enters), where the input allows it:
/// every block named, none named (only counted), and half of them named.
#[test]
fn every_rule_case_through_the_input() {
    for c in CASES
        .iter()
        .filter(|c| !(c.rule == "consensus" && c.against > 0))
    {
        for named in [c.blocks, 0, c.blocks / 2] {
            let input = DecisionInput {
                rule: Some(c.rule.into()),
                support: c.support,
                against: c.against,
                stand_asides: Some(c.stand_asides),
                blocks: (named < c.blocks).then_some(c.blocks),
                named_blocks: (0..named)
                    .map(|i| StanceInput {
                        name: format!("Blocker {i}"),
                        reason: Some("unsafe".into()),
                    })
                    .collect(),
                quorum: c.quorum,
                stand_aside_limit: c.limit.map(Into::into),
                ..Default::default()
            };
            let checked = check(&input, DecisionRule::Majority).unwrap();
            assert_eq!(checked.counts.blocks, c.blocks, "{}", c.what);
            assert_eq!(checked.blocks.len() as u32, named, "{}", c.what);
            assert_eq!(checked.verdict.outcome, c.want, "{}", c.what);
            assert!(
                checked.explanation().starts_with(c.want.as_str()),
                "{}: {}",
                c.what,
                checked.explanation()
            );
        }
    }
}

/// What the minutes print of the counts: the words of ga-process.md.
#[test]
fn what_was_counted_in_the_words_of_the_minutes() {
    let counted = |rule: &str, [support, against, stand_asides, blocks]: [u32; 4], named: u32| {
        let rule: DecisionRule = rule.parse().unwrap();
        let c = Counts {
            support,
            against,
            stand_asides,
            blocks,
        };
        decision::counted(&c, rule, named, outcome(&c, rule, None, None))
    };
    assert_eq!(
        counted("consensus", [0, 0, 0, 0], 0),
        "consensus (no count taken)"
    );
    assert_eq!(
        counted("modified:90", [0, 0, 0, 0], 0),
        "consensus (no count taken)"
    );
    assert_eq!(
        counted("modified:90", [0, 0, 0, 9], 0),
        "9 blocks (names and reasons not recorded)"
    );
    assert_eq!(
        counted("modified:90", [45, 7, 0, 9], 0),
        "9 blocks (names and reasons not recorded); vote: 45 for, 7 against — 86.5%, below 90%"
    );
    assert_eq!(
        counted("modified:90", [16, 1, 2, 1], 1),
        "2 stand-asides; 1 block; vote: 16 for, 1 against — 94.1%, at least 90%"
    );
    assert_eq!(
        counted("modified:90", [9, 1, 0, 3], 1),
        "3 blocks (2 without name or reason recorded); vote: 9 for, 1 against — 90%, at least 90%"
    );
    assert_eq!(
        counted("consensus", [40, 0, 25, 2], 2),
        "40 in support; 25 stand-asides; 2 blocks"
    );
    assert_eq!(
        counted("supermajority:2/3", [2, 1, 0, 0], 0),
        "vote: 2 for, 1 against — 66.6%, at least 2/3"
    );
    assert_eq!(
        counted("majority", [5, 5, 0, 0], 0),
        "vote: 5 for, 5 against — 50%, not more than half"
    );
    assert_eq!(counted("majority", [0, 0, 3, 0], 0), "3 stand-asides");
    // Modified consensus reached without a vote: the support count is informational.
    assert_eq!(
        counted("modified:90", [104, 0, 4, 0], 0),
        "104 in support; 4 stand-asides"
    );
    // A ratio just below a whole threshold never prints as reaching it.
    assert_eq!(
        counted("modified:90", [8999, 1001, 0, 0], 0),
        "vote: 8999 for, 1001 against — 89.9%, below 90%"
    );
    let c = check(
        &DecisionInput {
            rule: Some("modified:90".into()),
            support: 45,
            against: 7,
            blocks: Some(9),
            ..Default::default()
        },
        DecisionRule::Consensus,
    )
    .unwrap();
    assert_eq!(
        c.explanation(),
        "failed: vote 45 for, 7 against — 86.5%, below 90%"
    );
    let c = check(
        &DecisionInput {
            blocks: Some(9),
            ..Default::default()
        },
        DecisionRule::Modified(90),
    )
    .unwrap();
    assert_eq!(c.explanation(), "blocked: 9 blocks and no vote held");
}

fn refused(input: DecisionInput, needle: &str) {
    let e = check(&input, DecisionRule::Modified(90)).expect_err(needle);
    assert_eq!(e.kind(), "invalid-input", "{e}");
    assert!(e.to_string().contains(needle), "{e:?} lacks {needle:?}");
}

fn person(name: &str, reason: Option<&str>) -> StanceInput {
    StanceInput {
        name: name.into(),
        reason: reason.map(Into::into),
    }
}

#[test]
fn input_the_rules_refuse() {
    let base = DecisionInput::default();
    refused(
        DecisionInput {
            rule: Some("consensus".into()),
            support: 10,
            against: 1,
            ..base.clone()
        },
        "under consensus there are no votes against",
    );
    refused(
        DecisionInput {
            named_blocks: vec![person("Sam", None)],
            ..base.clone()
        },
        "the block by Sam has no reason",
    );
    refused(
        DecisionInput {
            blocks: Some(9),
            named_blocks: vec![person("Sam", Some("   "))],
            ..base.clone()
        },
        "has no reason",
    );
    refused(
        DecisionInput {
            stand_asides: Some(1),
            named_stand_asides: vec![person("Ana", None), person("Bo", Some("tired"))],
            ..base.clone()
        },
        "1 stand-asides in total, but 2 are named",
    );
    refused(
        DecisionInput {
            named_stand_asides: vec![person("Ana", None)],
            named_blocks: vec![person("ana", Some("unsafe"))],
            ..base.clone()
        },
        "named twice",
    );
    refused(
        DecisionInput {
            blocks: Some(1),
            named_blocks: vec![person("Ana", Some("unsafe")), person("Bo", Some("unfair"))],
            ..base.clone()
        },
        "1 blocks in total, but 2 are named",
    );
    refused(
        DecisionInput {
            blocks: Some(2_000_000),
            ..base.clone()
        },
        "blocks 2000000 is more than",
    );
    refused(
        DecisionInput {
            named_stand_asides: vec![person("", None)],
            ..base.clone()
        },
        "the name of a stand-aside is empty",
    );
    refused(
        DecisionInput {
            quorum: Some(0),
            ..base.clone()
        },
        "quorum is at least 1",
    );
    for limit in ["0/3", "4/3", "1/0", "half"] {
        refused(
            DecisionInput {
                stand_aside_limit: Some(limit.into()),
                ..base.clone()
            },
            "stand-aside limit",
        );
    }
    refused(
        DecisionInput {
            rule: Some("unanimous".into()),
            ..base.clone()
        },
        "unknown decision rule",
    );
    refused(
        DecisionInput {
            support: 2_000_000,
            ..base.clone()
        },
        "check the count",
    );
}

#[test]
fn named_stand_asides_count_and_the_default_rule_applies() {
    let c = check(
        &DecisionInput {
            support: 9,
            against: 1,
            named_stand_asides: vec![person("Ana", Some("cost")), person("Bo", None)],
            ..Default::default()
        },
        DecisionRule::Modified(90),
    )
    .unwrap();
    assert_eq!(c.counts.stand_asides, 2, "without a total, the named ones");
    assert_eq!(c.rule, DecisionRule::Modified(90));
    assert_eq!(c.verdict.outcome, Passed);
    let c = check(
        &DecisionInput {
            rule: Some("majority".into()),
            stand_asides: Some(5),
            named_stand_asides: vec![person("Ana", None)],
            ..Default::default()
        },
        DecisionRule::Consensus,
    )
    .unwrap();
    assert_eq!(
        (c.rule, c.default_rule),
        (DecisionRule::Majority, DecisionRule::Consensus)
    );
    assert_eq!(c.counts.stand_asides, 5);
}

// ---- properties -------------------------------------------------------------------

fn rules() -> impl Strategy<Value = DecisionRule> {
    prop_oneof![
        Just(DecisionRule::Consensus),
        (1u32..=100).prop_map(DecisionRule::Modified),
        (1u32..=12)
            .prop_flat_map(|b| (1..=b, Just(b)))
            .prop_map(|(a, b)| DecisionRule::Supermajority(a, b)),
        Just(DecisionRule::Majority),
    ]
}

fn limits() -> impl Strategy<Value = Option<Fraction>> {
    prop::option::of(
        (1u32..=10)
            .prop_flat_map(|den| (1..=den, Just(den)))
            .prop_map(|(num, den)| Fraction { num, den }),
    )
}

fn counts(max: u32) -> impl Strategy<Value = Counts> {
    (0..max, 0..max, 0..max, 0..max).prop_map(|(support, against, stand_asides, blocks)| Counts {
        support,
        against,
        stand_asides,
        blocks,
    })
}

fn adopts(o: Outcome) -> bool {
    matches!(o, Consensus | Passed)
}

/// One entry as the room gives it, in the order the minute-taker types it.
#[derive(Debug, Clone)]
enum Entry {
    Support,
    Against,
    StandAside(Option<String>),
    Block(String),
}

fn input_of(
    rule: &str,
    entries: &[Entry],
    limit: Option<Fraction>,
    quorum: Option<u32>,
) -> DecisionInput {
    let mut input = DecisionInput {
        rule: Some(rule.into()),
        stand_aside_limit: limit.map(|l| l.to_string()),
        quorum,
        ..Default::default()
    };
    let mut anonymous = 0;
    for e in entries {
        match e {
            Entry::Support => input.support += 1,
            Entry::Against => input.against += 1,
            Entry::StandAside(Some(n)) => input.named_stand_asides.push(person(n, None)),
            Entry::StandAside(None) => anonymous += 1,
            Entry::Block(n) => input
                .named_blocks
                .push(person(n, Some("a serious objection"))),
        }
    }
    input.stand_asides = Some(input.named_stand_asides.len() as u32 + anonymous);
    input
}

fn entries(allow_against: bool) -> impl Strategy<Value = Vec<Entry>> {
    prop::collection::vec(0u8..4, 0..40).prop_map(move |kinds| {
        kinds
            .into_iter()
            .enumerate()
            .map(|(i, k)| match k {
                0 => Entry::Support,
                1 if allow_against => Entry::Against,
                1 => Entry::Support,
                2 => Entry::StandAside((i % 2 == 0).then(|| format!("Person {i}"))),
                _ => Entry::Block(format!("Person {i}")),
            })
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// The outcome (and every count) never depends on the order in which votes,
    /// stand-asides and blocks were entered.
    #[test]
    fn order_of_entry_does_not_matter(
        rule in rules(),
        limit in limits(),
        quorum in prop::option::of(1u32..30),
        (list, shuffled) in entries(true).prop_flat_map(|l| (Just(l.clone()), Just(l).prop_shuffle())),
    ) {
        let rule_text = rule.to_string();
        let allow = rule.has_vote();
        let fix = |l: &[Entry]| -> Vec<Entry> {
            l.iter().map(|e| match e { Entry::Against if !allow => Entry::Support, e => e.clone() }).collect()
        };
        let a = check(&input_of(&rule_text, &fix(&list), limit, quorum), rule).unwrap();
        let b = check(&input_of(&rule_text, &fix(&shuffled), limit, quorum), rule).unwrap();
        prop_assert_eq!(a.counts, b.counts);
        prop_assert_eq!(a.verdict, b.verdict);
    }

    /// Monotone in support: one more person in support never turns an adopted
    /// proposal (consensus or passed) into a rejected or tabled one — whatever the rule,
    /// quorum and stand-aside limit.
    #[test]
    fn more_support_never_undoes_adoption(
        c in counts(200), rule in rules(), limit in limits(), quorum in prop::option::of(1u32..300),
    ) {
        if adopts(outcome(&c, rule, quorum, limit)) {
            let more = Counts { support: c.support + 1, ..c };
            prop_assert!(adopts(outcome(&more, rule, quorum, limit)));
        }
    }

    /// Without quorum and limit, one more vote against or one more block never turns a
    /// rejection into an adoption.
    #[test]
    fn more_opposition_never_adopts(c in counts(200), rule in rules()) {
        let before = adopts(outcome(&c, rule, None, None));
        let against = Counts { against: c.against + 1, ..c };
        let block = Counts { blocks: c.blocks + 1, ..c };
        prop_assert!(!adopts(outcome(&against, rule, None, None)) || before);
        prop_assert!(!adopts(outcome(&block, rule, None, None)) || before);
        // And under consensus any block blocks.
        prop_assert_eq!(outcome(&block, DecisionRule::Consensus, None, None), Blocked);
    }

    /// Without quorum and limit, stand-asides never change the outcome: they are not in
    /// the ratio.
    #[test]
    fn stand_asides_are_not_in_the_ratio(c in counts(200), extra in 0u32..200, rule in rules()) {
        let more = Counts { stand_asides: c.stand_asides + extra, ..c };
        prop_assert_eq!(outcome(&c, rule, None, None), outcome(&more, rule, None, None));
    }

    /// Exact thresholds: support/voters exactly equal to P/100 (or A/B) passes, and one
    /// more vote against then fails. Majority: k+1 against k passes, k against k fails.
    #[test]
    fn thresholds_are_exact(k in 1u32..2000, p in 1u32..=100, (a, b) in (1u32..=20).prop_flat_map(|b| (1..=b, Just(b)))) {
        let at = |s: u32, x: u32| Counts { support: s, against: x, stand_asides: 0, blocks: 0 };
        let modified = DecisionRule::Modified(p);
        if p < 100 {
            prop_assert_eq!(outcome(&at(p * k, (100 - p) * k), modified, None, None), Passed);
        }
        prop_assert_eq!(outcome(&at(p * k, (100 - p) * k + 1), modified, None, None), Failed);
        let sm = DecisionRule::Supermajority(a, b);
        prop_assert_eq!(outcome(&at(a * k, (b - a) * k), sm, None, None), Passed);
        prop_assert_eq!(outcome(&at(a * k, (b - a) * k + 1), sm, None, None), Failed);
        prop_assert_eq!(outcome(&at(k + 1, k), DecisionRule::Majority, None, None), Passed);
        prop_assert_eq!(outcome(&at(k, k), DecisionRule::Majority, None, None), Failed);
    }

    /// The quorum rule comes first and is exactly `participants < quorum`; the outcome
    /// is defined (no overflow, no panic) for every count up to u32::MAX.
    #[test]
    fn quorum_first_and_total(c in counts(u32::MAX), rule in rules(), limit in limits(), q in any::<u32>()) {
        let v = evaluate(&c, rule, Some(q), limit);
        prop_assert_eq!(v.reason == DecisionReason::NoQuorum, c.participants(rule) < q as u64);
        if v.reason == DecisionReason::NoQuorum || v.reason == DecisionReason::TooManyStandAsides {
            prop_assert_eq!(v.outcome, Tabled);
        }
        prop_assert!(!matches!(v.outcome, Withdrawn | SentBack));
    }

    /// Blocks are never counted twice: once a vote was held, how many blocked before it
    /// changes nothing (the blockers are among those who voted), under every rule with a
    /// vote — unless the call had no blocks and nobody against (then it is consensus).
    #[test]
    fn blocks_are_not_counted_twice(c in counts(200), extra in 1u32..50, rule in rules()) {
        prop_assume!(c.vote_held(rule) && (c.blocks > 0 || c.against > 0));
        let more = Counts { blocks: c.blocks + extra, ..c };
        prop_assert_eq!(outcome(&c, rule, None, None), outcome(&more, rule, None, None));
        prop_assert_eq!(c.participants(rule), more.participants(rule));
    }

    /// Under modified consensus a blocked call that never came to a vote is blocked,
    /// whatever the stand-asides (without quorum and limit).
    #[test]
    fn a_blocked_call_without_a_vote_is_blocked(c in counts(200), p in 1u32..=100) {
        let call = Counts { support: 0, against: 0, blocks: c.blocks.max(1), ..c };
        prop_assert_eq!(outcome(&call, DecisionRule::Modified(p), None, None), Blocked);
        prop_assert_eq!(call.participants(DecisionRule::Modified(p)), call.stand_asides as u64 + call.blocks as u64);
    }

    /// Under consensus, without quorum and limit, the outcome depends only on whether
    /// anyone blocks.
    #[test]
    fn consensus_depends_only_on_blocks(c in counts(500)) {
        let want = if c.blocks > 0 { Blocked } else { Consensus };
        prop_assert_eq!(outcome(&c, DecisionRule::Consensus, None, None), want);
    }
}
