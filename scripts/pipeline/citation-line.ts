// Entries written as a reference, `Title. Authors. Venue 2019. [paper](url)`: the title is the text
// up to the first full stop, the authors the next sentence when it reads as a list of names, the
// venue what follows (without its year). Also reads an Authors cell of a table. Narrow on purpose:
// a sentence that is not plainly names gives no authors, so prose never becomes a byline.
import { collapse } from "./inline";

export interface CitationLine {
  title: string;
  authors?: string[];
  venue?: string;
  year?: number;
}

const YEAR_MONTH_PREFIX = /^\s*\[(\d{4})[/.-](\d{1,2})\]/;
const BARE_YEAR = /\b(19[5-9]\d|20[0-4]\d)\b/g;
/** "Geoffrey E. Hinton", "Proc. NeurIPS": a full stop that ends no sentence ("et al." does end one). */
const NOT_A_SENTENCE_END = /(?:^|\s)(?:\p{Lu}|Proc|Vol|No|pp|Jr|Sr|Inc|vs|e\.g|i\.e)$/u;
const ET_AL = /\bet\.?\s*al\.?/gi;
const NAME_SEPARATORS = /\s*(?:,|;|&|\band\b)\s*/;
/** Particles names carry in lower case (`Ludwig van Beethoven`, `Yann Le Cun` aside). */
const PARTICLES = new Set([
  "van",
  "von",
  "de",
  "der",
  "den",
  "da",
  "di",
  "du",
  "del",
  "della",
  "dos",
  "le",
  "la",
  "bin",
]);
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;
const MAX_NAME_WORDS = 5;
const MAX_VENUE_LENGTH = 80;

function looksLikeName(name: string): boolean {
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > MAX_NAME_WORDS) return false;
  if (!words.every((w) => NAME_WORD.test(w) || PARTICLES.has(w))) return false;
  // A lone word in capitals (`CVPR`, `ICLR`) is a venue, not a person.
  return !(words.length === 1 && /^[\p{Lu}\d]+$/u.test(words[0]!));
}

/** "Kaiming He, Xiangyu Zhang and Jian Sun" → the names; null when any part is not a name. */
export function readAuthors(text: string): string[] | null {
  const cleaned = collapse(text.replace(ET_AL, "")).replace(/[.,;\s]+$/, "");
  if (!cleaned || /\d/.test(cleaned)) return null;
  const names = cleaned
    .split(NAME_SEPARATORS)
    .map((n) => collapse(n))
    .filter(Boolean);
  return names.length > 0 && names.every(looksLikeName) ? names : null;
}

/** Sentences of a reference, keeping initials and "et al." inside theirs. */
function sentences(text: string): string[] {
  const pieces = text.split(/\.\s+/);
  const merged: string[] = [];
  for (const piece of pieces) {
    const previous = merged[merged.length - 1];
    if (previous !== undefined && merged.length > 1 && NOT_A_SENTENCE_END.test(previous))
      merged[merged.length - 1] = `${previous}. ${piece}`;
    else merged.push(piece);
  }
  return merged;
}

/** Reads `Title. Authors. Venue 2019.`; only the title is certain, the rest when it reads as such. */
export function readCitationLine(text: string): CitationLine {
  const cleaned = collapse(text.replace(YEAR_MONTH_PREFIX, ""));
  const [first = cleaned, ...rest] = sentences(cleaned);
  const line: CitationLine = { title: collapse(first).replace(/[.:,\s]+$/, "") };
  const years = [...cleaned.matchAll(BARE_YEAR)].map((m) => Number(m[1]));
  const year = years[years.length - 1];
  if (year !== undefined) line.year = year;
  const authors = rest[0] ? readAuthors(rest[0]) : null;
  if (authors) {
    line.authors = authors;
    const venue = collapse(rest.slice(1).join(". ").replace(BARE_YEAR, ""))
      .replace(/^[\s,.;:(]+|[\s,.;:()]+$/g, "")
      .replace(/\(\s*\)/g, "");
    if (venue && venue.length <= MAX_VENUE_LENGTH) line.venue = venue;
  }
  return line;
}

/** The authors and venue of what follows a title given apart (`**Title**. Authors. Venue 2023.`). */
export function readCitationTail(text: string): Omit<CitationLine, "title"> {
  const { title: _title, ...tail } = readCitationLine(`Title. ${text.replace(/^[\s.:,;–—-]+/, "")}`);
  return tail;
}
