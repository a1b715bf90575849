/**
 * Any text, asked through the real client end to end. Rendering and matching
 * have their own property tests (tests/discord/render, tests/matching); this
 * one checks what actually leaves for Discord: an answer or a polite refusal,
 * within Discord's limits, pinging nobody but the asker, and nothing logged as an error.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prop } from '../../support/fakeRest.js';
import { FAKE_IDS } from '../../support/payloads.js';
import { isReplyTo, slash, startHarness, typing, type Harness } from '../harness.js';
import { expectNoPing, expectSendable, expectValidChoices } from './discordLimits.js';
import { errorsLogged, isCallbackOf } from './faultKit.js';

// Every case must be answered within this; a question that takes longer counts as a failure.
const ANSWER_WITHIN_MS = 5_000;
const RUNS = process.env['SOAK'] === '1' ? 1_500 : 150;

const PIECES = [
  // Mentions of everyone, a role, a user, the bot itself, a channel.
  '@everyone', '@here', '<@&1500000000000000001>', '<@1400000000000000099>', `<@${FAKE_IDS.bot}>`, '<#1300000000000000001>',
  // Markdown, code blocks and links.
  '```js\n', '```', '**', '__', '~~', '||', '> ', '# ', '-# ', '1. ', '[link](https://evil.example/x)', 'https://a.example/?b=c',
  // Zero-width and direction marks, right-to-left scripts, combining marks.
  '\u200b', '\u200d', '\u2060', '\ufeff', '\u202e', '\u202d', 'مرحبا بالعالم', 'שלום', 'e\u0301\u0302\u0303', 'Z\u0336',
  // Emoji sequences, other planes, a lone surrogate; whitespace, escapes, and words the matcher knows.
  '👩‍👩‍👧‍👦', '🇨🇴', '𝕻𝖊𝖙𝖗𝖔', '\u{10FFFD}', '\ud800', '\n', '\t', ' ', '\\', '`', '"', '<', '>', 'who is Petro?', 'boats',
];

const hostileText = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 600 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 300 }) },
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\u200b', '@everyone', '?'.repeat(2_001)) },
  // 10,000 characters and more: far past what Discord lets a user type, as a forged payload could carry.
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...PIECES), fc.integer({ min: 10_000, max: 12_000 })).map(repeatedTo) },
);

function repeatedTo([piece, length]: [string, number]): string {
  return piece.repeat(Math.ceil(length / Math.max(1, piece.length)));
}
const way = fc.constantFrom('mention', '/ask', 'autocomplete');

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.stop());

/** Asks `text` the given way and returns the request that answered it. */
async function ask(how: string, text: string) {
  const { fake } = harness;
  if (how === 'mention') {
    const asked = fake.sendMessage({ content: text, mentionsBot: true });
    return fake.waitForRequest(isReplyTo(asked.id), ANSWER_WITHIN_MS);
  }
  const payload = how === '/ask' ? slash('ask', { question: text }) : typing('ask', 'question', text);
  const asked = fake.sendInteraction(payload);
  return fake.waitForRequest(isCallbackOf(asked.id), ANSWER_WITHIN_MS);
}

describe('any text asked of the bot', () => {
  it('gets an answer or a refusal that Discord accepts and that pings nobody but the asker', async () => {
    await fc.assert(
      fc.asyncProperty(way, hostileText, async (how, text) => {
        const answered = await ask(how, text);

        if (how === 'autocomplete') {
          expect(prop(answered.body, 'type')).toBe(8);
          expectValidChoices(prop(prop(answered.body, 'data'), 'choices'));
        } else {
          const message = how === 'mention' ? answered.body : prop(answered.body, 'data');
          expectSendable(message);
          expectNoPing(message, how === 'mention');
        }
        expect(errorsLogged(harness.logs)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  }, 300_000);
});
