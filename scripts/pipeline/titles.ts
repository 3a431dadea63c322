// Title normalisation and a fuzzy title index. Lists write the same paper as
// `LLaMA: Open and Efficient ...`, `Deepmind: Improving language models ...` or with typos
// (`Learningwith`, `nusic`); the index finds those without comparing all pairs, and never
// merges titles whose numbers differ (`ERNIE 2.0` is not `ERNIE 3.0`).
import { distance } from "fastest-levenshtein";

import { memoized } from "./memo";

/** Prefixes that name who published, not what: `Deepmind: ...`, `OpenAI: ...`. */
const PUBLISHER_PREFIXES = new Set([
  "deepmind",
  "google deepmind",
  "openai",
  "google",
  "google research",
  "google ai",
  "google brain",
  "meta",
  "meta ai",
  "facebook",
  "facebook ai",
  "microsoft",
  "microsoft research",
  "anthropic",
  "nvidia",
]);

const PICTOGRAPHS = /[\p{Extended_Pictographic}\uFE0F\u200D]/gu;

/** Display form of a title: emoji and stray leading symbols removed (`÷🦎 Chameleon` → `Chameleon`). */
export function cleanTitle(title: string): string {
  return title
    .replace(PICTOGRAPHS, "")
    .replace(/^[\s\p{S}]+(?=\s)/u, "")
    .replace(/\s+/g, " ")
    .trim();
}

const ASCII = /^\p{ASCII}*$/u;

/** Lower case, accents and punctuation removed, words separated by single spaces. */
export function textKey(title: string): string {
  // ASCII text has no emoji, accents or compatibility forms, and what cleanTitle strips becomes a
  // space below anyway: three passes give the same key as the eight of the general case.
  if (ASCII.test(title))
    return title
      .toLowerCase()
      .replace(/&/g, " and ")
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
  return cleanTitle(title)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** `textKey` remembered: the same titles are keyed in several stages. Long texts use `textKey`. */
export const titleKey = memoized(textKey);

/** Splits `Prefix: rest` when the prefix is short (a name or a publisher); null otherwise. */
export function splitPrefix(title: string): { prefix: string; rest: string } | null {
  const match = /^([^:]{1,40}?)\s*:\s*(.+)$/.exec(cleanTitle(title));
  if (!match) return null;
  const prefix = match[1]!.trim();
  if (prefix.split(/\s+/).length > 3) return null;
  return { prefix, rest: match[2]!.trim() };
}

export function isPublisherPrefix(prefix: string): boolean {
  return PUBLISHER_PREFIXES.has(titleKey(prefix));
}

/**
 * Keys under which a title is looked up: the whole title, and the part after a short prefix
 * (`InstructGPT : Training language models ...`) when that part is long enough to be distinctive
 * and the prefix carries no version number.
 */
export function titleVariants(title: string): string[] {
  const keys = [titleKey(title)];
  const split = splitPrefix(title);
  if (split) {
    const rest = titleKey(split.rest);
    // A prefix with a number is a version (`ERNIE 3.0: ...`): without it, versions would merge.
    const distinctive = rest.split(" ").length >= 4 && !/\d/.test(split.prefix);
    if (distinctive || isPublisherPrefix(split.prefix)) keys.push(rest);
  }
  return [...new Set(keys.filter(Boolean))];
}

function numbersOf(key: string): string {
  return key
    .split(" ")
    .filter((word) => /\d/.test(word))
    .sort()
    .join(" ");
}

/** Edits allowed between two squashed keys: none for short titles, about one per 25 characters. */
function allowedEdits(length: number): number {
  if (length < 25) return 0;
  return Math.min(3, Math.floor(length / 25));
}

const STOPWORDS = new Set(["a", "an", "the", "of", "for", "and", "in", "on", "to", "with", "by", "via", "is", "are"]);

/** A key of the index with its squashed form (no spaces) and its numbers, made at its first fuzzy comparison. */
interface IndexedKey {
  key: string;
  squashed?: string;
  numbers?: string;
}

export interface TitleMatch<T> {
  value: T;
  key: string;
  /** 0 for an exact key match. */
  edits: number;
}

/**
 * Maps title keys to values. Exact lookups are a Map; fuzzy lookups only compare a query
 * with titles sharing one of its rarest words and of similar length, so the cost per query
 * stays bounded however many titles there are.
 */
export class TitleIndex<T> {
  private readonly exact = new Map<string, T[]>();
  /** Keys by their words, each with what fuzzy lookups compare, computed once when the key is added. */
  private readonly byWord = new Map<string, IndexedKey[]>();

  add(key: string, value: T): void {
    if (!key) return;
    const values = this.exact.get(key);
    if (values) {
      if (!values.includes(value)) values.push(value);
      return;
    }
    this.exact.set(key, [value]);
    const indexed: IndexedKey = { key };
    for (const word of new Set(key.split(" "))) {
      if (STOPWORDS.has(word) || word.length < 3) continue;
      const keys = this.byWord.get(word);
      if (keys) keys.push(indexed);
      else this.byWord.set(word, [indexed]);
    }
  }

  /** Values whose key equals `key`, or failing that, the closest keys within the allowed edits. */
  find(key: string, options: { maxCandidates?: number } = {}): TitleMatch<T>[] {
    const exact = this.exact.get(key);
    if (exact) return exact.map((value) => ({ value, key, edits: 0 }));
    const squashed = key.replace(/ /g, "");
    const budget = allowedEdits(squashed.length);
    if (budget === 0) return [];
    const words = [...new Set(key.split(" "))].filter((w) => !STOPWORDS.has(w) && w.length >= 3);
    words.sort((a, b) => (this.byWord.get(a)?.length ?? 0) - (this.byWord.get(b)?.length ?? 0));
    const candidates = new Set<IndexedKey>();
    const limit = options.maxCandidates ?? 200;
    for (const word of words.slice(0, 3)) {
      for (const candidate of this.byWord.get(word) ?? []) {
        if (candidates.size >= limit) break;
        candidates.add(candidate);
      }
    }
    const numbers = numbersOf(key);
    let best: TitleMatch<T>[] = [];
    let bestEdits = budget + 1;
    for (const indexed of candidates) {
      const candidate = indexed.key;
      const other = (indexed.squashed ??= candidate.replace(/ /g, ""));
      if (Math.abs(other.length - squashed.length) > budget || (indexed.numbers ??= numbersOf(candidate)) !== numbers)
        continue;
      const edits = distance(squashed, other);
      if (edits > budget || edits > bestEdits) continue;
      const matches = this.exact.get(candidate)!.map((value) => ({ value, key: candidate, edits }));
      if (edits < bestEdits) best = matches;
      else best = [...best, ...matches];
      bestEdits = edits;
    }
    return best;
  }

  keys(): IterableIterator<string> {
    return this.exact.keys();
  }
}

/** Titles are looked up by their first words: a text is then read once, not once per title. */
const TITLE_PREFIX_WORDS = 3;

/**
 * Where whole titles occur in a text, as word sequences (title keys are words joined by single
 * spaces): the indices of the titles found, ascending, each once. The same answer as testing
 * ` ${text} `.includes(` ${title} `) for every title, at the cost of one pass over the text.
 */
export class TitlePhraseIndex {
  /**
   * Titles by their first words, a word at a time (no string is built per word of a text): a title
   * of fewer than TITLE_PREFIX_WORDS words ends at its last word's level, a longer one at the
   * TITLE_PREFIX_WORDS-th, and is checked word by word from there.
   */
  private readonly root: PrefixLevel = { next: new Map(), titles: [] };

  /** `keys` are title keys (`titleKey`); an empty key is never found. */
  constructor(keys: readonly string[]) {
    keys.forEach((key, index) => {
      if (!key) return;
      const words = key.split(" ");
      let level = this.root;
      for (const word of words.slice(0, TITLE_PREFIX_WORDS)) {
        let next = level.next.get(word);
        if (!next) {
          next = { next: new Map(), titles: [] };
          level.next.set(word, next);
        }
        level = next;
      }
      level.titles.push({ index, words });
    });
  }

  /** Indices of the titles that `text`, itself a title key, contains as whole words. */
  find(text: string): number[] {
    const words = text ? text.split(" ") : [];
    const found = new Set<number>();
    for (let i = 0; i < words.length; i++) {
      let level: PrefixLevel | undefined = this.root;
      for (let depth = 1; depth <= TITLE_PREFIX_WORDS && i + depth <= words.length; depth++) {
        level = level.next.get(words[i + depth - 1]!);
        if (!level) break;
        for (const { index, words: title } of level.titles) {
          if (found.has(index) || i + title.length > words.length) continue;
          let k = depth;
          while (k < title.length && title[k] === words[i + k]) k++;
          if (k === title.length) found.add(index);
        }
      }
    }
    return [...found].sort((a, b) => a - b);
  }
}

interface PrefixLevel {
  next: Map<string, PrefixLevel>;
  /** Titles whose prefix ends at this level. */
  titles: Array<{ index: number; words: string[] }>;
}
