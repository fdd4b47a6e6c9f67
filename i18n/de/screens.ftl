# Der Rahmen der App, die Übersicht, die AGs, die Einrichtung, das Gerät des Teams und
# die gemeinsamen Bausteine.

## Der Rahmen

app-load-failed = Diese Ansicht konnte nicht geladen werden: { $error }
app-nav-label = Hauptnavigation
app-nav-proposals = Anträge
app-nav-federation = Föderation
app-nav-people = Personen
app-not-found-heading = Hier ist nichts
app-not-found = Unter { $path } gibt es keine Seite.
app-not-found-back = Zurück zur Übersicht
app-breadcrumb = Brotkrumen
app-crumb-dashboard = ← Übersicht
app-crumb-all-wgs = Alle AGs

## Wörter für die Codes des Kerns

label-wg-category-operational = Organisatorisch
label-wg-category-sectorial = Thematisch
label-wg-category-strategy = Strategie
label-wg-category-caucus = Caucus
label-wg-category-hint-operational = damit alles läuft
label-wg-category-hint-sectorial = Bereiche des gesellschaftlichen Lebens
label-wg-category-hint-strategy = Vision und Planung
label-wg-category-hint-caucus = identitätsbasierte Gruppen
label-wg-status-forming = Im Aufbau
label-wg-status-active = Aktiv
label-wg-status-dormant = Ruhend
label-wg-status-dissolved = Aufgelöst
label-meeting-status-planned = Geplant
label-meeting-status-open = Offen
label-meeting-status-closed = Geschlossen
label-policy-progressive = Quotierte Redeliste
label-policy-fifo = Nach Reihenfolge der Meldungen
label-format-general-assembly = Plenum
label-format-spokes-council = Delegiertenrat
label-rule-consensus = Konsens (ein Veto stoppt den Antrag)
label-rule-modified-90 = Modifizierter Konsens, 90 % (New York, Boston)
label-rule-modified-80 = Modifizierter Konsens, 80 % (Seattle)
label-rule-modified-70 = Modifizierter Konsens, 70 % (Berkeley)
label-rule-two-thirds = Zweidrittelmehrheit
label-rule-three-quarters = Dreiviertelmehrheit
label-rule-majority = Einfache Mehrheit (mehr als die Hälfte)

## Die Übersicht

dashboard-loading = Wird geladen …
dashboard-assembly-code = Kürzel der Versammlung
dashboard-federation-link = Pakete mit anderen Versammlungen austauschen →
dashboard-wgs-heading = Aktive AGs
dashboard-wg-count = { $active } von { $total }
dashboard-all-wgs = Alle AGs →
dashboard-wgs-recent = Die { $shown } zuletzt aktiven AGs, die jüngste zuerst.
dashboard-meetings-heading = Plena
dashboard-all-meetings = Alle Plena →
dashboard-loading-assembly = Die Versammlung wird geladen …
dashboard-upcoming = Anstehend
dashboard-upcoming-empty = Kein Plenum geplant. Plane oben eines.
dashboard-recent = Zuletzt
dashboard-recent-empty = Noch keine vergangenen Plena.
dashboard-attendance = { $attendance } anwesend
dashboard-attendance-none = Anwesenheit nicht notiert
dashboard-category-hint = — { $hint } ({ $n })
dashboard-category-empty = { $category ->
    [operational] Noch keine organisatorischen AGs.
    [sectorial] Noch keine thematischen AGs.
    [strategy] Noch keine Strategie-AGs.
   *[caucus] Noch keine Caucus-AGs.
  }

## Ein neues Plenum

new-meeting-open = Neues Plenum
new-meeting-hide = Formular für ein neues Plenum ausblenden
new-meeting-form = Neues Plenum
new-meeting-date = Datum
new-meeting-starts = Beginn um
new-meeting-stack = Redeliste
new-meeting-format = Form
new-meeting-place = Ort
new-meeting-place-example = z. B. Oranienplatz
new-meeting-submit = Plenum planen
new-meeting-done = { $reference } geplant.

## Eine neue AG

new-wg-open = Neue AG
new-wg-hide = Formular für eine neue AG ausblenden
new-wg-form = Neue AG
new-wg-name = Name
new-wg-category = Kategorie
new-wg-status = Status
new-wg-description = Beschreibung
new-wg-ctrl-enter = Strg+Eingabe fügt die AG hinzu.
new-wg-contact = Kontakt
new-wg-contact-example = E-Mail, Telefon, wo ihr uns findet
new-wg-schedule = Treffen
new-wg-schedule-example = z. B. dienstags 18:00, Infozelt
new-wg-submit = AG hinzufügen
new-wg-done = AG „{ $name }“ hinzugefügt.

## Eine AG

wg-contact = Kontakt
wg-meets = Trifft sich
wg-status-since = { $status ->
    [forming] Im Aufbau seit
    [active] Aktiv seit
    [dormant] Ruhend seit
   *[dissolved] Aufgelöst seit
  }
wg-change-status = Status ändern
wg-change-status-of = Status von { $name } ändern
wg-history = Verlauf
wg-history-of = Statusverlauf von { $name }
wg-status-form = Den Status von { $name } ändern
wg-new-status = Neuer Status
wg-choose = Auswählen …
wg-note = Notiz
wg-optional = (optional)
wg-since = Seit
wg-since-hint = (leer: heute)
wg-confirm = Bestätigen
wg-cancel = Abbrechen
wg-history-heading = Statusverlauf
wg-history-empty = Keine Änderungen notiert.
wg-kind = Art
wg-report-backs = Berichte
wg-report-backs-none = Von dieser AG ist kein Bericht notiert.
wg-report-backs-noun = Berichte
wg-given-by = — vorgetragen von { $name }
wg-asks = Bittet um:
wg-proposals = Anträge
wg-proposals-none = Diese AG hat keinen Antrag eingebracht.
wg-history-latest = Die letzten { $shown } von { $total } Änderungen.
wg-loading = Die AG wird geladen …

## Alle Plena, alle AGs

all-meetings-heading = Alle Plena
all-meetings-count = { $n ->
    [one] { $n } Plenum
   *[other] { $n } Plena
  }
all-meetings-count-match = { $n ->
    [one] { $n } Plenum passt
   *[other] { $n } Plena passen
  }
all-meetings-filter = Die Plena filtern
all-filter-status = Status
all-filter-any-status = Jeder Status
all-filter-year = Jahr
all-filter-any-year = Jedes Jahr
all-meetings-empty = Kein Plenum passt.
all-meetings-list = Plena
all-meetings-noun = Plena
all-wgs-heading = Alle AGs
all-wgs-count = { $n ->
    [one] { $n } AG
   *[other] { $n } AGs
  }
all-wgs-count-match = { $n ->
    [one] { $n } AG passt
   *[other] { $n } AGs passen
  }
all-wgs-filter = Die AGs filtern
all-wgs-empty = Keine AG passt.
all-wgs-list = AGs
all-wgs-noun = AGs

## Seiten einer Liste

pager-label = Seiten: { $noun }
pager-previous = ← Zurück
pager-next = Weiter
pager-next-arrow = →
pager-status = { $from }–{ $to } von { $total } { $noun }

## Die Einrichtung beim ersten Start

setup-welcome = Willkommen bei Plenary
setup-lead = Auf diesem Computer gibt es noch keine Versammlung. Sag Plenary, für welche Versammlung es das Protokollbuch führt; danach kannst du AGs anlegen und Plena planen.
setup-heading = Eure Versammlung
setup-name = Name der Versammlung
setup-name-example = z. B. Vollversammlung Occupy Frankfurt
setup-code = Kürzel
setup-code-hint = 2 bis 8 Buchstaben oder Ziffern. Es steht am Anfang jedes Aktenzeichens: { $examples }.
setup-rule = Übliche Entscheidungsregel
setup-rule-hint = Das Plenum kann einen Antrag trotzdem nach einer anderen Regel entscheiden.
setup-submit = Versammlung anlegen
setup-demo-heading = Oder erst einmal umschauen
setup-demo-text = Öffne die Demo-Versammlung (die Riverside General Assembly, mit AGs, vergangenen Plena, Anträgen und Protokollen) in dieser Datenbank, um Plenary auszuprobieren. Um später euer eigenes Protokollbuch zu führen, starte Plenary mit einer neuen Datenbank.
setup-demo = Demo-Versammlung öffnen
setup-storage = Plenary bewahrt das Protokollbuch dieses Computers in { $path } auf.

## Über Plenary

about-open = Über Plenary
about-title = Über Plenary
about-version = Version { $version }
about-where = Wo diese Installation ihr Protokollbuch aufbewahrt
about-database = Das Protokollbuch (Datenbank)
about-key = Der Signaturschlüssel der Versammlung
about-backups = Sicherungen vor Importen
about-usual-place = Das ist der übliche Ort dieses Computers für die Daten von Plenary.
about-chosen-place = Beim Start von Plenary gewählt (PLENARY_DB oder --db).
about-keep-together = Bewahrt eine Kopie der Datenbank und des Schlüssels zusammen auf: Der Schlüssel signiert die Pakete eurer Versammlung.
about-in-memory = Diese Sitzung hält ihr Protokollbuch nur im Arbeitsspeicher.
about-close = Schließen

## Suche

palette-open = Suchen (Strg+K)
palette-title = In allen Versammlungen suchen
palette-input = AGs, Berichte, Anträge, Beschlüsse und Protokolle durchsuchen
palette-placeholder = Gesuchte Wörter, z. B. Küche Kocher
palette-results = Ergebnisse
palette-none = Keine Ergebnisse.
palette-count = { $n ->
    [one] { $n } Ergebnis.
   *[other] { $n } Ergebnisse.
  }
palette-count-more = Mehr als { $n } Ergebnisse.
palette-kind-wg = AG
palette-kind-report-back = Bericht
palette-kind-proposal = Antrag
palette-kind-decision = Beschluss
palette-kind-minutes = Protokoll
palette-ours = { $name } (unsere)
palette-more = Mehr Ergebnisse zeigen
palette-keys = ↓ ↑ wählen, Eingabe öffnet, Esc schließt.

## Der Name einer Person mit Vorschlägen

person-known = Bekannte Personen

## Das Gerät des Teams

team-pair-heading = Dem Raum als Moderationsteam beitreten
team-pair-help = Gib den sechsstelligen Kopplungscode ein, den der Host-Laptop zeigt (im Raum-Bereich des Plenums). Jeder Code gilt einmal, fünf Minuten lang, und gibt diesem Gerät seine Rolle: Redeliste oder Protokoll.
team-pair = Dieses Gerät koppeln
team-code = Kopplungscode
team-unpaired = Dieses Gerät ist nicht mehr gekoppelt: { $reason }
team-paired = { $role ->
    [stack-keeper] Gekoppelt für die Redeliste: Jede Änderung geschieht auf dem Host-Laptop.
    [minute-taker] Gekoppelt fürs Protokoll: Jede Änderung geschieht auf dem Host-Laptop.
   *[other] Gekoppelt als { $role }: Jede Änderung geschieht auf dem Host-Laptop.
  }
team-paired-of = { $role ->
    [stack-keeper] Gekoppelt für die Redeliste von { $reference }: Jede Änderung geschieht auf dem Host-Laptop.
    [minute-taker] Gekoppelt fürs Protokoll von { $reference }: Jede Änderung geschieht auf dem Host-Laptop.
   *[other] Gekoppelt als { $role } von { $reference }: Jede Änderung geschieht auf dem Host-Laptop.
  }
team-meeting = Das Plenum
team-no-item = Kein Punkt ist gerade dran: Seine Einträge und Notizen öffnen sich, wenn die Moderation ihn aufruft.

## Der Entsperrbildschirm

upgrade-heading = Die Aufzeichnungen werden aktualisiert
upgrade-lead = Plenary wurde aktualisiert: Die Aufzeichnungen der Versammlung auf diesem Computer werden für die neue Version auf den neuesten Stand gebracht. Das geschieht nur einmal und kann bei einer langen Geschichte eine Minute dauern.
upgrade-note = Nichts geht verloren, wenn der Computer währenddessen ausgeht: Die Aktualisierung wird beim nächsten Start von Plenary abgeschlossen.
unlock-heading = Dieses Protokollbuch ist gesperrt
unlock-lead = Das Protokollbuch der Versammlung auf diesem Computer ist verschlüsselt. Gib seine Passphrase ein, um es zu öffnen.
unlock-passphrase = Die Passphrase des Protokollbuchs
unlock-submit = Entsperren
unlock-protects = Was die Passphrase schützt
unlock-wrong = Diese Passphrase öffnet dieses Protokollbuch nicht. Prüfe sie (Großbuchstaben, Leerzeichen) und versuche es noch einmal.
