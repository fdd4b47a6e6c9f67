# The desktop shell's own words (src-tauri/src): the native file dialogs it opens —
# their titles and file filters — in the app's language.

dialog-import-title = Ein Paket importieren
dialog-export-title = Ein Paket exportieren
dialog-pass-on-title = Ein Paket weitergeben
dialog-minutes-title = Das Protokoll speichern
dialog-filter-bundle = Plenary-Paket
dialog-filter-minutes = Protokoll
