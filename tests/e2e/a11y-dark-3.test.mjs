// axe-core 4 on every dialog in the dark theme (GTK_THEME=Adwaita:dark) (issue 19).
// The walk and the screens: lib/a11y.mjs.
import { axeSuite, DIALOGS } from './lib/a11y.mjs';

axeSuite('dark', { part: 3, dialogs: DIALOGS });
