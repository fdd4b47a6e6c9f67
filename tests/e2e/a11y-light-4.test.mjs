// axe-core 4 on the paged lists, the people and the confirmation dialogs in the light
// theme (issue 19); Shift+Tab and Tab kept inside each dialog.
// The walk and the screens: lib/a11y.mjs.
import { axeSuite, DIALOGS_4, SCREENS_4 } from './lib/a11y.mjs';

axeSuite('light', { part: 4, screens: SCREENS_4, dialogs: DIALOGS_4, keys: true });
