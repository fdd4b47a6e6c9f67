// The dashboard as the core last returned it, shared by the views that need it
// (the dashboard itself, the WG select of the meeting view, the app header). It is
// bounded: the next and latest GAs and the active WGs; the complete lists are paged
// (#/meetings, #/wgs).
// Records returned by a mutation replace their old copy; nothing is computed here.

import { getContext, setContext } from 'svelte';
import { errorMessage, getDashboard, isCommandError } from './api';
import { inApp } from './transport';
import type { Dashboard } from './bindings/Dashboard';
import type { Meeting } from './bindings/Meeting';
import type { WorkingGroup } from './bindings/WorkingGroup';

export class DashboardState {
  data = $state<Dashboard | null>(null);
  error = $state<string | null>(null);
  loading = $state(false);
  /** The core said this installation has no assembly yet (first run): show the setup screen. */
  needsSetup = $state(false);
  /** The database is encrypted and not unlocked yet: show the unlock screen, nothing else. */
  needsUnlock = $state(false);
  /** The shell is bringing the records up to date after an update: say so, and ask again. */
  upgrading = $state(false);
  #seq = 0;

  async load(): Promise<void> {
    // A team device (this UI served by the room) has no dashboard: the room serves one
    // meeting and no command of the app's first screen.
    if (!inApp()) return;
    const seq = ++this.#seq;
    this.loading = true;
    try {
      const data = await getDashboard();
      if (seq !== this.#seq) return;
      this.data = data;
      this.error = null;
      this.needsSetup = false;
      this.needsUnlock = false;
      this.upgrading = false;
    } catch (e) {
      if (seq !== this.#seq) return;
      this.needsSetup = isCommandError(e) && e.kind === 'no-assembly';
      this.needsUnlock = isCommandError(e) && e.kind === 'locked';
      this.upgrading = isCommandError(e) && e.kind === 'upgrading';
      this.error = this.needsSetup || this.needsUnlock || this.upgrading ? null : errorMessage(e);
    } finally {
      if (seq === this.#seq) this.loading = false;
    }
  }

  /** Puts a WG the core returned in place of its old copy (or adds it). */
  putWg(wg: WorkingGroup) {
    if (!this.data) return;
    const list = this.data.working_groups;
    const at = list.findIndex((w) => w.id === wg.id);
    if (at !== -1) {
      // Changed in place: moving the card would take the keyboard's focus away from it.
      this.data.working_groups = list.map((w) => (w.id === wg.id ? wg : w));
      return;
    }
    // Just made: the most recently active of all, so first (the core's order).
    this.data.wg_total += 1;
    this.data.working_groups = [wg, ...list];
  }

  /**
   * Puts a meeting the core returned in place of its old copy (or adds it): a closed one
   * among the recent (newest first), any other among the upcoming (soonest first).
   */
  putMeeting(meeting: Meeting) {
    if (!this.data) return;
    const isNew = ![...this.data.upcoming, ...this.data.recent].some((m) => m.id === meeting.id);
    const upcoming = this.data.upcoming.filter((m) => m.id !== meeting.id);
    const recent = this.data.recent.filter((m) => m.id !== meeting.id);
    const newer = (a: Meeting, b: Meeting) => a.date > b.date || (a.date === b.date && a.number > b.number);
    if (meeting.status === 'closed') {
      const at = recent.findIndex((m) => newer(meeting, m));
      recent.splice(at === -1 ? recent.length : at, 0, meeting);
    } else {
      const at = upcoming.findIndex((m) => newer(m, meeting));
      upcoming.splice(at === -1 ? upcoming.length : at, 0, meeting);
    }
    this.data.upcoming = upcoming;
    this.data.recent = recent;
    if (isNew) this.data.meeting_total += 1;
  }
}

const KEY = Symbol('dashboard');

/** Creates the shared dashboard state for a component tree (App does this once). */
export function provideDashboard(state = new DashboardState()): DashboardState {
  return setContext(KEY, state);
}

/** The shared dashboard state, or a fresh one when the view is rendered on its own. */
export function useDashboard(): DashboardState {
  return getContext<DashboardState | undefined>(KEY) ?? provideDashboard();
}
