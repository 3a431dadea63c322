// The panel while the graph's details are still streaming in (src/load/details.ts): a paper chosen
// before its title, summary and links have arrived is named by its map label and says that the
// rest is on its way. It reads core fields only (src/model/compact.ts: the rule); the shell
// replaces it with the full panel, on the same selection, as soon as the details are in; if they
// cannot be loaded, it stays and says so.
import type { PaperGraph } from "../load";
import { isSection } from "../model";
import { type Store, selectNode } from "../state";
import { clear, el } from "../ui/dom";

export const LOADING_DETAILS_TEXT = "Loading the details…";

export function mountPendingPanel(
  root: HTMLElement,
  ctx: { graph: PaperGraph; store: Store; returnFocusTo: () => HTMLElement | null },
): { destroy: () => void; fail: (why: string) => void } {
  const { graph, store } = ctx;
  let status = LOADING_DETAILS_TEXT;
  const close = el("button", {
    className: "panel-close icon-button",
    text: "×",
    attrs: { type: "button", "aria-label": "Close the panel", title: "Close (Esc)" },
  });
  const body = el("div", { className: "panel-body" });
  root.append(close, body);

  let shown: string | null = null;
  const render = () => {
    const key = store.get().selected;
    if (key === shown) return;
    shown = key;
    clear(body);
    if (key === null || !graph.hasNode(key)) {
      root.hidden = true;
      return;
    }
    const attrs = graph.getNodeAttributes(key);
    const kind = isSection(attrs) ? "Section" : attrs.kind === "suggestion" ? "Suggested reading" : "Paper";
    const year = "year" in attrs && attrs.year !== undefined ? String(attrs.year) : null;
    body.append(
      el("p", { className: "panel-kind", text: kind }),
      el("h2", { text: attrs.label, attrs: { id: "panel-title", tabindex: "-1" } }),
      ...(year ? [el("p", { className: "panel-date", text: year })] : []),
      el("p", { className: "panel-loading", attrs: { role: "status", "aria-live": "polite" } }, [
        ...(status === LOADING_DETAILS_TEXT
          ? [el("span", { className: "spinner spinner-small", attrs: { "aria-hidden": "true" } })]
          : []),
        status,
      ]),
    );
    root.hidden = false;
    body.querySelector<HTMLElement>("#panel-title")?.focus({ preventScroll: true });
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
  const unsubscribe = store.subscribe(render);
  close.addEventListener("click", closePanel);
  document.addEventListener("keydown", onKey);
  render();
  return {
    // Its own elements only: the bottom sheet's handle (src/sheet/) stays for the full panel.
    destroy: () => {
      unsubscribe();
      document.removeEventListener("keydown", onKey);
      close.remove();
      body.remove();
    },
    // The details will not come: say so in the panel, for this paper and the next.
    fail: (why) => {
      status = why;
      shown = null;
      render();
    },
  };
}
