# The assembly's people (ui/src/views/people/PeopleView.svelte): rename, merge, forget.

people-heading = People
people-hint = Everyone the assembly's record names. Rename a name typed wrong; merge two names that are one person. Every record follows.
people-search = Search
people-loading = Loading…
people-none-yet = Nobody is in the record yet.
people-none-found = Nobody by that name.
people-col-name = Name
people-col-meetings = GAs
people-col-records = Records
people-col-actions = Actions
people-rename = Rename
people-rename-label = Rename { $name }
people-new-name = New name for { $name }
people-save = Save
people-cancel = Cancel
people-renamed = { $before } is now { $after }.
people-merge-open = Merge…
people-merge-label = Merge { $name } into someone else
people-merge-heading = Merge { $name }
people-merge-explain = Every record that names { $name } will name the person chosen here instead, and { $name } is removed. This cannot be undone here.
people-merge-find = Find the name
people-merge-into = Into
people-merge-choose = Choose a person
people-merge = Merge
people-merged = { $from } is merged into { $into }: every record names { $into }.
people-forget-open = Forget…
people-forget-label = Forget { $name } on request
people-forget-heading = Forget { $name }
people-forget-explain = For someone who asked to be forgotten. Their name is replaced by a placeholder such as "Participant 3" everywhere in this assembly's record: names, free text, the speaking log and the journal. The automatic backups are deleted. The next bundle carries the change to the assemblies that received the name.
people-forget-not-reached = Not reached: copies made by hand (backups, exported bundles and minutes) and other assemblies' own records. This cannot be undone.
people-forget = Forget this person
# $records: how many records changed; $backups: the next message.
people-forgotten = The name is forgotten: the record now says { $placeholder } ({ $records } records; { $backups } deleted). The next bundle carries the change.
people-backups = { $n ->
    [one] 1 automatic backup
   *[other] { $n } automatic backups
  }
# What the pager counts ("1–50 of 120 people").
people-pager-noun = people
