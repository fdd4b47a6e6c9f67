// axe-core 4 on the paged lists, the people and the confirmation dialogs in the dark
// theme (GTK_THEME=Adwaita:dark) (issue 19).
// The walk and the screens: lib/a11y.mjs.
import { axeSuite, DIALOGS_4, SCREENS_4 } from './lib/a11y.mjs';

axeSuite('dark', { part: 4, screens: SCREENS_4, dialogs: DIALOGS_4 });
