// Glue between the Blazor draft page, the live client and SignalR. The page renders
//   <div data-live-draft="{draftId}">
//     <span data-live-status></span>
//     <textarea class="live-text" data-live-node="{nodeId}"></textarea>   (one per paragraph edited live, empty)
// and Blazor never touches a textarea's value: this module fills it from the client's texts,
// turns typing into text operations, applies remote ones keeping the local selection, and draws
// other people's carets. A MutationObserver follows Blazor as it adds and removes textareas, and
// the whole live session as the draft page comes and goes (enhanced navigation).
// The hub client is @microsoft/signalr's browser build, loaded before this module as `signalR`.

import { LiveClient, newClientId } from "./client.js";
import { TextOperation } from "./text-operation.js";
import { PresenceOverlay, ensureStyles } from "./presence-overlay.js";
import { ShownText, toggleItalic, toggleRaised, isRaiseKey } from "./shown-text.js";
import { splitIntoParagraphs } from "./paste-split.js";

const MAX_TEXT = 20000; // DraftLimits.MaxTextLength: the server refuses longer paragraphs
const PRESENCE_THROTTLE_MS = 100;
const RETRY_MS = [0, 1000, 2000, 5000, 10000];
const STATUS_TEXT = { offline: "offline — reconnecting", connecting: "connecting…", saving: "saving…", connected: "connected" };

// One client id per page load: a reconnect or a return to the draft keeps it, so the server's
// sequence check recognises a resend.
const pageClientId = newClientId();
let session = null;

// Unacknowledged edits outlive the page that made them. When Blazor navigates away from the draft
// (this module stays loaded), the session stays connected without a page until they are
// acknowledged, and is taken back if the draft is opened again meanwhile. For a reload (Blazor
// reloads the page when its circuit cannot be resumed, e.g. after a server restart) they are kept
// in sessionStorage and taken back with their client id, so the resend is recognised and applied once.
const draining = new Map(); // draftId -> session with no page, still sending
const STORAGE_PREFIX = "rdLive.pending.";
let storageChecked = false;

function takeSaved(draftId) {
  if (storageChecked) return null;
  storageChecked = true;
  try {
    // Only a reload resumes: a duplicated tab gets a copy of sessionStorage too, and two tabs
    // sending one client's sequence numbers would have one tab's edits taken for duplicates.
    const key = STORAGE_PREFIX + draftId;
    const raw = sessionStorage.getItem(key);
    sessionStorage.removeItem(key);
    const navigation = performance.getEntriesByType("navigation")[0];
    return raw && navigation?.type === "reload" ? JSON.parse(raw) : null;
  } catch {
    return null;
  }
}

class LiveSession {
  constructor(root, signalR) {
    this.root = null;
    this.signalR = signalR;
    this.draftId = root.dataset.liveDraft;
    // textarea -> {textarea, nodeId, shown, view, pending, composing}: `shown` is the model text the
    // textarea shows, `view` how it shows it (footnote references and italic marks as marks, shown-text.js).
    this.bindings = new Map();
    this.connection = "connecting"; // then "online", "reconnecting" or "offline"; "connecting" only until the first start succeeds or fails
    this.manualOffline = false;
    this.savedSeq = null;
    this.disposed = false;
    this.noticeLog = [];
    this.overlay = new PresenceOverlay(document, () => this.redraw());
    const saved = takeSaved(this.draftId);
    this.client = new LiveClient({
      draftId: this.draftId, clientId: saved?.clientId ?? pageClientId,
      transport: {
        invoke: (method, argument) => this.hub.invoke(method, argument),
        isConnected: () => this.hub.state === signalR.HubConnectionState.Connected,
      },
    });
    this.client.describeNode = (nodeId) => this.describe(nodeId);
    if (saved) this.client.restorePending(saved);
    // Once the draft's text arrives, a paragraph that was open before it (read-only till now) has a place to be in.
    this.client.on("reset", () => { for (const b of this.bindings.values()) this.fill(b); this.presenceNow(); });
    this.client.on("remote", ({ effects }) => this.showRemote(effects));
    this.client.on("status", () => {
      this.showStatus();
      // Once a submission is acknowledged, a saved copy of it must not outlive the ack: save now.
      // New keystrokes only add to what is pending and can wait for the throttle.
      if ((this.client.outstanding?.clientSeq ?? null) !== this.savedSeq) this.save();
      else this.saveSoon();
    });
    this.client.on("presence", () => this.redraw());
    this.client.on("notice", (notice) => this.showNotice(notice));
    this.sendPresence = throttle(() => this.presenceNow(), PRESENCE_THROTTLE_MS);
    this.saveSoon = throttle(() => this.save(), 500);
    this.hub = this.buildConnection(root);
    this.attach(root);
    this.start();
  }

  /** Works with a (new) rendering of the draft page. */
  attach(root) {
    this.root = root;
    this.listen();
    this.scan();
    this.showStatus();
  }

  /** Lets go of the page's elements (listeners, observer, textareas, drawings). */
  unbindPage() {
    this.observer?.disconnect();
    for (const [name, handler, target, options] of this.handlers) target.removeEventListener(name, handler, options);
    this.overlay.draw([], () => null);
    this.bindings.clear();
    this.root = null;
  }

  /** The page went away: close once nothing is pending; until then keep sending. */
  detach() {
    this.unbindPage();
    if (this.client.exportPending() === null) this.close();
    else draining.set(this.draftId, this);
  }

  close() {
    this.save();
    this.disposed = true;
    draining.delete(this.draftId);
    clearTimeout(this.startTimer);
    this.client.leave();
    this.hub.stop();
    this.overlay.dispose();
  }

  // ---- connection ----

  buildConnection(root) {
    const { HubConnectionBuilder, HttpTransportType, LogLevel } = this.signalR;
    const url = new URL(root.dataset.hubUrl ?? "hubs/drafts", document.baseURI).href;
    const hub = new HubConnectionBuilder()
      .withUrl(url, { transport: HttpTransportType.WebSockets })
      // Never give up: a delegate on hotel Wi-Fi keeps typing and catches up when it returns.
      .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (ctx) => RETRY_MS[Math.min(ctx.previousRetryCount, RETRY_MS.length - 1)] })
      .configureLogging(LogLevel.Warning)
      .build();
    const c = this.client;
    hub.on("DraftJoined", (m) => c.handleDraftJoined(m));
    hub.on("OperationsApplied", (m) => c.handleOperationsApplied(m));
    hub.on("OperationAcknowledged", (m) => c.handleOperationAcknowledged(m));
    hub.on("OperationRefused", (m) => c.handleOperationRefused(m));
    hub.on("PresenceChanged", (m) => c.handlePresenceChanged(m));
    hub.on("PresenceLeft", (m) => c.handlePresenceLeft(m));
    hub.onreconnecting(() => { this.connection = "reconnecting"; c.disconnected(); });
    hub.onreconnected(() => { this.connection = "online"; c.connected(); });
    hub.onclose(() => {
      this.connection = "offline";
      c.disconnected();
      if (!this.disposed && !this.manualOffline) this.start(RETRY_MS[2]);
    });
    return hub;
  }

  /** Starts the connection, retrying until it comes up (the automatic reconnect covers only drops after a start). */
  start(delay = 0, attempt = 0) {
    clearTimeout(this.startTimer);
    this.startTimer = setTimeout(() => {
      if (this.disposed || this.manualOffline || this.hub.state !== this.signalR.HubConnectionState.Disconnected) return;
      this.hub.start().then(
        () => { this.connection = "online"; this.client.connected(); },
        () => {
          this.connection = "offline";
          this.showStatus();
          this.start(RETRY_MS[Math.min(attempt + 1, RETRY_MS.length - 1)], attempt + 1);
        },
      );
    }, delay);
  }

  /** Keeps pending edits in sessionStorage, or clears them once everything is acknowledged. */
  save() {
    if (this.disposed) return;
    const key = STORAGE_PREFIX + this.draftId;
    try {
      const pending = this.client.exportPending();
      this.savedSeq = this.client.outstanding?.clientSeq ?? null;
      if (pending) sessionStorage.setItem(key, JSON.stringify(pending));
      else sessionStorage.removeItem(key);
    } catch {
      // Storage full or disabled: the edits still live in this page.
    }
  }

  // ---- textareas ----

  /** Finds textareas Blazor added or re-used for another paragraph, and forgets those it removed. */
  scan() {
    for (const textarea of this.root.querySelectorAll("textarea[data-live-node]")) {
      const binding = this.bindings.get(textarea);
      if (!binding || binding.nodeId !== textarea.dataset.liveNode) this.bind(textarea);
    }
    let closed = false;
    for (const textarea of this.bindings.keys()) {
      if (!textarea.isConnected || !this.root.contains(textarea) || !textarea.dataset.liveNode) { this.bindings.delete(textarea); closed = true; }
    }
    if (closed) this.sendPresence(); // a closed editor: this person has left that paragraph
    this.redraw();
  }

  bind(textarea) {
    // awaiting: the editor opened before this client heard of its node (a line or paragraph just added by this page);
    // it takes keys at once, and they are sent as an edit when the node arrives (not lost in a read-only box).
    const binding = { textarea, nodeId: textarea.dataset.liveNode, shown: null, view: null, pending: null, composing: false,
      awaiting: this.client.text(textarea.dataset.liveNode) === undefined };
    this.bindings.set(textarea, binding);
    this.fill(binding);
    // An editor just opened (Edit, + quoted line …) takes the keys at once, the caret at the end of its
    // text: the focus would be on nothing (the button pressed is gone) or on that button. Never taken from a
    // box in use.
    const focus = document.activeElement;
    if (!focus || focus === document.body || !focus.isConnected || focus.tagName === "BUTTON") {
      textarea.focus({ preventScroll: true });
      textarea.setSelectionRange(textarea.value.length, textarea.value.length);
    }
    // Opening a paragraph's editor puts this person in that paragraph: others see them at once, not
    // only once they type or click into the text.
    this.sendPresence();
  }

  /** Shows the client's text for the binding's node; read-only until there is one and the draft is loaded. */
  fill(binding) {
    const text = this.client.text(binding.nodeId);
    const { textarea } = binding;
    if (binding.awaiting && text !== undefined) {
      // The node arrived: what was typed meanwhile is an edit of its text.
      binding.awaiting = false;
      const typed = textarea.value;
      binding.shown = text;
      binding.view = new ShownText(text);
      binding.pending = null;
      binding.composing = false;
      textarea.readOnly = !this.client.ready;
      textarea.toggleAttribute("data-live-missing", false);
      if (typed !== "" && typed !== binding.view.text) this.takeInput(binding);
      else if (typed !== binding.view.text) textarea.value = binding.view.text;
      return;
    }
    binding.pending = null;
    binding.composing = false;
    binding.shown = text ?? null;
    binding.view = text === undefined ? null : new ShownText(text);
    if (text !== undefined && textarea.value !== binding.view.text) {
      const { selectionStart, selectionEnd } = textarea;
      const shown = binding.view.text;
      textarea.value = shown;
      if (document.activeElement === textarea) textarea.setSelectionRange(Math.min(selectionStart, shown.length), Math.min(selectionEnd, shown.length));
    }
    textarea.readOnly = (text === undefined && !binding.awaiting) || !this.client.ready;
    textarea.toggleAttribute("data-live-missing", text === undefined);
  }

  bindingOf(nodeId) {
    for (const b of this.bindings.values()) if (b.nodeId === nodeId) return b;
    return null;
  }

  /** The person typed: the difference from what the textarea showed becomes a text operation. */
  takeInput(binding) {
    const { textarea } = binding;
    if (binding.composing || binding.shown === null) return;
    if (!this.client.ready) { this.fill(binding); return; }
    let value = textarea.value;
    const typed = value; // with any line breaks a paste brought: a long paste is split at them
    if (/[\r\n]/.test(value)) {
      // A paragraph is one line of text (Enter splits paragraphs); pasted line breaks become spaces,
      // same length, so the caret stays where it was.
      const { selectionStart, selectionEnd } = textarea;
      value = value.replace(/\r\n?|\n/g, (m) => " ".repeat(m.length));
      textarea.value = value;
      textarea.setSelectionRange(selectionStart, selectionEnd);
    }
    if (value === binding.view.text) return;
    const edited = binding.view.edit(value, textarea.selectionEnd);
    if (edited === null) return;
    if (edited.model.length > MAX_TEXT) {
      this.refuseLong(binding, typed, edited.model.length - binding.shown.length);
      return;
    }
    try {
      let local = edited.operation;
      let model = edited.model;
      let caret = edited.caret;
      let remote = null;
      if (binding.pending) {
        // Remote changes arrived while an IME composition was open: show them now, after the typing.
        let rebased;
        [remote, rebased] = TextOperation.transform(binding.pending, local);
        binding.pending = null;
        local = rebased;
        model = remote.apply(model);
        caret = remote.transformPosition(caret);
      }
      this.client.edit(binding.nodeId, local);
      this.showModel(binding, model, null, { start: caret, end: caret });
    } catch (error) {
      console.error("rdLive: a local edit did not fit; showing the draft's text again.", error);
      this.fill(binding);
    }
    this.redraw();
    this.sendPresence();
  }

  /**
   * A change that would make the paragraph longer than it may be is not made. A paste is offered as
   * new paragraphs after this one instead (split at its blank lines or numbered paragraphs), in one
   * click; the offer stays under the editor's buttons, not over them.
   */
  refuseLong(binding, typed, added) {
    const limit = MAX_TEXT.toLocaleString("en");
    const change = TextOperation.fromChange(binding.view.text, typed, binding.textarea.selectionEnd).toJSON();
    const pasted = change.find((c) => typeof c === "string") ?? "";
    const parts = added > 1 ? splitIntoParagraphs(pasted, MAX_TEXT) : [];
    const label = this.describe(binding.nodeId);
    let message;
    let action = null;
    if (parts.length > 0) {
      const count = parts.length === 1 ? "one paragraph" : `${parts.length.toLocaleString("en")} paragraphs`;
      message = `What you pasted (${added.toLocaleString("en")} characters) is too long for ${label}: a paragraph can have at most ${limit} characters. It reads as ${count}.`;
      action = {
        text: parts.length === 1 ? `Add it as a new paragraph after ${label}` : `Add them as ${count} after ${label}`,
        run: () => this.insertParagraphs(binding.nodeId, parts),
      };
    } else {
      message = added > 1
        ? `What you pasted (${added.toLocaleString("en")} characters) was not added: a paragraph can have at most ${limit} characters.`
        : `A paragraph can have at most ${limit} characters.`;
    }
    this.fill(binding);
    this.showNotice({ message });
    this.sayAtEditor(binding.textarea, message, action);
  }

  /** Hands new paragraphs' texts to the page (which owns structure changes) through its hidden field for them. */
  insertParagraphs(nodeId, texts) {
    const field = this.root?.querySelector(`textarea[data-live-split="${CSS.escape(nodeId)}"]`);
    if (!field) {
      this.showNotice({ message: "The paragraphs could not be added: the editor was closed." });
      return;
    }
    field.value = JSON.stringify(texts);
    field.dispatchEvent(new Event("change", { bubbles: true }));
  }

  showRemote(effects) {
    // A node an editor waits for may come in a change that names its holder only (a quoted line added).
    for (const b of this.bindings.values()) if (b.awaiting && this.client.text(b.nodeId) !== undefined) this.fill(b);
    for (const effect of effects) {
      const binding = this.bindingOf(effect.nodeId);
      if (!binding) continue;
      if (effect.kind !== "text" || binding.shown === null) { this.fill(binding); continue; }
      if (binding.composing) {
        // Writing into a textarea mid-composition would cancel the IME; hold the change until it ends.
        binding.pending = binding.pending ? TextOperation.compose(binding.pending, effect.operation) : effect.operation;
        continue;
      }
      if (binding.textarea.value !== binding.view.text) this.takeInput(binding); // never lose a keystroke not yet taken
      this.showModel(binding, effect.operation.apply(binding.shown), effect.operation);
    }
    this.redraw();
  }

  /**
   * Shows model text `model` in the binding's textarea. The local selection is moved through
   * `operation` (a remote change: the caret stays put in the text), or set to `selection` (model
   * positions) after one's own edit; the textarea's value is only written when it differs.
   */
  showModel(binding, model, operation, selection = null) {
    const { textarea } = binding;
    const before = binding.view;
    const view = new ShownText(model);
    binding.shown = model;
    binding.view = view;
    const focused = document.activeElement === textarea;
    const { selectionStart, selectionEnd, selectionDirection, scrollTop } = textarea;
    let range = selection;
    if (!range && operation && focused) {
      // Text inserted where the person's caret (or selection end) is goes after it, not into their typing.
      const collapsed = selectionStart === selectionEnd;
      range = {
        start: operation.transformPosition(before.toModel(selectionStart, "after"), collapsed),
        end: operation.transformPosition(before.toModel(selectionEnd, "after"), true),
      };
    }
    if (textarea.value !== view.text) textarea.value = view.text;
    else if (!range || !focused) return;
    if (focused && range) {
      textarea.setSelectionRange(Math.min(view.toShown(range.start), view.text.length), Math.min(view.toShown(range.end), view.text.length), selectionDirection);
    }
    textarea.scrollTop = scrollTop;
  }

  /** Ctrl+I or the italic button: the selection (or, at a caret, what is typed next) in italics, or plain again. */
  toggleItalic(binding) {
    this.toggleStyle(binding, toggleItalic, "italics");
  }

  /** Ctrl+Shift+= or the raise button: the selection (or, at a caret, what is typed next) raised, or lowered again (ADR 0035). */
  toggleRaised(binding) {
    this.toggleStyle(binding, toggleRaised, "a raised letter");
  }

  toggleStyle(binding, toggle, what) {
    if (!this.client.ready || binding.shown === null || binding.composing) return;
    const { textarea } = binding;
    if (textarea.value !== binding.view.text) this.takeInput(binding);
    const from = binding.view.toModel(textarea.selectionStart, "before");
    const to = binding.view.toModel(textarea.selectionEnd, "after");
    const result = toggle(binding.shown, Math.min(from, to), Math.max(from, to));
    try {
      if (!result.operation.isIdentity()) this.client.edit(binding.nodeId, result.operation);
      this.showModel(binding, result.operation.apply(binding.shown), null, { start: result.from, end: result.to });
    } catch (error) {
      console.error(`rdLive: ${what} did not fit; showing the draft's text again.`, error);
      this.fill(binding);
    }
    this.redraw();
    this.sendPresence();
  }

  // ---- events ----

  listen() {
    const on = (target, name, handler, options) => { target.addEventListener(name, handler, options); this.handlers.push([name, handler, target, options]); };
    this.handlers = [];
    const bindingFor = (event) => this.bindings.get(event.target);
    on(this.root, "input", (e) => { const b = bindingFor(e); if (b && !e.isComposing) this.takeInput(b); });
    on(this.root, "compositionstart", (e) => { const b = bindingFor(e); if (b) b.composing = true; });
    on(this.root, "compositionend", (e) => { const b = bindingFor(e); if (b) { b.composing = false; this.takeInput(b); } });
    on(this.root, "keydown", (e) => {
      const b = bindingFor(e);
      if (!b) return;
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === "i" && !e.isComposing) {
        e.preventDefault();
        this.toggleItalic(b);
        return;
      }
      if (isRaiseKey(e)) {
        e.preventDefault();
        this.toggleRaised(b);
        return;
      }
      this.enter(b, e);
    });
    // The italic button beside the editor (data-live-italic="{nodeId}"): keep the focus and selection in the text.
    // The raise button (data-live-raised="{nodeId}") likewise.
    on(this.root, "mousedown", (e) => { if (e.target.closest?.("[data-live-italic], [data-live-raised]")) e.preventDefault(); });
    on(this.root, "click", (e) => {
      const button = e.target.closest?.("[data-live-italic]");
      const b = button && this.bindingOf(button.dataset.liveItalic);
      if (b) { this.toggleItalic(b); b.textarea.focus(); return; }
      const raise = e.target.closest?.("[data-live-raised]");
      const r = raise && this.bindingOf(raise.dataset.liveRaised);
      if (r) { this.toggleRaised(r); r.textarea.focus(); }
    });
    on(this.root, "focusin", (e) => { if (bindingFor(e)) this.presenceNow(); });
    on(this.root, "focusout", (e) => { if (bindingFor(e)) this.sendPresence(); });
    for (const name of ["keyup", "mouseup", "select"]) on(this.root, name, (e) => { if (bindingFor(e)) this.sendPresence(); });
    on(document, "selectionchange", () => { if (this.bindings.has(document.activeElement)) this.sendPresence(); });
    on(window, "scroll", () => this.redraw(), { capture: true, passive: true });
    on(window, "resize", () => this.redraw(), { passive: true });
    on(window, "pagehide", () => { this.save(); this.client.leave(); });
    this.observer = new MutationObserver(() => this.scan());
    this.observer.observe(this.root, { childList: true, subtree: true, attributes: true, attributeFilter: ["data-live-node"] });
  }

  /**
   * A paragraph's text is one line: Enter does not add a line break but tells the page, which owns
   * structure changes (splitting the paragraph, say), through a bubbling "rd-live-enter" event.
   */
  enter(binding, event) {
    if (event.key !== "Enter" || event.isComposing || event.shiftKey || event.ctrlKey || event.altKey || event.metaKey) return;
    event.preventDefault();
    if (binding.view === null) return;
    const selectionStart = binding.view.toModel(binding.textarea.selectionStart, "before");
    const selectionEnd = binding.view.toModel(binding.textarea.selectionEnd, "after");
    binding.textarea.dispatchEvent(new CustomEvent("rd-live-enter", {
      bubbles: true, detail: { nodeId: binding.nodeId, selectionStart, selectionEnd, revision: this.client.revision },
    }));
  }

  /**
   * Where this person is: the focused live textarea and its selection; else the paragraph whose editor
   * they have open, without a caret (just opened, or they clicked beside it); else nowhere.
   */
  presenceNow() {
    const binding = this.bindings.get(document.activeElement);
    if (binding && binding.shown !== null) {
      // Carets go out in model positions, as operations do.
      const { selectionStart, selectionEnd } = binding.textarea;
      this.client.updatePresence(binding.nodeId, binding.view.toModel(selectionStart, "after"), binding.view.toModel(selectionEnd, "after"));
    } else {
      const open = [...this.bindings.values()].find((b) => b.textarea.isConnected);
      this.client.updatePresence(open?.nodeId ?? null, null, null);
    }
  }

  // ---- showing state ----

  showStatus() {
    const c = this.client;
    if (!this.root) {
      if (c.exportPending() === null && c.joined) this.close(); // drained: all acknowledged
      return;
    }
    const online = this.connection === "online";
    const status = this.connection === "connecting" ? "connecting"
      : !online ? "offline"
      : !c.joined || c.revision === null ? "connecting"
      : c.clientState !== "synchronized" || !c.ready ? "saving" : "connected";
    this.root.dataset.connection = this.connection;
    this.root.dataset.liveState = c.clientState;
    const element = this.root.querySelector("[data-live-status]");
    if (element && element.textContent !== STATUS_TEXT[status]) element.textContent = STATUS_TEXT[status];
    // Offline typing goes on; only before the first snapshot and while reloading is there nothing to type into.
    for (const b of this.bindings.values()) b.textarea.readOnly = !c.ready || (b.shown === null && !b.awaiting);
  }

  showNotice(notice) {
    this.noticeLog.push(notice.message);
    this.root?.dispatchEvent(new CustomEvent("rd-live-notice", { bubbles: true, detail: notice }));
    ensureStyles(document);
    let box = document.querySelector(".rd-live-notices");
    if (!box) {
      box = document.createElement("div");
      box.className = "rd-live-notices";
      box.setAttribute("role", "status");
      box.setAttribute("aria-live", "polite");
      document.body.append(box);
    }
    const item = document.createElement("div");
    item.className = "rd-live-notice";
    item.textContent = notice.message;
    item.addEventListener("click", () => item.remove());
    box.append(item);
    setTimeout(() => item.remove(), 10000);
  }

  /**
   * A refusal said where the person is looking: just under the paragraph's editor and its buttons
   * (never over Done), in a layer of its own outside Blazor's markup (as the carets are); it goes at
   * the next keystroke, a click on it or in 15 s (a minute when it offers `action`, a button:
   * {text, run}).
   */
  sayAtEditor(textarea, message, action = null) {
    document.querySelector(".rd-live-refusal")?.remove();
    const box = textarea.getBoundingClientRect();
    const buttons = textarea.closest(".para-editor")?.querySelector(".editor-actions")?.getBoundingClientRect();
    const top = Math.max(box.bottom, buttons && buttons.top >= box.bottom - 1 ? buttons.bottom : box.bottom) + 4;
    const note = document.createElement("div");
    note.className = "rd-live-refusal";
    note.setAttribute("role", "alert");
    note.dataset.liveNode = textarea.dataset.liveNode;
    note.textContent = message;
    Object.assign(note.style, {
      position: "fixed", left: `${box.left}px`, top: `${top}px`, width: `${box.width}px`, zIndex: 1002, boxSizing: "border-box",
      background: "#fdecea", color: "#8a1c12", border: "1px solid #f5c2bd", borderRadius: "4px", padding: "6px 8px", font: "13px/1.35 system-ui, sans-serif",
    });
    // Gone once the person types (an input event that changed the text: Chromium may send one more
    // for the refused paste itself).
    const value = textarea.value;
    const typed = () => { if (textarea.value !== value) dismiss(); };
    const dismiss = () => { note.remove(); textarea.removeEventListener("input", typed); };
    if (action) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "rd-live-refusal-action";
      button.textContent = action.text;
      Object.assign(button.style, { display: "block", marginTop: "6px", font: "inherit", cursor: "pointer" });
      button.addEventListener("click", (e) => { e.stopPropagation(); dismiss(); action.run(); });
      note.append(button);
    } else {
      note.addEventListener("click", dismiss);
    }
    textarea.addEventListener("input", typed);
    document.body.append(note);
    setTimeout(dismiss, action ? 60000 : 15000);
  }

  describe(nodeId) {
    const textarea = this.bindingOf(nodeId)?.textarea;
    const label = textarea?.dataset.liveLabel ?? textarea?.getAttribute("aria-label");
    return label ? label : `paragraph ${nodeId}`;
  }

  redraw() {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.disposed) return;
      const carets = [...this.client.presence.values()];
      // Remote carets come in model positions; the textarea shows marks in place of tokens.
      const shownCarets = carets.map((p) => {
        const view = p.nodeId && p.start !== null ? this.bindingOf(p.nodeId)?.view : null;
        return view ? { ...p, start: view.toShown(p.start), end: p.end === null ? null : view.toShown(p.end) } : p;
      });
      this.overlay.draw(shownCarets, (nodeId) => this.bindingOf(nodeId)?.textarea);
      for (const b of this.bindings.values()) {
        const names = carets.filter((p) => p.nodeId === b.nodeId).map((p) => p.delegation).join(", ");
        if ((b.textarea.dataset.liveEditors ?? "") !== names) {
          if (names) b.textarea.dataset.liveEditors = names;
          else delete b.textarea.dataset.liveEditors;
        }
      }
    });
  }

  /** Drops or restores the connection by hand (for tests of the offline state). */
  setOffline(offline) {
    this.manualOffline = offline;
    if (offline) return this.hub.stop();
    this.start();
    return Promise.resolve();
  }
}

function throttle(fn, ms) {
  let timer = 0;
  let last = 0;
  return () => {
    const wait = last + ms - Date.now();
    if (wait <= 0) { last = Date.now(); fn(); return; }
    if (!timer) timer = setTimeout(() => { timer = 0; last = Date.now(); fn(); }, wait);
  };
}

/** Starts or stops the live session as the draft page appears, changes draft or goes away. */
function follow() {
  const root = document.querySelector("[data-live-draft]");
  if (session && session.root !== root) {
    if (root && session.draftId === root.dataset.liveDraft) {
      // Blazor rendered the same draft's page anew: keep the session, work with the new elements.
      session.unbindPage();
      session.attach(root);
      return;
    }
    session.detach();
    session = null;
  }
  if (!root || session) return;
  const waiting = draining.get(root.dataset.liveDraft);
  if (waiting) {
    draining.delete(waiting.draftId);
    waiting.attach(root);
    session = waiting;
    return;
  }
  if (!globalThis.signalR) {
    console.error("rdLive: the SignalR client (signalR) is not loaded; live editing is off.");
    const status = root.querySelector("[data-live-status]");
    if (status) status.textContent = "live editing unavailable";
    return;
  }
  session = new LiveSession(root, globalThis.signalR);
}

// A small API for browser tests and for the console.
const api = {
  get clientId() { return session?.client.clientId ?? pageClientId; },
  state: () => session && { ...session.client.snapshot(), connection: session.connection },
  revision: () => session?.client.revision ?? null,
  text: (nodeId) => session?.client.text(nodeId),
  connection: () => session?.connection ?? "offline",
  presence: () => (session ? [...session.client.presence.values()].map((p) => ({ ...p })) : []),
  notices: () => session?.noticeLog.slice() ?? [],
  setOffline: (offline) => session?.setOffline(Boolean(offline)),
  /**
   * What this browser shows for `nodeId` once its changes have reached the server (or after `timeoutMs`, whichever is
   * first): the page's "Done" asks before it calls a paragraph or line empty, since keys typed just before the click
   * may not have reached the server yet (a new line's box takes keys before the browser hears of the line). Resolves to
   * { text, synchronized }; text is the box's own value while the browser does not know the node yet.
   */
  settle(nodeId, timeoutMs = 3000) {
    const started = Date.now();
    return new Promise((resolve) => {
      const check = () => {
        const c = session?.client;
        const synchronized = Boolean(c && session.connection === "online" && c.joined && c.ready && c.clientState === "synchronized");
        const known = c?.text(nodeId);
        if ((synchronized && known != null) || Date.now() - started > timeoutMs) {
          const box = document.querySelector(`textarea.live-text[data-live-node="${CSS.escape(nodeId)}"]`);
          resolve({ text: known ?? box?.value ?? null, synchronized });
        } else {
          setTimeout(check, 25);
        }
      };
      check();
    });
  },
  /** Resolves once every local change is acknowledged and the connection is up (rejects after `timeoutMs`). */
  whenSynchronized(timeoutMs = 10000) {
    const started = Date.now();
    return new Promise((resolve, reject) => {
      const check = () => {
        const c = session?.client;
        if (c && session.connection === "online" && c.joined && c.ready && c.clientState === "synchronized") resolve(c.revision);
        else if (Date.now() - started > timeoutMs) reject(new Error("rdLive: not synchronized in time."));
        else setTimeout(check, 25);
      };
      check();
    });
  },
};

if (typeof document !== "undefined") {
  window.rdLive = api;
  const boot = () => {
    follow();
    new MutationObserver(follow).observe(document.body, { childList: true, subtree: true });
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", boot, { once: true });
  else boot();
}
