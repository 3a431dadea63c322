// Which parts of a result's title the query matched, as plain segments the result list renders as
// text nodes (matches in <mark>). Matching is on word starts, case- and accent-insensitive.
import { foldText } from "./documents";

export interface Segment {
  text: string;
  match: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

export function highlightSegments(text: string, terms: readonly string[]): Segment[] {
  const folded = foldText(text);
  // Folding changed the length (a ligature, say): positions no longer line up, so mark nothing.
  if (folded.length !== text.length || terms.length === 0) return [{ text, match: false }];
  const marked = new Array<boolean>(text.length).fill(false);
  for (const term of terms) {
    if (!term) continue;
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
      if (at > 0 && WORD_CHAR.test(folded[at - 1] ?? "")) continue;
      for (let i = at; i < at + term.length; i++) marked[i] = true;
    }
  }
  const segments: Segment[] = [];
  for (let i = 0; i < text.length;) {
    let j = i;
    while (j < text.length && marked[j] === marked[i]) j++;
    segments.push({ text: text.slice(i, j), match: marked[i] === true });
    i = j;
  }
  return segments;
}
