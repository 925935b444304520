// The projection page (Components/Pages/Drafts/ProjectionPage.razor) brings the facilitator's
// paragraph to the middle of the screen while the reader follows the room.
export function show(paragraphId) {
  const element = document.getElementById(`proj-${paragraphId}`);
  if (!element) return false;
  element.scrollIntoView({ block: "center", behavior: "instant" });
  return true;
}
