import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { mountAnnouncer } from './lib/announce';
import { initLanguage, onLanguage } from './lib/i18n.svelte';
import { setAppLanguage } from './lib/api';
import { inApp } from './lib/transport';
import { DashboardState } from './lib/dashboard.svelte';
import { parse, setPrepare } from './lib/router.svelte';
import { prepareScreen } from './views/prepare';

const target = document.getElementById('app');
if (!target) throw new Error('Plenary: #app element missing from index.html');

// The language (the computer's, or the one chosen in Settings: its catalogue fetched
// unless it is English) and <html lang dir> before anything is drawn (awaited below, while
// the dashboard's data is asked for).
const languageReady = initLanguage();

// Cold start (issue 21): the dashboard's data is asked for before anything is mounted,
// so the core answers while the window builds the page. Every main-window screen shows
// the assembly in its top bar; the projector window may not ask (its capability refuses).
const dashboard = new DashboardState();
if (parse(location.hash).name !== 'projector') {
  void dashboard.load();
  // Screens read their first data before they are shown (views/prepare.ts).
  setPrepare(prepareScreen);
  // The room's participants' page speaks the app's language: the core is told now and at
  // each change. A locked app refuses until it is unlocked: told again until it takes it.
  if (inApp()) {
    let told = '';
    const tell = (lang: string): Promise<void> =>
      setAppLanguage(lang).then(
        () => {},
        () => {
          setTimeout(() => lang === told && void tell(lang), 2000);
        },
      );
    onLanguage((lang) => {
      if (lang === told) return;
      told = lang;
      void tell(lang);
    });
  }
}

await languageReady;

// The live regions exist before anything is said (screen readers skip a region that
// arrives with its text).
mountAnnouncer();

export default mount(App, { target, props: { dashboard } });
