// What each slow screen reads first, asked for by the router before it swaps screens
// (lib/router.svelte.ts, `setPrepare`; lib/transport.ts, `readAhead`): the screen then
// finds its first answers already there and is drawn once, with its data. Each call here
// must be the very call the screen makes (same wrapper, same arguments in the same
// order); one that differs is simply read again by the screen. The projector's window
// reads nothing ahead (its capability refuses most commands).

import {
  diffVersions,
  getFederation,
  getFederationFolders,
  getMinutes,
  getProposal,
  getProposalCounts,
  getWg,
  pageProposals,
  pageWgReportBacks,
} from '../lib/api';
import type { Route } from '../lib/router.svelte';
import { readAhead } from '../lib/transport';
import { views } from './index';
import { boardPageSize } from './proposals/boardPages';

/** The first page a PagedList asks for. */
const first = (limit: number) => ({ after: null, limit });

export function prepareScreen(route: Route): Promise<unknown> | undefined {
  switch (route.name) {
    case 'proposals':
      // ProposalsView: the counts, then ProposalGroup's first page of each status shown.
      return Promise.all([
        views.proposals(),
        readAhead(() => getProposalCounts({ year: null })).then((counts) =>
          readAhead(() =>
            Promise.all(
              counts.by_status
                .filter((c) => c.count > 0)
                .map((c) => pageProposals({ status: c.status, year: null }, first(boardPageSize(c.status)))),
            ),
          ),
        ),
      ]);
    case 'proposal':
      // ProposalView, then VersionCompare's first comparison: the last version with the one before.
      return Promise.all([
        views.proposal(),
        readAhead(() => getProposal(route.id)).then((d) => {
          const last = d.versions[d.versions.length - 1]?.number ?? 1;
          return d.versions.length > 1 ? readAhead(() => diffVersions(d.proposal.id, Math.max(1, last - 1), last)) : null;
        }),
      ]);
    case 'wg': {
      // WgView: the group, then its report-backs and each status's ProposalGroup.
      const id = route.id;
      return Promise.all([
        views.wg(),
        readAhead(() => getWg(id)).then((detail) =>
          readAhead(() =>
            Promise.all([
              pageWgReportBacks(id, first(10)),
              ...detail.proposals.by_status.map((s) => pageProposals({ status: s.status, year: null, wg: id }, first(10))),
            ]),
          ),
        ),
      ]);
    }
    case 'minutes':
      // MinutesView opens with names shown, no speakers' list, no equity section.
      return Promise.all([views.minutes(), readAhead(() => getMinutes(route.id, false, false, false))]);
    case 'federation':
      // FederationView opens on the summary; its lists are asked for after the summary's
      // first frame (reading them ahead here made the screen wait for all five: ~50 ms
      // more on ten years and ten assemblies, and the view's own deferral did nothing).
      return Promise.all([
        views.federation(),
        readAhead(() =>
          Promise.all([
            getFederation(),
            // FoldersPanel's status: asked after the first draw, it cost a second one.
            getFederationFolders(),
          ]),
        ),
      ]);
    default:
      return undefined;
  }
}
