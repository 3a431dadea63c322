// Loads the citation chunk (./lazy.ts: citation-js and its plugins) on first use. A failed load
// (offline, a deploy replaced the chunk) is not cached, so the next click tries again.
import type * as Lazy from "./lazy";

type Citations = typeof Lazy;

let loading: Promise<Citations> | null = null;

export function loadCitations(): Promise<Citations> {
  loading ??= import("./lazy").catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
