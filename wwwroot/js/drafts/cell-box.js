// A table cell's box is a textarea that wraps, so a long title of a post shows whole (ADR 0043); it keeps what the
// one-line input did: Enter commits the cell (a "change", as an input sends on Enter) and adds no line break, a pasted
// line break is a space, and the box is as tall as its text (CSS `field-sizing: content`; where a browser lacks it,
// here). Blazor sends the change to the server through the draft's live session, as before.

const isBox = (target) => target?.tagName === "TEXTAREA" && target.classList.contains("cell-input");

const ideograph = (c) => c !== undefined && /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/.test(c);

/** The text on one line: a line break, with the spaces around it, is one space; none between two ideographs. */
export const oneLine = (text) =>
  text.replace(/[ \t]*[\r\n]+[ \t]*/g, (gap, at, all) => (ideograph(all[at - 1]) && ideograph(all[at + gap.length]) ? "" : " "));

const sizedByCss = typeof CSS !== "undefined" && CSS.supports?.("field-sizing", "content");

function fit(box) {
  if (sizedByCss) return;
  box.style.height = "auto";
  box.style.height = `${box.scrollHeight + box.offsetHeight - box.clientHeight}px`;
}

if (typeof document !== "undefined") {
  document.addEventListener("keydown", (e) => {
    if (!isBox(e.target) || e.key !== "Enter" || e.isComposing || e.shiftKey || e.ctrlKey || e.altKey || e.metaKey) return;
    e.preventDefault();
    const box = e.target;
    if (box.dataset.committed === box.value) return;
    box.dataset.committed = box.value;
    box.dispatchEvent(new Event("change", { bubbles: true }));
  });
  document.addEventListener("input", (e) => {
    if (!isBox(e.target) || e.isComposing) return;
    const box = e.target;
    delete box.dataset.committed;
    if (/[\r\n]/.test(box.value)) {
      const caret = oneLine(box.value.slice(0, box.selectionStart)).length;
      box.value = oneLine(box.value);
      box.setSelectionRange(caret, caret);
    }
    fit(box);
  });
  // The change the browser sends on leaving a box committed by Enter, with nothing typed since, would set it twice.
  window.addEventListener("change", (e) => {
    if (isBox(e.target) && e.isTrusted && e.target.dataset.committed === e.target.value) e.stopImmediatePropagation();
  }, { capture: true });
  document.addEventListener("focusin", (e) => { if (isBox(e.target)) delete e.target.dataset.committed; });
  if (!sizedByCss) {
    const scan = () => { for (const box of document.querySelectorAll("textarea.cell-input")) fit(box); };
    const boot = () => {
      scan();
      new MutationObserver(scan).observe(document.body, { childList: true, subtree: true });
      window.addEventListener("resize", scan, { passive: true });
    };
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", boot, { once: true });
    else boot();
  }
}
