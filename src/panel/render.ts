// DOM for the panel's two views, a paper and a section. Built with ../ui/dom.ts only: every string
// from the lists is a text node. Links to other nodes are buttons carrying the node key.
import type { GraphIndex, PaperGraph } from "../load";
import type { PaperAttributes, SectionAttributes, SectionRef } from "../model";
import { type Child, el } from "../ui/dom";
import { externalLink } from "../ui/links";
import type { LineageRef, NodeRef } from "./types";
import { formatDate, lineageOf, paperLinks, papersOf, sectionTrail, shorten, subsectionsOf } from "./utils";

/** Authors beyond this many are folded behind a "more" toggle. */
export const AUTHORS_SHOWN = 8;
export const NODE_KEY_ATTRIBUTE = "data-node";
/** Summaries longer than this (block-quoted abstracts) are folded, so the lineage stays in view. */
export const SUMMARY_FOLD_CHARS = 420;
/** A reference entry quoted as a citation's evidence is cut at this length (the whole shows on hover). */
export const EVIDENCE_DETAIL_CHARS = 160;
/** How the panel names the source of a paper's own abstract or TL;DR. */
const SOURCE_NAMES: Record<string, string> = {
  arxiv: "arXiv",
  "semantic-scholar": "Semantic Scholar",
  openalex: "OpenAlex",
  list: "the list",
};

/** Why a citation of a later paper is listed apart: it is a fact about a revised version, not lineage. */
export const LATER_CITATION_NOTE =
  "A revised version's reference list cites these papers, which came out after this one: not counted as lineage.";
export const EARLIER_CITATION_NOTE =
  "A revised version of these earlier papers cites this one: not counted as lineage.";

/** A button that selects a node; the panel delegates its clicks and hovers. */
export function nodeButton(ref: NodeRef, extra?: Child): HTMLButtonElement {
  return el(
    "button",
    { className: "node-link", attrs: { type: "button", [NODE_KEY_ATTRIBUTE]: ref.key, title: ref.title } },
    [
      el("span", { className: "node-link-label", text: ref.label }),
      ref.year !== undefined ? el("span", { className: "node-link-year", text: ` ${ref.year}` }) : null,
      extra,
    ],
  );
}

function section(title: string, children: Child[], className = ""): HTMLElement {
  return el("section", { className: `panel-section ${className}`.trim() }, [el("h3", { text: title }), ...children]);
}

function lineageList(refs: LineageRef[], empty: string): HTMLElement {
  if (!refs.length) return el("p", { className: "muted", text: empty });
  return el(
    "ul",
    { className: "lineage-list" },
    refs.map((ref) =>
      el("li", {}, [
        nodeButton(ref),
        el(
          "ul",
          { className: "evidence" },
          ref.evidence.map((e) =>
            el("li", {}, [
              el("span", { className: `evidence-kind kind-${e.kind}`, text: evidenceKindLabel(e) }),
              " ",
              el("span", { text: e.text }),
              e.source ? el("span", { className: "evidence-source", text: ` — ${e.source}` }) : null,
              e.detail ? evidenceDetail(e.detail) : null,
            ]),
          ),
        ),
      ]),
    ),
  );
}

/** The evidence's kind in the legend's words: a reader tells a citation from a name at a glance. */
export function evidenceKindLabel(e: { kind: string; influential?: boolean }): string {
  if (e.kind === "cites") return e.influential ? "influential citation" : "cited";
  if (e.kind === "mentions") return "named";
  if (e.kind === "version") return "later version";
  return e.kind;
}

/** The source's own words for a citation (the matched reference entry), cut short with the whole in its title. */
function evidenceDetail(detail: string): HTMLElement {
  const short = shorten(detail, EVIDENCE_DETAIL_CHARS);
  return el("q", { className: "evidence-detail", text: short ?? detail, attrs: short ? { title: detail } : {} });
}

export function sectionRefButton(graph: PaperGraph, ref: SectionRef): HTMLElement {
  const text = [ref.list, ...ref.path].join(" › ");
  if (!graph.hasNode(ref.id)) return el("span", { text });
  return el("button", {
    className: "node-link section-link",
    text,
    attrs: { type: "button", [NODE_KEY_ATTRIBUTE]: ref.id },
  });
}

/** A summary, folded behind a "Show all" toggle when it is long. */
function summaryBlock(text: string): HTMLElement {
  const quote = el("blockquote", { text });
  const short = shorten(text, SUMMARY_FOLD_CHARS);
  if (short === null) return quote;
  quote.textContent = short;
  const toggle = el("button", {
    className: "link-button",
    text: "Show all",
    attrs: { type: "button", "aria-expanded": "false" },
  });
  toggle.addEventListener("click", () => {
    const expanded = toggle.getAttribute("aria-expanded") === "true";
    quote.textContent = expanded ? short : text;
    toggle.textContent = expanded ? "Show all" : "Show less";
    toggle.setAttribute("aria-expanded", String(!expanded));
  });
  return el("div", {}, [quote, toggle]);
}

function authorsLine(authors: string[]): HTMLElement {
  const line = el("p", { className: "authors" });
  if (authors.length <= AUTHORS_SHOWN) {
    line.textContent = authors.join(", ");
    return line;
  }
  const shown = el("span", { text: `${authors.slice(0, AUTHORS_SHOWN).join(", ")}, ` });
  const more = el("button", {
    className: "link-button",
    text: `and ${authors.length - AUTHORS_SHOWN} more`,
    attrs: { type: "button", "aria-expanded": "false" },
  });
  more.addEventListener("click", () => {
    shown.textContent = authors.join(", ");
    more.remove();
  });
  line.append(shown, more);
  return line;
}

/** With online data, the paper's own words beside the curators' notes: its TL;DR and abstract, each with its source. */
function ownWords(paper: PaperAttributes): HTMLElement | null {
  if (!paper.tldr && !paper.abstract) return null;
  const abstractSource = SOURCE_NAMES[paper.provenance.abstract ?? ""] ?? "an online source";
  return section("In the paper's own words", [
    paper.tldr
      ? el("figure", { className: "summary own-words tldr" }, [
          el("blockquote", { text: paper.tldr }),
          el("figcaption", { text: "TL;DR, from Semantic Scholar" }),
        ])
      : null,
    paper.abstract
      ? el("figure", { className: "summary own-words abstract" }, [
          summaryBlock(paper.abstract),
          el("figcaption", { text: `Abstract, from ${abstractSource}` }),
        ])
      : null,
  ]);
}

export function renderPaper(graph: PaperGraph, key: string, paper: PaperAttributes, color: string): HTMLElement[] {
  const { buildsOn, builtOnBy, citesLater, citedByEarlier } = lineageOf(graph, key);
  const subtitle = paper.shortName && paper.shortName !== paper.title ? paper.shortName : null;
  const links = paperLinks(paper);
  const header = el("header", { className: "panel-header" }, [
    el("p", { className: "panel-kind" }, [
      el("span", { className: "swatch", attrs: { "aria-hidden": "true" } }),
      "Paper",
    ]),
    el("h2", { text: paper.title, attrs: { id: "panel-title", tabindex: "-1" } }),
    subtitle ? el("p", { className: "panel-subtitle", text: subtitle }) : null,
    el("p", {
      className: "panel-date",
      text: paper.venue
        ? `${formatDate(paper.year, paper.month)} · ${paper.venue}`
        : formatDate(paper.year, paper.month),
    }),
    paper.authors?.length ? authorsLine(paper.authors) : null,
  ]);
  header.querySelector<HTMLElement>(".swatch")?.style.setProperty("background", color);
  return [
    header,
    links.length
      ? el(
          "nav",
          { className: "panel-links", attrs: { "aria-label": "Links" } },
          links.map((l) => externalLink(l.url, l.label, "external")),
        )
      : null,
    section(
      "What the lists say",
      paper.summaries.length
        ? paper.summaries.map((s) =>
            el("figure", { className: "summary" }, [
              summaryBlock(s.text),
              el("figcaption", { text: `${s.list}, line ${s.line}` }),
            ]),
          )
        : [el("p", { className: "muted", text: "No summary in the lists." })],
    ),
    ownWords(paper),
    section("Listed in", [
      el(
        "ul",
        { className: "section-list" },
        paper.sections.map((ref) => el("li", {}, [sectionRefButton(graph, ref)])),
      ),
    ]),
    section(`Builds on (${buildsOn.length})`, [lineageList(buildsOn, "No lineage link to earlier papers found.")]),
    section(`Built on by (${builtOnBy.length})`, [lineageList(builtOnBy, "No later paper in the lists builds on it.")]),
    citesLater.length
      ? section(`Cites a later paper (${citesLater.length})`, [
          el("p", { className: "muted", text: LATER_CITATION_NOTE }),
          lineageList(citesLater, ""),
        ])
      : null,
    citedByEarlier.length
      ? section(`Cited by an earlier paper (${citedByEarlier.length})`, [
          el("p", { className: "muted", text: EARLIER_CITATION_NOTE }),
          lineageList(citedByEarlier, ""),
        ])
      : null,
  ].filter((x): x is HTMLElement => x !== null);
}

export function renderSection(
  graph: PaperGraph,
  index: GraphIndex,
  key: string,
  attrs: SectionAttributes,
  color: string,
): HTMLElement[] {
  const trail = sectionTrail(graph, key);
  const subsections = subsectionsOf(graph, key);
  const papers = papersOf(graph, index, key);
  const header = el("header", { className: "panel-header" }, [
    el("p", { className: "panel-kind" }, [
      el("span", { className: "swatch ring", attrs: { "aria-hidden": "true" } }),
      `Section of ${attrs.list}`,
    ]),
    trail.length
      ? el(
          "nav",
          { className: "trail", attrs: { "aria-label": "Parent sections" } },
          trail.flatMap((t, i) => [
            i ? " › " : "",
            nodeButton({ key: t, label: graph.getNodeAttribute(t, "label"), title: "" }),
          ]),
        )
      : null,
    el("h2", { text: attrs.label, attrs: { id: "panel-title", tabindex: "-1" } }),
  ]);
  header.querySelector<HTMLElement>(".swatch")?.style.setProperty("border-color", color);
  return [
    header,
    attrs.description ? el("p", { className: "section-description", text: attrs.description }) : null,
    subsections.length
      ? section(`Sub-sections (${subsections.length})`, [
          el(
            "ul",
            { className: "node-list" },
            subsections.map((s) => el("li", {}, [nodeButton(s)])),
          ),
        ])
      : null,
    section(`Papers (${papers.length})`, [
      papers.length
        ? el(
            "ul",
            { className: "node-list" },
            papers.map((p) => el("li", {}, [nodeButton(p)])),
          )
        : el("p", { className: "muted", text: "No paper is listed here." }),
    ]),
  ].filter((x): x is HTMLElement => x !== null);
}
