// The From/To year fields: what was typed → the range to apply, and a sentence when the fields
// could not take it as typed (a year outside the data, something that is not a year, To before
// From), so nothing is changed silently. Pure, for the year filter (./index.ts).
export interface YearFieldsRead {
  /** The handles to apply, ordered; null when nothing can be applied (the fields are put back). */
  handles: [number, number] | null;
  /** What the reader should know about how the fields were read; "" when they were taken as typed. */
  message: string;
}

const YEAR_INPUT = /^\s*\d{1,4}\s*$/;

export function readYearFields(fromText: string, toText: string, span: { min: number; max: number }): YearFieldsRead {
  const notes: string[] = [];
  const read = (text: string, fallback: number, name: string): number | null => {
    if (text.trim() === "") return fallback;
    if (!YEAR_INPUT.test(text)) {
      notes.push(`“${text.trim()}” is not a year, so ${name} was put back.`);
      return null;
    }
    const year = Number(text);
    if (year < span.min) notes.push(`No paper is older than ${span.min}, so ${name} is ${span.min}.`);
    if (year > span.max) notes.push(`No paper is newer than ${span.max}, so ${name} is ${span.max}.`);
    return Math.min(span.max, Math.max(span.min, year));
  };
  const from = read(fromText, span.min, "From");
  const to = read(toText, span.max, "To");
  if (from === null || to === null) return { handles: null, message: notes.join(" ") };
  if (from > to) notes.push(`From (${from}) was after To (${to}), so the two were swapped.`);
  return { handles: [Math.min(from, to), Math.max(from, to)], message: notes.join(" ") };
}
