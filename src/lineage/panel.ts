// The lineage part of a paper's panel: a row of actions under the title (Show lineage, Find path
// to…, What to read first, Cite), a line saying what the map highlights when it is another paper's
// lineage or path, and the full list of the paper's ancestors and descendants by year while its
// lineage is shown. Each part re-renders itself when the lineage state changes.
import { CITE_SECTION_ID } from "../cite/panel";
import type { Visibility } from "../filters/types";
import type { PaperGraph } from "../load";
import type { PanelExtension } from "../panel";
import { nodeButton } from "../panel/render";
import { nodeRef } from "../panel/utils";
import { NOT_IN_THE_LISTS } from "../search/results";
import { type AppState, type Store, setThroughSuggestions } from "../state";
import { clear, el } from "../ui/dom";
import { clearHighlight, showLineage, startPathPicking } from "./actions";
import { PATH_INPUT_ID, renderPathSection } from "./path-panel";
import type { Relative } from "./relatives";
import type { LineageSelectors } from "./selectors";
import { nameOf } from "./utils";

export interface LineagePanelContext {
  store: Store;
  selectors: LineageSelectors;
  selectVisibility: (state: AppState) => Visibility;
}

/** Ids of the sections the action row jumps to (rendered by ../reading-order and ../cite). */
export const READING_ORDER_SECTION_ID = "reading-order";

/** `action` names the button across re-renders, so keyboard focus can stay on it. */
export function actionButton(text: string, action: string, attrs: Record<string, string> = {}): HTMLButtonElement {
  return el("button", { className: "action-button", text, attrs: { type: "button", "data-action": action, ...attrs } });
}

/** Scrolls the panel to a section and moves focus there, so keyboard users land where they asked. */
function jumpTo(id: string, open = false): void {
  const target = document.getElementById(id);
  if (!target) return;
  if (open && target instanceof HTMLDetailsElement) target.open = true;
  target.scrollIntoView({ block: "start", behavior: "auto" });
  target.querySelector<HTMLElement>("h3, summary")?.focus({ preventScroll: true });
}

export function filteredTag(): HTMLElement {
  return el("span", { className: "filtered-tag", text: "hidden by the filter" });
}

/** Marks a suggestion (a paper outside the lists) wherever a lineage list names one. */
export function outsideTag(graph: PaperGraph, key: string): HTMLElement | null {
  return graph.getNodeAttribute(key, "kind") === "suggestion"
    ? el("span", { className: "outside-tag", text: NOT_IN_THE_LISTS.toLowerCase() })
    : null;
}

/**
 * The switch that lets lineage, paths and reading orders run through suggestions (their citations),
 * offered only when the map has suggestions; its words say what changes.
 */
export function throughSuggestionsSwitch(ctx: { store: Store; selectors: LineageSelectors }): HTMLElement | null {
  const { graph } = ctx.selectors;
  if (!graph.someNode((_key, attrs) => attrs.kind === "suggestion")) return null;
  const box = el("input", { attrs: { type: "checkbox", "data-action": "through-suggestions" } });
  box.checked = ctx.store.get().throughSuggestions;
  box.addEventListener("change", () => ctx.store.dispatch(setThroughSuggestions(box.checked)));
  return el("label", { className: "through-suggestions" }, [
    box,
    " Also through papers outside the lists (suggestions) that these papers cite",
  ]);
}

function relativeList(ctx: LineagePanelContext, relatives: Relative[], hidden: ReadonlySet<string>): HTMLElement {
  const { graph } = ctx.selectors;
  return el(
    "ul",
    { className: "node-list relatives" },
    relatives.map((r) =>
      el("li", {}, [
        nodeButton(nodeRef(graph, r.key)),
        outsideTag(graph, r.key),
        r.via ? el("span", { className: "relative-via", text: ` through ${nameOf(graph, r.via)}` }) : null,
        hidden.has(r.key) ? filteredTag() : null,
      ]),
    ),
  );
}

function renderLineageSection(ctx: LineagePanelContext, paper: string, state: AppState): HTMLElement | null {
  if (state.lineage !== paper) return null;
  const { graph } = ctx.selectors;
  const { ancestors, descendants } = ctx.selectors.relatives(paper);
  const hidden = ctx.selectVisibility(state).hidden;
  const name = nameOf(graph, paper);
  const hide = actionButton("Hide lineage", "hide-lineage");
  hide.addEventListener("click", () => ctx.store.dispatch(showLineage(null)));
  return el("section", { className: "panel-section lineage-section", attrs: { "aria-label": "Lineage" } }, [
    el("h3", { text: "Lineage" }),
    el("p", {
      className: "muted",
      text:
        ancestors.length + descendants.length
          ? `Highlighted on the map, oldest first: every paper ${name} builds on, directly or through others, and every paper that builds on it.${state.throughSuggestions ? " Papers outside the lists that these papers cite count too (marked)." : ""}`
          : `${name} has no lineage link to another paper in the lists.`,
    }),
    throughSuggestionsSwitch(ctx),
    el("h4", { text: `${name} builds on (${ancestors.length})` }),
    ancestors.length ? relativeList(ctx, ancestors, hidden) : el("p", { className: "muted", text: "No paper." }),
    el("h4", { text: `Built on by (${descendants.length})` }),
    descendants.length ? relativeList(ctx, descendants, hidden) : el("p", { className: "muted", text: "No paper." }),
    hide,
  ]);
}

/** "The map shows the lineage of GPT-4" when the highlight belongs to another paper than this one. */
function renderContext(ctx: LineagePanelContext, paper: string, state: AppState): HTMLElement | null {
  const { graph } = ctx.selectors;
  const clearButton = () => {
    const button = el("button", { className: "link-button", text: "Clear", attrs: { type: "button" } });
    button.addEventListener("click", () => ctx.store.dispatch(clearHighlight()));
    return button;
  };
  if (state.lineage !== null && state.lineage !== paper)
    return el("p", { className: "lineage-context", attrs: { role: "note" } }, [
      "The map shows the lineage of ",
      nodeButton(nodeRef(graph, state.lineage)),
      ". ",
      clearButton(),
    ]);
  const path = state.path;
  if (path && path.from !== paper && path.to !== paper)
    return el("p", { className: "lineage-context", attrs: { role: "note" } }, [
      "The map shows the path from ",
      nodeButton(nodeRef(graph, path.from)),
      " to ",
      nodeButton(nodeRef(graph, path.to)),
      ". ",
      clearButton(),
    ]);
  return null;
}

/** Whether a paper has a lineage link to follow (ancestors or descendants); else the row says so. */
function hasLineage(ctx: LineagePanelContext, paper: string): boolean {
  const { ancestors, descendants } = ctx.selectors.relatives(paper);
  return ancestors.length + descendants.length > 0;
}

function renderActions(ctx: LineagePanelContext, paper: string, state: AppState): HTMLElement {
  const { store } = ctx;
  const cite = actionButton("Cite", "cite");
  cite.addEventListener("click", () => jumpTo(CITE_SECTION_ID, true));
  if (!hasLineage(ctx, paper) && state.lineage !== paper && state.pickingPathFrom !== paper)
    // Show lineage, Find path and What to read first would only answer "none": say it up front.
    return el("div", { className: "paper-actions", attrs: { role: "group", "aria-label": "Explore this paper" } }, [
      cite,
      el("p", {
        className: "muted no-lineage",
        text: `${nameOf(ctx.selectors.graph, paper)} has no lineage link to another paper in the lists: no lineage, path or reading order to show.`,
      }),
    ]);
  const shown = state.lineage === paper;
  const lineage = actionButton("Show lineage", "lineage", {
    "aria-pressed": String(shown),
    title: "Highlight every paper it builds on and every paper that builds on it",
  });
  lineage.addEventListener("click", () => store.dispatch(showLineage(shown ? null : paper)));
  const picking = state.pickingPathFrom === paper;
  const path = actionButton("Find path to…", "path", {
    "aria-pressed": String(picking),
    title: "Pick another paper to see how the two are linked (or Shift+click it on the map)",
  });
  path.addEventListener("click", () => {
    store.dispatch(startPathPicking(paper));
    document.getElementById(PATH_INPUT_ID)?.focus();
  });
  const read = actionButton("What to read first", "read");
  read.addEventListener("click", () => jumpTo(READING_ORDER_SECTION_ID));
  return el("div", { className: "paper-actions", attrs: { role: "group", "aria-label": "Explore this paper" } }, [
    lineage,
    path,
    read,
    cite,
  ]);
}

/** Whether a state change touches what these parts show (filters: through the shared Visibility). */
function lineageChanged(a: AppState, b: AppState): boolean {
  return (
    a.lineage !== b.lineage ||
    a.path !== b.path ||
    a.pickingPathFrom !== b.pickingPathFrom ||
    a.throughSuggestions !== b.throughSuggestions
  );
}

export function lineagePanelExtension(ctx: LineagePanelContext): PanelExtension {
  return {
    paper(key) {
      const top = el("div", { className: "lineage-top" });
      const bottom = el("div", { className: "lineage-bottom" });
      let shownWith: Visibility | null = null;
      let pathShown: AppState["path"] = null;
      const render = (state: AppState) => {
        shownWith = ctx.selectVisibility(state);
        const focused = [top, bottom].some((part) => part.contains(document.activeElement))
          ? document.activeElement?.getAttribute("data-action")
          : undefined;
        clear(top);
        clear(bottom);
        top.append(renderActions(ctx, key, state));
        const context = renderContext(ctx, key, state);
        if (context) top.append(context);
        const path = renderPathSection(ctx, key, state);
        const lineage = renderLineageSection(ctx, key, state);
        if (path) bottom.append(path);
        if (lineage) bottom.append(lineage);
        // A path just found (a Shift+click, a pick) is at the bottom of the panel: bring it up.
        if (path && state.path && state.path !== pathShown) path.scrollIntoView({ block: "nearest" });
        pathShown = path ? state.path : null;
        // Re-rendering replaces the buttons: keep the keyboard where it was (or on the row).
        if (focused !== undefined) {
          // A path just picked from the picker: the keyboard goes on to read it.
          const wanted = focused === "path-input" || focused === "path-go" ? "path-summary" : focused;
          const again = wanted ? top.parentElement?.querySelector<HTMLElement>(`[data-action="${wanted}"]`) : null;
          (again ?? top.querySelector<HTMLElement>("[data-action]"))?.focus({ preventScroll: true });
        }
      };
      render(ctx.store.get());
      const unsubscribe = ctx.store.subscribe((state, previous) => {
        if (lineageChanged(state, previous) || ctx.selectVisibility(state) !== shownWith) render(state);
      });
      return { top: [top], bottom: [bottom], dispose: unsubscribe };
    },
  };
}
