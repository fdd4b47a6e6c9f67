# سطر الأوامر (src-tauri/core/src/bin/plenary): رسائله و--help.

cli-error = خطأ: { $message }
cli-json-failed = تعذّرت كتابة JSON: { $reason }
cli-restored = استُعيدت { $name } ({ $code }) من { $file }
cli-restored-no-key = ملاحظة: مفتاح توقيع الجمعية ليس بجانب قاعدة البيانات هذه؛ انسخ ملف .key الخاص بها إلى هنا لتصدير الحزم

cli-wg-category = { $code ->
        [operational] تشغيلية
        [sectorial] قطاعية
        [strategy] استراتيجية
        [caucus] تكتّل
       *[other] { $code }
    }
cli-wg-status = { $code ->
        [forming] قيد التشكيل
        [active] نشطة
        [dormant] خاملة
        [dissolved] منحلّة
       *[other] { $code }
    }
cli-meeting-status = { $code ->
        [planned] مقرّرة
        [open] مفتوحة
        [closed] مغلقة
       *[other] { $code }
    }
cli-item-status = { $code ->
        [pending] لم يُطرح بعد
        [active] جارٍ
        [done] انتهى
        [tabled] أُرجئ
       *[other] { $code }
    }
cli-proposal-status = { $code ->
        [draft] مسودة
        [submitted] مقدَّم
        [on-agenda] على جدول أعمال
        [in-process] قيد النظر
        [decided] مقرَّر
        [tabled] مُرجأ
        [withdrawn] مسحوب
        [sent-back] مُعاد إلى اللجنة
       *[other] { $code }
    }
cli-entry-kind = { $code ->
        [process] نقطة نظام
        [information] نقطة معلومات
        [clarifying] سؤال توضيحي
        [direct-response] ردّ مباشر
        [speak] مداخلة
       *[other] { $code }
    }
cli-step = { $code ->
        [not-started] لم يبدأ
        [present] العرض
        [clarifying-questions] الأسئلة التوضيحية
        [concerns] التحفظات والتعديلات الودية
        [temperature-check] قياس المزاج
        [call-for-consensus] الدعوة إلى التوافق
        [vote] التصويت
        [outcome] النتيجة
       *[other] { $code }
    }
cli-amendment-status = { $code ->
        [pending] معلّق
        [accepted] مقبول
        [rejected] مرفوض
       *[other] { $code }
    }
cli-search-kind = { $code ->
        [wg] لجنة
        [report-back] تقرير
        [proposal] مقترح
        [decision] قرار
        [minutes] محضر
       *[other] { $code }
    }
cli-role = { $code ->
        [facilitator] التيسير
        [stack-keeper] قائمة المتحدثين
        [timekeeper] ضبط الوقت
        [minute-taker] كتابة المحضر
        [vibes-watcher] مراقبة الأجواء
       *[other] { $code }
    }

cli-col-assembly = الجمعية
cli-col-attendance = الحضور
cli-col-by = بواسطة
cli-col-category = الفئة
cli-col-code = الرمز
cli-col-date = التاريخ
cli-col-deleted = محذوفة
cli-col-end = النهاية
cli-col-file = الملف
cli-col-files = الملفات
cli-col-fingerprint = البصمة
cli-col-from = من
cli-col-ga = الجمعية
cli-col-gas = الجمعيات
cli-col-given-by = قدّمه
cli-col-id = المعرّف
cli-col-imported-utc = استُورد (UTC)
cli-col-item = البند
cli-col-kind = النوع
cli-col-list = القائمة
cli-col-meets = تجتمع
cli-col-name = الاسم
cli-col-new = جديدة
cli-col-of-people = من الأشخاص
cli-col-of-time = من الوقت
cli-col-overrun = التجاوز
cli-col-pauses = التوقفات
cli-col-people = الأشخاص
cli-col-place = المكان
cli-col-pronouns = الضمائر
cli-col-proposal = المقترح
cli-col-records = السجلات
cli-col-ref = المرجع
cli-col-refused = مرفوضة
cli-col-scope = النطاق
cli-col-share = الحصة
cli-col-since = منذ
cli-col-speeches = المداخلات
cli-col-spoke = تكلّم
cli-col-start = البداية
cli-col-status = الحالة
cli-col-summary = الملخص
cli-col-table = الجدول
cli-col-time = الوقت
cli-col-title = العنوان
cli-col-unchanged = دون تغيير
cli-col-updated = محدّثة
cli-col-wg = اللجنة
cli-col-why-here = لماذا هنا

cli-passphrase-ask = عبارة المرور لـ { $path }:{" "}
cli-passphrase-new = عبارة مرور جديدة (لا سبيل لاستعادتها إن ضاعت):{" "}
cli-passphrase-again = عبارة المرور الجديدة مرة أخرى:{" "}
cli-passphrase-no-terminal = قاعدة البيانات هذه مشفّرة ولا توجد طرفية تطلب عبارة مرورها: اضبط { $variable }
cli-passphrase-encrypted = قاعدة البيانات مشفّرة بعبارة المرور الجديدة؛ احفظها جيدًا: من دونها لا يستطيع أحد فتح السجل
cli-passphrase-decrypted = لم تعد قاعدة البيانات مشفّرة: يستطيع قراءتها كل من لديه الملف
cli-passphrase-backups-rekeyed = { $n ->
        [zero] لم تُعَد كتابة أي نسخة احتياطية تلقائية
        [one] أُعيدت كتابة نسخة احتياطية تلقائية واحدة لتطابق
        [two] أُعيدت كتابة نسختين احتياطيتين تلقائيتين لتطابقا
        [few] أُعيدت كتابة { $n } نسخ احتياطية تلقائية لتطابق
       *[other] أُعيدت كتابة { $n } نسخة احتياطية تلقائية لتطابق
    }
cli-passphrase-backups-deleted = { $n ->
        [zero] لم تُحذف أي نسخة احتياطية تلقائية
        [one] حُذفت نسخة احتياطية تلقائية واحدة مشفّرة بعبارة مرور أقدم
        [two] حُذفت نسختان احتياطيتان تلقائيتان مشفّرتان بعبارة مرور أقدم
        [few] حُذفت { $n } نسخ احتياطية تلقائية مشفّرة بعبارة مرور أقدم
       *[other] حُذفت { $n } نسخة احتياطية تلقائية مشفّرة بعبارة مرور أقدم
    }

cli-wg-heading = { $name } ({ $category }، { $status } منذ { $since }) — { $assembly }
cli-wg-proposal-count = { $status }: { $n }
cli-wg-proposals = المقترحات: { $counts }
cli-wg-proposals-none = المقترحات: لا شيء
cli-wg-report-backs = التقارير: { $n }
cli-wg-status-set = { $name } الآن { $status } (منذ { $since })

cli-person-forgotten = صار الاسم الآن { $placeholder }: تغيّر من سجلات هذه الجمعية { $records } (تنتقل في الحزمة القادمة)، وأُعيدت كتابة { $rows } من الصفوف المحلية، وحُذف { $backups } من النسخ الاحتياطية التلقائية.

cli-stack-name-the-entry = حدّد التسجيل بـ --entry ID، أو بـ --item و--name
cli-stack-undone = أُلغي: { $action }
cli-stack-undo-would = التراجع سيلغي: { $action }
cli-stack-heading = { $reference } — { $title } ({ $policy })
cli-stack-heading-closed = { $reference } — { $title } ({ $policy }، قائمة المتحدثين مغلقة)
cli-stack-speaker-for = { $name } عن { $wg }
cli-stack-floor = الكلمة لـ: { $speaker } ({ $kind }) منذ { $time }{ $paused ->
        [yes] ، متوقفة مؤقتًا
       *[no] {""}
    }
cli-stack-floor-of = الكلمة لـ: { $speaker } ({ $kind }) منذ { $time } من { $limit }{ $paused ->
        [yes] ، متوقفة مؤقتًا
       *[no] {""}
    }
cli-stack-floor-nobody = الكلمة لـ: لا أحد
cli-airtime-heading = { $reference }: عدد المداخلات { $speeches } من { $speakers } أشخاص، { $time } في المجموع؛ تكلّم { $first } لأول مرة
cli-airtime-gini = مؤشر جيني لوقت الكلام: { $gini } على { $n } أشخاص ({ $present })
cli-airtime-gini-none = مؤشر جيني لوقت الكلام: لا شيء (لم يتكلم أحد)
cli-airtime-first-time = أول مرة
cli-airtime-no-list = (لم تُختر قائمة)
cli-airtime-last-speakers = آخر المتحدثين، الأحدث أولًا: { $names }

cli-meeting-format = { $code ->
        [spokes-council] مجلس المندوبين
       *[other] الجمعية العامة
    }
cli-meeting-format-line = الشكل: { $format }
cli-meeting-spoke = { $name } مندوب/ة عن { $wg }
cli-meeting-spoke-line = { $wg }: { $name }
cli-meeting-spoke-until = { $wg }: { $name } (حتى { $until })
cli-meeting-consult-line = استراحة تشاور: { $wg } ({ $by })، { $minutes } د، { $start }–{ $end }
cli-meeting-consult-ended = انتهت استراحة التشاور لـ { $wg } عند { $time }
cli-meeting-consult-called = استراحة تشاور مدتها { $minutes } د لـ { $wg } ({ $by })
cli-meeting-heading = { $reference } — { $date } — { $place } ({ $status })
cli-meeting-policy-attendance = قائمة المتحدثين: { $policy }؛ الحضور: { $attendance }
cli-meeting-role = { $role }: { $name }
cli-meeting-role-from-until = { $role }: { $name } ({ $from }–{ $until })
cli-meeting-role-from = { $role }: { $name } (من { $from })
cli-meeting-role-until = { $role }: { $name } (حتى { $until })
cli-meeting-planned = المدة المقرّرة: { $minutes } د
cli-meeting-planned-from-to = المدة المقرّرة: { $minutes } د، { $start }–{ $end }{ $next_day ->
        [yes] {" "}(في اليوم التالي)
       *[no] {""}
    }
cli-meeting-corrected = صُحّح بعد الجمعية:
cli-meeting-correction = { $time } ({ $actor }): { $what }: { $before } ← { $after }
cli-meeting-corrected-none = (لا شيء)
cli-meeting-is-open = { $time ->
        [none] { $reference } مفتوحة
       *[other] { $reference } مفتوحة منذ { $time }
    }
cli-meeting-opened = { $time ->
        [none] افتُتحت { $reference }
       *[other] افتُتحت { $reference } عند { $time }
    }
cli-meeting-is-closed = { $time ->
        [none] { $reference } مغلقة
       *[other] أُغلقت { $reference } عند { $time }
    }
cli-meeting-starts-at = تبدأ { $reference } عند { $time }
cli-meeting-no-start = ليس لـ { $reference } وقت بداية
cli-meeting-attendance = { $reference }: الحضور { $attendance }
cli-meeting-attendance-none = { $reference }: الحضور غير مسجّل

cli-item-under-way = { $time ->
        [none] { $reference } جارٍ
       *[other] { $reference } جارٍ منذ { $time }
    }
cli-item-started = { $time ->
        [none] بدأ { $reference }
       *[other] بدأ { $reference } عند { $time }
    }
cli-item-done = { $time ->
        [none] انتهى { $reference }
       *[other] انتهى { $reference } عند { $time }
    }
cli-item-tabled = أُرجئ { $reference }
cli-report-back = تقرير: { $from }؛ قدّمه { $presenter }
cli-report-back-nobody = لا أحد بعد
cli-report-back-on-behalf-of = باسم { $who }
cli-announcement = الإعلان { $n }
cli-notes-would-blank = سيؤدي هذا إلى إفراغ ملاحظات هذا البند: إن كان هذا مقصودًا فاستخدم --clear
cli-notes-saved = { $reference }: حُفظت الملاحظات
cli-minutes-short = { $n } د

cli-proposal-no-decision = لم يُسجَّل أي قرار بشأن { $proposal } في الجمعية { $meeting }
cli-proposal-is = { $reference }: { $status }
cli-amendment-accepted = مقبول: النص الآن في نسخته { $version }
cli-proposal-step = { $step } (التالي: { $next })
cli-proposal-heading = { $reference } — { $title } ({ $status })
cli-proposal-by = قدّمه { $name }
cli-proposal-wg = اللجنة: { $wg }
cli-proposal-adopted-from = متبنّى من المقترح { $original } لجمعية أخرى
cli-proposal-version = النسخة { $n } من { $total }:
cli-proposal-amendments = التعديلات:
cli-proposal-amendment = [{ $reference }] { $status }، من { $by }، على النسخة { $version }: { $diff }
cli-proposal-hearing = { $item } ({ $date }، { $status }): { $step }
cli-proposal-hearing-outcome = { $item } ({ $date }، { $status }): { $step } — { $outcome }
cli-proposal-hearing-outcome-by = { $item } ({ $date }، { $status }): { $step } — { $outcome } من { $by }
cli-proposal-hearing-outcome-why = { $item } ({ $date }، { $status }): { $step } — { $outcome }: { $why }
cli-proposal-hearing-outcome-by-why = { $item } ({ $date }، { $status }): { $step } — { $outcome } من { $by }: { $why }
cli-proposal-no-questions = لم تُطرح أسئلة توضيحية
cli-proposal-no-concerns = لم تُبدَ تحفظات ولم تُقترح تعديلات ودية
cli-proposal-question = سؤال [{ $reference }] ({ $by }): { $question }
cli-proposal-answer = الجواب: { $answer }
cli-proposal-concern = تحفظ [{ $reference }] ({ $by }، { $addressed ->
        [yes] عولج
       *[no] مفتوح
    }): { $concern }
cli-proposal-temperature = المزاج: { $up } لأعلى، { $sideways } جانبًا، { $down } لأسفل
cli-proposal-decision = قرار وفق { $rule }: { $explanation }
cli-proposal-stance = { $stance }: { $name }
cli-proposal-stance-why = { $stance }: { $name }: { $why }
cli-proposal-disputed = مطعون فيه: { $note }

cli-scope-all = الجمعية كلها
cli-scope-meetings = { $n ->
        [zero] لا جمعيات مختارة
        [one] جمعية واحدة مختارة
        [two] جمعيتان مختارتان
        [few] { $n } جمعيات مختارة
       *[other] { $n } جمعية مختارة
    }
cli-scope-since = التغييرات منذ { $date }
cli-bundle-exported = { $file }: السجلات { $records }، المحذوفات { $deletions }، المحاضر { $minutes } ({ $scope })، { $bytes } بايت
cli-bundle-sealed-for = مختوم لـ { $names }: هي وحدها تستطيع فتحه
cli-bundle-import-undone = أُلغي: استيراد { $file } من { $assembly } (أُزيل من السجلات { $removed }، وأُعيد { $restored } كما كان)
cli-bundle-passed-on = { $file }: حزمة { $assembly } المصنوعة في { $made }، دون تغيير
cli-bundle-not-received-id = { $id } ليس معرّف حزمة مستلمة (يسردها `plenary bundle received`)
cli-inspect-file = الملف:          { $file } ({ $bytes } بايت)
cli-inspect-sealed-for = مختوم لـ:       { $names }
cli-inspect-sealed-not-us = {"                "}هذه الجمعية ليست منها: هي وحدها تستطيع فتحه
cli-inspect-sealed-opened = مختوم لـ:       { $names }؛ فُتح بمفتاح هذه الجمعية
cli-inspect-from = من:             { $name } ({ $code })، الجمعية { $id }
cli-inspect-fingerprint = البصمة:         { $fingerprint }
cli-inspect-key-new = المفتاح:        جديد: غير معروف هنا؛ الاستيراد يثبّته
cli-inspect-key-known = المفتاح:        معروف: المفتاح المثبّت هنا
cli-inspect-key-mismatch = المفتاح:        غير مطابق: هذه الجمعية معروفة هنا بمفتاح آخر ({ $pinned })
cli-inspect-key-own = المفتاح:        مفتاح هذه الجمعية نفسها
cli-inspect-made = صُنع:           { $made } بواسطة { $generator }
cli-inspect-scope = النطاق:         { $scope }
cli-inspect-scope-meetings = النطاق:         { $scope } ({ $meetings })
cli-inspect-already-imported = الاستيراد:      سبق، في { $at }
cli-inspect-verifies = التحقق:         نعم
cli-inspect-does-not-verify = التحقق:         لا: { $problem }
cli-inspect-importable = قابل للاستيراد: نعم، هنا
cli-inspect-not-importable = قابل للاستيراد: لا، ليس هنا: { $problem }
cli-inspect-would-refuse = مرفوض:          سيُرفض هنا من السجلات { $n } (يقول `bundle import --dry-run` أيها ولماذا)
cli-inspect-deletions = (المحذوفات)
cli-inspect-minutes = (المحاضر)
cli-import-totals = { $dry_run ->
        [yes] سيُستورد
       *[no] استُورد
    } { $file } من { $assembly } ({ $code }): جديدة { $new }، محدّثة { $updated }، دون تغيير { $unchanged }، مرفوضة { $refused }، محذوفة { $deleted }
cli-import-key-pinned = { $dry_run ->
        [yes] سيُثبَّت
       *[no] ثُبّت
    } مفتاح { $assembly } ({ $code })، البصمة { $fingerprint }
cli-import-already = استُورد هذا الملف في { $at }: لا شيء يتغيّر
cli-import-refused = رُفض { $record } { $id }: { $reason }
cli-import-more-refused = … ورُفض غيرها: { $n }
cli-import-undo-hint = لإلغاء هذا الاستيراد كاملًا: plenary bundle undo-import { $id }

cli-fed-no-folders = لا توجد مجلدات اتحاد بعد: اخترها بـ `plenary federation folders --inbox DIR --outbox DIR`
cli-fed-watching = مراقبة { $inbox } (Ctrl+C للإيقاف)
cli-fed-stopped = توقفت
cli-fed-outbox-note = الصادر: { $note }
cli-fed-inbox-read = الوارد: قُرئ من الملفات { $read }، ودون تغيير منذ آخر مرة { $unchanged }
cli-fed-waiting-file = بانتظار الموافقة: { $file } من { $assembly } ({ $code })، بصمة المفتاح { $fingerprint }
cli-fed-left-alone-file = تُرك جانبًا: { $file }: { $note }
cli-fed-own-skipped = تُخطّي من حزم هذه الجمعية نفسها: { $n }
cli-fed-relayed = مُرّر إلى الصادر: { $file }
cli-fed-status-inbox = الوارد:          { $dir }
cli-fed-status-outbox = الصادر:          { $dir }
cli-fed-status-last-sync = آخر مزامنة:      { $at }
cli-fed-status-last-outbox = آخر صادر:        { $file }
cli-fed-outbox-file = { $file } (السجلات { $records }، { $at })
cli-fed-status-imported = المستورد:        عدد الملفات { $files }؛ المُمرَّر: { $relayed }
cli-fed-status-waiting = بانتظار الموافقة (تحقّق من البصمة مع تلك الجمعية، ثم `plenary federation approve FINGERPRINT`):
cli-fed-status-left-alone = متروكة جانبًا (يُعاد المحاولة حين يتغيّر الملف):

cli-room-not-a-ui = { $dir } ليس بناءً لواجهة التطبيق (لا يوجد index.html): ابنِه بـ npm --prefix ui run build
cli-room-cannot-start = تعذّر تشغيل خادم القاعة
cli-room-open = قاعة { $reference } مفتوحة على { $address }
cli-room-team = تقترن أجهزة الفريق على { $address }
cli-room-keys = اضغط Enter لرموز اقتران جديدة، وCtrl+C لإغلاق القاعة.
cli-room-closed = القاعة مغلقة.
cli-room-meeting-closed = أُغلقت { $reference }: القاعة مغلقة.
cli-room-role = { $code ->
        [participant] مشارك/ة
        [stack-keeper] قائمة المتحدثين
        [minute-taker] كتابة المحضر
       *[other] { $code }
    }
cli-room-code = رمز الاقتران لـ { $role }: { $code } (مرة واحدة، خلال { $minutes } دقائق)

cli-search-none = لا نتائج
cli-search-hits = النتائج { $first }–{ $last } من { $total }
cli-search-hits-more-than = النتائج { $first }–{ $last } من أكثر من { $total }

cli-minutes-approved = اعتُمد
cli-cannot-write = تعذّرت كتابة { $path }

cli-help-arg-json = اكتب JSON (للسكربتات) بدل النص
cli-help-arg-meeting = الجمعية: الرقم (39) أو المرجع (LDN-GA-39) أو المعرّف
cli-help-arg-item = مرجع بند جدول الأعمال (39.3، LDN-GA-39.3) أو المعرّف
cli-help-arg-proposal = المقترح: المرجع (LDN-P-2026-034) أو المعرّف
cli-help-arg-hearing = الجمعية التي يُناقَش فيها المقترح (يجب أن يكون على جدول أعمالها)
cli-clap-help-flag = اعرض المساعدة
cli-clap-version-flag = اعرض الإصدار
cli-clap-help-command = اعرض هذه الرسالة أو مساعدة الأوامر الفرعية المعطاة
cli-clap-help-command-subcommand = الأمر الفرعي المطلوب عرض مساعدته
cli-clap-usage = الاستخدام:
cli-clap-commands = الأوامر:
cli-clap-arguments = الوسائط:
cli-clap-options = الخيارات:
cli-clap-unknown-subcommand = أمر فرعي غير معروف: «{ $name }»
cli-clap-suggest-subcommand = تلميح: يوجد أمر فرعي مشابه: «{ $name }»
cli-clap-unknown-argument = وسيط غير متوقع: «{ $name }»
cli-clap-suggest-argument = تلميح: يوجد وسيط مشابه: «{ $name }»
cli-clap-missing-arguments = لم تُعطَ الوسائط المطلوبة التالية:
cli-clap-invalid-value = قيمة غير صالحة «{ $value }» للوسيط «{ $arg }»
cli-clap-missing-value = يحتاج «{ $arg }» إلى قيمة، ولم تُعطَ أي قيمة
cli-clap-possible-values = القيم الممكنة: { $values }
cli-clap-missing-subcommand = يحتاج الأمر «{ $name }» إلى أمر فرعي، ولم يُعطَ أي أمر فرعي
cli-clap-subcommands = الأوامر الفرعية: { $values }
cli-clap-used-twice = لا يمكن استعمال الوسيط «{ $arg }» أكثر من مرة
cli-clap-conflict = لا يمكن استعمال الوسيط «{ $arg }» مع «{ $other }»
cli-clap-conflict-many = لا يمكن استعمال الوسيط «{ $arg }» مع:
cli-clap-conflict-others = لا يمكن استعمال الوسيط «{ $arg }» مع وسيط أو أكثر من الوسائط الأخرى المعطاة
cli-clap-invalid-value-because = قيمة غير صالحة «{ $value }» للوسيط «{ $arg }»: { $reason }
cli-clap-number-empty = ليست عددًا: القيمة فارغة
cli-clap-number-invalid-digit = ليست عددًا صحيحًا: فيها محارف ليست أرقامًا
cli-clap-number-too-large = العدد أكبر مما ينبغي
cli-clap-number-too-small = العدد أصغر مما ينبغي
cli-clap-number-zero = لا يمكن أن يكون العدد صفرًا
cli-clap-not-in-range = { $value } ليس ضمن { $range }
cli-clap-invalid-utf8 = وُجد UTF-8 غير صالح في وسيط أو أكثر
cli-clap-more = لمزيد من المعلومات، جرّب «{ $flag }».

cli-help = إدارة الجمعيات العامة: اللجان، الجمعيات، جداول الأعمال، قوائم المتحدثين، المقترحات، المحاضر، الحزم.
cli-help-db = ملف قاعدة البيانات (الافتراضي: مجلد بيانات النظام)
cli-help-lang = اللغة التي يتكلم بها Plenary (رسائله، هذه المساعدة، المحاضر): en أو es أو fr أو de أو pt أو el أو ar. ما كُتب في السجل يبقى كما كُتب. الافتراضي: LC_ALL أو LC_MESSAGES أو LANG، وإلا فالإنجليزية
cli-help-init = أنشئ جمعية هذا التثبيت ومفتاح توقيعها
cli-help-init-name = اسم الجمعية («الجمعية العامة لميدان التحرير»)
cli-help-init-code = رمز قصير يُستخدم في المراجع (LDN-GA-39)، من 2 إلى 8 حروف أو أرقام
cli-help-init-rule = قاعدة القرار الافتراضية: consensus أو modified:P أو supermajority:A/B أو majority
cli-help-demo = املأ قاعدة بيانات فارغة بجمعية نموذجية واقعية

cli-help-assembly = جمعية هذا التثبيت: اعرضها، وحدّد لغة المحاضر التي تشاركها
cli-help-assembly-show = اعرض الجمعية: الاسم والرمز وقاعدة القرار الافتراضية ولغة محاضرها المشتركة
cli-help-assembly-show-json = { cli-help-arg-json }
cli-help-assembly-minutes-lang = حدّد لغة المحاضر التي تشاركها الجمعية في حزمها (تحتفظ الحزم المكتوبة سابقًا بلغتها؛ وتبقى السجلات كما كُتبت)
cli-help-assembly-minutes-lang-minutes-lang = en أو es أو fr أو de أو pt أو el أو ar
cli-assembly-shown = { $name } ({ $code })
cli-assembly-rule = القاعدة الافتراضية: { $rule }
cli-assembly-minutes-lang = المحاضر المشتركة: { $language } ({ $code })
cli-assembly-minutes-lang-set = { $name }: تُشارَك المحاضر بلغة { $language } ({ $code })
cli-help-wg = اللجان
cli-help-wg-add = أنشئ لجنة؛ يكتب معرّفها
cli-help-wg-add-name = اسم اللجنة
cli-help-wg-add-category = operational أو sectorial أو strategy أو caucus
cli-help-wg-add-description = ما تقوم به اللجنة
cli-help-wg-add-status = forming (الافتراضي) أو active أو dormant أو dissolved
cli-help-wg-add-contact = كيف يُتواصل معها (بريد إلكتروني، هاتف، مكان)
cli-help-wg-add-schedule = متى وأين تجتمع («الثلاثاء 18:00، في المكتبة»)
cli-help-wg-list = اسرد اللجان (المحلية والمستوردة)
cli-help-wg-show = لجنة واحدة: تاريخ حالتها، ومقترحاتها معدودة حسب الحالة، وكل تقرير قدّمته، الأحدث أولًا (ما تعرضه صفحتها في التطبيق)
cli-help-wg-show-wg = الاسم أو المعرّف
cli-help-wg-status = غيّر حالة لجنة (التغيير مؤرّخ)
cli-help-wg-status-wg = الاسم أو المعرّف
cli-help-wg-status-set = forming أو active أو dormant أو dissolved
cli-help-wg-status-on = تاريخ التغيير، YYYY-MM-DD (الافتراضي اليوم)
cli-help-wg-status-note = ملاحظة عن التغيير (لماذا)
cli-help-meeting = الجمعيات
cli-help-meeting-new = خطّط لجمعية جديدة؛ يكتب مرجعها (TST-GA-3). تُرقَّم بعد الأخيرة
cli-help-meeting-new-date = YYYY-MM-DD
cli-help-meeting-new-place = مكان انعقاد الجمعية
cli-help-meeting-new-policy = progressive (الافتراضي) أو fifo
cli-help-meeting-new-number = رقم الجمعية (الافتراضي: واحد أكثر من الأخيرة)
cli-help-meeting-new-time = البداية المقرّرة، HH:MM (نظام 24 ساعة، بالتوقيت المحلي)
cli-help-meeting-new-format = general-assembly (الافتراضي) أو spokes-council: مندوب/ة واحد/ة لكل لجنة، المندوبون وحدهم يدخلون قائمة المتحدثين، صوت واحد لكل لجنة في القرارات
cli-help-meeting-spoke = اجعل NAME مندوب/ة اللجنة WG في مجلس المندوبين هذا (تُنشأ إن كانت جديدة). المندوب/ة الجديد/ة للجنة يُنهي دور السابق/ة؛ ويبقى الاثنان في السجل
cli-help-meeting-spoke-wg = اللجنة (الاسم أو المعرّف)
cli-help-meeting-spoke-name = اسم المندوب/ة
cli-help-meeting-spokes = اسرد مندوبي مجلس المندوبين واستراحات التشاور
cli-help-meeting-consult = يطلب مندوب/ة استراحة تشاور مدتها N دقيقة (1–30) لتتحاور المجموعات فيما بينها؛ `--end` ينهي الاستراحة الجارية
cli-help-meeting-consult-by = المندوب/ة الذي يطلبها
cli-help-meeting-consult-minutes = مدة الاستراحة بالدقائق (1–30)
cli-help-meeting-consult-end = أنهِ استراحة التشاور الجارية
cli-help-meeting-list = اسرد جمعيات هذه الجمعية، الأحدث أولًا
cli-help-meeting-list-imported = وكذلك جمعيات الجمعيات المستوردة من الحزم (بعد جمعياتنا، حسب رمز الجمعية)
cli-help-meeting-show = اعرض جمعية: الأدوار وجدول الأعمال
cli-help-meeting-open = افتتح جمعية مقرّرة. من دون --at يكون الوقت وقت الساعة لجمعية تُعقد اليوم، وغير معروف في غير ذلك؛ ومع --at على جمعية مغلقة، تصحيح
cli-help-meeting-open-at = وقت الافتتاح، HH:MM (محلي، في تاريخ الجمعية)
cli-help-meeting-close = أغلق جمعية مفتوحة؛ بعدها يقبل سجلها التصحيحات حتى يُعتمد محضرها
cli-help-meeting-close-at = وقت الإغلاق، HH:MM (محلي؛ ما بعد منتصف الليل يُحسب لليوم التالي)
cli-help-meeting-role = أسند دورًا لشخص: facilitator أو stack-keeper أو timekeeper أو minute-taker أو vibes-watcher أو أي كلمة خاصة بكم (قراءة القائمة، البث المباشر، …). تسليم: --until HH:MM لمن تنحّى، و--from HH:MM لمن تولّى؛ إعادة تشغيله لمن يشغل الدور أصلًا تغيّر الأوقات المعطاة فقط
cli-help-meeting-role-role = الدور: facilitator أو stack-keeper أو timekeeper أو minute-taker أو vibes-watcher أو كلمة خاصة بكم
cli-help-meeting-role-name = من يشغله
cli-help-meeting-role-from = من هذا الوقت من الجمعية (HH:MM؛ "" يمحوه)
cli-help-meeting-role-until = حتى هذا الوقت (HH:MM؛ "" يمحوه)
cli-help-meeting-time = اضبط وقت البداية المقرّر، HH:MM (نظام 24 ساعة، بالتوقيت المحلي)؛ "" يمحوه
cli-help-meeting-time-time = وقت البداية، HH:MM ("" يمحوه)
cli-help-meeting-policy = اضبط قاعدة قائمة المتحدثين للجمعية (ga-process.md، "Fair floor"): fifo|progressive [,first-time-first] [,alternate:LIST|LIST…] [,cap:N] [,no-repeat]. يكتب القاعدة السارية. التراجع في قائمة متحدثي البند (--item، وإلا البند الجاري) يلغيها
cli-help-meeting-policy-set = القاعدة: fifo|progressive [,first-time-first] [,alternate:LIST|LIST…] [,cap:N] [,no-repeat]
cli-help-meeting-policy-reason = لماذا غيّرها فريق التيسير (يذكره المحضر)
cli-help-meeting-policy-item = البند الذي غُيّرت في قائمة متحدثيه (الافتراضي: البند الجاري، إن وُجد)
cli-help-meeting-attendance = سجّل عدد الحضور: عدد (55) أو مدى (50-60) أو عدد تقريبي (~50)؛ "" يمحوه
cli-help-meeting-attendance-count = 55 أو 50-60 أو ~50 ("" يمحوه)
cli-help-agenda = بنود جدول أعمال جمعية
cli-help-agenda-add = أضف بندًا في آخر جدول أعمال جمعية؛ يكتب مرجعه (TST-GA-3.2)
cli-help-agenda-add-kind = process أو report-back أو proposal أو discussion أو announcement أو soapbox أو other
cli-help-agenda-add-title = عنوان البند
cli-help-agenda-add-minutes = الوقت المخصّص بالدقائق
cli-help-agenda-add-wg = اللجنة التي تقدّم تقريرها (الاسم أو المعرّف)
cli-help-agenda-add-proposal = المقترح المطروح للنقاش (المرجع أو المعرّف)
cli-help-agenda-prepare = املأ جدول أعمال فارغًا بالترتيب المعتاد: الترحيب، التقارير، المقترحات، الإعلانات، المنبر الحر، الختام
cli-help-agenda-prepare-report-backs = لجنة تقدّم تقريرها (قابل للتكرار، بالترتيب)
cli-help-agenda-prepare-proposals = مقترح مطروح للنقاش (قابل للتكرار، بالترتيب)
cli-help-agenda-list = اسرد جدول أعمال جمعية
cli-help-agenda-move = انقل بندًا إلى موضع آخر (1 = الأول)
cli-help-agenda-move-to = الموضع الجديد (1 = الأول)
cli-help-agenda-start = اطرح بندًا: يصبح البند الجاري (يجب أن تكون الجمعية مفتوحة). ومع --at على بند طُرح من قبل (أو في جمعية مغلقة)، يضبط وقت بدايته
cli-help-agenda-start-at = وقت طرحه، HH:MM (محلي؛ من دونه: وقت الساعة لجمعية تُعقد اليوم، وغير معروف في غير ذلك)
cli-help-agenda-finish = أنهِ البند الجاري. ومع --at على بند منتهٍ، يضبط وقت نهايته
cli-help-agenda-finish-at = وقت انتهائه، HH:MM (محلي)
cli-help-agenda-table = أرجئ بندًا لم يُطرح بعد أو البند الجاري
cli-help-agenda-table-reason = لماذا؛ إلزامي حين يُرجأ مقترح البند معه (يذكره المحضر)
cli-help-agenda-report-back = سجّل تقريرًا في بنده، من لجنة أو باسم أحد. إعادة تشغيله تغيّر الحقول المعطاة فقط؛ وإفراغ حقل فيه نص يتطلب --clear
cli-help-agenda-report-back-wg = اللجنة التي تقدّم تقريرها (الاسم أو المعرّف)
cli-help-agenda-report-back-on-behalf-of = باسم من يُقدَّم («تنسيقية الإسكندرية»)، بدل لجنة
cli-help-agenda-report-back-presenter = من قدّمه
cli-help-agenda-report-back-summary = ما أبلغت به اللجنة
cli-help-agenda-report-back-asks = ما تطلبه من الجمعية
cli-help-agenda-report-back-announcements = إعلاناتها
cli-help-agenda-report-back-clear = أفرغ حقلًا: presenter أو summary أو asks أو announcements أو on-behalf-of (قابل للتكرار)
cli-help-agenda-announce = سجّل إعلانًا أُلقي في بند إعلانات
cli-help-agenda-announce-by = من ألقاه
cli-help-agenda-announce-on-behalf-of = باسم من («تنسيقية الإسكندرية»)
cli-help-agenda-announce-text = الإعلان
cli-help-agenda-notes = اضبط ملاحظات المحضر لبند (تحلّ محلها؛ "" يتطلب --clear)
cli-help-agenda-notes-text = الملاحظات
cli-help-agenda-notes-clear = أفرغ الملاحظات
cli-help-person = الأشخاص: السرد، إعادة التسمية، الدمج
cli-help-person-list = أشخاص هذه الجمعية، مع عدد السجلات والجمعيات التي تذكرهم
cli-help-person-rename = أعد تسمية شخص؛ يتبعه كل سجل يذكره
cli-help-person-rename-person = الشخص (الاسم أو المعرّف)
cli-help-person-rename-to = الاسم الجديد
cli-help-person-merge = ادمج اسمين لشخص واحد: كل سجل لـ P يذكر Q بدلًا منه، ويُزال P
cli-help-person-merge-person = الشخص الذي يذوب في الدمج (الاسم أو المعرّف)
cli-help-person-merge-into = الشخص الذي يبقى (الاسم أو المعرّف)
cli-help-person-forget = انسَ شخصًا بناءً على طلبه: يصبح اسمه «مشارك/ة N» في كل سجل هذه الجمعية (النص الحر، سجل المداخلات، اليومية)؛ وتُحذف النسخ الاحتياطية التلقائية ويُضغط الملف لتزول بايتات الاسم. ينتقل ذلك في الحزمة القادمة
cli-help-person-forget-person = الشخص (الاسم أو المعرّف)
cli-help-proposal = المقترحات
cli-help-proposal-new = قدّم مقترحًا (أو احفظ مسودة بـ --draft)؛ يكتب مرجعه (TST-P-2026-001)
cli-help-proposal-new-title = عنوان المقترح
cli-help-proposal-new-text = نص المقترح
cli-help-proposal-new-wg = اللجنة المقترِحة (الاسم أو المعرّف)
cli-help-proposal-new-by = اسم صاحب/ة المقترح
cli-help-proposal-new-date = يوم تقديمه، YYYY-MM-DD (مقترح قديم: يأخذ مرجعه تلك السنة)
cli-help-proposal-new-draft = أبقِه مسودة (قدّمه لاحقًا بـ `proposal submit`)
cli-help-proposal-submit = قدّم مسودة
cli-help-proposal-list = اسرد المقترحات، الأحدث أولًا
cli-help-proposal-list-status = فقط ما له هذه الحالة
cli-help-proposal-adopt = تبنَّ مقترح جمعية أخرى مقترحًا لهذه الجمعية؛ يكتب مرجع المقترح الجديد (BRS-P-2026-001)
cli-help-proposal-adopt-proposal = المرجع (NYC-P-2026-003) أو المعرّف
cli-help-proposal-show = اعرض مقترحًا مع نسخه وتعديلاته ومناقشاته وقراراته
cli-help-proposal-show-proposal = المرجع (LDN-P-2026-034) أو المعرّف
cli-help-proposal-amend = سجّل تعديلًا وديًا (النص كله بعد التعديل) وجواب أصحاب المقترح؛ يكتب مرجعه القصير (مع --json: التعديل ومعرّفه و`short_ref`). التعديل المقبول يصنع نسخة جديدة من النص
cli-help-proposal-amend-text = نص المقترح بعد التعديل
cli-help-proposal-amend-by = من اقترحه
cli-help-proposal-amend-meeting = الجمعية التي اقتُرح فيها (يجب أن يكون المقترح على جدول أعمالها)
cli-help-proposal-amend-accepted = قبله أصحاب المقترح
cli-help-proposal-amend-rejected = رفضه أصحاب المقترح
cli-help-proposal-amendment = أجب عن تعديل بقي معلّقًا (مع --correct: صحّح الجواب المسجّل؛ بعد إغلاق جمعيته، يُحفظ تصحيحًا)
cli-help-proposal-amendment-amendment = المرجع القصير للتعديل (يكتبه `proposal show`) أو معرّفه
cli-help-proposal-amendment-correct = صحّح الجواب المسجّل من قبل
cli-help-proposal-diff = قارن نسختين من النص كلمة كلمة ([-محذوف-]{"{"}+مضاف+{"}"})
cli-help-proposal-diff-from = الافتراضي: النسخة التي قبل --to
cli-help-proposal-diff-to = الافتراضي: النسخة الحالية
cli-help-proposal-step = انقل مناقشة إلى خطوة من العملية؛ يكتب الخطوة وإلى أين يمكن أن تمضي بعدها
cli-help-proposal-step-to = present أو clarifying-questions أو concerns أو temperature-check أو call-for-consensus أو vote
cli-help-proposal-step-none = لم يُطرح شيء في الخطوة التي تغادرها المناقشة (لا سؤال توضيحي؛ لا تحفظ ولا تعديل): مغادرة خطوة كهذه تتطلب قول ذلك
cli-help-proposal-question = سجّل سؤالًا توضيحيًا في مناقشة؛ يكتب مرجعه القصير الذي يأخذه `proposal answer` (مع --json: السؤال ومعرّفه و`short_ref`)
cli-help-proposal-question-text = السؤال
cli-help-proposal-question-by = من سأله
cli-help-proposal-answer = سجّل الجواب عن سؤال توضيحي
cli-help-proposal-answer-question = المرجع القصير للسؤال (يكتبه `proposal show`) أو معرّفه
cli-help-proposal-answer-text = الجواب
cli-help-proposal-answer-by = من أجاب (الافتراضي: أصحاب المقترح)
cli-help-proposal-concern = سجّل تحفظًا في مناقشة؛ يكتب مرجعه القصير الذي يأخذه `proposal address` (مع --json: التحفظ ومعرّفه و`short_ref`)
cli-help-proposal-concern-text = التحفظ
cli-help-proposal-concern-by = من أبداه
cli-help-proposal-address = علّم تحفظًا بأنه عولج (أو، مع --not، بأنه لم يُعالج)
cli-help-proposal-address-concern = المرجع القصير للتحفظ (يكتبه `proposal show`) أو معرّفه
cli-help-proposal-address-response = كيف عولج
cli-help-proposal-address-not = لم يُعالج
cli-help-proposal-temperature = سجّل قياس مزاج (أيادٍ لأعلى / جانبًا / لأسفل)؛ يكتب معرّفه
cli-help-proposal-temperature-up = كم يدًا لأعلى (موافقة)
cli-help-proposal-temperature-sideways = كم يدًا جانبًا (تردّد)
cli-help-proposal-temperature-down = كم يدًا لأسفل (رفض)
cli-help-proposal-temperature-note = ملاحظة للمحضر
cli-help-proposal-decide = سجّل القرار في جمعية؛ يكتب كلمة النتيجة. ومع --correct، يحلّ محل القرار المسجّل هناك (بعد إغلاق الجمعية: يُحفظ تصحيحًا)
cli-help-proposal-decide-rule = consensus أو modified:P أو supermajority:A/B أو majority (الافتراضي: قاعدة الجمعية)
cli-help-proposal-decide-support = التصويت: مع (في التوافق، عدد الموافقين)
cli-help-proposal-decide-against = التصويت: ضد، ومعهم أصحاب الاعتراض المانع كما صوّتوا (ليس في التوافق)
cli-help-proposal-decide-stand-asides = العدد الكلي للممتنعين (الافتراضي: عدد المسمَّين)
cli-help-proposal-decide-stand-aside = امتناع مسمّى، NAME أو NAME:REASON (قابل للتكرار)
cli-help-proposal-decide-blocks = العدد الكلي للاعتراضات المانعة، مسمّاة أو معدودة فقط («9 اعتراضات مانعة»؛ الافتراضي: عدد المسمّاة)
cli-help-proposal-decide-block = اعتراض مانع مسمّى، NAME:REASON (قابل للتكرار؛ السبب إلزامي)
cli-help-proposal-decide-quorum = الحد الأدنى لعدد المشاركين
cli-help-proposal-decide-stand-aside-limit = A/B: يُرجأ حين يمتنع على الأقل هذا القدر من المشاركين
cli-help-proposal-decide-wg = في مجلس المندوبين، صوت لجنة (قابل للتكرار، صوت لكل لجنة): WG:for|against|stand-aside|block[:REASON] (الاعتراض المانع يحتاج سببه)
cli-help-proposal-decide-correct = صحّح القرار المسجّل من قبل في هذه الجمعية (الأعداد كما كانت)
cli-help-proposal-preview = احسب نتيجة دون تسجيل شيء؛ يكتب كلمة النتيجة وسببها
cli-help-proposal-dispute = علّم القرار المتخذ في جمعية بأنه مطعون فيه (أو أزل العلامة بـ --clear)
cli-help-proposal-dispute-note = ما الذي حدث خطأ (إلزامي إلا مع --clear)
cli-help-proposal-dispute-clear = أزل العلامة
cli-help-proposal-withdraw = يسحب أصحاب المقترح مقترحهم (في مناقشة جمعية مع --meeting)
cli-help-proposal-withdraw-meeting = الجمعية التي تنتهي مناقشتها بذلك (يجب أن يكون المقترح على جدول أعمالها)
cli-help-proposal-withdraw-reason = لماذا («بعد 9 اعتراضات مانعة، سيعود مع حلقة توعية»)؛ إلزامي
cli-help-proposal-withdraw-by = من («أصحاب المقترح»، «التيسير»)؛ الافتراضي: أصحاب المقترح في السحب، والجمعية في غيره
cli-help-proposal-send-back = أعد المقترح إلى لجنته لإعادة صياغته
cli-help-proposal-table = أرجئ المقترح؛ يمكن البتّ فيه في جمعية لاحقة
cli-help-minutes = محضر جمعية، مولَّد من سجلها
cli-help-minutes-meeting = رقم الجمعية (3) أو المرجع (RIV-GA-3) أو المعرّف
cli-help-minutes-format = md أو html أو csv. محضر CSV ثلاثة ملفات: FILE (القرارات) وFILE-speakers (سجل المداخلات) وFILE-agenda؛ من دون -o تذهب القرارات إلى المخرج القياسي
cli-help-minutes-redact-names = استبدل أسماء الأشخاص بـ «مشارك/ة 1»، «مشارك/ة 2»، …
cli-help-minutes-speakers = أدرج سجل المداخلات لكل بند (دائمًا في CSV)
cli-help-minutes-equity = أضف توزيع وقت الكلام في الجمعية (جيني، القوائم الفرعية، حصة كل متحدث؛ مجاميع فقط مع --redact-names). ليس في CSV (جدول المتحدثين فيه يحوي السجل)
cli-help-minutes-output = اكتب في هذا الملف بدل المخرج القياسي
cli-help-minutes-approve-in = سجّل أن الجمعية المفتوحة MEETING اعتمدت هذا المحضر (بدل كتابته)
cli-help-stack = قائمة متحدثي بند من جدول الأعمال
cli-help-stack-add = أضف شخصًا إلى قائمة متحدثي بند (يُنشأ إن كان جديدًا)؛ يكتب معرّف التسجيل
cli-help-stack-add-name = اسم الشخص
cli-help-stack-add-kind = process أو information أو clarifying أو direct-response أو speak
cli-help-stack-add-prioritize = يمنح مدير/ة القائمة هذا التسجيل أولوية (قائمة تقدمية)
cli-help-stack-add-list = القائمة الفرعية التي اختارها الشخص لهذه الجمعية (قوائم متناوبة)
cli-help-stack-next = أنهِ المداخلة الجارية وأعطِ الكلمة للتالي؛ يكتب من صارت له الكلمة (أو لا شيء)
cli-help-stack-show = اعرض من له الكلمة ومن ينتظر، بالترتيب، مع سبب كل موضع
cli-help-stack-undo = تراجع عن آخر إجراء في قائمة متحدثي هذا البند؛ يكتب ما أُلغي
cli-help-stack-withdraw = أخرج تسجيلًا منتظرًا من القائمة
cli-help-stack-withdraw-entry = التسجيل: مرجعه القصير (كما يكتبه `stack add` و`stack show`) أو معرّفه
cli-help-stack-withdraw-item = البند الذي ينتظر الشخص في قائمته (مع --name)
cli-help-stack-withdraw-name = اسم الشخص (مع --item)
cli-help-stack-withdraw-kind = نوع التسجيل، حين ينتظر بأكثر من تسجيل: process أو information أو clarifying أو direct-response أو speak
cli-help-stack-prioritize = امنح تسجيلًا منتظرًا أولوية (أو مع --unset، أزلها)
cli-help-stack-prioritize-unset = أزل الأولوية
cli-help-stack-close = أغلق القائمة: لا متحدثين جدد ولا ردود مباشرة
cli-help-stack-reopen = أعد فتح قائمة مغلقة
cli-help-stack-pause = أوقف المداخلة الجارية مؤقتًا (يتوقف وقتها)
cli-help-stack-resume = استأنف المداخلة الموقوفة
cli-help-stack-limit = اضبط الحد الزمني لكل متحدث في بند (أو --none لإزالته)
cli-help-stack-limit-seconds = الحد، بالثواني
cli-help-stack-limit-none = أزل الحد
cli-help-stack-log = سجل مداخلات بند: كل مداخلة بأوقاتها وتوقفاتها وتجاوزها
cli-help-stack-stats = من تكلّم وكم في جمعية. توزيع وقت الكلام في جمعية (أو في بند): حصة كل شخص، وحصة القوائم الفرعية من الوقت مقابل حصتها من الأشخاص، ومؤشر جيني على كل الحاضرين (الصامتون يُحسبون صفرًا)، ومن تكلّم لأول مرة، وآخر عشرة متحدثين
cli-help-stack-stats-meeting = الجمعية (أيضًا بـ --meeting)
cli-help-stack-stats-item = هذا البند من الجمعية فقط
cli-help-bundle = الحزم: تبادل السجلات مع جمعيات أخرى
cli-help-bundle-export = اكتب سجلات هذه الجمعية في حزمة موقّعة (كلها افتراضيًا)
cli-help-bundle-export-output = ملف الحزمة المراد كتابته
cli-help-bundle-export-meetings = هذه الجمعية فقط (الرقم أو المرجع أو المعرّف)، مع ما تشير إليه؛ قابل للتكرار
cli-help-bundle-export-since = فقط ما تغيّر في هذا اليوم أو بعده (YYYY-MM-DD، UTC)، مع ما يشير إليه
cli-help-bundle-export-seal-to = اختمها (موقّعة ثم مشفّرة) كي لا يفتحها إلا هذه الجمعيات: كلٌّ منها معروفة هنا بمفتاحها (هذه، أو واحدة استُوردت حزمتها)، مسمّاة بالرمز أو الاسم أو المعرّف أو البصمة؛ مفصولة بفواصل أو مكرّرة
cli-help-bundle-inspect = اعرض من صنع حزمة، وبصمة مفتاحها، وما تحويه، وهل تتحقق. حزمة مختومة: لمن خُتمت، وإن كانت هذه الجمعية منهم، الحزمة التي بداخلها
cli-help-bundle-inspect-file = ملف الحزمة
cli-help-bundle-import = استورد حزمة جمعية أخرى: يكتب أعداد الجديد والمحدّث وغير المتغيّر والمرفوض. يخرج بـ 0 حين يُقبل كل سجل (أو كان هنا أصلًا)، و3 حين يُرفض بعض السجلات (ويُستورد الباقي؛ في التجربة: كان سيُستورد)، و1 حين تُرفض الحزمة كلها (لا يُكتب شيء). ومع --json، يكون الرفض أيضًا JSON على المخرج القياسي
cli-help-bundle-import-dry-run = تحقّق واحسب فقط؛ لا تكتب شيئًا
cli-help-bundle-received = اسرد الحزم المستلمة هنا (محفوظة لتمريرها دون مساس)
cli-help-bundle-undo-import = ألغِ استيرادًا كاملًا: أزل ما جلبه، وأعد ما استبدله أو حذفه، وانسَ الحزمة المستلمة (يمكن استيرادها مجددًا)
cli-help-bundle-undo-import-id = معرّف الحزمة المستلمة (`plenary bundle received`)
cli-help-bundle-pass-on = اكتب حزمة مستلمة، بايتًا ببايت، لتمريرها إلى جمعية أخرى
cli-help-bundle-pass-on-id = معرّفها (`plenary bundle received`)
cli-help-bundle-pass-on-output = الملف المراد كتابته
cli-help-federation = الاتحاد عبر مجلد مشترك: وارد مراقَب، وصادر مكتوب
cli-help-federation-folders = اعرض مجلدي الوارد والصادر، والمفاتيح المنتظرة للموافقة، والملفات المتروكة جانبًا؛ ومع --inbox و--outbox، اختر المجلدين أولًا
cli-help-federation-folders-inbox = المجلد الذي تصل إليه حزم الجمعيات الأخرى (مزامَن بـ Syncthing أو قرص مشترك أو …)
cli-help-federation-folders-outbox = المجلد الذي تُكتب فيه حزم هذه الجمعية (قد يكون الوارد نفسه)
cli-help-federation-sync = استورد ما ينتظر في الوارد، ومرّره، واكتب الصادر — مرة واحدة
cli-help-federation-watch = الشيء نفسه كلما وصلت ملفات (والصادر بعد إغلاق كل جمعية)، حتى المقاطعة
cli-help-federation-watch-json = كائن JSON في كل سطر لكل ما فعله المراقب
cli-help-federation-approve = اقبل مفتاح جمعية جديدة ينتظر في الوارد (بعد التحقق من بصمته مع تلك الجمعية): يثبّته ويستورد حزمها
cli-help-federation-approve-fingerprint = بصمة المفتاح، كما يعرضها `plenary federation folders`
cli-help-room = القاعة: تقديم جمعية لأجهزة الحاضرين عبر الشبكة المحلية
cli-help-room-serve = قدّم الجمعية M لأجهزة القاعة حتى Ctrl+C أو حتى تُغلق M؛ يكتب العنوان ورموز الاقتران (Enter يكتب رموزًا جديدة)
cli-help-room-serve-meeting = مرجع الجمعية (LDN-GA-39، 39) أو المعرّف
cli-help-room-serve-port = المنفذ (0: أي منفذ حر)
cli-help-room-serve-bind = العنوان الذي يُستمع عليه (الافتراضي: كل الواجهات، كي تصل إليه أجهزة القاعة عبر الشبكة المحلية)
cli-help-room-serve-ui = بناء لواجهة التطبيق (`ui/dist`) يُقدَّم لأجهزة الفريق على `/team`، حيث تقترن وتدير قائمة المتحدثين أو المحضر
cli-help-search = ابحث في لجان كل الجمعيات وتقاريرها ومقترحاتها وقراراتها ومحاضرها
cli-help-search-text = ما يُبحث عنه: كلمات (يجب أن توجد كلها؛ وقد تكون الأخيرة بداية كلمة)
cli-help-search-assembly = سجلات هذه الجمعية فقط (رمزها، مثلًا RIV)
cli-help-search-limit = عدد النتائج المعروضة (50 على الأكثر)
cli-help-search-offset = عدد النتائج المتخطّاة (الصفحة التالية)
cli-help-passphrase = التشفير أثناء التخزين: اضبط عبارة مرور قاعدة البيانات أو غيّرها أو أزلها
cli-help-passphrase-set = شفّر قاعدة البيانات غير المشفّرة هذه بعبارة مرور جديدة (تُطلب مرتين، أو PLENARY_NEW_PASSPHRASE). لا سبيل لاستعادة عبارة مرور ضائعة
cli-help-passphrase-change = أعطِ قاعدة البيانات المشفّرة عبارة مرور جديدة (الحالية من PLENARY_PASSPHRASE أو تُطلب؛ والجديدة تُطلب مرتين، أو PLENARY_NEW_PASSPHRASE)
cli-help-passphrase-remove = فكّ تشفير قاعدة البيانات: تعود ملف SQLite عاديًا
cli-help-backup = اكتب نسخة متّسقة من قاعدة البيانات في FILE
cli-help-backup-output = الملف الذي تُكتب فيه النسخة
cli-help-restore = استبدل قاعدة البيانات بنسخة احتياطية (تُفحص أولًا؛ وتُؤخذ نسخة من الحالية)
cli-help-restore-file = ملف النسخة الاحتياطية

# The same words as another message.
cli-help-wg-list-json = { cli-help-arg-json }
cli-help-wg-show-json = { cli-help-arg-json }
cli-help-meeting-spoke-meeting = { cli-help-arg-meeting }
cli-help-meeting-spokes-meeting = { cli-help-arg-meeting }
cli-help-meeting-spokes-json = { cli-help-arg-json }
cli-help-meeting-consult-meeting = { cli-help-arg-meeting }
cli-help-meeting-list-json = { cli-help-arg-json }
cli-help-meeting-show-meeting = { cli-help-arg-meeting }
cli-help-meeting-show-json = { cli-help-arg-json }
cli-help-meeting-open-meeting = { cli-help-arg-meeting }
cli-help-meeting-close-meeting = { cli-help-arg-meeting }
cli-help-meeting-role-meeting = { cli-help-arg-meeting }
cli-help-meeting-time-meeting = { cli-help-arg-meeting }
cli-help-meeting-policy-meeting = { cli-help-arg-meeting }
cli-help-meeting-attendance-meeting = { cli-help-arg-meeting }
cli-help-agenda-add-meeting = { cli-help-arg-meeting }
cli-help-agenda-prepare-meeting = { cli-help-arg-meeting }
cli-help-agenda-list-meeting = { cli-help-arg-meeting }
cli-help-agenda-list-json = { cli-help-arg-json }
cli-help-agenda-move-item = { cli-help-arg-item }
cli-help-agenda-start-item = { cli-help-arg-item }
cli-help-agenda-finish-item = { cli-help-arg-item }
cli-help-agenda-table-item = { cli-help-arg-item }
cli-help-agenda-report-back-item = { cli-help-arg-item }
cli-help-agenda-announce-item = { cli-help-arg-item }
cli-help-agenda-notes-item = { cli-help-arg-item }
cli-help-person-list-json = { cli-help-arg-json }
cli-help-person-forget-json = { cli-help-arg-json }
cli-help-proposal-submit-proposal = { cli-help-arg-proposal }
cli-help-proposal-list-json = { cli-help-arg-json }
cli-help-proposal-show-json = { cli-help-arg-json }
cli-help-proposal-amend-proposal = { cli-help-arg-proposal }
cli-help-proposal-amend-json = { cli-help-arg-json }
cli-help-proposal-amendment-accepted = { cli-help-proposal-amend-accepted }
cli-help-proposal-amendment-rejected = { cli-help-proposal-amend-rejected }
cli-help-proposal-diff-proposal = { cli-help-arg-proposal }
cli-help-proposal-diff-json = { cli-help-arg-json }
cli-help-proposal-step-proposal = { cli-help-arg-proposal }
cli-help-proposal-step-meeting = { cli-help-arg-hearing }
cli-help-proposal-question-proposal = { cli-help-arg-proposal }
cli-help-proposal-question-json = { cli-help-arg-json }
cli-help-proposal-question-meeting = { cli-help-arg-hearing }
cli-help-proposal-concern-proposal = { cli-help-arg-proposal }
cli-help-proposal-concern-json = { cli-help-arg-json }
cli-help-proposal-concern-meeting = { cli-help-arg-hearing }
cli-help-proposal-temperature-proposal = { cli-help-arg-proposal }
cli-help-proposal-temperature-meeting = { cli-help-arg-hearing }
cli-help-proposal-decide-proposal = { cli-help-arg-proposal }
cli-help-proposal-decide-meeting = { cli-help-arg-hearing }
cli-help-proposal-preview-rule = { cli-help-proposal-decide-rule }
cli-help-proposal-preview-support = { cli-help-proposal-decide-support }
cli-help-proposal-preview-against = { cli-help-proposal-decide-against }
cli-help-proposal-preview-stand-asides = { cli-help-proposal-decide-stand-asides }
cli-help-proposal-preview-stand-aside = { cli-help-proposal-decide-stand-aside }
cli-help-proposal-preview-blocks = { cli-help-proposal-decide-blocks }
cli-help-proposal-preview-block = { cli-help-proposal-decide-block }
cli-help-proposal-preview-quorum = { cli-help-proposal-decide-quorum }
cli-help-proposal-preview-stand-aside-limit = { cli-help-proposal-decide-stand-aside-limit }
cli-help-proposal-preview-wg = { cli-help-proposal-decide-wg }
cli-help-proposal-preview-json = { cli-help-arg-json }
cli-help-proposal-dispute-proposal = { cli-help-arg-proposal }
cli-help-proposal-dispute-meeting = { cli-help-arg-hearing }
cli-help-proposal-withdraw-proposal = { cli-help-arg-proposal }
cli-help-proposal-send-back-proposal = { cli-help-arg-proposal }
cli-help-proposal-send-back-meeting = { cli-help-proposal-withdraw-meeting }
cli-help-proposal-send-back-reason = { cli-help-proposal-withdraw-reason }
cli-help-proposal-send-back-by = { cli-help-proposal-withdraw-by }
cli-help-proposal-table-proposal = { cli-help-arg-proposal }
cli-help-proposal-table-meeting = { cli-help-proposal-withdraw-meeting }
cli-help-proposal-table-reason = { cli-help-proposal-withdraw-reason }
cli-help-proposal-table-by = { cli-help-proposal-withdraw-by }
cli-help-stack-add-item = { cli-help-arg-item }
cli-help-stack-next-item = { cli-help-arg-item }
cli-help-stack-show-item = { cli-help-arg-item }
cli-help-stack-show-json = { cli-help-arg-json }
cli-help-stack-undo-item = { cli-help-arg-item }
cli-help-stack-prioritize-entry = { cli-help-stack-withdraw-entry }
cli-help-stack-prioritize-item = { cli-help-stack-withdraw-item }
cli-help-stack-prioritize-name = { cli-help-stack-withdraw-name }
cli-help-stack-prioritize-kind = { cli-help-stack-withdraw-kind }
cli-help-stack-close-item = { cli-help-arg-item }
cli-help-stack-reopen-item = { cli-help-arg-item }
cli-help-stack-pause-item = { cli-help-arg-item }
cli-help-stack-resume-item = { cli-help-arg-item }
cli-help-stack-limit-item = { cli-help-arg-item }
cli-help-stack-log-item = { cli-help-arg-item }
cli-help-stack-log-json = { cli-help-arg-json }
cli-help-stack-stats-meeting-opt = { cli-help-arg-meeting }
cli-help-stack-stats-json = { cli-help-arg-json }
cli-help-bundle-inspect-json = { cli-help-arg-json }
cli-help-bundle-import-file = { cli-help-bundle-inspect-file }
cli-help-bundle-import-json = { cli-help-arg-json }
cli-help-bundle-received-json = { cli-help-arg-json }
cli-help-bundle-undo-import-json = { cli-help-arg-json }
cli-help-federation-folders-json = { cli-help-arg-json }
cli-help-federation-sync-json = { cli-help-arg-json }
cli-help-federation-approve-json = { cli-help-arg-json }
cli-help-search-json = { cli-help-arg-json }
