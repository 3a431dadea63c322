// Splitting text into search terms, the same way for the index and the query: on spaces,
// punctuation and symbols, except that a dotted number stays whole (`1706.03762`, `2.0`), so an
// arXiv ID is one term. Terms are folded (lower case, no accents). Pure; never throws.

/** Anything that is not a letter, a digit or a dot separates terms. */
const SEPARATORS = /[^\p{L}\p{N}.]+/u;
const DOTTED_NUMBER = /^\d+(?:\.\d+)+$/;

export function tokenize(text: string): string[] {
  const terms: string[] = [];
  for (const piece of text.split(SEPARATORS)) {
    if (!piece) continue;
    if (DOTTED_NUMBER.test(piece)) terms.push(piece);
    else for (const part of piece.split(".")) if (part) terms.push(part);
  }
  return terms;
}

/**
 * Words too common to tell papers apart; dropped from titles and queries alike, so "attention is
 * all you need" must match "attention", "all", "you" and "need", and a stray "of" matches nothing.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  "a an and are as at be by for from in into is it its of on or our the to via we with".split(" "),
);

export function processTerm(term: string): string | null {
  const folded = term
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
  return folded && !STOP_WORDS.has(folded) ? folded : null;
}
