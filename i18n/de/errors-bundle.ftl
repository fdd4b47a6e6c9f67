# Warum ein Paket einer anderen Versammlung abgelehnt wird, oder einer seiner Einträge
# (src-tauri/core/src/bundle/). Ein `why` ist eine eigene Meldung in derselben Sprache.
# Namen von Dateien im Paket (records/meetings.jsonl), von Feldern ("name") und Tabellen
# gehören zum Format und werden nicht übersetzt.

## Die Ablehnung einer ganzen Datei

error-bundle-not-imported = { $file } wurde nicht importiert: { $why }
error-bundle-unreadable = { $file } ist kein Paket, das dieses Plenary lesen kann: { $why }
error-bundle-cannot-open = { $file } kann hier nicht geöffnet werden: { $why }
error-bundle-cannot-read = { $file } kann nicht gelesen werden: { $why }
error-bundle-database-refused = { $file } wurde nicht importiert: die Datenbank hat es abgelehnt ({ $detail }); nichts wurde geschrieben
error-bundle-path-too-large = { $path } ist { $size } Bytes groß; ein Paket darf höchstens { $max } Bytes groß sein

## Wo im Paket

error-bundle-at-line = { $entry }, Zeile { $line }: { $why }
error-bundle-at-character = { $why } (bei Zeichen { $at })
error-bundle-in-manifest = manifest.json: { $why }

## Die Signatur, der Schlüssel und das Kürzel der Herkunft

error-bundle-not-signed = es hat keine manifest.sig: es ist nicht signiert
error-bundle-signature-not-ed25519 = manifest.sig ist keine Ed25519-Signatur (128 Hexadezimalziffern)
error-bundle-signature-mismatch = die Signatur stimmt nicht: das Paket wurde nach dem Signieren verändert oder nicht von der Versammlung signiert, die es nennt
error-bundle-key-mismatch = es gibt vor, von { $name } ({ $code }) zu kommen, die hier unter einem anderen Schlüssel bekannt ist (Fingerabdruck { $pinned }); der Schlüssel dieses Pakets hat den Fingerabdruck { $key }. Falls diese Versammlung ihren Schlüssel wirklich gewechselt hat, prüft den neuen Fingerabdruck mit ihren Leuten, bevor ihr ihm vertraut
error-bundle-from-this-assembly = es wurde von dieser Versammlung selbst ({ $name }) erstellt: es gibt nichts zu importieren
error-bundle-code-own = es kommt von { $name } mit dem Kürzel { $code }, dem eigenen Kürzel dieser Versammlung: Verweise wie { $code }-GA-1 würden zwei Plenen bezeichnen. Bittet diese Versammlung, ein anderes Kürzel zu wählen
error-bundle-code-taken = es kommt von { $name } mit dem Kürzel { $code }, das hier schon { $other } verwendet: Verweise wie { $code }-GA-1 würden zwei Plenen bezeichnen
error-bundle-assembly-code-invalid = das Versammlungskürzel { $code } ist kein gültiges Kürzel
error-bundle-field-assembly-name = der Name der Versammlung
error-bundle-assembly-revision = die Revision der Versammlung muss 1 oder mehr sein
error-bundle-assembly-key-not-hex = der öffentliche Schlüssel der Versammlung besteht nicht aus 64 Hexadezimalziffern
error-bundle-assembly-key-not-ed25519 = der öffentliche Schlüssel der Versammlung ist kein Ed25519-Schlüssel

## Das Manifest und das Format

error-bundle-file-too-large = die Datei ist { $size } Bytes groß; ein Paket darf höchstens { $max } groß sein
error-bundle-no-manifest = es hat keine manifest.json: es ist kein Plenary-Paket
error-bundle-manifest-not-json = manifest.json ist kein gültiges JSON: { $detail }
error-bundle-manifest-not-plenary = manifest.json sagt nicht "format": "{ $format }": es ist kein Plenary-Paket
error-bundle-newer-format = es wurde von einem neueren Plenary erstellt (Paketformat Version { $version }; dieses Plenary liest die Versionen { $oldest } und { $newest }); aktualisiert Plenary, um es zu importieren
error-bundle-unknown-format-version = manifest.json hat eine unbekannte Formatversion, { $version }; dieses Plenary liest die Versionen { $oldest } und { $newest }
error-bundle-version-none = (keine)
error-bundle-counts-unknown-table = manifest.json zählt Einträge einer Tabelle, die dieses Plenary nicht kennt ({ $table }); aktualisiert Plenary, um es zu importieren
error-bundle-minutes-not-entry = manifest.json: das Protokoll von Plenum { $meeting } steht in { $entry }, das keine Protokolldatei des Pakets ist
error-bundle-minutes-no-meeting = manifest.json führt das Protokoll von Plenum { $meeting } auf, das das Paket nicht enthält
error-bundle-count-differs = manifest.json zählt { $said } Einträge in { $entry }, die Datei enthält { $held }
error-bundle-deletion-count-differs = manifest.json zählt { $said } Löschungen, { $entry } enthält { $held }

## Die Dateien im Paket: verändert, fehlend, unbekannt

error-bundle-entry-changed = die Datei { $entry } passt nicht zu ihrer SHA-256 im Manifest: sie wurde nach der Erstellung des Pakets verändert oder beschädigt
error-bundle-entry-not-listed = die Datei { $entry } steht nicht im Manifest
error-bundle-entry-size-differs = Datei { $entry }: das Manifest sagt { $listed } Bytes, das Zip { $size }
error-bundle-entry-listed-missing = die Datei { $entry } steht im Manifest, fehlt aber
error-bundle-entry-missing = die Datei { $entry } fehlt
error-bundle-entry-not-read = die Datei { $entry } wurde nicht gelesen
error-bundle-entry-unknown-table = die Datei { $entry } enthält eine Tabelle, die dieses Plenary nicht kennt; aktualisiert Plenary, um es zu importieren
error-bundle-entry-unknown = die Datei { $entry } gehört nicht zu einem Plenary-Paket
error-bundle-minutes-not-utf8 = { $entry } ist kein UTF-8-Text
error-bundle-too-many-records = das Paket enthält mehr als { $max } Einträge

## Die Zeilen einer Datei und ihre Einträge

error-bundle-line-too-long = { $entry }, Zeile { $line }: sie ist länger als { $max } Bytes
error-bundle-line-empty = { $entry }, Zeile { $line }: sie ist leer
error-bundle-record-twice = { $entry }, Zeile { $line }: { $record } { $id } kommt zweimal vor
error-bundle-record-foreign = { $entry }, Zeile { $line }: { $record } { $id } gehört der Versammlung { $origin }, nicht der Versammlung, die das Paket erstellt hat ({ $producer }); ein Paket enthält nur die Einträge seiner Herkunft
error-bundle-deleted-twice = { $entry }: der Eintrag { $id } wird zweimal gelöscht
error-bundle-deleted-and-carried = { $entry }: { $record } { $id } wird gelöscht und zugleich vom Paket mitgebracht
error-bundle-deletion-foreign = die Löschung von { $id } nennt eine andere Versammlung als die, die das Paket erstellt hat
error-bundle-deletion-unknown-table = die Löschung von { $id } nennt eine unbekannte Tabelle, { $table }
error-bundle-deletion-bad-time = das Feld "deleted_at" ist { $value }, keine Zeitangabe (RFC 3339 in UTC, endet auf Z)
error-bundle-field-not-id = das Feld { $field } ist keine ID (eine UUID in Kleinbuchstaben)

## Die Felder eines Eintrags

error-bundle-field-twice = das Feld { $field } kommt zweimal vor
error-bundle-field-missing = das Feld { $field } fehlt
error-bundle-field-unknown = unbekanntes Feld { $field }: { $record } hat nur { $fields }
error-bundle-field-wrong-type = das Feld { $field } muss { $wanted } sein, nicht { $found }
error-bundle-field-null = das Feld { $field } darf nicht null sein
error-bundle-field-outside = das Feld { $field } ist { $value }, außerhalb von { $wanted }
error-bundle-field-number-too-large = das Feld { $field } ist { $value }, zu groß
error-bundle-field-not-uuid = das Feld { $field } ist { $value }, keine ID (eine UUID in Hexadezimal-Kleinbuchstaben, 8-4-4-4-12)
error-bundle-field-not-one-line = das Feld { $field } muss eine einzige Textzeile sein (es enthält ein Steuerzeichen)
error-bundle-field-control = das Feld { $field } enthält ein Steuerzeichen
error-bundle-field-not-wanted = das Feld { $field } ist { $value }, nicht { $wanted }
error-bundle-field-too-long = das Feld { $field } ist länger als { $max } Zeichen
# Was ein Feld sein muss.
error-bundle-wanted-id = eine ID (UUID)
error-bundle-wanted-line = eine Textzeile
error-bundle-wanted-text = Text
error-bundle-wanted-one-of = eines von { $words }
error-bundle-wanted-number = eine ganze Zahl von { $min } bis { $max }
error-bundle-wanted-date = ein Datum JJJJ-MM-TT
error-bundle-wanted-time = eine Zeitangabe (RFC 3339 in UTC, endet auf Z)
error-bundle-wanted-clock = eine Uhrzeit HH:MM
# Was es stattdessen war.
error-bundle-found-bool = wahr oder falsch
error-bundle-found-number = eine Zahl
error-bundle-found-fraction = eine Kommazahl
error-bundle-found-text = Text
error-bundle-found-list = eine Liste
error-bundle-found-object = ein Objekt

## Verweise zwischen Einträgen

error-bundle-reference-foreign = { $entry }, Zeile { $line } ({ $record } { $id }): { $column } { $target_id } verweist auf einen Eintrag einer anderen Versammlung ({ $target }); die Einträge eines Pakets verweisen nur auf Einträge der Versammlung, die es erstellt hat
error-bundle-reference-missing = { $entry }, Zeile { $line } ({ $record } { $id }): { $column } { $target_id } verweist auf einen Eintrag ({ $target }), der weder im Paket noch in dieser Datenbank ist

## Warum ein einzelner Eintrag abgelehnt wurde (der Importbericht führt sie auf)

error-bundle-owner-this-assembly = dieser Versammlung
error-bundle-owner-assembly = der Versammlung { $id }
error-bundle-refused-delete-not-theirs = das Paket löscht ihn, aber er gehört { $owner }
error-bundle-refused-delete-referred = seine Versammlung hat ihn gelöscht, aber Einträge hier verweisen noch auf ihn
error-bundle-refused-deleted = seine Versammlung hat ihn gelöscht
error-bundle-refused-id-deleted = ein Eintrag mit dieser ID, der { $owner } gehörte, wurde gelöscht
error-bundle-refused-own-record = er gehört dieser Versammlung: ein Import ändert nie eure eigenen Einträge
error-bundle-refused-third-party = er gehört { $owner }, nicht der Versammlung, die das Paket erstellt hat
error-bundle-refused-refers-to-refused = sein Feld { $column } verweist auf { $id } ({ $target }), das abgelehnt wurde
error-bundle-refused-refers-to-deleted = sein Feld { $column } verweist auf { $id } ({ $target }), das das Paket löscht
error-bundle-refused-unique = ein anderer Eintrag der Art „{ $record }“ hat schon { $same }
error-bundle-refused-unique-same-assembly = ein anderer Eintrag der Art „{ $record }“ derselben Versammlung hat schon { $same }
error-bundle-refused-check = er verletzt die Regel `{ $rule }`
error-bundle-refused-database = die Datenbank lehnt ihn ab: { $detail }

## Die Regeln für Einträge. Regel, Ergebnisse und Begründung sind Codes des Formats.

error-bundle-rule-block-without-reason = es ist ein Veto ohne Begründung: ein Veto nennt immer seine Begründung
error-bundle-rule-not-written-so = { $given } ist nicht als { $written } geschrieben
error-bundle-rule-unknown-rule = seine Regel kennt dieses Plenary nicht: { $why }
error-bundle-rule-unknown-default-rule = seine default_rule kennt dieses Plenary nicht: { $why }
error-bundle-rule-bad-limit = sein stand_aside_limit ist kein Bruch: { $why }
error-bundle-rule-consensus-against = er zählt { $against } Gegenstimmen im Konsens, wo Widerspruch eine Enthaltung oder ein Veto ist
error-bundle-rule-no-outcome = sein Ergebnis ist kein Ergebnis
error-bundle-rule-outcome-differs = sein Ergebnis ist { $stored }, aber { $support } dafür, { $against } dagegen, { $stand_asides } Enthaltungen und { $blocks } Vetos ergeben unter { $terms } { $outcome } ({ $reason })
error-bundle-rule-terms = { $rule }
error-bundle-rule-terms-quorum = { $rule }, Quorum { $quorum }
error-bundle-rule-terms-limit = { $rule }, Grenze für Enthaltungen { $limit }
error-bundle-rule-terms-quorum-limit = { $rule }, Quorum { $quorum }, Grenze für Enthaltungen { $limit }
error-bundle-rule-no-such-version = er entscheidet Version { $version } seines Antrags, die es nicht gibt

## Das Zip

error-bundle-not-zip = es ist keine Zip-Datei
error-bundle-zip-truncated = das Zip ist abgeschnitten (sein Archivende-Eintrag fehlt)
error-bundle-zip-split = ein auf mehrere Datenträger verteiltes Zip ist kein Paket
error-bundle-zip64 = ZIP64-Archive sind keine Pakete (ein Paket ist weit kleiner als 4 GiB)
error-bundle-too-many-entries = es hat { $entries } Dateien; ein Paket hat höchstens { $max }
error-bundle-zip-directory-outside = das Verzeichnis des Zips liegt außerhalb der Datei (abgeschnitten oder beschädigt)
error-bundle-zip-directory-extra = das Verzeichnis des Zips hat Bytes, über die es keine Rechenschaft gibt
error-bundle-zip-directory-damaged = das Verzeichnis des Zips ist beschädigt
error-bundle-entry-twice = die Datei { $entry } kommt zweimal vor
error-bundle-entry-too-large = die Datei { $entry } gibt { $size } Bytes an; eine Datei darf höchstens { $max } enthalten
error-bundle-small-entry-too-large = die Datei { $entry } gibt { $size } Bytes an; sie darf höchstens { $max } enthalten
error-bundle-entry-ratio = die Datei { $entry } gibt { $size } Bytes aus { $compressed } komprimierten Bytes an, mehr als Deflate erzeugen kann (eine Zip-Bombe?)
error-bundle-entries-too-large = seine Dateien geben zusammen mehr als { $max } Bytes an (eine Zip-Bombe?)
error-bundle-entries-overlap = die Dateien { $first } und { $second } überlappen sich
error-bundle-entry-name-not-utf8 = ein Dateiname ist kein UTF-8-Text
error-bundle-entry-encrypted = die Datei { $entry } ist verschlüsselt
error-bundle-entry-zip64 = die Datei { $entry } verwendet ZIP64-Größen
error-bundle-entry-folder-data = die Datei { $entry } ist ein Ordner, enthält aber Daten
error-bundle-entry-stored-sizes = die Datei { $entry } ist unkomprimiert, aber ihre beiden Größen unterscheiden sich
error-bundle-entry-method = die Datei { $entry } verwendet die Kompressionsmethode { $method }; Pakete verwenden nur Deflate
error-bundle-entry-no-local-header = Datei { $entry }: ihr lokaler Header fehlt (abgeschnitten oder beschädigt)
error-bundle-entry-local-header-differs = Datei { $entry }: ihr lokaler Header passt nicht zum Verzeichnis des Zips
error-bundle-entry-runs-past = die Datei { $entry } reicht über das Ende ihrer Daten hinaus (abgeschnitten oder beschädigt)
error-bundle-entry-name-empty = der Dateiname { $name } ist leer
error-bundle-entry-name-too-long = der Dateiname { $name } ist länger als 255 Bytes
error-bundle-entry-name-backslash = der Dateiname { $name } enthält einen Backslash
error-bundle-entry-name-absolute = der Dateiname { $name } ist ein absoluter Pfad
error-bundle-entry-name-climbs = der Dateiname { $name } verlässt seinen Ordner (../)
error-bundle-entry-name-empty-part = der Dateiname { $name } hat einen leeren Pfadteil
error-bundle-entry-name-control = der Dateiname { $name } enthält ein Steuerzeichen
error-bundle-entry-not-inflated = die Datei { $entry } kann nicht entpackt werden: { $detail }
error-bundle-entry-longer = die Datei { $entry } enthält mehr als ihre angegebene Größe (eine Zip-Bombe?)
error-bundle-entry-shorter = die Datei { $entry } ist kürzer als ihre angegebene Größe (abgeschnitten oder beschädigt)
error-bundle-entry-crc = die Datei { $entry } ist beschädigt (ihre CRC stimmt nicht)

## Versiegelte Pakete (sealed.json und bundle.age)

error-bundle-sealed-for-others = es ist für { $names } versiegelt; diese Versammlung gehört nicht dazu (nur sie können es öffnen)
error-bundle-sealed-damaged = es ist für diese Versammlung versiegelt, kann aber nicht geöffnet werden: { $entry } ist beschädigt oder wurde verändert ({ $detail })
error-bundle-sealed-no-payload = es hat keine { $entry }
error-bundle-sealed-inside-too-large = das Paket darin ist größer als { $max } Bytes, die Höchstgröße eines Pakets
error-bundle-sealed-not-json = { $entry } ist kein gültiges JSON: { $detail }
error-bundle-sealed-not-plenary = { $entry } sagt nicht "format": "{ $format }"
error-bundle-sealed-newer = es wurde von einem neueren Plenary versiegelt (versiegelte Form Version { $version }; dieses Plenary liest Version { $known }); aktualisiert Plenary, um es zu öffnen
error-bundle-sealed-unknown-version = { $entry } hat eine unbekannte Version
error-bundle-sealed-invalid = { $entry }: { $detail }
error-bundle-sealed-recipients = { $entry } nennt { $count } Versammlungen; ein versiegeltes Paket ist für 1 bis { $max }
error-bundle-sealed-fingerprint = { $entry }: der für { $name } angegebene Fingerabdruck ist nicht der seines Schlüssels
error-bundle-sealed-entries = ein versiegeltes Paket enthält genau zwei Dateien, { $envelope } und { $payload }
error-bundle-sealed-key-unusable = { $entry }: der Schlüssel von { $name } ist kein öffentlicher Ed25519-Schlüssel, für den man versiegeln kann
error-bundle-sealed-no-age-key = aus einem Ed25519-Schlüssel lässt sich kein age-Schlüssel machen
error-bundle-seal-no-one = ein versiegeltes Paket braucht mindestens eine Versammlung, für die es versiegelt wird
error-bundle-seal-failed = das Paket kann nicht versiegelt werden: { $detail }
error-bundle-names-and = { $rest } und { $last }
error-bundle-names-none = niemand

## Ein Paket schreiben (Export): die eigenen Einträge dieser Datenbank

error-bundle-export-unreadable = { $table }.{ $column } kann nicht exportiert werden: die Datenbank enthält { $detail }
error-bundle-holds-not-uuid = eine ID, die keine UUID ist
error-bundle-holds-not-integer = eine Zahl, die keine ganze Zahl ist
error-bundle-holds-bad-time = eine unlesbare Zeitangabe
error-bundle-holds-not-text = einen Wert, der kein Text ist
error-bundle-write-manifest = das Manifest kann nicht geschrieben werden: { $detail }
error-bundle-write-deletion = eine Löschung kann nicht geschrieben werden: { $detail }
error-bundle-write-failed = das Paket kann nicht geschrieben werden: { $detail }
error-bundle-writer-stopped-early = das Schreiben des Pakets hat zu früh aufgehört
error-bundle-writer-stopped = das Schreiben des Pakets hat aufgehört
error-bundle-writer-failed = das Schreiben des Pakets ist gescheitert

## Arten von Einträgen: allein und mit unbestimmtem Artikel (als Subjekt)

error-bundle-record-people = Person
error-bundle-record-working-groups = Arbeitsgruppe
error-bundle-record-wg-status-changes = Statuswechsel einer Arbeitsgruppe
error-bundle-record-meetings = Plenum
error-bundle-record-meeting-roles = Rolle im Plenum
error-bundle-record-proposals = Antrag
error-bundle-record-agenda-items = Tagesordnungspunkt
error-bundle-record-report-backs = Bericht einer Arbeitsgruppe
error-bundle-record-announcements = Ankündigung
error-bundle-record-proposal-versions = Antragsfassung
error-bundle-record-amendments = Änderungsantrag
error-bundle-record-hearings = Antragsberatung
error-bundle-record-clarifying-questions = Verständnisfrage
error-bundle-record-concerns = Bedenken
error-bundle-record-temperature-checks = Stimmungsbild
error-bundle-record-decisions = Beschluss
error-bundle-record-decision-stances = Haltung zu einem Beschluss
error-bundle-record-proposal-status-changes = Statuswechsel eines Antrags
error-bundle-record-action-items = Aufgabe
error-bundle-record-assemblies = Versammlung
error-bundle-a-people = eine Person
error-bundle-a-working-groups = eine Arbeitsgruppe
error-bundle-a-wg-status-changes = ein Statuswechsel einer Arbeitsgruppe
error-bundle-a-meetings = ein Plenum
error-bundle-a-meeting-roles = eine Rolle im Plenum
error-bundle-a-proposals = ein Antrag
error-bundle-a-agenda-items = ein Tagesordnungspunkt
error-bundle-a-report-backs = ein Bericht einer Arbeitsgruppe
error-bundle-a-announcements = eine Ankündigung
error-bundle-a-proposal-versions = eine Antragsfassung
error-bundle-a-amendments = ein Änderungsantrag
error-bundle-a-hearings = eine Antragsberatung
error-bundle-a-clarifying-questions = eine Verständnisfrage
error-bundle-a-concerns = ein Bedenken
error-bundle-a-temperature-checks = ein Stimmungsbild
error-bundle-a-decisions = ein Beschluss
error-bundle-a-decision-stances = eine Haltung zu einem Beschluss
error-bundle-a-proposal-status-changes = ein Statuswechsel eines Antrags
error-bundle-a-action-items = eine Aufgabe
