import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buttonId, formId, parseButtonId, parseFormId, type KbButton, type KbForm } from '../../../src/discord/commands/kb/customIds.js';

const entryId = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,10}$/), { minLength: 1, maxLength: 6 })
  .map((words) => words.join('-').slice(0, 64).replace(/-+$/, ''))
  .filter((id) => id.length > 0);
const hash = fc.stringMatching(/^[0-9a-f]{12}$/);
const page = fc.integer({ min: 0, max: 9999 });

const button: fc.Arbitrary<KbButton> = fc.oneof(
  fc.record({ kind: fc.constant('remove' as const), entryId, version: hash }),
  fc.constant({ kind: 'cancel' as const }),
  fc.record({ kind: fc.constant('list' as const), page }),
  fc.record({ kind: fc.constant('review' as const), page }),
  fc.record({ kind: fc.constant('alternate' as const), groupKey: hash, entryId }),
  fc.record({ kind: fc.constant('create' as const), groupKey: hash }),
  fc.record({ kind: fc.constant('dismiss' as const), groupKey: hash }),
);
const form: fc.Arbitrary<KbForm> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), groupKey: fc.option(hash, { nil: null }) }),
  fc.record({ kind: fc.constant('edit' as const), entryId, version: hash }),
  fc.record({ kind: fc.constant('translate' as const), entryId, version: hash }),
);

describe('/kb custom ids', () => {
  it('fit in Discord’s 100 characters and read back as what they were built from', () => {
    fc.assert(fc.property(button, (action) => {
      const id = buttonId(action);
      expect(id.length).toBeLessThanOrEqual(100);
      expect(parseButtonId(id)).toEqual(action);
    }));
    fc.assert(fc.property(form, (target) => {
      const id = formId(target);
      expect(id.length).toBeLessThanOrEqual(100);
      expect(parseFormId(id)).toEqual(target);
    }));
  });

  it('read any other string as nothing, without throwing', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => {
      const parsed = parseButtonId(text);
      if (parsed) expect(buttonId(parsed)).toBe(text);
      const target = parseFormId(text);
      if (target) expect(formId(target)).toBe(text);
    }));
    for (const forged of ['kb:rm:../x:0123456789ab', 'kb:rm:who:0123456789AB', `kb:rm:${'a'.repeat(65)}:0123456789ab`, 'kb:list:-1', 'kb:list:1e3', 'kb:add:', 'kb:edit:who']) {
      expect(parseButtonId(forged) ?? parseFormId(forged)).toBeNull();
    }
  });
});
