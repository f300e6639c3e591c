/**
 * A record's fingerprint: the first 12 hex digits of SHA-256 over
 * `kind:conversation:id:change:field:entry` (UTF-8, absent parts empty). Only the list entry of a
 * per-entry record is hashed, never a value, so a reviewer's acknowledgement carries across commits.
 * `@noble/hashes` is synchronous and runs in a browser too (the core uses no node:crypto).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Draft } from './records/draft';

export function fingerprintOf(d: Pick<Draft, 'kind' | 'conversation' | 'id' | 'change' | 'field' | 'entry'>): string {
  const text = [d.kind, d.conversation ?? '', d.id, d.change, d.field ?? '', d.entry ?? ''].join(':');
  return bytesToHex(sha256(utf8ToBytes(text))).slice(0, 12);
}
