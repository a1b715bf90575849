import { Matcher } from '../matching/matcher.js';
import { contentHash, shortHash } from './contentHash.js';
import type { KnowledgeIssue } from './issues.js';
import type { Knowledge } from './load.js';
import type { Entry } from './schema.js';
import type { LiveKnowledge } from './storeTypes.js';

/**
 * The knowledge in use with the exact qa.yaml bytes it came from. It is replaced
 * as one value, so the matcher always belongs to the knowledge beside it and the
 * bytes are always the ones the next edit starts from.
 */
export interface InUse {
  live: LiveKnowledge;
  bytes: Buffer;
  hash: string;
}

// The matcher is rebuilt on every change: it is cheap, and a question asked
// right after an edit must see the edit.
export function inUse(knowledge: Knowledge, warnings: readonly KnowledgeIssue[], bytes: Buffer): InUse {
  const matcher = new Matcher(knowledge.entries);
  const live = Object.freeze({ knowledge, matcher, version: shortHash(bytes), warnings });
  return { live, bytes, hash: contentHash(bytes) };
}

export function findEntry(entries: readonly Entry[], id: string | null): Entry | null {
  return entries.find((e) => e.id === id) ?? null;
}
