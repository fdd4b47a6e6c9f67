-- The language of the minutes an assembly shares (issue 15, point 3): the Markdown minutes
-- inside its bundles are written in it. A language code (en, es, fr, de, pt, el, ar),
-- checked by the core rather than here, so that a new language is one catalogue away; a
-- code this Plenary does not know is read as English. Existing assemblies share English
-- minutes, as before; an assembly set up in the app takes the app's language, `plenary
-- init` the command line's. Local: `assemblies` does not travel in bundles (the manifest
-- names the producing assembly).
ALTER TABLE assemblies ADD COLUMN minutes_lang TEXT NOT NULL DEFAULT 'en';
