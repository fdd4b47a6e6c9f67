# La federación: otras asambleas, los paquetes intercambiados con ellas, sus registros
# junto a los nuestros.

## La vista de la federación

fed-heading = Federación
fed-lead = Las comisiones y propuestas de otras asambleas, junto a las nuestras. Las asambleas intercambian paquetes firmados (archivos .plenary) por cualquier vía: correo, una memoria USB, una carpeta compartida.
fed-assemblies = Asambleas
fed-received = Paquetes recibidos
fed-received-hint = Cada paquete importado aquí se guarda tal como llegó. Pásalo a una asamblea que no conozca a quien lo hizo: es el archivo original, todavía firmado por la asamblea que lo hizo.
fed-received-noun = paquetes recibidos
fed-empty-heading = Todavía no hay otra asamblea
fed-empty-text = No conocéis ninguna otra asamblea. Para ver aquí las comisiones y propuestas de otra asamblea, pedidle un paquete: en su Plenary, Federación → Exportar un paquete… escribe un archivo .plenary. Después elegid Importar un paquete… arriba y abrid ese archivo. Veréis quién lo hizo y la huella de su clave antes de importar nada.
fed-empty-give = Para darles el vuestro, usad Exportar un paquete….
fed-filter = Mostrar los registros de
fed-filter-all = Todas las asambleas
fed-ours = { $name } (la nuestra)
fed-wgs = Comisiones
fed-proposals = Propuestas
fed-proposals-noun = propuestas
fed-decisions = Decisiones
fed-decisions-noun = decisiones
fed-decisions-none = Todavía no hay decisiones.
fed-decisions-none-of = No hay decisiones de { $name }.
fed-loading = Cargando la federación…

## Una asamblea

fed-this-assembly = Esta asamblea
fed-fingerprint = Huella de la clave
fed-fingerprint-unknown = desconocida aquí
fed-pinned-since = Clave fijada desde
fed-last-import = Última importación
fed-received-bundles = Recibidos
fed-bundles = { $n ->
    [one] { $n } paquete
   *[other] { $n } paquetes
  }
fed-records-here = Registros aquí
fed-counts = { $wgs ->
    [one] { $wgs } comisión
   *[other] { $wgs } comisiones
  } · { $meetings ->
    [one] { $meetings } asamblea
   *[other] { $meetings } asambleas
  } · { $proposals ->
    [one] { $proposals } propuesta
   *[other] { $proposals } propuestas
  } · { $decisions ->
    [one] { $decisions } decisión
   *[other] { $decisions } decisiones
  }
fed-latest-decisions = Últimas decisiones
fed-recent-decision = — { $outcome }, { $meeting }
fed-show-records = Mostrar sus registros

## De dónde viene un registro

fed-origin-from = De
fed-origin-unknown = una asamblea desconocida
fed-origin-ours = nuestro
fed-origin-read-only = solo lectura

## Lo que contó una importación o exportación

fed-counts-records = Registros
fed-counts-new = Nuevos
fed-counts-updated = Actualizados
fed-counts-unchanged = Sin cambios
fed-counts-refused = Rechazados
fed-counts-deleted = Borrados
fed-counts-total = Total

## Palabras de la federación

fed-key-new = Clave nueva
fed-key-known = Clave conocida
fed-key-mismatch = La clave no coincide
fed-key-own = Dice ser esta asamblea
fed-scope-all = Toda la asamblea
fed-scope-meetings = { $n ->
    [one] Asamblea { $names }
   *[other] Asambleas { $names }
  }
fed-scope-chosen = { $n ->
    [one] { $n } asamblea elegida
   *[other] { $n } asambleas elegidas
  }
fed-scope-since = Todo lo cambiado desde el { $date }
fed-size-bytes = { $n } bytes
fed-size-kb = { $n } KB
fed-size-mb = { $n } MB

## Comisiones y decisiones de otras asambleas

fed-wgs-empty = No hay comisiones que mostrar.
fed-wg-shared = en { $n } asambleas
fed-wg-page = Su página
fed-decided-at = decidido en { $meeting },

## Propuestas de otras asambleas

fed-proposals-empty = No hay propuestas que mostrar.
fed-proposal-wg = comisión
fed-proposal-by = propuesta por
fed-adopted-from = Adoptada de
fed-adopted-from-unknown = una propuesta desconocida aquí
fed-text-of = Texto de { $reference }
fed-adopted-as = Adoptada aquí como
fed-adopted-as-unknown = nuestra propuesta
fed-adopt = Adoptar como propuesta nuestra
fed-adopting = Adoptando…
fed-adopt-hint = crea un borrador de propuesta nuestra con este título y texto, para presentarlo a nuestro proceso

## Paquetes recibidos

fed-received-empty = Todavía no se ha recibido ningún paquete. Los paquetes que importéis se guardan aquí tal como llegaron, para pasarlos a otras asambleas.
fed-bundle-made = Hecho
fed-bundle-imported = Importado aquí
fed-bundle-covers = Abarca
fed-bundle-size = Tamaño
fed-pass-on = Pasar…
fed-pass-on-saving = Guardando…
fed-pass-on-label = Pasar { $file } (de { $assembly })…
fed-pass-on-hint = guarda el archivo tal como llegó, para que otra asamblea lo importe
fed-pass-on-saved = Guardado como { $path }: el archivo original, todavía firmado por { $assembly }.
fed-undo = Deshacer esta importación…
fed-undo-label = Deshacer esta importación: { $file } (de { $assembly })…
fed-undo-question = ¿Quitar lo que trajo este paquete y volver a poner lo que sustituyó?
fed-undo-confirm = Deshacer la importación
fed-undoing = Deshaciendo…
fed-undo-keep = Conservarla

## Exportar un paquete

fed-export-open = Exportar un paquete…
fed-export-what = Qué exportar
fed-export-chosen = Asambleas elegidas
fed-export-chosen-hint = con lo que mencionan (comisiones, personas, propuestas, informes)
fed-export-no-meetings = Esta asamblea aún no tiene ninguna asamblea general.
fed-export-loading-meetings = Cargando las asambleas…
fed-export-meetings = Asambleas que exportar
fed-export-since = Todo lo cambiado desde una fecha
fed-export-since-label = Cambiado en o después de (UTC)
fed-export-who = Quién puede abrirlo
fed-export-seal = Sellar para…
fed-export-seal-hint = solo las asambleas que elijas pueden abrirlo (va cifrado para ellas)
fed-export-no-keys = Aquí todavía no se conoce la clave de ninguna asamblea: la clave de una asamblea se conoce al importar uno de sus paquetes.
fed-export-seal-for = Asambleas para las que sellarlo
fed-export-this-assembly = (esta asamblea)
fed-export = Exportar…
fed-exporting = Exportando…
fed-export-tick = Marca al menos una asamblea.
fed-export-choose-date = Elige una fecha.
fed-export-choose-who = Elige quién puede abrirlo.
fed-export-next-sealed = Después eliges dónde guardarlo; el archivo se firma con la clave de esta asamblea y luego se sella.
fed-export-next = Después eliges dónde guardarlo; el archivo se firma con la clave de esta asamblea.
fed-export-cancelled = Exportación cancelada; no se ha guardado nada.
fed-export-saved = Guardado
fed-export-sealed = Sellado para { $names }: solo ellas pueden abrirlo.
fed-export-colon = :
fed-records = { $n ->
    [one] { $n } registro
   *[other] { $n } registros
  }
fed-export-deletions = , { $n ->
    [one] { $n } borrado
   *[other] { $n } borrados
  }
fed-export-minutes = , actas de { $n ->
    [one] { $n } asamblea
   *[other] { $n } asambleas
  }

## Carpetas compartidas

fed-folders-heading = Carpetas compartidas
fed-folders-hint = Con una carpeta sincronizada entre asambleas (Syncthing, una unidad compartida), los paquetes viajan solos: Plenary importa lo que llega a la bandeja de entrada de asambleas cuya clave habéis aprobado, y escribe lo que ha cambiado aquí en la bandeja de salida al cerrar cada asamblea.
fed-folders-inbox = Carpeta de entrada
fed-folders-outbox = Carpeta de salida
fed-folders-save = Guardar las carpetas
fed-folders-saved = Carpetas guardadas. La entrada se vigila mientras Plenary está abierto.
fed-folders-last-sync = Última revisión
fed-folders-not-yet = todavía no
fed-folders-last-outbox = Último paquete de salida
fed-folders-outbox-facts = ({ $records }, { $when })
fed-folders-none-yet = ninguno todavía
fed-folders-from-inbox = Importado de la entrada
fed-folders-inbox-facts = { $files ->
    [one] { $files } archivo
   *[other] { $files } archivos
  }; { $relayed ->
    [one] { $relayed } paquete pasado
   *[other] { $relayed } paquetes pasados
  }
fed-folders-sync = Sincronizar ahora
fed-folders-write = Escribir la salida ahora
fed-folders-pending-heading = Esperando vuestra aprobación
fed-folders-pending-hint = Estos paquetes vienen de asambleas cuya clave es nueva aquí. Comprobad la huella con alguien de esa asamblea (por teléfono, en persona) antes de aprobar: aprobar fija la clave e importa sus paquetes.
fed-folders-fingerprint = Huella
fed-folders-approve = Aprobar
fed-folders-approve-whose = la clave de { $name }
fed-folders-left-alone-heading = Archivos no importados
fed-folders-left-alone-hint = No se importó nada de estos. Cada uno se vuelve a intentar cuando cambia el archivo.
fed-folders-imported = { $n ->
    [one] { $n } paquete importado
   *[other] { $n } paquetes importados
  }
fed-folders-pending = { $n ->
    [one] { $n } paquete esperando aprobación
   *[other] { $n } paquetes esperando aprobación
  }
fed-folders-left-alone = { $n ->
    [one] { $n } archivo no importado
   *[other] { $n } archivos no importados
  }
fed-folders-relayed = { $n ->
    [one] { $n } paquete pasado
   *[other] { $n } paquetes pasados
  }
fed-folders-separator = {", "}
fed-folders-synced = Entrada: { $inbox }. Salida: { $outbox }.
fed-folders-not-written = no escrita
fed-folders-written = Salida: { $note }.
fed-folders-approved = Clave aprobada. { $pass }.

## Importar un paquete

fed-import-open = Importar un paquete…
fed-import-choosing = Elige el archivo del paquete en la ventana que se ha abierto…
fed-import-checking = Comprobando { $file } ({ $size })…
fed-import-checking-badge = Comprobando…
fed-import-checking-records = Comprobando cada registro: un ensayo de toda la importación, que puede tardar unos segundos con un historial largo…
fed-import-checked-importable = Comprobado: el paquete se verifica y esta asamblea puede importarlo.
fed-import-checked-not-here = Comprobado: el paquete se verifica, pero no se puede importar aquí.
fed-import-checked-not-verified = El paquete no se verifica: no se puede importar.
fed-importing = Importando…
fed-import-from = Paquete de
fed-import-key-new = Esta asamblea es nueva aquí.
fed-import-key-new-note = Importar fijará esta clave: a partir de entonces, solo se aceptarán como de { $code } los paquetes firmados con ella. Antes de importar, comprobad la huella con ellas por otra vía (por teléfono o en persona).
fed-import-key-unknown = Esta asamblea no se conoce aquí.
fed-import-key-unknown-note = Este paquete no se puede importar, así que no se fija ninguna clave.
fed-import-key-known = Es la clave ya fijada aquí para { $code }: el paquete lo firmaron ellas.
fed-import-key-mismatch = { $code } se conoce aquí con otra clave.
fed-import-key-mismatch-note = Este paquete no viene de la clave fijada aquí, así que se rechaza.
fed-import-key-own = Este paquete dice ser esta asamblea.
fed-import-key-own-note = Vuestros propios registros nunca se importan.
fed-import-pinned = Fijada aquí:
fed-import-sealed = Sellado
fed-import-sealed-for = Para { $names };
fed-import-sealed-note = abierto con la clave de esta asamblea. Nadie más pudo leerlo por el camino.
fed-import-verifies = Verificación
fed-import-verified = Verificado
fed-import-verified-note = La firma, los hashes y todos los registros cuadran.
fed-import-not-verified = No se verifica
fed-import-importable = Importable aquí
fed-import-yes = Sí
fed-import-fits = La clave, el código y todas las referencias encajan con esta base de datos.
fed-import-would-refuse = { $n ->
    [one] { $n } registro se rechazaría (ver abajo).
   *[other] { $n } registros se rechazarían (ver abajo).
  }
fed-import-not-here = Aquí no
fed-import-generator = por { $generator }
fed-import-file = Archivo
fed-import-problem = Este paquete no se verifica:
fed-import-refusal = Este paquete se verifica, pero esta base de datos lo rechazaría:
fed-import-does-not-verify = Este paquete no se verifica.
fed-import-already = Este mismo archivo se importó el { $when }; importarlo de nuevo no cambia nada.
fed-import-would-change = Lo que cambiaría la importación
fed-import-refused-heading = Registros rechazados, y por qué
fed-import-refusals-more = y { $n } más sin listar
fed-import-holds = Lo que contiene el paquete
fed-import-number = Número
fed-import-deletions = borrados
fed-import-confirm = Importar de { $code }
fed-imported-from = Importado de
fed-import-nothing = No ha cambiado nada.
fed-import-nothing-before = No ha cambiado nada: este archivo ya se importó el { $when }.
fed-import-did = Lo que hizo la importación
fed-import-refused = { $n ->
    [one] { $n } registro rechazado: la vista previa decía por qué.
   *[other] { $n } registros rechazados: la vista previa decía por qué.
  }
fed-import-undo-note = Para deshacer esta importación entera, usad «Deshacer esta importación…» en el paquete, en Paquetes recibidos.
fed-import-done = Hecho

## Homónimas y quién trabaja en qué

fed-namesakes-wg = En otras asambleas
fed-namesakes-proposal = Propuestas parecidas en otros sitios, y qué fue de ellas
fed-namesakes-wg-none = Ninguna comisión de otra asamblea conocida aquí trabaja en lo mismo.
fed-namesakes-proposal-none = No se conoce aquí ninguna propuesta parecida de otra asamblea.
fed-namesakes-error = No se han podido buscar: { $error }
fed-namesakes-looking = Buscando…
fed-namesakes-order = Las más parecidas primero, por las palabras de sus nombres y textos.
fed-namesakes-decided = decidida: { $outcome }
fed-who-heading = Quién trabaja en qué
fed-who-hint = Cada comisión junto a las comisiones de otras asambleas que más se le parecen, por las palabras de sus nombres y descripciones.
fed-who-wg = Comisión
fed-who-works-on = Trabaja en
fed-who-counterparts = Equivalentes en otros sitios
fed-who-ours = (nuestra)
fed-who-none-known = ninguna conocida

fed-drop-hint = Suelta el paquete para ver qué haría su importación
fed-drop-hint-meeting = Hay una asamblea en curso: un paquete soltado aquí no se abre. Impórtalo desde la pantalla Federación.
fed-drop-refused-meeting = { $file } no se ha abierto: hay una asamblea en curso. Impórtalo desde la pantalla Federación.
fed-drop-refused-several = Se han soltado varios archivos: suelta un solo paquete cada vez. No se ha leído nada.
fed-drop-refused-not-bundle = { $file } no es un paquete de Plenary (un archivo .plenary). No se ha leído nada.
fed-drop-refused-busy = { $file } no se ha abierto: termina primero la importación en curso.
fed-drop-opening = Abriendo { $file }, el paquete soltado…
fed-drop-dismiss = Cerrar
