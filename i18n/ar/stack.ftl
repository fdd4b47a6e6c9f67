# كلمات قائمة المتحدثين (ui/src/views/stack، lib/floorAnnouncements.ts).
# أسماء أنواع الطلبات هي أسماء المحضر (entry-…، minutes.ftl).

## أنواع الطلبات: إشارة اليد لكل نوع

stack-signal-process = مثلث
stack-signal-information = إصبع مرفوعة
stack-signal-clarifying = اليد على شكل «C»
stack-signal-direct-response = السبابتان
stack-signal-speak = يد مرفوعة

## لماذا يقف الطلب في مكانه

stack-reason-direct-response-to = رد مباشر على { $name }
stack-reason-in-order-added = حسب ترتيب التسجيل
stack-reason-prioritized = له الأولوية
stack-reason-first-time-today = يتكلم لأول مرة اليوم
stack-reason-spoken-today = تكلم اليوم من قبل
stack-reason-prioritized-and = له الأولوية، { $why }
stack-reason-no-repeat = يتقدّم: صاحب الدور تكلم للتو
stack-reason-list-turn = دور قائمة { $list }
stack-reason-list-turn-and = دور قائمة { $list }، { $why }
stack-reason-over-cap = ينتظر: أجرى { $n } { $n ->
    [one] مداخلة
    [two] مداخلتين
    [few] مداخلات
   *[other] مداخلة
  } في هذا البند، والحد هو { $cap }

## لماذا لا يُقبل نوع الآن

stack-why-meeting-closed = { $meeting } مغلقة
stack-why-stack-closed = القائمة مغلقة
stack-why-nobody-speaking = لا أحد معه الكلمة
stack-why-foreign = { $meeting } تخص جمعية أخرى

## ما الذي سيُلغيه «تراجع»

stack-undo-add = تسجيل شخص في القائمة
stack-undo-next = إعطاء الكلمة للمتحدث التالي
stack-undo-withdraw = سحب طلب
stack-undo-prioritize = إعطاء الأولوية
stack-undo-unprioritize = رفع الأولوية
stack-undo-close = إغلاق القائمة
stack-undo-reopen = إعادة فتح القائمة
stack-undo-pause = الإيقاف المؤقت
stack-undo-resume = الاستئناف
stack-undo-limit = الوقت لكل متحدث
stack-undo-policy = تغيير قواعد الكلام
stack-undone-add = تسجيل { $name } ({ $kind }{ $for ->
        [yes] ، باسم { $wg }
       *[no] {""}
    }{ $prioritized ->
        [yes] ، بأولوية
       *[no] {""}
    }{ $listed ->
        [yes] ، قائمة { $list }
       *[no] {""}
    })
stack-undone-next-floor = إعطاء الكلمة لـ{ $name }
stack-undone-next-finished = انتهاء مداخلة { $name }، ولا أحد في الانتظار
stack-undone-withdraw = سحب طلب { $name } ({ $kind })
stack-undone-prioritize = إعطاء الأولوية لـ{ $name }
stack-undone-unprioritize = سحب الأولوية من { $name }
stack-undone-close = إغلاق القائمة
stack-undone-reopen = إعادة فتح القائمة
stack-undone-pause = إيقاف { $name } مؤقتًا
stack-undone-resume = استئناف { $name }
stack-undone-limit = تحديد الوقت لكل متحدث بـ{ $limit }
stack-undone-limit-none = دون حد
stack-undone-limit-min = { $n } د
stack-undone-limit-s = { $n } ث
stack-undone-policy = تغيير قواعد الكلام إلى: { $policy }

## الأوقات

stack-limit-min = { $min } د

## العرض

stack-title = قائمة المتحدثين
stack-breadcrumb = مسار التنقل
stack-meeting = الجمعية
stack-minutes-link = المحضر ←
stack-item-status = البند { $status }
stack-meeting-status = { $meeting } { $status }
stack-item = البند
stack-item-option = { $reference } { $title } ({ $status })
stack-item-under-way = جارٍ
stack-follow = متابعة البند الجاري ({ $reference })
stack-no-items = لا بنود بعد في جدول أعمال هذه الجمعية: أضيفوها في
stack-no-items-link = عرض الجمعية
stack-read-only = { $meeting } مغلقة: يمكن قراءة قوائم متحدثيها لكن لم يعد ممكنًا تغييرها.
stack-add-form = التسجيل في القائمة
stack-name = الاسم
stack-name-enter = (Enter يسجّل)
stack-add = تسجيل
stack-adding-as = التسجيل بصفة
stack-adding-prioritized = ، مع الأولوية
stack-prioritize-new = أولوية
stack-list = القائمة
stack-list-their-choice = (باختياره)
stack-list-none = لم تُختر
stack-keys-line-add = تسجيل
stack-keys-line-kind = النوع
stack-keys-line-prioritize = أولوية
stack-keys-line-next = التالي
stack-keys-line-undo = تراجع
stack-keys-line-note = ليس أثناء الكتابة في حقل لوحة أخرى
stack-keys = المفاتيح
stack-key-enter = تسجيل الاسم
stack-key-enter-pick = اختيار شخص معروف
stack-key-enter-clear = مسح
stack-key-kinds = النوع: نقطة نظام، معلومات، توضيح، رد مباشر، كلمة
stack-key-prioritize = إعطاء الأولوية لمن يُسجَّل الآن
stack-key-next = المتحدث التالي
stack-key-undo = التراجع عن آخر إجراء في القائمة (حين يكون حقل الاسم فارغًا)
stack-key-accept = قبول أقدم يد مرفوعة في القاعة

## حقل الاسم

stack-people-known = أشخاص تعرفهم الجمعية

## الأنواع

stack-kind-legend = نوع الطلب

## الكلمة

stack-speaking-now = معه الكلمة الآن
stack-for-wg = عن { $wg }
stack-responds-to = على
stack-prioritized-mark = ★ له الأولوية
stack-nobody = لا أحد معه الكلمة
stack-next = المتحدث التالي
stack-resume = استئناف
stack-pause = إيقاف مؤقت
stack-then = بعده:
stack-then-nobody-ends = لا أحد ينتظر: «التالي» ينهي هذه المداخلة.
stack-then-nobody = لا أحد ينتظر.

## المؤقت

stack-timer-label = وقت كلام { $name }
stack-timer-of = من { $limit }
stack-timer-no-limit = بلا حد للوقت
stack-timer-over = تجاوز بـ{ $time }
stack-timer-wrap-up = بقي { $time } — حان وقت الختام
stack-timer-left = بقي { $time }
stack-timer-paused = متوقف مؤقتًا

## قائمة الانتظار

stack-waiting = في الانتظار
stack-empty = لا أحد ينتظر.
stack-why-here = لماذا هنا:{" "}
stack-entry-list = قائمة { $list }
stack-prioritize = أولوية
stack-prioritize-label = أولوية لـ{ $name } ({ $kind })
stack-withdraw = سحب
stack-withdraw-label = سحب { $name } ({ $kind })

## التراجع والإغلاق والوقت لكل متحدث

stack-settings = إعدادات القائمة
stack-undo = تراجع
stack-would-undo = سيتراجع عن:
stack-nothing-to-undo = لا شيء للتراجع عنه
stack-closed-banner = القائمة مغلقة:
stack-closed-only = فقط نقاط النظام والمعلومات والأسئلة التوضيحية
stack-reopen = إعادة فتح القائمة
stack-open-banner = القائمة مفتوحة: كل الأنواع مقبولة
stack-close = إغلاق القائمة
stack-limit-label = الوقت لكل متحدث
stack-limit-none = بلا حد
stack-limit-set = تحديد
stack-limit-now-none = بلا حد.
stack-limit-now = الآن { $limit }.
stack-limit-hint = دقائق (2) أو دقائق:ثوانٍ (1:30)؛ فارغ لعدم التحديد.
stack-limit-read = الوقت لكل متحدث: { $limit }
stack-limit-error = اكتبوا الحد بالدقائق (2) أو بالدقائق:الثواني (1:30)؛ اتركوه فارغًا لعدم وضع حد.

## قواعد الكلام

stack-policy-title = قواعد الكلام
stack-policy-change = تغيير قواعد الكلام…
stack-policy-form = تغيير قواعد الكلام
stack-policy-order = الترتيب
stack-policy-first-time = الأولوية لمن لم يتكلم بعد
stack-policy-lists = التناوب بين قوائم
stack-policy-lists-none = لا شيء
stack-policy-lists-hint = أسماء تفصل بينها «|»، مثلًا «نساء وأشخاص غير ثنائيين | مفتوحة». من لم يختر قائمة ينتظر في الأخيرة.
stack-policy-cap = أقصى عدد مداخلات لكل شخص في كل بند
stack-policy-cap-none = بلا حد أقصى
stack-policy-no-repeat = لا أحد مرتين متتاليتين
stack-policy-reason = السبب
stack-policy-reason-note = (للمحضر)
stack-policy-apply = تغيير القواعد
stack-policy-cancel = إلغاء
stack-policy-fifo-option = حسب ترتيب التسجيل
stack-policy-progressive-option = قائمة تقدمية

## الأيدي المرفوعة من الهواتف

stack-hands-title = أيدٍ مرفوعة في القاعة
stack-hand-accept = قبول
stack-hand-accept-label = قبول { $name } ({ $kind }) في القائمة
stack-hand-decline = رفض
stack-hand-decline-label = رفض يد { $name }
stack-hands-more = و{ $n } غيرهم

## وقت الكلام

stack-chart-title = وقت الكلام
stack-chart-summary = { $speeches } { $speeches ->
    [one] مداخلة
    [two] مداخلتان
    [few] مداخلات
   *[other] مداخلة
  } من { $people ->
    [one] شخص واحد
    [two] شخصين
    [few] { $people } أشخاص
   *[other] { $people } شخصًا
  }، { $time } في المجموع
stack-chart-people = { $n ->
    [zero] لا أحد
    [one] شخص واحد
    [two] شخصان
    [few] { $n } أشخاص
   *[other] { $n } شخصًا
  }
stack-chart-first-time = { $n ->
    [one] تكلم
   *[other] تكلموا
  } لأول مرة
stack-chart-none = لم ينهِ أحد مداخلة في هذه الجمعية بعد.
stack-chart-over = { $n } تجاوز
stack-chart-first-mark = أول مرة
stack-loading = جارٍ التحميل…

## عدالة توزيع وقت الكلام

stack-airtime-title = عدالة توزيع وقت الكلام
stack-airtime-no-speeches = لا مداخلات بعد
stack-airtime-no-list = بلا قائمة
stack-airtime-gini = معامل جيني لوقت الكلام:
stack-airtime-on = في { $item }
stack-airtime-this-item = هذا البند
stack-airtime-at = في { $meeting }
stack-airtime-gini-note = (0 = تكلم الجميع بالتساوي؛ قرب 1 = قلة استأثرت بالكلمة)
stack-airtime-counted = محسوب على { $n } شخصًا: { $note }.
stack-airtime-shares = { $time } من الوقت · { $people } من الأشخاص ({ $n })
stack-airtime-last = آخر المتحدثين، الأحدث أولًا:

## ما يسمعه قارئ الشاشة

stack-say-minutes = { $n ->
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $n } دقائق
   *[other] { $n } دقيقة
  }
stack-say-seconds = { $n ->
    [one] ثانية واحدة
    [two] ثانيتان
    [few] { $n } ثوانٍ
   *[other] { $n } ثانية
  }
stack-say-undone = تم التراجع عن: { $what }.
stack-say-floor = الكلمة مع { $name } ({ $kind }).
stack-say-nobody = لا أحد معه الكلمة.
stack-say-paused = أُوقفت مداخلة { $name } مؤقتًا.
stack-say-resumed = استؤنفت مداخلة { $name }.
stack-say-joined = سُجّل { $name } في القائمة ({ $kind }): المكان { $place } من { $count }.
stack-say-joined-prioritized = سُجّل { $name } في القائمة ({ $kind }): المكان { $place } من { $count }، مع الأولوية.
stack-say-prioritized = { $name } له الأولوية: الآن في المكان { $place }.
stack-say-unprioritized = { $name } لم تعد له الأولوية: الآن في المكان { $place }.
stack-say-left = غادر { $name } القائمة.
stack-say-closed = القائمة مغلقة: فقط نقاط النظام والمعلومات والأسئلة التوضيحية.
stack-say-reopened = أُعيد فتح القائمة.
stack-say-limit = الوقت لكل متحدث: { $limit }.
stack-say-time-left = { $name }: بقي { $time }.
stack-say-time-up = انتهى وقت { $name }.

## الحالات

stack-item-status-pending = معلّق
stack-item-status-active = جارٍ
stack-item-status-done = منجز
stack-item-status-tabled = مؤجل
stack-meeting-planned = مقررة
stack-meeting-open = مفتوحة
stack-meeting-closed = مغلقة
