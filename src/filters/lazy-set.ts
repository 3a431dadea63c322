// A read-only set answered by a predicate: `has` and `size` cost nothing up front, and the members
// are listed (once, then kept) only if something iterates. The visibility answer (./visibility.ts)
// is one of these, so a filter change never walks every node to build a Set nobody lists.
export class LazyKeySet implements ReadonlySet<string> {
  private members: Set<string> | null = null;

  constructor(
    private readonly test: (key: string) => boolean,
    readonly size: number,
    private readonly candidates: () => Iterable<string>,
  ) {}

  has(key: string): boolean {
    return this.test(key);
  }

  private list(): Set<string> {
    if (!this.members) {
      this.members = new Set();
      for (const key of this.candidates()) if (this.test(key)) this.members.add(key);
    }
    return this.members;
  }

  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    for (const key of this.list()) callback.call(thisArg, key, key, this);
  }

  entries(): SetIterator<[string, string]> {
    return this.list().entries();
  }

  keys(): SetIterator<string> {
    return this.list().keys();
  }

  values(): SetIterator<string> {
    return this.list().values();
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.list()[Symbol.iterator]();
  }
}
