// Section identity: a section is a heading path within one list. Its key is stable across
// builds (list name + slugged path) so URLs that name a section keep working.
import { memoized } from "./memo";

/** `Language models` → `language-models`: lower case, accents dropped, words joined by hyphens. */
export const slug = memoized((text: string): string => {
  const slugged = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  return slugged || "untitled";
});

export function sectionId(list: string, path: string[]): string {
  return `section:${list}/${path.map(slug).join("/")}`;
}

/** Keys of the section and each of its ancestors, outermost first. */
export function sectionAncestry(list: string, path: string[]): Array<{ id: string; path: string[] }> {
  return path.map((_, i) => ({ id: sectionId(list, path.slice(0, i + 1)), path: path.slice(0, i + 1) }));
}
