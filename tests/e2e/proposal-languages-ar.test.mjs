// A GA's key steps in Arabic in the real window (issue 15), right to left: see
// lib/proposal-languages.mjs (the walk, shared with proposal-languages.test.mjs, Spanish).

import { describe } from 'node:test';
import { walk } from './lib/proposal-languages.mjs';

describe('a GA in Arabic', () => {
  walk('ar', {
    notStarted: 'لم يبدأ',
    call: 'الدعوة إلى التوافق',
    preview: 'معاينة النتيجة',
    passed: 'أُقرّ',
    explanation: 'أُقرّ: تصويت 20 مع، 2 ضد — 90.9%، 90% على الأقل',
    counts: 'اعتراضان مانعان (لم تُسجّل الأسماء ولا الأسباب)؛ تصويت: 20 مع، 2 ضد — 90.9%، 90% على الأقل — 22 مشاركًا',
    history: 'سجل الحالات',
    date: 'التاريخ',
    minutesDecision: 'القرار',
    counted: 'العدّ:',
    countedSentence: 'اعتراضان مانعان (لم تُسجّل الأسماء ولا الأسباب)؛ تصويت: 20 مع، 2 ضد — 90.9%، 90% على الأقل',
  });
});
