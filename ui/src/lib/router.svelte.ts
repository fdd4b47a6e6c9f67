// A small hash router. The URL fragment names the view, so every window (the main
// workspace, later the projector) can open any view by URL, and Back/Forward work.
//
//   #/                      dashboard
//   #/meetings              every GA of the assembly, a page at a time (filters: status, year)
//   #/wgs                   every working group known here, a page at a time (filter: status)
//   #/wg/<id>               one working group: status history, its proposals, its report-backs
//   #/meeting/<id>          one meeting (agenda, roles, report-backs)
//   #/meeting/<id>/minutes  the minutes of a meeting (live preview, export, print)
//   #/meeting/<id>/stack[/<item>]  the stack-keeper's view (default: the item under way)
//   #/meeting/<id>/item/<item>/process  the facilitator's process panel of a proposal item
//   #/proposals             the proposals board
//   #/proposal/<id>         one proposal (text, versions, diffs, hearings, decisions)
//   #/projector/<meeting>[/equity]  the big screen of a meeting (the projector window; no app
//                           chrome); /equity: with the meeting's airtime equity (aggregates)
//   #/federation            the assemblies known here, their WGs and proposals; bundles in and out
//   #/people                the assembly's people: search, rename, merge
//
// To add a view: add a variant to `Route`, a pattern to `parse`, a case to `href`,
// and a branch in App.svelte that renders the view's component from src/views/.

export type Route =
  | { name: 'dashboard' }
  | { name: 'meetings' }
  | { name: 'wgs' }
  | { name: 'wg'; id: string }
  | { name: 'meeting'; id: string }
  | { name: 'minutes'; id: string }
  | { name: 'stack'; meeting: string; item: string | null }
  | { name: 'process'; meeting: string; item: string }
  | { name: 'proposals' }
  | { name: 'proposal'; id: string }
  | { name: 'projector'; meeting: string; equity: boolean }
  | { name: 'federation' }
  | { name: 'people' }
  | { name: 'not-found'; path: string };

export function parse(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/' || path === '') return { name: 'dashboard' };
  const meeting = /^\/meeting\/([^/]+)\/?$/.exec(path);
  if (meeting) return { name: 'meeting', id: decodeURIComponent(meeting[1]) };
  const minutes = /^\/meeting\/([^/]+)\/minutes\/?$/.exec(path);
  if (minutes) return { name: 'minutes', id: decodeURIComponent(minutes[1]) };
  const stack = /^\/meeting\/([^/]+)\/stack(?:\/([^/]+))?\/?$/.exec(path);
  if (stack) {
    return { name: 'stack', meeting: decodeURIComponent(stack[1]), item: stack[2] ? decodeURIComponent(stack[2]) : null };
  }
  const proc = /^\/meeting\/([^/]+)\/item\/([^/]+)\/process\/?$/.exec(path);
  if (proc) {
    return { name: 'process', meeting: decodeURIComponent(proc[1]), item: decodeURIComponent(proc[2]) };
  }
  if (/^\/proposals\/?$/.test(path)) return { name: 'proposals' };
  if (/^\/meetings\/?$/.test(path)) return { name: 'meetings' };
  if (/^\/wgs\/?$/.test(path)) return { name: 'wgs' };
  const wg = /^\/wg\/([^/]+)\/?$/.exec(path);
  if (wg) return { name: 'wg', id: decodeURIComponent(wg[1]) };
  if (/^\/federation\/?$/.test(path)) return { name: 'federation' };
  if (/^\/people\/?$/.test(path)) return { name: 'people' };
  const proposal = /^\/proposal\/([^/]+)\/?$/.exec(path);
  if (proposal) return { name: 'proposal', id: decodeURIComponent(proposal[1]) };
  const projector = /^\/projector\/([^/]+)(\/equity)?\/?$/.exec(path);
  if (projector) return { name: 'projector', meeting: decodeURIComponent(projector[1]), equity: !!projector[2] };
  return { name: 'not-found', path };
}

export function href(route: Route): string {
  switch (route.name) {
    case 'dashboard':
      return '#/';
    case 'meeting':
      return `#/meeting/${encodeURIComponent(route.id)}`;
    case 'minutes':
      return `#/meeting/${encodeURIComponent(route.id)}/minutes`;
    case 'stack':
      return `#/meeting/${encodeURIComponent(route.meeting)}/stack${route.item ? `/${encodeURIComponent(route.item)}` : ''}`;
    case 'process':
      return `#/meeting/${encodeURIComponent(route.meeting)}/item/${encodeURIComponent(route.item)}/process`;
    case 'proposals':
      return '#/proposals';
    case 'meetings':
      return '#/meetings';
    case 'wgs':
      return '#/wgs';
    case 'wg':
      return `#/wg/${encodeURIComponent(route.id)}`;
    case 'proposal':
      return `#/proposal/${encodeURIComponent(route.id)}`;
    case 'projector':
      return `#/projector/${encodeURIComponent(route.meeting)}${route.equity ? '/equity' : ''}`;
    case 'federation':
      return '#/federation';
    case 'people':
      return '#/people';
    case 'not-found':
      return `#${route.path}`;
  }
}

/**
 * What a screen reads before it is shown (views/prepare.ts): the router waits for it —
 * at most PREPARE_MS — before swapping screens, so the new screen is drawn once, with
 * its data. `undefined`: nothing to wait for.
 */
export type Prepare = (route: Route) => Promise<unknown> | undefined;
let prepare: Prepare = () => undefined;
export function setPrepare(p: Prepare) {
  prepare = p;
}
/** Past this, the screen is shown with what it has (its own loading state): a click is never left unanswered. */
const PREPARE_MS = 400;

class Router {
  route = $state<Route>(parse(typeof location === 'undefined' ? '' : location.hash));
  /** The route being shown or prepared (its href): the latest navigation wins. */
  #target = href(this.route);

  constructor() {
    if (typeof window !== 'undefined') {
      window.addEventListener('hashchange', () => this.#show(parse(location.hash)));
    }
  }

  go(route: Route) {
    const target = href(route);
    if (location.hash !== target) location.hash = target;
    this.#show(route);
  }

  #show(next: Route) {
    const target = href(next);
    if (target === this.#target) return;
    this.#target = target;
    const ready = prepare(next);
    if (!ready) {
      this.route = next;
      return;
    }
    const timeUp = new Promise((r) => setTimeout(r, PREPARE_MS));
    void Promise.race([ready.catch(() => {}), timeUp]).then(() => {
      if (this.#target === target) this.route = next;
    });
  }
}

export const router = new Router();
