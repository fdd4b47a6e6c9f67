# كلمات التطبيق (ui/src): الشاشات التي نُقلت حتى الآن.

## الإعدادات

settings-open = الإعدادات
settings-title = الإعدادات
settings-close = إغلاق
language-heading = اللغة
language-label = لغة Plenary
language-follow-system = مثل هذا الحاسوب ({ $language })
language-note = المحاضر المصدَّرة من هنا تُكتب بهذه اللغة أيضًا. ما يكتبه الناس يبقى باللغة التي كتبوه بها.
passphrase-heading = عبارة المرور
passphrase-state-encrypted = هذا السجل مشفّر: يطلب Plenary عبارة المرور عند بدء التشغيل.
passphrase-state-plain = هذا السجل غير مشفّر: يستطيع قراءته كل من لديه ملفات هذا الحاسوب.
passphrase-encrypt-heading = تشفير السجل
passphrase-new = عبارة مرور جديدة (8 أحرف على الأقل؛ بضع كلمات أسهل شيء)
passphrase-again = عبارة المرور الجديدة مرة أخرى
passphrase-encrypt = التشفير بهذه العبارة
passphrase-change-heading = تغيير عبارة المرور
passphrase-current = عبارة المرور الحالية
passphrase-change = تغيير عبارة المرور
passphrase-remove-heading = إزالة عبارة المرور
passphrase-remove-note = يعود السجل ملفًا عاديًا يستطيع قراءته كل من لديه ملفات هذا الحاسوب.
passphrase-remove = فك تشفير السجل
passphrase-done-encrypted = السجل مشفّر بعبارة المرور الجديدة. احفظوها جيدًا: بدونها لا يستطيع أحد فتح السجل.
passphrase-done-plain = لم يعد السجل مشفّرًا: يستطيع قراءته كل من لديه ملفات هذا الحاسوب.
passphrase-done-backups = {" "}وأُعيدت كتابة نسخه الاحتياطية التلقائية ({ $n }) لتطابقه.

## ما تحميه عبارة المرور

encryption-fact-closed = ما دام Plenary مغلقًا، لا يستطيع أحد بدون عبارة المرور قراءة السجل — كل اسم وكل سبب وسجل المداخلات — ولا نسخه الاحتياطية، حتى لو كان هذا الحاسوب بين يديه.
encryption-fact-open = لا تحمي السجل ما دام Plenary مفتوحًا وغير مقفل، ولا ما سبقت مشاركته: المحاضر المصدَّرة، والحزم المرسلة إلى جمعيات أخرى، وشاشة جهاز العرض.
encryption-fact-lost = لا توجد أي طريقة لاسترجاع عبارة مرور مفقودة — لا منكم ولا من مطوري Plenary. وبدونها لا يمكن فتح السجل.
