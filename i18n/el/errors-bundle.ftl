# Γιατί απορρίπτεται ένα πακέτο άλλης συνέλευσης ή μια εγγραφή του
# (src-tauri/core/src/bundle/). Ένα `why` είναι δικό του μήνυμα, στην ίδια γλώσσα.
# Τα ονόματα καταχωρίσεων (records/meetings.jsonl), πεδίων ("name") και πινάκων είναι
# του μορφότυπου και δεν μεταφράζονται.

## Η απόρριψη ενός ολόκληρου αρχείου

error-bundle-not-imported = το { $file } δεν εισήχθη: { $why }
error-bundle-unreadable = το { $file } δεν είναι πακέτο που μπορεί να διαβάσει αυτό το Plenary: { $why }
error-bundle-cannot-open = το { $file } δεν μπορεί να ανοίξει εδώ: { $why }
error-bundle-cannot-read = το { $file } δεν μπορεί να διαβαστεί: { $why }
error-bundle-database-refused = το { $file } δεν εισήχθη: η βάση δεδομένων το απέρριψε ({ $detail })· δεν γράφτηκε τίποτα
error-bundle-path-too-large = το { $path } έχει { $size } bytes· ένα πακέτο έχει το πολύ { $max } bytes

## Πού, μέσα στο πακέτο

error-bundle-at-line = { $entry }, γραμμή { $line }: { $why }
error-bundle-at-character = { $why } (στον χαρακτήρα { $at })
error-bundle-in-manifest = manifest.json: { $why }

## Η υπογραφή, το κλειδί και ο κωδικός αυτών που το έφτιαξαν

error-bundle-not-signed = δεν έχει manifest.sig: δεν είναι υπογεγραμμένο
error-bundle-signature-not-ed25519 = το manifest.sig δεν είναι υπογραφή Ed25519 (128 δεκαεξαδικά ψηφία)
error-bundle-signature-mismatch = η υπογραφή δεν ταιριάζει: το πακέτο άλλαξε αφού υπογράφτηκε ή δεν το υπέγραψε η συνέλευση που αναφέρει
error-bundle-key-mismatch = λέει ότι έρχεται από την { $name } ({ $code }), που είναι γνωστή εδώ με άλλο κλειδί (αποτύπωμα { $pinned })· το κλειδί αυτού του πακέτου έχει αποτύπωμα { $key }. Αν αυτή η συνέλευση άλλαξε πράγματι κλειδί, ελέγξτε το νέο αποτύπωμα με τους ανθρώπους της πριν το εμπιστευτείτε
error-bundle-from-this-assembly = το έφτιαξε αυτή η ίδια η συνέλευση ({ $name }): δεν υπάρχει τίποτα για εισαγωγή
error-bundle-code-own = έρχεται από την { $name } με τον κωδικό { $code }, που είναι ο κωδικός αυτής της συνέλευσης: αναφορές όπως { $code }-GA-1 θα έδειχναν δύο συνελεύσεις. Ζητήστε από εκείνη τη συνέλευση να διαλέξει άλλον κωδικό
error-bundle-code-taken = έρχεται από την { $name } με τον κωδικό { $code }, που τον χρησιμοποιεί ήδη εδώ η { $other }: αναφορές όπως { $code }-GA-1 θα έδειχναν δύο συνελεύσεις
error-bundle-assembly-code-invalid = ο κωδικός συνέλευσης { $code } δεν είναι έγκυρος κωδικός
error-bundle-field-assembly-name = το όνομα της συνέλευσης
error-bundle-assembly-revision = η αναθεώρηση της συνέλευσης πρέπει να είναι 1 ή περισσότερο
error-bundle-assembly-key-not-hex = το δημόσιο κλειδί της συνέλευσης δεν είναι 64 δεκαεξαδικά ψηφία
error-bundle-assembly-key-not-ed25519 = το δημόσιο κλειδί της συνέλευσης δεν είναι κλειδί Ed25519

## Το manifest και ο μορφότυπος

error-bundle-file-too-large = το αρχείο έχει { $size } bytes· ένα πακέτο έχει το πολύ { $max }
error-bundle-no-manifest = δεν έχει manifest.json: δεν είναι πακέτο του Plenary
error-bundle-manifest-not-json = το manifest.json δεν είναι έγκυρο JSON: { $detail }
error-bundle-manifest-not-plenary = το manifest.json δεν λέει "format": "{ $format }": δεν είναι πακέτο του Plenary
error-bundle-newer-format = το έφτιαξε νεότερο Plenary (έκδοση μορφότυπου πακέτου { $version }· αυτό το Plenary διαβάζει τις εκδόσεις { $oldest } και { $newest })· ενημερώστε το Plenary για να το εισαγάγετε
error-bundle-unknown-format-version = το manifest.json έχει άγνωστη έκδοση μορφότυπου, { $version }· αυτό το Plenary διαβάζει τις εκδόσεις { $oldest } και { $newest }
error-bundle-version-none = (καμία)
error-bundle-counts-unknown-table = το manifest.json μετρά εγγραφές ενός πίνακα που αυτό το Plenary δεν γνωρίζει ({ $table })· ενημερώστε το Plenary για να το εισαγάγετε
error-bundle-minutes-not-entry = manifest.json: τα πρακτικά της συνέλευσης { $meeting } είναι στο { $entry }, που δεν είναι καταχώριση πρακτικών του πακέτου
error-bundle-minutes-no-meeting = το manifest.json αναφέρει πρακτικά της συνέλευσης { $meeting }, την οποία το πακέτο δεν περιέχει
error-bundle-count-differs = το manifest.json μετρά { $said } εγγραφές στο { $entry }, η καταχώριση έχει { $held }
error-bundle-deletion-count-differs = το manifest.json μετρά { $said } διαγραφές, το { $entry } έχει { $held }

## Οι καταχωρίσεις: αλλαγμένες, που λείπουν, άγνωστες

error-bundle-entry-changed = η καταχώριση { $entry } δεν ταιριάζει με το SHA-256 της στο manifest: άλλαξε ή χάλασε αφού φτιάχτηκε το πακέτο
error-bundle-entry-not-listed = η καταχώριση { $entry } δεν αναφέρεται στο manifest
error-bundle-entry-size-differs = καταχώριση { $entry }: το manifest λέει { $listed } bytes, το zip { $size }
error-bundle-entry-listed-missing = η καταχώριση { $entry } αναφέρεται στο manifest αλλά λείπει
error-bundle-entry-missing = λείπει η καταχώριση { $entry }
error-bundle-entry-not-read = η καταχώριση { $entry } δεν διαβάστηκε
error-bundle-entry-unknown-table = η καταχώριση { $entry } έχει πίνακα που αυτό το Plenary δεν γνωρίζει· ενημερώστε το Plenary για να το εισαγάγετε
error-bundle-entry-unknown = η καταχώριση { $entry } δεν ανήκει σε πακέτο του Plenary
error-bundle-minutes-not-utf8 = το { $entry } δεν είναι κείμενο UTF-8
error-bundle-too-many-records = το πακέτο έχει περισσότερες από { $max } εγγραφές

## Οι γραμμές μιας καταχώρισης και οι εγγραφές τους

error-bundle-line-too-long = { $entry }, γραμμή { $line }: είναι μεγαλύτερη από { $max } bytes
error-bundle-line-empty = { $entry }, γραμμή { $line }: είναι κενή
error-bundle-record-twice = { $entry }, γραμμή { $line }: { $record } { $id } εμφανίζεται δύο φορές
error-bundle-record-foreign = { $entry }, γραμμή { $line }: { $record } { $id } ανήκει στη συνέλευση { $origin }, όχι στη συνέλευση που έφτιαξε το πακέτο ({ $producer })· ένα πακέτο φέρνει μόνο τις εγγραφές αυτών που το φτιάχνουν
error-bundle-deleted-twice = { $entry }: η εγγραφή { $id } διαγράφεται δύο φορές
error-bundle-deleted-and-carried = { $entry }: { $record } { $id } και διαγράφεται και περιέχεται στο πακέτο
error-bundle-deletion-foreign = η διαγραφή του { $id } αναφέρει άλλη συνέλευση από αυτήν που έφτιαξε το πακέτο
error-bundle-deletion-unknown-table = η διαγραφή του { $id } αναφέρει άγνωστο πίνακα, { $table }
error-bundle-deletion-bad-time = το πεδίο "deleted_at" είναι { $value }, που δεν είναι χρονική στιγμή (RFC 3339 σε UTC, με Z στο τέλος)
error-bundle-field-not-id = το πεδίο { $field } δεν είναι αναγνωριστικό (UUID με πεζά)

## Τα πεδία μιας εγγραφής

error-bundle-field-twice = το πεδίο { $field } εμφανίζεται δύο φορές
error-bundle-field-missing = λείπει το πεδίο { $field }
error-bundle-field-unknown = άγνωστο πεδίο { $field }: { $record } έχει μόνο { $fields }
error-bundle-field-wrong-type = το πεδίο { $field } πρέπει να είναι { $wanted }, όχι { $found }
error-bundle-field-null = το πεδίο { $field } δεν μπορεί να είναι null
error-bundle-field-outside = το πεδίο { $field } είναι { $value }, εκτός από { $wanted }
error-bundle-field-number-too-large = το πεδίο { $field } είναι { $value }, πολύ μεγάλο
error-bundle-field-not-uuid = το πεδίο { $field } είναι { $value }, που δεν είναι αναγνωριστικό (UUID γραμμένο σε πεζά δεκαεξαδικά, 8-4-4-4-12)
error-bundle-field-not-one-line = το πεδίο { $field } πρέπει να είναι μία γραμμή κειμένου (έχει χαρακτήρα ελέγχου)
error-bundle-field-control = το πεδίο { $field } έχει χαρακτήρα ελέγχου
error-bundle-field-not-wanted = το πεδίο { $field } είναι { $value }, όχι { $wanted }
error-bundle-field-too-long = το πεδίο { $field } έχει περισσότερους από { $max } χαρακτήρες
# Τι πρέπει να είναι ένα πεδίο.
error-bundle-wanted-id = αναγνωριστικό (UUID)
error-bundle-wanted-line = μία γραμμή κειμένου
error-bundle-wanted-text = κείμενο
error-bundle-wanted-one-of = ένα από τα { $words }
error-bundle-wanted-number = ακέραιος αριθμός από { $min } έως { $max }
error-bundle-wanted-date = ημερομηνία ΕΕΕΕ-ΜΜ-ΗΗ
error-bundle-wanted-time = χρονική στιγμή (RFC 3339 σε UTC, με Z στο τέλος)
error-bundle-wanted-clock = ώρα της ημέρας HH:MM
# Τι ήταν αντί γι’ αυτό.
error-bundle-found-bool = αληθές ή ψευδές
error-bundle-found-number = αριθμός
error-bundle-found-fraction = δεκαδικός αριθμός
error-bundle-found-text = κείμενο
error-bundle-found-list = λίστα
error-bundle-found-object = αντικείμενο

## Αναφορές ανάμεσα σε εγγραφές

error-bundle-reference-foreign = { $entry }, γραμμή { $line } ({ $record } { $id }): το { $column } { $target_id } δείχνει { $target } άλλης συνέλευσης· οι εγγραφές ενός πακέτου αναφέρονται μόνο σε εγγραφές της συνέλευσης που το έφτιαξε
error-bundle-reference-missing = { $entry }, γραμμή { $line } ({ $record } { $id }): το { $column } { $target_id } δείχνει { $target } που δεν υπάρχει ούτε στο πακέτο ούτε σε αυτή τη βάση δεδομένων

## Γιατί απορρίφθηκε μια εγγραφή (η αναφορά της εισαγωγής τις απαριθμεί)

error-bundle-owner-this-assembly = αυτή τη συνέλευση
error-bundle-owner-assembly = τη συνέλευση { $id }
error-bundle-refused-delete-not-theirs = το πακέτο τη διαγράφει, αλλά ανήκει σε { $owner }
error-bundle-refused-delete-referred = αυτοί που την έφτιαξαν τη διέγραψαν, αλλά εγγραφές εδώ αναφέρονται ακόμη σε αυτήν
error-bundle-refused-deleted = αυτοί που την έφτιαξαν τη διέγραψαν
error-bundle-refused-id-deleted = διαγράφηκε μια εγγραφή με αυτό το αναγνωριστικό, που ανήκε σε { $owner }
error-bundle-refused-own-record = ανήκει σε αυτή τη συνέλευση: μια εισαγωγή δεν αλλάζει ποτέ τις δικές σας εγγραφές
error-bundle-refused-third-party = ανήκει σε { $owner }, όχι στη συνέλευση που έφτιαξε το πακέτο
error-bundle-refused-refers-to-refused = το πεδίο { $column } της δείχνει { $target } { $id }, που απορρίφθηκε
error-bundle-refused-refers-to-deleted = το πεδίο { $column } της δείχνει { $target } { $id }, που το πακέτο διαγράφει
error-bundle-refused-unique = άλλη εγγραφή τύπου «{ $record }» έχει ήδη { $same }
error-bundle-refused-unique-same-assembly = άλλη εγγραφή τύπου «{ $record }» της ίδιας συνέλευσης έχει ήδη { $same }
error-bundle-refused-check = παραβιάζει τον κανόνα `{ $rule }`
error-bundle-refused-database = η βάση δεδομένων την απορρίπτει: { $detail }

## Οι κανόνες των εγγραφών. Ο κανόνας, τα αποτελέσματα και η αιτία είναι κωδικοί του μορφότυπου.

error-bundle-rule-block-without-reason = είναι βέτο χωρίς αιτιολογία: ένα βέτο δίνει πάντα την αιτιολογία του
error-bundle-rule-not-written-so = το { $given } δεν είναι γραμμένο ως { $written }
error-bundle-rule-unknown-rule = ο κανόνας της δεν είναι κανόνας που γνωρίζει αυτό το Plenary: { $why }
error-bundle-rule-unknown-default-rule = ο default_rule της δεν είναι κανόνας που γνωρίζει αυτό το Plenary: { $why }
error-bundle-rule-bad-limit = το stand_aside_limit της δεν είναι κλάσμα: { $why }
error-bundle-rule-consensus-against = μετρά { $against } κατά σε συναίνεση, όπου η διαφωνία είναι αποχή ή βέτο
error-bundle-rule-no-outcome = το αποτέλεσμά της δεν είναι αποτέλεσμα
error-bundle-rule-outcome-differs = το αποτέλεσμά της είναι { $stored }, αλλά { $support } υπέρ, { $against } κατά, { $stand_asides } αποχές και { $blocks } βέτο με { $terms } δίνουν { $outcome } ({ $reason })
error-bundle-rule-terms = { $rule }
error-bundle-rule-terms-quorum = { $rule }, απαρτία { $quorum }
error-bundle-rule-terms-limit = { $rule }, όριο αποχών { $limit }
error-bundle-rule-terms-quorum-limit = { $rule }, απαρτία { $quorum }, όριο αποχών { $limit }
error-bundle-rule-no-such-version = αποφασίζει την έκδοση { $version } της πρότασής της, που δεν έχει τέτοια έκδοση

## Το zip

error-bundle-not-zip = δεν είναι αρχείο zip
error-bundle-zip-truncated = το zip είναι κομμένο (λείπει η εγγραφή τέλους του αρχείου)
error-bundle-zip-split = ένα zip μοιρασμένο σε πολλούς δίσκους δεν είναι πακέτο
error-bundle-zip64 = τα αρχεία ZIP64 δεν είναι πακέτα (ένα πακέτο είναι πολύ μικρότερο από 4 GiB)
error-bundle-too-many-entries = έχει { $entries } καταχωρίσεις· ένα πακέτο έχει το πολύ { $max }
error-bundle-zip-directory-outside = ο κατάλογος του zip βρίσκεται έξω από το αρχείο (κομμένο ή χαλασμένο)
error-bundle-zip-directory-extra = ο κατάλογος του zip έχει bytes που δεν εξηγεί
error-bundle-zip-directory-damaged = ο κατάλογος του zip είναι χαλασμένος
error-bundle-entry-twice = η καταχώριση { $entry } εμφανίζεται δύο φορές
error-bundle-entry-too-large = η καταχώριση { $entry } δηλώνει { $size } bytes· μια καταχώριση έχει το πολύ { $max }
error-bundle-small-entry-too-large = η καταχώριση { $entry } δηλώνει { $size } bytes· μπορεί να έχει το πολύ { $max }
error-bundle-entry-ratio = η καταχώριση { $entry } δηλώνει { $size } bytes από { $compressed } συμπιεσμένα bytes, περισσότερα απ’ όσα μπορεί να βγάλει το deflate (βόμβα zip;)
error-bundle-entries-too-large = οι καταχωρίσεις του δηλώνουν συνολικά περισσότερα από { $max } bytes (βόμβα zip;)
error-bundle-entries-overlap = οι καταχωρίσεις { $first } και { $second } επικαλύπτονται
error-bundle-entry-name-not-utf8 = ένα όνομα καταχώρισης δεν είναι κείμενο UTF-8
error-bundle-entry-encrypted = η καταχώριση { $entry } είναι κρυπτογραφημένη
error-bundle-entry-zip64 = η καταχώριση { $entry } χρησιμοποιεί μεγέθη ZIP64
error-bundle-entry-folder-data = η καταχώριση { $entry } είναι φάκελος αλλά έχει δεδομένα
error-bundle-entry-stored-sizes = η καταχώριση { $entry } είναι ασυμπίεστη αλλά τα δύο μεγέθη της διαφέρουν
error-bundle-entry-method = η καταχώριση { $entry } χρησιμοποιεί τη μέθοδο συμπίεσης { $method }· τα πακέτα χρησιμοποιούν μόνο deflate
error-bundle-entry-no-local-header = καταχώριση { $entry }: λείπει η τοπική κεφαλίδα της (κομμένη ή χαλασμένη)
error-bundle-entry-local-header-differs = καταχώριση { $entry }: η τοπική κεφαλίδα της δεν ταιριάζει με τον κατάλογο του zip
error-bundle-entry-runs-past = η καταχώριση { $entry } περνά το τέλος των δεδομένων της (κομμένη ή χαλασμένη)
error-bundle-entry-name-empty = το όνομα καταχώρισης { $name } είναι κενό
error-bundle-entry-name-too-long = το όνομα καταχώρισης { $name } είναι μεγαλύτερο από 255 bytes
error-bundle-entry-name-backslash = το όνομα καταχώρισης { $name } έχει ανάποδη κάθετο
error-bundle-entry-name-absolute = το όνομα καταχώρισης { $name } είναι απόλυτη διαδρομή
error-bundle-entry-name-climbs = το όνομα καταχώρισης { $name } βγαίνει από τον φάκελό του (../)
error-bundle-entry-name-empty-part = το όνομα καταχώρισης { $name } έχει κενό τμήμα διαδρομής
error-bundle-entry-name-control = το όνομα καταχώρισης { $name } έχει χαρακτήρα ελέγχου
error-bundle-entry-not-inflated = η καταχώριση { $entry } δεν αποσυμπιέζεται: { $detail }
error-bundle-entry-longer = η καταχώριση { $entry } έχει περισσότερα από το δηλωμένο μέγεθός της (βόμβα zip;)
error-bundle-entry-shorter = η καταχώριση { $entry } είναι μικρότερη από το δηλωμένο μέγεθός της (κομμένη ή χαλασμένη)
error-bundle-entry-crc = η καταχώριση { $entry } είναι χαλασμένη (το CRC της δεν ταιριάζει)

## Σφραγισμένα πακέτα (sealed.json και bundle.age)

error-bundle-sealed-for-others = είναι σφραγισμένο για { $names }· αυτή η συνέλευση δεν είναι μία από αυτές (μόνο εκείνες μπορούν να το ανοίξουν)
error-bundle-sealed-damaged = είναι σφραγισμένο για αυτή τη συνέλευση αλλά δεν ανοίγει: το { $entry } είναι χαλασμένο ή αλλοιώθηκε ({ $detail })
error-bundle-sealed-no-payload = δεν έχει { $entry }
error-bundle-sealed-inside-too-large = το πακέτο μέσα είναι μεγαλύτερο από { $max } bytes, το μέγιστο για ένα πακέτο
error-bundle-sealed-not-json = το { $entry } δεν είναι έγκυρο JSON: { $detail }
error-bundle-sealed-not-plenary = το { $entry } δεν λέει "format": "{ $format }"
error-bundle-sealed-newer = το σφράγισε νεότερο Plenary (έκδοση σφραγισμένης μορφής { $version }· αυτό το Plenary διαβάζει την έκδοση { $known })· ενημερώστε το Plenary για να το ανοίξετε
error-bundle-sealed-unknown-version = το { $entry } έχει άγνωστη έκδοση
error-bundle-sealed-invalid = { $entry }: { $detail }
error-bundle-sealed-recipients = το { $entry } αναφέρει { $count } συνελεύσεις· ένα σφραγισμένο πακέτο είναι για 1 έως { $max }
error-bundle-sealed-fingerprint = { $entry }: το αποτύπωμα που δίνεται για την { $name } δεν είναι του κλειδιού της
error-bundle-sealed-entries = ένα σφραγισμένο πακέτο έχει ακριβώς δύο καταχωρίσεις, { $envelope } και { $payload }
error-bundle-sealed-key-unusable = { $entry }: το κλειδί της { $name } δεν είναι δημόσιο κλειδί Ed25519 για το οποίο μπορεί κανείς να σφραγίσει
error-bundle-sealed-no-age-key = δεν μπορεί να φτιαχτεί κλειδί age από κλειδί Ed25519
error-bundle-seal-no-one = ένα σφραγισμένο πακέτο χρειάζεται τουλάχιστον μία συνέλευση για την οποία σφραγίζεται
error-bundle-seal-failed = το πακέτο δεν μπορεί να σφραγιστεί: { $detail }
error-bundle-names-and = { $rest } και { $last }
error-bundle-names-none = κανέναν

## Γράψιμο πακέτου (εξαγωγή): οι δικές εγγραφές αυτής της βάσης δεδομένων

error-bundle-export-unreadable = το { $table }.{ $column } δεν εξάγεται: η βάση δεδομένων έχει { $detail }
error-bundle-holds-not-uuid = αναγνωριστικό που δεν είναι UUID
error-bundle-holds-not-integer = αριθμό που δεν είναι ακέραιος
error-bundle-holds-bad-time = χρονική στιγμή που δεν διαβάζεται
error-bundle-holds-not-text = τιμή που δεν είναι κείμενο
error-bundle-write-manifest = το manifest δεν μπορεί να γραφτεί: { $detail }
error-bundle-write-deletion = μια διαγραφή δεν μπορεί να γραφτεί: { $detail }
error-bundle-write-failed = το πακέτο δεν μπορεί να γραφτεί: { $detail }
error-bundle-writer-stopped-early = το γράψιμο του πακέτου σταμάτησε νωρίς
error-bundle-writer-stopped = το γράψιμο του πακέτου σταμάτησε
error-bundle-writer-failed = το γράψιμο του πακέτου απέτυχε

## Είδη εγγραφών: σκέτα και με αόριστο άρθρο

error-bundle-record-people = πρόσωπο
error-bundle-record-working-groups = ομάδα εργασίας
error-bundle-record-wg-status-changes = αλλαγή κατάστασης ομάδας εργασίας
error-bundle-record-meetings = συνέλευση
error-bundle-record-meeting-roles = ρόλος στη συνέλευση
error-bundle-record-proposals = πρόταση
error-bundle-record-agenda-items = θέμα ημερήσιας διάταξης
error-bundle-record-report-backs = ενημέρωση
error-bundle-record-announcements = ανακοίνωση
error-bundle-record-proposal-versions = έκδοση πρότασης
error-bundle-record-amendments = τροποποίηση
error-bundle-record-hearings = συζήτηση πρότασης
error-bundle-record-clarifying-questions = διευκρινιστική ερώτηση
error-bundle-record-concerns = ένσταση
error-bundle-record-temperature-checks = μέτρηση κλίματος
error-bundle-record-decisions = απόφαση
error-bundle-record-decision-stances = στάση σε απόφαση
error-bundle-record-proposal-status-changes = αλλαγή κατάστασης πρότασης
error-bundle-record-action-items = εργασία
error-bundle-record-assemblies = συνέλευση
error-bundle-a-people = ένα πρόσωπο
error-bundle-a-working-groups = μια ομάδα εργασίας
error-bundle-a-wg-status-changes = μια αλλαγή κατάστασης ομάδας εργασίας
error-bundle-a-meetings = μια συνέλευση
error-bundle-a-meeting-roles = έναν ρόλο στη συνέλευση
error-bundle-a-proposals = μια πρόταση
error-bundle-a-agenda-items = ένα θέμα ημερήσιας διάταξης
error-bundle-a-report-backs = μια ενημέρωση
error-bundle-a-announcements = μια ανακοίνωση
error-bundle-a-proposal-versions = μια έκδοση πρότασης
error-bundle-a-amendments = μια τροποποίηση
error-bundle-a-hearings = μια συζήτηση πρότασης
error-bundle-a-clarifying-questions = μια διευκρινιστική ερώτηση
error-bundle-a-concerns = μια ένσταση
error-bundle-a-temperature-checks = μια μέτρηση κλίματος
error-bundle-a-decisions = μια απόφαση
error-bundle-a-decision-stances = μια στάση σε απόφαση
error-bundle-a-proposal-status-changes = μια αλλαγή κατάστασης πρότασης
error-bundle-a-action-items = μια εργασία
