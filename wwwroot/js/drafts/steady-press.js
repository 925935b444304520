// A press lands where it began. A paragraph shows its tools while something in it has focus
// (`.para:focus-within > .tools`, likewise a quoted line's and a part heading's). Pressing a
// button elsewhere (the secretariat's "Accept" in the side column, while a cell box or the live
// editor of a paragraph still has focus) takes the focus away at the pointer's press: the tools
// row vanished between the press and the release, the page grew shorter, the side column (sticky,
// at the foot of the page) moved up by that row, and the release fell on the button below
// ("Put to the vote"): no click, nothing said. Those elements keep their tools (class
// `tools-held`) until the press is over and its click dispatched; then they go as before.
const SHOWING_TOOLS_ON_FOCUS = ".para, .quoted-line, .part-heading";
const HELD = "tools-held";

let held = [];

function release() {
  for (const element of held) element.classList.remove(HELD);
  held = [];
}

function hold() {
  release();
  const focused = document.activeElement;
  if (!focused || focused === document.body) return;
  for (let at = focused.closest(SHOWING_TOOLS_ON_FOCUS); at; at = at.parentElement?.closest(SHOWING_TOOLS_ON_FOCUS) ?? null) {
    at.classList.add(HELD);
    held.push(at);
  }
}

// The click is dispatched right after the pointer's release, in the same task: release after it.
const later = () => { if (held.length > 0) setTimeout(release, 0); };

if (typeof document !== "undefined") {
  document.addEventListener("pointerdown", hold, true);
  window.addEventListener("pointerup", later, true);
  window.addEventListener("pointercancel", later, true);
}
