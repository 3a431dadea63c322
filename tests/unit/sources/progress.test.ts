import { describe, expect, it } from "vitest";

import { Progress } from "../../../scripts/sources/progress";

function stream(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => written.push(text) };
}

describe("Progress", () => {
  it("rewrites one line on a terminal with papers done, requests, cache hits and failures", () => {
    const tty = stream(true);
    const progress = new Progress(tty);
    progress.step("records", 3);
    progress.hit(2);
    progress.advance();
    progress.request();
    progress.fail();
    expect(tty.written.at(-1)).toBe("\r\x1b[2Konline: records 1/3 · 1 requests · 2 cache hits · 1 failures");
    progress.finish();
    expect(tty.written.at(-1)).toBe("\r\x1b[2K");
  });

  it("writes nothing when the stream is not a terminal, but still counts", () => {
    const pipe = stream(false);
    const progress = new Progress(pipe);
    progress.step("records", 1);
    progress.request();
    progress.finish();
    expect(pipe.written).toEqual([]);
    expect(progress.counts.requests).toBe(1);
  });
});
