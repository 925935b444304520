// One key for the agreed-language panel (Components/Precedents/PrecedentPanel.razor): Alt+1 … Alt+5
// presses the panel's "Use" button of that number while a paragraph is being edited or proposed.
// The digit is read from the key's position (event.code), so a keyboard layout that puts another
// character on Alt+digit still works; nothing happens when no panel shows that many precedents.

let installed = false;

export function install() {
  if (installed) return;
  installed = true;
  document.addEventListener("keydown", (event) => {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const match = /^(?:Digit|Numpad)([1-5])$/.exec(event.code);
    if (!match) return;
    const panels = [...document.querySelectorAll("[data-precedent-panel]")];
    // The panel of the editor the typist is in; otherwise the only one on the page.
    const active = document.activeElement;
    const panel = panels.find((p) => p.parentElement && active && p.parentElement.contains(active)) ?? (panels.length === 1 ? panels[0] : null);
    const button = panel?.querySelector(`[data-precedent-insert="${match[1]}"]`);
    if (!button) return;
    event.preventDefault();
    button.click();
  }, true);
}
