// The side panel: shows the selected paper or section, follows the store's selection, and sends
// intents back (select another node, hover one from a list, close). Escape closes it.
import { hiddenNote, revealAction } from "../filters/hidden";
import { hiddenByLayout } from "../filters/visibility";
import { clickNode } from "../lineage/actions";
import { isPaper, isSection, isSuggestion } from "../model";
import { sectionTreeOf } from "../sections";
import { hoverNode, selectNode } from "../state";
import { renderSuggestion } from "../suggestions/panel";
import { clear, el } from "../ui/dom";
import { NODE_KEY_ATTRIBUTE, renderPaper, renderSection } from "./render";
import type { PanelContext } from "./types";

export type { PanelContext, PanelExtension } from "./types";

const UNKNOWN_COLOR = "#7a7f87";

/**
 * The papers a paper builds on and those built on it stay listed whatever the filters, each one the
 * filters hide tagged as everywhere else ("hidden by the filter"); re-run when the filters change.
 */
function markHiddenRelatives(body: HTMLElement, hidden: ReadonlySet<string>): void {
  for (const item of body.querySelectorAll<HTMLElement>(".lineage-list > li")) {
    const key = item.querySelector(`[${NODE_KEY_ATTRIBUTE}]`)?.getAttribute(NODE_KEY_ATTRIBUTE);
    const tag = item.querySelector(":scope > .filtered-tag");
    const isHidden = key !== null && key !== undefined && hidden.has(key);
    if (isHidden && !tag) item.querySelector(`[${NODE_KEY_ATTRIBUTE}]`)?.after(hiddenTag());
    else if (!isHidden && tag) tag.remove();
  }
}

function hiddenTag(): HTMLElement {
  return el("span", { className: "filtered-tag", text: "hidden by the filter" });
}

export function mountPanel(root: HTMLElement, ctx: PanelContext): () => void {
  const { graph, index, store } = ctx;
  const body = el("div", { className: "panel-body" });
  const close = el("button", {
    className: "panel-close icon-button",
    text: "×",
    attrs: { type: "button", "aria-label": "Close the panel", title: "Close (Esc)" },
  });
  const note = el("p", { className: "panel-note", attrs: { role: "note" } });
  const reveal = el("button", {
    className: "link-button panel-reveal",
    text: "Show it on the map",
    attrs: { type: "button" },
  });
  const notice = el("div", { className: "panel-notice" }, [note, reveal]);
  root.append(close, notice, body);

  let shown: string | null = null;
  let disposeExtensions: (() => void)[] = [];
  const render = () => {
    const state = store.get();
    const key = state.selected;
    // A visibility change may add or drop the "hidden by the filter" note even when the node is unchanged.
    const hidden = key !== null && ctx.selectVisibility(state).hidden.has(key) && !hiddenByLayout(graph, key, state);
    notice.hidden = !hidden;
    note.textContent = hidden ? hiddenNote(graph, key, state) : "";
    reveal.hidden = !hidden || revealAction(graph, index, sectionTreeOf(graph), key, state) === null;
    if (key === shown) {
      markHiddenRelatives(body, ctx.selectVisibility(state).hidden);
      return;
    }
    shown = key;
    disposeExtensions.forEach((dispose) => dispose());
    disposeExtensions = [];
    clear(body);
    if (key === null || !graph.hasNode(key)) {
      root.hidden = true;
      return;
    }
    const attrs = graph.getNodeAttributes(key);
    const color = ctx.colors.get(attrs.topSection) ?? UNKNOWN_COLOR;
    if (isPaper(attrs)) body.append(...renderPaper(graph, key, attrs, color));
    else if (isSection(attrs)) body.append(...renderSection(graph, index, key, attrs, color));
    else if (isSuggestion(attrs)) body.append(...renderSuggestion(graph, key, attrs, color, ctx.header.lists.length));
    if (isPaper(attrs)) {
      let anchor: Element | null = body.querySelector(".panel-links") ?? body.querySelector(".panel-header");
      for (const extension of ctx.extensions ?? []) {
        const added = extension.paper(key);
        anchor?.after(...added.top);
        anchor = added.top.at(-1) ?? anchor;
        body.append(...added.bottom);
        disposeExtensions.push(added.dispose);
      }
    }
    markHiddenRelatives(body, ctx.selectVisibility(state).hidden);
    root.hidden = false;
    root.scrollTop = 0;
    body.querySelector<HTMLElement>("#panel-title")?.focus({ preventScroll: true });
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.selected !== previous.selected ||
      state.yearRange !== previous.yearRange ||
      state.showUndated !== previous.showUndated ||
      state.hiddenSections !== previous.hiddenSections ||
      state.showSuggestions !== previous.showSuggestions ||
      state.view !== previous.view
    )
      render();
  });

  const nodeOf = (event: Event) =>
    (event.target as Element | null)?.closest?.(`[${NODE_KEY_ATTRIBUTE}]`)?.getAttribute(NODE_KEY_ATTRIBUTE) ?? null;
  const isPaperKey = (key: string) => graph.getNodeAttribute(key, "kind") === "paper";
  const onClick = (event: MouseEvent) => {
    const key = nodeOf(event);
    // Through clickNode: while picking a path's other end, a paper in the panel is picked too.
    if (key !== null && graph.hasNode(key))
      store.dispatch(clickNode(key, { shiftKey: event.shiftKey, isPaper: isPaperKey }));
  };
  const onOver = (event: MouseEvent) => {
    const key = nodeOf(event);
    if (key !== null && graph.hasNode(key)) store.dispatch(hoverNode(key), { history: "none" });
  };
  const onOut = (event: MouseEvent) => {
    const button = (event.target as Element | null)?.closest?.(`[${NODE_KEY_ATTRIBUTE}]`);
    // Moving between the parts of one button (label, year) is not leaving it.
    if (!button || button.contains(event.relatedTarget as Node | null)) return;
    store.dispatch(hoverNode(null), { history: "none" });
  };
  const closePanel = () => {
    const hadFocus = root.contains(document.activeElement);
    store.dispatch(selectNode(null));
    if (hadFocus) ctx.returnFocusTo()?.focus();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === "Escape" && store.get().selected !== null) {
      event.preventDefault();
      closePanel();
    }
  };
  body.addEventListener("click", onClick);
  body.addEventListener("mouseover", onOver);
  body.addEventListener("mouseout", onOut);
  close.addEventListener("click", closePanel);
  reveal.addEventListener("click", () => {
    const key = store.get().selected;
    const action = key === null ? null : revealAction(graph, index, sectionTreeOf(graph), key, store.get());
    if (action) store.dispatch(action);
  });
  document.addEventListener("keydown", onKey);
  render();

  return () => {
    unsubscribe();
    disposeExtensions.forEach((dispose) => dispose());
    document.removeEventListener("keydown", onKey);
    clear(root);
  };
}
