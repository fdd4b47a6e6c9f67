# The desktop shell's own words (src-tauri/src): the native file dialogs it opens —
# their titles and file filters — in the app's language.

dialog-import-title = استيراد حزمة
dialog-export-title = تصدير حزمة
dialog-pass-on-title = تمرير حزمة
dialog-minutes-title = حفظ المحضر
dialog-filter-bundle = حزمة Plenary
dialog-filter-minutes = المحضر
