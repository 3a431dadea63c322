// Stage 5, link (lineage, offline): paper A builds on an earlier paper B when A's title or
// summary names B (`DreamFusion ... builds on NeRF`), when A's name extends B's (`Med-PaLM`,
// `SciBERT`), or when A is a later version of B (`Llama 2` → `LLaMA`). Each link keeps the
// words that made it. Names are matched through an index, one pass over each text.
import type { LineageEvidence } from "../../src/model";
import { isLater } from "./dates";
import { isGenericName, isNameLike } from "./names";
import { TitlePhraseIndex, textKey, titleKey } from "./titles";
import type { Lineage, Paper } from "./types";

export interface LinkOptions {
  /** List name → file name, so evidence can say `ai-canon.md:312`. */
  files: Record<string, string>;
  /** At most this many pieces of evidence are kept per pair. */
  maxEvidence: number;
}

export const LINK_DEFAULTS: LinkOptions = { files: {}, maxEvidence: 4 };

export function checkLinkOptions(options: LinkOptions): void {
  if (!Number.isInteger(options.maxEvidence) || options.maxEvidence < 1)
    throw new Error("link: invalid `maxEvidence`. Expecting a positive integer.");
}

const TOKEN = /[\p{L}\p{N}∞][\p{L}\p{N}.+-]*[\p{L}\p{N}+]|[\p{L}\p{N}]/gu;
const VERSIONED = /^(.*\p{L})[ -]?(?:[vV])?(\d+(?:\.\d+)?)$/u;

interface NameEntry {
  name: string;
  tokens: string[];
  owner: Paper;
  /** Mixed-case or numbered names (`LLaMA`, `GPT-3`) also match other casings (`Llama`). */
  caseless: boolean;
}

function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function isCaseless(name: string): boolean {
  const hasLower = /\p{Ll}/u.test(name);
  return isNameLike(name) && (hasLower || /\d/.test(name));
}

function sameToken(a: string, b: string, caseless: boolean): boolean {
  if (a === b) return true;
  if (caseless) return a.toLowerCase() === b.toLowerCase();
  // `FLAN` also reads as `Flan` in running text, for names long enough not to be a word.
  return a.length >= 4 && /^\p{Lu}+$/u.test(a) && b === a[0] + a.slice(1).toLowerCase();
}

/** Dated papers only link backwards in time: B must not be later than A. */
function notLater(b: Paper, a: Paper): boolean {
  return !isLater(b, a);
}

/** Each name goes to the one paper that claims it; strong claims (titles, annotations) beat text ones. */
function nameOwners(papers: Paper[]): { owners: Map<string, NameEntry>; ambiguous: Map<string, Paper[]> } {
  const claims = new Map<string, { strong: Paper[]; weak: Paper[]; name: string }>();
  for (const paper of papers) {
    const add = (name: string, strong: boolean) => {
      if (isGenericName(name)) return;
      const key = name.toLowerCase();
      const claim = claims.get(key) ?? { strong: [], weak: [], name };
      (strong ? claim.strong : claim.weak).push(paper);
      claims.set(key, claim);
    };
    paper.names.forEach((n) => add(n, true));
    paper.textNames.forEach((n) => add(n, false));
  }
  const owners = new Map<string, NameEntry>();
  const ambiguous = new Map<string, Paper[]>();
  for (const [key, claim] of claims) {
    const claimants = claim.strong.length > 0 ? claim.strong : claim.weak;
    const unique = [...new Set(claimants)];
    if (unique.length > 1) {
      ambiguous.set(claim.name, unique);
      continue;
    }
    const owner = unique[0]!;
    const name = [...owner.names, ...owner.textNames].find((n) => n.toLowerCase() === key) ?? claim.name;
    owners.set(key, { name, tokens: tokenize(name), owner, caseless: isCaseless(name) });
  }
  return { owners, ambiguous };
}

/**
 * Links in the file's order: by `from + to`, compared as the stages always have. The keys are made
 * once per link, not twice per comparison (a sort of 170k links compares some 3 million times).
 */
export function sortByPair<T extends { from: string; to: string }>(links: T[]): T[] {
  const keyed = links.map((link) => ({ link, key: link.from + link.to }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : 1));
  return keyed.map(({ link }) => link);
}

class LineageBuilder {
  private readonly byPair = new Map<string, Lineage>();

  constructor(private readonly maxEvidence: number) {}

  add(from: Paper, to: Paper, evidence: LineageEvidence) {
    if (from === to) return;
    const key = `${from.key}\u0000${to.key}`;
    const lineage = this.byPair.get(key) ?? { from: from.key, to: to.key, evidence: [] };
    this.byPair.set(key, lineage);
    const duplicate = lineage.evidence.some((e) => e.kind === evidence.kind && e.text === evidence.text);
    if (!duplicate && lineage.evidence.length < this.maxEvidence) lineage.evidence.push(evidence);
  }

  result(): Lineage[] {
    return sortByPair([...this.byPair.values()]);
  }
}

function versionEdges(papers: Paper[], builder: LineageBuilder) {
  // base name (lower case, no spaces or hyphens) → papers with their version numbers
  const series = new Map<string, Array<{ paper: Paper; version: number; name: string }>>();
  for (const paper of papers) {
    for (const name of [...paper.names, ...paper.textNames]) {
      const match = VERSIONED.exec(name);
      const base = (match ? match[1]! : name).toLowerCase().replace(/[\s-]+/g, "");
      if (base.length < 2) continue;
      const version = match ? Number(match[2]) : 1;
      const members = series.get(base) ?? [];
      if (!members.some((m) => m.paper === paper)) members.push({ paper, version, name });
      series.set(base, members);
    }
  }
  for (const members of series.values()) {
    if (members.length < 2) continue;
    for (const later of members) {
      const earlier = members
        .filter((m) => m.version < later.version && m.paper !== later.paper && notLater(m.paper, later.paper))
        .sort((a, b) => b.version - a.version)[0];
      if (!earlier) continue;
      builder.add(later.paper, earlier.paper, {
        kind: "version",
        text: `"${later.name}" is a later version of "${earlier.name}"`,
        source: later.paper.origins[0] ?? "names",
      });
    }
  }
}

/** A one-word name read inside longer words (`SciBERT` → `BERT`) has at least this many capitals. */
const SUFFIX_NAME_CAPITALS = 2;
const TWO_CAPITALS_AFTER_FIRST = new RegExp(String.raw`^.(?:.*?\p{Lu}){${SUFFIX_NAME_CAPITALS}}`, "u");

function capitalCount(text: string): number {
  return (text.match(/\p{Lu}/gu) ?? []).length;
}

function mentionEdges(papers: Paper[], owners: Map<string, NameEntry>, options: LinkOptions, builder: LineageBuilder) {
  const byFirstToken = new Map<string, NameEntry[]>();
  const suffixNames = new Map<string, NameEntry>();
  for (const entry of owners.values()) {
    const first = entry.tokens[0]?.toLowerCase();
    if (!first) continue;
    const sharing = byFirstToken.get(first);
    if (sharing) sharing.push(entry);
    else byFirstToken.set(first, [entry]);
    if (entry.tokens.length === 1 && entry.name.length >= 4 && capitalCount(entry.name) >= SUFFIX_NAME_CAPITALS)
      suffixNames.set(entry.name, entry);
  }

  for (const paper of papers) {
    const own = new Set([...paper.names, ...paper.textNames].map((n) => n.toLowerCase()));
    const texts = [
      { text: paper.title, where: "its title", source: paper.origins[0] ?? "" },
      ...paper.summaries.map((s) => ({
        text: s.text,
        where: "its summary",
        source: `${options.files[s.list] ?? s.list}:${s.line}`,
      })),
    ];
    for (const { text, where, source } of texts) {
      const tokens = tokenize(text);
      const found = (entry: NameEntry, how: string) => {
        if (entry.owner === paper || own.has(entry.name.toLowerCase()) || !notLater(entry.owner, paper)) return;
        builder.add(paper, entry.owner, { kind: "mentions", text: how, source });
      };
      for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i]!;
        let matchedWhole = false;
        for (const entry of byFirstToken.get(token.toLowerCase()) ?? []) {
          const matches = entry.tokens.every(
            (t, k) => tokens[i + k] !== undefined && sameToken(t, tokens[i + k]!, entry.caseless),
          );
          if (matches && entry.owner !== paper) {
            found(entry, `names "${entry.name}" in ${where}`);
            matchedWhole = true;
          }
        }
        if (matchedWhole) continue;
        // Names built on other names: `Med-PaLM`, `LLaMA-Adapter`, `SciBERT`, `QLoRA`.
        const parts = token.includes("-") ? token.split("-").filter((p) => p.length >= 3) : [];
        for (const part of parts) {
          const entry = owners.get(part.toLowerCase());
          if (entry && entry.tokens.length === 1 && sameToken(entry.name, part, entry.caseless))
            found(entry, `"${token}" in ${where} builds on the name "${entry.name}"`);
        }
        // Suffix names have two capitals: a word without two after its first letter holds none.
        if (token.includes("-") || !TWO_CAPITALS_AFTER_FIRST.test(token)) continue;
        for (let start = 1; start <= token.length - 4; start++) {
          const entry = suffixNames.get(token.slice(start));
          if (entry) found(entry, `"${token}" in ${where} builds on the name "${entry.name}"`);
        }
      }
    }
  }
}

/** Titles this short ("Attention is all you need" has 6 words) are phrases, not a naming of the paper. */
const MIN_TITLE_WORDS = 4;
const MIN_TITLE_CHARS = 24;

/** A summary that names another paper by its whole title: "builds on Learning to summarize from human feedback". */
function titleEdges(papers: Paper[], options: LinkOptions, builder: LineageBuilder) {
  const titles = papers.flatMap((paper) => {
    const key = titleKey(paper.title);
    return key.split(" ").length >= MIN_TITLE_WORDS && key.length >= MIN_TITLE_CHARS ? [{ paper, key }] : [];
  });
  const index = new TitlePhraseIndex(titles.map((t) => t.key));
  for (const paper of papers) {
    for (const summary of paper.summaries) {
      for (const found of index.find(textKey(summary.text))) {
        const { paper: named } = titles[found]!;
        if (named === paper || !notLater(named, paper)) continue;
        builder.add(paper, named, {
          kind: "mentions",
          text: `names "${named.title}" by its title in its summary`,
          source: `${options.files[summary.list] ?? summary.list}:${summary.line}`,
        });
      }
    }
  }
}

/**
 * Landmarks the lists name generically: a generic name (`Transformer`) that one paper alone claims as
 * its own, written as that paper ("the Transformer", "the original Transformer", "a Transformer
 * variant", "Transformer-based", "Transformer architecture"), never as the common noun ("transformers",
 * "a transformer model"): the capital and the singular are what tell them apart.
 */
function landmarkEdges(papers: Paper[], options: LinkOptions, builder: LineageBuilder) {
  const claims = new Map<string, Paper[]>();
  for (const paper of papers)
    for (const name of paper.names)
      if (isGenericName(name) && /^\p{Lu}/u.test(name)) claims.set(name, [...(claims.get(name) ?? []), paper]);
  for (const [name, owners] of claims) {
    if (owners.length !== 1) continue;
    const landmark = owners[0]!;
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const pattern = new RegExp(
      String.raw`\b(?:[Tt]he (?:original )?${escaped}\b(?![-\w])|${escaped}(?:-based| variant| architecture)\b)`,
      "u",
    );
    for (const paper of papers) {
      if (paper === landmark || !notLater(landmark, paper)) continue;
      for (const summary of paper.summaries) {
        const match = pattern.exec(summary.text);
        if (!match) continue;
        builder.add(paper, landmark, {
          kind: "mentions",
          text: `names "${match[0]}" in its summary, the landmark the lists call ${name}`,
          source: `${options.files[summary.list] ?? summary.list}:${summary.line}`,
        });
      }
    }
  }
}

export interface LinkResult {
  lineage: Lineage[];
  /** Names claimed by more than one paper: they make no edges. */
  ambiguousNames: Map<string, Paper[]>;
}

export function link(papers: Paper[], options: Partial<LinkOptions> = {}): LinkResult {
  const settings: LinkOptions = { ...LINK_DEFAULTS, ...options };
  checkLinkOptions(settings);
  const builder = new LineageBuilder(settings.maxEvidence);
  const { owners, ambiguous } = nameOwners(papers);
  versionEdges(papers, builder);
  mentionEdges(papers, owners, settings, builder);
  titleEdges(papers, settings, builder);
  landmarkEdges(papers, settings, builder);
  return { lineage: builder.result(), ambiguousNames: ambiguous };
}
