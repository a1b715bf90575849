import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';

// The seed lives beside the repository, not in it: a fresh clone has no ../shared,
// so the comparison with it runs only where it exists (the team's machine, CI).
const SEED = fileURLToPath(new URL('../../../shared/seed/article.txt', import.meta.url));

describe('the article in knowledge/', () => {
  it('has its outlet, its dateline and the paragraphs the entries quote', async () => {
    const { article } = await loadKnowledge('knowledge');
    expect(article).toMatchObject({ outlet: 'Border Report', dateline: 'El Paso, Texas' });
    expect(article.paragraphs.length).toBeGreaterThan(0);
    expect(article.paragraphs.every((p) => p.trim() === p && p.length > 0)).toBe(true);
  });

  it.runIf(existsSync(SEED))('is the seed article in ../shared, paragraph for paragraph', async () => {
    const seed = await readFile(SEED, 'utf8');
    const { article } = await loadKnowledge('knowledge');
    expect(article.paragraphs).toEqual(seed.split('\n').filter((line) => line.trim()));
  });

  it('has every paragraph as the source of at least one entry', async () => {
    const { article, entries } = await loadKnowledge('knowledge');
    const sources = new Set(entries.map((e) => e.paragraph));
    expect(article.paragraphs.map((_, i) => sources.has(i + 1))).not.toContain(false);
  });
});
