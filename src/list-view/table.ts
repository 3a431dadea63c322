// The list view's table (loaded on first opening, see ./index.ts): the papers the filters show, as
// an accessible table (title, year, section) sortable by each column, beside the map. Only the rows in view are in the DOM (fixed row
// height), so it stays fast at 100k papers. One row at a time is in the Tab order; ↑/↓, Page
// Up/Down, Home and End move between rows; Enter or a click selects the paper on the map and opens
// the panel while focus stays in the list; Escape closes the list. On a narrow screen the list
// covers the map, so choosing a paper closes it.
import { paperFiltersChanged } from "../filters/visibility";
import { type AppState, type ListSortKey, selectNode, setListOpen, setListSort } from "../state";
import { el } from "../ui/dom";
import type { ListViewContext } from "./index";
import "./list-view.css";
import { type ListRow, buildListRows, nextSort, sortRows, visibleWindow } from "./utils";

export const ROW_HEIGHT = 52;
export const OVERSCAN = 8;
/** The list covers the whole map on screens this narrow. */
export const LIST_COVERS_MAP_QUERY = "(max-width: 700px)";

const COLUMNS: { key: ListSortKey; label: string }[] = [
  { key: "title", label: "Title" },
  { key: "year", label: "Year" },
  { key: "section", label: "Section" },
];

export function mountListTable(root: HTMLElement, ctx: ListViewContext): () => void {
  const { store, toggle } = ctx;
  const title = el("h2", { attrs: { id: "list-title" } }, ["Papers shown"]);
  const count = el("p", { className: "list-count" });
  const close = el("button", {
    className: "icon-button",
    text: "×",
    attrs: { type: "button", "aria-label": "Close the list", title: "Close the list (Esc)" },
  });
  const headers = COLUMNS.map(({ key, label }) => {
    const button = el("button", { className: "sort-button", text: label, attrs: { type: "button", "data-sort": key } });
    return {
      key,
      button,
      cell: el("div", { className: `list-th col-${key}`, attrs: { role: "columnheader", "aria-sort": "none" } }, [
        button,
      ]),
    };
  });
  const sizer = el("div", { className: "list-sizer", attrs: { role: "presentation" } });
  const body = el("div", { className: "list-body", attrs: { role: "rowgroup" } }, [sizer]);
  const table = el("div", { className: "list-table", attrs: { role: "table", "aria-labelledby": "list-title" } }, [
    el("div", { className: "list-header", attrs: { role: "rowgroup" } }, [
      el(
        "div",
        { className: "list-row list-header-row", attrs: { role: "row", "aria-rowindex": "1" } },
        headers.map((h) => h.cell),
      ),
    ]),
    body,
  ]);
  root.append(el("div", { className: "list-head" }, [el("div", {}, [title, count]), close]), table);

  let allRows: ListRow[] | null = null;
  let rows: ListRow[] = [];
  let focusIndex = 0;
  let frame: number | null = null;

  const rowOf = (key: string) => rows.findIndex((r) => r.key === key);

  // Rows in the page, by index. A row that stays in view keeps its element, so the focused row is
  // never re-created (which would drop focus); the focused row stays even when scrolled away.
  const rendered = new Map<number, HTMLElement>();

  const makeRow = (i: number): HTMLElement => {
    const row = rows[i]!;
    const button = el("button", {
      className: "row-button",
      text: row.title,
      attrs: { type: "button", "data-node": row.key, "data-row": `${i}` },
    });
    const element = el(
      "div",
      { className: "list-row", attrs: { role: "row", "aria-rowindex": `${i + 2}`, "data-node": row.key } },
      [
        el("div", { className: "list-td col-title", attrs: { role: "cell" } }, [button]),
        el("div", { className: "list-td col-year", attrs: { role: "cell" } }, [
          row.year === undefined ? el("span", { text: "—", attrs: { title: "Undated" } }) : `${row.year}`,
        ]),
        el("div", { className: "list-td col-section", attrs: { role: "cell" } }, [row.section]),
      ],
    );
    element.style.transform = `translateY(${i * ROW_HEIGHT}px)`;
    return element;
  };

  const renderWindow = (reset = false) => {
    frame = null;
    if (reset) {
      sizer.replaceChildren();
      rendered.clear();
    }
    const { start, end } = visibleWindow(body.scrollTop, body.clientHeight, ROW_HEIGHT, rows.length, OVERSCAN);
    const wanted = new Set<number>();
    for (let i = start; i < end; i++) wanted.add(i);
    if (focusIndex < rows.length && root.contains(document.activeElement)) wanted.add(focusIndex);
    for (const [i, element] of rendered)
      if (!wanted.has(i)) {
        element.remove();
        rendered.delete(i);
      }
    const selected = store.get().selected;
    for (const i of [...wanted].sort((a, b) => a - b)) {
      let element = rendered.get(i);
      if (!element) {
        element = makeRow(i);
        // Keep the rows in reading order without moving any row already there.
        let next: HTMLElement | undefined;
        for (const [j, other] of rendered)
          if (j > i && (next === undefined || j < Number(next.dataset.index))) next = other;
        element.dataset.index = `${i}`;
        sizer.insertBefore(element, next ?? null);
        rendered.set(i, element);
      }
      element.querySelector(".row-button")?.setAttribute("tabindex", i === focusIndex ? "0" : "-1");
      if (rows[i]?.key === selected) element.setAttribute("aria-current", "true");
      else element.removeAttribute("aria-current");
    }
  };
  const scheduleWindow = () => {
    frame ??= requestAnimationFrame(() => renderWindow());
  };

  const refreshRows = (state: AppState) => {
    allRows ??= buildListRows(ctx.graph, ctx.index, ctx.tree);
    const hidden = ctx.selectVisibility(state).hidden;
    const focusedKey = rows[focusIndex]?.key;
    rows = sortRows(
      allRows.filter((r) => !hidden.has(r.key)),
      state.listSort,
    );
    table.setAttribute("aria-rowcount", `${rows.length + 1}`);
    sizer.style.height = `${rows.length * ROW_HEIGHT}px`;
    const keep = focusedKey !== undefined ? rowOf(focusedKey) : -1;
    const current = state.selected !== null ? rowOf(state.selected) : -1;
    focusIndex = Math.max(0, keep >= 0 ? keep : current >= 0 ? current : 0);
    const total = ctx.index.papers.length;
    count.textContent =
      rows.length === total ? `All ${total} papers` : `${rows.length} of ${total} papers (the filters hide the rest)`;
    for (const h of headers) {
      const sorted = state.listSort.key === h.key;
      h.cell.setAttribute("aria-sort", sorted ? (state.listSort.descending ? "descending" : "ascending") : "none");
      h.button.classList.toggle("sorted", sorted);
      h.button.classList.toggle("descending", sorted && state.listSort.descending);
    }
    // Re-rendering from scratch drops the focused row's element; put focus back on its row.
    const hadFocus = sizer.contains(document.activeElement);
    renderWindow(true);
    if (hadFocus) sizer.querySelector<HTMLButtonElement>(`[data-row="${focusIndex}"]`)?.focus();
  };

  /** Scrolls so row i is in view (as little as possible) and renders the rows there. */
  const reveal = (i: number) => {
    const top = i * ROW_HEIGHT;
    if (top < body.scrollTop) body.scrollTop = top;
    else if (top + ROW_HEIGHT > body.scrollTop + body.clientHeight)
      body.scrollTop = top + ROW_HEIGHT - body.clientHeight;
    renderWindow();
  };

  const focusRow = (i: number) => {
    if (!rows.length) return;
    focusIndex = Math.min(rows.length - 1, Math.max(0, i));
    reveal(focusIndex);
    sizer.querySelector<HTMLButtonElement>(`[data-row="${focusIndex}"]`)?.focus();
  };

  const choose = (key: string) => {
    const i = rowOf(key);
    if (i >= 0) focusIndex = i;
    store.dispatch(selectNode(key));
    const row = rows[i];
    if (matchMedia(LIST_COVERS_MAP_QUERY).matches) {
      store.dispatch(setListOpen(false), { history: "none" });
      return;
    }
    // The panel takes focus when it opens; in a master–detail list it belongs to the list.
    focusRow(focusIndex);
    if (row) ctx.announce(`${row.title}: opened in the panel.`);
  };

  const onKey = (event: KeyboardEvent) => {
    if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      store.dispatch(setListOpen(false));
      toggle.focus();
      return;
    }
    const target = event.target as HTMLElement;
    if (!target.classList?.contains("row-button")) return;
    const page = Math.max(1, Math.floor(body.clientHeight / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: focusIndex + 1,
      ArrowUp: focusIndex - 1,
      PageDown: focusIndex + page,
      PageUp: focusIndex - page,
      Home: 0,
      End: rows.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    focusRow(next);
  };
  const onClick = (event: MouseEvent) => {
    const target = event.target as Element;
    const sort = target.closest?.("[data-sort]")?.getAttribute("data-sort") as ListSortKey | null | undefined;
    if (sort) {
      store.dispatch(setListSort(nextSort(store.get().listSort, sort)), { history: "none" });
      return;
    }
    const key = target.closest?.(".list-row[data-node]")?.getAttribute("data-node");
    if (key) choose(key);
  };
  const onClose = () => {
    store.dispatch(setListOpen(false), { history: "none" });
    toggle.focus();
  };

  const setOpen = (open: boolean) => {
    root.hidden = !open;
    document.body.classList.toggle("list-open", open);
    if (!open) return;
    refreshRows(store.get());
    const current = store.get().selected;
    const i = current !== null ? rowOf(current) : -1;
    // Opening on the selected paper puts its row in the middle, with its neighbours around it.
    if (i >= 0) body.scrollTop = Math.max(0, i * ROW_HEIGHT - (body.clientHeight - ROW_HEIGHT) / 2);
    focusRow(i >= 0 ? i : focusIndex);
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.listOpen !== previous.listOpen) return setOpen(state.listOpen);
    if (!state.listOpen) return;
    if (state.listSort !== previous.listSort || paperFiltersChanged(state, previous)) refreshRows(state);
    else if (state.selected !== previous.selected) {
      const i = state.selected !== null ? rowOf(state.selected) : -1;
      if (i >= 0) {
        focusIndex = i;
        reveal(i);
      } else renderWindow();
    }
  });

  body.addEventListener("scroll", scheduleWindow, { passive: true });
  root.addEventListener("keydown", onKey);
  root.addEventListener("click", onClick);
  close.addEventListener("click", onClose);
  setOpen(store.get().listOpen);
  return () => {
    unsubscribe();
    if (frame !== null) cancelAnimationFrame(frame);
    document.body.classList.remove("list-open");
    root.replaceChildren();
  };
}
