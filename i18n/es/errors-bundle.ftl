# Por qué se rechaza un paquete de otra asamblea, o uno de sus registros
# (src-tauri/core/src/bundle/). Un `why` es un mensaje propio, dicho en el mismo idioma.
# Los nombres de entradas (records/meetings.jsonl), de campos ("name") y de tablas son los
# del formato y no se traducen.

## El rechazo de un archivo entero

error-bundle-not-imported = { $file } no se ha importado: { $why }
error-bundle-unreadable = { $file } no es un paquete que este Plenary pueda leer: { $why }
error-bundle-cannot-open = { $file } no se puede abrir aquí: { $why }
error-bundle-cannot-read = { $file } no se puede leer: { $why }
error-bundle-database-refused = { $file } no se ha importado: la base de datos lo ha rechazado ({ $detail }); no se ha escrito nada
error-bundle-path-too-large = { $path } ocupa { $size } bytes; un paquete ocupa como mucho { $max } bytes

## Dónde, en el paquete

error-bundle-at-line = { $entry }, línea { $line }: { $why }
error-bundle-at-character = { $why } (en el carácter { $at })
error-bundle-in-manifest = manifest.json: { $why }

## La firma, la clave y el código de quien lo hizo

error-bundle-not-signed = no tiene manifest.sig: no está firmado
error-bundle-signature-not-ed25519 = manifest.sig no es una firma Ed25519 (128 dígitos hexadecimales)
error-bundle-signature-mismatch = la firma no coincide: el paquete se cambió después de firmarlo, o no lo firmó la asamblea que dice
error-bundle-key-mismatch = dice venir de { $name } ({ $code }), que aquí se conoce con otra clave (huella { $pinned }); la clave de este paquete tiene la huella { $key }. Si esa asamblea ha cambiado de verdad su clave, comprueba la nueva huella con su gente antes de fiarte
error-bundle-from-this-assembly = lo hizo esta misma asamblea ({ $name }): no hay nada que importar
error-bundle-code-own = viene de { $name } con el código { $code }, que es el código de esta asamblea: referencias como { $code }-GA-1 nombrarían dos asambleas distintas. Pide a esa asamblea que elija otro código
error-bundle-code-taken = viene de { $name } con el código { $code }, que aquí ya usa { $other }: referencias como { $code }-GA-1 nombrarían dos asambleas distintas
error-bundle-assembly-code-invalid = el código de asamblea { $code } no es un código válido
error-bundle-field-assembly-name = el nombre de la asamblea
error-bundle-assembly-revision = la revisión de la asamblea tiene que ser 1 o más
error-bundle-assembly-key-not-hex = la clave pública de la asamblea no son 64 dígitos hexadecimales
error-bundle-assembly-key-not-ed25519 = la clave pública de la asamblea no es una clave Ed25519

## El manifiesto y el formato

error-bundle-file-too-large = el archivo ocupa { $size } bytes; un paquete ocupa como mucho { $max }
error-bundle-no-manifest = no tiene manifest.json: no es un paquete de Plenary
error-bundle-manifest-not-json = manifest.json no es JSON válido: { $detail }
error-bundle-manifest-not-plenary = manifest.json no dice "format": "{ $format }": no es un paquete de Plenary
error-bundle-newer-format = lo hizo un Plenary más nuevo (versión { $version } del formato de paquete; este Plenary lee las versiones { $oldest } y { $newest }); actualiza Plenary para importarlo
error-bundle-unknown-format-version = manifest.json tiene una versión de formato desconocida, { $version }; este Plenary lee las versiones { $oldest } y { $newest }
error-bundle-version-none = (ninguna)
error-bundle-counts-unknown-table = manifest.json cuenta registros de una tabla que este Plenary no conoce ({ $table }); actualiza Plenary para importarlo
error-bundle-minutes-not-entry = manifest.json: el acta de la asamblea { $meeting } está en { $entry }, que no es una entrada de actas del paquete
error-bundle-minutes-no-meeting = manifest.json incluye el acta de la asamblea { $meeting }, que el paquete no trae
error-bundle-count-differs = manifest.json cuenta { $said } registros en { $entry }, y la entrada tiene { $held }
error-bundle-deletion-count-differs = manifest.json cuenta { $said } borrados, y { $entry } tiene { $held }

## Las entradas: cambiadas, ausentes, desconocidas

error-bundle-entry-changed = la entrada { $entry } no coincide con su SHA-256 del manifiesto: se cambió o se dañó después de hacer el paquete
error-bundle-entry-not-listed = la entrada { $entry } no figura en el manifiesto
error-bundle-entry-size-differs = entrada { $entry }: el manifiesto dice { $listed } bytes y el zip { $size }
error-bundle-entry-listed-missing = la entrada { $entry } figura en el manifiesto pero falta
error-bundle-entry-missing = falta la entrada { $entry }
error-bundle-entry-not-read = la entrada { $entry } no se ha leído
error-bundle-entry-unknown-table = la entrada { $entry } tiene una tabla que este Plenary no conoce; actualiza Plenary para importarlo
error-bundle-entry-unknown = la entrada { $entry } no forma parte de un paquete de Plenary
error-bundle-minutes-not-utf8 = { $entry } no es texto UTF-8
error-bundle-too-many-records = el paquete tiene más de { $max } registros

## Las líneas de una entrada y sus registros

error-bundle-line-too-long = { $entry }, línea { $line }: es más larga de { $max } bytes
error-bundle-line-empty = { $entry }, línea { $line }: está vacía
error-bundle-record-twice = { $entry }, línea { $line }: { $record } { $id } aparece dos veces
error-bundle-record-foreign = { $entry }, línea { $line }: { $record } { $id } es de la asamblea { $origin }, no de la asamblea que hizo el paquete ({ $producer }); un paquete solo trae los registros de quien lo hace
error-bundle-deleted-twice = { $entry }: el registro { $id } se borra dos veces
error-bundle-deleted-and-carried = { $entry }: { $record } { $id } se borra y a la vez viene en el paquete
error-bundle-deletion-foreign = el borrado de { $id } nombra otra asamblea que la que hizo el paquete
error-bundle-deletion-unknown-table = el borrado de { $id } nombra una tabla desconocida, { $table }
error-bundle-deletion-bad-time = el campo "deleted_at" es { $value }, que no es una hora (RFC 3339 en UTC, terminada en Z)
error-bundle-field-not-id = el campo { $field } no es un id (un UUID en minúsculas)

## Los campos de un registro

error-bundle-field-twice = el campo { $field } aparece dos veces
error-bundle-field-missing = falta el campo { $field }
error-bundle-field-unknown = campo desconocido { $field }: { $record } solo tiene { $fields }
error-bundle-field-wrong-type = el campo { $field } tiene que ser { $wanted }, no { $found }
error-bundle-field-null = el campo { $field } no puede ser null
error-bundle-field-outside = el campo { $field } es { $value }, fuera de { $wanted }
error-bundle-field-number-too-large = el campo { $field } es { $value }, demasiado grande
error-bundle-field-not-uuid = el campo { $field } es { $value }, que no es un id (un UUID escrito en hexadecimal en minúsculas, 8-4-4-4-12)
error-bundle-field-not-one-line = el campo { $field } tiene que ser una sola línea de texto (tiene un carácter de control)
error-bundle-field-control = el campo { $field } tiene un carácter de control
error-bundle-field-not-wanted = el campo { $field } es { $value }, no { $wanted }
error-bundle-field-too-long = el campo { $field } tiene más de { $max } caracteres
# Lo que tiene que ser un campo.
error-bundle-wanted-id = un id (UUID)
error-bundle-wanted-line = una línea de texto
error-bundle-wanted-text = texto
error-bundle-wanted-one-of = uno de { $words }
error-bundle-wanted-number = un número entero de { $min } a { $max }
error-bundle-wanted-date = una fecha AAAA-MM-DD
error-bundle-wanted-time = una hora (RFC 3339 en UTC, terminada en Z)
error-bundle-wanted-clock = una hora del día HH:MM
# Lo que era en su lugar.
error-bundle-found-bool = verdadero o falso
error-bundle-found-number = un número
error-bundle-found-fraction = un número con decimales
error-bundle-found-text = texto
error-bundle-found-list = una lista
error-bundle-found-object = un objeto

## Referencias entre registros

error-bundle-reference-foreign = { $entry }, línea { $line } ({ $record } { $id }): { $column } { $target_id } nombra { $target } de otra asamblea; los registros de un paquete solo se refieren a registros de la asamblea que lo hizo
error-bundle-reference-missing = { $entry }, línea { $line } ({ $record } { $id }): { $column } { $target_id } nombra { $target } que no está ni en el paquete ni en esta base de datos

## Por qué se rechazó un registro (el informe de la importación los enumera)

error-bundle-owner-this-assembly = esta asamblea
error-bundle-owner-assembly = la asamblea { $id }
error-bundle-refused-delete-not-theirs = el paquete lo borra, pero es de { $owner }
error-bundle-refused-delete-referred = quien lo hizo lo ha borrado, pero hay registros aquí que aún se refieren a él
error-bundle-refused-deleted = quien lo hizo lo ha borrado
error-bundle-refused-id-deleted = se borró un registro con este id, que era de { $owner }
error-bundle-refused-own-record = es de esta asamblea: una importación nunca cambia los registros propios
error-bundle-refused-third-party = es de { $owner }, no de la asamblea que hizo el paquete
error-bundle-refused-refers-to-refused = su { $column } nombra { $target } { $id }, que fue rechazado
error-bundle-refused-refers-to-deleted = su { $column } nombra { $target } { $id }, que el paquete borra
error-bundle-refused-unique = otro registro de tipo «{ $record }» ya tiene { $same }
error-bundle-refused-unique-same-assembly = otro registro de tipo «{ $record }» de la misma asamblea ya tiene { $same }
error-bundle-refused-check = incumple la regla `{ $rule }`
error-bundle-refused-database = la base de datos lo rechaza: { $detail }

## Las reglas de los registros. La regla, los resultados y el motivo son códigos del formato.

error-bundle-rule-block-without-reason = es un bloqueo sin motivo: un bloqueo siempre da su motivo
error-bundle-rule-not-written-so = { $given } no está escrito como { $written }
error-bundle-rule-unknown-rule = su regla no es una que este Plenary conozca: { $why }
error-bundle-rule-unknown-default-rule = su default_rule no es una que este Plenary conozca: { $why }
error-bundle-rule-bad-limit = su stand_aside_limit no es una fracción: { $why }
error-bundle-rule-consensus-against = cuenta { $against } en contra en un consenso, donde el desacuerdo es una abstención o un bloqueo
error-bundle-rule-no-outcome = su resultado no es un resultado
error-bundle-rule-outcome-differs = su resultado es { $stored }, pero { $support } a favor, { $against } en contra, { $stand_asides } abstenciones y { $blocks } bloqueos con { $terms } dan { $outcome } ({ $reason })
error-bundle-rule-terms = { $rule }
error-bundle-rule-terms-quorum = { $rule }, quórum { $quorum }
error-bundle-rule-terms-limit = { $rule }, límite de abstenciones { $limit }
error-bundle-rule-terms-quorum-limit = { $rule }, quórum { $quorum }, límite de abstenciones { $limit }
error-bundle-rule-no-such-version = decide la versión { $version } de su propuesta, que no tiene esa versión

## El zip

error-bundle-not-zip = no es un archivo zip
error-bundle-zip-truncated = el zip está cortado (le falta el registro de fin de archivo)
error-bundle-zip-split = un zip repartido en varios discos no es un paquete
error-bundle-zip64 = los archivos ZIP64 no son paquetes (un paquete es mucho más pequeño que 4 GiB)
error-bundle-too-many-entries = tiene { $entries } entradas; un paquete tiene como mucho { $max }
error-bundle-zip-directory-outside = el directorio del zip queda fuera del archivo (cortado o dañado)
error-bundle-zip-directory-extra = el directorio del zip tiene bytes que no explica
error-bundle-zip-directory-damaged = el directorio del zip está dañado
error-bundle-entry-twice = la entrada { $entry } aparece dos veces
error-bundle-entry-too-large = la entrada { $entry } declara { $size } bytes; una entrada tiene como mucho { $max }
error-bundle-small-entry-too-large = la entrada { $entry } declara { $size } bytes; puede tener como mucho { $max }
error-bundle-entry-ratio = la entrada { $entry } declara { $size } bytes a partir de { $compressed } bytes comprimidos, más de lo que deflate puede dar (¿una bomba zip?)
error-bundle-entries-too-large = sus entradas declaran más de { $max } bytes en total (¿una bomba zip?)
error-bundle-entries-overlap = las entradas { $first } y { $second } se solapan
error-bundle-entry-name-not-utf8 = el nombre de una entrada no es texto UTF-8
error-bundle-entry-encrypted = la entrada { $entry } está cifrada
error-bundle-entry-zip64 = la entrada { $entry } usa tamaños ZIP64
error-bundle-entry-folder-data = la entrada { $entry } es una carpeta pero tiene datos
error-bundle-entry-stored-sizes = la entrada { $entry } está sin comprimir pero sus dos tamaños no coinciden
error-bundle-entry-method = la entrada { $entry } usa el método de compresión { $method }; los paquetes solo usan deflate
error-bundle-entry-no-local-header = entrada { $entry }: falta su cabecera local (cortada o dañada)
error-bundle-entry-local-header-differs = entrada { $entry }: su cabecera local no coincide con el directorio del zip
error-bundle-entry-runs-past = la entrada { $entry } se sale del final de sus datos (cortada o dañada)
error-bundle-entry-name-empty = el nombre de entrada { $name } está vacío
error-bundle-entry-name-too-long = el nombre de entrada { $name } tiene más de 255 bytes
error-bundle-entry-name-backslash = el nombre de entrada { $name } tiene una barra invertida
error-bundle-entry-name-absolute = el nombre de entrada { $name } es una ruta absoluta
error-bundle-entry-name-climbs = el nombre de entrada { $name } sale de su carpeta (../)
error-bundle-entry-name-empty-part = el nombre de entrada { $name } tiene una parte de ruta vacía
error-bundle-entry-name-control = el nombre de entrada { $name } tiene un carácter de control
error-bundle-entry-not-inflated = la entrada { $entry } no se puede descomprimir: { $detail }
error-bundle-entry-longer = la entrada { $entry } tiene más de su tamaño declarado (¿una bomba zip?)
error-bundle-entry-shorter = la entrada { $entry } es más corta que su tamaño declarado (cortada o dañada)
error-bundle-entry-crc = la entrada { $entry } está dañada (su CRC no coincide)

## Paquetes sellados (sealed.json y bundle.age)

error-bundle-sealed-for-others = está sellado para { $names }; esta asamblea no es una de ellas (solo ellas pueden abrirlo)
error-bundle-sealed-damaged = está sellado para esta asamblea pero no se puede abrir: { $entry } está dañado o se alteró ({ $detail })
error-bundle-sealed-no-payload = no tiene { $entry }
error-bundle-sealed-inside-too-large = el paquete de dentro ocupa más de { $max } bytes, lo máximo que puede ocupar un paquete
error-bundle-sealed-not-json = { $entry } no es JSON válido: { $detail }
error-bundle-sealed-not-plenary = { $entry } no dice "format": "{ $format }"
error-bundle-sealed-newer = lo selló un Plenary más nuevo (versión { $version } de la forma sellada; este Plenary lee la versión { $known }); actualiza Plenary para abrirlo
error-bundle-sealed-unknown-version = { $entry } tiene una versión desconocida
error-bundle-sealed-invalid = { $entry }: { $detail }
error-bundle-sealed-recipients = { $entry } nombra { $count } asambleas; un paquete sellado es para entre 1 y { $max }
error-bundle-sealed-fingerprint = { $entry }: la huella dada para { $name } no es la de su clave
error-bundle-sealed-entries = un paquete sellado tiene exactamente dos entradas, { $envelope } y { $payload }
error-bundle-sealed-key-unusable = { $entry }: la clave de { $name } no es una clave pública Ed25519 a la que se pueda sellar
error-bundle-sealed-no-age-key = no se puede hacer una clave age a partir de una clave Ed25519
error-bundle-seal-no-one = un paquete sellado necesita al menos una asamblea para la que sellarlo
error-bundle-seal-failed = no se puede sellar el paquete: { $detail }
error-bundle-names-and = { $rest } y { $last }
error-bundle-names-none = nadie

## Escribir un paquete (exportar): los registros propios de esta base de datos

error-bundle-export-unreadable = no se puede exportar { $table }.{ $column }: la base de datos tiene { $detail }
error-bundle-holds-not-uuid = un id que no es un UUID
error-bundle-holds-not-integer = un número que no es entero
error-bundle-holds-bad-time = una hora ilegible
error-bundle-holds-not-text = un valor que no es texto
error-bundle-write-manifest = no se puede escribir el manifiesto: { $detail }
error-bundle-write-deletion = no se puede escribir un borrado: { $detail }
error-bundle-write-failed = no se puede escribir el paquete: { $detail }
error-bundle-writer-stopped-early = el escritor del paquete se detuvo antes de tiempo
error-bundle-writer-stopped = el escritor del paquete se detuvo
error-bundle-writer-failed = el escritor del paquete falló

## Tipos de registro: solos y con artículo indefinido

error-bundle-record-people = persona
error-bundle-record-working-groups = comisión
error-bundle-record-wg-status-changes = cambio de estado de una comisión
error-bundle-record-meetings = asamblea
error-bundle-record-meeting-roles = papel en la asamblea
error-bundle-record-proposals = propuesta
error-bundle-record-agenda-items = punto del orden del día
error-bundle-record-report-backs = informe de comisión
error-bundle-record-announcements = anuncio
error-bundle-record-proposal-versions = versión de propuesta
error-bundle-record-amendments = enmienda
error-bundle-record-hearings = debate de propuesta
error-bundle-record-clarifying-questions = pregunta aclaratoria
error-bundle-record-concerns = objeción
error-bundle-record-temperature-checks = toma de temperatura
error-bundle-record-decisions = decisión
error-bundle-record-decision-stances = postura en una decisión
error-bundle-record-proposal-status-changes = cambio de estado de una propuesta
error-bundle-record-action-items = tarea
error-bundle-record-assemblies = asamblea
error-bundle-a-people = una persona
error-bundle-a-working-groups = una comisión
error-bundle-a-wg-status-changes = un cambio de estado de una comisión
error-bundle-a-meetings = una asamblea
error-bundle-a-meeting-roles = un papel en la asamblea
error-bundle-a-proposals = una propuesta
error-bundle-a-agenda-items = un punto del orden del día
error-bundle-a-report-backs = un informe de comisión
error-bundle-a-announcements = un anuncio
error-bundle-a-proposal-versions = una versión de propuesta
error-bundle-a-amendments = una enmienda
error-bundle-a-hearings = un debate de propuesta
error-bundle-a-clarifying-questions = una pregunta aclaratoria
error-bundle-a-concerns = una objeción
error-bundle-a-temperature-checks = una toma de temperatura
error-bundle-a-decisions = una decisión
error-bundle-a-decision-stances = una postura en una decisión
error-bundle-a-proposal-status-changes = un cambio de estado de una propuesta
error-bundle-a-action-items = una tarea
