// Languages (architecture.md, "Languages"): the words of the UI come from one Fluent
// catalogue per language, the files `i18n/<lang>/*.ftl` at the repository's root (one
// file per part of the app: `app.ftl`, `meeting.ftl`, …, and the minutes' own words,
// which the minutes preview shares with the exported minutes) — the same
// folder the Rust core reads its catalogues from (`src-tauri/core/src/i18n.rs`), so no
// copy is kept by hand. `t(id, args)` formats a message in the active language, falling
// back to English for a message a language lacks (the completeness test,
// `src-tauri/core/tests/i18n.rs`, keeps that from shipping) and to the id when English
// lacks it too.
//
// The language follows the computer's (`navigator.languages`) unless the person chose
// one in Settings; the choice is kept per installation in the webview's storage (the
// app's own data folder), which every window of the app shares: the projector window
// follows a change as it happens (the `storage` event). `<html lang dir>` follow the
// language, so Arabic lays the window out right to left.
//
// A pseudo-language for testing only (issue 15, item 5), `qps`: English made longer and
// accented ("[Šéţţîñĝš ~~~]", about 140 % of its length), made from the English catalogue
// at run time so it never falls behind. It shows which boxes cut text off or overflow
// when a language is longer than English (tests/e2e/pseudo-locale.test.mjs). It is not
// offered in Settings: only the storage's key set to `qps` chooses it.

import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import { untrack } from 'svelte';

/** The languages Plenary speaks, each named in itself. */
export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'es', name: 'Español' },
  { code: 'fr', name: 'Français' },
  { code: 'de', name: 'Deutsch' },
  { code: 'pt', name: 'Português' },
  { code: 'el', name: 'Ελληνικά' },
  { code: 'ar', name: 'العربية' },
] as const;

export type Lang = (typeof LANGUAGES)[number]['code'];

/** Written right to left. */
const RTL: ReadonlySet<string> = new Set(['ar']);

/** Where the person's choice is kept (absent: follow the computer). */
export const LANGUAGE_KEY = 'plenary.language';

// Every file but those the window never shows, read by the core alone: the command line's
// (cli.ftl: its messages and --help) and the participants' page's (room-page.ftl).
// English — the reference, every message's fallback and the pseudo-language's source — is
// in the app's first bundle; every other language is fetched when it is chosen (each file
// its own chunk, all of a language's at once), so the start of the app does not grow with
// the number of languages (docs/PERFORMANCE.md, "Languages").
const english = import.meta.glob(['../../../i18n/en/*.ftl', '!../../../i18n/en/cli.ftl', '!../../../i18n/en/room-page.ftl'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const others = import.meta.glob(
  ['../../../i18n/*/*.ftl', '!../../../i18n/en/*.ftl', '!../../../i18n/*/cli.ftl', '!../../../i18n/*/room-page.ftl'],
  {
    query: '?raw',
    import: 'default',
  },
) as Record<string, () => Promise<string>>;

/** The texts of each language's catalogue files loaded so far, by code (a message id is
 *  defined in one file of a language only: `src-tauri/core/tests/i18n.rs`). */
const loaded = new Map<string, string[]>([['en', Object.values(english)]]);
const loading = new Map<string, Promise<void>>();

/** Fetches a language's catalogue files (once; English is always there). */
export function loadLang(code: string): Promise<void> {
  if (loaded.has(code)) return Promise.resolve();
  let p = loading.get(code);
  if (!p) {
    const files = Object.entries(others).filter(([path]) => path.includes(`/i18n/${code}/`));
    p = Promise.all(files.map(([, load]) => load())).then((texts) => {
      loaded.set(code, texts);
    });
    // A failed fetch may be tried again at the next choice.
    p.catch(() => loading.delete(code));
    loading.set(code, p);
  }
  return p;
}

/** Every language's catalogue (the UI tests, which switch languages synchronously). */
export function loadAllLanguages(): Promise<void> {
  return Promise.all(LANGUAGES.map((l) => loadLang(l.code))).then(() => {});
}

function catalogue(code: string): string[] {
  return loaded.get(code) ?? [];
}

/** A bundle of a catalogue's texts (isolation marks in right-to-left languages only: a
 *  name in Latin script cannot reorder an Arabic sentence around it; in the others they
 *  would only be invisible characters in what people copy). */
export function makeBundle(code: string, ...texts: string[]): FluentBundle {
  // Numbers in Western digits in every language, Arabic too (as the core writes them,
  // and as clocks, times and references are written beside them: `0:06 من 2 د`).
  const locale = code === 'ar' ? 'ar-u-nu-latn' : code;
  const bundle = new FluentBundle(locale, { useIsolating: RTL.has(code) });
  for (const text of texts) bundle.addResource(new FluentResource(text));
  return bundle;
}

/** The pseudo-language's code (a private-use code of BCP 47's kind). */
export const PSEUDO = 'qps';

const PLAIN = 'abcdeghijklnorstuwyzABCDEGHIJKLNORSTUWYZ';
const ACCENT = 'áƀçđëĝĥîĵķļñöŕšţüŵýžÅɃÇĐÉĜĤÎĴĶĻÑÖŔŠŢÛŴÝŽ';
const ACCENTED = new Map([...PLAIN].map((c, i) => [c, [...ACCENT][i]]));

/** A text of the pseudo-language: its letters accented, in brackets, about 40 % longer
 *  (`~` after it, in words of at most five, so a line may still break there as it would
 *  in a longer language, whose words are longer but not endless). Whitespace at either
 *  end stays outside; placeables are never given to it (Fluent's `transform` sees the
 *  pattern's text only). */
export function pseudoText(text: string): string {
  const [, lead, core, trail] = /^(\s*)(.*?)(\s*)$/su.exec(text)!;
  if (!/\p{L}/u.test(core)) return text;
  const accented = [...core].map((c) => ACCENTED.get(c) ?? c).join('');
  const pad = '~'.repeat(Math.max(1, Math.ceil(core.length * 0.4) - 3)).replace(/~{5}(?=~)/g, '$& ');
  return `${lead}[${accented} ${pad}]${trail}`;
}

/** The pseudo-language's bundle: the English catalogue, its text transformed. */
function pseudoBundle(): FluentBundle {
  const b = new FluentBundle('en', { useIsolating: false, transform: pseudoText });
  for (const text of catalogue('en')) b.addResource(new FluentResource(text));
  return b;
}

const bundles = new Map<string, FluentBundle>();
function bundle(code: string): FluentBundle {
  // Not loaded yet (never while it is the active language: `show` waits for it).
  if (code !== PSEUDO && !loaded.has(code)) code = 'en';
  let b = bundles.get(code);
  if (!b) {
    b = code === PSEUDO ? pseudoBundle() : makeBundle(code, ...catalogue(code));
    bundles.set(code, b);
  }
  return b;
}

/** The message `id` from the first bundle that has it, else the id itself. */
export function format(chain: FluentBundle[], id: string, args?: Record<string, FluentVariable>): string {
  for (const b of chain) {
    const message = b.getMessage(id);
    if (message?.value) return b.formatPattern(message.value, args);
  }
  return id;
}

const active = $state<{ lang: Lang; pseudo: boolean }>({ lang: 'en', pseudo: false });

/** A message in the active language (English when the language lacks it). Reading it
 *  in a component's markup redraws the text when the language changes. */
export function t(id: string, args?: Record<string, FluentVariable>): string {
  if (active.pseudo) return format([bundle(PSEUDO)], id, args);
  const lang = active.lang;
  return format(lang === 'en' ? [bundle('en')] : [bundle(lang), bundle('en')], id, args);
}

/** Whether the catalogue has the message `id` (in English, the reference: every language
 *  has it then, or falls back to English). */
export function hasMessage(id: string): boolean {
  return bundle('en').hasMessage(id);
}

/** A message cut around one of its placeables, `[before, after]`, for a sentence with
 *  markup inside (a link, a name in `<bdi>`): the words stay one message, so a language
 *  may put the placeable anywhere in its sentence. */
export function tAround(id: string, slot: string, args: Record<string, FluentVariable> = {}): [string, string] {
  const mark = '\u{E000}';
  const text = t(id, { ...args, [slot]: mark });
  const at = text.indexOf(mark);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + mark.length)];
}

/** The active language (English under the pseudo-language: dates and numbers). */
export function currentLang(): Lang {
  return active.lang;
}

/** A locale as browsers and systems write it (`es-ES`, `pt_BR`, `ar`) read for a
 *  language Plenary speaks; null for another. */
export function langOf(locale: string | null | undefined): Lang | null {
  const code = (locale ?? '').trim().toLowerCase().split(/[-_.@]/)[0];
  return LANGUAGES.find((l) => l.code === code)?.code ?? null;
}

/** The computer's language: the first of its preferred languages Plenary speaks. */
export function systemLang(preferred: readonly string[] = navigator.languages ?? [navigator.language]): Lang {
  for (const l of preferred) {
    const lang = langOf(l);
    if (lang) return lang;
  }
  return 'en';
}

/** The language chosen in Settings, or null to follow the computer. */
export function chosenLang(): Lang | null {
  try {
    return langOf(localStorage.getItem(LANGUAGE_KEY));
  } catch {
    return null;
  }
}

/** Whether the storage chooses the pseudo-language (tests only; never offered). */
function pseudoChosen(): boolean {
  try {
    return localStorage.getItem(LANGUAGE_KEY) === PSEUDO;
  } catch {
    return false;
  }
}

const followers: ((lang: Lang) => void)[] = [];

/** Calls `f` with the language now and at each change (the main window tells the core,
 *  whose room's page speaks it). */
export function onLanguage(f: (lang: Lang) => void) {
  followers.push(f);
  f(active.lang);
}

function apply(lang: Lang, pseudo = false) {
  const before = active.lang;
  active.lang = pseudo ? 'en' : lang;
  active.pseudo = pseudo;
  const root = document.documentElement;
  root.lang = pseudo ? 'en-XA' : lang;
  root.dir = RTL.has(lang) && !pseudo ? 'rtl' : 'ltr';
  if (active.lang !== before) for (const f of followers) f(active.lang);
}

/** The last language asked for: a slower fetch of an earlier choice does not undo it. */
let wanted = 0;

/** Shows `lang` once its catalogue is in: at once when it is (English always is). */
function show(lang: Lang, pseudo = false): Promise<void> {
  const ask = ++wanted;
  if (pseudo || loaded.has(lang)) {
    apply(lang, pseudo);
    return Promise.resolve();
  }
  return loadLang(lang).then(
    () => {
      if (ask === wanted) apply(lang);
    },
    // Its files could not be read: the words stay in the language shown.
    () => {},
  );
}

/** Chooses the language (null: follow the computer), keeps the choice and shows it
 *  (resolved once it is shown). */
export function chooseLang(lang: Lang | null): Promise<void> {
  try {
    if (lang) localStorage.setItem(LANGUAGE_KEY, lang);
    else localStorage.removeItem(LANGUAGE_KEY);
  } catch {
    // Storage refused (a private context): the choice lasts as long as the window.
  }
  return show(lang ?? systemLang());
}

/** For a view showing words the core said in the app's language (a decision's sentences,
 *  the stack view's labels, the minutes): `reload` asks for them again when the language
 *  changes while the view is shown (Settings is a dialog over it). Call during a
 *  component's set-up. */
export function reloadOnLangChange(reload: () => void) {
  let shown: Lang | null = null;
  $effect(() => {
    const lang = currentLang();
    if (shown !== null && shown !== lang) untrack(reload);
    shown = lang;
  });
}

/** At start: the chosen language or the computer's (resolved once its catalogue is in,
 *  so that the first screen is drawn in it); then follow a choice made in another window
 *  of the app (the main window's Settings, for the projector). */
export function initLanguage(): Promise<void> {
  const follow = () => show(chosenLang() ?? systemLang(), pseudoChosen());
  window.addEventListener('storage', (e) => {
    if (e.key === LANGUAGE_KEY || e.key === null) void follow();
  });
  return follow();
}
