// One search result as an ARIA option: the title with the matched words marked, then the short
// name, the year and where it is listed; a result the filters hide says so. Text only.
import { el } from "../ui/dom";
import type { SearchDocument } from "./documents";
import { highlightSegments } from "./highlight";

export const OPTION_ID_PREFIX = "search-option-";
/** How a suggestion (a paper outside the lists that the lists cite) is marked wherever it is listed. */
export const NOT_IN_THE_LISTS = "Not in the lists";

export function renderOption(
  doc: SearchDocument,
  terms: readonly string[],
  index: number,
  filteredOut: boolean,
): HTMLLIElement {
  const title = el(
    "span",
    { className: "result-title" },
    highlightSegments(doc.title, terms).map((s) => (s.match ? el("mark", { text: s.text }) : s.text)),
  );
  const meta = [
    doc.kind === "section" ? "Section" : null,
    doc.kind === "suggestion" ? NOT_IN_THE_LISTS : null,
    doc.shortName ?? null,
    doc.year !== undefined ? `${doc.year}` : doc.kind === "paper" ? "undated" : null,
    doc.context || null,
  ].filter((x): x is string => x !== null);
  return el(
    "li",
    {
      className: `search-option kind-${doc.kind}${filteredOut ? " filtered-out" : ""}`,
      attrs: { role: "option", id: `${OPTION_ID_PREFIX}${index}`, "aria-selected": "false", "data-node": doc.id },
    },
    [
      title,
      el("span", { className: "result-meta", text: meta.join(" · ") }),
      filteredOut
        ? el("span", { className: "result-hidden", text: "Hidden by the filters — choosing it shows it" })
        : null,
    ],
  );
}
