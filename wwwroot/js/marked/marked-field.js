// Text boxes that are not live but hold a paragraph's text — the "Propose a change" copy, the
// new-paragraph forms, the amendment of a proposal — show it as the live editor does (shown-text.js):
// a footnote reference `[^N]` as a superscript mark, italics `{i}…{/i}` between ⸢ ⸣ (ADR 0015), each
// mark deleted whole, Ctrl+I or the italic button to set or take away italics, Ctrl+Shift+= or the raise
// button to raise a letter or lower it again ({sup}…{/sup} between ⁽ ⁾, ADR 0035). What the page gets
// stays model text. The markup (Components/Drafts/MarkedTextArea.razor):
//   <span class="marked-field">
//     <textarea data-marked-text="{version}" data-marked-value="{model text}"></textarea>   shown text, owned here
//     <textarea hidden class="marked-model"></textarea>                                      model text, for Blazor (input events)
//     <button data-marked-italic="{id of the shown textarea}">I</button>
//     <button data-marked-raised="{id of the shown textarea}">xᵃ</button>
//   </span>
// Blazor never writes the shown textarea's value: it sets data-marked-value (with a new version) when
// the page itself puts a text in (opening the copy, "Use" of agreed language), and hears the typed text
// from the hidden one. The box keeps the draft's limit as the draft counts it (DraftLimits.MaxTextLength,
// `data-marked-max`: the model text's length, marks included — `[^1]` is 4, `{i}…{/i}` 7): a change past it
// is not made and the notice under the box says why (a browser's maxlength would count the shown text).

import { ShownText, toggleItalic, toggleRaised, isRaiseKey } from "../live/shown-text.js";

const fields = new WeakMap(); // shown textarea -> { version, view }

function load(textarea) {
  const field = { version: textarea.dataset.markedText, view: new ShownText(textarea.dataset.markedValue ?? "") };
  fields.set(textarea, field);
  if (textarea.value !== field.view.text) textarea.value = field.view.text;
  return field;
}

function fieldOf(textarea) {
  const field = fields.get(textarea);
  return field && field.version === textarea.dataset.markedText ? field : load(textarea);
}

function scan(booting) {
  for (const textarea of document.querySelectorAll("textarea[data-marked-text]")) {
    const opened = !fields.has(textarea);
    fieldOf(textarea);
    if (opened && booting !== true) takeFocus(textarea);
  }
}

/** A box that just opened (+ after, + sub, Propose a change …) takes the keys, the caret at the end of its
    text, when the focus is on nothing or still on the button pressed to open it; never from a box in use. */
function takeFocus(textarea) {
  const focus = document.activeElement;
  if (focus && focus !== document.body && focus.isConnected && focus.tagName !== "BUTTON") return;
  textarea.focus({ preventScroll: true });
  textarea.setSelectionRange(textarea.value.length, textarea.value.length);
}

function report(textarea, model) {
  const hidden = textarea.closest(".marked-field")?.querySelector("textarea.marked-model");
  if (!hidden) return;
  hidden.value = model;
  hidden.dispatchEvent(new Event("input", { bubbles: true }));
}

function notice(textarea, message) {
  const box = textarea.closest(".marked-field")?.querySelector(".marked-notice");
  if (box) box.textContent = message;
}

/** Whether `model` keeps the box's limit; if not, the box shows its text as before and says why. */
function fits(textarea, field, model, caret) {
  const max = Number(textarea.dataset.markedMax);
  if (!(max > 0) || model.length <= max || model.length <= field.view.model.length) {
    notice(textarea, "");
    return true;
  }
  const limit = max.toLocaleString("en");
  const added = (model.length - field.view.model.length).toLocaleString("en");
  notice(textarea, `Not added (${added} characters more): a paragraph can hold at most ${limit} characters as stored, each footnote reference and italic mark counted as typed ([^1] is 4, italics 7). This one has ${field.view.model.length.toLocaleString("en")}.`);
  textarea.value = field.view.text;
  const at = field.view.toShown(Math.max(0, Math.min(caret - (model.length - field.view.model.length), field.view.model.length)));
  textarea.setSelectionRange(at, at);
  return false;
}

function show(textarea, field, model, from, to) {
  field.view = new ShownText(model);
  if (textarea.value !== field.view.text) textarea.value = field.view.text;
  textarea.setSelectionRange(field.view.toShown(from), field.view.toShown(to));
}

/** The box's new value as an edit of the model text: a mark touched is a token deleted whole. */
function take(textarea) {
  const field = fieldOf(textarea);
  const result = field.view.edit(textarea.value, textarea.selectionEnd);
  if (!result || !fits(textarea, field, result.model, result.caret)) return;
  show(textarea, field, result.model, result.caret, result.caret);
  report(textarea, result.model);
}

/** Ctrl+I / Ctrl+Shift+= or a button: `toggle` (toggleItalic, toggleRaised) over the selection. */
function style(textarea, toggle) {
  const field = fieldOf(textarea);
  if (textarea.value !== field.view.text) take(textarea);
  const from = field.view.toModel(textarea.selectionStart, "before");
  const to = field.view.toModel(textarea.selectionEnd, "after");
  const result = toggle(field.view.model, Math.min(from, to), Math.max(from, to));
  if (result.operation.isIdentity()) {
    textarea.setSelectionRange(field.view.toShown(result.from), field.view.toShown(result.to));
    return;
  }

  const model = result.operation.apply(field.view.model);
  if (!fits(textarea, field, model, result.to)) return;
  show(textarea, field, model, result.from, result.to);
  report(textarea, model);
}

const isField = (target) => target?.tagName === "TEXTAREA" && target.dataset.markedText !== undefined;

if (typeof document !== "undefined") {
  document.addEventListener("input", (e) => { if (isField(e.target) && !e.isComposing) take(e.target); });
  document.addEventListener("compositionend", (e) => { if (isField(e.target)) take(e.target); });
  document.addEventListener("keydown", (e) => {
    if (!isField(e.target) || e.isComposing) return;
    if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === "i") {
      e.preventDefault();
      style(e.target, toggleItalic);
    } else if (isRaiseKey(e)) {
      e.preventDefault();
      style(e.target, toggleRaised);
    }
  });
  // The italic and raise buttons keep the focus and selection in the text.
  document.addEventListener("mousedown", (e) => { if (e.target.closest?.("[data-marked-italic], [data-marked-raised]")) e.preventDefault(); });
  document.addEventListener("click", (e) => {
    const button = e.target.closest?.("[data-marked-italic], [data-marked-raised]");
    if (!button) return;
    const raise = button.dataset.markedRaised !== undefined;
    const textarea = document.getElementById(raise ? button.dataset.markedRaised : button.dataset.markedItalic);
    if (textarea && isField(textarea)) {
      style(textarea, raise ? toggleRaised : toggleItalic);
      textarea.focus();
    }
  });
  const boot = () => {
    scan(true); // the boxes a page loads with are not opened by this person: the focus stays where the page put it
    new MutationObserver(scan).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ["data-marked-text"] });
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", boot, { once: true });
  else boot();
}

if (typeof window !== "undefined") {
  /** For tests and the console: the model text behind a box. */
  window.rdMarked = { model: (id) => { const t = document.getElementById(id); return t && isField(t) ? fieldOf(t).view.model : null; } };
}
