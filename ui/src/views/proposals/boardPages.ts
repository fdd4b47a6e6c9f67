// The proposals board's page sizes: asked by ProposalsView for its groups and by
// prepare.ts for the same first pages ahead of the screen (so the two calls are one).
// On its own, so that the read-ahead in the main bundle does not pull in the board's words.
import type { ProposalStatus } from '../../lib/bindings/ProposalStatus';

/** The statuses a proposal ends in: the board's history, thousands of rows after ten years. */
const ENDED: readonly ProposalStatus[] = ['decided', 'tabled', 'withdrawn', 'sent-back'];

/**
 * How many rows a status group of the board shows at a time: 25 of what is under way, 10
 * of the history (four groups of 25 made a ten-year board twice as slow to draw as the
 * demo's; the pager and the year filter reach the rest).
 */
export const boardPageSize = (status: ProposalStatus): number => (ENDED.includes(status) ? 10 : 25);
