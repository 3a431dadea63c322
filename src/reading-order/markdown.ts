// The reading order as a markdown list to paste into notes or a README:
// `1. [Attention Is All You Need](https://arxiv.org/abs/1706.03762) (2017)`. The link is the arXiv
// abstract when the paper has an ID, else its first http(s) link, else there is none.
import type { PaperGraph } from "../load";
import { arxivAbsUrl, isPaper, isSuggestion } from "../model";
import { safeHttpUrl } from "../ui/links";

/** The link for a paper in a list: arXiv abstract, else the first http(s) link, else null. */
export function paperUrl(graph: PaperGraph, key: string): string | null {
  const attrs = graph.getNodeAttributes(key);
  if (isSuggestion(attrs)) {
    // A paper outside the lists: its arXiv abstract, else its DOI, else its Semantic Scholar page.
    if (attrs.arxivId) return arxivAbsUrl(attrs.arxivId);
    if (attrs.doi) return `https://doi.org/${attrs.doi}`;
    return attrs.s2Id ? `https://www.semanticscholar.org/paper/${attrs.s2Id}` : null;
  }
  if (!isPaper(attrs)) return null;
  if (attrs.arxivId) return arxivAbsUrl(attrs.arxivId);
  for (const link of attrs.links) {
    const url = safeHttpUrl(link.url);
    if (url) return url;
  }
  return null;
}

/** Brackets, backslashes and the like would end a link text early or start markup. */
export function escapeLinkText(text: string): string {
  return text.replace(/\s+/g, " ").replace(/([\\`*_[\]<>])/g, "\\$1");
}

/** Parentheses and spaces would end the link's target early. */
export function escapeLinkUrl(url: string): string {
  return url.replace(/ /g, "%20").replace(/\(/g, "%28").replace(/\)/g, "%29");
}

export function markdownLine(graph: PaperGraph, key: string, n: number): string {
  const attrs = graph.getNodeAttributes(key);
  const titled = isPaper(attrs) || isSuggestion(attrs);
  const title = escapeLinkText(titled ? attrs.title : attrs.label);
  const url = paperUrl(graph, key);
  const year = titled && attrs.year !== undefined ? ` (${attrs.year})` : "";
  return `${n}. ${url ? `[${title}](${escapeLinkUrl(url)})` : title}${year}`;
}

/** One numbered line a paper, in the given order, each ending with a newline. */
export function toMarkdownList(graph: PaperGraph, keys: readonly string[]): string {
  return keys.map((key, i) => `${markdownLine(graph, key, i + 1)}\n`).join("");
}
