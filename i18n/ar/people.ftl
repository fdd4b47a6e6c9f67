# أشخاص الجمعية (ui/src/views/people/PeopleView.svelte).

people-heading = الأشخاص
people-hint = كل من يذكرهم سجل الجمعية. صحّح اسمًا كُتب خطأً؛ ادمج اسمين لشخص واحد. يتبع ذلك كل السجل.
people-search = بحث
people-loading = جارٍ التحميل…
people-none-yet = لا أحد في السجل بعد.
people-none-found = لا أحد بهذا الاسم.
people-col-name = الاسم
people-col-meetings = الجمعيات
people-col-records = السجلات
people-col-actions = الإجراءات
people-rename = إعادة التسمية
people-rename-label = إعادة تسمية { $name }
people-new-name = الاسم الجديد لـ{ $name }
people-save = حفظ
people-cancel = إلغاء
people-renamed = صار { $before } الآن { $after }.
people-merge-open = دمج…
people-merge-label = دمج { $name } مع شخص آخر
people-merge-heading = دمج { $name }
people-merge-explain = كل سجل يذكر { $name } سيذكر بدلًا منه الشخص المختار هنا، ويُزال { $name }. لا يمكن التراجع عن هذا هنا.
people-merge-find = البحث عن الاسم
people-merge-into = مع
people-merge-choose = اختر شخصًا
people-merge = دمج
people-merged = دُمج { $from } مع { $into }: كل سجل يذكر { $into }.
people-forget-open = نسيان…
people-forget-label = نسيان { $name } بناءً على طلبه
people-forget-heading = نسيان { $name }
people-forget-explain = لمن طلب أن يُنسى. يُستبدل اسمه بعلامة مثل «مشارك/ة 3» في كل سجل هذه الجمعية: الأسماء والنصوص الحرة وسجل الكلام واليومية. تُحذف النسخ الاحتياطية التلقائية. وتحمل الحزمة التالية التغيير إلى الجمعيات التي تلقّت الاسم.
people-forget-not-reached = لا يشمل: النسخ المصنوعة يدويًا (النسخ الاحتياطية والحزم والمحاضر المصدَّرة) ولا سجلات الجمعيات الأخرى. لا يمكن التراجع عن هذا.
people-forget = نسيان هذا الشخص
people-forgotten = نُسي الاسم: يقول السجل الآن { $placeholder } ({ $records } سجلات؛ حُذفت { $backups }). تحمل الحزمة التالية التغيير.
people-backups = { $n ->
    [zero] لا نسخ احتياطية تلقائية
    [one] نسخة احتياطية تلقائية واحدة
    [two] نسختان احتياطيتان تلقائيتان
    [few] { $n } نسخ احتياطية تلقائية
    [many] { $n } نسخة احتياطية تلقائية
   *[other] { $n } نسخة احتياطية تلقائية
  }
people-pager-noun = أشخاص
