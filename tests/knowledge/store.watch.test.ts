import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ValidationRejected } from '../../src/knowledge/editErrors.js';
import type { KnowledgeProblem, KnowledgeStoreOptions } from '../../src/knowledge/storeTypes.js';
import {eventually, moderator, quietLogger, useStoreFolders } from './helpers.js';

const fixture = useStoreFolders({ watchDebounceMs: 30 });
const openStore = (extra: Partial<KnowledgeStoreOptions> = {}) => fixture.open(extra);

const qaFile = () => join(fixture.folders.knowledgeDir, 'qa.yaml');
const readQa = () => readFile(qaFile(), 'utf8');
const boatsQuestion = 'How many boats has the U.S. destroyed?';
// Changes one word of a quote, so it is no longer verbatim article text.
const breakQuote = (text: string) => text.replace('destroyed 19 boats and killed', 'destroyed 20 boats and killed');

// How editors and `git checkout` save: a new file renamed over the old one.
async function replaceFile(path: string, text: string): Promise<void> {
  await writeFile(`${path}.new`, text);
  await rename(`${path}.new`, path);
}

const REPLACEMENTS: Array<[string, (good: string) => string]> = [
  ['a file that is not YAML', (good) => `${good}\n  - id: [never closed\n`],
  ['YAML that is not a knowledge file', () => 'entries:\n  - id: Not An Id\n    question: 42\n'],
  ['an empty file', () => ''],
];

describe('KnowledgeStore watching qa.yaml', () => {
  it('does not load a broken qa.yaml written on disk, and keeps answering from the old knowledge', async () => {
    const problems: KnowledgeProblem[] = [];
    const logger = quietLogger();
    const kb = await openStore({ logger, onProblem: (problem) => problems.push(problem) });
    const version = kb.current.version;
    await writeFile(qaFile(), breakQuote(await readQa()));

    // writeFile truncates first, so the watcher may also see an empty file on the way.
    const aboutTheQuote = (p: KnowledgeProblem) => p.issues.some((i) => i.id === 'boats-destroyed');
    await eventually(() => expect(problems.some(aboutTheQuote)).toBe(true));
    expect(kb.lastProblem?.source).toBe('watch');
    expect(logger.events.map((e) => e.event)).toContain('knowledge-rejected');
    expect(kb.current.version).toBe(version);
    const match = kb.current.matcher.match(boatsQuestion);
    expect(match.entry?.id).toBe('boats-destroyed');
    expect(match.entry?.quote).toContain('destroyed 19 boats');
  });

  it.each(REPLACEMENTS)(
    'does not load qa.yaml replaced on disk by %s, keeps answering from the last good knowledge, and tells moderators',
    async (_kind, replace) => {
      const logger = quietLogger();
      const kb = await openStore({ logger });
      const version = kb.current.version;
      const replaced = replace(await readQa());
      await replaceFile(qaFile(), replaced);

      await eventually(() => expect(kb.lastProblem?.source).toBe('watch'));
      expect(kb.lastProblem?.issues.length).toBeGreaterThan(0);
      expect(kb.lastProblem?.message).toContain('was not loaded');
      expect(logger.events.map((e) => e.event)).toContain('knowledge-rejected');
      expect(kb.current.version).toBe(version);
      expect(kb.current.matcher.match(boatsQuestion).entry?.id).toBe('boats-destroyed');
      // The broken file is left for a person to fix, not overwritten.
      expect(await readQa()).toBe(replaced);
    },
  );

  it('does not load an article changed on disk so that a quote is no longer in it, and keeps the old article and answers', async () => {
    const kb = await openStore();
    const version = kb.current.version;
    const articleFile = join(fixture.folders.knowledgeDir, 'article.yaml');
    await replaceFile(articleFile, (await readFile(articleFile, 'utf8')).replace('destroyed 19 boats', 'destroyed 20 boats'));

    await eventually(() => expect(kb.lastProblem?.issues.some((i) => i.id === 'boats-destroyed')).toBe(true));
    expect(kb.current.version).toBe(version);
    expect(kb.current.knowledge.article.paragraphs.join(' ')).toContain('destroyed 19 boats');
    expect(kb.current.matcher.match(boatsQuestion).entry?.quote).toContain('destroyed 19 boats');
  });

  it('picks up a good qa.yaml written on disk, and records it as a hand edit', async () => {
    const kb = await openStore();
    const version = kb.current.version;
    const text = (await readQa()).replace('      - "boats destroyed"\n', '      - "boats destroyed"\n      - "vessels sunk by americans"\n');
    await writeFile(qaFile(), text);

    await eventually(() => expect(kb.current.version).not.toBe(version));
    expect(kb.current.matcher.match('vessels sunk by americans').entry?.id).toBe('boats-destroyed');
    const [record] = await kb.history('boats-destroyed');
    expect(record).toMatchObject({ action: 'external-edit', entryId: 'boats-destroyed', moderatorId: 'file' });
    expect(record?.after?.alternates).toContain('vessels sunk by americans');
  });

  it('loads a fixed file after a broken one and forgets the problem', async () => {
    const kb = await openStore();
    const good = await readQa();
    await writeFile(qaFile(), breakQuote(good));
    await eventually(() => expect(kb.lastProblem).not.toBeNull());
    await writeFile(qaFile(), good.replace('"death toll"', '"death toll so far"'));
    await eventually(() => expect(kb.lastProblem).toBeNull());
    expect(kb.current.knowledge.entries.find((e) => e.id === 'people-killed')?.alternates).toContain('death toll so far');
  });

  it('refuses an edit through the bot while qa.yaml on disk is broken, rather than overwrite the hand edit', async () => {
    const kb = await openStore({ watch: false });
    const broken = breakQuote(await readQa());
    await writeFile(qaFile(), broken);
    const refusal = await kb.addAlternate('story-summary', 'new phrasing', moderator).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ValidationRejected);
    expect(refusal instanceof ValidationRejected && refusal.onDisk).toBe(true);
    expect(await readQa()).toBe(broken);
  });

  it('does not mistake its own writes for hand edits', async () => {
    const kb = await openStore();
    await kb.addAlternate('story-summary', 'my own write', moderator);
    // Give the watcher time to see the write (debounce 30 ms) before looking at the log.
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect((await kb.history()).map((r) => r.action)).toEqual(['add-alternate']);
    await kb.close();
  });

  it('reports every error of a broken folder on reload and keeps the knowledge in use', async () => {
    const kb = await openStore({ watch: false });
    const version = kb.current.version;
    await writeFile(join(fixture.folders.knowledgeDir, 'quotations.yaml'), 'quotations:\n  - id: Not An Id\n');
    const report = await kb.reload();
    expect(report.loaded).toBe(false);
    expect(report.errors.length).toBeGreaterThan(1);
    expect(report.version).toBe(version);
    expect(kb.lastProblem?.source).toBe('reload');
    expect(kb.current.matcher.match(boatsQuestion).entry?.id).toBe('boats-destroyed');
  });

  it('reloads a good folder and reports its warnings', async () => {
    const kb = await openStore({ watch: false });
    const report = await kb.reload();
    expect(report).toMatchObject({ loaded: true, errors: [], version: kb.current.version });
    expect(kb.lastProblem).toBeNull();
  });
});
