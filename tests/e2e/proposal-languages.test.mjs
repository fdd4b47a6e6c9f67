// A GA's key steps in Spanish in the real window (issue 15): see lib/proposal-languages.mjs
// (the walk, shared with proposal-languages-ar.test.mjs, Arabic).

import { describe } from 'node:test';
import { walk } from './lib/proposal-languages.mjs';

describe('a GA in Spanish', () => {
  walk('es', {
    notStarted: 'Sin empezar',
    call: 'Llamada al consenso',
    preview: 'Ver el resultado',
    passed: 'Aprobada',
    explanation: 'aprobada: votación 20 a favor, 2 en contra — 90,9 %, al menos 90 %',
    counts:
      '2 bloqueos (sin nombres ni motivos anotados); votación: 20 a favor, 2 en contra — 90,9 %, al menos 90 % — 22 participantes',
    history: 'Historial de estados',
    date: 'Fecha',
    minutesDecision: 'Decisión',
    counted: 'Recuento:',
    countedSentence: '2 bloqueos (sin nombres ni motivos anotados); votación: 20 a favor, 2 en contra — 90,9 %, al menos 90 %',
  });
});
