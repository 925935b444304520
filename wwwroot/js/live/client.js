// The live co-editing client: the ot.js client states for the browser's own text edits, and the
// hub protocol of docs/hub-protocol.md around them (join, catch-up, acks, broadcasts, presence,
// exactly-once resend after a reconnect, catch-up after a gap or a missing ack, a wait and a resend
// after "slow down", reload after any other refusal).
//
// It knows nothing of SignalR or the DOM: `transport.invoke(method, argument)` sends a hub call
// (returning a promise), `transport.isConnected()` says whether the connection is up, and the
// handle* methods take the server's messages. live-editor.js wires it to a HubConnection and the
// page; the tests wire it to a simulated server.
//
// States (as OperationClient in C#): synchronized (nothing pending), awaitingConfirm (one
// submission in flight), awaitingWithBuffer (one in flight, later edits waiting). A buffer holding
// edits of several paragraphs is sent as one batch with one part per paragraph (see
// draft-operation.js addLocalEdit): one submission in flight keeps the server's sequence check simple.

import { DraftState } from "./draft-state.js";
import {
  PARAGRAPH_DELETED, addLocalEdit, droppedReasons, editText, parseOperation, textEdits, toWire, transform,
  withoutDropped,
} from "./draft-operation.js";

export const DROPPED_MESSAGE = "Your change to a deleted paragraph was dropped.";

const HISTORY = 200; // recent operations kept to bring late presence entries up to date

/** How long a sent change may wait for its acknowledgement on a live connection before the client asks to catch up (doubling while it still does not come). */
export const ACK_TIMEOUT_MS = 5000;
const ACK_TIMEOUT_MAX_MS = 60000;
/**
 * How many submissions the client sends: a token bucket of 40, refilled at 30 a second, inside the
 * server's per-connection limit (ConnectionRateLimit: a bucket of 80, plus 40 each second), which
 * refuses the rest and so would make the client reload and lose what was in flight. Whatever the
 * server's bucket holds, it never holds less than this one: both spend one token a submission, and
 * this one regains at most 30 between the server's refills of 40. Typing at a human pace never
 * waits for it; a faster typist (or a test driver) only has more keystrokes merged into each
 * submission, and their own screen never waits.
 */
export const SEND_LIMIT = Object.freeze({ burst: 40, perSecond: 30 });

/**
 * The reason of a refusal that is not one: over a rate limit (the connection's, or the user's over all
 * their tabs), nothing of the submission was applied. The client keeps it, waits the refusal's
 * retryAfterMs, and sends it again with the same seq; keystrokes meanwhile merge into the buffer.
 */
export const SLOW_DOWN = "slowDown";
const SLOW_DOWN_WAIT_MS = { fallback: 1000, min: 10, max: 5000 };

/** A random client id per page load (crypto.randomUUID needs a secure context; getRandomValues does not). */
export function newClientId() {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return "web-" + Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export class LiveClient {
  constructor({
    draftId, clientId = newClientId(), displayName = null, transport, setTimer = (fn, ms) => setTimeout(fn, ms),
    ackTimeoutMs = ACK_TIMEOUT_MS, now = () => Date.now(), sendLimit = SEND_LIMIT,
  }) {
    this.draftId = draftId;
    this.clientId = clientId;
    this.displayName = displayName; // a label for logs and tests; the server names users by their sign-in
    this.transport = transport;
    this.setTimer = setTimer;
    this.ackTimeoutMs = ackTimeoutMs;
    /** How often this client asked to catch up on a live connection (a revision skipped, an ack that did not come): for tests and rdLive.state(). */
    this.catchUps = 0;
    this.now = now;
    /** The submissions this client may still send at once (null: no limit), as of sendTokensAt; whether one waits for a token. */
    this.sendLimit = sendLimit;
    this.sendTokens = sendLimit?.burst ?? 0;
    this.sendTokensAt = now();
    this.flushWaiting = false;
    /** Nothing is sent before this time (ms, on `now`): the wait a "slow down" asked for. */
    this.holdUntil = 0;
    /** How often the server said "slow down", and how often the draft was reloaded from a fresh snapshot (after the first): for tests and rdLive.state(). */
    this.slowDowns = 0;
    this.reloads = 0;

    this.state = new DraftState();
    /** The last server revision included in the local texts; null until the first join. */
    this.revision = null;
    /** {clientSeq, operation, sent, toldDropped, refused}: the submission in flight, transformed to `revision`. */
    this.outstanding = null;
    /** Local edits made since the outstanding one was sent. */
    this.buffer = null;
    this.lastSeq = 0;

    this.online = false;
    this.joined = false;
    /** Set while waiting for a fresh snapshot after a refusal or a gap: why the draft is being reloaded. */
    this.resyncReason = null;
    this.joinFailures = 0;

    /** Other people's carets by connection id: {connectionId, clientId, delegation, colour, nodeId, start, end, revision}. */
    this.presence = new Map();
    this.myPresence = null;
    this.history = [];
    this.listeners = new Map();
    /** Turns a node id into words for messages; the editor sets it from the page ("paragraph OP3"). */
    this.describeNode = (nodeId) => `paragraph ${nodeId}`;
  }

  // ---- events: "remote" ({effects}), "reset", "status", "presence", "notice" ({message, lost}) ----

  on(event, listener) {
    if (!this.listeners.has(event)) this.listeners.set(event, new Set());
    this.listeners.get(event).add(listener);
    return () => this.listeners.get(event).delete(listener);
  }

  emit(event, detail) {
    for (const listener of this.listeners.get(event) ?? []) listener(detail);
  }

  notice(message, lost = []) {
    this.emit("notice", { message, lost });
  }

  // ---- what the editor asks ----

  get clientState() {
    return this.outstanding === null ? "synchronized" : this.buffer === null ? "awaitingConfirm" : "awaitingWithBuffer";
  }

  /** Whether local edits are taken: after the first snapshot, and not while reloading (they would be lost). */
  get ready() {
    return this.revision !== null && this.resyncReason === null;
  }

  text(nodeId) {
    return this.state.text(nodeId);
  }

  /** Applies a local text edit and sends it, or buffers it while another is in flight. Typing offline works the same. */
  edit(nodeId, operation) {
    if (!this.ready) throw new Error("The draft is not loaded yet.");
    if (operation.isIdentity()) return;
    const edit = editText(nodeId, operation);
    this.state.apply(edit); // throws if the edit does not fit the local text
    this.movePresence(edit);
    if (this.outstanding === null) {
      this.outstanding = { clientSeq: ++this.lastSeq, operation: edit, sent: false, toldDropped: false, refused: false };
      this.flush();
    } else {
      this.buffer = addLocalEdit(this.buffer, edit);
    }
    this.emit("status");
  }

  updatePresence(nodeId, selectionStart, selectionEnd) {
    this.myPresence = { nodeId, selectionStart, selectionEnd };
    this.sendPresence();
  }

  leave() {
    if (this.online) this.transport.invoke("LeaveDraft", { draftId: this.draftId }).catch(() => {});
  }

  // ---- connection ----

  connected() {
    this.online = true;
    this.join();
    this.emit("status");
  }

  disconnected() {
    this.online = false;
    this.joined = false;
    // Whatever was in flight may or may not have arrived: send it again after the next join.
    if (this.outstanding) this.outstanding.sent = false;
    this.presence.clear();
    this.emit("presence");
    this.emit("status");
  }

  join() {
    this.joined = false;
    const knownRevision = this.resyncReason === null ? this.revision : null;
    this.transport.invoke("JoinDraft", { draftId: this.draftId, clientId: this.clientId, knownRevision })
      .catch((error) => {
        if (!this.transport.isConnected()) return; // the reconnect will join again
        if (this.joinFailures++ === 0) this.notice(`Could not open the live draft: ${error?.message ?? error}. Trying again…`);
        this.setTimer(() => { if (this.online && !this.joined) this.join(); }, 3000);
      });
  }

  /** Sends the outstanding submission if it has not gone out on this connection: same seq on a resend, so the server applies it once. */
  flush() {
    const out = this.outstanding;
    if (!out || out.sent || !this.online || !this.joined) return;
    const hold = this.holdUntil - this.now();
    const wait = hold > 0 ? hold : this.takeSendToken();
    if (wait > 0) {
      // Over the rate the server takes (or told to slow down): it goes when a token is back and the
      // wait is over; keystrokes meanwhile gather in the buffer.
      if (!this.flushWaiting) {
        this.flushWaiting = true;
        this.setTimer(() => { this.flushWaiting = false; this.flush(); }, wait);
      }
      return;
    }
    out.sent = true;
    const message = {
      draftId: this.draftId, clientId: this.clientId, clientSeq: out.clientSeq,
      baseRevision: this.revision, operation: toWire(out.operation),
    };
    this.transport.invoke("SubmitOperation", message).catch((error) => {
      // A failed invocation on a live connection is the server saying no; on a dead one, the rejoin resends.
      // Whether it was applied after all, the fresh snapshot's lastClientSeq will tell.
      if (!this.transport.isConnected() || this.outstanding !== out || this.resyncReason !== null) return;
      this.resync(`The server could not take your change (${error?.message ?? error}).`);
    });
    this.awaitAck(out);
  }

  /**
   * The acknowledgement travels in a broadcast, which can go missing between app nodes (Redis away)
   * although this connection never dropped: if it has not come after ackTimeoutMs, ask to catch up.
   * The catch-up holds the change if the server applied it (that is its ack); if not, it is sent
   * again with the same seq, and the server applies it once.
   */
  awaitAck(out) {
    const attempt = out.attempts = (out.attempts ?? 0) + 1;
    // A send again after "slow down" was answered, so it does not lengthen the wait.
    const wait = Math.min(this.ackTimeoutMs * 2 ** (attempt - 1 - (out.slowedDown ?? 0)), ACK_TIMEOUT_MAX_MS);
    this.setTimer(() => {
      if (this.outstanding !== out || !out.sent || out.attempts !== attempt) return; // acknowledged, or sent again since
      this.catchUp(`No acknowledgement of change ${out.clientSeq} after ${wait} ms.`);
    }, wait);
  }

  /**
   * Asks the hub for every revision after this client's, keeping every local edit: a join at the
   * known revision, as after a reconnect, on the same connection. For a gap (a broadcast that did
   * not arrive) and a missing acknowledgement; a reload (resync) is kept for what a catch-up cannot mend.
   */
  catchUp(reason) {
    if (!this.online || !this.joined || this.resyncReason !== null) return;
    this.catchUps++;
    this.lastCatchUp = reason;
    if (this.outstanding) this.outstanding.sent = false; // sent again after the catch-up unless it holds it
    this.join();
    this.emit("status");
  }

  /** Takes a token for a submission and returns 0, or returns how many milliseconds until one is back. */
  takeSendToken() {
    const limit = this.sendLimit;
    if (!limit) return 0;
    const now = this.now();
    this.sendTokens = Math.min(limit.burst, this.sendTokens + ((now - this.sendTokensAt) * limit.perSecond) / 1000);
    this.sendTokensAt = now;
    if (this.sendTokens >= 1) {
      this.sendTokens -= 1;
      return 0;
    }

    return Math.ceil(((1 - this.sendTokens) * 1000) / limit.perSecond);
  }

  /**
   * Sends where one's caret is, counted at this.revision; the server moves it through what happened
   * since. While a change of one's own is unacknowledged the local text is ahead of any revision, so
   * the caret waits for the acknowledgement and goes then.
   */
  sendPresence() {
    if (!this.online || !this.joined || !this.myPresence) return;
    if (this.outstanding !== null) {
      this.presencePending = true;
      return;
    }
    this.presencePending = false;
    this.transport.invoke("UpdatePresence", { draftId: this.draftId, ...this.myPresence, revision: this.revision }).catch(() => {});
  }

  // ---- server messages ----

  handleDraftJoined(message) {
    if (!this.isMine(message)) return;
    this.lastSeq = Math.max(this.lastSeq, message.lastClientSeq ?? 0);
    this.joined = true;
    this.joinFailures = 0;
    if (message.snapshot) {
      this.reset(message);
    } else if (this.resyncReason !== null) {
      return; // the answer to a join sent before the reload was decided; the snapshot asked for follows
    } else if (this.revision === null) {
      this.resync("The server sent no copy of the draft.");
      return;
    } else {
      for (const entry of message.catchUp ?? []) {
        if (!this.receive(entry, (reason) => this.resync(reason))) return;
      }
      if (message.revision > this.revision) {
        this.resync(`Missed changes ${this.revision + 1} to ${message.revision}.`);
        return;
      }
    }
    this.setPresence(message.present ?? []);
    this.flush();
    this.sendPresence();
    this.emit("status");
  }

  /** A batch of the server's log, in order: our own entries are the acks of our submissions, the rest are others'. */
  handleOperationsApplied(message) {
    if (!this.isMine(message) || !this.joined) return;
    for (const entry of message.entries ?? []) {
      if (!this.receive(entry)) return;
    }
  }

  handleOperationAcknowledged(message) {
    const ack = message.ack;
    const out = this.outstanding;
    if (!this.isMine(message) || !this.joined || this.resyncReason !== null || !out
      || ack.clientSeq !== out.clientSeq || ack.revision <= this.revision) return; // a late duplicate
    if (ack.revision !== this.revision + 1) {
      this.catchUp(`Missed changes ${this.revision + 1} to ${ack.revision - 1}.`);
      return;
    }
    this.acknowledge(ack.revision, ack.dropped ?? []);
  }

  handleOperationRefused(message) {
    const out = this.outstanding;
    if (!this.isMine(message) || !out || message.clientSeq !== out.clientSeq || this.resyncReason !== null) return;
    if (message.reason === SLOW_DOWN) {
      this.slowDown(out, message.retryAfterMs);
      return;
    }
    out.refused = true;
    this.resync(`The server refused your change: ${message.error}`);
  }

  /**
   * Over a rate limit: nothing of `out` was applied. Keep it (its seq too, so the server still applies
   * it once), wait as asked, and send it again, transformed to whatever arrived meanwhile; what is
   * typed meanwhile merges into the buffer, which goes next. Nobody is told: nothing was lost.
   */
  slowDown(out, retryAfterMs) {
    this.slowDowns++;
    const asked = Number.isFinite(retryAfterMs) ? retryAfterMs : SLOW_DOWN_WAIT_MS.fallback;
    const wait = Math.min(Math.max(asked, SLOW_DOWN_WAIT_MS.min), SLOW_DOWN_WAIT_MS.max);
    this.holdUntil = Math.max(this.holdUntil, this.now() + wait);
    if (out.sent) {
      // (Not sent: a catch-up since has it going again after its join.)
      out.sent = false;
      out.slowedDown = (out.slowedDown ?? 0) + 1;
      this.flush();
    }
    this.emit("status");
  }

  handlePresenceChanged(message) {
    if (!this.isMine(message)) return;
    this.setPresence([message.entry], false);
  }

  handlePresenceLeft(message) {
    if (!this.isMine(message)) return;
    this.presence.delete(message.connectionId);
    this.emit("presence");
  }

  // ---- the state machine ----

  /**
   * Takes in one applied operation (broadcast or catch-up). Returns false when it had to catch up or
   * reload instead: a broadcast that skips revisions asks for them (onGap); in a catch-up, which the
   * server sends whole, a gap reloads.
   */
  receive(entry, onGap = (reason) => this.catchUp(reason)) {
    if (this.revision === null || this.resyncReason !== null || entry.revision <= this.revision) return true;
    if (entry.revision !== this.revision + 1) {
      onGap(`Missed changes ${this.revision + 1} to ${entry.revision - 1}.`);
      return false;
    }
    let op;
    try {
      op = parseOperation(entry.operation);
    } catch (error) {
      this.resync(`A change from the server could not be read (${error.message}).`);
      return false;
    }
    const out = this.outstanding;
    if (out && entry.clientId === this.clientId && entry.clientSeq === out.clientSeq) {
      // Our own operation coming back (in a batch, or in a catch-up after a reconnect): this is its ack.
      this.acknowledge(entry.revision, droppedReasons(op));
      return true;
    }

    // The remote operation was ordered first, so it is the earlier of each pair.
    let pending = out?.operation ?? null;
    let buffer = this.buffer;
    let effects;
    try {
      if (pending) [op, pending] = transform(op, pending);
      if (buffer) [op, buffer] = transform(op, buffer);
      effects = this.state.apply(op);
    } catch (error) {
      this.resync(`A change from another delegation did not fit this copy of the draft (${error.message}).`);
      return false;
    }

    this.revision = entry.revision;
    const dropped = [...(pending ? droppedReasons(pending) : []), ...(buffer ? droppedReasons(buffer) : [])];
    if (out) {
      out.operation = withoutDropped(pending);
      out.toldDropped ||= droppedReasons(pending).length > 0;
    }
    this.buffer = buffer ? withoutDropped(buffer) : null;
    if (this.buffer?.type === "noOp") this.buffer = null;
    if (dropped.length > 0) this.tellDropped(dropped);

    this.remember(entry.revision, op);
    this.movePresence(op, entry.revision);
    this.emit("remote", { effects, entry });
    this.emit("status");
    return true;
  }

  acknowledge(revision, dropped) {
    const out = this.outstanding;
    this.revision = revision;
    this.remember(revision, out.operation);
    if (dropped.length > 0 && !out.toldDropped) this.tellDropped(dropped);
    this.outstanding = null;
    if (this.buffer) {
      this.outstanding = { clientSeq: ++this.lastSeq, operation: this.buffer, sent: false, toldDropped: false, refused: false };
      this.buffer = null;
      this.flush();
    } else if (this.presencePending) {
      this.sendPresence();
    }
    this.emit("status");
  }

  /** Starts again from a fresh snapshot; what is lost is worked out, and told, when it arrives. */
  resync(reason) {
    this.resyncReason ??= reason;
    this.emit("status");
    if (this.online) this.join();
  }

  reset(message) {
    const lost = [];
    const out = this.outstanding;
    // The snapshot holds our outstanding submission if the server applied its seq (and did not refuse it).
    if (out && (out.refused || out.clientSeq > (message.lastClientSeq ?? 0))) lost.push(out.operation);
    if (this.buffer) lost.push(this.buffer);
    const reason = this.resyncReason;
    if (this.revision !== null) this.reloads++;

    this.state = DraftState.fromSnapshot(message.snapshot);
    this.revision = message.revision;
    this.outstanding = null;
    this.buffer = null;
    this.history = [];
    this.resyncReason = null;
    this.emit("reset");

    const summary = this.describeLost(lost);
    if (reason !== null || summary.length > 0) {
      const why = reason ?? "You were away too long to catch up.";
      const what = summary.length > 0 ? ` Your unsaved changes were lost: ${summary.map((s) => s.text).join("; ")}.` : "";
      this.notice(`${why} The draft was reloaded.${what}`, summary);
    }
  }

  tellDropped(reasons) {
    const other = reasons.filter((r) => r !== PARAGRAPH_DELETED);
    this.notice(other.length === 0 ? DROPPED_MESSAGE : `Part of your change was dropped (${other.join(", ")}).`);
  }

  /** What the lost operations did, by paragraph, in words: [{nodeId, inserted, deleted, text}]. */
  describeLost(operations) {
    const byNode = new Map();
    for (const edit of operations.flatMap(textEdits)) {
      const item = byNode.get(edit.nodeId) ?? { nodeId: edit.nodeId, inserted: "", deleted: 0 };
      for (const c of edit.operation.ops) {
        if (typeof c === "string") item.inserted += c;
        else if (c < 0) item.deleted -= c;
      }
      byNode.set(edit.nodeId, item);
    }
    return [...byNode.values()].map((item) => {
      const parts = [];
      if (item.inserted) parts.push(`typed “${item.inserted.length > 60 ? item.inserted.slice(0, 60) + "…" : item.inserted}”`);
      if (item.deleted) parts.push(`deleted ${item.deleted} character${item.deleted === 1 ? "" : "s"}`);
      return { ...item, text: `${this.describeNode(item.nodeId)}: ${parts.join(", ")}` };
    });
  }

  // ---- surviving a page reload ----

  /**
   * What a reload must not lose: the unacknowledged local edits, the texts and revision they are
   * based on, and the client id and sequence numbers (so a resend is still recognised). Null when
   * nothing is pending.
   */
  exportPending() {
    if (this.revision === null || (this.outstanding === null && this.buffer === null)) return null;
    return {
      draftId: this.draftId, clientId: this.clientId, lastSeq: this.lastSeq, revision: this.revision,
      texts: [...this.state.texts], resyncReason: this.resyncReason,
      outstanding: this.outstanding && { clientSeq: this.outstanding.clientSeq, operation: toWire(this.outstanding.operation), refused: this.outstanding.refused },
      buffer: this.buffer && toWire(this.buffer),
    };
  }

  /** Takes over what exportPending saved, before connecting: the next join catches up and resends as after any reconnect. */
  restorePending(saved) {
    if (saved.clientId !== this.clientId) throw new Error("Pending edits belong to the client that made them.");
    this.state = new DraftState(new Map(saved.texts));
    this.revision = saved.revision;
    this.lastSeq = Math.max(this.lastSeq, saved.lastSeq);
    this.resyncReason = saved.resyncReason ?? null;
    this.outstanding = saved.outstanding && {
      clientSeq: saved.outstanding.clientSeq, operation: parseOperation(saved.outstanding.operation),
      sent: false, toldDropped: false, refused: Boolean(saved.outstanding.refused),
    };
    this.buffer = saved.buffer && parseOperation(saved.buffer);
    this.emit("reset");
    this.emit("status");
  }

  // ---- presence ----

  setPresence(entries, replace = true) {
    if (replace) this.presence.clear();
    for (const entry of entries) {
      if (entry.clientId === this.clientId) continue;
      const p = {
        connectionId: entry.connectionId, clientId: entry.clientId, delegation: entry.delegation, colour: entry.colour,
        nodeId: entry.nodeId ?? null, start: entry.selectionStart ?? null, end: entry.selectionEnd ?? null, revision: entry.revision,
        seenAt: Date.now(), // when this person last moved or typed: their name label fades after a while
      };
      // An entry made at an older revision is moved through what happened since, as far as remembered.
      for (const h of this.history) if (h.revision > p.revision) this.moveOne(p, h.op, h.revision);
      this.presence.set(p.connectionId, p);
    }
    this.emit("presence");
  }

  /** Moves remote carets through an operation; with a revision, only those made before it. */
  movePresence(op, revision) {
    if (this.presence.size === 0) return;
    for (const p of this.presence.values()) this.moveOne(p, op, revision);
    this.emit("presence");
  }

  moveOne(p, op, revision) {
    if (revision !== undefined) {
      if (p.revision >= revision) return;
      p.revision = revision;
    }
    for (const edit of textEdits(op)) {
      if (edit.nodeId !== p.nodeId) continue;
      if (p.start !== null) p.start = edit.operation.transformPosition(p.start);
      if (p.end !== null) p.end = edit.operation.transformPosition(p.end);
    }
  }

  remember(revision, op) {
    this.history.push({ revision, op });
    if (this.history.length > HISTORY) this.history.shift();
  }

  isMine(message) {
    return String(message?.draftId).toLowerCase() === String(this.draftId).toLowerCase();
  }

  /** A plain view for tests and rdLive.state(). */
  snapshot() {
    return {
      clientId: this.clientId, revision: this.revision, state: this.clientState, online: this.online, joined: this.joined,
      resyncing: this.resyncReason !== null, lastSeq: this.lastSeq, catchUps: this.catchUps,
      slowDowns: this.slowDowns, reloads: this.reloads,
      outstanding: this.outstanding && { clientSeq: this.outstanding.clientSeq, operation: toWire(this.outstanding.operation) },
      buffer: this.buffer && toWire(this.buffer), texts: this.state.toObject(),
    };
  }
}
