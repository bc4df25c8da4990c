import { formatHlc, legacyHlc } from '@shared/sync/hlc';
import type { RecordChange } from '@shared/sync/protocol';
import { recordsForVersion } from '../../../src/server/sync/wire-records';

/** How record-bytes.ts stamps records and shapes them on the wire, per protocol version. */
export type WireFormat = {
  name: string;
  version: number;
  /** The HLC a device with this id gives a write at (wall, counter). */
  stamp: (wall: number, counter: number, deviceId: string) => string;
  /** A record as the server sends it to an app of this version. */
  wire: (change: RecordChange) => RecordChange;
};

/** What a version 3 app wrote and stored: 59 characters, the full device id as node. */
const written3 = (wall: number, counter: number, deviceId: string) =>
  legacyHlc(formatHlc({ wall, counter, node: 'x' })).slice(0, -1) + deviceId;

export const WIRE_FORMATS: WireFormat[] = [
  {
    name: 'version 3 (HLC node = device UUID), as before',
    version: 3,
    stamp: written3,
    wire: (change) => change,
  },
  {
    name: 'version 4: compact HLCs, one clock per record on the wire',
    version: 4,
    stamp: (wall, counter, deviceId) => formatHlc({ wall, counter, node: deviceId }),
    wire: (change) => recordsForVersion([change], 4)[0]!,
  },
];
