# The desktop shell's own words (src-tauri/src): the native file dialogs it opens —
# their titles and file filters — in the app's language.

dialog-import-title = Import a bundle
dialog-export-title = Export a bundle
dialog-pass-on-title = Pass a bundle on
dialog-minutes-title = Save the minutes
dialog-filter-bundle = Plenary bundle
dialog-filter-minutes = Minutes
