// A minimal typed store: one state value, pure actions, subscribers told of every change with the
// previous state (so each can react only to the slices it reads) and how history should record it.
import type { Action } from "./actions";
import type { AppState, ChangeMeta } from "./types";

export type Listener = (state: AppState, previous: AppState, meta: ChangeMeta) => void;

export interface Store {
  get(): AppState;
  dispatch(action: Action, meta?: Partial<ChangeMeta>): void;
  subscribe(listener: Listener): () => void;
}

const DEFAULT_META: ChangeMeta = { history: "push" };

export function createStore(initial: AppState): Store {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    dispatch(action, meta) {
      const previous = state;
      const next = action(previous);
      if (next === previous) return;
      state = next;
      const full = { ...DEFAULT_META, ...meta };
      // Copy so a listener that unsubscribes during notification does not skip another.
      for (const listener of [...listeners]) listener(state, previous, full);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
