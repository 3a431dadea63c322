// The list view's toggle. The table itself (./table.ts) is its own chunk, loaded the first time the
// list opens: most visits never open it. See ./table.ts for what the list does.
import type { Visibility } from "../filters";
import type { GraphIndex, PaperGraph } from "../load";
import type { SectionTree } from "../sections";
import { type AppState, type Store, setListOpen } from "../state";

export interface ListViewContext {
  graph: PaperGraph;
  index: GraphIndex;
  tree: SectionTree;
  store: Store;
  selectVisibility: (state: AppState) => Visibility;
  toggle: HTMLButtonElement;
  /** Says something to screen readers (a polite live region). */
  announce(message: string): void;
}

export function mountListView(root: HTMLElement, ctx: ListViewContext): () => void {
  const { store, toggle } = ctx;
  let table: Promise<() => void> | null = null;
  let destroyed = false;
  const load = () => {
    table ??= import("./table").then(({ mountListTable }) => (destroyed ? () => {} : mountListTable(root, ctx)));
  };
  const sync = (open: boolean) => {
    toggle.setAttribute("aria-expanded", String(open));
    if (open) load();
  };
  const onToggle = () => store.dispatch(setListOpen(!store.get().listOpen), { history: "none" });
  toggle.addEventListener("click", onToggle);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.listOpen !== previous.listOpen) sync(state.listOpen);
  });
  sync(store.get().listOpen);
  return () => {
    destroyed = true;
    unsubscribe();
    toggle.removeEventListener("click", onToggle);
    void table?.then((destroy) => destroy());
  };
}
