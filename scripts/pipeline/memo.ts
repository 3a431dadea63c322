// A bounded cache for pure string functions the stages call over and over on the same few
// values (a section heading is slugged once per entry under it, a title normalised in
// several stages). Bounded so a long-running process (tests, a watch) never grows it forever.

/** Past this many distinct inputs the cache starts over. */
export const MEMO_LIMIT = 200_000;

/** `fn` with its answers remembered; `fn` must be pure (same input, same output). */
export function memoized(fn: (input: string) => string, limit = MEMO_LIMIT): (input: string) => string {
  const cache = new Map<string, string>();
  return (input) => {
    const known = cache.get(input);
    if (known !== undefined) return known;
    const value = fn(input);
    if (cache.size >= limit) cache.clear();
    cache.set(input, value);
    return value;
  };
}
