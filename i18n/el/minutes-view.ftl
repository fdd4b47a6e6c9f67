# Η προεπισκόπηση των πρακτικών στην εφαρμογή (ui/src/views/minutes).

## Η γραμμή εργαλείων

minutes-view-back = {"← "}
minutes-view-meeting = Συνέλευση
minutes-view-redact = Απόκρυψη ονομάτων
minutes-view-include-speakers = Με τις τοποθετήσεις
minutes-view-include-equity = Με την κατανομή του χρόνου ομιλίας
minutes-view-export = Εξαγωγή
minutes-view-export-as = Εξαγωγή ως { $format }
minutes-view-print = Εκτύπωση…
minutes-view-saving = Αποθήκευση…
minutes-view-saved-to = Αποθηκεύτηκε στο { $path }
minutes-view-saved-to-files = Αποθηκεύτηκε σε { $n } αρχεία:
minutes-view-export-cancelled = Η εξαγωγή ακυρώθηκε· δεν αποθηκεύτηκε τίποτα.
minutes-view-live = Ζωντανή προεπισκόπηση, ενημέρωση στις
minutes-view-as-of = Προεπισκόπηση της ώρας
minutes-view-redacted = · ονόματα κρυμμένα (και στις εξαγωγές)
minutes-view-with-speakers = · με τις τοποθετήσεις
minutes-view-loading = Φόρτωση των πρακτικών…

## Έγκριση

minutes-view-approve = Έγκριση αυτών των πρακτικών
minutes-view-approve-hint = Τα πρακτικά τα εγκρίνει μια επόμενη συνέλευση ενώ συνεδριάζει.
minutes-view-approved-by = Έγκριση από
minutes-view-approve-option = { $reference } — { $date } (ανοιχτή)
minutes-view-approve-none = Καμία συνέλευση δεν είναι ανοιχτή τώρα: ανοίξτε τη συνέλευση που τα εγκρίνει και επιστρέψτε εδώ.
minutes-view-loading-meetings = Φόρτωση των συνελεύσεων…
minutes-view-approved-result = Τα πρακτικά της { $reference } εγκρίθηκαν στη { $at }.
minutes-view-still-draft = Τα πρακτικά της { $reference } είναι ακόμη προσχέδιο.

## Το έγγραφο

minutes-view-in-progress = · η συνέλευση είναι σε εξέλιξη
minutes-view-not-yet-held = · η συνέλευση δεν έχει γίνει ακόμη
minutes-view-ga-number = — Συνέλευση { $number }
minutes-view-status-draft = Προσχέδιο (δεν έχουν εγκριθεί ακόμη)
minutes-view-status-approved = Εγκρίθηκαν στη { $reference }
minutes-view-status-approved-on = Εγκρίθηκαν στη { $reference } στις { $date }
minutes-view-spoke-from = (από τις { $at })
minutes-view-spoke-until = (έως τις { $at })
minutes-view-consult = Διάλειμμα διαβούλευσης { $start }–{ $end }, το ζήτησε ο/η { $name }, εκπρόσωπος της ομάδας { $wg } ({ $minutes } λεπτά)
minutes-view-consult-during = Διάλειμμα διαβούλευσης { $start }–{ $end }, το ζήτησε ο/η { $name }, εκπρόσωπος της ομάδας { $wg } ({ $minutes } λεπτά), κατά το { $item }
minutes-view-empty = Η ημερήσια διάταξη αυτής της συνέλευσης είναι κενή.
minutes-view-kind-process = Διαδικασία
minutes-view-kind-report-back = Ενημέρωση ομάδας
minutes-view-kind-proposal = Πρόταση
minutes-view-kind-discussion = Συζήτηση
minutes-view-kind-announcement = Ανακοινώσεις
minutes-view-kind-soapbox = Ελεύθερο βήμα
minutes-view-kind-other = Άλλο
minutes-view-who = ποιος/α:
minutes-view-speech = { $kind }, { $at }

## Μια πρόταση που συζητήθηκε

minutes-view-proposed-by = Πρόταση από
minutes-view-asked-by = (ερώτηση από { $name })
minutes-view-answer = Απάντηση:
minutes-view-answer-by = Απάντηση από { $name }:
minutes-view-not-answered = Χωρίς απάντηση.
minutes-view-raised-by = (ένσταση από { $name })
minutes-view-addressed = Απαντήθηκε
minutes-view-not-addressed = Δεν απαντήθηκε
minutes-view-amendment = { $amendment }, από { $name } — { $result }. Το κείμενο με την τροποποίηση:
minutes-view-amendment-n = Τροποποίηση { $n }
minutes-view-temperature = { $n ->
    [one] Μέτρηση κλίματος
   *[other] Μετρήσεις κλίματος
  }
minutes-view-not-binding = (μη δεσμευτική)
minutes-view-temperature-line = Πάνω { $up } · στο πλάι { $sideways } · κάτω { $down }
minutes-view-rule = Κανόνας:
minutes-view-rule-line = { $rule }.
minutes-view-rule-chosen = { $rule } — επιλέχθηκε για αυτή την απόφαση· ο συνηθισμένος κανόνας της συνέλευσης είναι { $default }.
minutes-view-rule-consensus = συναίνεση
minutes-view-rule-majority = απλή πλειοψηφία
minutes-view-rule-modified = τροποποιημένη συναίνεση στο { $percent }
minutes-view-rule-supermajority = αυξημένη πλειοψηφία { $share }
minutes-view-counted = Καταμέτρηση:
minutes-view-quorum-and-limit = Απαρτία και όριο
minutes-view-quorum = Απαρτία
minutes-view-limit = Όριο αποχών
minutes-view-entered-by = Καταγραφή: { $by }.
minutes-view-outcome = Αποτέλεσμα:
minutes-view-outcome-consensus = Συναίνεση
minutes-view-outcome-passed = Εγκρίθηκε
minutes-view-outcome-blocked = Μπλοκαρίστηκε
minutes-view-outcome-failed = Δεν εγκρίθηκε
minutes-view-outcome-tabled = Αναβλήθηκε
minutes-view-outcome-withdrawn = Αποσύρθηκε
minutes-view-outcome-sent-back = Επεστράφη στην ομάδα εργασίας
minutes-view-disputed = Αμφισβητείται.
minutes-view-text-as-decided = Κείμενο όπως αποφασίστηκε
