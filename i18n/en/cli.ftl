# The command line (src-tauri/core/src/bin/plenary): its messages and its --help.
# Records (names, titles, texts) are printed as typed; --json output keeps its codes.

## Every command

# $message: what went wrong (the core's words).
cli-error = error: { $message }
cli-json-failed = cannot write JSON: { $reason }
cli-restored = restored { $name } ({ $code }) from { $file }
cli-restored-no-key = note: the assembly's signing key is not beside this database; copy its .key file here to export bundles

## Codes the core returns, as a person reads them. English prints the code itself — the
## word typed back in --status, --kind, --to —; another language translates the codes it
## knows and prints any other as it is.

cli-wg-category = { $code }
cli-wg-status = { $code }
cli-meeting-status = { $code }
cli-item-status = { $code }
cli-proposal-status = { $code }
cli-entry-kind = { $code }
cli-step = { $code }
cli-amendment-status = { $code }
cli-search-kind = { $code }
# A role at a meeting: facilitator, stack-keeper, timekeeper, minute-taker, vibes-watcher,
# or any word of the assembly's own (printed as typed).
cli-role = { $code }

## Column headings of the tables

cli-col-assembly = ASSEMBLY
cli-col-attendance = ATTENDANCE
cli-col-by = BY
cli-col-category = CATEGORY
cli-col-code = CODE
cli-col-date = DATE
cli-col-deleted = DELETED
cli-col-end = END
cli-col-file = FILE
cli-col-files = FILES
cli-col-fingerprint = FINGERPRINT
cli-col-from = FROM
cli-col-ga = GA
cli-col-gas = GAS
cli-col-given-by = GIVEN BY
cli-col-id = ID
cli-col-imported-utc = IMPORTED (UTC)
cli-col-item = ITEM
cli-col-kind = KIND
cli-col-list = LIST
cli-col-meets = MEETS
cli-col-name = NAME
cli-col-new = NEW
cli-col-of-people = OF PEOPLE
cli-col-of-time = OF TIME
cli-col-overrun = OVERRUN
cli-col-pauses = PAUSES
cli-col-people = PEOPLE
cli-col-place = PLACE
cli-col-pronouns = PRONOUNS
cli-col-proposal = PROPOSAL
cli-col-records = RECORDS
cli-col-ref = REF
cli-col-refused = REFUSED
cli-col-scope = SCOPE
cli-col-share = SHARE
cli-col-since = SINCE
cli-col-speeches = SPEECHES
cli-col-spoke = SPOKE
cli-col-start = START
cli-col-status = STATUS
cli-col-summary = SUMMARY
cli-col-table = TABLE
cli-col-time = TIME
cli-col-title = TITLE
cli-col-unchanged = UNCHANGED
cli-col-updated = UPDATED
cli-col-wg = WG
cli-col-why-here = WHY HERE

## plenary passphrase

cli-passphrase-ask = Passphrase for { $path }:{" "}
cli-passphrase-new = New passphrase (there is no way to recover it if it is lost):{" "}
cli-passphrase-again = The new passphrase again:{" "}
cli-passphrase-no-terminal = this database is encrypted and no terminal can ask for its passphrase: set { $variable }
cli-passphrase-encrypted = the database is encrypted with the new passphrase; keep it safe: without it the record cannot be opened, by anyone
cli-passphrase-decrypted = the database is no longer encrypted: anyone who has the file can read it
cli-passphrase-backups-rekeyed = { $n } automatic backups re-written to match
cli-passphrase-backups-deleted = { $n } automatic backups encrypted with an older passphrase were deleted

## plenary wg

# $assembly: the code of the assembly the working group belongs to.
cli-wg-heading = { $name } ({ $category }, { $status } since { $since }) — { $assembly }
cli-wg-proposal-count = { $n } { $status }
cli-wg-proposals = Proposals: { $counts }
cli-wg-proposals-none = Proposals: none
cli-wg-report-backs = Report-backs: { $n }
cli-wg-status-set = { $name } is now { $status } (since { $since })

## plenary person

cli-person-forgotten = Now { $placeholder }: { $records } records of this assembly changed (they travel in the next bundle), { $rows } local rows rewritten, { $backups } automatic backups deleted.

## plenary stack

cli-stack-name-the-entry = name the entry with --entry ID, or with --item and --name
# $action: what was undone, in the core's words.
cli-stack-undone = undone: { $action }
cli-stack-undo-would = undo would undo: { $action }
# $policy: the floor policy, in minutes.ftl's words ("progressive stack; first time first").
cli-stack-heading = { $reference } — { $title } ({ $policy })
cli-stack-heading-closed = { $reference } — { $title } ({ $policy }, stack closed)
# A spoke: the person and the working group they speak for.
cli-stack-speaker-for = { $name } for { $wg }
# $kind: minutes.ftl's entry kind ("to speak"); $time and $limit: minutes:seconds.
cli-stack-floor = floor: { $speaker } ({ $kind }) for { $time }{ $paused ->
        [yes] , paused
       *[no] {""}
    }
cli-stack-floor-of = floor: { $speaker } ({ $kind }) for { $time } of { $limit }{ $paused ->
        [yes] , paused
       *[no] {""}
    }
cli-stack-floor-nobody = floor: nobody
# $reference: the item's or the meeting's; $time: minutes:seconds.
cli-airtime-heading = { $reference }: { $speeches } speeches by { $speakers } people, { $time } in all; { $first } first-time speakers
# $present: who was counted, in the core's words.
cli-airtime-gini = Gini of speaking time: { $gini } over { $n } people ({ $present })
cli-airtime-gini-none = Gini of speaking time: none (nobody has spoken)
cli-airtime-first-time = first time
cli-airtime-no-list = (none chosen)
cli-airtime-last-speakers = last speakers, newest first: { $names }

## plenary meeting

# $code: general-assembly or spokes-council.
cli-meeting-format = { $code ->
        [spokes-council] spokes council
       *[other] general assembly
    }
cli-meeting-format-line = format: { $format }
cli-meeting-spoke = { $name } speaks for { $wg }
cli-meeting-spoke-line = { $wg }: { $name }
cli-meeting-spoke-until = { $wg }: { $name } (until { $until })
cli-meeting-consult-line = consult break: { $wg } ({ $by }), { $minutes } min, { $start }–{ $end }
cli-meeting-consult-ended = consult break of { $wg } ended at { $time }
cli-meeting-consult-called = consult break of { $minutes } min for { $wg } ({ $by })
cli-meeting-heading = { $reference } — { $date } — { $place } ({ $status })
# $policy: the floor policy, in minutes.ftl's words (English: as it is typed, progressive,first-time-first).
cli-meeting-policy-attendance = stack policy: { $policy }; attendance: { $attendance }
# $role: the role as it was typed (facilitator, stack-keeper, or any word of the assembly's).
cli-meeting-role = { $role }: { $name }
cli-meeting-role-from-until = { $role }: { $name } ({ $from }–{ $until })
cli-meeting-role-from = { $role }: { $name } (from { $from })
cli-meeting-role-until = { $role }: { $name } (until { $until })
cli-meeting-planned = planned: { $minutes } min
cli-meeting-planned-from-to = planned: { $minutes } min, { $start }–{ $end }{ $next_day ->
        [yes] {" "}(next day)
       *[no] {""}
    }
cli-meeting-corrected = corrected after the meeting:
# $actor: minutes.ftl's actor word; $what: what was corrected, in the core's words.
cli-meeting-correction = { $time } ({ $actor }): { $what }: { $before } → { $after }
cli-meeting-corrected-none = (none)
# $time: HH:MM, or "none" when the time is not known.
cli-meeting-is-open = { $time ->
        [none] { $reference } is open
       *[other] { $reference } is open at { $time }
    }
cli-meeting-opened = { $time ->
        [none] { $reference } opened
       *[other] { $reference } opened at { $time }
    }
cli-meeting-is-closed = { $time ->
        [none] { $reference } is closed
       *[other] { $reference } is closed at { $time }
    }
cli-meeting-starts-at = { $reference } starts at { $time }
cli-meeting-no-start = { $reference } has no start time
# $attendance: a count, a range or "about N" as recorded.
cli-meeting-attendance = { $reference }: attendance { $attendance }
cli-meeting-attendance-none = { $reference }: attendance not recorded

## plenary agenda

cli-item-under-way = { $time ->
        [none] { $reference } is under way
       *[other] { $reference } is under way at { $time }
    }
cli-item-started = { $time ->
        [none] { $reference } started
       *[other] { $reference } started at { $time }
    }
cli-item-done = { $time ->
        [none] { $reference } is done
       *[other] { $reference } is done at { $time }
    }
cli-item-tabled = { $reference } is tabled
# $from: the working group, or one of the two messages below.
cli-report-back = report-back: { $from }; presented by { $presenter }
cli-report-back-nobody = nobody yet
cli-report-back-on-behalf-of = on behalf of { $who }
cli-announcement = announcement { $n }
cli-notes-would-blank = this would blank the notes of this item: to mean it, use --clear
cli-notes-saved = { $reference }: notes saved
# A time allotted, in a table.
cli-minutes-short = { $n } min

## plenary proposal

cli-proposal-no-decision = no decision was recorded for { $proposal } at GA { $meeting }
cli-proposal-is = { $reference } is { $status }
cli-amendment-accepted = accepted: the text is now version { $version }
# $next: the steps the hearing can go to next, or "-".
cli-proposal-step = { $step } (next: { $next })
cli-proposal-heading = { $reference } — { $title } ({ $status })
cli-proposal-by = proposed by { $name }
cli-proposal-wg = working group: { $wg }
cli-proposal-adopted-from = adopted from another assembly's proposal { $original }
cli-proposal-version = version { $n } of { $total }:
cli-proposal-amendments = amendments:
# $diff: the change, [-removed-]{+added+}.
cli-proposal-amendment = [{ $reference }] { $status } by { $by } on version { $version }: { $diff }
# A hearing of the proposal at a GA: its agenda item, the GA's date and status, the step reached.
cli-proposal-hearing = { $item } ({ $date }, { $status }): { $step }
# $outcome: minutes.ftl's outcome word.
cli-proposal-hearing-outcome = { $item } ({ $date }, { $status }): { $step } — { $outcome }
cli-proposal-hearing-outcome-by = { $item } ({ $date }, { $status }): { $step } — { $outcome } by { $by }
cli-proposal-hearing-outcome-why = { $item } ({ $date }, { $status }): { $step } — { $outcome }: { $why }
cli-proposal-hearing-outcome-by-why = { $item } ({ $date }, { $status }): { $step } — { $outcome } by { $by }: { $why }
cli-proposal-no-questions = no clarifying questions were asked
cli-proposal-no-concerns = no concerns were raised, no friendly amendments offered
cli-proposal-question = question [{ $reference }] ({ $by }): { $question }
cli-proposal-answer = answer: { $answer }
cli-proposal-concern = concern [{ $reference }] ({ $by }, { $addressed ->
        [yes] addressed
       *[no] open
    }): { $concern }
cli-proposal-temperature = temperature: { $up } up, { $sideways } sideways, { $down } down
# $rule: the rule as it is typed (consensus, modified:75, …); $explanation: the core's words.
cli-proposal-decision = decision under { $rule }: { $explanation }
# $stance: minutes.ftl's word (stand-aside, block).
cli-proposal-stance = { $stance } { $name }
cli-proposal-stance-why = { $stance } { $name }: { $why }
cli-proposal-disputed = DISPUTED: { $note }

## plenary bundle

cli-scope-all = the whole assembly
cli-scope-meetings = { $n } chosen meeting(s)
cli-scope-since = changes since { $date }
cli-bundle-exported = { $file }: { $records } records, { $deletions } deletions, { $minutes } minutes ({ $scope }), { $bytes } bytes
# $names: the assemblies' names.
cli-bundle-sealed-for = sealed for { $names }: only they can open it
cli-bundle-import-undone = undone: the import of { $file } from { $assembly } ({ $removed } records removed, { $restored } put back as they were)
cli-bundle-passed-on = { $file }: the bundle of { $assembly } made { $made }, unchanged
cli-bundle-not-received-id = { $id } is not a received bundle's id (`plenary bundle received` lists them)
# `bundle inspect`: one line each, the labels padded so that the values line up.
cli-inspect-file = file:        { $file } ({ $bytes } bytes)
cli-inspect-sealed-for = sealed for:  { $names }
cli-inspect-sealed-not-us = {"             "}this assembly is not one of them: only they can open it
cli-inspect-sealed-opened = sealed for:  { $names }; opened with this assembly's key
cli-inspect-from = from:        { $name } ({ $code }), assembly { $id }
cli-inspect-fingerprint = fingerprint: { $fingerprint }
cli-inspect-key-new = key:         new: not known here; importing pins it
cli-inspect-key-known = key:         known: the key pinned here
cli-inspect-key-mismatch = key:         MISMATCH: this assembly is known here under another key ({ $pinned })
cli-inspect-key-own = key:         this assembly's own key
cli-inspect-made = made:        { $made } by { $generator }
cli-inspect-scope = scope:       { $scope }
cli-inspect-scope-meetings = scope:       { $scope } ({ $meetings })
cli-inspect-already-imported = imported:    already, on { $at }
cli-inspect-verifies = verifies:    yes
# $problem: what is wrong, in the core's words.
cli-inspect-does-not-verify = verifies:    NO: { $problem }
cli-inspect-importable = importable:  yes, here
cli-inspect-not-importable = importable:  NO, not here: { $problem }
cli-inspect-would-refuse = refused:     { $n } records would be refused here (`bundle import --dry-run` says which and why)
cli-inspect-deletions = (deletions)
cli-inspect-minutes = (minutes)
cli-import-totals = { $dry_run ->
        [yes] would import
       *[no] imported
    } { $file } from { $assembly } ({ $code }): { $new } new, { $updated } updated, { $unchanged } unchanged, { $refused } refused, { $deleted } deleted
cli-import-key-pinned = { $dry_run ->
        [yes] would pin
       *[no] pinned
    } the key of { $assembly } ({ $code }), fingerprint { $fingerprint }
cli-import-already = this file was imported on { $at }: nothing changes
# $record: the kind of record (a table's name); $reason: the core's words.
cli-import-refused = refused { $record } { $id }: { $reason }
cli-import-more-refused = … and { $n } more refused
cli-import-undo-hint = to take this import back whole: plenary bundle undo-import { $id }

## plenary federation

cli-fed-no-folders = no federation folders yet: choose them with `plenary federation folders --inbox DIR --outbox DIR`
cli-fed-watching = watching { $inbox } (Ctrl+C to stop)
cli-fed-stopped = stopped
# $note: what was written, in the core's words.
cli-fed-outbox-note = outbox: { $note }
cli-fed-inbox-read = inbox: { $read } file(s) read, { $unchanged } unchanged since last seen
cli-fed-waiting-file = waiting for approval: { $file } from { $assembly } ({ $code }), key fingerprint { $fingerprint }
cli-fed-left-alone-file = left alone: { $file }: { $note }
cli-fed-own-skipped = { $n } of this assembly's own bundle(s) skipped
cli-fed-relayed = passed on into the outbox: { $file }
# `federation folders`: one line each, the labels padded so that the values line up.
cli-fed-status-inbox = inbox:       { $dir }
cli-fed-status-outbox = outbox:      { $dir }
cli-fed-status-last-sync = last sync:   { $at }
cli-fed-status-last-outbox = last outbox: { $file }
cli-fed-outbox-file = { $file } ({ $records } records, { $at })
cli-fed-status-imported = imported:    { $files } file(s); passed on: { $relayed }
cli-fed-status-waiting = Waiting for approval (check the fingerprint with that assembly, then `plenary federation approve FINGERPRINT`):
cli-fed-status-left-alone = Left alone (tried again when the file changes):

## plenary room

cli-room-not-a-ui = { $dir } is not a build of the app's UI (no index.html): build it with npm --prefix ui run build
cli-room-cannot-start = cannot start the room's server
cli-room-open = The room of { $reference } is open at { $address }
cli-room-team = Team devices pair at { $address }
cli-room-keys = Press Enter for new pairing codes, Ctrl+C to close the room.
cli-room-closed = The room is closed.
cli-room-meeting-closed = { $reference } has closed: the room is closed.
# $role: participant, stack-keeper or minute-taker.
cli-room-role = { $code }
cli-room-code = Pairing code for a { $role }: { $code } (once, within { $minutes } minutes)

## plenary search

cli-search-none = no hits
cli-search-hits = hits { $first }–{ $last } of { $total }
cli-search-hits-more-than = hits { $first }–{ $last } of more than { $total }

## plenary minutes

cli-minutes-approved = approved
cli-cannot-write = cannot write { $path }

## --help: the words of each command and argument (help.rs derives the ids from the
## command path: cli-help-stack-add, cli-help-stack-add-name). A reference { cli-help-… }
## repeats another message's words.

cli-help-arg-json = Print JSON (for scripts) instead of text
cli-help-arg-meeting = The meeting: GA number (39), reference (LDN-GA-39) or id
cli-help-arg-item = Agenda item reference (39.3, LDN-GA-39.3) or id
cli-help-arg-proposal = The proposal: reference (LDN-P-2026-034) or id
cli-help-arg-hearing = The GA where the proposal is heard (it must be on its agenda)
# clap's own flags and help subcommand (English keeps clap's words).
cli-clap-help-flag = Print help
cli-clap-version-flag = Print version
cli-clap-help-command = Print this message or the help of the given subcommand(s)
cli-clap-help-command-subcommand = The subcommand whose help to print
# clap's headings and parse errors (help.rs, usage_error.rs): English keeps clap's own
# output, so these English words are clap's, for the other languages to translate.
cli-clap-usage = Usage:
cli-clap-commands = Commands:
cli-clap-arguments = Arguments:
cli-clap-options = Options:
cli-clap-unknown-subcommand = unrecognized subcommand '{ $name }'
cli-clap-suggest-subcommand = tip: a similar subcommand exists: '{ $name }'
cli-clap-unknown-argument = unexpected argument '{ $name }' found
cli-clap-suggest-argument = tip: a similar argument exists: '{ $name }'
cli-clap-missing-arguments = the following required arguments were not provided:
cli-clap-invalid-value = invalid value '{ $value }' for '{ $arg }'
cli-clap-missing-value = a value is required for '{ $arg }' but none was supplied
cli-clap-possible-values = possible values: { $values }
cli-clap-missing-subcommand = '{ $name }' requires a subcommand but one was not provided
cli-clap-subcommands = subcommands: { $values }
# clap's rarer errors, English as clap writes it.
cli-clap-used-twice = the argument '{ $arg }' cannot be used multiple times
cli-clap-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
# Then each of the other arguments on a line of its own.
cli-clap-conflict-many = the argument '{ $arg }' cannot be used with:
cli-clap-conflict-others = the argument '{ $arg }' cannot be used with one or more of the other specified arguments
# $reason: why the value's parser refused it (one of the messages below).
cli-clap-invalid-value-because = invalid value '{ $value }' for '{ $arg }': { $reason }
cli-clap-number-empty = cannot parse integer from empty string
cli-clap-number-invalid-digit = invalid digit found in string
cli-clap-number-too-large = number too large to fit in target type
cli-clap-number-too-small = number too small to fit in target type
cli-clap-number-zero = number would be zero for non-zero type
# $range: the bounds as clap writes them (0..=4294967295).
cli-clap-not-in-range = { $value } is not in { $range }
cli-clap-invalid-utf8 = invalid UTF-8 was detected in one or more arguments
cli-clap-more = For more information, try '{ $flag }'.

cli-help = Run General Assemblies: working groups, meetings, agendas, stacks, proposals, minutes, bundles.

cli-help-db = The database file (default: the platform's data directory)

cli-help-lang = The language Plenary speaks (its messages, this help, the minutes): en, es, fr, de, pt, el or ar. What was typed into the record stays as typed. Default: LC_ALL, LC_MESSAGES or LANG, else English

cli-help-init = Create this installation's assembly and its signing key
cli-help-init-name = The assembly's name ("Occupy London General Assembly")
cli-help-init-code = Short code used in references (LDN-GA-39), 2–8 letters or digits
cli-help-init-rule = Default decision rule: consensus, modified:P, supermajority:A/B or majority

cli-help-demo = Fill an empty database with a realistic sample assembly

cli-help-assembly = This installation's assembly: show it, set the language of the minutes it shares
cli-help-assembly-show = Show the assembly: name, code, default decision rule, language of its shared minutes
cli-help-assembly-show-json = { cli-help-arg-json }
cli-help-assembly-minutes-lang = Set the language of the minutes the assembly shares in its bundles (bundles already written keep theirs; records stay as typed)
cli-help-assembly-minutes-lang-minutes-lang = en, es, fr, de, pt, el or ar
cli-assembly-shown = { $name } ({ $code })
cli-assembly-rule = default rule: { $rule }
# $language: the language's own name ("Español"), $code its code (es).
cli-assembly-minutes-lang = shared minutes: { $language } ({ $code })
cli-assembly-minutes-lang-set = { $name } shares its minutes in { $language } ({ $code })

cli-help-wg = Working groups
cli-help-wg-add = Create a working group; prints its id
cli-help-wg-add-name = The working group's name
cli-help-wg-add-category = operational, sectorial, strategy or caucus
cli-help-wg-add-description = What the working group does
cli-help-wg-add-status = forming (default), active, dormant or dissolved
cli-help-wg-add-contact = How to reach it (an email address, a phone number, a place)
cli-help-wg-add-schedule = When and where it meets ("Tuesdays 18:00, the library")
cli-help-wg-list = List working groups (local and imported)
cli-help-wg-list-json = { cli-help-arg-json }
cli-help-wg-show = One working group: its status history, its proposals counted by status, and every report-back it gave, newest GA first (what its page in the app shows)
cli-help-wg-show-wg = Name or id
cli-help-wg-show-json = { cli-help-arg-json }
cli-help-wg-status = Change a working group's status (the change is dated)
cli-help-wg-status-wg = Name or id
cli-help-wg-status-set = forming, active, dormant or dissolved
cli-help-wg-status-on = Date of the change, YYYY-MM-DD (default today)
cli-help-wg-status-note = A note on the change (why)

cli-help-meeting = Meetings (GAs)
cli-help-meeting-new = Plan a new GA; prints its reference (TST-GA-3). It is numbered after the last one
cli-help-meeting-new-date = YYYY-MM-DD
cli-help-meeting-new-place = Where the GA is held
cli-help-meeting-new-policy = progressive (default) or fifo
cli-help-meeting-new-number = The GA's number (default: one more than the last)
cli-help-meeting-new-time = Planned start, HH:MM (24-hour, local time)
cli-help-meeting-new-format = general-assembly (default) or spokes-council: one spoke per working group, only spokes take the stack, one voice per WG in decisions
cli-help-meeting-spoke = Make NAME this spokes council's spoke for working group WG (created if new). A new spoke for a WG ends the previous one's turn; both stay in the record
cli-help-meeting-spoke-meeting = { cli-help-arg-meeting }
cli-help-meeting-spoke-wg = The working group (name or id)
cli-help-meeting-spoke-name = The spoke's name
cli-help-meeting-spokes = List a spokes council's spokes and consult breaks
cli-help-meeting-spokes-meeting = { cli-help-arg-meeting }
cli-help-meeting-spokes-json = { cli-help-arg-json }
cli-help-meeting-consult = A spoke calls a consult break of N minutes (1–30) for the groups to talk among themselves; `--end` ends the break under way
cli-help-meeting-consult-meeting = { cli-help-arg-meeting }
cli-help-meeting-consult-by = The spoke calling it
cli-help-meeting-consult-minutes = How long the break lasts, in minutes (1–30)
cli-help-meeting-consult-end = End the consult break under way
cli-help-meeting-list = List this assembly's meetings, newest first
cli-help-meeting-list-imported = Also the meetings of the assemblies imported from bundles (after this one's, by assembly code)
cli-help-meeting-list-json = { cli-help-arg-json }
cli-help-meeting-show = Show a meeting: roles and agenda
cli-help-meeting-show-meeting = { cli-help-arg-meeting }
cli-help-meeting-show-json = { cli-help-arg-json }
cli-help-meeting-open = Open a planned meeting. Without --at, the time is the clock's for a meeting held today and unknown otherwise; with --at on a closed GA, a correction
cli-help-meeting-open-meeting = { cli-help-arg-meeting }
cli-help-meeting-open-at = The time it opened, HH:MM (local, on the meeting's date)
cli-help-meeting-close = Close an open meeting; afterwards its record takes corrections until its minutes are approved
cli-help-meeting-close-meeting = { cli-help-arg-meeting }
cli-help-meeting-close-at = The time it closed, HH:MM (local; past midnight counts as the next day)
cli-help-meeting-role = Put someone in a role: facilitator, stack-keeper, timekeeper, minute-taker, vibes-watcher, or any role word of your own (stack reader, livestream, …). A hand-over: --until HH:MM for who stepped down, --from HH:MM for who stepped up; re-running it for someone already in the role changes only the times given
cli-help-meeting-role-meeting = { cli-help-arg-meeting }
cli-help-meeting-role-role = The role: facilitator, stack-keeper, timekeeper, minute-taker, vibes-watcher or a word of your own
cli-help-meeting-role-name = Who holds it
cli-help-meeting-role-from = Held from this time of the meeting (HH:MM; "" clears it)
cli-help-meeting-role-until = Held until this time (HH:MM; "" clears it)
cli-help-meeting-time = Set the planned start time, HH:MM (24-hour, local time); "" clears it
cli-help-meeting-time-meeting = { cli-help-arg-meeting }
cli-help-meeting-time-time = The start time, HH:MM ("" clears it)
cli-help-meeting-policy = Set the meeting's floor policy (ga-process.md, "Fair floor"): fifo|progressive [,first-time-first] [,alternate:LIST|LIST…] [,cap:N] [,no-repeat]. Prints the policy in force. The undo of the item's stack (--item, else the item under way) takes it back
cli-help-meeting-policy-meeting = { cli-help-arg-meeting }
cli-help-meeting-policy-set = The policy: fifo|progressive [,first-time-first] [,alternate:LIST|LIST…] [,cap:N] [,no-repeat]
cli-help-meeting-policy-reason = Why the facilitation team changed it (the minutes print it)
cli-help-meeting-policy-item = The item whose stack it was changed on (default: the item under way, if any)
cli-help-meeting-attendance = Record how many people attended: a count (55), a range (50-60) or about a count (~50); "" clears it
cli-help-meeting-attendance-meeting = { cli-help-arg-meeting }
cli-help-meeting-attendance-count = 55, 50-60 or ~50 ("" clears it)

cli-help-agenda = Agenda items of a meeting
cli-help-agenda-add = Add an item at the end of a meeting's agenda; prints its reference (TST-GA-3.2)
cli-help-agenda-add-meeting = { cli-help-arg-meeting }
cli-help-agenda-add-kind = process, report-back, proposal, discussion, announcement, soapbox or other
cli-help-agenda-add-title = The item's title
cli-help-agenda-add-minutes = Allotted time in minutes
cli-help-agenda-add-wg = The working group reporting back (name or id)
cli-help-agenda-add-proposal = The proposal to be heard (reference or id)
cli-help-agenda-prepare = Fill an empty agenda with the usual order of business: welcome, report-backs, proposals, announcements, soapbox, closing
cli-help-agenda-prepare-meeting = { cli-help-arg-meeting }
cli-help-agenda-prepare-report-backs = A working group that reports back (repeat, in order)
cli-help-agenda-prepare-proposals = A proposal to be heard (repeat, in order)
cli-help-agenda-list = List a meeting's agenda
cli-help-agenda-list-meeting = { cli-help-arg-meeting }
cli-help-agenda-list-json = { cli-help-arg-json }
cli-help-agenda-move = Move an item to another place (1 = first)
cli-help-agenda-move-item = { cli-help-arg-item }
cli-help-agenda-move-to = The new place (1 = first)
cli-help-agenda-start = Take up an item: it becomes the one under way (the meeting must be open). With --at on an item already taken up (or on a closed GA), sets its start time
cli-help-agenda-start-item = { cli-help-arg-item }
cli-help-agenda-start-at = The time it was taken up, HH:MM (local; without it: the clock's for a meeting held today, unknown otherwise)
cli-help-agenda-finish = Finish the item under way. With --at on a finished item, sets its end time
cli-help-agenda-finish-item = { cli-help-arg-item }
cli-help-agenda-finish-at = The time it ended, HH:MM (local)
cli-help-agenda-table = Table (defer) a pending item or the one under way
cli-help-agenda-table-item = { cli-help-arg-item }
cli-help-agenda-table-reason = Why; required when the item's proposal is tabled with it (the minutes print it)
cli-help-agenda-report-back = Record a report-back on its item, by a WG or on someone's behalf. Re-running it changes only the fields given; blanking a field that holds text needs --clear
cli-help-agenda-report-back-item = { cli-help-arg-item }
cli-help-agenda-report-back-wg = The working group reporting back (name or id)
cli-help-agenda-report-back-on-behalf-of = On whose behalf it is given ("Occupy Newark"), instead of a WG
cli-help-agenda-report-back-presenter = Who presented it
cli-help-agenda-report-back-summary = What the working group reported
cli-help-agenda-report-back-asks = What it asks of the GA
cli-help-agenda-report-back-announcements = Its announcements
cli-help-agenda-report-back-clear = Blank a field: presenter, summary, asks, announcements or on-behalf-of (repeat)
cli-help-agenda-announce = Record an announcement made at an announcement item
cli-help-agenda-announce-item = { cli-help-arg-item }
cli-help-agenda-announce-by = Who made it
cli-help-agenda-announce-on-behalf-of = On whose behalf ("Occupy Newark")
cli-help-agenda-announce-text = The announcement
cli-help-agenda-notes = Set the minute-taker's notes of an item (replaces them; "" needs --clear)
cli-help-agenda-notes-item = { cli-help-arg-item }
cli-help-agenda-notes-text = The notes
cli-help-agenda-notes-clear = Blank the notes

cli-help-person = People: list, rename, merge
cli-help-person-list = This assembly's people, with how many records and GAs name them
cli-help-person-list-json = { cli-help-arg-json }
cli-help-person-rename = Rename a person; every record that names them follows
cli-help-person-rename-person = The person (name or id)
cli-help-person-rename-to = The new name
cli-help-person-merge = Merge two names that are one person: every record of P names Q instead, and P is removed
cli-help-person-merge-person = The person merged away (name or id)
cli-help-person-merge-into = The person who stays (name or id)
cli-help-person-forget = Forget a person on request: their name becomes "Participant N" everywhere in this assembly's record (free text, speaking log, journal); the automatic backups are deleted and the file is compacted so the name's bytes are gone. It travels in the next bundle
cli-help-person-forget-person = The person (name or id)
cli-help-person-forget-json = { cli-help-arg-json }

cli-help-proposal = Proposals
cli-help-proposal-new = Submit a proposal (or save a draft with --draft); prints its reference (TST-P-2026-001)
cli-help-proposal-new-title = The proposal's title
cli-help-proposal-new-text = The proposal's text
cli-help-proposal-new-wg = The proposing working group (name or id)
cli-help-proposal-new-by = The proposer's name
cli-help-proposal-new-draft = Keep it as a draft (submit it later with `proposal submit`)
cli-help-proposal-new-date = The day it was submitted, YYYY-MM-DD (a past proposal: its reference takes that year)
cli-help-proposal-submit = Submit a draft
cli-help-proposal-submit-proposal = { cli-help-arg-proposal }
cli-help-proposal-list = List proposals, newest first
cli-help-proposal-list-status = Only those with this status
cli-help-proposal-list-json = { cli-help-arg-json }
cli-help-proposal-adopt = Adopt another assembly's proposal as this assembly's own; prints the new proposal's reference (BRS-P-2026-001)
cli-help-proposal-adopt-proposal = Reference (NYC-P-2026-003) or id
cli-help-proposal-show = Show a proposal with its versions, amendments, hearings and decisions
cli-help-proposal-show-proposal = Reference (LDN-P-2026-034) or id
cli-help-proposal-show-json = { cli-help-arg-json }
cli-help-proposal-amend = Record a friendly amendment (the whole text as amended) and the proposer's answer; prints its short reference (with --json: the amendment, its id and `short_ref`). An accepted amendment makes a new version of the text
cli-help-proposal-amend-proposal = { cli-help-arg-proposal }
cli-help-proposal-amend-json = { cli-help-arg-json }
cli-help-proposal-amend-text = The proposal's text as amended
cli-help-proposal-amend-by = Who offered it
cli-help-proposal-amend-meeting = The GA where it was offered (the proposal must be on its agenda)
cli-help-proposal-amend-accepted = The proposer accepted it
cli-help-proposal-amend-rejected = The proposer rejected it
cli-help-proposal-amendment = Answer an amendment that was left pending (with --correct: correct the answer recorded; after its GA closed, kept as a correction)
cli-help-proposal-amendment-amendment = The amendment's short reference (`proposal show` prints it) or id
cli-help-proposal-amendment-accepted = { cli-help-proposal-amend-accepted }
cli-help-proposal-amendment-rejected = { cli-help-proposal-amend-rejected }
cli-help-proposal-amendment-correct = Correct the answer already recorded
cli-help-proposal-diff = Compare two versions of the text word by word ([-removed-]{"{"}+added+{"}"})
cli-help-proposal-diff-proposal = { cli-help-arg-proposal }
cli-help-proposal-diff-from = Default: the version before --to
cli-help-proposal-diff-to = Default: the current version
cli-help-proposal-diff-json = { cli-help-arg-json }
cli-help-proposal-step = Move a hearing to a process step; prints the step and where it can go next
cli-help-proposal-step-proposal = { cli-help-arg-proposal }
cli-help-proposal-step-meeting = { cli-help-arg-hearing }
cli-help-proposal-step-to = present, clarifying-questions, concerns, temperature-check, call-for-consensus or vote
cli-help-proposal-step-none = Nothing was raised at the step the hearing leaves (no clarifying question; no concern nor amendment): moving on from such a step needs saying so
cli-help-proposal-question = Record a clarifying question at a hearing; prints its short reference, which `proposal answer` takes (with --json: the question, its id and `short_ref`)
cli-help-proposal-question-proposal = { cli-help-arg-proposal }
cli-help-proposal-question-json = { cli-help-arg-json }
cli-help-proposal-question-meeting = { cli-help-arg-hearing }
cli-help-proposal-question-text = The question
cli-help-proposal-question-by = Who asked it
cli-help-proposal-answer = Record the answer to a clarifying question
cli-help-proposal-answer-question = The question's short reference (`proposal show` prints it) or id
cli-help-proposal-answer-text = The answer
cli-help-proposal-answer-by = Who answered (default: the proposer)
cli-help-proposal-concern = Record a concern at a hearing; prints its short reference, which `proposal address` takes (with --json: the concern, its id and `short_ref`)
cli-help-proposal-concern-proposal = { cli-help-arg-proposal }
cli-help-proposal-concern-json = { cli-help-arg-json }
cli-help-proposal-concern-meeting = { cli-help-arg-hearing }
cli-help-proposal-concern-text = The concern
cli-help-proposal-concern-by = Who raised it
cli-help-proposal-address = Mark a concern addressed (or, with --not, not addressed)
cli-help-proposal-address-concern = The concern's short reference (`proposal show` prints it) or id
cli-help-proposal-address-response = How it was addressed
cli-help-proposal-address-not = It was not addressed
cli-help-proposal-temperature = Record a temperature check (twinkles up / sideways / down); prints its id
cli-help-proposal-temperature-proposal = { cli-help-arg-proposal }
cli-help-proposal-temperature-meeting = { cli-help-arg-hearing }
cli-help-proposal-temperature-up = How many twinkled up (agree)
cli-help-proposal-temperature-sideways = How many held their hands sideways (unsure)
cli-help-proposal-temperature-down = How many twinkled down (disagree)
cli-help-proposal-temperature-note = A note for the minutes
cli-help-proposal-decide = Record the decision at a GA; prints the outcome word. With --correct, replaces the decision recorded there (after the GA closed: kept as a correction)
cli-help-proposal-decide-proposal = { cli-help-arg-proposal }
cli-help-proposal-decide-meeting = { cli-help-arg-hearing }
cli-help-proposal-decide-rule = consensus, modified:P, supermajority:A/B or majority (default: the assembly's rule)
cli-help-proposal-decide-support = The vote: for (under consensus, the number who agreed)
cli-help-proposal-decide-against = The vote: against, blockers included as they voted (not under consensus)
cli-help-proposal-decide-stand-asides = The total number of stand-asides (default: the number named)
cli-help-proposal-decide-stand-aside = A named stand-aside, NAME or NAME:REASON (repeatable)
cli-help-proposal-decide-blocks = The total number of blocks, named or only counted ("9 blocks"; default: the number named)
cli-help-proposal-decide-block = A named block, NAME:REASON (repeatable; the reason is required)
cli-help-proposal-decide-quorum = Minimum number of participants
cli-help-proposal-decide-stand-aside-limit = A/B: tabled when at least this share of participants stand aside
cli-help-proposal-decide-wg = In a spokes council, one working group's voice (repeatable, one per WG): WG:for|against|stand-aside|block[:REASON] (a block needs its reason)
cli-help-proposal-decide-correct = Correct the decision already recorded at this GA (the counts as they were)
cli-help-proposal-preview = Compute an outcome without recording anything; prints the outcome word and why
cli-help-proposal-preview-rule = { cli-help-proposal-decide-rule }
cli-help-proposal-preview-support = { cli-help-proposal-decide-support }
cli-help-proposal-preview-against = { cli-help-proposal-decide-against }
cli-help-proposal-preview-stand-asides = { cli-help-proposal-decide-stand-asides }
cli-help-proposal-preview-stand-aside = { cli-help-proposal-decide-stand-aside }
cli-help-proposal-preview-blocks = { cli-help-proposal-decide-blocks }
cli-help-proposal-preview-block = { cli-help-proposal-decide-block }
cli-help-proposal-preview-quorum = { cli-help-proposal-decide-quorum }
cli-help-proposal-preview-stand-aside-limit = { cli-help-proposal-decide-stand-aside-limit }
cli-help-proposal-preview-wg = { cli-help-proposal-decide-wg }
cli-help-proposal-preview-json = { cli-help-arg-json }
cli-help-proposal-dispute = Flag the decision taken at a GA as disputed (or clear the flag with --clear)
cli-help-proposal-dispute-proposal = { cli-help-arg-proposal }
cli-help-proposal-dispute-meeting = { cli-help-arg-hearing }
cli-help-proposal-dispute-note = What went wrong (required unless --clear)
cli-help-proposal-dispute-clear = Clear the flag
cli-help-proposal-withdraw = The proposer withdraws the proposal (at a GA's hearing with --meeting)
cli-help-proposal-withdraw-proposal = { cli-help-arg-proposal }
cli-help-proposal-withdraw-meeting = The GA whose hearing this ends (the proposal must be on its agenda)
cli-help-proposal-withdraw-reason = Why ("after 9 blocks, to come back with a teach-in"); required
cli-help-proposal-withdraw-by = Who ("the proposers", "the facilitator"); default: the proposers for a withdrawal, the GA otherwise
cli-help-proposal-send-back = Send the proposal back to its working group to be reworked
cli-help-proposal-send-back-proposal = { cli-help-arg-proposal }
cli-help-proposal-send-back-meeting = { cli-help-proposal-withdraw-meeting }
cli-help-proposal-send-back-reason = { cli-help-proposal-withdraw-reason }
cli-help-proposal-send-back-by = { cli-help-proposal-withdraw-by }
cli-help-proposal-table = Table (defer) the proposal; it can be decided at a later GA
cli-help-proposal-table-proposal = { cli-help-arg-proposal }
cli-help-proposal-table-meeting = { cli-help-proposal-withdraw-meeting }
cli-help-proposal-table-reason = { cli-help-proposal-withdraw-reason }
cli-help-proposal-table-by = { cli-help-proposal-withdraw-by }

cli-help-minutes = The minutes of a meeting, generated from its record
cli-help-minutes-meeting = Meeting number (3), reference (RIV-GA-3) or id
cli-help-minutes-format = md, html or csv. CSV minutes are three files: FILE (decisions), FILE-speakers (speakers' log) and FILE-agenda; without -o, the decisions go to standard output
cli-help-minutes-redact-names = Replace people's names with "Participant 1", "Participant 2", …
cli-help-minutes-speakers = Include the speakers' log of each item (always in CSV)
cli-help-minutes-equity = Add the airtime equity of the meeting (Gini, sub-lists, each speaker's share; aggregates only with --redact-names). Not in CSV (its speakers' table has the log)
cli-help-minutes-output = Write to this file instead of standard output
cli-help-minutes-approve-in = Record that the open GA MEETING approved these minutes (instead of printing them)

cli-help-stack = The speakers' stack of an agenda item
cli-help-stack-add = Put someone on an item's stack (created if new); prints the entry id
cli-help-stack-add-item = { cli-help-arg-item }
cli-help-stack-add-name = The person's name
cli-help-stack-add-kind = process, information, clarifying, direct-response or speak
cli-help-stack-add-prioritize = The stack-keeper prioritizes this entry (progressive stack)
cli-help-stack-add-list = The sub-list the person chose for this meeting (alternating lists)
cli-help-stack-next = End the current speech and give the floor to the next; prints who has it (or nothing)
cli-help-stack-next-item = { cli-help-arg-item }
cli-help-stack-show = Show who has the floor and who waits, in order, with the reason for each place
cli-help-stack-show-item = { cli-help-arg-item }
cli-help-stack-show-json = { cli-help-arg-json }
cli-help-stack-undo = Undo the last stack action on this item; prints what was undone
cli-help-stack-undo-item = { cli-help-arg-item }
cli-help-stack-withdraw = Take a waiting entry off the stack
cli-help-stack-withdraw-entry = The entry: its short reference (as `stack add` and `stack show` print it) or id
cli-help-stack-withdraw-item = The item the person waits on (with --name)
cli-help-stack-withdraw-name = The person's name (with --item)
cli-help-stack-withdraw-kind = The kind of entry, when they wait with several: process, information, clarifying, direct-response or speak
cli-help-stack-prioritize = Prioritize a waiting entry (or with --unset, stop prioritizing it)
cli-help-stack-prioritize-entry = { cli-help-stack-withdraw-entry }
cli-help-stack-prioritize-item = { cli-help-stack-withdraw-item }
cli-help-stack-prioritize-name = { cli-help-stack-withdraw-name }
cli-help-stack-prioritize-kind = { cli-help-stack-withdraw-kind }
cli-help-stack-prioritize-unset = Stop prioritizing it
cli-help-stack-close = Close the stack: no new speakers or direct responses
cli-help-stack-close-item = { cli-help-arg-item }
cli-help-stack-reopen = Reopen a closed stack
cli-help-stack-reopen-item = { cli-help-arg-item }
cli-help-stack-pause = Pause the current speech (its time stops)
cli-help-stack-pause-item = { cli-help-arg-item }
cli-help-stack-resume = Resume the paused speech
cli-help-stack-resume-item = { cli-help-arg-item }
cli-help-stack-limit = Set the per-speaker time limit of an item (or --none to remove it)
cli-help-stack-limit-item = { cli-help-arg-item }
cli-help-stack-limit-seconds = The limit, in seconds
cli-help-stack-limit-none = Remove the limit
cli-help-stack-log = The speaking log of an item: every speech with its times, pauses and overrun
cli-help-stack-log-item = { cli-help-arg-item }
cli-help-stack-log-json = { cli-help-arg-json }
cli-help-stack-stats = Who spoke how much at a meeting. Airtime equity of a meeting (or of one item): each person's share of speaking time, the sub-lists' share of time against their share of people, the Gini over everyone present (the silent count as zero), first-time speakers, the last ten speakers
cli-help-stack-stats-meeting = The meeting (also as --meeting)
cli-help-stack-stats-meeting-opt = { cli-help-arg-meeting }
cli-help-stack-stats-item = Only this item of the meeting
cli-help-stack-stats-json = { cli-help-arg-json }

cli-help-bundle = Bundles: exchange records with other assemblies
cli-help-bundle-export = Write this assembly's records to a signed bundle (all of them by default)
cli-help-bundle-export-output = The bundle file to write
cli-help-bundle-export-meetings = Only this meeting (number, reference or id), with what it refers to; repeatable
cli-help-bundle-export-since = Only what changed on or after this day (YYYY-MM-DD, UTC), with what it refers to
cli-help-bundle-export-seal-to = Seal it (signed, then encrypted) so that only these assemblies can open it: each known here with its key (this one, or one whose bundle was imported), named by code, name, id or fingerprint; comma-separated or repeated
cli-help-bundle-inspect = Show who made a bundle, its key's fingerprint, what it holds and whether it verifies. A sealed bundle: who it is sealed for, and — if this assembly is one of them — the bundle inside
cli-help-bundle-inspect-file = The bundle file
cli-help-bundle-inspect-json = { cli-help-arg-json }
cli-help-bundle-import = Import another assembly's bundle: prints new, updated, unchanged and refused counts. Exits 0 when every record was taken (or was here already), 3 when some records were refused (the rest is imported; a dry run: would be), 1 when the bundle was refused as a whole (nothing written). With --json, a refusal is JSON on stdout too
cli-help-bundle-import-file = { cli-help-bundle-inspect-file }
cli-help-bundle-import-dry-run = Check and count only; write nothing
cli-help-bundle-import-json = { cli-help-arg-json }
cli-help-bundle-received = List the bundles received here (kept to be passed on untouched)
cli-help-bundle-received-json = { cli-help-arg-json }
cli-help-bundle-undo-import = Take an import back whole: remove what it brought, put back what it replaced or deleted, and forget the received bundle (it can be imported again)
cli-help-bundle-undo-import-id = The received bundle's id (`plenary bundle received`)
cli-help-bundle-undo-import-json = { cli-help-arg-json }
cli-help-bundle-pass-on = Write a received bundle, byte for byte, to pass it on to another assembly
cli-help-bundle-pass-on-id = Its id (`plenary bundle received`)
cli-help-bundle-pass-on-output = The file to write

cli-help-federation = Federation through a shared folder: an inbox watched, an outbox written
cli-help-federation-folders = Show the inbox and outbox folders, the keys waiting for approval and the files left alone; with --inbox and --outbox, choose the folders first
cli-help-federation-folders-inbox = The folder other assemblies' bundles arrive in (kept in sync by Syncthing, a shared drive, …)
cli-help-federation-folders-outbox = The folder this assembly's bundles are written to (may be the inbox itself)
cli-help-federation-folders-json = { cli-help-arg-json }
cli-help-federation-sync = Import what waits in the inbox, pass it on, write the outbox — once
cli-help-federation-sync-json = { cli-help-arg-json }
cli-help-federation-watch = The same as files arrive (and the outbox after each GA closed), until interrupted
cli-help-federation-watch-json = One JSON object per line for each thing the watcher did
cli-help-federation-approve = Accept a new assembly's key waiting in the inbox (after checking its fingerprint with that assembly): pins it and imports its bundles
cli-help-federation-approve-fingerprint = The key's fingerprint, as `plenary federation folders` shows it
cli-help-federation-approve-json = { cli-help-arg-json }

cli-help-room = The room: serve a meeting to the devices of the GA over the local network
cli-help-room-serve = Serve meeting M to the room's devices until Ctrl+C or until M closes; prints the address and pairing codes (Enter prints new ones)
cli-help-room-serve-meeting = Meeting reference (LDN-GA-39, 39) or id
cli-help-room-serve-port = The port (0: any free one)
cli-help-room-serve-bind = The address to listen on (default: every interface, so the room's devices reach it over the local network)
cli-help-room-serve-ui = A build of the app's UI (`ui/dist`) to serve team devices at `/team`, where they pair and work as stack-keeper or minute-taker

cli-help-search = Search every assembly's working groups, report-backs, proposals, decisions and minutes
cli-help-search-text = What to look for: words (every one must be found; the last may be the start of a word)
cli-help-search-assembly = Only the records of this assembly (its code, e.g. RIV)
cli-help-search-limit = Hits to show (at most 50)
cli-help-search-offset = Hits to skip (the next page)
cli-help-search-json = { cli-help-arg-json }

cli-help-passphrase = Encryption at rest: set, change or remove the database's passphrase
cli-help-passphrase-set = Encrypt this plain database with a new passphrase (asked twice, or PLENARY_NEW_PASSPHRASE). There is no way to recover a lost passphrase
cli-help-passphrase-change = Give the encrypted database a new passphrase (the current one from PLENARY_PASSPHRASE or asked; the new one asked twice, or PLENARY_NEW_PASSPHRASE)
cli-help-passphrase-remove = Decrypt the database: it becomes a plain SQLite file again

cli-help-backup = Write a consistent copy of the database to FILE
cli-help-backup-output = The file to write the copy to

cli-help-restore = Replace the database with a backup (checked first; the current one is backed up)
cli-help-restore-file = The backup file
