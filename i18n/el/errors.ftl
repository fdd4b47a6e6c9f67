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
