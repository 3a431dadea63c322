// The ranked Suggested reading view: every suggestion best first, each with its year, "cited by N
// papers of this list" and those papers (each clickable), the sections citing it, and its links.
// Opening it shows the suggestions on the map; a row the year filter hides says so. Escape closes it.
import type { Visibility } from "../filters/types";
import type { GraphIndex, PaperGraph } from "../load";
import { NODE_KEY_ATTRIBUTE, nodeButton } from "../panel/render";
import { type AppState, type Store, hoverNode, selectNode, setSuggestionsOpen } from "../state";
import { clear, el } from "../ui/dom";
import { externalLink } from "../ui/links";
import "./suggestions.css";
import { citedByText, rankedSuggestions } from "./utils";

export interface SuggestionsViewContext {
  graph: PaperGraph;
  index: GraphIndex;
  store: Store;
  lists: number;
  selectVisibility: (state: AppState) => Visibility;
}

function sectionsText(row: ReturnType<typeof rankedSuggestions>[number]): string {
  return row.sections.map((s) => s.path.join(" › ")).join("; ");
}

export function mountSuggestionsView(root: HTMLElement, ctx: SuggestionsViewContext): () => void {
  const { store } = ctx;
  const rows = rankedSuggestions(ctx.graph, ctx.index);
  const close = el("button", {
    className: "panel-close icon-button",
    text: "×",
    attrs: { type: "button", "aria-label": "Close the suggested reading", title: "Close (Esc)" },
  });
  const list = el("ol", { className: "suggestion-rows" });
  root.append(
    el("header", { className: "suggestions-head" }, [
      el("h2", { text: "Suggested reading", attrs: { tabindex: "-1" } }),
      close,
    ]),
    el("p", {
      className: "muted suggestions-intro",
      text: "Papers these lists do not hold, ranked by how many of their papers cite them, then by citation count.",
    }),
    list,
  );

  let renderedWith: Visibility | null = null;
  const render = (state: AppState) => {
    renderedWith = ctx.selectVisibility(state);
    const hidden = renderedWith.hidden;
    clear(list);
    for (const row of rows) {
      const year = row.year !== undefined ? ` (${row.year})` : "";
      list.append(
        el("li", { className: `suggestion-row${row.key === state.selected ? " selected" : ""}` }, [
          el("div", { className: "suggestion-title" }, [
            el("button", {
              className: "node-link suggestion-link",
              text: row.title,
              attrs: { type: "button", [NODE_KEY_ATTRIBUTE]: row.key },
            }),
            el("span", { className: "node-link-year", text: year }),
            hidden.has(row.key) && state.showSuggestions
              ? el("span", { className: "filtered-tag", text: "hidden by the filter" })
              : null,
          ]),
          el("p", { className: "suggestion-cited" }, [
            `${citedByText(row.citedBy.length, ctx.lists)}: `,
            ...row.citedBy.flatMap((p, i) => [i > 0 ? ", " : "", nodeButton(p)]),
          ]),
          el("p", { className: "suggestion-sections muted", text: `From ${sectionsText(row)}` }),
          el(
            "p",
            { className: "suggestion-links" },
            row.links.flatMap((l, i) => [i > 0 ? " · " : "", externalLink(l.url, l.label, "external")]),
          ),
        ]),
      );
    }
  };

  const sync = (state: AppState) => {
    root.hidden = !state.suggestionsOpen;
    document.body.classList.toggle("suggestions-open", state.suggestionsOpen);
    if (state.suggestionsOpen) render(state);
  };
  const onClick = (event: MouseEvent) => {
    const key = (event.target as Element).closest(`[${NODE_KEY_ATTRIBUTE}]`)?.getAttribute(NODE_KEY_ATTRIBUTE);
    if (key) store.dispatch(selectNode(key));
  };
  const onOver = (event: MouseEvent) => {
    const key = (event.target as Element).closest(`[${NODE_KEY_ATTRIBUTE}]`)?.getAttribute(NODE_KEY_ATTRIBUTE);
    store.dispatch(hoverNode(key ?? null), { history: "none" });
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== "Escape") return;
    event.stopPropagation();
    store.dispatch(setSuggestionsOpen(false), { history: "none" });
  };
  const onClose = () => store.dispatch(setSuggestionsOpen(false), { history: "none" });
  list.addEventListener("click", onClick);
  list.addEventListener("mouseover", onOver);
  root.addEventListener("keydown", onKey);
  close.addEventListener("click", onClose);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.suggestionsOpen !== previous.suggestionsOpen) {
      sync(state);
      if (state.suggestionsOpen) root.querySelector<HTMLElement>("h2")?.focus({ preventScroll: true });
    } else if (
      state.suggestionsOpen &&
      (ctx.selectVisibility(state) !== renderedWith || state.selected !== previous.selected)
    )
      render(state);
  });
  sync(store.get());
  return () => {
    unsubscribe();
    list.removeEventListener("click", onClick);
    list.removeEventListener("mouseover", onOver);
    root.removeEventListener("keydown", onKey);
    close.removeEventListener("click", onClose);
    root.replaceChildren();
  };
}
