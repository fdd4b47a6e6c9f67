# The minutes' preview in the app (ui/src/views/minutes): the toolbar, the document and
# its approval. The document uses the exported minutes' own words (minutes.ftl) wherever
# they are the same; these are the preview's others.

## The toolbar (MinutesView.svelte)

minutes-view-back = {"← "}
minutes-view-meeting = Meeting
minutes-view-redact = Redact names
minutes-view-include-speakers = Include speakers' log
minutes-view-include-equity = Include airtime equity
minutes-view-export = Export
minutes-view-export-as = Export as { $format }
minutes-view-print = Print…
minutes-view-saving = Saving…
minutes-view-saved-to = Saved to { $path }
minutes-view-saved-to-files = Saved to { $n } files:
minutes-view-export-cancelled = Export cancelled; nothing was saved.
minutes-view-live = Live preview, updated
minutes-view-as-of = Preview as of
minutes-view-redacted = · names redacted (also in exports)
minutes-view-with-speakers = · with the speakers' log
minutes-view-loading = Loading the minutes…

## Approval (ApproveMinutes.svelte)

minutes-view-approve = Approve these minutes
minutes-view-approve-hint = Minutes are approved by a later General Assembly while it is in session.
minutes-view-approved-by = Approved by
# A GA that is open now, to choose: "RIV-GA-4 — Sat 12 Nov 2011 (open)".
minutes-view-approve-option = { $reference } — { $date } (open)
minutes-view-approve-none = No GA is open now: open the GA that approves them, then come back here.
minutes-view-loading-meetings = Loading the meetings…
minutes-view-approved-result = The minutes of { $reference } are approved at { $at }.
minutes-view-still-draft = The minutes of { $reference } are still a draft.

## The document (MinutesDocument.svelte)

minutes-view-in-progress = · meeting in progress
minutes-view-not-yet-held = · meeting not yet held
# After the assembly's name in the title.
minutes-view-ga-number = — GA { $number }
minutes-view-status-draft = Draft (not yet approved)
minutes-view-status-approved = Approved at { $reference }
minutes-view-status-approved-on = Approved at { $reference } on { $date }
minutes-view-spoke-from = (from { $at })
minutes-view-spoke-until = (until { $at })
minutes-view-consult = Consult break { $start }–{ $end }, called by { $wg }'s spoke { $name } ({ $minutes } min asked)
minutes-view-consult-during = Consult break { $start }–{ $end }, called by { $wg }'s spoke { $name } ({ $minutes } min asked), during { $item }
minutes-view-empty = The agenda of this meeting is empty.
minutes-view-kind-process = Process
minutes-view-kind-report-back = Report-back
minutes-view-kind-proposal = Proposal
minutes-view-kind-discussion = Discussion
minutes-view-kind-announcement = Announcements
minutes-view-kind-soapbox = Soapbox
minutes-view-kind-other = Other
minutes-view-who = who:
# A speech: its kind and when it started ("clarifying question, 19:25").
minutes-view-speech = { $kind }, { $at }

## A proposal heard (MinutesProposal.svelte)

minutes-view-proposed-by = Proposed by
minutes-view-asked-by = (asked by { $name })
minutes-view-answer = Answer:
minutes-view-answer-by = Answer by { $name }:
minutes-view-not-answered = Not answered.
minutes-view-raised-by = (raised by { $name })
minutes-view-addressed = Addressed
minutes-view-not-addressed = Not addressed
# $amendment: "Amendment 1"; $result: accepted or not (minutes.ftl's words).
minutes-view-amendment = { $amendment }, offered by { $name } — { $result }. The text as amended:
minutes-view-amendment-n = Amendment { $n }
minutes-view-temperature = { $n ->
    [one] Temperature check
   *[other] Temperature checks
  }
minutes-view-not-binding = (not binding)
minutes-view-temperature-line = Up { $up } · sideways { $sideways } · down { $down }
minutes-view-rule = Rule:
minutes-view-rule-line = { $rule }.
minutes-view-rule-chosen = { $rule } — chosen for this decision; the GA's default rule is { $default }.
minutes-view-rule-consensus = consensus
minutes-view-rule-majority = simple majority
minutes-view-rule-modified = modified consensus at { $percent }
minutes-view-rule-supermajority = a { $share } supermajority
minutes-view-counted = Counted:
minutes-view-quorum-and-limit = Quorum and limit
minutes-view-quorum = Quorum
minutes-view-limit = Stand-aside limit
minutes-view-entered-by = Entered by { $by }.
minutes-view-outcome = Outcome:
minutes-view-outcome-consensus = Consensus
minutes-view-outcome-passed = Passed
minutes-view-outcome-blocked = Blocked
minutes-view-outcome-failed = Not passed
minutes-view-outcome-tabled = Tabled
minutes-view-outcome-withdrawn = Withdrawn
minutes-view-outcome-sent-back = Sent back to the working group
minutes-view-disputed = Disputed.
minutes-view-text-as-decided = Text as decided
