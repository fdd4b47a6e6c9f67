// axe-core 4 on every dialog in the light theme (issue 19). Shift+Tab and Tab kept inside each.
// The walk and the screens: lib/a11y.mjs.
import { axeSuite, DIALOGS } from './lib/a11y.mjs';

axeSuite('light', { part: 3, dialogs: DIALOGS, keys: true });
