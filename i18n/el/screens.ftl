# Το πλαίσιο της εφαρμογής, ο πίνακας, οι ομάδες εργασίας, η αρχική ρύθμιση, η συσκευή
# της ομάδας και τα κοινά στοιχεία.

## Το πλαίσιο

app-load-failed = Δεν ήταν δυνατό να φορτωθεί αυτή η οθόνη: { $error }
app-nav-label = Κύρια πλοήγηση
app-nav-proposals = Προτάσεις
app-nav-federation = Ομοσπονδία
app-nav-people = Άνθρωποι
app-not-found-heading = Δεν υπάρχει τίποτα εδώ
app-not-found = Δεν υπάρχει σελίδα στη διεύθυνση { $path }.
app-not-found-back = Πίσω στον πίνακα
app-breadcrumb = Διαδρομή
app-crumb-dashboard = ← Πίνακας
app-crumb-all-wgs = Όλες οι ομάδες εργασίας

## Λέξεις για τους κωδικούς του πυρήνα

label-wg-category-operational = Λειτουργική
label-wg-category-sectorial = Θεματική
label-wg-category-strategy = Στρατηγική
label-wg-category-caucus = Αυτόνομη ομάδα
label-wg-category-hint-operational = να λειτουργούν όλα
label-wg-category-hint-sectorial = τομείς της κοινωνικής ζωής
label-wg-category-hint-strategy = όραμα και σχεδιασμός
label-wg-category-hint-caucus = ομάδες ταυτότητας
label-wg-status-forming = Υπό σύσταση
label-wg-status-active = Ενεργή
label-wg-status-dormant = Αδρανής
label-wg-status-dissolved = Διαλυμένη
label-meeting-status-planned = Προγραμματισμένη
label-meeting-status-open = Ανοιχτή
label-meeting-status-closed = Κλειστή
label-policy-progressive = Προοδευτική σειρά ομιλητών
label-policy-fifo = Με σειρά εγγραφής
label-format-general-assembly = Γενική συνέλευση
label-format-spokes-council = Συμβούλιο εκπροσώπων
label-rule-consensus = Συναίνεση (ένα βέτο σταματά την πρόταση)
label-rule-modified-90 = Τροποποιημένη συναίνεση, 90% (Νέα Υόρκη, Βοστώνη)
label-rule-modified-80 = Τροποποιημένη συναίνεση, 80% (Σιάτλ)
label-rule-modified-70 = Τροποποιημένη συναίνεση, 70% (Μπέρκλεϊ)
label-rule-two-thirds = Πλειοψηφία δύο τρίτων
label-rule-three-quarters = Πλειοψηφία τριών τετάρτων
label-rule-majority = Απλή πλειοψηφία (πάνω από το μισό)

## Ο πίνακας

dashboard-loading = Φόρτωση…
dashboard-assembly-code = Κωδικός συνέλευσης
dashboard-federation-link = Ανταλλαγή πακέτων με άλλες συνελεύσεις →
dashboard-wgs-heading = Ενεργές ομάδες εργασίας
dashboard-wg-count = { $active } από { $total }
dashboard-all-wgs = Όλες οι ομάδες εργασίας →
dashboard-wgs-recent = Οι { $shown } ομάδες με την πιο πρόσφατη δραστηριότητα, πρώτα η πιο πρόσφατη.
dashboard-meetings-heading = Γενικές συνελεύσεις
dashboard-all-meetings = Όλες οι συνελεύσεις →
dashboard-loading-assembly = Φόρτωση της συνέλευσης…
dashboard-upcoming = Επόμενες
dashboard-upcoming-empty = Καμία προγραμματισμένη συνέλευση. Προγραμματίστε μία παραπάνω.
dashboard-recent = Πρόσφατες
dashboard-recent-empty = Δεν υπάρχουν ακόμη προηγούμενες συνελεύσεις.
dashboard-attendance = { $attendance } παρόντες
dashboard-attendance-none = η παρουσία δεν καταγράφηκε
dashboard-category-hint = — { $hint } ({ $n })
dashboard-category-empty = { $category ->
    [operational] Δεν υπάρχουν ακόμη λειτουργικές ομάδες εργασίας.
    [sectorial] Δεν υπάρχουν ακόμη θεματικές ομάδες εργασίας.
    [strategy] Δεν υπάρχουν ακόμη ομάδες στρατηγικής.
   *[caucus] Δεν υπάρχουν ακόμη αυτόνομες ομάδες.
  }

## Νέα συνέλευση

new-meeting-open = Νέα συνέλευση
new-meeting-hide = Απόκρυψη της φόρμας νέας συνέλευσης
new-meeting-form = Νέα συνέλευση
new-meeting-date = Ημερομηνία
new-meeting-starts = Αρχίζει στις
new-meeting-stack = Σειρά ομιλητών
new-meeting-format = Μορφή
new-meeting-place = Τόπος
new-meeting-place-example = π.χ. πλατεία Συντάγματος
new-meeting-submit = Προγραμματισμός συνέλευσης
new-meeting-done = Προγραμματίστηκε η { $reference }.

## Νέα ομάδα εργασίας

new-wg-open = Νέα ομάδα εργασίας
new-wg-hide = Απόκρυψη της φόρμας νέας ομάδας εργασίας
new-wg-form = Νέα ομάδα εργασίας
new-wg-name = Όνομα
new-wg-category = Κατηγορία
new-wg-status = Κατάσταση
new-wg-description = Περιγραφή
new-wg-ctrl-enter = Το Ctrl+Enter προσθέτει την ομάδα εργασίας.
new-wg-contact = Επικοινωνία
new-wg-contact-example = e-mail, τηλέφωνο, πού θα μας βρείτε
new-wg-schedule = Συναντήσεις
new-wg-schedule-example = π.χ. Τρίτες 18:00, σκηνή πληροφοριών
new-wg-submit = Προσθήκη ομάδας εργασίας
new-wg-done = Η ομάδα εργασίας «{ $name }» προστέθηκε.

## Μια ομάδα εργασίας

wg-contact = Επικοινωνία
wg-meets = Συναντιέται
wg-status-since = { $status ->
    [forming] Υπό σύσταση από
    [active] Ενεργή από
    [dormant] Αδρανής από
   *[dissolved] Διαλυμένη από
  }
wg-change-status = Αλλαγή κατάστασης
wg-change-status-of = Αλλαγή κατάστασης της { $name }
wg-history = Ιστορικό
wg-history-of = Ιστορικό καταστάσεων της { $name }
wg-status-form = Αλλαγή της κατάστασης της { $name }
wg-new-status = Νέα κατάσταση
wg-choose = Επιλέξτε…
wg-note = Σημείωση
wg-optional = (προαιρετικό)
wg-since = Από
wg-since-hint = (κενό: σήμερα)
wg-confirm = Επιβεβαίωση
wg-cancel = Ακύρωση
wg-history-heading = Ιστορικό καταστάσεων
wg-history-empty = Δεν έχουν καταγραφεί αλλαγές.
wg-kind = Είδος
wg-report-backs = Αναφορές
wg-report-backs-none = Δεν έχει καταγραφεί καμία αναφορά αυτής της ομάδας.
wg-report-backs-noun = αναφορές
wg-given-by = — από { $name }
wg-asks = Ζητά:
wg-proposals = Προτάσεις
wg-proposals-none = Αυτή η ομάδα δεν έχει φέρει καμία πρόταση.
wg-history-latest = Οι τελευταίες { $shown } από { $total } αλλαγές.
wg-loading = Φόρτωση της ομάδας εργασίας…

## Όλες οι συνελεύσεις, όλες οι ομάδες εργασίας

all-meetings-heading = Όλες οι συνελεύσεις
all-meetings-count = { $n ->
    [one] { $n } συνέλευση
   *[other] { $n } συνελεύσεις
  }
all-meetings-count-match = { $n ->
    [one] { $n } συνέλευση ταιριάζει
   *[other] { $n } συνελεύσεις ταιριάζουν
  }
all-meetings-filter = Φιλτράρισμα των συνελεύσεων
all-filter-status = Κατάσταση
all-filter-any-status = Οποιαδήποτε κατάσταση
all-filter-year = Έτος
all-filter-any-year = Οποιοδήποτε έτος
all-meetings-empty = Καμία συνέλευση δεν ταιριάζει.
all-meetings-list = Συνελεύσεις
all-meetings-noun = συνελεύσεις
all-wgs-heading = Όλες οι ομάδες εργασίας
all-wgs-count = { $n ->
    [one] { $n } ομάδα εργασίας
   *[other] { $n } ομάδες εργασίας
  }
all-wgs-count-match = { $n ->
    [one] { $n } ομάδα εργασίας ταιριάζει
   *[other] { $n } ομάδες εργασίας ταιριάζουν
  }
all-wgs-filter = Φιλτράρισμα των ομάδων εργασίας
all-wgs-empty = Καμία ομάδα εργασίας δεν ταιριάζει.
all-wgs-list = Ομάδες εργασίας
all-wgs-noun = ομάδες εργασίας

## Σελίδες μιας λίστας

pager-label = Σελίδες: { $noun }
pager-previous = ← Προηγούμενες
pager-next = Επόμενες
pager-next-arrow = →
pager-status = { $from }–{ $to } από { $total } { $noun }

## Η αρχική ρύθμιση

setup-welcome = Καλώς ήρθατε στο Plenary
setup-lead = Αυτός ο υπολογιστής δεν έχει ακόμη συνέλευση. Πείτε στο Plenary ποιας συνέλευσης κρατά το αρχείο· μετά μπορείτε να προσθέσετε ομάδες εργασίας και να προγραμματίσετε γενικές συνελεύσεις.
setup-heading = Η συνέλευσή σας
setup-name = Όνομα της συνέλευσης
setup-name-example = π.χ. Λαϊκή Συνέλευση Συντάγματος
setup-code = Σύντομος κωδικός
setup-code-hint = 2 έως 8 γράμματα ή ψηφία. Με αυτόν αρχίζει κάθε αναφορά: { $examples }.
setup-rule = Συνήθης κανόνας απόφασης
setup-rule-hint = Η συνέλευση μπορεί πάντα να αποφασίσει μια πρόταση με άλλον κανόνα.
setup-submit = Δημιουργία της συνέλευσης
setup-demo-heading = Ή ρίξτε πρώτα μια ματιά
setup-demo-text = Ανοίξτε τη συνέλευση επίδειξης (τη Riverside General Assembly, με ομάδες εργασίας, προηγούμενες συνελεύσεις, προτάσεις και πρακτικά) σε αυτή τη βάση δεδομένων για να δοκιμάσετε το Plenary. Για να κρατάτε αργότερα το δικό σας αρχείο, ξεκινήστε το Plenary με νέα βάση δεδομένων.
setup-demo = Άνοιγμα της συνέλευσης επίδειξης
setup-storage = Το Plenary κρατά το αρχείο αυτού του υπολογιστή στο { $path }.

## Σχετικά με το Plenary

about-open = Σχετικά με το Plenary
about-title = Σχετικά με το Plenary
about-version = Έκδοση { $version }
about-where = Πού κρατά αυτή η εγκατάσταση το αρχείο της
about-database = Το αρχείο (βάση δεδομένων)
about-key = Το κλειδί υπογραφής της συνέλευσης
about-backups = Αντίγραφα ασφαλείας πριν από εισαγωγές
about-usual-place = Αυτή είναι η συνήθης θέση του υπολογιστή για τα δεδομένα του Plenary.
about-chosen-place = Επιλέχθηκε κατά την εκκίνηση του Plenary (PLENARY_DB ή --db).
about-keep-together = Κρατήστε μαζί ένα αντίγραφο της βάσης δεδομένων και του κλειδιού: το κλειδί υπογράφει τα πακέτα της συνέλευσής σας.
about-in-memory = Αυτή η συνεδρία κρατά το αρχείο της μόνο στη μνήμη.
about-close = Κλείσιμο

## Αναζήτηση

palette-open = Αναζήτηση (Ctrl+K)
palette-title = Αναζήτηση σε όλες τις συνελεύσεις
palette-input = Αναζήτηση σε ομάδες εργασίας, αναφορές, προτάσεις, αποφάσεις και πρακτικά
palette-placeholder = Λέξεις για αναζήτηση, π.χ. κουζίνα γκαζάκι
palette-results = Αποτελέσματα
palette-none = Κανένα αποτέλεσμα.
palette-count = { $n ->
    [one] { $n } αποτέλεσμα.
   *[other] { $n } αποτελέσματα.
  }
palette-count-more = Περισσότερα από { $n } αποτελέσματα.
palette-kind-wg = Ομάδα εργασίας
palette-kind-report-back = Αναφορά
palette-kind-proposal = Πρόταση
palette-kind-decision = Απόφαση
palette-kind-minutes = Πρακτικά
palette-ours = { $name } (η δική μας)
palette-more = Περισσότερα αποτελέσματα
palette-keys = ↓ ↑ επιλογή, Enter ανοίγει, Esc κλείνει.

## Όνομα προσώπου με προτάσεις

person-known = Γνωστά πρόσωπα

## Η συσκευή της ομάδας

team-pair-heading = Συμμετοχή στην αίθουσα ως ομάδα συντονισμού
team-pair-help = Πληκτρολογήστε τον εξαψήφιο κωδικό σύζευξης που δείχνει ο φορητός υπολογιστής οικοδεσπότης (στο πλαίσιο αίθουσας της συνέλευσης). Κάθε κωδικός ισχύει μία φορά, για πέντε λεπτά, και δίνει σε αυτή τη συσκευή τον ρόλο της: σειρά ομιλητών ή τήρηση πρακτικών.
team-pair = Σύζευξη αυτής της συσκευής
team-code = Κωδικός σύζευξης
team-unpaired = Αυτή η συσκευή δεν είναι πια συζευγμένη: { $reason }
team-paired = { $role ->
    [stack-keeper] Συζευγμένη για τη σειρά ομιλητών: κάθε αλλαγή γίνεται στον υπολογιστή οικοδεσπότη.
    [minute-taker] Συζευγμένη για την τήρηση πρακτικών: κάθε αλλαγή γίνεται στον υπολογιστή οικοδεσπότη.
   *[other] Συζευγμένη ως { $role }: κάθε αλλαγή γίνεται στον υπολογιστή οικοδεσπότη.
  }
team-paired-of = { $role ->
    [stack-keeper] Συζευγμένη για τη σειρά ομιλητών της { $reference }: κάθε αλλαγή γίνεται στον υπολογιστή οικοδεσπότη.
    [minute-taker] Συζευγμένη για την τήρηση πρακτικών της { $reference }: κάθε αλλαγή γίνεται στον υπολογιστή οικοδεσπότη.
   *[other] Συζευγμένη ως { $role } της { $reference }: κάθε αλλαγή γίνεται στον υπολογιστή οικοδεσπότη.
  }
team-meeting = Η συνέλευση
team-no-item = Κανένα θέμα δεν είναι σε εξέλιξη: οι εγγραφές και οι σημειώσεις του ανοίγουν όταν ο συντονισμός το ξεκινήσει.

## Η οθόνη ξεκλειδώματος

upgrade-heading = Ενημέρωση των αρχείων
upgrade-lead = Το Plenary ενημερώθηκε: τα αρχεία της συνέλευσης σε αυτόν τον υπολογιστή ενημερώνονται για τη νέα έκδοση. Γίνεται μία φορά και μπορεί να πάρει ένα λεπτό για μεγάλο ιστορικό.
upgrade-note = Τίποτα δεν χάνεται αν ο υπολογιστής σταματήσει στο μεταξύ: η ενημέρωση ολοκληρώνεται την επόμενη φορά που θα ανοίξει το Plenary.
unlock-heading = Αυτό το αρχείο είναι κλειδωμένο
unlock-lead = Το αρχείο της συνέλευσης σε αυτόν τον υπολογιστή είναι κρυπτογραφημένο. Πληκτρολογήστε τη φράση πρόσβασής του για να το ανοίξετε.
unlock-passphrase = Η φράση πρόσβασης του αρχείου
unlock-submit = Ξεκλείδωμα
unlock-protects = Τι προστατεύει η φράση πρόσβασης
unlock-wrong = Αυτή η φράση πρόσβασης δεν ανοίγει αυτό το αρχείο. Ελέγξτε την (κεφαλαία, κενά) και δοκιμάστε ξανά.
