# Les personnes de l’assemblée (ui/src/views/people/PeopleView.svelte).

people-heading = Personnes
people-hint = Toutes les personnes que nomme le registre de l’assemblée. Corrigez un nom mal saisi ; fusionnez deux noms qui désignent la même personne. Tout le registre suit.
people-search = Rechercher
people-loading = Chargement…
people-none-yet = Personne n’est encore dans le registre.
people-none-found = Personne de ce nom.
people-col-name = Nom
people-col-meetings = AG
people-col-records = Enregistrements
people-col-actions = Actions
people-rename = Renommer
people-rename-label = Renommer { $name }
people-new-name = Nouveau nom pour { $name }
people-save = Enregistrer
people-cancel = Annuler
people-renamed = { $before } s’appelle maintenant { $after }.
people-merge-open = Fusionner…
people-merge-label = Fusionner { $name } avec une autre personne
people-merge-heading = Fusionner { $name }
people-merge-explain = Chaque enregistrement qui nomme { $name } nommera à la place la personne choisie ici, et { $name } disparaît. Cela ne peut pas être annulé ici.
people-merge-find = Trouver le nom
people-merge-into = Avec
people-merge-choose = Choisir une personne
people-merge = Fusionner
people-merged = { $from } est fusionné·e avec { $into } : chaque enregistrement nomme { $into }.
people-forget-open = Oublier…
people-forget-label = Oublier { $name } à sa demande
people-forget-heading = Oublier { $name }
people-forget-explain = Pour une personne qui a demandé à être oubliée. Son nom est remplacé par un marqueur comme « Participant·e 3 » partout dans le registre de cette assemblée : noms, textes libres, le journal des prises de parole et le journal. Les sauvegardes automatiques sont supprimées. Le prochain paquet transmet le changement aux assemblées qui ont reçu le nom.
people-forget-not-reached = Non atteints : les copies faites à la main (sauvegardes, paquets et comptes rendus exportés) et les registres propres des autres assemblées. Cela ne peut pas être annulé.
people-forget = Oublier cette personne
people-forgotten = Le nom est oublié : le registre dit maintenant { $placeholder } ({ $records } enregistrements ; { $backups } supprimées). Le prochain paquet transmet le changement.
people-backups = { $n ->
    [one] 1 sauvegarde automatique
   *[other] { $n } sauvegardes automatiques
  }
people-pager-noun = personnes
