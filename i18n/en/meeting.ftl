# Meeting mode's words (ui/src/views/meeting): the meeting view, the item under way,
# the agenda, times, roles, notes, action items, the room. Words the stack shares are in
# stack.ftl; the minutes' in minutes.ftl.

## Codes in words (views/meeting/words.ts)

meeting-kind-process = Process
meeting-kind-report-back = Report-back
meeting-kind-proposal = Proposal
meeting-kind-discussion = Discussion
meeting-kind-announcement = Announcements
meeting-kind-soapbox = Soapbox
meeting-kind-other = Other
meeting-item-pending = Pending
meeting-item-active = Active
meeting-item-done = Done
meeting-item-tabled = Tabled
meeting-status-planned = Planned
meeting-status-open = Open
meeting-status-closed = Closed
meeting-duration-min = { $min } min
meeting-duration-h = { $h } h
meeting-duration-h-min = { $h } h { $min } min
# An item named in a sentence or a button's name.
meeting-item-name = { $reference } “{ $title }”

## The meeting view (MeetingView.svelte)

meeting-breadcrumb = Breadcrumb
meeting-back = ← Dashboard
meeting-stack-link = Stack →
meeting-minutes-link = Minutes →
meeting-open-projector = Open projector
meeting-with-equity = with airtime equity
meeting-not-available = Meeting not available
meeting-loading = Loading meeting…
meeting-spokes-council = Spokes council
meeting-correcting = This GA is closed: changes are kept as corrections and listed in the minutes.
meeting-read-only = This GA's record can be read but no longer changed:
meeting-corrected = Corrected after the meeting
meeting-none = (none)
meeting-mode = Meeting mode
meeting-now = Now
meeting-finish-item = Finish { $reference }
meeting-take-up-next = Take up next: { $reference }
meeting-take-up-next-label = Take up next: { $item }
meeting-stack-panel = Stack
meeting-process-panel = Consensus process
meeting-coming-up = Coming up
meeting-nothing-left = Nothing left on the agenda after this item.
meeting-report-back-notes-of = The report-back, notes and action items of { $reference }:
meeting-notes-of = Notes and action items of { $reference }:
meeting-in-agenda-item = in its agenda item below
meeting-roles-aside = Roles
meeting-prepared = Agenda prepared: { $n } items, planned { $planned }.

## The meeting's header (MeetingHeader.svelte, MeetingTimes.svelte, TimeAt.svelte)

meeting-planned = Planned: { $time }
meeting-opened-at-time = Opened { $time }
meeting-closed-at-time = Closed { $time }
meeting-open-at = At
meeting-open-at-note = (HH:MM, for a write-up)
meeting-open-at-now = now
meeting-open = Open meeting
meeting-close-ask = Close meeting…
meeting-close-question = Close { $reference }? Its agenda no longer changes; its record can still be corrected (each correction is listed in the minutes) until the minutes are approved.
meeting-closed-at = Closed at
meeting-closed-at-note = (HH:MM, for a write-up; empty: now)
meeting-close = Close meeting
meeting-keep-open = Keep it open
meeting-start-form = Planned start time
meeting-starts-at = Starts at
meeting-set = Set
meeting-start-cleared = Start time cleared.
meeting-start-saved = Start time saved: { $time }.
meeting-opened-at = Opened at
meeting-opened-form = Time the GA opened
meeting-closed-form = Time the GA closed
meeting-time-saved-opened = Opened at { $time }.
meeting-time-saved-closed = Closed at { $time }.
meeting-time-saved-opened-correction = Opened at { $time } (kept as a correction).
meeting-time-saved-closed-correction = Closed at { $time } (kept as a correction).

## The schedule (Schedule.svelte)

meeting-starts = Starts { $time }
meeting-planned-end = planned end { $time }
meeting-next-day = (next day)
meeting-no-start = No start time: set one to see the planned end
meeting-pace = At this pace, ends { $time }
meeting-pace-late = — { $n } min past the planned end
meeting-pace-on-time = — on time

## The item's timer (ItemTimer.svelte)

meeting-under-way = Under way
meeting-item-time = Time on this item
meeting-timer-of = of { $time }
meeting-timer-s = { $s } s
meeting-timer-over = { $time } over
meeting-timer-left = { $time } left
meeting-timer-item-over = { $name } is over its time.

## The agenda (AgendaList.svelte, AgendaItemRow.svelte, ItemTimes.svelte)

meeting-agenda = Agenda
meeting-agenda-count = { $n ->
    [one] { $n } item
   *[other] { $n } items
  }
meeting-agenda-keys = Alt+↑ and Alt+↓ move the focused item; items can also be dragged.
meeting-agenda-empty = The agenda is empty.
meeting-agenda-empty-prepare = Prepare it from the usual order of business, or add items one by one below.
meeting-no-item-under-way = No item is under way. “Take up” starts one.
meeting-moved = “{ $title }” is now item { $position } of { $count }.
meeting-removed = Removed “{ $title }”.
meeting-step-start = { $item } is under way.
meeting-step-finish = { $item } is done.
meeting-step-table = { $item } is tabled.
meeting-table-form = Table { $reference }
meeting-table-why = Why is { $item } tabled?
meeting-table-why-note = Its proposal is tabled with it; the minutes print the reason.
meeting-table = Table
meeting-keep-it = Keep it
meeting-no-time-set = no time set
meeting-process-link = Consensus process →
meeting-process-link-label = Consensus process of { $item }
meeting-proposal-page = Proposal page
meeting-item-stack-label = Stack of { $item }
meeting-take-up = Take up
meeting-take-up-label = Take up { $item }
meeting-finish = Finish
meeting-finish-label = Finish { $item }
meeting-table-label = Table { $item }
meeting-move-up = Move { $item } up
meeting-move-down = Move { $item } down
meeting-remove = Remove
meeting-remove-label = Remove { $item }
meeting-remove-question = Remove “{ $title }” from the agenda?
meeting-keep = Keep
meeting-started-time = Started { $time }
meeting-ended-time = · ended { $time }
meeting-notes-heading = Minute-taker's notes
meeting-nothing-recorded = Nothing recorded for this item.
meeting-item-corrections = Corrections of { $reference }
meeting-started-at = Started at
meeting-ended-at = Ended at
meeting-take-up-at = Take up at this time
meeting-finish-at = Finish at this time
meeting-started-form = Time { $reference } started
meeting-ended-form = Time { $reference } ended
meeting-save = Save
meeting-optional = (optional)

## Roles (RolesPanel.svelte; the roles' names are the minutes' role-… words)

meeting-roles = Roles
meeting-roles-none = Nobody in a role yet.
meeting-role-from = (from { $time })
meeting-role-until = (until { $time })
meeting-role-remove-label = Remove { $name } as { $role }
meeting-role-form = Add a person to a role
meeting-role = Role
meeting-role-own = (or any role of your own)
meeting-role-name = Name
meeting-role-from-label = From
meeting-role-from-hint = (HH:MM, stepped up)
meeting-role-until-label = Until
meeting-role-until-hint = (HH:MM, stepped down)
meeting-role-add = Add to role

## The room (RoomPanel.svelte)

meeting-room = The room
meeting-room-intro = Serve this meeting on the local network: phones follow it and raise hands, a second laptop pairs as stack-keeper or minute-taker.
meeting-room-open = Open the room
meeting-room-elsewhere = The room is open on another meeting.
meeting-room-close = Close the room
meeting-room-participants-open = Participants open
meeting-room-qr = QR code of the room's address, { $url }
meeting-room-codes = Pairing codes
meeting-room-codes-note = (each works once, for 5 minutes)
meeting-room-team-open = On the team's device, open
meeting-room-team-type = and type the code.
meeting-room-none-waiting = None waiting.
meeting-room-code-left = ({ $n } min left)
meeting-room-role-stack-keeper = stack-keeper
meeting-room-role-minute-taker = minute-taker
meeting-room-new-code-stack-keeper = New code for a stack-keeper
meeting-room-new-code-minute-taker = New code for a minute-taker
meeting-room-paired = Paired devices
meeting-room-none = None.
meeting-room-revoke = Revoke
meeting-room-revoke-label = Revoke the { $role }'s device { $id }

## Airtime, notes, action items, attendance

meeting-airtime-refresh = Refresh the figures
meeting-notes-saving = Saving…
meeting-notes-error = Not saved — your text is kept here. Ctrl+Enter tries again.
meeting-notes-unsaved-auto = Not saved yet — saved in a moment, when you leave the field, or with Ctrl+Enter.
meeting-notes-unsaved = Not saved yet — saved when you leave the field, or with Ctrl+Enter.
meeting-notes-saved = Saved.
meeting-notes-hint-auto = Saved as you type (after a pause), when you leave the field, or with Ctrl+Enter.
meeting-notes-hint = Saved when you leave the field, or with Ctrl+Enter.
meeting-actions-loading = Loading action items…
meeting-actions = Action items
meeting-action-remove-label = Remove action item “{ $text }”
meeting-actions-none = None yet.
meeting-action-form = New action item for { $reference }
meeting-action-what = What will be done
meeting-action-who = Who
meeting-action-add = Add
meeting-attendance-cleared = Attendance cleared.
meeting-attendance-saved = Attendance saved: { $attendance }.
meeting-attendance-form = Record attendance
meeting-attendance = Attendance
meeting-attendance-hint = (55, 50-60 or ~50)

## Report-backs and announcements (ReportBackEditor.svelte, AnnouncementsEditor.svelte)

meeting-rb = Report-back
meeting-rb-of = Report-back of { $wg }
meeting-rb-behalf-of = Report-back on behalf of { $whom }
meeting-rb-behalf = On behalf of
meeting-rb-behalf-hint = (another assembly, a caucus, a person)
meeting-rb-presenter = Presented by
meeting-rb-summary = Summary
meeting-rb-asks = Asks
meeting-rb-asks-hint = (people, money, endorsement…)
meeting-rb-announcements = Announcements
meeting-rb-none = No report-back was recorded.
meeting-rb-form = Report-back for { $reference }
meeting-rb-field-presenter = the presenter
meeting-rb-field-summary = the summary
meeting-rb-field-asks = the asks
meeting-rb-field-announcements = the announcements
meeting-rb-field-on-behalf-of = on whose behalf
meeting-rb-blank-one = This blanks { $fields }. Blank it?
meeting-rb-blank-many = This blanks { $fields }. Blank them?
meeting-rb-blank = Blank and save
meeting-rb-keep = Keep the text
meeting-rb-save = Save report-back
meeting-rb-ctrl-enter = Ctrl+Enter in a text box saves too.
meeting-rb-saved = Report-back saved.
meeting-ann-by-for = { $name }, for { $whom }
meeting-ann-for = for { $whom }
meeting-ann-made = Announcements made
meeting-ann-none = No announcement recorded yet.
meeting-ann-take-back = Take back
meeting-ann-take-back-label = Take back announcement { $n }
meeting-ann-form = Record an announcement at { $reference }
meeting-ann-by = By
meeting-ann-text = Announcement
meeting-ann-add = Record announcement

## Preparing the agenda (AddItemForm.svelte, PrepareAgenda.svelte)

meeting-add-heading = Add to the agenda
meeting-add-kind = Kind
meeting-add-wg = Working group
meeting-add-choose-wg = Choose a working group…
meeting-add-find-proposal = Find a proposal
meeting-add-title-or-reference = Title or reference
meeting-add-choose-proposal = Choose a proposal…
meeting-add-looking = Looking for proposals…
meeting-add-none-matches = No proposal that can go on this agenda matches.
meeting-add-none-now = No proposal can go on this agenda now.
meeting-add-newest = The newest { $shown } of { $total }: type to narrow.
meeting-add-proposals = { $n ->
    [one] 1 proposal
   *[other] { $n } proposals
  }
meeting-add-title = Title
meeting-add-minutes = Minutes
meeting-add-item = Add item
meeting-add-added = Added { $item }.
meeting-prepare-heading = Prepare from the usual order of business
meeting-prepare-intro = Welcome and process, the working groups' report-backs, proposals, announcements, soapbox and closing. Items can be moved, added or removed afterwards.
meeting-prepare-loading = Loading working groups and proposals…
meeting-prepare-submit = Prepare the agenda
meeting-prepare-wgs = Working groups reporting back
meeting-prepare-no-wgs = No working group is active or forming.
meeting-prepare-proposals = Proposals to hear
meeting-prepare-no-proposals = No proposal is waiting to be heard.
meeting-prepare-count = { $wgs ->
    [one] 1 report-back
   *[other] { $wgs } report-backs
  }, { $proposals ->
    [one] 1 proposal
   *[other] { $proposals } proposals
  }

## A spokes council (CouncilPanel.svelte)

meeting-council-intro = One spoke per working group; only spokes take the stack, and decisions count one voice per WG.
meeting-council-speaks-for = { $name } speaks for { $wg }.
meeting-council-called = Consult break called by { $name }.
meeting-council-break = Consult break
meeting-council-break-by = called by { $wg } ({ $name }), { $minutes } min from { $time }
meeting-council-ended = Consult break ended.
meeting-council-end = End the consult break
meeting-council-no-wgs = No working group can send a spoke: add working groups first.
meeting-council-no-spoke = no spoke yet
meeting-council-spoke-form = Choose a working group's spoke
meeting-council-spoke = Spoke
meeting-council-make-spoke = Make spoke
meeting-council-call = Call a consult break
meeting-council-called-by = Called by
meeting-council-breaks = Consult breaks
meeting-council-past = { $wg } ({ $name }, { $minutes } min asked)
