# The keyboard help (ui/src/lib/components/ShortcutsHelp.svelte). Keys are written as on
# the keyboard (Ctrl, Alt, Enter, Esc) in every language.

shortcuts-open = Keyboard shortcuts (?)
shortcuts-title = Keyboard shortcuts
shortcuts-close = Close
shortcuts-esc = Esc closes this list.
shortcuts-everywhere = Everywhere
shortcuts-show = Show this list of shortcuts (not while typing in a field)
shortcuts-search = Search every assembly (↓ ↑ choose a result, Enter opens it, Esc closes)
shortcuts-forms = Forms
shortcuts-submit = Submit the form
shortcuts-submit-text-area-notes = Submit from a text area (notes save)
shortcuts-agenda = Meeting: agenda
shortcuts-agenda-up = Move the focused agenda item up
shortcuts-agenda-down = Move the focused agenda item down
shortcuts-stack = Stack-keeper
shortcuts-stack-add = Add the typed name (or the highlighted person)
shortcuts-stack-pick = Pick a person the assembly knows
shortcuts-stack-escape = Close the suggestions, then clear the field
shortcuts-kind-process = Kind: process
shortcuts-kind-information = Kind: information
shortcuts-kind-clarifying = Kind: clarifying
shortcuts-kind-direct-response = Kind: direct response
shortcuts-kind-speak = Kind: speak
shortcuts-prioritize = Prioritize the entry being added
shortcuts-next = Next speaker
shortcuts-undo = Undo the last stack action (not in a field that has text)
shortcuts-meeting-mode = Meeting mode (item under way: stack and process side by side)
shortcuts-stack-keys = Stack keys
shortcuts-stack-keys-what = Alt+1…5, Alt+P, Ctrl+Enter (next speaker) and Ctrl+Z (undo) act on the stack panel — except while the focus is in a text field of another panel (notes, report-back, process forms): there the field keeps its own keys (Ctrl+Enter saves, Ctrl+Z undoes typing). Tab out of the field, or click the stack panel, to use them again.
shortcuts-meeting-enter = In the stack panel's name field: add the name
shortcuts-process = Consensus process
shortcuts-accept = Accept the focused pending amendment
shortcuts-reject = Reject the focused pending amendment
shortcuts-submit-text-area = Submit from a text area
