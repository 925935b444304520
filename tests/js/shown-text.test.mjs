// What the live textarea shows for footnote references and inline italics, and how typing in it
// maps back to the model text (wwwroot/js/live/shown-text.js, ADR 0015).
import { test } from "node:test";
import assert from "node:assert/strict";
import { ShownText, toggleItalic, toggleRaised, isRaiseKey, italicSpans, raisedSpans, spliceAll } from "../../wwwroot/js/live/shown-text.js";
import { TextOperation } from "../../wwwroot/js/live/text-operation.js";
import { rng } from "./random.mjs";

const MODEL = "Takes note of the report;[^1] see {i}Official Records{/i}[^12].";

test("footnote references show as superscript digits, italics between half brackets", () => {
  const shown = new ShownText(MODEL);
  assert.equal(shown.text, "Takes note of the report;¹ see ⸢Official Records⸣¹².");
  assert.equal(new ShownText("no marks").text, "no marks");
});

test("positions map both ways; inside a mark they go to its edges", () => {
  const shown = new ShownText(MODEL);
  const at = (s) => shown.text.indexOf(s);
  assert.equal(shown.toModel(at("¹ see")), MODEL.indexOf("[^1]"));
  assert.equal(shown.toModel(at(" see")), MODEL.indexOf(" see"));
  assert.equal(shown.toModel(at("Official")), MODEL.indexOf("Official"));
  assert.equal(shown.toModel(at("²"), "before"), MODEL.indexOf("[^12]"));
  assert.equal(shown.toModel(at("²"), "after"), MODEL.indexOf("[^12]") + 5);
  assert.equal(shown.toModel(shown.text.length), MODEL.length);
  assert.equal(shown.toShown(MODEL.indexOf("[^12]") + 2), at("."));
  for (let p = 0; p <= shown.text.length; p++) {
    if (shown.markAround(p)) continue;
    assert.equal(shown.toShown(shown.toModel(p)), p, `position ${p}`);
  }
});

test("Backspace on a footnote mark deletes the whole reference, not a bracket of it", () => {
  const shown = new ShownText(MODEL);
  const p = shown.text.indexOf("¹ see") + 1;
  const edited = shown.edit(shown.text.slice(0, p - 1) + shown.text.slice(p), p - 1);
  assert.equal(edited.model, "Takes note of the report; see {i}Official Records{/i}[^12].");
  assert.equal(edited.caret, MODEL.indexOf("[^1]"));
  assert.equal(new ShownText(edited.model).text, "Takes note of the report; see ⸢Official Records⸣¹².");
});

test("deleting one digit of a two-digit mark deletes the reference; typing inside it goes after it", () => {
  const shown = new ShownText(MODEL);
  const two = shown.text.indexOf("²");
  const deleted = shown.edit(shown.text.slice(0, two) + shown.text.slice(two + 1), two);
  assert.equal(deleted.model, "Takes note of the report;[^1] see {i}Official Records{/i}.");
  const typed = shown.edit(shown.text.slice(0, two) + "x" + shown.text.slice(two), two + 1);
  assert.equal(typed.model, "Takes note of the report;[^1] see {i}Official Records{/i}[^12]x.");
});

test("deleting an italic mark takes its partner: the italics go, the words stay", () => {
  const shown = new ShownText(MODEL);
  const open = shown.text.indexOf("⸢");
  const edited = shown.edit(shown.text.slice(0, open) + shown.text.slice(open + 1), open);
  assert.equal(edited.model, "Takes note of the report;[^1] see Official Records[^12].");
  assert.equal(edited.caret, MODEL.indexOf("{i}"));
  const close = shown.text.indexOf("⸣");
  const back = shown.edit(shown.text.slice(0, close) + shown.text.slice(close + 1), close);
  assert.equal(back.model, "Takes note of the report;[^1] see Official Records[^12].");
  assert.equal(back.caret, MODEL.indexOf("{/i}") - 3);
});

test("typing just inside the italic marks is italic; just outside it is not", () => {
  const shown = new ShownText("a {i}b{/i} c");
  assert.equal(shown.text, "a ⸢b⸣ c");
  assert.equal(shown.edit("a ⸢bX⸣ c", 5).model, "a {i}bX{/i} c");
  assert.equal(shown.edit("a ⸢b⸣X c", 6).model, "a {i}b{/i}X c");
  assert.equal(shown.edit("a ⸢Xb⸣ c", 4).model, "a {i}Xb{/i} c");
  assert.equal(shown.edit("a X⸢b⸣ c", 3).model, "a X{i}b{/i} c");
});

test("a selection over words and marks replaced by typing: whole tokens go, with the partners of italic marks", () => {
  const shown = new ShownText("one {i}two three{/i} four[^2] five");
  // select from "two" (inside italics) to "fi": the closing mark and the reference go, the opening mark too
  const from = shown.text.indexOf("two");
  const to = shown.text.indexOf("ve");
  const edited = shown.edit(shown.text.slice(0, from) + "Z" + shown.text.slice(to), from + 1);
  assert.equal(edited.model, "one Zve");
});

test("pasting a reference written out becomes a mark", () => {
  const shown = new ShownText("text");
  const edited = shown.edit("text[^3]", 8);
  assert.equal(edited.model, "text[^3]");
  assert.equal(new ShownText(edited.model).text, "text³");
});

test("Ctrl+I on a selection: italic; again: plain; on part of italics: splits them", () => {
  const model = "see the Official Records of the Assembly";
  const from = model.indexOf("Official");
  const to = model.indexOf(" of the");
  const on = toggleItalic(model, from, to);
  const italic = on.operation.apply(model);
  assert.equal(italic, "see the {i}Official Records{/i} of the Assembly");
  assert.equal(italic.slice(on.from, on.to), "Official Records");
  const off = toggleItalic(italic, on.from, on.to);
  assert.equal(off.operation.apply(italic), model);
  const part = toggleItalic(italic, italic.indexOf("Records"), italic.indexOf("{/i}"));
  assert.equal(part.operation.apply(italic), "see the {i}Official {/i}Records of the Assembly");
});

test("Ctrl+I over italic and plain text makes all of it italic, as one span", () => {
  const model = "a {i}b c{/i} d e";
  const result = toggleItalic(model, model.indexOf("c"), model.length);
  assert.equal(result.operation.apply(model), "a {i}b c d e{/i}");
  const before = toggleItalic(model, 0, model.indexOf("c"));
  assert.equal(before.operation.apply(model), "{i}a b c{/i} d e");
});

test("Ctrl+I with a caret: outside italics an empty pair to type into; inside, ends them there", () => {
  const empty = toggleItalic("ab", 1, 1);
  assert.equal(empty.operation.apply("ab"), "a{i}{/i}b");
  assert.equal(empty.from, 4);
  const again = toggleItalic("a{i}{/i}b", 4, 4);
  assert.equal(again.operation.apply("a{i}{/i}b"), "ab");
  const split = toggleItalic("{i}abcd{/i}", 5, 5);
  assert.equal(split.operation.apply("{i}abcd{/i}"), "{i}ab{/i}{i}cd{/i}");
  const out = toggleItalic("{i}ab{/i}c", 5, 5);
  assert.ok(out.operation.isIdentity());
  assert.equal(out.from, 9);
});

test("italic spans: unmatched marks do nothing; italics left open run to the end", () => {
  assert.deepEqual(italicSpans("a{/i}b{i}c{i}d{/i}e{i}f").map((s) => [s.from, s.to]), [[9, 14], [22, 23]]);
});

test("property: every shown edit maps to a model edit whose shown text is what the textarea shows, up to whole marks", () => {
  const random = rng(17);
  const pieces = ["a", "b", " ", "联", "[^1]", "[^23]", "{i}", "{/i}", "x"];
  for (let n = 0; n < 3000; n++) {
    let model = "";
    for (let k = Math.floor(random() * 12); k > 0; k--) model += pieces[Math.floor(random() * pieces.length)];
    const shown = new ShownText(model);
    const from = Math.floor(random() * (shown.text.length + 1));
    const to = from + Math.floor(random() * (shown.text.length - from + 1));
    const insert = ["", "q", "ab"][Math.floor(random() * 3)];
    const value = shown.text.slice(0, from) + insert + shown.text.slice(to);
    const edited = shown.edit(value, from + insert.length);
    if (value === shown.text) { assert.equal(edited, null); continue; }
    assert.equal(edited.operation.apply(model), edited.model);
    // Tokens are whole: every token of the new model is a token of the old one or none was cut.
    const again = new ShownText(edited.model);
    const plain = (s) => s.replace(/[⸢⸣⁰¹²³⁴⁵⁶⁷⁸⁹]/g, "");
    // The words typed are there, and no word outside the edit was lost.
    assert.ok(plain(again.text).includes(insert), `${model} -> ${edited.model}`);
    assert.ok(plain(again.text).length >= plain(value).length - 0, `${JSON.stringify(model)} [${from},${to}) ${JSON.stringify(insert)} -> ${JSON.stringify(edited.model)}`);
    assert.equal(again.toShown(edited.caret) >= 0, true);
  }
});

test("spliceAll: several edits in one operation", () => {
  const op = spliceAll("abcdef", [{ at: 4, remove: 1, insert: "X" }, { at: 1, remove: 0, insert: "Y" }]);
  assert.equal(op.apply("abcdef"), "aYbcdXf");
  assert.ok(op instanceof TextOperation);
});

// The plain characters of a model text with whether each is italic, as the server reads them.
function styled(model) {
  const spans = italicSpans(model);
  const marks = [...model.matchAll(/\{i\}|\{\/i\}/g)].map((m) => [m.index, m.index + m[0].length]);
  const out = [];
  for (let p = 0; p < model.length; p++) {
    if (marks.some(([a, b]) => a <= p && p < b)) continue;
    out.push({ c: model[p], at: p, italic: spans.some((s) => s.from <= p && p < s.to) });
  }
  return out;
}

test("property: Ctrl+I over any range italicises it (or, when all italic, makes it plain) and nothing else", () => {
  const random = rng(23);
  const pieces = ["a", "b", " ", "[^1]", "{i}", "{/i}", "cd"];
  for (let n = 0; n < 3000; n++) {
    let model = "";
    for (let k = 1 + Math.floor(random() * 10); k > 0; k--) model += pieces[Math.floor(random() * pieces.length)];
    let from = Math.floor(random() * (model.length + 1));
    let to = from + 1 + Math.floor(random() * (model.length - from));
    if (to > model.length) continue;
    const before = styled(model);
    const result = toggleItalic(model, from, to);
    const after = result.operation.apply(model);
    const now = styled(after);
    assert.equal(now.map((x) => x.c).join(""), before.map((x) => x.c).join(""), `${model} [${from},${to})`);
    // Characters outside the (token-widened) range keep their style; inside, all get one style.
    const widen = (p, end) => { for (const m of model.matchAll(/\[\^\d+\]|\{i\}|\{\/i\}/g)) { if (m.index < p && p < m.index + m[0].length) return end ? m.index + m[0].length : m.index; } return p; };
    from = widen(from, false);
    to = widen(to, true);
    const inside = before.map((x, i) => (x.at >= from && x.at < to ? i : -1)).filter((i) => i >= 0);
    const allItalic = inside.every((i) => before[i].italic);
    for (let i = 0; i < before.length; i++) {
      const expected = inside.includes(i) ? !allItalic : before[i].italic;
      assert.equal(now[i].italic, expected, `${JSON.stringify(model)} [${from},${to}) -> ${JSON.stringify(after)} at ${i}`);
    }
  }
});

// Raised letters that are no footnote reference (ADR 0035): a table's note letter, "Conversion{sup}a{/sup}".
const NOTE = "Conversion{i}{sup}a{/sup}{/i} of posts";

test("raised letters show between raised parentheses, never as mark syntax", () => {
  const shown = new ShownText(NOTE);
  assert.equal(shown.text, "Conversion⸢⁽a⁾⸣ of posts");
  assert.doesNotMatch(shown.text, /\{|\}/);
});

test("Backspace on a raised mark deletes it and its partner, the letter stays", () => {
  const shown = new ShownText(NOTE);
  const p = shown.text.indexOf("⁾") + 1;
  const edited = shown.edit(shown.text.slice(0, p - 1) + shown.text.slice(p), p - 1);
  assert.equal(edited.model, "Conversion{i}a{/i} of posts");
});

test("typing beside a raised letter keeps it raised; typing inside raises what is typed", () => {
  const shown = new ShownText(NOTE);
  const end = shown.text.length;
  const after = shown.edit(shown.text + " and", end + 4);
  assert.equal(after.model, NOTE + " and");
  const inside = shown.text.indexOf("a⁾") + 1;
  const typed = shown.edit(shown.text.slice(0, inside) + "b" + shown.text.slice(inside), inside + 1);
  assert.equal(typed.model, "Conversion{i}{sup}ab{/sup}{/i} of posts");
});

test("Ctrl+I over a raised letter changes the italics and leaves the raised marks alone", () => {
  const model = "Conversion{sup}a{/sup} of posts";
  const from = 0;
  const to = model.indexOf(" of");
  const result = toggleItalic(model, from, to);
  const after = result.operation.apply(model);
  assert.match(after, /\{sup\}a\{\/sup\}/);
  assert.equal(after.replace(/\{\/?sup\}/g, ""), "{i}Conversiona{/i} of posts");
});

// Issue 16 item 3, ADR 0035 amendment 1: a letter raised while editing, as Word's superscript.
test("Ctrl+Shift+= on a selected letter raises it, shown between ⁽ ⁾; again lowers it", () => {
  const model = "Posts{i}Q{/i} of the table";
  const q = model.indexOf("Q");
  const on = toggleRaised(model, q, q + 1);
  const raised = on.operation.apply(model);
  assert.equal(raised, "Posts{i}{sup}Q{/sup}{/i} of the table");
  assert.equal(raised.slice(on.from, on.to), "Q");
  assert.equal(new ShownText(raised).text, "Posts⸢⁽Q⁾⸣ of the table");
  const off = toggleRaised(raised, on.from, on.to);
  assert.equal(off.operation.apply(raised), model);
});

test("raising over a raised and a plain letter raises both as one span; Chinese text around it stays", () => {
  const model = "员额{sup}a{/sup}b，其他";
  const result = toggleRaised(model, model.indexOf("a"), model.indexOf("，"));
  const after = result.operation.apply(model);
  assert.equal(after, "员额{sup}ab{/sup}，其他");
  assert.deepEqual(raisedSpans(after).map((s) => after.slice(s.from, s.to)), ["ab"]);
});

test("the raise key at a caret opens a raised pair to type into, and again at its end steps out", () => {
  const open = toggleRaised("Conversion", 10, 10);
  const model = open.operation.apply("Conversion");
  assert.equal(model, "Conversion{sup}{/sup}");
  const typed = model.slice(0, open.from) + "a" + model.slice(open.from);
  assert.equal(typed, "Conversion{sup}a{/sup}");
  const out = toggleRaised(typed, open.from + 1, open.from + 1);
  assert.ok(out.operation.isIdentity());
  assert.equal(out.from, typed.length);
});

test("raising leaves italic marks alone, as Ctrl+I leaves raised marks alone", () => {
  const model = "{i}Conversion a{/i} of posts";
  const a = model.indexOf(" a") + 1;
  const after = toggleRaised(model, a, a + 1).operation.apply(model);
  assert.equal(after, "{i}Conversion {sup}a{/sup}{/i} of posts");
  assert.deepEqual(italicSpans(after).map((s) => [s.from, s.to]), [[3, after.indexOf("{/i}")]]);
});

test("the raise key is Ctrl+Shift+= (US: \"+\" on the Equal key) or Ctrl++ (a + key of its own); not the keypad's zoom", () => {
  assert.ok(isRaiseKey({ ctrlKey: true, shiftKey: true, key: "+", code: "Equal" }));
  assert.ok(isRaiseKey({ metaKey: true, shiftKey: true, key: "+", code: "Equal" }));
  assert.ok(isRaiseKey({ ctrlKey: true, shiftKey: true, key: "=", code: "Equal" }));
  assert.ok(isRaiseKey({ ctrlKey: true, shiftKey: false, key: "+", code: "BracketRight" }));
  assert.ok(!isRaiseKey({ ctrlKey: true, shiftKey: false, key: "=", code: "Equal" }));
  assert.ok(!isRaiseKey({ ctrlKey: true, shiftKey: false, key: "+", code: "NumpadAdd" }));
  assert.ok(!isRaiseKey({ ctrlKey: false, shiftKey: true, key: "+", code: "Equal" }));
  assert.ok(!isRaiseKey({ ctrlKey: true, altKey: true, shiftKey: true, key: "+", code: "Equal" }));
});

// ADR 0032 in the live editor: a raised figure pasted where the paragraph's footnote reference stood is that reference.
test("a paste whose ¹ stands where the replaced reference stood keeps the reference; m² and 10⁶ stay characters", () => {
  const model = "Recalling the Convention,[^1] as adopted,";
  const shown = new ShownText(model);
  const whole = (pasted) => shown.edit(pasted, pasted.length);
  // The whole paragraph pasted over with words changed on both sides of the reference.
  assert.equal(whole("Recalling also the Convention,¹ as adopted in 1992,").model, "Recalling also the Convention,[^1] as adopted in 1992,");
  // The words beside it changed too: the one figure 1, glued to a mark, for the one reference gone.
  assert.equal(whole("Recalling the Conventions,¹ as amended,").model, "Recalling the Conventions,[^1] as amended,");
  // A figure that is no reference stays a character.
  assert.equal(whole("Recalling the Convention, 10⁶ m² as adopted,").model, "Recalling the Convention, 10⁶ m² as adopted,");
  // A reference the paste keeps stays; a figure elsewhere is a character.
  assert.equal(whole("Recalling the Convention,¹ on 10⁶ m² as adopted,").model, "Recalling the Convention,[^1] on 10⁶ m² as adopted,");
  // A figure of another note is no reference to it.
  assert.equal(whole("Recalling also the Convention,² as adopted in 1992,").model, "Recalling also the Convention,² as adopted in 1992,");
  // Chinese: the reference after the closing bracket.
  const zh = new ShownText("回顾《公约》[^1]的规定，");
  assert.equal(zh.edit("又回顾《公约》¹的各项规定，", 14).model, "又回顾《公约》[^1]的各项规定，");
});

test("a figure typed outside the pasted range is left as it is", () => {
  const shown = new ShownText("Recalling the Convention,[^1] as adopted, m²");
  // Only "as adopted" replaced: the reference stays a token, nothing else changes.
  const edited = shown.edit("Recalling the Convention,¹ as amended, m²", 39);
  assert.equal(edited.model, "Recalling the Convention,[^1] as amended, m²");
});
