import { createHash } from 'node:crypto';
import type { Entry } from './schema.js';

/** SHA-256 of the exact bytes (or UTF-8 text), in hex: names a file version unambiguously. */
export function contentHash(content: Uint8Array | string): string {
  return createHash('sha256').update(content).digest('hex');
}

// Twelve hex digits (48 bits) are plenty to tell versions of one entry apart and
// short enough to travel inside a Discord custom id.
const VERSION_LENGTH = 12;

/**
 * An entry's version: a short hash of its canonical JSON. It changes whenever any
 * field changes, however the YAML is laid out, and is the same on every shard.
 */
export function entryVersion(entry: Entry): string {
  return contentHash(canonicalJson(entry)).slice(0, VERSION_LENGTH);
}

/** A short hash of a whole file's bytes, for showing which version of the knowledge is in use. */
export function shortHash(content: Uint8Array | string): string {
  return contentHash(content).slice(0, VERSION_LENGTH);
}

// Keys sorted at every level, so the same value always gives the same text.
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
      return Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return inner;
  });
}
