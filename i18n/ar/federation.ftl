# الاتحاد: جمعيات أخرى، والحزم المتبادلة معها، وسجلاتها بجانب سجلاتنا.

## واجهة الاتحاد

fed-heading = الاتحاد
fed-lead = لجان الجمعيات الأخرى ومقترحاتها، بجانب لجاننا ومقترحاتنا. تتبادل الجمعيات حزمًا موقّعة (ملفات ‎.plenary) بأي وسيلة: البريد الإلكتروني، أو ذاكرة USB، أو مجلد مشترك.
fed-assemblies = الجمعيات
fed-received = الحزم المستلمة
fed-received-hint = كل حزمة تُستورد هنا تُحفظ كما وصلت تمامًا. مرّرها إلى جمعية لا تعرف صانعها: إنها الملف الأصلي، ولا يزال موقّعًا من الجمعية التي صنعته.
fed-received-noun = الحزم المستلمة
fed-empty-heading = لا جمعية أخرى بعد
fed-empty-text = لا تعرفون أي جمعية أخرى. لتروا هنا لجان جمعية أخرى ومقترحاتها، اطلبوا منها حزمة: في Plenary الخاص بها، يكتب الاتحاد ← تصدير حزمة… ملف ‎.plenary. ثم اختاروا استيراد حزمة… أعلاه وافتحوا ذلك الملف. سترون من صنعها وبصمة مفتاحها قبل استيراد أي شيء.
fed-empty-give = لتعطوها حزمتكم، استخدموا تصدير حزمة….
fed-filter = عرض سجلات
fed-filter-all = كل الجمعيات
fed-ours = { $name } (جمعيتنا)
fed-wgs = اللجان
fed-proposals = المقترحات
fed-proposals-noun = المقترحات
fed-decisions = القرارات
fed-decisions-noun = القرارات
fed-decisions-none = لا قرارات بعد.
fed-decisions-none-of = لا قرارات لـ{ $name }.
fed-loading = جارٍ تحميل الاتحاد…

## جمعية

fed-this-assembly = هذه الجمعية
fed-fingerprint = بصمة المفتاح
fed-fingerprint-unknown = غير معروفة هنا
fed-pinned-since = المفتاح مثبّت منذ
fed-last-import = آخر استيراد
fed-received-bundles = المستلم
fed-bundles = { $n ->
    [zero] لا حزم
    [one] حزمة واحدة
    [two] حزمتان
    [few] { $n } حزم
   *[other] { $n } حزمة
  }
fed-records-here = السجلات هنا
fed-counts = { $wgs ->
    [one] لجنة واحدة
    [two] لجنتان
    [few] { $wgs } لجان
   *[other] { $wgs } لجنة
  } · { $meetings ->
    [one] جمعية واحدة
    [two] جمعيتان
    [few] { $meetings } جمعيات
   *[other] { $meetings } جمعية
  } · { $proposals ->
    [one] مقترح واحد
    [two] مقترحان
    [few] { $proposals } مقترحات
   *[other] { $proposals } مقترحًا
  } · { $decisions ->
    [one] قرار واحد
    [two] قراران
    [few] { $decisions } قرارات
   *[other] { $decisions } قرارًا
  }
fed-latest-decisions = آخر القرارات
fed-recent-decision = — { $outcome }، { $meeting }
fed-show-records = عرض سجلاتها

## من أين يأتي السجل

fed-origin-from = من
fed-origin-unknown = جمعية غير معروفة
fed-origin-ours = لنا
fed-origin-read-only = للقراءة فقط

## ما عدّه الاستيراد أو التصدير

fed-counts-records = السجلات
fed-counts-new = جديدة
fed-counts-updated = محدّثة
fed-counts-unchanged = دون تغيير
fed-counts-refused = مرفوضة
fed-counts-deleted = محذوفة
fed-counts-total = المجموع

## كلمات الاتحاد

fed-key-new = مفتاح جديد
fed-key-known = مفتاح معروف
fed-key-mismatch = المفتاح لا يطابق
fed-key-own = تدّعي أنها هذه الجمعية
fed-scope-all = الجمعية كلها
fed-scope-meetings = { $n ->
    [one] الجمعية { $names }
   *[other] الجمعيات { $names }
  }
fed-scope-chosen = { $n ->
    [one] جمعية مختارة واحدة
    [two] جمعيتان مختارتان
    [few] { $n } جمعيات مختارة
   *[other] { $n } جمعية مختارة
  }
fed-scope-since = كل ما تغيّر منذ { $date }
fed-size-bytes = { $n } بايت
fed-size-kb = { $n } كيلوبايت
fed-size-mb = { $n } ميغابايت

## لجان الجمعيات الأخرى وقراراتها

fed-wgs-empty = لا لجان لعرضها.
fed-wg-shared = في { $n } جمعيات
fed-wg-page = صفحتها
fed-decided-at = تقرّر في { $meeting }،

## مقترحات الجمعيات الأخرى

fed-proposals-empty = لا مقترحات لعرضها.
fed-proposal-wg = اللجنة
fed-proposal-by = اقترحه
fed-adopted-from = مُتبنّى من
fed-adopted-from-unknown = مقترح غير معروف هنا
fed-text-of = نص { $reference }
fed-adopted-as = تبنّيناه هنا باسم
fed-adopted-as-unknown = مقترحنا
fed-adopt = تبنّيه مقترحًا لنا
fed-adopting = جارٍ التبنّي…
fed-adopt-hint = ينشئ مسودة مقترح لنا بهذا العنوان والنص، لتقديمها إلى مسارنا

## الحزم المستلمة

fed-received-empty = لم تُستلم أي حزمة بعد. الحزم التي تستوردونها تُحفظ هنا كما وصلت، لتمريرها إلى جمعيات أخرى.
fed-bundle-made = صُنعت
fed-bundle-imported = استُوردت هنا
fed-bundle-covers = تشمل
fed-bundle-size = الحجم
fed-pass-on = تمرير…
fed-pass-on-saving = جارٍ الحفظ…
fed-pass-on-label = تمرير { $file } (من { $assembly })…
fed-pass-on-hint = يحفظ الملف كما وصل تمامًا، لتستورده جمعية أخرى
fed-pass-on-saved = حُفظت باسم { $path } — الملف الأصلي، ولا يزال موقّعًا من { $assembly }.
fed-undo = التراجع عن هذا الاستيراد…
fed-undo-label = التراجع عن هذا الاستيراد: { $file } (من { $assembly })…
fed-undo-question = إزالة ما جلبته هذه الحزمة وإعادة ما استبدلته؟
fed-undo-confirm = التراجع عن الاستيراد
fed-undoing = جارٍ التراجع…
fed-undo-keep = الإبقاء عليه

## تصدير حزمة

fed-export-open = تصدير حزمة…
fed-export-what = ما يُصدَّر
fed-export-chosen = جمعيات مختارة
fed-export-chosen-hint = مع ما تشير إليه (اللجان، الأشخاص، المقترحات، التقارير)
fed-export-no-meetings = لا جمعيات عامة لهذه الجمعية بعد.
fed-export-loading-meetings = جارٍ تحميل الجمعيات…
fed-export-meetings = الجمعيات المراد تصديرها
fed-export-since = كل ما تغيّر منذ تاريخ
fed-export-since-label = تغيّر في أو بعد (UTC)
fed-export-who = من يمكنه فتحها
fed-export-seal = ختمها لـ…
fed-export-seal-hint = لا يفتحها إلا الجمعيات التي تختارها (مشفّرة لها)
fed-export-no-keys = لا يُعرف هنا مفتاح أي جمعية بعد: يصبح مفتاح الجمعية معروفًا عند استيراد إحدى حزمها.
fed-export-seal-for = الجمعيات التي تُختم لها
fed-export-this-assembly = (هذه الجمعية)
fed-export = تصدير…
fed-exporting = جارٍ التصدير…
fed-export-tick = اختر جمعية واحدة على الأقل.
fed-export-choose-date = اختر تاريخًا.
fed-export-choose-who = اختر من يمكنه فتحها.
fed-export-next-sealed = تختار بعدها مكان حفظها؛ يُوقَّع الملف بمفتاح هذه الجمعية ثم يُختم.
fed-export-next = تختار بعدها مكان حفظها؛ يُوقَّع الملف بمفتاح هذه الجمعية.
fed-export-cancelled = أُلغي التصدير؛ لم يُحفظ شيء.
fed-export-saved = حُفظت
fed-export-sealed = مختومة لـ{ $names }: لا يفتحها غيرها.
fed-export-colon = :
fed-records = { $n ->
    [zero] لا سجلات
    [one] سجل واحد
    [two] سجلان
    [few] { $n } سجلات
   *[other] { $n } سجلًا
  }
fed-export-deletions = ، { $n ->
    [one] حذف واحد
    [two] حذفان
   *[other] { $n } حذف
  }
fed-export-minutes = ، ومحاضر { $n ->
    [one] جمعية واحدة
    [two] جمعيتين
    [few] { $n } جمعيات
   *[other] { $n } جمعية
  }

## المجلدات المشتركة

fed-folders-heading = المجلدات المشتركة
fed-folders-hint = مع مجلد متزامن بين الجمعيات (Syncthing، أو قرص مشترك)، تنتقل الحزم وحدها: يستورد Plenary ما يصل إلى صندوق الوارد من الجمعيات التي وافقتم على مفتاحها، ويكتب ما تغيّر هنا في صندوق الصادر بعد إغلاق كل جمعية عامة.
fed-folders-inbox = مجلد الوارد
fed-folders-outbox = مجلد الصادر
fed-folders-save = حفظ المجلدات
fed-folders-saved = حُفظت المجلدات. يُراقَب الوارد ما دام Plenary مفتوحًا.
fed-folders-last-sync = آخر مراجعة
fed-folders-not-yet = ليس بعد
fed-folders-last-outbox = آخر حزمة صادرة
fed-folders-outbox-facts = ({ $records }، { $when })
fed-folders-none-yet = لا شيء بعد
fed-folders-from-inbox = المستورد من الوارد
fed-folders-inbox-facts = { $files ->
    [one] ملف واحد
    [two] ملفان
    [few] { $files } ملفات
   *[other] { $files } ملفًا
  }؛ { $relayed ->
    [one] حزمة واحدة مُرّرت
    [two] حزمتان مُرّرتا
    [few] { $relayed } حزم مُرّرت
   *[other] { $relayed } حزمة مُرّرت
  }
fed-folders-sync = المزامنة الآن
fed-folders-write = كتابة الصادر الآن
fed-folders-pending-heading = بانتظار موافقتكم
fed-folders-pending-hint = تأتي هذه الحزم من جمعيات مفتاحها جديد هنا. تحقّقوا من البصمة مع شخص من تلك الجمعية (بالهاتف أو شخصيًا) قبل الموافقة: الموافقة تثبّت المفتاح وتستورد حزمها.
fed-folders-fingerprint = البصمة
fed-folders-approve = موافقة
fed-folders-approve-whose = على مفتاح { $name }
fed-folders-left-alone-heading = ملفات تُركت جانبًا
fed-folders-left-alone-hint = لم يُستورد شيء من هذه. يُعاد تجريب كل منها عندما يتغيّر الملف.
fed-folders-imported = { $n ->
    [one] حزمة واحدة استُوردت
    [two] حزمتان استُوردتا
    [few] { $n } حزم استُوردت
   *[other] { $n } حزمة استُوردت
  }
fed-folders-pending = { $n ->
    [one] حزمة واحدة بانتظار الموافقة
    [two] حزمتان بانتظار الموافقة
    [few] { $n } حزم بانتظار الموافقة
   *[other] { $n } حزمة بانتظار الموافقة
  }
fed-folders-left-alone = { $n ->
    [one] ملف واحد تُرك جانبًا
    [two] ملفان تُركا جانبًا
    [few] { $n } ملفات تُركت جانبًا
   *[other] { $n } ملفًا تُرك جانبًا
  }
fed-folders-relayed = { $n ->
    [one] حزمة واحدة مُرّرت
    [two] حزمتان مُرّرتا
    [few] { $n } حزم مُرّرت
   *[other] { $n } حزمة مُرّرت
  }
fed-folders-separator = {"، "}
fed-folders-synced = الوارد: { $inbox }. الصادر: { $outbox }.
fed-folders-not-written = لم يُكتب
fed-folders-written = الصادر: { $note }.
fed-folders-approved = تمت الموافقة على المفتاح. { $pass }.

## استيراد حزمة

fed-import-open = استيراد حزمة…
fed-import-choosing = اختر ملف الحزمة في النافذة التي فُتحت…
fed-import-checking = جارٍ فحص { $file } ({ $size })…
fed-import-checking-badge = جارٍ الفحص…
fed-import-checking-records = جارٍ فحص كل سجل: تجربة للاستيراد كله دون كتابة، قد تستغرق بضع ثوانٍ لتاريخ طويل…
fed-import-checked-importable = تم الفحص: الحزمة تتحقق ويمكن لهذه الجمعية استيرادها.
fed-import-checked-not-here = تم الفحص: الحزمة تتحقق، لكن لا يمكن استيرادها هنا.
fed-import-checked-not-verified = الحزمة لا تتحقق: لا يمكن استيرادها.
fed-importing = جارٍ الاستيراد…
fed-import-from = حزمة من
fed-import-key-new = هذه الجمعية جديدة هنا.
fed-import-key-new-note = سيثبّت الاستيراد هذا المفتاح: من بعدها لا تُقبل حزم على أنها من { $code } إلا إذا وُقّعت به. قبل الاستيراد، تحقّقوا من البصمة معهم بطريقة أخرى (بالهاتف أو شخصيًا).
fed-import-key-unknown = هذه الجمعية غير معروفة هنا.
fed-import-key-unknown-note = لا يمكن استيراد هذه الحزمة، لذا لا يُثبَّت أي مفتاح.
fed-import-key-known = هذا هو المفتاح المثبّت هنا من قبل لـ{ $code }: الحزمة موقّعة منهم.
fed-import-key-mismatch = { $code } معروفة هنا بمفتاح آخر.
fed-import-key-mismatch-note = هذه الحزمة ليست من المفتاح المثبّت هنا، لذا تُرفض.
fed-import-key-own = تدّعي هذه الحزمة أنها هذه الجمعية.
fed-import-key-own-note = لا تُستورد سجلاتكم الخاصة أبدًا.
fed-import-pinned = المثبّت هنا:
fed-import-sealed = مختومة
fed-import-sealed-for = لـ{ $names }؛
fed-import-sealed-note = فُتحت بمفتاح هذه الجمعية. لم يستطع أحد غيرها قراءتها في الطريق.
fed-import-verifies = التحقق
fed-import-verified = تم التحقق
fed-import-verified-note = التوقيع والبصمات وكل سجل سليمة.
fed-import-not-verified = لا يتحقق
fed-import-importable = قابلة للاستيراد هنا
fed-import-yes = نعم
fed-import-fits = المفتاح والرمز وكل مرجع تناسب قاعدة البيانات هذه.
fed-import-would-refuse = { $n ->
    [one] سيُرفض سجل واحد (مذكور أدناه).
    [two] سيُرفض سجلان (مذكوران أدناه).
    [few] ستُرفض { $n } سجلات (مذكورة أدناه).
   *[other] سيُرفض { $n } سجلًا (مذكورة أدناه).
  }
fed-import-not-here = ليس هنا
fed-import-generator = بواسطة { $generator }
fed-import-file = الملف
fed-import-problem = هذه الحزمة لا تتحقق:
fed-import-refusal = هذه الحزمة تتحقق، لكن قاعدة البيانات هذه سترفضها:
fed-import-does-not-verify = هذه الحزمة لا تتحقق.
fed-import-already = استُورد هذا الملف نفسه في { $when }؛ استيراده مرة أخرى لا يغيّر شيئًا.
fed-import-would-change = ما سيغيّره الاستيراد
fed-import-refused-heading = السجلات المرفوضة، ولماذا
fed-import-refusals-more = و{ $n } أخرى غير مذكورة
fed-import-holds = ما تحتويه الحزمة
fed-import-number = العدد
fed-import-deletions = حذوفات
fed-import-confirm = استيراد من { $code }
fed-imported-from = استُورد من
fed-import-nothing = لم يتغيّر شيء.
fed-import-nothing-before = لم يتغيّر شيء: استُورد هذا الملف من قبل، في { $when }.
fed-import-did = ما فعله الاستيراد
fed-import-refused = { $n ->
    [one] رُفض سجل واحد: ذكرت المعاينة السبب.
    [two] رُفض سجلان: ذكرت المعاينة السبب.
    [few] رُفضت { $n } سجلات: ذكرت المعاينة السبب.
   *[other] رُفض { $n } سجلًا: ذكرت المعاينة السبب.
  }
fed-import-undo-note = لاسترجاع هذا الاستيراد كاملًا، استخدموا «التراجع عن هذا الاستيراد…» على الحزمة تحت الحزم المستلمة.
fed-import-done = تم

## اللجان المتشابهة ومن يعمل على ماذا

fed-namesakes-wg = في جمعيات أخرى
fed-namesakes-proposal = مقترحات مشابهة في أماكن أخرى، وما آلت إليه
fed-namesakes-wg-none = لا توجد لجنة معروفة هنا من جمعية أخرى تعمل على الأمور نفسها.
fed-namesakes-proposal-none = لا يُعرف هنا أي مقترح مشابه من جمعية أخرى.
fed-namesakes-error = تعذّر البحث عنها: { $error }
fed-namesakes-looking = جارٍ البحث…
fed-namesakes-order = الأكثر تشابهًا أولاً، بحسب كلمات أسمائها ونصوصها.
fed-namesakes-decided = تقرّر: { $outcome }
fed-who-heading = من يعمل على ماذا
fed-who-hint = كل لجنة بجانب أكثر لجان الجمعيات الأخرى شبهًا بها، بحسب كلمات أسمائها وأوصافها.
fed-who-wg = اللجنة
fed-who-works-on = تعمل على
fed-who-counterparts = نظيراتها في أماكن أخرى
fed-who-ours = (لنا)
fed-who-none-known = لا شيء معروف

fed-drop-hint = أفلتوا الحزمة هنا لتروا ما سيفعله استيرادها
fed-drop-hint-meeting = هناك جمعية جارية: الحزمة المُفلتة هنا لا تُفتح. استوردوها من شاشة الاتحاد.
fed-drop-refused-meeting = لم يُفتح { $file }: هناك جمعية جارية. استوردوه من شاشة الاتحاد.
fed-drop-refused-several = أُفلتت عدة ملفات: أفلتوا حزمة واحدة في كل مرة. لم يُقرأ شيء.
fed-drop-refused-not-bundle = { $file } ليس حزمة Plenary (ملفًا ‎.plenary). لم يُقرأ شيء.
fed-drop-refused-busy = لم يُفتح { $file }: أنهوا الاستيراد الجاري أولًا.
fed-drop-opening = جارٍ فتح { $file }، الحزمة المُفلتة…
fed-drop-dismiss = إغلاق
