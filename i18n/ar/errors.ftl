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
