// A long paste read as paragraphs (wwwroot/js/live/paste-split.js).
import { test } from "node:test";
import assert from "node:assert/strict";
import { splitIntoParagraphs } from "../../wwwroot/js/live/paste-split.js";

test("blank lines separate paragraphs; line breaks inside one become spaces", () => {
  assert.deepEqual(splitIntoParagraphs("Recalling its resolution,\nand also\n\nNoting with concern,\r\n\r\n\r\n", 100),
    ["Recalling its resolution, and also", "Noting with concern,"]);
});

test("without blank lines, numbered paragraphs start new ones, and their numbers go", () => {
  const text = "1. Urges all States to refrain;\n2. Reiterates its call upon all States,\nin conformity with the Charter;\n(a) To report;";
  assert.deepEqual(splitIntoParagraphs(text, 200),
    ["Urges all States to refrain;", "Reiterates its call upon all States, in conformity with the Charter;", "(a) To report;"]);
});

test("a part longer than a paragraph may be is cut between sentences, never over the limit", () => {
  const sentence = "The Assembly notes the report. ";
  const text = sentence.repeat(1000);
  const parts = splitIntoParagraphs(text, 2000);
  assert.ok(parts.length > 1);
  assert.ok(parts.every((p) => p.length <= 2000 && p.endsWith("report.")));
  assert.equal(parts.join(" "), text.trim());
});

test("a 50,000-character paste of one word repeated is cut between words; Chinese without spaces anywhere, whole characters", () => {
  const words = splitIntoParagraphs("x".repeat(9) + (" yyyyyyyyy".repeat(5000)), 20000);
  assert.ok(words.every((p) => p.length <= 20000));
  assert.equal(words.join(" ").length, 50009 - 0);
  const chinese = splitIntoParagraphs("联".repeat(30000) + "𠀀".repeat(10), 20000);
  assert.ok(chinese.every((p) => p.length <= 20000 && !/^[\uDC00-\uDFFF]/.test(p)));
  assert.equal(chinese.join(""), "联".repeat(30000) + "𠀀".repeat(10));
});

test("nothing but white space reads as no paragraphs", () => {
  assert.deepEqual(splitIntoParagraphs(" \n\n \t", 100), []);
});
