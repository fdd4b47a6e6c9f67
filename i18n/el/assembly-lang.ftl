# Settings: the language of the minutes this assembly shares — the Markdown minutes inside
# the bundles it exports (src-tauri/core/src/bundle/minutes.rs; `assemblies.minutes_lang`).

assembly-lang-heading = Κοινοποιημένα πρακτικά
assembly-lang-label = Γλώσσα των πρακτικών που κοινοποιεί αυτή η συνέλευση
assembly-lang-note = Τα πρακτικά μέσα στα πακέτα που στέλνει αυτή η συνέλευση σε άλλες συνελεύσεις γράφονται σε αυτή τη γλώσσα. Ό,τι έγραψαν οι άνθρωποι μένει όπως το έγραψαν.
assembly-lang-done = Τα πρακτικά που κοινοποιεί αυτή η συνέλευση είναι τώρα στα { $language }.
