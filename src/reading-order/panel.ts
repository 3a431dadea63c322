// "What to read first" in a paper's panel: its ancestors in reading order (./order.ts), the paper
// last, each with the earlier items it builds on; papers the filters hide stay listed and say so
// (the order is about what the lists know, not what is on screen). Any link ignored to break a
// cycle is named. "Copy as markdown" copies the list as numbered links.
import type { Visibility } from "../filters/types";
import { READING_ORDER_SECTION_ID, filteredTag, outsideTag, throughSuggestionsSwitch } from "../lineage/panel";
import type { LineageSelectors } from "../lineage/selectors";
import { nameOf } from "../lineage/utils";
import type { PaperGraph } from "../load";
import type { PanelExtension } from "../panel";
import { nodeButton } from "../panel/render";
import { nodeRef } from "../panel/utils";
import type { AppState, Store } from "../state";
import { copyButton } from "../ui/clipboard";
import { el } from "../ui/dom";
import { toMarkdownList } from "./markdown";
import type { IgnoredLink, ReadingOrder } from "./order";

export interface ReadingOrderContext {
  store: Store;
  selectors: LineageSelectors;
  selectVisibility: (state: AppState) => Visibility;
}

/** Why a link was left out, in words. */
export function describeIgnored(graph: PaperGraph, link: IgnoredLink, target: string): string {
  const a = nameOf(graph, link.source);
  const b = nameOf(graph, link.target);
  switch (link.reason) {
    case "target-last":
      return `${a} is said to build on ${b}, but ${nameOf(graph, target)} builds on ${a}: ignored so it comes last.`;
    case "older-builds-on-newer":
      return `${a} is said to build on ${b}, a later paper, closing a cycle: ignored.`;
    case "weakest-evidence":
      return `${a} is said to build on ${b}, closing a cycle; of the links in it, this one has the least evidence: ignored.`;
  }
}

function afterText(order: ReadingOrder, index: number): string {
  const after = order.items[index]!.after.map((i) => i + 1);
  return after.length ? ` after ${after.join(", ")}` : "";
}

function renderSection(ctx: ReadingOrderContext, paper: string, state: AppState): HTMLElement {
  const { graph } = ctx.selectors;
  const order = ctx.selectors.readingOrder(paper);
  const hidden = ctx.selectVisibility(state).hidden;
  const name = nameOf(graph, paper);
  const heading = el("h3", { text: "What to read first", attrs: { tabindex: "-1" } });
  const section = el(
    "section",
    {
      className: "panel-section reading-order",
      attrs: { id: READING_ORDER_SECTION_ID, "aria-label": "What to read first" },
    },
    [heading],
  );
  const ancestors = order.items.length - 1;
  const through = state.throughSuggestions;
  const toggle = throughSuggestionsSwitch(ctx);
  if (ancestors === 0) {
    section.append(
      el("p", {
        className: "muted",
        text: `${name} builds on no other paper in the lists${through ? " and cites no suggestion" : ""}: start here.`,
      }),
    );
    if (toggle) section.append(toggle);
    return section;
  }
  section.append(
    el("p", {
      className: "muted",
      text: `The ${ancestors} paper${ancestors === 1 ? "" : "s"} ${name} builds on, directly or through others, each after the papers it builds on; oldest first where the order is free.${through ? " Papers outside the lists that these cite are included (marked)." : ""}`,
    }),
    ...(toggle ? [toggle] : []),
    el(
      "ol",
      { className: "reading-list" },
      order.items.map((item, i) =>
        el("li", { className: item.key === paper ? "reading-target" : "" }, [
          nodeButton(nodeRef(graph, item.key)),
          outsideTag(graph, item.key),
          item.key === paper ? el("span", { className: "reading-after", text: " this paper" }) : null,
          item.key !== paper && afterText(order, i)
            ? el("span", { className: "reading-after", text: afterText(order, i) })
            : null,
          hidden.has(item.key) ? filteredTag() : null,
        ]),
      ),
    ),
  );
  if (order.ignored.length)
    section.append(
      el("div", { className: "cycle-note", attrs: { role: "note" } }, [
        el("p", {
          text: `The lineage here has a cycle, so ${order.ignored.length === 1 ? "one link was" : `${order.ignored.length} links were`} left out of the order:`,
        }),
        el(
          "ul",
          {},
          order.ignored.map((link) => el("li", { text: describeIgnored(graph, link, paper) })),
        ),
      ]),
    );
  const status = el("span", { className: "copy-status", attrs: { role: "status" } });
  const markdown = () =>
    toMarkdownList(
      graph,
      order.items.map((i) => i.key),
    );
  section.append(
    el("div", { className: "copy-row" }, [
      copyButton("Copy as markdown", markdown, status, "The reading list"),
      status,
    ]),
  );
  return section;
}

export function readingOrderExtension(ctx: ReadingOrderContext): PanelExtension {
  return {
    paper(key) {
      const holder = el("div", { className: "reading-order-holder" });
      // Re-rendered when any filter changes what is shown (the "hidden by the filter" tags).
      let shownWith: Visibility | null = null;
      const render = (state: AppState) => {
        shownWith = ctx.selectVisibility(state);
        holder.replaceChildren(renderSection(ctx, key, state));
      };
      render(ctx.store.get());
      const unsubscribe = ctx.store.subscribe((state, previous) => {
        if (ctx.selectVisibility(state) !== shownWith || state.throughSuggestions !== previous.throughSuggestions)
          render(state);
      });
      return { top: [], bottom: [holder], dispose: unsubscribe };
    },
  };
}
