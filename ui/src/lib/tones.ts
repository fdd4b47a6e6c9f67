// Which badge colour goes with which status word (presentation only).

export type Tone = 'green' | 'amber' | 'blue' | 'grey' | 'red';

import type { ItemStatus } from './bindings/ItemStatus';
import type { MeetingStatus } from './bindings/MeetingStatus';
import type { WgStatus } from './bindings/WgStatus';

export const wgStatusTone: Record<WgStatus, Tone> = {
  forming: 'amber',
  active: 'green',
  dormant: 'blue',
  dissolved: 'grey',
};

export const meetingStatusTone: Record<MeetingStatus, Tone> = {
  planned: 'blue',
  open: 'green',
  closed: 'grey',
};

export const itemStatusTone: Record<ItemStatus, Tone> = {
  pending: 'grey',
  active: 'green',
  done: 'blue',
  tabled: 'amber',
};
