// The draft page's side column (`.draft-side`: style check, masthead, sponsors, proposals with the
// agreed-language panel of an amendment, presence) scrolls on its own and sticks 1rem below the top
// of the window. At the top of the page it starts lower, under the page's heading, so a fixed
// max-height of the window less 2rem left its last 80 px below the window: the end of the
// agreed-language panel could not be scrolled into sight. Its height is fitted to wherever it starts.
const MARGIN = 16; // 1rem, the sticky top and the gap kept at the bottom

let pending = false;

function fit() {
  pending = false;
  for (const side of document.querySelectorAll(".draft-side")) {
    const top = Math.max(side.getBoundingClientRect().top, MARGIN);
    const height = `${Math.max(120, Math.floor(window.innerHeight - top - MARGIN))}px`;
    // Written only when it changes: a page that changes often (typing, reading along) pays one read a frame.
    if (side.style.maxHeight !== height) side.style.maxHeight = height;
  }
}

function schedule() {
  if (pending) return;
  pending = true;
  requestAnimationFrame(fit);
}

if (typeof document !== "undefined") {
  window.addEventListener("scroll", schedule, { passive: true });
  window.addEventListener("resize", schedule);
  const boot = () => {
    fit();
    // Blazor adds and removes the page (enhanced navigation) and the lines above the column.
    new MutationObserver(schedule).observe(document.body, { childList: true, subtree: true });
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", boot, { once: true });
  else boot();
}
