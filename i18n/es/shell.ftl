# The desktop shell's own words (src-tauri/src): the native file dialogs it opens —
# their titles and file filters — in the app's language.

dialog-import-title = Importar un paquete
dialog-export-title = Exportar un paquete
dialog-pass-on-title = Pasar un paquete
dialog-minutes-title = Guardar el acta
dialog-filter-bundle = Paquete de Plenary
dialog-filter-minutes = Acta
