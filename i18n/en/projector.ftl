# The projector window's words (ui/src/views/projector). Words it shares with the stack
# and meeting mode are theirs (stack.ftl, meeting.ftl).

## Steps of a proposal's hearing, short enough for one line each

projector-step-not-started = Not started
projector-step-present = Presentation
projector-step-clarifying-questions = Clarifying questions
projector-step-concerns = Concerns & amendments
projector-step-temperature-check = Temperature check
projector-step-call-for-consensus = Call for consensus
projector-step-vote = Vote
projector-step-outcome = Outcome
projector-steps = Steps of the process

## Kinds of item

projector-kind-process = Process
projector-kind-report-back = Report-back
projector-kind-proposal = Proposal
projector-kind-discussion = Discussion
projector-kind-announcement = Announcements
projector-kind-soapbox = Soapbox
projector-kind-other = Item

## The screen

projector-cannot-show = Cannot show this meeting:
projector-trying = Trying again every second.
projector-not-in-session = Not in session
projector-first-item = First item
projector-consult = Consult break · { $wg } · { $time }
projector-over-by = over by { $time }
projector-agenda-item = Agenda item
projector-now = Now
projector-coming-up = Coming up
projector-no-item = No item to take up
projector-has-floor = Has the floor
projector-nobody = Nobody is speaking
projector-next = Next
projector-more = +{ $n } more
projector-stack-closed = Stack closed
projector-no-one-else = No one else
projector-no-one-waiting = No one waiting
projector-proposal = Proposal
projector-step = Step
projector-connection-lost = Connection lost — showing the last known state
projector-speaking-time = Speaking time
projector-wrap-up = Wrap up · { $time } left
projector-item-over = { $n } min over
projector-item-planned = { $time } planned
projector-join = Join on your phone
projector-qr = QR code of the room's address
projector-raise-hand = Raise your hand from your phone:
projector-airtime = Airtime
projector-gini = Evenness (Gini):
projector-gini-note = 0 = everyone equal
projector-spoke = { $n } spoke ({ $first } for the first time)
projector-shares = { $time } of the time · { $people } of the people
