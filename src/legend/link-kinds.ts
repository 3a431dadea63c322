// The legend's lineage links, doubling as the link-kind filter: a checkbox per kind the graph has
// (cited, named in the text, later version, cites a later paper), each with the colour its arrows
// have on the map (../link-kinds/looks.ts), and, when the online build found influential citations,
// "only influential citations". Papers stay; only the arrows come and go.
import { LINK_LOOKS, type LinkLookKind } from "../link-kinds/looks";
import {
  LINK_KIND_DESCRIPTIONS,
  LINK_KIND_LABELS,
  type LinkFilterKind,
  type LinkKindCensus,
} from "../link-kinds/utils";
import { type AppState, type Store, setInfluentialOnly, setLinkKindShown } from "../state";
import { el } from "../ui/dom";

export function createLinkKindFilter(census: LinkKindCensus, store: Store): { element: HTMLElement; destroy(): void } {
  const boxes = new Map<LinkFilterKind, HTMLInputElement>();
  const toggle = (id: string, text: string, count: number, title: string, look: LinkLookKind) => {
    const input = el("input", { attrs: { type: "checkbox", id } });
    const line = el("span", { className: "edge-key link-look", attrs: { "aria-hidden": "true" } });
    line.style.setProperty("--link-color", LINK_LOOKS[look].color);
    line.style.setProperty("--link-width", `${LINK_LOOKS[look].size}px`);
    const label = el("label", { className: "kind-toggle", attrs: { for: id, title } }, [
      input,
      line,
      el("span", { text }),
      el("span", { className: "legend-count", text: `${count}` }),
    ]);
    return { input, label };
  };
  const items: HTMLElement[] = [];
  for (const [kind, count] of census.counts) {
    const { input, label } = toggle(
      `link-kind-${kind}`,
      LINK_KIND_LABELS[kind],
      count,
      LINK_KIND_DESCRIPTIONS[kind],
      kind,
    );
    input.addEventListener("change", () => store.dispatch(setLinkKindShown(kind, input.checked)));
    boxes.set(kind, input);
    items.push(el("li", {}, [label]));
  }
  let influential: HTMLInputElement | null = null;
  if (census.influential > 0) {
    const { input, label } = toggle(
      "link-influential-only",
      "Only influential citations",
      census.influential,
      LINK_LOOKS.influential.description,
      "influential",
    );
    input.addEventListener("change", () => store.dispatch(setInfluentialOnly(input.checked)));
    influential = input;
    items.push(el("li", { className: "kind-sub" }, [label]));
  }

  const key = el("p", { className: "legend-key-line" }, [
    el("span", { className: "edge-key lineage", attrs: { "aria-hidden": "true" } }),
    " builds on (points at the earlier paper; a reference list's citation is blue, a name alone grey)",
  ]);
  const element = el("section", { className: "legend-part legend-links", attrs: { "aria-label": "Lineage links" } }, [
    el("div", { className: "legend-head" }, [el("h3", { text: "Lineage links" })]),
    key,
    items.length
      ? el("ul", { className: "legend-kinds" }, items)
      : el("p", { className: "muted", text: "No lineage links in this graph." }),
  ]);

  const render = (state: AppState) => {
    for (const [kind, box] of boxes) box.checked = !state.hiddenLinkKinds.includes(kind);
    if (influential) {
      influential.checked = state.influentialOnly;
      influential.disabled = state.hiddenLinkKinds.includes("cites");
    }
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.hiddenLinkKinds !== previous.hiddenLinkKinds || state.influentialOnly !== previous.influentialOnly)
      render(state);
  });
  render(store.get());
  return { element, destroy: unsubscribe };
}
