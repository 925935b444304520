// Cross-language agreement: the cases in vectors.json carry the outputs of the C# implementation
// (CrossLanguageVectorsTests checks them on that side); the JS implementation must give the same.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { TextOperation } from "../../wwwroot/js/live/text-operation.js";
import { parseOperation, toWire, transform } from "../../wwwroot/js/live/draft-operation.js";

const vectors = JSON.parse(readFileSync(new URL("./vectors.json", import.meta.url), "utf8"));
const wire = (value) => JSON.parse(JSON.stringify(value));

test("vectors.json has hand-picked and generated cases", () => {
  assert.ok(vectors.text.length >= 200 && vectors.draft.length >= 60);
  assert.ok(vectors.text.filter((c) => !c.name.startsWith("random ")).length >= 20);
});

test("text operations: apply, transform, compose and transformPosition as in C#", () => {
  for (const c of vectors.text) {
    const a = TextOperation.fromJSON(c.a);
    const b = TextOperation.fromJSON(c.b);
    const actual = {
      applyA: a.apply(c.text),
      transform: wire(TextOperation.transform(a, b)),
      positions: Array.from({ length: c.text.length + 1 }, (_, p) => a.transformPosition(p)),
    };
    if (c.c) actual.compose = wire(TextOperation.compose(a, TextOperation.fromJSON(c.c)));
    assert.deepEqual(actual, c.expected, c.name);
  }
});

test("draft operations: a browser's edits transformed past the server's operations as in C#", () => {
  for (const c of vectors.draft) {
    const actual = transform(parseOperation(c.earlier), parseOperation(c.later)).map(toWire);
    assert.deepEqual(actual, c.expected, c.name);
  }
});
