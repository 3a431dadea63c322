// Finds a paper's distinctive short names (`LoRA`, `Chinchilla`, `ERNIE 2.0`): from the list's
// own annotations (`: *BERT*`), title prefixes (`LoRA: Low-rank ...`, `PaLM 2 Technical Report`),
// and phrases in descriptions and abstracts ("The Chinchilla paper", "introduces ControlNet",
// "RETRO, for ..."). Lineage by mention is only as good as these names, so each rule is narrow.
import { isPublisherPrefix, splitPrefix } from "./titles";

/**
 * Names too generic to mean one paper: they never produce lineage edges, though a paper may
 * still carry one as its label (the lists call "Attention is all you need" *Transformer*).
 */
const GENERIC_NAMES = new Set(
  [
    "transformer",
    "transformers",
    "gpt",
    "gpts",
    "llm",
    "llms",
    "lm",
    "lms",
    "ai",
    "agi",
    "ml",
    "nlp",
    "rl",
    "rlhf",
    "rlaif",
    "chatgpt",
    "api",
    "apis",
    "gpu",
    "gpus",
    "moe",
    "cot",
    "sota",
    "qa",
    "nlu",
    "nlg",
    "cv",
    "vlm",
    "mllm",
    "seq2seq",
    "diffusion",
  ].map((n) => n.toLowerCase()),
);

export function isGenericName(name: string): boolean {
  return GENERIC_NAMES.has(name.toLowerCase());
}

const MAX_NAME_LENGTH = 30;

/** A token that looks like a coined name: two capitals (`LoRA`, `CLIP`), a digit (`T5`), or camel case. */
export function isNameLike(token: string): boolean {
  if (token.length > MAX_NAME_LENGTH || token.length < 2) return false;
  const capitals = (token.match(/\p{Lu}/gu) ?? []).length;
  return capitals >= 2 || (/\d/.test(token) && /\p{L}/u.test(token)) || /\p{Ll}\p{Lu}/u.test(token);
}

const NAME_TOKEN = String.raw`[\p{Lu}∞][\p{L}\p{N}.+-]*[\p{L}\p{N}+]|[\p{Lu}][\p{L}\p{N}]?`;
const VERSION_SUFFIX = String.raw`(?:[ -](?:\d+(?:\.\d+)*|[vV]\d+(?:\.\d+)*))?`;
const NAME = `(${NAME_TOKEN})(${VERSION_SUFFIX})`;

/** Description phrases that name the paper itself. */
const DESCRIPTION_PATTERNS: Array<{ pattern: RegExp; anyCapital: boolean }> = [
  // "The Chinchilla paper"
  { pattern: new RegExp(String.raw`\b[Tt]he ${NAME} paper\b`, "gu"), anyCapital: true },
  // "introduces ControlNet", "describes GPT-3", "introduces a base model—CLIP—"
  {
    pattern: new RegExp(
      String.raw`\b(?:[Ii]ntroduc\w*|[Dd]escrib\w*|[Ee]xplain\w*|[Pp]resent\w*|[Pp]ropos\w*)\s+(?:(?:a|an|the)\s+)?(?:(?:[a-z]+\s+){0,3}[a-z]+—)?${NAME}`,
      "gu",
    ),
    anyCapital: false,
  },
];

/** At the start of a curator's description: "RETRO, for ...", "OPT is one of ...", "Imagen was Google's ...". */
const LEADING_NAME = new RegExp(String.raw`^${NAME}(?:,|\s+(?:is|was|comes|from)\b)`, "u");
const LEADING_WORD_NAME = /^(\p{Lu}\p{Ll}+) (?:is|was) (?:a|an|the|Google|OpenAI|Meta|DeepMind|Microsoft)\b/u;

/** `Big Transfer (BiT)`: a coined acronym in parentheses. */
const PAREN_ACRONYM = /\(([\p{Lu}][\p{L}\p{N}-]{1,15})\)/u;
const TECHNICAL_REPORT = /^(.{2,30}?)\s+(?:technical report|system card|model card)$/i;

export interface NameSources {
  titles: string[];
  /** Explicit annotations from the lists (`*BERT*`). */
  hints: string[];
  /** Curators' descriptions (not abstracts): leading-name phrases are only trusted here. */
  descriptions: string[];
  /** Abstracts and any other text about the paper itself. */
  abstracts: string[];
}

/** Capitalised words that start sentences, never names. */
const SENTENCE_WORDS = new Set(["This", "That", "These", "Those", "It", "There", "Here", "What", "Which", "Our", "We"]);

function accept(name: string, names: string[], anyCapital = true) {
  const trimmed = name.trim().replace(/[.,;:]+$/, "");
  if (!trimmed || trimmed.length > MAX_NAME_LENGTH) return;
  if (SENTENCE_WORDS.has(trimmed) || isPublisherPrefix(trimmed)) return;
  const first = trimmed.split(/[ ]/)[0]!;
  if (!anyCapital && !isNameLike(first)) return;
  if (!names.some((n) => n.toLowerCase() === trimmed.toLowerCase())) names.push(trimmed);
}

/** A title's own short name, if it has one: `LoRA: ...` → LoRA, `PaLM 2 Technical Report` → PaLM 2. */
export function titleName(title: string): string | null {
  const split = splitPrefix(title);
  if (split && !isPublisherPrefix(split.prefix)) {
    const prefix = split.prefix.replace(/\s*\([^)]*\)\s*/g, " ").trim();
    const words = prefix.split(/\s+/);
    if (words.length === 1 && /^[\p{L}∞\d]/u.test(prefix)) return prefix;
    // `Llama 2`, `ERNIE 3.0`, `P-Tuning v2`: a name and a version.
    if (words.length === 2 && /^[vV]?\d+(?:\.\d+)*$/.test(words[1]!) && /^\p{Lu}/u.test(prefix)) return prefix;
    if (words.some(isNameLike)) return prefix;
    return null;
  }
  const report = TECHNICAL_REPORT.exec(title.trim());
  if (report?.[1] && report[1].split(/\s+/).some(isNameLike)) return report[1];
  // `DistillBERT, a distilled version of BERT`
  const comma = /^([^\s,]+),\s/.exec(title);
  if (comma?.[1] && isNameLike(comma[1])) return comma[1];
  return null;
}

export interface FoundNames {
  /** From the list's annotations and the titles: the paper's own names. */
  names: string[];
  /** Found in descriptions and abstracts only: used when no other paper claims the name. */
  textNames: string[];
}

export function findNames(sources: NameSources): FoundNames {
  const names: string[] = [];
  for (const hint of sources.hints) accept(hint, names);
  for (const title of sources.titles) {
    const name = titleName(title);
    if (name) accept(name, names);
    const publisher = splitPrefix(title);
    const acronym = PAREN_ACRONYM.exec(publisher?.prefix ?? "");
    if (acronym?.[1] && isNameLike(acronym[1])) accept(acronym[1], names);
    if (publisher && isPublisherPrefix(publisher.prefix)) {
      const inner = titleName(publisher.rest);
      if (inner) accept(inner, names);
    }
  }
  const textNames: string[] = [];
  for (const text of [...sources.descriptions, ...sources.abstracts]) {
    for (const { pattern, anyCapital } of DESCRIPTION_PATTERNS) {
      for (const match of text.matchAll(pattern)) accept(`${match[1]}${match[2] ?? ""}`, textNames, anyCapital);
    }
  }
  for (const text of sources.descriptions) {
    const leading = LEADING_NAME.exec(text);
    if (leading) accept(`${leading[1]}${leading[2] ?? ""}`, textNames, false);
    const word = LEADING_WORD_NAME.exec(text);
    if (word?.[1]) accept(word[1], textNames);
  }
  const known = new Set(names.map((n) => n.toLowerCase()));
  return { names, textNames: textNames.filter((n) => !known.has(n.toLowerCase())) };
}
