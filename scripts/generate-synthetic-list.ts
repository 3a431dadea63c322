// Generates a SYNTHETIC reading list of N entries for benchmarks: realistic shapes (nested
// sections, arXiv links in every form, duplicates, papers off arXiv, resources, summaries that
// name earlier papers, `Name: title` short names, year hints), seeded so the same N gives the
// same file. Usage: tsx scripts/generate-synthetic-list.ts --entries 10000 --out FILE
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

import seedrandom from "seedrandom";

import { writeFileAtomic } from "./sources/atomic";

const TOPICS = [
  "Language models",
  "Vision",
  "Agents",
  "Audio",
  "Reinforcement learning",
  "Efficiency",
  "Alignment",
  "Retrieval",
];
const SUBTOPICS = ["Architectures", "Training", "Evaluation", "Applications", "Theory", "Datasets"];
const WORDS = (
  "scaling efficient sparse dense attention retrieval augmented diffusion contrastive generative adversarial " +
  "transformer recurrent memory reasoning planning instruction tuning alignment preference reward learning " +
  "representation multimodal vision language audio speech video graph neural network quantized distillation " +
  "pretraining finetuning benchmark robust compositional zero-shot few-shot self-supervised masked autoregressive"
).split(" ");
const SYLLABLES = ["Lu", "Ra", "Mo", "Xe", "Ka", "Po", "Ne", "Vi", "Ze", "Ta", "Gri", "Fal", "Or", "Qi"];

function pick<T>(rng: () => number, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}

/** A coined model name (`LuRaMo`, `KaPo-2`): distinctive, so mentions of it make lineage. */
function coinName(rng: () => number, index: number): string {
  const parts = 2 + Math.floor(rng() * 2);
  let name = "";
  for (let i = 0; i < parts; i++) name += pick(rng, SYLLABLES);
  return `${name}${index.toString(36).toUpperCase()}`;
}

/** Every URL form the real lists use for arXiv. */
function arxivUrl(rng: () => number, id: string): string {
  const forms = [
    `https://arxiv.org/abs/${id}`,
    `https://arxiv.org/pdf/${id}.pdf`,
    `https://arxiv.org/pdf/${id}v1.pdf`,
    `https://arxiv.org/abs/${id}v2`,
    `https://arxiv.org/abs/${id}.pdf`,
    `https://arxiv.org/pdf/${id}.pdf%EC%97%90%EC%84%9C`,
    `https://huggingface.co/papers/${id}`,
  ];
  return pick(rng, forms);
}

interface Paper {
  id: string;
  name: string;
  title: string;
  year: number;
  month: number;
}

export function generateList(entries: number, seed = "synthetic"): string {
  const rng = seedrandom(`${seed}:${entries}`);
  const papers: Paper[] = [];
  const lines: string[] = [
    `# Synthetic reading list (${entries} entries)`,
    "",
    "> SYNTHETIC benchmark input, generated.",
    "",
  ];
  const perSection = Math.max(20, Math.round(Math.sqrt(entries) * 2));
  let written = 0;
  let section = 0;
  while (written < entries) {
    const topic = TOPICS[section % TOPICS.length]!;
    lines.push(`## ${topic} ${Math.floor(section / TOPICS.length) + 1}`, "");
    for (const sub of SUBTOPICS.slice(0, 2 + (section % 3))) {
      lines.push(`### ${sub}`, "");
      for (let k = 0; k < perSection && written < entries; k++, written++)
        lines.push(entryLine(rng, papers, written, entries), "");
    }
    section++;
  }
  return lines.join("\n");
}

function entryLine(rng: () => number, papers: Paper[], index: number, total: number): string {
  const roll = rng();
  // ~8% repeats of an earlier paper (another link form, title in another case)
  if (roll < 0.08 && papers.length > 10) {
    const earlier = pick(rng, papers);
    return `- [${earlier.title.toUpperCase()}](${arxivUrl(rng, earlier.id)})`;
  }
  // ~12% resources, ~6% papers off arXiv
  if (roll < 0.2) {
    const host = pick(rng, [
      "https://github.com/org/repo",
      "https://www.youtube.com/watch?v=x",
      "https://blog.example.com/post",
      "https://course.fast.ai/lesson",
    ]);
    return `- [${pick(rng, WORDS)} ${pick(rng, WORDS)} explained, part ${index}](${host}${index})`;
  }
  // Later entries are newer, so summaries that name earlier papers make lineage edges.
  const year = 2012 + Math.min(11, Math.floor((index / total) * 12));
  const month = 1 + Math.floor(rng() * 12);
  const id = `${String(year % 100).padStart(2, "0")}${String(month).padStart(2, "0")}.${String(10000 + index).slice(-5)}`;
  const name = coinName(rng, index);
  const words = Array.from({ length: 5 + Math.floor(rng() * 5) }, () => pick(rng, WORDS)).join(" ");
  const title = `${name}: ${words[0]!.toUpperCase()}${words.slice(1)}`;
  const paper = { id, name, title, year, month };
  const mentions =
    papers.length > 0 && rng() < 0.6
      ? ` It builds on ${pick(rng, papers).name} and improves over ${pick(rng, papers).name}.`
      : "";
  papers.push(paper);
  const summary = `We study ${pick(rng, WORDS)} ${pick(rng, WORDS)} for ${pick(rng, WORDS)} tasks.${mentions}`;
  if (roll < 0.26)
    return `- [${year}/${String(month).padStart(2, "0")}] **[${title}](https://openreview.net/pdf?id=${name})** : *${name}*`;
  if (roll < 0.6)
    return `* **[${title}](${arxivUrl(rng, id)})** (${year}): ${summary} ([blog post](https://blog.example.com/${name}))`;
  return `- [${title}](${arxivUrl(rng, id)})\n> ${summary} ${Array.from({ length: 30 }, () => pick(rng, WORDS)).join(" ")}.`;
}

function main() {
  const { values } = parseArgs({
    options: { entries: { type: "string", default: "1000" }, out: { type: "string" }, seed: { type: "string" } },
  });
  const entries = Number(values.entries);
  if (!Number.isInteger(entries) || entries < 1) {
    console.error("generate-synthetic-list: --entries must be a positive integer");
    process.exit(2);
  }
  const text = generateList(entries, values.seed);
  if (values.out) writeFileAtomic(values.out, text);
  else process.stdout.write(text);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
