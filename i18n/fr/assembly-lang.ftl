# Settings: the language of the minutes this assembly shares — the Markdown minutes inside
# the bundles it exports (src-tauri/core/src/bundle/minutes.rs; `assemblies.minutes_lang`).

assembly-lang-heading = Comptes rendus partagés
assembly-lang-label = Langue des comptes rendus que partage cette assemblée
assembly-lang-note = Les comptes rendus contenus dans les paquets que cette assemblée envoie aux autres assemblées sont écrits dans cette langue. Ce que les gens ont saisi reste tel quel.
assembly-lang-done = Les comptes rendus que partage cette assemblée sont désormais en { $language }.
