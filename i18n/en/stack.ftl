# The stack's words (ui/src/views/stack, lib/floorAnnouncements.ts): the stack-keeper's
# view, the floor card, the waiting list, the kinds of hand, the timer, the hands raised
# from phones. The kinds' names are the minutes' (entry-process, …, in minutes.ftl).

## The kinds of hand: the signal people make for each

stack-signal-process = triangle
stack-signal-information = one finger up
stack-signal-clarifying = "C" shape
stack-signal-direct-response = two index fingers
stack-signal-speak = raised hand

## Why an entry stands where it does

stack-reason-direct-response-to = direct response to { $name }
stack-reason-in-order-added = in order added
stack-reason-prioritized = prioritized
stack-reason-first-time-today = first time speaking today
stack-reason-spoken-today = has already spoken today
# A prioritized entry, and whether the person spoke today (one of the two above).
stack-reason-prioritized-and = prioritized, { $why }
stack-reason-no-repeat = goes ahead: the next in turn spoke just before
# The sub-list whose turn it is (its name as the assembly wrote it).
stack-reason-list-turn = { $list } list's turn
stack-reason-list-turn-and = { $list } list's turn, { $why }
stack-reason-over-cap = waits: has had { $n } { $n ->
    [one] speech
   *[other] speeches
  } on this item, the cap is { $cap }

## Why a kind is not taken now

stack-why-meeting-closed = { $meeting } is closed
stack-why-stack-closed = the stack is closed
stack-why-nobody-speaking = nobody has the floor
stack-why-foreign = { $meeting } belongs to another assembly

## What "Undo" would undo

stack-undo-add = add someone to the stack
stack-undo-next = give the floor to the next speaker
stack-undo-withdraw = a withdrawal
stack-undo-prioritize = prioritizing
stack-undo-unprioritize = unprioritizing
stack-undo-close = close the stack
stack-undo-reopen = reopen the stack
stack-undo-pause = the pause
stack-undo-resume = the resume
stack-undo-limit = the time per speaker
stack-undo-policy = the floor policy change
# What undo would undo, said with its names ("Undo: add Sam (to speak)"). $kind is the
# kind's words; $for, $prioritized, $listed are yes/no.
stack-undone-add = add { $name } ({ $kind }{ $for ->
        [yes] , for { $wg }
       *[no] {""}
    }{ $prioritized ->
        [yes] , prioritized
       *[no] {""}
    }{ $listed ->
        [yes] , { $list } list
       *[no] {""}
    })
stack-undone-next-floor = next: { $name } has the floor
stack-undone-next-finished = next: { $name } finished, nobody waiting
stack-undone-withdraw = withdraw { $name } ({ $kind })
stack-undone-prioritize = prioritize { $name }
stack-undone-unprioritize = unprioritize { $name }
stack-undone-close = close the stack
stack-undone-reopen = reopen the stack
stack-undone-pause = pause { $name }
stack-undone-resume = resume { $name }
stack-undone-limit = set the speaker limit to { $limit }
stack-undone-limit-none = no limit
stack-undone-limit-min = { $n } min
stack-undone-limit-s = { $n } s
stack-undone-policy = set the floor policy to { $policy }

## Times

# A per-speaker limit: "2 min" (with seconds: duration-min-s in minutes.ftl).
stack-limit-min = { $min } min

## The view (StackView.svelte)

stack-title = Stack
stack-breadcrumb = Breadcrumb
stack-meeting = Meeting
stack-minutes-link = Minutes →
stack-item-status = item { $status }
stack-meeting-status = { $meeting } { $status }
stack-item = Item
# An item in the item picker: reference, title, and its state.
stack-item-option = { $reference } { $title } ({ $status })
stack-item-under-way = under way
stack-follow = Follow the item under way ({ $reference })
stack-no-items = This meeting has no agenda items yet: add them in
stack-no-items-link = the meeting view
stack-read-only = { $meeting } is closed: its stacks can be read but no longer changed.
stack-add-form = Add to the stack
stack-name = Name
stack-name-enter = (Enter adds)
stack-add = Add
stack-adding-as = Adding as
stack-adding-prioritized = , prioritized
stack-prioritize-new = Prioritize
stack-list = List
stack-list-their-choice = (their choice)
stack-list-none = none chosen
stack-keys-line-add = add
stack-keys-line-kind = kind
stack-keys-line-prioritize = prioritize
stack-keys-line-next = next
stack-keys-line-undo = undo
stack-keys-line-note = not while typing in another panel's field
stack-keys = Keys
stack-key-enter = add the name
stack-key-enter-pick = pick a known person
stack-key-enter-clear = clear
stack-key-kinds = kind: process, information, clarifying, direct response, speak
stack-key-prioritize = prioritize the one being added
stack-key-next = next speaker
stack-key-undo = undo the last stack action (when the name field is empty)
stack-key-accept = accept the oldest hand raised in the room

## The name field (StackNameInput.svelte)

stack-people-known = People the assembly knows

## The kind picker (KindPicker.svelte)

stack-kind-legend = Kind of hand

## The floor (FloorCard.svelte)

stack-speaking-now = Speaking now
stack-for-wg = for { $wg }
stack-responds-to = to
stack-prioritized-mark = ★ prioritized
stack-nobody = Nobody has the floor
stack-next = Next speaker
stack-resume = Resume
stack-pause = Pause
stack-then = Then:
stack-then-nobody-ends = Nobody waiting: next ends this speech.
stack-then-nobody = Nobody waiting.

## The timer (SpeakerTimer.svelte)

stack-timer-label = Speaking time of { $name }
stack-timer-of = of { $limit }
stack-timer-no-limit = no time limit
stack-timer-over = { $time } over
stack-timer-wrap-up = { $time } left — wrap up
stack-timer-left = { $time } left
stack-timer-paused = Paused

## The waiting list (WaitingList.svelte)

stack-waiting = Waiting
stack-empty = Nobody is waiting.
stack-why-here = why here:{" "}
stack-entry-list = { $list } list
stack-prioritize = Prioritize
stack-prioritize-label = Prioritize { $name } ({ $kind })
stack-withdraw = Withdraw
stack-withdraw-label = Withdraw { $name } ({ $kind })

## Undo, close, the time per speaker (StackControls.svelte)

stack-settings = Stack settings
stack-undo = Undo
stack-would-undo = would undo:
stack-nothing-to-undo = nothing to undo
stack-closed-banner = Stack closed:
stack-closed-only = only process, information and clarifying
stack-reopen = Reopen the stack
stack-open-banner = Stack open: all kinds taken
stack-close = Close the stack
stack-limit-label = Time per speaker
stack-limit-none = no limit
stack-limit-set = Set
stack-limit-now-none = No limit.
stack-limit-now = Now { $limit }.
stack-limit-hint = Minutes (2) or minutes:seconds (1:30); empty for none.
stack-limit-read = Time per speaker: { $limit }
stack-limit-error = Write the limit in minutes (2) or minutes:seconds (1:30); leave it empty for no limit.

## The floor policy (FloorPolicyForm.svelte)

stack-policy-title = Floor policy
stack-policy-change = Change the floor policy…
stack-policy-form = Change the floor policy
stack-policy-order = Order
stack-policy-first-time = First-time speakers first
stack-policy-lists = Alternate between lists
stack-policy-lists-none = none
stack-policy-lists-hint = Names separated by “|”, e.g. “women and non-binary | open”. Whoever chose no list waits on the last one.
stack-policy-cap = Most speeches per person per item
stack-policy-cap-none = no cap
stack-policy-no-repeat = No one twice in a row
stack-policy-reason = Reason
stack-policy-reason-note = (for the minutes)
stack-policy-apply = Change the policy
stack-policy-cancel = Cancel
stack-policy-fifo-option = First come, first served
stack-policy-progressive-option = Progressive stack

## Hands raised from phones (HandsPanel.svelte)

stack-hands-title = Hands raised in the room
stack-hand-accept = Accept
stack-hand-accept-label = Accept { $name } ({ $kind }) onto the stack
stack-hand-decline = Decline
stack-hand-decline-label = Decline { $name }'s hand
stack-hands-more = and { $n } more

## Speaking time (SpeakingChart.svelte)

stack-chart-title = Speaking time
stack-chart-summary = { $speeches } { $speeches ->
    [one] speech
   *[other] speeches
  } by { $people ->
    [one] 1 person
   *[other] { $people } people
  }, { $time } in all
stack-chart-people = { $n ->
    [one] 1 person
   *[other] { $n } people
  }
stack-chart-first-time = { $n ->
    [one] spoke
   *[other] spoke
  } for the first time
stack-chart-none = Nobody has finished a speech at this meeting yet.
stack-chart-over = { $n } over
stack-chart-first-mark = first time
stack-loading = Loading…

## Airtime equity (AirtimeCard.svelte)

stack-airtime-title = Airtime equity
stack-airtime-no-speeches = no speeches yet
stack-airtime-no-list = no list chosen
stack-airtime-gini = Gini of speaking time:
stack-airtime-on = on { $item }
stack-airtime-this-item = this item
stack-airtime-at = at { $meeting }
stack-airtime-gini-note = (0 = everyone spoke equally; near 1 = a few held the floor)
stack-airtime-counted = Counted over { $n } people: { $note }.
stack-airtime-shares = { $time } of the time · { $people } of the people ({ $n })
stack-airtime-last = Last speakers, newest first:

## What a screen reader hears when the stack changes (lib/floorAnnouncements.ts)

stack-say-minutes = { $n ->
    [one] 1 minute
   *[other] { $n } minutes
  }
stack-say-seconds = { $n ->
    [one] 1 second
   *[other] { $n } seconds
  }
stack-say-undone = Undone: { $what }.
stack-say-floor = { $name } has the floor ({ $kind }).
stack-say-nobody = Nobody has the floor.
stack-say-paused = { $name }'s speech paused.
stack-say-resumed = { $name }'s speech resumed.
stack-say-joined = { $name } joined the stack ({ $kind }): place { $place } of { $count }.
stack-say-joined-prioritized = { $name } joined the stack ({ $kind }): place { $place } of { $count }, prioritized.
stack-say-prioritized = { $name } prioritized: now place { $place }.
stack-say-unprioritized = { $name } no longer prioritized: now place { $place }.
stack-say-left = { $name } left the stack.
stack-say-closed = Stack closed: only process, information and clarifying.
stack-say-reopened = Stack reopened.
stack-say-limit = Time per speaker: { $limit }.
stack-say-time-left = { $name }: { $time } left.
stack-say-time-up = { $name }'s time is up.

## States, as the stack view's header says them

stack-item-status-pending = pending
stack-item-status-active = active
stack-item-status-done = done
stack-item-status-tabled = tabled
stack-meeting-planned = planned
stack-meeting-open = open
stack-meeting-closed = closed
