# Settings: the language of the minutes this assembly shares — the Markdown minutes inside
# the bundles it exports (src-tauri/core/src/bundle/minutes.rs; `assemblies.minutes_lang`).

assembly-lang-heading = Shared minutes
assembly-lang-label = Language of the minutes this assembly shares
assembly-lang-note = The minutes inside the bundles this assembly sends to other assemblies are written in this language. What people typed stays as they typed it.
# $language: the language's own name ("Español").
assembly-lang-done = The minutes this assembly shares are now in { $language }.
