// "Cite" in a paper's panel: a formatted reference (APA by default; the style picked is remembered
// in this browser) and its BibTeX, each with a copy button. citation-js loads the first time the
// section is opened, so it never weighs on the first paint. Everything is shown as text.
import type { PaperGraph } from "../load";
import { isPaper } from "../model";
import type { PanelExtension } from "../panel";
import { copyButton } from "../ui/clipboard";
import { el } from "../ui/dom";
import { loadCitations } from "./load";

export const CITE_SECTION_ID = "cite";
const STYLE_STORAGE_KEY = "ai-reading-graph:citation-style";

function savedStyle(): string | null {
  try {
    return localStorage.getItem(STYLE_STORAGE_KEY);
  } catch {
    return null;
  }
}

function saveStyle(style: string): void {
  try {
    localStorage.setItem(STYLE_STORAGE_KEY, style);
  } catch {
    // Storage refused (private mode): the choice lasts for this page only.
  }
}

/** Selects a block's text, for copying by hand when the clipboard refuses. */
function selectText(node: HTMLElement): void {
  const range = document.createRange();
  range.selectNodeContents(node);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

async function fill(body: HTMLElement, graph: PaperGraph, key: string): Promise<void> {
  const cite = await loadCitations();
  const [item] = cite.cslItems(graph, [key]);
  if (!item) return;
  const status = el("p", { className: "copy-status", attrs: { role: "status" } });
  const select = el("select", { attrs: { id: "cite-style" } });
  for (const style of cite.CITATION_STYLES)
    select.append(el("option", { text: style.label, attrs: { value: style.id } }));
  const saved = savedStyle();
  select.value = saved && cite.isCitationStyle(saved) ? saved : cite.DEFAULT_STYLE;
  const reference = el("p", { className: "reference" });
  const format = () => {
    const style = cite.isCitationStyle(select.value) ? select.value : cite.DEFAULT_STYLE;
    reference.textContent = cite.formatReference([item], style);
  };
  select.addEventListener("change", () => {
    saveStyle(select.value);
    format();
  });
  format();
  const bibtex = el("pre", { className: "bibtex", text: cite.toBibtex([item]), attrs: { tabindex: "0" } });
  const attrs = graph.getNodeAttributes(key);
  body.replaceChildren(
    isPaper(attrs) && !attrs.authors?.length
      ? el("p", { className: "muted", text: "The lists give no authors for this paper: add them before you cite it." })
      : "",
    el("label", { className: "cite-style", attrs: { for: "cite-style" } }, ["Style ", select]),
    reference,
    copyButton(
      "Copy reference",
      () => reference.textContent ?? "",
      status,
      "The reference",
      () => selectText(reference),
    ),
    el("h4", { text: "BibTeX" }),
    bibtex,
    copyButton(
      "Copy BibTeX",
      () => bibtex.textContent ?? "",
      status,
      "The BibTeX entry",
      () => selectText(bibtex),
    ),
    status,
  );
}

export function citeExtension(graph: PaperGraph): PanelExtension {
  return {
    paper(key) {
      const body = el("div", { className: "cite-body" });
      const details = el("details", { className: "panel-section cite", attrs: { id: CITE_SECTION_ID } }, [
        el("summary", { text: "Cite" }),
        body,
      ]);
      let started = false;
      const start = () => {
        if (!details.open || started) return;
        started = true;
        body.replaceChildren(
          el("p", { className: "muted", attrs: { role: "status" }, text: "Loading citation styles…" }),
        );
        fill(body, graph, key)
          .then(() => {
            // The Cite button scrolls to this section before its content exists (the panel may
            // not yet be tall enough to bring it up): once it is filled, bring it into view.
            if (details.open && details.contains(document.activeElement))
              details.scrollIntoView({ block: "start", behavior: "auto" });
          })
          .catch((error: unknown) => {
            started = false;
            body.replaceChildren(
              el("p", {
                attrs: { role: "alert" },
                text: `The citation tools could not be loaded (${error instanceof Error ? error.message : String(error)}). Close and open Cite to try again.`,
              }),
            );
          });
      };
      details.addEventListener("toggle", start);
      return { top: [], bottom: [details], dispose: () => details.removeEventListener("toggle", start) };
    },
  };
}
