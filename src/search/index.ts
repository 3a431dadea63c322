// The search box: an ARIA combobox (list autocomplete) over titles, short names, authors, arXiv
// IDs and section names. The engine (MiniSearch, ./engine.ts) is loaded and the index built on
// first focus or keystroke, never at start-up. ↑/↓ move through the suggestions, Enter chooses
// (the first one when none is active), Escape closes the list, then clears the box; `/` anywhere
// focuses the box. Choosing selects the node, which opens the panel and flies the camera to it; a
// result the filters hide is shown by widening them just enough (Back undoes both at once).
import type { Visibility } from "../filters";
import { revealAction } from "../filters/hidden";
import { hiddenByLayout, paperFiltersChanged } from "../filters/visibility";
import type { GraphIndex, PaperGraph } from "../load";
import { isPaper } from "../model";
import type { SectionTree } from "../sections";
import { type AppState, type Store, selectNode } from "../state";
import { el } from "../ui/dom";
import { type SearchDocument, buildSearchDocuments } from "./documents";
import type { SearchEngine, SearchHit } from "./engine";
import { renderOption } from "./results";
import "./search.css";

export const RESULT_LIMIT = 8;
/** Above this many documents, searching waits for a pause in typing of TYPING_PAUSE_MS. */
export const LARGE_INDEX = 20_000;
export const TYPING_PAUSE_MS = 150;
const LISTBOX_ID = "search-results";

export interface SearchContext {
  graph: PaperGraph;
  index: GraphIndex;
  tree: SectionTree;
  store: Store;
  selectVisibility: (state: AppState) => Visibility;
  /** Flies the camera to a node (for choosing the node that is already selected). */
  centre(node: string): void;
  /** Where focus goes when Escape is pressed in an empty box (the map). */
  leaveTo(): HTMLElement | null;
  /**
   * Resolves once the graph's titles, names and authors are in (src/load/details.ts): a search
   * typed before then says it is being prepared and runs when they arrive; rejected, they never
   * will (the shell has said why). Absent: they are in.
   */
  detailsReady?: Promise<unknown>;
}

const TEXT_INPUT_TYPES = new Set(["text", "search", "number", "email", "url", "tel", "password"]);

/**
 * What the box promises to find: authors only when the map has some (an offline build of lists
 * that name none has no authors to search).
 */
export function searchPlaceholder(hasAuthors: boolean): string {
  return hasAuthors ? "Search titles, names, authors, arXiv IDs" : "Search titles, names, arXiv IDs";
}

/** "Nothing matches …", and when the map has no authors, why a name finds nothing. */
export function noMatchText(query: string, hasAuthors: boolean): string {
  const shown = query.length > 40 ? `${query.slice(0, 40)}…` : query;
  const why = hasAuthors ? "" : " (this map has no authors: the lists name none; an online build adds them)";
  return `Nothing matches “${shown}”${why}`;
}

/** Whether a key press belongs to a text field (so `/` there is typing, not a shortcut). */
function isTyping(target: EventTarget | null): boolean {
  const node = target as HTMLElement | null;
  if (!node || !node.tagName) return false;
  if (node.tagName === "INPUT") return TEXT_INPUT_TYPES.has((node as HTMLInputElement).type);
  return node.isContentEditable || node.tagName === "TEXTAREA";
}

export function mountSearch(root: HTMLElement, ctx: SearchContext): () => void {
  const { store } = ctx;
  const authorsIn = () => ctx.graph.someNode((_key, attrs) => isPaper(attrs) && (attrs.authors?.length ?? 0) > 0);
  let hasAuthors = authorsIn();
  const input = el("input", {
    className: "search-input",
    attrs: {
      id: "search-input",
      type: "search",
      role: "combobox",
      "aria-autocomplete": "list",
      "aria-expanded": "false",
      "aria-controls": LISTBOX_ID,
      "aria-label": "Search papers and sections",
      autocomplete: "off",
      autocapitalize: "off",
      spellcheck: "false",
      enterkeyhint: "search",
      placeholder: searchPlaceholder(hasAuthors),
    },
  });
  const hint = el("kbd", {
    className: "search-key",
    text: "/",
    attrs: { "aria-hidden": "true", title: "Press / to search" },
  });
  const listbox = el("ul", {
    className: "search-results",
    attrs: { id: LISTBOX_ID, role: "listbox", "aria-label": "Search results" },
  });
  const status = el("p", { className: "search-status", attrs: { role: "status", "aria-live": "polite" } });
  const popup = el("div", { className: "search-popup" }, [listbox, status]);
  popup.hidden = true;
  root.append(el("div", { className: "search-field" }, [input, hint]), popup);

  let engine: SearchEngine | null = null;
  let loading: Promise<SearchEngine> | null = null;
  let docs = new Map<string, SearchDocument>();
  let hits: SearchHit[] = [];
  let active = -1;

  const ensureEngine = (): Promise<SearchEngine> => {
    loading ??= (async () => {
      await ctx.detailsReady;
      const documents = buildSearchDocuments(ctx.graph);
      docs = new Map(documents.map((d) => [d.id, d]));
      const { createSearchEngineAsync } = await import("./engine");
      engine = await createSearchEngineAsync(documents);
      return engine;
    })();
    return loading;
  };

  const setActive = (i: number) => {
    const options = listbox.children;
    if (active >= 0) options[active]?.setAttribute("aria-selected", "false");
    active = i;
    const option = active >= 0 ? (options[active] as HTMLElement | undefined) : undefined;
    if (option) {
      option.setAttribute("aria-selected", "true");
      input.setAttribute("aria-activedescendant", option.id);
      option.scrollIntoView({ block: "nearest" });
    } else input.removeAttribute("aria-activedescendant");
  };

  const open = (show: boolean) => {
    popup.hidden = !show;
    input.setAttribute("aria-expanded", String(show && hits.length > 0));
    if (!show) setActive(-1);
  };

  const render = () => {
    const state = store.get();
    const hidden = ctx.selectVisibility(state).hidden;
    listbox.replaceChildren(
      ...hits.flatMap((hit, i) => {
        const doc = docs.get(hit.id);
        const filtered = hidden.has(hit.id) && !hiddenByLayout(ctx.graph, hit.id, state);
        return doc ? [renderOption(doc, hit.terms, i, filtered)] : [];
      }),
    );
    active = -1;
    input.removeAttribute("aria-activedescendant");
    const query = input.value.trim();
    status.textContent = !query
      ? ""
      : hits.length
        ? `${hits.length}${hits.length === RESULT_LIMIT ? "+" : ""} result${hits.length === 1 ? "" : "s"}`
        : noMatchText(query, hasAuthors);
    open(query.length > 0 && document.activeElement === input);
  };

  // On a large index a search takes long enough to fall behind typing: wait for a pause, then
  // search only for what is in the box by then.
  let pending: ReturnType<typeof setTimeout> | undefined;
  const update = () => {
    clearTimeout(pending);
    pending = undefined;
    if (engine && engine.size > LARGE_INDEX) pending = setTimeout(run, TYPING_PAUSE_MS);
    else run();
  };
  const run = () => {
    if (!input.value.trim()) {
      hits = [];
      render();
      return;
    }
    if (!engine) {
      status.textContent = "Preparing the search…";
      popup.hidden = false;
      void ensureEngine().then(run, () => {
        status.textContent = "Search is unavailable: the details of the papers could not be loaded.";
      });
      return;
    }
    hits = engine.search(input.value, RESULT_LIMIT);
    render();
  };

  const choose = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    const state = store.get();
    const reveal = revealAction(ctx.graph, ctx.index, ctx.tree, hit.id, state);
    store.dispatch((s) => selectNode(hit.id)(reveal ? reveal(s) : s));
    if (state.selected === hit.id) ctx.centre(hit.id);
    open(false);
    const title = docs.get(hit.id)?.title ?? hit.id;
    status.textContent = reveal ? `The filters were widened to show “${title}”.` : "";
  };

  const onKey = (event: KeyboardEvent) => {
    const count = listbox.children.length;
    switch (event.key) {
      case "ArrowDown":
      case "ArrowUp": {
        if (!count) return;
        event.preventDefault();
        if (popup.hidden) open(true);
        const step = event.key === "ArrowDown" ? 1 : -1;
        setActive(active < 0 ? (step > 0 ? 0 : count - 1) : (active + step + count) % count);
        return;
      }
      case "Enter":
        if (pending !== undefined && engine) {
          // Typed faster than the search ran: search for what is in the box before choosing.
          clearTimeout(pending);
          pending = undefined;
          run();
        }
        if (!listbox.children.length || popup.hidden) return;
        event.preventDefault();
        choose(active >= 0 ? active : 0);
        return;
      case "Escape":
        // Handled here, so the panel (which closes on Escape anywhere) keeps its paper.
        event.preventDefault();
        event.stopPropagation();
        if (!popup.hidden && input.value) open(false);
        else if (input.value) {
          input.value = "";
          update();
        } else ctx.leaveTo()?.focus();
        return;
      case "Tab":
        open(false);
    }
  };

  const onListMouseDown = (event: MouseEvent) => event.preventDefault(); // keep focus in the box
  const onListClick = (event: MouseEvent) => {
    const option = (event.target as Element).closest?.("[role=option]");
    if (option) choose([...listbox.children].indexOf(option));
  };
  const onFocus = () => {
    ensureEngine().catch(() => {});
    if (input.value.trim()) update();
  };
  const onBlur = () => open(false);
  const onGlobalKey = (event: KeyboardEvent) => {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    event.preventDefault();
    input.focus();
    input.select();
  };
  const unsubscribe = store.subscribe((state, previous) => {
    // A filter change while suggestions are open updates their "hidden by the filters" notes.
    if (!popup.hidden && paperFiltersChanged(state, previous)) render();
  });

  ctx.detailsReady?.then(
    () => {
      hasAuthors = authorsIn();
      input.placeholder = searchPlaceholder(hasAuthors);
    },
    () => {},
  );
  input.addEventListener("input", update);
  input.addEventListener("keydown", onKey);
  input.addEventListener("focus", onFocus);
  input.addEventListener("blur", onBlur);
  listbox.addEventListener("mousedown", onListMouseDown);
  listbox.addEventListener("click", onListClick);
  document.addEventListener("keydown", onGlobalKey);
  return () => {
    clearTimeout(pending);
    unsubscribe();
    document.removeEventListener("keydown", onGlobalKey);
    root.replaceChildren();
  };
}
