# المحضر (src-tauri/core/src/minutes/, decision.rs, stack/policy.rs)، بلغة جمعيات ميدان
# التحرير العامة: محضر، تيسير، قائمة المتحدثين، اعتراض مانع، لجنة.
# الأرقام بالأرقام الغربية (كما في المراجع مثل RIV-GA-3).

## الترقيم والوحدات

colon = { $text }:
# Between the names of a list ("Ana, Bo").
comma = {"، "}
list-separator = {"؛ "}
percent = { $n }%
decimal = { $int }.{ $frac }
duration-min-s = { $min } د { $s } ث
duration-s = { $s } ث
turn-from-until = { $name } ({ $from }–{ $until })
turn-from = { $name } (من { $from })
turn-until = { $name } (حتى { $until })

## الرأس

minutes-title = { $assembly } — الجمعية العامة { $number } ({ $reference })
fact-date = التاريخ
fact-place = المكان
fact-format = الشكل
fact-attendance = الحضور
fact-opened = الافتتاح
fact-closed = الختام
attendance-about = نحو { $n }
format-spokes-council = مجلس المندوبين
label-minutes = المحضر
minutes-draft = مسودة (لم يُعتمد بعد)
minutes-approved = اعتُمد في الجمعية { $reference }
redacted-note = في هذه النسخة استُبدلت أسماء الأشخاص بعبارة «مشارك/ة N».
label-spokes = المندوبون
label-consult-breaks = استراحات التشاور
consult-break = { $start }–{ $end }، طلبها { $name }، مندوب/ة لجنة { $wg } ({ $minutes ->
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
   *[other] { $minutes } دقيقة
  })
consult-break-during = { $line }، أثناء { $item }
label-floor-policy-changed = تغييرات في نظام الكلمة
policy-change = { $before } ← { $after }
policy-change-during = { $line } (أثناء { $item })

## الأدوار

role-facilitator = { $n ->
    [one] التيسير
   *[other] التيسير
  }
role-stack-keeper = { $n ->
    [one] قائمة المتحدثين
   *[other] قائمة المتحدثين
  }
role-timekeeper = { $n ->
    [one] ضبط الوقت
   *[other] ضبط الوقت
  }
role-minute-taker = { $n ->
    [one] كتابة المحضر
   *[other] كتابة المحضر
  }
role-vibes-watcher = { $n ->
    [one] مراقبة الأجواء
   *[other] مراقبة الأجواء
  }

## من سجّل

actor-facilitator = التيسير
actor-stack-keeper = قائمة المتحدثين
actor-timekeeper = ضبط الوقت
actor-minute-taker = كتابة المحضر
actor-participant = أحد المشاركين
actor-cli = سطر الأوامر
actor-demo = العرض التجريبي
actor-import = الاستيراد

## بنود جدول الأعمال

item-kind-process = إجراءات
item-kind-report-back = تقرير لجنة
item-kind-proposal = مقترح
item-kind-discussion = نقاش
item-kind-announcement = إعلان
item-kind-soapbox = منبر حر
item-kind-other = أخرى
item-allotted = المقرر { $min } د
item-actual = الفعلي { $min } د ({ $start }–{ $end })
item-started = بدأ { $at }
item-status-pending = لم يُتناول
item-status-active = جارٍ
item-status-done = أُنجز
item-status-tabled = أُرجئ
label-working-group = اللجنة
label-on-behalf-of = باسم
label-report-back = تقرير
label-presented-by = قدّمه
label-asks = الطلبات
label-announcements = الإعلانات
announcement-by-for = { $name }، باسم { $whom }
on-behalf-of = باسم { $whom }
label-action-items = المهام
label-notes = ملاحظات

## المداخلات

label-speakers = المداخلات
speech = { $name } — { $kind }، { $at }
speech-time = { $line }، { $time }
speech-over = { $line } (تجاوز الوقت بـ{ $time })
entry-process = نقطة نظام
entry-information = نقطة معلومات
entry-clarifying = سؤال توضيحي
entry-direct-response = رد مباشر
entry-speak = طلب كلمة

## مقترح

proposal-heading = المقترح { $reference }: { $title }
proposed-by = قدّمه { $name }
label-text-as-submitted = النص كما قُدّم
label-clarifying-questions = الأسئلة التوضيحية
said-by = {" "}({ $name })
question-answered = {" "}— الجواب{ $by }: { $answer }
question-not-answered = {" "}— لم يُجب عنه
no-questions = لم تُطرح أسئلة توضيحية.
label-concerns = التحفظات
concern-addressed = {" "}— عولج
concern-addressed-with = {" "}— عولج: { $response }
concern-not-addressed = {" "}— لم يُعالج
no-concerns = لم تُطرح تحفظات.
label-friendly-amendments = التعديلات الودية
amendment-line = التعديل { $n }، اقترحه { $name } — { $result }:
amendment-offered = اقترحه { $name } — { $result }:
amendment-accepted-version = قبله أصحاب المقترح (الصيغة { $version })
amendment-accepted = قبله أصحاب المقترح
amendment-rejected = لم يقبله أصحاب المقترح
amendment-pending = في انتظار رد أصحاب المقترح
no-amendments = لم تُقترح تعديلات ودية.
label-temperature-check = قياس المزاج
temperature = موافق { $up } · متردد { $sideways } · معارض { $down }
text-as-decided = النص كما أُقرّ (الصيغة { $version })

## القرار

label-decision = القرار
decision-line = { $decision } وفق { $rule }: { $counted }
decision-rule-chosen = { $rule } (اختارته الجمعية بدل قاعدتها المعتادة، { $default })
decision-quorum = النصاب { $n }
decision-stand-aside-limit = حد الامتناع { $limit }
rule-consensus = التوافق
rule-modified = التوافق المعدّل ({ $percent }%)
rule-supermajority = الأغلبية الموصوفة { $share }
rule-majority = الأغلبية
wg-voice = { $wg }: { $voice }
voice-for = مع
voice-against = ضد
voice-stand-aside = امتناع
voice-block = اعتراض مانع
label-stand-aside = امتناع
label-block = اعتراض مانع
label-disputed = مطعون فيه
outcome = النتيجة: { $outcome }
outcome-entered-by = { $explanation } (سجّله: { $by })
outcome-by-why = {" "}— من { $by }: { $why }
outcome-by = {" "}— من { $by }
by-the-proposers = أصحاب المقترح
by-the-ga = الجمعية
status-note-corrected = صُحّح بعد الجمعية
status-note-taken-off = سُحب من جدول الأعمال
outcome-consensus = توافق
outcome-passed = أُقرّ
outcome-blocked = اعتُرض عليه
outcome-failed = رُفض
outcome-tabled = أُرجئ
outcome-withdrawn = سُحب
outcome-sent-back = أُعيد إلى اللجنة

## العدّ وسبب النتيجة

count-blocks = { $n ->
    [one] اعتراض مانع واحد
    [two] اعتراضان مانعان
    [few] { $n } اعتراضات مانعة
    [many] { $n } اعتراضًا مانعًا
   *[other] { $n } اعتراض مانع
  }
count-stand-asides = { $n ->
    [one] امتناع واحد
    [two] امتناعان
    [few] { $n } حالات امتناع
    [many] { $n } حالة امتناع
   *[other] { $n } حالة امتناع
  }
count-for = { $n } مع
count-against = { $n } ضد
count-working-groups = { $n ->
    [one] لجنة واحدة
    [two] لجنتان
    [few] { $n } لجان
    [many] { $n } لجنة
   *[other] { $n } لجنة
  }
counted-support = { $n } موافق
counted-blocks-unnamed = { $blocks } (لم تُسجّل الأسماء ولا الأسباب)
counted-blocks-some-unnamed = { $blocks } (منها { $unnamed } بلا اسم أو سبب مسجّل)
counted-vote = تصويت: { $support } مع، { $against } ضد — { $ratio }، { $threshold }
counted-none = { $outcome } (بلا عدّ)
counted-wg-voices = { $wgs }: { $voices }
counted-wg-voices-vote = { $words } — { $ratio }، { $threshold }
threshold-at-least = { $share } على الأقل
threshold-below = أقل من { $share }
threshold-more-than-half = أكثر من النصف
threshold-not-more-than-half = ليس أكثر من النصف
explain-no-quorum = { $outcome }: شارك { $n }، أقل من النصاب البالغ { $quorum }
explain-too-many-stand-asides = { $outcome }: امتنع { $n } من { $of }، وهذا يبلغ حد { $limit } أو يتجاوزه
explain-no-blocks = { $outcome }: لا اعتراض مانع
explain-blocks = { $outcome }: { $blocks } في التوافق
explain-blocks-no-vote = { $outcome }: { $blocks } ولم يجر تصويت
explain-no-blocks-no-against = { $outcome }: لا اعتراض مانع ولا صوت ضد
explain-vote = { $outcome }: تصويت { $support } مع، { $against } ضد — { $ratio }، { $threshold }
explain-no-votes = { $outcome }: لم يصوّت أحد مع أو ضد

## نظام الكلمة

policy-progressive = قائمة تقدمية
policy-fifo = حسب ترتيب التسجيل
policy-first-time-first = الأولوية لمن لم يتكلم بعد
policy-alternate = قوائم متناوبة: { $lists }
policy-cap = { $n ->
    [one] مداخلة واحدة
    [two] مداخلتان
    [few] { $n } مداخلات
   *[other] { $n } مداخلة
  } على الأكثر لكل شخص في كل بند
policy-no-repeat = لا أحد مرتين متتاليتين

## توزيع وقت الكلام

label-airtime-equity = توزيع وقت الكلام
equity-gini = مؤشر جيني لوقت الكلام: { $gini } (0 = تكلم الجميع بالتساوي)، على { $n } شخصًا ({ $note })
present-lower-bound = الحضور { $label }: احتُسب { $n } (الحد الأدنى)
present-counted-as = الحضور { $label }: احتُسب { $n }
present = الحضور { $label }
present-fewer = سُجّل حضور { $label }، أقل من { $speakers } ممن تكلموا: على المتكلمين وحدهم
present-not-recorded = لم يُسجّل الحضور: على المتكلمين وحدهم
equity-nobody-spoke = لم يتكلم أحد
equity-speeches = عدد المتحدثين: { $speakers }، عدد المداخلات: { $speeches }، المجموع { $time }؛ تكلم { $first } للمرة الأولى
equity-no-list = بلا قائمة
equity-list = قائمة { $list }
equity-list-share = { $list }: { $time } من الوقت، { $people } من الأشخاص ({ $n })
equity-person = { $name }: { $share } (المداخلات: { $speeches }، { $time })

## التصحيحات

heading-corrections = صُحّح بعد الجمعية
correction-made = { $at } ({ $by }): { $line }
correction = { $what }: { $before } ← { $after }
correction-none = (لا شيء)

correction-of-item = البند { $item }: { $what }
correction-item-started = البدء
correction-item-ended = الانتهاء
correction-item-notes = الملاحظات
correction-report-back-presenter = مقدم التقرير
correction-report-back-summary = ملخص التقرير
correction-report-back-asks = طلبات التقرير
correction-report-back-announcements = إعلانات التقرير
correction-announcement-by = صاحب الإعلان
correction-announcement = الإعلان
correction-decision-rule = قاعدة القرار
correction-decision = القرار
correction-stand-asides = الممتنعون بالاسم
correction-blocks = المعترضون بالاسم
correction-amendment = تعديل ودي من { $name }
correction-opened = وقت الافتتاح
correction-closed = وقت الختام
correction-attendance = الحضور
correction-planned-start = البدء المقرر
correction-role-added = { $role }: إضافة
correction-role-removed = { $role }: إزالة
correction-role-times = { $role }: الأوقات
correction-on-behalf = باسم { $whom }: { $text }
correction-role-from = { $name } (من { $from })
correction-role-until = { $name } (حتى { $until })
correction-role-between = { $name } ({ $from }–{ $until })
correction-rule-quorum = { $rule }، النصاب { $quorum }
correction-rule-limit = { $rule }، حد الامتناع { $limit }
correction-rule-quorum-limit = { $rule }، النصاب { $quorum }، حد الامتناع { $limit }
correction-outcome = { $outcome } ({ $counted })

## CSV

csv-meeting = الجمعية
csv-item = البند
csv-proposal = المقترح
csv-title = العنوان
csv-proposer = مقدم_المقترح
csv-working-group = اللجنة
csv-outcome = النتيجة
csv-outcome-by = النتيجة_من
csv-outcome-reason = سبب_النتيجة
csv-rule = القاعدة
csv-default-rule = القاعدة_المعتادة
csv-support = مع
csv-against = ضد
csv-stand-asides = الامتناع
csv-blocks = الاعتراضات_المانعة
csv-counted = العدّ
csv-quorum = النصاب
csv-stand-aside-limit = حد_الامتناع
csv-named-stand-asides = الممتنعون_بالاسم
csv-named-blocks = المعترضون_بالاسم
csv-decided-version = الصيغة_المقرة
csv-text-as-decided = النص_المقر
csv-entered-by = سجّله
csv-disputed = مطعون_فيه
csv-dispute-note = ملاحظة_الطعن
csv-wg-voices = أصوات_اللجان
csv-order = الترتيب
csv-name = الاسم
csv-kind = النوع
csv-started-at = البداية
csv-ended-at = النهاية
csv-seconds = الثواني
csv-overrun-seconds = ثواني_التجاوز
csv-status = الحالة
csv-allotted-minutes = الدقائق_المقررة
csv-actual-minutes = الدقائق_الفعلية
csv-presenter = المقدم
csv-summary = الملخص
csv-asks = الطلبات
csv-announcements = الإعلانات
csv-notes = الملاحظات
csv-corrected-at = تاريخ_التصحيح
csv-by = من
csv-what = ماذا
csv-before = قبل
csv-after = بعد
csv-yes = نعم
csv-no = لا

## النسخ المجهّلة

participant-n = مشارك/ة { $n }

agenda-title-welcome = الترحيب والإجراءات والأدوار
agenda-title-report-back = تقرير لجنة: { $wg }
agenda-title-announcements = الإعلانات
agenda-title-soapbox = منبر حر
agenda-title-closing = الختام
