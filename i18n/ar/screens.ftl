# إطار التطبيق، ولوحة المتابعة، واللجان، والإعداد الأول، وجهاز الفريق، والمكوّنات المشتركة.
# الأسهم معكوسة لأن الصفحة تُقرأ من اليمين إلى اليسار.

## الإطار

app-load-failed = تعذّر تحميل هذه الشاشة: { $error }
app-nav-label = التنقل الرئيسي
app-nav-proposals = المقترحات
app-nav-federation = الاتحاد
app-nav-people = الأشخاص
app-not-found-heading = لا شيء هنا
app-not-found = لا توجد صفحة على العنوان { $path }.
app-not-found-back = العودة إلى لوحة المتابعة
app-breadcrumb = مسار التنقل
app-crumb-dashboard = → لوحة المتابعة
app-crumb-all-wgs = كل اللجان

## كلمات لرموز النواة

label-wg-category-operational = تشغيلية
label-wg-category-sectorial = قطاعية
label-wg-category-strategy = استراتيجية
label-wg-category-caucus = تجمّع
label-wg-category-hint-operational = لتسيير الأمور
label-wg-category-hint-sectorial = قطاعات الحياة الاجتماعية
label-wg-category-hint-strategy = الرؤية والتخطيط
label-wg-category-hint-caucus = مجموعات على أساس الهوية
label-wg-status-forming = قيد التأسيس
label-wg-status-active = نشطة
label-wg-status-dormant = خاملة
label-wg-status-dissolved = منحلّة
label-meeting-status-planned = مقرّرة
label-meeting-status-open = مفتوحة
label-meeting-status-closed = مغلقة
label-policy-progressive = قائمة تقدمية
label-policy-fifo = حسب ترتيب التسجيل
label-format-general-assembly = جمعية عامة
label-format-spokes-council = مجلس المندوبين
label-rule-consensus = التوافق (اعتراض مانع واحد يوقف المقترح)
label-rule-modified-90 = توافق معدّل، 90% (نيويورك، بوسطن)
label-rule-modified-80 = توافق معدّل، 80% (سياتل)
label-rule-modified-70 = توافق معدّل، 70% (بيركلي)
label-rule-two-thirds = أغلبية الثلثين
label-rule-three-quarters = أغلبية ثلاثة أرباع
label-rule-majority = أغلبية بسيطة (أكثر من النصف)

## لوحة المتابعة

dashboard-loading = جارٍ التحميل…
dashboard-assembly-code = رمز الجمعية
dashboard-federation-link = تبادل الحزم مع جمعيات أخرى ←
dashboard-wgs-heading = اللجان النشطة
dashboard-wg-count = { $active } من { $total }
dashboard-all-wgs = كل اللجان ←
dashboard-wgs-recent = اللجان الـ{ $shown } الأحدث نشاطًا، والأحدث أولًا.
dashboard-meetings-heading = الجمعيات العامة
dashboard-all-meetings = كل الجمعيات العامة ←
dashboard-loading-assembly = جارٍ تحميل الجمعية…
dashboard-upcoming = القادمة
dashboard-upcoming-empty = لا جمعية مقرّرة. قرّر واحدة أعلاه.
dashboard-recent = الأخيرة
dashboard-recent-empty = لا جمعيات سابقة بعد.
dashboard-attendance = { $attendance } حاضرون
dashboard-attendance-none = الحضور غير مسجَّل
dashboard-category-hint = — { $hint } ({ $n })
dashboard-category-empty = { $category ->
    [operational] لا لجان تشغيلية بعد.
    [sectorial] لا لجان قطاعية بعد.
    [strategy] لا لجان استراتيجية بعد.
   *[caucus] لا تجمّعات بعد.
  }

## جمعية جديدة

new-meeting-open = جمعية جديدة
new-meeting-hide = إخفاء نموذج الجمعية الجديدة
new-meeting-form = جمعية جديدة
new-meeting-date = التاريخ
new-meeting-starts = تبدأ في
new-meeting-stack = قائمة المتحدثين
new-meeting-format = الشكل
new-meeting-place = المكان
new-meeting-place-example = مثلاً ميدان التحرير
new-meeting-submit = تقرير الجمعية
new-meeting-done = تقرّرت { $reference }.

## لجنة جديدة

new-wg-open = لجنة جديدة
new-wg-hide = إخفاء نموذج اللجنة الجديدة
new-wg-form = لجنة جديدة
new-wg-name = الاسم
new-wg-category = الفئة
new-wg-status = الحالة
new-wg-description = الوصف
new-wg-ctrl-enter = ‏Ctrl+Enter يضيف اللجنة.
new-wg-contact = التواصل
new-wg-contact-example = بريد إلكتروني، هاتف، أين تجدوننا
new-wg-schedule = المواعيد
new-wg-schedule-example = مثلاً الثلاثاء 18:00، خيمة الاستعلامات
new-wg-submit = إضافة اللجنة
new-wg-done = أُضيفت لجنة «{ $name }».

## لجنة

wg-contact = التواصل
wg-meets = تجتمع
wg-status-since = { $status ->
    [forming] قيد التأسيس منذ
    [active] نشطة منذ
    [dormant] خاملة منذ
   *[dissolved] منحلّة منذ
  }
wg-change-status = تغيير الحالة
wg-change-status-of = تغيير حالة { $name }
wg-history = السجل
wg-history-of = سجل حالات { $name }
wg-status-form = تغيير حالة { $name }
wg-new-status = الحالة الجديدة
wg-choose = اختر…
wg-note = ملاحظة
wg-optional = (اختياري)
wg-since = منذ
wg-since-hint = (فارغ: اليوم)
wg-confirm = تأكيد
wg-cancel = إلغاء
wg-history-heading = سجل الحالات
wg-history-empty = لم تُسجَّل أي تغييرات.
wg-kind = النوع
wg-report-backs = التقارير
wg-report-backs-none = لم يُسجَّل أي تقرير من هذه اللجنة.
wg-report-backs-noun = التقارير
wg-given-by = — قدّمه { $name }
wg-asks = تطلب:
wg-proposals = المقترحات
wg-proposals-none = لم تقدّم هذه اللجنة أي مقترح.
wg-history-latest = آخر { $shown } من { $total } تغييرات.
wg-loading = جارٍ تحميل اللجنة…

## كل الجمعيات العامة، كل اللجان

all-meetings-heading = كل الجمعيات العامة
all-meetings-count = { $n ->
    [zero] لا جمعيات
    [one] جمعية واحدة
    [two] جمعيتان
    [few] { $n } جمعيات
   *[other] { $n } جمعية
  }
all-meetings-count-match = { $n ->
    [zero] لا جمعيات مطابقة
    [one] جمعية واحدة مطابقة
    [two] جمعيتان مطابقتان
    [few] { $n } جمعيات مطابقة
   *[other] { $n } جمعية مطابقة
  }
all-meetings-filter = تصفية الجمعيات
all-filter-status = الحالة
all-filter-any-status = أي حالة
all-filter-year = السنة
all-filter-any-year = أي سنة
all-meetings-empty = لا جمعية مطابقة.
all-meetings-list = الجمعيات العامة
all-meetings-noun = الجمعيات
all-wgs-heading = كل اللجان
all-wgs-count = { $n ->
    [zero] لا لجان
    [one] لجنة واحدة
    [two] لجنتان
    [few] { $n } لجان
   *[other] { $n } لجنة
  }
all-wgs-count-match = { $n ->
    [zero] لا لجان مطابقة
    [one] لجنة واحدة مطابقة
    [two] لجنتان مطابقتان
    [few] { $n } لجان مطابقة
   *[other] { $n } لجنة مطابقة
  }
all-wgs-filter = تصفية اللجان
all-wgs-empty = لا لجنة مطابقة.
all-wgs-list = اللجان
all-wgs-noun = اللجان

## صفحات قائمة

pager-label = صفحات { $noun }
pager-previous = → السابقة
pager-next = التالية
pager-next-arrow = ←
pager-status = { $from }–{ $to } من { $total } { $noun }

## الإعداد الأول

setup-welcome = مرحبًا بك في Plenary
setup-lead = لا توجد جمعية على هذا الحاسوب بعد. أخبر Plenary بالجمعية التي يحفظ سجلّها، ثم يمكنك إضافة اللجان وتقرير الجمعيات العامة.
setup-heading = جمعيتكم
setup-name = اسم الجمعية
setup-name-example = مثلاً الجمعية العامة لميدان التحرير
setup-code = الرمز المختصر
setup-code-hint = من 2 إلى 8 حروف أو أرقام. يبدأ به كل مرجع: { $examples }.
setup-rule = قاعدة القرار المعتادة
setup-rule-hint = يمكن للجمعية العامة دائمًا أن تقرّر مقترحًا بقاعدة أخرى.
setup-submit = إنشاء الجمعية
setup-demo-heading = أو ألقِ نظرة أولاً
setup-demo-text = افتح جمعية العرض التجريبي (Riverside General Assembly، مع لجان وجمعيات سابقة ومقترحات ومحاضر) في قاعدة البيانات هذه لتجربة Plenary. لتحفظوا سجلّكم الخاص لاحقًا، شغّل Plenary على قاعدة بيانات جديدة.
setup-demo = فتح جمعية العرض التجريبي
setup-storage = يحفظ Plenary سجلّ هذا الحاسوب في { $path }.

## عن Plenary

about-open = عن Plenary
about-title = عن Plenary
about-version = الإصدار { $version }
about-where = أين يحفظ هذا التثبيت سجلّه
about-database = السجل (قاعدة البيانات)
about-key = مفتاح توقيع الجمعية
about-backups = نسخ احتياطية أُخذت قبل الاستيراد
about-usual-place = هذا هو المكان المعتاد لبيانات Plenary على هذا الحاسوب.
about-chosen-place = اختير عند تشغيل Plenary ‏(PLENARY_DB أو --db).
about-keep-together = احتفظ بنسخة من قاعدة البيانات والمفتاح معًا: المفتاح يوقّع حزم جمعيتكم.
about-in-memory = تحفظ هذه الجلسة سجلّها في الذاكرة فقط.
about-close = إغلاق

## البحث

palette-open = بحث (Ctrl+K)
palette-title = البحث في كل الجمعيات
palette-input = البحث في اللجان والتقارير والمقترحات والقرارات والمحاضر
palette-placeholder = كلمات للبحث، مثلاً مطبخ موقد
palette-results = النتائج
palette-none = لا نتائج.
palette-count = { $n ->
    [zero] لا نتائج.
    [one] نتيجة واحدة.
    [two] نتيجتان.
    [few] { $n } نتائج.
   *[other] { $n } نتيجة.
  }
palette-count-more = أكثر من { $n } نتيجة.
palette-kind-wg = لجنة
palette-kind-report-back = تقرير
palette-kind-proposal = مقترح
palette-kind-decision = قرار
palette-kind-minutes = محضر
palette-ours = { $name } (جمعيتنا)
palette-more = عرض مزيد من النتائج
palette-keys = ↓ ↑ للاختيار، Enter يفتح، Esc يغلق.

## اسم شخص مع اقتراحات

person-known = أشخاص معروفون

## جهاز الفريق

team-pair-heading = انضم إلى القاعة كفريق التيسير
team-pair-help = اكتب رمز الاقتران المكوّن من ستة أرقام الظاهر على الحاسوب المضيف (في لوحة قاعة الجمعية). كل رمز يصلح مرة واحدة، لمدة خمس دقائق، ويعطي هذا الجهاز دوره: قائمة المتحدثين أو كتابة المحضر.
team-pair = إقران هذا الجهاز
team-code = رمز الاقتران
team-unpaired = لم يعد هذا الجهاز مقترنًا: { $reason }
team-paired = { $role ->
    [stack-keeper] مقترن لإدارة قائمة المتحدثين: كل تغيير يتم على الحاسوب المضيف.
    [minute-taker] مقترن لكتابة المحضر: كل تغيير يتم على الحاسوب المضيف.
   *[other] مقترن بدور { $role }: كل تغيير يتم على الحاسوب المضيف.
  }
team-paired-of = { $role ->
    [stack-keeper] مقترن لإدارة قائمة المتحدثين في { $reference }: كل تغيير يتم على الحاسوب المضيف.
    [minute-taker] مقترن لكتابة محضر { $reference }: كل تغيير يتم على الحاسوب المضيف.
   *[other] مقترن بدور { $role } في { $reference }: كل تغيير يتم على الحاسوب المضيف.
  }
team-meeting = الجمعية
team-no-item = لا توجد نقطة جارية: تُفتح سجلاتها وملاحظاتها عندما يبدأها التيسير.

## شاشة فتح القفل

upgrade-heading = تحديث السجلات
upgrade-lead = جرى تحديث Plenary: يجري تحديث سجلات الجمعية على هذا الحاسوب للإصدار الجديد. يحدث هذا مرة واحدة، وقد يستغرق دقيقة لتاريخ طويل.
upgrade-note = لا يضيع شيء إن توقف الحاسوب في الأثناء: يكتمل التحديث في المرة القادمة التي يُفتح فيها Plenary.
unlock-heading = هذا السجل مقفل
unlock-lead = سجل الجمعية على هذا الحاسوب مشفّر. اكتب عبارة المرور لفتحه.
unlock-passphrase = عبارة مرور السجل
unlock-submit = فتح القفل
unlock-protects = ما تحميه عبارة المرور
unlock-wrong = عبارة المرور هذه لا تفتح هذا السجل. تحقّق منها (الأحرف الكبيرة، المسافات) وحاول مرة أخرى.
