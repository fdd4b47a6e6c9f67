# Τα πρόσωπα της συνέλευσης (ui/src/views/people/PeopleView.svelte).

people-heading = Πρόσωπα
people-hint = Όλοι όσοι αναφέρονται στο αρχείο της συνέλευσης. Διορθώστε ένα λάθος γραμμένο όνομα· ενώστε δύο ονόματα που είναι το ίδιο πρόσωπο. Όλο το αρχείο ακολουθεί.
people-search = Αναζήτηση
people-loading = Φόρτωση…
people-none-yet = Δεν υπάρχει ακόμη κανείς στο αρχείο.
people-none-found = Κανείς με αυτό το όνομα.
people-col-name = Όνομα
people-col-meetings = Συνελεύσεις
people-col-records = Εγγραφές
people-col-actions = Ενέργειες
people-rename = Μετονομασία
people-rename-label = Μετονομασία του/της { $name }
people-new-name = Νέο όνομα για { $name }
people-save = Αποθήκευση
people-cancel = Ακύρωση
people-renamed = Ο/Η { $before } είναι τώρα { $after }.
people-merge-open = Ένωση…
people-merge-label = Ένωση του/της { $name } με άλλο πρόσωπο
people-merge-heading = Ένωση του/της { $name }
people-merge-explain = Κάθε εγγραφή που αναφέρει { $name } θα αναφέρει αντί γι' αυτό το πρόσωπο που επιλέγεται εδώ, και το { $name } αφαιρείται. Αυτό δεν αναιρείται εδώ.
people-merge-find = Εύρεση του ονόματος
people-merge-into = Με
people-merge-choose = Επιλέξτε πρόσωπο
people-merge = Ένωση
people-merged = Ο/Η { $from } ενώθηκε με { $into }: κάθε εγγραφή αναφέρει { $into }.
people-forget-open = Λήθη…
people-forget-label = Λήθη του/της { $name } κατόπιν αιτήματος
people-forget-heading = Λήθη του/της { $name }
people-forget-explain = Για όποιον ζήτησε να ξεχαστεί. Το όνομά του αντικαθίσταται από ένα σύμβολο όπως «Συμμετέχων/ουσα 3» παντού στο αρχείο αυτής της συνέλευσης: ονόματα, ελεύθερα κείμενα, το αρχείο τοποθετήσεων και το ημερολόγιο. Τα αυτόματα αντίγραφα ασφαλείας διαγράφονται. Το επόμενο πακέτο μεταφέρει την αλλαγή στις συνελεύσεις που έλαβαν το όνομα.
people-forget-not-reached = Δεν αγγίζει: αντίγραφα που έγιναν με το χέρι (αντίγραφα ασφαλείας, εξαγμένα πακέτα και πρακτικά) και τα δικά αρχεία άλλων συνελεύσεων. Αυτό δεν αναιρείται.
people-forget = Λήθη αυτού του προσώπου
people-forgotten = Το όνομα ξεχάστηκε: το αρχείο λέει τώρα { $placeholder } ({ $records } εγγραφές· διαγράφηκαν { $backups }). Το επόμενο πακέτο μεταφέρει την αλλαγή.
people-backups = { $n ->
    [one] 1 αυτόματο αντίγραφο ασφαλείας
   *[other] { $n } αυτόματα αντίγραφα ασφαλείας
  }
people-pager-noun = πρόσωπα
