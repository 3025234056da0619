/**
 * The one error the N-Quads serializer throws: a context feature or a value shape it does not
 * handle, named with the JSON path where it was met. The serializer knows only what our generated
 * context uses; anything else must stop the build rather than come out as different RDF.
 */
export class RdfSerializationError extends Error {
  override readonly name = 'RdfSerializationError';
  /** Where the problem is, e.g. `datasets[1].provisions[4].paragraphs[0]`; filled in as the error unwinds. */
  path = '';

  constructor(readonly problem: string) {
    super(problem);
  }

  /**
   * Prefixes the path segment of one enclosing level (`datasets[1]`, `.provisions`, `[4]`). Each level
   * adds its own as the error passes through its catch, so the happy path never builds a path.
   */
  within(segment: string): this {
    this.path = segment + this.path;
    this.message = `${this.path}: ${this.problem}`;
    return this;
  }
}

/** Rethrows `error`, adding `segment` to its path when it is ours. */
export function rethrowWithin(error: unknown, segment: string): never {
  if (error instanceof RdfSerializationError) throw error.within(segment);
  throw error;
}
