# Τα πρακτικά (src-tauri/core/src/minutes/, decision.rs, stack/policy.rs), στη γλώσσα της
# λαϊκής συνέλευσης του Συντάγματος: πρακτικά, συντονισμός, σειρά ομιλητών, βέτο.

## Στίξη και μονάδες

colon = { $text }:
# Between the names of a list ("Ana, Bo").
comma = {", "}
list-separator = {"· "}
percent = { $n }%
decimal = { $int },{ $frac }
duration-min-s = { $min } λ. { $s } δ.
duration-s = { $s } δ.
turn-from-until = { $name } ({ $from }–{ $until })
turn-from = { $name } (από τις { $from })
turn-until = { $name } (έως τις { $until })

## Επικεφαλίδα

minutes-title = { $assembly } — Συνέλευση { $number } ({ $reference })
fact-date = Ημερομηνία
fact-place = Τόπος
fact-format = Μορφή
fact-attendance = Παρόντες
fact-opened = Έναρξη
fact-closed = Λήξη
attendance-about = περίπου { $n }
format-spokes-council = συμβούλιο εκπροσώπων
label-minutes = Πρακτικά
minutes-draft = προσχέδιο (δεν έχουν εγκριθεί ακόμη)
minutes-approved = εγκρίθηκαν στη συνέλευση { $reference }
redacted-note = Σε αυτό το αντίγραφο τα ονόματα έχουν αντικατασταθεί με «Συμμετέχων/ουσα N».
label-spokes = Εκπρόσωποι
label-consult-breaks = Διαλείμματα διαβούλευσης
consult-break = { $start }–{ $end }, το ζήτησε { $name }, εκπρόσωπος της ομάδας { $wg } ({ $minutes } { $minutes ->
    [one] λεπτό
   *[other] λεπτά
  })
consult-break-during = { $line }, κατά το { $item }
label-floor-policy-changed = Αλλαγές στη σειρά ομιλητών
policy-change = { $before } → { $after }
policy-change-during = { $line } (κατά το { $item })

## Ρόλοι

role-facilitator = { $n ->
    [one] Συντονισμός
   *[other] Συντονισμός
  }
role-stack-keeper = { $n ->
    [one] Σειρά ομιλητών
   *[other] Σειρά ομιλητών
  }
role-timekeeper = { $n ->
    [one] Χρονομέτρηση
   *[other] Χρονομέτρηση
  }
role-minute-taker = { $n ->
    [one] Τήρηση πρακτικών
   *[other] Τήρηση πρακτικών
  }
role-vibes-watcher = { $n ->
    [one] Φροντίδα κλίματος
   *[other] Φροντίδα κλίματος
  }

## Ποιος το κατέγραψε

actor-facilitator = ο συντονισμός
actor-stack-keeper = η σειρά ομιλητών
actor-timekeeper = η χρονομέτρηση
actor-minute-taker = η τήρηση πρακτικών
actor-participant = συμμετέχων/ουσα
actor-cli = η γραμμή εντολών
actor-demo = η επίδειξη
actor-import = η εισαγωγή

## Θέματα της ημερήσιας διάταξης

item-kind-process = διαδικασία
item-kind-report-back = ενημέρωση ομάδας
item-kind-proposal = πρόταση
item-kind-discussion = συζήτηση
item-kind-announcement = ανακοίνωση
item-kind-soapbox = ελεύθερο βήμα
item-kind-other = άλλο
item-allotted = προβλεπόμενα { $min } λ.
item-actual = πραγματικά { $min } λ. ({ $start }–{ $end })
item-started = ξεκίνησε { $at }
item-status-pending = δεν συζητήθηκε
item-status-active = σε εξέλιξη
item-status-done = ολοκληρώθηκε
item-status-tabled = αναβλήθηκε
label-working-group = Ομάδα εργασίας
label-on-behalf-of = Εκ μέρους
label-report-back = Ενημέρωση
label-presented-by = Παρουσίαση
label-asks = Αιτήματα
label-announcements = Ανακοινώσεις
announcement-by-for = { $name }, για { $whom }
on-behalf-of = για { $whom }
label-action-items = Εργασίες
label-notes = Σημειώσεις

## Τοποθετήσεις

label-speakers = Τοποθετήσεις
speech = { $name } — { $kind }, { $at }
speech-time = { $line }, { $time }
speech-over = { $line } (υπέρβαση χρόνου { $time })
entry-process = διαδικαστικό
entry-information = πληροφορία
entry-clarifying = διευκρινιστική ερώτηση
entry-direct-response = άμεση απάντηση
entry-speak = τοποθέτηση

## Μια πρόταση

proposal-heading = Πρόταση { $reference }: { $title }
proposed-by = Την προτείνει: { $name }
label-text-as-submitted = Κείμενο όπως κατατέθηκε
label-clarifying-questions = Διευκρινιστικές ερωτήσεις
said-by = {" "}({ $name })
question-answered = {" "}— απάντηση{ $by }: { $answer }
question-not-answered = {" "}— χωρίς απάντηση
no-questions = Δεν έγιναν διευκρινιστικές ερωτήσεις.
label-concerns = Ενστάσεις
concern-addressed = {" "}— απαντήθηκε
concern-addressed-with = {" "}— απαντήθηκε: { $response }
concern-not-addressed = {" "}— δεν απαντήθηκε
no-concerns = Δεν διατυπώθηκαν ενστάσεις.
label-friendly-amendments = Φιλικές τροποποιήσεις
amendment-line = Τροποποίηση { $n }, από { $name } — { $result }:
amendment-offered = Από { $name } — { $result }:
amendment-accepted-version = την αποδέχτηκαν όσοι/ες προτείνουν (εκδοχή { $version })
amendment-accepted = την αποδέχτηκαν όσοι/ες προτείνουν
amendment-rejected = δεν την αποδέχτηκαν όσοι/ες προτείνουν
amendment-pending = αναμένεται η απάντηση όσων προτείνουν
no-amendments = Δεν προτάθηκαν φιλικές τροποποιήσεις.
label-temperature-check = Μέτρηση κλίματος
temperature = πάνω { $up } · στο πλάι { $sideways } · κάτω { $down }
text-as-decided = Κείμενο όπως αποφασίστηκε (εκδοχή { $version })

## Η απόφαση

label-decision = Απόφαση
decision-line = { $decision } με κανόνα { $rule }: { $counted }
decision-rule-chosen = { $rule } (τον επέλεξε η συνέλευση αντί του συνηθισμένου, { $default })
decision-quorum = απαρτία { $n }
decision-stand-aside-limit = όριο αποχών { $limit }
rule-consensus = τη συναίνεση
rule-modified = την τροποποιημένη συναίνεση ({ $percent }%)
rule-supermajority = την αυξημένη πλειοψηφία { $share }
rule-majority = την πλειοψηφία
wg-voice = { $wg }: { $voice }
voice-for = υπέρ
voice-against = κατά
voice-stand-aside = αποχή
voice-block = βέτο
label-stand-aside = Αποχή
label-block = Βέτο
label-disputed = Αμφισβητείται
outcome = Αποτέλεσμα: { $outcome }
outcome-entered-by = { $explanation } (καταγραφή: { $by })
outcome-by-why = {" "}— από { $by }: { $why }
outcome-by = {" "}— από { $by }
by-the-proposers = όσους/ες προτείνουν
by-the-ga = τη συνέλευση
status-note-corrected = διορθώθηκε μετά τη συνέλευση
status-note-taken-off = αποσύρθηκε από την ημερήσια διάταξη
outcome-consensus = συναίνεση
outcome-passed = εγκρίθηκε
outcome-blocked = μπλοκαρίστηκε
outcome-failed = απορρίφθηκε
outcome-tabled = αναβλήθηκε
outcome-withdrawn = αποσύρθηκε
outcome-sent-back = επεστράφη στην ομάδα

## Καταμέτρηση και αιτιολογία

count-blocks = { $n ->
    [one] { $n } βέτο
   *[other] { $n } βέτο
  }
count-stand-asides = { $n ->
    [one] { $n } αποχή
   *[other] { $n } αποχές
  }
count-for = { $n } υπέρ
count-against = { $n } κατά
count-working-groups = { $n ->
    [one] { $n } ομάδα εργασίας
   *[other] { $n } ομάδες εργασίας
  }
counted-support = { $n } σύμφωνοι
counted-blocks-unnamed = { $blocks } (χωρίς καταγραφή ονομάτων και λόγων)
counted-blocks-some-unnamed = { $blocks } ({ $unnamed } χωρίς καταγραμμένο όνομα ή λόγο)
counted-vote = ψηφοφορία: { $support } υπέρ, { $against } κατά — { $ratio }, { $threshold }
counted-none = { $outcome } (χωρίς καταμέτρηση)
counted-wg-voices = { $wgs }: { $voices }
counted-wg-voices-vote = { $words } — { $ratio }, { $threshold }
threshold-at-least = τουλάχιστον { $share }
threshold-below = κάτω από { $share }
threshold-more-than-half = πάνω από το μισό
threshold-not-more-than-half = όχι πάνω από το μισό
explain-no-quorum = { $outcome }: συμμετείχαν { $n }, λιγότεροι από την απαρτία των { $quorum }
explain-too-many-stand-asides = { $outcome }: { $n } από { $of } απείχαν, στο όριο του { $limit } ή πάνω από αυτό
explain-no-blocks = { $outcome }: κανένα βέτο
explain-blocks = { $outcome }: { $blocks } με κανόνα τη συναίνεση
explain-blocks-no-vote = { $outcome }: { $blocks } και καμία ψηφοφορία
explain-no-blocks-no-against = { $outcome }: κανένα βέτο και καμία ψήφος κατά
explain-vote = { $outcome }: ψηφοφορία { $support } υπέρ, { $against } κατά — { $ratio }, { $threshold }
explain-no-votes = { $outcome }: κανείς δεν ψήφισε υπέρ ή κατά

## Σειρά ομιλητών

policy-progressive = προοδευτική σειρά ομιλητών
policy-fifo = με σειρά εγγραφής
policy-first-time-first = πρώτα όσοι/ες δεν έχουν μιλήσει
policy-alternate = εναλλασσόμενες λίστες: { $lists }
policy-cap = έως { $n } { $n ->
    [one] τοποθέτηση
   *[other] τοποθετήσεις
  } ανά άτομο και θέμα
policy-no-repeat = κανείς δύο φορές στη σειρά

## Κατανομή του χρόνου ομιλίας

label-airtime-equity = Κατανομή του χρόνου ομιλίας
equity-gini = Δείκτης Gini του χρόνου ομιλίας: { $gini } (0 = όλοι μίλησαν το ίδιο), σε { $n } άτομα ({ $note })
present-lower-bound = { $label } παρόντες: μετρήθηκαν { $n } (το κατώτατο)
present-counted-as = { $label } παρόντες: μετρήθηκαν { $n }
present = { $label } παρόντες
present-fewer = { $label } παρόντες στα πρακτικά, λιγότεροι από τους { $speakers } που μίλησαν: μόνο όσοι μίλησαν
present-not-recorded = δεν καταγράφηκαν οι παρόντες: μόνο όσοι μίλησαν
equity-nobody-spoke = Δεν μίλησε κανείς
equity-speeches = { $speakers ->
    [one] { $speakers } άτομο μίλησε
   *[other] { $speakers } άτομα μίλησαν
  }, { $speeches ->
    [one] { $speeches } τοποθέτηση
   *[other] { $speeches } τοποθετήσεις
  }, { $time } συνολικά· { $first } για πρώτη φορά
equity-no-list = χωρίς επιλεγμένη λίστα
equity-list = λίστα { $list }
equity-list-share = { $list }: { $time } του χρόνου, { $people } των ατόμων ({ $n })
equity-person = { $name }: { $share } ({ $speeches } { $speeches ->
    [one] τοποθέτηση
   *[other] τοποθετήσεις
  }, { $time })

## Διορθώσεις

heading-corrections = Διορθώσεις μετά τη συνέλευση
correction-made = { $at } ({ $by }): { $line }
correction = { $what }: { $before } → { $after }
correction-none = (τίποτα)

correction-of-item = θέμα { $item }: { $what }
correction-item-started = έναρξη
correction-item-ended = λήξη
correction-item-notes = σημειώσεις
correction-report-back-presenter = ποιος/α παρουσιάζει την ενημέρωση
correction-report-back-summary = σύνοψη της ενημέρωσης
correction-report-back-asks = αιτήματα της ενημέρωσης
correction-report-back-announcements = ανακοινώσεις της ενημέρωσης
correction-announcement-by = ανακοίνωση από
correction-announcement = ανακοίνωση
correction-decision-rule = κανόνας απόφασης
correction-decision = απόφαση
correction-stand-asides = ονομαστικές αποχές
correction-blocks = ονομαστικά βέτο
correction-amendment = φιλική τροποποίηση από { $name }
correction-opened = ώρα έναρξης
correction-closed = ώρα λήξης
correction-attendance = παρόντες
correction-planned-start = προγραμματισμένη έναρξη
correction-role-added = { $role }: προσθήκη
correction-role-removed = { $role }: αφαίρεση
correction-role-times = { $role }: ώρες
correction-on-behalf = για { $whom }: { $text }
correction-role-from = { $name } (από τις { $from })
correction-role-until = { $name } (έως τις { $until })
correction-role-between = { $name } ({ $from }–{ $until })
correction-rule-quorum = { $rule }, απαρτία { $quorum }
correction-rule-limit = { $rule }, όριο αποχών { $limit }
correction-rule-quorum-limit = { $rule }, απαρτία { $quorum }, όριο αποχών { $limit }
correction-outcome = { $outcome } ({ $counted })

## CSV

csv-meeting = συνέλευση
csv-item = θέμα
csv-proposal = πρόταση
csv-title = τίτλος
csv-proposer = προτείνων
csv-working-group = ομάδα_εργασίας
csv-outcome = αποτέλεσμα
csv-outcome-by = αποτέλεσμα_από
csv-outcome-reason = αποτέλεσμα_λόγος
csv-rule = κανόνας
csv-default-rule = συνήθης_κανόνας
csv-support = υπέρ
csv-against = κατά
csv-stand-asides = αποχές
csv-blocks = βέτο
csv-counted = καταμέτρηση
csv-quorum = απαρτία
csv-stand-aside-limit = όριο_αποχών
csv-named-stand-asides = αποχές_ονομαστικά
csv-named-blocks = βέτο_ονομαστικά
csv-decided-version = εκδοχή_απόφασης
csv-text-as-decided = κείμενο_απόφασης
csv-entered-by = καταγραφή_από
csv-disputed = αμφισβητείται
csv-dispute-note = σημείωση_αμφισβήτησης
csv-wg-voices = φωνές_ομάδων
csv-order = σειρά
csv-name = όνομα
csv-kind = είδος
csv-started-at = έναρξη
csv-ended-at = λήξη
csv-seconds = δευτερόλεπτα
csv-overrun-seconds = δευτερόλεπτα_υπέρβασης
csv-status = κατάσταση
csv-allotted-minutes = λεπτά_προβλεπόμενα
csv-actual-minutes = λεπτά_πραγματικά
csv-presenter = παρουσίαση
csv-summary = σύνοψη
csv-asks = αιτήματα
csv-announcements = ανακοινώσεις
csv-notes = σημειώσεις
csv-corrected-at = διορθώθηκε_στις
csv-by = από
csv-what = τι
csv-before = πριν
csv-after = μετά
csv-yes = ναι
csv-no = όχι

## Ανωνυμοποιημένα αντίγραφα

participant-n = Συμμετέχων/ουσα { $n }

agenda-title-welcome = Καλωσόρισμα, διαδικασία και ρόλοι
agenda-title-report-back = Ενημέρωση ομάδας: { $wg }
agenda-title-announcements = Ανακοινώσεις
agenda-title-soapbox = Ελεύθερο βήμα
agenda-title-closing = Λήξη
