import seedrandom from "seedrandom";
import { describe, expect, it } from "vitest";

import { TitleIndex, TitlePhraseIndex, cleanTitle, titleKey, titleVariants } from "../../../scripts/pipeline/titles";

describe("titleKey", () => {
  it("ignores case, punctuation and accents", () => {
    expect(titleKey("LLaMA: Open and Efficient Foundation Language Models")).toBe(
      titleKey("LLaMA — open and efficient foundation language models."),
    );
    expect(titleKey("Chimane-Mosetén")).toBe("chimane moseten");
  });

  it("keys plain ASCII titles by the same rules as any other: words of letters and digits, & read as and", () => {
    expect(titleKey("  $ Scaling   ~laws~ & more: GPT-3 (v2) ")).toBe("scaling laws and more gpt 3 v2");
    expect(titleKey("  $ Scaling   ~laws~ & more: GPT-3 (v2) \u00e9")).toBe("scaling laws and more gpt 3 v2 e");
    expect(titleKey("Pass@k — 🦎 & you")).toBe("pass k and you");
  });

  it("drops emoji", () => {
    expect(cleanTitle("🦍 Gorilla: Large Language Model Connected with Massive APIs")).toBe(
      "Gorilla: Large Language Model Connected with Massive APIs",
    );
    expect(cleanTitle("÷🦎 Chameleon: Plug-and-Play")).toBe("Chameleon: Plug-and-Play");
    expect(cleanTitle("∞-former: Infinite Memory Transformer")).toBe("∞-former: Infinite Memory Transformer");
  });
});

describe("titleVariants", () => {
  it("also looks a title up without a publisher prefix", () => {
    expect(titleVariants("Deepmind: Improving language models by retrieving from trillions of tokens")).toContain(
      "improving language models by retrieving from trillions of tokens",
    );
  });

  it("also looks a title up without a short name prefix when the rest is distinctive", () => {
    expect(
      titleVariants("InstructGPT : Training language models to follow instructions with human feedback"),
    ).toContain("training language models to follow instructions with human feedback");
  });

  it("does not reduce a title to a one-word remainder", () => {
    expect(titleVariants("OpenAI: Jukebox")).toEqual(["openai jukebox", "jukebox"]);
    expect(titleVariants("Muse: Text-To-Image")).toEqual(["muse text to image"]);
  });
});

describe("TitleIndex", () => {
  const index = new TitleIndex<string>();
  for (const [title, id] of [
    ["Sequence to Sequence Learning with Neural Networks", "1409.3215"],
    ["ERNIE: Enhanced Representation through Knowledge Integration", "1904.09223"],
    ["ERNIE 2.0: A Continual Pre-training Framework for Language Understanding", "1907.12412"],
    ["ERNIE 3.0: Large-scale Knowledge Enhanced Pre-training for Language Understanding and Generation", "2107.02137"],
    ["MusicLM: Generating Music From Text", "2301.11325"],
  ])
    index.add(titleKey(title!), id!);

  it("finds a title with a missing space", () => {
    expect(index.find(titleKey("Sequence to Sequence Learningwith Neural Networks")).map((m) => m.value)).toEqual([
      "1409.3215",
    ]);
  });

  it("finds a title with a one-letter typo", () => {
    expect(index.find(titleKey("MusicLM: Generating nusic from text")).map((m) => m.value)).toEqual(["2301.11325"]);
  });

  it("never confuses titles whose numbers differ", () => {
    expect(index.find(titleKey("ERNIE 4.0: A Continual Pre-training Framework for Language Understanding"))).toEqual(
      [],
    );
  });

  it("returns every title at the fewest edits, each once, however many words it shares with the query", () => {
    const ties = new TitleIndex<string>();
    ties.add(titleKey("Scaling laws for neural language models"), "a");
    ties.add(titleKey("Scaling laws for neural language modems"), "b");
    ties.add(titleKey("Scaling laws for neural language"), "c");
    const found = ties.find(titleKey("Scaling laws for neural language modeis"));
    expect(found.map((m) => [m.value, m.edits])).toEqual([
      ["a", 1],
      ["b", 1],
    ]);
  });

  it("allows no typo in a short title", () => {
    const short = new TitleIndex<string>();
    short.add(titleKey("Muse"), "a");
    expect(short.find(titleKey("Mose"))).toEqual([]);
  });
});

describe("TitlePhraseIndex", () => {
  const titles = [
    "learning to summarize from human feedback",
    "training language models to follow instructions with human feedback",
    "human feedback",
    "deep learning",
    "",
  ];
  const index = new TitlePhraseIndex(titles);

  it("finds every title a text contains as whole words, ascending, each once", () => {
    const text = titleKey(
      "Builds on Training language models to follow instructions with human feedback, and on Learning to summarize from human feedback (human feedback again).",
    );
    expect(index.find(text)).toEqual([0, 1, 2]);
  });

  it("never matches part of a word, nor a title cut short by the end of the text", () => {
    expect(index.find(titleKey("deep learnings and shallow learning"))).toEqual([]);
    expect(index.find(titleKey("learning to summarize from human"))).toEqual([]);
    expect(index.find("")).toEqual([]);
  });

  it("answers as testing every title against the text does", () => {
    const words = ["a", "b", "c", "d"];
    const next = seedrandom("title-phrases");
    const phrase = (length: number) =>
      Array.from({ length }, () => words[Math.floor(next() * words.length)]!).join(" ");
    const keys = Array.from({ length: 60 }, () => phrase(1 + Math.floor(next() * 6)));
    const many = new TitlePhraseIndex(keys);
    for (let n = 0; n < 50; n++) {
      const text = phrase(Math.floor(next() * 30));
      const expected = keys.flatMap((key, i) => (` ${text} `.includes(` ${key} `) ? [i] : []));
      expect(many.find(text)).toEqual(expected);
    }
  });
});
