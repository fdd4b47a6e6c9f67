# Die Föderation: andere Versammlungen, mit ihnen ausgetauschte Pakete, ihre Einträge
# neben unseren.

## Die Ansicht der Föderation

fed-heading = Föderation
fed-lead = Die AGs und Anträge anderer Versammlungen neben unseren. Versammlungen tauschen signierte Pakete (.plenary-Dateien) auf jedem Weg aus: E-Mail, USB-Stick, gemeinsamer Ordner.
fed-assemblies = Versammlungen
fed-received = Empfangene Pakete
fed-received-hint = Jedes hier importierte Paket wird genau so aufbewahrt, wie es kam. Gib es an eine Versammlung weiter, die seine Urheberin nicht kennt: Es ist die Originaldatei, noch immer von der Versammlung signiert, die es gemacht hat.
fed-received-noun = empfangene Pakete
fed-empty-heading = Noch keine andere Versammlung
fed-empty-text = Ihr kennt keine andere Versammlung. Um hier die AGs und Anträge einer anderen Versammlung zu sehen, bittet sie um ein Paket: In ihrem Plenary schreibt Föderation → Paket exportieren… eine .plenary-Datei. Wählt dann oben Paket importieren… und öffnet diese Datei. Ihr seht, wer es gemacht hat, und den Fingerabdruck seines Schlüssels, bevor irgendetwas importiert wird.
fed-empty-give = Um ihnen eures zu geben, nutzt Paket exportieren….
fed-filter = Einträge zeigen von
fed-filter-all = Allen Versammlungen
fed-ours = { $name } (unsere)
fed-wgs = AGs
fed-proposals = Anträge
fed-proposals-noun = Anträge
fed-decisions = Beschlüsse
fed-decisions-noun = Beschlüsse
fed-decisions-none = Noch keine Beschlüsse.
fed-decisions-none-of = Keine Beschlüsse von { $name }.
fed-loading = Die Föderation wird geladen …

## Eine Versammlung

fed-this-assembly = Diese Versammlung
fed-fingerprint = Fingerabdruck des Schlüssels
fed-fingerprint-unknown = hier nicht bekannt
fed-pinned-since = Schlüssel festgehalten seit
fed-last-import = Letzter Import
fed-received-bundles = Empfangen
fed-bundles = { $n ->
    [one] { $n } Paket
   *[other] { $n } Pakete
  }
fed-records-here = Einträge hier
fed-counts = { $wgs ->
    [one] { $wgs } AG
   *[other] { $wgs } AGs
  } · { $meetings ->
    [one] { $meetings } Plenum
   *[other] { $meetings } Plena
  } · { $proposals ->
    [one] { $proposals } Antrag
   *[other] { $proposals } Anträge
  } · { $decisions ->
    [one] { $decisions } Beschluss
   *[other] { $decisions } Beschlüsse
  }
fed-latest-decisions = Letzte Beschlüsse
fed-recent-decision = — { $outcome }, { $meeting }
fed-show-records = Ihre Einträge zeigen

## Woher ein Eintrag kommt

fed-origin-from = Von
fed-origin-unknown = einer unbekannten Versammlung
fed-origin-ours = unserer
fed-origin-read-only = nur lesbar

## Was ein Import oder Export gezählt hat

fed-counts-records = Einträge
fed-counts-new = Neu
fed-counts-updated = Geändert
fed-counts-unchanged = Unverändert
fed-counts-refused = Abgelehnt
fed-counts-deleted = Gelöscht
fed-counts-total = Gesamt

## Wörter der Föderation

fed-key-new = Neuer Schlüssel
fed-key-known = Bekannter Schlüssel
fed-key-mismatch = Schlüssel passt nicht
fed-key-own = Gibt sich als diese Versammlung aus
fed-scope-all = Die ganze Versammlung
fed-scope-meetings = { $n ->
    [one] Plenum { $names }
   *[other] Plena { $names }
  }
fed-scope-chosen = { $n ->
    [one] { $n } gewähltes Plenum
   *[other] { $n } gewählte Plena
  }
fed-scope-since = Alles seit { $date } Geänderte
fed-size-bytes = { $n } Bytes
fed-size-kb = { $n } KB
fed-size-mb = { $n } MB

## AGs und Beschlüsse anderer Versammlungen

fed-wgs-empty = Keine AGs zu zeigen.
fed-wg-shared = in { $n } Versammlungen
fed-wg-page = Ihre Seite
fed-decided-at = beschlossen im { $meeting },

## Anträge anderer Versammlungen

fed-proposals-empty = Keine Anträge zu zeigen.
fed-proposal-wg = AG
fed-proposal-by = eingebracht von
fed-adopted-from = Übernommen von
fed-adopted-from-unknown = einem hier unbekannten Antrag
fed-text-of = Text von { $reference }
fed-adopted-as = Hier übernommen als
fed-adopted-as-unknown = unser Antrag
fed-adopt = Als unseren Antrag übernehmen
fed-adopting = Wird übernommen …
fed-adopt-hint = legt einen Antragsentwurf von uns mit diesem Titel und Text an, um ihn in unseren Prozess einzubringen

## Empfangene Pakete

fed-received-empty = Noch kein Paket empfangen. Pakete, die ihr importiert, werden hier so aufbewahrt, wie sie kamen, um sie an andere Versammlungen weiterzugeben.
fed-bundle-made = Erstellt
fed-bundle-imported = Hier importiert
fed-bundle-covers = Umfasst
fed-bundle-size = Größe
fed-pass-on = Weitergeben …
fed-pass-on-saving = Wird gespeichert …
fed-pass-on-label = { $file } (von { $assembly }) weitergeben …
fed-pass-on-hint = speichert die Datei genau so, wie sie kam, damit eine andere Versammlung sie importiert
fed-pass-on-saved = Gespeichert als { $path } — die Originaldatei, noch immer signiert von { $assembly }.
fed-undo = Diesen Import rückgängig machen …
fed-undo-label = Diesen Import rückgängig machen: { $file } (von { $assembly }) …
fed-undo-question = Entfernen, was dieses Paket gebracht hat, und wiederherstellen, was es ersetzt hat?
fed-undo-confirm = Import rückgängig machen
fed-undoing = Wird rückgängig gemacht …
fed-undo-keep = Behalten

## Ein Paket exportieren

fed-export-open = Paket exportieren …
fed-export-what = Was exportiert wird
fed-export-chosen = Gewählte Plena
fed-export-chosen-hint = mit allem, worauf sie verweisen (AGs, Personen, Anträge, Berichte)
fed-export-no-meetings = Diese Versammlung hat noch keine Plena.
fed-export-loading-meetings = Die Plena werden geladen …
fed-export-meetings = Zu exportierende Plena
fed-export-since = Alles seit einem Datum Geänderte
fed-export-since-label = Geändert am oder nach (UTC)
fed-export-who = Wer es öffnen kann
fed-export-seal = Versiegeln für …
fed-export-seal-hint = nur die gewählten Versammlungen können es öffnen (es ist für sie verschlüsselt)
fed-export-no-keys = Hier ist noch kein Schlüssel einer Versammlung bekannt: Der Schlüssel einer Versammlung wird bekannt, wenn eines ihrer Pakete importiert wird.
fed-export-seal-for = Versammlungen, für die versiegelt wird
fed-export-this-assembly = (diese Versammlung)
fed-export = Exportieren …
fed-exporting = Wird exportiert …
fed-export-tick = Wähle mindestens ein Plenum.
fed-export-choose-date = Wähle ein Datum.
fed-export-choose-who = Wähle, wer es öffnen kann.
fed-export-next-sealed = Danach wählst du, wo es gespeichert wird; die Datei wird mit dem Schlüssel dieser Versammlung signiert und dann versiegelt.
fed-export-next = Danach wählst du, wo es gespeichert wird; die Datei wird mit dem Schlüssel dieser Versammlung signiert.
fed-export-cancelled = Export abgebrochen; nichts wurde gespeichert.
fed-export-saved = Gespeichert:
fed-export-sealed = Versiegelt für { $names }: Nur sie können es öffnen.
fed-export-colon = :
fed-records = { $n ->
    [one] { $n } Eintrag
   *[other] { $n } Einträge
  }
fed-export-deletions = , { $n ->
    [one] { $n } Löschung
   *[other] { $n } Löschungen
  }
fed-export-minutes = , Protokolle von { $n ->
    [one] { $n } Plenum
   *[other] { $n } Plena
  }

## Gemeinsame Ordner

fed-folders-heading = Gemeinsame Ordner
fed-folders-hint = Mit einem Ordner, der zwischen Versammlungen synchron gehalten wird (Syncthing, ein gemeinsames Laufwerk), reisen Pakete von selbst: Plenary importiert, was im Eingang von Versammlungen ankommt, deren Schlüssel ihr bestätigt habt, und schreibt nach jedem geschlossenen Plenum, was sich hier geändert hat, in den Ausgang.
fed-folders-inbox = Eingangsordner
fed-folders-outbox = Ausgangsordner
fed-folders-save = Ordner speichern
fed-folders-saved = Ordner gespeichert. Der Eingang wird beobachtet, solange Plenary offen ist.
fed-folders-last-sync = Zuletzt durchgesehen
fed-folders-not-yet = noch nicht
fed-folders-last-outbox = Letztes Ausgangspaket
fed-folders-outbox-facts = ({ $records }, { $when })
fed-folders-none-yet = noch keines
fed-folders-from-inbox = Aus dem Eingang importiert
fed-folders-inbox-facts = { $files ->
    [one] { $files } Datei
   *[other] { $files } Dateien
  }; { $relayed ->
    [one] { $relayed } Paket weitergegeben
   *[other] { $relayed } Pakete weitergegeben
  }
fed-folders-sync = Jetzt synchronisieren
fed-folders-write = Ausgang jetzt schreiben
fed-folders-pending-heading = Wartet auf eure Bestätigung
fed-folders-pending-hint = Diese Pakete kommen von Versammlungen, deren Schlüssel hier neu ist. Prüft den Fingerabdruck mit einer Person dieser Versammlung (am Telefon, persönlich), bevor ihr bestätigt: Bestätigen hält den Schlüssel fest und importiert ihre Pakete.
fed-folders-fingerprint = Fingerabdruck
fed-folders-approve = Bestätigen
fed-folders-approve-whose = den Schlüssel von { $name }
fed-folders-left-alone-heading = Liegen gelassene Dateien
fed-folders-left-alone-hint = Davon wurde nichts importiert. Jede wird erneut versucht, wenn sich die Datei ändert.
fed-folders-imported = { $n ->
    [one] { $n } Paket importiert
   *[other] { $n } Pakete importiert
  }
fed-folders-pending = { $n ->
    [one] { $n } Paket wartet auf Bestätigung
   *[other] { $n } Pakete warten auf Bestätigung
  }
fed-folders-left-alone = { $n ->
    [one] { $n } Datei liegen gelassen
   *[other] { $n } Dateien liegen gelassen
  }
fed-folders-relayed = { $n ->
    [one] { $n } Paket weitergegeben
   *[other] { $n } Pakete weitergegeben
  }
fed-folders-separator = {", "}
fed-folders-synced = Eingang: { $inbox }. Ausgang: { $outbox }.
fed-folders-not-written = nicht geschrieben
fed-folders-written = Ausgang: { $note }.
fed-folders-approved = Schlüssel bestätigt. { $pass }.

## Ein Paket importieren

fed-import-open = Paket importieren …
fed-import-choosing = Wähle die Paketdatei im geöffneten Fenster …
fed-import-checking = { $file } ({ $size }) wird geprüft …
fed-import-checking-badge = Wird geprüft …
fed-import-checking-records = Jeder Datensatz wird geprüft: ein Probelauf des ganzen Imports, der bei einer langen Geschichte einige Sekunden dauern kann …
fed-import-checked-importable = Geprüft: Das Paket besteht die Prüfung, und diese Versammlung kann es importieren.
fed-import-checked-not-here = Geprüft: Das Paket besteht die Prüfung, kann hier aber nicht importiert werden.
fed-import-checked-not-verified = Das Paket besteht die Prüfung nicht: Es kann nicht importiert werden.
fed-importing = Wird importiert …
fed-import-from = Paket von
fed-import-key-new = Diese Versammlung ist hier neu.
fed-import-key-new-note = Der Import hält diesen Schlüssel fest: Danach werden nur mit ihm signierte Pakete als die von { $code } angenommen. Prüft vor dem Import den Fingerabdruck mit ihnen auf einem anderen Weg (am Telefon oder persönlich).
fed-import-key-unknown = Diese Versammlung ist hier nicht bekannt.
fed-import-key-unknown-note = Dieses Paket kann nicht importiert werden, also wird kein Schlüssel festgehalten.
fed-import-key-known = Das ist der hier schon für { $code } festgehaltene Schlüssel: Das Paket wurde von ihnen signiert.
fed-import-key-mismatch = { $code } ist hier unter einem anderen Schlüssel bekannt.
fed-import-key-mismatch-note = Dieses Paket stammt nicht vom hier festgehaltenen Schlüssel, also wird es abgelehnt.
fed-import-key-own = Dieses Paket gibt sich als diese Versammlung aus.
fed-import-key-own-note = Eure eigenen Einträge werden nie importiert.
fed-import-pinned = Hier festgehalten:
fed-import-sealed = Versiegelt
fed-import-sealed-for = Für { $names };
fed-import-sealed-note = mit dem Schlüssel dieser Versammlung geöffnet. Niemand sonst konnte es unterwegs lesen.
fed-import-verifies = Prüfung
fed-import-verified = Geprüft
fed-import-verified-note = Signatur, Prüfsummen und jeder Eintrag stimmen.
fed-import-not-verified = Prüfung fehlgeschlagen
fed-import-importable = Hier importierbar
fed-import-yes = Ja
fed-import-fits = Schlüssel, Kürzel und jeder Verweis passen zu dieser Datenbank.
fed-import-would-refuse = { $n ->
    [one] { $n } Eintrag würde abgelehnt (unten aufgeführt).
   *[other] { $n } Einträge würden abgelehnt (unten aufgeführt).
  }
fed-import-not-here = Nicht hier
fed-import-generator = von { $generator }
fed-import-file = Datei
fed-import-problem = Dieses Paket besteht die Prüfung nicht:
fed-import-refusal = Dieses Paket besteht die Prüfung, aber diese Datenbank würde es ablehnen:
fed-import-does-not-verify = Dieses Paket besteht die Prüfung nicht.
fed-import-already = Genau diese Datei wurde am { $when } importiert; ein erneuter Import ändert nichts.
fed-import-would-change = Was der Import ändern würde
fed-import-refused-heading = Abgelehnte Einträge und warum
fed-import-refusals-more = und { $n } weitere, nicht aufgeführt
fed-import-holds = Was das Paket enthält
fed-import-number = Anzahl
fed-import-deletions = Löschungen
fed-import-confirm = Von { $code } importieren
fed-imported-from = Importiert von
fed-import-nothing = Nichts hat sich geändert.
fed-import-nothing-before = Nichts hat sich geändert: Diese Datei wurde schon am { $when } importiert.
fed-import-did = Was der Import getan hat
fed-import-refused = { $n ->
    [one] { $n } Eintrag abgelehnt: Die Vorschau nannte den Grund.
   *[other] { $n } Einträge abgelehnt: Die Vorschau nannte die Gründe.
  }
fed-import-undo-note = Um diesen Import ganz zurückzunehmen, nutzt „Diesen Import rückgängig machen …“ beim Paket unter Empfangene Pakete.
fed-import-done = Fertig

## Namensvettern und wer woran arbeitet

fed-namesakes-wg = In anderen Versammlungen
fed-namesakes-proposal = Ähnliche Anträge anderswo, und was aus ihnen wurde
fed-namesakes-wg-none = Keine hier bekannte AG einer anderen Versammlung arbeitet an denselben Dingen.
fed-namesakes-proposal-none = Hier ist kein ähnlicher Antrag einer anderen Versammlung bekannt.
fed-namesakes-error = Konnte nicht nach ihnen suchen: { $error }
fed-namesakes-looking = Suche läuft …
fed-namesakes-order = Die ähnlichsten zuerst, nach den Wörtern ihrer Namen und Texte.
fed-namesakes-decided = entschieden: { $outcome }
fed-who-heading = Wer woran arbeitet
fed-who-hint = Jede AG neben den ihr ähnlichsten AGs anderer Versammlungen, nach den Wörtern ihrer Namen und Beschreibungen.
fed-who-wg = AG
fed-who-works-on = Arbeitet an
fed-who-counterparts = Gegenstücke anderswo
fed-who-ours = (unsere)
fed-who-none-known = keine bekannt

fed-drop-hint = Legt das Paket hier ab, um zu sehen, was sein Import bewirken würde
fed-drop-hint-meeting = Ein Plenum läuft: Ein hier abgelegtes Paket wird nicht geöffnet. Importiert es in der Ansicht Föderation.
fed-drop-refused-meeting = { $file } wurde nicht geöffnet: Ein Plenum läuft. Importiert es in der Ansicht Föderation.
fed-drop-refused-several = Mehrere Dateien wurden abgelegt: Legt jeweils nur ein Paket ab. Nichts wurde gelesen.
fed-drop-refused-not-bundle = { $file } ist kein Plenary-Paket (keine .plenary-Datei). Nichts wurde gelesen.
fed-drop-refused-busy = { $file } wurde nicht geöffnet: Schließt zuerst den laufenden Import ab.
fed-drop-opening = Das abgelegte Paket { $file } wird geöffnet …
fed-drop-dismiss = Schließen
