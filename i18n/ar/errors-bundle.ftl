# لماذا تُرفض حزمة من جمعية أخرى أو أحد سجلاتها (src-tauri/core/src/bundle/).
# الـ`why` رسالة قائمة بذاتها تُقال باللغة نفسها. أسماء المدخلات (records/meetings.jsonl)
# والحقول ("name") والجداول من الصيغة نفسها ولا تُترجم.

## رفض ملف كامل

error-bundle-not-imported = لم يُستورد { $file }: { $why }
error-bundle-unreadable = ليس { $file } حزمة يستطيع Plenary هذا قراءتها: { $why }
error-bundle-cannot-open = لا يمكن فتح { $file } هنا: { $why }
error-bundle-cannot-read = لا يمكن قراءة { $file }: { $why }
error-bundle-database-refused = لم يُستورد { $file }: رفضته قاعدة البيانات ({ $detail })؛ لم يُكتب شيء
error-bundle-path-too-large = حجم { $path } هو { $size } بايت؛ لا يتجاوز حجم الحزمة { $max } بايت

## أين في الحزمة

error-bundle-at-line = { $entry }، السطر { $line }: { $why }
error-bundle-at-character = { $why } (عند المحرف { $at })
error-bundle-in-manifest = manifest.json: { $why }

## التوقيع ومفتاح صانعها ورمزه

error-bundle-not-signed = ليس فيها manifest.sig: إنها غير موقّعة
error-bundle-signature-not-ed25519 = ليس manifest.sig توقيع Ed25519 (128 رقمًا ست عشريًا)
error-bundle-signature-mismatch = التوقيع غير مطابق: غُيّرت الحزمة بعد توقيعها، أو لم توقّعها الجمعية التي تذكرها
error-bundle-key-mismatch = تدّعي أنها من { $name } ({ $code })، وهي معروفة هنا بمفتاح آخر (البصمة { $pinned })؛ بصمة مفتاح هذه الحزمة هي { $key }. إن كانت تلك الجمعية قد غيّرت مفتاحها فعلًا، فتحقّقوا من البصمة الجديدة مع أفرادها قبل الوثوق بها
error-bundle-from-this-assembly = صنعتها هذه الجمعية نفسها ({ $name }): لا شيء لاستيراده
error-bundle-code-own = تأتي من { $name } بالرمز { $code }، وهو رمز هذه الجمعية نفسها: مراجع مثل { $code }-GA-1 ستدل على جمعيتين عامتين. اطلبوا من تلك الجمعية أن تختار رمزًا آخر
error-bundle-code-taken = تأتي من { $name } بالرمز { $code }، الذي تستعمله هنا { $other } من قبل: مراجع مثل { $code }-GA-1 ستدل على جمعيتين عامتين
error-bundle-assembly-code-invalid = رمز الجمعية { $code } ليس رمزًا صالحًا
error-bundle-field-assembly-name = اسم الجمعية
error-bundle-assembly-revision = يجب أن تكون مراجعة الجمعية 1 أو أكثر
error-bundle-assembly-key-not-hex = المفتاح العام للجمعية ليس 64 رقمًا ست عشريًا
error-bundle-assembly-key-not-ed25519 = المفتاح العام للجمعية ليس مفتاح Ed25519

## البيان والصيغة

error-bundle-file-too-large = حجم الملف { $size } بايت؛ لا يتجاوز حجم الحزمة { $max }
error-bundle-no-manifest = ليس فيها manifest.json: ليست حزمة Plenary
error-bundle-manifest-not-json = ليس manifest.json ‏JSON صالحًا: { $detail }
error-bundle-manifest-not-plenary = لا يقول manifest.json ‏"format": "{ $format }": ليست حزمة Plenary
error-bundle-newer-format = صنعها Plenary أحدث (الإصدار { $version } من صيغة الحزم؛ يقرأ Plenary هذا الإصدارين { $oldest } و{ $newest })؛ حدّثوا Plenary لاستيرادها
error-bundle-unknown-format-version = في manifest.json إصدار صيغة غير معروف، { $version }؛ يقرأ Plenary هذا الإصدارين { $oldest } و{ $newest }
error-bundle-version-none = (لا شيء)
error-bundle-counts-unknown-table = يعدّ manifest.json سجلات جدول لا يعرفه Plenary هذا ({ $table })؛ حدّثوا Plenary لاستيرادها
error-bundle-minutes-not-entry = manifest.json: محضر الجمعية العامة { $meeting } موجود في { $entry }، وهو ليس مدخل محاضر في الحزمة
error-bundle-minutes-no-meeting = يذكر manifest.json محضر الجمعية العامة { $meeting }، التي لا تحملها الحزمة
error-bundle-count-differs = يعدّ manifest.json ‏{ $said } سجلًا في { $entry }، والمدخل يحوي { $held }
error-bundle-deletion-count-differs = يعدّ manifest.json ‏{ $said } حذفًا، و{ $entry } يحوي { $held }

## المدخلات: مغيَّرة أو ناقصة أو مجهولة

error-bundle-entry-changed = المدخل { $entry } لا يطابق بصمة SHA-256 الخاصة به في البيان: غُيّر أو تلف بعد صنع الحزمة
error-bundle-entry-not-listed = المدخل { $entry } غير مذكور في البيان
error-bundle-entry-size-differs = المدخل { $entry }: يقول البيان { $listed } بايت، والملف المضغوط { $size }
error-bundle-entry-listed-missing = المدخل { $entry } مذكور في البيان لكنه ناقص
error-bundle-entry-missing = المدخل { $entry } ناقص
error-bundle-entry-not-read = لم يُقرأ المدخل { $entry }
error-bundle-entry-unknown-table = يحوي المدخل { $entry } جدولًا لا يعرفه Plenary هذا؛ حدّثوا Plenary لاستيرادها
error-bundle-entry-unknown = ليس المدخل { $entry } جزءًا من حزمة Plenary
error-bundle-minutes-not-utf8 = ليس { $entry } نصًا بترميز UTF-8
error-bundle-too-many-records = تحوي الحزمة أكثر من { $max } سجل

## أسطر المدخل وسجلاتها

error-bundle-line-too-long = { $entry }، السطر { $line }: أطول من { $max } بايت
error-bundle-line-empty = { $entry }، السطر { $line }: فارغ
error-bundle-record-twice = { $entry }، السطر { $line }: { $record } { $id } يظهر مرتين
error-bundle-record-foreign = { $entry }، السطر { $line }: { $record } { $id } يخص الجمعية { $origin }، لا الجمعية التي صنعت الحزمة ({ $producer })؛ لا تحمل الحزمة إلا سجلات صانعها
error-bundle-deleted-twice = { $entry }: السجل { $id } محذوف مرتين
error-bundle-deleted-and-carried = { $entry }: { $record } { $id } محذوف وتحمله الحزمة في آن واحد
error-bundle-deletion-foreign = حذف { $id } يذكر جمعية غير التي صنعت الحزمة
error-bundle-deletion-unknown-table = حذف { $id } يذكر جدولًا غير معروف، { $table }
error-bundle-deletion-bad-time = قيمة الحقل "deleted_at" هي { $value }، وليست وقتًا (RFC 3339 بتوقيت UTC، ينتهي بـZ)
error-bundle-field-not-id = الحقل { $field } ليس معرّفًا (UUID بأحرف صغيرة)

## حقول السجل

error-bundle-field-twice = الحقل { $field } يظهر مرتين
error-bundle-field-missing = الحقل { $field } ناقص
error-bundle-field-unknown = حقل غير معروف { $field }: ليس لـ{ $record } إلا { $fields }
error-bundle-field-wrong-type = يجب أن يكون الحقل { $field } { $wanted }، لا { $found }
error-bundle-field-null = لا يمكن أن يكون الحقل { $field } ‏null
error-bundle-field-outside = قيمة الحقل { $field } هي { $value }، خارج { $wanted }
error-bundle-field-number-too-large = قيمة الحقل { $field } هي { $value }، وهي كبيرة جدًا
error-bundle-field-not-uuid = قيمة الحقل { $field } هي { $value }، وليست معرّفًا (UUID مكتوب بالست عشري بأحرف صغيرة، 8-4-4-4-12)
error-bundle-field-not-one-line = يجب أن يكون الحقل { $field } سطرًا واحدًا من النص (فيه محرف تحكّم)
error-bundle-field-control = في الحقل { $field } محرف تحكّم
error-bundle-field-not-wanted = قيمة الحقل { $field } هي { $value }، لا { $wanted }
error-bundle-field-too-long = الحقل { $field } أطول من { $max } محرف
# ما يجب أن يكون عليه الحقل.
error-bundle-wanted-id = معرّفًا (UUID)
error-bundle-wanted-line = سطرًا واحدًا من النص
error-bundle-wanted-text = نصًا
error-bundle-wanted-one-of = واحدًا من { $words }
error-bundle-wanted-number = عددًا صحيحًا من { $min } إلى { $max }
error-bundle-wanted-date = تاريخًا YYYY-MM-DD
error-bundle-wanted-time = وقتًا (RFC 3339 بتوقيت UTC، ينتهي بـZ)
error-bundle-wanted-clock = ساعة من اليوم HH:MM
# ما كان عليه بدلًا من ذلك.
error-bundle-found-bool = صحيحًا أو خطأً
error-bundle-found-number = عددًا
error-bundle-found-fraction = عددًا عشريًا
error-bundle-found-text = نصًا
error-bundle-found-list = قائمة
error-bundle-found-object = كائنًا

## الإحالات بين السجلات

error-bundle-reference-foreign = { $entry }، السطر { $line } ({ $record } { $id }): { $column } { $target_id } يشير إلى { $target } من جمعية أخرى؛ لا تشير سجلات الحزمة إلا إلى سجلات الجمعية التي صنعتها
error-bundle-reference-missing = { $entry }، السطر { $line } ({ $record } { $id }): { $column } { $target_id } يشير إلى { $target } ليس في الحزمة ولا في قاعدة البيانات هذه

## لماذا رُفض سجل (يذكرها تقرير الاستيراد)

error-bundle-owner-this-assembly = هذه الجمعية
error-bundle-owner-assembly = الجمعية { $id }
error-bundle-refused-delete-not-theirs = الحزمة تحذفه، لكنه يخص { $owner }
error-bundle-refused-delete-referred = حذفه صانعوه، لكن سجلات هنا ما زالت تشير إليه
error-bundle-refused-deleted = حذفه صانعوه
error-bundle-refused-id-deleted = حُذف سجل بهذا المعرّف كان يخص { $owner }
error-bundle-refused-own-record = يخص هذه الجمعية: الاستيراد لا يغيّر سجلاتكم أبدًا
error-bundle-refused-third-party = يخص { $owner }، لا الجمعية التي صنعت الحزمة
error-bundle-refused-refers-to-refused = حقله { $column } يشير إلى { $target } { $id }، الذي رُفض
error-bundle-refused-refers-to-deleted = حقله { $column } يشير إلى { $target } { $id }، الذي تحذفه الحزمة
error-bundle-refused-unique = لدى سجل آخر من نوع «{ $record }» من قبل { $same }
error-bundle-refused-unique-same-assembly = لدى سجل آخر من نوع «{ $record }» من الجمعية نفسها من قبل { $same }
error-bundle-refused-check = يخالف القاعدة `{ $rule }`
error-bundle-refused-database = ترفضه قاعدة البيانات: { $detail }

## قواعد السجلات. القاعدة والنتائج والسبب رموز من الصيغة.

error-bundle-rule-block-without-reason = إنه اعتراض مانع بلا سبب: الاعتراض المانع يذكر سببه دائمًا
error-bundle-rule-not-written-so = { $given } ليس مكتوبًا على هيئة { $written }
error-bundle-rule-unknown-rule = قاعدته ليست قاعدة يعرفها Plenary هذا: { $why }
error-bundle-rule-unknown-default-rule = قاعدته default_rule ليست قاعدة يعرفها Plenary هذا: { $why }
error-bundle-rule-bad-limit = حدّه stand_aside_limit ليس كسرًا: { $why }
error-bundle-rule-consensus-against = يعدّ { $against } ضد في التوافق، حيث يكون الخلاف امتناعًا أو اعتراضًا مانعًا
error-bundle-rule-no-outcome = نتيجته ليست نتيجة
error-bundle-rule-outcome-differs = نتيجته { $stored }، لكن { $support } مع و{ $against } ضد و{ $stand_asides } امتناعًا و{ $blocks } اعتراضًا مانعًا وفق { $terms } تعطي { $outcome } ({ $reason })
error-bundle-rule-terms = { $rule }
error-bundle-rule-terms-quorum = { $rule }، النصاب { $quorum }
error-bundle-rule-terms-limit = { $rule }، حد الامتناع { $limit }
error-bundle-rule-terms-quorum-limit = { $rule }، النصاب { $quorum }، حد الامتناع { $limit }
error-bundle-rule-no-such-version = يقرّر الإصدار { $version } من مقترحه، ولا إصدار كهذا له

## الملف المضغوط (zip)

error-bundle-not-zip = ليس ملف zip
error-bundle-zip-truncated = ملف zip مبتور (ينقصه سجل نهاية الأرشيف)
error-bundle-zip-split = ملف zip الموزّع على عدة أقراص ليس حزمة
error-bundle-zip64 = أرشيفات ZIP64 ليست حزمًا (الحزمة أصغر بكثير من 4 GiB)
error-bundle-too-many-entries = فيه { $entries } مدخلًا؛ لا تتجاوز مدخلات الحزمة { $max }
error-bundle-zip-directory-outside = فهرس ملف zip يقع خارج الملف (مبتور أو تالف)
error-bundle-zip-directory-extra = في فهرس ملف zip بايتات لا يفسّرها
error-bundle-zip-directory-damaged = فهرس ملف zip تالف
error-bundle-entry-twice = المدخل { $entry } يظهر مرتين
error-bundle-entry-too-large = يصرّح المدخل { $entry } بـ{ $size } بايت؛ لا يتجاوز المدخل { $max }
error-bundle-small-entry-too-large = يصرّح المدخل { $entry } بـ{ $size } بايت؛ لا يجوز أن يتجاوز { $max }
error-bundle-entry-ratio = يصرّح المدخل { $entry } بـ{ $size } بايت من { $compressed } بايت مضغوط، أكثر مما يستطيع deflate إنتاجه (قنبلة zip؟)
error-bundle-entries-too-large = تصرّح مدخلاته بأكثر من { $max } بايت إجمالًا (قنبلة zip؟)
error-bundle-entries-overlap = المدخلان { $first } و{ $second } متداخلان
error-bundle-entry-name-not-utf8 = اسم أحد المدخلات ليس نصًا بترميز UTF-8
error-bundle-entry-encrypted = المدخل { $entry } مشفّر
error-bundle-entry-zip64 = يستعمل المدخل { $entry } أحجام ZIP64
error-bundle-entry-folder-data = المدخل { $entry } مجلد لكنه يحوي بيانات
error-bundle-entry-stored-sizes = المدخل { $entry } غير مضغوط لكن حجميه مختلفان
error-bundle-entry-method = يستعمل المدخل { $entry } طريقة الضغط { $method }؛ لا تستعمل الحزم إلا deflate
error-bundle-entry-no-local-header = المدخل { $entry }: ترويسته المحلية ناقصة (مبتور أو تالف)
error-bundle-entry-local-header-differs = المدخل { $entry }: ترويسته المحلية لا تطابق فهرس ملف zip
error-bundle-entry-runs-past = يتجاوز المدخل { $entry } نهاية بياناته (مبتور أو تالف)
error-bundle-entry-name-empty = اسم المدخل { $name } فارغ
error-bundle-entry-name-too-long = اسم المدخل { $name } أطول من 255 بايت
error-bundle-entry-name-backslash = في اسم المدخل { $name } شرطة مائلة عكسية
error-bundle-entry-name-absolute = اسم المدخل { $name } مسار مطلق
error-bundle-entry-name-climbs = اسم المدخل { $name } يخرج من مجلده (../)
error-bundle-entry-name-empty-part = في اسم المدخل { $name } جزء مسار فارغ
error-bundle-entry-name-control = في اسم المدخل { $name } محرف تحكّم
error-bundle-entry-not-inflated = لا يمكن فك ضغط المدخل { $entry }: { $detail }
error-bundle-entry-longer = يحوي المدخل { $entry } أكثر من حجمه المصرّح به (قنبلة zip؟)
error-bundle-entry-shorter = المدخل { $entry } أقصر من حجمه المصرّح به (مبتور أو تالف)
error-bundle-entry-crc = المدخل { $entry } تالف (رمز CRC الخاص به غير مطابق)

## الحزم المختومة (sealed.json وbundle.age)

error-bundle-sealed-for-others = إنها مختومة لـ{ $names }؛ وليست هذه الجمعية منها (هي وحدها تستطيع فتحها)
error-bundle-sealed-damaged = إنها مختومة لهذه الجمعية لكن لا يمكن فتحها: { $entry } تالف أو عُبث به ({ $detail })
error-bundle-sealed-no-payload = ليس فيها { $entry }
error-bundle-sealed-inside-too-large = الحزمة التي في داخلها أكبر من { $max } بايت، وهو أقصى حجم للحزمة
error-bundle-sealed-not-json = ليس { $entry } ‏JSON صالحًا: { $detail }
error-bundle-sealed-not-plenary = لا يقول { $entry } ‏"format": "{ $format }"
error-bundle-sealed-newer = ختمها Plenary أحدث (الإصدار { $version } من الصيغة المختومة؛ يقرأ Plenary هذا الإصدار { $known })؛ حدّثوا Plenary لفتحها
error-bundle-sealed-unknown-version = في { $entry } إصدار غير معروف
error-bundle-sealed-invalid = { $entry }: { $detail }
error-bundle-sealed-recipients = يذكر { $entry } ‏{ $count } جمعية؛ الحزمة المختومة لجمعية واحدة إلى { $max }
error-bundle-sealed-fingerprint = { $entry }: البصمة المعطاة لـ{ $name } ليست بصمة مفتاحها
error-bundle-sealed-entries = تحوي الحزمة المختومة مدخلين بالضبط، { $envelope } و{ $payload }
error-bundle-sealed-key-unusable = { $entry }: مفتاح { $name } ليس مفتاحًا عامًا من نوع Ed25519 يمكن الختم له
error-bundle-sealed-no-age-key = لا يمكن صنع مفتاح age من مفتاح Ed25519
error-bundle-seal-no-one = تحتاج الحزمة المختومة إلى جمعية واحدة على الأقل تُختم لها
error-bundle-seal-failed = لا يمكن ختم الحزمة: { $detail }
error-bundle-names-and = { $rest } و{ $last }
error-bundle-names-none = لا أحد

## كتابة حزمة (التصدير): سجلات قاعدة البيانات هذه نفسها

error-bundle-export-unreadable = لا يمكن تصدير { $table }.{ $column }: تحوي قاعدة البيانات { $detail }
error-bundle-holds-not-uuid = معرّفًا ليس UUID
error-bundle-holds-not-integer = عددًا ليس صحيحًا
error-bundle-holds-bad-time = وقتًا غير مقروء
error-bundle-holds-not-text = قيمة ليست نصًا
error-bundle-write-manifest = لا يمكن كتابة البيان: { $detail }
error-bundle-write-deletion = لا يمكن كتابة حذف: { $detail }
error-bundle-write-failed = لا يمكن كتابة الحزمة: { $detail }
error-bundle-writer-stopped-early = توقفت كتابة الحزمة قبل أوانها
error-bundle-writer-stopped = توقفت كتابة الحزمة
error-bundle-writer-failed = فشلت كتابة الحزمة

## أنواع السجلات: وحدها، ونكرةً بعد حرف جر

error-bundle-record-people = شخص
error-bundle-record-working-groups = مجموعة عمل
error-bundle-record-wg-status-changes = تغيير حالة مجموعة عمل
error-bundle-record-meetings = جمعية عامة
error-bundle-record-meeting-roles = دور في الجمعية العامة
error-bundle-record-proposals = مقترح
error-bundle-record-agenda-items = بند في جدول الأعمال
error-bundle-record-report-backs = تقرير
error-bundle-record-announcements = إعلان
error-bundle-record-proposal-versions = إصدار مقترح
error-bundle-record-amendments = تعديل
error-bundle-record-hearings = نقاش مقترح
error-bundle-record-clarifying-questions = سؤال توضيحي
error-bundle-record-concerns = تحفّظ
error-bundle-record-temperature-checks = قياس المزاج
error-bundle-record-decisions = قرار
error-bundle-record-decision-stances = موقف في قرار
error-bundle-record-proposal-status-changes = تغيير حالة مقترح
error-bundle-record-action-items = مهمة
error-bundle-record-assemblies = جمعية
error-bundle-a-people = شخص
error-bundle-a-working-groups = مجموعة عمل
error-bundle-a-wg-status-changes = تغيير حالة مجموعة عمل
error-bundle-a-meetings = جمعية عامة
error-bundle-a-meeting-roles = دور في الجمعية العامة
error-bundle-a-proposals = مقترح
error-bundle-a-agenda-items = بند في جدول الأعمال
error-bundle-a-report-backs = تقرير
error-bundle-a-announcements = إعلان
error-bundle-a-proposal-versions = إصدار مقترح
error-bundle-a-amendments = تعديل
error-bundle-a-hearings = نقاش مقترح
error-bundle-a-clarifying-questions = سؤال توضيحي
error-bundle-a-concerns = تحفّظ
error-bundle-a-temperature-checks = قياس المزاج
error-bundle-a-decisions = قرار
error-bundle-a-decision-stances = موقف في قرار
error-bundle-a-proposal-status-changes = تغيير حالة مقترح
error-bundle-a-action-items = مهمة
