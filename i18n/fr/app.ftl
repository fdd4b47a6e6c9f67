# Les mots de l’application (ui/src) : les écrans convertis jusqu’ici.

## Réglages

settings-open = Réglages
settings-title = Réglages
settings-close = Fermer
language-heading = Langue
language-label = Langue de Plenary
language-follow-system = Comme cet ordinateur ({ $language })
language-note = Les comptes rendus exportés d’ici sont aussi écrits dans cette langue. Ce que les gens écrivent reste dans la langue où ils l’ont écrit.
passphrase-heading = Phrase secrète
passphrase-state-encrypted = Ce registre est chiffré : Plenary demande sa phrase secrète au démarrage.
passphrase-state-plain = Ce registre n’est pas chiffré : toute personne qui a les fichiers de cet ordinateur peut le lire.
passphrase-encrypt-heading = Chiffrer le registre
passphrase-new = Nouvelle phrase secrète (au moins 8 caractères ; quelques mots, c’est le plus simple)
passphrase-again = La nouvelle phrase secrète, encore une fois
passphrase-encrypt = Chiffrer avec cette phrase secrète
passphrase-change-heading = Changer la phrase secrète
passphrase-current = Phrase secrète actuelle
passphrase-change = Changer la phrase secrète
passphrase-remove-heading = Retirer la phrase secrète
passphrase-remove-note = Le registre redevient un simple fichier, lisible par toute personne qui a les fichiers de cet ordinateur.
passphrase-remove = Déchiffrer le registre
passphrase-done-encrypted = Le registre est chiffré avec la nouvelle phrase secrète. Gardez-la bien : sans elle, personne ne peut ouvrir le registre.
passphrase-done-plain = Le registre n’est plus chiffré : toute personne qui a les fichiers de cet ordinateur peut le lire.
passphrase-done-backups = {" "}Ses { $n } sauvegardes automatiques ont été réécrites de même.

## Ce que protège la phrase secrète

encryption-fact-closed = Tant que Plenary est fermé, personne ne peut lire le registre — chaque nom, chaque motif, le journal des prises de parole — ni ses sauvegardes sans la phrase secrète, même avec cet ordinateur entre les mains.
encryption-fact-open = Elle ne protège pas le registre pendant que Plenary est ouvert et déverrouillé, ni ce qui a déjà été partagé : comptes rendus exportés, paquets envoyés à d’autres assemblées, ou l’écran du projecteur.
encryption-fact-lost = Il n’existe aucun moyen de retrouver une phrase secrète perdue — ni pour vous, ni pour les développeurs de Plenary. Sans elle, le registre ne peut pas être ouvert.
