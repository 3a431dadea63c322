// Tells a paper hosted off arXiv (publisher, proceedings, OpenReview, ACL Anthology, a PDF)
// from a resource (post, course, video, repository, news) by its URL alone.
import type { ResourceKind } from "./types";

/** Host (and optional path start) of pages that are papers. */
const PAPER_PLACES: Array<[host: RegExp, path?: RegExp]> = [
  [/(^|\.)openreview\.net$/, /^\/(forum|pdf)/],
  [/(^|\.)aclanthology\.org$/],
  [/(^|\.)aclweb\.org$/, /^\/anthology/],
  [/^(proceedings\.neurips\.cc|papers\.nips\.cc|proceedings\.mlr\.press|jmlr\.org)$/],
  [/(^|\.)nature\.com$/, /^\/articles\//],
  [/(^|\.)science\.org$/, /^\/(doi|stoken)\//],
  [/(^|\.)dl\.acm\.org$/, /^\/doi\//],
  [/(^|\.)ieeexplore\.ieee\.org$/, /^\/(document|stamp|abstract)/],
  [/(^|\.)link\.springer\.com$/, /^\/(article|chapter)/],
  [/(^|\.)jamanetwork\.com$/, /^\/journals\//],
  [/^research\.google$/, /^\/pubs\//],
  [/^storage\.googleapis\.com$/, /^\/pub-tools-public-publication-data\//],
  [/(^|\.)deepmind\.(com|google)$/, /^\/publications\//],
  [/^(ai|research)\.facebook\.com$/, /^\/(research\/)?(publications|file)\//],
  [/(^|\.)(medrxiv|biorxiv)\.org$/, /^\/content\//],
  [/(^|\.)preprints\.org$/, /^\/manuscript\//],
  [/(^|\.)paperswithcode\.com$/, /^\/paper\//],
  [/(^|\.)semanticscholar\.org$/, /^\/paper\//],
  [/^watermark\.silverchair\.com$/],
  [/^reader\.elsevier\.com$/],
  [/(^|\.)sciencedirect\.com$/, /^\/science\/article\//],
  [/(^|\.)openaccess\.thecvf\.com$/],
  [/(^|\.)ojs\.aaai\.org$/],
  [/(^|\.)ijcai\.org$/, /^\/proceedings\//],
  [/^doi\.org$/],
  [/(^|\.)pnas\.org$/, /^\/doi\//],
];

const RESOURCE_PLACES: Array<[kind: ResourceKind, host: RegExp, path?: RegExp]> = [
  ["video", /(^|\.)(youtube\.com|youtu\.be|vimeo\.com)$/],
  ["video", /^build\.microsoft\.com$/, /\/sessions\//],
  ["repository", /(^|\.)(github\.com|gitlab\.com|bitbucket\.org)$/],
  ["repository", /^colab\.research\.google\.com$/],
  // Hugging Face hosts posts, docs, courses, datasets and demos beside its models (`/org/model`).
  ["post", /^huggingface\.co$/, /^\/blog(\/|$)/],
  ["docs", /^huggingface\.co$/, /^\/docs(\/|$)/],
  ["course", /^huggingface\.co$/, /^\/learn(\/|$)/],
  ["dataset", /^huggingface\.co$/, /^\/datasets\//],
  ["demo", /^huggingface\.co$/, /^\/spaces\//],
  ["repository", /^huggingface\.co$/, /^\/(models?\/|[^/]+\/[^/]+\/?$)/],
  ["course", /(^|\.)(course\.fast\.ai|coursera\.org|deeplearning\.ai|udacity\.com|edx\.org)$/],
  ["book", /(^|\.)amazon\.[a-z.]+$/, /\/(dp|gp\/product)\//],
  ["book", /(^|[.-])books?\.|^(?!facebook\.)[a-z]+books?\.(com|org|net|io)$/],
  // Documentation sites (not Google Docs, which holds documents of any kind).
  ["docs", /^(docs\.(?!google\.)[^/]+|[^/]+\.readthedocs\.io)$/],
  ["docs", /\./, /^\/(en\/)?(latest|stable)\//],
  ["course", /(^|\.)fullstackdeeplearning\.com$/],
  ["course", /^[^.]*cs\d+[^.]*\.github\.io$/],
  [
    "news",
    /(^|\.)(cnbc\.com|heise\.de|nytimes\.com|theverge\.com|techcrunch\.com|reuters\.com|bloomberg\.com|wired\.com|time\.com|ft\.com|wsj\.com|bbc\.co\.uk|theguardian\.com)$/,
  ],
];

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True when the URL is a paper's page or PDF at a known publisher, or any PDF outside a repository. */
export function isPaperUrl(url: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  const host = parsed.hostname.toLowerCase().replace(/^www\./, "");
  if (PAPER_PLACES.some(([h, p]) => h.test(host) && (!p || p.test(parsed.pathname)))) return true;
  if (resourcePlace(host, parsed.pathname)) return false;
  return /\.pdf$/i.test(parsed.pathname);
}

function resourcePlace(host: string, path: string): ResourceKind | null {
  for (const [kind, h, p] of RESOURCE_PLACES) if (h.test(host) && (!p || p.test(path))) return kind;
  return null;
}

export function resourceKind(url: string): ResourceKind {
  const parsed = parseUrl(url);
  if (!parsed) return "other";
  return resourcePlace(parsed.hostname.toLowerCase().replace(/^www\./, ""), parsed.pathname) ?? "post";
}
