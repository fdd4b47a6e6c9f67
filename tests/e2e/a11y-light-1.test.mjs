// axe-core 4 on the meeting screens in the light theme (issue 19).
// The walk and the screens: lib/a11y.mjs.
import { axeSuite, SCREENS_1 } from './lib/a11y.mjs';

axeSuite('light', { part: 1, screens: SCREENS_1 });
