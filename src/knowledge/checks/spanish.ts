import type { Matcher } from '../../matching/matcher.js';
import type { KnowledgeIssue } from '../issues.js';
import type { Entry } from '../schema.js';
import { unsupportedFacts } from './facts.js';
import { withoutSupportedSpanishNames } from './spanishNames.js';

/** Where each Spanish way of asking an entry lands when the matcher is asked it. */
export interface SpanishRouting {
  /** Ways of asking counted over every Spanish side. */
  phrasings: number;
  /** Answered by their own entry, in Spanish. */
  answered: number;
  /**
   * One warning per entry without a Spanish side, per phrasing another entry answers,
   * and per entry with phrasings left unanswered or answered in English.
   */
  warnings: KnowledgeIssue[];
}

/**
 * Spanish answers that state a number or a name the entry's quote (or speaker) does not
 * support: the English check, after the story's Spanish names ("Estados Unidos", "Caribe")
 * are matched to the English ones the quote uses. Cheap enough to run on every edit.
 */
export function spanishFactWarnings(entries: readonly Entry[], file: string): KnowledgeIssue[] {
  return entries.flatMap((entry) => {
    if (!entry.es) return [];
    const support = `${entry.quote} ${entry.speaker ?? ''}`;
    const missing = unsupportedFacts(withoutSupportedSpanishNames(entry.es.answer, support), support, true);
    return missing.length
      ? [{ file, id: entry.id, message: `Spanish answer mentions ${missing.join(', ')}, which the quote does not` }]
      : [];
  });
}

/**
 * Asks `matcher` every Spanish phrasing, as a reader would (no locale hint), and reports
 * entries without a Spanish side and phrasings that miss their entry. Matching every
 * phrasing takes a few hundred milliseconds, so this belongs to `kb:check`, not to each edit.
 */
export function spanishRouting(entries: readonly Entry[], matcher: Matcher, file: string): SpanishRouting {
  const routing: SpanishRouting = { phrasings: 0, answered: 0, warnings: [] };
  for (const entry of entries) {
    if (!entry.es) {
      routing.warnings.push({ file, id: entry.id, message: 'has no Spanish side (es): it is answered only in English' });
      continue;
    }
    const missed: string[] = [];
    const inEnglish: string[] = [];
    for (const phrasing of [entry.es.question, ...entry.es.alternates]) {
      routing.phrasings++;
      const result = matcher.match(phrasing);
      if (!result.answered || !result.entry) missed.push(phrasing);
      else if (result.entry.id !== entry.id) {
        routing.warnings.push({ file, id: entry.id, message: `Spanish "${clip(phrasing)}" is answered by ${result.entry.id}` });
      } else if (result.language !== 'es') inEnglish.push(phrasing);
      else routing.answered++;
    }
    if (missed.length) {
      routing.warnings.push({ file, id: entry.id, message: `Spanish ${listed(missed)} ${verb(missed, 'goes', 'go')} unanswered` });
    }
    if (inEnglish.length) {
      const message = `Spanish ${listed(inEnglish)} ${verb(inEnglish, 'is', 'are')} answered in English`;
      routing.warnings.push({ file, id: entry.id, message });
    }
  }
  return routing;
}

function listed(phrasings: readonly string[]): string {
  const shown = phrasings.slice(0, 3).map((p) => `"${clip(p)}"`).join(', ');
  const more = phrasings.length > 3 ? ` and ${phrasings.length - 3} more` : '';
  return `${shown}${more}`;
}

function verb(phrasings: readonly string[], one: string, many: string): string {
  return phrasings.length === 1 ? one : many;
}

function clip(text: string): string {
  return text.length > 50 ? `${text.slice(0, 47)}...` : text;
}
