/**
 * Whatever a moderator types into the /kb add and edit forms reaches the store
 * as these strings. Each is either saved as typed (less the white space around
 * it, which the form's fields drop) and read back the same from a fresh load of
 * the file, or refused with the reasons; nothing typed can break qa.yaml's format
 * or slip in another entry. One store serves every run: each run compares the
 * file just before and just after its own edit.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeEditError, ValidationRejected } from '../../src/knowledge/editErrors.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { EntryPatch } from '../../src/knowledge/qaDocument.js';
import type { Entry } from '../../src/knowledge/schema.js';
import { KnowledgeStore } from '../../src/knowledge/store.js';
import { paragraphsContaining } from '../../src/knowledge/verbatim.js';
import { moderator, quietLogger, tempKnowledge, type TempFolders } from './helpers.js';

// Each run writes files (with fsync): enough runs to meet the odd cases, few enough for CI.
const RUNS = Number(process.env.PROPERTY_RUNS ?? (process.env.SOAK === '1' ? 500 : 25));

let folders: TempFolders;
let store: KnowledgeStore;

beforeAll(async () => {
  folders = await tempKnowledge();
  store = await KnowledgeStore.open({ knowledgeDir: folders.knowledgeDir, dataDir: folders.dataDir, logger: quietLogger(), watch: false });
});

afterAll(async () => {
  await store.close();
  await folders.cleanup();
});

/** Text that means something to YAML, or to the file around a field, or to nothing at all. */
const PIECES = [
  '---', '...', '- id: x', '\n- id: injected\n  question: q', 'key: value', ': ', '? ', '#', ' # comment', '&anchor', '*alias',
  '!!tag', '!!binary', '|', '|-', '>', '>+', '%YAML 1.2', '{', '}', '[', ']', ',', '"', "'", '\\', '\\n', '\\"', '`',
  '\n', '\r\n', '\r', '\t', ' ', '\0', '\u0001', '\u001b[31m', '\u007f', '\u0085', '\u00a0', '\u2028', '\u2029', '\ufeff',
  '\ufffe', '\u200b', '\u202e', 'null', '~', 'true', 'no', '0x1F', '1e3', '.inf', '<<', '@everyone', '<@&1500000000000000001>',
  'é', 'e\u0301', '👩‍👩‍👧', '𝕻', 'مرحبا', 'Petro', 'boats', 'who is',
];
const typed = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join('')) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('\ud800', '\udfff', 'a', '😀'), maxLength: 6 }) },
  // As long as a form field allows, and longer than the schema does.
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...PIECES), fc.integer({ min: 200, max: 4_000 })).map(([piece, n]) => piece.repeat(n).slice(0, n)) },
);

const article = () => store.current.knowledge.article;
/** A quote copied from the article (verbatim, so it can be saved), or anything typed (which mostly cannot). */
const quote = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 20, max: 400 })).map(([p, start, length]) => {
      const paragraphs = article().paragraphs;
      const text = paragraphs[p % paragraphs.length] ?? '';
      const from = start % Math.max(1, text.length - 20);
      return text.slice(from, from + length);
    }),
  },
  { weight: 1, arbitrary: typed },
);
const speaker = fc.option(typed, { nil: null });

// What /kb's form does: the paragraph is where the quote is found.
const paragraphOf = (text: string) => paragraphsContaining(article().paragraphs, text)[0] ?? 1;
const asTyped = (text: string) => text.trim();
const alternatesAsTyped = (lines: readonly string[]) => lines.map(asTyped).filter(Boolean);

/** The edit, then qa.yaml loaded afresh and checked as kb:check would (it must pass, whatever happened). */
async function attempt(edit: () => Promise<unknown>) {
  const before = await readFile(join(folders.knowledgeDir, 'qa.yaml'));
  const entriesBefore = store.current.knowledge.entries;
  const outcome = await edit().then(() => null, (error: unknown) => error);
  const onDisk = await loadKnowledge(folders.knowledgeDir);
  expect(store.current.knowledge.entries).toEqual(onDisk.entries);
  if (outcome !== null) {
    expect(outcome).toBeInstanceOf(KnowledgeEditError);
    if (outcome instanceof ValidationRejected) expect(outcome.issues.length).toBeGreaterThan(0);
    expect((await readFile(join(folders.knowledgeDir, 'qa.yaml'))).equals(before)).toBe(true);
  }
  return { saved: outcome === null, entriesBefore, entries: onDisk.entries };
}

const others = (entries: readonly Entry[], id: string) => entries.filter((e) => e.id !== id);

describe('moderator input in the /kb entry forms', () => {
  it('adds exactly one entry, as typed, or refuses with reasons and leaves qa.yaml as it was', async () => {
    await fc.assert(
      fc.asyncProperty(typed, fc.array(typed, { maxLength: 4 }), typed, quote, speaker, async (question, alternates, answer, quoteText, who) => {
        const draft = { question, alternates, answer, quote: quoteText, speaker: who, paragraph: paragraphOf(quoteText) };
        let id = '';
        const { saved, entriesBefore, entries } = await attempt(async () => {
          id = (await store.add(draft, moderator)).entry?.id ?? '';
        });
        if (!saved) {
          expect(entries).toEqual(entriesBefore);
          return;
        }
        expect(entries).toHaveLength(entriesBefore.length + 1);
        expect(others(entries, id)).toEqual(entriesBefore);
        expect(entries.find((e) => e.id === id)).toEqual({
          id,
          question: asTyped(question),
          alternates: alternatesAsTyped(alternates),
          answer: asTyped(answer),
          quote: asTyped(quoteText),
          speaker: who === null || asTyped(who) === '' ? null : asTyped(who),
          paragraph: draft.paragraph,
        });
      }),
      { numRuns: RUNS },
    );
  }, RUNS * 1_000 + 60_000);

  it('changes only the fields edited, as typed, of only that entry, or refuses with reasons and leaves qa.yaml as it was', async () => {
    const fields = fc.record(
      { question: typed, alternates: fc.array(typed, { maxLength: 4 }), answer: typed, quote, speaker: fc.option(typed, { nil: null }) },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('who-is-petro', 'boats-destroyed', 'story-summary'), fields, async (id, edited) => {
        const patch: EntryPatch = { ...edited, ...(edited.quote !== undefined && { paragraph: paragraphOf(edited.quote) }) };
        const { saved, entriesBefore, entries } = await attempt(() => store.update(id, patch, moderator, store.versionOf(id) ?? ''));
        if (!saved) {
          expect(entries).toEqual(entriesBefore);
          return;
        }
        expect(entries.map((e) => e.id)).toEqual(entriesBefore.map((e) => e.id));
        expect(others(entries, id)).toEqual(others(entriesBefore, id));
        const was = entriesBefore.find((e) => e.id === id);
        const expected = {
          ...was,
          ...(patch.question !== undefined && { question: asTyped(patch.question) }),
          ...(patch.alternates !== undefined && { alternates: alternatesAsTyped(patch.alternates) }),
          ...(patch.answer !== undefined && { answer: asTyped(patch.answer) }),
          ...(patch.quote !== undefined && { quote: asTyped(patch.quote), paragraph: patch.paragraph }),
          ...(patch.speaker !== undefined && { speaker: patch.speaker === null || asTyped(patch.speaker) === '' ? null : asTyped(patch.speaker) }),
        };
        expect(entries.find((e) => e.id === id)).toEqual(expected);
      }),
      { numRuns: RUNS },
    );
  }, RUNS * 1_000 + 60_000);
});
