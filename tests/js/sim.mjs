// A simulated hub for the client tests: a server with the semantics of the C# OperationServer
// (dedup by client id and seq, incoming operations transformed past later log entries, refusal
// when an operation does not apply) and a network whose connections each deliver in order, while
// different connections interleave at random, drop what is in flight when they die, and may
// deliver a dead connection's last submissions late.
import { DraftState } from "../../wwwroot/js/live/draft-state.js";
import { LiveClient } from "../../wwwroot/js/live/client.js";
import { parseOperation, toWire, transform } from "../../wwwroot/js/live/draft-operation.js";

export const DRAFT_ID = "5b1e0d7c-58a4-4bb1-9a3c-2f4d8e9a7c10";

export class SimServer {
  constructor(paragraphs, { keepLog = Infinity } = {}) {
    this.state = DraftState.fromSnapshot({ paragraphs });
    this.children = new Map([[null, []]]); // parent id (null: top level) -> child ids, for snapshots and deletes
    const visit = (nodes, parent) => nodes.forEach((n) => { this.addNode(parent, n.id); visit(n.subparagraphs ?? [], n.id); });
    visit(paragraphs, null);
    this.revision = 0;
    this.log = []; // entries after logStart
    this.logStart = 0;
    this.keepLog = keepLog;
    this.clients = new Map(); // clientId -> {lastSeq, lastRevision}
    this.refuseNext = false;
    this.applied = new Map();
  }

  addNode(parent, id) {
    this.children.get(parent).push(id);
    this.children.set(id, []);
  }

  descendants(id) {
    return this.children.get(id).flatMap((c) => [c, ...this.descendants(c)]);
  }

  parentOf(id) {
    for (const [parent, kids] of this.children) if (kids.includes(id)) return parent;
    return undefined;
  }

  /** OperationServer.Receive: dedup, transform past the log since the base, apply, log. */
  receive({ clientId, clientSeq, baseRevision, operation }) {
    const last = this.clients.get(clientId);
    if (last && clientSeq <= last.lastSeq) {
      if (clientSeq < last.lastSeq) return { kind: "stale" };
      return last.lastRevision !== null
        ? { kind: "duplicate", ack: { clientSeq, revision: last.lastRevision, dropped: [] } }
        : { kind: "refused", error: `Operation ${clientSeq} was refused before; reload the draft.` };
    }
    const outcome = this.apply(clientId, clientSeq, baseRevision, operation);
    this.clients.set(clientId, { lastSeq: clientSeq, lastRevision: outcome.entry?.revision ?? null });
    return outcome;
  }

  apply(clientId, clientSeq, baseRevision, wire) {
    if (this.refuseNext) {
      this.refuseNext = false;
      return { kind: "refused", error: "Refused for the test." };
    }
    if (baseRevision > this.revision || baseRevision < this.logStart) return { kind: "refused", error: `Revision ${baseRevision} cannot be caught up from.` };
    let op;
    try {
      op = parseOperation(wire);
      for (const entry of this.log.slice(baseRevision - this.logStart)) [, op] = transform(parseOperation(entry.operation), op);
      this.state.apply(op);
    } catch (error) {
      return { kind: "refused", error: error.message };
    }
    this.track(op);
    const entry = { revision: ++this.revision, clientId, clientSeq, operation: toWire(op) };
    this.applied.set(clientId, clientSeq);
    this.log.push(entry);
    while (this.log.length > this.keepLog) { this.log.shift(); this.logStart++; }
    const dropped = dropReasons(op);
    return { kind: "applied", entry, ack: { clientSeq, revision: entry.revision, dropped } };
  }

  /** Keeps the tree in step with structure operations (the texts are in `state`). */
  track(op) {
    if (op.type === "batch") op.operations.forEach((o) => this.track(o));
    if (op.type === "insertParagraph") this.addNode(null, op.id);
    if (op.type === "addSubParagraph") this.addNode(op.parentId, op.id);
    if (op.type === "deleteParagraph") {
      for (const id of [op.id, ...op.descendants]) this.children.delete(id);
      for (const kids of this.children.values()) {
        const i = kids.indexOf(op.id);
        if (i >= 0) kids.splice(i, 1);
      }
    }
  }

  snapshot() {
    const build = (id) => ({ id, text: this.state.text(id), subparagraphs: this.children.get(id).map(build) });
    return { language: "en", paragraphs: this.children.get(null).map(build) };
  }

  /** The last seq applied from a client (refusals do not count), as DraftJoined.lastClientSeq. */
  lastAppliedSeq(clientId) {
    return this.applied.get(clientId) ?? 0;
  }
}

function dropReasons(op) {
  if (op.type === "noOp") return op.reason ? [op.reason] : [];
  if (op.type === "batch") return op.operations.flatMap(dropReasons);
  return [];
}

/** Connections between LiveClients and a SimServer, delivered one message at a time in an order the test picks. */
export class SimNetwork {
  constructor(server, random) {
    this.server = server;
    this.random = random;
    this.connections = []; // {id, client, alive, joined, toServer: [], toClient: []}
    this.late = []; // submissions of dead connections still on their way: {conn, message}
    this.unsaved = []; // applied at the server, waiting for the end of the batch window
    this.nextId = 1;
    /** (conn, submission) => the wait in ms to answer "slow down" with, or null to take it: the hub's rate limits, when a test sets one. */
    this.slowDown = null;
  }

  /** A LiveClient whose transport goes through this network; options (setTimer, ackTimeoutMs) go to its constructor. */
  client(name, options = {}) {
    const transport = { conn: null };
    transport.invoke = (method, argument) => {
      if (transport.conn?.alive) transport.conn.toServer.push({ method, argument: JSON.parse(JSON.stringify(argument)) });
      return Promise.resolve();
    };
    transport.isConnected = () => Boolean(transport.conn?.alive);
    // Order, not time, is simulated here: no limit on submissions (client.test.mjs tests it with a clock of its own).
    const client = new LiveClient({ draftId: DRAFT_ID, clientId: name, displayName: name, transport, setTimer: () => {}, sendLimit: null, ...options });
    client.notices = [];
    client.on("notice", (n) => client.notices.push(n.message));
    client.transport = transport;
    return client;
  }

  connect(client) {
    const conn = { id: `c${this.nextId++}`, client, alive: true, joined: false, toServer: [], toClient: [] };
    this.connections.push(conn);
    client.transport.conn = conn;
    client.connected();
    return conn;
  }

  /** Kills a client's connection: what was on its way to the client is lost; what it sent may arrive late, or not at all. */
  disconnect(client, { lateDelivery = true } = {}) {
    const conn = client.transport.conn;
    if (!conn?.alive) return;
    conn.alive = false;
    conn.joined = false;
    conn.toClient.length = 0;
    if (lateDelivery) for (const message of conn.toServer) this.late.push({ conn, message });
    conn.toServer.length = 0;
    client.disconnected();
  }

  /** Messages waiting to be delivered, as delivery actions. */
  pending() {
    const actions = [];
    for (const conn of this.connections) {
      if (!conn.alive) continue;
      if (conn.toServer.length) actions.push(() => this.toServer(conn, conn.toServer.shift()));
      if (conn.toClient.length) actions.push(() => this.toClient(conn, conn.toClient.shift()));
    }
    if (this.late.length) actions.push(() => { const { conn, message } = this.late.shift(); this.toServer(conn, message); });
    if (this.unsaved.length) actions.push(() => this.flush());
    return actions;
  }

  /** Delivers one message chosen at random; false when nothing is waiting. */
  step() {
    const actions = this.pending();
    if (actions.length === 0) return false;
    this.random.pick(actions)();
    return true;
  }

  drain(limit = 100000) {
    for (let i = 0; i < limit; i++) if (!this.step()) return;
    throw new Error("The network did not settle.");
  }

  send(conn, method, message) {
    if (conn.alive) conn.toClient.push({ method, message });
  }

  broadcast(from, method, message) {
    for (const conn of this.connections) if (conn !== from && conn.alive && conn.joined) this.send(conn, method, message);
  }

  /** As the session does at the end of a batch window: the applied operations go to every joined connection, authors included, in one message. */
  flush() {
    if (this.unsaved.length === 0) return;
    const entries = this.unsaved.splice(0);
    this.broadcast(null, "OperationsApplied", { draftId: DRAFT_ID, entries });
  }

  toServer(conn, { method, argument }) {
    const server = this.server;
    // Anything but a newly applied operation first flushes the batch, as the session does, so each connection hears the log in order.
    if (method !== "SubmitOperation") this.flush();
    if (method === "JoinDraft") {
      if (!conn.alive) return;
      const behind = argument.knownRevision === null || argument.knownRevision < server.logStart;
      this.send(conn, "DraftJoined", {
        draftId: DRAFT_ID, revision: server.revision,
        snapshot: behind ? server.snapshot() : null,
        catchUp: behind ? [] : server.log.slice(argument.knownRevision - server.logStart),
        lastClientSeq: server.lastAppliedSeq(argument.clientId), present: [],
      });
      conn.joined = true; // in the same step as the catch-up, as the session does
    } else if (method === "SubmitOperation") {
      // Over a rate limit (the hub's, before the session): refused as retryable, nothing applied or remembered.
      const retryAfterMs = this.slowDown?.(conn, argument) ?? null;
      if (retryAfterMs !== null) {
        this.flush();
        this.send(conn, "OperationRefused", {
          draftId: DRAFT_ID, clientSeq: argument.clientSeq, error: "Slow down: this change was not applied; it is sent again in a moment.",
          reason: "slowDown", retryAfterMs,
        });
        return;
      }
      const outcome = server.receive(argument);
      if (outcome.kind === "applied") {
        this.unsaved.push(outcome.entry);
        return;
      }
      this.flush();
      if (outcome.kind === "duplicate") this.send(conn, "OperationAcknowledged", { draftId: DRAFT_ID, ack: outcome.ack });
      if (outcome.kind === "refused") this.send(conn, "OperationRefused", { draftId: DRAFT_ID, clientSeq: argument.clientSeq, error: outcome.error });
    } else if (method === "UpdatePresence") {
      this.broadcast(conn, "PresenceChanged", {
        draftId: DRAFT_ID,
        entry: { connectionId: conn.id, clientId: conn.client.clientId, delegation: conn.client.displayName, colour: "#c00",
          nodeId: argument.nodeId, selectionStart: argument.selectionStart, selectionEnd: argument.selectionEnd, revision: server.revision },
      });
    } else if (method === "LeaveDraft") {
      conn.joined = false;
      this.broadcast(conn, "PresenceLeft", { draftId: DRAFT_ID, connectionId: conn.id });
    }
  }

  toClient(conn, { method, message }) {
    conn.client[`handle${method}`](JSON.parse(JSON.stringify(message)));
  }

  /** A structure change made by the server-side page: applied at the head and broadcast to every browser. */
  page(operation) {
    this.flush();
    const outcome = this.server.receive({ clientId: "page", clientSeq: (this.pageSeq = (this.pageSeq ?? 0) + 1), baseRevision: this.server.revision, operation });
    if (outcome.kind !== "applied") throw new Error(`The page's change was refused: ${outcome.error}`);
    this.unsaved.push(outcome.entry);
    this.flush();
    return outcome.entry;
  }
}
