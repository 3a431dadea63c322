// The online run's progress line on the terminal: the step, papers done of total, requests sent,
// cache hits and failures, rewritten in place. Silent when stderr is not a terminal (CI, a
// pipe, a log file), where a line per update would only be noise; the counts stay available.

export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

export interface ProgressCounts {
  step: string;
  done: number;
  total: number;
  requests: number;
  cacheHits: number;
  failures: number;
}

export class Progress {
  readonly counts: ProgressCounts = { step: "", done: 0, total: 0, requests: 0, cacheHits: 0, failures: 0 };
  private shown = false;

  constructor(
    private readonly stream: ProgressStream | null,
    private readonly enabled = stream?.isTTY === true,
  ) {}

  step(name: string, total: number): void {
    Object.assign(this.counts, { step: name, done: 0, total });
    this.render();
  }

  advance(): void {
    this.counts.done += 1;
    this.render();
  }

  request(): void {
    this.counts.requests += 1;
    this.render();
  }

  hit(count = 1): void {
    this.counts.cacheHits += count;
    this.render();
  }

  fail(): void {
    this.counts.failures += 1;
    this.render();
  }

  /** The line as shown: `online: arXiv metadata 100/223 papers · 3 requests · 120 cache hits · 0 failures`. */
  line(): string {
    const c = this.counts;
    return `online: ${c.step} ${c.done}/${c.total} · ${c.requests} requests · ${c.cacheHits} cache hits · ${c.failures} failures`;
  }

  private render(): void {
    if (!this.enabled || !this.stream) return;
    this.stream.write(`\r\x1b[2K${this.line()}`);
    this.shown = true;
  }

  /** Ends the line so the next output starts on its own. */
  finish(): void {
    if (this.shown && this.stream) this.stream.write("\r\x1b[2K");
    this.shown = false;
  }
}
