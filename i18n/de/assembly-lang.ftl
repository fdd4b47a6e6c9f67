# Settings: the language of the minutes this assembly shares — the Markdown minutes inside
# the bundles it exports (src-tauri/core/src/bundle/minutes.rs; `assemblies.minutes_lang`).

assembly-lang-heading = Geteilte Protokolle
assembly-lang-label = Sprache der Protokolle, die dieses Plenum teilt
assembly-lang-note = Die Protokolle in den Paketen, die dieses Plenum an andere Versammlungen schickt, werden in dieser Sprache geschrieben. Was Menschen eingegeben haben, bleibt, wie es ist.
assembly-lang-done = Die Protokolle, die dieses Plenum teilt, sind jetzt auf { $language }.
