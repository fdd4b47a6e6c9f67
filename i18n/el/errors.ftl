# Τα μηνύματα σφάλματος του πυρήνα (src-tauri/core/src/error.rs): τι δεν πάει καλά και πού.
# Τα ονόματα, οι αναφορές και ό,τι πληκτρολογήθηκε είναι ορίσματα και δεν μεταφράζονται.

## Κοινά

error-meeting-not-found = δεν υπάρχει συνέλευση με αναγνωριστικό { $id }
error-item-not-found = δεν υπάρχει θέμα της ημερήσιας διάταξης με αναγνωριστικό { $id }
error-person-not-found = δεν υπάρχει πρόσωπο με αναγνωριστικό { $id }
error-wg-not-found = δεν υπάρχει ομάδα εργασίας με αναγνωριστικό { $id }
error-item-not-on-agenda = το { $item } δεν είναι στην ημερήσια διάταξη της { $meeting }

## Ομάδες εργασίας (wg.rs)

error-wg-name-taken = υπάρχει ήδη ομάδα εργασίας με το όνομα «{ $name }»
error-wg-status-unchanged = η ομάδα εργασίας «{ $name }» είναι ήδη { $status ->
        [forming] υπό σύσταση
        [active] ενεργή
        [dormant] αδρανής
        [dissolved] διαλυμένη
       *[other] { $status }
    }
error-wg-status-before-since = η αλλαγή δεν μπορεί να έχει ημερομηνία { $on }: η ομάδα εργασίας «{ $name }» είναι { $status ->
        [forming] υπό σύσταση
        [active] ενεργή
        [dormant] αδρανής
        [dissolved] διαλυμένη
       *[other] { $status }
    } από τις { $since }
error-wg-foreign-proposal = η ομάδα εργασίας «{ $name }» ανήκει σε άλλη συνέλευση· μια πρόταση κατονομάζει μία από τις δικές σας ομάδες εργασίας
error-wg-foreign-report-back = η ομάδα εργασίας «{ $name }» ανήκει σε άλλη συνέλευση· εδώ αναφέρουν μόνο οι δικές σας ομάδες εργασίας

## Πρόσωπα (person.rs)

error-person-name-taken = υπάρχει ήδη κάποιος με το όνομα { $other }: αν { $old } και { $other } είναι το ίδιο πρόσωπο, συγχωνεύστε τα (person merge)
error-person-merge-self = ένα πρόσωπο δεν μπορεί να συγχωνευθεί με τον εαυτό του
error-person-merge-foreign-record = το όνομα { $name } εμφανίζεται σε εγγραφή που ανήκει σε άλλη συνέλευση ({ $table }): δεν μπορεί να συγχωνευθεί εδώ
error-person-merge-both-appear = { $a } και { $b } δεν μπορούν να συγχωνευθούν: εμφανίζονται και οι δύο εκεί όπου επιτρέπεται μόνο ένα πρόσωπο ({ $table })
error-person-merge-both-waiting = { $a } και { $b } περιμένουν και οι δύο στη σειρά ομιλητών του θέματος { $item } στην ίδια κατηγορία ({ $kind ->
        [process] διαδικαστικό
        [information] πληροφορία
        [clarifying] διευκρινιστική ερώτηση
        [direct-response] άμεση απάντηση
        [speak] τοποθέτηση
       *[other] { $kind }
    }): βγάλτε πρώτα το ένα πρόσωπο από τη σειρά ομιλητών και μετά συγχωνεύστε
error-person-merge-both-stances = { $a } και { $b } απείχαν ή άσκησαν βέτο και οι δύο στην απόφαση του θέματος { $item }: ένα πρόσωπο δεν μετράει δύο φορές, οπότε παραμένουν δύο πρόσωπα

## Οι κανόνες της σειράς ομιλητών (stack/policy.rs, stack/floor.rs)

error-policy-bad-base = οι κανόνες «{ $policy }» πρέπει να αρχίζουν με fifo ή progressive, όχι με «{ $first }»· γράψτε τους έτσι: fifo|progressive[,first-time-first][,alternate:ΛΙΣΤΑ|ΛΙΣΤΑ…][,cap:N][,no-repeat]
error-policy-part-twice = οι κανόνες «{ $policy }» δίνουν το { $part } δύο φορές
error-policy-bad-cap = το cap:{ $cap } στους κανόνες πρέπει να είναι ακέραιος αριθμός τοποθετήσεων από 1 έως { $max }
error-policy-empty-list-name = το alternate:{ $lists } στους κανόνες έχει λίστα χωρίς όνομα
error-policy-bad-list-name = το όνομα λίστας «{ $list }» πρέπει να είναι μία γραμμή το πολύ { $max } χαρακτήρων
error-policy-list-twice = το alternate:{ $lists } στους κανόνες αναφέρει τη λίστα «{ $list }» δύο φορές
error-policy-list-count = το alternate:{ $lists } στους κανόνες πρέπει να αναφέρει από 2 έως { $max } λίστες, χωρισμένες με |
error-policy-takes-no-value = το { $part } στους κανόνες δεν παίρνει τιμή· γράψτε τους έτσι: fifo|progressive[,first-time-first][,alternate:ΛΙΣΤΑ|ΛΙΣΤΑ…][,cap:N][,no-repeat]
error-policy-needs-value = το { $part } στους κανόνες χρειάζεται τιμή ({ $part }:…)· γράψτε τους έτσι: fifo|progressive[,first-time-first][,alternate:ΛΙΣΤΑ|ΛΙΣΤΑ…][,cap:N][,no-repeat]
error-policy-base-twice = οι κανόνες «{ $policy }» δίνουν δύο φορές τη βασική σειρά· γράψτε τους έτσι: fifo|progressive[,first-time-first][,alternate:ΛΙΣΤΑ|ΛΙΣΤΑ…][,cap:N][,no-repeat]
error-policy-unknown-part = το «{ $part }» δεν είναι μέρος των κανόνων· γράψτε τους έτσι: fifo|progressive[,first-time-first][,alternate:ΛΙΣΤΑ|ΛΙΣΤΑ…][,cap:N][,no-repeat]
error-policy-stored-damaged = οι κανόνες της σειράς ομιλητών που έχουν αποθηκευτεί για αυτή τη συνέλευση έχουν αλλοιωθεί: { $detail }
error-policy-unchanged = οι κανόνες της σειράς ομιλητών της συνέλευσης { $number } είναι ήδη { $policy }
error-policy-item-elsewhere = αυτό το θέμα δεν είναι στην ημερήσια διάταξη της συνέλευσης { $number }

## Αναίρεση στη σειρά ομιλητών (stack/undo.rs)

error-undo-damaged = το αρχείο αναίρεσης αυτής της σειράς ομιλητών έχει αλλοιωθεί ({ $what })· τίποτα δεν αναιρέθηκε
error-undo-no-row = δεν υπάρχει γραμμή { $id } στο { $table } για αλλαγή
error-undo-no-column = δεν υπάρχει στήλη { $column } σε γραμμή του { $table }
error-undo-bad-value = λανθασμένη τιμή στο { $table }.{ $column }

## Η σειρά ομιλητών (stack/actions.rs)

error-meeting-closed = η συνέλευση { $number } έχει κλείσει: τα πρακτικά της δεν μπορούν πια να αλλάξουν
error-stack-policy-stored-damaged = οι κανόνες της σειράς ομιλητών που έχουν αποθηκευτεί για τη συνέλευση { $number } έχουν αλλοιωθεί: { $detail }
error-stack-entry-not-found = δεν υπάρχει εγγραφή στη σειρά ομιλητών με αναγνωριστικό { $id }
error-stack-not-a-list = το «{ $list }» δεν είναι λίστα της συνέλευσης { $number }: ο λόγος εναλλάσσεται μεταξύ { $lists }
error-stack-list-name-too-long = το όνομα λίστας «{ $list }» είναι μεγαλύτερο από { $max } χαρακτήρες
error-stack-withdraw-not-waiting = { $name }: δεν περιμένει στη σειρά ομιλητών ({ $status ->
        [speaking] έχει τον λόγο: χρησιμοποιήστε «επόμενος/η» για να τελειώσει η τοποθέτηση
        [done] έχει ήδη μιλήσει
       *[other] έχει ήδη αποσυρθεί
    }): μόνο μια εγγραφή σε αναμονή μπορεί να αποσυρθεί
error-stack-prioritize-not-waiting = { $name }: δεν περιμένει στη σειρά ομιλητών: μόνο μια εγγραφή σε αναμονή μπορεί να πάρει προτεραιότητα
error-stack-already-prioritized = { $name }: έχει ήδη προτεραιότητα
error-stack-not-prioritized = { $name }: δεν έχει προτεραιότητα
error-stack-already-closed = η σειρά ομιλητών του { $item } είναι ήδη κλειστή
error-stack-already-open = η σειρά ομιλητών του { $item } είναι ήδη ανοιχτή
error-stack-pause-nobody = κανείς δεν έχει τον λόγο στο { $item }: δεν υπάρχει τοποθέτηση για παύση
error-stack-already-paused = η τοποθέτηση του/της { $name } είναι ήδη σε παύση
error-stack-resume-nobody = κανείς δεν έχει τον λόγο στο { $item }: δεν υπάρχει τοποθέτηση για συνέχιση
error-stack-not-paused = η τοποθέτηση του/της { $name } δεν είναι σε παύση
error-stack-limit-out-of-range = ένα όριο { $seconds } δευτερολέπτων ανά τοποθέτηση είναι εκτός του διαστήματος 1 έως { $max } δευτερόλεπτα (μία ώρα)
error-stack-nothing-to-undo = δεν υπάρχει τίποτα για αναίρεση στη σειρά ομιλητών του { $item }
error-stack-name-not-waiting = { $name }: δεν περιμένει στη σειρά ομιλητών του { $item }
error-stack-name-not-waiting-kind = { $name }: δεν περιμένει στη σειρά ομιλητών του { $item } { $kind ->
        [process] για διαδικαστικό
        [information] για πληροφορία
        [clarifying] με διευκρινιστική ερώτηση
        [direct-response] με άμεση απάντηση
       *[speak] για τοποθέτηση
    }
error-stack-name-waits-several = { $name }: περιμένει στη σειρά ομιλητών του { $item } σε { $count } κατηγορίες ({ $kinds }): πείτε ποια με --kind
error-stack-closed-to-speakers = η σειρά ομιλητών του { $item } είναι κλειστή: δεν δέχεται νέες τοποθετήσεις (τα διαδικαστικά, οι πληροφορίες και οι διευκρινιστικές ερωτήσεις γίνονται ακόμη δεκτά)· ανοίξτε την ξανά πρώτα
error-stack-closed-to-responses = η σειρά ομιλητών του { $item } είναι κλειστή: δεν δέχεται νέες άμεσες απαντήσεις (τα διαδικαστικά, οι πληροφορίες και οι διευκρινιστικές ερωτήσεις γίνονται ακόμη δεκτά)· ανοίξτε την ξανά πρώτα
error-stack-not-a-spoke = { $name }: δεν είναι εκπρόσωπος στη συνέλευση { $number }: σε συμβούλιο εκπροσώπων μόνο οι εκπρόσωποι γράφονται στη σειρά, ο καθένας για την ομάδα εργασίας του (επιλέξτε πρώτα τον/την εκπρόσωπο της ομάδας)
error-stack-response-nobody = κανείς δεν έχει τον λόγο στο { $item }: μια άμεση απάντηση απαντά σε όποιον/όποια μιλά
error-stack-response-to-self = { $name }: έχει τον λόγο: μια άμεση απάντηση απαντά σε κάποιον άλλο
error-stack-cap-reached = { $name }: έχει ήδη { $had } { $had ->
        [one] τοποθέτηση
       *[other] τοποθετήσεις
    } στο { $item }: οι κανόνες της σειράς ομιλητών της συνέλευσης { $number } επιτρέπουν το πολύ { $cap } ανά πρόσωπο και θέμα
error-stack-already-waiting = { $name }: περιμένει ήδη στη σειρά ομιλητών του { $item } { $kind ->
        [process] για διαδικαστικό
        [information] για πληροφορία
        [clarifying] με διευκρινιστική ερώτηση
        [direct-response] με άμεση απάντηση
       *[speak] για τοποθέτηση
    }· ένα πρόσωπο περιμένει το πολύ μία φορά ανά κατηγορία

## Αποφάσεις (decision.rs, proposal/decide.rs)

error-decision-not-found = δεν υπάρχει απόφαση με αναγνωριστικό { $id }
error-decision-total-below-named = { $total } συνολικά ({ $what ->
        [support] υπέρ
        [against] κατά
        [stand-asides] αποχές
        [blocks] βέτο
        [quorum] απαρτία
       *[other] { $what }
    }), αλλά κατονομάζονται { $named }: το σύνολο μετράει και όσους κατονομάζονται
error-decision-count-too-big = { $what ->
        [support] υπέρ
        [against] κατά
        [stand-asides] αποχές
        [blocks] βέτο
        [quorum] απαρτία
       *[other] { $what }
    }: το { $count } είναι περισσότερο από { $max }· ελέγξτε την καταμέτρηση
error-decision-consensus-against = στη συναίνεση δεν υπάρχουν ψήφοι κατά ({ $against } καταχωρίστηκαν): καταγράψτε τη διαφωνία ως αποχή ή ως βέτο
error-decision-quorum-zero = η απαρτία είναι τουλάχιστον 1 συμμετέχων/ουσα (αφήστε την κενή αν δεν υπάρχει)
error-decision-bad-stand-aside-limit = όριο αποχών: { $detail }
error-decision-too-many-names = περισσότερα από { $max } ονόματα: ελέγξτε τη λίστα
error-decision-named-twice = το όνομα { $name } δίνεται δύο φορές: ένα πρόσωπο απέχει ή ασκεί βέτο μία φορά
error-decision-block-without-reason = το βέτο του/της { $name } δεν έχει αιτιολογία: ένα ονομαστικό βέτο είναι σοβαρή ηθική ή δεοντολογική αντίρρηση ή αντίρρηση ασφάλειας και η αιτιολογία του καταγράφεται στα πρακτικά (ένα βέτο που απλώς μετρήθηκε μπαίνει στο σύνολο, χωρίς όνομα)
error-decision-no-voices = δεν δόθηκε η φωνή καμίας ομάδας εργασίας: σε συμβούλιο εκπροσώπων το κάλεσμα σε συναίνεση μετράει μία φωνή ανά ομάδα
error-decision-too-many-voices = περισσότερες από { $max } φωνές: ελέγξτε τη λίστα
error-decision-voice-twice = η { $wg } δίνεται δύο φορές: μια ομάδα εργασίας έχει μία φωνή
error-decision-bad-voice = η φωνή «{ $voice }» της { $wg } δεν είναι καμία από τις for, against, stand-aside, block
error-decision-wg-block-without-reason = το βέτο της { $wg } δεν έχει αιτιολογία: το βέτο είναι σοβαρή ηθική ή δεοντολογική αντίρρηση ή αντίρρηση ασφάλειας και η αιτιολογία του καταγράφεται στα πρακτικά
error-decision-no-such-wg = δεν υπάρχει ομάδα εργασίας «{ $wg }» σε αυτή τη συνέλευση
error-decision-wg-without-spoke = η { $wg } δεν έστειλε εκπρόσωπο σε αυτό το συμβούλιο: φωνή έχουν μόνο οι ομάδες εργασίας με εκπρόσωπο
error-decision-council-needs-voices = η συνέλευση { $number } είναι συμβούλιο εκπροσώπων: το κάλεσμα σε συναίνεση και η ψηφοφορία μετρούν μία φωνή ανά ομάδα εργασίας — δώστε τη φωνή κάθε ομάδας
error-decision-assembly-no-voices = η συνέλευση { $number } είναι γενική συνέλευση: οι φωνές των ομάδων εργασίας μετρούν μόνο σε συμβούλιο εκπροσώπων — δώστε τις καταμετρήσεις της αίθουσας
error-decision-amendments-pending = { $pending ->
        [one] { $pending } φιλική τροπολογία περιμένει
       *[other] { $pending } φιλικές τροπολογίες περιμένουν
    } ακόμη την απάντηση του/της εισηγητή/τριας: δεχτείτε τες ή απορρίψτε τες πριν από την απόφαση
error-decision-unknown-rule = ο κανόνας «{ $rule }» αυτής της απόφασης δεν είναι γνωστός σε αυτό το Plenary: δεν μπορεί να διορθωθεί εδώ
error-decision-council-not-correctable = το { $item } αποφασίστηκε με τις φωνές των ομάδων εργασίας σε συμβούλιο εκπροσώπων: δεν μπορεί να διορθωθεί με τις καταμετρήσεις της αίθουσας
error-decision-proposal-moved-on = η πρόταση έχει προχωρήσει από το { $item } (τώρα: { $now ->
        [draft] προσχέδιο
        [submitted] κατατέθηκε
        [on-agenda] στην ημερήσια διάταξη
        [in-process] σε εξέλιξη
        [decided] αποφασίστηκε
        [tabled] αναβλήθηκε
        [withdrawn] αποσύρθηκε
        [sent-back] επεστράφη
        [consensus] συναίνεση
        [passed] εγκρίθηκε
        [blocked] μπλοκαρίστηκε
        [failed] απορρίφθηκε
       *[other] { $now }
    }): το αποτέλεσμά της εκεί δεν μπορεί πια να αλλάξει από { $from ->
        [draft] προσχέδιο
        [submitted] κατατέθηκε
        [on-agenda] στην ημερήσια διάταξη
        [in-process] σε εξέλιξη
        [decided] αποφασίστηκε
        [tabled] αναβλήθηκε
        [withdrawn] αποσύρθηκε
        [sent-back] επεστράφη
        [consensus] συναίνεση
        [passed] εγκρίθηκε
        [blocked] μπλοκαρίστηκε
        [failed] απορρίφθηκε
       *[other] { $from }
    } σε { $to ->
        [draft] προσχέδιο
        [submitted] κατατέθηκε
        [on-agenda] στην ημερήσια διάταξη
        [in-process] σε εξέλιξη
        [decided] αποφασίστηκε
        [tabled] αναβλήθηκε
        [withdrawn] αποσύρθηκε
        [sent-back] επεστράφη
        [consensus] συναίνεση
        [passed] εγκρίθηκε
        [blocked] μπλοκαρίστηκε
        [failed] απορρίφθηκε
       *[other] { $to }
    }
error-decision-dispute-without-note = πείτε γιατί αμφισβητείται η απόφαση: η σήμανση αμφισβήτησης χρειάζεται σημείωση

## Συνελεύσεις (meeting.rs, attendance.rs, order_of_business.rs)

error-meeting-role-too-long = ο ρόλος «{ $role }» είναι μεγαλύτερος από { $max } χαρακτήρες
error-meeting-bad-start-time = η ώρα έναρξης «{ $time }» δεν είναι ώρα της ημέρας: γράψτε την ως ΩΩ:ΛΛ (24ωρο), π.χ. 18:30
error-meeting-bad-number = ο αριθμός συνέλευσης { $number } πρέπει να είναι 1 ή μεγαλύτερος
error-meeting-number-taken = υπάρχει ήδη συνέλευση με αριθμό { $number }
error-meeting-already-open = αυτή η συνέλευση έχει ήδη ανοίξει
error-meeting-already-open-and-closed = αυτή η συνέλευση έχει ήδη ανοίξει και κλείσει: δώστε την ώρα που άνοιξε (--at HH:MM) για να τη διορθώσετε
error-meeting-opens-after-close = μια συνέλευση δεν μπορεί να ανοίξει στις { $opened } αφού έκλεισε στις { $closed }
error-meeting-not-open-yet = αυτή η συνέλευση δεν έχει ανοίξει ακόμη: ανοίξτε την πριν την κλείσετε
error-meeting-already-closed = αυτή η συνέλευση έχει ήδη κλείσει: δώστε την ώρα που έκλεισε (--at HH:MM) για να τη διορθώσετε
error-meeting-role-ends-before = ένας ρόλος από τις { $from } δεν μπορεί να λήξει στις { $until }, πριν αρχίσει
error-meeting-role-already-held = { $name }: έχει ήδη τον ρόλο «{ $role }» σε αυτή τη συνέλευση
error-meeting-role-not-held = αυτό το πρόσωπο δεν έχει τον ρόλο «{ $role }» σε αυτή τη συνέλευση
error-attendance-not-a-count = η συμμετοχή «{ $attendance }» δεν είναι αριθμός: γράψτε αριθμό (55), εύρος (50-60) ή περίπου αριθμό (~50)
error-attendance-too-many = η συμμετοχή «{ $attendance }» είναι περισσότερα από { $max } πρόσωπα
error-attendance-bad-range = συμμετοχή «{ $attendance }»: το πάνω όριο ενός εύρους πρέπει να είναι μεγαλύτερο από το κάτω
error-order-of-business-agenda-exists = αυτή η συνέλευση έχει ήδη ημερήσια διάταξη· προσθέστε τα θέματα ένα ένα

## Ανακοινώσεις, εργασίες, η συνέλευση, σελίδες, λήθη (announcement.rs, action_item.rs, assembly.rs, paging.rs, person_forget.rs)

error-announcement-needs-text = μια ανακοίνωση χρειάζεται το κείμενό της (--text)
error-announcement-wrong-item = οι ανακοινώσεις γίνονται σε θέμα ανακοινώσεων, και αυτό είναι θέμα τύπου «{ $kind }»
error-announcement-not-found = δεν υπάρχει ανακοίνωση με αναγνωριστικό { $id }
error-action-item-not-found = δεν υπάρχει εργασία με αναγνωριστικό { $id }
error-assembly-bad-code = ο κωδικός συνέλευσης «{ $code }» πρέπει να έχει 2 έως 8 γράμματα ή ψηφία, όπως LDN ή NYC
error-assembly-exists = αυτή η βάση δεδομένων έχει ήδη συνέλευση ({ $name })· δεν άλλαξε τίποτα
error-paging-bad-cursor = ο δείκτης σελίδας «{ $cursor }» δεν προέρχεται από αυτή τη λίστα (ζητήστε ξανά την πρώτη σελίδα)
error-person-forget-placeholder = { $name }: είναι ήδη αντικατάστατο όνομα· δεν έμεινε όνομα για λήθη

## Κανόνες απόφασης, διορθώσεις, πρακτικά, η επίδειξη (rule.rs, correction.rs, minutes/*, demo*.rs)

error-rule-unknown = άγνωστος κανόνας απόφασης «{ $rule }»: χρησιμοποιήστε consensus, modified:P (0 < P ≤ 100, π.χ. modified:90), supermajority:A/B (π.χ. supermajority:2/3) ή majority
error-rule-bad-fraction = το «{ $fraction }» δεν είναι κλάσμα: γράψτε A/B με 0 < A ≤ B, π.χ. 1/3
error-correction-meeting-closed = η συνέλευση { $number } έχει κλείσει: αυτό δεν μπορεί πια να αλλάξει (τα πρακτικά της διορθώνονται μέχρι να εγκριθούν)
error-correction-time-skipped = η ώρα { $time } δεν υπάρχει στις { $date } σε αυτή τη ζώνη ώρας
error-correction-minutes-approved = τα πρακτικά της συνέλευσης { $number } εγκρίθηκαν στη συνέλευση { $by }: η καταγραφή της δεν διορθώνεται πια
error-correction-time-needed = χρειάζεται ώρα: γράψτε την ως ΩΩ:ΛΛ (24ωρο), π.χ. 19:05
error-correction-bad-time = το «{ $time }» δεν είναι ώρα της ημέρας: γράψτε την ως ΩΩ:ΛΛ
error-minutes-approve-by-earlier = η { $by } δεν μπορεί να εγκρίνει τα πρακτικά της { $meeting }: μόνο μια μεταγενέστερη συνέλευση μπορεί
error-minutes-approve-open = τα πρακτικά της { $meeting } εγκρίνονται αφού κλείσει η συνέλευση
error-minutes-approve-not-in-session = τα πρακτικά τα εγκρίνει συνέλευση σε εξέλιξη: ανοίξτε πρώτα την { $by }
error-minutes-already-approved = τα πρακτικά της { $meeting } έχουν ήδη εγκριθεί
error-minutes-assembly-unknown = η συνέλευση της { $meeting } είναι άγνωστη
error-demo-needs-empty-database = αυτή η βάση δεδομένων έχει ήδη συνέλευση ({ $name })· το `plenary demo` χρειάζεται κενή βάση δεδομένων
error-demo-no-upcoming-meeting = η επίδειξη δεν έχει επερχόμενη συνέλευση
error-demo-no-proposal = η επίδειξη δεν έχει πρόταση «{ $title }»

## Συμβούλια εκπροσώπων (spokes.rs)

error-spokes-assembly-no-spokes = η συνέλευση { $number } είναι γενική συνέλευση: μόνο ένα συμβούλιο εκπροσώπων έχει εκπροσώπους
error-spokes-assembly-no-breaks = η συνέλευση { $number } είναι γενική συνέλευση: μόνο ένα συμβούλιο εκπροσώπων έχει διαλείμματα διαβούλευσης
error-spokes-no-such-wg = δεν υπάρχει ομάδα εργασίας «{ $wg }» σε αυτή τη συνέλευση (το `plenary wg list` τις δείχνει)
error-spokes-wg-dissolved = η { $wg } έχει διαλυθεί: δεν στέλνει εκπρόσωπο
error-spokes-already-spoke = { $name }: είναι ήδη εκπρόσωπος της { $wg } στη συνέλευση { $number }
error-spokes-speaks-for-other = { $name }: μιλά ήδη για την { $other } στη συνέλευση { $number }· κάθε εκπρόσωπος μιλά για μία ομάδα εργασίας
error-spokes-break-length = διάλειμμα διαβούλευσης { $minutes } λεπτών: δώστε από 1 έως { $max } λεπτά
error-spokes-break-not-a-spoke = { $name }: δεν είναι εκπρόσωπος στη συνέλευση { $number }· μόνο εκπρόσωπος ζητά διάλειμμα διαβούλευσης
error-spokes-break-under-way = διάλειμμα διαβούλευσης που ζήτησε η { $wg } είναι σε εξέλιξη στη συνέλευση { $number }: τελειώστε το πρώτα
error-spokes-no-break = κανένα διάλειμμα διαβούλευσης δεν είναι σε εξέλιξη στη συνέλευση { $number }
error-spokes-break-not-found = δεν υπάρχει διάλειμμα διαβούλευσης με αναγνωριστικό { $id }

## Αναφορές όπως πληκτρολογούνται (refs.rs)

error-refs-no-meeting = δεν υπάρχει συνέλευση «{ $text }» (δώστε τον αριθμό της, όπως 39 ή LDN-GA-39, ή το αναγνωριστικό της)
error-refs-no-item = δεν υπάρχει θέμα «{ $text }» (δώστε το όπως 39.3 ή LDN-GA-39.3, ή το αναγνωριστικό του)
error-refs-no-proposal = δεν υπάρχει πρόταση «{ $text }» (δώστε την όπως LDN-P-2026-034, ή το αναγνωριστικό της)
error-refs-no-wg = δεν υπάρχει ομάδα εργασίας «{ $text }» (δώστε το όνομα ή το αναγνωριστικό της· το `plenary wg list` τις δείχνει)
error-refs-no-person = κανείς με το όνομα «{ $text }» δεν είναι γνωστός σε αυτή τη συνέλευση

## Προτάσεις (proposal.rs)

error-proposal-not-found = δεν υπάρχει πρόταση με αναγνωριστικό { $id }
error-proposal-already-on-agenda = αυτή η πρόταση είναι ήδη στην ημερήσια διάταξη αυτής της συνέλευσης
error-proposal-dated-after-today = μια πρόταση δεν μπορεί να έχει ημερομηνία { $date }, μετά τη σημερινή ({ $today }): δώστε την ημέρα που κατατέθηκε

## Πακέτα μεταξύ συνελεύσεων (bundle/*)

error-bundle-signing-key-mismatch = το κλειδί υπογραφής δίπλα σε αυτή τη βάση δεδομένων δεν ταιριάζει με το δημόσιο κλειδί αυτής της συνέλευσης: τα πακέτα που υπογράφονται με αυτό θα απορρίπτονταν
error-bundle-meetings-or-since = επιλέξτε συνελεύσεις ή μια ημερομηνία (--since), όχι και τα δύο
error-bundle-meeting-foreign = η συνέλευση { $meeting } ανήκει σε άλλη συνέλευση: ένα πακέτο μεταφέρει μόνο τις εγγραφές αυτής της συνέλευσης
error-bundle-export-foreign-reference = η εξαγωγή δεν είναι δυνατή: το { $record } { $id } παραπέμπει ({ $column }) στο { $target_record } { $target }, που δεν ανήκει σε αυτή τη συνέλευση· ένα πακέτο μεταφέρει μόνο τις εγγραφές αυτής της συνέλευσης
error-bundle-export-not-own = η εξαγωγή δεν είναι δυνατή: το { $record } { $id } δεν ανήκει σε αυτή τη συνέλευση
error-bundle-too-many-recipients = ένα πακέτο μπορεί να σφραγιστεί για το πολύ { $max } συνελεύσεις
error-bundle-recipient-unknown = καμία συνέλευση γνωστή εδώ δεν είναι η «{ $given }» (δώστε τον κωδικό, το όνομα, το αναγνωριστικό ή το αποτύπωμά της· μια συνέλευση γίνεται γνωστή εδώ όταν εισαχθεί ένα από τα πακέτα της)
error-bundle-recipient-no-key = η { $name } ({ $code }) δεν έχει κλειδί γνωστό εδώ: εισαγάγετε πρώτα ένα από τα πακέτα της
error-bundle-recipient-ambiguous = το «{ $given }» ταιριάζει σε περισσότερες από μία συνελεύσεις γνωστές εδώ: δώστε τον κωδικό ή το αποτύπωμά της
error-bundle-received-not-found = δεν υπάρχει ληφθέν πακέτο με αναγνωριστικό { $id } (το `plenary bundle received` τα απαριθμεί)
error-bundle-undo-adopted = το { $file } δεν μπορεί να αναιρεθεί: εγγραφές που έγιναν εδώ παραπέμπουν σε ό,τι έφερε (η πρόταση «{ $title }» υιοθετήθηκε από μία από τις προτάσεις του). Τίποτα δεν άλλαξε
error-bundle-undo-referred = το { $file } δεν μπορεί να αναιρεθεί: εγγραφές που έγιναν εδώ παραπέμπουν σε ό,τι έφερε (μια υιοθετημένη πρόταση, για παράδειγμα). Τίποτα δεν άλλαξε
error-bundle-undo-later-import = το { $file } δεν μπορεί να αναιρεθεί: το { $later }, που εισήχθη αργότερα ({ $at }) από την { $assembly }, μπορεί να βασίζεται σε αυτό· αναιρέστε πρώτα εκείνη την εισαγωγή. Τίποτα δεν άλλαξε
error-bundle-undo-no-record = το { $file } εισήχθη από παλαιότερο Plenary, που δεν κράτησε εγγραφή για να αναιρεθεί (αντί γι’ αυτό πήρε αντίγραφο ασφαλείας πριν από την εισαγωγή: `plenary restore`). Τίποτα δεν άλλαξε
error-bundle-undo-bad-name = η εγγραφή αναίρεσης αναφέρει το «{ $name }», που δεν είναι ούτε πίνακας ούτε στήλη
error-bundle-undo-record-unreadable = η εγγραφή αναίρεσης του { $file } δεν μπορεί να διαβαστεί ({ $detail })
error-bundle-undo-record-unknown-change = η εγγραφή αναίρεσης του { $file } έχει μια αλλαγή «{ $change }» που δεν μπορεί να διαβαστεί

## Ομοσπονδία (federation.rs, federation/*)

error-federation-adopt-own = η { $proposal } είναι ήδη πρόταση αυτής της συνέλευσης· η υιοθέτηση είναι για προτάσεις άλλων συνελεύσεων
error-federation-already-adopted = η { $proposal } έχει ήδη υιοθετηθεί εδώ (πρόταση { $earlier })
error-federation-no-folders = δεν υπάρχουν ακόμη φάκελοι ομοσπονδίας: επιλέξτε τους με `plenary federation folders --inbox DIR --outbox DIR` (ή στην προβολή ομοσπονδίας)
error-federation-folder-unusable = ο φάκελος { $which ->
        [inbox] εισερχομένων
       *[other] εξερχομένων
    } { $folder } δεν μπορεί να χρησιμοποιηθεί: { $detail }
error-federation-folder-is-file = ο φάκελος { $which ->
        [inbox] εισερχομένων
       *[other] εξερχομένων
    } { $folder } είναι αρχείο, όχι φάκελος
error-federation-folder-not-text = η διαδρομή του φακέλου { $which ->
        [inbox] εισερχομένων
       *[other] εξερχομένων
    } { $folder } δεν είναι έγκυρο κείμενο: επιλέξτε άλλο φάκελο
error-federation-bad-fingerprint = το «{ $given }» δεν είναι αποτύπωμα κλειδιού: αυτό έχει 64 δεκαεξαδικά ψηφία (επιτρέπονται κενά), όπως το δείχνει το `plenary federation folders`
error-federation-inbox-none-waits = κανένα αρχείο στα εισερχόμενα δεν περιμένει το κλειδί { $key }· κανένα δεν περιμένει έγκριση
error-federation-inbox-key-not-waiting = κανένα αρχείο στα εισερχόμενα δεν περιμένει το κλειδί { $key }· περιμένουν: { $waiting }
error-federation-inbox-unwatched = τα εισερχόμενα { $inbox } δεν μπορούν να παρακολουθούνται ({ $detail })· ελέγχονται αντί γι’ αυτό κάθε { $seconds } δευτερόλεπτα

## Οι σημειώσεις του κοινόχρηστου φακέλου (federation/folder.rs): τι έγινε με κάθε αρχείο
## των εισερχομένων και τι έκανε η εγγραφή των εξερχομένων. Το $why είναι δικό του μήνυμα
## (η απόρριψη ενός πακέτου, η αποτυχία ενός αρχείου), στην ίδια γλώσσα.

error-federation-note-unreadable = το { $file } δεν μπορεί να διαβαστεί: { $why }
error-federation-note-left-alone = { $why } — αφέθηκε στην άκρη· ξαναδοκιμάζεται όταν αλλάξει (ένα αρχείο που ακόμη αντιγράφεται θα είναι πλήρες αργότερα)
error-federation-note-own = το πακέτο αυτής της ίδιας της συνέλευσης ({ $code }), που επέστρεψε μέσω των φακέλων: τίποτα για εισαγωγή
error-federation-note-pending = από { $assembly } ({ $code }), της οποίας το κλειδί δεν είναι γνωστό εδώ (αποτύπωμα { $fingerprint }): περιμένει να ελέγξει κάποιος το αποτύπωμα με εκείνη τη συνέλευση και να το εγκρίνει
error-federation-note-imported-nothing-new = εισήχθη: όλα όσα περιέχει υπήρχαν ήδη εδώ
error-federation-note-imported = εισήχθη: { $new } νέες, { $updated } ενημερωμένες, { $unchanged } αμετάβλητες, { $deleted } διαγραμμένες
error-federation-note-imported-refused = εισήχθη: { $new } νέες, { $updated } ενημερωμένες, { $unchanged } αμετάβλητες, { $deleted } διαγραμμένες, { $refused } απορρίφθηκαν (το `plenary bundle received` κρατά την αναφορά)
error-federation-note-imported-before = έχει ήδη εισαχθεί εδώ, στις { $date }
error-federation-note-outbox-unchanged = τίποτα δεν άλλαξε από το τελευταίο πακέτο εξερχομένων, { $file }
error-federation-note-outbox-wrote = γράφτηκε το { $file }: { $records } εγγραφές, { $deletions } διαγραφές ({ $scope })
error-federation-note-scope-all = όλη η συνέλευση
error-federation-note-scope-meetings = { $n ->
        [one] { $n } επιλεγμένη συνέλευση
       *[other] { $n } επιλεγμένες συνελεύσεις
    }
error-federation-note-scope-since = αλλαγές από { $date }

## Η αίθουσα: κινητά και συσκευές της ομάδας (room/*)

error-room-other-meeting = αυτή η συσκευή είναι στην αίθουσα άλλης συνέλευσης: μπορεί να φτάσει μόνο σε εκείνη τη συνέλευση
error-room-meeting-missing = ποια συνέλευση; λείπει το `meeting`
error-room-hand-needs-device = μόνο η σελίδα ενός συμμετέχοντα στην αίθουσα σηκώνει χέρι από συσκευή
error-room-proposal-not-on-agenda = αυτή η πρόταση δεν είναι στην ημερήσια διάταξη της συνέλευσης αυτής της αίθουσας: μια συσκευή μπορεί να φτάσει μόνο σε εκείνη τη συνέλευση
error-room-no-such-command = δεν υπάρχει εντολή αίθουσας «{ $command }»
error-room-role-may-not-call = { $role ->
        [participant] ένας συμμετέχων
        [stack-keeper] η σειρά ομιλητών
        [minute-taker] η τήρηση πρακτικών
        [host] ο υπολογιστής οικοδεσπότης
       *[other] { $role }
    } δεν μπορεί να καλέσει το { $command }
error-room-no-such-record = { $what ->
        [agenda-item] δεν υπάρχει θέμα της ημερήσιας διάταξης
        [stack-entry] δεν υπάρχει εγγραφή στη σειρά ομιλητών
        [clarifying-question] δεν υπάρχει διευκρινιστική ερώτηση
        [hand-request] δεν υπάρχει αίτημα λόγου
        [meeting] δεν υπάρχει συνέλευση
        [proposal] δεν υπάρχει πρόταση
        [amendment] δεν υπάρχει τροπολογία
        [concern] δεν υπάρχει ένσταση
        [announcement] δεν υπάρχει ανακοίνωση
       *[other] δεν υπάρχει { $what }
    } με αναγνωριστικό { $id }
error-bad-id = το «{ $given }» δεν είναι έγκυρο αναγνωριστικό { $what ->
        [agenda-item] θέματος της ημερήσιας διάταξης
        [stack-entry] εγγραφής στη σειρά ομιλητών
        [clarifying-question] διευκρινιστικής ερώτησης
        [hand-request] αιτήματος λόγου
        [meeting] συνέλευσης
        [proposal] πρότασης
        [amendment] τροπολογίας
        [concern] ένστασης
        [announcement] ανακοίνωσης
        [action-item] εργασίας
        [working-group] ομάδας εργασίας
        [person] προσώπου
        [decision] απόφασης
        [bundle] πακέτου
       *[other] { $what }
    }
error-room-invalid-arguments = μη έγκυρα ορίσματα: { $detail }
error-room-cannot-encode = η απάντηση δεν μπορεί να κωδικοποιηθεί: { $detail }
error-room-amendment-needs-item = ποια ανάγνωση; μια συσκευή προτείνει τροπολογία σε θέμα της συνέλευσης της αίθουσάς της
error-room-bad-device-id = το αναγνωριστικό συσκευής «{ $given }» δεν είναι έγκυρο: 1 έως { $max } γράμματα, ψηφία, «-» ή «_»
error-room-meeting-not-open = η συνέλευση { $number } δεν είναι ανοιχτή: το χέρι σηκώνεται κατά τη συνέλευση
error-room-hand-already-raised = αυτή η συσκευή έχει ήδη σηκωμένο χέρι (για { $name }): αποσύρετέ το πριν σηκώσετε άλλο
error-room-no-hand-waiting = αυτή η συσκευή δεν έχει χέρι που περιμένει τη σειρά ομιλητών
error-room-no-item-under-way = κανένα θέμα δεν είναι σε εξέλιξη: ξεκινήστε ένα πριν δεχτείτε το χέρι του/της { $name }
error-room-hand-not-found = δεν υπάρχει αίτημα λόγου με αναγνωριστικό { $id }
error-room-hand-already-decided = το αίτημα λόγου του/της { $name } είχε ήδη { $status ->
        [accepted] γίνει δεκτό
        [declined] απορριφθεί
        [withdrawn] αποσυρθεί
       *[other] κριθεί ({ $status })
    }
error-room-meeting-closed = η { $meeting } έχει κλείσει: η αίθουσα εξυπηρετεί μια συνέλευση προγραμματισμένη ή σε εξέλιξη
error-room-role-not-pairable = μια συσκευή δεν μπορεί να συζευχθεί ως { $role ->
        [participant] συμμετέχων
        [host] υπολογιστής οικοδεσπότης
       *[other] { $role }
    }
error-room-pairing-code-invalid = αυτός ο κωδικός σύζευξης δεν είναι έγκυρος: πληκτρολογήθηκε λάθος, χρησιμοποιήθηκε ήδη ή έληξε — ζητήστε νέο από τον υπολογιστή οικοδεσπότη
error-room-no-paired-device = δεν υπάρχει συζευγμένη συσκευή «{ $session }»
error-room-no-such-page = δεν υπάρχει τέτοια σελίδα στην αίθουσα
error-room-too-many-requests = πάρα πολλά αιτήματα από αυτή τη συσκευή: περιμένετε λίγο και δοκιμάστε ξανά
error-room-no-team-ui = αυτή η αίθουσα δεν εξυπηρετεί τη διεπαφή της ομάδας: κάντε σύζευξη από την εφαρμογή Plenary ή εξυπηρετήστε την αίθουσα με --ui
error-room-no-such-team-file = δεν υπάρχει τέτοιο αρχείο στη διεπαφή της ομάδας: { $path }
error-room-not-json-request = στείλτε το αίτημα ως application/json
error-room-body-unreadable = το σώμα του αιτήματος δεν μπόρεσε να διαβαστεί: { $detail }
error-room-body-not-json = το σώμα του αιτήματος δεν είναι JSON: { $detail }
error-room-body-not-object = το σώμα του αιτήματος πρέπει να είναι αντικείμενο JSON
error-room-request-interrupted = το αίτημα διακόπηκε: { $detail }
error-room-device-not-paired = αυτή η συσκευή δεν είναι συζευγμένη με την αίθουσα (ή η σύζευξή της ανακλήθηκε): συζεύξτε την με κωδικό από τον υπολογιστή οικοδεσπότη
error-room-no-device-id = αυτό το πρόγραμμα περιήγησης δεν έχει αναγνωριστικό συσκευής: ανοίξτε πρώτα τη σελίδα της αίθουσας (με ενεργά cookies) ή συζεύξτε αυτή τη συσκευή με κωδικό από τον υπολογιστή οικοδεσπότη
error-room-full = η αίθουσα έχει ήδη συνδεδεμένες όσες σελίδες μπορεί να εξυπηρετήσει
error-room-cannot-serve-on = η αίθουσα δεν μπορεί να εξυπηρετηθεί στο { $address }: { $detail }
error-room-cannot-serve = η αίθουσα δεν μπορεί να εξυπηρετηθεί: { $detail }
error-room-qr-failed = δεν μπορεί να γίνει κωδικός QR από το { $url }: { $detail }

## Αντίγραφα ασφαλείας και επαναφορά (backup.rs)

error-backup-busy = η βάση δεδομένων είναι απασχολημένη· δοκιμάστε ξανά σε λίγο
error-backup-not-plenary = το { $file } δεν είναι βάση δεδομένων του Plenary: { $why ->
        [other-passphrase] δεν είναι αρχείο βάσης δεδομένων SQLite, ή είναι κρυπτογραφημένο με άλλη φράση πρόσβασης από αυτή της βάσης (αντίγραφο από πριν αλλάξει η φράση πρόσβασης;)
        [encrypted-into-plain] δεν είναι αρχείο βάσης δεδομένων SQLite, ή είναι κρυπτογραφημένο ενώ αυτή η βάση δεν είναι (επαναφέρετέ το σε κρυπτογραφημένη βάση με την ίδια φράση πρόσβασης)
        [cannot-open] η SQLite δεν μπορεί να το ανοίξει
        [cannot-read] η SQLite δεν μπορεί να το διαβάσει
        [no-tables] δεν έχει τους πίνακες του Plenary
        [no-assembly] δεν έχει συνέλευση
       *[not-sqlite] δεν είναι αρχείο βάσης δεδομένων SQLite
    }· τίποτα δεν επαναφέρθηκε
error-backup-damaged = το { $file } δεν είναι βάση δεδομένων του Plenary: είναι κατεστραμμένο ({ $check })· τίποτα δεν επαναφέρθηκε
error-backup-other-signing-key = αυτό το αντίγραφο είναι της { $name } ({ $code }), της οποίας το κλειδί υπογραφής δεν είναι αυτό δίπλα σε αυτή τη βάση: η επαναφορά του θα άφηνε μια συνέλευση που δεν μπορεί να υπογράψει τα πακέτα της· τίποτα δεν επαναφέρθηκε

## Κρυπτογράφηση: φράσεις πρόσβασης και το αρχείο του κλειδιού υπογραφής (rekey.rs, passphrase.rs, key_file.rs)

error-rekey-already-encrypted = αυτή η βάση δεδομένων είναι ήδη κρυπτογραφημένη: αλλάξτε καλύτερα τη φράση πρόσβασής της· τίποτα δεν άλλαξε
error-rekey-not-encrypted-set-first = αυτή η βάση δεδομένων δεν είναι κρυπτογραφημένη: ορίστε πρώτα φράση πρόσβασης· τίποτα δεν άλλαξε
error-rekey-not-encrypted = αυτή η βάση δεδομένων δεν είναι κρυπτογραφημένη· τίποτα δεν άλλαξε
error-rekey-in-memory = μια βάση δεδομένων στη μνήμη δεν μπορεί να κρυπτογραφηθεί· τίποτα δεν άλλαξε
error-rekey-database-in-use = άλλο πρόγραμμα έχει ανοιχτή αυτή τη βάση δεδομένων (η εφαρμογή ή το `plenary room serve`;): κλείστε το και δοκιμάστε ξανά· τίποτα δεν άλλαξε
error-passphrase-mismatch = οι δύο φράσεις πρόσβασης δεν είναι ίδιες: πληκτρολογήστε τη νέα φράση πρόσβασης δύο φορές, ακριβώς ίδια· τίποτα δεν άλλαξε
error-passphrase-too-short = μια φράση πρόσβασης χρειάζεται τουλάχιστον { $min } χαρακτήρες (μερικές λέξεις θυμούνται πιο εύκολα και μαντεύονται πιο δύσκολα)· τίποτα δεν άλλαξε
error-passphrase-kdf-settings = οι ρυθμίσεις παραγωγής του κλειδιού απορρίπτονται: { $detail }
error-passphrase-unusable = η φράση πρόσβασης δεν μπορεί να χρησιμοποιηθεί: { $detail }
error-key-file-cannot-seal = το κλειδί υπογραφής δεν μπόρεσε να σφραγιστεί
error-key-file-damaged = το αρχείο του κλειδιού υπογραφής { $file } είναι κατεστραμμένο
error-key-file-sealed-plain-db = το αρχείο του κλειδιού υπογραφής { $file } είναι σφραγισμένο με φράση πρόσβασης, αλλά αυτή η βάση δεδομένων δεν είναι κρυπτογραφημένη: ανήκει σε κρυπτογραφημένο αντίγραφο της βάσης
error-key-file-other-copy = το αρχείο του κλειδιού υπογραφής { $file } σφραγίστηκε για άλλο κρυπτογραφημένο αντίγραφο αυτής της βάσης, όχι για αυτό

## Αναζήτηση (search.rs)

error-search-too-long = το κείμενο αναζήτησης έχει { $chars } χαρακτήρες: το πολύ { $max }
error-search-too-many-words = το κείμενο αναζήτησης έχει { $words } λέξεις: το πολύ { $max }
error-search-no-assembly = καμία συνέλευση { $id } δεν είναι γνωστή εδώ
error-search-no-assembly-code = καμία συνέλευση με κωδικό «{ $code }» δεν είναι γνωστή εδώ
error-search-index-stale = { $kind ->
        [wg] η ομάδα εργασίας
        [report-back] η ενημέρωση ομάδας
        [proposal] η πρόταση
        [decision] η απόφαση
        [minutes] τα πρακτικά
       *[other] { $kind }
    } { $id } βρίσκεται στο ευρετήριο αναζήτησης αλλά όχι στο αρχείο
error-search-no-wg = δεν υπάρχει ομάδα εργασίας { $id }
error-search-no-proposal = δεν υπάρχει πρόταση { $id }
error-search-no-namesakes = δεν αναζητούνται συνώνυμα για { $kind ->
        [report-back] ενημέρωση ομάδας
        [decision] απόφαση
        [minutes] πρακτικά
       *[other] { $kind }
    }

## Η θέση της βάσης δεδομένων και οι γλώσσες (db.rs, i18n.rs)

error-db-no-data-directory = δεν υπάρχει φάκελος δεδομένων σε αυτό το σύστημα: δώστε --db ΔΙΑΔΡΟΜΗ ή ορίστε το PLENARY_DB
error-i18n-unknown-language = το Plenary δεν μιλά «{ $given }»: επιλέξτε ένα από τα { $choices }

## Η εφαρμογή επιφάνειας εργασίας (src-tauri/src)

error-shell-bundle-no-longer-waiting = αυτό το πακέτο δεν περιμένει πια να εισαχθεί: επιλέξτε ξανά το αρχείο
error-shell-no-dropped-bundle = κανένα πακέτο που αφέθηκε δεν περιμένει προεπισκόπηση: αφήστε ξανά το αρχείο πάνω στο παράθυρο
error-shell-projector-window-failed = το παράθυρο του προβολέα δεν μπορεί να ανοίξει: { $detail }
error-shell-room-open-elsewhere = η αίθουσα είναι ανοιχτή για άλλη συνέλευση: κλείστε την πρώτα
error-shell-room-bad-bind = το PLENARY_ROOM_BIND «{ $given }» δεν είναι διεύθυνση με θύρα
error-shell-room-already-open = η αίθουσα είναι ήδη ανοιχτή
error-shell-room-not-open = η αίθουσα δεν είναι ανοιχτή

## Έλεγχοι όσων πληκτρολογούνται (validate.rs): το όνομα ενός πεδίου είναι δικές του
## λέξεις, στη γλώσσα της πρότασης.

error-field-empty = λείπει { $field }
error-field-too-long = { $field }: πάνω από { $max } χαρακτήρες
error-field-not-one-line = { $field }: πρέπει να είναι μία γραμμή κειμένου (βρέθηκε χαρακτήρας ελέγχου)
error-field-control-character = { $field }: περιέχει χαρακτήρα ελέγχου
error-field-not-a-date = { $field }: το «{ $given }» δεν είναι ημερομηνία: γράψτε την ως ΕΕΕΕ-ΜΜ-ΗΗ, π.χ. 2026-11-26
error-field-name = το όνομα
error-field-title = ο τίτλος
error-field-note = η σημείωση
error-field-notes = οι σημειώσεις
error-field-text = το κείμενο
error-field-on-behalf-of = εκ μέρους ποιου
error-field-date = η ημερομηνία
error-field-response = η απάντηση
error-field-reason = η αιτιολογία
error-field-description = η περιγραφή
error-field-question = η ερώτηση
error-field-concern = η ένσταση
error-field-answer = η απάντηση
error-field-amended-text = το τροποποιημένο κείμενο
error-field-action-item = η εργασία
error-field-pronouns = οι αντωνυμίες
error-field-presenter = ποιος παρουσιάζει
error-field-place = ο τόπος
error-field-meeting-schedule = το πρόγραμμα συναντήσεων
error-field-contact = η επαφή
error-field-by = από ποιον
error-field-working-group-name = το όνομα της ομάδας εργασίας
error-field-working-group = η ομάδα εργασίας
error-field-who = ποιος
error-field-voice-wg = η ομάδα εργασίας μιας ψήφου
error-field-break-spoke = ο εκπρόσωπος που ζητά το διάλειμμα
error-field-assembly-name-short = το όνομα της συνέλευσης
error-field-role = ο ρόλος
error-field-list = η λίστα
error-field-change-day = η μέρα της αλλαγής
error-field-on = --on
error-field-summary = η σύνοψη
error-field-asks = τα αιτήματα
error-field-announcements = οι ανακοινώσεις
error-field-stance-name = το όνομα { $stance ->
        [block] ενός βέτο
       *[other] μιας αποχής
    }
error-field-stance-reason = η αιτιολογία { $stance ->
        [block] του βέτο
       *[other] της αποχής
    } του/της { $name }
error-field-voice-reason = η αιτιολογία της ψήφου της { $wg } ({ $voice ->
        [for] υπέρ
        [against] κατά
        [stand-aside] αποχή
        [block] βέτο
       *[other] { $voice }
    })

## Η ημερήσια διάταξη (agenda.rs)

error-agenda-bad-allotted-time = ο προβλεπόμενος χρόνος, { $minutes }, πρέπει να είναι από 1 έως 1440 λεπτά
error-agenda-proposal-item-needs-proposal = ένα θέμα τύπου πρότασης ορίζει την πρότασή του (--proposal)
error-agenda-only-proposal-item-names-proposal = μόνο ένα θέμα τύπου πρότασης μπορεί να ορίσει πρόταση, όχι ένα τύπου { $kind ->
        [process] διαδικασία
        [report-back] ενημέρωση ομάδας
        [discussion] συζήτηση
        [announcement] ανακοινώσεις
        [soapbox] ελεύθερο βήμα
       *[other] άλλο
    }
error-agenda-position-outside = η θέση { $position } είναι εκτός της ημερήσιας διάταξης (1 έως { $count })
error-agenda-remove-taken-up = αυτό το θέμα έχει ήδη συζητηθεί· αναβάλετέ το αντί να το αφαιρέσετε
error-agenda-start-after-end = ένα θέμα δεν μπορεί να ξεκινά στις { $start } αφού τελείωσε στις { $end }
error-agenda-closed-start-needs-time = αυτή η συνέλευση έχει κλείσει: δώστε την ώρα που ξεκίνησε το θέμα (--at HH:MM) για να τη διορθώσετε
error-agenda-meeting-not-open = ανοίξτε τη συνέλευση πριν πιάσετε τα θέματά της
error-agenda-item-already-active = αυτό το θέμα συζητιέται ήδη
error-agenda-item-already-done = αυτό το θέμα έχει ήδη τελειώσει
error-agenda-closed-end-needs-time = αυτή η συνέλευση έχει κλείσει: δώστε την ώρα που τελείωσε το θέμα (--at HH:MM) για να τη διορθώσετε
error-agenda-finish-not-active = μόνο το θέμα που συζητιέται μπορεί να τελειώσει
error-agenda-table-finished = ένα θέμα { $status ->
        [done] που έχει τελειώσει
        [tabled] που έχει αναβληθεί
        [active] σε εξέλιξη
       *[other] σε αναμονή
    } δεν μπορεί να αναβληθεί
error-report-back-cannot-clear = δεν μπορεί να αδειάσει το «{ $given }»: τα πεδία είναι { $fields }
error-report-back-wg-and-behalf = μια ενημέρωση δίνεται από ομάδα εργασίας ή εκ μέρους κάποιου, όχι και τα δύο
error-report-back-not-one = αυτό το θέμα της ημερήσιας διάταξης δεν είναι ενημέρωση ομάδας
error-report-back-not-found = δεν υπάρχει ενημέρωση ομάδας για το θέμα { $item }
error-report-back-would-blank = αυτό θα άδειαζε { $fields } αυτής της ενημέρωσης: αν αυτό εννοείτε, αδειάστε { $count ->
        [1] το πεδίο
       *[other] τα πεδία
    } ρητά (--clear { $flags })
error-report-back-fields-and = { $first } και { $rest }

## Οι εγγραφές άλλης συνέλευσης (db.rs)

error-not-owned-proposal = αυτή η πρόταση ανήκει σε άλλη συνέλευση και εδώ είναι μόνο για ανάγνωση· υιοθετήστε την για να έχετε δικό σας αντίγραφο
error-not-owned-meeting = αυτή η συνεδρίαση ανήκει σε άλλη συνέλευση και εδώ είναι μόνο για ανάγνωση· υιοθετήστε την για να έχετε δικό σας αντίγραφο
error-not-owned-decision = αυτή η απόφαση ανήκει σε άλλη συνέλευση και εδώ είναι μόνο για ανάγνωση· υιοθετήστε την για να έχετε δικό σας αντίγραφο
error-not-owned-ga = η συνέλευση { $number } ανήκει σε άλλη συνέλευση και εδώ είναι μόνο για ανάγνωση· υιοθετήστε την για να έχετε δικό σας αντίγραφο
error-not-owned-wg = η ομάδα εργασίας «{ $name }» ανήκει σε άλλη συνέλευση και εδώ είναι μόνο για ανάγνωση· υιοθετήστε την για να έχετε δικό σας αντίγραφο
error-not-owned-person = το πρόσωπο { $name } ανήκει σε άλλη συνέλευση και εδώ είναι μόνο για ανάγνωση· υιοθετήστε το για να έχετε δικό σας αντίγραφο

## Η εξέταση μιας πρότασης (proposal/hearing.rs)

error-step-not-started = δεν ξεκίνησε
error-step-present = παρουσίαση
error-step-clarifying-questions = διευκρινιστικές ερωτήσεις
error-step-concerns = ενστάσεις και φιλικές τροποποιήσεις
error-step-temperature-check = μέτρηση κλίματος
error-step-call-for-consensus = κάλεσμα σε συναίνεση
error-step-vote = ψηφοφορία
error-step-outcome = αποτέλεσμα
error-hearing-not-a-proposal-item = το θέμα { $item } δεν είναι πρόταση: εκεί δεν γίνεται εξέταση
error-hearing-over = η εξέταση στο { $item } έχει τελειώσει: το αποτέλεσμά της ({ $outcome }) είναι καταγεγραμμένο
error-hearing-record-tabled = αυτή η πρόταση έχει αναβληθεί: αν καταγραφεί { $record ->
        [clarifying-questions] μια διευκρινιστική ερώτηση
        [concerns] μια ένσταση ή μια τροποποίηση
        [temperature-check] μια μέτρηση κλίματος
       *[other] αυτό
    } στο { $item }, θα την ξανάπιανε χωρίς να το αποφασίσει κανείς. Αν η συνέλευση την ξαναπιάσει, φέρτε πρώτα την εξέτασή της σε ένα βήμα (proposal step … --to present)
error-hearing-record-passes-over = τίποτα δεν έχει καταγραφεί στο βήμα «{ $step }» του { $item }: αν καταγραφεί τώρα { $record ->
        [clarifying-questions] μια διευκρινιστική ερώτηση
        [concerns] μια ένσταση ή μια τροποποίηση
        [temperature-check] μια μέτρηση κλίματος
       *[other] αυτό
    }, θα το προσπερνούσε σιωπηλά. Καταγράψτε ό,τι τέθηκε εκεί, ή προχωρήστε λέγοντας ότι δεν τέθηκε τίποτα (proposal step … --none)
error-hearing-remove-begun = η εξέταση αυτής της πρότασης έχει αρχίσει σε αυτό το θέμα: αναβάλετε την πρόταση αντί να αφαιρέσετε το θέμα
error-hearing-proposal-not-on-agenda = η πρόταση { $proposal } δεν είναι στην ημερήσια διάταξη της { $meeting }: προσθέστε την πρώτα ως θέμα τύπου πρότασης
error-hearing-move-already-there = δεν γίνεται μετάβαση σε «{ $step }»: η εξέταση είναι ήδη εκεί
error-hearing-move-to-outcome = δεν γίνεται μετάβαση σε «{ $step }»: στο αποτέλεσμα φτάνει κανείς καταγράφοντάς το: μια απόφαση, ή αναβολή, απόσυρση ή επιστροφή της πρότασης
error-hearing-move-no-vote = δεν γίνεται μετάβαση σε «{ $step }»: ο κανόνας της συνέλευσης ({ $rule }) δεν έχει ψηφοφορία: η διαφωνία είναι αποχή ή βέτο
error-hearing-move-only-outcome = δεν γίνεται μετάβαση σε «{ $step }»: μετά το «{ $from }» το επόμενο είναι να καταγραφεί το αποτέλεσμα
error-hearing-move-one-way = δεν γίνεται μετάβαση σε «{ $step }»: μετά το «{ $from }» η εξέταση μπορεί να πάει σε «{ $next }»
error-hearing-move-two-ways = δεν γίνεται μετάβαση σε «{ $step }»: μετά το «{ $from }» η εξέταση μπορεί να πάει σε «{ $next }» ή σε «{ $other }»
error-hearing-nothing-recorded = { $step ->
        [clarifying-questions] δεν έχει καταγραφεί καμία διευκρινιστική ερώτηση
       *[other] δεν έχει καταγραφεί καμία ένσταση ούτε τροποποίηση
    } στο { $item }: καταγράψτε ό,τι τέθηκε, ή προχωρήστε λέγοντας ότι δεν τέθηκε τίποτα (--none)
error-hearing-none-needless = το «none» λέει ότι δεν τέθηκε τίποτα στο βήμα που αφήνει η εξέταση, αλλά η μετάβαση από «{ $from }» σε «{ $to }» δεν αφήνει πίσω τέτοιο κενό βήμα
error-hearing-not-found = δεν υπάρχει εξέταση στο θέμα { $item }: δεν είναι θέμα τύπου πρότασης
error-question-not-found = δεν υπάρχει διευκρινιστική ερώτηση με αναγνωριστικό { $id }
error-concern-not-found = δεν υπάρχει ένσταση με αναγνωριστικό { $id }
error-temperature-not-found = δεν υπάρχει μέτρηση κλίματος με αναγνωριστικό { $id }
error-temperature-count-too-big = { $count } χέρια { $hands ->
        [up] ψηλά
        [sideways] στο πλάι
       *[down] κάτω
    } είναι πάνω από { $max }: ελέγξτε τη μέτρηση
error-temperature-no-hands = μια μέτρηση κλίματος χρειάζεται τουλάχιστον ένα χέρι: δώστε πόσα χέρια ψηλά, στο πλάι και κάτω

## Η πορεία μιας πρότασης (proposal/lifecycle.rs)

error-proposal-status-draft = προσχέδιο
error-proposal-status-submitted = κατατεθειμένη
error-proposal-status-on-agenda = σε ημερήσια διάταξη
error-proposal-status-in-process = σε διαδικασία
error-proposal-status-decided = αποφασισμένη
error-proposal-status-tabled = σε αναβολή
error-proposal-status-withdrawn = αποσυρμένη
error-proposal-status-sent-back = επιστραμμένη στην ομάδα
error-outcome-consensus = συναίνεση
error-outcome-passed = εγκρίθηκε
error-outcome-blocked = μπλοκαρίστηκε
error-outcome-failed = απορρίφθηκε
error-outcome-tabled = αναβλήθηκε
error-outcome-withdrawn = αποσύρθηκε
error-outcome-sent-back = επεστράφη στην ομάδα
error-proposal-final = αυτή η πρόταση { $status ->
        [withdrawn] αποσύρθηκε από όσους την πρότειναν
        [sent-back] επεστράφη για να ξαναδουλευτεί
       *[decided] έχει αποφασιστεί
    }: δεν μπορεί πια να { $action ->
        [submit] κατατεθεί
        [put-on-agenda] μπει σε ημερήσια διάταξη
        [hear] εξεταστεί
        [decide] αποφασιστεί
        [table] αναβληθεί
        [withdraw] αποσυρθεί
        [send-back] επιστραφεί
       *[amend] τροποποιηθεί
    }
error-proposal-submit-not-draft = μόνο ένα προσχέδιο μπορεί να κατατεθεί· αυτή η πρόταση είναι ήδη: { $status }
error-proposal-agenda-draft = αυτή η πρόταση είναι προσχέδιο: καταθέστε την πριν τη βάλετε σε ημερήσια διάταξη
error-proposal-hear-not-on-agenda = αυτή η πρόταση είναι: { $status }· βάλτε την στην ημερήσια διάταξη μιας συνέλευσης πριν την εξετάσετε
error-proposal-decide-not-a-decision = το { $outcome ->
        [withdrawn] «αποσύρθηκε»
       *[sent-back] «επεστράφη»
    } δεν είναι αποτέλεσμα απόφασης: αποσύρετε ή επιστρέψτε καλύτερα την πρόταση
error-proposal-decide-not-on-agenda = αυτή η πρόταση είναι: { $status }· μόνο μια πρόταση στην ημερήσια διάταξη μιας συνέλευσης μπορεί να αποφασιστεί
error-proposal-already-tabled = αυτή η πρόταση έχει ήδη αναβληθεί
error-proposal-table-not-before-ga = αυτή η πρόταση είναι: { $status }· μόνο μια πρόταση ενώπιον της συνέλευσης (σε ημερήσια διάταξη ή υπό εξέταση) μπορεί να αναβληθεί
error-proposal-send-back-draft = αυτή η πρόταση είναι ακόμη προσχέδιο: δεν υπάρχει τίποτα να επιστραφεί (αποσύρετέ την καλύτερα)
error-proposal-move-needs-reason = πείτε γιατί: { $outcome ->
        [withdrawn] μια απόσυρση
        [sent-back] η επιστροφή μιας πρότασης
       *[other] μια αναβολή
    } έχει την αιτιολογία της, και τα πρακτικά την τυπώνουν (π.χ. «μετά από 9 βέτο, να επανέλθει με ένα εργαστήρι»)
error-proposal-item-not-its-hearing = το θέμα { $item } δεν είναι εξέταση αυτής της πρότασης

## Εκδοχές και τροποποιήσεις μιας πρότασης (proposal/versions.rs)

error-proposal-no-text = η πρόταση { $id } δεν έχει κείμενο
error-proposal-no-version = αυτή η πρόταση δεν έχει εκδοχή { $version }: οι εκδοχές της είναι από 1 έως { $count }
error-amendment-not-found = δεν υπάρχει τροποποίηση με αναγνωριστικό { $id }
error-amendment-already-answered = αυτή η τροποποίηση έχει ήδη { $status ->
        [accepted] γίνει δεκτή
        [rejected] απορριφθεί
       *[other] απαντηθεί
    }
error-amendment-text-moved-on = αυτή η τροποποίηση προτάθηκε στην εκδοχή { $base }, αλλά το κείμενο είναι τώρα στην εκδοχή { $current }: προτείνετέ την ξανά στο τρέχον κείμενο
error-amendment-needs-by = μια τροποποίηση λέει ποιος την πρότεινε
error-amendment-same-text = το τροποποιημένο κείμενο είναι ίδιο με την εκδοχή { $base }: μια τροποποίηση αλλάζει το κείμενο
error-amendment-not-at-a-ga = αυτή η τροποποίηση δεν προτάθηκε σε συνέλευση: δεν υπάρχουν πρακτικά να διορθωθούν
error-amendment-never-answered = αυτή η τροποποίηση δεν απαντήθηκε ποτέ: η απάντηση όσων πρότειναν καταγράφεται με `proposal amendment`, δεν διορθώνεται
error-amendment-later-versions = το κείμενο είναι τώρα στην εκδοχή { $current }, που φτιάχτηκε από την εκδοχή { $touched } στο μεταξύ: διορθώστε πρώτα τις μεταγενέστερες τροποποιήσεις
error-amendment-decided-elsewhere = σε άλλη συνέλευση πάρθηκε απόφαση για την εκδοχή { $touched } του κειμένου: η απάντηση σε αυτή την τροποποίηση δεν μπορεί πια να αλλάξει

## Σύντομες παραπομπές (refs.rs)

error-refs-no-short = δεν υπάρχει { $what ->
        [amendment] τροποποίηση
        [clarifying-question] διευκρινιστική ερώτηση
        [concern] ένσταση
       *[stack-entry] εγγραφή στη σειρά ομιλητών
    } «{ $given }» (ορίστε την με τη σύντομη παραπομπή που τυπώνει το `show`, ή με το αναγνωριστικό)
error-refs-short-ambiguous = { $what ->
        [amendment] η τροποποίηση
        [clarifying-question] η διευκρινιστική ερώτηση
        [concern] η ένσταση
       *[stack-entry] η εγγραφή
    } «{ $given }» είναι αμφίσημη: δώστε περισσότερα ψηφία του αναγνωριστικού της

## Οι εντολές της αίθουσας (room/commands.rs)

error-room-lang-not-a-code = μη έγκυρα ορίσματα: το lang { $given } δεν είναι κωδικός γλώσσας

## Σταθερά σφάλματα (error.rs): η βάση δεδομένων, η φράση πρόσβασής της, τα αρχεία

error-no-assembly = αυτή η βάση δεδομένων δεν έχει ακόμη συνέλευση: τρέξτε πρώτα `plenary init --name ΟΝΟΜΑ --code ΚΩΔΙΚΟΣ`
error-newer-database = αυτή τη βάση δεδομένων τη δημιούργησε νεότερο Plenary (έκδοση σχήματος { $found }, αυτό το Plenary γνωρίζει έως την { $known }): ενημερώστε το Plenary για να την ανοίξετε — η βάση δεδομένων δεν αγγίχτηκε
error-locked = αυτή η βάση δεδομένων είναι κρυπτογραφημένη και δεν έχει ξεκλειδωθεί ακόμη: δώστε πρώτα τη φράση πρόσβασής της
error-upgrading = τα αρχεία ενημερώνονται για αυτή την έκδοση του Plenary· μια στιγμή
error-database = σφάλμα βάσης δεδομένων: { $reason }
error-migration = η μετάπτωση της βάσης δεδομένων απέτυχε: { $reason }
error-wrong-passphrase = η φράση πρόσβασης δεν ανοίγει αυτή τη βάση δεδομένων· τίποτα δεν άλλαξε
error-io = { $context }: { $reason }
error-io-cannot-open = δεν ανοίγει το { $path }
error-io-cannot-read = δεν διαβάζεται το { $path }
error-io-cannot-write = δεν γράφεται το { $path }
error-io-cannot-create-folder = δεν μπορεί να δημιουργηθεί ο φάκελος { $path }
error-io-cannot-read-inbox = δεν διαβάζεται ο φάκελος εισερχομένων { $path }
error-io-cannot-watch-inbox = δεν μπορεί να ξεκινήσει η παρακολούθηση του φακέλου εισερχομένων
error-io-cannot-start-checkpoint = δεν μπορεί να ξεκινήσει το νήμα των σημείων ελέγχου
error-io-cannot-write-key = δεν γράφεται το κλειδί υπογραφής στο { $path }
error-io-cannot-read-key = δεν διαβάζεται το κλειδί υπογραφής { $path }
error-io-cannot-delete-backup = δεν διαγράφεται το αντίγραφο ασφαλείας { $path }
error-io-cannot-flush = δεν γράφεται το { $path } στον δίσκο
error-io-cannot-move = δεν μετακινείται το { $from } στο { $to }
error-assembly-no-key-in-memory = αυτή η βάση δεδομένων στη μνήμη δεν έχει κλειδί υπογραφής
error-person-forget-log-busy = το όνομα αντικαταστάθηκε, αλλά άλλο πρόγραμμα κρατά απασχολημένη τη βάση δεδομένων, οπότε το ημερολόγιό της μπορεί να κρατά τα παλιά bytes ώσπου να κλείσει εκείνο το πρόγραμμα

## Κλειστά σύνολα λέξεων (text_enum.rs): μια λέξη που δεν ανήκει στο σύνολό της

error-unknown-value = το «{ $given }» δεν είναι τιμή για { $what }: αναμένεται μία από τις { $expected }
error-what-actor = δράστη
error-what-amendment-status = κατάσταση τροποποίησης
error-what-change = αλλαγή
error-what-decision-reason = λόγο απόφασης
error-what-stack-entry-kind = είδος εγγραφής στη σειρά ομιλητών
error-what-hand-request-status = κατάσταση αιτήματος λόγου
error-what-hand-state = κατάσταση χεριού
error-what-hearing-action = ενέργεια εξέτασης
error-what-search-hit-kind = είδος αποτελέσματος αναζήτησης
error-what-agenda-item-kind = είδος θέματος ημερήσιας διάταξης
error-what-agenda-item-status = κατάσταση θέματος ημερήσιας διάταξης
error-what-meeting-status = κατάσταση συνέλευσης
error-what-meeting-format = μορφή συνέλευσης
error-what-minutes-format = μορφή πρακτικών
error-what-process-step = βήμα της διαδικασίας
error-what-proposal-action = ενέργεια σε πρόταση
error-what-proposal-status = κατάσταση πρότασης
error-what-stack-reason = λόγο στη σειρά ομιλητών
error-what-stack-policy = κανόνα της σειράς ομιλητών
error-what-stance = στάση
error-what-wg-category = κατηγορία ομάδας εργασίας
error-what-wg-status = κατάσταση ομάδας εργασίας
error-what-outcome = αποτέλεσμα
error-what-wg-voice = ψήφο ομάδας εργασίας
error-what-view = προβολή
error-what-room-role = ρόλο στην αίθουσα
error-what-stack-entry-status = κατάσταση εγγραφής στη σειρά ομιλητών
error-what-key-status = κατάσταση κλειδιού
error-what-inbox-file-state = κατάσταση αρχείου εισερχομένων

## Τι έχει αλλοιωθεί σε ένα αρχείο αναίρεσης (stack/undo.rs)

error-undo-damaged-not-json = δεν είναι JSON
error-undo-damaged-no-table = χωρίς πίνακα
error-undo-damaged-unknown-table = άγνωστος πίνακας
error-undo-damaged-no-id = χωρίς αναγνωριστικό
error-undo-damaged-bad-row = εσφαλμένη γραμμή
