# شاشات المقترحات (ui/src/views/proposals). جمل القرار (العدّ، النتيجة، السبب) هي جمل
# minutes.ftl، مشتركة مع المحضر.

## كلمات حسب الرمز (labels.ts)

proposal-group-draft = مسودات
proposal-group-submitted = مقدَّمة
proposal-group-on-agenda = على جدول أعمال
proposal-group-in-process = قيد النظر
proposal-group-decided = مقرَّرة
proposal-group-tabled = مُرجأة
proposal-group-withdrawn = مسحوبة
proposal-group-sent-back = مُعادة
proposal-status-draft = مسودة
proposal-status-submitted = مقدَّم
proposal-status-on-agenda = على جدول أعمال
proposal-status-in-process = قيد النظر
proposal-status-decided = مقرَّر
proposal-status-tabled = مُرجأ
proposal-status-withdrawn = مسحوب
proposal-status-sent-back = مُعاد إلى اللجنة
proposal-meeting-status-planned = مقرَّرة
proposal-meeting-status-open = مفتوحة
proposal-meeting-status-closed = مغلقة
proposal-item-status-pending = معلَّق
proposal-item-status-active = جارٍ
proposal-item-status-done = منتهٍ
proposal-item-status-tabled = مُرجأ
proposal-step-not-started = لم يبدأ
proposal-step-present = العرض
proposal-step-clarifying-questions = الأسئلة التوضيحية
proposal-step-concerns = التحفظات والتعديلات الودية
proposal-step-temperature-check = قياس المزاج
proposal-step-call-for-consensus = الدعوة إلى التوافق
proposal-step-vote = التصويت
proposal-step-outcome = النتيجة
proposal-step-short-concerns = التحفظات والتعديلات
proposal-step-hint-not-started = لم تبدأ العملية بعد.
proposal-step-hint-present = يقرأ أصحاب المقترح النص.
proposal-step-hint-clarifying-questions = أسئلة يجيب عنها أصحاب المقترح.
proposal-step-hint-concerns = تحفظات؛ وتعديلات ودية يقبلها أصحاب المقترح أو يرفضونها.
proposal-step-hint-temperature-check = اختياري وغير ملزم: أيادٍ إلى الأعلى، أفقية، إلى الأسفل.
proposal-step-hint-call-for-consensus = التأييد والامتناع والاعتراض المانع.
proposal-step-hint-vote = مع وضد، حين يبقى اعتراض مانع.
proposal-step-hint-outcome = تُسجَّل مع القاعدة والأعداد.
proposal-outcome-consensus = توافق
proposal-outcome-passed = أُقرّ
proposal-outcome-blocked = اعتُرض عليه
proposal-outcome-failed = رُفض
proposal-outcome-tabled = أُرجئ
proposal-outcome-withdrawn = سُحب
proposal-outcome-sent-back = أُعيد
proposal-amendment-status-pending = في انتظار أصحاب المقترح
proposal-amendment-status-accepted = مقبول
proposal-amendment-status-rejected = مرفوض
proposal-move-table = إرجاء
proposal-move-withdraw = سحب
proposal-move-send-back = إعادة إلى اللجنة
proposal-move-hint-table = تأجيله: يمكن النظر فيه مجددًا في جمعية عامة لاحقة.
proposal-move-hint-withdraw = يسحبه أصحاب المقترح.
proposal-move-hint-send-back = تعيد لجنته العمل عليه.
proposal-move-done-table = أُرجئ
proposal-move-done-withdraw = سُحب
proposal-move-done-send-back = أُعيد
proposal-actor-facilitator = التيسير
proposal-actor-stack-keeper = قائمة المتحدثين
proposal-actor-timekeeper = ضبط الوقت
proposal-actor-minute-taker = كتابة المحضر
proposal-actor-participant = أحد الحاضرين في القاعة
proposal-actor-cli = سطر الأوامر
proposal-actor-demo = العرض التجريبي
proposal-actor-import = استيراد
proposal-rule-consensus = التوافق (اعتراض مانع واحد يوقف المقترح)
proposal-rule-modified-90 = التوافق المعدّل، 90% (نيويورك، بوسطن)
proposal-rule-modified-80 = التوافق المعدّل، 80% (سياتل)
proposal-rule-modified-70 = التوافق المعدّل، 70% (بيركلي)
proposal-rule-supermajority-2-3 = أغلبية الثلثين
proposal-rule-supermajority-3-4 = أغلبية ثلاثة أرباع
proposal-rule-majority = الأغلبية البسيطة (أكثر من النصف)
proposal-participants = { $n ->
    [zero] لا مشاركين
    [one] مشارك واحد
    [two] مشاركان
    [few] { $n } مشاركين
    [many] { $n } مشاركًا
   *[other] { $n } مشارك
  }

## صفحة المقترح

proposal-breadcrumb = مسار التنقل
proposal-back-to-board = → المقترحات
proposal-not-available = المقترح غير متاح
proposal-loading = جارٍ تحميل المقترح…
proposal-meta-wg = اللجنة { $name }
proposal-meta-proposer = اقترحه { $name }
proposal-meta-since = منذ { $date }
proposal-derived-from = متبنّى من { $source }
proposal-derived-from-original = { $reference } من { $assembly }
proposal-derived-from-unknown = مقترح لجمعية أخرى
proposal-meta-rule = قاعدة الجمعية { $rule }
proposal-another-assembly = جمعية أخرى
proposal-imported-read-only = مقترح لجمعية أخرى، للقراءة فقط.
proposal-imported-adopted-as = تبنّيناه هنا باسم { $copy }، ويمرّ بعمليتنا الخاصة.
proposal-imported-our-copy = مقترحنا
proposal-imported-title = مقترح لجمعية أخرى، للقراءة فقط
proposal-imported-adopt-hint = {" "}— تبنّوه لتمرّروه بعمليتكم الخاصة.
proposal-imported-adopt-link = تبنّيه في الاتحاد ←
proposal-submit = تقديمه إلى الجمعية العامة
proposal-text-heading = النص
proposal-version-of = الصيغة { $n } من { $of }
proposal-compare-heading = مقارنة الصيغ
proposal-amendments-heading = التعديلات الودية
proposal-offer-between = اقتراح تعديل بين جمعيتين
proposal-hearings-heading = جلسات النظر
proposal-no-hearings = ليس على جدول أعمال أي جمعية عامة بعد.
proposal-hearing-when = { $date }، { $status }
proposal-hearing-step = الخطوة: { $step }
proposal-outcome-by = من { $name }
proposal-outcome-by-why-separator = {": "}
proposal-run-process-at = إدارة العملية في { $item } ←
proposal-process-at = العملية في { $item } ←
proposal-questions-heading = الأسئلة التوضيحية
proposal-concerns-heading = التحفظات
proposal-temperature-heading = قياسات المزاج
proposal-side-label = الصيغ والسجل
proposal-versions-heading = الصيغ
proposal-version-n = الصيغة { $n }
proposal-version-as-submitted = كما قُدّم
proposal-version-from-amendment-at = من تعديل { $name } في { $item }
proposal-version-from-amendment-between = من تعديل { $name } بين جمعيتين
proposal-version-from-an-amendment = من تعديل
proposal-version-text = نص الصيغة { $n }
proposal-history-heading = سجل الحالات
proposal-name-placeholder = الاسم

## مقارنة الصيغ

proposal-compare-from = من الصيغة
proposal-compare-to = إلى الصيغة
proposal-compare-legend = الصيغة { $from } ← الصيغة { $to }: كلمات { $added } وكلمات { $removed }.
proposal-compare-added = مضافة
proposal-compare-removed = محذوفة

## لوحة العملية

proposal-process-not-a-hearing = هذا البند من جدول الأعمال لا يتناول هذا المقترح.
proposal-process-announce-step = الآن في: { $step }.
proposal-process-announce-outcome = سُجّلت النتيجة: { $outcome }.
proposal-process-announce-corrected = صُحّح القرار: { $outcome }. يبقى التصحيح في المحضر.
proposal-process-back-to-agenda = → جدول أعمال { $meeting }
proposal-process-back-to-meeting = → الجمعية
proposal-process-proposal-link = صفحة المقترح وصيغه وسجله ←
proposal-process-not-available = العملية غير متاحة
proposal-process-rule = القاعدة { $rule }
proposal-process-item = البند
proposal-process-correcting = { $meeting } مغلقة: لم تعد خطواتها تتغير، لكن ما سُجّل يمكن تصحيحه حتى يُعتمد محضرها — ويُحفظ كل تصحيح ويُذكر في المحضر.
proposal-process-read-only = يمكن قراءة هذا السجل لكن لم يعد ممكنًا تغييره: { $reason }.
proposal-process-closed-meeting = { $meeting } مغلقة: يمكن قراءة جلسة النظر هذه، لا تغييرها.
proposal-process-closed-proposal = المقترح { $status }: لم يعد معروضًا على الجمعية العامة.
proposal-process-decision-waits = ما زالت تعديلات ودية تنتظر رد أصحاب المقترح (أدناه: { $accept } يقبل، { $reject } يرفض)؛ ثم يأتي القرار.
proposal-process-decision-on-host = يسجّل التيسير النتيجة على الحاسوب الرئيسي؛ وتظهر هنا بعد تسجيلها.
proposal-process-outcome-heading = النتيجة
proposal-process-correct-cancel = إلغاء التصحيح
proposal-process-correct-open = تصحيح هذا القرار…
proposal-process-outcome-recorded-at = سُجّلت في { $item }.
proposal-process-outcome-by = من { $name }
proposal-process-offer-amendment = اقتراح تعديل ودي
proposal-process-temperature-note = اختياري وغير ملزم
proposal-process-side-label = النص والمآلات الأخرى
proposal-process-version-of-submitted = الصيغة { $n } من { $of } (كما قُدّم)
proposal-process-every-version = كل الصيغ، مقارنة كلمة بكلمة
proposal-process-other-outcomes = مآلات أخرى

## الخطوات

proposal-step-track-label = خطوات عملية التوافق
proposal-step-current = (الخطوة الحالية)
proposal-step-passed = (انتهت)
proposal-step-optional = اختياري
proposal-step-moves-label = تحريك العملية
proposal-step-move-next = التالي: { $step }
proposal-step-move-back = العودة إلى { $step }
proposal-step-move-go-to = الانتقال إلى { $step }
proposal-step-move-no-questions-next = لا أسئلة — التالي: { $step }
proposal-step-move-no-questions-go-to = لا أسئلة — الانتقال إلى: { $step }
proposal-step-move-no-concerns-next = لا تحفظات — التالي: { $step }
proposal-step-move-no-concerns-go-to = لا تحفظات — الانتقال إلى: { $step }

## الأسئلة التوضيحية

proposal-questions-none = لا أسئلة توضيحية بعد.
proposal-questions-answer = الجواب:
proposal-questions-answer-by = الجواب ({ $name }):
proposal-questions-answer-form = الجواب عن «{ $question }»
proposal-questions-answer-label = الجواب
proposal-questions-answer-label-by = جواب { $name }
proposal-questions-answer-placeholder = جواب أصحاب المقترح
proposal-questions-answer-placeholder-by = جواب أصحاب المقترح ({ $name })
proposal-questions-answer-save = حفظ الجواب
proposal-questions-not-answered = لم يُجب عنه.
proposal-questions-form = تسجيل سؤال توضيحي
proposal-questions-question = السؤال
proposal-questions-asked-by = طرحه
proposal-questions-add = تسجيل السؤال

## التحفظات

proposal-concerns-none = لم تُطرح تحفظات.
proposal-concerns-addressed = عولج
proposal-concerns-open = قائم
proposal-concerns-response = الرد:
proposal-concerns-address-form = معالجة التحفظ «{ $concern }»
proposal-concerns-how-addressed = كيف عولج
proposal-concerns-how-addressed-placeholder = كيف عولج (اختياري)
proposal-concerns-mark-addressed = وسمه كمعالَج
proposal-concerns-form = تسجيل تحفظ
proposal-concerns-concern = التحفظ
proposal-concerns-raised-by = طرحه
proposal-concerns-add = تسجيل التحفظ

## قياسات المزاج

proposal-temperature-none = لم يُقَس المزاج.
proposal-temperature-up = { $count } موافق
proposal-temperature-sideways = { $count } متردد
proposal-temperature-down = { $count } معارض
proposal-temperature-form = تسجيل قياس للمزاج
proposal-temperature-up-label = موافق
proposal-temperature-sideways-label = متردد
proposal-temperature-down-label = معارض
proposal-temperature-note = ملاحظة
proposal-temperature-record = تسجيل قياس المزاج

## التعديلات الودية

proposal-amendment-announce-accepted = قُبل تعديل { $name }.
proposal-amendment-announce-accepted-version = قُبل تعديل { $name }: النص الآن هو الصيغة { $version }.
proposal-amendment-announce-rejected = رُفض تعديل { $name }.
proposal-amendment-announce-corrected = صُحّح: تعديل { $name } الآن { $status }.
proposal-amendment-keys = يجيب أصحاب المقترح: على تعديل معلَّق، { $accept } يقبل، { $reject } يرفض.
proposal-amendment-none = لا تعديلات ودية.
proposal-amendment-offered-by = اقترحه { $name }
proposal-amendment-on-version = على الصيغة { $n }
proposal-amendment-at = في { $item }
proposal-amendment-between = بين جمعيتين
proposal-amendment-made-version = أنتج الصيغة { $n }
proposal-amendment-answer-group = رد أصحاب المقترح على تعديل { $name }
proposal-amendment-accept = قبول
proposal-amendment-accept-label = قبول تعديل { $name }
proposal-amendment-reject = رفض
proposal-amendment-reject-label = رفض تعديل { $name }
proposal-amendment-correct-rejected = تصحيح: كان مرفوضًا
proposal-amendment-correct-accepted = تصحيح: كان مقبولًا
proposal-amendment-correct-rejected-label = تصحيح: كان مرفوضًا (تعديل { $name })
proposal-amendment-correct-accepted-label = تصحيح: كان مقبولًا (تعديل { $name })
proposal-amendment-form-text = النص كاملًا بعد التعديل
proposal-amendment-form-hint = حرّر النص الحالي؛ Ctrl+Enter يقترح التعديل.
proposal-amendment-form-by = اقترحه
proposal-amendment-form-offer = اقتراح التعديل
proposal-amendment-form-reset = البدء من جديد من النص الحالي

## الدعوة إلى التوافق والتصويت

proposal-decision-form-label = الدعوة إلى التوافق
proposal-decision-form-correct-label = تصحيح القرار
proposal-decision-form-rule = القاعدة { $rule }: { $words }.
proposal-decision-form-hint = لا يُسجَّل شيء حتى تؤكّد.
proposal-decision-form-correcting-hint = يحوي النموذج ما سُجّل: غيّر ما أخطأ فيه المحضر. يُحفظ التصحيح ويُذكر في المحضر.
proposal-decision-form-call = الدعوة إلى التوافق
proposal-decision-form-agreed = الموافقون
proposal-decision-form-agreed-note = (عدد، إن جرى العدّ)
proposal-decision-form-stand-aside-total = مجموع الممتنعين
proposal-decision-form-those-named = = المسمَّون
proposal-decision-form-stand-aside-total-hint = يشمل المسمَّين أيضًا؛ الفراغ يعني المسمَّين فقط.
proposal-decision-form-block-total = مجموع الاعتراضات المانعة
proposal-decision-form-block-total-hint = يشمل المسمَّين أيضًا: للاعتراضات التي عدّتها القاعة فقط، بلا أسماء. الفراغ يعني المسمَّين فقط.
proposal-decision-form-named-stand-asides = الممتنعون الذين يذكرون أسماءهم
proposal-decision-form-reason-optional = (السبب اختياري)
proposal-decision-form-name = الاسم
proposal-decision-form-who-stands-aside = من يمتنع
proposal-decision-form-reason = السبب
proposal-decision-form-optional = (اختياري)
proposal-decision-form-remove-stand-aside = إزالة الممتنع { $n }
proposal-decision-form-remove-stand-aside-named = إزالة الممتنع { $n } ({ $name })
proposal-decision-form-add-stand-aside = + تسمية ممتنع
proposal-decision-form-named-blocks = الاعتراضات المانعة المسمّاة
proposal-decision-form-reason-required = (السبب إلزامي)
proposal-decision-form-block-hint = اعتراض أخلاقي أو مبدئي أو متعلق بالسلامة جدّي: من يعترض ولماذا (يُدوَّن في المحضر). الاعتراضات المعدودة فقط تدخل في المجموع أعلاه.
proposal-decision-form-who-blocks = من يعترض
proposal-decision-form-required = (إلزامي)
proposal-decision-form-remove-block = إزالة الاعتراض { $n }
proposal-decision-form-remove-block-named = إزالة الاعتراض { $n } ({ $name })
proposal-decision-form-add-block = + تسمية اعتراض مانع
proposal-decision-form-vote = التصويت
proposal-decision-form-vote-note = (إن جرى)
proposal-decision-form-vote-hint = ما عدّته القاعة، مع المعترضين كما صوّتوا. اترك الحقلين فارغين إن لم تصل الدعوة إلى التصويت.
proposal-decision-form-for = مع
proposal-decision-form-against = ضد
proposal-decision-form-options = النصاب، حد الامتناع، قاعدة أخرى
proposal-decision-form-quorum = النصاب
proposal-decision-form-quorum-note = (المشاركون)
proposal-decision-form-limit = حد الامتناع
proposal-decision-form-limit-example = مثلًا 1/3
proposal-decision-form-other-rule = قاعدة أخرى
proposal-decision-form-other-rule-note = (إن قررت الجمعية ذلك)
proposal-decision-form-preview = معاينة النتيجة
proposal-decision-form-text = النص المعروض للقرار
proposal-decision-form-text-version = (الصيغة { $n })
proposal-decision-form-how = أدخل الأعداد، ثم { $button }: تطبّق النواة القاعدة، وتؤكّد أنت ما تعرضه.
proposal-decision-preview-heading = النتيجة، إن أُكّدت:
proposal-decision-preview-rule = القاعدة { $rule }
proposal-decision-preview-rule-other = القاعدة { $rule } (لا قاعدة الجمعية، { $assembly })
proposal-decision-counts = { $counted } — { $participants }
proposal-decision-preview-becomes = يصبح المقترح { $status }
proposal-decision-preview-stand-aside = امتناع:
proposal-decision-preview-block = اعتراض مانع:
proposal-decision-confirm = تأكيد وتسجيل: { $outcome }
proposal-decision-confirm-correction = تأكيد التصحيح: { $outcome }
proposal-decision-back = العودة إلى النموذج

## قرار مسجَّل

proposal-decision-record-label = القرار في { $item }
proposal-decision-record-at = في { $item }
proposal-decision-record-rule = القاعدة
proposal-decision-record-default-rule = (كانت قاعدة الجمعية { $rule })
proposal-decision-record-counts = الأعداد
proposal-decision-record-quorum = {"؛ "}النصاب { $n }
proposal-decision-record-limit = {"؛ "}حد الامتناع { $limit }
proposal-decision-record-wg-voices = أصوات اللجان
proposal-decision-record-stood-aside = امتنعوا
proposal-decision-record-blocked = اعترضوا اعتراضًا مانعًا
proposal-decision-record-text = النص المقرَّر
proposal-decision-record-version = الصيغة { $n }
proposal-decision-record-entered-by = سجّله
proposal-decision-record-entered = { $by }، { $at }
proposal-decision-record-disputed = مطعون فيه:
proposal-decision-dispute-form = وسم القرار بأنه مطعون فيه
proposal-decision-dispute-note = ما الخطأ (إلزامي)
proposal-decision-dispute-save = وسمه بأنه مطعون فيه
proposal-decision-dispute-cancel = إلغاء
proposal-decision-dispute-clear = إزالة وسم الطعن
proposal-decision-dispute-open = وسمه بأنه مطعون فيه…

## دعوة مجلس المندوبين

proposal-council-form-label = الدعوة إلى التوافق حسب اللجان
proposal-council-form-rule = القاعدة { $rule }، مطبّقة على أصوات اللجان: صوت واحد لكل لجنة، يدلي به مندوبها.
proposal-council-no-spokes = لم ترسل أي لجنة مندوبًا إلى هذا المجلس بعد.
proposal-council-voices = صوت كل لجنة
proposal-council-voice-none = لم يُدلَ بصوت
proposal-council-voice-stand-aside = امتناع
proposal-council-reason-label = سبب { $wg } (اختياري)
proposal-council-reason-label-block = سبب { $wg } (إلزامي للاعتراض المانع)
proposal-council-reason-optional = السبب (اختياري)
proposal-council-reason-required = السبب (إلزامي)
proposal-council-other-rule-note = (إن قرر المجلس ذلك)
proposal-council-preview-rule = القاعدة { $rule }؛ يصبح المقترح { $status }.

## الإرجاء والسحب والإعادة

proposal-move-ask = { $move }…
proposal-move-dialog-table = إرجاء المقترح
proposal-move-dialog-withdraw = سحب المقترح
proposal-move-dialog-send-back = إعادة المقترح إلى اللجنة
proposal-move-why = لماذا
proposal-move-why-required = (إلزامي: يُدوَّن في المحضر)
proposal-move-by = بقرار من
proposal-move-by-facilitator = التيسير
proposal-move-by-proposers = أصحاب المقترح
proposal-move-by-ga = الجمعية العامة
proposal-move-keep = إبقاؤه

## اللوحة

proposal-board-back-to-dashboard = → الرئيسية
proposal-board-heading = المقترحات
proposal-board-count-all = { $n } في المجموع
proposal-board-count-match = { $n } مطابقة
proposal-board-filters = تصفية المقترحات
proposal-board-filter-status = الحالة
proposal-board-any-status = أي حالة
proposal-board-filter-year = السنة
proposal-board-any-year = أي سنة
proposal-board-none-yet = لا مقترحات بعد.
proposal-board-none-match = لا مقترح مطابق.
proposal-board-col-reference = المرجع
proposal-board-col-title = العنوان
proposal-board-col-by = اللجنة / صاحب المقترح
proposal-board-col-outcome = آخر نتيجة
proposal-board-no-outcome = لا شيء بعد
proposal-board-pager-noun-draft = مسودات
proposal-board-pager-noun-submitted = مقترحات مقدَّمة
proposal-board-pager-noun-on-agenda = مقترحات على جدول أعمال
proposal-board-pager-noun-in-process = مقترحات قيد النظر
proposal-board-pager-noun-decided = مقترحات مقرَّرة
proposal-board-pager-noun-tabled = مقترحات مُرجأة
proposal-board-pager-noun-withdrawn = مقترحات مسحوبة
proposal-board-pager-noun-sent-back = مقترحات مُعادة
proposal-new-proposal-open = مقترح جديد
proposal-new-proposal-hide = إخفاء نموذج المقترح الجديد
proposal-new-proposal-title = العنوان
proposal-new-proposal-text = النص
proposal-new-proposal-text-hint = ما يُطلب من الجمعية العامة أن تقرّره. Ctrl+Enter يقدّمه.
proposal-new-proposal-wg = اللجنة
proposal-new-proposal-wg-none = — لا شيء —
proposal-new-proposal-by = صاحب المقترح
proposal-new-proposal-date = قُدّم في
proposal-new-proposal-date-note = (اختياري: يوم مضى)
proposal-new-proposal-date-hint = الفراغ يعني اليوم. مقترح من تاريخ الجمعية يأخذ سنة مرجعه من يومه هو.
proposal-new-proposal-draft = إبقاؤه مسودة (لم يُقدَّم إلى الجمعية بعد)
proposal-new-proposal-save-draft = حفظ المسودة
proposal-new-proposal-submit = تقديم المقترح
proposal-new-proposal-draft-saved = حُفظت المسودة:
proposal-new-proposal-submitted = قُدّم المقترح:
