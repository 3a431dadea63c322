// The path part of the panel. While the user picks the other end: how to pick it (click a paper
// on the map, or choose it by title here; Escape or Cancel stops). Once both ends are set: the
// chain between them, each link with the words that made it, and an honest sentence on what the
// chain means (one builds on the other, or they only share ancestors or descendants, or nothing).
import { bfsFromNode } from "graphology-traversal";

import type { PaperGraph } from "../load";
import { isLineage, isReference } from "../model";
import { nodeButton } from "../panel/render";
import { nodeRef } from "../panel/utils";
import { buildSearchDocuments } from "../search/documents";
import type { SearchEngine } from "../search/engine";
import type { AppState } from "../state";
import { el } from "../ui/dom";
import { cancelPathPicking, clearPath, showPath } from "./actions";
import type { LineagePanelContext } from "./panel";
import { actionButton, filteredTag } from "./panel";
import type { LineagePath } from "./path";
import { pickPaper } from "./pick-paper";
import { compareByDate, nameOf } from "./utils";

export const PATH_INPUT_ID = "path-to-input";
const CANDIDATES_ID = "path-candidates";

/** One search index per graph, built on the first name typed (the engine is its own chunk). */
const engines = new WeakMap<PaperGraph, Promise<SearchEngine>>();
function searchEngineFor(graph: PaperGraph): Promise<SearchEngine> {
  let engine = engines.get(graph);
  if (!engine) {
    engine = import("../search/engine").then(({ createSearchEngineAsync }) =>
      createSearchEngineAsync(buildSearchDocuments(graph)),
    );
    engines.set(graph, engine);
  }
  return engine;
}

/** One option a paper, its title and year; papers a path can reach first. */
function candidates(ctx: LineagePanelContext, from: string): { values: Map<string, string>; list: HTMLElement } {
  const { graph } = ctx.selectors;
  const { undirected } = ctx.selectors.lineageGraphs();
  const connected = new Set<string>();
  if (undirected.hasNode(from)) bfsFromNode(undirected, from, (node) => void connected.add(node));
  connected.delete(from);
  const byDate = compareByDate(graph);
  const papers = graph.filterNodes((n, a) => a.kind === "paper" && n !== from);
  papers.sort((a, b) => Number(connected.has(b)) - Number(connected.has(a)) || byDate(a, b));
  const values = new Map<string, string>();
  const list = el("datalist", { attrs: { id: CANDIDATES_ID } });
  for (const key of papers) {
    const attrs = graph.getNodeAttributes(key);
    const year = attrs.kind === "paper" && attrs.year !== undefined ? ` (${attrs.year})` : "";
    let value = `${nameOf(graph, key)}${year}`;
    if (values.has(value)) value = `${attrs.kind === "paper" ? attrs.title : value}${year}`;
    if (values.has(value)) continue;
    values.set(value, key);
    list.append(el("option", { attrs: { value, label: connected.has(key) ? "linked by lineage" : "" } }));
  }
  return { values, list };
}

function renderPicker(ctx: LineagePanelContext, from: string): HTMLElement {
  const { store, selectors } = ctx;
  const { values, list } = candidates(ctx, from);
  const input = el("input", {
    className: "path-input",
    attrs: { id: PATH_INPUT_ID, type: "text", list: CANDIDATES_ID, autocomplete: "off", "data-action": "path-input" },
  });
  const message = el("p", { className: "picker-message", attrs: { role: "status" } });
  const pick = async () => {
    const typed = input.value.trim();
    const listed = values.get(typed);
    if (listed || !typed) {
      if (listed) store.dispatch(showPath(from, listed));
      message.textContent = "";
      return;
    }
    // Not an option of the list: read it as the search box would ("GPT-3", "bert (2018)", a title).
    const key = pickPaper(selectors.graph, await searchEngineFor(selectors.graph), typed, from, values);
    if (input.value.trim() !== typed) return; // typed on meanwhile
    if (key) store.dispatch(showPath(from, key));
    else message.textContent = `No paper on the map matches “${typed}”; choose one from the list.`;
  };
  input.addEventListener("change", () => void pick());
  input.addEventListener("keydown", (event) => {
    if (event.key !== "Enter") return;
    // Else the Enter would go on to press whatever has focus once the panel re-renders.
    event.preventDefault();
    void pick();
  });
  const go = actionButton("Show path", "path-go");
  go.addEventListener("click", () => void pick());
  const cancel = actionButton("Cancel", "path-cancel");
  cancel.addEventListener("click", () => store.dispatch(cancelPathPicking()));
  return el("section", { className: "panel-section path-picker", attrs: { "aria-label": "Find a path" } }, [
    el("h3", { text: `Path from ${nameOf(selectors.graph, from)} to…` }),
    el("p", {
      className: "muted",
      text: "Click a paper on the map, or choose it here (papers linked by lineage come first). Esc or Cancel stops.",
    }),
    el("label", { className: "path-label", attrs: { for: PATH_INPUT_ID } }, ["Paper"]),
    el("div", { className: "path-controls" }, [input, go, cancel]),
    list,
    message,
  ]);
}

/** "GPT-4 builds on the Transformer through 2 papers." and its kin. */
export function describePath(graph: PaperGraph, from: string, to: string, path: LineagePath | null): string {
  const a = nameOf(graph, from);
  const b = nameOf(graph, to);
  if (!path) return `No lineage links ${a} and ${b}, even through other papers.`;
  const between = path.nodes.length - 2;
  const through = between === 0 ? "directly" : `through ${between} paper${between === 1 ? "" : "s"}`;
  if (path.kind === "directed")
    return path.steps[0]?.relation === "builds-on"
      ? `${a} builds on ${b} ${through}.`
      : `${b} builds on ${a} ${through}.`;
  return `${a} and ${b} are connected ${through}, but neither builds on the other: they share ancestors or descendants.`;
}

function evidenceLine(graph: PaperGraph, edge: string): string {
  const attrs = graph.getEdgeAttributes(edge);
  return isLineage(attrs) || isReference(attrs) ? attrs.evidence.map((e) => e.text).join("; ") : "";
}

function renderPath(ctx: LineagePanelContext, state: AppState, from: string, to: string): HTMLElement {
  const { graph } = ctx.selectors;
  const path = ctx.selectors.path(from, to);
  const hidden = ctx.selectVisibility(state).hidden;
  const clear = actionButton("Clear path", "path-clear");
  clear.addEventListener("click", () => ctx.store.dispatch(clearPath()));
  const nodes = path ? path.nodes : [];
  const steps = el(
    "ol",
    { className: "path-steps" },
    nodes.map((key, i) => {
      const step = path?.steps[i];
      return el("li", {}, [
        nodeButton(nodeRef(graph, key)),
        hidden.has(key) ? filteredTag() : null,
        step
          ? el("p", { className: "path-relation" }, [
              el("span", {
                className: "path-arrow",
                text: step.relation === "builds-on" ? "↓ builds on" : "↓ is built on by",
              }),
              el("span", { className: "path-evidence", text: ` ${evidenceLine(graph, step.edge)}` }),
            ])
          : null,
      ]);
    }),
  );
  return el("section", { className: "panel-section path-section", attrs: { "aria-label": "Lineage path" } }, [
    el("h3", { text: "Lineage path" }),
    el("p", {
      className: "path-summary",
      text: describePath(graph, from, to, path),
      attrs: { tabindex: "-1", "data-action": "path-summary" },
    }),
    path ? steps : null,
    clear,
  ]);
}

/** The picker while picking from this paper, else the path when this paper is on it, else nothing. */
export function renderPathSection(ctx: LineagePanelContext, paper: string, state: AppState): HTMLElement | null {
  if (state.pickingPathFrom === paper) return renderPicker(ctx, paper);
  const ends = state.path;
  if (!ends) return null;
  const onPath =
    ends.from === paper || ends.to === paper || ctx.selectors.path(ends.from, ends.to)?.nodes.includes(paper);
  return onPath ? renderPath(ctx, state, ends.from, ends.to) : null;
}
