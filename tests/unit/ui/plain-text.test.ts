import { describe, expect, it } from "vitest";

import { plainText } from "../../../src/ui/dom";

describe("plainText", () => {
  it("drops the bidirectional controls that can make a title read backwards", () => {
    expect(plainText("GPT-4\u202e tropeR\u2066x\u2069")).toBe("GPT-4 tropeRx");
  });

  it("keeps right-to-left text and its direction marks", () => {
    expect(plainText("שלום\u200f עולם")).toBe("שלום\u200f עולם");
  });
});
