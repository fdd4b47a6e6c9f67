# معاينة المحضر في التطبيق (ui/src/views/minutes).

## شريط الأدوات

minutes-view-back = {"→ "}
minutes-view-meeting = الجمعية
minutes-view-redact = إخفاء الأسماء
minutes-view-include-speakers = تضمين سجل المتحدثين
minutes-view-include-equity = تضمين عدالة وقت الكلام
minutes-view-export = تصدير
minutes-view-export-as = تصدير بصيغة { $format }
minutes-view-print = طباعة…
minutes-view-saving = جارٍ الحفظ…
minutes-view-saved-to = حُفظ في { $path }
minutes-view-saved-to-files = حُفظ في { $n } ملفات:
minutes-view-export-cancelled = أُلغي التصدير؛ لم يُحفظ شيء.
minutes-view-live = معاينة حية، حُدّثت في
minutes-view-as-of = معاينة بتاريخ
minutes-view-redacted = · الأسماء مخفية (في التصدير أيضًا)
minutes-view-with-speakers = · مع سجل المتحدثين
minutes-view-loading = جارٍ تحميل المحضر…

## الاعتماد

minutes-view-approve = اعتماد هذا المحضر
minutes-view-approve-hint = تعتمد المحضرَ جمعيةٌ عامة لاحقة أثناء انعقادها.
minutes-view-approved-by = اعتمدته
minutes-view-approve-option = { $reference } — { $date } (مفتوحة)
minutes-view-approve-none = لا جمعية مفتوحة الآن: افتح الجمعية التي تعتمده، ثم عد إلى هنا.
minutes-view-loading-meetings = جارٍ تحميل الجمعيات…
minutes-view-approved-result = اعتُمد محضر { $reference } في { $at }.
minutes-view-still-draft = ما زال محضر { $reference } مسودة.

## الوثيقة

minutes-view-in-progress = · الجمعية منعقدة
minutes-view-not-yet-held = · الجمعية لم تنعقد بعد
minutes-view-ga-number = — الجمعية العامة { $number }
minutes-view-status-draft = مسودة (لم يُعتمد بعد)
minutes-view-status-approved = اعتُمد في { $reference }
minutes-view-status-approved-on = اعتُمد في { $reference } يوم { $date }
minutes-view-spoke-from = (من { $at })
minutes-view-spoke-until = (حتى { $at })
minutes-view-consult = استراحة تشاور { $start }–{ $end }، طلبها { $name }، مندوب { $wg } ({ $minutes } دقيقة مطلوبة)
minutes-view-consult-during = استراحة تشاور { $start }–{ $end }، طلبها { $name }، مندوب { $wg } ({ $minutes } دقيقة مطلوبة)، أثناء { $item }
minutes-view-empty = جدول أعمال هذه الجمعية فارغ.
minutes-view-kind-process = إجراءات
minutes-view-kind-report-back = تقرير لجنة
minutes-view-kind-proposal = مقترح
minutes-view-kind-discussion = نقاش
minutes-view-kind-announcement = إعلانات
minutes-view-kind-soapbox = منبر حر
minutes-view-kind-other = أخرى
minutes-view-who = من:
minutes-view-speech = { $kind }، { $at }

## مقترح نُظر فيه

minutes-view-proposed-by = اقترحه
minutes-view-asked-by = (سأل { $name })
minutes-view-answer = الجواب:
minutes-view-answer-by = جواب { $name }:
minutes-view-not-answered = لم يُجب عنه.
minutes-view-raised-by = (طرحه { $name })
minutes-view-addressed = عولج
minutes-view-not-addressed = لم يُعالج
minutes-view-amendment = { $amendment }، اقترحه { $name } — { $result }. النص بعد التعديل:
minutes-view-amendment-n = التعديل { $n }
minutes-view-temperature = { $n ->
    [one] قياس المزاج
   *[other] قياسات المزاج
  }
minutes-view-not-binding = (غير ملزم)
minutes-view-temperature-line = موافق { $up } · متردد { $sideways } · معارض { $down }
minutes-view-rule = القاعدة:
minutes-view-rule-line = { $rule }.
minutes-view-rule-chosen = { $rule } — اختيرت لهذا القرار؛ قاعدة الجمعية المعتادة هي { $default }.
minutes-view-rule-consensus = التوافق
minutes-view-rule-majority = الأغلبية البسيطة
minutes-view-rule-modified = التوافق المعدّل بنسبة { $percent }
minutes-view-rule-supermajority = الأغلبية الموصوفة { $share }
minutes-view-counted = العدّ:
minutes-view-quorum-and-limit = النصاب والحد
minutes-view-quorum = النصاب
minutes-view-limit = حد الامتناع
minutes-view-entered-by = سجّله { $by }.
minutes-view-outcome = النتيجة:
minutes-view-outcome-consensus = توافق
minutes-view-outcome-passed = أُقرّ
minutes-view-outcome-blocked = اعتُرض عليه
minutes-view-outcome-failed = لم يُقرّ
minutes-view-outcome-tabled = أُرجئ
minutes-view-outcome-withdrawn = سُحب
minutes-view-outcome-sent-back = أُعيد إلى اللجنة
minutes-view-disputed = مطعون فيه.
minutes-view-text-as-decided = النص كما أُقرّ
