// Stage 3, merge: resolved entries → one paper per arXiv ID (or per normalised title when
// there is none), keeping every section, every summary with its list, and every link.
// Also dates each paper: the arXiv ID's month first, the lists' year hints otherwise.
import { type PaperLink, type SectionRef, type Summary, arxivIdDate, arxivIdFromUrl } from "../../src/model";
import { findNames } from "./names";
import { sectionId, slug } from "./sections";
import { cleanTitle, isPublisherPrefix, splitPrefix, titleKey } from "./titles";
import type { Paper, ResolvedEntry } from "./types";

export interface MergeResult {
  papers: Paper[];
  /** Per list: entries that joined a paper an earlier entry of the same list had made. */
  duplicates: Map<string, number>;
  /** Per list: entries that joined a paper an earlier list had made (the same paper in two lists). */
  shared: Map<string, number>;
}

const RANK_BY = { url: 0, host: 1, title: 2, search: 2 } as const;

/** The paper's key: stable across builds, readable in a URL. */
export function paperKeyFor(arxivId: string | undefined, key: string): string {
  return arxivId ? `arxiv:${arxivId}` : `title:${slug(key)}`;
}

/**
 * Picks the display title: entries with the paper's own link first; a title that only adds
 * a prefix to another entry's title (`InstructGPT : Training ...`) gives way to the plain one.
 */
function chooseTitle(items: ResolvedEntry[]): string {
  const chosen = items.length === 1 ? items[0]!.entry.title : preferredTitle(items);
  const split = splitPrefix(chosen);
  return cleanTitle(split && isPublisherPrefix(split.prefix) ? split.rest : chosen);
}

/** Of several entries' titles, the one to show (a single entry's title is its own). */
function preferredTitle(items: ResolvedEntry[]): string {
  const ranked = [...items].sort(
    (a, b) =>
      RANK_BY[(a.resolution as { by: keyof typeof RANK_BY }).by] -
      RANK_BY[(b.resolution as { by: keyof typeof RANK_BY }).by],
  );
  const keys = new Set(items.map((i) => titleKey(i.entry.title)));
  const plain = ranked.find((item) => {
    const split = splitPrefix(item.entry.title);
    return !split || !(keys.has(titleKey(split.rest)) || isPublisherPrefix(split.prefix));
  });
  return (plain ?? ranked[0]!).entry.title;
}

function chooseDate(arxivId: string | undefined, items: ResolvedEntry[], notes: string[]) {
  const hints = items.flatMap((i) =>
    i.entry.yearHint ? [{ ...i.entry.yearHint, at: `${i.entry.file}:${i.entry.line}` }] : [],
  );
  const fromId = arxivId ? arxivIdDate(arxivId) : null;
  if (fromId) {
    for (const hint of hints) {
      if (hint.year !== fromId.year)
        notes.push(
          `${hint.at} gives ${hint.year}${hint.month ? `/${hint.month}` : ""}; the arXiv ID says ${fromId.year}-${String(fromId.month).padStart(2, "0")}`,
        );
    }
    return { ...fromId, source: "arxiv-id" as const };
  }
  const withMonth = hints.find((h) => h.month !== undefined);
  const chosen = withMonth ?? hints[0];
  if (!chosen) return null;
  return chosen.month !== undefined
    ? { year: chosen.year, month: chosen.month, source: "list" as const }
    : { year: chosen.year, source: "list" as const };
}

function hostLabel(url: string): string {
  try {
    const parsed = new URL(url);
    const host = parsed.hostname.replace(/^www\./, "");
    if (/\.pdf$/i.test(parsed.pathname)) return `PDF (${host})`;
    return host;
  } catch {
    return "link";
  }
}

function collectLinks(arxivId: string | undefined, items: ResolvedEntry[]): PaperLink[] {
  const links: PaperLink[] = [];
  const seen = new Set<string>();
  const add = (link: PaperLink) => {
    if (seen.has(link.url)) return;
    if (arxivId && arxivIdFromUrl(link.url) === arxivId) return; // the app links arXiv itself
    seen.add(link.url);
    links.push(link);
  };
  for (const { entry } of items) {
    if (entry.url) add({ label: hostLabel(entry.url), url: entry.url });
    for (const link of entry.extraLinks) add(link);
  }
  return links;
}

function mergeGroup(key: string, arxivId: string | undefined, items: ResolvedEntry[]): Paper {
  const sections: SectionRef[] = [];
  const summaries: Summary[] = [];
  const lists: string[] = [];
  for (const { entry } of items) {
    const id = sectionId(entry.list, entry.section);
    if (!sections.some((s) => s.id === id)) sections.push({ id, list: entry.list, path: entry.section });
    if (!lists.includes(entry.list)) lists.push(entry.list);
    const text = [entry.summary, entry.abstract].filter(Boolean).join("\n\n");
    if (text && !summaries.some((s) => s.text === text)) summaries.push({ list: entry.list, text, line: entry.line });
  }
  const dateNotes: string[] = [];
  const date = chooseDate(arxivId, items, dateNotes);
  const { names, textNames } = findNames({
    titles: items.map((i) => i.entry.title),
    hints: items.flatMap((i) => (i.entry.nameHint ? [i.entry.nameHint] : [])),
    descriptions: items.map((i) => i.entry.summary).filter(Boolean),
    abstracts: items.flatMap((i) => (i.entry.abstract ? [i.entry.abstract] : [])),
  });
  const title = chooseTitle(items);
  const paper: Paper = {
    key: paperKeyFor(arxivId, key),
    title,
    titleKey: arxivId ? titleKey(title) : key,
    names,
    textNames,
    dateNotes,
    sections,
    summaries,
    links: collectLinks(arxivId, items),
    lists,
    origins: items.map((i) => `${i.entry.file}:${i.entry.line}`),
    provenance: { title: "list" },
  };
  if (arxivId) paper.arxivId = arxivId;
  const withAuthors = items.find((i) => i.entry.authors?.length);
  if (withAuthors) {
    paper.authors = withAuthors.entry.authors!;
    paper.provenance.authors = "list";
  }
  const venue = items.find((i) => i.entry.venue)?.entry.venue;
  if (venue) paper.venue = venue;
  const doi = items.find((i) => i.entry.doi)?.entry.doi;
  if (doi) {
    paper.doi = doi;
    paper.provenance.doi = "list";
  }
  if (date) {
    paper.year = date.year;
    if (date.month !== undefined) paper.month = date.month;
    paper.provenance.date = date.source;
  }
  return paper;
}

export function merge(resolved: ResolvedEntry[]): MergeResult {
  const groups = new Map<string, { arxivId?: string; key: string; items: ResolvedEntry[] }>();
  const duplicates = new Map<string, number>();
  const shared = new Map<string, number>();
  const bump = (counts: Map<string, number>, list: string) => counts.set(list, (counts.get(list) ?? 0) + 1);
  for (const item of resolved) {
    if (item.resolution.kind !== "paper") continue;
    const arxivId = item.resolution.arxivId;
    const groupKey = arxivId ? `arxiv:${arxivId}` : `title:${item.titleKey}`;
    const group = groups.get(groupKey);
    if (group) {
      const sameList = group.items.some((other) => other.entry.list === item.entry.list);
      bump(sameList ? duplicates : shared, item.entry.list);
      group.items.push(item);
    } else {
      groups.set(
        groupKey,
        arxivId ? { arxivId, key: item.titleKey, items: [item] } : { key: item.titleKey, items: [item] },
      );
    }
  }
  const papers = [...groups.values()].map((g) => mergeGroup(g.key, g.arxivId, g.items));
  return { papers, duplicates, shared };
}
