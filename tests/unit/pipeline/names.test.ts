import { describe, expect, it } from "vitest";

import { findNames, isGenericName, titleName } from "../../../scripts/pipeline/names";

const none = { titles: [], hints: [], descriptions: [], abstracts: [] };

describe("titleName", () => {
  it.each([
    ["LoRA: Low-rank adaptation of large language models", "LoRA"],
    ["Llama 2: Open Foundation and Fine-Tuned Chat Models", "Llama 2"],
    ["ERNIE 3.0: Large-scale Knowledge Enhanced Pre-training", "ERNIE 3.0"],
    ["PaLM 2 Technical Report", "PaLM 2"],
    ["GPT-4 technical report", "GPT-4"],
    ["Constitutional AI: Harmlessness from AI Feedback", "Constitutional AI"],
    ["DistillBERT, a distilled version of BERT: smaller, faster", "DistillBERT"],
    ["∞-former: Infinite Memory Transformer", "∞-former"],
  ])("reads %s as %s", (title, name) => {
    expect(titleName(title)).toBe(name);
  });

  it.each([
    ["a publisher prefix", "Deepmind: Building safer dialogue agents"],
    ["a phrase that is not a coined name", "Generative agents: Interactive simulacra of human behavior"],
    ["a long prefix", "Image as a Foreign Language: BEiT Pretraining for All Vision"],
    ["no prefix", "Attention is all you need"],
  ])("finds none in a title with %s", (_why, title) => {
    expect(titleName(title)).toBeNull();
  });
});

describe("findNames", () => {
  it("takes the list's annotation first", () => {
    expect(
      findNames({ ...none, titles: ["Enriching Word Vectors with Subword Information"], hints: ["fastText"] }).names,
    ).toEqual(["fastText"]);
  });

  it('reads "The Chinchilla paper" from a description', () => {
    expect(
      findNames({
        ...none,
        descriptions: ["The Chinchilla paper. It makes the case that most models are data limited."],
      }).textNames,
    ).toEqual(["Chinchilla"]);
  });

  it.each([
    ["Paper that introduces a base model—CLIP—that links textual descriptions to images.", "CLIP"],
    ["This paper from Stanford introduces ControlNet, a now very popular tool.", "ControlNet"],
    ["The OpenAI paper that describes GPT-3 and the decoder-only architecture.", "GPT-3"],
    ["RETRO, for “Retrieval Enhanced TRansfOrmers,” is another approach.", "RETRO"],
    ["Imagen was Google’s foray into AI image generation.", "Imagen"],
  ])("reads the name in %s", (description, name) => {
    expect(findNames({ ...none, descriptions: [description] }).textNames).toEqual([name]);
  });

  it("reads a name an abstract introduces, with its version", () => {
    expect(
      findNames({ ...none, abstracts: ["We introduce PaLM 2, a new state-of-the-art language model."] }).textNames,
    ).toEqual(["PaLM 2"]);
  });

  it("takes no publisher or sentence word for a name", () => {
    const found = findNames({
      ...none,
      descriptions: ["The OpenAI paper that started it.", "This is the paper that introduced DALL-E."],
    });
    expect(found.textNames).toEqual(["DALL-E"]);
  });
});

describe("isGenericName", () => {
  it("treats Transformer, GPT and LLM as generic", () => {
    expect(["Transformer", "GPT", "LLM"].map(isGenericName)).toEqual([true, true, true]);
    expect(isGenericName("LLaMA")).toBe(false);
  });
});
