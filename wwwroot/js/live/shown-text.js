// What a live textarea shows for a paragraph's text, and the way back. The text model writes a
// footnote reference as `[^N]`, inline italics between `{i}` and `{/i}` (ADR 0015) and raised letters
// that are no reference (a table's note letter) between `{sup}` and `{/sup}` (ADR 0035); a textarea
// cannot raise or slant part of its text, so it shows each of those tokens as a mark of its own —
// a reference as superscript digits (¹, ²³), the italics as the half brackets ⸢ and ⸣, raised
// letters between the raised parentheses ⁽ and ⁾ — and this
// module maps positions between the shown text and the model text. A token is one thing: deleting
// any part of its mark deletes the whole token (and an italic or raised mark takes its partner with it), and
// typing never lands inside one. Operations sent to the server stay in model coordinates.

import { TextOperation } from "./text-operation.js";

export const ITALIC_OPEN = "{i}";
export const ITALIC_CLOSE = "{/i}";
export const ITALIC_OPEN_MARK = "\u2E22"; // ⸢
export const ITALIC_CLOSE_MARK = "\u2E23"; // ⸣
export const RAISED_OPEN = "{sup}";
export const RAISED_CLOSE = "{/sup}";
export const RAISED_OPEN_MARK = "\u207D"; // ⁽
export const RAISED_CLOSE_MARK = "\u207E"; // ⁾
const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const TOKEN = /\[\^(\d{1,4})\]|\{i\}|\{\/i\}|\{sup\}|\{\/sup\}/g;
const KINDS = { [ITALIC_OPEN]: "open", [ITALIC_CLOSE]: "close", [RAISED_OPEN]: "raise-open", [RAISED_CLOSE]: "raise-close" };
const FACES = { open: ITALIC_OPEN_MARK, close: ITALIC_CLOSE_MARK, "raise-open": RAISED_OPEN_MARK, "raise-close": RAISED_CLOSE_MARK };

/** The tokens of a model text: {kind: "footnote"|"open"|"close"|"raise-open"|"raise-close", start, end, number?}, in order. */
export function tokensOf(model) {
  const tokens = [];
  for (const m of model.matchAll(TOKEN)) {
    const kind = m[1] !== undefined ? "footnote" : KINDS[m[0]];
    tokens.push({ kind, start: m.index, end: m.index + m[0].length, number: m[1] !== undefined ? Number(m[1]) : undefined });
  }
  return tokens;
}

/**
 * The italic spans of a model text, read the way the server reads them (C# InlineItalics): an
 * opening mark starts italics unless they are on, a closing mark ends them if they are on; marks
 * that do nothing are ignored, and italics left open run to the end. Each span: {open, close}
 * (tokens; close null when left open), and {from, to}: the text between them.
 */
export function italicSpans(model, tokens = tokensOf(model)) {
  return spansOf(model, tokens, "open", "close");
}

/** The raised spans of a model text ({sup} … {/sup}, ADR 0035), read as italicSpans reads italics. */
export function raisedSpans(model, tokens = tokensOf(model)) {
  return spansOf(model, tokens, "raise-open", "raise-close");
}

function spansOf(model, tokens, openKind, closeKind) {
  const spans = [];
  let open = null;
  for (const t of tokens) {
    if (t.kind === openKind && open === null) open = t;
    else if (t.kind === closeKind && open !== null) {
      spans.push({ open, close: t, from: open.end, to: t.start });
      open = null;
    }
  }
  if (open !== null) spans.push({ open, close: null, from: open.end, to: model.length });
  return spans;
}

function faceOf(token) {
  if (token.kind === "footnote") return [...String(token.number)].map((d) => SUPERSCRIPT[d]).join("");
  return FACES[token.kind];
}

/** One model text as a textarea shows it, with the position mapping both ways. */
export class ShownText {
  constructor(model) {
    this.model = model;
    this.tokens = tokensOf(model);
    let shown = "";
    let at = 0;
    for (const t of this.tokens) {
      shown += model.slice(at, t.start);
      t.shownStart = shown.length;
      shown += faceOf(t);
      t.shownEnd = shown.length;
      at = t.end;
    }
    this.text = shown + model.slice(at);
  }

  /** The model position of shown position `p`; inside a mark, its start ("before") or its end ("after", the default). */
  toModel(p, bias = "after") {
    let shift = 0;
    for (const t of this.tokens) {
      if (p <= t.shownStart) break;
      if (p < t.shownEnd) return bias === "before" ? t.start : t.end;
      shift += (t.end - t.start) - (t.shownEnd - t.shownStart);
    }
    return p + shift;
  }

  /** The shown position of model position `m`; inside a token, after its mark. */
  toShown(m) {
    let shift = 0;
    for (const t of this.tokens) {
      if (m <= t.start) break;
      if (m < t.end) return t.shownEnd;
      shift += (t.end - t.start) - (t.shownEnd - t.shownStart);
    }
    return m - shift;
  }

  /** The token whose mark covers shown position `p` strictly inside, or null. */
  markAround(p) {
    return this.tokens.find((t) => t.shownStart < p && p < t.shownEnd) ?? null;
  }

  /**
   * The model operation for the textarea's new value `shown` (from this text's), with `caret` the
   * selection end after the change (a hint where the edit was). Part of a mark deleted deletes its
   * whole token, and an italic mark takes its partner along (the italics go, not half of them);
   * text typed inside a mark goes after it. Returns {operation, model, caret} (caret in model
   * coordinates), or null when nothing changed.
   */
  edit(shown, caret) {
    if (shown === this.text) return null;
    const change = TextOperation.fromChange(this.text, shown, caret).toJSON();
    let prefix = 0;
    let inserted = "";
    let deleted = 0;
    let i = 0;
    if (typeof change[i] === "number" && change[i] > 0) prefix = change[i++];
    if (typeof change[i] === "string") inserted = change[i++];
    if (typeof change[i] === "number" && change[i] < 0) deleted = -change[i++];
    let start = prefix;
    let end = prefix + deleted;
    if (deleted > 0) {
      start = this.toModel(start, "before");
      end = this.toModel(end, "after");
    } else {
      start = end = this.toModel(start, "after");
    }
    if (/[⁰¹²³⁴⁵⁶⁷⁸⁹]/u.test(inserted)) {
      // A raised figure pasted where a footnote reference stood ("Council,¹" over the reference the paste replaced) is
      // that reference, as in proposals and imports (ADR 0032); "m²" or "10⁶" stay characters.
      const naive = this.model.slice(0, start) + inserted + this.model.slice(end);
      const read = raisedFiguresAsReferences(this.model, naive, start, start + inserted.length);
      if (read !== naive) inserted = read.slice(start, read.length - (this.model.length - end));
    }
    const edits = [{ at: start, remove: end - start, insert: inserted }];
    if (end > start) {
      // An italic or raised mark deleted without its partner: the partner goes too.
      for (const span of [...italicSpans(this.model, this.tokens), ...raisedSpans(this.model, this.tokens)]) {
        const marks = [span.open, span.close].filter(Boolean);
        const gone = marks.filter((t) => t.start >= start && t.end <= end);
        if (gone.length === 0 || gone.length === marks.length) continue;
        for (const t of marks) if (!gone.includes(t)) edits.push({ at: t.start, remove: t.end - t.start, insert: "" });
      }
    }
    const operation = spliceAll(this.model, edits);
    const model = operation.apply(this.model);
    return { operation, model, caret: operation.transformPosition(start) };
  }
}

const RAISED_CONTEXT = 3;

// What a reader sees on one side of a place: up to three characters, spaces, marks, references and raised figures aside.
function visible(text, fromEnd) {
  const letters = [...text.replace(TOKEN, "")].filter((c) => !/\s/u.test(c) && !SUPERSCRIPT.includes(c));
  return (fromEnd ? letters.slice(Math.max(0, letters.length - RAISED_CONTEXT)) : letters.slice(0, RAISED_CONTEXT)).join("");
}

// The runs of raised figures in a text: {start, end, number}, at most four figures a run.
function raisedRuns(text) {
  const runs = [];
  for (let s = 0; s < text.length; s++) {
    if (!SUPERSCRIPT.includes(text[s])) continue;
    let e = s;
    while (e < text.length && SUPERSCRIPT.includes(text[e]) && e - s < 4) e++;
    runs.push({ start: s, end: e, number: Number([...text.slice(s, e)].map((c) => SUPERSCRIPT.indexOf(c)).join("")) });
    s = e - 1;
  }
  return runs;
}

/**
 * `text` (a new text for `original`) with its raised figures in [from, to) that stand where a footnote reference of the
 * original stood written as that reference `[^N]` — the rule of the server's FootnoteReferences.RaisedFiguresAsReferences
 * (ADR 0032): a figure is footnote N only when the original refers to N more often than the new text still does and one of
 * those references had the same words beside it (three characters read before or after it), or, the words around it
 * changed too, it is the text's one figure N, glued to a word or mark, for the one reference to N that is gone.
 */
export function raisedFiguresAsReferences(original, text, from = 0, to = text.length) {
  const numbers = (t) => [...t.matchAll(/\[\^(\d{1,4})\]/g)];
  const kept = numbers(text).map((m) => Number(m[1]));
  const wanting = [];
  for (const m of numbers(original)) {
    const number = Number(m[1]);
    const i = kept.indexOf(number);
    if (i >= 0) { kept.splice(i, 1); continue; }
    wanting.push({ number, before: visible(original.slice(0, m.index), true), after: visible(original.slice(m.index + m[0].length), false) });
  }
  if (wanting.length === 0) return text;
  const runs = raisedRuns(text);
  let result = "";
  let at = 0;
  for (const run of runs) {
    if (run.start < from || run.end > to) continue;
    const before = visible(text.slice(0, run.start), true);
    const after = visible(text.slice(run.end), false);
    let match = wanting.findIndex((w) => w.number === run.number && ((before && before === w.before) || (after && after === w.after)));
    const previous = run.start > 0 ? text[run.start - 1] : "";
    if (match < 0 && previous && !/[\s\d]/u.test(previous)
      && wanting.filter((w) => w.number === run.number).length === 1 && runs.filter((r) => r.number === run.number).length === 1) {
      match = wanting.findIndex((w) => w.number === run.number);
    }
    if (match < 0) continue;
    wanting.splice(match, 1);
    result += text.slice(at, run.start) + `[^${run.number}]`;
    at = run.end;
  }
  return result + text.slice(at);
}

/** One operation making several edits ({at, remove, insert}, in model positions of `text`, not overlapping). */
export function spliceAll(text, edits) {
  const sorted = [...edits].sort((a, b) => a.at - b.at || a.remove - b.remove);
  const op = new TextOperation();
  let at = 0;
  for (const e of sorted) {
    if (e.at < at) throw new RangeError("Overlapping edits.");
    op.retain(e.at - at);
    if (e.insert) op.insert(e.insert);
    if (e.remove) op.delete(e.remove);
    at = e.at + e.remove;
  }
  return op.retain(text.length - at);
}

/**
 * The edits that toggle italics over the model range [from, to) (Ctrl+I): all of it italic already
 * → not italic; else → italic, joined with italic text it touches. A caret (from = to) inside
 * italics ends them there; outside, an empty pair goes in with the caret between, so what is typed
 * next is italic; at the very start or end of italics it steps out of them. Returns {operation,
 * from, to}: the operation and the selection (model positions) after it.
 */
export function toggleItalic(model, from, to) {
  return toggleStyle(model, from, to, ITALIC);
}

/**
 * The edits that raise the model range [from, to) or lower it again (Ctrl+Shift+= or the raise button, as Word's
 * superscript): a letter that is no footnote reference written {sup}…{/sup} (ADR 0035, amendment 1), toggled by the
 * rules of toggleItalic; italic marks stay where they are, as raised marks do for Ctrl+I.
 */
export function toggleRaised(model, from, to) {
  return toggleStyle(model, from, to, RAISED);
}

const ITALIC = { open: ITALIC_OPEN, close: ITALIC_CLOSE, openKind: "open", closeKind: "close" };
const RAISED = { open: RAISED_OPEN, close: RAISED_CLOSE, openKind: "raise-open", closeKind: "raise-close" };

/**
 * Whether a keydown is the raise key: Ctrl+Shift+= as in Word (Cmd on a Mac), which a US keyboard reports as "+" on the
 * Equal key; Ctrl++ where "+" has a key of its own (a German keyboard, Word's Strg++). The numeric keypad's + stays the
 * browser's zoom.
 */
export function isRaiseKey(e) {
  return (e.ctrlKey || e.metaKey) && !e.altKey && !e.isComposing && e.code !== "NumpadAdd"
    && (e.key === "+" || (e.shiftKey && e.code === "Equal"));
}

// One rule for both styles; the comments speak of italics, and read the same for raised letters.
function toggleStyle(model, from, to, style) {
  const { open: OPEN, close: CLOSE } = style;
  const tokens = tokensOf(model);
  // Never cut a token: widen the range to whole tokens.
  for (const t of tokens) {
    if (t.start < from && from < t.end) from = t.start;
    if (t.start < to && to < t.end) to = t.end;
  }
  const spans = spansOf(model, tokens, style.openKind, style.closeKind);
  const italicAt = (p) => spans.find((s) => s.from <= p && p < s.to) ?? null;
  const edits = [];
  // Only this style's marks: the other style's marks stay where they are whatever this one does.
  const markTokens = tokens.filter((t) => t.kind === style.openKind || t.kind === style.closeKind);
  if (from === to) {
    const span = spans.find((s) => s.from <= from && from <= s.to);
    const same = (p) => ({ operation: TextOperation.identity(model.length), from: p, to: p });
    if (!span) {
      // Outside italics: an empty pair with the caret between, so what is typed next is italic.
      return { operation: spliceAll(model, [{ at: from, remove: 0, insert: OPEN + CLOSE }]), from: from + OPEN.length, to: from + OPEN.length };
    }
    if (span.from === span.to) {
      // An empty pair: Ctrl+I again takes it away.
      const marks = [span.open, span.close].filter(Boolean).map((t) => ({ at: t.start, remove: t.end - t.start, insert: "" }));
      return { operation: spliceAll(model, marks), from: span.open.start, to: span.open.start };
    }
    if (from === span.to && span.close) return same(span.close.end); // at the end of italics: step out of them
    if (from === span.from) return same(span.open.start); // at their start: step out before them
    // Inside italics: end them here and start them again after the caret.
    const operation = spliceAll(model, [{ at: from, remove: 0, insert: CLOSE + OPEN }]);
    return { operation, from: from + CLOSE.length, to: from + CLOSE.length };
  }
  // Is every character of the range that is not a mark italic? (Only marks selected: as a caret.)
  let allItalic = true;
  let characters = 0;
  for (let p = from; p < to; p++) {
    if (tokens.some((t) => t.start <= p && p < t.end && t.kind !== "footnote")) continue;
    characters++;
    if (!italicAt(p)) allItalic = false;
  }
  if (characters === 0) return { operation: TextOperation.identity(model.length), from, to };
  const inside = markTokens.filter((t) => t.start >= from && t.end <= to);
  for (const t of inside) edits.push({ at: t.start, remove: t.end - t.start, insert: "" });
  const remove = (t) => edits.push({ at: t.start, remove: t.end - t.start, insert: "" });
  if (allItalic) {
    // Plain again: italics running into the range close before it, italics running on reopen after it;
    // marks right at its edges go.
    const startsHere = spans.find((s) => s.from === from);
    if (startsHere) remove(startsHere.open);
    else if (spans.some((s) => s.from < from && from <= s.to)) edits.push({ at: from, remove: 0, insert: CLOSE });
    const endsHere = spans.find((s) => s.to === to && s.close);
    if (endsHere) remove(endsHere.close);
    else if (spans.some((s) => s.from <= to && to < s.to)) edits.push({ at: to, remove: 0, insert: OPEN });
  } else {
    // Italic, joined with italics that touch the range (their marks inside it went above).
    if (!spans.some((s) => s.from <= from && from <= s.to)) edits.push({ at: from, remove: 0, insert: OPEN });
    if (!spans.some((s) => s.from <= to && to <= s.to)) edits.push({ at: to, remove: 0, insert: CLOSE });
  }
  const merged = mergeAt(edits);
  const operation = spliceAll(model, merged);
  return { operation, from: operation.transformPosition(from), to: operation.transformPosition(to, true) };
}

// A removal and an insertion at one place become one edit.
function mergeAt(edits) {
  const byAt = new Map();
  for (const e of edits) {
    const prev = byAt.get(e.at);
    if (prev) byAt.set(e.at, { at: e.at, remove: prev.remove + e.remove, insert: prev.insert + e.insert });
    else byAt.set(e.at, { ...e });
  }
  return [...byAt.values()];
}
