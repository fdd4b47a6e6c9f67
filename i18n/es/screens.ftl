# El marco de la aplicación, el panel, las comisiones, la configuración inicial, el
# dispositivo del equipo y los componentes compartidos.

## El marco

app-load-failed = No se ha podido cargar esta pantalla: { $error }
app-nav-label = Principal
app-nav-proposals = Propuestas
app-nav-federation = Federación
app-nav-people = Personas
app-not-found-heading = Aquí no hay nada
app-not-found = No hay ninguna página en { $path }.
app-not-found-back = Volver al panel
app-breadcrumb = Ruta de navegación
app-crumb-dashboard = ← Panel
app-crumb-all-wgs = Todas las comisiones

## Palabras para los códigos del núcleo

label-wg-category-operational = Operativa
label-wg-category-sectorial = Sectorial
label-wg-category-strategy = Estrategia
label-wg-category-caucus = Espacio propio
label-wg-category-hint-operational = que todo funcione
label-wg-category-hint-sectorial = ámbitos de la vida social
label-wg-category-hint-strategy = visión y planificación
label-wg-category-hint-caucus = grupos según identidad
label-wg-status-forming = En formación
label-wg-status-active = Activa
label-wg-status-dormant = Inactiva
label-wg-status-dissolved = Disuelta
label-meeting-status-planned = Prevista
label-meeting-status-open = Abierta
label-meeting-status-closed = Cerrada
label-policy-progressive = Turno progresivo
label-policy-fifo = Por orden de llegada
label-format-general-assembly = Asamblea general
label-format-spokes-council = Consejo de portavoces
label-rule-consensus = Consenso (un bloqueo para la propuesta)
label-rule-modified-90 = Consenso modificado, 90 % (Nueva York, Boston)
label-rule-modified-80 = Consenso modificado, 80 % (Seattle)
label-rule-modified-70 = Consenso modificado, 70 % (Berkeley)
label-rule-two-thirds = Mayoría de dos tercios
label-rule-three-quarters = Mayoría de tres cuartos
label-rule-majority = Mayoría simple (más de la mitad)

## El panel

dashboard-loading = Cargando…
dashboard-assembly-code = Código de la asamblea
dashboard-federation-link = Intercambiar paquetes con otras asambleas →
dashboard-wgs-heading = Comisiones activas
dashboard-wg-count = { $active } de { $total }
dashboard-all-wgs = Todas las comisiones →
dashboard-wgs-recent = Las { $shown } con actividad más reciente, de la última a la anterior.
dashboard-meetings-heading = Asambleas generales
dashboard-all-meetings = Todas las asambleas →
dashboard-loading-assembly = Cargando la asamblea…
dashboard-upcoming = Próximas
dashboard-upcoming-empty = No hay ninguna asamblea prevista. Convoca una arriba.
dashboard-recent = Recientes
dashboard-recent-empty = Todavía no hay asambleas pasadas.
dashboard-attendance = { $attendance } presentes
dashboard-attendance-none = asistencia sin anotar
dashboard-category-hint = — { $hint } ({ $n })
dashboard-category-empty = { $category ->
    [operational] Todavía no hay comisiones operativas.
    [sectorial] Todavía no hay comisiones sectoriales.
    [strategy] Todavía no hay comisiones de estrategia.
   *[caucus] Todavía no hay espacios propios.
  }

## Una asamblea nueva

new-meeting-open = Nueva asamblea
new-meeting-hide = Ocultar el formulario de nueva asamblea
new-meeting-form = Nueva asamblea
new-meeting-date = Fecha
new-meeting-starts = Empieza a las
new-meeting-stack = Turno de palabra
new-meeting-format = Formato
new-meeting-place = Lugar
new-meeting-place-example = p. ej. Puerta del Sol
new-meeting-submit = Convocar la asamblea
new-meeting-done = Convocada { $reference }.

## Una comisión nueva

new-wg-open = Nueva comisión
new-wg-hide = Ocultar el formulario de nueva comisión
new-wg-form = Nueva comisión
new-wg-name = Nombre
new-wg-category = Categoría
new-wg-status = Estado
new-wg-description = Descripción
new-wg-ctrl-enter = Ctrl+Intro añade la comisión.
new-wg-contact = Contacto
new-wg-contact-example = correo, teléfono, dónde encontrarnos
new-wg-schedule = Horario
new-wg-schedule-example = p. ej. martes 18:00, carpa de información
new-wg-submit = Añadir la comisión
new-wg-done = Comisión «{ $name }» añadida.

## Una comisión

wg-contact = Contacto
wg-meets = Se reúne
wg-status-since = { $status ->
    [forming] En formación desde
    [active] Activa desde
    [dormant] Inactiva desde
   *[dissolved] Disuelta desde
  }
wg-change-status = Cambiar el estado
wg-change-status-of = Cambiar el estado de { $name }
wg-history = Historial
wg-history-of = Historial de estados de { $name }
wg-status-form = Cambiar el estado de { $name }
wg-new-status = Estado nuevo
wg-choose = Elige…
wg-note = Nota
wg-optional = (opcional)
wg-since = Desde
wg-since-hint = (vacío: hoy)
wg-confirm = Confirmar
wg-cancel = Cancelar
wg-history-heading = Historial de estados
wg-history-empty = No hay cambios anotados.
wg-kind = Tipo
wg-report-backs = Informes
wg-report-backs-none = No consta ningún informe de esta comisión.
wg-report-backs-noun = informes
wg-given-by = — presentado por { $name }
wg-asks = Pide:
wg-proposals = Propuestas
wg-proposals-none = Esta comisión no ha traído ninguna propuesta.
wg-history-latest = Los últimos { $shown } de { $total } cambios.
wg-loading = Cargando la comisión…

## Todas las asambleas, todas las comisiones

all-meetings-heading = Todas las asambleas
all-meetings-count = { $n ->
    [one] { $n } asamblea
   *[other] { $n } asambleas
  }
all-meetings-count-match = { $n ->
    [one] { $n } asamblea coincide
   *[other] { $n } asambleas coinciden
  }
all-meetings-filter = Filtrar las asambleas
all-filter-status = Estado
all-filter-any-status = Cualquier estado
all-filter-year = Año
all-filter-any-year = Cualquier año
all-meetings-empty = Ninguna asamblea coincide.
all-meetings-list = Asambleas
all-meetings-noun = asambleas
all-wgs-heading = Todas las comisiones
all-wgs-count = { $n ->
    [one] { $n } comisión
   *[other] { $n } comisiones
  }
all-wgs-count-match = { $n ->
    [one] { $n } comisión coincide
   *[other] { $n } comisiones coinciden
  }
all-wgs-filter = Filtrar las comisiones
all-wgs-empty = Ninguna comisión coincide.
all-wgs-list = Comisiones
all-wgs-noun = comisiones

## Páginas de una lista

pager-label = Páginas de { $noun }
pager-previous = ← Anterior
pager-next = Siguiente
pager-next-arrow = →
pager-status = { $from }–{ $to } de { $total } { $noun }

## La configuración inicial

setup-welcome = Te damos la bienvenida a Plenary
setup-lead = Este ordenador aún no tiene ninguna asamblea. Dile a Plenary de qué asamblea lleva el registro; después podrás añadir comisiones y convocar asambleas generales.
setup-heading = Tu asamblea
setup-name = Nombre de la asamblea
setup-name-example = p. ej. Asamblea General de Acampada Sol
setup-code = Código corto
setup-code-hint = De 2 a 8 letras o cifras. Encabeza todas las referencias: { $examples }.
setup-rule = Regla de decisión habitual
setup-rule-hint = La asamblea puede decidir una propuesta con otra regla.
setup-submit = Crear la asamblea
setup-demo-heading = O echa un vistazo antes
setup-demo-text = Abre la asamblea de demostración (la Riverside General Assembly, con comisiones, asambleas pasadas, propuestas y actas) en esta base de datos para probar Plenary. Para llevar luego vuestro propio registro, arranca Plenary con una base de datos nueva.
setup-demo = Abrir la asamblea de demostración
setup-storage = Plenary guarda el registro de este ordenador en { $path }.

## Acerca de Plenary

about-open = Acerca de Plenary
about-title = Acerca de Plenary
about-version = Versión { $version }
about-where = Dónde guarda esta instalación su registro
about-database = El registro (base de datos)
about-key = La clave de firma de la asamblea
about-backups = Copias de seguridad hechas antes de importar
about-usual-place = Es el lugar habitual de este ordenador para los datos de Plenary.
about-chosen-place = Elegido al arrancar Plenary (PLENARY_DB o --db).
about-keep-together = Guarda juntas una copia de la base de datos y de la clave: la clave firma los paquetes de vuestra asamblea.
about-in-memory = Esta sesión solo guarda su registro en memoria.
about-close = Cerrar

## Buscar

palette-open = Buscar (Ctrl+K)
palette-title = Buscar en todas las asambleas
palette-input = Buscar comisiones, informes, propuestas, decisiones y actas
palette-placeholder = Palabras que buscar, p. ej. cocina hornillo
palette-results = Resultados
palette-none = Ningún resultado.
palette-count = { $n ->
    [one] { $n } resultado.
   *[other] { $n } resultados.
  }
palette-count-more = Más de { $n } resultados.
palette-kind-wg = Comisión
palette-kind-report-back = Informe
palette-kind-proposal = Propuesta
palette-kind-decision = Decisión
palette-kind-minutes = Acta
palette-ours = { $name } (la nuestra)
palette-more = Mostrar más resultados
palette-keys = ↓ ↑ eligen, Intro abre, Esc cierra.

## El nombre de una persona con sugerencias

person-known = Personas conocidas

## El dispositivo del equipo

team-pair-heading = Únete a la sala como equipo de moderación
team-pair-help = Escribe el código de emparejamiento de seis cifras que muestra el portátil anfitrión (en el panel de la sala de la asamblea). Cada código sirve una vez, durante cinco minutos, y da a este dispositivo su papel: turno de palabra o acta.
team-pair = Emparejar este dispositivo
team-code = Código de emparejamiento
team-unpaired = Este dispositivo ya no está emparejado: { $reason }
team-paired = { $role ->
    [stack-keeper] Emparejado para llevar el turno de palabra: todos los cambios se hacen en el portátil anfitrión.
    [minute-taker] Emparejado para tomar el acta: todos los cambios se hacen en el portátil anfitrión.
   *[other] Emparejado como { $role }: todos los cambios se hacen en el portátil anfitrión.
  }
team-paired-of = { $role ->
    [stack-keeper] Emparejado para llevar el turno de palabra de { $reference }: todos los cambios se hacen en el portátil anfitrión.
    [minute-taker] Emparejado para tomar el acta de { $reference }: todos los cambios se hacen en el portátil anfitrión.
   *[other] Emparejado como { $role } de { $reference }: todos los cambios se hacen en el portátil anfitrión.
  }
team-meeting = La asamblea
team-no-item = No hay ningún punto en curso: sus registros y notas se abren cuando la moderación lo empieza.

## La pantalla de desbloqueo

upgrade-heading = Poniendo al día los registros
upgrade-lead = Plenary se ha actualizado: los registros de la asamblea en este ordenador se están poniendo al día para la nueva versión. Ocurre una sola vez y puede tardar un minuto con un historial largo.
upgrade-note = No se pierde nada si el ordenador se apaga mientras tanto: la puesta al día se termina la próxima vez que se abra Plenary.
unlock-heading = Este registro está bloqueado
unlock-lead = El registro de la asamblea en este ordenador está cifrado. Escribe su contraseña para abrirlo.
unlock-passphrase = La contraseña del registro
unlock-submit = Desbloquear
unlock-protects = Lo que protege la contraseña
unlock-wrong = Esa contraseña no abre este registro. Revísala (mayúsculas, espacios) y vuelve a intentarlo.
