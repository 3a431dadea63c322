import { describe, expect, it } from "vitest";

import { escapeText } from "../../../scripts/pipeline/report";

describe("escapeText", () => {
  it("keeps list text from becoming markup or breaking a table", () => {
    expect(escapeText('<img src=x onerror="alert(1)"> a | b')).toBe('&lt;img src=x onerror="alert(1)"&gt; a \\| b');
  });

  it("cuts long text", () => {
    expect(escapeText("abcdefghij", 5)).toBe("abcd…");
  });
});
