/** Shortens text quoted in a problem report to one readable line of at most 60 characters. */
export function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
