import { z } from 'zod';

// Ids are used in Discord custom ids and autocomplete values, so they stay short,
// lowercase and free of the `:` that separates custom-id parts.
const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens (e.g. "boats-destroyed")')
  .max(64, 'must be at most 64 characters');

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
export const localisedSideSchema = z.object({
  question: text(300),
  alternates: z.array(text(300)).max(50, 'must have at most 50 alternates').default([]),
  answer: text(1000),
});

export const entrySchema = z.object({
  id,
  question: text(300),
  alternates: z.array(text(300)).max(50, 'must have at most 50 alternates').default([]),
  answer: text(1000),
  quote: text(1000).refine((q) => q.length >= 20, 'must be at least 20 characters of article text'),
  speaker: text(100).nullable().default(null),
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
