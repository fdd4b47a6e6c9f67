# Settings: the language of the minutes this assembly shares — the Markdown minutes inside
# the bundles it exports (src-tauri/core/src/bundle/minutes.rs; `assemblies.minutes_lang`).

assembly-lang-heading = Actas compartidas
assembly-lang-label = Idioma de las actas que comparte esta asamblea
assembly-lang-note = Las actas dentro de los paquetes que esta asamblea envía a otras asambleas se escriben en este idioma. Lo que la gente escribió queda tal cual.
assembly-lang-done = Las actas que comparte esta asamblea están ahora en { $language }.
