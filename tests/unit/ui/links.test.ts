import { describe, expect, it } from "vitest";

import { safeHttpUrl } from "../../../src/ui/links";

describe("safeHttpUrl", () => {
  it.each([
    ["https://arxiv.org/abs/1706.03762", "https://arxiv.org/abs/1706.03762"],
    ["  http://example.org/a b ", "http://example.org/a%20b"],
    ["HTTPS://EXAMPLE.ORG", "https://example.org/"],
  ])("keeps %s", (raw, url) => {
    expect(safeHttpUrl(raw)).toBe(url);
  });

  it.each([
    ["javascript:alert(1)"],
    [" JaVaScRiPt:alert(1)"],
    ["java\tscript:alert(1)"],
    ["data:text/html,<script>alert(1)</script>"],
    ["vbscript:msgbox(1)"],
    ["/relative/path"],
    ["//example.org/protocol-relative"],
    ["mailto:someone@example.org"],
    [""],
  ])("refuses %j", (raw) => {
    expect(safeHttpUrl(raw)).toBeNull();
  });
});
