// The browser's client state machine against a simulated server: concurrent typing, acks and
// broadcasts interleaved between clients, reconnects with resends, deletes of the paragraph being
// edited, refusals and gaps, and random schedules of 2-8 clients.
import { test } from "node:test";
import assert from "node:assert/strict";
import { TextOperation } from "../../wwwroot/js/live/text-operation.js";
import { DROPPED_MESSAGE, SEND_LIMIT } from "../../wwwroot/js/live/client.js";
import { LABEL_QUIET_AFTER_MS, labelIsQuiet } from "../../wwwroot/js/live/presence-overlay.js";
import { SimNetwork, SimServer, DRAFT_ID } from "./sim.mjs";
import { rng, randomSplice, randomText } from "./random.mjs";

const PARAGRAPHS = [
  { id: "pp1", text: "Recalling its resolution 79/7," },
  { id: "op1", text: "Requests the Secretary-General:", subparagraphs: [{ id: "op1-a", text: "To report;" }, { id: "op1-b", text: "联合国" }] },
];

function setup(names, options = {}) {
  const server = new SimServer(structuredClone(PARAGRAPHS), options);
  const net = new SimNetwork(server, rng(options.seed ?? 7));
  const clients = names.map((name) => net.client(name, options.client));
  for (const c of clients) net.connect(c);
  net.drain();
  return { server, net, clients };
}

/** What a textarea would report: the text after a splice, turned into an operation by fromChange. */
function type(client, nodeId, position, insert, deleteCount = 0) {
  const old = client.text(nodeId);
  const next = old.slice(0, position) + insert + old.slice(position + deleteCount);
  client.edit(nodeId, TextOperation.fromChange(old, next, position + insert.length));
}

function assertConverged(server, clients) {
  const expected = server.state.toObject();
  for (const c of clients) {
    assert.deepEqual(c.state.toObject(), expected, `${c.clientId} differs from the server`);
    assert.equal(c.revision, server.revision, `${c.clientId} is at another revision`);
    assert.equal(c.clientState, "synchronized");
  }
}

function assertExactlyOnce(server) {
  const seen = new Set();
  for (const e of server.log) {
    const key = `${e.clientId}/${e.clientSeq}`;
    assert.ok(!seen.has(key), `${key} was applied twice`);
    seen.add(key);
  }
}

test("join: the snapshot's texts, sub-paragraphs included, at the server's revision", () => {
  const { server, clients: [a] } = setup(["a"]);
  assert.equal(a.revision, 0);
  assert.equal(a.text("op1-b"), "联合国");
  assert.deepEqual(a.state.toObject(), server.state.toObject());
  assert.ok(a.joined && a.ready);
});

test("states: synchronized, awaitingConfirm, awaitingWithBuffer and back, one submission in flight", () => {
  const { server, net, clients: [a] } = setup(["a"]);
  type(a, "pp1", 0, "Also ");
  assert.equal(a.clientState, "awaitingConfirm");
  type(a, "pp1", 5, "r");
  type(a, "pp1", 6, "e");
  assert.equal(a.clientState, "awaitingWithBuffer");
  assert.equal(a.transport.conn.toServer.length, 1, "only one submission goes out while one is in flight");
  assert.deepEqual(a.snapshot().buffer, { type: "editText", nodeId: "pp1", operation: [5, "re", 30] }, "edits of one node are composed");
  net.drain();
  assert.equal(a.clientState, "synchronized");
  assert.equal(server.state.text("pp1"), "Also reRecalling its resolution 79/7,");
  assert.deepEqual(server.log.map((e) => e.clientSeq), [1, 2]);
});

test("buffer: edits of several paragraphs go as one batch, one part per paragraph", () => {
  const { server, net, clients: [a] } = setup(["a"]);
  type(a, "pp1", 0, "1");
  type(a, "op1", 0, "2");
  type(a, "op1-a", 0, "3");
  type(a, "op1", 1, "4"); // joins op1's part although op1-a was edited in between
  const buffer = a.snapshot().buffer;
  assert.equal(buffer.type, "batch");
  assert.deepEqual(buffer.operations.map((p) => [p.nodeId, p.operation]), [["op1", ["24", 31]], ["op1-a", ["3", 10]]]);
  net.drain();
  assert.equal(server.state.text("op1"), "24Requests the Secretary-General:");
  assertConverged(server, [a]);
});

test("concurrent typing at one position: the earlier arrival keeps its place, everyone converges", () => {
  const { server, net, clients: [a, b] } = setup(["a", "b"]);
  type(a, "pp1", 9, "A");
  type(b, "pp1", 9, "B");
  // b's submission reaches the server first; a's ack and b's broadcast then race on two connections.
  const bConn = b.transport.conn;
  net.toServer(bConn, bConn.toServer.shift());
  net.drain();
  assert.equal(server.state.text("pp1"), "RecallingBA its resolution 79/7,");
  assertConverged(server, [a, b]);
});

test("out-of-order between clients: each sees the other's edits whatever order acks and broadcasts arrive in", () => {
  for (let seed = 1; seed <= 200; seed++) {
    const { server, net, clients } = setup(["a", "b", "c"], { seed });
    const r = rng(seed);
    for (let i = 0; i < 12; i++) {
      const c = r.pick(clients);
      const text = c.text("op1-b");
      const change = randomSplice(r, text);
      c.edit("op1-b", TextOperation.fromChange(text, change.result, change.caret));
      for (let k = r.int(0, 3); k > 0; k--) net.step();
    }
    net.drain();
    assertConverged(server, clients);
  }
});

test("remote edits are transformed past the outstanding and the buffered edits", () => {
  const { server, net, clients: [a, b] } = setup(["a", "b"]);
  type(a, "op1-a", 0, "(x) "); // outstanding
  type(a, "op1-a", 4, "now "); // buffer
  type(b, "op1-a", 10, " Soon."); // at the end of "To report;"
  net.toServer(b.transport.conn, b.transport.conn.toServer.shift()); // b first
  net.drain();
  assert.equal(a.text("op1-a"), "(x) now To report; Soon.");
  assertConverged(server, [a, b]);
});

test("reconnect: the outstanding op was applied before the connection died; the catch-up acks it, nothing twice", () => {
  const { server, net, clients: [a, b] } = setup(["a", "b"]);
  type(a, "pp1", 0, "Firmly ");
  const conn = a.transport.conn;
  net.toServer(conn, conn.toServer.shift()); // applied; the ack is on its way
  net.disconnect(a);
  type(a, "pp1", 7, "and "); // typing goes on offline
  assert.equal(a.text("pp1"), "Firmly and Recalling its resolution 79/7,");
  type(b, "pp1", 30, " and");
  net.drain();
  net.connect(a);
  net.drain();
  assertConverged(server, [a, b]);
  assert.equal(server.state.text("pp1"), "Firmly and Recalling its resolution 79/7, and");
  assertExactlyOnce(server);
  assert.deepEqual(a.notices, []);
});

test("reconnect: the outstanding op was lost on the way; it is resent with the same seq and applied once", () => {
  const { server, net, clients: [a, b] } = setup(["a", "b"]);
  type(a, "op1", 0, "Also ");
  net.disconnect(a, { lateDelivery: false });
  type(b, "op1", 0, "B ");
  net.drain();
  net.connect(a);
  net.drain();
  assertConverged(server, [a, b]);
  assert.deepEqual(server.log.filter((e) => e.clientId === "a").map((e) => e.clientSeq), [1]);
  assert.equal(server.state.text("op1"), "B Also Requests the Secretary-General:");
});

test("reconnect: the dead connection's submission arrives late, before or after the resend: applied once", () => {
  for (const lateFirst of [true, false]) {
    const { server, net, clients: [a, b] } = setup(["a", "b"]);
    type(a, "op1-b", 3, "大会");
    net.disconnect(a); // the submission is now "late"
    net.connect(a);
    const conn = a.transport.conn;
    net.toServer(conn, conn.toServer.shift()); // JoinDraft
    net.toClient(conn, conn.toClient.shift()); // DraftJoined: resend goes out
    if (lateFirst) net.toServer(net.late[0].conn, net.late.shift().message);
    net.drain();
    assertConverged(server, [a, b]);
    assertExactlyOnce(server);
    assert.equal(server.state.text("op1-b"), "联合国大会");
  }
});

test("a page reload with edits pending: the saved edits are restored, caught up and resent, and applied once", () => {
  for (const appliedBeforeReload of [true, false]) {
    const { server, net, clients: [a, b] } = setup(["a", "b"]);
    type(a, "pp1", 0, "One ");
    if (appliedBeforeReload) net.toServer(a.transport.conn, a.transport.conn.toServer.shift());
    type(a, "pp1", 4, "two ");
    const saved = JSON.parse(JSON.stringify(a.exportPending())); // as sessionStorage keeps it
    net.disconnect(a, { lateDelivery: false }); // the page goes away
    type(b, "pp1", 30, " Three");
    net.drain();
    const reloaded = net.client("a");
    reloaded.restorePending(saved);
    assert.equal(reloaded.text("pp1"), "One two Recalling its resolution 79/7,");
    net.connect(reloaded);
    net.drain();
    assertConverged(server, [reloaded, b]);
    assertExactlyOnce(server);
    assert.equal(server.state.text("pp1"), "One two Recalling its resolution 79/7, Three");
    assert.equal(reloaded.exportPending(), null);
  }
});

test("delete of the paragraph being edited: the outstanding and buffered edits are dropped and the author told once", () => {
  const { server, net, clients: [a, b] } = setup(["a", "b"]);
  type(a, "op1-a", 0, "x"); // outstanding
  type(a, "op1-a", 1, "y"); // buffer
  type(a, "pp1", 0, "z"); // buffer, another paragraph: kept
  net.page({ type: "deleteParagraph", id: "op1", parentId: null, index: 1, descendants: ["op1-a", "op1-b"] });
  net.drain();
  assert.equal(a.text("op1-a"), undefined);
  assert.deepEqual(a.notices, [DROPPED_MESSAGE]);
  assert.equal(server.state.text("pp1"), "zRecalling its resolution 79/7,");
  assertConverged(server, [a, b]);
});

test("delete after the edit was applied: the server's ack carries the drop, told once", () => {
  const { server, net, clients: [a] } = setup(["a"]);
  type(a, "op1-b", 0, "x");
  net.page({ type: "deleteParagraph", id: "op1-b", parentId: "op1", index: 1, descendants: [] }); // ordered before a's edit
  net.drain();
  assert.deepEqual(a.notices, [DROPPED_MESSAGE]);
  assert.equal(server.log.at(-1).operation.type, "noOp");
  assertConverged(server, [a]);
});

test("structure from the page: inserted and added paragraphs appear with their text; moves and kinds leave texts alone", () => {
  const { server, net, clients: [a] } = setup(["a"]);
  const effects = [];
  a.on("remote", ({ effects: e }) => effects.push(...e));
  net.page({ type: "insertParagraph", id: "op2", kind: "operative", index: 2, text: "Decides to remain seized of the matter.", heading: null });
  net.page({ type: "addSubParagraph", parentId: "op1", id: "op1-c", index: 2, text: "" });
  net.page({ type: "batch", operations: [{ type: "moveParagraph", id: "op2", parentId: null, fromIndex: 2, toIndex: 1 }, { type: "setParagraphKind", id: "op2", kind: "preambular" }] });
  net.drain();
  assert.equal(a.text("op2"), "Decides to remain seized of the matter.");
  assert.equal(a.text("op1-c"), "");
  assert.deepEqual(effects.map((e) => `${e.kind} ${e.nodeId}`), ["added op2", "added op1-c"]);
  type(a, "op1-c", 0, "To act;");
  net.drain();
  assertConverged(server, [a]);
});

test("refusal: the draft is reloaded from a fresh snapshot and the author told what was lost", () => {
  const { server, net, clients: [a, b] } = setup(["a", "b"]);
  server.refuseNext = true;
  type(a, "op1-a", 0, "Lost words ");
  type(a, "op1-a", 11, "too");
  assert.equal(a.clientState, "awaitingWithBuffer");
  net.drain();
  assert.equal(a.notices.length, 1);
  assert.match(a.notices[0], /refused.*reloaded.*paragraph op1-a: typed “Lost words too”/);
  assert.equal(a.text("op1-a"), "To report;");
  type(a, "op1-a", 0, "Kept ");
  net.drain();
  assertConverged(server, [a, b]);
  // Sequence numbers keep growing after a reload: the refused 1 is not used again.
  assert.deepEqual(server.log.filter((e) => e.clientId === "a").map((e) => e.clientSeq), [2]);
});

test("a failed SubmitOperation invocation on a live connection: reload, and what was not applied is reported lost", async () => {
  const { server, net, clients: [a] } = setup(["a"]);
  const invoke = a.transport.invoke;
  a.transport.invoke = (method, argument) =>
    method === "SubmitOperation" ? Promise.reject(new Error("An unexpected error occurred invoking 'SubmitOperation'.")) : invoke(method, argument);
  type(a, "pp1", 0, "Q");
  await new Promise((resolve) => setImmediate(resolve));
  a.transport.invoke = invoke;
  net.drain();
  assert.equal(a.notices.length, 1);
  assert.match(a.notices[0], /could not take your change.*reloaded.*pp1: typed “Q”/);
  assertConverged(server, [a]);
});

test("a broadcast lost between nodes: the gap is caught up on the same connection, nothing reloaded or lost", () => {
  const { server, net, clients: [a, b] } = setup(["a", "b"]);
  type(a, "pp1", 0, "A");
  type(a, "pp1", 1, "Z"); // buffered behind A: a reload would lose it
  type(b, "op1", 0, "B1 ");
  net.toServer(b.transport.conn, b.transport.conn.toServer.shift());
  net.flush();
  a.transport.conn.toClient.length = 0; // the batch with b's op goes missing on its way to a
  net.toServer(a.transport.conn, a.transport.conn.toServer.shift()); // a's op: revision 2; its return (the ack) reveals the gap
  net.drain();
  assert.deepEqual(a.notices, [], "a catch-up, not a reload: nobody is told anything was lost");
  assert.equal(a.catchUps, 1);
  assertConverged(server, [a, b]);
  assert.equal(server.state.text("pp1"), "AZRecalling its resolution 79/7,");
  assertExactlyOnce(server);
});

test("a gap inside a catch-up (which the server sends whole): reload for a fresh snapshot", () => {
  const { server, net, clients: [a, b] } = setup(["a", "b"]);
  type(b, "op1", 0, "B1 ");
  net.drain();
  net.disconnect(a);
  type(b, "op1", 0, "B2 ");
  net.drain();
  net.connect(a);
  const conn = a.transport.conn;
  net.toServer(conn, conn.toServer.shift()); // the join: its catch-up holds revision 2
  conn.toClient[0].message.catchUp = [{ ...conn.toClient[0].message.catchUp[0], revision: 3 }];
  net.drain();
  assert.match(a.notices[0], /Missed changes 2 to 2\. The draft was reloaded\.$/);
  assertConverged(server, [a, b]);
});

test("an acknowledgement that never comes: after the timeout the client catches up, and each change is applied once", () => {
  const timers = [];
  const fire = () => { for (const t of timers.splice(0)) t.fn(); };
  const { server, net, clients: [a, b] } = setup(["a", "b"], { client: { setTimer: (fn, ms) => timers.push({ fn, ms }), ackTimeoutMs: 4000 } });
  timers.length = 0; // the joins'

  // 1. Applied, and its acknowledgement (the broadcast) lost: nothing else ever arrives.
  type(a, "pp1", 0, "A");
  assert.deepEqual(timers.map((t) => t.ms), [4000]);
  net.toServer(a.transport.conn, a.transport.conn.toServer.shift());
  net.flush();
  a.transport.conn.toClient.length = 0;
  net.drain();
  assert.equal(a.clientState, "awaitingConfirm", "without the timeout it would wait for ever");
  fire();
  net.drain();
  assert.equal(a.catchUps, 1);
  assertConverged(server, [a, b]);

  // 2. The submission itself lost: the catch-up does not hold it, so it is sent again (same seq) and applied once.
  type(a, "pp1", 1, "B");
  a.transport.conn.toServer.length = 0;
  fire();
  assert.equal(a.catchUps, 2);
  net.drain();
  assertConverged(server, [a, b]);
  assert.equal(server.state.text("pp1"), "ABRecalling its resolution 79/7,");
  assertExactlyOnce(server);
  assert.deepEqual(a.notices, []);

  // 3. Acknowledged in time: the timer finds nothing to do.
  type(a, "pp1", 2, "C");
  net.drain();
  fire();
  net.drain();
  assert.equal(a.catchUps, 2);
  assertConverged(server, [a, b]);
});

test("an acknowledgement still missing after a catch-up: asked again after twice the wait", () => {
  const timers = [];
  const { net, clients: [a] } = setup(["a"], { client: { setTimer: (fn, ms) => timers.push({ fn, ms }), ackTimeoutMs: 1000 } });
  timers.length = 0;
  type(a, "pp1", 0, "A");
  a.transport.conn.toServer.length = 0; // lost
  timers.shift().fn();
  // The catch-up's join is answered, the change sent again, and lost again.
  const conn = a.transport.conn;
  net.toServer(conn, conn.toServer.shift());
  net.toClient(conn, conn.toClient.shift());
  conn.toServer.length = 0;
  assert.deepEqual(timers.map((t) => t.ms), [2000]);
  timers.shift().fn();
  assert.equal(a.catchUps, 2);
  net.drain();
  assert.equal(a.clientState, "synchronized");
});

test("too far behind for a catch-up: the server sends a snapshot; applied edits kept, the buffer reported lost", () => {
  const { server, net, clients: [a, b] } = setup(["a", "b"], { keepLog: 2 });
  type(a, "pp1", 0, "A");
  net.toServer(a.transport.conn, a.transport.conn.toServer.shift()); // applied
  net.disconnect(a);
  type(a, "pp1", 1, "BC"); // buffered offline
  for (let i = 0; i < 4; i++) { type(b, "op1", 0, `${i}`); net.drain(); }
  net.connect(a);
  net.drain();
  assert.match(a.notices[0], /away too long.*pp1: typed “BC”/);
  assertConverged(server, [a, b]);
  assert.equal(server.state.text("pp1"), "ARecalling its resolution 79/7,");
});

test("presence: other people's carets move with remote and local edits; one's own is not shown", () => {
  const { net, clients: [a, b] } = setup(["a", "b"]);
  b.updatePresence("pp1", 9, 9);
  a.updatePresence("pp1", 0, 0);
  net.drain();
  const seen = [...a.presence.values()];
  assert.equal(seen.length, 1);
  assert.deepEqual([seen[0].delegation, seen[0].start], ["b", 9]);
  assert.equal(b.presence.size, 1);
  type(a, "pp1", 0, "Also "); // before b's caret: moves it
  assert.equal([...a.presence.values()][0].start, 14);
  type(b, "pp1", 0, "再"); // remote, before it again
  net.drain();
  const caret = [...a.presence.values()][0];
  assert.equal(caret.start, 15);
  net.toServer(b.transport.conn, { method: "LeaveDraft", argument: { draftId: DRAFT_ID } });
  net.drain();
  assert.equal(a.presence.size, 0);
});

test("presence: a caret's name label shrinks to a flag once its owner is still, and returns when they move", (t) => {
  let now = 1_000_000;
  t.mock.method(Date, "now", () => now);
  const { net, clients: [a, b] } = setup(["a", "b"]);
  b.updatePresence("pp1", 4, 4);
  net.drain();
  const first = [...a.presence.values()][0];
  assert.equal(labelIsQuiet(first, now + LABEL_QUIET_AFTER_MS - 1), false);
  assert.equal(labelIsQuiet(first, now + LABEL_QUIET_AFTER_MS), true);
  type(a, "pp1", 0, "Also "); // someone else's typing moves the caret but does not wake the label
  assert.equal(labelIsQuiet([...a.presence.values()][0], now + LABEL_QUIET_AFTER_MS), true);
  now += 10_000;
  b.updatePresence("pp1", 12, 12);
  net.drain();
  const moved = [...a.presence.values()][0];
  assert.equal(moved.start, 12);
  assert.equal(labelIsQuiet(moved, now + 1), false);
});

test("presence: one's caret is sent counted at a revision, and waits while one's own change is unacknowledged", () => {
  const { net, clients: [a] } = setup(["a", "b"]);
  net.drain();
  const sent = [];
  const invoke = a.transport.invoke.bind(a.transport);
  a.transport.invoke = (method, argument) => {
    if (method === "UpdatePresence") sent.push(JSON.parse(JSON.stringify(argument)));
    return invoke(method, argument);
  };
  a.updatePresence("pp1", 3, 3);
  assert.deepEqual(sent.map((p) => [p.selectionStart, p.revision]), [[3, a.revision]]);
  net.drain();
  type(a, "pp1", 0, "Also "); // in flight
  a.updatePresence("pp1", 8, 8);
  assert.equal(sent.length, 1, "sent while a change was unacknowledged");
  net.drain(); // the ack arrives: the caret goes, counted at the acknowledged revision
  assert.equal(sent.length, 2);
  assert.deepEqual([sent[1].selectionStart, sent[1].revision], [8, a.revision]);
});

test("random schedules of 2-8 clients: typing, page structure changes, disconnects, late and lost messages all converge", () => {
  for (let seed = 1; seed <= 300; seed++) {
    const r = rng(seed * 7919);
    const names = Array.from({ length: r.int(2, 8) }, (_, i) => `client-${i}`);
    const { server, net, clients } = setup(names, { seed, keepLog: r.int(0, 1) ? Infinity : 30 });
    let nextId = 1;
    for (let step = 0; step < 150; step++) {
      const roll = r.int(0, 99);
      const c = r.pick(clients);
      if (roll < 55 && c.ready) {
        const ids = [...c.state.texts.keys()];
        if (ids.length === 0) continue;
        const id = r.pick(ids);
        const text = c.text(id);
        const change = randomSplice(r, text);
        if (change.result.length > 200) continue;
        c.edit(id, TextOperation.fromChange(text, change.result, change.caret));
      } else if (roll < 60) {
        const ids = [...server.children.keys()].filter((id) => id !== null);
        if (r.int(0, 1) || ids.length < 3) {
          net.page({ type: "insertParagraph", id: `new${nextId++}`, kind: "operative", index: 0, text: randomText(r, 0, 4), heading: null });
        } else if (r.int(0, 1)) {
          net.page({ type: "addSubParagraph", parentId: r.pick(ids), id: `sub${nextId++}`, index: 0, text: randomText(r, 0, 3) });
        } else {
          const id = r.pick(ids);
          net.page({ type: "deleteParagraph", id, parentId: server.parentOf(id), index: 0, descendants: server.descendants(id) });
        }
      } else if (roll < 64) {
        net.disconnect(c, { lateDelivery: r.int(0, 1) === 1 });
      } else if (roll < 70 && !c.transport.conn?.alive) {
        net.connect(c);
      } else {
        for (let k = r.int(1, 6); k > 0; k--) net.step();
      }
    }
    for (const c of clients) if (!c.transport.conn?.alive) net.connect(c);
    net.drain();
    try {
      assertConverged(server, clients);
      assertExactlyOnce(server);
    } catch (error) {
      error.message = `seed ${seed}: ${error.message}`;
      throw error;
    }
  }
});

test("a batch holding others' operations before and after one's own: the earlier are transformed past it, the later are not", () => {
  const { server, net, clients: [a, b, c] } = setup(["a", "b", "c"]);
  type(b, "pp1", 0, "B");
  net.toServer(b.transport.conn, b.transport.conn.toServer.shift()); // revision 1: before a's
  type(a, "pp1", 0, "A");
  net.toServer(a.transport.conn, a.transport.conn.toServer.shift()); // revision 2: a's, based on 0
  type(c, "pp1", 30, "C");
  net.toServer(c.transport.conn, c.transport.conn.toServer.shift()); // revision 3: based on 0, after a's
  assert.equal(a.clientState, "awaitingConfirm");
  net.flush();
  assert.equal(a.transport.conn.toClient.length, 1, "one message carries the three operations");
  assert.deepEqual(a.transport.conn.toClient[0].message.entries.map((e) => e.revision), [1, 2, 3]);
  net.drain();
  assert.equal(a.clientState, "synchronized");
  assert.equal(a.revision, 3);
  assertConverged(server, [a, b, c]);
  assert.equal(server.state.text("pp1"), "BARecalling its resolution 79/7,C");
});

test("agreed language from the page (editText + setSource): a typist's pending edits merge with it, the source passes through", () => {
  const { server, net, clients: [a, b] } = setup(["a", "b"]);
  type(a, "op1-a", 10, " now"); // outstanding
  type(a, "op1-a", 14, "!"); // buffered
  net.flush();
  const old = server.state.text("op1-a");
  const source = { symbol: "A/RES/76/165", label: "OP9", text: "To report to the General Assembly;", year: "2021", language: "en" };
  const remotes = [];
  b.on("remote", ({ effects }) => remotes.push(...effects));
  net.page({ type: "batch", operations: [
    { type: "editText", nodeId: "op1-a", operation: [-old.length, source.text] },
    { type: "setSource", id: "op1-a", source },
  ] });
  net.drain();
  assert.ok(server.log.some((e) => JSON.stringify(e.operation).includes('"setSource"')), "the source is in the log as sent");
  assert.ok(server.state.text("op1-a").includes("To report to the General Assembly;"));
  assert.ok(remotes.some((e) => e.kind === "text" && e.nodeId === "op1-a"));
  assertConverged(server, [a, b]);
});

// Issue 20: the panel-latency benchmark typed 66 keys a second; each keystroke was acknowledged
// before the next, so each went out as a submission of its own, past the 40 a second the server
// takes from a connection (ConnectionRateLimit). The refusal reloaded the draft and lost what was
// in flight. The client now paces its submissions; keystrokes meanwhile merge in the buffer.
test("a typist faster than the server's rate limit: submissions are paced under it, every keystroke arrives", () => {
  const server = new SimServer(structuredClone(PARAGRAPHS));
  const net = new SimNetwork(server, rng(11));
  let clock = 0;
  const timers = [];
  const client = net.client("fast");
  // The same client, but on a clock of its own, and with the pacing the browser has.
  const paced = new client.constructor({
    draftId: DRAFT_ID, clientId: "fast", displayName: "fast", transport: client.transport,
    now: () => clock, setTimer: (fn, ms) => timers.push({ at: clock + ms, fn }),
  });
  paced.notices = [];
  paced.on("notice", (n) => paced.notices.push(n.message));
  paced.transport = client.transport;
  net.connect(paced);
  net.drain();

  const sent = [];
  const invoke = paced.transport.invoke;
  paced.transport.invoke = (method, argument) => {
    if (method === "SubmitOperation") sent.push(clock);
    return invoke(method, argument);
  };

  // 300 keys, one every 15 ms, each acknowledged at once: three times the server's 40 a second would allow unpaced.
  const typed = "Calls upon Member States to comply with their obligations under the Charter and international law. ".repeat(3);
  for (const ch of typed) {
    clock += 15;
    for (const timer of timers.splice(0).sort((a, b) => a.at - b.at)) {
      if (timer.at <= clock) timer.fn();
      else timers.push(timer);
    }
    const text = paced.text("pp1");
    paced.edit("pp1", TextOperation.fromChange(text, text + ch, text.length + 1));
    net.drain();
  }
  while (timers.length > 0) {
    clock = Math.max(clock, Math.min(...timers.map((t) => t.at)));
    for (const timer of timers.splice(0)) timer.fn();
    net.drain();
  }

  assert.equal(server.state.text("pp1"), PARAGRAPHS[0].text + typed);
  assert.deepEqual(paced.notices, []);
  // As the server counts (ConnectionRateLimit): a bucket of 80, 40 more each second, its seconds
  // starting whenever the connection's limits were made: every phase is tried.
  for (let phase = 0; phase < 1000; phase += 25) {
    let tokens = 80;
    let tick = phase;
    for (const at of sent) {
      while (at >= tick) { tokens = Math.min(80, tokens + 40); tick += 1000; }
      tokens -= 1;
      assert.ok(tokens >= 0, `the submission at ${at} ms would have been refused (the server's seconds from ${phase} ms)`);
    }
  }
  assert.ok(sent.length < typed.length, "keystrokes were merged");
});

// Issue 20: a refusal for the hub's per-user limit (150 a second over all of one user's tabs) made the
// client reload and drop what was typed meanwhile. "Slow down" is now retryable: the client keeps the
// submission and its seq, merges keystrokes, waits as asked and sends the same submission again.

/** Clients on one clock of the test's: `advance(ms)` fires the timers due, `settle()` runs them all out. */
function clocked(names, { paragraphs = PARAGRAPHS, seed = 5, sendLimit = null } = {}) {
  const server = new SimServer(structuredClone(paragraphs));
  const net = new SimNetwork(server, rng(seed));
  const time = { now: 0 };
  const timers = [];
  const clients = names.map((name) => net.client(name, {
    now: () => time.now, setTimer: (fn, ms) => timers.push({ at: time.now + ms, fn }), sendLimit,
  }));
  for (const c of clients) net.connect(c);
  net.drain();
  timers.length = 0; // the joins'
  const advance = (ms) => {
    time.now += ms;
    for (;;) {
      const due = timers.filter((t) => t.at <= time.now).sort((a, b) => a.at - b.at);
      if (due.length === 0) return;
      for (const t of due) timers.splice(timers.indexOf(t), 1);
      for (const t of due) t.fn();
    }
  };
  const settle = () => {
    for (let i = 0; i < 10000; i++) {
      net.drain();
      // Ack timers (seconds away) are not what settles a slowed-down client: run the nearest first.
      if (timers.length === 0) return;
      time.now = Math.max(time.now, Math.min(...timers.map((t) => t.at)));
      advance(0);
    }
    throw new Error("The clients did not settle.");
  };
  return { server, net, clients, time, timers, advance, settle };
}

/** The hub's per-user bucket, on the test's clock: `burst` at once, refilled at `perSecond`; the wait as the server computes it. */
function userBucket(time, { burst, perSecond }) {
  let tokens = burst;
  let at = time.now;
  const refused = [];
  const limit = (conn, submission) => {
    tokens = Math.min(burst, tokens + ((time.now - at) * perSecond) / 1000);
    at = time.now;
    if (tokens >= 1) {
      tokens -= 1;
      return null;
    }
    refused.push(`${submission.clientId}/${submission.clientSeq}`);
    return Math.ceil(((1 - tokens) * 1000) / perSecond);
  };
  limit.refused = refused;
  return limit;
}

test("slow down: the submission is kept, keystrokes merge, and the same seq goes again after the wait; nothing reloaded or lost", () => {
  const { server, net, clients: [a, b], timers, advance, settle } = clocked(["a", "b"]);
  const sent = [];
  const invoke = a.transport.invoke;
  a.transport.invoke = (method, argument) => {
    if (method === "SubmitOperation") sent.push({ seq: argument.clientSeq, base: argument.baseRevision, operation: JSON.stringify(argument.operation) });
    return invoke(method, argument);
  };
  let slowDowns = 1;
  net.slowDown = (conn) => (conn.client === a && slowDowns-- > 0 ? 300 : null);

  type(a, "pp1", 0, "A");
  net.drain();
  assert.equal(a.slowDowns, 1);
  assert.equal(a.clientState, "awaitingConfirm", "the change stays pending, not reloaded");
  assert.equal(a.text("pp1"), "ARecalling its resolution 79/7,");
  assert.deepEqual(timers.filter((t) => t.at === 300).length, 1, "a resend waits for the 300 ms asked");

  // Meanwhile: more keys of one's own (buffered) and another delegation's change (transformed past them).
  type(a, "pp1", 1, "B");
  type(b, "pp1", 0, "Z");
  net.drain();
  assert.equal(sent.length, 1, "nothing goes out before the wait is over");
  advance(299);
  net.drain();
  assert.equal(sent.length, 1);
  advance(1);
  net.drain();
  settle();

  assert.deepEqual(sent.map((s) => s.seq), [1, 1, 2], "the same seq again, then the buffer");
  assert.ok(sent[1].base > sent[0].base, "sent again based on what arrived meanwhile");
  assert.deepEqual(a.notices, []);
  assert.equal(a.reloads, 0);
  assertConverged(server, [a, b]);
  assert.equal(server.state.text("pp1"), "ZABRecalling its resolution 79/7,");
  assertExactlyOnce(server);
});

test("slow down without a wait (or an absurd one): a second, at most five, never hammering", () => {
  for (const [retryAfterMs, expected] of [[undefined, 1000], [null, 1000], [0, 10], [60000, 5000], [250, 250]]) {
    const { clients: [a], timers } = clocked(["a"]);
    type(a, "pp1", 0, "X");
    timers.length = 0; // its ack timer
    a.handleOperationRefused({ draftId: DRAFT_ID, clientSeq: 1, error: "Slow down", reason: "slowDown", retryAfterMs });
    assert.deepEqual(timers.map((t) => t.at), [expected], `retryAfterMs ${retryAfterMs}`);
    assert.equal(a.reloads, 0);
    assert.equal(a.clientState, "awaitingConfirm");
  }
});

test("an old server's refusal (no reason) still reloads, as before: only \"slowDown\" is retried", () => {
  const { net, clients: [a] } = clocked(["a"]);
  type(a, "pp1", 0, "Q");
  a.transport.conn.toServer.length = 0; // the server refused it, as an old server did, without a reason
  a.handleOperationRefused({ draftId: DRAFT_ID, clientSeq: 1, error: "Slow down: at most 40 changes a second. This change was not applied; reload the draft." });
  net.drain();
  assert.equal(a.reloads, 1);
  assert.equal(a.slowDowns, 0);
  assert.match(a.notices[0], /refused.*Slow down.*reloaded.*pp1: typed “Q”/);
});

test("one user in three tabs typing past the user's limit: every keystroke stored once, all converge, nobody reloads", () => {
  const paragraphs = [
    { id: "pp1", text: "Recalling its resolution 79/7," },
    { id: "op1", text: "Requests the Secretary-General to report;" },
  ];
  for (const seed of [1, 2, 3, 4, 5]) {
    const { server, net, clients, time, advance, settle } = clocked(["tab1", "tab2", "tab3"], { paragraphs, seed, sendLimit: SEND_LIMIT });
    const [t1, t2, t3] = clients;
    // Three tabs paced at 30 a second each: 90 a second together, over a user limit of 40.
    const limit = userBucket(time, { burst: 20, perSecond: 40 });
    net.slowDown = limit;
    const random = rng(seed * 31);
    const typed = { tab1: "", tab2: "", tab3: "" };
    const words = "and calls upon all States 联合国 to cooperate fully ";
    for (let key = 0; key < 600; key++) {
      const who = clients[key % 3];
      const ch = words[(key / 3 | 0) % words.length];
      // tab1 types at the start of pp1, tab2 at its end, tab3 at the end of op1.
      if (who === t1) type(t1, "pp1", typed.tab1.length, ch);
      if (who === t2) type(t2, "pp1", t2.text("pp1").length, ch);
      if (who === t3) type(t3, "op1", t3.text("op1").length, ch);
      typed[who.clientId] += ch;
      advance(random.int(2, 9));
      for (let i = random.int(0, 6); i > 0 && net.step(); i--);
    }
    settle();

    assert.ok(limit.refused.length > 10, `seed ${seed}: the user's limit was reached (${limit.refused.length} slowed down)`);
    assertConverged(server, clients);
    assert.equal(server.state.text("pp1"), typed.tab1 + paragraphs[0].text + typed.tab2, `seed ${seed}`);
    assert.equal(server.state.text("op1"), paragraphs[1].text + typed.tab3, `seed ${seed}`);
    assertExactlyOnce(server);
    for (const c of clients) {
      assert.deepEqual(c.notices, [], `seed ${seed}: ${c.clientId} was told something was lost`);
      assert.equal(c.reloads, 0);
    }
  }
});
