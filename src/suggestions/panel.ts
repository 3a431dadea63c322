// The panel's view of a suggestion: a paper outside the lists that papers of the lists cite. Says
// plainly that it is not in the lists, which papers cite it (each clickable) and from which sections,
// links to it, and offers it as one markdown line in the lists' own shape, to paste into a list.
import type { PaperGraph } from "../load";
import type { SuggestionAttributes } from "../model";
import { nodeButton, sectionRefButton } from "../panel/render";
import { formatDate } from "../panel/utils";
import { NOT_IN_THE_LISTS } from "../search/results";
import { copyButton } from "../ui/clipboard";
import { el } from "../ui/dom";
import { externalLink } from "../ui/links";
import { citedByText, citingPapers, listEntry, suggestionLinks } from "./utils";

function authorsText(attrs: SuggestionAttributes): string | null {
  if (!attrs.authors?.length) return null;
  const more = (attrs.authorCount ?? attrs.authors.length) - attrs.authors.length;
  return more > 0 ? `${attrs.authors.join(", ")} and ${more} more` : attrs.authors.join(", ");
}

export function renderSuggestion(
  graph: PaperGraph,
  key: string,
  attrs: SuggestionAttributes,
  color: string,
  lists: number,
): HTMLElement[] {
  const citing = citingPapers(graph, attrs);
  const authors = authorsText(attrs);
  const header = el("header", { className: "panel-header" }, [
    el("p", { className: "panel-kind" }, [
      el("span", { className: "swatch suggestion-swatch", attrs: { "aria-hidden": "true" } }),
      `Suggestion · ${NOT_IN_THE_LISTS.toLowerCase()}`,
    ]),
    el("h2", { text: attrs.title, attrs: { id: "panel-title", tabindex: "-1" } }),
    el("p", { className: "panel-date", text: formatDate(attrs.year, attrs.month) }),
    authors ? el("p", { className: "authors", text: authors }) : null,
  ]);
  header.querySelector<HTMLElement>(".swatch")?.style.setProperty("border-color", color);
  const links = suggestionLinks(attrs);
  const line = listEntry(graph, key);
  const status = el("span", { className: "copy-status", attrs: { role: "status" } });
  const shown = el("code", { className: "list-entry", text: line });
  const selectLine = () => window.getSelection()?.selectAllChildren(shown);
  const count = attrs.citationCount !== undefined ? `; ${attrs.citationCount.toLocaleString("en-US")} citations` : "";
  const parts: (HTMLElement | null)[] = [
    header,
    el("p", {
      className: "suggestion-why",
      text: `Not in the lists, but ${citedByText(citing.length, lists)}: suggested reading #${attrs.rank}${count}.`,
    }),
    links.length
      ? el(
          "nav",
          { className: "panel-links", attrs: { "aria-label": "Links" } },
          links.map((l) => externalLink(l.url, l.label, "external")),
        )
      : null,
    el("section", { className: "panel-section suggestion-entry" }, [
      el("h3", { text: "Add it to a list" }),
      shown,
      el("div", { className: "copy-row" }, [
        copyButton("Copy as a list entry", () => line, status, "The list entry", selectLine),
        status,
      ]),
    ]),
    el("section", { className: "panel-section" }, [
      el("h3", { text: `Cited by (${citing.length})` }),
      el(
        "ul",
        { className: "node-list" },
        citing.map((p) => el("li", {}, [nodeButton(p)])),
      ),
    ]),
    el("section", { className: "panel-section" }, [
      el("h3", { text: "From the sections" }),
      el(
        "ul",
        { className: "node-list" },
        attrs.sections.map((ref) => el("li", {}, [sectionRefButton(graph, ref)])),
      ),
    ]),
  ];
  return parts.filter((part): part is HTMLElement => part !== null);
}
