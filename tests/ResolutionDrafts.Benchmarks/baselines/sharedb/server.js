'use strict';
// ShareDB server for the co-editing baseline (docs/benchmarks.md, "Co-editing"): one json1
// document per draft, {title, paragraphs: [{id, kind, text}]}, each paragraph's text an
// ot-text-unicode string, so typing, paragraph inserts and moves are all one document's ops.
// ShareDB's in-memory database and pub/sub: nothing is written to disk (the app writes every
// operation to SQLite before acknowledging it).
//
//   node server.js [--port 5199]      listens on 127.0.0.1 only
//
// HTTP beside the WebSocket, mirroring the app's API for the driver:
//   POST /api/docs            a new document with the demo text (A/80/L.6) -> {id}
//   GET  /api/docs/ID         {v, data}
//   GET  /api/docs/ID/log     [{v, src, seq}], the committed ops
//   GET  /api/health          {status, rssMb}
const fs = require('fs');
const http = require('http');
const path = require('path');
const crypto = require('crypto');
const ShareDB = require('sharedb');
const json1 = require('ot-json1');
const WebSocket = require('ws');
const WebSocketJSONStream = require('@teamwork/websocket-json-stream');

ShareDB.types.register(json1.type);

const COLLECTION = 'drafts';
const DEMO = path.join(__dirname, '..', '..', '..', '..', 'src', 'ResolutionDrafts.Web', 'DemoData', '1-A_80_L.6.en.json');

function option(name, fallback) {
  const at = process.argv.indexOf('--' + name);
  return at >= 0 && at + 1 < process.argv.length ? process.argv[at + 1] : fallback;
}

function demoDocument() {
  const draft = JSON.parse(fs.readFileSync(DEMO, 'utf8'));
  return {
    title: draft.title,
    paragraphs: draft.paragraphs.map((p) => ({id: p.id, kind: p.kind, text: p.text})),
  };
}

const backend = new ShareDB();
const server = http.createServer((request, response) => {
  const send = (status, body) => {
    response.writeHead(status, {'content-type': 'application/json; charset=utf-8'});
    response.end(JSON.stringify(body));
  };
  const url = new URL(request.url, 'http://127.0.0.1');
  const parts = url.pathname.split('/').filter(Boolean);
  if (request.method === 'GET' && url.pathname === '/api/health') {
    return send(200, {status: 'ok', rssMb: Math.round(process.memoryUsage().rss / 1024 / 1024 * 10) / 10});
  }
  if (request.method === 'POST' && url.pathname === '/api/docs') {
    const id = crypto.randomUUID();
    const doc = backend.connect().get(COLLECTION, id);
    return doc.create(demoDocument(), json1.type.uri, (error) => error ? send(500, {error: error.message}) : send(201, {id}));
  }
  if (request.method === 'GET' && parts.length >= 3 && parts[0] === 'api' && parts[1] === 'docs') {
    const id = parts[2];
    if (parts.length === 3) {
      return backend.db.getSnapshot(COLLECTION, id, null, null, (error, snapshot) =>
        error ? send(500, {error: error.message}) : snapshot.type ? send(200, {v: snapshot.v, data: snapshot.data}) : send(404, {}));
    }
    if (parts.length === 4 && parts[3] === 'log') {
      return backend.db.getOps(COLLECTION, id, 0, null, null, (error, ops) =>
        error ? send(500, {error: error.message}) : send(200, ops.map((op) => ({v: op.v, src: op.src, seq: op.seq}))));
    }
  }
  send(404, {});
});

new WebSocket.Server({server, path: '/sharedb'}).on('connection', (socket) => {
  socket.on('error', () => {});
  backend.listen(new WebSocketJSONStream(socket));
});

const port = Number(option('port', '5199'));
server.listen(port, '127.0.0.1', () => console.log(`sharedb baseline on http://127.0.0.1:${port} (ws path /sharedb)`));
