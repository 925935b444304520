// Seeded randomness for the property tests, so a failure can be replayed from its seed.
import { TextOperation } from "../../wwwroot/js/live/text-operation.js";

/** mulberry32: small, fast and good enough to spread test cases. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)); // inclusive
  next.pick = (items) => items[Math.floor(next() * items.length)];
  return next;
}

// The scripts delegates type, as the C# RandomText: English, Chinese, emoji and CJK Extension B
// (the last two are surrogate pairs, and 🇺🇳 and 👍🏽 are two pairs each).
const ENGLISH = ["a", "e", "t", "o", "n", " ", "s", "r", ",", "."];
const CHINESE = ["大", "会", "决", "议", "联", "合", "国", "。", "，"];
const EMOJI = ["😀", "🇺🇳", "👍🏽", "🌍"];
const EXT_B = ["𠀀", "𠜎", "𡃁", "𪚥"];

export function randomText(r, min = 0, max = 12) {
  let s = "";
  const count = r.int(min, max);
  for (let i = 0; i < count; i++) {
    const roll = r.int(0, 9);
    s += r.pick(roll < 5 ? ENGLISH : roll < 8 ? CHINESE : roll === 8 ? EMOJI : EXT_B);
  }
  return s;
}

/** Indices where an operation may cut `text`: never between the halves of a pair. */
export function boundaries(text) {
  const result = [];
  for (let i = 0; i <= text.length; i++) {
    const high = i > 0 && /[\uD800-\uDBFF]/.test(text[i - 1]);
    const low = i < text.length && /[\uDC00-\uDFFF]/.test(text[i]);
    if (!(high && low)) result.push(i);
  }
  return result;
}

/** A random operation on `text` with several retains, inserts and deletes, cut only at boundaries. */
export function randomOperation(r, text) {
  const op = new TextOperation();
  const cuts = boundaries(text);
  let at = 0;
  while (at < cuts.length - 1) {
    const next = Math.min(cuts.length - 1, at + r.int(1, 4));
    const length = cuts[next] - cuts[at];
    switch (r.int(0, 3)) {
      case 0: op.retain(length); break;
      case 1: op.delete(length); break;
      case 2: op.insert(randomText(r, 1, 3)); op.retain(length); break;
      default: op.insert(randomText(r, 1, 2)); op.delete(length); break;
    }
    at = next;
  }
  if (r.int(0, 2) === 0) op.insert(randomText(r, 1, 3));
  return op;
}

/** One splice at random boundaries, as a person typing or deleting would make it. */
export function randomSplice(r, text) {
  const cuts = boundaries(text);
  const i = r.int(0, cuts.length - 1);
  const j = r.int(i, Math.min(cuts.length - 1, i + r.int(0, 3)));
  const insert = r.int(0, 3) === 0 ? "" : randomText(r, 1, 3);
  const start = cuts[i];
  const end = r.int(0, 2) === 0 ? cuts[j] : start;
  return { start, end, insert, result: text.slice(0, start) + insert + text.slice(end), caret: start + insert.length };
}
