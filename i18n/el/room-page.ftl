# The participants' page (src-tauri/core/src/room/page, served by the room's server): a
# phone on the room's network follows the meeting and asks for the floor. It speaks the
# app's language. The kinds of hand are the minutes' (entry-…), a hearing's steps the
# projector's (projector-step-…), why a hand stands where it does the stack's
# (stack-reason-…).

room-page-title = Plenary — η αίθουσα
room-page-connecting = Σύνδεση με την αίθουσα…
room-page-connected = Συνδέθηκε: η σελίδα ακολουθεί τη συνέλευση ζωντανά.
room-page-reconnecting = Επανασύνδεση με την αίθουσα…
room-page-closed = Η αίθουσα έκλεισε.
room-page-unreachable = Η αίθουσα δεν είναι προσβάσιμη.
room-page-refused = Η αίθουσα απέρριψε το αίτημα (HTTP { $status }).
room-page-now = Τώρα
room-page-floor = Ο λόγος
room-page-next = Επόμενοι
room-page-raise = Ζητώ τον λόγο
room-page-name = Το όνομά σου
room-page-kind = Για
room-page-kind-speak = να μιλήσω
room-page-kind-direct-response = να απαντήσω άμεσα στον ομιλητή
room-page-kind-clarifying = να κάνω διευκρινιστική ερώτηση
room-page-kind-information = να δώσω μια πληροφορία
room-page-kind-process = να θέσω διαδικαστικό ζήτημα
room-page-withdraw = Αποσύρω το αίτημά μου
room-page-proposal = Η πρόταση
room-page-agenda = Ημερήσια διάταξη
room-page-not-open = { $meeting } — δεν άνοιξε ακόμη
room-page-nothing-under-way = Τίποτα σε εξέλιξη ακόμη.
room-page-nobody-has-floor = Κανείς δεν έχει τον λόγο.
room-page-speaker = { $name } ({ $kind })
room-page-entry = { $name } — { $kind }
room-page-more = και { $n } ακόμη
room-page-nobody-waiting = Κανείς δεν περιμένει.
room-page-stack-closed = Η σειρά ομιλητών έκλεισε.
room-page-item-under-way = { $item } — σε εξέλιξη
room-page-item-done = { $item } — ολοκληρώθηκε
room-page-item-tabled = { $item } — αναβλήθηκε
room-page-proposal-title = { $reference } { $title } (έκδοση { $version })
room-page-step = Βήμα: { $step }
room-page-clock-of-minutes = { $clock } από { $minutes } λεπτά
room-page-clock-of = { $clock } από { $limit }
room-page-clock-paused = { $clock } (σε παύση)
room-page-has-floor = Τον λόγο έχει { $name }.
room-page-hand-pending = Ζήτησες τον λόγο ({ $kind }): περιμένεις τη σειρά ομιλητών.
room-page-hand-waiting = Είσαι στη θέση { $ord ->
   *[other] { $n }
  } της σειράς ομιλητών — { $policy }: { $reason }.
room-page-hand-on-stack = Είσαι στη σειρά ομιλητών.
room-page-hand-speaking = Έχεις τον λόγο.
room-page-hand-spoken = Μίλησες. Ζήτησε ξανά τον λόγο για να μιλήσεις πάλι.
room-page-hand-declined = Η σειρά ομιλητών δεν δέχτηκε το αίτημά σου αυτή τη φορά.
room-page-hand-down = Δεν έχεις ζητήσει τον λόγο.
