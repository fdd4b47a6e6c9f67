# Οι λέξεις της λειτουργίας συνέλευσης (ui/src/views/meeting).

## Κωδικοί σε λέξεις

meeting-kind-process = Διαδικασία
meeting-kind-report-back = Ενημέρωση ομάδας
meeting-kind-proposal = Πρόταση
meeting-kind-discussion = Συζήτηση
meeting-kind-announcement = Ανακοινώσεις
meeting-kind-soapbox = Ελεύθερο βήμα
meeting-kind-other = Άλλο
meeting-item-pending = Εκκρεμεί
meeting-item-active = Σε εξέλιξη
meeting-item-done = Ολοκληρώθηκε
meeting-item-tabled = Αναβλήθηκε
meeting-status-planned = Προγραμματισμένη
meeting-status-open = Ανοιχτή
meeting-status-closed = Κλειστή
meeting-duration-min = { $min } λεπ.
meeting-duration-h = { $h } ώρ.
meeting-duration-h-min = { $h } ώρ. { $min } λεπ.
meeting-item-name = { $reference } «{ $title }»

## Η προβολή της συνέλευσης

meeting-breadcrumb = Διαδρομή
meeting-back = ← Αρχική
meeting-stack-link = Σειρά ομιλητών →
meeting-minutes-link = Πρακτικά →
meeting-open-projector = Άνοιγμα προβολέα
meeting-with-equity = με την κατανομή του χρόνου ομιλίας
meeting-not-available = Η συνέλευση δεν είναι διαθέσιμη
meeting-loading = Φόρτωση της συνέλευσης…
meeting-spokes-council = Συμβούλιο εκπροσώπων
meeting-correcting = Αυτή η συνέλευση έχει κλείσει: οι αλλαγές κρατιούνται ως διορθώσεις και καταγράφονται στα πρακτικά.
meeting-read-only = Το αρχείο αυτής της συνέλευσης διαβάζεται αλλά δεν αλλάζει πια:
meeting-corrected = Διορθώθηκε μετά τη συνέλευση
meeting-none = (τίποτα)
meeting-mode = Λειτουργία συνέλευσης
meeting-now = Τώρα
meeting-finish-item = Ολοκλήρωση { $reference }
meeting-take-up-next = Επόμενο: { $reference }
meeting-take-up-next-label = Επόμενο: { $item }
meeting-stack-panel = Σειρά ομιλητών
meeting-process-panel = Διαδικασία συναίνεσης
meeting-coming-up = Ακολουθούν
meeting-nothing-left = Δεν μένει τίποτα στην ημερήσια διάταξη μετά από αυτό το θέμα.
meeting-report-back-notes-of = Η ενημέρωση, οι σημειώσεις και οι εκκρεμότητες του { $reference }:
meeting-notes-of = Οι σημειώσεις και οι εκκρεμότητες του { $reference }:
meeting-in-agenda-item = στο θέμα του στην ημερήσια διάταξη, πιο κάτω
meeting-roles-aside = Ρόλοι
meeting-prepared = Η ημερήσια διάταξη ετοιμάστηκε: { $n } θέματα, προβλεπόμενα { $planned }.

## Η κεφαλίδα

meeting-planned = Προβλέπεται: { $time }
meeting-opened-at-time = Άνοιξε { $time }
meeting-closed-at-time = Έκλεισε { $time }
meeting-open-at = Στις
meeting-open-at-note = (ΩΩ:ΛΛ, για καταγραφή εκ των υστέρων)
meeting-open-at-now = τώρα
meeting-open = Άνοιγμα της συνέλευσης
meeting-close-ask = Κλείσιμο της συνέλευσης…
meeting-close-question = Να κλείσει η { $reference }; Η ημερήσια διάταξη δεν αλλάζει πια· το αρχείο της μπορεί ακόμη να διορθωθεί (κάθε διόρθωση καταγράφεται στα πρακτικά) μέχρι να εγκριθούν τα πρακτικά.
meeting-closed-at = Έκλεισε στις
meeting-closed-at-note = (ΩΩ:ΛΛ, για καταγραφή εκ των υστέρων· κενό: τώρα)
meeting-close = Κλείσιμο της συνέλευσης
meeting-keep-open = Να μείνει ανοιχτή
meeting-start-form = Προγραμματισμένη ώρα έναρξης
meeting-starts-at = Αρχίζει στις
meeting-set = Ορισμός
meeting-start-cleared = Η ώρα έναρξης σβήστηκε.
meeting-start-saved = Η ώρα έναρξης αποθηκεύτηκε: { $time }.
meeting-opened-at = Άνοιξε στις
meeting-opened-form = Ώρα που άνοιξε η συνέλευση
meeting-closed-form = Ώρα που έκλεισε η συνέλευση
meeting-time-saved-opened = Άνοιξε στις { $time }.
meeting-time-saved-closed = Έκλεισε στις { $time }.
meeting-time-saved-opened-correction = Άνοιξε στις { $time } (κρατήθηκε ως διόρθωση).
meeting-time-saved-closed-correction = Έκλεισε στις { $time } (κρατήθηκε ως διόρθωση).

## Το πρόγραμμα

meeting-starts = Αρχίζει { $time }
meeting-planned-end = προβλεπόμενο τέλος { $time }
meeting-next-day = (την επόμενη μέρα)
meeting-no-start = Χωρίς ώρα έναρξης: ορίστε μία για να δείτε το προβλεπόμενο τέλος
meeting-pace = Με αυτόν τον ρυθμό, τελειώνει { $time }
meeting-pace-late = — { $n } λεπ. μετά το προβλεπόμενο τέλος
meeting-pace-on-time = — εντός χρόνου

## Το χρονόμετρο του θέματος

meeting-under-way = Σε εξέλιξη
meeting-item-time = Χρόνος σε αυτό το θέμα
meeting-timer-of = από { $time }
meeting-timer-s = { $s } δευτ.
meeting-timer-over = { $time } παραπάνω
meeting-timer-left = απομένουν { $time }
meeting-timer-item-over = Το { $name } ξεπέρασε τον χρόνο του.

## Η ημερήσια διάταξη

meeting-agenda = Ημερήσια διάταξη
meeting-agenda-count = { $n ->
    [one] { $n } θέμα
   *[other] { $n } θέματα
  }
meeting-agenda-keys = Τα Alt+↑ και Alt+↓ μετακινούν το επιλεγμένο θέμα· τα θέματα μπορούν και να σύρονται.
meeting-agenda-empty = Η ημερήσια διάταξη είναι κενή.
meeting-agenda-empty-prepare = Ετοιμάστε τη από τη συνηθισμένη σειρά θεμάτων ή προσθέστε τα θέματα ένα ένα πιο κάτω.
meeting-no-item-under-way = Κανένα θέμα σε εξέλιξη. Το «Έναρξη» ξεκινά ένα.
meeting-moved = Το «{ $title }» είναι τώρα το θέμα { $position } από { $count }.
meeting-removed = Αφαιρέθηκε το «{ $title }».
meeting-step-start = Το { $item } είναι σε εξέλιξη.
meeting-step-finish = Το { $item } ολοκληρώθηκε.
meeting-step-table = Το { $item } αναβλήθηκε.
meeting-table-form = Αναβολή του { $reference }
meeting-table-why = Γιατί αναβάλλεται το { $item };
meeting-table-why-note = Η πρότασή του αναβάλλεται μαζί του· τα πρακτικά γράφουν την αιτία.
meeting-table = Αναβολή
meeting-keep-it = Να μείνει
meeting-no-time-set = χωρίς ορισμένο χρόνο
meeting-process-link = Διαδικασία συναίνεσης →
meeting-process-link-label = Διαδικασία συναίνεσης του { $item }
meeting-proposal-page = Σελίδα της πρότασης
meeting-item-stack-label = Σειρά ομιλητών του { $item }
meeting-take-up = Έναρξη
meeting-take-up-label = Έναρξη του { $item }
meeting-finish = Ολοκλήρωση
meeting-finish-label = Ολοκλήρωση του { $item }
meeting-table-label = Αναβολή του { $item }
meeting-move-up = Μετακίνηση του { $item } πάνω
meeting-move-down = Μετακίνηση του { $item } κάτω
meeting-remove = Αφαίρεση
meeting-remove-label = Αφαίρεση του { $item }
meeting-remove-question = Να αφαιρεθεί το «{ $title }» από την ημερήσια διάταξη;
meeting-keep = Να μείνει
meeting-started-time = Άρχισε { $time }
meeting-ended-time = · τελείωσε { $time }
meeting-notes-heading = Σημειώσεις πρακτικογράφου
meeting-nothing-recorded = Τίποτα καταγεγραμμένο για αυτό το θέμα.
meeting-item-corrections = Διορθώσεις του { $reference }
meeting-started-at = Άρχισε στις
meeting-ended-at = Τελείωσε στις
meeting-take-up-at = Έναρξη αυτή την ώρα
meeting-finish-at = Ολοκλήρωση αυτή την ώρα
meeting-started-form = Ώρα που άρχισε το { $reference }
meeting-ended-form = Ώρα που τελείωσε το { $reference }
meeting-save = Αποθήκευση
meeting-optional = (προαιρετικά)

## Ρόλοι

meeting-roles = Ρόλοι
meeting-roles-none = Κανείς δεν έχει ακόμη ρόλο.
meeting-role-from = (από { $time })
meeting-role-until = (έως { $time })
meeting-role-remove-label = Αφαίρεση του/της { $name } από τον ρόλο { $role }
meeting-role-form = Ανάθεση ρόλου σε πρόσωπο
meeting-role = Ρόλος
meeting-role-own = (ή οποιοσδήποτε δικός σας ρόλος)
meeting-role-name = Όνομα
meeting-role-from-label = Από
meeting-role-from-hint = (ΩΩ:ΛΛ, ανέλαβε αργότερα)
meeting-role-until-label = Έως
meeting-role-until-hint = (ΩΩ:ΛΛ, αποχώρησε νωρίτερα)
meeting-role-add = Ανάθεση ρόλου

## Η αίθουσα

meeting-room = Η αίθουσα
meeting-room-intro = Διάθεση αυτής της συνέλευσης στο τοπικό δίκτυο: τα κινητά την παρακολουθούν και σηκώνουν χέρι, ένα δεύτερο λάπτοπ συνδέεται για τη σειρά ομιλητών ή τα πρακτικά.
meeting-room-open = Άνοιγμα της αίθουσας
meeting-room-elsewhere = Η αίθουσα είναι ανοιχτή για άλλη συνέλευση.
meeting-room-close = Κλείσιμο της αίθουσας
meeting-room-participants-open = Οι συμμετέχοντες/ουσες ανοίγουν
meeting-room-qr = Κωδικός QR της διεύθυνσης της αίθουσας, { $url }
meeting-room-codes = Κωδικοί σύζευξης
meeting-room-codes-note = (ο καθένας ισχύει μία φορά, για 5 λεπτά)
meeting-room-team-open = Στη συσκευή της ομάδας, ανοίξτε
meeting-room-team-type = και πληκτρολογήστε τον κωδικό.
meeting-room-none-waiting = Κανένας σε αναμονή.
meeting-room-code-left = (απομένουν { $n } λεπ.)
meeting-room-role-stack-keeper = σειρά ομιλητών
meeting-room-role-minute-taker = πρακτικά
meeting-room-new-code-stack-keeper = Νέος κωδικός για τη σειρά ομιλητών
meeting-room-new-code-minute-taker = Νέος κωδικός για τα πρακτικά
meeting-room-paired = Συνδεδεμένες συσκευές
meeting-room-none = Καμία.
meeting-room-revoke = Ανάκληση
meeting-room-revoke-label = Ανάκληση της συσκευής { $id } ({ $role })

## Χρόνος ομιλίας, σημειώσεις, εκκρεμότητες, παρουσίες

meeting-airtime-refresh = Ανανέωση των αριθμών
meeting-notes-saving = Αποθήκευση…
meeting-notes-error = Δεν αποθηκεύτηκε — το κείμενό σας μένει εδώ. Το Ctrl+Enter ξαναδοκιμάζει.
meeting-notes-unsaved-auto = Δεν αποθηκεύτηκε ακόμη — αποθηκεύεται σε λίγο, όταν φύγετε από το πεδίο ή με Ctrl+Enter.
meeting-notes-unsaved = Δεν αποθηκεύτηκε ακόμη — αποθηκεύεται όταν φύγετε από το πεδίο ή με Ctrl+Enter.
meeting-notes-saved = Αποθηκεύτηκε.
meeting-notes-hint-auto = Αποθηκεύεται καθώς γράφετε (μετά από μια παύση), όταν φύγετε από το πεδίο ή με Ctrl+Enter.
meeting-notes-hint = Αποθηκεύεται όταν φύγετε από το πεδίο ή με Ctrl+Enter.
meeting-actions-loading = Φόρτωση των εκκρεμοτήτων…
meeting-actions = Εκκρεμότητες
meeting-action-remove-label = Αφαίρεση της εκκρεμότητας «{ $text }»
meeting-actions-none = Καμία ακόμη.
meeting-action-form = Νέα εκκρεμότητα για το { $reference }
meeting-action-what = Τι θα γίνει
meeting-action-who = Ποιος/α
meeting-action-add = Προσθήκη
meeting-attendance-cleared = Οι παρουσίες σβήστηκαν.
meeting-attendance-saved = Οι παρουσίες αποθηκεύτηκαν: { $attendance }.
meeting-attendance-form = Καταγραφή παρουσιών
meeting-attendance = Παρουσίες
meeting-attendance-hint = (55, 50-60 ή ~50)

## Ενημερώσεις και ανακοινώσεις

meeting-rb = Ενημέρωση ομάδας
meeting-rb-of = Ενημέρωση της ομάδας { $wg }
meeting-rb-behalf-of = Ενημέρωση εκ μέρους: { $whom }
meeting-rb-behalf = Εκ μέρους
meeting-rb-behalf-hint = (άλλης συνέλευσης, μιας ομάδας, ενός προσώπου)
meeting-rb-presenter = Παρουσίαση από
meeting-rb-summary = Σύνοψη
meeting-rb-asks = Αιτήματα
meeting-rb-asks-hint = (άνθρωποι, χρήματα, στήριξη…)
meeting-rb-announcements = Ανακοινώσεις
meeting-rb-none = Δεν καταγράφηκε ενημέρωση.
meeting-rb-form = Ενημέρωση για το { $reference }
meeting-rb-field-presenter = ποιος/α παρουσιάζει
meeting-rb-field-summary = τη σύνοψη
meeting-rb-field-asks = τα αιτήματα
meeting-rb-field-announcements = τις ανακοινώσεις
meeting-rb-field-on-behalf-of = εκ μέρους ποιου
meeting-rb-blank-one = Αυτό αδειάζει { $fields }. Να αδειάσει;
meeting-rb-blank-many = Αυτό αδειάζει { $fields }. Να αδειάσουν;
meeting-rb-blank = Άδειασμα και αποθήκευση
meeting-rb-keep = Να μείνει το κείμενο
meeting-rb-save = Αποθήκευση της ενημέρωσης
meeting-rb-ctrl-enter = Το Ctrl+Enter σε πλαίσιο κειμένου αποθηκεύει επίσης.
meeting-rb-saved = Η ενημέρωση αποθηκεύτηκε.
meeting-ann-by-for = { $name }, για { $whom }
meeting-ann-for = για { $whom }
meeting-ann-made = Ανακοινώσεις που έγιναν
meeting-ann-none = Καμία ανακοίνωση ακόμη.
meeting-ann-take-back = Ανάκληση
meeting-ann-take-back-label = Ανάκληση της ανακοίνωσης { $n }
meeting-ann-form = Καταγραφή ανακοίνωσης στο { $reference }
meeting-ann-by = Από
meeting-ann-text = Ανακοίνωση
meeting-ann-add = Καταγραφή ανακοίνωσης

## Προετοιμασία της ημερήσιας διάταξης

meeting-add-heading = Προσθήκη στην ημερήσια διάταξη
meeting-add-kind = Είδος
meeting-add-wg = Ομάδα εργασίας
meeting-add-choose-wg = Επιλέξτε ομάδα εργασίας…
meeting-add-find-proposal = Εύρεση πρότασης
meeting-add-title-or-reference = Τίτλος ή κωδικός
meeting-add-choose-proposal = Επιλέξτε πρόταση…
meeting-add-looking = Αναζήτηση προτάσεων…
meeting-add-none-matches = Καμία πρόταση που μπορεί να μπει σε αυτή την ημερήσια διάταξη δεν ταιριάζει.
meeting-add-none-now = Καμία πρόταση δεν μπορεί να μπει τώρα σε αυτή την ημερήσια διάταξη.
meeting-add-newest = Οι { $shown } πιο πρόσφατες από { $total }: γράψτε για να περιορίσετε.
meeting-add-proposals = { $n ->
    [one] 1 πρόταση
   *[other] { $n } προτάσεις
  }
meeting-add-title = Τίτλος
meeting-add-minutes = Λεπτά
meeting-add-item = Προσθήκη θέματος
meeting-add-added = Προστέθηκε το { $item }.
meeting-prepare-heading = Προετοιμασία από τη συνηθισμένη σειρά θεμάτων
meeting-prepare-intro = Καλωσόρισμα και διαδικασία, οι ενημερώσεις των ομάδων εργασίας, προτάσεις, ανακοινώσεις, ελεύθερο βήμα και κλείσιμο. Τα θέματα μπορούν μετά να μετακινηθούν, να προστεθούν ή να αφαιρεθούν.
meeting-prepare-loading = Φόρτωση ομάδων εργασίας και προτάσεων…
meeting-prepare-submit = Προετοιμασία της ημερήσιας διάταξης
meeting-prepare-wgs = Ομάδες εργασίας που ενημερώνουν
meeting-prepare-no-wgs = Καμία ομάδα εργασίας δεν είναι ενεργή ή υπό σύσταση.
meeting-prepare-proposals = Προτάσεις προς συζήτηση
meeting-prepare-no-proposals = Καμία πρόταση δεν περιμένει συζήτηση.
meeting-prepare-count = { $wgs ->
    [one] 1 ενημέρωση
   *[other] { $wgs } ενημερώσεις
  }, { $proposals ->
    [one] 1 πρόταση
   *[other] { $proposals } προτάσεις
  }

## Συμβούλιο εκπροσώπων

meeting-council-intro = Ένας/μία εκπρόσωπος ανά ομάδα εργασίας· μόνο οι εκπρόσωποι γράφονται στη σειρά, και οι αποφάσεις μετρούν μία φωνή ανά ομάδα.
meeting-council-speaks-for = Ο/Η { $name } μιλά για την ομάδα { $wg }.
meeting-council-called = Παύση διαβούλευσης από τον/την { $name }.
meeting-council-break = Παύση διαβούλευσης
meeting-council-break-by = από την ομάδα { $wg } ({ $name }), { $minutes } λεπ. από τις { $time }
meeting-council-ended = Η παύση διαβούλευσης τελείωσε.
meeting-council-end = Τέλος της παύσης διαβούλευσης
meeting-council-no-wgs = Καμία ομάδα εργασίας δεν μπορεί να στείλει εκπρόσωπο: προσθέστε πρώτα ομάδες.
meeting-council-no-spoke = χωρίς εκπρόσωπο ακόμη
meeting-council-spoke-form = Επιλογή εκπροσώπου ομάδας εργασίας
meeting-council-spoke = Εκπρόσωπος
meeting-council-make-spoke = Ορισμός εκπροσώπου
meeting-council-call = Αίτημα παύσης διαβούλευσης
meeting-council-called-by = Από
meeting-council-breaks = Παύσεις διαβούλευσης
meeting-council-past = { $wg } ({ $name }, ζητήθηκαν { $minutes } λεπ.)
