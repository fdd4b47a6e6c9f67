// Records shaped exactly like the ts-rs bindings, for the proposal views' unit tests:
// "Winter tents" (LDN-P-2011-004) heard at LDN-GA-39.4 under modified:90.
import type { Amendment } from '../../lib/bindings/Amendment';
import type { Decision } from '../../lib/bindings/Decision';
import type { Hearing } from '../../lib/bindings/Hearing';
import type { Proposal } from '../../lib/bindings/Proposal';
import type { ProposalDetail } from '../../lib/bindings/ProposalDetail';

export const ORIGIN = '0190a000-0000-7000-8000-000000000001';
export const T = '2011-11-12T19:40:00Z';
export const ITEM = 'i-tents';
export const MEETING = 'm-39';
export const PROPOSAL = 'pr-tents';

export const TEXT_1 = 'Buy 20 winter tents for the camp.';
export const TEXT_2 = 'Buy 25 insulated winter tents for the camp.';

export function proposal(over: Partial<Proposal> = {}): Proposal {
  return {
    id: PROPOSAL,
    origin: ORIGIN,
    reference: 'LDN-P-2011-004',
    title: 'Winter tents',
    text: TEXT_1,
    status: 'in-process',
    wg_id: 'wg-kitchen',
    wg_name: 'Kitchen',
    proposer_id: 'p-marta',
    proposer_name: 'Marta',
    derived_from: null,
    created_at: '2011-11-10T12:00:00Z',
    updated_at: T,
    revision: 3,
    ...over,
  };
}

export function hearing(over: Partial<Hearing> = {}): Hearing {
  return {
    agenda_item_id: ITEM,
    item_reference: 'LDN-GA-39.4',
    item_status: 'active',
    proposal_id: PROPOSAL,
    meeting_id: MEETING,
    meeting_reference: 'LDN-GA-39',
    meeting_date: '2011-11-12',
    meeting_status: 'open',
    step: 'concerns',
    step_at: T,
    track: ['present', 'clarifying-questions', 'concerns', 'temperature-check', 'call-for-consensus', 'vote', 'outcome'],
    next_steps: ['temperature-check', 'call-for-consensus'],
    actions: ['raise-concern', 'offer-amendment', 'table', 'withdraw', 'send-back'],
    open: true,
    outcome: null,
    decision_id: null,
    outcome_by: null,
    outcome_reason: null,
    step_empty: false,
    no_questions: false,
    no_concerns: false,
    ...over,
  };
}

export function amendment(over: Partial<Amendment> & Pick<Amendment, 'id'>): Amendment {
  return {
    proposal_id: PROPOSAL,
    agenda_item_id: ITEM,
    item_reference: 'LDN-GA-39.4',
    base_version: 1,
    text: TEXT_2,
    offered_by_id: 'p-jo',
    offered_by: 'Jo',
    status: 'pending',
    version: null,
    answered_at: null,
    created_at: T,
    changes: [
      { change: 'equal', text: 'Buy ' },
      { change: 'delete', text: '20' },
      { change: 'insert', text: '25 insulated' },
      { change: 'equal', text: ' winter tents for the camp.' },
    ],
    ...over,
  };
}

export function decision(over: Partial<Decision> = {}): Decision {
  return {
    id: 'd-1',
    proposal_id: PROPOSAL,
    agenda_item_id: ITEM,
    item_reference: 'LDN-GA-39.4',
    meeting_id: MEETING,
    meeting_reference: 'LDN-GA-39',
    version: 1,
    rule: 'modified:90',
    default_rule: 'modified:90',
    support: 20,
    against: 0,
    stand_asides: 1,
    blocks: 1,
    participants: 21,
    ratio: { support: 20, voters: 20 },
    quorum: null,
    stand_aside_limit: null,
    outcome: 'passed',
    reason: 'threshold-met',
    explanation: 'passed: vote 20 for, 0 against — 100%, at least 90%',
    counted: '1 stand-aside; 1 block; vote: 20 for, 0 against — 100%, at least 90%',
    wg_voices: [],
    stances: [
      { stance: 'stand-aside', person_id: 'p-ben', name: 'Ben', reason: 'Too expensive' },
      { stance: 'block', person_id: 'p-rosa', name: 'Rosa', reason: 'Bought from a sweatshop' },
    ],
    entered_by: 'facilitator',
    disputed: false,
    dispute_note: '',
    created_at: T,
    updated_at: T,
    revision: 1,
    ...over,
  };
}

export function proposalDetail(over: Partial<ProposalDetail> = {}): ProposalDetail {
  return {
    proposal: proposal(),
    default_rule: 'modified:90',
    versions: [{ number: 1, text: TEXT_1, amendment_id: null, created_at: '2011-11-10T12:00:00Z' }],
    amendments: [],
    hearings: [hearing()],
    questions: [],
    concerns: [],
    temperature_checks: [],
    decisions: [],
    history: [
      { status: 'submitted', changed_at: '2011-11-10T12:00:00Z', meeting_id: null, agenda_item_id: null, note: '', by: '' },
      { status: 'in-process', changed_at: T, meeting_id: MEETING, agenda_item_id: ITEM, note: '', by: '' },
    ],
    actions: ['amend', 'table', 'withdraw', 'send-back'],
    ...over,
  };
}
