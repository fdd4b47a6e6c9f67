# The desktop shell's own words (src-tauri/src): the native file dialogs it opens —
# their titles and file filters — in the app's language.

dialog-import-title = Importar um pacote
dialog-export-title = Exportar um pacote
dialog-pass-on-title = Passar um pacote
dialog-minutes-title = Guardar a ata
dialog-filter-bundle = Pacote do Plenary
dialog-filter-minutes = Ata
