# The desktop shell's own words (src-tauri/src): the native file dialogs it opens —
# their titles and file filters — in the app's language.

dialog-import-title = Importer un paquet
dialog-export-title = Exporter un paquet
dialog-pass-on-title = Transmettre un paquet
dialog-minutes-title = Enregistrer le compte rendu
dialog-filter-bundle = Paquet Plenary
dialog-filter-minutes = Compte rendu
