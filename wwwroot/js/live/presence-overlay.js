// Other people's carets and selections drawn over the textareas being edited live, with their
// delegation's name and colour. A textarea cannot style parts of its text, so a hidden "mirror"
// div copies its box and font, lays the same text out, and the position of a span around the
// selection tells where to draw. The drawings live in one fixed layer outside Blazor's markup, so
// Blazor's rendering never trips over them.
//
// A name never covers the words being negotiated. Google Docs and the ShareDB/Quill cursor modules
// put the name in a flag above the caret, over the line above, for a few seconds after each move;
// in a negotiation the line above is what someone is reading out, so here the caret (a 2 px bar)
// and the selection (translucent) are all that is drawn in the text, and the name goes in the
// margin beside the editor, level with the caret's line: the full name while its owner moves or
// types, their initials once they have been still a while. Where the right margin has no room
// (a narrow window) it goes in the left one, beside the paragraph labels.

const COPIED = [
  "fontFamily", "fontSize", "fontWeight", "fontStyle", "fontVariant", "fontStretch", "fontFeatureSettings", "fontKerning",
  "letterSpacing", "wordSpacing", "lineHeight", "textTransform", "textIndent", "textAlign", "tabSize", "direction",
  "wordBreak", "overflowWrap", "hyphens", "paddingTop", "paddingRight", "paddingBottom", "paddingLeft",
];

const STYLE = `
.rd-live-layer { position: fixed; top: 0; left: 0; width: 0; height: 0; pointer-events: none; z-index: 1000; }
.rd-live-caret { position: fixed; width: 2px; margin-left: -1px; }
.rd-live-selection { position: fixed; opacity: 0.25; }
.rd-live-label { position: fixed; padding: 0 4px; border-radius: 3px; color: #fff; font: 11px/16px system-ui, sans-serif; white-space: nowrap; }
.rd-live-label.left { transform: translateX(-100%); }
.rd-live-label.quiet { font-weight: 600; } /* initials only; full colour, so the white text keeps its contrast */
.rd-live-notices { position: fixed; right: 16px; bottom: 16px; display: flex; flex-direction: column; gap: 8px; z-index: 1001; max-width: 28rem; }
.rd-live-notice { background: #333; color: #fff; padding: 8px 12px; border-radius: 4px; font: 14px/1.4 system-ui, sans-serif;
  box-shadow: 0 2px 8px rgba(0,0,0,.3); cursor: pointer; }
`;

/** Adds the live editor's few styles once (kept here so the page needs no extra stylesheet). */
export function ensureStyles(doc) {
  if (doc.getElementById("rd-live-style")) return;
  const style = doc.createElement("style");
  style.id = "rd-live-style";
  style.textContent = STYLE;
  doc.head.append(style);
}

/** How long a remote caret's label shows the full name after its owner last moved or typed; then their initials. */
export const LABEL_QUIET_AFTER_MS = 3000;

/** Whether a caret's label has shrunk to initials: its owner has been still a while (the paragraph's chip still names them). */
export function labelIsQuiet(caret, now) {
  return caret.seenAt !== undefined && now - caret.seenAt >= LABEL_QUIET_AFTER_MS;
}

/** "Lucas Almeida (Brazil)" -> "LA": as the page's presence flags (Components/Drafts/PresenceInitials.cs). */
export function initialsOf(name) {
  const bracket = name.indexOf(" (");
  const words = (bracket > 0 ? name.slice(0, bracket) : name).split(" ").map((w) => w.replace(/^[^\p{L}\p{N}]+/u, "")).filter(Boolean);
  if (words.length === 0) return "?";
  if (words.length === 1) return [...words[0]].slice(0, 2).join("");
  return ([...words[0]][0] + [...words[words.length - 1]][0]).toUpperCase();
}

export class PresenceOverlay {
  /** `redraw` is called when a label is due to shrink, so the owner redraws with the carets of that moment. */
  constructor(doc, redraw = () => {}) {
    this.doc = doc;
    this.redraw = redraw;
    this.timer = 0;
    ensureStyles(doc);
    this.layer = doc.createElement("div");
    this.layer.className = "rd-live-layer";
    this.layer.setAttribute("aria-hidden", "true");
    this.mirror = doc.createElement("div");
    Object.assign(this.mirror.style, {
      position: "absolute", top: "0", left: "-10000px", visibility: "hidden", whiteSpace: "pre-wrap",
      boxSizing: "content-box", border: "0", overflow: "visible", height: "auto",
    });
    doc.body.append(this.layer, this.mirror);
  }

  dispose() {
    clearTimeout(this.timer);
    this.layer.remove();
    this.mirror.remove();
  }

  /** Redraws every remote caret: `carets` are {nodeId, start, end, colour, delegation}; `textareaFor(nodeId)` finds where. */
  draw(carets, textareaFor) {
    const parts = [];
    const now = Date.now();
    let nextQuiet = Infinity;
    const taken = new Map(); // line -> labels already there
    const labels = [];
    for (const caret of carets) {
      const textarea = caret.nodeId && caret.start !== null ? textareaFor(caret.nodeId) : null;
      if (!textarea || !textarea.isConnected || textarea.offsetParent === null) continue;
      const length = textarea.value.length;
      const start = Math.min(caret.start, length);
      const end = Math.min(caret.end ?? caret.start, length);
      const [from, to] = start <= end ? [start, end] : [end, start];
      const box = this.visibleBox(textarea);
      const rects = this.measure(textarea, from, to).filter((r) => r.top + r.height > box.top && r.top < box.bottom);
      for (const r of to > from ? rects : []) {
        const left = Math.max(r.left, box.left);
        parts.push(this.block("rd-live-selection", caret.colour, { ...r, left }, Math.max(2, Math.min(r.left + r.width, box.right) - left)));
      }
      const at = this.measure(textarea, end, end)[0];
      if (!at || at.top + at.height <= box.top || at.top >= box.bottom || at.left < box.left - 1 || at.left > box.right + 1) continue;
      parts.push(this.block("rd-live-caret", caret.colour, at, 2));
      const label = this.doc.createElement("div");
      const quiet = labelIsQuiet(caret, now);
      label.className = quiet ? "rd-live-label quiet" : "rd-live-label";
      label.dataset.delegation = caret.delegation;
      label.textContent = quiet ? initialsOf(caret.delegation) : caret.delegation;
      if (!quiet && caret.seenAt !== undefined) nextQuiet = Math.min(nextQuiet, caret.seenAt + LABEL_QUIET_AFTER_MS);
      // In the margin right of the editor, level with the caret's line; several on one line stack downwards.
      const outer = textarea.getBoundingClientRect();
      const key = `${Math.round(outer.right)}:${Math.round(at.top)}`;
      const below = (taken.get(key) ?? 0);
      taken.set(key, below + 1);
      const top = at.top + (at.height - 16) / 2 + below * 17;
      Object.assign(label.style, { left: `${outer.right + 6}px`, top: `${top}px`, background: caret.colour });
      labels.push({ label, outer });
      parts.push(label);
    }
    this.layer.replaceChildren(...parts);
    // No room on the right (a narrow window): the left margin, beside the paragraph labels.
    const width = this.doc.documentElement.clientWidth;
    for (const { label, outer } of labels) {
      if (label.getBoundingClientRect().right <= width) continue;
      label.classList.add("left");
      label.style.left = `${outer.left - 6}px`;
    }
    clearTimeout(this.timer);
    this.timer = nextQuiet === Infinity ? 0 : setTimeout(() => this.redraw(), Math.max(0, nextQuiet - now) + 20);
  }

  block(className, colour, rect, width) {
    const el = this.doc.createElement("div");
    el.className = className;
    Object.assign(el.style, {
      left: `${rect.left}px`, top: `${rect.top}px`, width: `${width}px`, height: `${rect.height}px`, background: colour,
    });
    return el;
  }

  /** The textarea's inner box in viewport coordinates: drawings outside it are scrolled out of sight. */
  visibleBox(textarea) {
    const r = textarea.getBoundingClientRect();
    const left = r.left + textarea.clientLeft;
    const top = r.top + textarea.clientTop;
    return { left, top, right: left + textarea.clientWidth, bottom: top + textarea.clientHeight };
  }

  /** Viewport rectangles of the text from `start` to `end` (a caret when equal), laid out as the textarea lays it out. */
  measure(textarea, start, end) {
    const style = this.doc.defaultView.getComputedStyle(textarea);
    const mirror = this.mirror;
    for (const name of COPIED) mirror.style[name] = style[name];
    const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
    mirror.style.width = `${Math.max(0, textarea.clientWidth - padding)}px`;
    const text = textarea.value;
    const span = this.doc.createElement("span");
    // A word joiner gives a caret a box without adding a place where the line could break.
    span.textContent = end > start ? text.slice(start, end) : "\u2060";
    mirror.replaceChildren(text.slice(0, start), span, text.slice(end) + "\n");
    const base = mirror.getBoundingClientRect();
    const box = textarea.getBoundingClientRect();
    const dx = box.left + textarea.clientLeft - base.left - textarea.scrollLeft;
    const dy = box.top + textarea.clientTop - base.top - textarea.scrollTop;
    return [...span.getClientRects()].map((r) => ({ left: r.left + dx, top: r.top + dy, width: r.width, height: r.height }));
  }
}
