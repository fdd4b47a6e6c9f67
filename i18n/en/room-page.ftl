# The participants' page (src-tauri/core/src/room/page, served by the room's server): a
# phone on the room's network follows the meeting and asks for the floor. It speaks the
# app's language. The kinds of hand are the minutes' (entry-…), a hearing's steps the
# projector's (projector-step-…), why a hand stands where it does the stack's
# (stack-reason-…).

room-page-title = Plenary — the room
room-page-connecting = Connecting to the room…
room-page-connected = Connected: this page follows the meeting as it happens.
room-page-reconnecting = Reconnecting to the room…
room-page-closed = The room is closed.
room-page-unreachable = The room cannot be reached.
# An HTTP status code, e.g. 503.
room-page-refused = The room refused (HTTP { $status }).

## The headings and the form

room-page-now = Now
room-page-floor = The floor
room-page-next = Next
room-page-raise = Raise my hand
room-page-name = Your name
# The label of the choice of what the hand is for: "To [speak]".
room-page-kind = To
room-page-kind-speak = speak
room-page-kind-direct-response = respond directly to the speaker
room-page-kind-clarifying = ask a clarifying question
room-page-kind-information = make a point of information
room-page-kind-process = make a point of process
room-page-withdraw = Take my hand down
room-page-proposal = The proposal
room-page-agenda = Agenda

## What the meeting shows

# A meeting's reference (RIV-GA-4) before it is opened.
room-page-not-open = { $meeting } — not open yet
room-page-nothing-under-way = Nothing under way yet.
room-page-nobody-has-floor = Nobody has the floor.
# Who has the floor, and the kind of their hand (the minutes' words: "to speak").
room-page-speaker = { $name } ({ $kind })
room-page-entry = { $name } — { $kind }
room-page-more = and { $n } more
room-page-nobody-waiting = Nobody is waiting.
room-page-stack-closed = The stack is closed.
room-page-item-under-way = { $item } — under way
room-page-item-done = { $item } — done
room-page-item-tabled = { $item } — tabled
room-page-proposal-title = { $reference } { $title } (version { $version })
room-page-step = Step: { $step }
# A clock (m:ss) running against the minutes an item was given.
room-page-clock-of-minutes = { $clock } of { $minutes } min
# A speaker's clock (m:ss) against their limit (m:ss).
room-page-clock-of = { $clock } of { $limit }
room-page-clock-paused = { $clock } (paused)
# Said to screen readers when the speaker changes.
room-page-has-floor = { $name } has the floor.

## This phone's hand

room-page-hand-pending = Your hand is up ({ $kind }): waiting for the stack-keeper.
# Its place on the stack ($n, with $ord its ordinal category: one, two, few, other), the
# floor policy in words, and why it stands there.
room-page-hand-waiting = You are { $ord ->
    [one] { $n }st
    [two] { $n }nd
    [few] { $n }rd
   *[other] { $n }th
  } — { $policy }: { $reason }.
room-page-hand-on-stack = You are on the stack.
room-page-hand-speaking = You have the floor.
room-page-hand-spoken = You have spoken. Raise your hand again to speak again.
room-page-hand-declined = The stack-keeper did not take your hand this time.
room-page-hand-down = Your hand is down.
