// arXiv identifiers: recognising them in every URL form the reading lists use, and reading
// the publication month they encode. Shared by the build (resolve) and the app (links).

/** New-style IDs (0704.0001 onwards): YYMM.NNNN or YYMM.NNNNN. */
const NEW_ID = /^(\d{2})(\d{2})\.(\d{4,5})$/;
/** Old-style IDs (before April 2007): archive[.subject]/YYMMNNN. */
const OLD_ID = /^([a-z-]+(?:\.[A-Z]{2})?)\/(\d{2})(\d{2})(\d{3})$/;

/** Hosts whose paths carry an arXiv ID: arxiv.org and its mirrors, and Hugging Face's paper pages. */
const ARXIV_HOSTS = new Set(["arxiv.org", "www.arxiv.org", "export.arxiv.org", "browse.arxiv.org"]);
const HF_HOSTS = new Set(["huggingface.co", "www.huggingface.co"]);

/** The ID, without version, if `id` is a well-formed arXiv identifier; otherwise null. */
export function normalizeArxivId(id: string): string | null {
  const bare = id
    .trim()
    .replace(/^arxiv:/i, "")
    .replace(/v\d+$/i, "");
  if (NEW_ID.test(bare)) {
    const month = Number(bare.slice(2, 4));
    return month >= 1 && month <= 12 ? bare : null;
  }
  const old = OLD_ID.exec(bare);
  if (old) {
    const month = Number(old[3]);
    return month >= 1 && month <= 12 ? bare : null;
  }
  return null;
}

/**
 * The arXiv ID a URL points at, or null. Accepts /abs/ID, /pdf/ID, /pdf/ID.pdf, /pdf/IDv2.pdf,
 * /abs/ID.pdf, /ftp/arxiv/papers/YYMM/ID.pdf, junk after ".pdf" (the lists have
 * `2205.11916.pdf%EC%97%90%EC%84%9C`), and huggingface.co/papers/ID.
 */
export function arxivIdFromUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  const host = parsed.hostname.toLowerCase();
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    path = parsed.pathname;
  }
  if (ARXIV_HOSTS.has(host)) {
    const match = /^\/(?:abs|pdf|html|format)\/(.+)$/.exec(path) ?? /^\/ftp\/arxiv\/papers\/\d{4}\/(.+)$/.exec(path);
    if (!match?.[1]) return null;
    return idFromPathTail(match[1]);
  }
  if (HF_HOSTS.has(host)) {
    const match = /^\/papers\/(.+)$/.exec(path);
    return match?.[1] ? idFromPathTail(match[1]) : null;
  }
  return null;
}

/** Reads an ID from the rest of a path: strips ".pdf" and anything after it, a version, a trailing slash. */
function idFromPathTail(tail: string): string | null {
  const cleaned = tail.replace(/\.pdf.*$/i, "").replace(/\/+$/, "");
  // Old-style IDs contain a slash (hep-th/9901001); new-style ones never do.
  const candidate =
    /^[a-z-]+(?:\.[A-Z]{2})?\/\d{7}(?:v\d+)?/.exec(cleaned)?.[0] ?? /^\d{4}\.\d{4,5}(?:v\d+)?/.exec(cleaned)?.[0];
  return candidate ? normalizeArxivId(candidate) : null;
}

/** Year and month of first submission, read from the ID (YYMM). */
export function arxivIdDate(id: string): { year: number; month: number } | null {
  const norm = normalizeArxivId(id);
  if (!norm) return null;
  const match = NEW_ID.exec(norm) ?? OLD_ID.exec(norm);
  if (!match) return null;
  const [yy, mm] = norm.includes("/") ? [match[2], match[3]] : [match[1], match[2]];
  const twoDigit = Number(yy);
  // arXiv began in 1991: 91–99 are the 1900s, everything else the 2000s.
  const year = twoDigit >= 91 ? 1900 + twoDigit : 2000 + twoDigit;
  return { year, month: Number(mm) };
}

export function arxivAbsUrl(id: string): string {
  return `https://arxiv.org/abs/${id}`;
}

export function arxivPdfUrl(id: string): string {
  return `https://arxiv.org/pdf/${id}`;
}
