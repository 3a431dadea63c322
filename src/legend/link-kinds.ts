// The legend's lineage links, doubling as the link-kind filter: a checkbox per kind the graph has
// (named in the text, later version, cites) and, when the online build found influential
// citations, "only influential citations". Papers stay; only the arrows come and go.
import { LINK_KIND_DESCRIPTIONS, LINK_KIND_LABELS, type LinkKindCensus } from "../link-kinds/utils";
import type { LineageKind } from "../model";
import { type AppState, type Store, setInfluentialOnly, setLinkKindShown } from "../state";
import { el } from "../ui/dom";

export function createLinkKindFilter(census: LinkKindCensus, store: Store): { element: HTMLElement; destroy(): void } {
  const boxes = new Map<LineageKind, HTMLInputElement>();
  const toggle = (id: string, text: string, count: number, title: string) => {
    const input = el("input", { attrs: { type: "checkbox", id } });
    const label = el("label", { className: "kind-toggle", attrs: { for: id, title } }, [
      input,
      el("span", { text }),
      el("span", { className: "legend-count", text: `${count}` }),
    ]);
    return { input, label };
  };
  const items: HTMLElement[] = [];
  for (const [kind, count] of census.counts) {
    const { input, label } = toggle(`link-kind-${kind}`, LINK_KIND_LABELS[kind], count, LINK_KIND_DESCRIPTIONS[kind]);
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
      "Semantic Scholar marks a citation influential when the citing paper builds on the cited one",
    );
    input.addEventListener("change", () => store.dispatch(setInfluentialOnly(input.checked)));
    influential = input;
    items.push(el("li", { className: "kind-sub" }, [label]));
  }

  const key = el("p", { className: "legend-key-line" }, [
    el("span", { className: "edge-key lineage", attrs: { "aria-hidden": "true" } }),
    " builds on (points at the earlier paper)",
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
