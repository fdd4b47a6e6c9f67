# The desktop app's words (ui/src) for Settings and the encryption notes; the other screens
# have their own files beside this one (docs/ARCHITECTURE.md, ui/). English is the
# reference: every other language has each message with the same placeables
# (src-tauri/core/tests/i18n.rs).

## Settings (lib/components/SettingsDialog.svelte)

settings-open = Settings
settings-title = Settings
settings-close = Close
language-heading = Language
language-label = Plenary's language
# The first choice: the language of the computer, named in itself ("Español").
language-follow-system = As this computer ({ $language })
language-note = Minutes exported from here are written in this language too. What people type stays in the language they typed it in.
passphrase-heading = Passphrase
passphrase-state-encrypted = This record is encrypted: Plenary asks for its passphrase when it starts.
passphrase-state-plain = This record is not encrypted: anyone who has this computer’s files can read it.
passphrase-encrypt-heading = Encrypt the record
passphrase-new = New passphrase (at least 8 characters; a few words are easiest)
passphrase-again = The new passphrase again
passphrase-encrypt = Encrypt with this passphrase
passphrase-change-heading = Change the passphrase
passphrase-current = Current passphrase
passphrase-change = Change the passphrase
passphrase-remove-heading = Remove the passphrase
passphrase-remove-note = The record becomes a plain file again, readable by anyone who has this computer's files.
passphrase-remove = Decrypt the record
passphrase-done-encrypted = The record is encrypted with the new passphrase. Keep it safe: without it, no one can open the record.
passphrase-done-plain = The record is no longer encrypted: anyone who has this computer's files can read it.
# Added after the sentence above when there were automatic backups.
passphrase-done-backups = {" "}Its { $n } automatic backups were re-written to match.

## What the passphrase protects (lib/components/EncryptionFacts.svelte, also on the unlock screen)

encryption-fact-closed = While Plenary is closed, the record — every name, every reason, the speaking log — and its backups can be read by no one without the passphrase, even with this computer in their hands.
encryption-fact-open = It does not protect the record while Plenary is open and unlocked, nor what was already shared: exported minutes, bundles sent to other assemblies, or the projector's screen.
encryption-fact-lost = There is no way to recover a lost passphrase — not by you, not by the Plenary developers. Without it the record cannot be opened.
