# رسائل الخطأ في النواة (src-tauri/core/src/error.rs): ما الخطأ وأين.
# الأسماء والمراجع وما كُتب وسائطُ لا تُترجم.

## مشتركة

error-meeting-not-found = لا توجد جمعية عامة بالمعرّف { $id }
error-item-not-found = لا توجد نقطة في جدول الأعمال بالمعرّف { $id }
error-person-not-found = لا يوجد شخص بالمعرّف { $id }
error-wg-not-found = لا توجد مجموعة عمل بالمعرّف { $id }
error-item-not-on-agenda = { $item } ليست على جدول أعمال { $meeting }

## مجموعات العمل (wg.rs)

error-wg-name-taken = توجد بالفعل مجموعة عمل اسمها «{ $name }»
error-wg-status-unchanged = مجموعة العمل «{ $name }» { $status ->
        [forming] قيد التأسيس
        [active] نشطة
        [dormant] خاملة
        [dissolved] منحلّة
       *[other] { $status }
    } بالفعل
error-wg-status-before-since = لا يمكن تأريخ التغيير بـ { $on }: مجموعة العمل «{ $name }» { $status ->
        [forming] قيد التأسيس
        [active] نشطة
        [dormant] خاملة
        [dissolved] منحلّة
       *[other] { $status }
    } منذ { $since }
error-wg-foreign-proposal = مجموعة العمل «{ $name }» تابعة لجمعية أخرى؛ المقترح يسمّي إحدى مجموعات العمل الخاصة بكم
error-wg-foreign-report-back = مجموعة العمل «{ $name }» تابعة لجمعية أخرى؛ هنا تقدّم تقاريرها مجموعات العمل الخاصة بكم فقط

## الأشخاص (person.rs)

error-person-name-taken = يوجد بالفعل شخص اسمه { $other }: إن كان { $old } و{ $other } شخصًا واحدًا فادمجوهما (person merge)
error-person-merge-self = لا يمكن دمج شخص مع نفسه
error-person-merge-foreign-record = { $name } مذكور في سجل تملكه جمعية أخرى ({ $table }): لا يمكن الدمج هنا
error-person-merge-both-appear = لا يمكن دمج { $a } و{ $b }: كلاهما يظهر حيث لا يجوز إلا لشخص واحد ({ $table })
error-person-merge-both-waiting = { $a } و{ $b } ينتظران كلاهما في قائمة المتحدثين للنقطة { $item } في الفئة نفسها ({ $kind ->
        [process] نقطة نظام
        [information] نقطة معلومات
        [clarifying] سؤال توضيحي
        [direct-response] رد مباشر
        [speak] طلب كلمة
       *[other] { $kind }
    }): أزيلوا أحدهما من قائمة المتحدثين أولًا ثم ادمجوا
error-person-merge-both-stances = { $a } و{ $b } تنحّيا أو سجّلا اعتراضًا مانعًا كلاهما في قرار النقطة { $item }: لا يُحتسب الشخص مرتين، لذا يبقيان شخصين

## قواعد الكلام (stack/policy.rs, stack/floor.rs)

error-policy-bad-base = يجب أن تبدأ القواعد «{ $policy }» بـ fifo أو progressive، لا بـ «{ $first }»؛ اكتبوها هكذا: fifo|progressive[,first-time-first][,alternate:LIST|LIST…][,cap:N][,no-repeat]
error-policy-part-twice = القواعد «{ $policy }» تذكر { $part } مرتين
error-policy-bad-cap = يجب أن يكون cap:{ $cap } في القواعد عددًا صحيحًا من المداخلات من 1 إلى { $max }
error-policy-empty-list-name = في alternate:{ $lists } ضمن القواعد قائمة بلا اسم
error-policy-bad-list-name = يجب أن يكون اسم القائمة «{ $list }» سطرًا واحدًا من { $max } حرفًا على الأكثر
error-policy-list-twice = alternate:{ $lists } في القواعد يذكر القائمة «{ $list }» مرتين
error-policy-list-count = يجب أن يسمّي alternate:{ $lists } في القواعد من 2 إلى { $max } قوائم، تفصل بينها |
error-policy-takes-no-value = { $part } في القواعد لا يأخذ قيمة؛ اكتبوها هكذا: fifo|progressive[,first-time-first][,alternate:LIST|LIST…][,cap:N][,no-repeat]
error-policy-needs-value = { $part } في القواعد يحتاج إلى قيمة ({ $part }:…)؛ اكتبوها هكذا: fifo|progressive[,first-time-first][,alternate:LIST|LIST…][,cap:N][,no-repeat]
error-policy-base-twice = القواعد «{ $policy }» تذكر الترتيب الأساسي مرتين؛ اكتبوها هكذا: fifo|progressive[,first-time-first][,alternate:LIST|LIST…][,cap:N][,no-repeat]
error-policy-unknown-part = «{ $part }» ليس جزءًا من قواعد الكلام؛ اكتبوها هكذا: fifo|progressive[,first-time-first][,alternate:LIST|LIST…][,cap:N][,no-repeat]
error-policy-stored-damaged = قواعد الكلام المحفوظة لهذه الجمعية تالفة: { $detail }
error-policy-unchanged = قواعد الكلام في الجمعية العامة { $number } هي بالفعل { $policy }
error-policy-item-elsewhere = هذه النقطة ليست على جدول أعمال الجمعية العامة { $number }

## التراجع في قائمة المتحدثين (stack/undo.rs)

error-undo-damaged = سجل التراجع في قائمة المتحدثين هذه تالف ({ $what })؛ لم يُتراجع عن شيء
error-undo-no-row = لا يوجد صف { $id } في { $table } لتغييره
error-undo-no-column = لا يوجد عمود { $column } في صف من { $table }
error-undo-bad-value = قيمة خاطئة في { $table }.{ $column }

## قائمة المتحدثين (stack/actions.rs)

error-meeting-closed = الجمعية العامة { $number } مغلقة: لم يعد بالإمكان تغيير محضرها
error-stack-policy-stored-damaged = قواعد الكلام المحفوظة للجمعية العامة { $number } تالفة: { $detail }
error-stack-entry-not-found = لا يوجد طلب كلمة بالمعرّف { $id }
error-stack-not-a-list = «{ $list }» ليست قائمة في الجمعية العامة { $number }: الكلمة فيها تتناوب بين { $lists }
error-stack-list-name-too-long = اسم القائمة «{ $list }» أطول من { $max } حرفًا
error-stack-withdraw-not-waiting = { $name } ليس في الانتظار في قائمة المتحدثين ({ $status ->
        [speaking] معه الكلمة: استعملوا «التالي» لإنهاء المداخلة
        [done] تكلّم بالفعل
       *[other] سُحب طلبه بالفعل
    }): لا يُسحب إلا طلب في الانتظار
error-stack-prioritize-not-waiting = { $name } ليس في الانتظار في قائمة المتحدثين: لا تُعطى الأولوية إلا لطلب في الانتظار
error-stack-already-prioritized = { $name } له الأولوية بالفعل
error-stack-not-prioritized = { $name } ليست له أولوية
error-stack-already-closed = قائمة المتحدثين في { $item } مغلقة بالفعل
error-stack-already-open = قائمة المتحدثين في { $item } مفتوحة بالفعل
error-stack-pause-nobody = لا أحد معه الكلمة في { $item }: لا توجد مداخلة لإيقافها مؤقتًا
error-stack-already-paused = مداخلة { $name } موقوفة مؤقتًا بالفعل
error-stack-resume-nobody = لا أحد معه الكلمة في { $item }: لا توجد مداخلة لاستئنافها
error-stack-not-paused = مداخلة { $name } ليست موقوفة مؤقتًا
error-stack-limit-out-of-range = حدّ { $seconds } ثانية لكل مداخلة خارج المدى من 1 إلى { $max } ثانية (ساعة)
error-stack-nothing-to-undo = لا شيء للتراجع عنه في قائمة المتحدثين في { $item }
error-stack-name-not-waiting = { $name } ليس في الانتظار في قائمة المتحدثين في { $item }
error-stack-name-not-waiting-kind = { $name } ليس في الانتظار في قائمة المتحدثين في { $item } { $kind ->
        [process] بنقطة نظام
        [information] بنقطة معلومات
        [clarifying] بسؤال توضيحي
        [direct-response] برد مباشر
       *[speak] لطلب الكلمة
    }
error-stack-name-waits-several = { $name } ينتظر في قائمة المتحدثين في { $item } في { $count } فئات ({ $kinds }): حدّدوا أيّها بـ --kind
error-stack-closed-to-speakers = قائمة المتحدثين في { $item } مغلقة: لا تقبل طلبات كلمة جديدة (ما زالت نقاط النظام ونقاط المعلومات والأسئلة التوضيحية مقبولة)؛ أعيدوا فتحها أولًا
error-stack-closed-to-responses = قائمة المتحدثين في { $item } مغلقة: لا تقبل ردودًا مباشرة جديدة (ما زالت نقاط النظام ونقاط المعلومات والأسئلة التوضيحية مقبولة)؛ أعيدوا فتحها أولًا
error-stack-not-a-spoke = { $name } ليس متحدثًا باسم مجموعة في الجمعية العامة { $number }: في مجلس المتحدثين لا يسجّل في القائمة إلا المتحدثون، كلٌّ باسم مجموعة عمله (اختاروا أولًا المتحدث باسم المجموعة)
error-stack-response-nobody = لا أحد معه الكلمة في { $item }: الرد المباشر يجيب من يتكلّم
error-stack-response-to-self = { $name } معه الكلمة: الرد المباشر يجيب شخصًا آخر
error-stack-cap-reached = كان لـ { $name } { $had } { $had ->
        [zero] مداخلة
        [one] مداخلة
        [two] مداخلتان
        [few] مداخلات
       *[other] مداخلة
    } في { $item }: قواعد الكلام في الجمعية العامة { $number } تسمح بـ { $cap } على الأكثر لكل شخص في كل نقطة
error-stack-already-waiting = { $name } ينتظر بالفعل في قائمة المتحدثين في { $item } { $kind ->
        [process] بنقطة نظام
        [information] بنقطة معلومات
        [clarifying] بسؤال توضيحي
        [direct-response] برد مباشر
       *[speak] لطلب الكلمة
    }؛ لا ينتظر الشخص إلا مرة واحدة في كل فئة

## القرارات (decision.rs, proposal/decide.rs)

error-decision-not-found = لا يوجد قرار بالمعرّف { $id }
error-decision-total-below-named = المجموع { $total } ({ $what ->
        [support] التأييد
        [against] الأصوات المعارضة
        [stand-asides] التنحّيات
        [blocks] الاعتراضات المانعة
        [quorum] النصاب
       *[other] { $what }
    })، لكن المذكورين بالاسم { $named }: المجموع يشمل المذكورين بالاسم أيضًا
error-decision-count-too-big = { $what ->
        [support] التأييد
        [against] الأصوات المعارضة
        [stand-asides] التنحّيات
        [blocks] الاعتراضات المانعة
        [quorum] النصاب
       *[other] { $what }
    }: العدد { $count } أكبر من { $max }؛ راجعوا العدّ
error-decision-consensus-against = في التوافق لا توجد أصوات معارضة ({ $against } مُدخلة): سجّلوا الخلاف تنحّيًا أو اعتراضًا مانعًا
error-decision-quorum-zero = النصاب مشارك واحد على الأقل (اتركوه فارغًا إن لم يكن هناك نصاب)
error-decision-bad-stand-aside-limit = حدّ التنحّيات: { $detail }
error-decision-too-many-names = أكثر من { $max } اسم: راجعوا القائمة
error-decision-named-twice = { $name } مذكور مرتين: الشخص يتنحّى أو يعترض اعتراضًا مانعًا مرة واحدة
error-decision-block-without-reason = الاعتراض المانع من { $name } بلا سبب: الاعتراض المانع بالاسم اعتراض أخلاقي أو مبدئي أو أمني جدّي ويُدوَّن سببه في المحضر (الاعتراض الذي عدّه المحضر فقط يدخل في المجموع بلا اسم)
error-decision-no-voices = لم يُعطَ صوت أي مجموعة عمل: في مجلس المتحدثين يعدّ طلب التوافق صوتًا واحدًا لكل مجموعة
error-decision-too-many-voices = أكثر من { $max } صوت: راجعوا القائمة
error-decision-voice-twice = { $wg } مذكورة مرتين: لمجموعة العمل صوت واحد
error-decision-bad-voice = صوت { $wg } «{ $voice }» ليس أيًّا من for وagainst وstand-aside وblock
error-decision-wg-block-without-reason = الاعتراض المانع من { $wg } بلا سبب: الاعتراض المانع اعتراض أخلاقي أو مبدئي أو أمني جدّي ويُدوَّن سببه في المحضر
error-decision-no-such-wg = لا توجد مجموعة عمل «{ $wg }» في هذه الجمعية
error-decision-wg-without-spoke = لم ترسل { $wg } متحدثًا إلى هذا المجلس: لا صوت إلا لمجموعات العمل التي لها متحدث
error-decision-council-needs-voices = الجمعية العامة { $number } مجلس متحدثين: طلب التوافق والتصويت فيها يعدّان صوتًا لكل مجموعة عمل — أعطوا صوت كل مجموعة
error-decision-assembly-no-voices = الجمعية العامة { $number } جمعية عامة: أصوات مجموعات العمل لا تُعدّ إلا في مجلس المتحدثين — أعطوا أعداد القاعة
error-decision-amendments-pending = { $pending ->
        [zero] لا تعديلات ودّية تنتظر
        [one] تعديل ودّي واحد ما زال ينتظر
        [two] تعديلان ودّيان ما زالا ينتظران
        [few] { $pending } تعديلات ودّية ما زالت تنتظر
       *[other] { $pending } تعديلًا ودّيًا ما زالت تنتظر
    } ردّ صاحب المقترح: اقبلوها أو ارفضوها قبل القرار
error-decision-unknown-rule = قاعدة هذا القرار «{ $rule }» لا يعرفها Plenary هذا: لا يمكن تصحيحه هنا
error-decision-council-not-correctable = تقرّر { $item } بأصوات مجموعات العمل في مجلس المتحدثين: لا يمكن تصحيحه بأعداد القاعة
error-decision-proposal-moved-on = تقدّم المقترح منذ { $item } (حالته الآن: { $now ->
        [draft] مسودة
        [submitted] مقدَّم
        [on-agenda] على جدول الأعمال
        [in-process] قيد المعالجة
        [decided] تقرّر
        [tabled] مؤجَّل
        [withdrawn] مسحوب
        [sent-back] مُعاد
        [consensus] توافق
        [passed] أُقرّ
        [blocked] مُعترَض عليه
        [failed] مرفوض
       *[other] { $now }
    }): لم يعد بالإمكان تغيير نتيجته هناك من { $from ->
        [draft] مسودة
        [submitted] مقدَّم
        [on-agenda] على جدول الأعمال
        [in-process] قيد المعالجة
        [decided] تقرّر
        [tabled] مؤجَّل
        [withdrawn] مسحوب
        [sent-back] مُعاد
        [consensus] توافق
        [passed] أُقرّ
        [blocked] مُعترَض عليه
        [failed] مرفوض
       *[other] { $from }
    } إلى { $to ->
        [draft] مسودة
        [submitted] مقدَّم
        [on-agenda] على جدول الأعمال
        [in-process] قيد المعالجة
        [decided] تقرّر
        [tabled] مؤجَّل
        [withdrawn] مسحوب
        [sent-back] مُعاد
        [consensus] توافق
        [passed] أُقرّ
        [blocked] مُعترَض عليه
        [failed] مرفوض
       *[other] { $to }
    }
error-decision-dispute-without-note = قولوا لماذا القرار محلّ نزاع: وسمه بالنزاع يحتاج إلى ملاحظة

## الجمعيات (meeting.rs, attendance.rs, order_of_business.rs)

error-meeting-role-too-long = الدور «{ $role }» أطول من { $max } حرفًا
error-meeting-bad-start-time = وقت البدء «{ $time }» ليس وقتًا من اليوم: اكتبوه بصيغة HH:MM (نظام 24 ساعة)، مثل 18:30
error-meeting-bad-number = رقم الجمعية العامة { $number } يجب أن يكون 1 أو أكثر
error-meeting-number-taken = توجد بالفعل جمعية عامة رقمها { $number }
error-meeting-already-open = هذه الجمعية العامة مفتوحة بالفعل
error-meeting-already-open-and-closed = هذه الجمعية العامة فُتحت وأُغلقت بالفعل: أعطوا وقت افتتاحها (--at HH:MM) لتصحيحه
error-meeting-opens-after-close = لا يمكن أن تُفتتح جمعية عامة في { $opened } بعد أن أُغلقت في { $closed }
error-meeting-not-open-yet = لم تُفتتح هذه الجمعية العامة بعد: افتتحوها قبل إغلاقها
error-meeting-already-closed = هذه الجمعية العامة مغلقة بالفعل: أعطوا وقت إغلاقها (--at HH:MM) لتصحيحه
error-meeting-role-ends-before = الدور الذي بدأ في { $from } لا يمكن أن ينتهي في { $until }، قبل أن يبدأ
error-meeting-role-already-held = { $name } يشغل بالفعل دور «{ $role }» في هذه الجمعية العامة
error-meeting-role-not-held = هذا الشخص لا يشغل دور «{ $role }» في هذه الجمعية العامة
error-attendance-not-a-count = الحضور «{ $attendance }» ليس عددًا: اكتبوا رقمًا (55) أو مدى (50-60) أو رقمًا تقريبيًا (~50)
error-attendance-too-many = الحضور «{ $attendance }» أكثر من { $max } شخص
error-attendance-bad-range = الحضور «{ $attendance }»: يجب أن يكون الحدّ الأعلى للمدى أكبر من الأدنى
error-order-of-business-agenda-exists = لهذه الجمعية العامة جدول أعمال بالفعل؛ أضيفوا النقاط واحدة واحدة

## الإعلانات والمهام والجمعية والصفحات والنسيان (announcement.rs, action_item.rs, assembly.rs, paging.rs, person_forget.rs)

error-announcement-needs-text = يحتاج الإعلان إلى نصّه (--text)
error-announcement-wrong-item = الإعلانات تُقدَّم في نقطة إعلانات، وهذه نقطة من نوع «{ $kind }»
error-announcement-not-found = لا يوجد إعلان بالمعرّف { $id }
error-action-item-not-found = لا توجد مهمة بالمعرّف { $id }
error-assembly-bad-code = رمز الجمعية «{ $code }» يجب أن يتكوّن من 2 إلى 8 أحرف أو أرقام، مثل LDN أو NYC
error-assembly-exists = لقاعدة البيانات هذه جمعية بالفعل ({ $name })؛ لم يتغيّر شيء
error-paging-bad-cursor = مؤشّر الصفحة «{ $cursor }» ليس من هذه القائمة (اطلبوا الصفحة الأولى من جديد)
error-person-forget-placeholder = { $name } اسم بديل بالفعل: لم يبقَ اسم لنسيانه

## قواعد القرار والتصحيحات والمحاضر والعرض التجريبي (rule.rs, correction.rs, minutes/*, demo*.rs)

error-rule-unknown = قاعدة قرار غير معروفة «{ $rule }»: استعملوا consensus أو modified:P (0 < P ≤ 100، مثل modified:90) أو supermajority:A/B (مثل supermajority:2/3) أو majority
error-rule-bad-fraction = «{ $fraction }» ليس كسرًا: اكتبوا A/B حيث 0 < A ≤ B، مثل 1/3
error-correction-meeting-closed = الجمعية العامة { $number } مغلقة: لم يعد بالإمكان تغيير هذا (يمكن تصحيح سجلّها إلى أن يُعتمد محضرها)
error-correction-time-skipped = الساعة { $time } غير موجودة يوم { $date } في هذه المنطقة الزمنية
error-correction-minutes-approved = اعتُمد محضر الجمعية العامة { $number } في الجمعية العامة { $by }: لم يعد بالإمكان تصحيح سجلّها
error-correction-time-needed = يلزم وقت: اكتبوه بصيغة HH:MM (نظام 24 ساعة)، مثل 19:05
error-correction-bad-time = «{ $time }» ليس وقتًا من اليوم: اكتبوه بصيغة HH:MM
error-minutes-approve-by-earlier = لا يمكن لـ { $by } اعتماد محضر { $meeting }: لا تعتمده إلا جمعية لاحقة
error-minutes-approve-open = يمكن اعتماد محضر { $meeting } بعد إغلاق الجمعية
error-minutes-approve-not-in-session = تعتمد المحاضرَ جمعيةٌ منعقدة: افتتحوا { $by } أولًا
error-minutes-already-approved = محضر { $meeting } معتمد بالفعل
error-minutes-assembly-unknown = جمعية { $meeting } غير معروفة
error-demo-needs-empty-database = لقاعدة البيانات هذه جمعية بالفعل ({ $name })؛ يحتاج `plenary demo` إلى قاعدة بيانات فارغة
error-demo-no-upcoming-meeting = لا جمعية عامة قادمة في العرض التجريبي
error-demo-no-proposal = لا يوجد في العرض التجريبي مقترح «{ $title }»

## مجالس المتحدثين (spokes.rs)

error-spokes-assembly-no-spokes = الجمعية العامة { $number } جمعية عامة: لا متحدثين باسم المجموعات إلا في مجلس المتحدثين
error-spokes-assembly-no-breaks = الجمعية العامة { $number } جمعية عامة: لا استراحات تشاور إلا في مجلس المتحدثين
error-spokes-no-such-wg = لا توجد مجموعة عمل «{ $wg }» في هذه الجمعية (يعرضها `plenary wg list`)
error-spokes-wg-dissolved = { $wg } منحلّة: لا ترسل متحدثًا
error-spokes-already-spoke = { $name } متحدث باسم { $wg } بالفعل في الجمعية العامة { $number }
error-spokes-speaks-for-other = { $name } يتحدث بالفعل باسم { $other } في الجمعية العامة { $number }: يتحدث المتحدث باسم مجموعة عمل واحدة
error-spokes-break-length = استراحة تشاور مدتها { $minutes } دقيقة: أعطوا من 1 إلى { $max } دقيقة
error-spokes-break-not-a-spoke = { $name } ليس متحدثًا في الجمعية العامة { $number }: لا يطلب استراحة التشاور إلا متحدث
error-spokes-break-under-way = استراحة تشاور طلبتها { $wg } جارية في الجمعية العامة { $number }: أنهوها أولًا
error-spokes-no-break = لا استراحة تشاور جارية في الجمعية العامة { $number }
error-spokes-break-not-found = لا توجد استراحة تشاور بالمعرّف { $id }

## المراجع كما تُكتب (refs.rs)

error-refs-no-meeting = لا توجد جمعية «{ $text }» (سمّوها برقمها، مثل 39 أو LDN-GA-39، أو بمعرّفها)
error-refs-no-item = لا توجد نقطة «{ $text }» (سمّوها مثل 39.3 أو LDN-GA-39.3، أو بمعرّفها)
error-refs-no-proposal = لا يوجد مقترح «{ $text }» (سمّوه مثل LDN-P-2026-034، أو بمعرّفه)
error-refs-no-wg = لا توجد مجموعة عمل «{ $text }» (سمّوها باسمها أو بمعرّفها؛ يعرضها `plenary wg list`)
error-refs-no-person = لا تعرف هذه الجمعية أحدًا اسمه «{ $text }»

## المقترحات (proposal.rs)

error-proposal-not-found = لا يوجد مقترح بالمعرّف { $id }
error-proposal-already-on-agenda = هذا المقترح على جدول أعمال هذه الجمعية العامة بالفعل
error-proposal-dated-after-today = لا يمكن تأريخ مقترح بـ { $date }، بعد اليوم ({ $today }): أعطوا يوم تقديمه

## الحزم بين الجمعيات (bundle/*)

error-bundle-signing-key-mismatch = مفتاح التوقيع المجاور لقاعدة البيانات هذه لا يطابق المفتاح العام لهذه الجمعية: الحزم الموقّعة به سترفض
error-bundle-meetings-or-since = اختاروا جمعيات عامة أو تاريخًا (--since)، لا الاثنين معًا
error-bundle-meeting-foreign = الجمعية العامة { $meeting } تابعة لجمعية أخرى: الحزمة لا تحمل إلا سجلات هذه الجمعية
error-bundle-export-foreign-reference = تعذّر التصدير: { $record } { $id } يشير ({ $column }) إلى { $target_record } { $target }، وهو ليس ملكًا لهذه الجمعية؛ الحزمة لا تحمل إلا سجلات هذه الجمعية
error-bundle-export-not-own = تعذّر التصدير: { $record } { $id } ليس لهذه الجمعية
error-bundle-too-many-recipients = يمكن ختم الحزمة لـ{ $max } جمعيات على الأكثر
error-bundle-recipient-unknown = لا توجد جمعية معروفة هنا هي «{ $given }» (أعطوا رمزها أو اسمها أو معرّفها أو بصمتها؛ تصبح الجمعية معروفة هنا عند استيراد إحدى حزمها)
error-bundle-recipient-no-key = ليس لـ{ $name } ({ $code }) مفتاح معروف هنا: استوردوا إحدى حزمها أولًا
error-bundle-recipient-ambiguous = «{ $given }» يطابق أكثر من جمعية معروفة هنا: أعطوا رمزها أو بصمتها
error-bundle-received-not-found = لا توجد حزمة مستلمة بالمعرّف { $id } (يسردها `plenary bundle received`)
error-bundle-undo-adopted = تعذّر التراجع عن { $file }: سجلات أُنشئت هنا تشير إلى ما جاء به (المقترح «{ $title }» اعتُمد من أحد مقترحاته). لم يتغيّر شيء
error-bundle-undo-referred = تعذّر التراجع عن { $file }: سجلات أُنشئت هنا تشير إلى ما جاء به (مقترح معتمد مثلًا). لم يتغيّر شيء
error-bundle-undo-later-import = تعذّر التراجع عن { $file }: قد يبني عليه { $later }، المستورد لاحقًا ({ $at }) من { $assembly }؛ تراجعوا عن ذلك الاستيراد أولًا. لم يتغيّر شيء
error-bundle-undo-no-record = استورد { $file } إصدارٌ أقدم من Plenary لم يحتفظ بسجل للتراجع عنه (أخذ بدلًا من ذلك نسخة احتياطية قبل الاستيراد: `plenary restore`). لم يتغيّر شيء
error-bundle-undo-bad-name = سجل التراجع يذكر «{ $name }»، وهو ليس جدولًا ولا عمودًا
error-bundle-undo-record-unreadable = تعذّرت قراءة سجل التراجع عن { $file } ({ $detail })
error-bundle-undo-record-unknown-change = في سجل التراجع عن { $file } تغيير من نوع «{ $change }» لا يمكن قراءته

## الاتحاد (federation.rs, federation/*)

error-federation-adopt-own = { $proposal } مقترح لهذه الجمعية أصلًا؛ الاعتماد هو لمقترحات الجمعيات الأخرى
error-federation-already-adopted = سبق اعتماد { $proposal } هنا (المقترح { $earlier })
error-federation-no-folders = لا توجد مجلدات اتحاد بعد: اختاروها بـ`plenary federation folders --inbox DIR --outbox DIR` (أو في عرض الاتحاد)
error-federation-folder-unusable = تعذّر استخدام مجلد { $which ->
        [inbox] الوارد
       *[other] الصادر
    } { $folder }: { $detail }
error-federation-folder-is-file = مجلد { $which ->
        [inbox] الوارد
       *[other] الصادر
    } { $folder } ملف وليس مجلدًا
error-federation-folder-not-text = مسار مجلد { $which ->
        [inbox] الوارد
       *[other] الصادر
    } { $folder } ليس نصًا صالحًا: اختاروا مجلدًا آخر
error-federation-bad-fingerprint = «{ $given }» ليس بصمة مفتاح: للبصمة 64 رقمًا ست عشريًا (المسافات مسموحة)، كما يعرضها `plenary federation folders`
error-federation-inbox-none-waits = لا ملف في مجلد الوارد ينتظر المفتاح { $key }؛ لا شيء ينتظر الموافقة
error-federation-inbox-key-not-waiting = لا ملف في مجلد الوارد ينتظر المفتاح { $key }؛ المنتظرة: { $waiting }
error-federation-inbox-unwatched = تعذّرت مراقبة مجلد الوارد { $inbox } ({ $detail })؛ يُفحص بدلًا من ذلك كل { $seconds } ثانية

## ملاحظات المجلد المشترك (federation/folder.rs): ما جرى لكل ملف في الوارد وما فعلته كتابة الصادر. $why رسالة قائمة بذاتها (رفض حزمة، إخفاق ملف) تُقال باللغة نفسها.

error-federation-note-unreadable = تعذّرت قراءة { $file }: { $why }
error-federation-note-left-alone = { $why } — تُرك جانبًا؛ يُعاد تجريبه عندما يتغيّر (الملف الذي ما زال يُنسخ يكتمل لاحقًا)
error-federation-note-own = حزمة هذه الجمعية نفسها ({ $code })، عادت عبر المجلدات: لا شيء للاستيراد
error-federation-note-pending = من { $assembly } ({ $code })، ومفتاحها غير معروف هنا (البصمة { $fingerprint }): ينتظر أن يتحقق أحدٌ من البصمة مع تلك الجمعية ويوافق عليها
error-federation-note-imported-nothing-new = استُورد: كل ما فيه كان هنا من قبل
error-federation-note-imported = استُورد: جديدة { $new }، محدّثة { $updated }، دون تغيير { $unchanged }، محذوفة { $deleted }
error-federation-note-imported-refused = استُورد: جديدة { $new }، محدّثة { $updated }، دون تغيير { $unchanged }، محذوفة { $deleted }، مرفوضة { $refused } (يحفظ `plenary bundle received` التقرير)
error-federation-note-imported-before = استُورد هنا من قبل، في { $date }
error-federation-note-outbox-unchanged = لم يتغيّر شيء منذ آخر حزمة صادرة، { $file }
error-federation-note-outbox-wrote = كُتب { $file }: السجلات { $records }، المحذوفات { $deletions } ({ $scope })
error-federation-note-scope-all = الجمعية كلها
error-federation-note-scope-meetings = { $n ->
        [zero] لا جمعيات مختارة
        [one] جمعية واحدة مختارة
        [two] جمعيتان مختارتان
        [few] { $n } جمعيات مختارة
       *[other] { $n } جمعية مختارة
    }
error-federation-note-scope-since = التغييرات منذ { $date }

## القاعة: الهواتف وأجهزة الفريق (room/*)

error-room-other-meeting = هذا الجهاز في قاعة جمعية عامة أخرى: لا يصل إلا إلى تلك الجمعية
error-room-meeting-missing = أي جمعية عامة؟ `meeting` مفقود
error-room-hand-needs-device = لا يرفع اليد من جهاز إلا صفحة مشارك في القاعة
error-room-proposal-not-on-agenda = هذا المقترح ليس على جدول أعمال جمعية هذه القاعة: الجهاز لا يصل إلا إلى تلك الجمعية
error-room-no-such-command = لا يوجد أمر قاعة «{ $command }»
error-room-role-may-not-call = لا يحق لـ{ $role ->
        [participant] مشارك
        [stack-keeper] قائمة المتحدثين
        [minute-taker] كتابة المحضر
        [host] الحاسوب المضيف
       *[other] { $role }
    } استدعاء { $command }
error-room-no-such-record = { $what ->
        [agenda-item] لا توجد نقطة في جدول الأعمال
        [stack-entry] لا يوجد قيد في قائمة المتحدثين
        [clarifying-question] لا يوجد سؤال توضيحي
        [hand-request] لا يوجد طلب كلمة
        [meeting] لا توجد جمعية عامة
        [proposal] لا يوجد مقترح
        [amendment] لا يوجد تعديل
        [concern] لا يوجد اعتراض
        [announcement] لا يوجد إعلان
       *[other] لا يوجد { $what }
    } بالمعرّف { $id }
error-bad-id = «{ $given }» ليس معرّفًا صالحًا لـ{ $what ->
        [agenda-item] نقطة في جدول الأعمال
        [stack-entry] قيد في قائمة المتحدثين
        [clarifying-question] سؤال توضيحي
        [hand-request] طلب كلمة
        [meeting] جمعية عامة
        [proposal] مقترح
        [amendment] تعديل
        [concern] اعتراض
        [announcement] إعلان
        [action-item] مهمة
        [working-group] مجموعة عمل
        [person] شخص
        [decision] قرار
        [bundle] حزمة
       *[other] { $what }
    }
error-room-invalid-arguments = وسائط غير صالحة: { $detail }
error-room-cannot-encode = تعذّر ترميز الإجابة: { $detail }
error-room-amendment-needs-item = أي قراءة؟ الجهاز يقترح تعديلًا في نقطة من جمعية قاعته
error-room-bad-device-id = معرّف الجهاز «{ $given }» غير صالح: من 1 إلى { $max } من الحروف أو الأرقام أو «-» أو «_»
error-room-meeting-not-open = الجمعية العامة { $number } ليست مفتوحة: تُرفع اليد أثناء الجمعية
error-room-hand-already-raised = هذا الجهاز رفع يده بالفعل (لـ{ $name }): اسحبها قبل رفع يد أخرى
error-room-no-hand-waiting = ليس لهذا الجهاز يد تنتظر قائمة المتحدثين
error-room-no-item-under-way = لا نقطة جارية: ابدؤوا واحدة قبل قبول يد { $name }
error-room-hand-not-found = لا يوجد طلب كلمة بالمعرّف { $id }
error-room-hand-already-decided = طلب الكلمة من { $name } { $status ->
        [accepted] قُبل
        [declined] رُفض
        [withdrawn] سُحب
       *[other] بُتّ فيه ({ $status })
    } من قبل
error-room-meeting-closed = { $meeting } مغلقة: القاعة تخدم جمعية مقررة أو جارية
error-room-role-not-pairable = لا يمكن إقران جهاز بصفة { $role ->
        [participant] مشارك
        [host] الحاسوب المضيف
       *[other] { $role }
    }
error-room-pairing-code-invalid = رمز الاقتران هذا غير صالح: كُتب خطأً أو استُخدم أو انتهت صلاحيته — اطلبوا رمزًا جديدًا من الحاسوب المضيف
error-room-no-paired-device = لا يوجد جهاز مقترن «{ $session }»
error-room-no-such-page = لا توجد هذه الصفحة في القاعة
error-room-too-many-requests = طلبات كثيرة جدًا من هذا الجهاز: انتظروا قليلًا ثم حاولوا مجددًا
error-room-no-team-ui = هذه القاعة لا تقدّم واجهة الفريق: اقرنوا من تطبيق Plenary، أو شغّلوا القاعة بـ--ui
error-room-no-such-team-file = لا يوجد هذا الملف في واجهة الفريق: { $path }
error-room-not-json-request = أرسلوا الطلب بصيغة application/json
error-room-body-unreadable = تعذّرت قراءة متن الطلب: { $detail }
error-room-body-not-json = متن الطلب ليس JSON: { $detail }
error-room-body-not-object = يجب أن يكون متن الطلب كائن JSON
error-room-request-interrupted = انقطع الطلب: { $detail }
error-room-device-not-paired = هذا الجهاز غير مقترن بالقاعة (أو أُلغي اقترانه): اقرنوه برمز من الحاسوب المضيف
error-room-no-device-id = ليس لهذا المتصفح معرّف جهاز: افتحوا صفحة القاعة أولًا (مع تفعيل ملفات تعريف الارتباط)، أو اقرنوا هذا الجهاز برمز من الحاسوب المضيف
error-room-full = في القاعة بالفعل أقصى عدد من الصفحات المتصلة يمكنها خدمته
error-room-cannot-serve-on = تعذّر تشغيل القاعة على { $address }: { $detail }
error-room-cannot-serve = تعذّر تشغيل القاعة: { $detail }
error-room-qr-failed = تعذّر إنشاء رمز QR لـ{ $url }: { $detail }

## النسخ الاحتياطية والاستعادة (backup.rs)

error-backup-busy = قاعدة البيانات مشغولة؛ حاولوا مجددًا بعد لحظة
error-backup-not-plenary = { $file } ليست قاعدة بيانات Plenary: { $why ->
        [other-passphrase] ليست ملف قاعدة بيانات SQLite، أو أنها مشفّرة بعبارة مرور غير عبارة قاعدة البيانات هذه (نسخة من قبل تغيير عبارة المرور؟)
        [encrypted-into-plain] ليست ملف قاعدة بيانات SQLite، أو أنها مشفّرة وقاعدة البيانات هذه غير مشفّرة (استعيدوها في قاعدة بيانات مشفّرة بعبارة المرور نفسها)
        [cannot-open] لا يستطيع SQLite فتحها
        [cannot-read] لا يستطيع SQLite قراءتها
        [no-tables] ليس فيها جداول Plenary
        [no-assembly] ليس فيها جمعية
       *[not-sqlite] ليست ملف قاعدة بيانات SQLite
    }؛ لم يُستعد شيء
error-backup-damaged = { $file } ليست قاعدة بيانات Plenary: إنها تالفة ({ $check })؛ لم يُستعد شيء
error-backup-other-signing-key = هذه النسخة الاحتياطية لـ{ $name } ({ $code })، ومفتاح توقيعها ليس المفتاح المجاور لقاعدة البيانات هذه: استعادتها ستترك جمعية لا تستطيع توقيع حزمها؛ لم يُستعد شيء

## التشفير: عبارات المرور وملف مفتاح التوقيع (rekey.rs, passphrase.rs, key_file.rs)

error-rekey-already-encrypted = قاعدة البيانات هذه مشفّرة بالفعل: غيّروا عبارة مرورها بدلًا من ذلك؛ لم يتغيّر شيء
error-rekey-not-encrypted-set-first = قاعدة البيانات هذه غير مشفّرة: عيّنوا عبارة مرور أولًا؛ لم يتغيّر شيء
error-rekey-not-encrypted = قاعدة البيانات هذه غير مشفّرة؛ لم يتغيّر شيء
error-rekey-in-memory = لا يمكن تشفير قاعدة بيانات في الذاكرة؛ لم يتغيّر شيء
error-rekey-database-in-use = برنامج آخر يفتح قاعدة البيانات هذه (التطبيق، أو `plenary room serve`؟): أغلقوه وحاولوا مجددًا؛ لم يتغيّر شيء
error-passphrase-mismatch = عبارتا المرور غير متطابقتين: اكتبوا عبارة المرور الجديدة مرتين، بالضبط؛ لم يتغيّر شيء
error-passphrase-too-short = تحتاج عبارة المرور إلى { $min } أحرف على الأقل (بضع كلمات أسهل تذكرًا وأصعب تخمينًا)؛ لم يتغيّر شيء
error-passphrase-kdf-settings = إعدادات اشتقاق المفتاح مرفوضة: { $detail }
error-passphrase-unusable = لا يمكن استخدام عبارة المرور: { $detail }
error-key-file-cannot-seal = تعذّر ختم مفتاح التوقيع
error-key-file-damaged = ملف مفتاح التوقيع { $file } تالف
error-key-file-sealed-plain-db = ملف مفتاح التوقيع { $file } مختوم بعبارة مرور، لكن قاعدة البيانات هذه غير مشفّرة: إنه يخص نسخة مشفّرة من قاعدة البيانات
error-key-file-other-copy = ملف مفتاح التوقيع { $file } خُتم لنسخة مشفّرة أخرى من قاعدة البيانات هذه، لا لهذه

## البحث (search.rs)

error-search-too-long = نص البحث طوله { $chars } حرفًا: الحد الأقصى { $max }
error-search-too-many-words = في نص البحث { $words } كلمة: الحد الأقصى { $max }
error-search-no-assembly = لا توجد جمعية { $id } معروفة هنا
error-search-no-assembly-code = لا توجد جمعية معروفة هنا بالرمز «{ $code }»
error-search-index-stale = { $kind ->
        [wg] مجموعة العمل
        [report-back] تقرير المجموعة
        [proposal] المقترح
        [decision] القرار
        [minutes] المحضر
       *[other] { $kind }
    } { $id } موجود في فهرس البحث لكن ليس في السجل
error-search-no-wg = لا توجد مجموعة عمل { $id }
error-search-no-proposal = لا يوجد مقترح { $id }
error-search-no-namesakes = لا يُبحث عن أسماء مشابهة لـ{ $kind ->
        [report-back] تقرير مجموعة
        [decision] قرار
        [minutes] محضر
       *[other] { $kind }
    }

## مكان قاعدة البيانات واللغات (db.rs, i18n.rs)

error-db-no-data-directory = لا يوجد مجلد بيانات على هذا النظام: مرّروا --db PATH أو عيّنوا PLENARY_DB
error-i18n-unknown-language = لا يتكلم Plenary «{ $given }»: اختاروا واحدة من { $choices }

## تطبيق سطح المكتب (src-tauri/src)

error-shell-bundle-no-longer-waiting = هذه الحزمة لم تعد تنتظر الاستيراد: اختاروا الملف من جديد
error-shell-no-dropped-bundle = لا توجد حزمة مُفلتة تنتظر المعاينة: أفلتوا الملف على النافذة من جديد
error-shell-projector-window-failed = تعذّر فتح نافذة العرض: { $detail }
error-shell-room-open-elsewhere = القاعة مفتوحة لجمعية عامة أخرى: أغلقوها أولًا
error-shell-room-bad-bind = PLENARY_ROOM_BIND «{ $given }» ليس عنوانًا مع منفذ
error-shell-room-already-open = القاعة مفتوحة بالفعل
error-shell-room-not-open = القاعة غير مفتوحة

## التحقق مما يُكتب (validate.rs): اسم الحقل كلمات خاصة به تُقال بلغة الجملة.

error-field-empty = يجب ملء { $field }
error-field-too-long = { $field }: أطول من { $max } حرف
error-field-not-one-line = { $field }: يجب أن يكون سطرًا واحدًا من النص (وُجد حرف تحكّم)
error-field-control-character = { $field }: يحتوي على حرف تحكّم
error-field-not-a-date = { $field }: «{ $given }» ليس تاريخًا: اكتبوه بالشكل YYYY-MM-DD، مثل 2026-11-26
error-field-name = الاسم
error-field-title = العنوان
error-field-note = الملاحظة
error-field-notes = الملاحظات
error-field-text = النص
error-field-on-behalf-of = نيابةً عن مَن
error-field-date = التاريخ
error-field-response = الرد
error-field-reason = السبب
error-field-description = الوصف
error-field-question = السؤال
error-field-concern = التحفّظ
error-field-answer = الجواب
error-field-amended-text = النص المعدَّل
error-field-action-item = المهمة
error-field-pronouns = الضمائر
error-field-presenter = مَن يقدّم
error-field-place = المكان
error-field-meeting-schedule = مواعيد الاجتماعات
error-field-contact = جهة الاتصال
error-field-by = مِن قِبل مَن
error-field-working-group-name = اسم اللجنة
error-field-working-group = اللجنة
error-field-who = مَن
error-field-voice-wg = لجنة الصوت
error-field-break-spoke = الناطق الذي يطلب الاستراحة
error-field-assembly-name-short = اسم الجمعية
error-field-role = الدور
error-field-list = القائمة
error-field-change-day = يوم التغيير
error-field-on = --on
error-field-summary = الملخّص
error-field-asks = الطلبات
error-field-announcements = الإعلانات
error-field-stance-name = اسم { $stance ->
        [block] صاحب الاعتراض المانع
       *[other] الممتنع
    }
error-field-stance-reason = سبب { $stance ->
        [block] الاعتراض المانع
       *[other] الامتناع
    } من { $name }
error-field-voice-reason = سبب صوت { $wg } ({ $voice ->
        [for] مع
        [against] ضد
        [stand-aside] امتناع
        [block] اعتراض مانع
       *[other] { $voice }
    })

## جدول الأعمال (agenda.rs)

error-agenda-bad-allotted-time = الوقت المخصّص { $minutes } يجب أن يكون بين 1 و1440 دقيقة
error-agenda-proposal-item-needs-proposal = نقطة المقترح تحدّد مقترحها (--proposal)
error-agenda-only-proposal-item-names-proposal = نقطة من نوع مقترح وحدها يمكنها أن تحدّد مقترحًا، لا نقطة من نوع { $kind ->
        [process] إجراءات
        [report-back] تقرير لجنة
        [discussion] نقاش
        [announcement] إعلانات
        [soapbox] منبر حر
       *[other] آخر
    }
error-agenda-position-outside = الموضع { $position } خارج جدول الأعمال (من 1 إلى { $count })
error-agenda-remove-taken-up = بدأ تناول هذه النقطة بالفعل؛ أرجئوها بدل حذفها
error-agenda-start-after-end = لا يمكن أن تبدأ نقطة في { $start } بعد أن انتهت في { $end }
error-agenda-closed-start-needs-time = هذه الجمعية العامة مغلقة: أعطوا الوقت الذي بدأت فيه النقطة (--at HH:MM) لتصحيحه
error-agenda-meeting-not-open = افتحوا الجمعية قبل تناول نقاطها
error-agenda-item-already-active = هذه النقطة قيد التناول بالفعل
error-agenda-item-already-done = هذه النقطة انتهت بالفعل
error-agenda-closed-end-needs-time = هذه الجمعية العامة مغلقة: أعطوا الوقت الذي انتهت فيه النقطة (--at HH:MM) لتصحيحه
error-agenda-finish-not-active = لا يمكن إنهاء إلا النقطة قيد التناول
error-agenda-table-finished = لا يمكن إرجاء نقطة { $status ->
        [done] منتهية
        [tabled] مُرجأة
        [active] قيد التناول
       *[other] معلّقة
    }
error-report-back-cannot-clear = لا يمكن تفريغ «{ $given }»: الحقول هي { $fields }
error-report-back-wg-and-behalf = تقرير اللجنة تقدّمه لجنة أو يُقدَّم نيابةً عن شخص، لا الاثنان معًا
error-report-back-not-one = هذه النقطة من جدول الأعمال ليست تقرير لجنة
error-report-back-not-found = لا يوجد تقرير لجنة للنقطة { $item }
error-report-back-would-blank = هذا سيفرّغ { $fields } في تقرير اللجنة هذا: إن كان هذا مقصودًا، ففرّغوا { $count ->
        [1] الحقل
       *[other] الحقول
    } صراحةً (--clear { $flags })
error-report-back-fields-and = { $first } و{ $rest }

## سجلات جمعية أخرى (db.rs)

error-not-owned-proposal = هذا المقترح يخص جمعية أخرى وهو هنا للقراءة فقط؛ تبنّوه لتكون لكم نسختكم الخاصة
error-not-owned-meeting = هذا الاجتماع يخص جمعية أخرى وهو هنا للقراءة فقط؛ تبنّوه لتكون لكم نسختكم الخاصة
error-not-owned-decision = هذا القرار يخص جمعية أخرى وهو هنا للقراءة فقط؛ تبنّوه لتكون لكم نسختكم الخاصة
error-not-owned-ga = الجمعية العامة { $number } تخص جمعية أخرى وهي هنا للقراءة فقط؛ تبنّوها لتكون لكم نسختكم الخاصة
error-not-owned-wg = اللجنة «{ $name }» تخص جمعية أخرى وهي هنا للقراءة فقط؛ تبنّوها لتكون لكم نسختكم الخاصة
error-not-owned-person = { $name } يخص جمعية أخرى وهو هنا للقراءة فقط؛ تبنّوا هذا السجل لتكون لكم نسختكم الخاصة

## النظر في مقترح (proposal/hearing.rs)

error-step-not-started = لم يبدأ
error-step-present = العرض
error-step-clarifying-questions = الأسئلة التوضيحية
error-step-concerns = التحفظات والتعديلات الودية
error-step-temperature-check = قياس المزاج
error-step-call-for-consensus = الدعوة إلى التوافق
error-step-vote = التصويت
error-step-outcome = النتيجة
error-hearing-not-a-proposal-item = النقطة { $item } ليست مقترحًا: لا يوجد نظر فيه هناك
error-hearing-over = انتهى النظر في { $item }: نتيجته ({ $outcome }) مسجّلة
error-hearing-record-tabled = هذا المقترح مُرجأ: تسجيل { $record ->
        [clarifying-questions] سؤال توضيحي
        [concerns] تحفّظ أو تعديل
        [temperature-check] قياس للمزاج
       *[other] هذا
    } في { $item } سيعيد تناوله دون أن يقرّر ذلك أحد. إن أعادت الجمعية تناوله، فانقلوا النظر فيه إلى خطوة أولًا (proposal step … --to present)
error-hearing-record-passes-over = لا شيء مسجّل في خطوة «{ $step }» من { $item }: تسجيل { $record ->
        [clarifying-questions] سؤال توضيحي
        [concerns] تحفّظ أو تعديل
        [temperature-check] قياس للمزاج
       *[other] هذا
    } الآن سيتخطّاها بصمت. سجّلوا ما طُرح هناك، أو تقدّموا قائلين إنه لم يُطرح شيء (proposal step … --none)
error-hearing-remove-begun = بدأ النظر في هذا المقترح في هذه النقطة: أرجئوا المقترح بدل حذف النقطة
error-hearing-proposal-not-on-agenda = المقترح { $proposal } ليس على جدول أعمال { $meeting }: أضيفوه أولًا كنقطة من نوع مقترح
error-hearing-move-already-there = لا يمكن الانتقال إلى «{ $step }»: النظر فيه هناك بالفعل
error-hearing-move-to-outcome = لا يمكن الانتقال إلى «{ $step }»: يُبلغ النتيجة بتسجيلها: قرار، أو إرجاء المقترح أو سحبه أو إعادته
error-hearing-move-no-vote = لا يمكن الانتقال إلى «{ $step }»: قاعدة الجمعية ({ $rule }) بلا تصويت: الاختلاف امتناع أو اعتراض مانع
error-hearing-move-only-outcome = لا يمكن الانتقال إلى «{ $step }»: بعد «{ $from }» يأتي تسجيل النتيجة
error-hearing-move-one-way = لا يمكن الانتقال إلى «{ $step }»: بعد «{ $from }» يمكن أن ينتقل النظر إلى «{ $next }»
error-hearing-move-two-ways = لا يمكن الانتقال إلى «{ $step }»: بعد «{ $from }» يمكن أن ينتقل النظر إلى «{ $next }» أو «{ $other }»
error-hearing-nothing-recorded = { $step ->
        [clarifying-questions] لم يُسجَّل أي سؤال توضيحي
       *[other] لم يُسجَّل أي تحفّظ ولا تعديل
    } في { $item }: سجّلوا ما طُرح، أو تقدّموا قائلين إنه لم يُطرح شيء (--none)
error-hearing-none-needless = «none» تقول إنه لم يُطرح شيء في الخطوة التي يغادرها النظر، لكن الانتقال من «{ $from }» إلى «{ $to }» لا يترك خلفه خطوة فارغة كهذه
error-hearing-not-found = لا نظر في النقطة { $item }: ليست نقطة من نوع مقترح
error-question-not-found = لا يوجد سؤال توضيحي بالمعرّف { $id }
error-concern-not-found = لا يوجد تحفّظ بالمعرّف { $id }
error-temperature-not-found = لا يوجد قياس للمزاج بالمعرّف { $id }
error-temperature-count-too-big = { $count } يدًا { $hands ->
        [up] إلى أعلى
        [sideways] إلى الجانب
       *[down] إلى أسفل
    } أكثر من { $max }: راجعوا العدّ
error-temperature-no-hands = قياس المزاج يحتاج إلى يد واحدة على الأقل: أدخلوا عدد الأيدي إلى أعلى وإلى الجانب وإلى أسفل

## مسار المقترح (proposal/lifecycle.rs)

error-proposal-status-draft = مسودة
error-proposal-status-submitted = مقدَّم
error-proposal-status-on-agenda = على جدول أعمال
error-proposal-status-in-process = قيد النظر
error-proposal-status-decided = مقرَّر
error-proposal-status-tabled = مُرجأ
error-proposal-status-withdrawn = مسحوب
error-proposal-status-sent-back = مُعاد إلى اللجنة
error-outcome-consensus = توافق
error-outcome-passed = أُقرّ
error-outcome-blocked = اعتُرض عليه
error-outcome-failed = رُفض
error-outcome-tabled = أُرجئ
error-outcome-withdrawn = سُحب
error-outcome-sent-back = أُعيد إلى اللجنة
error-proposal-final = هذا المقترح { $status ->
        [withdrawn] سحبه مقدّموه
        [sent-back] أُعيد لإعادة صياغته
       *[decided] تقرّر
    }: لم يعد ممكنًا { $action ->
        [submit] تقديمه
        [put-on-agenda] وضعه على جدول أعمال
        [hear] النظر فيه
        [decide] البتّ فيه
        [table] إرجاؤه
        [withdraw] سحبه
        [send-back] إعادته
       *[amend] تعديله
    }
error-proposal-submit-not-draft = المسودة وحدها يمكن تقديمها؛ هذا المقترح بالفعل: { $status }
error-proposal-agenda-draft = هذا المقترح مسودة: قدّموه قبل وضعه على جدول أعمال
error-proposal-hear-not-on-agenda = هذا المقترح: { $status }؛ ضعوه على جدول أعمال جمعية عامة قبل النظر فيه
error-proposal-decide-not-a-decision = { $outcome ->
        [withdrawn] «سُحب»
       *[sent-back] «أُعيد»
    } ليست نتيجة قرار: اسحبوا المقترح أو أعيدوه بدلًا من ذلك
error-proposal-decide-not-on-agenda = هذا المقترح: { $status }؛ لا يمكن البتّ إلا في مقترح على جدول أعمال جمعية عامة
error-proposal-already-tabled = هذا المقترح مُرجأ بالفعل
error-proposal-table-not-before-ga = هذا المقترح: { $status }؛ لا يمكن إرجاء إلا مقترح أمام الجمعية (على جدول أعمال أو قيد النظر)
error-proposal-send-back-draft = هذا المقترح ما زال مسودة: لا شيء لإعادته (اسحبوه بدلًا من ذلك)
error-proposal-move-needs-reason = قولوا لماذا: { $outcome ->
        [withdrawn] السحب
        [sent-back] إعادة المقترح
       *[other] الإرجاء
    } يحمل سببه، والمحضر يطبعه (مثل «بعد 9 اعتراضات مانعة، ليعود مع ورشة تعريفية»)
error-proposal-item-not-its-hearing = النقطة { $item } ليست نظرًا في هذا المقترح

## نسخ المقترح وتعديلاته (proposal/versions.rs)

error-proposal-no-text = المقترح { $id } بلا نص
error-proposal-no-version = هذا المقترح ليس له النسخة { $version }: نسخه من 1 إلى { $count }
error-amendment-not-found = لا يوجد تعديل بالمعرّف { $id }
error-amendment-already-answered = هذا التعديل { $status ->
        [accepted] قُبل
        [rejected] رُفض
       *[other] أُجيب عنه
    } بالفعل
error-amendment-text-moved-on = اقتُرح هذا التعديل على النسخة { $base }، لكن النص الآن في النسخة { $current }: اقترحوه من جديد على النص الحالي
error-amendment-needs-by = التعديل يذكر مَن اقترحه
error-amendment-same-text = النص المعدَّل مطابق للنسخة { $base }: التعديل يغيّر النص
error-amendment-not-at-a-ga = لم يُقترح هذا التعديل في جمعية عامة: لا محضر لتصحيحه
error-amendment-never-answered = لم يُجَب عن هذا التعديل قط: ردّ مقدّمي المقترح يُسجَّل بـ`proposal amendment`، ولا يُصحَّح
error-amendment-later-versions = النص الآن في النسخة { $current }، المصنوعة منذ ذلك الحين من النسخة { $touched }: صحّحوا التعديلات اللاحقة أولًا
error-amendment-decided-elsewhere = اتُّخذ قرار في جمعية عامة أخرى على النسخة { $touched } من النص: لم يعد ممكنًا أن يتغيّر الرد على هذا التعديل

## المراجع القصيرة (refs.rs)

error-refs-no-short = لا يوجد { $what ->
        [amendment] تعديل
        [clarifying-question] سؤال توضيحي
        [concern] تحفّظ
       *[stack-entry] تسجيل في قائمة المتحدثين
    } «{ $given }» (سمّوه بالمرجع القصير الذي يطبعه `show`، أو بالمعرّف)
error-refs-short-ambiguous = { $what ->
        [amendment] التعديل
        [clarifying-question] السؤال التوضيحي
        [concern] التحفّظ
       *[stack-entry] التسجيل
    } «{ $given }» ملتبس: أعطوا أرقامًا أكثر من معرّفه

## أوامر القاعة (room/commands.rs)

error-room-lang-not-a-code = وسائط غير صالحة: lang { $given } ليس رمز لغة

## أخطاء ثابتة (error.rs): قاعدة البيانات وعبارة مرورها والملفات

error-no-assembly = قاعدة البيانات هذه بلا جمعية بعد: شغّلوا أولًا `plenary init --name NAME --code CODE`
error-newer-database = أنشأ قاعدة البيانات هذه Plenary أحدث (نسخة المخطط { $found }، وهذا الـPlenary يعرف حتى { $known })؛ حدّثوا Plenary لفتحها — لم تُمسّ قاعدة البيانات
error-locked = قاعدة البيانات هذه مشفّرة ولم يُفتح قفلها بعد: أعطوا عبارة مرورها أولًا
error-upgrading = يجري تحديث السجلات لهذا الإصدار من Plenary؛ لحظة من فضلكم
error-database = خطأ في قاعدة البيانات: { $reason }
error-migration = فشل ترحيل قاعدة البيانات: { $reason }
error-wrong-passphrase = عبارة المرور لا تفتح قاعدة البيانات هذه؛ لم يتغيّر شيء
error-io = { $context }: { $reason }
error-io-cannot-open = تعذّر فتح { $path }
error-io-cannot-read = تعذّرت قراءة { $path }
error-io-cannot-write = تعذّرت كتابة { $path }
error-io-cannot-create-folder = تعذّر إنشاء المجلد { $path }
error-io-cannot-read-inbox = تعذّرت قراءة مجلد الوارد { $path }
error-io-cannot-watch-inbox = تعذّر بدء مراقبة مجلد الوارد
error-io-cannot-start-checkpoint = تعذّر بدء خيط نقاط الحفظ
error-io-cannot-write-key = تعذّرت كتابة مفتاح التوقيع في { $path }
error-io-cannot-read-key = تعذّرت قراءة مفتاح التوقيع { $path }
error-io-cannot-delete-backup = تعذّر حذف النسخة الاحتياطية { $path }
error-io-cannot-flush = تعذّر حفظ { $path } على القرص
error-io-cannot-move = تعذّر نقل { $from } إلى { $to }
error-assembly-no-key-in-memory = قاعدة البيانات هذه في الذاكرة بلا مفتاح توقيع
error-person-forget-log-busy = استُبدل الاسم، لكن برنامجًا آخر يُبقي قاعدة البيانات مشغولة، لذا قد يحتفظ سجلّها بالبايتات القديمة حتى يُغلق ذلك البرنامج

## مجموعات كلمات مغلقة (text_enum.rs): كلمة ليست من مجموعتها

error-unknown-value = «{ $given }» ليست قيمة صالحة لـ{ $what }: المتوقَّع واحدة من { $expected }
error-what-actor = الفاعل
error-what-amendment-status = حالة التعديل
error-what-change = التغيير
error-what-decision-reason = سبب القرار
error-what-stack-entry-kind = نوع التسجيل في قائمة المتحدثين
error-what-hand-request-status = حالة طلب الكلمة
error-what-hand-state = حالة اليد
error-what-hearing-action = إجراء النظر
error-what-search-hit-kind = نوع نتيجة البحث
error-what-agenda-item-kind = نوع نقطة جدول الأعمال
error-what-agenda-item-status = حالة نقطة جدول الأعمال
error-what-meeting-status = حالة الجمعية
error-what-meeting-format = شكل الجمعية
error-what-minutes-format = صيغة المحضر
error-what-process-step = خطوة العملية
error-what-proposal-action = إجراء على مقترح
error-what-proposal-status = حالة المقترح
error-what-stack-reason = سبب في قائمة المتحدثين
error-what-stack-policy = قاعدة قائمة المتحدثين
error-what-stance = الموقف
error-what-wg-category = فئة اللجنة
error-what-wg-status = حالة اللجنة
error-what-outcome = النتيجة
error-what-wg-voice = صوت اللجنة
error-what-view = العرض
error-what-room-role = الدور في القاعة
error-what-stack-entry-status = حالة التسجيل في قائمة المتحدثين
error-what-key-status = حالة المفتاح
error-what-inbox-file-state = حالة ملف الوارد

## ما التالف في سجل التراجع (stack/undo.rs)

error-undo-damaged-not-json = ليس JSON
error-undo-damaged-no-table = بلا جدول
error-undo-damaged-unknown-table = جدول مجهول
error-undo-damaged-no-id = بلا معرّف
error-undo-damaged-bad-row = صف غير صالح
