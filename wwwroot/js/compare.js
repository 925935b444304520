// Jumping from change to change on the compare page: buttons and the j / k keys.
window.rdCompare = {
  jump(direction) {
    const changes = Array.from(document.querySelectorAll(".comparison .change"));
    if (changes.length === 0) return;
    const margin = 80;
    const tops = changes.map((el) => el.getBoundingClientRect().top);
    let index = direction > 0 ? tops.findIndex((t) => t > margin + 1) : tops.map((t) => t < margin - 1).lastIndexOf(true);
    if (index < 0) index = direction > 0 ? changes.length - 1 : 0;
    const target = changes[index];
    document.querySelectorAll(".comparison .current").forEach((el) => el.classList.remove("current"));
    target.classList.add("current");
    window.scrollTo({ top: window.scrollY + target.getBoundingClientRect().top - margin, behavior: "instant" });
  },
};

document.addEventListener("keydown", (event) => {
  if (!document.querySelector(".comparison") || event.target.closest("input, textarea, select")) return;
  if (event.key === "j") window.rdCompare.jump(1);
  if (event.key === "k") window.rdCompare.jump(-1);
});
