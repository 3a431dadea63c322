// Stage 2, resolve: each entry → an arXiv ID (from any URL form, or by matching its title
// against the entries of every list that do carry one), a paper hosted elsewhere, a resource,
// or unresolved with a reason. Pure: online title search is applied afterwards by ./search.ts.
import { arxivIdFromUrl } from "../../src/model";
import { isPaperUrl, resourceKind } from "./hosts";
import { TitleIndex, cleanTitle, titleKey, titleVariants } from "./titles";
import type { Ambiguity, Entry, Resolution, ResolveResult, ResolvedEntry } from "./types";

/** Extra links that stand for the entry itself: `Title ([paper](https://arxiv.org/abs/...))`. */
const SELF_LINK_LABEL = /^\W*(paper|arxiv|pdf|abs|preprint)\W*$/i;

/** The arXiv ID an entry carries in its own link or a `[paper]`/`[arXiv]` link beside it. */
export function entryArxivId(entry: Entry): string | null {
  const own = entry.url ? arxivIdFromUrl(entry.url) : null;
  if (own) return own;
  for (const link of entry.extraLinks) {
    if (!SELF_LINK_LABEL.test(link.label)) continue;
    const id = arxivIdFromUrl(link.url);
    if (id) return id;
  }
  return null;
}

interface ArxivTitle {
  arxivId: string;
  title: string;
}

function buildArxivIndex(entries: Entry[], ids: Array<string | null>): TitleIndex<ArxivTitle> {
  const index = new TitleIndex<ArxivTitle>();
  const seen = new Map<string, ArxivTitle>();
  entries.forEach((entry, i) => {
    const arxivId = ids[i];
    if (!arxivId) return;
    for (const key of titleVariants(entry.title)) {
      const id = `${arxivId}\u0000${key}`;
      if (seen.has(id)) continue;
      const value = { arxivId, title: cleanTitle(entry.title) };
      seen.set(id, value);
      index.add(key, value);
    }
  });
  return index;
}

type TitleLookup = { found: ArxivTitle; edits: number } | { ambiguous: string[] } | null;

function lookupTitle(entry: Entry, index: TitleIndex<ArxivTitle>): TitleLookup {
  for (const key of titleVariants(entry.title)) {
    const matches = index.find(key);
    const ids = [...new Set(matches.map((m) => m.value.arxivId))];
    if (ids.length === 1) return { found: matches[0]!.value, edits: matches[0]!.edits };
    if (ids.length > 1) return { ambiguous: ids.sort() };
  }
  return null;
}

export function resolve(entries: Entry[]): ResolveResult {
  const ids = entries.map(entryArxivId);
  const arxivIndex = buildArxivIndex(entries, ids);
  // Papers without an arXiv ID merge by title; typos resolve to the first spelling seen.
  const hostedIndex = new TitleIndex<string>();
  const ambiguities: Ambiguity[] = [];

  const resolved = entries.map((entry, i): ResolvedEntry => {
    const ownKey = titleKey(entry.title);
    const arxivId = ids[i];
    if (arxivId) return { entry, resolution: { kind: "paper", arxivId, by: "url" }, titleKey: ownKey };

    const lookup = lookupTitle(entry, arxivIndex);
    if (lookup && "found" in lookup) {
      const resolution: Resolution = { kind: "paper", arxivId: lookup.found.arxivId, by: "title" };
      resolution.matchedTitle = lookup.found.title;
      return { entry, resolution, titleKey: ownKey };
    }
    if (lookup && "ambiguous" in lookup) ambiguities.push({ entry, candidates: lookup.ambiguous });

    const url = entry.url;
    if (url && isPaperUrl(url)) {
      const known = hostedIndex.find(ownKey)[0];
      if (!known) hostedIndex.add(ownKey, ownKey);
      return { entry, resolution: { kind: "paper", by: "host" }, titleKey: known?.value ?? ownKey };
    }
    if (!url) {
      const known = hostedIndex.find(ownKey)[0];
      if (known) return { entry, resolution: { kind: "paper", by: "title" }, titleKey: known.value };
      const reason = lookup
        ? "title matches several arXiv papers"
        : "no usable link, and no other entry has this title";
      return { entry, resolution: { kind: "unresolved", reason }, titleKey: ownKey };
    }
    return { entry, resolution: { kind: "resource", resourceKind: resourceKind(url) }, titleKey: ownKey };
  });

  // A link-less entry listed before the hosted paper it names is resolved on a second look.
  for (const item of resolved) {
    if (item.resolution.kind !== "unresolved" || item.entry.url) continue;
    const known = hostedIndex.find(item.titleKey)[0];
    if (known) {
      item.resolution = { kind: "paper", by: "title" };
      item.titleKey = known.value;
    }
  }
  return { entries: resolved, ambiguities };
}
