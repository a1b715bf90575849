import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { at, slash } from '../harness.js';
import { eventually } from '../../knowledge/helpers.js';
import { kbHarnessPerTest } from './kbHarness.js';
import { kb, textOf } from './kbPayloads.js';

const start = kbHarnessPerTest();

// Changes one word of a quote, so it is no longer verbatim article text.
const breakQuote = (text: string) => text.replace('destroyed 19 boats and killed', 'destroyed 20 boats and killed');

describe('qa.yaml changed on disk', () => {
  it('is not loaded when broken: answering goes on from the last good knowledge, and /kb reload shows why', async () => {
    const { send, store, folders } = await start();
    const qaFile = join(folders.knowledgeDir, 'qa.yaml');
    await writeFile(qaFile, breakQuote(await readFile(qaFile, 'utf8')));
    await eventually(() => expect(store.lastProblem?.issues.some((i) => i.id === 'boats-destroyed')).toBe(true));

    const answer = await send(slash('ask', { question: 'How many boats has the U.S. destroyed?' }));
    expect(at(answer, 'data', 'embeds', 0, 'title')).toBe('How many boats has the U.S. destroyed?');
    expect(String(at(answer, 'data', 'embeds', 0, 'description'))).toContain('destroyed 19 boats');

    const reloaded = textOf(await send(kb('reload')));
    expect(reloaded).toContain('Not loaded');
    expect(reloaded).toContain('boats-destroyed: quote is not verbatim article text');
    const edit = textOf(await send(kb('alias', { id: 'who-is-petro', question: 'who is petro anyway' })));
    expect(edit).toContain('qa.yaml on disk has problems');
  });

  it.each([
    ['empty', () => '', '• qa.yaml: is empty'],
    ['not YAML', (good: string) => `${good}\n  - id: [never closed\n`, '• qa.yaml: Flow sequence in block collection'],
  ])('is not loaded when %s: /ask answers as before, /kb reload says why, and the log has it', async (_kind, replace, reason) => {
    const { send, store, folders, logs } = await start();
    const qaFile = join(folders.knowledgeDir, 'qa.yaml');
    const askBoats = () => send(slash('ask', { question: 'How many boats has the U.S. destroyed?' }));
    const before = textOf(await askBoats());
    await writeFile(qaFile, replace(await readFile(qaFile, 'utf8')));
    await eventually(() => expect(store.lastProblem).not.toBeNull());

    expect(textOf(await askBoats())).toBe(before);
    const reloaded = textOf(await send(kb('reload')));
    expect(reloaded).toContain('Not loaded');
    expect(reloaded).toContain('I keep answering from the knowledge in use');
    expect(reloaded).toContain(reason);
    expect(logs.some((line) => line.includes('"event":"knowledge-rejected"'))).toBe(true);
  });

  it('is loaded by /kb reload once fixed, and the next question sees it', async () => {
    const { send, store, folders } = await start();
    const qaFile = join(folders.knowledgeDir, 'qa.yaml');
    const good = await readFile(qaFile, 'utf8');
    await writeFile(qaFile, good.replace('      - "boats destroyed"\n', '      - "boats destroyed"\n      - "vessels sunk by americans"\n'));

    const reloaded = textOf(await send(kb('reload')));

    expect(reloaded).toContain('✅ Reloaded');
    expect(store.lastProblem).toBeNull();
    const answer = await send(slash('ask', { question: 'vessels sunk by americans' }));
    expect(at(answer, 'data', 'embeds', 0, 'title')).toBe('How many boats has the U.S. destroyed?');
  });
});

describe('/kb export', () => {
  it('attaches qa.yaml as it is on disk', async () => {
    const { request, qaBytes } = await start();

    const exported = await request(kb('export'));

    expect(exported.files).toEqual([expect.objectContaining({ name: 'qa.yaml', size: (await qaBytes()).length })]);
    expect(String(at(exported.body, 'data', 'content'))).toContain('qa.yaml as it is on disk');
    expect(at(exported.body, 'data', 'allowed_mentions')).toEqual({ parse: [] });
  });

  it('says when the file on disk is not the knowledge in use', async () => {
    const { request, store, folders } = await start();
    const qaFile = join(folders.knowledgeDir, 'qa.yaml');
    await writeFile(qaFile, breakQuote(await readFile(qaFile, 'utf8')));
    await eventually(() => expect(store.lastProblem).not.toBeNull());

    const exported = await request(kb('export'));

    expect(String(at(exported.body, 'data', 'content'))).toContain('This file is not the knowledge in use');
  });
});
