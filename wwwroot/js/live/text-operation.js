// The ot.js text operation, kept identical to the C# TextOperation in
// src/ResolutionDrafts.Domain/Operations (TextOperation, TextOperationBuilder, TextAlgebra): the
// server and the browser must transform the same way or their texts drift apart.
//
// An operation walks the whole text: retain n, insert s, delete n, counted in UTF-16 code units
// (JavaScript string indices, the unit the C# side counts in too). Wire form, as ot.js: an array
// where a positive integer retains, a string inserts and a negative integer deletes:
// [6, "all ", -4, 13].

const isRetain = (c) => typeof c === "number" && c > 0;
const isInsert = (c) => typeof c === "string";
const isDelete = (c) => typeof c === "number" && c < 0;
const lengthOf = (c) => (isInsert(c) ? c.length : Math.abs(c));

const isHigh = (code) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code) => code >= 0xdc00 && code <= 0xdfff;

/** True when a cut at `position` falls between the two halves of a surrogate pair. */
export function splitsPair(text, position) {
  return position > 0 && position < text.length
    && isHigh(text.charCodeAt(position - 1)) && isLow(text.charCodeAt(position));
}

/** The index of the first lone surrogate in `text`, or -1. */
export function firstLoneSurrogate(text) {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isHigh(code)) {
      if (i + 1 < text.length && isLow(text.charCodeAt(i + 1))) { i++; continue; }
      return i;
    }
    if (isLow(code)) return i;
  }
  return -1;
}

export class TextOperation {
  constructor() {
    /** Normalised components: no zeros, neighbours of one kind merged, insert before an adjacent delete. */
    this.ops = [];
    this.baseLength = 0;
    this.targetLength = 0;
  }

  retain(n) {
    checkCount(n);
    if (n === 0) return this;
    this.baseLength += n;
    this.targetLength += n;
    const last = this.ops.length - 1;
    if (last >= 0 && isRetain(this.ops[last])) this.ops[last] += n;
    else this.ops.push(n);
    return this;
  }

  /** Inserts `text`; refuses a lone surrogate, as the server does, since no editor can show half a character. */
  insert(text) {
    if (typeof text !== "string") throw new TypeError("An insert needs a string.");
    const lone = firstLoneSurrogate(text);
    if (lone >= 0) throw new RangeError(`The inserted text has a lone surrogate at ${lone}.`);
    return this.insertUnchecked(text);
  }

  // Compose and transform may cut an insert where the other operation's boundary falls; the pieces
  // are whole again once merged, so only the public insert() checks for lone surrogates.
  insertUnchecked(text) {
    if (text.length === 0) return this;
    this.targetLength += text.length;
    const ops = this.ops;
    const last = ops.length - 1;
    if (last >= 0 && isInsert(ops[last])) {
      ops[last] += text;
    } else if (last >= 0 && isDelete(ops[last])) {
      // Insert-then-delete and delete-then-insert do the same; keep the one order C# keeps.
      if (last >= 1 && isInsert(ops[last - 1])) ops[last - 1] += text;
      else ops.splice(last, 0, text);
    } else {
      ops.push(text);
    }
    return this;
  }

  delete(n) {
    checkCount(n);
    if (n === 0) return this;
    this.baseLength += n;
    const last = this.ops.length - 1;
    if (last >= 0 && isDelete(this.ops[last])) this.ops[last] -= n;
    else this.ops.push(-n);
    return this;
  }

  /** True when applying it changes nothing. */
  isIdentity() {
    return this.ops.every(isRetain);
  }

  equals(other) {
    return other instanceof TextOperation && this.baseLength === other.baseLength
      && this.ops.length === other.ops.length && this.ops.every((c, i) => c === other.ops[i]);
  }

  /** Throws (with the server's wording) unless the lengths agree and no boundary cuts a surrogate pair. */
  checkAgainst(text) {
    if (text.length !== this.baseLength) {
      throw new RangeError(`The text operation is for a text of ${this.baseLength} characters; the paragraph has ${text.length}.`);
    }
    let position = 0;
    for (const c of this.ops) {
      if (splitsPair(text, position)) throw new RangeError(`The text operation cuts a character in two at position ${position}.`);
      if (!isInsert(c)) position += lengthOf(c);
    }
  }

  apply(text) {
    this.checkAgainst(text);
    const parts = [];
    let position = 0;
    for (const c of this.ops) {
      if (isRetain(c)) { parts.push(text.slice(position, position + c)); position += c; }
      else if (isInsert(c)) parts.push(c);
      else position -= c;
    }
    return parts.join("");
  }

  /** The operation that undoes this one on the text it produced from `text`. */
  invert(text) {
    this.checkAgainst(text);
    const inverse = new TextOperation();
    let position = 0;
    for (const c of this.ops) {
      if (isRetain(c)) { inverse.retain(c); position += c; }
      else if (isInsert(c)) inverse.delete(c.length);
      else { inverse.insertUnchecked(text.slice(position, position - c)); position -= c; }
    }
    return inverse;
  }

  /**
   * Where a caret at `position` ends up after this operation. Text inserted exactly at the caret
   * pushes it along, as ot.js does for remote carets (and as the C# TransformPosition does). With
   * `stayBefore`, such text lands after the caret instead: for the person's own caret, so that two
   * people typing at one spot each keep their words together instead of interleaving them.
   */
  transformPosition(position, stayBefore = false) {
    let remaining = position;
    let result = position;
    for (const c of this.ops) {
      if (isRetain(c)) remaining -= c;
      else if (isInsert(c)) { if (stayBefore && remaining === 0) break; result += c.length; }
      else { result -= Math.min(remaining, -c); remaining += c; }
      if (remaining < 0) break;
    }
    return result;
  }

  toJSON() {
    return this.ops.slice();
  }

  /** Reads the wire form, refusing what the server would refuse, with the item number. */
  static fromJSON(items) {
    if (!Array.isArray(items)) throw new TypeError('A text operation is an array like [5, "text", -3].');
    const op = new TextOperation();
    items.forEach((item, i) => {
      if (typeof item === "number") {
        if (!Number.isInteger(item) || item === 0) {
          throw new RangeError(`Item ${i} of the text operation must be a whole number other than 0 (retain if positive, delete if negative).`);
        }
        if (item > 0) op.retain(item); else op.delete(-item);
      } else if (typeof item === "string") {
        if (item.length === 0) throw new RangeError(`Item ${i} of the text operation is an empty insert.`);
        op.insert(item);
      } else {
        throw new TypeError(`Item ${i} of the text operation must be a number or a string.`);
      }
    });
    return op;
  }

  /** The operation that keeps a text of `length` code units as it is. */
  static identity(length) {
    return new TextOperation().retain(length);
  }

  /** Replaces `deleteCount` code units at `position` of a text of `textLength` with `insert`. */
  static splice(textLength, position, deleteCount, insert) {
    return new TextOperation().retain(position).insert(insert).delete(deleteCount)
      .retain(textLength - position - deleteCount);
  }

  /** One operation with the effect of `first` then `second`. */
  static compose(first, second) {
    if (first.targetLength !== second.baseLength) {
      throw new RangeError(`Cannot compose: the first operation produces ${first.targetLength} characters but the second expects ${second.baseLength}.`);
    }
    const result = new TextOperation();
    const a = new Cursor(first);
    const b = new Cursor(second);
    while (!a.done || !b.done) {
      if (!a.done && isDelete(a.current)) { result.delete(a.take(a.remaining)); continue; }
      if (!b.done && isInsert(b.current)) { result.insertUnchecked(b.takeText(b.remaining)); continue; }
      const n = overlap(a, b);
      const ak = a.current;
      const bk = b.current;
      if (isRetain(ak) && isRetain(bk)) { result.retain(n); a.take(n); b.take(n); }
      else if (isInsert(ak) && isRetain(bk)) { result.insertUnchecked(a.takeText(n)); b.take(n); }
      else if (isInsert(ak) && isDelete(bk)) { a.take(n); b.take(n); }
      else { result.delete(n); a.take(n); b.take(n); } // retain then delete
    }
    return result;
  }

  /**
   * Transforms two operations made on the same text so each can follow the other:
   * apply(apply(s, a), b') === apply(apply(s, b), a'). When both insert at one position, `a`'s
   * text comes first; the server orders operations, and whoever transforms always passes the one
   * the server ordered first as `a`, so the earlier arrival keeps its place. Returns [a', b'].
   */
  static transform(first, second) {
    if (first.baseLength !== second.baseLength) {
      throw new RangeError(`Cannot transform: the operations were made on texts of ${first.baseLength} and ${second.baseLength} characters.`);
    }
    const aPrime = new TextOperation();
    const bPrime = new TextOperation();
    const a = new Cursor(first);
    const b = new Cursor(second);
    while (!a.done || !b.done) {
      // Inserts go first, and the first operation's before the second's: the tie-break.
      if (!a.done && isInsert(a.current)) {
        const text = a.takeText(a.remaining);
        aPrime.insertUnchecked(text);
        bPrime.retain(text.length);
        continue;
      }
      if (!b.done && isInsert(b.current)) {
        const text = b.takeText(b.remaining);
        aPrime.retain(text.length);
        bPrime.insertUnchecked(text);
        continue;
      }
      const n = overlap(a, b);
      const ak = a.current;
      const bk = b.current;
      if (isRetain(ak) && isRetain(bk)) { aPrime.retain(n); bPrime.retain(n); }
      else if (isDelete(ak) && isRetain(bk)) aPrime.delete(n);
      else if (isRetain(ak) && isDelete(bk)) bPrime.delete(n);
      // Both delete the same code units: neither needs to any more.
      a.take(n);
      b.take(n);
    }
    return [aPrime, bPrime];
  }

  /**
   * The smallest operation turning `oldText` into `newText` when a textarea's value changed in one
   * place: keep the common prefix and suffix, replace the middle. `caretHint` (the caret after the
   * change) settles ambiguous cases such as typing "a" into "aa": the edit is taken to end at the
   * caret, so it lands where the person typed. Never cuts a surrogate pair.
   */
  static fromChange(oldText, newText, caretHint) {
    const shorter = Math.min(oldText.length, newText.length);
    // Suffix first, bounded by the caret: the edit must not end before it.
    let suffixLimit = shorter;
    if (Number.isInteger(caretHint) && caretHint >= 0 && caretHint <= newText.length) {
      suffixLimit = Math.min(suffixLimit, newText.length - caretHint);
    }
    let suffix = 0;
    while (suffix < suffixLimit
      && oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) suffix++;
    // A suffix may not start with the low half of a pair: the pair's high halves might differ.
    if (suffix > 0 && isLow(oldText.charCodeAt(oldText.length - suffix))) suffix--;

    const prefixLimit = shorter - suffix;
    let prefix = 0;
    while (prefix < prefixLimit && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
    // Nor may a prefix end with the high half of one.
    if (prefix > 0 && isHigh(oldText.charCodeAt(prefix - 1))) prefix--;

    return new TextOperation()
      .retain(prefix)
      .insert(newText.slice(prefix, newText.length - suffix))
      .delete(oldText.length - prefix - suffix)
      .retain(suffix);
  }
}

function checkCount(n) {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`A count must be a whole number of at least 0, not ${n}.`);
}

// The length checks make both walks end together; one ending early would be a bug here.
function overlap(a, b) {
  if (a.done || b.done) throw new Error("Text operation lengths disagree after the length check.");
  return Math.min(a.remaining, b.remaining);
}

/** Walks an operation's components, allowing part of one to be consumed at a time. */
class Cursor {
  constructor(operation) {
    this.ops = operation.ops;
    this.index = 0;
    this.used = 0;
  }

  get done() { return this.index >= this.ops.length; }

  get current() { return this.ops[this.index]; }

  get remaining() { return this.done ? Infinity : lengthOf(this.ops[this.index]) - this.used; }

  take(count) {
    this.used += count;
    if (this.used === lengthOf(this.ops[this.index])) { this.index++; this.used = 0; }
    return count;
  }

  takeText(count) {
    const text = this.ops[this.index].slice(this.used, this.used + count);
    this.take(count);
    return text;
  }
}
