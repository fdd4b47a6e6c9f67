# Die Wörter der App (ui/src): die bisher umgestellten Ansichten.

## Einstellungen

settings-open = Einstellungen
settings-title = Einstellungen
settings-close = Schließen
language-heading = Sprache
language-label = Sprache von Plenary
language-follow-system = Wie dieser Computer ({ $language })
language-note = Von hier exportierte Protokolle werden auch in dieser Sprache geschrieben. Was Menschen eintippen, bleibt in der Sprache, in der sie es getippt haben.
passphrase-heading = Passphrase
passphrase-state-encrypted = Diese Aufzeichnung ist verschlüsselt: Plenary fragt beim Start nach ihrer Passphrase.
passphrase-state-plain = Diese Aufzeichnung ist nicht verschlüsselt: Wer die Dateien dieses Computers hat, kann sie lesen.
passphrase-encrypt-heading = Die Aufzeichnung verschlüsseln
passphrase-new = Neue Passphrase (mindestens 8 Zeichen; ein paar Wörter sind am einfachsten)
passphrase-again = Die neue Passphrase noch einmal
passphrase-encrypt = Mit dieser Passphrase verschlüsseln
passphrase-change-heading = Die Passphrase ändern
passphrase-current = Aktuelle Passphrase
passphrase-change = Die Passphrase ändern
passphrase-remove-heading = Die Passphrase entfernen
passphrase-remove-note = Die Aufzeichnung wird wieder eine gewöhnliche Datei, lesbar für alle, die die Dateien dieses Computers haben.
passphrase-remove = Die Aufzeichnung entschlüsseln
passphrase-done-encrypted = Die Aufzeichnung ist mit der neuen Passphrase verschlüsselt. Bewahrt sie gut auf: Ohne sie kann niemand die Aufzeichnung öffnen.
passphrase-done-plain = Die Aufzeichnung ist nicht mehr verschlüsselt: Wer die Dateien dieses Computers hat, kann sie lesen.
passphrase-done-backups = {" "}Ihre { $n } automatischen Sicherungen wurden passend neu geschrieben.

## Was die Passphrase schützt

encryption-fact-closed = Solange Plenary geschlossen ist, kann niemand ohne die Passphrase die Aufzeichnung – jeden Namen, jeden Grund, das Redeprotokoll – oder ihre Sicherungen lesen, selbst mit diesem Computer in der Hand.
encryption-fact-open = Sie schützt die Aufzeichnung nicht, solange Plenary offen und entsperrt ist, und nicht, was schon geteilt wurde: exportierte Protokolle, an andere Versammlungen geschickte Pakete oder den Beamer.
encryption-fact-lost = Eine verlorene Passphrase lässt sich nicht wiederherstellen – weder von euch noch von den Entwickler*innen von Plenary. Ohne sie lässt sich die Aufzeichnung nicht öffnen.
