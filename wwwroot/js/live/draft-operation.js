// Draft operations as the browser sees them: the wire objects of docs/hub-protocol.md section 3
// ({type: "editText", nodeId, operation: [...]}, {type: "deleteParagraph", ...}, {type: "batch",
// operations: [...]}), with each editText's operation held as a TextOperation.
//
// The browser only ever makes text edits (structure changes come from the server-side page), so
// the transform here covers what a client needs: any operation the server ordered (the earlier)
// against the client's own pending edits (the later). It follows the C# DraftTransform rules for
// those pairs exactly, and normalises batches as OperationBatch.Of does, so both sides agree.

import { TextOperation } from "./text-operation.js";

export const PARAGRAPH_DELETED = "dropped: paragraph deleted";

export const noOp = (reason = null) => ({ type: "noOp", reason });

export const editText = (nodeId, operation) => ({ type: "editText", nodeId, operation });

/** Turns a wire operation into the in-memory form (text operations parsed), validating what the client relies on. */
export function parseOperation(json) {
  if (json === null || typeof json !== "object" || typeof json.type !== "string") {
    throw new TypeError("Not a valid operation: it needs a \"type\".");
  }
  switch (json.type) {
    case "editText":
      if (typeof json.nodeId !== "string") throw new TypeError("An editText needs a nodeId.");
      return editText(json.nodeId, json.operation instanceof TextOperation ? json.operation : TextOperation.fromJSON(json.operation));
    case "batch":
      if (!Array.isArray(json.operations)) throw new TypeError("A batch needs its operations.");
      return { type: "batch", operations: json.operations.map(parseOperation) };
    default:
      // Structure, sponsor and metadata operations: the client only reads ids and texts from them.
      return json;
  }
}

/**
 * One operation doing all of `operations` in order, as the C# OperationBatch.Of builds it: nested
 * batches flattened, silent no-ops left out, neighbouring edits of the same text composed, a single
 * part returned as itself and nothing at all as a silent no-op. No-ops with a reason stay, so their
 * authors can still be told.
 */
export function batchOf(operations) {
  const parts = [];
  for (const op of flatten(operations)) {
    if (op.type === "noOp" && op.reason == null) continue;
    const last = parts[parts.length - 1];
    if (op.type === "editText" && last?.type === "editText" && last.nodeId === op.nodeId
      && last.operation.targetLength === op.operation.baseLength) {
      parts[parts.length - 1] = editText(op.nodeId, TextOperation.compose(last.operation, op.operation));
      continue;
    }
    parts.push(op);
  }
  if (parts.length === 0) return noOp();
  if (parts.length === 1) return parts[0];
  return { type: "batch", operations: parts };
}

function* flatten(operations) {
  for (const op of operations) {
    if (op.type === "batch") yield* flatten(op.operations);
    else yield op;
  }
}

/**
 * Transforms the client's pending `later` (text edits, batches of them, no-ops) past `earlier`, an
 * operation the server ordered first. Returns [earlier', later']: earlier' applies to the local
 * texts (which include `later`), later' is what `later` became on the server's order. A text edit
 * inside a deleted paragraph becomes a no-op saying so.
 */
export function transform(earlier, later) {
  if (earlier.type === "batch") {
    const parts = [];
    for (const part of earlier.operations) {
      const [e, l] = transform(part, later);
      parts.push(e);
      later = l;
    }
    return [batchOf(parts), later];
  }
  if (later.type === "batch") {
    const parts = [];
    for (const part of later.operations) {
      const [e, l] = transform(earlier, part);
      earlier = e;
      parts.push(l);
    }
    return [earlier, batchOf(parts)];
  }
  if (earlier.type === "noOp" || later.type === "noOp") return [earlier, later];
  if (later.type !== "editText") {
    throw new TypeError(`The browser client only transforms its own text edits, not "${later.type}".`);
  }
  if ((earlier.type === "deleteParagraph" && removes(earlier, later.nodeId))
    || (earlier.type === "deleteQuotedLine" && earlier.id === later.nodeId)) {
    // Nothing to grow: the delete's descendants change only for structure operations inside it.
    return [earlier, noOp(PARAGRAPH_DELETED)];
  }
  if (earlier.type === "editText" && earlier.nodeId === later.nodeId) {
    const [e, l] = TextOperation.transform(earlier.operation, later.operation);
    return [editText(earlier.nodeId, e), editText(later.nodeId, l)];
  }
  return [earlier, later];
}

/** Whether a deleteParagraph removes `nodeId`: the node itself or anything under it. */
export function removes(deleteOp, nodeId) {
  return nodeId === deleteOp.id || (deleteOp.descendants ?? []).includes(nodeId);
}

/** Why this operation, or parts of it, became no-ops in transformation (as C# DroppedReasons). */
export function droppedReasons(op) {
  if (op.type === "noOp") return op.reason == null ? [] : [op.reason];
  if (op.type === "batch") return op.operations.flatMap(droppedReasons);
  return [];
}

/** The operation without its dropped parts: what is left of a pending local change to send or keep. */
export function withoutDropped(op) {
  if (op.type === "noOp") return noOp();
  if (op.type === "batch") return batchOf(op.operations.filter((p) => p.type !== "noOp"));
  return op;
}

/**
 * Adds a new local text edit to the buffer. Edits of one node are composed into one part; edits of
 * different nodes commute, so a new edit joins its node's part even if other nodes were edited in
 * between. The buffer thus stays one part per node, sent as a batch when there are several.
 */
export function addLocalEdit(buffer, edit) {
  if (buffer == null || buffer.type === "noOp") return edit;
  const parts = buffer.type === "batch" ? buffer.operations.slice() : [buffer];
  const i = parts.findIndex((p) => p.nodeId === edit.nodeId);
  if (i < 0) parts.push(edit);
  else parts[i] = editText(edit.nodeId, TextOperation.compose(parts[i].operation, edit.operation));
  return parts.length === 1 ? parts[0] : { type: "batch", operations: parts };
}

/** The text edits in an operation, flattened: [{nodeId, operation}]. */
export function textEdits(op) {
  if (op.type === "editText") return [op];
  if (op.type === "batch") return op.operations.flatMap(textEdits);
  return [];
}

/** The wire form (text operations as arrays), for sending and for comparing with C# output. */
export function toWire(op) {
  return JSON.parse(JSON.stringify(op));
}
