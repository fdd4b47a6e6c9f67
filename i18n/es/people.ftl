# Las personas de la asamblea (ui/src/views/people/PeopleView.svelte).

people-heading = Personas
people-hint = Todas las personas que nombra el registro de la asamblea. Corrige un nombre mal escrito; une dos nombres que son la misma persona. Todo el registro se actualiza.
people-search = Buscar
people-loading = Cargando…
people-none-yet = Aún no hay nadie en el registro.
people-none-found = Nadie con ese nombre.
people-col-name = Nombre
people-col-meetings = Asambleas
people-col-records = Registros
people-col-actions = Acciones
people-rename = Renombrar
people-rename-label = Renombrar a { $name }
people-new-name = Nuevo nombre para { $name }
people-save = Guardar
people-cancel = Cancelar
people-renamed = { $before } ahora es { $after }.
people-merge-open = Unir…
people-merge-label = Unir a { $name } con otra persona
people-merge-heading = Unir a { $name }
people-merge-explain = Todos los registros que nombran a { $name } nombrarán en su lugar a la persona elegida aquí, y { $name } desaparece. Esto no se puede deshacer aquí.
people-merge-find = Buscar el nombre
people-merge-into = Con
people-merge-choose = Elige una persona
people-merge = Unir
people-merged = { $from } queda unida a { $into }: todos los registros nombran a { $into }.
people-forget-open = Olvidar…
people-forget-label = Olvidar a { $name } a petición suya
people-forget-heading = Olvidar a { $name }
people-forget-explain = Para quien ha pedido ser olvidada. Su nombre se sustituye por un marcador como «Participante 3» en todo el registro de esta asamblea: nombres, textos libres, el registro de intervenciones y el diario. Las copias de seguridad automáticas se borran. El próximo paquete lleva el cambio a las asambleas que recibieron el nombre.
people-forget-not-reached = No alcanza: las copias hechas a mano (copias de seguridad, paquetes y actas exportados) ni los registros propios de otras asambleas. Esto no se puede deshacer.
people-forget = Olvidar a esta persona
people-forgotten = El nombre está olvidado: el registro dice ahora { $placeholder } ({ $records } registros; { $backups } borradas). El próximo paquete lleva el cambio.
people-backups = { $n ->
    [one] 1 copia de seguridad automática
   *[other] { $n } copias de seguridad automáticas
  }
people-pager-noun = personas
