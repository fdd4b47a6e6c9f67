# The proposals' screens (ui/src/views/proposals): the board, a proposal's page, the
# process panel (questions, concerns, amendments, temperature checks, the decision form
# and record, a spokes council's decision, the manual moves). The decision's own
# sentences (counts, outcomes in a sentence, why) are minutes.ftl's, shared with the
# minutes. English is the reference: every other language has each message with the same
# placeables (src-tauri/core/tests/i18n.rs).

## Words by code (labels.ts)

proposal-group-draft = Drafts
proposal-group-submitted = Submitted
proposal-group-on-agenda = On an agenda
proposal-group-in-process = In process
proposal-group-decided = Decided
proposal-group-tabled = Tabled
proposal-group-withdrawn = Withdrawn
proposal-group-sent-back = Sent back
proposal-status-draft = draft
proposal-status-submitted = submitted
proposal-status-on-agenda = on an agenda
proposal-status-in-process = in process
proposal-status-decided = decided
proposal-status-tabled = tabled
proposal-status-withdrawn = withdrawn
proposal-status-sent-back = sent back
proposal-meeting-status-planned = planned
proposal-meeting-status-open = open
proposal-meeting-status-closed = closed
proposal-item-status-pending = Pending
proposal-item-status-active = Active
proposal-item-status-done = Done
proposal-item-status-tabled = Tabled
proposal-step-not-started = Not started
proposal-step-present = Present
proposal-step-clarifying-questions = Clarifying questions
proposal-step-concerns = Concerns & friendly amendments
proposal-step-temperature-check = Temperature check
proposal-step-call-for-consensus = Call for consensus
proposal-step-vote = Vote
proposal-step-outcome = Outcome
# The step's name on the track, where room is short.
proposal-step-short-concerns = Concerns & amendments
proposal-step-hint-not-started = The process has not begun.
proposal-step-hint-present = The proposer reads the text.
proposal-step-hint-clarifying-questions = Questions, answered by the proposer.
proposal-step-hint-concerns = Concerns; friendly amendments the proposer accepts or not.
proposal-step-hint-temperature-check = Optional, non-binding: twinkles up, sideways, down.
proposal-step-hint-call-for-consensus = Support, stand-asides and blocks.
proposal-step-hint-vote = Support and against, when blocks stand.
proposal-step-hint-outcome = Recorded with the rule and the counts.
proposal-outcome-consensus = Consensus
proposal-outcome-passed = Passed
proposal-outcome-blocked = Blocked
proposal-outcome-failed = Failed
proposal-outcome-tabled = Tabled
proposal-outcome-withdrawn = Withdrawn
proposal-outcome-sent-back = Sent back
proposal-amendment-status-pending = waiting for the proposer
proposal-amendment-status-accepted = accepted
proposal-amendment-status-rejected = rejected
proposal-move-table = Table
proposal-move-withdraw = Withdraw
proposal-move-send-back = Send back to the working group
proposal-move-hint-table = Defer it: it can be heard again at a later GA.
proposal-move-hint-withdraw = The proposer withdraws it.
proposal-move-hint-send-back = Its working group reworks it.
proposal-move-done-table = tabled
proposal-move-done-withdraw = withdrawn
proposal-move-done-send-back = sent back
proposal-actor-facilitator = the facilitator
proposal-actor-stack-keeper = the stack-keeper
proposal-actor-timekeeper = the timekeeper
proposal-actor-minute-taker = the minute-taker
proposal-actor-participant = a participant in the room
proposal-actor-cli = the command line
proposal-actor-demo = the demo
proposal-actor-import = an import
proposal-rule-consensus = Consensus (a block stops a proposal)
proposal-rule-modified-90 = Modified consensus, 90% (New York, Boston)
proposal-rule-modified-80 = Modified consensus, 80% (Seattle)
proposal-rule-modified-70 = Modified consensus, 70% (Berkeley)
proposal-rule-supermajority-2-3 = Two-thirds majority
proposal-rule-supermajority-3-4 = Three-quarters majority
proposal-rule-majority = Simple majority (more than half)
proposal-participants = { $n ->
    [one] { $n } participant
   *[other] { $n } participants
  }

## A proposal's page (ProposalView.svelte)

proposal-breadcrumb = Breadcrumb
proposal-back-to-board = ← Proposals
proposal-not-available = Proposal not available
proposal-loading = Loading the proposal…
proposal-meta-wg = working group { $name }
proposal-meta-proposer = proposed by { $name }
proposal-meta-since = since { $date }
# $source: the original's reference and assembly (the next message), a link.
proposal-derived-from = adopted from { $source }
proposal-derived-from-original = { $reference } of { $assembly }
proposal-derived-from-unknown = another assembly's proposal
proposal-meta-rule = assembly's rule { $rule }
proposal-another-assembly = another assembly
proposal-imported-read-only = Another assembly's proposal, read-only.
proposal-imported-adopted-as = Adopted here as { $copy }, which runs through our own process.
proposal-imported-our-copy = our proposal
proposal-imported-title = Another assembly's proposal, read-only
proposal-imported-adopt-hint = {" "}— adopt it to run it through your own process.
proposal-imported-adopt-link = Adopt it in Federation →
proposal-submit = Submit to the GA
proposal-text-heading = The text
proposal-version-of = version { $n } of { $of }
proposal-compare-heading = Compare versions
proposal-amendments-heading = Friendly amendments
proposal-offer-between = Offer an amendment between GAs
proposal-hearings-heading = Hearings
proposal-no-hearings = Not on any GA's agenda yet.
# A hearing's GA: its date and status ("Sat 12 Nov 2011, closed").
proposal-hearing-when = { $date }, { $status }
proposal-hearing-step = step: { $step }
proposal-outcome-by = by { $name }
proposal-outcome-by-why-separator = {": "}
proposal-run-process-at = Run the process at { $item } →
proposal-process-at = The process at { $item } →
proposal-questions-heading = Clarifying questions
proposal-concerns-heading = Concerns
proposal-temperature-heading = Temperature checks
proposal-side-label = Versions and history
proposal-versions-heading = Versions
proposal-version-n = Version { $n }
proposal-version-as-submitted = as submitted
proposal-version-from-amendment-at = from the amendment by { $name } at { $item }
proposal-version-from-amendment-between = from the amendment by { $name } between GAs
proposal-version-from-an-amendment = from an amendment
proposal-version-text = Text of version { $n }
proposal-history-heading = Status history
proposal-name-placeholder = name

## Comparing versions (VersionCompare.svelte)

proposal-compare-from = From version
proposal-compare-to = To version
# $added and $removed: the next two messages, marked as inserted and deleted words.
proposal-compare-legend = Version { $from } → version { $to }: { $added } and { $removed } words.
proposal-compare-added = added
proposal-compare-removed = removed

## The process panel (ProcessPanel.svelte)

proposal-process-not-a-hearing = This agenda item is not a hearing of this proposal.
proposal-process-announce-step = Now at: { $step }.
proposal-process-announce-outcome = Outcome recorded: { $outcome }.
proposal-process-announce-corrected = Decision corrected: { $outcome }. The correction is kept in the minutes.
proposal-process-back-to-agenda = ← Agenda of { $meeting }
proposal-process-back-to-meeting = ← The meeting
proposal-process-proposal-link = Proposal page, versions and history →
proposal-process-not-available = Process not available
proposal-process-rule = rule { $rule }
# Before the agenda item's status badge.
proposal-process-item = item
proposal-process-correcting = { $meeting } is closed: its steps no longer change, but what was recorded can be corrected until its minutes are approved — each correction is kept and listed in the minutes.
proposal-process-read-only = This record can be read but no longer changed: { $reason }.
proposal-process-closed-meeting = { $meeting } is closed: this hearing can be read, no longer changed.
proposal-process-closed-proposal = The proposal is { $status }: it is no longer before the GA.
# $accept and $reject: the keys A and R.
proposal-process-decision-waits = Friendly amendments still wait for the proposer's answer (below: { $accept } accepts, { $reject } rejects); the decision comes after.
proposal-process-decision-on-host = The facilitator records the outcome on the host laptop; it shows here once recorded.
proposal-process-outcome-heading = Outcome
proposal-process-correct-cancel = Cancel the correction
proposal-process-correct-open = Correct this decision…
proposal-process-outcome-recorded-at = recorded at { $item }.
proposal-process-outcome-by = By { $name }
proposal-process-offer-amendment = Offer a friendly amendment
proposal-process-temperature-note = optional, non-binding
proposal-process-side-label = The text and other outcomes
proposal-process-version-of-submitted = version { $n } of { $of } (as submitted)
proposal-process-every-version = Every version, compared word by word
proposal-process-other-outcomes = Other outcomes

## The steps (StepTrack.svelte)

proposal-step-track-label = Steps of the consensus process
proposal-step-current = (current step)
proposal-step-passed = (passed)
proposal-step-optional = optional
proposal-step-moves-label = Move the process
proposal-step-move-next = Next: { $step }
proposal-step-move-back = Back to { $step }
proposal-step-move-go-to = Go to { $step }
proposal-step-move-no-questions-next = No questions — next: { $step }
proposal-step-move-no-questions-go-to = No questions — go to: { $step }
proposal-step-move-no-concerns-next = No concerns — next: { $step }
proposal-step-move-no-concerns-go-to = No concerns — go to: { $step }

## Clarifying questions (QuestionsSection.svelte)

proposal-questions-none = No clarifying questions yet.
proposal-questions-answer = Answer:
proposal-questions-answer-by = Answer ({ $name }):
proposal-questions-answer-form = Answer to “{ $question }”
proposal-questions-answer-label = Answer
proposal-questions-answer-label-by = Answer by { $name }
proposal-questions-answer-placeholder = The proposer's answer
proposal-questions-answer-placeholder-by = The proposer's answer ({ $name })
proposal-questions-answer-save = Save answer
proposal-questions-not-answered = Not answered.
proposal-questions-form = Record a clarifying question
proposal-questions-question = Question
proposal-questions-asked-by = Asked by
proposal-questions-add = Record question

## Concerns (ConcernsSection.svelte)

proposal-concerns-none = No concerns raised.
proposal-concerns-addressed = addressed
proposal-concerns-open = open
proposal-concerns-response = Response:
proposal-concerns-address-form = Address the concern “{ $concern }”
proposal-concerns-how-addressed = How it was addressed
proposal-concerns-how-addressed-placeholder = How it was addressed (optional)
proposal-concerns-mark-addressed = Mark addressed
proposal-concerns-form = Record a concern
proposal-concerns-concern = Concern
proposal-concerns-raised-by = Raised by
proposal-concerns-add = Record concern

## Temperature checks (TemperatureSection.svelte)

proposal-temperature-none = No temperature check taken.
# $count: the number, drawn bold ($n: the same number, for plurals).
proposal-temperature-up = { $count } up
proposal-temperature-sideways = { $count } sideways
proposal-temperature-down = { $count } down
proposal-temperature-form = Record a temperature check
proposal-temperature-up-label = Up
proposal-temperature-sideways-label = Sideways
proposal-temperature-down-label = Down
proposal-temperature-note = Note
proposal-temperature-record = Record temperature check

## Friendly amendments (AmendmentList.svelte, AmendmentForm.svelte)

proposal-amendment-announce-accepted = Amendment by { $name } accepted.
proposal-amendment-announce-accepted-version = Amendment by { $name } accepted: the text is now version { $version }.
proposal-amendment-announce-rejected = Amendment by { $name } rejected.
proposal-amendment-announce-corrected = Corrected: the amendment by { $name } is now { $status }.
# $accept and $reject: the keys A and R.
proposal-amendment-keys = The proposer answers: on a pending amendment, { $accept } accepts, { $reject } rejects.
proposal-amendment-none = No friendly amendments.
proposal-amendment-offered-by = Offered by { $name }
proposal-amendment-on-version = on version { $n }
proposal-amendment-at = at { $item }
proposal-amendment-between = between GAs
proposal-amendment-made-version = made version { $n }
proposal-amendment-answer-group = The proposer's answer to the amendment by { $name }
proposal-amendment-accept = Accept
proposal-amendment-accept-label = Accept the amendment by { $name }
proposal-amendment-reject = Reject
proposal-amendment-reject-label = Reject the amendment by { $name }
proposal-amendment-correct-rejected = Correct: it was rejected
proposal-amendment-correct-accepted = Correct: it was accepted
proposal-amendment-correct-rejected-label = Correct: it was rejected (the amendment by { $name })
proposal-amendment-correct-accepted-label = Correct: it was accepted (the amendment by { $name })
proposal-amendment-form-text = The whole text as amended
proposal-amendment-form-hint = Edit the current text; Ctrl+Enter offers the amendment.
proposal-amendment-form-by = Offered by
proposal-amendment-form-offer = Offer amendment
proposal-amendment-form-reset = Start again from the current text

## The call for consensus and the vote (DecisionForm.svelte)

proposal-decision-form-label = Call for consensus
proposal-decision-form-correct-label = Correct the decision
# $rule: the rule as written (modified:90); $words: the rule in words.
proposal-decision-form-rule = Rule { $rule }: { $words }.
proposal-decision-form-hint = Nothing is recorded until you confirm.
proposal-decision-form-correcting-hint = The form holds what was recorded: change what the minutes got wrong. The correction is kept and listed in the minutes.
proposal-decision-form-call = The call for consensus
proposal-decision-form-agreed = Agreed
proposal-decision-form-agreed-note = (a count, if taken)
proposal-decision-form-stand-aside-total = Stand-asides in total
proposal-decision-form-those-named = = those named
proposal-decision-form-stand-aside-total-hint = Counts the named ones too; empty means just those named.
proposal-decision-form-block-total = Blocks in total
proposal-decision-form-block-total-hint = Counts the named ones too: for blocks the room only counted, without names. Empty means just those named.
proposal-decision-form-named-stand-asides = Stand-asides who give their name
proposal-decision-form-reason-optional = (reason optional)
proposal-decision-form-name = Name
proposal-decision-form-who-stands-aside = who stands aside
proposal-decision-form-reason = Reason
proposal-decision-form-optional = (optional)
proposal-decision-form-remove-stand-aside = Remove stand-aside { $n }
proposal-decision-form-remove-stand-aside-named = Remove stand-aside { $n } ({ $name })
proposal-decision-form-add-stand-aside = + Name a stand-aside
proposal-decision-form-named-blocks = Blocks who are named
proposal-decision-form-reason-required = (reason required)
proposal-decision-form-block-hint = A serious moral, ethical or safety objection: who blocks, and why (minuted). Blocks only counted go in the total above.
proposal-decision-form-who-blocks = who blocks
proposal-decision-form-required = (required)
proposal-decision-form-remove-block = Remove block { $n }
proposal-decision-form-remove-block-named = Remove block { $n } ({ $name })
proposal-decision-form-add-block = + Name a block
proposal-decision-form-vote = The vote
proposal-decision-form-vote-note = (if one was held)
proposal-decision-form-vote-hint = What the room counted, blockers included as they voted. Leave both empty if the call did not go to a vote.
proposal-decision-form-for = For
proposal-decision-form-against = Against
proposal-decision-form-options = Quorum, stand-aside limit, another rule
proposal-decision-form-quorum = Quorum
proposal-decision-form-quorum-note = (participants)
proposal-decision-form-limit = Stand-aside limit
proposal-decision-form-limit-example = e.g. 1/3
proposal-decision-form-other-rule = Another rule
proposal-decision-form-other-rule-note = (if the GA says so)
proposal-decision-form-preview = Preview the outcome
proposal-decision-form-text = The text to decide
proposal-decision-form-text-version = (version { $n })
# $button: the button's name, in bold.
proposal-decision-form-how = Enter the counts, then { $button }: the core applies the rule, and you confirm what it shows.
proposal-decision-preview-heading = Outcome, if confirmed:
proposal-decision-preview-rule = rule { $rule }
proposal-decision-preview-rule-other = rule { $rule } (not the assembly's { $assembly })
# $counted: what the room counted (minutes.ftl's words); $participants: "12 participants".
proposal-decision-counts = { $counted } — { $participants }
proposal-decision-preview-becomes = the proposal becomes { $status }
proposal-decision-preview-stand-aside = Stand-aside:
proposal-decision-preview-block = Block:
proposal-decision-confirm = Confirm and record: { $outcome }
proposal-decision-confirm-correction = Confirm the correction: { $outcome }
proposal-decision-back = Back to the form

## A recorded decision (DecisionRecord.svelte)

proposal-decision-record-label = Decision at { $item }
proposal-decision-record-at = at { $item }
proposal-decision-record-rule = Rule
proposal-decision-record-default-rule = (the assembly's rule was { $rule })
proposal-decision-record-counts = Counts
proposal-decision-record-quorum = {"; "}quorum { $n }
proposal-decision-record-limit = {"; "}stand-aside limit { $limit }
proposal-decision-record-wg-voices = Working groups' voices
proposal-decision-record-stood-aside = Stood aside
proposal-decision-record-blocked = Blocked
proposal-decision-record-text = Text decided
proposal-decision-record-version = version { $n }
proposal-decision-record-entered-by = Entered by
# $by: who entered it ("the minute-taker"); $at: when.
proposal-decision-record-entered = { $by }, { $at }
proposal-decision-record-disputed = Disputed:
proposal-decision-dispute-form = Flag the decision as disputed
proposal-decision-dispute-note = What went wrong (required)
proposal-decision-dispute-save = Flag as disputed
proposal-decision-dispute-cancel = Cancel
proposal-decision-dispute-clear = Clear the disputed flag
proposal-decision-dispute-open = Flag as disputed…

## A spokes council's call (CouncilDecisionForm.svelte)

proposal-council-form-label = Call for consensus by working groups
proposal-council-form-rule = Rule { $rule }, applied to the working groups' voices: one voice per WG, given by its spoke.
proposal-council-no-spokes = No working group has sent a spoke to this council yet.
proposal-council-voices = Each working group's voice
proposal-council-voice-none = no voice given
proposal-council-voice-stand-aside = stand aside
proposal-council-reason-label = Reason of { $wg } (optional)
proposal-council-reason-label-block = Reason of { $wg } (required for a block)
proposal-council-reason-optional = reason (optional)
proposal-council-reason-required = reason (required)
proposal-council-other-rule-note = (if the council says so)
proposal-council-preview-rule = Rule { $rule }; the proposal becomes { $status }.

## Table, withdraw, send back (ManualMoves.svelte)

proposal-move-ask = { $move }…
proposal-move-dialog-table = Table the proposal
proposal-move-dialog-withdraw = Withdraw the proposal
proposal-move-dialog-send-back = Send back to the working group the proposal
proposal-move-why = Why
proposal-move-why-required = (required: the minutes print it)
proposal-move-by = By whom
# Who usually makes the move (offered in the field).
proposal-move-by-facilitator = the facilitator
proposal-move-by-proposers = the proposers
proposal-move-by-ga = the GA
proposal-move-keep = Keep it

## The board (ProposalsView.svelte, ProposalGroup.svelte, NewProposalForm.svelte)

proposal-board-back-to-dashboard = ← Dashboard
proposal-board-heading = Proposals
proposal-board-count-all = { $n } in all
proposal-board-count-match = { $n } match
proposal-board-filters = Filter the proposals
proposal-board-filter-status = Status
proposal-board-any-status = Any status
proposal-board-filter-year = Year
proposal-board-any-year = Any year
proposal-board-none-yet = No proposals yet.
proposal-board-none-match = No proposal matches.
proposal-board-col-reference = Reference
proposal-board-col-title = Title
proposal-board-col-by = Working group / proposer
proposal-board-col-outcome = Latest outcome
proposal-board-no-outcome = none yet
# What the pager counts ("1–25 of 40 decided proposals").
proposal-board-pager-noun-draft = drafts proposals
proposal-board-pager-noun-submitted = submitted proposals
proposal-board-pager-noun-on-agenda = on an agenda proposals
proposal-board-pager-noun-in-process = in process proposals
proposal-board-pager-noun-decided = decided proposals
proposal-board-pager-noun-tabled = tabled proposals
proposal-board-pager-noun-withdrawn = withdrawn proposals
proposal-board-pager-noun-sent-back = sent back proposals
proposal-new-proposal-open = New proposal
proposal-new-proposal-hide = Hide the new proposal form
proposal-new-proposal-title = Title
proposal-new-proposal-text = Text
proposal-new-proposal-text-hint = What the GA is asked to decide. Ctrl+Enter submits.
proposal-new-proposal-wg = Working group
proposal-new-proposal-wg-none = — none —
proposal-new-proposal-by = Proposer
proposal-new-proposal-date = Submitted on
proposal-new-proposal-date-note = (optional: a past day)
proposal-new-proposal-date-hint = Empty means today. A proposal of the assembly's history takes its reference's year from its own day.
proposal-new-proposal-draft = Keep it as a draft (not yet submitted to the GA)
proposal-new-proposal-save-draft = Save draft
proposal-new-proposal-submit = Submit proposal
proposal-new-proposal-draft-saved = Draft saved:
proposal-new-proposal-submitted = Proposal submitted:
