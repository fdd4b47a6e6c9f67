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
