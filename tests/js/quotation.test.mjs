// Quoted lines (ADR 0028) in the browser's copy of the draft: read from the snapshot, added and
// removed by their operations, and an edit of a line removed meanwhile dropped as the server drops it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { DraftState } from "../../wwwroot/js/live/draft-state.js";
import { parseOperation, transform, PARAGRAPH_DELETED } from "../../wwwroot/js/live/draft-operation.js";

const snapshot = {
  paragraphs: [
    {
      id: "op1", text: "Decides that rule 5 shall read as follows:",
      quotation: [{ id: "op1-q1", text: "“Rule 5" }, { id: "op1-q2", text: "1. The President …”" }],
      subparagraphs: [{ id: "op1-a", text: "To amend:", quotation: [{ id: "op1-a-q1", text: "“Article 2”" }] }],
    },
  ],
};

test("the snapshot's quoted lines are texts the client can edit", () => {
  const state = DraftState.fromSnapshot(snapshot);
  assert.equal(state.text("op1-q2"), "1. The President …”");
  assert.equal(state.text("op1-a-q1"), "“Article 2”");
  state.apply(parseOperation({ type: "editText", nodeId: "op1-q2", operation: [3, "Each ", -4, 12] }));
  assert.equal(state.text("op1-q2"), "1. Each President …”");
});

test("added and removed quoted lines come and go with their texts", () => {
  const state = DraftState.fromSnapshot(snapshot);
  const added = state.apply(parseOperation({ type: "addQuotedLine", holderId: "op1", id: "q9", index: 2, text: "2. …" }));
  assert.deepEqual(added, [{ kind: "added", nodeId: "q9" }]);
  assert.equal(state.text("q9"), "2. …");
  const removed = state.apply(parseOperation({ type: "deleteQuotedLine", id: "op1-q1", holderId: "op1", index: 0 }));
  assert.deepEqual(removed, [{ kind: "removed", nodeId: "op1-q1" }]);
  assert.equal(state.has("op1-q1"), false);
  assert.throws(() => state.apply(parseOperation({ type: "addQuotedLine", holderId: "op1", id: "q9", index: 0, text: "" })), RangeError);
});

test("an edit of a quoted line removed by the server's earlier operation is dropped with the reason", () => {
  const edit = parseOperation({ type: "editText", nodeId: "op1-q2", operation: [1, "x", 18] });
  const [, later] = transform(parseOperation({ type: "deleteQuotedLine", id: "op1-q2", holderId: "op1", index: 1 }), edit);
  assert.deepEqual(later, { type: "noOp", reason: PARAGRAPH_DELETED });
  const [, kept] = transform(parseOperation({ type: "deleteQuotedLine", id: "op1-q1", holderId: "op1", index: 0 }), edit);
  assert.equal(kept.type, "editText");
});
