# The minutes (src-tauri/core/src/minutes/, decision.rs, stack/policy.rs): every word the
# minutes print in Markdown, HTML and CSV. English is the reference catalogue: every other
# language has each of these messages with the same placeables.
# A value that starts or ends with a space keeps it inside {" "}.

## Punctuation and units

# A label and its colon ("Date:"; French puts a space before it).
colon = { $text }:
# Between the names of a list ("Ana, Bo").
comma = {", "}
list-separator = {"; "}
percent = { $n }%
# 86.5 — the decimal mark of the language.
decimal = { $int }.{ $frac }
duration-min-s = { $min } min { $s } s
duration-s = { $s } s
# Someone's turn in a role or as a spoke.
turn-from-until = { $name } ({ $from }–{ $until })
turn-from = { $name } (from { $from })
turn-until = { $name } (until { $until })

## The header

minutes-title = { $assembly } — GA { $number } ({ $reference })
fact-date = Date
fact-place = Place
fact-format = Format
fact-attendance = Attendance
fact-opened = Opened
fact-closed = Closed
attendance-about = about { $n }
format-spokes-council = spokes council
label-minutes = Minutes
minutes-draft = draft (not yet approved)
minutes-approved = approved at { $reference }
redacted-note = Names of people are replaced by “Participant N” in this copy.
label-spokes = Spokes
label-consult-breaks = Consult breaks
consult-break = { $start }–{ $end }, called by { $wg }'s spoke { $name } ({ $minutes } { $minutes ->
    [one] minute
   *[other] minutes
  } asked)
consult-break-during = { $line }, during { $item }
label-floor-policy-changed = Floor policy changed
policy-change = { $before } → { $after }
policy-change-during = { $line } (during { $item })

## Roles at the meeting (the usual five; an assembly's own roles keep their words)

role-facilitator = { $n ->
    [one] Facilitator
   *[other] Facilitators
  }
role-stack-keeper = { $n ->
    [one] Stack-keeper
   *[other] Stack-keepers
  }
role-timekeeper = { $n ->
    [one] Timekeeper
   *[other] Timekeepers
  }
role-minute-taker = { $n ->
    [one] Minute-taker
   *[other] Minute-takers
  }
role-vibes-watcher = { $n ->
    [one] Vibes-watcher
   *[other] Vibes-watchers
  }

## Who entered or corrected something

actor-facilitator = facilitator
actor-stack-keeper = stack-keeper
actor-timekeeper = timekeeper
actor-minute-taker = minute-taker
actor-participant = participant
actor-cli = cli
actor-demo = demo
actor-import = import

## Agenda items

item-kind-process = process
item-kind-report-back = report-back
item-kind-proposal = proposal
item-kind-discussion = discussion
item-kind-announcement = announcement
item-kind-soapbox = soapbox
item-kind-other = other
item-allotted = allotted { $min } min
item-actual = actual { $min } min ({ $start }–{ $end })
item-started = started { $at }
item-status-pending = not taken up
item-status-active = under way
item-status-done = done
item-status-tabled = tabled
label-working-group = Working group
label-on-behalf-of = On behalf of
label-report-back = Report-back
label-presented-by = Presented by
label-asks = Asks
label-announcements = Announcements
announcement-by-for = { $name }, for { $whom }
on-behalf-of = for { $whom }
label-action-items = Action items
label-notes = Notes

## The speakers' log

label-speakers = Speakers
speech = { $name } — { $kind }, { $at }
speech-time = { $line }, { $time }
speech-over = { $line } (over the limit by { $time })
entry-process = point of process
entry-information = point of information
entry-clarifying = clarifying question
entry-direct-response = direct response
entry-speak = to speak

## A proposal heard

proposal-heading = Proposal { $reference }: { $title }
proposed-by = Proposed by { $name }
label-text-as-submitted = Text as submitted
label-clarifying-questions = Clarifying questions
# After what someone said: " (Sam)".
said-by = {" "}({ $name })
question-answered = {" "}— answer{ $by }: { $answer }
question-not-answered = {" "}— not answered
no-questions = No clarifying questions were asked.
label-concerns = Concerns
concern-addressed = {" "}— addressed
concern-addressed-with = {" "}— addressed: { $response }
concern-not-addressed = {" "}— not addressed
no-concerns = No concerns were raised.
label-friendly-amendments = Friendly amendments
amendment-line = Amendment { $n }, offered by { $name } — { $result }:
amendment-offered = Offered by { $name } — { $result }:
amendment-accepted-version = accepted by the proposer (version { $version })
amendment-accepted = accepted by the proposer
amendment-rejected = not accepted by the proposer
amendment-pending = awaiting the proposer's answer
no-amendments = No friendly amendments were offered.
label-temperature-check = Temperature check
temperature = up { $up } · sideways { $sideways } · down { $down }
text-as-decided = Text as decided (version { $version })

## The decision

label-decision = Decision
decision-line = { $decision } under { $rule }: { $counted }
decision-rule-chosen = { $rule } (the GA chose it over its default, { $default })
decision-quorum = quorum { $n }
decision-stand-aside-limit = stand-aside limit { $limit }
# The rules: English prints them as written.
rule-consensus = consensus
rule-modified = modified:{ $percent }
rule-supermajority = supermajority:{ $share }
rule-majority = majority
wg-voice = { $wg }: { $voice }
voice-for = for
voice-against = against
voice-stand-aside = stand-aside
voice-block = block
label-stand-aside = Stand-aside
label-block = Block
label-disputed = Disputed
outcome = Outcome: { $outcome }
outcome-entered-by = { $explanation } (entered by the { $by })
outcome-by-why = {" "}— by { $by }: { $why }
outcome-by = {" "}— by { $by }
# Plenary's own words in a proposal's record (kept in English, said in the reader's
# language): who set an outcome when nobody said — said after "by" (outcome-by, and the
# proposal page's proposal-outcome-by): in the case that word takes —, and two notes of
# its status history.
by-the-proposers = the proposers
by-the-ga = the GA
status-note-corrected = corrected after the meeting
status-note-taken-off = taken off the agenda
outcome-consensus = consensus
outcome-passed = passed
outcome-blocked = blocked
outcome-failed = failed
outcome-tabled = tabled
outcome-withdrawn = withdrawn
outcome-sent-back = sent-back

## What the room counted and why the outcome (decision.rs)

count-blocks = { $n ->
    [one] 1 block
   *[other] { $n } blocks
  }
count-stand-asides = { $n ->
    [one] 1 stand-aside
   *[other] { $n } stand-asides
  }
count-for = { $n } for
count-against = { $n } against
count-working-groups = { $n ->
    [one] 1 working group
   *[other] { $n } working groups
  }
counted-support = { $n } in support
counted-blocks-unnamed = { $blocks } (names and reasons not recorded)
counted-blocks-some-unnamed = { $blocks } ({ $unnamed } without name or reason recorded)
counted-vote = vote: { $support } for, { $against } against — { $ratio }, { $threshold }
counted-none = { $outcome } (no count taken)
counted-wg-voices = { $wgs }: { $voices }
counted-wg-voices-vote = { $words } — { $ratio }, { $threshold }
threshold-at-least = at least { $share }
threshold-below = below { $share }
threshold-more-than-half = more than half
threshold-not-more-than-half = not more than half
explain-no-quorum = { $outcome }: { $n } took part, fewer than the quorum of { $quorum }
explain-too-many-stand-asides = { $outcome }: { $n } of { $of } stood aside, at or above the limit of { $limit }
explain-no-blocks = { $outcome }: no blocks
explain-blocks = { $outcome }: { $blocks } under consensus
explain-blocks-no-vote = { $outcome }: { $blocks } and no vote held
explain-no-blocks-no-against = { $outcome }: no blocks and no votes against
explain-vote = { $outcome }: vote { $support } for, { $against } against — { $ratio }, { $threshold }
explain-no-votes = { $outcome }: nobody voted for or against

## The floor policy (stack/policy.rs)

policy-progressive = progressive stack
policy-fifo = first come, first served
policy-first-time-first = first-time speakers first
policy-alternate = alternating lists: { $lists }
policy-cap = at most { $n } { $n ->
    [one] speech
   *[other] speeches
  } per person per item
policy-no-repeat = no one twice in a row

## Airtime equity

label-airtime-equity = Airtime equity
equity-gini = Gini of speaking time: { $gini } (0 = everyone spoke equally), over { $n } people ({ $note })
present-lower-bound = { $label } present: counted as { $n } (the lower bound)
present-counted-as = { $label } present: counted as { $n }
present = { $label } present
present-fewer = { $label } present recorded, fewer than the { $speakers } who spoke: over the speakers only
present-not-recorded = attendance not recorded: over the speakers only
equity-nobody-spoke = Nobody spoke
equity-speeches = { $speakers ->
    [one] 1 speaker
   *[other] { $speakers } speakers
  }, { $speeches ->
    [one] 1 speech
   *[other] { $speeches } speeches
  }, { $time } in all; { $first } spoke for the first time
equity-no-list = no list chosen
equity-list = { $list } list
equity-list-share = { $list }: { $time } of the time, { $people } of the people ({ $n })
equity-person = { $name }: { $share } ({ $speeches } { $speeches ->
    [one] speech
   *[other] speeches
  }, { $time })

## Corrections after the meeting

heading-corrections = Corrected after the meeting
correction-made = { $at } ({ $by }): { $line }
correction = { $what }: { $before } → { $after }
correction-none = (none)

# What a correction changed, in the reader's language. $item: "3.2" (GA 3's second item);
# $what: one of the correction-item-…, -report-back-…, -announcement…, -decision…,
# -stand-asides, -blocks, -amendment words; $role: a role as the minutes head it.
correction-of-item = item { $item }: { $what }
correction-item-started = started
correction-item-ended = ended
correction-item-notes = notes
correction-report-back-presenter = report-back presenter
correction-report-back-summary = report-back summary
correction-report-back-asks = report-back asks
correction-report-back-announcements = report-back announcements
correction-announcement-by = announcement by
correction-announcement = announcement
correction-decision-rule = decision rule
correction-decision = decision
correction-stand-asides = named stand-asides
correction-blocks = named blocks
correction-amendment = friendly amendment by { $name }
correction-opened = opened at
correction-closed = closed at
correction-attendance = attendance
correction-planned-start = planned start
correction-role-added = { $role } added
correction-role-removed = { $role } removed
correction-role-times = { $role } times
# A correction's values: an announcement made for someone, a role held for a while, the
# rule a decision was taken under, a decision's outcome with what the room counted.
correction-on-behalf = for { $whom }: { $text }
correction-role-from = { $name } (from { $from })
correction-role-until = { $name } (until { $until })
correction-role-between = { $name } ({ $from }–{ $until })
correction-rule-quorum = { $rule }, quorum { $quorum }
correction-rule-limit = { $rule }, stand-aside limit { $limit }
correction-rule-quorum-limit = { $rule }, quorum { $quorum }, stand-aside limit { $limit }
correction-outcome = { $outcome } ({ $counted })

## The CSV files: column names, for a person opening them in a spreadsheet (English keeps
## the identifiers documented in minutes/csv.rs), and yes/no

csv-meeting = meeting
csv-item = item
csv-proposal = proposal
csv-title = title
csv-proposer = proposer
csv-working-group = working_group
csv-outcome = outcome
csv-outcome-by = outcome_by
csv-outcome-reason = outcome_reason
csv-rule = rule
csv-default-rule = default_rule
csv-support = support
csv-against = against
csv-stand-asides = stand_asides
csv-blocks = blocks
csv-counted = counted
csv-quorum = quorum
csv-stand-aside-limit = stand_aside_limit
csv-named-stand-asides = named_stand_asides
csv-named-blocks = named_blocks
csv-decided-version = decided_version
csv-text-as-decided = text_as_decided
csv-entered-by = entered_by
csv-disputed = disputed
csv-dispute-note = dispute_note
csv-wg-voices = wg_voices
csv-order = order
csv-name = name
csv-kind = kind
csv-started-at = started_at
csv-ended-at = ended_at
csv-seconds = seconds
csv-overrun-seconds = overrun_seconds
csv-status = status
csv-allotted-minutes = allotted_minutes
csv-actual-minutes = actual_minutes
csv-presenter = presenter
csv-summary = summary
csv-asks = asks
csv-announcements = announcements
csv-notes = notes
csv-corrected-at = corrected_at
csv-by = by
csv-what = what
csv-before = before
csv-after = after
csv-yes = yes
csv-no = no

## Redacted copies

# The word that replaces a person's name.
participant-n = Participant { $n }

# The titles of the usual order of business (preparing a GA's agenda), written into the
# agenda in the language of the assembly's minutes.
agenda-title-welcome = Welcome, process and roles
agenda-title-report-back = Report-back: { $wg }
agenda-title-announcements = Announcements
agenda-title-soapbox = Soapbox
agenda-title-closing = Closing
