# Pourquoi un paquet d’une autre assemblée est refusé, ou l’un de ses enregistrements
# (src-tauri/core/src/bundle/). Un `why` est un message à part, dit dans la même langue.
# Les noms d’entrées (records/meetings.jsonl), de champs ("name") et de tables sont ceux
# du format et ne se traduisent pas.

## Le refus d’un fichier entier

error-bundle-not-imported = { $file } n’a pas été importé : { $why }
error-bundle-unreadable = { $file } n’est pas un paquet que ce Plenary sait lire : { $why }
error-bundle-cannot-open = { $file } ne peut pas être ouvert ici : { $why }
error-bundle-cannot-read = { $file } ne peut pas être lu : { $why }
error-bundle-database-refused = { $file } n’a pas été importé : la base de données l’a refusé ({ $detail }) ; rien n’a été écrit
error-bundle-path-too-large = { $path } fait { $size } octets ; un paquet fait au plus { $max } octets

## Où, dans le paquet

error-bundle-at-line = { $entry }, ligne { $line } : { $why }
error-bundle-at-character = { $why } (au caractère { $at })
error-bundle-in-manifest = manifest.json : { $why }

## La signature, la clé et le code de qui l’a fait

error-bundle-not-signed = il n’a pas de manifest.sig : il n’est pas signé
error-bundle-signature-not-ed25519 = manifest.sig n’est pas une signature Ed25519 (128 chiffres hexadécimaux)
error-bundle-signature-mismatch = la signature ne correspond pas : le paquet a été modifié après avoir été signé, ou n’a pas été signé par l’assemblée qu’il nomme
error-bundle-key-mismatch = il dit venir de { $name } ({ $code }), connue ici sous une autre clé (empreinte { $pinned }) ; la clé de ce paquet a l’empreinte { $key }. Si cette assemblée a vraiment changé de clé, vérifiez la nouvelle empreinte avec ses membres avant de lui faire confiance
error-bundle-from-this-assembly = il a été fait par cette assemblée même ({ $name }) : il n’y a rien à importer
error-bundle-code-own = il vient de { $name } avec le code { $code }, qui est le code de cette assemblée : des références comme { $code }-GA-1 désigneraient deux AG. Demandez à cette assemblée de choisir un autre code
error-bundle-code-taken = il vient de { $name } avec le code { $code }, que { $other } utilise déjà ici : des références comme { $code }-GA-1 désigneraient deux AG
error-bundle-assembly-code-invalid = le code d’assemblée { $code } n’est pas un code valide
error-bundle-field-assembly-name = le nom de l’assemblée
error-bundle-assembly-revision = la révision de l’assemblée doit être 1 ou plus
error-bundle-assembly-key-not-hex = la clé publique de l’assemblée n’est pas faite de 64 chiffres hexadécimaux
error-bundle-assembly-key-not-ed25519 = la clé publique de l’assemblée n’est pas une clé Ed25519

## Le manifeste et le format

error-bundle-file-too-large = le fichier fait { $size } octets ; un paquet fait au plus { $max }
error-bundle-no-manifest = il n’a pas de manifest.json : ce n’est pas un paquet Plenary
error-bundle-manifest-not-json = manifest.json n’est pas du JSON valide : { $detail }
error-bundle-manifest-not-plenary = manifest.json ne dit pas "format": "{ $format }" : ce n’est pas un paquet Plenary
error-bundle-newer-format = il a été fait par un Plenary plus récent (version { $version } du format de paquet ; ce Plenary lit les versions { $oldest } et { $newest }) ; mettez Plenary à jour pour l’importer
error-bundle-unknown-format-version = manifest.json a une version de format inconnue, { $version } ; ce Plenary lit les versions { $oldest } et { $newest }
error-bundle-version-none = (aucune)
error-bundle-counts-unknown-table = manifest.json compte des enregistrements d’une table que ce Plenary ne connaît pas ({ $table }) ; mettez Plenary à jour pour l’importer
error-bundle-minutes-not-entry = manifest.json : le compte rendu de l’AG { $meeting } est dans { $entry }, qui n’est pas une entrée de comptes rendus du paquet
error-bundle-minutes-no-meeting = manifest.json liste le compte rendu de l’AG { $meeting }, que le paquet n’apporte pas
error-bundle-count-differs = manifest.json compte { $said } enregistrements dans { $entry }, l’entrée en contient { $held }
error-bundle-deletion-count-differs = manifest.json compte { $said } suppressions, { $entry } en contient { $held }

## Les entrées : modifiées, absentes, inconnues

error-bundle-entry-changed = l’entrée { $entry } ne correspond pas à son SHA-256 dans le manifeste : elle a été modifiée ou abîmée après la création du paquet
error-bundle-entry-not-listed = l’entrée { $entry } n’est pas listée dans le manifeste
error-bundle-entry-size-differs = entrée { $entry } : le manifeste dit { $listed } octets, le zip { $size }
error-bundle-entry-listed-missing = l’entrée { $entry } est listée dans le manifeste mais manque
error-bundle-entry-missing = l’entrée { $entry } manque
error-bundle-entry-not-read = l’entrée { $entry } n’a pas été lue
error-bundle-entry-unknown-table = l’entrée { $entry } contient une table que ce Plenary ne connaît pas ; mettez Plenary à jour pour l’importer
error-bundle-entry-unknown = l’entrée { $entry } ne fait pas partie d’un paquet Plenary
error-bundle-minutes-not-utf8 = { $entry } n’est pas du texte UTF-8
error-bundle-too-many-records = le paquet contient plus de { $max } enregistrements

## Les lignes d’une entrée et leurs enregistrements

error-bundle-line-too-long = { $entry }, ligne { $line } : elle dépasse { $max } octets
error-bundle-line-empty = { $entry }, ligne { $line } : elle est vide
error-bundle-record-twice = { $entry }, ligne { $line } : { $record } { $id } apparaît deux fois
error-bundle-record-foreign = { $entry }, ligne { $line } : { $record } { $id } appartient à l’assemblée { $origin }, pas à l’assemblée qui a fait le paquet ({ $producer }) ; un paquet n’apporte que les enregistrements de qui le fait
error-bundle-deleted-twice = { $entry } : l’enregistrement { $id } est supprimé deux fois
error-bundle-deleted-and-carried = { $entry } : { $record } { $id } est à la fois supprimé et apporté par le paquet
error-bundle-deletion-foreign = la suppression de { $id } nomme une autre assemblée que celle qui a fait le paquet
error-bundle-deletion-unknown-table = la suppression de { $id } nomme une table inconnue, { $table }
error-bundle-deletion-bad-time = le champ "deleted_at" vaut { $value }, qui n’est pas une heure (RFC 3339 en UTC, finissant par Z)
error-bundle-field-not-id = le champ { $field } n’est pas un identifiant (un UUID en minuscules)

## Les champs d’un enregistrement

error-bundle-field-twice = le champ { $field } apparaît deux fois
error-bundle-field-missing = le champ { $field } manque
error-bundle-field-unknown = champ inconnu { $field } : { $record } n’a que { $fields }
error-bundle-field-wrong-type = le champ { $field } doit être { $wanted }, pas { $found }
error-bundle-field-null = le champ { $field } ne peut pas être null
error-bundle-field-outside = le champ { $field } vaut { $value }, hors de { $wanted }
error-bundle-field-number-too-large = le champ { $field } vaut { $value }, trop grand
error-bundle-field-not-uuid = le champ { $field } vaut { $value }, qui n’est pas un identifiant (un UUID écrit en hexadécimal minuscule, 8-4-4-4-12)
error-bundle-field-not-one-line = le champ { $field } doit être une seule ligne de texte (il contient un caractère de contrôle)
error-bundle-field-control = le champ { $field } contient un caractère de contrôle
error-bundle-field-not-wanted = le champ { $field } vaut { $value }, pas { $wanted }
error-bundle-field-too-long = le champ { $field } dépasse { $max } caractères
# Ce qu’un champ doit être.
error-bundle-wanted-id = un identifiant (UUID)
error-bundle-wanted-line = une ligne de texte
error-bundle-wanted-text = du texte
error-bundle-wanted-one-of = l’un de { $words }
error-bundle-wanted-number = un nombre entier de { $min } à { $max }
error-bundle-wanted-date = une date AAAA-MM-JJ
error-bundle-wanted-time = une heure (RFC 3339 en UTC, finissant par Z)
error-bundle-wanted-clock = une heure de la journée HH:MM
# Ce qu’il était à la place.
error-bundle-found-bool = vrai ou faux
error-bundle-found-number = un nombre
error-bundle-found-fraction = un nombre à virgule
error-bundle-found-text = du texte
error-bundle-found-list = une liste
error-bundle-found-object = un objet

## Les références entre enregistrements

error-bundle-reference-foreign = { $entry }, ligne { $line } ({ $record } { $id }) : { $column } { $target_id } désigne { $target } d’une autre assemblée ; les enregistrements d’un paquet ne renvoient qu’à des enregistrements de l’assemblée qui l’a fait
error-bundle-reference-missing = { $entry }, ligne { $line } ({ $record } { $id }) : { $column } { $target_id } désigne { $target } qui n’est ni dans le paquet ni dans cette base de données

## Pourquoi un enregistrement a été refusé (le rapport de l’import les liste)

error-bundle-owner-this-assembly = cette assemblée
error-bundle-owner-assembly = l’assemblée { $id }
error-bundle-refused-delete-not-theirs = le paquet le supprime, mais il appartient à { $owner }
error-bundle-refused-delete-referred = son assemblée l’a supprimé, mais des enregistrements d’ici y renvoient encore
error-bundle-refused-deleted = son assemblée l’a supprimé
error-bundle-refused-id-deleted = un enregistrement avec cet identifiant, qui appartenait à { $owner }, a été supprimé
error-bundle-refused-own-record = il appartient à cette assemblée : un import ne modifie jamais vos propres enregistrements
error-bundle-refused-third-party = il appartient à { $owner }, pas à l’assemblée qui a fait le paquet
error-bundle-refused-refers-to-refused = son champ { $column } désigne { $target } { $id }, qui a été refusé
error-bundle-refused-refers-to-deleted = son champ { $column } désigne { $target } { $id }, que le paquet supprime
error-bundle-refused-unique = un autre enregistrement de type « { $record } » a déjà { $same }
error-bundle-refused-unique-same-assembly = un autre enregistrement de type « { $record } » de la même assemblée a déjà { $same }
error-bundle-refused-check = il enfreint la règle `{ $rule }`
error-bundle-refused-database = la base de données le refuse : { $detail }

## Les règles des enregistrements. La règle, les résultats et le motif sont des codes du format.

error-bundle-rule-block-without-reason = c’est un blocage sans motif : un blocage donne toujours son motif
error-bundle-rule-not-written-so = { $given } ne s’écrit pas { $written }
error-bundle-rule-unknown-rule = sa règle n’est pas une règle que ce Plenary connaît : { $why }
error-bundle-rule-unknown-default-rule = sa default_rule n’est pas une règle que ce Plenary connaît : { $why }
error-bundle-rule-bad-limit = sa stand_aside_limit n’est pas une fraction : { $why }
error-bundle-rule-consensus-against = il compte { $against } contre sous le consensus, où le désaccord est une abstention ou un blocage
error-bundle-rule-no-outcome = son résultat n’est pas un résultat
error-bundle-rule-outcome-differs = son résultat est { $stored }, mais { $support } pour, { $against } contre, { $stand_asides } abstentions et { $blocks } blocages sous { $terms } donnent { $outcome } ({ $reason })
error-bundle-rule-terms = { $rule }
error-bundle-rule-terms-quorum = { $rule }, quorum { $quorum }
error-bundle-rule-terms-limit = { $rule }, limite d’abstentions { $limit }
error-bundle-rule-terms-quorum-limit = { $rule }, quorum { $quorum }, limite d’abstentions { $limit }
error-bundle-rule-no-such-version = il décide la version { $version } de sa proposition, qui n’a pas cette version

## Le zip

error-bundle-not-zip = ce n’est pas un fichier zip
error-bundle-zip-truncated = le zip est tronqué (son enregistrement de fin d’archive manque)
error-bundle-zip-split = un zip réparti sur plusieurs disques n’est pas un paquet
error-bundle-zip64 = les archives ZIP64 ne sont pas des paquets (un paquet est bien plus petit que 4 Gio)
error-bundle-too-many-entries = il a { $entries } entrées ; un paquet en a au plus { $max }
error-bundle-zip-directory-outside = le répertoire du zip est hors du fichier (tronqué ou abîmé)
error-bundle-zip-directory-extra = le répertoire du zip a des octets qu’il n’explique pas
error-bundle-zip-directory-damaged = le répertoire du zip est abîmé
error-bundle-entry-twice = l’entrée { $entry } apparaît deux fois
error-bundle-entry-too-large = l’entrée { $entry } déclare { $size } octets ; une entrée contient au plus { $max }
error-bundle-small-entry-too-large = l’entrée { $entry } déclare { $size } octets ; elle peut contenir au plus { $max }
error-bundle-entry-ratio = l’entrée { $entry } déclare { $size } octets à partir de { $compressed } octets compressés, plus que deflate ne peut produire (une bombe zip ?)
error-bundle-entries-too-large = ses entrées déclarent plus de { $max } octets en tout (une bombe zip ?)
error-bundle-entries-overlap = les entrées { $first } et { $second } se chevauchent
error-bundle-entry-name-not-utf8 = un nom d’entrée n’est pas du texte UTF-8
error-bundle-entry-encrypted = l’entrée { $entry } est chiffrée
error-bundle-entry-zip64 = l’entrée { $entry } utilise des tailles ZIP64
error-bundle-entry-folder-data = l’entrée { $entry } est un dossier mais contient des données
error-bundle-entry-stored-sizes = l’entrée { $entry } n’est pas compressée mais ses deux tailles diffèrent
error-bundle-entry-method = l’entrée { $entry } utilise la méthode de compression { $method } ; les paquets n’utilisent que deflate
error-bundle-entry-no-local-header = entrée { $entry } : son en-tête local manque (tronqué ou abîmé)
error-bundle-entry-local-header-differs = entrée { $entry } : son en-tête local ne correspond pas au répertoire du zip
error-bundle-entry-runs-past = l’entrée { $entry } déborde de la fin de ses données (tronquée ou abîmée)
error-bundle-entry-name-empty = le nom d’entrée { $name } est vide
error-bundle-entry-name-too-long = le nom d’entrée { $name } dépasse 255 octets
error-bundle-entry-name-backslash = le nom d’entrée { $name } contient une barre oblique inversée
error-bundle-entry-name-absolute = le nom d’entrée { $name } est un chemin absolu
error-bundle-entry-name-climbs = le nom d’entrée { $name } sort de son dossier (../)
error-bundle-entry-name-empty-part = le nom d’entrée { $name } a une partie de chemin vide
error-bundle-entry-name-control = le nom d’entrée { $name } contient un caractère de contrôle
error-bundle-entry-not-inflated = l’entrée { $entry } ne peut pas être décompressée : { $detail }
error-bundle-entry-longer = l’entrée { $entry } contient plus que sa taille déclarée (une bombe zip ?)
error-bundle-entry-shorter = l’entrée { $entry } est plus courte que sa taille déclarée (tronquée ou abîmée)
error-bundle-entry-crc = l’entrée { $entry } est abîmée (son CRC ne correspond pas)

## Paquets scellés (sealed.json et bundle.age)

error-bundle-sealed-for-others = il est scellé pour { $names } ; cette assemblée n’en fait pas partie (elles seules peuvent l’ouvrir)
error-bundle-sealed-damaged = il est scellé pour cette assemblée mais ne peut pas être ouvert : { $entry } est abîmé ou a été modifié ({ $detail })
error-bundle-sealed-no-payload = il n’a pas de { $entry }
error-bundle-sealed-inside-too-large = le paquet à l’intérieur dépasse { $max } octets, le maximum pour un paquet
error-bundle-sealed-not-json = { $entry } n’est pas du JSON valide : { $detail }
error-bundle-sealed-not-plenary = { $entry } ne dit pas "format": "{ $format }"
error-bundle-sealed-newer = il a été scellé par un Plenary plus récent (version { $version } de la forme scellée ; ce Plenary lit la version { $known }) ; mettez Plenary à jour pour l’ouvrir
error-bundle-sealed-unknown-version = { $entry } a une version inconnue
error-bundle-sealed-invalid = { $entry } : { $detail }
error-bundle-sealed-recipients = { $entry } nomme { $count } assemblées ; un paquet scellé est pour 1 à { $max } assemblées
error-bundle-sealed-fingerprint = { $entry } : l’empreinte donnée pour { $name } n’est pas celle de sa clé
error-bundle-sealed-entries = un paquet scellé contient exactement deux entrées, { $envelope } et { $payload }
error-bundle-sealed-key-unusable = { $entry } : la clé de { $name } n’est pas une clé publique Ed25519 pour laquelle on peut sceller
error-bundle-sealed-no-age-key = impossible de faire une clé age à partir d’une clé Ed25519
error-bundle-seal-no-one = un paquet scellé a besoin d’au moins une assemblée pour qui le sceller
error-bundle-seal-failed = impossible de sceller le paquet : { $detail }
error-bundle-names-and = { $rest } et { $last }
error-bundle-names-none = personne

## Écrire un paquet (export) : les propres enregistrements de cette base de données

error-bundle-export-unreadable = impossible d’exporter { $table }.{ $column } : la base de données contient { $detail }
error-bundle-holds-not-uuid = un identifiant qui n’est pas un UUID
error-bundle-holds-not-integer = un nombre qui n’est pas entier
error-bundle-holds-bad-time = une heure illisible
error-bundle-holds-not-text = une valeur qui n’est pas du texte
error-bundle-write-manifest = impossible d’écrire le manifeste : { $detail }
error-bundle-write-deletion = impossible d’écrire une suppression : { $detail }
error-bundle-write-failed = impossible d’écrire le paquet : { $detail }
error-bundle-writer-stopped-early = l’écriture du paquet s’est arrêtée trop tôt
error-bundle-writer-stopped = l’écriture du paquet s’est arrêtée
error-bundle-writer-failed = l’écriture du paquet a échoué

## Types d’enregistrement : seuls, et avec l’article indéfini

error-bundle-record-people = personne
error-bundle-record-working-groups = commission
error-bundle-record-wg-status-changes = changement d’état de commission
error-bundle-record-meetings = AG
error-bundle-record-meeting-roles = rôle dans l’AG
error-bundle-record-proposals = proposition
error-bundle-record-agenda-items = point de l’ordre du jour
error-bundle-record-report-backs = compte rendu de commission
error-bundle-record-announcements = annonce
error-bundle-record-proposal-versions = version de proposition
error-bundle-record-amendments = amendement
error-bundle-record-hearings = examen de proposition
error-bundle-record-clarifying-questions = question de clarification
error-bundle-record-concerns = objection
error-bundle-record-temperature-checks = prise de température
error-bundle-record-decisions = décision
error-bundle-record-decision-stances = position dans une décision
error-bundle-record-proposal-status-changes = changement d’état de proposition
error-bundle-record-action-items = tâche
error-bundle-record-assemblies = assemblée
error-bundle-a-people = une personne
error-bundle-a-working-groups = une commission
error-bundle-a-wg-status-changes = un changement d’état de commission
error-bundle-a-meetings = une AG
error-bundle-a-meeting-roles = un rôle dans l’AG
error-bundle-a-proposals = une proposition
error-bundle-a-agenda-items = un point de l’ordre du jour
error-bundle-a-report-backs = un compte rendu de commission
error-bundle-a-announcements = une annonce
error-bundle-a-proposal-versions = une version de proposition
error-bundle-a-amendments = un amendement
error-bundle-a-hearings = un examen de proposition
error-bundle-a-clarifying-questions = une question de clarification
error-bundle-a-concerns = une objection
error-bundle-a-temperature-checks = une prise de température
error-bundle-a-decisions = une décision
error-bundle-a-decision-stances = une position dans une décision
error-bundle-a-proposal-status-changes = un changement d’état de proposition
error-bundle-a-action-items = une tâche
