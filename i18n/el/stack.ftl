# Οι λέξεις της σειράς ομιλητών (ui/src/views/stack, lib/floorAnnouncements.ts).
# Τα ονόματα των ειδών εγγραφής είναι αυτά των πρακτικών (entry-…, minutes.ftl).

## Τα είδη εγγραφής: η χειρονομία του καθενός

stack-signal-process = τρίγωνο
stack-signal-information = ένα δάχτυλο ψηλά
stack-signal-clarifying = χέρι σε σχήμα «C»
stack-signal-direct-response = οι δύο δείκτες
stack-signal-speak = σηκωμένο χέρι

## Γιατί μια εγγραφή είναι στη θέση της

stack-reason-direct-response-to = άμεση απάντηση στον/στην { $name }
stack-reason-in-order-added = με σειρά εγγραφής
stack-reason-prioritized = με προτεραιότητα
stack-reason-first-time-today = μιλά πρώτη φορά σήμερα
stack-reason-spoken-today = έχει ήδη μιλήσει σήμερα
stack-reason-prioritized-and = με προτεραιότητα, { $why }
stack-reason-no-repeat = προηγείται: όποιος/α ήταν σειρά μόλις μίλησε
stack-reason-list-turn = σειρά της λίστας { $list }
stack-reason-list-turn-and = σειρά της λίστας { $list }, { $why }
stack-reason-over-cap = περιμένει: είχε { $n } { $n ->
    [one] τοποθέτηση
   *[other] τοποθετήσεις
  } σε αυτό το θέμα, το όριο είναι { $cap }

## Γιατί ένα είδος δεν γίνεται δεκτό τώρα

stack-why-meeting-closed = η { $meeting } έχει κλείσει
stack-why-stack-closed = η σειρά ομιλητών είναι κλειστή
stack-why-nobody-speaking = κανείς δεν έχει τον λόγο
stack-why-foreign = η { $meeting } ανήκει σε άλλη συνέλευση

## Τι θα αναιρούσε η «Αναίρεση»

stack-undo-add = την εγγραφή κάποιου/ας στη σειρά
stack-undo-next = το δόσιμο του λόγου στον/στην επόμενο/η
stack-undo-withdraw = μια απόσυρση
stack-undo-prioritize = την προτεραιότητα
stack-undo-unprioritize = την άρση της προτεραιότητας
stack-undo-close = το κλείσιμο της σειράς ομιλητών
stack-undo-reopen = το άνοιγμα ξανά της σειράς ομιλητών
stack-undo-pause = την παύση
stack-undo-resume = τη συνέχιση
stack-undo-limit = τον χρόνο ανά τοποθέτηση
stack-undo-policy = την αλλαγή των κανόνων της σειράς
stack-undone-add = την εγγραφή του/της { $name } ({ $kind }{ $for ->
        [yes] , για { $wg }
       *[no] {""}
    }{ $prioritized ->
        [yes] , με προτεραιότητα
       *[no] {""}
    }{ $listed ->
        [yes] , λίστα { $list }
       *[no] {""}
    })
stack-undone-next-floor = τον λόγο στον/στην { $name }
stack-undone-next-finished = το τέλος της τοποθέτησης του/της { $name }, κανείς σε αναμονή
stack-undone-withdraw = την απόσυρση του/της { $name } ({ $kind })
stack-undone-prioritize = την προτεραιότητα στον/στην { $name }
stack-undone-unprioritize = την αφαίρεση της προτεραιότητας από τον/την { $name }
stack-undone-close = το κλείσιμο της σειράς ομιλητών
stack-undone-reopen = το άνοιγμα ξανά της σειράς ομιλητών
stack-undone-pause = την παύση του/της { $name }
stack-undone-resume = τη συνέχιση του/της { $name }
stack-undone-limit = τον χρόνο ανά τοποθέτηση στα { $limit }
stack-undone-limit-none = χωρίς όριο
stack-undone-limit-min = { $n } λεπ.
stack-undone-limit-s = { $n } δευτ.
stack-undone-policy = την αλλαγή των κανόνων της σειράς σε: { $policy }

## Χρόνοι

stack-limit-min = { $min } λεπ.

## Η προβολή

stack-title = Σειρά ομιλητών
stack-breadcrumb = Διαδρομή
stack-meeting = Συνέλευση
stack-minutes-link = Πρακτικά →
stack-item-status = θέμα { $status }
stack-meeting-status = { $meeting } { $status }
stack-item = Θέμα
stack-item-option = { $reference } { $title } ({ $status })
stack-item-under-way = σε εξέλιξη
stack-follow = Ακολούθηση του θέματος σε εξέλιξη ({ $reference })
stack-no-items = Αυτή η συνέλευση δεν έχει ακόμη θέματα ημερήσιας διάταξης: προσθέστε τα στην
stack-no-items-link = προβολή της συνέλευσης
stack-read-only = Η { $meeting } έχει κλείσει: οι σειρές ομιλητών της διαβάζονται αλλά δεν αλλάζουν πια.
stack-add-form = Εγγραφή στη σειρά ομιλητών
stack-name = Όνομα
stack-name-enter = (το Enter εγγράφει)
stack-add = Εγγραφή
stack-adding-as = Εγγραφή ως
stack-adding-prioritized = , με προτεραιότητα
stack-prioritize-new = Προτεραιότητα
stack-list = Λίστα
stack-list-their-choice = (δική τους επιλογή)
stack-list-none = καμία
stack-keys-line-add = εγγραφή
stack-keys-line-kind = είδος
stack-keys-line-prioritize = προτεραιότητα
stack-keys-line-next = επόμενος/η
stack-keys-line-undo = αναίρεση
stack-keys-line-note = όχι όσο γράφετε σε πεδίο άλλου πλαισίου
stack-keys = Πλήκτρα
stack-key-enter = εγγραφή του ονόματος
stack-key-enter-pick = επιλογή γνωστού προσώπου
stack-key-enter-clear = καθαρισμός
stack-key-kinds = είδος: διαδικαστικό, πληροφορία, διευκρίνιση, άμεση απάντηση, τοποθέτηση
stack-key-prioritize = προτεραιότητα σε όποιον/α εγγράφεται
stack-key-next = επόμενος/η ομιλητής/τρια
stack-key-undo = αναίρεση της τελευταίας ενέργειας της σειράς (όταν το πεδίο ονόματος είναι κενό)
stack-key-accept = αποδοχή του παλαιότερου σηκωμένου χεριού της αίθουσας

## Το πεδίο ονόματος

stack-people-known = Πρόσωπα που γνωρίζει η συνέλευση

## Τα είδη

stack-kind-legend = Είδος εγγραφής

## Ο λόγος

stack-speaking-now = Έχει τον λόγο
stack-for-wg = για { $wg }
stack-responds-to = προς
stack-prioritized-mark = ★ με προτεραιότητα
stack-nobody = Κανείς δεν έχει τον λόγο
stack-next = Επόμενος/η ομιλητής/τρια
stack-resume = Συνέχεια
stack-pause = Παύση
stack-then = Μετά:
stack-then-nobody-ends = Κανείς δεν περιμένει: το «επόμενος/η» τελειώνει αυτή την τοποθέτηση.
stack-then-nobody = Κανείς δεν περιμένει.

## Το χρονόμετρο

stack-timer-label = Χρόνος ομιλίας του/της { $name }
stack-timer-of = από { $limit }
stack-timer-no-limit = χωρίς όριο χρόνου
stack-timer-over = { $time } παραπάνω
stack-timer-wrap-up = απομένουν { $time } — ώρα να κλείσει
stack-timer-left = απομένουν { $time }
stack-timer-paused = Σε παύση

## Η λίστα αναμονής

stack-waiting = Σε αναμονή
stack-empty = Κανείς δεν περιμένει.
stack-why-here = γιατί εδώ:{" "}
stack-entry-list = λίστα { $list }
stack-prioritize = Προτεραιότητα
stack-prioritize-label = Προτεραιότητα στον/στην { $name } ({ $kind })
stack-withdraw = Απόσυρση
stack-withdraw-label = Απόσυρση του/της { $name } ({ $kind })

## Αναίρεση, κλείσιμο, ο χρόνος ανά τοποθέτηση

stack-settings = Ρυθμίσεις της σειράς ομιλητών
stack-undo = Αναίρεση
stack-would-undo = θα αναιρούσε:
stack-nothing-to-undo = τίποτα προς αναίρεση
stack-closed-banner = Η σειρά έκλεισε:
stack-closed-only = μόνο διαδικαστικά, πληροφορίες και διευκρινίσεις
stack-reopen = Άνοιγμα ξανά της σειράς
stack-open-banner = Η σειρά είναι ανοιχτή: δεκτά όλα τα είδη
stack-close = Κλείσιμο της σειράς
stack-limit-label = Χρόνος ανά τοποθέτηση
stack-limit-none = χωρίς όριο
stack-limit-set = Ορισμός
stack-limit-now-none = Χωρίς όριο.
stack-limit-now = Τώρα { $limit }.
stack-limit-hint = Λεπτά (2) ή λεπτά:δευτερόλεπτα (1:30)· κενό για κανένα.
stack-limit-read = Χρόνος ανά τοποθέτηση: { $limit }
stack-limit-error = Γράψτε το όριο σε λεπτά (2) ή λεπτά:δευτερόλεπτα (1:30)· αφήστε το κενό για κανένα όριο.

## Οι κανόνες της σειράς ομιλητών

stack-policy-title = Κανόνες της σειράς ομιλητών
stack-policy-change = Αλλαγή των κανόνων της σειράς…
stack-policy-form = Αλλαγή των κανόνων της σειράς ομιλητών
stack-policy-order = Σειρά
stack-policy-first-time = Πρώτα όσοι/ες δεν έχουν μιλήσει
stack-policy-lists = Εναλλαγή μεταξύ λιστών
stack-policy-lists-none = καμία
stack-policy-lists-hint = Ονόματα χωρισμένα με «|», π.χ. «γυναίκες και μη δυαδικά άτομα | ανοιχτή». Όποιος/α δεν διάλεξε λίστα περιμένει στην τελευταία.
stack-policy-cap = Μέγιστες τοποθετήσεις ανά άτομο και θέμα
stack-policy-cap-none = χωρίς μέγιστο
stack-policy-no-repeat = Κανείς δύο φορές στη σειρά
stack-policy-reason = Αιτία
stack-policy-reason-note = (για τα πρακτικά)
stack-policy-apply = Αλλαγή των κανόνων
stack-policy-cancel = Ακύρωση
stack-policy-fifo-option = Με σειρά εγγραφής
stack-policy-progressive-option = Προοδευτική σειρά ομιλητών

## Σηκωμένα χέρια από τα κινητά

stack-hands-title = Σηκωμένα χέρια στην αίθουσα
stack-hand-accept = Αποδοχή
stack-hand-accept-label = Αποδοχή του/της { $name } ({ $kind }) στη σειρά
stack-hand-decline = Απόρριψη
stack-hand-decline-label = Απόρριψη του χεριού του/της { $name }
stack-hands-more = και { $n } ακόμη

## Χρόνος ομιλίας

stack-chart-title = Χρόνος ομιλίας
stack-chart-summary = { $speeches } { $speeches ->
    [one] τοποθέτηση
   *[other] τοποθετήσεις
  } από { $people ->
    [one] 1 άτομο
   *[other] { $people } άτομα
  }, { $time } συνολικά
stack-chart-people = { $n ->
    [one] 1 άτομο
   *[other] { $n } άτομα
  }
stack-chart-first-time = { $n ->
    [one] μίλησε
   *[other] μίλησαν
  } πρώτη φορά
stack-chart-none = Κανείς δεν έχει ολοκληρώσει ακόμη τοποθέτηση σε αυτή τη συνέλευση.
stack-chart-over = { $n } παραπάνω
stack-chart-first-mark = πρώτη φορά
stack-loading = Φόρτωση…

## Κατανομή του χρόνου ομιλίας

stack-airtime-title = Κατανομή του χρόνου ομιλίας
stack-airtime-no-speeches = καμία τοποθέτηση ακόμη
stack-airtime-no-list = χωρίς λίστα
stack-airtime-gini = Gini του χρόνου ομιλίας:
stack-airtime-on = στο { $item }
stack-airtime-this-item = αυτό το θέμα
stack-airtime-at = στη { $meeting }
stack-airtime-gini-note = (0 = όλοι/ες μίλησαν εξίσου· κοντά στο 1 = λίγοι/ες κράτησαν τον λόγο)
stack-airtime-counted = Υπολογισμένο σε { $n } άτομα: { $note }.
stack-airtime-shares = { $time } του χρόνου · { $people } των ατόμων ({ $n })
stack-airtime-last = Τελευταίοι/ες ομιλητές/τριες, πρώτα οι πιο πρόσφατοι/ες:

## Τι ακούει ένας αναγνώστης οθόνης

stack-say-minutes = { $n ->
    [one] 1 λεπτό
   *[other] { $n } λεπτά
  }
stack-say-seconds = { $n ->
    [one] 1 δευτερόλεπτο
   *[other] { $n } δευτερόλεπτα
  }
stack-say-undone = Αναιρέθηκε: { $what }.
stack-say-floor = Τον λόγο έχει ο/η { $name } ({ $kind }).
stack-say-nobody = Κανείς δεν έχει τον λόγο.
stack-say-paused = Η τοποθέτηση του/της { $name } σε παύση.
stack-say-resumed = Η τοποθέτηση του/της { $name } συνεχίζεται.
stack-say-joined = Ο/Η { $name } γράφτηκε στη σειρά ({ $kind }): θέση { $place } από { $count }.
stack-say-joined-prioritized = Ο/Η { $name } γράφτηκε στη σειρά ({ $kind }): θέση { $place } από { $count }, με προτεραιότητα.
stack-say-prioritized = Ο/Η { $name } με προτεραιότητα: τώρα θέση { $place }.
stack-say-unprioritized = Ο/Η { $name } χωρίς προτεραιότητα πια: τώρα θέση { $place }.
stack-say-left = Ο/Η { $name } βγήκε από τη σειρά.
stack-say-closed = Η σειρά έκλεισε: μόνο διαδικαστικά, πληροφορίες και διευκρινίσεις.
stack-say-reopened = Η σειρά άνοιξε ξανά.
stack-say-limit = Χρόνος ανά τοποθέτηση: { $limit }.
stack-say-time-left = { $name }: απομένουν { $time }.
stack-say-time-up = Ο χρόνος του/της { $name } τελείωσε.

## Καταστάσεις

stack-item-status-pending = εκκρεμεί
stack-item-status-active = σε εξέλιξη
stack-item-status-done = ολοκληρώθηκε
stack-item-status-tabled = αναβλήθηκε
stack-meeting-planned = προγραμματισμένη
stack-meeting-open = ανοιχτή
stack-meeting-closed = κλειστή
