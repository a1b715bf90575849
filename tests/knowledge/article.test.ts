import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';

describe('the article in knowledge/', () => {
  it('is the seed article, paragraph for paragraph, with its outlet and dateline', async () => {
    const seed = await readFile(new URL('../../../shared/seed/article.txt', import.meta.url), 'utf8');
    const { article } = await loadKnowledge('knowledge');
    expect(article.paragraphs).toEqual(seed.split('\n').filter((line) => line.trim()));
    expect(article).toMatchObject({ outlet: 'Border Report', dateline: 'El Paso, Texas' });
  });

  it('has every paragraph as the source of at least one entry', async () => {
    const { article, entries } = await loadKnowledge('knowledge');
    const sources = new Set(entries.map((e) => e.paragraph));
    expect(article.paragraphs.map((_, i) => sources.has(i + 1))).not.toContain(false);
  });
});
