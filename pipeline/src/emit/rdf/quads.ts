/**
 * The quads of the graph, kept by subject and predicate (all in N-Quads syntax), and written as
 * sorted lines, each once: what sorting jsonld's lines and dropping repeats gave.
 *
 * Sorting by subject, then predicate, then object gives the order of sorting whole lines: no IRI
 * term is a prefix of another (each ends in `>`), a literal is a prefix only of itself with a
 * language or datatype after it, a blank node label only of longer labels, and each of those next
 * characters sorts after the space that follows a term in a line. It is much cheaper: a hundred
 * thousand long lines sharing their beginnings are never compared or hashed whole.
 */
export class QuadSet {
  private readonly subjects = new Map<string, Map<string, string[]>>();

  /** The objects of `subject` `predicate`, to add to. */
  objectsOf(subject: string, predicate: string): string[] {
    let predicates = this.subjects.get(subject);
    if (predicates === undefined) {
      predicates = new Map();
      this.subjects.set(subject, predicates);
    }
    let objects = predicates.get(predicate);
    if (objects === undefined) {
      objects = [];
      predicates.set(predicate, objects);
    }
    return objects;
  }

  add(subject: string, predicate: string, object: string): void {
    this.objectsOf(subject, predicate).push(object);
  }

  /** N-Quads text: one line per quad, sorted, repeats dropped (a node met twice says its quads twice). */
  toNQuads(): string {
    const lines: string[] = [];
    for (const subject of [...this.subjects.keys()].sort()) {
      const predicates = this.subjects.get(subject) as Map<string, string[]>;
      for (const predicate of [...predicates.keys()].sort()) {
        const objects = predicates.get(predicate) as string[];
        if (objects.length > 1) objects.sort();
        let previous: string | undefined;
        for (const object of objects) {
          if (object === previous) continue;
          previous = object;
          lines.push(`${subject} ${predicate} ${object} .\n`);
        }
      }
    }
    // jsonld's text, split into lines and joined again, ended in a newline even when empty
    return lines.length === 0 ? '\n' : lines.join('');
  }
}
