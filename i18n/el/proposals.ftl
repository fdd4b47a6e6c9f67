# Οι οθόνες των προτάσεων (ui/src/views/proposals). Οι φράσεις της απόφασης
# (καταμετρήσεις, αποτέλεσμα, αιτιολογία) είναι του minutes.ftl, κοινές με τα πρακτικά.

## Λέξεις ανά κωδικό (labels.ts)

proposal-group-draft = Προσχέδια
proposal-group-submitted = Κατατεθειμένες
proposal-group-on-agenda = Σε ημερήσια διάταξη
proposal-group-in-process = Σε διαδικασία
proposal-group-decided = Αποφασισμένες
proposal-group-tabled = Σε αναβολή
proposal-group-withdrawn = Αποσυρμένες
proposal-group-sent-back = Επιστραμμένες
proposal-status-draft = προσχέδιο
proposal-status-submitted = κατατεθειμένη
proposal-status-on-agenda = σε ημερήσια διάταξη
proposal-status-in-process = σε διαδικασία
proposal-status-decided = αποφασισμένη
proposal-status-tabled = σε αναβολή
proposal-status-withdrawn = αποσυρμένη
proposal-status-sent-back = επιστραμμένη στην ομάδα
proposal-meeting-status-planned = προγραμματισμένη
proposal-meeting-status-open = ανοιχτή
proposal-meeting-status-closed = κλειστή
proposal-item-status-pending = Σε αναμονή
proposal-item-status-active = Σε εξέλιξη
proposal-item-status-done = Ολοκληρώθηκε
proposal-item-status-tabled = Αναβλήθηκε
proposal-step-not-started = Δεν ξεκίνησε
proposal-step-present = Παρουσίαση
proposal-step-clarifying-questions = Διευκρινιστικές ερωτήσεις
proposal-step-concerns = Ενστάσεις και φιλικές τροποποιήσεις
proposal-step-temperature-check = Μέτρηση κλίματος
proposal-step-call-for-consensus = Κάλεσμα σε συναίνεση
proposal-step-vote = Ψηφοφορία
proposal-step-outcome = Αποτέλεσμα
proposal-step-short-concerns = Ενστάσεις και τροποποιήσεις
proposal-step-hint-not-started = Η διαδικασία δεν έχει ξεκινήσει.
proposal-step-hint-present = Όσοι προτείνουν διαβάζουν το κείμενο.
proposal-step-hint-clarifying-questions = Ερωτήσεις, που απαντούν όσοι προτείνουν.
proposal-step-hint-concerns = Ενστάσεις· φιλικές τροποποιήσεις που όσοι προτείνουν δέχονται ή όχι.
proposal-step-hint-temperature-check = Προαιρετική, μη δεσμευτική: χέρια πάνω, στο πλάι, κάτω.
proposal-step-hint-call-for-consensus = Υποστήριξη, αποχές και βέτο.
proposal-step-hint-vote = Υπέρ και κατά, όταν τα βέτο παραμένουν.
proposal-step-hint-outcome = Καταγράφεται με τον κανόνα και τις καταμετρήσεις.
proposal-outcome-consensus = Συναίνεση
proposal-outcome-passed = Εγκρίθηκε
proposal-outcome-blocked = Μπλοκαρίστηκε
proposal-outcome-failed = Απορρίφθηκε
proposal-outcome-tabled = Αναβλήθηκε
proposal-outcome-withdrawn = Αποσύρθηκε
proposal-outcome-sent-back = Επεστράφη
proposal-amendment-status-pending = αναμένει όσους προτείνουν
proposal-amendment-status-accepted = έγινε δεκτή
proposal-amendment-status-rejected = απορρίφθηκε
proposal-move-table = Αναβολή
proposal-move-withdraw = Απόσυρση
proposal-move-send-back = Επιστροφή στην ομάδα εργασίας
proposal-move-hint-table = Μετάθεση για αργότερα: μπορεί να συζητηθεί ξανά σε επόμενη συνέλευση.
proposal-move-hint-withdraw = Όσοι την πρότειναν την αποσύρουν.
proposal-move-hint-send-back = Η ομάδα εργασίας της την ξαναδουλεύει.
proposal-move-done-table = αναβλήθηκε
proposal-move-done-withdraw = αποσύρθηκε
proposal-move-done-send-back = επεστράφη
proposal-actor-facilitator = ο συντονισμός
proposal-actor-stack-keeper = η σειρά ομιλητών
proposal-actor-timekeeper = η χρονομέτρηση
proposal-actor-minute-taker = η τήρηση πρακτικών
proposal-actor-participant = κάποιος/α στην αίθουσα
proposal-actor-cli = η γραμμή εντολών
proposal-actor-demo = η επίδειξη
proposal-actor-import = μια εισαγωγή
proposal-rule-consensus = Συναίνεση (ένα βέτο σταματά την πρόταση)
proposal-rule-modified-90 = Τροποποιημένη συναίνεση, 90% (Νέα Υόρκη, Βοστώνη)
proposal-rule-modified-80 = Τροποποιημένη συναίνεση, 80% (Σιάτλ)
proposal-rule-modified-70 = Τροποποιημένη συναίνεση, 70% (Μπέρκλεϊ)
proposal-rule-supermajority-2-3 = Πλειοψηφία δύο τρίτων
proposal-rule-supermajority-3-4 = Πλειοψηφία τριών τετάρτων
proposal-rule-majority = Απλή πλειοψηφία (πάνω από τους μισούς)
proposal-participants = { $n ->
    [one] { $n } συμμετέχων/ουσα
   *[other] { $n } συμμετέχοντες/ουσες
  }

## Η σελίδα μιας πρότασης

proposal-breadcrumb = Διαδρομή πλοήγησης
proposal-back-to-board = ← Προτάσεις
proposal-not-available = Η πρόταση δεν είναι διαθέσιμη
proposal-loading = Φόρτωση της πρότασης…
proposal-meta-wg = ομάδα εργασίας { $name }
proposal-meta-proposer = πρόταση του/της { $name }
proposal-meta-since = από { $date }
proposal-derived-from = υιοθετήθηκε από { $source }
proposal-derived-from-original = { $reference } της συνέλευσης { $assembly }
proposal-derived-from-unknown = πρόταση άλλης συνέλευσης
proposal-meta-rule = κανόνας της συνέλευσης { $rule }
proposal-another-assembly = άλλη συνέλευση
proposal-imported-read-only = Πρόταση άλλης συνέλευσης, μόνο για ανάγνωση.
proposal-imported-adopted-as = Υιοθετήθηκε εδώ ως { $copy }, που περνά από τη δική μας διαδικασία.
proposal-imported-our-copy = η πρότασή μας
proposal-imported-title = Πρόταση άλλης συνέλευσης, μόνο για ανάγνωση
proposal-imported-adopt-hint = {" "}— υιοθετήστε την για να περάσει από τη δική σας διαδικασία.
proposal-imported-adopt-link = Υιοθέτηση στην Ομοσπονδία →
proposal-submit = Κατάθεση στη συνέλευση
proposal-text-heading = Το κείμενο
proposal-version-of = εκδοχή { $n } από { $of }
proposal-compare-heading = Σύγκριση εκδοχών
proposal-amendments-heading = Φιλικές τροποποιήσεις
proposal-offer-between = Πρόταση τροποποίησης ανάμεσα σε συνελεύσεις
proposal-hearings-heading = Συζητήσεις σε συνέλευση
proposal-no-hearings = Δεν είναι ακόμη στην ημερήσια διάταξη καμίας συνέλευσης.
proposal-hearing-when = { $date }, { $status }
proposal-hearing-step = βήμα: { $step }
proposal-outcome-by = από { $name }
proposal-outcome-by-why-separator = {": "}
proposal-run-process-at = Διεξαγωγή της διαδικασίας στο { $item } →
proposal-process-at = Η διαδικασία στο { $item } →
proposal-questions-heading = Διευκρινιστικές ερωτήσεις
proposal-concerns-heading = Ενστάσεις
proposal-temperature-heading = Μετρήσεις κλίματος
proposal-side-label = Εκδοχές και ιστορικό
proposal-versions-heading = Εκδοχές
proposal-version-n = Εκδοχή { $n }
proposal-version-as-submitted = όπως κατατέθηκε
proposal-version-from-amendment-at = από την τροποποίηση του/της { $name } στο { $item }
proposal-version-from-amendment-between = από την τροποποίηση του/της { $name } ανάμεσα σε συνελεύσεις
proposal-version-from-an-amendment = από μια τροποποίηση
proposal-version-text = Κείμενο της εκδοχής { $n }
proposal-history-heading = Ιστορικό καταστάσεων
proposal-name-placeholder = όνομα

## Σύγκριση εκδοχών

proposal-compare-from = Από την εκδοχή
proposal-compare-to = Στην εκδοχή
proposal-compare-legend = Εκδοχή { $from } → εκδοχή { $to }: λέξεις { $added } και { $removed }.
proposal-compare-added = που προστέθηκαν
proposal-compare-removed = που αφαιρέθηκαν

## Ο πίνακας της διαδικασίας

proposal-process-not-a-hearing = Αυτό το θέμα της ημερήσιας διάταξης δεν αφορά αυτή την πρόταση.
proposal-process-announce-step = Τώρα στο: { $step }.
proposal-process-announce-outcome = Καταγράφηκε αποτέλεσμα: { $outcome }.
proposal-process-announce-corrected = Η απόφαση διορθώθηκε: { $outcome }. Η διόρθωση μένει στα πρακτικά.
proposal-process-back-to-agenda = ← Ημερήσια διάταξη της { $meeting }
proposal-process-back-to-meeting = ← Η συνέλευση
proposal-process-proposal-link = Σελίδα της πρότασης, εκδοχές και ιστορικό →
proposal-process-not-available = Η διαδικασία δεν είναι διαθέσιμη
proposal-process-rule = κανόνας { $rule }
proposal-process-item = θέμα
proposal-process-correcting = Η { $meeting } έκλεισε: τα βήματά της δεν αλλάζουν πια, αλλά ό,τι καταγράφηκε μπορεί να διορθωθεί μέχρι να εγκριθούν τα πρακτικά της — κάθε διόρθωση κρατιέται και αναφέρεται στα πρακτικά.
proposal-process-read-only = Αυτή η καταγραφή διαβάζεται αλλά δεν αλλάζει πια: { $reason }.
proposal-process-closed-meeting = Η { $meeting } έκλεισε: αυτή η συζήτηση διαβάζεται, δεν αλλάζει πια.
proposal-process-closed-proposal = Η πρόταση είναι { $status }: δεν βρίσκεται πια ενώπιον της συνέλευσης.
proposal-process-decision-waits = Φιλικές τροποποιήσεις περιμένουν ακόμη την απάντηση όσων προτείνουν (παρακάτω: το { $accept } δέχεται, το { $reject } απορρίπτει)· η απόφαση έρχεται μετά.
proposal-process-decision-on-host = Ο συντονισμός καταγράφει το αποτέλεσμα στον κεντρικό υπολογιστή· εμφανίζεται εδώ μόλις καταγραφεί.
proposal-process-outcome-heading = Αποτέλεσμα
proposal-process-correct-cancel = Ακύρωση της διόρθωσης
proposal-process-correct-open = Διόρθωση αυτής της απόφασης…
proposal-process-outcome-recorded-at = καταγράφηκε στο { $item }.
proposal-process-outcome-by = Από { $name }
proposal-process-offer-amendment = Πρόταση φιλικής τροποποίησης
proposal-process-temperature-note = προαιρετική, μη δεσμευτική
proposal-process-side-label = Το κείμενο και άλλες εκβάσεις
proposal-process-version-of-submitted = εκδοχή { $n } από { $of } (όπως κατατέθηκε)
proposal-process-every-version = Όλες οι εκδοχές, συγκριμένες λέξη προς λέξη
proposal-process-other-outcomes = Άλλες εκβάσεις

## Τα βήματα

proposal-step-track-label = Βήματα της διαδικασίας συναίνεσης
proposal-step-current = (τρέχον βήμα)
proposal-step-passed = (ολοκληρώθηκε)
proposal-step-optional = προαιρετικό
proposal-step-moves-label = Προώθηση της διαδικασίας
proposal-step-move-next = Επόμενο: { $step }
proposal-step-move-back = Πίσω στο { $step }
proposal-step-move-go-to = Μετάβαση σε { $step }
proposal-step-move-no-questions-next = Καμία ερώτηση — επόμενο: { $step }
proposal-step-move-no-questions-go-to = Καμία ερώτηση — μετάβαση σε: { $step }
proposal-step-move-no-concerns-next = Καμία ένσταση — επόμενο: { $step }
proposal-step-move-no-concerns-go-to = Καμία ένσταση — μετάβαση σε: { $step }

## Διευκρινιστικές ερωτήσεις

proposal-questions-none = Δεν υπάρχουν ακόμη διευκρινιστικές ερωτήσεις.
proposal-questions-answer = Απάντηση:
proposal-questions-answer-by = Απάντηση ({ $name }):
proposal-questions-answer-form = Απάντηση στο «{ $question }»
proposal-questions-answer-label = Απάντηση
proposal-questions-answer-label-by = Απάντηση από { $name }
proposal-questions-answer-placeholder = Η απάντηση όσων προτείνουν
proposal-questions-answer-placeholder-by = Η απάντηση όσων προτείνουν ({ $name })
proposal-questions-answer-save = Αποθήκευση της απάντησης
proposal-questions-not-answered = Χωρίς απάντηση.
proposal-questions-form = Καταγραφή διευκρινιστικής ερώτησης
proposal-questions-question = Ερώτηση
proposal-questions-asked-by = Από
proposal-questions-add = Καταγραφή της ερώτησης

## Ενστάσεις

proposal-concerns-none = Δεν διατυπώθηκαν ενστάσεις.
proposal-concerns-addressed = απαντήθηκε
proposal-concerns-open = ανοιχτή
proposal-concerns-response = Απάντηση:
proposal-concerns-address-form = Απάντηση στην ένσταση «{ $concern }»
proposal-concerns-how-addressed = Πώς απαντήθηκε
proposal-concerns-how-addressed-placeholder = Πώς απαντήθηκε (προαιρετικό)
proposal-concerns-mark-addressed = Σήμανση ως απαντημένη
proposal-concerns-form = Καταγραφή ένστασης
proposal-concerns-concern = Ένσταση
proposal-concerns-raised-by = Από
proposal-concerns-add = Καταγραφή της ένστασης

## Μετρήσεις κλίματος

proposal-temperature-none = Δεν έγινε μέτρηση κλίματος.
proposal-temperature-up = { $count } πάνω
proposal-temperature-sideways = { $count } στο πλάι
proposal-temperature-down = { $count } κάτω
proposal-temperature-form = Καταγραφή μέτρησης κλίματος
proposal-temperature-up-label = Πάνω
proposal-temperature-sideways-label = Στο πλάι
proposal-temperature-down-label = Κάτω
proposal-temperature-note = Σημείωση
proposal-temperature-record = Καταγραφή της μέτρησης

## Φιλικές τροποποιήσεις

proposal-amendment-announce-accepted = Η τροποποίηση του/της { $name } έγινε δεκτή.
proposal-amendment-announce-accepted-version = Η τροποποίηση του/της { $name } έγινε δεκτή: το κείμενο είναι τώρα η εκδοχή { $version }.
proposal-amendment-announce-rejected = Η τροποποίηση του/της { $name } απορρίφθηκε.
proposal-amendment-announce-corrected = Διορθώθηκε: η τροποποίηση του/της { $name } τώρα { $status }.
proposal-amendment-keys = Απαντούν όσοι προτείνουν: σε τροποποίηση που εκκρεμεί, το { $accept } δέχεται, το { $reject } απορρίπτει.
proposal-amendment-none = Δεν υπάρχουν φιλικές τροποποιήσεις.
proposal-amendment-offered-by = Πρόταση του/της { $name }
proposal-amendment-on-version = στην εκδοχή { $n }
proposal-amendment-at = στο { $item }
proposal-amendment-between = ανάμεσα σε συνελεύσεις
proposal-amendment-made-version = έδωσε την εκδοχή { $n }
proposal-amendment-answer-group = Η απάντηση όσων προτείνουν στην τροποποίηση του/της { $name }
proposal-amendment-accept = Αποδοχή
proposal-amendment-accept-label = Αποδοχή της τροποποίησης του/της { $name }
proposal-amendment-reject = Απόρριψη
proposal-amendment-reject-label = Απόρριψη της τροποποίησης του/της { $name }
proposal-amendment-correct-rejected = Διόρθωση: είχε απορριφθεί
proposal-amendment-correct-accepted = Διόρθωση: είχε γίνει δεκτή
proposal-amendment-correct-rejected-label = Διόρθωση: είχε απορριφθεί (η τροποποίηση του/της { $name })
proposal-amendment-correct-accepted-label = Διόρθωση: είχε γίνει δεκτή (η τροποποίηση του/της { $name })
proposal-amendment-form-text = Όλο το κείμενο με την τροποποίηση
proposal-amendment-form-hint = Επεξεργαστείτε το τρέχον κείμενο· το Ctrl+Enter προτείνει την τροποποίηση.
proposal-amendment-form-by = Πρόταση από
proposal-amendment-form-offer = Πρόταση τροποποίησης
proposal-amendment-form-reset = Από την αρχή με το τρέχον κείμενο

## Το κάλεσμα σε συναίνεση και η ψηφοφορία

proposal-decision-form-label = Κάλεσμα σε συναίνεση
proposal-decision-form-correct-label = Διόρθωση της απόφασης
proposal-decision-form-rule = Κανόνας { $rule }: { $words }.
proposal-decision-form-hint = Τίποτα δεν καταγράφεται πριν επιβεβαιώσετε.
proposal-decision-form-correcting-hint = Η φόρμα έχει ό,τι καταγράφηκε: αλλάξτε ό,τι κατέγραψαν λάθος τα πρακτικά. Η διόρθωση κρατιέται και αναφέρεται στα πρακτικά.
proposal-decision-form-call = Το κάλεσμα σε συναίνεση
proposal-decision-form-agreed = Σύμφωνοι
proposal-decision-form-agreed-note = (αριθμός, αν μετρήθηκε)
proposal-decision-form-stand-aside-total = Σύνολο αποχών
proposal-decision-form-those-named = = όσοι κατονομάστηκαν
proposal-decision-form-stand-aside-total-hint = Μετρά και όσους κατονομάστηκαν· κενό σημαίνει μόνο όσους κατονομάστηκαν.
proposal-decision-form-block-total = Σύνολο βέτο
proposal-decision-form-block-total-hint = Μετρά και όσους κατονομάστηκαν: για βέτο που η αίθουσα μόνο μέτρησε, χωρίς ονόματα. Κενό σημαίνει μόνο όσους κατονομάστηκαν.
proposal-decision-form-named-stand-asides = Αποχές με όνομα
proposal-decision-form-reason-optional = (λόγος προαιρετικός)
proposal-decision-form-name = Όνομα
proposal-decision-form-who-stands-aside = ποιος/α απέχει
proposal-decision-form-reason = Λόγος
proposal-decision-form-optional = (προαιρετικό)
proposal-decision-form-remove-stand-aside = Αφαίρεση αποχής { $n }
proposal-decision-form-remove-stand-aside-named = Αφαίρεση αποχής { $n } ({ $name })
proposal-decision-form-add-stand-aside = + Όνομα αποχής
proposal-decision-form-named-blocks = Βέτο με όνομα
proposal-decision-form-reason-required = (λόγος υποχρεωτικός)
proposal-decision-form-block-hint = Σοβαρή ηθική, δεοντολογική ή αντίρρηση ασφάλειας: ποιος/α ασκεί βέτο και γιατί (στα πρακτικά). Τα βέτο που μόνο μετρήθηκαν μπαίνουν στο σύνολο παραπάνω.
proposal-decision-form-who-blocks = ποιος/α ασκεί βέτο
proposal-decision-form-required = (υποχρεωτικό)
proposal-decision-form-remove-block = Αφαίρεση βέτο { $n }
proposal-decision-form-remove-block-named = Αφαίρεση βέτο { $n } ({ $name })
proposal-decision-form-add-block = + Όνομα βέτο
proposal-decision-form-vote = Η ψηφοφορία
proposal-decision-form-vote-note = (αν έγινε)
proposal-decision-form-vote-hint = Ό,τι μέτρησε η αίθουσα, με όσους άσκησαν βέτο όπως ψήφισαν. Αφήστε και τα δύο κενά αν δεν έγινε ψηφοφορία.
proposal-decision-form-for = Υπέρ
proposal-decision-form-against = Κατά
proposal-decision-form-options = Απαρτία, όριο αποχών, άλλος κανόνας
proposal-decision-form-quorum = Απαρτία
proposal-decision-form-quorum-note = (συμμετέχοντες)
proposal-decision-form-limit = Όριο αποχών
proposal-decision-form-limit-example = π.χ. 1/3
proposal-decision-form-other-rule = Άλλος κανόνας
proposal-decision-form-other-rule-note = (αν το πει η συνέλευση)
proposal-decision-form-preview = Προεπισκόπηση αποτελέσματος
proposal-decision-form-text = Το κείμενο προς απόφαση
proposal-decision-form-text-version = (εκδοχή { $n })
proposal-decision-form-how = Συμπληρώστε τις καταμετρήσεις και μετά { $button }: ο πυρήνας εφαρμόζει τον κανόνα και εσείς επιβεβαιώνετε ό,τι δείχνει.
proposal-decision-preview-heading = Αποτέλεσμα, αν επιβεβαιωθεί:
proposal-decision-preview-rule = κανόνας { $rule }
proposal-decision-preview-rule-other = κανόνας { $rule } (όχι ο κανόνας της συνέλευσης, { $assembly })
proposal-decision-counts = { $counted } — { $participants }
proposal-decision-preview-becomes = η πρόταση γίνεται { $status }
proposal-decision-preview-stand-aside = Αποχή:
proposal-decision-preview-block = Βέτο:
proposal-decision-confirm = Επιβεβαίωση και καταγραφή: { $outcome }
proposal-decision-confirm-correction = Επιβεβαίωση της διόρθωσης: { $outcome }
proposal-decision-back = Πίσω στη φόρμα

## Μια καταγεγραμμένη απόφαση

proposal-decision-record-label = Απόφαση στο { $item }
proposal-decision-record-at = στο { $item }
proposal-decision-record-rule = Κανόνας
proposal-decision-record-default-rule = (ο κανόνας της συνέλευσης ήταν { $rule })
proposal-decision-record-counts = Καταμετρήσεις
proposal-decision-record-quorum = {"· "}απαρτία { $n }
proposal-decision-record-limit = {"· "}όριο αποχών { $limit }
proposal-decision-record-wg-voices = Φωνές των ομάδων εργασίας
proposal-decision-record-stood-aside = Απείχαν
proposal-decision-record-blocked = Άσκησαν βέτο
proposal-decision-record-text = Κείμενο που αποφασίστηκε
proposal-decision-record-version = εκδοχή { $n }
proposal-decision-record-entered-by = Καταγραφή από
proposal-decision-record-entered = { $by }, { $at }
proposal-decision-record-disputed = Αμφισβητείται:
proposal-decision-dispute-form = Σήμανση της απόφασης ως αμφισβητούμενης
proposal-decision-dispute-note = Τι πήγε στραβά (υποχρεωτικό)
proposal-decision-dispute-save = Σήμανση ως αμφισβητούμενη
proposal-decision-dispute-cancel = Ακύρωση
proposal-decision-dispute-clear = Αφαίρεση της σήμανσης αμφισβήτησης
proposal-decision-dispute-open = Σήμανση ως αμφισβητούμενη…

## Το κάλεσμα ενός συμβουλίου εκπροσώπων

proposal-council-form-label = Κάλεσμα σε συναίνεση ανά ομάδα εργασίας
proposal-council-form-rule = Κανόνας { $rule }, εφαρμοσμένος στις φωνές των ομάδων εργασίας: μία φωνή ανά ομάδα, από τον/την εκπρόσωπό της.
proposal-council-no-spokes = Καμία ομάδα εργασίας δεν έχει στείλει ακόμη εκπρόσωπο σε αυτό το συμβούλιο.
proposal-council-voices = Η φωνή κάθε ομάδας εργασίας
proposal-council-voice-none = χωρίς φωνή
proposal-council-voice-stand-aside = αποχή
proposal-council-reason-label = Λόγος της ομάδας { $wg } (προαιρετικό)
proposal-council-reason-label-block = Λόγος της ομάδας { $wg } (υποχρεωτικό για βέτο)
proposal-council-reason-optional = λόγος (προαιρετικό)
proposal-council-reason-required = λόγος (υποχρεωτικό)
proposal-council-other-rule-note = (αν το πει το συμβούλιο)
proposal-council-preview-rule = Κανόνας { $rule }· η πρόταση γίνεται { $status }.

## Αναβολή, απόσυρση, επιστροφή

proposal-move-ask = { $move }…
proposal-move-dialog-table = Αναβολή της πρότασης
proposal-move-dialog-withdraw = Απόσυρση της πρότασης
proposal-move-dialog-send-back = Επιστροφή της πρότασης στην ομάδα εργασίας
proposal-move-why = Γιατί
proposal-move-why-required = (υποχρεωτικό: γράφεται στα πρακτικά)
proposal-move-by = Από ποιον
proposal-move-by-facilitator = ο συντονισμός
proposal-move-by-proposers = όσοι προτείνουν
proposal-move-by-ga = η συνέλευση
proposal-move-keep = Να μείνει

## Ο πίνακας

proposal-board-back-to-dashboard = ← Αρχική
proposal-board-heading = Προτάσεις
proposal-board-count-all = { $n } συνολικά
proposal-board-count-match = { $n } ταιριάζουν
proposal-board-filters = Φιλτράρισμα των προτάσεων
proposal-board-filter-status = Κατάσταση
proposal-board-any-status = Οποιαδήποτε κατάσταση
proposal-board-filter-year = Έτος
proposal-board-any-year = Οποιοδήποτε έτος
proposal-board-none-yet = Δεν υπάρχουν ακόμη προτάσεις.
proposal-board-none-match = Καμία πρόταση δεν ταιριάζει.
proposal-board-col-reference = Κωδικός
proposal-board-col-title = Τίτλος
proposal-board-col-by = Ομάδα εργασίας / πρόταση από
proposal-board-col-outcome = Τελευταίο αποτέλεσμα
proposal-board-no-outcome = κανένα ακόμη
proposal-board-pager-noun-draft = προσχέδια
proposal-board-pager-noun-submitted = κατατεθειμένες προτάσεις
proposal-board-pager-noun-on-agenda = προτάσεις σε ημερήσια διάταξη
proposal-board-pager-noun-in-process = προτάσεις σε διαδικασία
proposal-board-pager-noun-decided = αποφασισμένες προτάσεις
proposal-board-pager-noun-tabled = προτάσεις σε αναβολή
proposal-board-pager-noun-withdrawn = αποσυρμένες προτάσεις
proposal-board-pager-noun-sent-back = επιστραμμένες προτάσεις
proposal-new-proposal-open = Νέα πρόταση
proposal-new-proposal-hide = Απόκρυψη της φόρμας νέας πρότασης
proposal-new-proposal-title = Τίτλος
proposal-new-proposal-text = Κείμενο
proposal-new-proposal-text-hint = Τι καλείται να αποφασίσει η συνέλευση. Το Ctrl+Enter την καταθέτει.
proposal-new-proposal-wg = Ομάδα εργασίας
proposal-new-proposal-wg-none = — καμία —
proposal-new-proposal-by = Πρόταση από
proposal-new-proposal-date = Κατατέθηκε στις
proposal-new-proposal-date-note = (προαιρετικό: μια περασμένη μέρα)
proposal-new-proposal-date-hint = Κενό σημαίνει σήμερα. Μια πρόταση από την ιστορία της συνέλευσης παίρνει το έτος του κωδικού της από τη δική της μέρα.
proposal-new-proposal-draft = Να μείνει προσχέδιο (δεν κατατίθεται ακόμη στη συνέλευση)
proposal-new-proposal-save-draft = Αποθήκευση προσχεδίου
proposal-new-proposal-submit = Κατάθεση της πρότασης
proposal-new-proposal-draft-saved = Το προσχέδιο αποθηκεύτηκε:
proposal-new-proposal-submitted = Η πρόταση κατατέθηκε:
