// axe-core 4 on the other screens in the dark theme (GTK_THEME=Adwaita:dark) (issue 19).
// The walk and the screens: lib/a11y.mjs.
import { axeSuite, SCREENS_2 } from './lib/a11y.mjs';

axeSuite('dark', { part: 2, screens: SCREENS_2 });
