/**
 * `knowledge/unanswered.yaml`: questions readers ask about this story that the article does not answer
 * (who the unnamed prosecutor is, when the order was made), each with why. `npm run kb:check` runs them
 * through the matcher so a neighbouring entry never answers them. The bot itself never reads this file.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { KnowledgeIssue } from '../issues.js';
import { parseYamlText } from '../load.js';
import type { UnansweredQuestion } from './phrasings.js';

export const UNANSWERED_FILE = 'unanswered.yaml';

const unansweredFileSchema = z.object({
  questions: z.array(
    z.object({
      question: z.string().trim().min(1, 'must not be empty'),
      why: z.string().trim().min(1, 'must say what the article leaves out'),
    }),
  ),
});

/**
 * The curated questions of `dir/unanswered.yaml`, or errors `{ file, id: null, message }` when it cannot be
 * read or parsed or breaks the schema; a missing file is no questions. Never throws.
 */
export async function readUnanswered(
  dir: string,
): Promise<{ questions: UnansweredQuestion[]; errors: KnowledgeIssue[] }> {
  let text: string;
  try {
    text = await readFile(join(dir, UNANSWERED_FILE), 'utf8');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    if (code === 'ENOENT') return { questions: [], errors: [] };
    return { questions: [], errors: [{ file: UNANSWERED_FILE, id: null, message: `cannot be read (${code})` }] };
  }
  const parsed = parseYamlText(text, UNANSWERED_FILE);
  if (parsed.errors.length) return { questions: [], errors: parsed.errors };
  const result = unansweredFileSchema.safeParse(parsed.value);
  if (result.success) return { questions: result.data.questions, errors: [] };
  const errors = result.error.issues.map((i) => ({ file: UNANSWERED_FILE, id: null, message: `${i.path.join('.')}: ${i.message}` }));
  return { questions: [], errors };
}
