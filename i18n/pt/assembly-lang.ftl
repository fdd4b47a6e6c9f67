# Settings: the language of the minutes this assembly shares — the Markdown minutes inside
# the bundles it exports (src-tauri/core/src/bundle/minutes.rs; `assemblies.minutes_lang`).

assembly-lang-heading = Atas partilhadas
assembly-lang-label = Língua das atas que esta assembleia partilha
assembly-lang-note = As atas dentro dos pacotes que esta assembleia envia a outras assembleias são escritas nesta língua. O que as pessoas escreveram fica como o escreveram.
assembly-lang-done = As atas que esta assembleia partilha estão agora em { $language }.
