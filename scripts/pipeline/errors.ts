// An input the build cannot read at all (a malformed BibTeX file, JSON that is not CSL-JSON):
// the CLI prints its message, which names the file and line, and exits without writing.
export class ListError extends Error {
  override readonly name = "ListError";
}
