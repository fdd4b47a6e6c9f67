# Η ομοσπονδία: άλλες συνελεύσεις, τα πακέτα που ανταλλάσσουμε μαζί τους, οι εγγραφές
# τους δίπλα στις δικές μας.

## Η προβολή της ομοσπονδίας

fed-heading = Ομοσπονδία
fed-lead = Οι ομάδες εργασίας και οι προτάσεις άλλων συνελεύσεων, δίπλα στις δικές μας. Οι συνελεύσεις ανταλλάσσουν υπογεγραμμένα πακέτα (αρχεία .plenary) με κάθε μέσο: e-mail, στικάκι USB, κοινόχρηστο φάκελο.
fed-assemblies = Συνελεύσεις
fed-received = Πακέτα που λάβαμε
fed-received-hint = Κάθε πακέτο που εισάγεται εδώ κρατιέται ακριβώς όπως ήρθε. Δώστε το σε μια συνέλευση που δεν γνωρίζει αυτή που το έφτιαξε: είναι το αρχικό αρχείο, ακόμη υπογεγραμμένο από τη συνέλευση που το έφτιαξε.
fed-received-noun = πακέτα που λάβαμε
fed-empty-heading = Καμία άλλη συνέλευση ακόμη
fed-empty-text = Δεν γνωρίζετε καμία άλλη συνέλευση. Για να δείτε εδώ τις ομάδες εργασίας και τις προτάσεις μιας άλλης συνέλευσης, ζητήστε της ένα πακέτο: στο δικό της Plenary, το Ομοσπονδία → Εξαγωγή πακέτου… γράφει ένα αρχείο .plenary. Μετά επιλέξτε Εισαγωγή πακέτου… παραπάνω και ανοίξτε αυτό το αρχείο. Θα δείτε ποιος το έφτιαξε και το αποτύπωμα του κλειδιού του πριν εισαχθεί οτιδήποτε.
fed-empty-give = Για να τους δώσετε το δικό σας, χρησιμοποιήστε την Εξαγωγή πακέτου….
fed-filter = Εμφάνιση εγγραφών της
fed-filter-all = Όλες οι συνελεύσεις
fed-ours = { $name } (η δική μας)
fed-wgs = Ομάδες εργασίας
fed-proposals = Προτάσεις
fed-proposals-noun = προτάσεις
fed-decisions = Αποφάσεις
fed-decisions-noun = αποφάσεις
fed-decisions-none = Καμία απόφαση ακόμη.
fed-decisions-none-of = Καμία απόφαση της { $name }.
fed-loading = Φόρτωση της ομοσπονδίας…

## Μια συνέλευση

fed-this-assembly = Αυτή η συνέλευση
fed-fingerprint = Αποτύπωμα κλειδιού
fed-fingerprint-unknown = άγνωστο εδώ
fed-pinned-since = Κλειδί καρφιτσωμένο από
fed-last-import = Τελευταία εισαγωγή
fed-received-bundles = Ελήφθησαν
fed-bundles = { $n ->
    [one] { $n } πακέτο
   *[other] { $n } πακέτα
  }
fed-records-here = Εγγραφές εδώ
fed-counts = { $wgs ->
    [one] { $wgs } ομάδα εργασίας
   *[other] { $wgs } ομάδες εργασίας
  } · { $meetings ->
    [one] { $meetings } συνέλευση
   *[other] { $meetings } συνελεύσεις
  } · { $proposals ->
    [one] { $proposals } πρόταση
   *[other] { $proposals } προτάσεις
  } · { $decisions ->
    [one] { $decisions } απόφαση
   *[other] { $decisions } αποφάσεις
  }
fed-latest-decisions = Τελευταίες αποφάσεις
fed-recent-decision = — { $outcome }, { $meeting }
fed-show-records = Εμφάνιση των εγγραφών της

## Από πού έρχεται μια εγγραφή

fed-origin-from = Από
fed-origin-unknown = μια άγνωστη συνέλευση
fed-origin-ours = δική μας
fed-origin-read-only = μόνο ανάγνωση

## Τι μέτρησε μια εισαγωγή ή εξαγωγή

fed-counts-records = Εγγραφές
fed-counts-new = Νέες
fed-counts-updated = Ενημερωμένες
fed-counts-unchanged = Αμετάβλητες
fed-counts-refused = Απορρίφθηκαν
fed-counts-deleted = Διαγράφηκαν
fed-counts-total = Σύνολο

## Λέξεις της ομοσπονδίας

fed-key-new = Νέο κλειδί
fed-key-known = Γνωστό κλειδί
fed-key-mismatch = Το κλειδί δεν ταιριάζει
fed-key-own = Ισχυρίζεται ότι είναι αυτή η συνέλευση
fed-scope-all = Όλη η συνέλευση
fed-scope-meetings = { $n ->
    [one] Συνέλευση { $names }
   *[other] Συνελεύσεις { $names }
  }
fed-scope-chosen = { $n ->
    [one] { $n } επιλεγμένη συνέλευση
   *[other] { $n } επιλεγμένες συνελεύσεις
  }
fed-scope-since = Όλα όσα άλλαξαν από { $date }
fed-size-bytes = { $n } byte
fed-size-kb = { $n } KB
fed-size-mb = { $n } MB

## Ομάδες εργασίας και αποφάσεις άλλων συνελεύσεων

fed-wgs-empty = Καμία ομάδα εργασίας για εμφάνιση.
fed-wg-shared = σε { $n } συνελεύσεις
fed-wg-page = Η σελίδα της
fed-decided-at = αποφασίστηκε στη { $meeting },

## Προτάσεις άλλων συνελεύσεων

fed-proposals-empty = Καμία πρόταση για εμφάνιση.
fed-proposal-wg = ομάδα εργασίας
fed-proposal-by = πρόταση από
fed-adopted-from = Υιοθετήθηκε από
fed-adopted-from-unknown = μια πρόταση άγνωστη εδώ
fed-text-of = Κείμενο της { $reference }
fed-adopted-as = Υιοθετήθηκε εδώ ως
fed-adopted-as-unknown = η πρότασή μας
fed-adopt = Υιοθέτηση ως δική μας πρόταση
fed-adopting = Υιοθέτηση…
fed-adopt-hint = φτιάχνει ένα προσχέδιο πρότασης δικό μας με αυτόν τον τίτλο και το κείμενο, για να το φέρουμε στη διαδικασία μας

## Πακέτα που λάβαμε

fed-received-empty = Δεν έχει ληφθεί ακόμη κανένα πακέτο. Τα πακέτα που εισάγετε κρατιούνται εδώ όπως ήρθαν, για να τα δώσετε σε άλλες συνελεύσεις.
fed-bundle-made = Δημιουργήθηκε
fed-bundle-imported = Εισήχθη εδώ
fed-bundle-covers = Καλύπτει
fed-bundle-size = Μέγεθος
fed-pass-on = Προώθηση…
fed-pass-on-saving = Αποθήκευση…
fed-pass-on-label = Προώθηση του { $file } (από { $assembly })…
fed-pass-on-hint = αποθηκεύει το αρχείο ακριβώς όπως ήρθε, για να το εισαγάγει άλλη συνέλευση
fed-pass-on-saved = Αποθηκεύτηκε ως { $path } — το αρχικό αρχείο, ακόμη υπογεγραμμένο από { $assembly }.
fed-undo = Αναίρεση αυτής της εισαγωγής…
fed-undo-label = Αναίρεση αυτής της εισαγωγής: { $file } (από { $assembly })…
fed-undo-question = Να αφαιρεθούν όσα έφερε αυτό το πακέτο και να επανέλθουν όσα αντικατέστησε;
fed-undo-confirm = Αναίρεση της εισαγωγής
fed-undoing = Αναίρεση…
fed-undo-keep = Να μείνει

## Εξαγωγή πακέτου

fed-export-open = Εξαγωγή πακέτου…
fed-export-what = Τι θα εξαχθεί
fed-export-chosen = Επιλεγμένες συνελεύσεις
fed-export-chosen-hint = με όσα αναφέρουν (ομάδες εργασίας, πρόσωπα, προτάσεις, αναφορές)
fed-export-no-meetings = Αυτή η συνέλευση δεν έχει ακόμη συνεδριάσεις.
fed-export-loading-meetings = Φόρτωση των συνελεύσεων…
fed-export-meetings = Συνελεύσεις για εξαγωγή
fed-export-since = Όλα όσα άλλαξαν από μια ημερομηνία
fed-export-since-label = Άλλαξαν την ή μετά την (UTC)
fed-export-who = Ποιος μπορεί να το ανοίξει
fed-export-seal = Σφράγιση για…
fed-export-seal-hint = μόνο οι συνελεύσεις που επιλέγετε μπορούν να το ανοίξουν (είναι κρυπτογραφημένο γι’ αυτές)
fed-export-no-keys = Δεν είναι ακόμη γνωστό εδώ το κλειδί καμίας συνέλευσης: το κλειδί μιας συνέλευσης γίνεται γνωστό όταν εισαχθεί ένα πακέτο της.
fed-export-seal-for = Συνελεύσεις για τις οποίες σφραγίζεται
fed-export-this-assembly = (αυτή η συνέλευση)
fed-export = Εξαγωγή…
fed-exporting = Εξαγωγή σε εξέλιξη…
fed-export-tick = Επιλέξτε τουλάχιστον μία συνέλευση.
fed-export-choose-date = Επιλέξτε ημερομηνία.
fed-export-choose-who = Επιλέξτε ποιος μπορεί να το ανοίξει.
fed-export-next-sealed = Μετά επιλέγετε πού θα αποθηκευτεί· το αρχείο υπογράφεται με το κλειδί αυτής της συνέλευσης και μετά σφραγίζεται.
fed-export-next = Μετά επιλέγετε πού θα αποθηκευτεί· το αρχείο υπογράφεται με το κλειδί αυτής της συνέλευσης.
fed-export-cancelled = Η εξαγωγή ακυρώθηκε· δεν αποθηκεύτηκε τίποτα.
fed-export-saved = Αποθηκεύτηκε
fed-export-sealed = Σφραγισμένο για { $names }: μόνο αυτές μπορούν να το ανοίξουν.
fed-export-colon = :
fed-records = { $n ->
    [one] { $n } εγγραφή
   *[other] { $n } εγγραφές
  }
fed-export-deletions = , { $n ->
    [one] { $n } διαγραφή
   *[other] { $n } διαγραφές
  }
fed-export-minutes = , πρακτικά { $n ->
    [one] { $n } συνέλευσης
   *[other] { $n } συνελεύσεων
  }

## Κοινόχρηστοι φάκελοι

fed-folders-heading = Κοινόχρηστοι φάκελοι
fed-folders-hint = Με έναν φάκελο συγχρονισμένο ανάμεσα σε συνελεύσεις (Syncthing, κοινόχρηστος δίσκος), τα πακέτα ταξιδεύουν μόνα τους: το Plenary εισάγει ό,τι φτάνει στα εισερχόμενα από συνελεύσεις των οποίων το κλειδί εγκρίνατε, και γράφει ό,τι άλλαξε εδώ στα εξερχόμενα μετά από κάθε συνέλευση που κλείνει.
fed-folders-inbox = Φάκελος εισερχομένων
fed-folders-outbox = Φάκελος εξερχομένων
fed-folders-save = Αποθήκευση φακέλων
fed-folders-saved = Οι φάκελοι αποθηκεύτηκαν. Τα εισερχόμενα παρακολουθούνται όσο το Plenary είναι ανοιχτό.
fed-folders-last-sync = Τελευταίος έλεγχος
fed-folders-not-yet = όχι ακόμη
fed-folders-last-outbox = Τελευταίο πακέτο εξερχομένων
fed-folders-outbox-facts = ({ $records }, { $when })
fed-folders-none-yet = κανένα ακόμη
fed-folders-from-inbox = Εισήχθησαν από τα εισερχόμενα
fed-folders-inbox-facts = { $files ->
    [one] { $files } αρχείο
   *[other] { $files } αρχεία
  }· { $relayed ->
    [one] { $relayed } πακέτο προωθήθηκε
   *[other] { $relayed } πακέτα προωθήθηκαν
  }
fed-folders-sync = Συγχρονισμός τώρα
fed-folders-write = Εγγραφή εξερχομένων τώρα
fed-folders-pending-heading = Αναμένουν την έγκρισή σας
fed-folders-pending-hint = Αυτά τα πακέτα έρχονται από συνελεύσεις των οποίων το κλειδί είναι νέο εδώ. Ελέγξτε το αποτύπωμα με ένα πρόσωπο αυτής της συνέλευσης (στο τηλέφωνο, από κοντά) πριν εγκρίνετε: η έγκριση καρφιτσώνει το κλειδί και εισάγει τα πακέτα της.
fed-folders-fingerprint = Αποτύπωμα
fed-folders-approve = Έγκριση
fed-folders-approve-whose = του κλειδιού της { $name }
fed-folders-left-alone-heading = Αρχεία που αφέθηκαν
fed-folders-left-alone-hint = Τίποτα από αυτά δεν εισήχθη. Το καθένα ξαναδοκιμάζεται όταν αλλάξει το αρχείο.
fed-folders-imported = { $n ->
    [one] { $n } πακέτο εισήχθη
   *[other] { $n } πακέτα εισήχθησαν
  }
fed-folders-pending = { $n ->
    [one] { $n } πακέτο αναμένει έγκριση
   *[other] { $n } πακέτα αναμένουν έγκριση
  }
fed-folders-left-alone = { $n ->
    [one] { $n } αρχείο αφέθηκε
   *[other] { $n } αρχεία αφέθηκαν
  }
fed-folders-relayed = { $n ->
    [one] { $n } πακέτο προωθήθηκε
   *[other] { $n } πακέτα προωθήθηκαν
  }
fed-folders-separator = {", "}
fed-folders-synced = Εισερχόμενα: { $inbox }. Εξερχόμενα: { $outbox }.
fed-folders-not-written = δεν γράφτηκαν
fed-folders-written = Εξερχόμενα: { $note }.
fed-folders-approved = Το κλειδί εγκρίθηκε. { $pass }.

## Εισαγωγή πακέτου

fed-import-open = Εισαγωγή πακέτου…
fed-import-choosing = Επιλέξτε το αρχείο του πακέτου στο παράθυρο που άνοιξε…
fed-import-checking = Έλεγχος του { $file } ({ $size })…
fed-import-checking-badge = Έλεγχος…
fed-import-checking-records = Ελέγχεται κάθε εγγραφή: μια δοκιμαστική εκτέλεση όλης της εισαγωγής, που μπορεί να πάρει μερικά δευτερόλεπτα για μεγάλο ιστορικό…
fed-import-checked-importable = Ελέγχθηκε: το πακέτο επαληθεύεται και αυτή η συνέλευση μπορεί να το εισαγάγει.
fed-import-checked-not-here = Ελέγχθηκε: το πακέτο επαληθεύεται, αλλά δεν μπορεί να εισαχθεί εδώ.
fed-import-checked-not-verified = Το πακέτο δεν επαληθεύεται: δεν μπορεί να εισαχθεί.
fed-importing = Εισαγωγή σε εξέλιξη…
fed-import-from = Πακέτο από
fed-import-key-new = Αυτή η συνέλευση είναι νέα εδώ.
fed-import-key-new-note = Η εισαγωγή θα καρφιτσώσει αυτό το κλειδί: από εκεί και πέρα, μόνο πακέτα υπογεγραμμένα με αυτό γίνονται δεκτά ως της { $code }. Πριν την εισαγωγή, ελέγξτε το αποτύπωμα μαζί τους με άλλον τρόπο (στο τηλέφωνο ή από κοντά).
fed-import-key-unknown = Αυτή η συνέλευση δεν είναι γνωστή εδώ.
fed-import-key-unknown-note = Αυτό το πακέτο δεν μπορεί να εισαχθεί, οπότε δεν καρφιτσώνεται κανένα κλειδί.
fed-import-key-known = Αυτό είναι το κλειδί που είναι ήδη καρφιτσωμένο εδώ για την { $code }: το πακέτο το υπέγραψαν αυτοί.
fed-import-key-mismatch = Η { $code } είναι γνωστή εδώ με άλλο κλειδί.
fed-import-key-mismatch-note = Αυτό το πακέτο δεν προέρχεται από το κλειδί που είναι καρφιτσωμένο εδώ, οπότε απορρίπτεται.
fed-import-key-own = Αυτό το πακέτο ισχυρίζεται ότι είναι αυτή η συνέλευση.
fed-import-key-own-note = Οι δικές σας εγγραφές δεν εισάγονται ποτέ.
fed-import-pinned = Καρφιτσωμένο εδώ:
fed-import-sealed = Σφραγισμένο
fed-import-sealed-for = Για { $names }·
fed-import-sealed-note = ανοίχτηκε με το κλειδί αυτής της συνέλευσης. Κανείς άλλος δεν μπορούσε να το διαβάσει στη διαδρομή.
fed-import-verifies = Επαλήθευση
fed-import-verified = Επαληθεύτηκε
fed-import-verified-note = Η υπογραφή, τα hash και κάθε εγγραφή είναι σωστά.
fed-import-not-verified = Δεν επαληθεύεται
fed-import-importable = Εισάγεται εδώ
fed-import-yes = Ναι
fed-import-fits = Το κλειδί, ο κωδικός και κάθε αναφορά ταιριάζουν σε αυτή τη βάση δεδομένων.
fed-import-would-refuse = { $n ->
    [one] { $n } εγγραφή θα απορριφθεί (βλ. παρακάτω).
   *[other] { $n } εγγραφές θα απορριφθούν (βλ. παρακάτω).
  }
fed-import-not-here = Όχι εδώ
fed-import-generator = από { $generator }
fed-import-file = Αρχείο
fed-import-problem = Αυτό το πακέτο δεν επαληθεύεται:
fed-import-refusal = Αυτό το πακέτο επαληθεύεται, αλλά αυτή η βάση δεδομένων θα το απέρριπτε:
fed-import-does-not-verify = Αυτό το πακέτο δεν επαληθεύεται.
fed-import-already = Αυτό ακριβώς το αρχείο εισήχθη στις { $when }· αν εισαχθεί ξανά δεν αλλάζει τίποτα.
fed-import-would-change = Τι θα άλλαζε η εισαγωγή
fed-import-refused-heading = Εγγραφές που απορρίφθηκαν, και γιατί
fed-import-refusals-more = και άλλες { $n } που δεν αναφέρονται
fed-import-holds = Τι περιέχει το πακέτο
fed-import-number = Αριθμός
fed-import-deletions = διαγραφές
fed-import-confirm = Εισαγωγή από { $code }
fed-imported-from = Εισήχθη από
fed-import-nothing = Δεν άλλαξε τίποτα.
fed-import-nothing-before = Δεν άλλαξε τίποτα: αυτό το αρχείο είχε εισαχθεί ήδη, στις { $when }.
fed-import-did = Τι έκανε η εισαγωγή
fed-import-refused = { $n ->
    [one] { $n } εγγραφή απορρίφθηκε: η προεπισκόπηση έλεγε γιατί.
   *[other] { $n } εγγραφές απορρίφθηκαν: η προεπισκόπηση έλεγε γιατί.
  }
fed-import-undo-note = Για να αναιρέσετε ολόκληρη αυτή την εισαγωγή, χρησιμοποιήστε το «Αναίρεση αυτής της εισαγωγής…» στο πακέτο, στα Πακέτα που λάβαμε.
fed-import-done = Τέλος

## Συνώνυμες ομάδες και ποιος δουλεύει σε τι

fed-namesakes-wg = Σε άλλες συνελεύσεις
fed-namesakes-proposal = Παρόμοιες προτάσεις αλλού, και τι απέγιναν
fed-namesakes-wg-none = Καμία γνωστή εδώ ομάδα εργασίας άλλης συνέλευσης δεν δουλεύει στα ίδια πράγματα.
fed-namesakes-proposal-none = Δεν είναι γνωστή εδώ καμία παρόμοια πρόταση άλλης συνέλευσης.
fed-namesakes-error = Δεν ήταν δυνατή η αναζήτησή τους: { $error }
fed-namesakes-looking = Αναζήτηση…
fed-namesakes-order = Οι πιο όμοιες πρώτα, με βάση τις λέξεις των ονομάτων και των κειμένων τους.
fed-namesakes-decided = αποφασίστηκε: { $outcome }
fed-who-heading = Ποιος δουλεύει σε τι
fed-who-hint = Κάθε ομάδα εργασίας δίπλα στις πιο όμοιες ομάδες άλλων συνελεύσεων, με βάση τις λέξεις των ονομάτων και των περιγραφών τους.
fed-who-wg = Ομάδα εργασίας
fed-who-works-on = Δουλεύει σε
fed-who-counterparts = Αντίστοιχες αλλού
fed-who-ours = (δική μας)
fed-who-none-known = καμία γνωστή

fed-drop-hint = Αφήστε το πακέτο εδώ για να δείτε τι θα έκανε η εισαγωγή του
fed-drop-hint-meeting = Μια συνέλευση βρίσκεται σε εξέλιξη: ένα πακέτο που αφήνεται εδώ δεν ανοίγει. Εισαγάγετέ το από την οθόνη Ομοσπονδία.
fed-drop-refused-meeting = Το { $file } δεν άνοιξε: μια συνέλευση βρίσκεται σε εξέλιξη. Εισαγάγετέ το από την οθόνη Ομοσπονδία.
fed-drop-refused-several = Αφέθηκαν πολλά αρχεία: αφήστε ένα πακέτο τη φορά. Δεν διαβάστηκε τίποτα.
fed-drop-refused-not-bundle = Το { $file } δεν είναι πακέτο του Plenary (αρχείο .plenary). Δεν διαβάστηκε τίποτα.
fed-drop-refused-busy = Το { $file } δεν άνοιξε: ολοκληρώστε πρώτα την εισαγωγή που βρίσκεται σε εξέλιξη.
fed-drop-opening = Άνοιγμα του { $file }, του πακέτου που αφέθηκε…
fed-drop-dismiss = Κλείσιμο
