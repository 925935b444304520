// The client's copy of what it edits: the text of every paragraph and sub-paragraph by id. The
// browser edits texts only; the draft's structure is drawn by the server-side page. Still, every
// applied operation is followed here so a paragraph that appears (inserted, added) already has its
// text when its textarea turns up, and one that is deleted takes its text edits with it.

/**
 * What applying an operation did, for the editor to show:
 * {kind: "text", nodeId, operation} | {kind: "added", nodeId} | {kind: "removed", nodeId}.
 */
export class DraftState {
  constructor(texts = new Map()) {
    /** @type {Map<string, string>} */
    this.texts = texts;
  }

  /** From a DraftJoined snapshot: the draft JSON format (docs/draft-format.md), texts verbatim. */
  static fromSnapshot(snapshot) {
    const texts = new Map();
    const visit = (nodes) => {
      for (const node of nodes ?? []) {
        texts.set(node.id, node.text ?? "");
        // A quotation's lines are texts with ids of their own (ADR 0028).
        for (const line of node.quotation ?? []) texts.set(line.id, line.text ?? "");
        visit(node.subparagraphs);
      }
    };
    visit(snapshot?.paragraphs);
    return new DraftState(texts);
  }

  has(nodeId) { return this.texts.has(nodeId); }

  text(nodeId) { return this.texts.get(nodeId); }

  /**
   * Applies `op` all or nothing (a batch is checked whole before anything changes) and returns its
   * effects. Throws when it does not fit, which means this copy has drifted from the server's.
   */
  apply(op) {
    const staged = new Map(); // nodeId -> new text, or undefined when removed
    const effects = [];
    const read = (id) => (staged.has(id) ? staged.get(id) : this.texts.get(id));
    const exists = (id) => read(id) !== undefined;
    const walk = (o) => {
      switch (o.type) {
        case "editText": {
          const old = read(o.nodeId);
          if (old === undefined) throw new RangeError(`There is no paragraph with id '${o.nodeId}'.`);
          staged.set(o.nodeId, o.operation.apply(old));
          effects.push({ kind: "text", nodeId: o.nodeId, operation: o.operation });
          break;
        }
        case "insertParagraph":
        case "addSubParagraph":
        case "addQuotedLine":
          if (exists(o.id)) throw new RangeError(`The id '${o.id}' is already used.`);
          staged.set(o.id, o.text ?? "");
          effects.push({ kind: "added", nodeId: o.id });
          break;
        case "deleteParagraph":
          for (const id of [o.id, ...(o.descendants ?? [])]) {
            if (!exists(id)) continue;
            staged.set(id, undefined);
            effects.push({ kind: "removed", nodeId: id });
          }
          break;
        case "deleteQuotedLine":
          if (exists(o.id)) {
            staged.set(o.id, undefined);
            effects.push({ kind: "removed", nodeId: o.id });
          }
          break;
        case "batch":
          o.operations.forEach(walk);
          break;
        default:
          break; // moves, kinds, headings, sponsors, metadata: no text changes
      }
    };
    walk(op);
    for (const [id, text] of staged) {
      if (text === undefined) this.texts.delete(id);
      else this.texts.set(id, text);
    }
    return effects;
  }

  /** A plain object of all texts, for tests and for comparing replicas. */
  toObject() {
    return Object.fromEntries([...this.texts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
}
