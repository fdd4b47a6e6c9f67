// A small hash router. The URL fragment names the view, so every window (the main
// workspace, later the projector) can open any view by URL, and Back/Forward work.
//
//   #/                      dashboard
//   #/meeting/<id>          one meeting (agenda, roles, report-backs)
//   #/meeting/<id>/minutes  the minutes of a meeting (live preview, export, print)
//
// To add a view: add a variant to `Route`, a pattern to `parse`, a case to `href`,
// and a branch in App.svelte that renders the view's component from src/views/.

export type Route =
  | { name: 'dashboard' }
  | { name: 'meeting'; id: string }
  | { name: 'minutes'; id: string }
  | { name: 'not-found'; path: string };

export function parse(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/' || path === '') return { name: 'dashboard' };
  const meeting = /^\/meeting\/([^/]+)\/?$/.exec(path);
  if (meeting) return { name: 'meeting', id: decodeURIComponent(meeting[1]) };
  const minutes = /^\/meeting\/([^/]+)\/minutes\/?$/.exec(path);
  if (minutes) return { name: 'minutes', id: decodeURIComponent(minutes[1]) };
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
    case 'not-found':
      return `#${route.path}`;
  }
}

class Router {
  route = $state<Route>(parse(typeof location === 'undefined' ? '' : location.hash));

  constructor() {
    if (typeof window !== 'undefined') {
      window.addEventListener('hashchange', () => {
        this.route = parse(location.hash);
      });
    }
  }

  go(route: Route) {
    const target = href(route);
    if (location.hash !== target) location.hash = target;
    this.route = route;
  }
}

export const router = new Router();
