# La línea de órdenes (src-tauri/core/src/bin/plenary): sus mensajes y su --help.

cli-error = error: { $message }
cli-json-failed = no se puede escribir el JSON: { $reason }
cli-restored = restaurada { $name } ({ $code }) desde { $file }
cli-restored-no-key = nota: la clave de firma de la asamblea no está junto a esta base de datos; copia aquí su archivo .key para exportar paquetes

cli-wg-category = { $code ->
        [operational] operativa
        [sectorial] sectorial
        [strategy] de estrategia
        [caucus] caucus
       *[other] { $code }
    }
cli-wg-status = { $code ->
        [forming] en formación
        [active] activa
        [dormant] inactiva
        [dissolved] disuelta
       *[other] { $code }
    }
cli-meeting-status = { $code ->
        [planned] prevista
        [open] abierta
        [closed] cerrada
       *[other] { $code }
    }
cli-item-status = { $code ->
        [pending] pendiente
        [active] en curso
        [done] terminado
        [tabled] aplazado
       *[other] { $code }
    }
cli-proposal-status = { $code ->
        [draft] borrador
        [submitted] presentada
        [on-agenda] en un orden del día
        [in-process] en proceso
        [decided] decidida
        [tabled] aplazada
        [withdrawn] retirada
        [sent-back] devuelta a la comisión
       *[other] { $code }
    }
cli-entry-kind = { $code ->
        [process] cuestión de orden
        [information] punto de información
        [clarifying] pregunta aclaratoria
        [direct-response] respuesta directa
        [speak] toma de palabra
       *[other] { $code }
    }
cli-step = { $code ->
        [not-started] sin empezar
        [present] presentación
        [clarifying-questions] preguntas aclaratorias
        [concerns] objeciones y enmiendas amistosas
        [temperature-check] toma de temperatura
        [call-for-consensus] llamada al consenso
        [vote] votación
        [outcome] resultado
       *[other] { $code }
    }
cli-amendment-status = { $code ->
        [pending] pendiente
        [accepted] aceptada
        [rejected] rechazada
       *[other] { $code }
    }
cli-search-kind = { $code ->
        [wg] comisión
        [report-back] informe
        [proposal] propuesta
        [decision] decisión
        [minutes] acta
       *[other] { $code }
    }
cli-role = { $code ->
        [facilitator] moderación
        [stack-keeper] turno de palabra
        [timekeeper] control del tiempo
        [minute-taker] acta
        [vibes-watcher] ambiente y cuidados
       *[other] { $code }
    }

cli-col-assembly = ASAMBLEA
cli-col-attendance = ASISTENCIA
cli-col-by = POR
cli-col-category = CATEGORÍA
cli-col-code = CÓDIGO
cli-col-date = FECHA
cli-col-deleted = BORRADOS
cli-col-end = FIN
cli-col-file = ARCHIVO
cli-col-files = ARCHIVOS
cli-col-fingerprint = HUELLA
cli-col-from = DE
cli-col-ga = ASAMBLEA
cli-col-gas = ASAMBLEAS
cli-col-given-by = PRESENTADO POR
cli-col-id = ID
cli-col-imported-utc = IMPORTADO (UTC)
cli-col-item = PUNTO
cli-col-kind = TIPO
cli-col-list = LISTA
cli-col-meets = SE REÚNE
cli-col-name = NOMBRE
cli-col-new = NUEVOS
cli-col-of-people = DE LAS PERSONAS
cli-col-of-time = DEL TIEMPO
cli-col-overrun = EXCESO
cli-col-pauses = PAUSAS
cli-col-people = PERSONAS
cli-col-place = LUGAR
cli-col-pronouns = PRONOMBRES
cli-col-proposal = PROPUESTA
cli-col-records = REGISTROS
cli-col-ref = REF
cli-col-refused = RECHAZADOS
cli-col-scope = ALCANCE
cli-col-share = PARTE
cli-col-since = DESDE
cli-col-speeches = INTERVENCIONES
cli-col-spoke = HABLÓ
cli-col-start = INICIO
cli-col-status = ESTADO
cli-col-summary = RESUMEN
cli-col-table = TABLA
cli-col-time = TIEMPO
cli-col-title = TÍTULO
cli-col-unchanged = SIN CAMBIOS
cli-col-updated = ACTUALIZADOS
cli-col-wg = COMISIÓN
cli-col-why-here = POR QUÉ AQUÍ

cli-passphrase-ask = Contraseña de { $path }:{" "}
cli-passphrase-new = Nueva contraseña (si se pierde, no hay forma de recuperarla):{" "}
cli-passphrase-again = La nueva contraseña otra vez:{" "}
cli-passphrase-no-terminal = esta base de datos está cifrada y no hay terminal para pedir su contraseña: define { $variable }
cli-passphrase-encrypted = la base de datos está cifrada con la nueva contraseña; guárdala bien: sin ella nadie podrá abrir el registro
cli-passphrase-decrypted = la base de datos ya no está cifrada: cualquiera que tenga el archivo puede leerla
cli-passphrase-backups-rekeyed = { $n ->
        [one] { $n } copia de seguridad automática reescrita para que coincida
       *[other] { $n } copias de seguridad automáticas reescritas para que coincidan
    }
cli-passphrase-backups-deleted = { $n ->
        [one] se borró { $n } copia de seguridad automática cifrada con una contraseña anterior
       *[other] se borraron { $n } copias de seguridad automáticas cifradas con una contraseña anterior
    }

cli-wg-heading = { $name } ({ $category }, { $status } desde { $since }) — { $assembly }
cli-wg-proposal-count = { $n }: { $status }
cli-wg-proposals = Propuestas: { $counts }
cli-wg-proposals-none = Propuestas: ninguna
cli-wg-report-backs = Informes: { $n }
cli-wg-status-set = { $name } está ahora { $status } (desde { $since })

cli-person-forgotten = Ahora { $placeholder }: { $records } registros de esta asamblea cambiados (viajan en el próximo paquete), { $rows } filas locales reescritas, { $backups } copias de seguridad automáticas borradas.

cli-stack-name-the-entry = indica la inscripción con --entry ID, o con --item y --name
cli-stack-undone = deshecho: { $action }
cli-stack-undo-would = deshacer desharía: { $action }
cli-stack-heading = { $reference } — { $title } ({ $policy })
cli-stack-heading-closed = { $reference } — { $title } ({ $policy }, turno de palabra cerrado)
cli-stack-speaker-for = { $name } por { $wg }
cli-stack-floor = tiene la palabra: { $speaker } ({ $kind }) desde hace { $time }{ $paused ->
        [yes] , en pausa
       *[no] {""}
    }
cli-stack-floor-of = tiene la palabra: { $speaker } ({ $kind }) desde hace { $time } de { $limit }{ $paused ->
        [yes] , en pausa
       *[no] {""}
    }
cli-stack-floor-nobody = tiene la palabra: nadie
cli-airtime-heading = { $reference }: { $speeches } intervenciones de { $speakers } personas, { $time } en total; { $first } hablaron por primera vez
cli-airtime-gini = Gini del tiempo de palabra: { $gini } sobre { $n } personas ({ $present })
cli-airtime-gini-none = Gini del tiempo de palabra: ninguno (nadie ha hablado)
cli-airtime-first-time = primera vez
cli-airtime-no-list = (ninguna elegida)
cli-airtime-last-speakers = últimas personas en hablar, de la más reciente a la más antigua: { $names }

cli-meeting-format = { $code ->
        [spokes-council] consejo de portavoces
       *[other] asamblea general
    }
cli-meeting-format-line = formato: { $format }
cli-meeting-spoke = { $name } es portavoz de { $wg }
cli-meeting-spoke-line = { $wg }: { $name }
cli-meeting-spoke-until = { $wg }: { $name } (hasta las { $until })
cli-meeting-consult-line = pausa de consulta: { $wg } ({ $by }), { $minutes } min, { $start }–{ $end }
cli-meeting-consult-ended = la pausa de consulta de { $wg } terminó a las { $time }
cli-meeting-consult-called = pausa de consulta de { $minutes } min para { $wg } ({ $by })
cli-meeting-heading = { $reference } — { $date } — { $place } ({ $status })
cli-meeting-policy-attendance = turno de palabra: { $policy }; asistencia: { $attendance }
cli-meeting-role = { $role }: { $name }
cli-meeting-role-from-until = { $role }: { $name } ({ $from }–{ $until })
cli-meeting-role-from = { $role }: { $name } (desde las { $from })
cli-meeting-role-until = { $role }: { $name } (hasta las { $until })
cli-meeting-planned = previsto: { $minutes } min
cli-meeting-planned-from-to = previsto: { $minutes } min, { $start }–{ $end }{ $next_day ->
        [yes] {" "}(día siguiente)
       *[no] {""}
    }
cli-meeting-corrected = corregido después de la asamblea:
cli-meeting-correction = { $time } ({ $actor }): { $what }: { $before } → { $after }
cli-meeting-corrected-none = (nada)
cli-meeting-is-open = { $time ->
        [none] { $reference } está abierta
       *[other] { $reference } está abierta desde las { $time }
    }
cli-meeting-opened = { $time ->
        [none] { $reference } se abrió
       *[other] { $reference } se abrió a las { $time }
    }
cli-meeting-is-closed = { $time ->
        [none] { $reference } está cerrada
       *[other] { $reference } se cerró a las { $time }
    }
cli-meeting-starts-at = { $reference } empieza a las { $time }
cli-meeting-no-start = { $reference } no tiene hora de inicio
cli-meeting-attendance = { $reference }: asistencia { $attendance }
cli-meeting-attendance-none = { $reference }: asistencia sin anotar

cli-item-under-way = { $time ->
        [none] { $reference } está en curso
       *[other] { $reference } está en curso desde las { $time }
    }
cli-item-started = { $time ->
        [none] { $reference } empezó
       *[other] { $reference } empezó a las { $time }
    }
cli-item-done = { $time ->
        [none] { $reference } está terminado
       *[other] { $reference } terminó a las { $time }
    }
cli-item-tabled = { $reference } queda aplazado
cli-report-back = informe: { $from }; presentado por { $presenter }
cli-report-back-nobody = nadie todavía
cli-report-back-on-behalf-of = en nombre de { $who }
cli-announcement = anuncio { $n }
cli-notes-would-blank = esto dejaría en blanco las notas de este punto: si es lo que quieres, usa --clear
cli-notes-saved = { $reference }: notas guardadas
cli-minutes-short = { $n } min

cli-proposal-no-decision = no se anotó ninguna decisión sobre { $proposal } en la asamblea { $meeting }
cli-proposal-is = { $reference }: { $status }
cli-amendment-accepted = aceptada: el texto está ahora en su versión { $version }
cli-proposal-step = { $step } (siguiente: { $next })
cli-proposal-heading = { $reference } — { $title } ({ $status })
cli-proposal-by = propuesta por { $name }
cli-proposal-wg = comisión: { $wg }
cli-proposal-adopted-from = adoptada de la propuesta { $original } de otra asamblea
cli-proposal-version = versión { $n } de { $total }:
cli-proposal-amendments = enmiendas:
cli-proposal-amendment = [{ $reference }] { $status }, de { $by }, sobre la versión { $version }: { $diff }
cli-proposal-hearing = { $item } ({ $date }, { $status }): { $step }
cli-proposal-hearing-outcome = { $item } ({ $date }, { $status }): { $step } — { $outcome }
cli-proposal-hearing-outcome-by = { $item } ({ $date }, { $status }): { $step } — { $outcome } por { $by }
cli-proposal-hearing-outcome-why = { $item } ({ $date }, { $status }): { $step } — { $outcome }: { $why }
cli-proposal-hearing-outcome-by-why = { $item } ({ $date }, { $status }): { $step } — { $outcome } por { $by }: { $why }
cli-proposal-no-questions = no se hicieron preguntas aclaratorias
cli-proposal-no-concerns = no se plantearon objeciones ni enmiendas amistosas
cli-proposal-question = pregunta [{ $reference }] ({ $by }): { $question }
cli-proposal-answer = respuesta: { $answer }
cli-proposal-concern = objeción [{ $reference }] ({ $by }, { $addressed ->
        [yes] atendida
       *[no] abierta
    }): { $concern }
cli-proposal-temperature = temperatura: { $up } arriba, { $sideways } de lado, { $down } abajo
cli-proposal-decision = decisión según { $rule }: { $explanation }
cli-proposal-stance = { $stance }: { $name }
cli-proposal-stance-why = { $stance }: { $name }: { $why }
cli-proposal-disputed = IMPUGNADA: { $note }

cli-scope-all = toda la asamblea
cli-scope-meetings = { $n ->
        [one] { $n } asamblea elegida
       *[other] { $n } asambleas elegidas
    }
cli-scope-since = cambios desde el { $date }
cli-bundle-exported = { $file }: { $records } registros, { $deletions } borrados, { $minutes } actas ({ $scope }), { $bytes } bytes
cli-bundle-sealed-for = sellado para { $names }: solo ellas pueden abrirlo
cli-bundle-import-undone = deshecho: la importación de { $file } de { $assembly } ({ $removed } registros quitados, { $restored } devueltos a como estaban)
cli-bundle-passed-on = { $file }: el paquete de { $assembly } hecho el { $made }, sin cambios
cli-bundle-not-received-id = { $id } no es el id de un paquete recibido (`plenary bundle received` los lista)
cli-inspect-file = archivo:      { $file } ({ $bytes } bytes)
cli-inspect-sealed-for = sellado para: { $names }
cli-inspect-sealed-not-us = {"              "}esta asamblea no es una de ellas: solo ellas pueden abrirlo
cli-inspect-sealed-opened = sellado para: { $names }; abierto con la clave de esta asamblea
cli-inspect-from = de:           { $name } ({ $code }), asamblea { $id }
cli-inspect-fingerprint = huella:       { $fingerprint }
cli-inspect-key-new = clave:        nueva: desconocida aquí; importarlo la fija
cli-inspect-key-known = clave:        conocida: la clave fijada aquí
cli-inspect-key-mismatch = clave:        NO COINCIDE: esta asamblea se conoce aquí con otra clave ({ $pinned })
cli-inspect-key-own = clave:        la propia clave de esta asamblea
cli-inspect-made = hecho:        { $made } con { $generator }
cli-inspect-scope = alcance:      { $scope }
cli-inspect-scope-meetings = alcance:      { $scope } ({ $meetings })
cli-inspect-already-imported = importado:    ya, el { $at }
cli-inspect-verifies = se verifica:  sí
cli-inspect-does-not-verify = se verifica:  NO: { $problem }
cli-inspect-importable = importable:   sí, aquí
cli-inspect-not-importable = importable:   NO, aquí no: { $problem }
cli-inspect-would-refuse = rechazados:   { $n } registros se rechazarían aquí (`bundle import --dry-run` dice cuáles y por qué)
cli-inspect-deletions = (borrados)
cli-inspect-minutes = (actas)
cli-import-totals = { $dry_run ->
        [yes] se importaría { $file } de { $assembly } ({ $code }): { $new } nuevos, { $updated } actualizados, { $unchanged } sin cambios, { $refused } rechazados, { $deleted } borrados
       *[no] importado { $file } de { $assembly } ({ $code }): { $new } nuevos, { $updated } actualizados, { $unchanged } sin cambios, { $refused } rechazados, { $deleted } borrados
    }
cli-import-key-pinned = { $dry_run ->
        [yes] se fijaría la clave de { $assembly } ({ $code }), huella { $fingerprint }
       *[no] se fijó la clave de { $assembly } ({ $code }), huella { $fingerprint }
    }
cli-import-already = este archivo se importó el { $at }: nada cambia
cli-import-refused = rechazado { $record } { $id }: { $reason }
cli-import-more-refused = … y { $n } rechazados más
cli-import-undo-hint = para deshacer esta importación entera: plenary bundle undo-import { $id }

cli-fed-no-folders = todavía no hay carpetas de federación: elígelas con `plenary federation folders --inbox DIR --outbox DIR`
cli-fed-watching = vigilando { $inbox } (Ctrl+C para parar)
cli-fed-stopped = parado
cli-fed-outbox-note = bandeja de salida: { $note }
cli-fed-inbox-read = bandeja de entrada: { $read } archivo(s) leídos, { $unchanged } sin cambios desde la última vez
cli-fed-waiting-file = esperando aprobación: { $file } de { $assembly } ({ $code }), huella de la clave { $fingerprint }
cli-fed-left-alone-file = dejado aparte: { $file }: { $note }
cli-fed-own-skipped = { $n } paquete(s) propio(s) de esta asamblea omitido(s)
cli-fed-relayed = reenviado a la bandeja de salida: { $file }
cli-fed-status-inbox = entrada:         { $dir }
cli-fed-status-outbox = salida:          { $dir }
cli-fed-status-last-sync = última sincr.:   { $at }
cli-fed-status-last-outbox = última salida:   { $file }
cli-fed-outbox-file = { $file } ({ $records } registros, { $at })
cli-fed-status-imported = importados:      { $files } archivo(s); reenviados: { $relayed }
cli-fed-status-waiting = Esperando aprobación (comprueba la huella con esa asamblea y luego `plenary federation approve HUELLA`):
cli-fed-status-left-alone = Dejados aparte (se reintentan cuando el archivo cambia):

cli-room-not-a-ui = { $dir } no es una compilación de la interfaz de la app (no hay index.html): compílala con npm --prefix ui run build
cli-room-cannot-start = no se puede arrancar el servidor de la sala
cli-room-open = La sala de { $reference } está abierta en { $address }
cli-room-team = Los dispositivos del equipo se emparejan en { $address }
cli-room-keys = Pulsa Intro para nuevos códigos de emparejamiento, Ctrl+C para cerrar la sala.
cli-room-closed = La sala está cerrada.
cli-room-meeting-closed = { $reference } se ha cerrado: la sala está cerrada.
cli-room-role = { $code ->
        [participant] participante
        [stack-keeper] turno de palabra
        [minute-taker] acta
       *[other] { $code }
    }
cli-room-code = Código de emparejamiento para { $role }: { $code } (una vez, en { $minutes } minutos)

cli-search-none = ningún resultado
cli-search-hits = resultados { $first }–{ $last } de { $total }
cli-search-hits-more-than = resultados { $first }–{ $last } de más de { $total }

cli-minutes-approved = aprobada
cli-cannot-write = no se puede escribir { $path }

cli-help-arg-json = Escribe JSON (para scripts) en vez de texto
cli-help-arg-meeting = La asamblea: número (39), referencia (LDN-GA-39) o id
cli-help-arg-item = Referencia del punto del orden del día (39.3, LDN-GA-39.3) o id
cli-help-arg-proposal = La propuesta: referencia (LDN-P-2026-034) o id
cli-help-arg-hearing = La asamblea donde se trata la propuesta (debe estar en su orden del día)
cli-clap-help-flag = Muestra la ayuda
cli-clap-version-flag = Muestra la versión
cli-clap-help-command = Muestra este mensaje o la ayuda de las subórdenes indicadas
cli-clap-help-command-subcommand = La suborden cuya ayuda mostrar
cli-clap-usage = Uso:
cli-clap-commands = Comandos:
cli-clap-arguments = Argumentos:
cli-clap-options = Opciones:
cli-clap-unknown-subcommand = suborden desconocida: «{ $name }»
cli-clap-suggest-subcommand = consejo: hay una suborden parecida: «{ $name }»
cli-clap-unknown-argument = argumento inesperado: «{ $name }»
cli-clap-suggest-argument = consejo: hay un argumento parecido: «{ $name }»
cli-clap-missing-arguments = faltan estos argumentos obligatorios:
cli-clap-invalid-value = valor no válido «{ $value }» para «{ $arg }»
cli-clap-missing-value = «{ $arg }» necesita un valor y no se ha dado ninguno
cli-clap-possible-values = valores posibles: { $values }
cli-clap-missing-subcommand = «{ $name }» necesita una suborden y no se ha dado ninguna
cli-clap-subcommands = subórdenes: { $values }
cli-clap-used-twice = el argumento «{ $arg }» no se puede usar más de una vez
cli-clap-conflict = el argumento «{ $arg }» no se puede usar con «{ $other }»
cli-clap-conflict-many = el argumento «{ $arg }» no se puede usar con:
cli-clap-conflict-others = el argumento «{ $arg }» no se puede usar con uno o más de los otros argumentos dados
cli-clap-invalid-value-because = valor no válido «{ $value }» para «{ $arg }»: { $reason }
cli-clap-number-empty = no es un número: está vacío
cli-clap-number-invalid-digit = no es un número entero: tiene caracteres que no son cifras
cli-clap-number-too-large = el número es demasiado grande
cli-clap-number-too-small = el número es demasiado pequeño
cli-clap-number-zero = el número no puede ser cero
cli-clap-not-in-range = { $value } no está entre { $range }
cli-clap-invalid-utf8 = hay UTF-8 no válido en uno o más argumentos
cli-clap-more = Para más información, prueba «{ $flag }».

cli-help = Asambleas generales: comisiones, asambleas, órdenes del día, turnos de palabra, propuestas, actas, paquetes.
cli-help-db = El archivo de la base de datos (por defecto: la carpeta de datos del sistema)
cli-help-lang = El idioma en que habla Plenary (sus mensajes, esta ayuda, las actas): en, es, fr, de, pt, el o ar. Lo que se escribió en el registro queda tal cual. Por defecto: LC_ALL, LC_MESSAGES o LANG, si no inglés
cli-help-init = Crea la asamblea de esta instalación y su clave de firma
cli-help-init-name = El nombre de la asamblea («Asamblea General de Sol»)
cli-help-init-code = Código corto usado en las referencias (LDN-GA-39), de 2 a 8 letras o cifras
cli-help-init-rule = Regla de decisión por defecto: consensus, modified:P, supermajority:A/B o majority
cli-help-demo = Llena una base de datos vacía con una asamblea de ejemplo realista

cli-help-assembly = La asamblea de esta instalación: mostrarla, fijar el idioma de las actas que comparte
cli-help-assembly-show = Muestra la asamblea: nombre, código, regla de decisión por defecto, idioma de sus actas compartidas
cli-help-assembly-show-json = { cli-help-arg-json }
cli-help-assembly-minutes-lang = Fija el idioma de las actas que la asamblea comparte en sus paquetes (los paquetes ya escritos conservan el suyo; los registros quedan como se escribieron)
cli-help-assembly-minutes-lang-minutes-lang = en, es, fr, de, pt, el o ar
cli-assembly-shown = { $name } ({ $code })
cli-assembly-rule = regla por defecto: { $rule }
cli-assembly-minutes-lang = actas compartidas: { $language } ({ $code })
cli-assembly-minutes-lang-set = { $name } comparte sus actas en { $language } ({ $code })
cli-help-wg = Comisiones
cli-help-wg-add = Crea una comisión; escribe su id
cli-help-wg-add-name = El nombre de la comisión
cli-help-wg-add-category = operational, sectorial, strategy o caucus
cli-help-wg-add-description = Lo que hace la comisión
cli-help-wg-add-status = forming (por defecto), active, dormant o dissolved
cli-help-wg-add-contact = Cómo contactarla (un correo, un teléfono, un lugar)
cli-help-wg-add-schedule = Cuándo y dónde se reúne («martes a las 18:00, en la biblioteca»)
cli-help-wg-list = Lista las comisiones (propias e importadas)
cli-help-wg-show = Una comisión: la historia de su estado, sus propuestas contadas por estado y cada informe que dio, de la asamblea más reciente a la más antigua (lo que muestra su página en la app)
cli-help-wg-show-wg = Nombre o id
cli-help-wg-status = Cambia el estado de una comisión (el cambio queda fechado)
cli-help-wg-status-wg = Nombre o id
cli-help-wg-status-set = forming, active, dormant o dissolved
cli-help-wg-status-on = Fecha del cambio, AAAA-MM-DD (por defecto hoy)
cli-help-wg-status-note = Una nota sobre el cambio (por qué)
cli-help-meeting = Asambleas
cli-help-meeting-new = Prepara una nueva asamblea; escribe su referencia (TST-GA-3). Se numera tras la última
cli-help-meeting-new-date = AAAA-MM-DD
cli-help-meeting-new-place = Dónde se celebra la asamblea
cli-help-meeting-new-policy = progressive (por defecto) o fifo
cli-help-meeting-new-number = El número de la asamblea (por defecto: uno más que la última)
cli-help-meeting-new-time = Hora de inicio prevista, HH:MM (24 horas, hora local)
cli-help-meeting-new-format = general-assembly (por defecto) o spokes-council: una persona portavoz por comisión, solo las portavoces piden la palabra, un voto por comisión en las decisiones
cli-help-meeting-spoke = Nombra a NAME portavoz de la comisión WG en este consejo de portavoces (se crea si es nueva). Una nueva portavoz de una comisión cierra el turno de la anterior; ambas quedan en el registro
cli-help-meeting-spoke-wg = La comisión (nombre o id)
cli-help-meeting-spoke-name = El nombre de la persona portavoz
cli-help-meeting-spokes = Lista las portavoces y las pausas de consulta de un consejo de portavoces
cli-help-meeting-consult = Una portavoz pide una pausa de consulta de N minutos (1–30) para que los grupos hablen entre sí; `--end` termina la pausa en curso
cli-help-meeting-consult-by = La portavoz que la pide
cli-help-meeting-consult-minutes = Cuánto dura la pausa, en minutos (1–30)
cli-help-meeting-consult-end = Termina la pausa de consulta en curso
cli-help-meeting-list = Lista las asambleas de esta asamblea, de la más reciente a la más antigua
cli-help-meeting-list-imported = También las de las asambleas importadas de paquetes (después de las propias, por código de asamblea)
cli-help-meeting-show = Muestra una asamblea: funciones y orden del día
cli-help-meeting-open = Abre una asamblea prevista. Sin --at, la hora es la del reloj si se celebra hoy, y desconocida si no; con --at sobre una asamblea cerrada, una corrección
cli-help-meeting-open-at = La hora a la que se abrió, HH:MM (local, en la fecha de la asamblea)
cli-help-meeting-close = Cierra una asamblea abierta; después, su registro admite correcciones hasta que se aprueba su acta
cli-help-meeting-close-at = La hora a la que se cerró, HH:MM (local; pasada la medianoche cuenta como el día siguiente)
cli-help-meeting-role = Da una función a alguien: facilitator, stack-keeper, timekeeper, minute-taker, vibes-watcher o cualquier palabra vuestra (lectura del turno, retransmisión, …). Un relevo: --until HH:MM para quien lo deja, --from HH:MM para quien lo toma; repetirlo para alguien que ya tiene la función solo cambia las horas dadas
cli-help-meeting-role-role = La función: facilitator, stack-keeper, timekeeper, minute-taker, vibes-watcher o una palabra vuestra
cli-help-meeting-role-name = Quién la tiene
cli-help-meeting-role-from = Desde esta hora de la asamblea (HH:MM; "" la borra)
cli-help-meeting-role-until = Hasta esta hora (HH:MM; "" la borra)
cli-help-meeting-time = Fija la hora de inicio prevista, HH:MM (24 horas, hora local); "" la borra
cli-help-meeting-time-time = La hora de inicio, HH:MM ("" la borra)
cli-help-meeting-policy = Fija la política del turno de palabra de la asamblea (ga-process.md, "Fair floor"): fifo|progressive [,first-time-first] [,alternate:LISTA|LISTA…] [,cap:N] [,no-repeat]. Escribe la política vigente. Deshacer en el turno de palabra del punto (--item, si no el punto en curso) la revierte
cli-help-meeting-policy-set = La política: fifo|progressive [,first-time-first] [,alternate:LISTA|LISTA…] [,cap:N] [,no-repeat]
cli-help-meeting-policy-reason = Por qué la cambió el equipo de moderación (el acta lo recoge)
cli-help-meeting-policy-item = El punto en cuyo turno de palabra se cambió (por defecto: el punto en curso, si lo hay)
cli-help-meeting-attendance = Anota cuántas personas asistieron: un número (55), un intervalo (50-60) o un número aproximado (~50); "" lo borra
cli-help-meeting-attendance-count = 55, 50-60 o ~50 ("" lo borra)
cli-help-agenda = Puntos del orden del día de una asamblea
cli-help-agenda-add = Añade un punto al final del orden del día de una asamblea; escribe su referencia (TST-GA-3.2)
cli-help-agenda-add-kind = process, report-back, proposal, discussion, announcement, soapbox u other
cli-help-agenda-add-title = El título del punto
cli-help-agenda-add-minutes = Tiempo asignado en minutos
cli-help-agenda-add-wg = La comisión que informa (nombre o id)
cli-help-agenda-add-proposal = La propuesta que se trata (referencia o id)
cli-help-agenda-prepare = Llena un orden del día vacío con el orden habitual: bienvenida, informes, propuestas, anuncios, micro abierto, cierre
cli-help-agenda-prepare-report-backs = Una comisión que informa (repetible, en orden)
cli-help-agenda-prepare-proposals = Una propuesta que se trata (repetible, en orden)
cli-help-agenda-list = Lista el orden del día de una asamblea
cli-help-agenda-move = Mueve un punto a otro lugar (1 = el primero)
cli-help-agenda-move-to = El nuevo lugar (1 = el primero)
cli-help-agenda-start = Empieza un punto: pasa a estar en curso (la asamblea debe estar abierta). Con --at sobre un punto ya empezado (o en una asamblea cerrada), fija su hora de inicio
cli-help-agenda-start-at = La hora a la que empezó, HH:MM (local; sin ella: la del reloj si la asamblea es hoy, desconocida si no)
cli-help-agenda-finish = Termina el punto en curso. Con --at sobre un punto terminado, fija su hora de fin
cli-help-agenda-finish-at = La hora a la que terminó, HH:MM (local)
cli-help-agenda-table = Aplaza un punto pendiente o el que está en curso
cli-help-agenda-table-reason = Por qué; obligatorio cuando se aplaza también la propuesta del punto (el acta lo recoge)
cli-help-agenda-report-back = Anota un informe en su punto, de una comisión o en nombre de alguien. Repetirlo solo cambia los campos dados; dejar en blanco un campo con texto requiere --clear
cli-help-agenda-report-back-wg = La comisión que informa (nombre o id)
cli-help-agenda-report-back-on-behalf-of = En nombre de quién se da («Acampada Sol»), en vez de una comisión
cli-help-agenda-report-back-presenter = Quién lo presentó
cli-help-agenda-report-back-summary = Lo que informó la comisión
cli-help-agenda-report-back-asks = Lo que pide a la asamblea
cli-help-agenda-report-back-announcements = Sus anuncios
cli-help-agenda-report-back-clear = Deja en blanco un campo: presenter, summary, asks, announcements u on-behalf-of (repetible)
cli-help-agenda-announce = Anota un anuncio hecho en un punto de anuncios
cli-help-agenda-announce-by = Quién lo hizo
cli-help-agenda-announce-on-behalf-of = En nombre de quién («Acampada Sol»)
cli-help-agenda-announce-text = El anuncio
cli-help-agenda-notes = Fija las notas del acta de un punto (las sustituye; "" requiere --clear)
cli-help-agenda-notes-text = Las notas
cli-help-agenda-notes-clear = Deja las notas en blanco
cli-help-person = Personas: listar, renombrar, fusionar
cli-help-person-list = Las personas de esta asamblea, con cuántos registros y asambleas las nombran
cli-help-person-rename = Renombra a una persona; todos los registros que la nombran cambian con ella
cli-help-person-rename-person = La persona (nombre o id)
cli-help-person-rename-to = El nuevo nombre
cli-help-person-merge = Fusiona dos nombres que son la misma persona: todo registro de P nombra a Q en su lugar, y P desaparece
cli-help-person-merge-person = La persona que desaparece en la fusión (nombre o id)
cli-help-person-merge-into = La persona que queda (nombre o id)
cli-help-person-forget = Olvida a una persona que lo pide: su nombre pasa a ser «Participante N» en todo el registro de esta asamblea (texto libre, registro de intervenciones, diario); se borran las copias de seguridad automáticas y se compacta el archivo para que los bytes del nombre desaparezcan. Viaja en el próximo paquete
cli-help-person-forget-person = La persona (nombre o id)
cli-help-proposal = Propuestas
cli-help-proposal-new = Presenta una propuesta (o guarda un borrador con --draft); escribe su referencia (TST-P-2026-001)
cli-help-proposal-new-title = El título de la propuesta
cli-help-proposal-new-text = El texto de la propuesta
cli-help-proposal-new-wg = La comisión que propone (nombre o id)
cli-help-proposal-new-by = El nombre de quien propone
cli-help-proposal-new-draft = Dejarla como borrador (preséntala después con `proposal submit`)
cli-help-proposal-new-date = El día en que se presentó, AAAA-MM-DD (una propuesta pasada: su referencia toma ese año)
cli-help-proposal-submit = Presenta un borrador
cli-help-proposal-list = Lista las propuestas, de la más reciente a la más antigua
cli-help-proposal-list-status = Solo las que tienen este estado
cli-help-proposal-adopt = Adopta como propia la propuesta de otra asamblea; escribe la referencia de la nueva propuesta (BRS-P-2026-001)
cli-help-proposal-adopt-proposal = Referencia (NYC-P-2026-003) o id
cli-help-proposal-show = Muestra una propuesta con sus versiones, enmiendas, debates y decisiones
cli-help-proposal-show-proposal = Referencia (LDN-P-2026-034) o id
cli-help-proposal-amend = Anota una enmienda amistosa (el texto entero enmendado) y la respuesta de quien propone; escribe su referencia corta (con --json: la enmienda, su id y `short_ref`). Una enmienda aceptada crea una nueva versión del texto
cli-help-proposal-amend-text = El texto de la propuesta enmendado
cli-help-proposal-amend-by = Quién la ofreció
cli-help-proposal-amend-meeting = La asamblea en la que se ofreció (la propuesta debe estar en su orden del día)
cli-help-proposal-amend-accepted = Quien propone la aceptó
cli-help-proposal-amend-rejected = Quien propone la rechazó
cli-help-proposal-amendment = Responde a una enmienda que quedó pendiente (con --correct: corrige la respuesta anotada; después de cerrada su asamblea, queda como corrección)
cli-help-proposal-amendment-amendment = La referencia corta de la enmienda (`proposal show` la escribe) o su id
cli-help-proposal-amendment-correct = Corrige la respuesta ya anotada
cli-help-proposal-diff = Compara dos versiones del texto palabra por palabra ([-quitado-]{"{"}+añadido+{"}"})
cli-help-proposal-diff-from = Por defecto: la versión anterior a --to
cli-help-proposal-diff-to = Por defecto: la versión actual
cli-help-proposal-step = Lleva el debate de una propuesta a un paso del proceso; escribe el paso y adónde puede ir después
cli-help-proposal-step-to = present, clarifying-questions, concerns, temperature-check, call-for-consensus o vote
cli-help-proposal-step-none = No se planteó nada en el paso que se deja (ninguna pregunta aclaratoria; ninguna objeción ni enmienda): pasar de un paso así requiere decirlo
cli-help-proposal-question = Anota una pregunta aclaratoria en un debate; escribe su referencia corta, la que toma `proposal answer` (con --json: la pregunta, su id y `short_ref`)
cli-help-proposal-question-text = La pregunta
cli-help-proposal-question-by = Quién la hizo
cli-help-proposal-answer = Anota la respuesta a una pregunta aclaratoria
cli-help-proposal-answer-question = La referencia corta de la pregunta (`proposal show` la escribe) o su id
cli-help-proposal-answer-text = La respuesta
cli-help-proposal-answer-by = Quién respondió (por defecto: quien propone)
cli-help-proposal-concern = Anota una objeción en un debate; escribe su referencia corta, la que toma `proposal address` (con --json: la objeción, su id y `short_ref`)
cli-help-proposal-concern-text = La objeción
cli-help-proposal-concern-by = Quién la planteó
cli-help-proposal-address = Marca una objeción como atendida (o, con --not, como no atendida)
cli-help-proposal-address-concern = La referencia corta de la objeción (`proposal show` la escribe) o su id
cli-help-proposal-address-response = Cómo se atendió
cli-help-proposal-address-not = No se atendió
cli-help-proposal-temperature = Anota una toma de temperatura (manos arriba / de lado / abajo); escribe su id
cli-help-proposal-temperature-up = Cuántas manos arriba (a favor)
cli-help-proposal-temperature-sideways = Cuántas manos de lado (dudas)
cli-help-proposal-temperature-down = Cuántas manos abajo (en contra)
cli-help-proposal-temperature-note = Una nota para el acta
cli-help-proposal-decide = Anota la decisión en una asamblea; escribe la palabra del resultado. Con --correct, sustituye la decisión anotada allí (después de cerrada la asamblea: queda como corrección)
cli-help-proposal-decide-rule = consensus, modified:P, supermajority:A/B o majority (por defecto: la regla de la asamblea)
cli-help-proposal-decide-support = La votación: a favor (en consenso, cuántas personas estuvieron de acuerdo)
cli-help-proposal-decide-against = La votación: en contra, con los bloqueos incluidos según votaron (no en consenso)
cli-help-proposal-decide-stand-asides = El número total de abstenciones (por defecto: las nombradas)
cli-help-proposal-decide-stand-aside = Una abstención con nombre, NOMBRE o NOMBRE:MOTIVO (repetible)
cli-help-proposal-decide-blocks = El número total de bloqueos, con nombre o solo contados («9 bloqueos»; por defecto: los nombrados)
cli-help-proposal-decide-block = Un bloqueo con nombre, NOMBRE:MOTIVO (repetible; el motivo es obligatorio)
cli-help-proposal-decide-quorum = Número mínimo de participantes
cli-help-proposal-decide-stand-aside-limit = A/B: se aplaza cuando al menos esta parte de participantes se abstiene
cli-help-proposal-decide-wg = En un consejo de portavoces, el voto de una comisión (repetible, uno por comisión): WG:for|against|stand-aside|block[:MOTIVO] (un bloqueo necesita su motivo)
cli-help-proposal-decide-correct = Corrige la decisión ya anotada en esta asamblea (los recuentos tal como fueron)
cli-help-proposal-preview = Calcula un resultado sin anotar nada; escribe la palabra del resultado y por qué
cli-help-proposal-dispute = Marca como impugnada la decisión tomada en una asamblea (o quita la marca con --clear)
cli-help-proposal-dispute-note = Qué salió mal (obligatorio salvo con --clear)
cli-help-proposal-dispute-clear = Quita la marca
cli-help-proposal-withdraw = Quien propone retira la propuesta (en el debate de una asamblea con --meeting)
cli-help-proposal-withdraw-meeting = La asamblea cuyo debate termina así (la propuesta debe estar en su orden del día)
cli-help-proposal-withdraw-reason = Por qué («tras 9 bloqueos, volverá con una charla informativa»); obligatorio
cli-help-proposal-withdraw-by = Quién («quienes proponen», «la moderación»); por defecto: quienes proponen en una retirada, la asamblea en los demás casos
cli-help-proposal-send-back = Devuelve la propuesta a su comisión para que la rehaga
cli-help-proposal-table = Aplaza la propuesta; se puede decidir en una asamblea posterior
cli-help-minutes = El acta de una asamblea, generada a partir de su registro
cli-help-minutes-meeting = Número de asamblea (3), referencia (RIV-GA-3) o id
cli-help-minutes-format = md, html o csv. El acta en CSV son tres archivos: FILE (decisiones), FILE-speakers (registro de intervenciones) y FILE-agenda; sin -o, las decisiones van a la salida estándar
cli-help-minutes-redact-names = Sustituye los nombres de las personas por «Participante 1», «Participante 2», …
cli-help-minutes-speakers = Incluye el registro de intervenciones de cada punto (siempre en CSV)
cli-help-minutes-equity = Añade el reparto del tiempo de palabra de la asamblea (Gini, sublistas, la parte de cada persona; solo agregados con --redact-names). No en CSV (su tabla de intervenciones tiene el registro)
cli-help-minutes-output = Escribe en este archivo en vez de en la salida estándar
cli-help-minutes-approve-in = Anota que la asamblea abierta MEETING aprobó esta acta (en vez de escribirla)
cli-help-stack = El turno de palabra de un punto del orden del día
cli-help-stack-add = Apunta a alguien en el turno de palabra de un punto (se crea si es nueva); escribe el id de la inscripción
cli-help-stack-add-name = El nombre de la persona
cli-help-stack-add-kind = process, information, clarifying, direct-response o speak
cli-help-stack-add-prioritize = Quien lleva el turno de palabra da prioridad a esta inscripción (turno progresivo)
cli-help-stack-add-list = La sublista que la persona eligió para esta asamblea (listas alternas)
cli-help-stack-next = Termina la intervención en curso y da la palabra a la siguiente persona; escribe quién la tiene (o nada)
cli-help-stack-show = Muestra quién tiene la palabra y quién espera, en orden, con el motivo de cada lugar
cli-help-stack-undo = Deshace la última acción del turno de palabra de este punto; escribe lo que se deshizo
cli-help-stack-withdraw = Quita del turno de palabra una inscripción que espera
cli-help-stack-withdraw-entry = La inscripción: su referencia corta (como la escriben `stack add` y `stack show`) o su id
cli-help-stack-withdraw-item = El punto en cuyo turno espera la persona (con --name)
cli-help-stack-withdraw-name = El nombre de la persona (con --item)
cli-help-stack-withdraw-kind = El tipo de inscripción, cuando espera con varias: process, information, clarifying, direct-response o speak
cli-help-stack-prioritize = Da prioridad a una inscripción que espera (o con --unset, se la quita)
cli-help-stack-prioritize-unset = Quita la prioridad
cli-help-stack-close = Cierra el turno de palabra: ni nuevas personas ni respuestas directas
cli-help-stack-reopen = Reabre un turno de palabra cerrado
cli-help-stack-pause = Pausa la intervención en curso (su tiempo se detiene)
cli-help-stack-resume = Reanuda la intervención en pausa
cli-help-stack-limit = Fija el tiempo máximo por intervención de un punto (o --none para quitarlo)
cli-help-stack-limit-seconds = El límite, en segundos
cli-help-stack-limit-none = Quita el límite
cli-help-stack-log = El registro de intervenciones de un punto: cada intervención con sus horas, pausas y exceso
cli-help-stack-stats = Quién habló cuánto en una asamblea. El reparto del tiempo de palabra de una asamblea (o de un punto): la parte de cada persona, la parte del tiempo de cada sublista frente a su parte de las personas, el Gini sobre todas las presentes (las que callaron cuentan como cero), quienes hablaron por primera vez, las diez últimas personas en hablar
cli-help-stack-stats-meeting = La asamblea (también como --meeting)
cli-help-stack-stats-item = Solo este punto de la asamblea
cli-help-bundle = Paquetes: intercambiar registros con otras asambleas
cli-help-bundle-export = Escribe los registros de esta asamblea en un paquete firmado (todos, por defecto)
cli-help-bundle-export-output = El archivo de paquete que escribir
cli-help-bundle-export-meetings = Solo esta asamblea (número, referencia o id), con aquello a lo que se refiere; repetible
cli-help-bundle-export-since = Solo lo que cambió desde este día incluido (AAAA-MM-DD, UTC), con aquello a lo que se refiere
cli-help-bundle-export-seal-to = Séllalo (firmado y luego cifrado) para que solo estas asambleas puedan abrirlo: cada una conocida aquí con su clave (esta, o una cuyo paquete se importó), nombrada por código, nombre, id o huella; separadas por comas o repetido
cli-help-bundle-inspect = Muestra quién hizo un paquete, la huella de su clave, qué contiene y si se verifica. Un paquete sellado: para quién está sellado y, si esta asamblea es una de ellas, el paquete de dentro
cli-help-bundle-inspect-file = El archivo del paquete
cli-help-bundle-import = Importa el paquete de otra asamblea: escribe los recuentos de nuevos, actualizados, sin cambios y rechazados. Sale con 0 cuando se tomó todo registro (o ya estaba aquí), 3 cuando se rechazaron algunos (el resto se importa; en una prueba: se importaría), 1 cuando se rechazó el paquete entero (no se escribe nada). Con --json, un rechazo también es JSON en la salida estándar
cli-help-bundle-import-dry-run = Solo comprobar y contar; no escribir nada
cli-help-bundle-received = Lista los paquetes recibidos aquí (guardados para reenviarlos intactos)
cli-help-bundle-undo-import = Deshace una importación entera: quita lo que trajo, devuelve lo que sustituyó o borró y olvida el paquete recibido (se puede volver a importar)
cli-help-bundle-undo-import-id = El id del paquete recibido (`plenary bundle received`)
cli-help-bundle-pass-on = Escribe un paquete recibido, byte a byte, para reenviarlo a otra asamblea
cli-help-bundle-pass-on-id = Su id (`plenary bundle received`)
cli-help-bundle-pass-on-output = El archivo que escribir
cli-help-federation = Federación por una carpeta compartida: una bandeja de entrada vigilada, una de salida escrita
cli-help-federation-folders = Muestra las carpetas de entrada y salida, las claves que esperan aprobación y los archivos dejados aparte; con --inbox y --outbox, elige antes las carpetas
cli-help-federation-folders-inbox = La carpeta a la que llegan los paquetes de otras asambleas (sincronizada con Syncthing, una unidad compartida, …)
cli-help-federation-folders-outbox = La carpeta en la que se escriben los paquetes de esta asamblea (puede ser la misma de entrada)
cli-help-federation-sync = Importa lo que espera en la bandeja de entrada, lo reenvía y escribe la de salida, una vez
cli-help-federation-watch = Lo mismo a medida que llegan archivos (y la bandeja de salida tras cerrarse cada asamblea), hasta que se interrumpe
cli-help-federation-watch-json = Un objeto JSON por línea por cada cosa que hizo la vigilancia
cli-help-federation-approve = Acepta la clave de una nueva asamblea que espera en la bandeja de entrada (tras comprobar su huella con esa asamblea): la fija e importa sus paquetes
cli-help-federation-approve-fingerprint = La huella de la clave, tal como la muestra `plenary federation folders`
cli-help-room = La sala: sirve una asamblea a los dispositivos de la asamblea por la red local
cli-help-room-serve = Sirve la asamblea M a los dispositivos de la sala hasta Ctrl+C o hasta que M se cierre; escribe la dirección y los códigos de emparejamiento (Intro escribe otros nuevos)
cli-help-room-serve-meeting = Referencia de la asamblea (LDN-GA-39, 39) o id
cli-help-room-serve-port = El puerto (0: cualquiera libre)
cli-help-room-serve-bind = La dirección en la que escuchar (por defecto: todas las interfaces, para que los dispositivos de la sala la alcancen por la red local)
cli-help-room-serve-ui = Una compilación de la interfaz de la app (`ui/dist`) para servir a los dispositivos del equipo en `/team`, donde se emparejan y llevan el turno de palabra o el acta
cli-help-search = Busca en las comisiones, informes, propuestas, decisiones y actas de todas las asambleas
cli-help-search-text = Qué buscar: palabras (deben encontrarse todas; la última puede ser el principio de una palabra)
cli-help-search-assembly = Solo los registros de esta asamblea (su código, p. ej. RIV)
cli-help-search-limit = Resultados que mostrar (como mucho 50)
cli-help-search-offset = Resultados que saltar (la página siguiente)
cli-help-passphrase = Cifrado en reposo: pon, cambia o quita la contraseña de la base de datos
cli-help-passphrase-set = Cifra esta base de datos sin cifrar con una nueva contraseña (se pide dos veces, o PLENARY_NEW_PASSPHRASE). No hay forma de recuperar una contraseña perdida
cli-help-passphrase-change = Da una nueva contraseña a la base de datos cifrada (la actual de PLENARY_PASSPHRASE o pedida; la nueva pedida dos veces, o PLENARY_NEW_PASSPHRASE)
cli-help-passphrase-remove = Descifra la base de datos: vuelve a ser un archivo SQLite normal
cli-help-backup = Escribe una copia coherente de la base de datos en FILE
cli-help-backup-output = El archivo en el que escribir la copia
cli-help-restore = Sustituye la base de datos por una copia de seguridad (comprobada antes; de la actual se hace copia)
cli-help-restore-file = El archivo de la copia de seguridad

# The same words as another message.
cli-help-wg-list-json = { cli-help-arg-json }
cli-help-wg-show-json = { cli-help-arg-json }
cli-help-meeting-spoke-meeting = { cli-help-arg-meeting }
cli-help-meeting-spokes-meeting = { cli-help-arg-meeting }
cli-help-meeting-spokes-json = { cli-help-arg-json }
cli-help-meeting-consult-meeting = { cli-help-arg-meeting }
cli-help-meeting-list-json = { cli-help-arg-json }
cli-help-meeting-show-meeting = { cli-help-arg-meeting }
cli-help-meeting-show-json = { cli-help-arg-json }
cli-help-meeting-open-meeting = { cli-help-arg-meeting }
cli-help-meeting-close-meeting = { cli-help-arg-meeting }
cli-help-meeting-role-meeting = { cli-help-arg-meeting }
cli-help-meeting-time-meeting = { cli-help-arg-meeting }
cli-help-meeting-policy-meeting = { cli-help-arg-meeting }
cli-help-meeting-attendance-meeting = { cli-help-arg-meeting }
cli-help-agenda-add-meeting = { cli-help-arg-meeting }
cli-help-agenda-prepare-meeting = { cli-help-arg-meeting }
cli-help-agenda-list-meeting = { cli-help-arg-meeting }
cli-help-agenda-list-json = { cli-help-arg-json }
cli-help-agenda-move-item = { cli-help-arg-item }
cli-help-agenda-start-item = { cli-help-arg-item }
cli-help-agenda-finish-item = { cli-help-arg-item }
cli-help-agenda-table-item = { cli-help-arg-item }
cli-help-agenda-report-back-item = { cli-help-arg-item }
cli-help-agenda-announce-item = { cli-help-arg-item }
cli-help-agenda-notes-item = { cli-help-arg-item }
cli-help-person-list-json = { cli-help-arg-json }
cli-help-person-forget-json = { cli-help-arg-json }
cli-help-proposal-submit-proposal = { cli-help-arg-proposal }
cli-help-proposal-list-json = { cli-help-arg-json }
cli-help-proposal-show-json = { cli-help-arg-json }
cli-help-proposal-amend-proposal = { cli-help-arg-proposal }
cli-help-proposal-amend-json = { cli-help-arg-json }
cli-help-proposal-amendment-accepted = { cli-help-proposal-amend-accepted }
cli-help-proposal-amendment-rejected = { cli-help-proposal-amend-rejected }
cli-help-proposal-diff-proposal = { cli-help-arg-proposal }
cli-help-proposal-diff-json = { cli-help-arg-json }
cli-help-proposal-step-proposal = { cli-help-arg-proposal }
cli-help-proposal-step-meeting = { cli-help-arg-hearing }
cli-help-proposal-question-proposal = { cli-help-arg-proposal }
cli-help-proposal-question-json = { cli-help-arg-json }
cli-help-proposal-question-meeting = { cli-help-arg-hearing }
cli-help-proposal-concern-proposal = { cli-help-arg-proposal }
cli-help-proposal-concern-json = { cli-help-arg-json }
cli-help-proposal-concern-meeting = { cli-help-arg-hearing }
cli-help-proposal-temperature-proposal = { cli-help-arg-proposal }
cli-help-proposal-temperature-meeting = { cli-help-arg-hearing }
cli-help-proposal-decide-proposal = { cli-help-arg-proposal }
cli-help-proposal-decide-meeting = { cli-help-arg-hearing }
cli-help-proposal-preview-rule = { cli-help-proposal-decide-rule }
cli-help-proposal-preview-support = { cli-help-proposal-decide-support }
cli-help-proposal-preview-against = { cli-help-proposal-decide-against }
cli-help-proposal-preview-stand-asides = { cli-help-proposal-decide-stand-asides }
cli-help-proposal-preview-stand-aside = { cli-help-proposal-decide-stand-aside }
cli-help-proposal-preview-blocks = { cli-help-proposal-decide-blocks }
cli-help-proposal-preview-block = { cli-help-proposal-decide-block }
cli-help-proposal-preview-quorum = { cli-help-proposal-decide-quorum }
cli-help-proposal-preview-stand-aside-limit = { cli-help-proposal-decide-stand-aside-limit }
cli-help-proposal-preview-wg = { cli-help-proposal-decide-wg }
cli-help-proposal-preview-json = { cli-help-arg-json }
cli-help-proposal-dispute-proposal = { cli-help-arg-proposal }
cli-help-proposal-dispute-meeting = { cli-help-arg-hearing }
cli-help-proposal-withdraw-proposal = { cli-help-arg-proposal }
cli-help-proposal-send-back-proposal = { cli-help-arg-proposal }
cli-help-proposal-send-back-meeting = { cli-help-proposal-withdraw-meeting }
cli-help-proposal-send-back-reason = { cli-help-proposal-withdraw-reason }
cli-help-proposal-send-back-by = { cli-help-proposal-withdraw-by }
cli-help-proposal-table-proposal = { cli-help-arg-proposal }
cli-help-proposal-table-meeting = { cli-help-proposal-withdraw-meeting }
cli-help-proposal-table-reason = { cli-help-proposal-withdraw-reason }
cli-help-proposal-table-by = { cli-help-proposal-withdraw-by }
cli-help-stack-add-item = { cli-help-arg-item }
cli-help-stack-next-item = { cli-help-arg-item }
cli-help-stack-show-item = { cli-help-arg-item }
cli-help-stack-show-json = { cli-help-arg-json }
cli-help-stack-undo-item = { cli-help-arg-item }
cli-help-stack-prioritize-entry = { cli-help-stack-withdraw-entry }
cli-help-stack-prioritize-item = { cli-help-stack-withdraw-item }
cli-help-stack-prioritize-name = { cli-help-stack-withdraw-name }
cli-help-stack-prioritize-kind = { cli-help-stack-withdraw-kind }
cli-help-stack-close-item = { cli-help-arg-item }
cli-help-stack-reopen-item = { cli-help-arg-item }
cli-help-stack-pause-item = { cli-help-arg-item }
cli-help-stack-resume-item = { cli-help-arg-item }
cli-help-stack-limit-item = { cli-help-arg-item }
cli-help-stack-log-item = { cli-help-arg-item }
cli-help-stack-log-json = { cli-help-arg-json }
cli-help-stack-stats-meeting-opt = { cli-help-arg-meeting }
cli-help-stack-stats-json = { cli-help-arg-json }
cli-help-bundle-inspect-json = { cli-help-arg-json }
cli-help-bundle-import-file = { cli-help-bundle-inspect-file }
cli-help-bundle-import-json = { cli-help-arg-json }
cli-help-bundle-received-json = { cli-help-arg-json }
cli-help-bundle-undo-import-json = { cli-help-arg-json }
cli-help-federation-folders-json = { cli-help-arg-json }
cli-help-federation-sync-json = { cli-help-arg-json }
cli-help-federation-approve-json = { cli-help-arg-json }
cli-help-search-json = { cli-help-arg-json }
