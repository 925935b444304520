// The JS text operation: examples from docs/hub-protocol.md, normalisation, refusals, and property
// tests over random texts in English, Chinese, emoji and CJK Extension B.
import { test } from "node:test";
import assert from "node:assert/strict";
import { TextOperation, firstLoneSurrogate } from "../../wwwroot/js/live/text-operation.js";
import { rng, randomText, randomOperation, randomSplice, boundaries } from "./random.mjs";

const op = (items) => TextOperation.fromJSON(items);
const CASES = 3000;

test("the protocol's example: retain, insert, delete, retain", () => {
  const edit = op([6, "all ", -4, 13]);
  assert.equal(edit.apply("Urges the Member States"), "Urges all Member States");
  assert.deepEqual(JSON.parse(JSON.stringify(edit)), [6, "all ", -4, 13]);
  assert.equal(edit.baseLength, 23);
  assert.equal(edit.targetLength, 23);
});

test("builds normalised: merged neighbours, no zeros, insert before an adjacent delete", () => {
  const built = new TextOperation().retain(2).retain(0).retain(3).delete(2).insert("ab").insert("c").delete(1).retain(1);
  assert.deepEqual(built.toJSON(), [5, "abc", -3, 1]);
  assert.ok(op([3, -2, "x"]).equals(op([3, "x", -2])));
  assert.ok(TextOperation.identity(4).isIdentity());
  assert.deepEqual(TextOperation.splice(10, 2, 3, "联合国").toJSON(), [2, "联合国", -3, 5]);
});

test("the wire form refuses what the server refuses", () => {
  for (const bad of [{}, null, "x", [0], [1.5], [""], [true], [[1]], ["\uD83D"], [2, "a\uDE00"]]) {
    assert.throws(() => TextOperation.fromJSON(bad), undefined, JSON.stringify(bad));
  }
});

test("apply refuses a wrong length and a cut through a surrogate pair", () => {
  assert.throws(() => op([3]).apply("ab"), /for a text of 3 characters; the paragraph has 2/);
  assert.throws(() => op([1, -1, 1]).apply("a😀"), /cuts a character in two at position 2/);
  assert.throws(() => op([2, "x", 1]).apply("a😀"), /cuts a character in two at position 2/);
  assert.equal(op([1, "x", 2]).apply("a😀"), "ax😀");
});

test("transform tie-break: the first argument's insert goes first", () => {
  const [a, b] = TextOperation.transform(op([2, "A", 1]), op([2, "B", 1]));
  assert.equal(b.apply(op([2, "A", 1]).apply("xyz")), "xyABz");
  assert.equal(a.apply(op([2, "B", 1]).apply("xyz")), "xyABz");
});

test("transformPosition: an insert at the caret pushes it; a delete over it pulls it back", () => {
  assert.equal(op([2, "ab", 3]).transformPosition(2), 4);
  assert.equal(op([2, "ab", 3]).transformPosition(1), 1);
  assert.equal(op([1, -3, 1]).transformPosition(3), 1);
  assert.equal(op([1, -3, 1]).transformPosition(5), 2);
  // The person's own caret: text inserted right at it goes after it.
  assert.equal(op([2, "ab", 3]).transformPosition(2, true), 2);
  assert.equal(op(["ab", 5]).transformPosition(0, true), 0);
  assert.equal(op([1, "ab", 4]).transformPosition(2, true), 4);
  assert.equal(op([2, -1, "ab", 2]).transformPosition(2, true), 2);
});

test("fromChange: the caret settles where a repeated letter was typed", () => {
  assert.deepEqual(TextOperation.fromChange("aa", "aaa", 1).toJSON(), ["a", 2]);
  assert.deepEqual(TextOperation.fromChange("aa", "aaa", 3).toJSON(), [2, "a"]);
  assert.deepEqual(TextOperation.fromChange("aaa", "aa", 1).toJSON(), [1, -1, 1]);
  assert.deepEqual(TextOperation.fromChange("abc", "abXc").toJSON(), [2, "X", 1]);
  // 😀 (D83D DE00) to 😁 (D83D DE01) share the high half: the whole character is replaced.
  assert.deepEqual(TextOperation.fromChange("a😀b", "a😁b", 3).toJSON(), [1, "😁", -2, 1]);
  // 🐀 (D83D DC00) and 𠀀 (D840 DC00) share the low half.
  assert.deepEqual(TextOperation.fromChange("a🐀b", "a𠀀b", 3).toJSON(), [1, "𠀀", -2, 1]);
});

test("property: apply, compose and invert", () => {
  const r = rng(1);
  for (let i = 0; i < CASES; i++) {
    const s = randomText(r);
    const a = randomOperation(r, s);
    const sa = a.apply(s);
    assert.equal(sa.length, a.targetLength);
    assert.equal(firstLoneSurrogate(sa), -1);
    const b = randomOperation(r, sa);
    const ab = TextOperation.compose(a, b);
    assert.equal(ab.apply(s), b.apply(sa), `case ${i}`);
    assert.equal(a.invert(s).apply(sa), s);
  }
});

test("property: transform satisfies TP1 and keeps surrogate pairs whole", () => {
  const r = rng(2);
  for (let i = 0; i < CASES; i++) {
    const s = randomText(r);
    const a = randomOperation(r, s);
    const b = randomOperation(r, s);
    const [a1, b1] = TextOperation.transform(a, b);
    const viaA = b1.apply(a.apply(s)); // apply() checks every boundary against surrogate pairs
    const viaB = a1.apply(b.apply(s));
    assert.equal(viaA, viaB, `case ${i}: ${JSON.stringify([s, a, b])}`);
    assert.equal(firstLoneSurrogate(viaA), -1);
    // And composing either way gives one operation with that effect.
    assert.equal(TextOperation.compose(a, b1).apply(s), viaA);
  }
});

test("property: transformPosition keeps a caret on a boundary and in order", () => {
  const r = rng(3);
  for (let i = 0; i < CASES; i++) {
    const s = randomText(r);
    const a = randomOperation(r, s);
    const result = a.apply(s);
    const cuts = new Set(boundaries(result));
    for (const stayBefore of [false, true]) {
      let previous = 0;
      for (const c of boundaries(s)) {
        const moved = a.transformPosition(c, stayBefore);
        assert.ok(moved >= previous && moved <= result.length, `case ${i}`);
        assert.ok(cuts.has(moved), `case ${i}: caret ${c} -> ${moved} splits a pair`);
        previous = moved;
      }
    }
  }
});

test("property: fromChange turns one splice into the operation that makes it", () => {
  const r = rng(4);
  for (let i = 0; i < CASES; i++) {
    const s = randomText(r);
    const change = randomSplice(r, s);
    const made = TextOperation.fromChange(s, change.result, change.caret);
    assert.equal(made.apply(s), change.result, `case ${i}`);
    // Minimal: one insert and one delete at most, no bigger than the splice itself.
    const inserts = made.ops.filter((c) => typeof c === "string");
    const deletes = made.ops.filter((c) => typeof c === "number" && c < 0);
    assert.ok(inserts.length <= 1 && deletes.length <= 1);
    // A pair may be re-typed whole when its halves are ambiguous, hence the slack of one pair.
    assert.ok((inserts[0]?.length ?? 0) <= change.insert.length + 2, `case ${i}`);
    // Where the caret went is where the edit ends.
    if (change.insert.length > 0 && change.end === change.start) {
      const end = made.ops[0] === inserts[0] ? inserts[0].length : made.ops[0] + inserts[0].length;
      assert.equal(end, change.caret, `case ${i}: ${JSON.stringify([s, change, made])}`);
    }
  }
});

test("property: fromChange between any two texts is correct and never cuts a pair", () => {
  const r = rng(5);
  for (let i = 0; i < CASES; i++) {
    const before = randomText(r, 0, 6);
    const after = r.int(0, 1) ? randomText(r, 0, 6) : before + randomText(r, 0, 2) + before;
    const caret = r.int(0, 2) === 0 ? undefined : r.pick(boundaries(after));
    const made = TextOperation.fromChange(before, after, caret);
    assert.equal(made.apply(before), after, `case ${i}`); // apply checks the cut points
    for (const c of made.ops) if (typeof c === "string") assert.equal(firstLoneSurrogate(c), -1);
  }
});
