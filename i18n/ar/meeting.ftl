# كلمات وضع الجمعية (ui/src/views/meeting).

## الرموز بالكلمات

meeting-kind-process = إجراءات
meeting-kind-report-back = تقرير لجنة
meeting-kind-proposal = مقترح
meeting-kind-discussion = نقاش
meeting-kind-announcement = إعلانات
meeting-kind-soapbox = منبر حر
meeting-kind-other = أخرى
meeting-item-pending = معلّق
meeting-item-active = جارٍ
meeting-item-done = منجز
meeting-item-tabled = مؤجل
meeting-status-planned = مقررة
meeting-status-open = مفتوحة
meeting-status-closed = مغلقة
meeting-duration-min = { $min } د
meeting-duration-h = { $h } س
meeting-duration-h-min = { $h } س { $min } د
meeting-item-name = { $reference } «{ $title }»

## عرض الجمعية

meeting-breadcrumb = مسار التنقل
meeting-back = → الرئيسية
meeting-stack-link = قائمة المتحدثين ←
meeting-minutes-link = المحضر ←
meeting-open-projector = فتح جهاز العرض
meeting-with-equity = مع عدالة توزيع وقت الكلام
meeting-not-available = الجمعية غير متاحة
meeting-loading = جارٍ تحميل الجمعية…
meeting-spokes-council = مجلس المندوبين
meeting-correcting = هذه الجمعية مغلقة: تُحفظ التغييرات تصحيحاتٍ وتُدرج في المحضر.
meeting-read-only = يمكن قراءة سجل هذه الجمعية لكن لم يعد ممكنًا تغييره:
meeting-corrected = صُحّح بعد الجمعية
meeting-none = (لا شيء)
meeting-mode = وضع الجمعية
meeting-now = الآن
meeting-finish-item = إنهاء { $reference }
meeting-take-up-next = التالي: { $reference }
meeting-take-up-next-label = التالي: { $item }
meeting-stack-panel = قائمة المتحدثين
meeting-process-panel = مسار التوافق
meeting-coming-up = القادم
meeting-nothing-left = لم يبقَ شيء في جدول الأعمال بعد هذا البند.
meeting-report-back-notes-of = التقرير والملاحظات والمهام الخاصة بـ{ $reference }:
meeting-notes-of = الملاحظات والمهام الخاصة بـ{ $reference }:
meeting-in-agenda-item = في بنده من جدول الأعمال أدناه
meeting-roles-aside = الأدوار
meeting-prepared = أُعدّ جدول الأعمال: { $n } بنود، المدة المقررة { $planned }.

## الترويسة

meeting-planned = المقرر: { $time }
meeting-opened-at-time = افتُتحت { $time }
meeting-closed-at-time = أُغلقت { $time }
meeting-open-at = الساعة
meeting-open-at-note = (HH:MM، للتدوين لاحقًا)
meeting-open-at-now = الآن
meeting-open = افتتاح الجمعية
meeting-close-ask = إغلاق الجمعية…
meeting-close-question = إغلاق { $reference }؟ لن يتغير جدول أعمالها بعد الآن؛ ويبقى سجلها قابلًا للتصحيح (كل تصحيح يُدرج في المحضر) إلى أن يُعتمد المحضر.
meeting-closed-at = أُغلقت الساعة
meeting-closed-at-note = (HH:MM، للتدوين لاحقًا؛ فارغ: الآن)
meeting-close = إغلاق الجمعية
meeting-keep-open = إبقاؤها مفتوحة
meeting-start-form = ساعة البدء المقررة
meeting-starts-at = تبدأ الساعة
meeting-set = تحديد
meeting-start-cleared = مُسحت ساعة البدء.
meeting-start-saved = حُفظت ساعة البدء: { $time }.
meeting-opened-at = افتُتحت الساعة
meeting-opened-form = ساعة افتتاح الجمعية
meeting-closed-form = ساعة إغلاق الجمعية
meeting-time-saved-opened = افتُتحت الساعة { $time }.
meeting-time-saved-closed = أُغلقت الساعة { $time }.
meeting-time-saved-opened-correction = افتُتحت الساعة { $time } (حُفظ تصحيحًا).
meeting-time-saved-closed-correction = أُغلقت الساعة { $time } (حُفظ تصحيحًا).

## الجدول الزمني

meeting-starts = تبدأ { $time }
meeting-planned-end = النهاية المقررة { $time }
meeting-next-day = (في اليوم التالي)
meeting-no-start = لا ساعة بدء: حدّدوا واحدة لرؤية النهاية المقررة
meeting-pace = بهذه الوتيرة تنتهي { $time }
meeting-pace-late = — بعد النهاية المقررة بـ{ $n } د
meeting-pace-on-time = — في الموعد

## مؤقت البند

meeting-under-way = جارٍ
meeting-item-time = الوقت في هذا البند
meeting-timer-of = من { $time }
meeting-timer-s = { $s } ث
meeting-timer-over = تجاوز بـ{ $time }
meeting-timer-left = بقي { $time }
meeting-timer-item-over = تجاوز { $name } وقته.

## جدول الأعمال

meeting-agenda = جدول الأعمال
meeting-agenda-count = { $n ->
    [one] بند واحد
    [two] بندان
    [few] { $n } بنود
   *[other] { $n } بندًا
  }
meeting-agenda-keys = ‏Alt+↑ وAlt+↓ تنقلان البند المحدد؛ ويمكن أيضًا سحب البنود.
meeting-agenda-empty = جدول الأعمال فارغ.
meeting-agenda-empty-prepare = أعدّوه من الترتيب المعتاد للأعمال، أو أضيفوا البنود واحدًا واحدًا أدناه.
meeting-no-item-under-way = لا بند جارٍ. «بدء» يفتح بندًا.
meeting-moved = «{ $title }» الآن البند { $position } من { $count }.
meeting-removed = أُزيل «{ $title }».
meeting-step-start = { $item } جارٍ.
meeting-step-finish = { $item } منجز.
meeting-step-table = { $item } مؤجل.
meeting-table-form = تأجيل { $reference }
meeting-table-why = لماذا يؤجَّل { $item }؟
meeting-table-why-note = يؤجَّل مقترحه معه؛ ويذكر المحضر السبب.
meeting-table = تأجيل
meeting-keep-it = إبقاؤه
meeting-no-time-set = لا وقت محدد
meeting-process-link = مسار التوافق ←
meeting-process-link-label = مسار التوافق في { $item }
meeting-proposal-page = صفحة المقترح
meeting-item-stack-label = قائمة المتحدثين في { $item }
meeting-take-up = بدء
meeting-take-up-label = بدء { $item }
meeting-finish = إنهاء
meeting-finish-label = إنهاء { $item }
meeting-table-label = تأجيل { $item }
meeting-move-up = نقل { $item } إلى الأعلى
meeting-move-down = نقل { $item } إلى الأسفل
meeting-remove = إزالة
meeting-remove-label = إزالة { $item }
meeting-remove-question = إزالة «{ $title }» من جدول الأعمال؟
meeting-keep = إبقاء
meeting-started-time = بدأ { $time }
meeting-ended-time = · انتهى { $time }
meeting-notes-heading = ملاحظات كاتب المحضر
meeting-nothing-recorded = لا شيء مدوّن لهذا البند.
meeting-item-corrections = تصحيحات { $reference }
meeting-started-at = بدأ الساعة
meeting-ended-at = انتهى الساعة
meeting-take-up-at = البدء في هذه الساعة
meeting-finish-at = الإنهاء في هذه الساعة
meeting-started-form = ساعة بدء { $reference }
meeting-ended-form = ساعة انتهاء { $reference }
meeting-save = حفظ
meeting-optional = (اختياري)

## الأدوار

meeting-roles = الأدوار
meeting-roles-none = لا أحد في دور بعد.
meeting-role-from = (من { $time })
meeting-role-until = (حتى { $time })
meeting-role-remove-label = إزالة { $name } من دور { $role }
meeting-role-form = إسناد دور إلى شخص
meeting-role = الدور
meeting-role-own = (أو أي دور خاص بكم)
meeting-role-name = الاسم
meeting-role-from-label = من
meeting-role-from-hint = (HH:MM، تولّاه لاحقًا)
meeting-role-until-label = حتى
meeting-role-until-hint = (HH:MM، تركه مبكرًا)
meeting-role-add = إسناد الدور

## القاعة

meeting-room = القاعة
meeting-room-intro = بثّ هذه الجمعية على الشبكة المحلية: تتابعها الهواتف وترفع الأيدي، ويقترن حاسوب ثانٍ لإدارة قائمة المتحدثين أو لكتابة المحضر.
meeting-room-open = فتح القاعة
meeting-room-elsewhere = القاعة مفتوحة على جمعية أخرى.
meeting-room-close = إغلاق القاعة
meeting-room-participants-open = يفتح المشاركون
meeting-room-qr = رمز QR لعنوان القاعة، { $url }
meeting-room-codes = رموز الاقتران
meeting-room-codes-note = (كل رمز يصلح مرة واحدة، لمدة 5 دقائق)
meeting-room-team-open = على جهاز الفريق، افتحوا
meeting-room-team-type = واكتبوا الرمز.
meeting-room-none-waiting = لا رموز بانتظار الاستعمال.
meeting-room-code-left = (بقي { $n } د)
meeting-room-role-stack-keeper = قائمة المتحدثين
meeting-room-role-minute-taker = المحضر
meeting-room-new-code-stack-keeper = رمز جديد لقائمة المتحدثين
meeting-room-new-code-minute-taker = رمز جديد للمحضر
meeting-room-paired = الأجهزة المقترنة
meeting-room-none = لا شيء.
meeting-room-revoke = سحب
meeting-room-revoke-label = سحب الجهاز { $id } ({ $role })

## وقت الكلام والملاحظات والمهام والحضور

meeting-airtime-refresh = تحديث الأرقام
meeting-notes-saving = جارٍ الحفظ…
meeting-notes-error = لم يُحفظ — نصكم باقٍ هنا. ‏Ctrl+Enter يعيد المحاولة.
meeting-notes-unsaved-auto = لم يُحفظ بعد — يُحفظ بعد لحظة، أو عند مغادرة الحقل، أو بـCtrl+Enter.
meeting-notes-unsaved = لم يُحفظ بعد — يُحفظ عند مغادرة الحقل أو بـCtrl+Enter.
meeting-notes-saved = حُفظ.
meeting-notes-hint-auto = يُحفظ أثناء الكتابة (بعد توقف قصير)، وعند مغادرة الحقل، أو بـCtrl+Enter.
meeting-notes-hint = يُحفظ عند مغادرة الحقل أو بـCtrl+Enter.
meeting-actions-loading = جارٍ تحميل المهام…
meeting-actions = المهام
meeting-action-remove-label = إزالة المهمة «{ $text }»
meeting-actions-none = لا شيء بعد.
meeting-action-form = مهمة جديدة لـ{ $reference }
meeting-action-what = ما الذي سيُنجز
meeting-action-who = من
meeting-action-add = إضافة
meeting-attendance-cleared = مُسح الحضور.
meeting-attendance-saved = حُفظ الحضور: { $attendance }.
meeting-attendance-form = تسجيل الحضور
meeting-attendance = الحضور
meeting-attendance-hint = (55 أو 50-60 أو ~50)

## التقارير والإعلانات

meeting-rb = تقرير لجنة
meeting-rb-of = تقرير { $wg }
meeting-rb-behalf-of = تقرير باسم { $whom }
meeting-rb-behalf = باسم
meeting-rb-behalf-hint = (جمعية أخرى، تجمّع، شخص)
meeting-rb-presenter = قدّمه
meeting-rb-summary = الملخص
meeting-rb-asks = الطلبات
meeting-rb-asks-hint = (أشخاص، مال، تأييد…)
meeting-rb-announcements = الإعلانات
meeting-rb-none = لم يُسجَّل أي تقرير.
meeting-rb-form = تقرير { $reference }
meeting-rb-field-presenter = مقدّم التقرير
meeting-rb-field-summary = الملخص
meeting-rb-field-asks = الطلبات
meeting-rb-field-announcements = الإعلانات
meeting-rb-field-on-behalf-of = الجهة التي يتحدث باسمها
meeting-rb-blank-one = هذا يُفرغ { $fields }. إفراغه؟
meeting-rb-blank-many = هذا يُفرغ { $fields }. إفراغها؟
meeting-rb-blank = إفراغ وحفظ
meeting-rb-keep = إبقاء النص
meeting-rb-save = حفظ التقرير
meeting-rb-ctrl-enter = ‏Ctrl+Enter في مربع نص يحفظ أيضًا.
meeting-rb-saved = حُفظ التقرير.
meeting-ann-by-for = { $name }، باسم { $whom }
meeting-ann-for = باسم { $whom }
meeting-ann-made = الإعلانات المقدَّمة
meeting-ann-none = لا إعلانات مسجلة بعد.
meeting-ann-take-back = سحب
meeting-ann-take-back-label = سحب الإعلان { $n }
meeting-ann-form = تسجيل إعلان في { $reference }
meeting-ann-by = من
meeting-ann-text = الإعلان
meeting-ann-add = تسجيل الإعلان

## إعداد جدول الأعمال

meeting-add-heading = إضافة إلى جدول الأعمال
meeting-add-kind = النوع
meeting-add-wg = اللجنة
meeting-add-choose-wg = اختاروا لجنة…
meeting-add-find-proposal = البحث عن مقترح
meeting-add-title-or-reference = العنوان أو المرجع
meeting-add-choose-proposal = اختاروا مقترحًا…
meeting-add-looking = جارٍ البحث عن المقترحات…
meeting-add-none-matches = لا مقترح يمكن إدراجه في جدول الأعمال هذا يطابق البحث.
meeting-add-none-now = لا مقترح يمكن إدراجه في جدول الأعمال هذا الآن.
meeting-add-newest = أحدث { $shown } من { $total }: اكتبوا لتضييق البحث.
meeting-add-proposals = { $n ->
    [one] مقترح واحد
    [two] مقترحان
    [few] { $n } مقترحات
   *[other] { $n } مقترحًا
  }
meeting-add-title = العنوان
meeting-add-minutes = الدقائق
meeting-add-item = إضافة البند
meeting-add-added = أُضيف { $item }.
meeting-prepare-heading = الإعداد من الترتيب المعتاد للأعمال
meeting-prepare-intro = الترحيب والإجراءات، وتقارير اللجان، والمقترحات، والإعلانات، والمنبر الحر، والختام. يمكن بعد ذلك نقل البنود أو إضافتها أو إزالتها.
meeting-prepare-loading = جارٍ تحميل اللجان والمقترحات…
meeting-prepare-submit = إعداد جدول الأعمال
meeting-prepare-wgs = اللجان التي تقدّم تقاريرها
meeting-prepare-no-wgs = لا لجنة نشطة أو قيد التأسيس.
meeting-prepare-proposals = المقترحات المطروحة للنقاش
meeting-prepare-no-proposals = لا مقترح ينتظر النقاش.
meeting-prepare-count = { $wgs ->
    [one] تقرير واحد
    [two] تقريران
    [few] { $wgs } تقارير
   *[other] { $wgs } تقريرًا
  }، { $proposals ->
    [one] مقترح واحد
    [two] مقترحان
    [few] { $proposals } مقترحات
   *[other] { $proposals } مقترحًا
  }

## مجلس المندوبين

meeting-council-intro = مندوب واحد لكل لجنة؛ المندوبون وحدهم يسجلون في قائمة المتحدثين، والقرارات تحسب صوتًا واحدًا لكل لجنة.
meeting-council-speaks-for = { $name } يتكلم باسم { $wg }.
meeting-council-called = طلب { $name } استراحة تشاور.
meeting-council-break = استراحة تشاور
meeting-council-break-by = طلبتها { $wg } ({ $name })، { $minutes } د منذ { $time }
meeting-council-ended = انتهت استراحة التشاور.
meeting-council-end = إنهاء استراحة التشاور
meeting-council-no-wgs = لا لجنة تستطيع إرسال مندوب: أضيفوا لجانًا أولًا.
meeting-council-no-spoke = لا مندوب بعد
meeting-council-spoke-form = اختيار مندوب لجنة
meeting-council-spoke = المندوب
meeting-council-make-spoke = تعيين مندوبًا
meeting-council-call = طلب استراحة تشاور
meeting-council-called-by = طلبها
meeting-council-breaks = استراحات التشاور
meeting-council-past = { $wg } ({ $name }، طُلبت { $minutes } د)
