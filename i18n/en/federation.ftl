# The federation (ui/src/views/federation): other assemblies, bundles exchanged with them,
# their records beside ours. English is the reference (src-tauri/core/tests/i18n.rs).

## The federation view (FederationView.svelte)

fed-heading = Federation
fed-lead = Other assemblies' working groups and proposals, beside ours. Assemblies exchange signed bundles (.plenary files) by any channel: email, a USB stick, a shared folder.
fed-assemblies = Assemblies
fed-received = Received bundles
fed-received-hint = Each bundle imported here is kept exactly as it came. Pass one on to an assembly that does not know its maker: it is the original file, still signed by the assembly that made it.
fed-received-noun = received bundles
fed-empty-heading = No other assembly yet
fed-empty-text = You know no other assembly. To see another assembly's working groups and proposals here, ask them for a bundle: in their Plenary, Federation → Export a bundle… writes a .plenary file. Then choose Import a bundle… above and open that file. You will see who made it and its key's fingerprint before anything is imported.
fed-empty-give = To give them yours, use Export a bundle….
fed-filter = Show records of
fed-filter-all = All assemblies
# This assembly's own name in a list of assemblies.
fed-ours = { $name } (ours)
fed-wgs = Working groups
fed-proposals = Proposals
fed-proposals-noun = proposals
fed-decisions = Decisions
fed-decisions-noun = decisions
fed-decisions-none = No decisions yet.
fed-decisions-none-of = No decisions of { $name }.
fed-loading = Loading the federation…

## An assembly (AssemblyList.svelte)

fed-this-assembly = This assembly
fed-fingerprint = Key fingerprint
fed-fingerprint-unknown = not known here
fed-pinned-since = Key pinned since
fed-last-import = Last import
fed-received-bundles = Received
fed-bundles = { $n ->
    [one] { $n } bundle
   *[other] { $n } bundles
  }
fed-records-here = Records here
fed-counts = { $wgs ->
    [one] { $wgs } working group
   *[other] { $wgs } working groups
  } · { $meetings ->
    [one] { $meetings } GA
   *[other] { $meetings } GAs
  } · { $proposals ->
    [one] { $proposals } proposal
   *[other] { $proposals } proposals
  } · { $decisions ->
    [one] { $decisions } decision
   *[other] { $decisions } decisions
  }
fed-latest-decisions = Latest decisions
# After a decided proposal: its outcome (minutes.ftl's outcome words) and the GA.
fed-recent-decision = — { $outcome }, { $meeting }
fed-show-records = Show its records

## Where a record comes from (OriginBadge.svelte)

fed-origin-from = From
fed-origin-unknown = an unknown assembly
fed-origin-ours = ours
fed-origin-read-only = read-only

## What an import or an export counted (CountsTable.svelte)

fed-counts-records = Records
fed-counts-new = New
fed-counts-updated = Updated
fed-counts-unchanged = Unchanged
fed-counts-refused = Refused
fed-counts-deleted = Deleted
fed-counts-total = Total

## Words of the federation (words.ts)

fed-key-new = New key
fed-key-known = Known key
fed-key-mismatch = Key does not match
fed-key-own = Claims to be this assembly
fed-scope-all = The whole assembly
# $names are the meetings' references.
fed-scope-meetings = { $n ->
    [one] Meeting { $names }
   *[other] Meetings { $names }
  }
fed-scope-chosen = { $n ->
    [one] { $n } chosen meeting
   *[other] { $n } chosen meetings
  }
fed-scope-since = Everything changed since { $date }
fed-size-bytes = { $n } bytes
fed-size-kb = { $n } KB
fed-size-mb = { $n } MB

## Other assemblies' working groups and decisions (FederatedWgs.svelte, FederatedDecisions.svelte)

fed-wgs-empty = No working groups to show.
# A working group's name found in this many assemblies.
fed-wg-shared = in { $n } assemblies
fed-wg-page = Its page
# Before the decision's date and time.
fed-decided-at = decided at { $meeting },

## Other assemblies' proposals (FederatedProposals.svelte)

fed-proposals-empty = No proposals to show.
# Before the working group's name.
fed-proposal-wg = working group
# Before the proposer's name.
fed-proposal-by = proposed by
# Before the reference of the proposal it was adopted from.
fed-adopted-from = Adopted from
fed-adopted-from-unknown = a proposal not known here
fed-text-of = Text of { $reference }
# Before the reference of our proposal made from it.
fed-adopted-as = Adopted here as
fed-adopted-as-unknown = our proposal
fed-adopt = Adopt as our proposal
fed-adopting = Adopting…
fed-adopt-hint = makes a draft proposal of ours with this title and text, to submit to our process

## Received bundles (ReceivedBundles.svelte)

fed-received-empty = No bundle received yet. Bundles you import are kept here as they came, to pass on to other assemblies.
fed-bundle-made = Made
fed-bundle-imported = Imported here
fed-bundle-covers = Covers
fed-bundle-size = Size
fed-pass-on = Pass on…
fed-pass-on-saving = Saving…
fed-pass-on-label = Pass on { $file } (from { $assembly })…
fed-pass-on-hint = saves the file exactly as it came, for another assembly to import
fed-pass-on-saved = Saved as { $path } — the original file, still signed by { $assembly }.
fed-undo = Undo this import…
fed-undo-label = Undo this import: { $file } (from { $assembly })…
fed-undo-question = Remove what this bundle brought and put back what it replaced?
fed-undo-confirm = Undo the import
fed-undoing = Undoing…
fed-undo-keep = Keep it

## Exporting a bundle (ExportPanel.svelte)

fed-export-open = Export a bundle…
fed-export-what = What to export
fed-export-chosen = Chosen meetings
fed-export-chosen-hint = with what they refer to (WGs, people, proposals, report-backs)
fed-export-no-meetings = This assembly has no meetings yet.
fed-export-loading-meetings = Loading the meetings…
fed-export-meetings = Meetings to export
fed-export-since = Everything changed since a date
fed-export-since-label = Changed on or after (UTC)
fed-export-who = Who can open it
fed-export-seal = Seal for…
fed-export-seal-hint = only the assemblies you choose can open it (it is encrypted for them)
fed-export-no-keys = No assembly's key is known here yet: an assembly's key becomes known when one of its bundles is imported.
fed-export-seal-for = Assemblies to seal it for
fed-export-this-assembly = (this assembly)
fed-export = Export…
fed-exporting = Exporting…
fed-export-tick = Tick at least one meeting.
fed-export-choose-date = Choose a date.
fed-export-choose-who = Choose who can open it.
fed-export-next-sealed = You choose where to save it next; the file is signed with this assembly's key, then sealed.
fed-export-next = You choose where to save it next; the file is signed with this assembly's key.
fed-export-cancelled = Export cancelled; nothing was saved.
# Before the file's name.
fed-export-saved = Saved
fed-export-sealed = Sealed for { $names }: only they can open it.
# After what the bundle covers, before how many records.
fed-export-colon = :
fed-records = { $n ->
    [one] { $n } record
   *[other] { $n } records
  }
# After the records' count.
fed-export-deletions = , { $n ->
    [one] { $n } deletion
   *[other] { $n } deletions
  }
fed-export-minutes = , minutes of { $n ->
    [one] { $n } meeting
   *[other] { $n } meetings
  }

## Shared folders (FoldersPanel.svelte)

fed-folders-heading = Shared folders
fed-folders-hint = With a folder kept in sync between assemblies (Syncthing, a shared drive), bundles travel by themselves: Plenary imports what arrives in the inbox from assemblies whose key you approved, and writes what changed here to the outbox after each GA is closed.
fed-folders-inbox = Inbox folder
fed-folders-outbox = Outbox folder
fed-folders-save = Save folders
fed-folders-saved = Folders saved. The inbox is watched while Plenary is open.
fed-folders-last-sync = Last looked through
fed-folders-not-yet = not yet
fed-folders-last-outbox = Last outbox bundle
# After the file's name: how many records, when it was written.
fed-folders-outbox-facts = ({ $records }, { $when })
fed-folders-none-yet = none yet
fed-folders-from-inbox = Imported from the inbox
fed-folders-inbox-facts = { $files ->
    [one] { $files } file
   *[other] { $files } files
  }; { $relayed ->
    [one] { $relayed } bundle
   *[other] { $relayed } bundles
  } passed on
fed-folders-sync = Sync now
fed-folders-write = Write the outbox now
fed-folders-pending-heading = Waiting for your approval
fed-folders-pending-hint = These bundles come from assemblies whose key is new here. Check the fingerprint with a person of that assembly (by phone, in person) before approving: approving pins the key and imports its bundles.
fed-folders-fingerprint = Fingerprint
fed-folders-approve = Approve
fed-folders-approve-whose = the key of { $name }
fed-folders-left-alone-heading = Files left alone
fed-folders-left-alone-hint = Nothing of these was imported. Each is tried again when the file changes.
# What a look through the inbox did, its parts joined by fed-folders-separator.
fed-folders-imported = { $n ->
    [one] { $n } bundle imported
   *[other] { $n } bundles imported
  }
fed-folders-pending = { $n ->
    [one] { $n } bundle waiting for approval
   *[other] { $n } bundles waiting for approval
  }
fed-folders-left-alone = { $n ->
    [one] { $n } file left alone
   *[other] { $n } files left alone
  }
fed-folders-relayed = { $n ->
    [one] { $n } bundle passed on
   *[other] { $n } bundles passed on
  }
fed-folders-separator = {", "}
# $outbox is the core's note on the outbox.
fed-folders-synced = Inbox: { $inbox }. Outbox: { $outbox }.
fed-folders-not-written = not written
fed-folders-written = Outbox: { $note }.
fed-folders-approved = Key approved. { $pass }.

## Importing a bundle (ImportPanel.svelte)

fed-import-open = Import a bundle…
fed-import-choosing = Choose the bundle file in the window that opened…
# Once a file is chosen, while the core checks it (a dry run of the whole import).
fed-import-checking = Checking { $file } ({ $size })…
fed-import-checking-badge = Checking…
fed-import-checking-records = Checking every record: a dry run of the whole import, which can take some seconds for a long history…
fed-import-checked-importable = Checked: the bundle verifies and this assembly can import it.
fed-import-checked-not-here = Checked: the bundle verifies, but it cannot be imported here.
fed-import-checked-not-verified = The bundle does not verify: it cannot be imported.
fed-importing = Importing…
# Before the maker's name and code.
fed-import-from = Bundle from
fed-import-key-new = This assembly is new here.
fed-import-key-new-note = Importing will pin this key: from then on, only bundles signed with it are accepted as { $code }'s. Before you import, check the fingerprint with them by another way (by phone or in person).
fed-import-key-unknown = This assembly is not known here.
fed-import-key-unknown-note = This bundle cannot be imported, so no key is pinned.
fed-import-key-known = This is the key already pinned here for { $code }: the bundle was signed by them.
fed-import-key-mismatch = { $code } is known here under another key.
fed-import-key-mismatch-note = This bundle is not from the key pinned here, so it is refused.
fed-import-key-own = This bundle claims to be this assembly.
fed-import-key-own-note = Your own records are never imported.
fed-import-pinned = Pinned here:
fed-import-sealed = Sealed
fed-import-sealed-for = For { $names };
fed-import-sealed-note = opened with this assembly's key. Nobody else could read it on the way.
fed-import-verifies = Verifies
fed-import-verified = Verified
fed-import-verified-note = Signature, hashes and every record check out.
fed-import-not-verified = Does not verify
fed-import-importable = Importable here
fed-import-yes = Yes
fed-import-fits = The key, the code and every reference fit this database.
fed-import-would-refuse = { $n ->
    [one] { $n } record would be refused (listed below).
   *[other] { $n } records would be refused (listed below).
  }
fed-import-not-here = Not here
# $generator is the program that made the bundle ("plenary 0.1.0").
fed-import-generator = by { $generator }
fed-import-file = File
fed-import-problem = This bundle does not verify:
fed-import-refusal = This bundle verifies, but this database would refuse it:
fed-import-does-not-verify = This bundle does not verify.
fed-import-already = This very file was imported on { $when }; importing it again changes nothing.
fed-import-would-change = What importing would change
fed-import-refused-heading = Refused records, and why
fed-import-refusals-more = and { $n } more not listed
fed-import-holds = What the bundle holds
fed-import-number = Number
fed-import-deletions = deletions
fed-import-confirm = Import from { $code }
fed-imported-from = Imported from
fed-import-nothing = Nothing changed.
fed-import-nothing-before = Nothing changed: this file was imported before, on { $when }.
fed-import-did = What the import did
fed-import-refused = { $n ->
    [one] { $n } record refused: the preview listed why.
   *[other] { $n } records refused: the preview listed why.
  }
fed-import-undo-note = To take this import back whole, use “Undo this import…” on the bundle under Received bundles.
fed-import-done = Done

## Namesakes and who works on what (Namesakes.svelte, WhoWorksOnWhat.svelte, WhoWorksSection.svelte)

fed-namesakes-wg = In other assemblies
fed-namesakes-proposal = Similar proposals elsewhere, and what became of them
fed-namesakes-wg-none = No working group of another assembly known here works on the same things.
fed-namesakes-proposal-none = No similar proposal of another assembly is known here.
fed-namesakes-error = Could not look for them: { $error }
fed-namesakes-looking = Looking…
fed-namesakes-order = Most alike first, by the words of their names and texts.
# $outcome: minutes.ftl's outcome word.
fed-namesakes-decided = decided: { $outcome }
fed-who-heading = Who works on what
fed-who-hint = Each working group beside the groups of other assemblies most alike it, by the words of their names and descriptions.
fed-who-wg = Working group
fed-who-works-on = Works on
fed-who-counterparts = Counterparts elsewhere
fed-who-ours = (ours)
fed-who-none-known = none known

## A bundle dropped on the window (FileDrop.svelte, ImportPanel.svelte)
fed-drop-hint = Drop the bundle to see what importing it would do
fed-drop-hint-meeting = A meeting is under way: a bundle dropped here is not opened. Import it from the Federation screen.
fed-drop-refused-meeting = { $file } was not opened: a meeting is under way. Import it from the Federation screen.
fed-drop-refused-several = Several files were dropped: drop one bundle at a time. Nothing was read.
fed-drop-refused-not-bundle = { $file } is not a Plenary bundle (a .plenary file). Nothing was read.
fed-drop-refused-busy = { $file } was not opened: finish the import under way first.
fed-drop-opening = Opening { $file }, the dropped bundle…
fed-drop-dismiss = Dismiss
