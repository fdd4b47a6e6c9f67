# Das Protokoll (src-tauri/core/src/minutes/, decision.rs, stack/policy.rs), in der Sprache
# der Plena: Protokoll, Moderation, Redeliste, Veto, Stimmungsbild, AG.

## Satzzeichen und Einheiten

colon = { $text }:
# Between the names of a list ("Ana, Bo").
comma = {", "}
list-separator = {"; "}
percent = { $n } %
decimal = { $int },{ $frac }
duration-min-s = { $min } min { $s } s
duration-s = { $s } s
turn-from-until = { $name } ({ $from }–{ $until })
turn-from = { $name } (ab { $from })
turn-until = { $name } (bis { $until })

## Kopf

minutes-title = { $assembly } — Plenum { $number } ({ $reference })
fact-date = Datum
fact-place = Ort
fact-format = Form
fact-attendance = Anwesend
fact-opened = Beginn
fact-closed = Ende
attendance-about = etwa { $n }
format-spokes-council = Delegiertenrat
label-minutes = Protokoll
minutes-draft = Entwurf (noch nicht angenommen)
minutes-approved = angenommen im Plenum { $reference }
redacted-note = In dieser Fassung sind die Namen der Menschen durch „Teilnehmende N“ ersetzt.
label-spokes = Delegierte
label-consult-breaks = Beratungspausen
consult-break = { $start }–{ $end }, beantragt von { $name }, Delegierte*r der AG { $wg } ({ $minutes } { $minutes ->
    [one] Minute beantragt
   *[other] Minuten beantragt
  })
consult-break-during = { $line }, während { $item }
label-floor-policy-changed = Redeliste geändert
policy-change = { $before } → { $after }
policy-change-during = { $line } (während { $item })

## Rollen

role-facilitator = { $n ->
    [one] Moderation
   *[other] Moderation
  }
role-stack-keeper = { $n ->
    [one] Redeliste
   *[other] Redeliste
  }
role-timekeeper = { $n ->
    [one] Zeitwächter*in
   *[other] Zeitwächter*innen
  }
role-minute-taker = { $n ->
    [one] Protokoll
   *[other] Protokoll
  }
role-vibes-watcher = { $n ->
    [one] Awareness
   *[other] Awareness
  }

## Wer es eingetragen hat

actor-facilitator = Moderation
actor-stack-keeper = Redeliste
actor-timekeeper = Zeitwache
actor-minute-taker = Protokoll
actor-participant = Teilnehmende
actor-cli = Kommandozeile
actor-demo = Demo
actor-import = Import

## Tagesordnungspunkte

item-kind-process = Ablauf
item-kind-report-back = AG-Bericht
item-kind-proposal = Antrag
item-kind-discussion = Diskussion
item-kind-announcement = Ankündigung
item-kind-soapbox = offenes Mikro
item-kind-other = Sonstiges
item-allotted = geplant { $min } min
item-actual = tatsächlich { $min } min ({ $start }–{ $end })
item-started = begonnen { $at }
item-status-pending = nicht behandelt
item-status-active = läuft
item-status-done = erledigt
item-status-tabled = vertagt
label-working-group = AG
label-on-behalf-of = Im Namen von
label-report-back = Bericht
label-presented-by = Vorgestellt von
label-asks = Anliegen
label-announcements = Ankündigungen
announcement-by-for = { $name }, für { $whom }
on-behalf-of = für { $whom }
label-action-items = Aufgaben
label-notes = Notizen

## Redebeiträge

label-speakers = Redebeiträge
speech = { $name } — { $kind }, { $at }
speech-time = { $line }, { $time }
speech-over = { $line } ({ $time } über der Redezeit)
entry-process = Verfahrensfrage
entry-information = Information
entry-clarifying = Verständnisfrage
entry-direct-response = direkte Antwort
entry-speak = Wortmeldung

## Ein Antrag

proposal-heading = Antrag { $reference }: { $title }
proposed-by = Eingebracht von { $name }
label-text-as-submitted = Eingereichter Text
label-clarifying-questions = Verständnisfragen
said-by = {" "}({ $name })
question-answered = {" "}— Antwort{ $by }: { $answer }
question-not-answered = {" "}— nicht beantwortet
no-questions = Es wurden keine Verständnisfragen gestellt.
label-concerns = Bedenken
concern-addressed = {" "}— ausgeräumt
concern-addressed-with = {" "}— ausgeräumt: { $response }
concern-not-addressed = {" "}— nicht ausgeräumt
no-concerns = Es wurden keine Bedenken geäußert.
label-friendly-amendments = Freundliche Änderungen
amendment-line = Änderung { $n }, vorgeschlagen von { $name } — { $result }:
amendment-offered = Vorgeschlagen von { $name } — { $result }:
amendment-accepted-version = von den Antragstellenden übernommen (Fassung { $version })
amendment-accepted = von den Antragstellenden übernommen
amendment-rejected = von den Antragstellenden nicht übernommen
amendment-pending = Antwort der Antragstellenden steht aus
no-amendments = Es wurden keine freundlichen Änderungen vorgeschlagen.
label-temperature-check = Stimmungsbild
temperature = Daumen hoch { $up } · seitlich { $sideways } · runter { $down }
text-as-decided = Beschlossener Text (Fassung { $version })

## Der Beschluss

label-decision = Beschluss
decision-line = { $decision } nach { $rule }: { $counted }
decision-rule-chosen = { $rule } (vom Plenum statt der üblichen Regel gewählt, { $default })
decision-quorum = Quorum { $n }
decision-stand-aside-limit = Grenze für Enthaltungen { $limit }
rule-consensus = Konsens
rule-modified = modifiziertem Konsens ({ $percent } %)
rule-supermajority = qualifizierter Mehrheit von { $share }
rule-majority = Mehrheit
wg-voice = { $wg }: { $voice }
voice-for = dafür
voice-against = dagegen
voice-stand-aside = Enthaltung
voice-block = Veto
label-stand-aside = Enthaltung
label-block = Veto
label-disputed = Angefochten
outcome = Ergebnis: { $outcome }
outcome-entered-by = { $explanation } (eingetragen von: { $by })
outcome-by-why = {" "}— durch { $by }: { $why }
outcome-by = {" "}— durch { $by }
by-the-proposers = die Antragstellenden
by-the-ga = das Plenum
status-note-corrected = nach dem Plenum korrigiert
status-note-taken-off = von der Tagesordnung genommen
outcome-consensus = Konsens
outcome-passed = angenommen
outcome-blocked = durch Veto gestoppt
outcome-failed = abgelehnt
outcome-tabled = vertagt
outcome-withdrawn = zurückgezogen
outcome-sent-back = an die AG zurückverwiesen

## Zählung und Begründung

count-blocks = { $n ->
    [one] { $n } Veto
   *[other] { $n } Vetos
  }
count-stand-asides = { $n ->
    [one] { $n } Enthaltung
   *[other] { $n } Enthaltungen
  }
count-for = { $n } dafür
count-against = { $n } dagegen
count-working-groups = { $n ->
    [one] { $n } AG
   *[other] { $n } AGs
  }
counted-support = { $n } Zustimmungen
counted-blocks-unnamed = { $blocks } (Namen und Gründe nicht notiert)
counted-blocks-some-unnamed = { $blocks } ({ $unnamed } ohne notierten Namen oder Grund)
counted-vote = Abstimmung: { $support } dafür, { $against } dagegen — { $ratio }, { $threshold }
counted-none = { $outcome } (ohne Zählung)
counted-wg-voices = { $wgs }: { $voices }
counted-wg-voices-vote = { $words } — { $ratio }, { $threshold }
threshold-at-least = mindestens { $share }
threshold-below = unter { $share }
threshold-more-than-half = mehr als die Hälfte
threshold-not-more-than-half = nicht mehr als die Hälfte
explain-no-quorum = { $outcome }: { $n } haben teilgenommen, weniger als das Quorum von { $quorum }
explain-too-many-stand-asides = { $outcome }: { $n } von { $of } haben sich enthalten, mindestens die Grenze von { $limit }
explain-no-blocks = { $outcome }: kein Veto
explain-blocks = { $outcome }: { $blocks } im Konsens
explain-blocks-no-vote = { $outcome }: { $blocks } und keine Abstimmung
explain-no-blocks-no-against = { $outcome }: kein Veto und keine Gegenstimmen
explain-vote = { $outcome }: Abstimmung { $support } dafür, { $against } dagegen — { $ratio }, { $threshold }
explain-no-votes = { $outcome }: niemand hat dafür oder dagegen gestimmt

## Redeliste

policy-progressive = quotierte Redeliste
policy-fifo = nach Reihenfolge der Meldungen
policy-first-time-first = Erstredner*innen zuerst
policy-alternate = abwechselnde Listen: { $lists }
policy-cap = höchstens { $n } { $n ->
    [one] Beitrag
   *[other] Beiträge
  } pro Person und Punkt
policy-no-repeat = niemand zweimal hintereinander

## Verteilung der Redezeit

label-airtime-equity = Verteilung der Redezeit
equity-gini = Gini der Redezeit: { $gini } (0 = alle haben gleich viel geredet), über { $n } Menschen ({ $note })
present-lower-bound = { $label } anwesend: als { $n } gezählt (die Untergrenze)
present-counted-as = { $label } anwesend: als { $n } gezählt
present = { $label } anwesend
present-fewer = { $label } anwesend notiert, weniger als die { $speakers }, die geredet haben: nur über die Redenden
present-not-recorded = Anwesenheit nicht notiert: nur über die Redenden
equity-nobody-spoke = Niemand hat geredet
equity-speeches = { $speakers ->
    [one] { $speakers } Person hat geredet
   *[other] { $speakers } Menschen haben geredet
  }, { $speeches ->
    [one] { $speeches } Beitrag
   *[other] { $speeches } Beiträge
  }, { $time } insgesamt; { $first } zum ersten Mal
equity-no-list = keine Liste gewählt
equity-list = Liste { $list }
equity-list-share = { $list }: { $time } der Zeit, { $people } der Menschen ({ $n })
equity-person = { $name }: { $share } ({ $speeches } { $speeches ->
    [one] Beitrag
   *[other] Beiträge
  }, { $time })

## Korrekturen

heading-corrections = Nach dem Plenum korrigiert
correction-made = { $at } ({ $by }): { $line }
correction = { $what }: { $before } → { $after }
correction-none = (nichts)

correction-of-item = Punkt { $item }: { $what }
correction-item-started = Beginn
correction-item-ended = Ende
correction-item-notes = Notizen
correction-report-back-presenter = Bericht vorgestellt von
correction-report-back-summary = Zusammenfassung des Berichts
correction-report-back-asks = Anliegen des Berichts
correction-report-back-announcements = Ankündigungen des Berichts
correction-announcement-by = Ankündigung von
correction-announcement = Ankündigung
correction-decision-rule = Entscheidungsregel
correction-decision = Beschluss
correction-stand-asides = namentliche Enthaltungen
correction-blocks = namentliche Vetos
correction-amendment = freundliche Änderung von { $name }
correction-opened = eröffnet um
correction-closed = geschlossen um
correction-attendance = Anwesenheit
correction-planned-start = geplanter Beginn
correction-role-added = { $role }: hinzugefügt
correction-role-removed = { $role }: entfernt
correction-role-times = { $role }: Zeiten
correction-on-behalf = für { $whom }: { $text }
correction-role-from = { $name } (ab { $from })
correction-role-until = { $name } (bis { $until })
correction-role-between = { $name } ({ $from }–{ $until })
correction-rule-quorum = { $rule }, Quorum { $quorum }
correction-rule-limit = { $rule }, Grenze für Enthaltungen { $limit }
correction-rule-quorum-limit = { $rule }, Quorum { $quorum }, Grenze für Enthaltungen { $limit }
correction-outcome = { $outcome } ({ $counted })

## CSV

csv-meeting = plenum
csv-item = punkt
csv-proposal = antrag
csv-title = titel
csv-proposer = antragsteller
csv-working-group = ag
csv-outcome = ergebnis
csv-outcome-by = ergebnis_von
csv-outcome-reason = ergebnis_grund
csv-rule = regel
csv-default-rule = übliche_regel
csv-support = dafür
csv-against = dagegen
csv-stand-asides = enthaltungen
csv-blocks = vetos
csv-counted = zählung
csv-quorum = quorum
csv-stand-aside-limit = grenze_enthaltungen
csv-named-stand-asides = enthaltungen_namentlich
csv-named-blocks = vetos_namentlich
csv-decided-version = beschlossene_fassung
csv-text-as-decided = beschlossener_text
csv-entered-by = eingetragen_von
csv-disputed = angefochten
csv-dispute-note = anfechtung_notiz
csv-wg-voices = stimmen_der_ags
csv-order = reihenfolge
csv-name = name
csv-kind = art
csv-started-at = beginn
csv-ended-at = ende
csv-seconds = sekunden
csv-overrun-seconds = sekunden_überzogen
csv-status = status
csv-allotted-minutes = minuten_geplant
csv-actual-minutes = minuten_tatsächlich
csv-presenter = vorgestellt_von
csv-summary = zusammenfassung
csv-asks = anliegen
csv-announcements = ankündigungen
csv-notes = notizen
csv-corrected-at = korrigiert_am
csv-by = von
csv-what = was
csv-before = vorher
csv-after = nachher
csv-yes = ja
csv-no = nein

## Anonymisierte Fassungen

participant-n = Teilnehmende { $n }

agenda-title-welcome = Begrüßung, Ablauf und Rollen
agenda-title-report-back = AG-Bericht: { $wg }
agenda-title-announcements = Ankündigungen
agenda-title-soapbox = Offenes Mikro
agenda-title-closing = Abschluss
