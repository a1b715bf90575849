import { describe, expect, it, vi } from 'vitest';
import { Locale } from 'discord.js';
import { COMMANDS } from '../../src/discord/commands/index.js';
import type { Entry } from '../../src/knowledge/schema.js';
import type { MatchResult } from '../../src/matching/matcher.js';
import { chatInputInteraction, messageContextInteraction, stringOption } from '../support/interactions.js';
import { message, user } from '../support/payloads.js';
import { at, harnessPerTest, isPost, isReplyTo, knowledge, type Harness } from './harness.js';

const start = harnessPerTest();
const PREGUNTA = '¿quién es Andrés Pastrana?';

async function pastranaInSpanish(): Promise<Entry> {
  const entry = (await knowledge()).entries.find((e) => e.id === 'who-is-pastrana');
  if (!entry) throw new Error('no who-is-pastrana entry in knowledge/');
  return { ...entry, es: { question: '¿Quién es Andrés Pastrana?', alternates: [], answer: 'Un expresidente de Colombia.' } };
}

/** Makes the matcher find `entry` (or nothing), in Spanish, for any question; returns the spy on match(). */
function matchInSpanish({ context }: Harness, entry: Entry | null) {
  return vi.spyOn(context.knowledge.current.matcher, 'match').mockImplementation(
    (question): MatchResult => ({
      question,
      answered: entry !== null,
      entry,
      confidence: entry ? 0.9 : 0.1,
      reason: entry ? 'answered' : 'not-covered',
      language: 'es',
      candidates: [],
      suggestions: [],
      evidence: null,
    }),
  );
}

describe('a reader whose Discord is in Spanish', () => {
  it('has /ask pass their locale to the matcher and gets the Spanish answer with the English quote as the original', async () => {
    const harness = await start();
    const entry = await pastranaInSpanish();
    const match = matchInSpanish(harness, entry);
    const sent = harness.fake.sendInteraction(
      chatInputInteraction({ name: 'ask', options: [stringOption('question', PREGUNTA)], locale: Locale.SpanishES }),
    );

    const req = await harness.fake.waitForRequest(isPost(sent.callbackPath));
    expect(match).toHaveBeenCalledWith(PREGUNTA, { locale: 'es-ES' });
    expect(at(req.body, 'data', 'embeds', 0, 'title')).toBe('¿Quién es Andrés Pastrana?');
    const description = String(at(req.body, 'data', 'embeds', 0, 'description'));
    expect(description).toContain('Un expresidente de Colombia.');
    expect(description).toContain(`*Texto original (inglés):*\n> ${entry.quote}`);
    expect(description).toContain(`, párrafo ${entry.paragraph}`);
  });

  it('has the context menu pass their locale to the matcher', async () => {
    const harness = await start();
    const match = matchInSpanish(harness, await pastranaInSpanish());
    const target = message({ content: PREGUNTA, author: user('1400000000000000077', 'bob') });
    const sent = harness.fake.sendInteraction(
      messageContextInteraction({ name: 'Ask the article', target, locale: Locale.SpanishLATAM }),
    );

    await harness.fake.waitForRequest(isPost(sent.callbackPath));
    expect(match).toHaveBeenCalledWith(PREGUNTA, { locale: 'es-419' });
  });

  it('gets the polite no-answer in Spanish for a Spanish question the article does not answer', async () => {
    const harness = await start();
    matchInSpanish(harness, null);
    const asked = harness.fake.sendMessage({ content: '¿qué tiempo hace en Bogotá?', mentionsBot: true });

    const req = await harness.fake.waitForRequest(isReplyTo(asked.id));
    expect(String(at(req.body, 'content'))).toContain('Lo siento, el artículo no parece tratar “¿qué tiempo hace en Bogotá?”');
  });

  it('gets /about in Spanish', async () => {
    const { fake } = await start();
    const sent = fake.sendInteraction(chatInputInteraction({ name: 'about', locale: Locale.SpanishES }));

    const req = await fake.waitForRequest(isPost(sent.callbackPath));
    expect(at(req.body, 'data', 'embeds', 0, 'title')).toBe('Acerca de este bot');
    expect(String(at(req.body, 'data', 'embeds', 0, 'fields', 1, 'value'))).toContain('/preguntar');
  });

  it('sees the commands under Spanish names and descriptions (Spain and Latin America)', () => {
    const byName = new Map(COMMANDS.map((command) => [command.data.name, command.data]));
    for (const [name, spanish] of [['ask', 'preguntar'], ['quote', 'cita'], ['about', 'acerca-de'], ['Ask the article', 'Preguntar al artículo']]) {
      const data = byName.get(name ?? '');
      expect(data?.name_localizations).toEqual({ [Locale.SpanishES]: spanish, [Locale.SpanishLATAM]: spanish });
    }
    const ask = byName.get('ask');
    expect(ask && 'description_localizations' in ask ? ask.description_localizations?.[Locale.SpanishLATAM] : null).toBe(
      'Haz una pregunta sobre el artículo',
    );
  });
});
