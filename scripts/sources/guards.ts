// Shape checks for the records the cache holds. A cache file may have been edited by hand, cut
// short, or written by an older version; anything that fails these is reported and ignored.
import type { KnowledgeSource } from "../pipeline/knowledge";

type Guard = (value: unknown) => boolean;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isString: Guard = (value) => typeof value === "string";
const isStrings: Guard = (value) => Array.isArray(value) && value.every(isString);
const isCount: Guard = (value) => Number.isInteger(value) && (value as number) >= 0;
const optional =
  (guard: Guard): Guard =>
  (value) =>
    value === undefined || guard(value);
const nullable =
  (guard: Guard): Guard =>
  (value) =>
    value === null || guard(value);
const arrayOf =
  (guard: Guard): Guard =>
  (value) =>
    Array.isArray(value) && value.every(guard);
const shape =
  (fields: Record<string, Guard>): Guard =>
  (value) =>
    isObject(value) && Object.entries(fields).every(([field, guard]) => guard(value[field]));

const reference = shape({ paperId: nullable(isString), arxivId: optional(isString), doi: optional(isString) });

export const RECORD_GUARDS: Record<KnowledgeSource, Guard> = {
  arxiv: shape({
    id: isString,
    version: optional(isCount),
    title: isString,
    authors: isStrings,
    abstract: isString,
    published: isString,
    doi: optional(isString),
  }),
  arxivSearch: arrayOf(shape({ id: isString, title: isString })),
  s2: shape({
    paperId: isString,
    arxivId: optional(isString),
    doi: optional(isString),
    title: isString,
    year: optional(isCount),
    publicationDate: optional(isString),
    authors: isStrings,
    abstract: optional(isString),
    citationCount: optional(isCount),
    tldr: optional(isString),
    references: optional(arrayOf(reference)),
    referenceTotal: optional(isCount),
  }),
  s2References: arrayOf(
    shape({
      paperId: nullable(isString),
      arxivId: optional(isString),
      doi: optional(isString),
      isInfluential: (v) => typeof v === "boolean",
      intents: isStrings,
    }),
  ),
  s2Match: shape({ paperId: isString, title: isString, arxivId: optional(isString) }),
  openalex: shape({
    workId: isString,
    referencedWorks: isStrings,
    twin: (v) =>
      v === undefined ||
      v === null ||
      shape({ workId: isString, doi: isString, title: isString, referencedWorks: isStrings })(v),
  }),
  s2Cited: shape({
    paperId: isString,
    arxivId: optional(isString),
    doi: optional(isString),
    title: isString,
    year: optional(isCount),
    publicationDate: optional(isString),
    authors: isStrings,
    authorCount: optional(isCount),
    citationCount: optional(isCount),
  }),
};

export function isEnvelope(value: unknown): value is Record<string, unknown> {
  return isObject(value);
}
