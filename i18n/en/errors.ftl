# The core's error messages (src-tauri/core/src/error.rs): what is wrong and where. The
# core returns a message id (`error-…`) and its arguments; the command line words them
# with `Error::said_in`, the app with `t(code, args)` (ui/src/lib/api.ts). Names,
# references and what people typed are arguments, never translated.
# Append one block per module; `tests/error_ids.rs` checks that every id the core uses is
# here with the placeholders it is given.

## Shared by several modules

error-meeting-not-found = no meeting with id { $id }
error-item-not-found = no agenda item with id { $id }
error-person-not-found = no person with id { $id }
error-wg-not-found = no working group with id { $id }
error-item-not-on-agenda = { $item } is not on the agenda of { $meeting }

## Working groups (wg.rs)

error-wg-name-taken = there is already a working group called "{ $name }"
error-wg-status-unchanged = working group "{ $name }" is already { $status }
error-wg-status-before-since = the change cannot be dated { $on }: working group "{ $name }" has been { $status } since { $since }
error-wg-foreign-proposal = working group "{ $name }" belongs to another assembly; a proposal names one of your own WGs
error-wg-foreign-report-back = working group "{ $name }" belongs to another assembly; only your own WGs report back here

## People (person.rs)

error-person-name-taken = there is already someone called { $other }: if { $old } and { $other } are one person, merge them (person merge)
error-person-merge-self = a person cannot be merged into themselves
error-person-merge-foreign-record = { $name } is named in a record another assembly owns ({ $table }): it cannot be merged here
error-person-merge-both-appear = { $a } and { $b } cannot be merged: both appear where only one may ({ $table })
error-person-merge-both-waiting = { $a } and { $b } both wait in the { $kind } band of the stack of item { $item }: take one of them off the stack first, then merge
error-person-merge-both-stances = { $a } and { $b } both stood aside or blocked in the decision of item { $item }: one person cannot count twice, so they stay two people

## The floor policy (stack/policy.rs, stack/floor.rs)

error-policy-bad-base = the policy "{ $policy }" must start with fifo or progressive, not "{ $first }"; write it as fifo|progressive[,first-time-first][,alternate:LIST|LIST…][,cap:N][,no-repeat]
error-policy-part-twice = the policy "{ $policy }" gives { $part } twice
error-policy-bad-cap = cap:{ $cap } in the policy must be a whole number of speeches from 1 to { $max }
error-policy-empty-list-name = alternate:{ $lists } in the policy has an empty list name
error-policy-bad-list-name = the list name "{ $list }" must be one line of at most { $max } characters
error-policy-list-twice = alternate:{ $lists } in the policy names the list "{ $list }" twice
error-policy-list-count = alternate:{ $lists } in the policy must name 2 to { $max } lists, separated by |
error-policy-takes-no-value = { $part } in the policy takes no value; write it as fifo|progressive[,first-time-first][,alternate:LIST|LIST…][,cap:N][,no-repeat]
error-policy-needs-value = { $part } in the policy needs a value ({ $part }:…); write it as fifo|progressive[,first-time-first][,alternate:LIST|LIST…][,cap:N][,no-repeat]
error-policy-base-twice = the policy "{ $policy }" gives a base order twice; write it as fifo|progressive[,first-time-first][,alternate:LIST|LIST…][,cap:N][,no-repeat]
error-policy-unknown-part = "{ $part }" is not part of a policy; write it as fifo|progressive[,first-time-first][,alternate:LIST|LIST…][,cap:N][,no-repeat]
error-policy-stored-damaged = the floor policy stored for this meeting is damaged: { $detail }
error-policy-unchanged = the floor policy of GA { $number } is already { $policy }
error-policy-item-elsewhere = that agenda item is not on GA { $number }'s agenda

## Undoing on the stack (stack/undo.rs)

error-undo-damaged = the undo record of this stack is damaged ({ $what }); nothing was undone
error-undo-no-row = no row { $id } in { $table } to change
error-undo-no-column = no column { $column } in a row of { $table }
error-undo-bad-value = bad value in { $table }.{ $column }

## The stack (stack/actions.rs)

error-meeting-closed = GA { $number } is closed: its record can no longer change
error-stack-policy-stored-damaged = the floor policy stored for GA { $number } is damaged: { $detail }
error-stack-entry-not-found = no stack entry with id { $id }
error-stack-not-a-list = "{ $list }" is not a list of GA { $number }: its floor alternates between { $lists }
error-stack-list-name-too-long = the list name "{ $list }" is longer than { $max } characters
error-stack-withdraw-not-waiting = { $name } is not waiting on the stack (they are { $status ->
        [speaking] speaking: use next to end the speech
        [done] done speaking
       *[other] already withdrawn
    }): only a waiting entry can be withdrawn
error-stack-prioritize-not-waiting = { $name } is not waiting on the stack: only a waiting entry can be prioritized
error-stack-already-prioritized = { $name } is already prioritized
error-stack-not-prioritized = { $name } is not prioritized
error-stack-already-closed = the stack of { $item } is already closed
error-stack-already-open = the stack of { $item } is already open
error-stack-pause-nobody = nobody has the floor on { $item }: there is no speech to pause
error-stack-already-paused = { $name }'s speech is already paused
error-stack-resume-nobody = nobody has the floor on { $item }: there is no speech to resume
error-stack-not-paused = { $name }'s speech is not paused
error-stack-limit-out-of-range = a per-speaker limit of { $seconds } seconds is outside 1 to { $max } seconds (an hour)
error-stack-nothing-to-undo = there is nothing to undo on the stack of { $item }
error-stack-name-not-waiting = { $name } is not waiting on the stack of { $item }
error-stack-name-not-waiting-kind = { $name } is not waiting on the stack of { $item } { $kind ->
        [process] for a point of process
        [information] for a point of information
        [clarifying] with a clarifying question
        [direct-response] with a direct response
       *[speak] to speak
    }
error-stack-name-waits-several = { $name } waits on the stack of { $item } in { $count } bands ({ $kinds }): say which with --kind
error-stack-closed-to-speakers = the stack of { $item } is closed: it takes no new speakers (points of process and information and clarifying questions are still taken); reopen it first
error-stack-closed-to-responses = the stack of { $item } is closed: it takes no new direct responses (points of process and information and clarifying questions are still taken); reopen it first
error-stack-not-a-spoke = { $name } is not a spoke at GA { $number }: in a spokes council only spokes take the stack, each for their working group (choose the WG's spoke first)
error-stack-response-nobody = nobody has the floor on { $item }: a direct response answers the person speaking
error-stack-response-to-self = { $name } has the floor: a direct response answers someone else
error-stack-cap-reached = { $name } has had { $had } { $had ->
        [one] speech
       *[other] speeches
    } on { $item }: the floor policy of GA { $number } allows at most { $cap } per person per item
error-stack-already-waiting = { $name } is already waiting on the stack of { $item } { $kind ->
        [process] for a point of process
        [information] for a point of information
        [clarifying] with a clarifying question
        [direct-response] with a direct response
       *[speak] to speak
    }; a person waits at most once per band

## Decisions (decision.rs, proposal/decide.rs)

error-decision-not-found = no decision with id { $id }
error-decision-total-below-named = { $total } { $what } in total, but { $named } are named: the total counts the named ones too
error-decision-count-too-big = { $what } { $count } is more than { $max }: check the count
error-decision-consensus-against = under consensus there are no votes against ({ $against } entered): record disagreement as a stand-aside or a block
error-decision-quorum-zero = a quorum is at least 1 participant (leave it out for none)
error-decision-bad-stand-aside-limit = stand-aside limit: { $detail }
error-decision-too-many-names = more than { $max } names: check the list
error-decision-named-twice = { $name } is named twice: a person stands aside or blocks once
error-decision-block-without-reason = the block by { $name } has no reason: a named block is a serious moral, ethical or safety objection and its reason is minuted (a block the minutes only counted goes in the total, without a name)
error-decision-no-voices = no working group's voice was given: in a spokes council the call for consensus counts one voice per WG
error-decision-too-many-voices = more than { $max } voices: check the list
error-decision-voice-twice = { $wg } is given twice: a working group has one voice
error-decision-bad-voice = { $wg }'s voice "{ $voice }" is not one of for, against, stand-aside, block
error-decision-wg-block-without-reason = { $wg }'s block has no reason: a block is a serious moral, ethical or safety objection and its reason is minuted
error-decision-no-such-wg = no working group "{ $wg }" in this assembly
error-decision-wg-without-spoke = { $wg } sent no spoke to this council: only the working groups with a spoke have a voice
error-decision-council-needs-voices = GA { $number } is a spokes council: its call for consensus and vote count one voice per working group — give each WG's voice
error-decision-assembly-no-voices = GA { $number } is a general assembly: working groups' voices are counted only in a spokes council — give the room's counts
error-decision-amendments-pending = { $pending ->
        [one] { $pending } friendly amendment still waits
       *[other] { $pending } friendly amendments still wait
    } for the proposer's answer: accept or reject them before the decision
error-decision-unknown-rule = this decision's rule "{ $rule }" is not one this Plenary knows: it cannot be corrected here
error-decision-council-not-correctable = { $item } was decided by working groups' voices in a spokes council: it cannot be corrected with the room's counts
error-decision-proposal-moved-on = the proposal has moved on since { $item } (it is now { $now }): its outcome there can no longer change from { $from } to { $to }
error-decision-dispute-without-note = say why the decision is disputed: a disputed flag needs a note

## Meetings (meeting.rs, attendance.rs, order_of_business.rs)

error-meeting-role-too-long = role "{ $role }" is longer than { $max } characters
error-meeting-bad-start-time = start time "{ $time }" is not a time of day: write it as HH:MM (24-hour), e.g. 18:30
error-meeting-bad-number = GA number { $number } must be 1 or more
error-meeting-number-taken = there is already a GA number { $number }
error-meeting-already-open = this GA is already open
error-meeting-already-open-and-closed = this GA is already open and closed: give the time it opened (--at HH:MM) to correct it
error-meeting-opens-after-close = a GA cannot open at { $opened } after it closed at { $closed }
error-meeting-not-open-yet = this GA has not been opened yet: open it before closing it
error-meeting-already-closed = this GA is already closed: give the time it closed (--at HH:MM) to correct it
error-meeting-role-ends-before = a role held from { $from } cannot end at { $until }, before it began
error-meeting-role-already-held = { $name } is already { $role } at this GA
error-meeting-role-not-held = that person is not { $role } at this GA
error-attendance-not-a-count = attendance "{ $attendance }" is not a count: write a number (55), a range (50-60) or about a number (~50)
error-attendance-too-many = attendance "{ $attendance }" is more than { $max } people
error-attendance-bad-range = attendance "{ $attendance }": the top of a range must be above its bottom
error-order-of-business-agenda-exists = this GA already has an agenda; add items to it one by one

## Announcements, action items, the assembly, pages, forgetting (announcement.rs, action_item.rs, assembly.rs, paging.rs, person_forget.rs)

error-announcement-needs-text = an announcement needs its text (--text)
error-announcement-wrong-item = announcements are made at an announcement item, and this one is a { $kind } item
error-announcement-not-found = no announcement with id { $id }
error-action-item-not-found = no action item with id { $id }
error-assembly-bad-code = assembly code "{ $code }" must be 2 to 8 letters or digits, like LDN or NYC
error-assembly-exists = this database already has an assembly ({ $name }); it was not changed
error-paging-bad-cursor = page cursor "{ $cursor }" is not one this list gave (ask for the first page again)
error-person-forget-placeholder = { $name } is already a placeholder: there is no name left to forget

## Decision rules, corrections, minutes, the demo (rule.rs, correction.rs, minutes/*, demo*.rs)

error-rule-unknown = unknown decision rule "{ $rule }": use consensus, modified:P (0 < P ≤ 100, e.g. modified:90), supermajority:A/B (e.g. supermajority:2/3) or majority
error-rule-bad-fraction = "{ $fraction }" is not a fraction: write A/B with 0 < A ≤ B, e.g. 1/3
error-correction-meeting-closed = GA { $number } is closed: this can no longer change (its record can be corrected until its minutes are approved)
error-correction-time-skipped = { $time } does not exist on { $date } in this time zone
error-correction-minutes-approved = the minutes of GA { $number } were approved at GA { $by }: its record can no longer be corrected
error-correction-time-needed = a time is needed: write it as HH:MM (24-hour), e.g. 19:05
error-correction-bad-time = "{ $time }" is not a time of day: write it as HH:MM
error-minutes-approve-by-earlier = { $by } cannot approve the minutes of { $meeting }: only a later GA can
error-minutes-approve-open = the minutes of { $meeting } can be approved once the meeting is closed
error-minutes-approve-not-in-session = minutes are approved by a GA in session: open { $by } first
error-minutes-already-approved = the minutes of { $meeting } are already approved
error-minutes-assembly-unknown = the assembly of { $meeting } is unknown
error-demo-needs-empty-database = this database already has an assembly ({ $name }); `plenary demo` needs an empty database
error-demo-no-upcoming-meeting = the demo has no upcoming GA
error-demo-no-proposal = the demo has no proposal "{ $title }"

## Spokes councils (spokes.rs)

error-spokes-assembly-no-spokes = GA { $number } is a general assembly: only a spokes council has spokes
error-spokes-assembly-no-breaks = GA { $number } is a general assembly: only a spokes council has consult breaks
error-spokes-no-such-wg = no working group "{ $wg }" in this assembly (`plenary wg list` shows them)
error-spokes-wg-dissolved = { $wg } is dissolved: it sends no spoke
error-spokes-already-spoke = { $name } is already { $wg }'s spoke at GA { $number }
error-spokes-speaks-for-other = { $name } already speaks for { $other } at GA { $number }: a spoke speaks for one working group
error-spokes-break-length = a consult break of { $minutes } minutes: give 1 to { $max } minutes
error-spokes-break-not-a-spoke = { $name } is not a spoke at GA { $number }: only a spoke calls a consult break
error-spokes-break-under-way = a consult break called by { $wg } is under way at GA { $number }: end it first
error-spokes-no-break = no consult break is under way at GA { $number }
error-spokes-break-not-found = no consult break with id { $id }

## References as people type them (refs.rs)

error-refs-no-meeting = no meeting "{ $text }" (name it by number, like 39 or LDN-GA-39, or by id)
error-refs-no-item = no agenda item "{ $text }" (name it like 39.3 or LDN-GA-39.3, or by id)
error-refs-no-proposal = no proposal "{ $text }" (name it like LDN-P-2026-034, or by id)
error-refs-no-wg = no working group "{ $text }" (name it by its name or id; `plenary wg list` shows them)
error-refs-no-person = nobody called "{ $text }" is known to this assembly

## Proposals (proposal.rs)

error-proposal-not-found = no proposal with id { $id }
error-proposal-already-on-agenda = this proposal is already on this GA's agenda
error-proposal-dated-after-today = a proposal cannot be dated { $date }, after today ({ $today }): give the day it was submitted

## Bundles between assemblies (bundle/*)

error-bundle-signing-key-mismatch = the signing key beside this database does not match this assembly's public key: bundles signed with it would be refused
error-bundle-meetings-or-since = choose meetings or a date (--since), not both
error-bundle-meeting-foreign = meeting { $meeting } belongs to another assembly: a bundle carries only this assembly's records
error-bundle-export-foreign-reference = cannot export: { $record } { $id } refers ({ $column }) to { $target_record } { $target }, which this assembly does not own; a bundle carries only this assembly's records
error-bundle-export-not-own = cannot export: { $record } { $id } is not this assembly's
error-bundle-too-many-recipients = a bundle can be sealed to at most { $max } assemblies
error-bundle-recipient-unknown = no assembly known here is "{ $given }" (give its code, name, id or fingerprint; an assembly becomes known here when one of its bundles is imported)
error-bundle-recipient-no-key = { $name } ({ $code }) has no key known here: import one of its bundles first
error-bundle-recipient-ambiguous = "{ $given }" names more than one assembly known here: give its code or fingerprint
error-bundle-received-not-found = no received bundle with id { $id } (`plenary bundle received` lists them)
error-bundle-undo-adopted = { $file } cannot be undone: records made here refer to what it brought (the proposal "{ $title }" was adopted from one of its proposals). Nothing was changed
error-bundle-undo-referred = { $file } cannot be undone: records made here refer to what it brought (an adopted proposal, for one). Nothing was changed
error-bundle-undo-later-import = { $file } cannot be undone: { $later }, imported later ({ $at }) from { $assembly }, may build on it; undo that import first. Nothing was changed
error-bundle-undo-no-record = { $file } was imported by an earlier Plenary, which kept no record to undo it with (it took a backup before the import instead: `plenary restore`). Nothing was changed
error-bundle-undo-bad-name = the undo record names "{ $name }", which is not a table or column
error-bundle-undo-record-unreadable = the undo record of { $file } cannot be read ({ $detail })
error-bundle-undo-record-unknown-change = the undo record of { $file } has a { $change } change it cannot read

## Federation (federation.rs, federation/*)

error-federation-adopt-own = { $proposal } is already this assembly's proposal; adopting is for other assemblies' proposals
error-federation-already-adopted = { $proposal } was already adopted here (proposal { $earlier })
error-federation-no-folders = no federation folders yet: choose them with `plenary federation folders --inbox DIR --outbox DIR` (or in the federation view)
error-federation-folder-unusable = the { $which } folder { $folder } cannot be used: { $detail }
error-federation-folder-is-file = the { $which } folder { $folder } is a file, not a folder
error-federation-folder-not-text = the { $which } folder's path { $folder } is not valid text: choose another folder
error-federation-bad-fingerprint = "{ $given }" is not a key's fingerprint: it has 64 hex digits (spaces allowed), as `plenary federation folders` shows it
error-federation-inbox-none-waits = no file in the inbox waits for the key { $key }; none waits for approval
error-federation-inbox-key-not-waiting = no file in the inbox waits for the key { $key }; waiting: { $waiting }
error-federation-inbox-unwatched = the inbox { $inbox } cannot be watched ({ $detail }); it is looked through every { $seconds } seconds instead

## The shared folder's notes (federation/folder.rs): what became of each inbox file, kept
## with it as a message and its values and worded by whoever reads it (the federation
## view, `plenary federation`), and what writing the outbox did. $why is a message of its
## own (a bundle's refusal, a file's failure), worded in the same language.

error-federation-note-unreadable = { $file } cannot be read: { $why }
error-federation-note-left-alone = { $why } — left alone; it is tried again when it changes (a file still being copied is complete later)
error-federation-note-own = this assembly's own bundle ({ $code }), come back through the folders: nothing to import
error-federation-note-pending = from { $assembly } ({ $code }), whose key is not known here (fingerprint { $fingerprint }): waits until a person checks the fingerprint with that assembly and approves it
error-federation-note-imported-nothing-new = imported: everything in it was here already
error-federation-note-imported = imported: { $new } new, { $updated } updated, { $unchanged } unchanged, { $deleted } deleted
error-federation-note-imported-refused = imported: { $new } new, { $updated } updated, { $unchanged } unchanged, { $deleted } deleted, { $refused } refused (`plenary bundle received` keeps the report)
# $date: the day it was imported (2026-12-04).
error-federation-note-imported-before = imported here before, on { $date }
error-federation-note-outbox-unchanged = nothing changed since the last outbox bundle, { $file }
# $scope: one of the three below.
error-federation-note-outbox-wrote = wrote { $file }: { $records } records, { $deletions } deletions ({ $scope })
error-federation-note-scope-all = the whole assembly
error-federation-note-scope-meetings = { $n } chosen meeting(s)
error-federation-note-scope-since = changes since { $date }

## The room: phones and team devices (room/*)

error-room-other-meeting = this device is in another meeting's room: it can reach only that meeting
error-room-meeting-missing = which meeting? `meeting` is missing
error-room-hand-needs-device = only a participant's page in the room raises a hand from a device
error-room-proposal-not-on-agenda = this proposal is not on the agenda of this room's meeting: a device can reach only that meeting
error-room-no-such-command = there is no room command "{ $command }"
error-room-role-may-not-call = a { $role } may not call { $command }
error-room-no-such-record = no { $what ->
        [agenda-item] agenda item
        [stack-entry] stack entry
        [clarifying-question] clarifying question
        [hand-request] hand request
       *[other] { $what }
    } with id { $id }
# A record's id, as a command received it, that is no id (the room's commands and the desktop shell's).
error-bad-id = { $what ->
        [agenda-item] agenda item
        [stack-entry] stack entry
        [clarifying-question] clarifying question
        [hand-request] hand request
        [action-item] action item
        [working-group] working group
       *[other] { $what }
    } id "{ $given }" is not a valid id
error-room-invalid-arguments = invalid arguments: { $detail }
error-room-cannot-encode = cannot encode the answer: { $detail }
error-room-amendment-needs-item = which hearing? a device offers an amendment at an item of its room's meeting
error-room-bad-device-id = device id "{ $given }" is not valid: 1 to { $max } letters, digits, '-' or '_'
error-room-meeting-not-open = GA { $number } is not open: hands are raised during the meeting
error-room-hand-already-raised = this device already has a hand raised (for { $name }): withdraw it before raising another
error-room-no-hand-waiting = this device has no hand waiting for the stack-keeper
error-room-no-item-under-way = no item is under way: start one before accepting { $name }'s hand
error-room-hand-not-found = no hand request with id { $id }
error-room-hand-already-decided = { $name }'s hand request was already { $status }
error-room-meeting-closed = { $meeting } is closed: the room serves a meeting that is planned or under way
error-room-role-not-pairable = a device cannot be paired as { $role }
error-room-pairing-code-invalid = that pairing code is not valid: it was mistyped, already used or has expired — ask the host for a new one
error-room-no-paired-device = no paired device "{ $session }"
error-room-no-such-page = no such page in the room
error-room-too-many-requests = too many requests from this device: wait a moment and try again
error-room-no-team-ui = this room serves no team UI: pair from the Plenary app, or serve the room with --ui
error-room-no-such-team-file = no such file in the team UI: { $path }
error-room-not-json-request = send the request as application/json
error-room-body-unreadable = the request's body could not be read: { $detail }
error-room-body-not-json = the request's body is not JSON: { $detail }
error-room-body-not-object = the request's body must be a JSON object
error-room-request-interrupted = the request was interrupted: { $detail }
error-room-device-not-paired = this device is not paired with the room (or its pairing was revoked): pair it with a code from the host
error-room-no-device-id = this browser has no device id: open the room's page first (cookies must be on), or pair this device with a code from the host
error-room-full = the room has as many pages connected as it can serve
error-room-cannot-serve-on = cannot serve the room on { $address }: { $detail }
error-room-cannot-serve = cannot serve the room: { $detail }
error-room-qr-failed = cannot make a QR code of { $url }: { $detail }

## Backups and restoring (backup.rs)

error-backup-busy = the database is busy; try again in a moment
error-backup-not-plenary = { $file } is not a Plenary database: { $why ->
        [other-passphrase] it is not an SQLite database file, or it is encrypted with another passphrase than this database's (a copy from before the passphrase was changed?)
        [encrypted-into-plain] it is not an SQLite database file, or it is encrypted and this database is not (restore it into an encrypted database with the same passphrase)
        [cannot-open] SQLite cannot open it
        [cannot-read] SQLite cannot read it
        [no-tables] it has no Plenary tables
        [no-assembly] it has no assembly
       *[not-sqlite] it is not an SQLite database file
    }; nothing was restored
error-backup-damaged = { $file } is not a Plenary database: it is damaged ({ $check }); nothing was restored
error-backup-other-signing-key = this backup is of { $name } ({ $code }), whose signing key is not the one beside this database: restoring it would leave an assembly that cannot sign its bundles; nothing was restored

## Encryption: passphrases and the signing key's file (rekey.rs, passphrase.rs, key_file.rs)

error-rekey-already-encrypted = this database is already encrypted: change its passphrase instead; nothing was changed
error-rekey-not-encrypted-set-first = this database is not encrypted: set a passphrase first; nothing was changed
error-rekey-not-encrypted = this database is not encrypted; nothing was changed
error-rekey-in-memory = an in-memory database cannot be encrypted; nothing was changed
error-rekey-database-in-use = another program has this database open (the app, or `plenary room serve`?): close it and try again; nothing was changed
error-passphrase-mismatch = the two passphrases are not the same: type the new passphrase twice, exactly; nothing was changed
error-passphrase-too-short = a passphrase needs at least { $min } characters (a few words are easier to remember and harder to guess); nothing was changed
error-passphrase-kdf-settings = the key derivation's settings are refused: { $detail }
error-passphrase-unusable = the passphrase cannot be used: { $detail }
error-key-file-cannot-seal = the signing key could not be sealed
error-key-file-damaged = the signing key file { $file } is damaged
error-key-file-sealed-plain-db = the signing key file { $file } is sealed with a passphrase, but this database is not encrypted: it belongs to an encrypted copy of the database
error-key-file-other-copy = the signing key file { $file } was sealed for another encrypted copy of this database, not this one

## Search (search.rs)

error-search-too-long = the search text is { $chars } characters long: at most { $max }
error-search-too-many-words = the search text has { $words } words: at most { $max }
error-search-no-assembly = no assembly { $id } is known here
error-search-no-assembly-code = no assembly with the code "{ $code }" is known here
error-search-index-stale = the { $kind } { $id } is in the search index but not in the record
error-search-no-wg = no working group { $id }
error-search-no-proposal = no proposal { $id }
error-search-no-namesakes = no namesakes are looked for of a { $kind }

## The database's place and the app's languages (db.rs, i18n.rs)

error-db-no-data-directory = no data directory on this system: pass --db PATH or set PLENARY_DB
error-i18n-unknown-language = Plenary does not speak "{ $given }": choose one of { $choices }

## The desktop shell (src-tauri/src)

error-shell-bundle-no-longer-waiting = that bundle is no longer waiting to be imported: choose the file again
error-shell-no-dropped-bundle = no dropped bundle is waiting to be previewed: drop the file on the window again
error-shell-projector-window-failed = cannot open the projector window: { $detail }
error-shell-room-open-elsewhere = the room is open on another meeting: close it first
error-shell-room-bad-bind = PLENARY_ROOM_BIND "{ $given }" is not an address and port
error-shell-room-already-open = the room is already open
error-shell-room-not-open = the room is not open

## Checks on what people type (validate.rs): a field's name is words of its own, worded
## in the sentence's language.

error-field-empty = { $field } is empty
error-field-too-long = { $field } is longer than { $max } characters
error-field-not-one-line = { $field } must be one line of text (found a control character)
error-field-control-character = { $field } contains a control character
error-field-not-a-date = { $field } "{ $given }" is not a date: write it as YYYY-MM-DD, e.g. 2026-11-26
error-field-name = name
error-field-title = title
error-field-note = note
error-field-notes = notes
error-field-text = text
error-field-on-behalf-of = on behalf of
error-field-date = date
error-field-response = response
error-field-reason = reason
error-field-description = description
error-field-question = question
error-field-concern = concern
error-field-answer = answer
error-field-amended-text = amended text
error-field-action-item = action item
error-field-pronouns = pronouns
error-field-presenter = presenter
error-field-place = place
error-field-meeting-schedule = meeting schedule
error-field-contact = contact
error-field-by = by
error-field-working-group-name = working-group name
error-field-working-group = working group
error-field-who = who
error-field-voice-wg = the working group of a voice
error-field-break-spoke = the spoke calling the break
error-field-assembly-name-short = assembly name
error-field-role = role
error-field-list = list
error-field-change-day = the day of the change
error-field-on = --on
error-field-summary = summary
error-field-asks = asks
error-field-announcements = announcements
error-field-stance-name = the name of a { $stance }
error-field-stance-reason = the reason of { $name }'s { $stance }
error-field-voice-reason = the reason of { $wg }'s { $voice }

## The agenda (agenda.rs)

error-agenda-bad-allotted-time = allotted time { $minutes } must be between 1 and 1440 minutes
error-agenda-proposal-item-needs-proposal = a proposal item names its proposal (--proposal)
error-agenda-only-proposal-item-names-proposal = only an item of kind proposal can name a proposal, not one of kind { $kind }
error-agenda-position-outside = position { $position } is outside the agenda (1 to { $count })
error-agenda-remove-taken-up = this item has already been taken up; table it instead of removing it
error-agenda-start-after-end = an item cannot start at { $start } after it ended at { $end }
error-agenda-closed-start-needs-time = this GA is closed: give the time the item started (--at HH:MM) to correct it
error-agenda-meeting-not-open = open the meeting before taking up its items
error-agenda-item-already-active = this item is already under way
error-agenda-item-already-done = this item is already done
error-agenda-closed-end-needs-time = this GA is closed: give the time the item ended (--at HH:MM) to correct it
error-agenda-finish-not-active = only the item under way can be finished
error-agenda-table-finished = an item that is { $status } cannot be tabled
error-report-back-cannot-clear = cannot clear "{ $given }": the fields are { $fields }
error-report-back-wg-and-behalf = a report-back is given by a WG or on someone's behalf, not both
error-report-back-not-one = this agenda item is not a report-back
error-report-back-not-found = no report-back for agenda item { $item }
error-report-back-would-blank = this would blank the { $fields } of this report-back: to mean it, clear { $count ->
        [1] it
       *[other] them
    } explicitly (--clear { $flags })
error-report-back-fields-and = { $first } and the { $rest }

## Another assembly's records (db.rs)

error-not-owned-proposal = this proposal belongs to another assembly and is read-only here; adopt it to make your own copy
error-not-owned-meeting = this meeting belongs to another assembly and is read-only here; adopt it to make your own copy
error-not-owned-decision = this decision belongs to another assembly and is read-only here; adopt it to make your own copy
error-not-owned-ga = GA { $number } belongs to another assembly and is read-only here; adopt it to make your own copy
error-not-owned-wg = working group "{ $name }" belongs to another assembly and is read-only here; adopt it to make your own copy
error-not-owned-person = { $name } belongs to another assembly and is read-only here; adopt it to make your own copy

## Hearings (proposal/hearing.rs)

error-step-not-started = not-started
error-step-present = present
error-step-clarifying-questions = clarifying-questions
error-step-concerns = concerns
error-step-temperature-check = temperature-check
error-step-call-for-consensus = call-for-consensus
error-step-vote = vote
error-step-outcome = outcome
error-hearing-not-a-proposal-item = agenda item { $item } is not a proposal: there is no hearing there
error-hearing-over = the hearing at { $item } is over: its outcome ({ $outcome }) is recorded
error-hearing-record-tabled = this proposal is tabled: recording { $record ->
        [clarifying-questions] a clarifying question
        [concerns] a concern or an amendment
        [temperature-check] a temperature check
       *[other] this
    } at { $item } would take it up again without anyone deciding to. If the GA takes it up again, move its hearing to a step first (proposal step … --to present)
error-hearing-record-passes-over = nothing is recorded at the { $step } step of { $item }: recording { $record ->
        [clarifying-questions] a clarifying question
        [concerns] a concern or an amendment
        [temperature-check] a temperature check
       *[other] this
    } now would pass over it silently. Record what was raised there, or move on saying that none was (proposal step … --none)
error-hearing-remove-begun = this proposal's hearing has begun on this item: table the proposal instead of removing the item
error-hearing-proposal-not-on-agenda = proposal { $proposal } is not on the agenda of { $meeting }: add it as a proposal item first
error-hearing-move-already-there = cannot move to { $step }: the hearing is already at { $step }
error-hearing-move-to-outcome = cannot move to { $step }: the outcome is reached by recording it: a decision, or tabling, withdrawing or sending back the proposal
error-hearing-move-no-vote = cannot move to { $step }: the assembly's rule ({ $rule }) has no vote: disagreement is a stand-aside or a block
error-hearing-move-only-outcome = cannot move to { $step }: from { $from } the next thing is to record the outcome
error-hearing-move-one-way = cannot move to { $step }: from { $from } the hearing can go to { $next }
error-hearing-move-two-ways = cannot move to { $step }: from { $from } the hearing can go to { $next } or { $other }
error-hearing-nothing-recorded = { $step ->
        [clarifying-questions] no clarifying question is recorded
       *[other] no concern and no amendment is recorded
    } at { $item }: record what was raised, or move on saying that none was (--none)
error-hearing-none-needless = "none" says that nothing was raised at the step the hearing leaves, but the move from { $from } to { $to } leaves no such empty step behind
error-hearing-not-found = no hearing on agenda item { $item }: it is not a proposal item
error-question-not-found = no clarifying question with id { $id }
error-concern-not-found = no concern with id { $id }
error-temperature-not-found = no temperature check with id { $id }
error-temperature-count-too-big = { $count } twinkles { $hands } is more than { $max }: check the count
error-temperature-no-hands = a temperature check needs at least one hand: enter the up, sideways and down counts

## A proposal's life (proposal/lifecycle.rs)

error-proposal-status-draft = draft
error-proposal-status-submitted = submitted
error-proposal-status-on-agenda = on-agenda
error-proposal-status-in-process = in-process
error-proposal-status-decided = decided
error-proposal-status-tabled = tabled
error-proposal-status-withdrawn = withdrawn
error-proposal-status-sent-back = sent-back
error-outcome-consensus = consensus
error-outcome-passed = passed
error-outcome-blocked = blocked
error-outcome-failed = failed
error-outcome-tabled = tabled
error-outcome-withdrawn = withdrawn
error-outcome-sent-back = sent-back
error-proposal-final = this proposal { $status ->
        [withdrawn] was withdrawn by its proposer
        [sent-back] was sent back to be reworked
       *[decided] was decided
    }: it can no longer be { $action ->
        [submit] submitted
        [put-on-agenda] put on an agenda
        [hear] heard
        [decide] decided
        [table] tabled
        [withdraw] withdrawn
        [send-back] sent back
       *[amend] amended
    }
error-proposal-submit-not-draft = only a draft can be submitted; this proposal is already { $status }
error-proposal-agenda-draft = this proposal is a draft: submit it before putting it on an agenda
error-proposal-hear-not-on-agenda = this proposal is { $status }: put it on a GA's agenda before hearing it
error-proposal-decide-not-a-decision = { $outcome } is not the outcome of a decision: withdraw or send back the proposal instead
error-proposal-decide-not-on-agenda = this proposal is { $status }: only a proposal on a GA's agenda can be decided
error-proposal-already-tabled = this proposal is already tabled
error-proposal-table-not-before-ga = this proposal is { $status }: only a proposal before the GA (on an agenda or being heard) can be tabled
error-proposal-send-back-draft = this proposal is still a draft: there is nothing to send back (withdraw it instead)
error-proposal-move-needs-reason = say why: { $outcome ->
        [withdrawn] a withdrawal
        [sent-back] sending a proposal back
       *[other] a tabling
    } carries its reason, and the minutes print it (e.g. "after 9 blocks, to come back with a teach-in")
error-proposal-item-not-its-hearing = agenda item { $item } is not a hearing of this proposal

## A proposal's versions and amendments (proposal/versions.rs)

error-proposal-no-text = proposal { $id } has no text
error-proposal-no-version = this proposal has no version { $version }: its versions are 1 to { $count }
error-amendment-not-found = no amendment with id { $id }
error-amendment-already-answered = this amendment was already { $status }
error-amendment-text-moved-on = this amendment was offered on version { $base }, but the text is now version { $current }: offer it again on the current text
error-amendment-needs-by = an amendment names who offered it
error-amendment-same-text = the amended text is the same as version { $base }: an amendment changes the text
error-amendment-not-at-a-ga = this amendment was not offered at a GA: there is no GA record to correct
error-amendment-never-answered = this amendment was never answered: the proposer's answer is recorded with `proposal amendment`, not corrected
error-amendment-later-versions = the text is now version { $current }, made from version { $touched } since: correct the later amendments first
error-amendment-decided-elsewhere = a decision at another GA was taken on version { $touched } of the text: this amendment's answer can no longer change

## Short references (refs.rs)

error-refs-no-short = no { $what ->
        [amendment] amendment
        [clarifying-question] clarifying question
        [concern] concern
       *[stack-entry] stack entry
    } "{ $given }" (name it by the short reference `show` prints, or by id)
error-refs-short-ambiguous = { $what ->
        [amendment] amendment
        [clarifying-question] clarifying question
        [concern] concern
       *[stack-entry] stack entry
    } "{ $given }" is ambiguous: give more digits of its id

## The room's commands (room/commands.rs)

error-room-lang-not-a-code = invalid arguments: lang { $given } is not a language code

## Fixed errors (error.rs): the database, its passphrase, files

error-no-assembly = this database has no assembly yet: run `plenary init --name NAME --code CODE` first
error-newer-database = this database was made by a newer Plenary (schema version { $found }, this Plenary knows up to { $known }); update Plenary to open it — the database was not touched
error-locked = this database is encrypted and not unlocked yet: give its passphrase first
error-upgrading = the records are being brought up to date for this version of Plenary; a moment
error-database = database error: { $reason }
error-migration = database migration failed: { $reason }
error-wrong-passphrase = the passphrase does not open this database; nothing was changed
# What could not be done, then the system's own reason (in the system's words).
error-io = { $context }: { $reason }
error-io-cannot-open = cannot open { $path }
error-io-cannot-read = cannot read { $path }
error-io-cannot-write = cannot write { $path }
error-io-cannot-create-folder = cannot create folder { $path }
error-io-cannot-read-inbox = cannot read the inbox folder { $path }
error-io-cannot-watch-inbox = cannot start watching the inbox
error-io-cannot-start-checkpoint = cannot start the checkpoint thread
error-io-cannot-write-key = cannot write the signing key to { $path }
error-io-cannot-read-key = cannot read the signing key { $path }
error-io-cannot-delete-backup = cannot delete the backup { $path }
error-io-cannot-flush = cannot flush { $path } to the disk
error-io-cannot-move = cannot move { $from } to { $to }
error-assembly-no-key-in-memory = this in-memory database has no signing key
error-person-forget-log-busy = the name is replaced, but another program keeps the database busy, so its log may hold the old bytes until that program is closed

## Closed sets of words (text_enum.rs): a word that is not one of its set's

error-unknown-value = unknown { $what } "{ $given }": expected one of { $expected }
error-what-actor = actor
error-what-amendment-status = amendment status
error-what-change = change
error-what-decision-reason = decision reason
error-what-stack-entry-kind = stack entry kind
error-what-hand-request-status = hand request status
error-what-hand-state = hand state
error-what-hearing-action = hearing action
error-what-search-hit-kind = kind of search hit
error-what-agenda-item-kind = agenda item kind
error-what-agenda-item-status = agenda item status
error-what-meeting-status = meeting status
error-what-meeting-format = meeting format
error-what-minutes-format = minutes format
error-what-process-step = process step
error-what-proposal-action = proposal action
error-what-proposal-status = proposal status
error-what-stack-reason = stack reason
error-what-stack-policy = stack policy
error-what-stance = stance
error-what-wg-category = working-group category
error-what-wg-status = working-group status
error-what-outcome = outcome
error-what-wg-voice = WG voice
error-what-view = view
error-what-room-role = room role
error-what-stack-entry-status = stack entry status
error-what-key-status = key status
error-what-inbox-file-state = inbox file state

## What is damaged in an undo record (stack/undo.rs)

error-undo-damaged-not-json = not JSON
error-undo-damaged-no-table = no table
error-undo-damaged-unknown-table = unknown table
error-undo-damaged-no-id = no id
error-undo-damaged-bad-row = bad row
