# The desktop shell's own words (src-tauri/src): the native file dialogs it opens —
# their titles and file filters — in the app's language.

dialog-import-title = Εισαγωγή πακέτου
dialog-export-title = Εξαγωγή πακέτου
dialog-pass-on-title = Προώθηση πακέτου
dialog-minutes-title = Αποθήκευση των πρακτικών
dialog-filter-bundle = Πακέτο Plenary
dialog-filter-minutes = Πρακτικά
