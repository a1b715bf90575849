import { z } from 'zod';

// Ids are used in Discord custom ids and autocomplete values, so they stay short,
// lowercase and free of the `:` that separates custom-id parts.
/** The shape of an entry or quotation id, unanchored, for patterns that embed it (custom ids). */
export const ID_PATTERN = '[a-z0-9]+(?:-[a-z0-9]+)*';

/** Length limits in characters (alternates: how many); the /kb form and options use these too. */
export const ENTRY_LIMITS = Object.freeze({
  id: 64,
  question: 300,
  answer: 1000,
  quote: 1000,
  speaker: 100,
  // Readers' own wordings are the matcher's best evidence, and moderators add them from Discord.
  alternates: 150,
});

const id = z
  .string()
  .regex(new RegExp(`^${ID_PATTERN}$`), 'must be lowercase words joined by hyphens (e.g. "boats-destroyed")')
  .max(ENTRY_LIMITS.id, `must be at most ${ENTRY_LIMITS.id} characters`);

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`);

export const articleSchema = z.object({
  outlet: text(100),
  dateline: text(100),
  paragraphs: z.array(text(5000)).min(1, 'must have at least one paragraph'),
});

/**
 * One language's side of an entry: how its readers ask, and the answer in their words.
 * The quote stays the article's own English text, so it is never translated here.
 */
const alternates = z
  .array(text(ENTRY_LIMITS.question))
  .max(ENTRY_LIMITS.alternates, `must have at most ${ENTRY_LIMITS.alternates} alternates`)
  .default([]);

export const localisedSideSchema = z.object({
  question: text(ENTRY_LIMITS.question),
  alternates,
  answer: text(ENTRY_LIMITS.answer),
});

export const entrySchema = z.object({
  id,
  question: text(ENTRY_LIMITS.question),
  alternates,
  answer: text(ENTRY_LIMITS.answer),
  quote: text(ENTRY_LIMITS.quote).refine((q) => q.length >= 20, 'must be at least 20 characters of article text'),
  speaker: text(ENTRY_LIMITS.speaker).nullable().default(null),
  paragraph: z.number().int().positive(),
  /** The Spanish side (optional: an entry without one is answered only in English). */
  es: localisedSideSchema.optional(),
});

export const qaFileSchema = z.object({
  entries: z.array(entrySchema),
});

export const quotationSchema = z.object({
  id,
  speaker: text(100),
  paragraph: z.number().int().positive(),
  text: text(1000),
});

export const quotationsFileSchema = z.object({
  quotations: z.array(quotationSchema),
});

export type Article = z.infer<typeof articleSchema>;
export type Entry = z.infer<typeof entrySchema>;
export type LocalisedSide = z.infer<typeof localisedSideSchema>;
export type EntryInput = z.input<typeof entrySchema>;
export type Quotation = z.infer<typeof quotationSchema>;

/** The entry with this id, or null (also for a null id). Ids are unique: validate.ts checks it. */
export function findEntry(entries: readonly Entry[], id: string | null): Entry | null {
  return entries.find((e) => e.id === id) ?? null;
}
