// What search looks through: one document per paper (title, distinctive names, authors, arXiv
// ID) and one per section (its label and where it sits). Built from the graph when the search box
// is first used; plain data, so the engine (./engine.ts) can be loaded on demand.
import type { PaperGraph } from "../load";
import { isPaper, isSection, isSuggestion } from "../model";

export type SearchKind = "paper" | "section" | "suggestion";

export interface SearchDocument {
  /** The node key. */
  id: string;
  kind: SearchKind;
  /** A paper's full title or a section's label. */
  title: string;
  /** A paper's distinctive names (`LLaMA`, `Llama 2`), space-separated, for the index. */
  names: string;
  /** The same names one by one, for telling an exact name match. */
  nameList: string[];
  authors: string;
  arxivId: string;
  /** Each name and the title with punctuation and spaces squeezed out (`gpt4`, `llama2`). */
  compact: string;
  /** What a result shows under the title: short name, list and section path. */
  shortName?: string;
  year?: number;
  context: string;
}

/** Lower case, accents folded (é → e), so "Schölkopf" and "scholkopf" index alike. */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
}

/** "GPT-4" → "gpt4", "Llama 2" → "llama2": a name however it is punctuated. */
export function compactName(text: string): string {
  return foldText(text).replace(/[^\p{L}\p{N}]+/gu, "");
}

export function buildSearchDocuments(graph: PaperGraph): SearchDocument[] {
  const docs: SearchDocument[] = [];
  graph.forEachNode((key, attrs) => {
    if (isPaper(attrs)) {
      const names = [...new Set([attrs.shortName, ...attrs.names].filter((n): n is string => Boolean(n)))];
      const first = attrs.sections[0];
      const doc: SearchDocument = {
        id: key,
        kind: "paper",
        title: attrs.title,
        names: names.join(" "),
        nameList: names,
        authors: (attrs.authors ?? []).join(" "),
        arxivId: attrs.arxivId ?? "",
        compact: [...names, attrs.title].map(compactName).join(" "),
        context: first ? [first.list, ...first.path].join(" › ") : "",
      };
      if (attrs.shortName && attrs.shortName !== attrs.title) doc.shortName = attrs.shortName;
      if (attrs.year !== undefined) doc.year = attrs.year;
      docs.push(doc);
    } else if (isSuggestion(attrs)) {
      // A paper outside the lists: found like a paper, marked "not in the lists" in the results.
      const first = attrs.sections[0];
      const doc: SearchDocument = {
        id: key,
        kind: "suggestion",
        title: attrs.title,
        names: "",
        nameList: [],
        authors: (attrs.authors ?? []).join(" "),
        arxivId: attrs.arxivId ?? "",
        compact: compactName(attrs.title),
        context: first ? `cited from ${[first.list, ...first.path].join(" › ")}` : "",
      };
      if (attrs.year !== undefined) doc.year = attrs.year;
      docs.push(doc);
    } else if (isSection(attrs)) {
      docs.push({
        id: key,
        kind: "section",
        title: attrs.label,
        names: "",
        nameList: [],
        authors: "",
        arxivId: "",
        compact: compactName(attrs.label),
        context: `Section of ${[attrs.list, ...attrs.path.slice(0, -1)].join(" › ")}`,
      });
    }
  });
  return docs;
}
