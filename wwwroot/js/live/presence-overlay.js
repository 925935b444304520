// Other people's carets and selections drawn over the textareas being edited live, with their
// delegation's name and colour. A textarea cannot style parts of its text, so a hidden "mirror"
// div copies its box and font, lays the same text out, and the position of a span around the
// selection tells where to draw. The drawings live in one fixed layer outside Blazor's markup, so
// Blazor's rendering never trips over them.

const COPIED = [
  "fontFamily", "fontSize", "fontWeight", "fontStyle", "fontVariant", "fontStretch", "fontFeatureSettings", "fontKerning",
  "letterSpacing", "wordSpacing", "lineHeight", "textTransform", "textIndent", "textAlign", "tabSize", "direction",
  "wordBreak", "overflowWrap", "hyphens", "paddingTop", "paddingRight", "paddingBottom", "paddingLeft",
];

const STYLE = `
.rd-live-layer { position: fixed; top: 0; left: 0; width: 0; height: 0; pointer-events: none; z-index: 1000; }
.rd-live-caret { position: fixed; width: 2px; margin-left: -1px; }
.rd-live-selection { position: fixed; opacity: 0.25; }
.rd-live-label { position: fixed; transform: translateY(-100%); padding: 0 4px; border-radius: 3px 3px 3px 0;
  color: #fff; font: 11px/16px system-ui, sans-serif; white-space: nowrap; }
.rd-live-label.quiet { width: 6px; height: 6px; padding: 0; margin-left: -2px; font-size: 0; line-height: 0; border-radius: 1px; }
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

/** How long a remote caret keeps its name label after its owner last moved or typed; then only a small flag. */
export const LABEL_QUIET_AFTER_MS = 3000;

/** Whether a caret's label has shrunk to a flag: its owner has been still a while (the paragraph's chip still names them). */
export function labelIsQuiet(caret, now) {
  return caret.seenAt !== undefined && now - caret.seenAt >= LABEL_QUIET_AFTER_MS;
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
      if (!quiet) {
        label.textContent = caret.delegation;
        if (caret.seenAt !== undefined) nextQuiet = Math.min(nextQuiet, caret.seenAt + LABEL_QUIET_AFTER_MS);
      }
      Object.assign(label.style, { left: `${at.left}px`, top: `${at.top}px`, background: caret.colour });
      parts.push(label);
    }
    this.layer.replaceChildren(...parts);
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
