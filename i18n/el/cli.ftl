# Η γραμμή εντολών (src-tauri/core/src/bin/plenary): τα μηνύματά της και το --help.

cli-error = σφάλμα: { $message }
cli-json-failed = δεν μπορεί να γραφτεί το JSON: { $reason }
cli-restored = η { $name } ({ $code }) επαναφέρθηκε από το { $file }
cli-restored-no-key = σημείωση: το κλειδί υπογραφής της συνέλευσης δεν βρίσκεται δίπλα σε αυτή τη βάση δεδομένων· αντιγράψτε εδώ το αρχείο .key για να εξάγετε πακέτα

cli-wg-category = { $code ->
        [operational] λειτουργική
        [sectorial] θεματική
        [strategy] στρατηγικής
        [caucus] κάκους
       *[other] { $code }
    }
cli-wg-status = { $code ->
        [forming] υπό σύσταση
        [active] ενεργή
        [dormant] σε αδράνεια
        [dissolved] διαλυμένη
       *[other] { $code }
    }
cli-meeting-status = { $code ->
        [planned] προγραμματισμένη
        [open] ανοιχτή
        [closed] κλειστή
       *[other] { $code }
    }
cli-item-status = { $code ->
        [pending] εκκρεμεί
        [active] σε εξέλιξη
        [done] ολοκληρώθηκε
        [tabled] αναβλήθηκε
       *[other] { $code }
    }
cli-proposal-status = { $code ->
        [draft] προσχέδιο
        [submitted] κατατεθειμένη
        [on-agenda] σε ημερήσια διάταξη
        [in-process] σε διαδικασία
        [decided] αποφασισμένη
        [tabled] σε αναβολή
        [withdrawn] αποσυρμένη
        [sent-back] επιστραμμένη στην ομάδα
       *[other] { $code }
    }
cli-entry-kind = { $code ->
        [process] θέμα διαδικασίας
        [information] πληροφορία
        [clarifying] διευκρινιστική ερώτηση
        [direct-response] άμεση απάντηση
        [speak] τοποθέτηση
       *[other] { $code }
    }
cli-step = { $code ->
        [not-started] δεν ξεκίνησε
        [present] παρουσίαση
        [clarifying-questions] διευκρινιστικές ερωτήσεις
        [concerns] ενστάσεις και φιλικές τροποποιήσεις
        [temperature-check] μέτρηση κλίματος
        [call-for-consensus] κάλεσμα σε συναίνεση
        [vote] ψηφοφορία
        [outcome] αποτέλεσμα
       *[other] { $code }
    }
cli-amendment-status = { $code ->
        [pending] εκκρεμεί
        [accepted] έγινε δεκτή
        [rejected] απορρίφθηκε
       *[other] { $code }
    }
cli-search-kind = { $code ->
        [wg] ομάδα εργασίας
        [report-back] ενημέρωση
        [proposal] πρόταση
        [decision] απόφαση
        [minutes] πρακτικά
       *[other] { $code }
    }
cli-role = { $code ->
        [facilitator] συντονισμός
        [stack-keeper] σειρά ομιλητών
        [timekeeper] χρονομέτρηση
        [minute-taker] τήρηση πρακτικών
        [vibes-watcher] φροντίδα κλίματος
       *[other] { $code }
    }

cli-col-assembly = ΣΥΝΕΛΕΥΣΗ
cli-col-attendance = ΠΑΡΟΝΤΕΣ
cli-col-by = ΑΠΟ
cli-col-category = ΚΑΤΗΓΟΡΙΑ
cli-col-code = ΚΩΔΙΚΟΣ
cli-col-date = ΗΜΕΡΟΜΗΝΙΑ
cli-col-deleted = ΔΙΑΓΡΑΜΜΕΝΑ
cli-col-end = ΤΕΛΟΣ
cli-col-file = ΑΡΧΕΙΟ
cli-col-files = ΑΡΧΕΙΑ
cli-col-fingerprint = ΑΠΟΤΥΠΩΜΑ
cli-col-from = ΑΠΟ
cli-col-ga = ΣΥΝΕΛΕΥΣΗ
cli-col-gas = ΣΥΝΕΛΕΥΣΕΙΣ
cli-col-given-by = ΠΑΡΟΥΣΙΑΣΕ
cli-col-id = ID
cli-col-imported-utc = ΕΙΣΑΧΘΗΚΕ (UTC)
cli-col-item = ΘΕΜΑ
cli-col-kind = ΕΙΔΟΣ
cli-col-list = ΛΙΣΤΑ
cli-col-meets = ΣΥΝΕΔΡΙΑΖΕΙ
cli-col-name = ΟΝΟΜΑ
cli-col-new = ΝΕΑ
cli-col-of-people = ΤΩΝ ΑΤΟΜΩΝ
cli-col-of-time = ΤΟΥ ΧΡΟΝΟΥ
cli-col-overrun = ΥΠΕΡΒΑΣΗ
cli-col-pauses = ΠΑΥΣΕΙΣ
cli-col-people = ΑΤΟΜΑ
cli-col-place = ΤΟΠΟΣ
cli-col-pronouns = ΑΝΤΩΝΥΜΙΕΣ
cli-col-proposal = ΠΡΟΤΑΣΗ
cli-col-records = ΕΓΓΡΑΦΕΣ
cli-col-ref = ΑΝΑΦ
cli-col-refused = ΑΠΟΡΡΙΦΘΗΚΑΝ
cli-col-scope = ΕΥΡΟΣ
cli-col-share = ΜΕΡΙΔΙΟ
cli-col-since = ΑΠΟ
cli-col-speeches = ΤΟΠΟΘΕΤΗΣΕΙΣ
cli-col-spoke = ΜΙΛΗΣΕ
cli-col-start = ΕΝΑΡΞΗ
cli-col-status = ΚΑΤΑΣΤΑΣΗ
cli-col-summary = ΠΕΡΙΛΗΨΗ
cli-col-table = ΠΙΝΑΚΑΣ
cli-col-time = ΧΡΟΝΟΣ
cli-col-title = ΤΙΤΛΟΣ
cli-col-unchanged = ΑΜΕΤΑΒΛΗΤΑ
cli-col-updated = ΕΝΗΜΕΡΩΘΗΚΑΝ
cli-col-wg = ΟΜΑΔΑ
cli-col-why-here = ΓΙΑΤΙ ΕΔΩ

cli-passphrase-ask = Συνθηματικό για το { $path }:{" "}
cli-passphrase-new = Νέο συνθηματικό (αν χαθεί, δεν υπάρχει τρόπος να ανακτηθεί):{" "}
cli-passphrase-again = Το νέο συνθηματικό ξανά:{" "}
cli-passphrase-no-terminal = αυτή η βάση δεδομένων είναι κρυπτογραφημένη και κανένα τερματικό δεν μπορεί να ζητήσει το συνθηματικό της: ορίστε το { $variable }
cli-passphrase-encrypted = η βάση δεδομένων κρυπτογραφήθηκε με το νέο συνθηματικό· φυλάξτε το καλά: χωρίς αυτό κανείς δεν μπορεί να ανοίξει το αρχείο
cli-passphrase-decrypted = η βάση δεδομένων δεν είναι πια κρυπτογραφημένη: όποιος έχει το αρχείο μπορεί να τη διαβάσει
cli-passphrase-backups-rekeyed = { $n ->
        [one] { $n } αυτόματο αντίγραφο ασφαλείας ξαναγράφτηκε αναλόγως
       *[other] { $n } αυτόματα αντίγραφα ασφαλείας ξαναγράφτηκαν αναλόγως
    }
cli-passphrase-backups-deleted = { $n ->
        [one] διαγράφηκε { $n } αυτόματο αντίγραφο ασφαλείας κρυπτογραφημένο με παλαιότερο συνθηματικό
       *[other] διαγράφηκαν { $n } αυτόματα αντίγραφα ασφαλείας κρυπτογραφημένα με παλαιότερο συνθηματικό
    }

cli-wg-heading = { $name } ({ $category }, { $status } από { $since }) — { $assembly }
cli-wg-proposal-count = { $n }: { $status }
cli-wg-proposals = Προτάσεις: { $counts }
cli-wg-proposals-none = Προτάσεις: καμία
cli-wg-report-backs = Ενημερώσεις: { $n }
cli-wg-status-set = η { $name } είναι τώρα { $status } (από { $since })

cli-person-forgotten = Πλέον { $placeholder }: άλλαξαν { $records } εγγραφές αυτής της συνέλευσης (ταξιδεύουν με το επόμενο πακέτο), ξαναγράφτηκαν { $rows } τοπικές γραμμές, διαγράφηκαν { $backups } αυτόματα αντίγραφα ασφαλείας.

cli-stack-name-the-entry = δηλώστε την εγγραφή με --entry ID, ή με --item και --name
cli-stack-undone = αναιρέθηκε: { $action }
cli-stack-undo-would = η αναίρεση θα αναιρούσε: { $action }
cli-stack-heading = { $reference } — { $title } ({ $policy })
cli-stack-heading-closed = { $reference } — { $title } ({ $policy }, η σειρά ομιλητών έκλεισε)
cli-stack-speaker-for = { $name } για την { $wg }
cli-stack-floor = έχει τον λόγο: { $speaker } ({ $kind }) εδώ και { $time }{ $paused ->
        [yes] , σε παύση
       *[no] {""}
    }
cli-stack-floor-of = έχει τον λόγο: { $speaker } ({ $kind }) εδώ και { $time } από { $limit }{ $paused ->
        [yes] , σε παύση
       *[no] {""}
    }
cli-stack-floor-nobody = έχει τον λόγο: κανείς
cli-airtime-heading = { $reference }: { $speeches } τοποθετήσεις από { $speakers } άτομα, { $time } συνολικά· { $first } μίλησαν για πρώτη φορά
cli-airtime-gini = Δείκτης Gini του χρόνου ομιλίας: { $gini } σε { $n } άτομα ({ $present })
cli-airtime-gini-none = Δείκτης Gini του χρόνου ομιλίας: κανένας (δεν έχει μιλήσει κανείς)
cli-airtime-first-time = πρώτη φορά
cli-airtime-no-list = (δεν επιλέχθηκε)
cli-airtime-last-speakers = τελευταίοι ομιλητές, από τον πιο πρόσφατο: { $names }

cli-meeting-format = { $code ->
        [spokes-council] συμβούλιο εκπροσώπων
       *[other] γενική συνέλευση
    }
cli-meeting-format-line = μορφή: { $format }
cli-meeting-spoke = { $name }: εκπρόσωπος της { $wg }
cli-meeting-spoke-line = { $wg }: { $name }
cli-meeting-spoke-until = { $wg }: { $name } (έως τις { $until })
cli-meeting-consult-line = διάλειμμα διαβούλευσης: { $wg } ({ $by }), { $minutes } λεπ., { $start }–{ $end }
cli-meeting-consult-ended = το διάλειμμα διαβούλευσης της { $wg } τελείωσε στις { $time }
cli-meeting-consult-called = διάλειμμα διαβούλευσης { $minutes } λεπ. για την { $wg } ({ $by })
cli-meeting-heading = { $reference } — { $date } — { $place } ({ $status })
cli-meeting-policy-attendance = σειρά ομιλητών: { $policy }· παρόντες: { $attendance }
cli-meeting-role = { $role }: { $name }
cli-meeting-role-from-until = { $role }: { $name } ({ $from }–{ $until })
cli-meeting-role-from = { $role }: { $name } (από τις { $from })
cli-meeting-role-until = { $role }: { $name } (έως τις { $until })
cli-meeting-planned = προγραμματισμένη διάρκεια: { $minutes } λεπ.
cli-meeting-planned-from-to = προγραμματισμένη διάρκεια: { $minutes } λεπ., { $start }–{ $end }{ $next_day ->
        [yes] {" "}(την επόμενη μέρα)
       *[no] {""}
    }
cli-meeting-corrected = διορθώσεις μετά τη συνέλευση:
cli-meeting-correction = { $time } ({ $actor }): { $what }: { $before } → { $after }
cli-meeting-corrected-none = (τίποτα)
cli-meeting-is-open = { $time ->
        [none] η { $reference } είναι ανοιχτή
       *[other] η { $reference } είναι ανοιχτή από τις { $time }
    }
cli-meeting-opened = { $time ->
        [none] η { $reference } άνοιξε
       *[other] η { $reference } άνοιξε στις { $time }
    }
cli-meeting-is-closed = { $time ->
        [none] η { $reference } έκλεισε
       *[other] η { $reference } έκλεισε στις { $time }
    }
cli-meeting-starts-at = η { $reference } ξεκινά στις { $time }
cli-meeting-no-start = η { $reference } δεν έχει ώρα έναρξης
cli-meeting-attendance = { $reference }: παρόντες { $attendance }
cli-meeting-attendance-none = { $reference }: οι παρόντες δεν καταγράφηκαν

cli-item-under-way = { $time ->
        [none] το { $reference } είναι σε εξέλιξη
       *[other] το { $reference } είναι σε εξέλιξη από τις { $time }
    }
cli-item-started = { $time ->
        [none] το { $reference } ξεκίνησε
       *[other] το { $reference } ξεκίνησε στις { $time }
    }
cli-item-done = { $time ->
        [none] το { $reference } ολοκληρώθηκε
       *[other] το { $reference } ολοκληρώθηκε στις { $time }
    }
cli-item-tabled = το { $reference } αναβλήθηκε
cli-report-back = ενημέρωση: { $from }· την παρουσίασε { $presenter }
cli-report-back-nobody = κανείς ακόμη
cli-report-back-on-behalf-of = εκ μέρους { $who }
cli-announcement = ανακοίνωση { $n }
cli-notes-would-blank = αυτό θα άδειαζε τις σημειώσεις αυτού του θέματος: αν αυτό θέλετε, χρησιμοποιήστε --clear
cli-notes-saved = { $reference }: οι σημειώσεις αποθηκεύτηκαν
cli-minutes-short = { $n } λεπ.

cli-proposal-no-decision = δεν καταγράφηκε απόφαση για την { $proposal } στη συνέλευση { $meeting }
cli-proposal-is = { $reference }: { $status }
cli-amendment-accepted = έγινε δεκτή: το κείμενο είναι τώρα στην έκδοση { $version }
cli-proposal-step = { $step } (επόμενο: { $next })
cli-proposal-heading = { $reference } — { $title } ({ $status })
cli-proposal-by = την πρότεινε: { $name }
cli-proposal-wg = ομάδα εργασίας: { $wg }
cli-proposal-adopted-from = υιοθετήθηκε από την πρόταση { $original } άλλης συνέλευσης
cli-proposal-version = έκδοση { $n } από { $total }:
cli-proposal-amendments = τροποποιήσεις:
cli-proposal-amendment = [{ $reference }] { $status }, από { $by }, στην έκδοση { $version }: { $diff }
cli-proposal-hearing = { $item } ({ $date }, { $status }): { $step }
cli-proposal-hearing-outcome = { $item } ({ $date }, { $status }): { $step } — { $outcome }
cli-proposal-hearing-outcome-by = { $item } ({ $date }, { $status }): { $step } — { $outcome } από { $by }
cli-proposal-hearing-outcome-why = { $item } ({ $date }, { $status }): { $step } — { $outcome }: { $why }
cli-proposal-hearing-outcome-by-why = { $item } ({ $date }, { $status }): { $step } — { $outcome } από { $by }: { $why }
cli-proposal-no-questions = δεν έγιναν διευκρινιστικές ερωτήσεις
cli-proposal-no-concerns = δεν διατυπώθηκαν ενστάσεις ούτε προτάθηκαν φιλικές τροποποιήσεις
cli-proposal-question = ερώτηση [{ $reference }] ({ $by }): { $question }
cli-proposal-answer = απάντηση: { $answer }
cli-proposal-concern = ένσταση [{ $reference }] ({ $by }, { $addressed ->
        [yes] απαντήθηκε
       *[no] ανοιχτή
    }): { $concern }
cli-proposal-temperature = κλίμα: { $up } πάνω, { $sideways } στο πλάι, { $down } κάτω
cli-proposal-decision = απόφαση με κανόνα { $rule }: { $explanation }
cli-proposal-stance = { $stance }: { $name }
cli-proposal-stance-why = { $stance }: { $name }: { $why }
cli-proposal-disputed = ΑΜΦΙΣΒΗΤΕΙΤΑΙ: { $note }

cli-scope-all = όλη η συνέλευση
cli-scope-meetings = { $n ->
        [one] { $n } επιλεγμένη συνέλευση
       *[other] { $n } επιλεγμένες συνελεύσεις
    }
cli-scope-since = αλλαγές από { $date }
cli-bundle-exported = { $file }: { $records } εγγραφές, { $deletions } διαγραφές, { $minutes } πρακτικά ({ $scope }), { $bytes } bytes
cli-bundle-sealed-for = σφραγισμένο για { $names }: μόνο αυτές μπορούν να το ανοίξουν
cli-bundle-import-undone = αναιρέθηκε: η εισαγωγή του { $file } από { $assembly } ({ $removed } εγγραφές αφαιρέθηκαν, { $restored } επανήλθαν όπως ήταν)
cli-bundle-passed-on = { $file }: το πακέτο της { $assembly } που φτιάχτηκε { $made }, αμετάβλητο
cli-bundle-not-received-id = το { $id } δεν είναι id ληφθέντος πακέτου (το `plenary bundle received` τα απαριθμεί)
cli-inspect-file = αρχείο:          { $file } ({ $bytes } bytes)
cli-inspect-sealed-for = σφραγισμένο για: { $names }
cli-inspect-sealed-not-us = {"                 "}αυτή η συνέλευση δεν είναι μία από αυτές: μόνο αυτές μπορούν να το ανοίξουν
cli-inspect-sealed-opened = σφραγισμένο για: { $names }· άνοιξε με το κλειδί αυτής της συνέλευσης
cli-inspect-from = από:             { $name } ({ $code }), συνέλευση { $id }
cli-inspect-fingerprint = αποτύπωμα:       { $fingerprint }
cli-inspect-key-new = κλειδί:          νέο: άγνωστο εδώ· η εισαγωγή το καρφιτσώνει
cli-inspect-key-known = κλειδί:          γνωστό: το κλειδί που είναι καρφιτσωμένο εδώ
cli-inspect-key-mismatch = κλειδί:          ΔΕΝ ΤΑΙΡΙΑΖΕΙ: αυτή η συνέλευση είναι γνωστή εδώ με άλλο κλειδί ({ $pinned })
cli-inspect-key-own = κλειδί:          το κλειδί αυτής της ίδιας της συνέλευσης
cli-inspect-made = φτιάχτηκε:       { $made } με { $generator }
cli-inspect-scope = εύρος:           { $scope }
cli-inspect-scope-meetings = εύρος:           { $scope } ({ $meetings })
cli-inspect-already-imported = εισαγωγή:        ήδη, στις { $at }
cli-inspect-verifies = επαληθεύεται:    ναι
cli-inspect-does-not-verify = επαληθεύεται:    ΟΧΙ: { $problem }
cli-inspect-importable = εισάγεται:       ναι, εδώ
cli-inspect-not-importable = εισάγεται:       ΟΧΙ, όχι εδώ: { $problem }
cli-inspect-would-refuse = απορρίπτονται:   { $n } εγγραφές θα απορρίπτονταν εδώ (το `bundle import --dry-run` λέει ποιες και γιατί)
cli-inspect-deletions = (διαγραφές)
cli-inspect-minutes = (πρακτικά)
cli-import-totals = { $dry_run ->
        [yes] θα εισαγόταν
       *[no] εισήχθη
    } το { $file } από { $assembly } ({ $code }): { $new } νέες, { $updated } ενημερώθηκαν, { $unchanged } αμετάβλητες, { $refused } απορρίφθηκαν, { $deleted } διαγράφηκαν
cli-import-key-pinned = { $dry_run ->
        [yes] θα καρφιτσωνόταν
       *[no] καρφιτσώθηκε
    } το κλειδί της { $assembly } ({ $code }), αποτύπωμα { $fingerprint }
cli-import-already = αυτό το αρχείο εισήχθη στις { $at }: τίποτα δεν αλλάζει
cli-import-refused = απορρίφθηκε { $record } { $id }: { $reason }
cli-import-more-refused = … και άλλες { $n } απορρίφθηκαν
cli-import-undo-hint = για να αναιρέσετε ολόκληρη αυτή την εισαγωγή: plenary bundle undo-import { $id }

cli-fed-no-folders = δεν υπάρχουν ακόμη φάκελοι ομοσπονδίας: επιλέξτε τους με `plenary federation folders --inbox DIR --outbox DIR`
cli-fed-watching = παρακολούθηση του { $inbox } (Ctrl+C για διακοπή)
cli-fed-stopped = σταμάτησε
cli-fed-outbox-note = εξερχόμενα: { $note }
cli-fed-inbox-read = εισερχόμενα: διαβάστηκαν { $read } αρχείο(α), { $unchanged } αμετάβλητα από την τελευταία φορά
cli-fed-waiting-file = αναμονή έγκρισης: { $file } από { $assembly } ({ $code }), αποτύπωμα κλειδιού { $fingerprint }
cli-fed-left-alone-file = αφέθηκε στην άκρη: { $file }: { $note }
cli-fed-own-skipped = παραλείφθηκαν { $n } πακέτο(α) αυτής της ίδιας της συνέλευσης
cli-fed-relayed = προωθήθηκε στα εξερχόμενα: { $file }
cli-fed-status-inbox = εισερχόμενα:          { $dir }
cli-fed-status-outbox = εξερχόμενα:           { $dir }
cli-fed-status-last-sync = τελευταίος συγχρ.:    { $at }
cli-fed-status-last-outbox = τελευταία εξερχόμενα: { $file }
cli-fed-outbox-file = { $file } ({ $records } εγγραφές, { $at })
cli-fed-status-imported = εισήχθησαν:           { $files } αρχείο(α)· προωθήθηκαν: { $relayed }
cli-fed-status-waiting = Αναμονή έγκρισης (ελέγξτε το αποτύπωμα με εκείνη τη συνέλευση, μετά `plenary federation approve ΑΠΟΤΥΠΩΜΑ`):
cli-fed-status-left-alone = Αφέθηκαν στην άκρη (νέα προσπάθεια όταν αλλάξει το αρχείο):

cli-room-not-a-ui = το { $dir } δεν είναι build της διεπαφής της εφαρμογής (δεν έχει index.html): φτιάξτε το με npm --prefix ui run build
cli-room-cannot-start = δεν μπορεί να ξεκινήσει ο διακομιστής της αίθουσας
cli-room-open = Η αίθουσα της { $reference } είναι ανοιχτή στο { $address }
cli-room-team = Οι συσκευές της ομάδας συνδέονται στο { $address }
cli-room-keys = Enter για νέους κωδικούς σύνδεσης, Ctrl+C για να κλείσει η αίθουσα.
cli-room-closed = Η αίθουσα έκλεισε.
cli-room-meeting-closed = Η { $reference } έκλεισε: η αίθουσα έκλεισε.
cli-room-role = { $code ->
        [participant] συμμετέχοντα/ουσα
        [stack-keeper] σειρά ομιλητών
        [minute-taker] τήρηση πρακτικών
       *[other] { $code }
    }
cli-room-code = Κωδικός σύνδεσης για { $role }: { $code } (μία φορά, μέσα σε { $minutes } λεπτά)

cli-search-none = κανένα αποτέλεσμα
cli-search-hits = αποτελέσματα { $first }–{ $last } από { $total }
cli-search-hits-more-than = αποτελέσματα { $first }–{ $last } από περισσότερα από { $total }

cli-minutes-approved = εγκρίθηκαν
cli-cannot-write = δεν μπορεί να γραφτεί το { $path }

cli-help-arg-json = Γράφει JSON (για σενάρια) αντί για κείμενο
cli-help-arg-meeting = Η συνέλευση: αριθμός (39), αναφορά (LDN-GA-39) ή id
cli-help-arg-item = Αναφορά θέματος της ημερήσιας διάταξης (39.3, LDN-GA-39.3) ή id
cli-help-arg-proposal = Η πρόταση: αναφορά (LDN-P-2026-034) ή id
cli-help-arg-hearing = Η συνέλευση όπου συζητείται η πρόταση (πρέπει να είναι στην ημερήσια διάταξή της)
cli-clap-help-flag = Εμφανίζει τη βοήθεια
cli-clap-version-flag = Εμφανίζει την έκδοση
cli-clap-help-command = Εμφανίζει αυτό το μήνυμα ή τη βοήθεια των υποεντολών που δίνονται
cli-clap-help-command-subcommand = Η υποεντολή της οποίας η βοήθεια εμφανίζεται
cli-clap-usage = Χρήση:
cli-clap-commands = Εντολές:
cli-clap-arguments = Ορίσματα:
cli-clap-options = Επιλογές:
cli-clap-unknown-subcommand = άγνωστη υποεντολή «{ $name }»
cli-clap-suggest-subcommand = συμβουλή: υπάρχει παρόμοια υποεντολή: «{ $name }»
cli-clap-unknown-argument = απρόσμενο όρισμα «{ $name }»
cli-clap-suggest-argument = συμβουλή: υπάρχει παρόμοιο όρισμα: «{ $name }»
cli-clap-missing-arguments = δεν δόθηκαν τα εξής υποχρεωτικά ορίσματα:
cli-clap-invalid-value = μη έγκυρη τιμή «{ $value }» για το «{ $arg }»
cli-clap-missing-value = το «{ $arg }» χρειάζεται τιμή, αλλά δεν δόθηκε καμία
cli-clap-possible-values = δυνατές τιμές: { $values }
cli-clap-missing-subcommand = η εντολή «{ $name }» χρειάζεται υποεντολή, αλλά δεν δόθηκε καμία
cli-clap-subcommands = υποεντολές: { $values }
cli-clap-used-twice = το όρισμα «{ $arg }» δεν μπορεί να δοθεί περισσότερες από μία φορές
cli-clap-conflict = το όρισμα «{ $arg }» δεν μπορεί να χρησιμοποιηθεί μαζί με το «{ $other }»
cli-clap-conflict-many = το όρισμα «{ $arg }» δεν μπορεί να χρησιμοποιηθεί μαζί με:
cli-clap-conflict-others = το όρισμα «{ $arg }» δεν μπορεί να χρησιμοποιηθεί μαζί με ένα ή περισσότερα από τα άλλα ορίσματα που δόθηκαν
cli-clap-invalid-value-because = μη έγκυρη τιμή «{ $value }» για το «{ $arg }»: { $reason }
cli-clap-number-empty = δεν είναι αριθμός: είναι κενό
cli-clap-number-invalid-digit = δεν είναι ακέραιος αριθμός: περιέχει χαρακτήρες που δεν είναι ψηφία
cli-clap-number-too-large = ο αριθμός είναι πολύ μεγάλος
cli-clap-number-too-small = ο αριθμός είναι πολύ μικρός
cli-clap-number-zero = ο αριθμός δεν μπορεί να είναι μηδέν
cli-clap-not-in-range = το { $value } δεν είναι στο διάστημα { $range }
cli-clap-invalid-utf8 = βρέθηκε μη έγκυρο UTF-8 σε ένα ή περισσότερα ορίσματα
cli-clap-more = Για περισσότερες πληροφορίες, δοκιμάστε «{ $flag }».

cli-help = Γενικές συνελεύσεις: ομάδες εργασίας, συνελεύσεις, ημερήσιες διατάξεις, σειρές ομιλητών, προτάσεις, πρακτικά, πακέτα.
cli-help-db = Το αρχείο της βάσης δεδομένων (προεπιλογή: ο φάκελος δεδομένων του συστήματος)
cli-help-lang = Η γλώσσα στην οποία μιλά το Plenary (τα μηνύματά του, αυτή η βοήθεια, τα πρακτικά): en, es, fr, de, pt, el ή ar. Ό,τι γράφτηκε στο αρχείο μένει όπως γράφτηκε. Προεπιλογή: LC_ALL, LC_MESSAGES ή LANG, αλλιώς αγγλικά
cli-help-init = Δημιουργεί τη συνέλευση αυτής της εγκατάστασης και το κλειδί υπογραφής της
cli-help-init-name = Το όνομα της συνέλευσης («Λαϊκή Συνέλευση Συντάγματος»)
cli-help-init-code = Σύντομος κωδικός για τις αναφορές (LDN-GA-39), 2–8 γράμματα ή ψηφία
cli-help-init-rule = Προεπιλεγμένος κανόνας απόφασης: consensus, modified:P, supermajority:A/B ή majority
cli-help-demo = Γεμίζει μια άδεια βάση δεδομένων με μια ρεαλιστική συνέλευση-παράδειγμα

cli-help-assembly = Η συνέλευση αυτής της εγκατάστασης: εμφάνιση, γλώσσα των πρακτικών που κοινοποιεί
cli-help-assembly-show = Εμφανίζει τη συνέλευση: όνομα, κωδικό, προεπιλεγμένο κανόνα απόφασης, γλώσσα των κοινοποιημένων πρακτικών
cli-help-assembly-show-json = { cli-help-arg-json }
cli-help-assembly-minutes-lang = Ορίζει τη γλώσσα των πρακτικών που κοινοποιεί η συνέλευση στα πακέτα της (τα πακέτα που έχουν ήδη γραφτεί κρατούν τη δική τους· οι εγγραφές μένουν όπως γράφτηκαν)
cli-help-assembly-minutes-lang-minutes-lang = en, es, fr, de, pt, el ή ar
cli-assembly-shown = { $name } ({ $code })
cli-assembly-rule = προεπιλεγμένος κανόνας: { $rule }
cli-assembly-minutes-lang = κοινοποιημένα πρακτικά: { $language } ({ $code })
cli-assembly-minutes-lang-set = { $name }: τα πρακτικά κοινοποιούνται στα { $language } ({ $code })
cli-help-wg = Ομάδες εργασίας
cli-help-wg-add = Δημιουργεί μια ομάδα εργασίας· γράφει το id της
cli-help-wg-add-name = Το όνομα της ομάδας εργασίας
cli-help-wg-add-category = operational, sectorial, strategy ή caucus
cli-help-wg-add-description = Τι κάνει η ομάδα εργασίας
cli-help-wg-add-status = forming (προεπιλογή), active, dormant ή dissolved
cli-help-wg-add-contact = Πώς επικοινωνεί κανείς μαζί της (email, τηλέφωνο, τόπος)
cli-help-wg-add-schedule = Πότε και πού συνεδριάζει («Τρίτες 18:00, στη βιβλιοθήκη»)
cli-help-wg-list = Απαριθμεί τις ομάδες εργασίας (δικές μας και εισαγόμενες)
cli-help-wg-show = Μια ομάδα εργασίας: το ιστορικό της κατάστασής της, οι προτάσεις της μετρημένες ανά κατάσταση και κάθε ενημέρωση που έδωσε, από την πιο πρόσφατη συνέλευση (ό,τι δείχνει η σελίδα της στην εφαρμογή)
cli-help-wg-show-wg = Όνομα ή id
cli-help-wg-status = Αλλάζει την κατάσταση μιας ομάδας εργασίας (η αλλαγή χρονολογείται)
cli-help-wg-status-wg = Όνομα ή id
cli-help-wg-status-set = forming, active, dormant ή dissolved
cli-help-wg-status-on = Ημερομηνία της αλλαγής, ΕΕΕΕ-ΜΜ-ΗΗ (προεπιλογή σήμερα)
cli-help-wg-status-note = Μια σημείωση για την αλλαγή (γιατί)
cli-help-meeting = Συνελεύσεις
cli-help-meeting-new = Προγραμματίζει νέα συνέλευση· γράφει την αναφορά της (TST-GA-3). Αριθμείται μετά την τελευταία
cli-help-meeting-new-date = ΕΕΕΕ-ΜΜ-ΗΗ
cli-help-meeting-new-place = Πού γίνεται η συνέλευση
cli-help-meeting-new-policy = progressive (προεπιλογή) ή fifo
cli-help-meeting-new-number = Ο αριθμός της συνέλευσης (προεπιλογή: ένας περισσότερος από την τελευταία)
cli-help-meeting-new-time = Προγραμματισμένη έναρξη, ΩΩ:ΛΛ (24ωρη, τοπική ώρα)
cli-help-meeting-new-format = general-assembly (προεπιλογή) ή spokes-council: ένας εκπρόσωπος ανά ομάδα εργασίας, μόνο οι εκπρόσωποι μπαίνουν στη σειρά ομιλητών, μία ψήφος ανά ομάδα στις αποφάσεις
cli-help-meeting-spoke = Ορίζει τον NAME εκπρόσωπο της ομάδας WG σε αυτό το συμβούλιο εκπροσώπων (δημιουργείται αν είναι νέα). Νέος εκπρόσωπος μιας ομάδας τερματίζει τη θητεία του προηγούμενου· και οι δύο μένουν στο αρχείο
cli-help-meeting-spoke-wg = Η ομάδα εργασίας (όνομα ή id)
cli-help-meeting-spoke-name = Το όνομα του εκπροσώπου
cli-help-meeting-spokes = Απαριθμεί τους εκπροσώπους και τα διαλείμματα διαβούλευσης ενός συμβουλίου εκπροσώπων
cli-help-meeting-consult = Ένας εκπρόσωπος ζητά διάλειμμα διαβούλευσης N λεπτών (1–30) για να συζητήσουν οι ομάδες μεταξύ τους· το `--end` τερματίζει το διάλειμμα σε εξέλιξη
cli-help-meeting-consult-by = Ο εκπρόσωπος που το ζητά
cli-help-meeting-consult-minutes = Πόσο διαρκεί το διάλειμμα, σε λεπτά (1–30)
cli-help-meeting-consult-end = Τερματίζει το διάλειμμα διαβούλευσης σε εξέλιξη
cli-help-meeting-list = Απαριθμεί τις συνελεύσεις αυτής της συνέλευσης, από την πιο πρόσφατη
cli-help-meeting-list-imported = Και τις συνελεύσεις των συνελεύσεων που εισήχθησαν από πακέτα (μετά από τις δικές μας, κατά κωδικό)
cli-help-meeting-show = Εμφανίζει μια συνέλευση: ρόλους και ημερήσια διάταξη
cli-help-meeting-open = Ανοίγει μια προγραμματισμένη συνέλευση. Χωρίς --at, η ώρα είναι του ρολογιού για συνέλευση που γίνεται σήμερα, αλλιώς άγνωστη· με --at σε κλειστή συνέλευση, διόρθωση
cli-help-meeting-open-at = Η ώρα που άνοιξε, ΩΩ:ΛΛ (τοπική, την ημερομηνία της συνέλευσης)
cli-help-meeting-close = Κλείνει μια ανοιχτή συνέλευση· μετά, το αρχείο της δέχεται διορθώσεις ώσπου να εγκριθούν τα πρακτικά της
cli-help-meeting-close-at = Η ώρα που έκλεισε, ΩΩ:ΛΛ (τοπική· μετά τα μεσάνυχτα μετρά ως η επόμενη μέρα)
cli-help-meeting-role = Δίνει σε κάποιον έναν ρόλο: facilitator, stack-keeper, timekeeper, minute-taker, vibes-watcher ή όποια δική σας λέξη (ανάγνωση σειράς, ζωντανή μετάδοση, …). Παράδοση: --until ΩΩ:ΛΛ για όποιον αποχωρεί, --from ΩΩ:ΛΛ για όποιον αναλαμβάνει· αν ξανατρέξει για κάποιον που έχει ήδη τον ρόλο, αλλάζει μόνο τις ώρες που δίνονται
cli-help-meeting-role-role = Ο ρόλος: facilitator, stack-keeper, timekeeper, minute-taker, vibes-watcher ή μια δική σας λέξη
cli-help-meeting-role-name = Ποιος τον έχει
cli-help-meeting-role-from = Από αυτή την ώρα της συνέλευσης (ΩΩ:ΛΛ· το "" τη σβήνει)
cli-help-meeting-role-until = Έως αυτή την ώρα (ΩΩ:ΛΛ· το "" τη σβήνει)
cli-help-meeting-time = Ορίζει την προγραμματισμένη ώρα έναρξης, ΩΩ:ΛΛ (24ωρη, τοπική ώρα)· το "" τη σβήνει
cli-help-meeting-time-time = Η ώρα έναρξης, ΩΩ:ΛΛ (το "" τη σβήνει)
cli-help-meeting-policy = Ορίζει τον κανόνα της σειράς ομιλητών της συνέλευσης (ga-process.md, "Fair floor"): fifo|progressive [,first-time-first] [,alternate:ΛΙΣΤΑ|ΛΙΣΤΑ…] [,cap:N] [,no-repeat]. Γράφει τον κανόνα σε ισχύ. Η αναίρεση στη σειρά ομιλητών του θέματος (--item, αλλιώς το θέμα σε εξέλιξη) τον παίρνει πίσω
cli-help-meeting-policy-set = Ο κανόνας: fifo|progressive [,first-time-first] [,alternate:ΛΙΣΤΑ|ΛΙΣΤΑ…] [,cap:N] [,no-repeat]
cli-help-meeting-policy-reason = Γιατί τον άλλαξε η ομάδα συντονισμού (τα πρακτικά το αναφέρουν)
cli-help-meeting-policy-item = Το θέμα στη σειρά ομιλητών του οποίου άλλαξε (προεπιλογή: το θέμα σε εξέλιξη, αν υπάρχει)
cli-help-meeting-attendance = Καταγράφει πόσοι ήταν παρόντες: αριθμός (55), εύρος (50-60) ή περίπου αριθμός (~50)· το "" το σβήνει
cli-help-meeting-attendance-count = 55, 50-60 ή ~50 (το "" το σβήνει)
cli-help-agenda = Θέματα της ημερήσιας διάταξης μιας συνέλευσης
cli-help-agenda-add = Προσθέτει θέμα στο τέλος της ημερήσιας διάταξης μιας συνέλευσης· γράφει την αναφορά του (TST-GA-3.2)
cli-help-agenda-add-kind = process, report-back, proposal, discussion, announcement, soapbox ή other
cli-help-agenda-add-title = Ο τίτλος του θέματος
cli-help-agenda-add-minutes = Προβλεπόμενος χρόνος σε λεπτά
cli-help-agenda-add-wg = Η ομάδα εργασίας που ενημερώνει (όνομα ή id)
cli-help-agenda-add-proposal = Η πρόταση που θα συζητηθεί (αναφορά ή id)
cli-help-agenda-prepare = Γεμίζει μια άδεια ημερήσια διάταξη με τη συνηθισμένη σειρά: καλωσόρισμα, ενημερώσεις, προτάσεις, ανακοινώσεις, ανοιχτό μικρόφωνο, κλείσιμο
cli-help-agenda-prepare-report-backs = Μια ομάδα εργασίας που ενημερώνει (επαναλαμβανόμενο, με τη σειρά)
cli-help-agenda-prepare-proposals = Μια πρόταση που θα συζητηθεί (επαναλαμβανόμενο, με τη σειρά)
cli-help-agenda-list = Απαριθμεί την ημερήσια διάταξη μιας συνέλευσης
cli-help-agenda-move = Μετακινεί ένα θέμα σε άλλη θέση (1 = πρώτη)
cli-help-agenda-move-to = Η νέα θέση (1 = πρώτη)
cli-help-agenda-start = Ανοίγει ένα θέμα: γίνεται αυτό σε εξέλιξη (η συνέλευση πρέπει να είναι ανοιχτή). Με --at σε θέμα που έχει ήδη ανοίξει (ή σε κλειστή συνέλευση), ορίζει την ώρα έναρξής του
cli-help-agenda-start-at = Η ώρα που άνοιξε, ΩΩ:ΛΛ (τοπική· χωρίς αυτή: του ρολογιού για συνέλευση σήμερα, αλλιώς άγνωστη)
cli-help-agenda-finish = Ολοκληρώνει το θέμα σε εξέλιξη. Με --at σε ολοκληρωμένο θέμα, ορίζει την ώρα λήξης του
cli-help-agenda-finish-at = Η ώρα που τελείωσε, ΩΩ:ΛΛ (τοπική)
cli-help-agenda-table = Αναβάλλει ένα εκκρεμές θέμα ή αυτό σε εξέλιξη
cli-help-agenda-table-reason = Γιατί· υποχρεωτικό όταν αναβάλλεται μαζί και η πρόταση του θέματος (τα πρακτικά το αναφέρουν)
cli-help-agenda-report-back = Καταγράφει μια ενημέρωση στο θέμα της, από ομάδα εργασίας ή εκ μέρους κάποιου. Αν ξανατρέξει, αλλάζει μόνο τα πεδία που δίνονται· για να αδειάσει πεδίο με κείμενο χρειάζεται --clear
cli-help-agenda-report-back-wg = Η ομάδα εργασίας που ενημερώνει (όνομα ή id)
cli-help-agenda-report-back-on-behalf-of = Εκ μέρους ποιου δίνεται («Συνέλευση Εξαρχείων»), αντί για ομάδα εργασίας
cli-help-agenda-report-back-presenter = Ποιος την παρουσίασε
cli-help-agenda-report-back-summary = Τι ανέφερε η ομάδα εργασίας
cli-help-agenda-report-back-asks = Τι ζητά από τη συνέλευση
cli-help-agenda-report-back-announcements = Οι ανακοινώσεις της
cli-help-agenda-report-back-clear = Αδειάζει ένα πεδίο: presenter, summary, asks, announcements ή on-behalf-of (επαναλαμβανόμενο)
cli-help-agenda-announce = Καταγράφει μια ανακοίνωση σε θέμα ανακοινώσεων
cli-help-agenda-announce-by = Ποιος την έκανε
cli-help-agenda-announce-on-behalf-of = Εκ μέρους ποιου («Συνέλευση Εξαρχείων»)
cli-help-agenda-announce-text = Η ανακοίνωση
cli-help-agenda-notes = Ορίζει τις σημειώσεις πρακτικών ενός θέματος (τις αντικαθιστά· το "" χρειάζεται --clear)
cli-help-agenda-notes-text = Οι σημειώσεις
cli-help-agenda-notes-clear = Αδειάζει τις σημειώσεις
cli-help-person = Άτομα: απαρίθμηση, μετονομασία, συγχώνευση
cli-help-person-list = Τα άτομα αυτής της συνέλευσης, με το πόσες εγγραφές και συνελεύσεις τα αναφέρουν
cli-help-person-rename = Μετονομάζει ένα άτομο· κάθε εγγραφή που το αναφέρει ακολουθεί
cli-help-person-rename-person = Το άτομο (όνομα ή id)
cli-help-person-rename-to = Το νέο όνομα
cli-help-person-merge = Συγχωνεύει δύο ονόματα που είναι ένα άτομο: κάθε εγγραφή του P αναφέρει στη θέση του το Q, και το P αφαιρείται
cli-help-person-merge-person = Το άτομο που συγχωνεύεται και φεύγει (όνομα ή id)
cli-help-person-merge-into = Το άτομο που μένει (όνομα ή id)
cli-help-person-forget = Ξεχνά ένα άτομο κατόπιν αιτήματός του: το όνομά του γίνεται «Συμμετέχων/ουσα N» παντού στο αρχείο αυτής της συνέλευσης (ελεύθερο κείμενο, αρχείο ομιλιών, ημερολόγιο)· τα αυτόματα αντίγραφα ασφαλείας διαγράφονται και το αρχείο συμπιέζεται ώστε να χαθούν τα bytes του ονόματος. Ταξιδεύει με το επόμενο πακέτο
cli-help-person-forget-person = Το άτομο (όνομα ή id)
cli-help-proposal = Προτάσεις
cli-help-proposal-new = Καταθέτει μια πρόταση (ή αποθηκεύει προσχέδιο με --draft)· γράφει την αναφορά της (TST-P-2026-001)
cli-help-proposal-new-title = Ο τίτλος της πρότασης
cli-help-proposal-new-text = Το κείμενο της πρότασης
cli-help-proposal-new-wg = Η ομάδα εργασίας που προτείνει (όνομα ή id)
cli-help-proposal-new-by = Το όνομα όποιου προτείνει
cli-help-proposal-new-draft = Την κρατά ως προσχέδιο (κατατίθεται αργότερα με `proposal submit`)
cli-help-proposal-new-date = Η μέρα που κατατέθηκε, ΕΕΕΕ-ΜΜ-ΗΗ (για παλιά πρόταση: η αναφορά της παίρνει εκείνο το έτος)
cli-help-proposal-submit = Καταθέτει ένα προσχέδιο
cli-help-proposal-list = Απαριθμεί τις προτάσεις, από την πιο πρόσφατη
cli-help-proposal-list-status = Μόνο όσες έχουν αυτή την κατάσταση
cli-help-proposal-adopt = Υιοθετεί ως δική της την πρόταση άλλης συνέλευσης· γράφει την αναφορά της νέας πρότασης (BRS-P-2026-001)
cli-help-proposal-adopt-proposal = Αναφορά (NYC-P-2026-003) ή id
cli-help-proposal-show = Εμφανίζει μια πρόταση με τις εκδόσεις, τις τροποποιήσεις, τις συζητήσεις και τις αποφάσεις της
cli-help-proposal-show-proposal = Αναφορά (LDN-P-2026-034) ή id
cli-help-proposal-amend = Καταγράφει μια φιλική τροποποίηση (όλο το τροποποιημένο κείμενο) και την απάντηση όσων προτείνουν· γράφει τη σύντομη αναφορά της (με --json: την τροποποίηση, το id της και το `short_ref`). Μια αποδεκτή τροποποίηση φτιάχνει νέα έκδοση του κειμένου
cli-help-proposal-amend-text = Το τροποποιημένο κείμενο της πρότασης
cli-help-proposal-amend-by = Ποιος την πρότεινε
cli-help-proposal-amend-meeting = Η συνέλευση όπου προτάθηκε (η πρόταση πρέπει να είναι στην ημερήσια διάταξή της)
cli-help-proposal-amend-accepted = Όσοι προτείνουν την αποδέχτηκαν
cli-help-proposal-amend-rejected = Όσοι προτείνουν την απέρριψαν
cli-help-proposal-amendment = Απαντά σε τροποποίηση που έμεινε σε εκκρεμότητα (με --correct: διορθώνει την απάντηση που καταγράφηκε· αφού κλείσει η συνέλευσή της, κρατιέται ως διόρθωση)
cli-help-proposal-amendment-amendment = Η σύντομη αναφορά της τροποποίησης (τη γράφει το `proposal show`) ή το id της
cli-help-proposal-amendment-correct = Διορθώνει την απάντηση που έχει ήδη καταγραφεί
cli-help-proposal-diff = Συγκρίνει δύο εκδόσεις του κειμένου λέξη προς λέξη ([-αφαιρέθηκε-]{"{"}+προστέθηκε+{"}"})
cli-help-proposal-diff-from = Προεπιλογή: η έκδοση πριν από το --to
cli-help-proposal-diff-to = Προεπιλογή: η τρέχουσα έκδοση
cli-help-proposal-step = Πηγαίνει μια συζήτηση σε βήμα της διαδικασίας· γράφει το βήμα και πού μπορεί να πάει μετά
cli-help-proposal-step-to = present, clarifying-questions, concerns, temperature-check, call-for-consensus ή vote
cli-help-proposal-step-none = Δεν τέθηκε τίποτα στο βήμα που αφήνει η συζήτηση (καμία διευκρινιστική ερώτηση· καμία ένσταση ή τροποποίηση): για να αφήσει κανείς τέτοιο βήμα πρέπει να το πει
cli-help-proposal-question = Καταγράφει μια διευκρινιστική ερώτηση σε συζήτηση· γράφει τη σύντομη αναφορά της, που δέχεται το `proposal answer` (με --json: την ερώτηση, το id της και το `short_ref`)
cli-help-proposal-question-text = Η ερώτηση
cli-help-proposal-question-by = Ποιος τη ρώτησε
cli-help-proposal-answer = Καταγράφει την απάντηση σε μια διευκρινιστική ερώτηση
cli-help-proposal-answer-question = Η σύντομη αναφορά της ερώτησης (τη γράφει το `proposal show`) ή το id της
cli-help-proposal-answer-text = Η απάντηση
cli-help-proposal-answer-by = Ποιος απάντησε (προεπιλογή: όσοι προτείνουν)
cli-help-proposal-concern = Καταγράφει μια ένσταση σε συζήτηση· γράφει τη σύντομη αναφορά της, που δέχεται το `proposal address` (με --json: την ένσταση, το id της και το `short_ref`)
cli-help-proposal-concern-text = Η ένσταση
cli-help-proposal-concern-by = Ποιος τη διατύπωσε
cli-help-proposal-address = Σημειώνει μια ένσταση ως απαντημένη (ή, με --not, ως μη απαντημένη)
cli-help-proposal-address-concern = Η σύντομη αναφορά της ένστασης (τη γράφει το `proposal show`) ή το id της
cli-help-proposal-address-response = Πώς απαντήθηκε
cli-help-proposal-address-not = Δεν απαντήθηκε
cli-help-proposal-temperature = Καταγράφει μια μέτρηση κλίματος (χέρια πάνω / στο πλάι / κάτω)· γράφει το id της
cli-help-proposal-temperature-up = Πόσα χέρια πάνω (συμφωνία)
cli-help-proposal-temperature-sideways = Πόσα χέρια στο πλάι (αμφιβολία)
cli-help-proposal-temperature-down = Πόσα χέρια κάτω (διαφωνία)
cli-help-proposal-temperature-note = Μια σημείωση για τα πρακτικά
cli-help-proposal-decide = Καταγράφει την απόφαση σε μια συνέλευση· γράφει τη λέξη του αποτελέσματος. Με --correct, αντικαθιστά την απόφαση που καταγράφηκε εκεί (αφού κλείσει η συνέλευση: κρατιέται ως διόρθωση)
cli-help-proposal-decide-rule = consensus, modified:P, supermajority:A/B ή majority (προεπιλογή: ο κανόνας της συνέλευσης)
cli-help-proposal-decide-support = Η ψηφοφορία: υπέρ (σε συναίνεση, πόσοι συμφώνησαν)
cli-help-proposal-decide-against = Η ψηφοφορία: κατά, μαζί με τα βέτο όπως ψήφισαν (όχι σε συναίνεση)
cli-help-proposal-decide-stand-asides = Ο συνολικός αριθμός των αποχών (προεπιλογή: όσες κατονομάζονται)
cli-help-proposal-decide-stand-aside = Μια κατονομαζόμενη αποχή, ΟΝΟΜΑ ή ΟΝΟΜΑ:ΛΟΓΟΣ (επαναλαμβανόμενο)
cli-help-proposal-decide-blocks = Ο συνολικός αριθμός των βέτο, κατονομαζόμενων ή μόνο μετρημένων («9 βέτο»· προεπιλογή: όσα κατονομάζονται)
cli-help-proposal-decide-block = Ένα κατονομαζόμενο βέτο, ΟΝΟΜΑ:ΛΟΓΟΣ (επαναλαμβανόμενο· ο λόγος είναι υποχρεωτικός)
cli-help-proposal-decide-quorum = Ελάχιστος αριθμός συμμετεχόντων
cli-help-proposal-decide-stand-aside-limit = A/B: αναβάλλεται όταν απέχει τουλάχιστον αυτό το μερίδιο των συμμετεχόντων
cli-help-proposal-decide-wg = Σε συμβούλιο εκπροσώπων, η ψήφος μιας ομάδας εργασίας (επαναλαμβανόμενο, μία ανά ομάδα): WG:for|against|stand-aside|block[:ΛΟΓΟΣ] (ένα βέτο χρειάζεται τον λόγο του)
cli-help-proposal-decide-correct = Διορθώνει την απόφαση που έχει ήδη καταγραφεί σε αυτή τη συνέλευση (οι μετρήσεις όπως ήταν)
cli-help-proposal-preview = Υπολογίζει ένα αποτέλεσμα χωρίς να καταγράψει τίποτα· γράφει τη λέξη του αποτελέσματος και γιατί
cli-help-proposal-dispute = Σημειώνει ως αμφισβητούμενη την απόφαση που πάρθηκε σε μια συνέλευση (ή αφαιρεί τη σήμανση με --clear)
cli-help-proposal-dispute-note = Τι πήγε στραβά (υποχρεωτικό εκτός με --clear)
cli-help-proposal-dispute-clear = Αφαιρεί τη σήμανση
cli-help-proposal-withdraw = Όσοι προτείνουν αποσύρουν την πρόταση (στη συζήτηση μιας συνέλευσης με --meeting)
cli-help-proposal-withdraw-meeting = Η συνέλευση της οποίας τη συζήτηση τερματίζει αυτό (η πρόταση πρέπει να είναι στην ημερήσια διάταξή της)
cli-help-proposal-withdraw-reason = Γιατί («μετά από 9 βέτο, θα επανέλθει με ενημερωτική συνάντηση»)· υποχρεωτικό
cli-help-proposal-withdraw-by = Ποιος («όσοι προτείνουν», «ο συντονισμός»)· προεπιλογή: όσοι προτείνουν σε απόσυρση, αλλιώς η συνέλευση
cli-help-proposal-send-back = Επιστρέφει την πρόταση στην ομάδα εργασίας της για να ξαναδουλευτεί
cli-help-proposal-table = Αναβάλλει την πρόταση· μπορεί να αποφασιστεί σε επόμενη συνέλευση
cli-help-minutes = Τα πρακτικά μιας συνέλευσης, παραγμένα από το αρχείο της
cli-help-minutes-meeting = Αριθμός συνέλευσης (3), αναφορά (RIV-GA-3) ή id
cli-help-minutes-format = md, html ή csv. Τα πρακτικά σε CSV είναι τρία αρχεία: FILE (αποφάσεις), FILE-speakers (αρχείο ομιλιών) και FILE-agenda· χωρίς -o, οι αποφάσεις πάνε στην τυπική έξοδο
cli-help-minutes-redact-names = Αντικαθιστά τα ονόματα των ατόμων με «Συμμετέχων/ουσα 1», «Συμμετέχων/ουσα 2», …
cli-help-minutes-speakers = Περιλαμβάνει το αρχείο ομιλιών κάθε θέματος (πάντα σε CSV)
cli-help-minutes-equity = Προσθέτει την κατανομή του χρόνου ομιλίας της συνέλευσης (Gini, υπολίστες, το μερίδιο κάθε ομιλητή· μόνο σύνολα με --redact-names). Όχι σε CSV (ο πίνακας ομιλιών του έχει το αρχείο)
cli-help-minutes-output = Γράφει σε αυτό το αρχείο αντί για την τυπική έξοδο
cli-help-minutes-approve-in = Καταγράφει ότι η ανοιχτή συνέλευση MEETING ενέκρινε αυτά τα πρακτικά (αντί να τα γράψει)
cli-help-stack = Η σειρά ομιλητών ενός θέματος της ημερήσιας διάταξης
cli-help-stack-add = Βάζει κάποιον στη σειρά ομιλητών ενός θέματος (δημιουργείται αν είναι νέο)· γράφει το id της εγγραφής
cli-help-stack-add-name = Το όνομα του ατόμου
cli-help-stack-add-kind = process, information, clarifying, direct-response ή speak
cli-help-stack-add-prioritize = Όποιος κρατά τη σειρά δίνει προτεραιότητα σε αυτή την εγγραφή (προοδευτική σειρά)
cli-help-stack-add-list = Η υπολίστα που διάλεξε το άτομο για αυτή τη συνέλευση (εναλλασσόμενες λίστες)
cli-help-stack-next = Τερματίζει την τρέχουσα τοποθέτηση και δίνει τον λόγο στον επόμενο· γράφει ποιος τον έχει (ή τίποτα)
cli-help-stack-show = Δείχνει ποιος έχει τον λόγο και ποιοι περιμένουν, με τη σειρά, με τον λόγο κάθε θέσης
cli-help-stack-undo = Αναιρεί την τελευταία ενέργεια στη σειρά ομιλητών αυτού του θέματος· γράφει τι αναιρέθηκε
cli-help-stack-withdraw = Βγάζει από τη σειρά μια εγγραφή που περιμένει
cli-help-stack-withdraw-entry = Η εγγραφή: η σύντομη αναφορά της (όπως τη γράφουν τα `stack add` και `stack show`) ή το id της
cli-help-stack-withdraw-item = Το θέμα στη σειρά του οποίου περιμένει το άτομο (με --name)
cli-help-stack-withdraw-name = Το όνομα του ατόμου (με --item)
cli-help-stack-withdraw-kind = Το είδος της εγγραφής, όταν περιμένει με περισσότερες: process, information, clarifying, direct-response ή speak
cli-help-stack-prioritize = Δίνει προτεραιότητα σε μια εγγραφή που περιμένει (ή με --unset, την αφαιρεί)
cli-help-stack-prioritize-unset = Αφαιρεί την προτεραιότητα
cli-help-stack-close = Κλείνει τη σειρά ομιλητών: ούτε νέοι ομιλητές ούτε άμεσες απαντήσεις
cli-help-stack-reopen = Ξανανοίγει μια κλειστή σειρά ομιλητών
cli-help-stack-pause = Βάζει σε παύση την τρέχουσα τοποθέτηση (ο χρόνος της σταματά)
cli-help-stack-resume = Συνεχίζει την τοποθέτηση που είναι σε παύση
cli-help-stack-limit = Ορίζει το όριο χρόνου ανά ομιλητή ενός θέματος (ή --none για να αφαιρεθεί)
cli-help-stack-limit-seconds = Το όριο, σε δευτερόλεπτα
cli-help-stack-limit-none = Αφαιρεί το όριο
cli-help-stack-log = Το αρχείο ομιλιών ενός θέματος: κάθε τοποθέτηση με τις ώρες, τις παύσεις και την υπέρβασή της
cli-help-stack-stats = Ποιος μίλησε πόσο σε μια συνέλευση. Η κατανομή του χρόνου ομιλίας μιας συνέλευσης (ή ενός θέματος): το μερίδιο κάθε ατόμου, το μερίδιο χρόνου των υπολιστών απέναντι στο μερίδιό τους στα άτομα, ο δείκτης Gini σε όλους τους παρόντες (όσοι σώπασαν μετρούν μηδέν), όσοι μίλησαν πρώτη φορά, οι δέκα τελευταίοι ομιλητές
cli-help-stack-stats-meeting = Η συνέλευση (και ως --meeting)
cli-help-stack-stats-item = Μόνο αυτό το θέμα της συνέλευσης
cli-help-bundle = Πακέτα: ανταλλαγή εγγραφών με άλλες συνελεύσεις
cli-help-bundle-export = Γράφει τις εγγραφές αυτής της συνέλευσης σε υπογεγραμμένο πακέτο (όλες, από προεπιλογή)
cli-help-bundle-export-output = Το αρχείο πακέτου που θα γραφτεί
cli-help-bundle-export-meetings = Μόνο αυτή η συνέλευση (αριθμός, αναφορά ή id), με ό,τι αναφέρει· επαναλαμβανόμενο
cli-help-bundle-export-since = Μόνο ό,τι άλλαξε αυτή τη μέρα ή μετά (ΕΕΕΕ-ΜΜ-ΗΗ, UTC), με ό,τι αναφέρει
cli-help-bundle-export-seal-to = Το σφραγίζει (υπογεγραμμένο, μετά κρυπτογραφημένο) ώστε μόνο αυτές οι συνελεύσεις να μπορούν να το ανοίξουν: καθεμία γνωστή εδώ με το κλειδί της (αυτή, ή μία της οποίας πακέτο εισήχθη), με κωδικό, όνομα, id ή αποτύπωμα· χωρισμένες με κόμμα ή επαναλαμβανόμενο
cli-help-bundle-inspect = Δείχνει ποιος έφτιαξε ένα πακέτο, το αποτύπωμα του κλειδιού του, τι περιέχει και αν επαληθεύεται. Σφραγισμένο πακέτο: για ποιους είναι σφραγισμένο και, αν αυτή η συνέλευση είναι μία από αυτές, το πακέτο μέσα
cli-help-bundle-inspect-file = Το αρχείο του πακέτου
cli-help-bundle-import = Εισάγει το πακέτο άλλης συνέλευσης: γράφει πόσες εγγραφές είναι νέες, ενημερωμένες, αμετάβλητες και απορριφθείσες. Τερματίζει με 0 όταν κάθε εγγραφή έγινε δεκτή (ή υπήρχε ήδη), 3 όταν κάποιες απορρίφθηκαν (τα υπόλοιπα εισάγονται· σε δοκιμή: θα εισάγονταν), 1 όταν απορρίφθηκε όλο το πακέτο (δεν γράφτηκε τίποτα). Με --json, η απόρριψη είναι επίσης JSON στην τυπική έξοδο
cli-help-bundle-import-dry-run = Μόνο έλεγχος και μέτρηση· δεν γράφεται τίποτα
cli-help-bundle-received = Απαριθμεί τα πακέτα που ελήφθησαν εδώ (κρατιούνται για να προωθηθούν ανέπαφα)
cli-help-bundle-undo-import = Αναιρεί ολόκληρη μια εισαγωγή: αφαιρεί ό,τι έφερε, επαναφέρει ό,τι αντικατέστησε ή διέγραψε και ξεχνά το ληφθέν πακέτο (μπορεί να εισαχθεί ξανά)
cli-help-bundle-undo-import-id = Το id του ληφθέντος πακέτου (`plenary bundle received`)
cli-help-bundle-pass-on = Γράφει ένα ληφθέν πακέτο, byte προς byte, για να προωθηθεί σε άλλη συνέλευση
cli-help-bundle-pass-on-id = Το id του (`plenary bundle received`)
cli-help-bundle-pass-on-output = Το αρχείο που θα γραφτεί
cli-help-federation = Ομοσπονδία μέσω κοινόχρηστου φακέλου: εισερχόμενα που παρακολουθούνται, εξερχόμενα που γράφονται
cli-help-federation-folders = Δείχνει τους φακέλους εισερχομένων και εξερχομένων, τα κλειδιά που περιμένουν έγκριση και τα αρχεία που αφέθηκαν στην άκρη· με --inbox και --outbox, επιλέγει πρώτα τους φακέλους
cli-help-federation-folders-inbox = Ο φάκελος όπου φτάνουν τα πακέτα άλλων συνελεύσεων (συγχρονισμένος με Syncthing, κοινόχρηστο δίσκο, …)
cli-help-federation-folders-outbox = Ο φάκελος όπου γράφονται τα πακέτα αυτής της συνέλευσης (μπορεί να είναι ο ίδιος με τα εισερχόμενα)
cli-help-federation-sync = Εισάγει ό,τι περιμένει στα εισερχόμενα, το προωθεί, γράφει τα εξερχόμενα — μία φορά
cli-help-federation-watch = Το ίδιο καθώς φτάνουν αρχεία (και τα εξερχόμενα μετά από κάθε συνέλευση που κλείνει), ώσπου να διακοπεί
cli-help-federation-watch-json = Ένα αντικείμενο JSON ανά γραμμή για κάθε τι που έκανε η παρακολούθηση
cli-help-federation-approve = Δέχεται το κλειδί μιας νέας συνέλευσης που περιμένει στα εισερχόμενα (αφού ελεγχθεί το αποτύπωμά του με εκείνη τη συνέλευση): το καρφιτσώνει και εισάγει τα πακέτα της
cli-help-federation-approve-fingerprint = Το αποτύπωμα του κλειδιού, όπως το δείχνει το `plenary federation folders`
cli-help-room = Η αίθουσα: εξυπηρετεί μια συνέλευση στις συσκευές της μέσω του τοπικού δικτύου
cli-help-room-serve = Εξυπηρετεί τη συνέλευση M στις συσκευές της αίθουσας ώσπου να πατηθεί Ctrl+C ή να κλείσει η M· γράφει τη διεύθυνση και κωδικούς σύνδεσης (το Enter γράφει νέους)
cli-help-room-serve-meeting = Αναφορά συνέλευσης (LDN-GA-39, 39) ή id
cli-help-room-serve-port = Η θύρα (0: οποιαδήποτε ελεύθερη)
cli-help-room-serve-bind = Η διεύθυνση ακρόασης (προεπιλογή: όλες οι διεπαφές, ώστε να τη φτάνουν οι συσκευές της αίθουσας μέσω του τοπικού δικτύου)
cli-help-room-serve-ui = Ένα build της διεπαφής της εφαρμογής (`ui/dist`) για τις συσκευές της ομάδας στο `/team`, όπου συνδέονται και κρατούν τη σειρά ομιλητών ή τα πρακτικά
cli-help-search = Αναζητά στις ομάδες εργασίας, ενημερώσεις, προτάσεις, αποφάσεις και πρακτικά όλων των συνελεύσεων
cli-help-search-text = Τι να αναζητηθεί: λέξεις (πρέπει να βρεθούν όλες· η τελευταία μπορεί να είναι αρχή λέξης)
cli-help-search-assembly = Μόνο οι εγγραφές αυτής της συνέλευσης (ο κωδικός της, π.χ. RIV)
cli-help-search-limit = Αποτελέσματα προς εμφάνιση (το πολύ 50)
cli-help-search-offset = Αποτελέσματα που παραλείπονται (η επόμενη σελίδα)
cli-help-passphrase = Κρυπτογράφηση σε αποθήκευση: ορισμός, αλλαγή ή αφαίρεση του συνθηματικού της βάσης δεδομένων
cli-help-passphrase-set = Κρυπτογραφεί αυτή τη μη κρυπτογραφημένη βάση δεδομένων με νέο συνθηματικό (ζητείται δύο φορές, ή PLENARY_NEW_PASSPHRASE). Δεν υπάρχει τρόπος να ανακτηθεί ένα χαμένο συνθηματικό
cli-help-passphrase-change = Δίνει νέο συνθηματικό στην κρυπτογραφημένη βάση δεδομένων (το τρέχον από το PLENARY_PASSPHRASE ή ζητείται· το νέο ζητείται δύο φορές, ή PLENARY_NEW_PASSPHRASE)
cli-help-passphrase-remove = Αποκρυπτογραφεί τη βάση δεδομένων: γίνεται ξανά απλό αρχείο SQLite
cli-help-backup = Γράφει ένα συνεπές αντίγραφο της βάσης δεδομένων στο FILE
cli-help-backup-output = Το αρχείο όπου θα γραφτεί το αντίγραφο
cli-help-restore = Αντικαθιστά τη βάση δεδομένων με ένα αντίγραφο ασφαλείας (ελέγχεται πρώτα· κρατιέται αντίγραφο της τρέχουσας)
cli-help-restore-file = Το αρχείο του αντιγράφου ασφαλείας

# The same words as another message.
cli-help-wg-list-json = { cli-help-arg-json }
cli-help-wg-show-json = { cli-help-arg-json }
cli-help-meeting-spoke-meeting = { cli-help-arg-meeting }
cli-help-meeting-spokes-meeting = { cli-help-arg-meeting }
cli-help-meeting-spokes-json = { cli-help-arg-json }
cli-help-meeting-consult-meeting = { cli-help-arg-meeting }
cli-help-meeting-list-json = { cli-help-arg-json }
cli-help-meeting-show-meeting = { cli-help-arg-meeting }
cli-help-meeting-show-json = { cli-help-arg-json }
cli-help-meeting-open-meeting = { cli-help-arg-meeting }
cli-help-meeting-close-meeting = { cli-help-arg-meeting }
cli-help-meeting-role-meeting = { cli-help-arg-meeting }
cli-help-meeting-time-meeting = { cli-help-arg-meeting }
cli-help-meeting-policy-meeting = { cli-help-arg-meeting }
cli-help-meeting-attendance-meeting = { cli-help-arg-meeting }
cli-help-agenda-add-meeting = { cli-help-arg-meeting }
cli-help-agenda-prepare-meeting = { cli-help-arg-meeting }
cli-help-agenda-list-meeting = { cli-help-arg-meeting }
cli-help-agenda-list-json = { cli-help-arg-json }
cli-help-agenda-move-item = { cli-help-arg-item }
cli-help-agenda-start-item = { cli-help-arg-item }
cli-help-agenda-finish-item = { cli-help-arg-item }
cli-help-agenda-table-item = { cli-help-arg-item }
cli-help-agenda-report-back-item = { cli-help-arg-item }
cli-help-agenda-announce-item = { cli-help-arg-item }
cli-help-agenda-notes-item = { cli-help-arg-item }
cli-help-person-list-json = { cli-help-arg-json }
cli-help-person-forget-json = { cli-help-arg-json }
cli-help-proposal-submit-proposal = { cli-help-arg-proposal }
cli-help-proposal-list-json = { cli-help-arg-json }
cli-help-proposal-show-json = { cli-help-arg-json }
cli-help-proposal-amend-proposal = { cli-help-arg-proposal }
cli-help-proposal-amend-json = { cli-help-arg-json }
cli-help-proposal-amendment-accepted = { cli-help-proposal-amend-accepted }
cli-help-proposal-amendment-rejected = { cli-help-proposal-amend-rejected }
cli-help-proposal-diff-proposal = { cli-help-arg-proposal }
cli-help-proposal-diff-json = { cli-help-arg-json }
cli-help-proposal-step-proposal = { cli-help-arg-proposal }
cli-help-proposal-step-meeting = { cli-help-arg-hearing }
cli-help-proposal-question-proposal = { cli-help-arg-proposal }
cli-help-proposal-question-json = { cli-help-arg-json }
cli-help-proposal-question-meeting = { cli-help-arg-hearing }
cli-help-proposal-concern-proposal = { cli-help-arg-proposal }
cli-help-proposal-concern-json = { cli-help-arg-json }
cli-help-proposal-concern-meeting = { cli-help-arg-hearing }
cli-help-proposal-temperature-proposal = { cli-help-arg-proposal }
cli-help-proposal-temperature-meeting = { cli-help-arg-hearing }
cli-help-proposal-decide-proposal = { cli-help-arg-proposal }
cli-help-proposal-decide-meeting = { cli-help-arg-hearing }
cli-help-proposal-preview-rule = { cli-help-proposal-decide-rule }
cli-help-proposal-preview-support = { cli-help-proposal-decide-support }
cli-help-proposal-preview-against = { cli-help-proposal-decide-against }
cli-help-proposal-preview-stand-asides = { cli-help-proposal-decide-stand-asides }
cli-help-proposal-preview-stand-aside = { cli-help-proposal-decide-stand-aside }
cli-help-proposal-preview-blocks = { cli-help-proposal-decide-blocks }
cli-help-proposal-preview-block = { cli-help-proposal-decide-block }
cli-help-proposal-preview-quorum = { cli-help-proposal-decide-quorum }
cli-help-proposal-preview-stand-aside-limit = { cli-help-proposal-decide-stand-aside-limit }
cli-help-proposal-preview-wg = { cli-help-proposal-decide-wg }
cli-help-proposal-preview-json = { cli-help-arg-json }
cli-help-proposal-dispute-proposal = { cli-help-arg-proposal }
cli-help-proposal-dispute-meeting = { cli-help-arg-hearing }
cli-help-proposal-withdraw-proposal = { cli-help-arg-proposal }
cli-help-proposal-send-back-proposal = { cli-help-arg-proposal }
cli-help-proposal-send-back-meeting = { cli-help-proposal-withdraw-meeting }
cli-help-proposal-send-back-reason = { cli-help-proposal-withdraw-reason }
cli-help-proposal-send-back-by = { cli-help-proposal-withdraw-by }
cli-help-proposal-table-proposal = { cli-help-arg-proposal }
cli-help-proposal-table-meeting = { cli-help-proposal-withdraw-meeting }
cli-help-proposal-table-reason = { cli-help-proposal-withdraw-reason }
cli-help-proposal-table-by = { cli-help-proposal-withdraw-by }
cli-help-stack-add-item = { cli-help-arg-item }
cli-help-stack-next-item = { cli-help-arg-item }
cli-help-stack-show-item = { cli-help-arg-item }
cli-help-stack-show-json = { cli-help-arg-json }
cli-help-stack-undo-item = { cli-help-arg-item }
cli-help-stack-prioritize-entry = { cli-help-stack-withdraw-entry }
cli-help-stack-prioritize-item = { cli-help-stack-withdraw-item }
cli-help-stack-prioritize-name = { cli-help-stack-withdraw-name }
cli-help-stack-prioritize-kind = { cli-help-stack-withdraw-kind }
cli-help-stack-close-item = { cli-help-arg-item }
cli-help-stack-reopen-item = { cli-help-arg-item }
cli-help-stack-pause-item = { cli-help-arg-item }
cli-help-stack-resume-item = { cli-help-arg-item }
cli-help-stack-limit-item = { cli-help-arg-item }
cli-help-stack-log-item = { cli-help-arg-item }
cli-help-stack-log-json = { cli-help-arg-json }
cli-help-stack-stats-meeting-opt = { cli-help-arg-meeting }
cli-help-stack-stats-json = { cli-help-arg-json }
cli-help-bundle-inspect-json = { cli-help-arg-json }
cli-help-bundle-import-file = { cli-help-bundle-inspect-file }
cli-help-bundle-import-json = { cli-help-arg-json }
cli-help-bundle-received-json = { cli-help-arg-json }
cli-help-bundle-undo-import-json = { cli-help-arg-json }
cli-help-federation-folders-json = { cli-help-arg-json }
cli-help-federation-sync-json = { cli-help-arg-json }
cli-help-federation-approve-json = { cli-help-arg-json }
cli-help-search-json = { cli-help-arg-json }
