// The views, each loaded the first time it is shown (a separate chunk of the build):
// at a cold start the window parses and runs only the shell, the dashboard and the
// setup screen, so the dashboard paints sooner (issue 21, budget < 0.7 s in
// architecture.md; measured with scripts/bench-startup). App.svelte renders these with
// {#await}; `preloadViews` fetches the rest once the dashboard is up, so that opening a
// meeting later does not wait for its code.

export const views = {
  meetings: () => import('./dashboard/AllMeetingsView.svelte'),
  wgs: () => import('./dashboard/AllWgsView.svelte'),
  wg: () => import('./dashboard/WgView.svelte'),
  meeting: () => import('./meeting/MeetingView.svelte'),
  minutes: () => import('./minutes/MinutesView.svelte'),
  stack: () => import('./stack/StackView.svelte'),
  process: () => import('./proposals/ProcessPanel.svelte'),
  proposals: () => import('./proposals/ProposalsView.svelte'),
  proposal: () => import('./proposals/ProposalView.svelte'),
  projector: () => import('./projector/ProjectorScreen.svelte'),
  federation: () => import('./federation/FederationView.svelte'),
  people: () => import('./people/PeopleView.svelte'),
  team: () => import('./team/TeamView.svelte'),
};

/**
 * Loads every view's code in the background, when the window is idle, so that later
 * navigation is as quick as before. A failure here is harmless: the view is loaded
 * again (and its error shown) when it is opened.
 */
export function preloadViews(): void {
  const idle: (cb: () => void) => void =
    typeof requestIdleCallback === 'function' ? (cb) => requestIdleCallback(cb, { timeout: 2000 }) : (cb) => setTimeout(cb, 200);
  idle(() => {
    for (const [name, load] of Object.entries(views)) {
      if (name === 'projector' || name === 'team') continue; // its own window / a team device loads it
      load().catch(() => {});
    }
  });
}
