# The participants' page (src-tauri/core/src/room/page, served by the room's server): a
# phone on the room's network follows the meeting and asks for the floor. It speaks the
# app's language. The kinds of hand are the minutes' (entry-…), a hearing's steps the
# projector's (projector-step-…), why a hand stands where it does the stack's
# (stack-reason-…).

room-page-title = Plenary — القاعة
room-page-connecting = جارٍ الاتصال بالقاعة…
room-page-connected = متصل: هذه الصفحة تتابع الجمعية العامة مباشرة.
room-page-reconnecting = جارٍ إعادة الاتصال بالقاعة…
room-page-closed = القاعة مغلقة.
room-page-unreachable = تعذّر الوصول إلى القاعة.
room-page-refused = رفضت القاعة الطلب (HTTP { $status }).
room-page-now = الآن
room-page-floor = الكلمة
room-page-next = التالون
room-page-raise = أطلب الكلمة
room-page-name = اسمك
room-page-kind = من أجل
room-page-kind-speak = الكلام
room-page-kind-direct-response = الرد مباشرة على المتحدث
room-page-kind-clarifying = طرح سؤال توضيحي
room-page-kind-information = تقديم نقطة معلومات
room-page-kind-process = إثارة نقطة نظام
room-page-withdraw = أسحب طلبي
room-page-proposal = المقترح
room-page-agenda = جدول الأعمال
room-page-not-open = { $meeting } — لم تُفتتح بعد
room-page-nothing-under-way = لا شيء قيد النقاش بعد.
room-page-nobody-has-floor = لا أحد معه الكلمة.
room-page-speaker = { $name } ({ $kind })
room-page-entry = { $name } — { $kind }
room-page-more = { $n ->
    [zero] ولا أحد غيرهم
    [one] وشخص آخر
    [two] وشخصان آخران
    [few] و{ $n } آخرون
   *[other] و{ $n } آخرين
  }
room-page-nobody-waiting = لا أحد ينتظر.
room-page-stack-closed = قائمة المتحدثين مغلقة.
room-page-item-under-way = { $item } — قيد النقاش
room-page-item-done = { $item } — انتهى
room-page-item-tabled = { $item } — مؤجّل
room-page-proposal-title = { $reference } { $title } (النسخة { $version })
room-page-step = المرحلة: { $step }
room-page-clock-of-minutes = { $clock } من { $minutes } د
room-page-clock-of = { $clock } من { $limit }
room-page-clock-paused = { $clock } (متوقف مؤقتًا)
room-page-has-floor = الكلمة الآن مع { $name }.
room-page-hand-pending = طلبت الكلمة ({ $kind }): بانتظار مسؤول قائمة المتحدثين.
room-page-hand-waiting = ترتيبك { $ord ->
   *[other] { $n }
  } في قائمة المتحدثين — { $policy }: { $reason }.
room-page-hand-on-stack = أنت في قائمة المتحدثين.
room-page-hand-speaking = الكلمة معك.
room-page-hand-spoken = لقد تكلمت. اطلب الكلمة من جديد لتتكلم مرة أخرى.
room-page-hand-declined = لم يقبل مسؤول قائمة المتحدثين طلبك هذه المرة.
room-page-hand-down = لم تطلب الكلمة.
