# Settings: the language of the minutes this assembly shares — the Markdown minutes inside
# the bundles it exports (src-tauri/core/src/bundle/minutes.rs; `assemblies.minutes_lang`).

assembly-lang-heading = المحاضر المشتركة
assembly-lang-label = لغة المحاضر التي تشاركها هذه الجمعية العامة
assembly-lang-note = تُكتب بهذه اللغة المحاضر الموجودة في الحزم التي ترسلها هذه الجمعية العامة إلى الجمعيات الأخرى. يبقى ما كتبه الناس كما كتبوه.
assembly-lang-done = أصبحت المحاضر التي تشاركها هذه الجمعية العامة الآن بلغة { $language }.
