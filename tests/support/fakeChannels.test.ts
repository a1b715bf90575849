import { afterEach, describe, expect, it } from 'vitest';
import { FakeDiscord } from './fakeDiscord.js';
import { prop } from './fakeRest.js';
import { FAKE_IDS } from './payloads.js';

let fake: FakeDiscord | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const messages = `/v10/channels/${FAKE_IDS.textChannel}/messages`;
async function call(method: string, path: string, body?: object): Promise<{ status: number; body: unknown }> {
  if (!fake) throw new Error('no fake started');
  const response = await fetch(`${fake.apiUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body && { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: response.status === 204 ? null : await response.json() };
}

describe('the fake’s channel messages', () => {
  it('lets the bot edit and then delete a message it sent', async () => {
    fake = await FakeDiscord.start();
    const sent = await call('POST', messages, { content: 'first' });
    const id = String(prop(sent.body, 'id'));

    const edited = await call('PATCH', `${messages}/${id}`, { content: 'second' });
    expect(edited.status).toBe(200);
    expect(prop(edited.body, 'content')).toBe('second');
    expect(prop(edited.body, 'edited_timestamp')).toEqual(expect.any(String));
    expect((await call('DELETE', `${messages}/${id}`)).status).toBe(204);
  });

  it('answers Unknown Message (10008) for a message it does not have, or no longer has', async () => {
    fake = await FakeDiscord.start();
    const sent = await call('POST', messages, { content: 'first' });
    const id = String(prop(sent.body, 'id'));
    await call('DELETE', `${messages}/${id}`);

    for (const [method, path] of [['PATCH', `${messages}/${id}`], ['DELETE', `${messages}/${id}`], ['DELETE', `${messages}/1`]]) {
      const response = await call(method ?? 'GET', path ?? '', { content: 'x' });
      expect(response.status).toBe(404);
      expect(prop(response.body, 'code')).toBe(10008);
    }
  });
});
