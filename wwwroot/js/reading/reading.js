// Reading along (docs/decisions/0017-reading-along-without-a-circuit.md). The reading page is
// rendered on the server without a circuit; this module keeps it current over one stream of
// Server-Sent Events (GET drafts/{id}/read/stream). The server prints each changed paragraph once
// for all readers; here they are only swapped in, by the marker comment `<!--p:{id}-->` that
// precedes each paragraph in `section.paragraphs`. Nothing here knows how a paragraph prints.
//
// Versions: every printed state has a version "chain.sequence". A message says which version it
// follows (`previous`); a page at another version missed something and fetches the whole document
// (drafts/{id}/read/document) — the same after a reconnect, when the stream's hello names a version
// the page does not have.
//
// Side panels (who is in the draft, the proposals, the style check) come printed too, in the same
// sequence of versions: a `panels` message (or the `panels` of a change or document) carries the HTML
// of each panel that changed, swapped into its `[data-reading-panel=name]` box.

const RETRY_MS = [500, 1000, 2000, 5000];
const STATUS_TEXT = { connecting: "connecting…", live: "following live", reconnecting: "reconnecting…", paused: "paused while this tab is hidden", ended: "" };
// A tab hidden this long lets its stream go (docs/operations.md, "Readers"): over HTTP/1.1 a browser has
// six connections per host, and a reader who is not looking costs the server nothing. Shown again, it
// opens the stream again and, if the text moved on meanwhile, fetches the document once.
const RELEASE_HIDDEN_MS = 60_000;

function sequenceOf(version) {
  const dot = version?.lastIndexOf(".") ?? -1;
  return dot < 0 ? NaN : Number(version.slice(dot + 1));
}

function chainOf(version) {
  const dot = version?.lastIndexOf(".") ?? -1;
  return dot < 0 ? "" : version.slice(0, dot);
}

function parse(html) {
  const template = document.createElement("template");
  template.innerHTML = html;
  return [...template.content.childNodes];
}

class ReadingPage {
  constructor(root) {
    this.root = root;
    this.draftId = root.dataset.readingDraft;
    this.article = root.querySelector("article.un-doc");
    this.version = this.article?.dataset.readingVersion ?? null;
    this.queue = [];
    this.fetching = false;
    this.refetches = 0;
    this.applied = 0;
    this.panelsApplied = 0;
    this.skip = 0;
    this.failures = 0;
    this.state = "connecting";
    this.leading = { on: false, paragraphId: null };
    this.followBox = root.querySelector("[data-reading-follow]");
    // Following again goes to where the facilitator is now; leaving stays where one is.
    this.followBox?.addEventListener("change", () => this.showLead(true));
    this.releaseHiddenMs = RELEASE_HIDDEN_MS;
    this.releases = 0;
    this.hiddenTimer = null;
    document.addEventListener("visibilitychange", () => this.visibility());
    // A paragraph's proposal count opens this page's proposals panel at that paragraph's proposals.
    this.proposalsOn = null;
    root.addEventListener("click", (e) => this.proposalClick(e));
    const asked = /^#proposals-on-(.+)$/.exec(location.hash);
    if (asked) this.showProposalsOn(decodeURIComponent(asked[1]), true);
    this.open();
  }

  proposalClick(e) {
    const count = e.target.closest?.("a.proposal-count[data-proposals-on]");
    if (count) {
      e.preventDefault();
      // The page's <base href="/"> would take a bare "#…" to the site's root: the path is given whole.
      history.replaceState(history.state, "", `${location.pathname}${location.search}#proposals-on-${encodeURIComponent(count.dataset.proposalsOn)}`);
      this.showProposalsOn(count.dataset.proposalsOn, true, count.dataset.label);
    } else if (e.target.closest?.("[data-proposals-show-all]")) {
      e.preventDefault();
      history.replaceState(history.state, "", location.pathname + location.search);
      this.showProposalsOn(null, false);
    }
  }

  /** Shows only the proposals on paragraph `id` (null: all of them), and brings the panel into sight if asked. */
  showProposalsOn(id, scroll, label) {
    this.proposalsOn = id;
    if (label) this.proposalsLabel = label;
    const panel = this.root.querySelector('[data-reading-panel="proposals"] .proposals-panel');
    if (!panel) return;
    const note = panel.querySelector("[data-proposals-on-note]");
    let shown = 0;
    for (const article of panel.querySelectorAll("article[data-proposal]")) {
      const on = id === null || (article.dataset.paragraphs ?? "").split(" ").includes(id);
      article.hidden = !on;
      shown += on ? 1 : 0;
    }
    if (note) {
      note.hidden = id === null;
      const name = this.proposalsLabel ?? this.root.querySelector(`a.proposal-count[data-proposals-on="${CSS.escape(id ?? "")}"]`)?.dataset.label ?? id;
      const text = note.querySelector("[data-proposals-on-label]");
      if (text && id !== null) text.textContent = shown === 0 ? `No proposals on ${name} now.` : `Proposals on ${name}:`;
    }
    if (scroll) panel.scrollIntoView({ block: "start" });
  }

  /** Hidden for a while: close the stream; shown again: open it (the hello says whether the page is behind). */
  visibility() {
    if (!this.root.isConnected || this.state === "ended") return;
    clearTimeout(this.hiddenTimer);
    this.hiddenTimer = null;
    if (document.visibilityState === "hidden") {
      this.hiddenTimer = setTimeout(() => {
        if (document.visibilityState !== "hidden" || this.state === "ended") return;
        this.close();
        this.releases++;
        this.status("paused");
      }, this.releaseHiddenMs);
    } else if (this.state === "paused") {
      this.status("connecting");
      this.open();
    }
  }

  open() {
    this.source = new EventSource(`drafts/${this.draftId}/read/stream`);
    this.source.addEventListener("hello", (e) => {
      this.failures = 0;
      const message = JSON.parse(e.data);
      this.status("live");
      if (message.version !== this.version) this.refetch();
    });
    for (const kind of ["change", "document", "panels"]) {
      this.source.addEventListener(kind, (e) => this.receive({ kind, ...JSON.parse(e.data) }));
    }
    this.source.addEventListener("follow", (e) => this.lead(JSON.parse(e.data)));
    this.source.addEventListener("ended", (e) => this.end(JSON.parse(e.data).reason));
    this.source.onerror = () => {
      if (!this.root.isConnected) return this.close();
      if (this.source.readyState === EventSource.CLOSED) {
        // Refused (signed out, no longer a member, the server gone): try again a few times, then say so.
        const wait = RETRY_MS[Math.min(this.failures++, RETRY_MS.length - 1)];
        if (this.failures > 8) return this.end("The connection was lost. Reload the page to go on reading.");
        this.status("reconnecting");
        setTimeout(() => { if (this.state !== "ended" && this.state !== "paused") this.open(); }, wait);
      } else {
        this.status("reconnecting"); // EventSource reconnects by itself
      }
    };
  }

  receive(message) {
    if (!this.root.isConnected) return this.close(); // Blazor's enhanced navigation took the page away
    if (this.skip > 0) { this.skip--; return; } // tests: a message lost on the way
    if (this.fetching) { this.queue.push(message); return; }
    this.apply(message);
  }

  apply(message) {
    if (message.version === this.version) return;
    if (chainOf(message.version) === chainOf(this.version) && sequenceOf(message.version) < sequenceOf(this.version)) return;
    if (message.previous !== this.version) { this.refetch(); return; }
    if (message.kind === "document") {
      this.replaceDocument(message.html);
    } else if (message.kind === "change") {
      this.swap(message.paragraphs ?? {}, message.order ?? null);
    }
    this.swapPanels(message.panels);
    this.version = message.version;
    this.article.dataset.readingVersion = message.version;
    this.article.dataset.revision = message.revision;
    this.showRevision(message.revision);
    this.showLead(false);
    this.applied++;
  }

  /** The paragraphs' marker comments and the nodes after each, by paragraph id. */
  groups(section) {
    const groups = new Map();
    let current = null;
    for (const node of [...section.childNodes]) {
      if (node.nodeType === Node.COMMENT_NODE && node.data.startsWith("p:")) {
        current = [node];
        groups.set(node.data.slice(2), current);
      } else if (current) {
        current.push(node);
      }
    }
    return groups;
  }

  swap(paragraphs, order) {
    const section = this.article.querySelector("section.paragraphs");
    const groups = this.groups(section);
    const fresh = new Map(Object.entries(paragraphs).map(([id, html]) => [id, parse(`<!--p:${id}-->${html}`)]));
    if (order) {
      // Structure changed: lay the paragraphs out again in the new order, keeping the unchanged nodes.
      const nodes = order.flatMap((id) => fresh.get(id) ?? groups.get(id) ?? []);
      section.replaceChildren(...nodes);
      return;
    }
    for (const [id, nodes] of fresh) {
      const old = groups.get(id);
      if (!old) { this.refetch(); return; }
      old[0].before(...nodes);
      for (const node of old) node.remove();
    }
  }

  /** Each side panel that changed, by name: its box's content replaced by the printed HTML. */
  swapPanels(panels) {
    for (const [name, html] of Object.entries(panels ?? {})) {
      const box = this.root.querySelector(`[data-reading-panel="${CSS.escape(name)}"]`);
      if (box) box.replaceChildren(...parse(html));
    }
    // A panel printed again for everyone shows all proposals: the paragraph this reader asked for stays chosen.
    if (this.proposalsOn !== null && panels?.proposals !== undefined) this.showProposalsOn(this.proposalsOn, false);
    this.panelsApplied++;
  }

  replaceDocument(html) {
    const [fresh] = parse(html).filter((n) => n.nodeType === Node.ELEMENT_NODE);
    this.article.replaceWith(fresh);
    this.article = fresh;
  }

  async refetch() {
    if (this.fetching) return;
    this.fetching = true;
    this.refetches++;
    try {
      for (let attempt = 0; ; attempt++) {
        const response = await fetch(`drafts/${this.draftId}/read/document`, { credentials: "same-origin", headers: { Accept: "application/json" } });
        if (response.ok) {
          const document_ = await response.json();
          this.replaceDocument(document_.html);
          this.swapPanels(document_.panels);
          this.version = document_.version;
          this.showRevision(document_.revision);
          this.showLead(false);
          break;
        }
        if (response.status === 404 || response.status === 401 || response.status === 403 || attempt >= 5) {
          this.end("This draft can no longer be read here. Reload the page.");
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)]));
      }
    } catch {
      this.status("reconnecting");
    } finally {
      this.fetching = false;
    }
    // What came meanwhile: old messages are ignored, the next one follows the fetched version.
    const waiting = this.queue;
    this.queue = [];
    for (const message of waiting) this.receive(message);
  }

  /** Where the facilitator leads the room ("follow me" on the draft page). */
  lead(message) {
    this.leading = { on: !!message.on, paragraphId: message.paragraphId ?? null };
    this.showLead(true);
  }

  /** Marks the facilitator's paragraph and, for a reader who follows the room, brings it to the middle of the screen. */
  showLead(move) {
    const following = !!this.followBox?.checked;
    const here = this.leading.on ? this.leading.paragraphId : null;
    const status = this.root.querySelector("[data-reading-lead]");
    if (status) status.textContent = this.leading.on ? "The facilitator leads" : "Nobody leads the room now";
    this.root.dataset.following = following ? "true" : "false";
    for (const element of this.article.querySelectorAll(".para[data-current]")) {
      if (element.id !== `para-${here}` || !following) element.removeAttribute("data-current");
    }
    if (!following || !here) return;
    const element = this.article.querySelector(`#para-${CSS.escape(here)}`);
    if (!element) return;
    element.setAttribute("data-current", "true");
    if (move) element.scrollIntoView({ block: "center", behavior: "instant" });
  }

  showRevision(revision) {
    const count = this.root.querySelector("[data-reading-revision]");
    if (count) count.textContent = String(revision);
    const word = this.root.querySelector("[data-reading-changes]");
    if (word) word.textContent = revision === 1 ? "change" : "changes";
  }

  status(state) {
    this.state = state;
    this.root.dataset.reading = state;
    const element = this.root.querySelector("[data-reading-status]");
    if (element && state !== "ended") element.textContent = STATUS_TEXT[state] ?? state;
  }

  end(reason) {
    this.close();
    this.status("ended");
    const element = this.root.querySelector("[data-reading-status]");
    if (element) {
      element.textContent = reason;
      element.setAttribute("role", "alert");
    }
  }

  close() {
    this.source?.close();
  }
}

function start() {
  const root = document.querySelector("[data-reading-draft]");
  if (!root || root.readingPage) return;
  const page = new ReadingPage(root);
  root.readingPage = page;
  // For tests and the room benchmark: where the page is, and a way to lose a message on purpose.
  window.rdReading = {
    version: () => page.version,
    state: () => page.state,
    refetches: () => page.refetches,
    applied: () => page.applied,
    dropNext: (count = 1) => { page.skip += count; },
    releases: () => page.releases,
    releaseHiddenAfter: (ms) => { page.releaseHiddenMs = ms; },
  };
}

start();
