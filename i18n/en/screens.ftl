# The app's frame, the dashboard, the working groups' pages, set-up, the team device and
# the shared components (ui/src/App.svelte, views/dashboard, views/setup, views/team,
# lib/components, lib/format.ts). English is the reference: every other language has
# each message with the same placeables (src-tauri/core/tests/i18n.rs).

## The frame (App.svelte)

app-load-failed = This screen could not be loaded: { $error }
app-nav-label = Main
app-nav-proposals = Proposals
app-nav-federation = Federation
app-nav-people = People
app-not-found-heading = Nothing here
app-not-found = There is no page at { $path }.
app-not-found-back = Back to the dashboard
# A breadcrumb trail's name, and its first step.
app-breadcrumb = Breadcrumb
app-crumb-dashboard = ← Dashboard
app-crumb-all-wgs = All working groups

## Words for the core's codes (lib/format.ts)

label-wg-category-operational = Operational
label-wg-category-sectorial = Sectorial
label-wg-category-strategy = Strategy
label-wg-category-caucus = Caucus
label-wg-category-hint-operational = keeping things running
label-wg-category-hint-sectorial = sectors of social life
label-wg-category-hint-strategy = vision and planning
label-wg-category-hint-caucus = identity-based groups
label-wg-status-forming = Forming
label-wg-status-active = Active
label-wg-status-dormant = Dormant
label-wg-status-dissolved = Dissolved
label-meeting-status-planned = Planned
label-meeting-status-open = Open
label-meeting-status-closed = Closed
label-policy-progressive = Progressive stack
label-policy-fifo = First come, first served
label-format-general-assembly = General assembly
label-format-spokes-council = Spokes council
label-rule-consensus = Consensus (a block stops a proposal)
label-rule-modified-90 = Modified consensus, 90% (New York, Boston)
label-rule-modified-80 = Modified consensus, 80% (Seattle)
label-rule-modified-70 = Modified consensus, 70% (Berkeley)
label-rule-two-thirds = Two-thirds majority
label-rule-three-quarters = Three-quarters majority
label-rule-majority = Simple majority (more than half)

## The dashboard (views/dashboard/DashboardView.svelte, MeetingList, MeetingRow, WgList)

dashboard-loading = Loading…
dashboard-assembly-code = Assembly code
dashboard-federation-link = Exchange bundles with other assemblies →
dashboard-wgs-heading = Active working groups
# How many working groups are active, of all of them.
dashboard-wg-count = { $active } of { $total }
dashboard-all-wgs = All working groups →
# Under the heading when there are more active working groups than the dashboard shows.
dashboard-wgs-recent = The { $shown } most recently active, latest first.
dashboard-meetings-heading = General assemblies
dashboard-all-meetings = All GAs →
dashboard-loading-assembly = Loading the assembly…
dashboard-upcoming = Upcoming
dashboard-upcoming-empty = No upcoming assembly. Plan one above.
dashboard-recent = Recent
dashboard-recent-empty = No past assemblies yet.
# A GA's attendance as recorded: "55", "50–60" or "about 50" (minutes.ftl's attendance-about).
dashboard-attendance = { $attendance } present
dashboard-attendance-none = attendance not recorded
# After a category's name: what it is for, and how many groups it has.
dashboard-category-hint = — { $hint } ({ $n })
dashboard-category-empty = { $category ->
    [operational] No operational working groups yet.
    [sectorial] No sectorial working groups yet.
    [strategy] No strategy working groups yet.
   *[caucus] No caucus working groups yet.
  }

## A new GA (views/dashboard/NewMeetingForm.svelte)

new-meeting-open = New meeting
new-meeting-hide = Hide the new meeting form
new-meeting-form = New meeting
new-meeting-date = Date
new-meeting-starts = Starts at
new-meeting-stack = Stack
new-meeting-format = Format
new-meeting-place = Place
new-meeting-place-example = e.g. St Paul's steps
new-meeting-submit = Plan meeting
# $reference is the new GA's reference, a link to it.
new-meeting-done = Planned { $reference }.

## A new working group (views/dashboard/NewWgForm.svelte)

new-wg-open = New working group
new-wg-hide = Hide the new working group form
new-wg-form = New working group
new-wg-name = Name
new-wg-category = Category
new-wg-status = Status
new-wg-description = Description
new-wg-ctrl-enter = Ctrl+Enter adds the working group.
new-wg-contact = Contact
new-wg-contact-example = e-mail, phone, where to find us
new-wg-schedule = Schedule
new-wg-schedule-example = e.g. Tuesdays 18:00, info tent
new-wg-submit = Add working group
new-wg-done = Working group “{ $name }” added.

## A working group in a list (views/dashboard/WgRow.svelte) and its page (WgView.svelte)

wg-contact = Contact
wg-meets = Meets
wg-status-since = { $status ->
    [forming] Forming since
    [active] Active since
    [dormant] Dormant since
   *[dissolved] Dissolved since
  }
wg-change-status = Change status
wg-change-status-of = Change status of { $name }
wg-history = History
wg-history-of = Status history of { $name }
wg-status-form = Change the status of { $name }
wg-new-status = New status
wg-choose = Choose…
wg-note = Note
wg-optional = (optional)
wg-since = Since
wg-since-hint = (empty: today)
wg-confirm = Confirm
wg-cancel = Cancel
wg-history-heading = Status history
wg-history-empty = No changes recorded.
wg-kind = Kind
wg-report-backs = Report-backs
wg-report-backs-none = No report-back from this group is recorded.
# Rows of the pager, plural.
wg-report-backs-noun = report-backs
# After a report-back's GA: who gave it.
wg-given-by = — given by { $name }
wg-asks = Asks:
wg-proposals = Proposals
wg-proposals-none = This group has brought no proposal.
wg-history-latest = The latest { $shown } of { $total } changes.
wg-loading = Loading the working group…

## Every GA, every working group (views/dashboard/AllMeetingsView.svelte, AllWgsView.svelte)

all-meetings-heading = All GAs
all-meetings-count = { $n ->
    [one] { $n } GA
   *[other] { $n } GAs
  }
# With a filter chosen.
all-meetings-count-match = { $n ->
    [one] { $n } GA match
   *[other] { $n } GAs match
  }
all-meetings-filter = Filter the GAs
all-filter-status = Status
all-filter-any-status = Any status
all-filter-year = Year
all-filter-any-year = Any year
all-meetings-empty = No GA matches.
all-meetings-list = GAs
all-meetings-noun = GAs
all-wgs-heading = All working groups
all-wgs-count = { $n ->
    [one] { $n } working group
   *[other] { $n } working groups
  }
all-wgs-count-match = { $n ->
    [one] { $n } working group match
   *[other] { $n } working groups match
  }
all-wgs-filter = Filter the working groups
all-wgs-empty = No working group matches.
all-wgs-list = Working groups
all-wgs-noun = working groups

## Pages of a list (lib/components/Pager.svelte); $noun is what the rows are, plural

pager-label = Pages of { $noun }
pager-previous = ← Previous
pager-next = Next
pager-next-arrow = →
pager-status = { $from }–{ $to } of { $total } { $noun }

## Set-up, the first run (views/setup/SetupView.svelte)

setup-welcome = Welcome to Plenary
setup-lead = This computer has no assembly yet. Tell Plenary which assembly it keeps the record of; you can then add working groups and plan general assemblies.
setup-heading = Your assembly
setup-name = Name of the assembly
setup-name-example = e.g. Occupy London General Assembly
setup-code = Short code
# $examples are two references made with the code (LDN-GA-1, LDN-P-2026-001).
setup-code-hint = 2 to 8 letters or digits. It starts every reference: { $examples }.
setup-rule = Default decision rule
setup-rule-hint = The GA can still decide a proposal under another rule.
setup-submit = Create the assembly
setup-demo-heading = Or look around first
setup-demo-text = Open the demo assembly (the Riverside General Assembly, with working groups, past GAs, proposals and minutes) in this database to try Plenary. To keep your own record later, start Plenary on a new database.
setup-demo = Open the demo assembly
setup-storage = Plenary keeps this computer's record in { $path }.

## About Plenary (lib/components/AboutDialog.svelte)

about-open = About Plenary
about-title = About Plenary
about-version = Version { $version }
about-where = Where this installation keeps its record
about-database = The record (database)
about-key = The assembly's signing key
about-backups = Backups taken before imports
about-usual-place = This is the computer's usual place for Plenary's data.
about-chosen-place = Chosen when Plenary was started (PLENARY_DB or --db).
about-keep-together = Keep a copy of the database and the key together: the key signs your assembly's bundles.
about-in-memory = This session keeps its record in memory only.
about-close = Close

## Search (lib/components/CommandPalette.svelte)

palette-open = Search (Ctrl+K)
palette-title = Search every assembly
palette-input = Search working groups, report-backs, proposals, decisions and minutes
palette-placeholder = Words to find, e.g. kitchen stove
palette-results = Results
palette-none = No results.
palette-count = { $n ->
    [one] { $n } result.
   *[other] { $n } results.
  }
# The search counted this many and stopped counting.
palette-count-more = More than { $n } results.
palette-kind-wg = Working group
palette-kind-report-back = Report-back
palette-kind-proposal = Proposal
palette-kind-decision = Decision
palette-kind-minutes = Minutes
# This assembly's own name, beside a hit of its own.
palette-ours = { $name } (ours)
palette-more = Show more results
palette-keys = ↓ ↑ choose, Enter opens, Esc closes.

## A person's name with suggestions (lib/components/PersonInput.svelte)

person-known = Known people

## The team device: a stack-keeper's or minute-taker's laptop paired with the room (views/team/TeamView.svelte)

team-pair-heading = Join the room as the facilitation team
team-pair-help = Type the six-digit pairing code shown on the host laptop (in the meeting's room panel). Each code works once, for five minutes, and gives this device its role: stack-keeper or minute-taker.
team-pair = Pair this device
team-code = Pairing code
# $reason is the room's own message.
team-unpaired = This device is no longer paired: { $reason }
team-paired = { $role ->
    [stack-keeper] Paired as the stack-keeper: every change is made on the host laptop.
    [minute-taker] Paired as the minute-taker: every change is made on the host laptop.
   *[other] Paired as the { $role }: every change is made on the host laptop.
  }
# $reference is the meeting's reference.
team-paired-of = { $role ->
    [stack-keeper] Paired as the stack-keeper of { $reference }: every change is made on the host laptop.
    [minute-taker] Paired as the minute-taker of { $reference }: every change is made on the host laptop.
   *[other] Paired as the { $role } of { $reference }: every change is made on the host laptop.
  }
team-meeting = The meeting
team-no-item = No item is under way: its records and notes open when the facilitator takes it up.

## The unlock screen (views/unlock/UnlockView.svelte; "Passphrase" is app.ftl's passphrase-heading)

upgrade-heading = Bringing the records up to date
upgrade-lead = Plenary was updated: the assembly’s records on this computer are being brought up to date for the new version. This happens once, and can take a minute on a long history.
upgrade-note = Nothing is lost if the computer stops meanwhile: the update is finished the next time Plenary starts.
unlock-heading = This record is locked
unlock-lead = The assembly's record on this computer is encrypted. Type its passphrase to open it.
unlock-passphrase = The record's passphrase
unlock-submit = Unlock
unlock-protects = What the passphrase protects
unlock-wrong = That passphrase does not open this record. Check it (capital letters, spaces) and try again.
