// A paste too long for one paragraph, read as paragraphs: at blank lines, else before numbered
// paragraphs ("12. ", "(a) ") at the start of a line, else at line breaks; each part one line of
// text without its number (texts carry no numbers; the draft numbers them). A part still too long
// is cut between sentences, and a sentence too long between words.

const SENTENCE_END = /(?<=[.;:!?。；：！？])\s+/u;

/** The paragraphs `text` reads as, each at most `max` characters; empty when there is no text. */
export function splitIntoParagraphs(text, max) {
  const normal = text.replace(/\r\n?/g, "\n");
  let chunks = normal.split(/\n[ \t\u00a0\u3000]*\n/);
  if (chunks.length === 1) chunks = normal.split(/\n(?=[ \t]*(?:\d{1,3}\.|\([a-z]{1,5}\)|\([ivxl]{1,6}\))[ \t])/);
  if (chunks.length === 1) chunks = normal.split("\n");
  const paragraphs = [];
  for (const chunk of chunks) {
    const line = chunk.replace(/\s+/g, " ").trim().replace(/^\d{1,3}\.\s+/, "");
    if (line.length === 0) continue;
    paragraphs.push(...fit(line, max));
  }
  return paragraphs;
}

// A line cut into pieces of at most `max` characters: between sentences where it can, else between words, else anywhere.
function fit(line, max) {
  if (line.length <= max) return [line];
  const pieces = [];
  let current = "";
  for (const sentence of line.split(SENTENCE_END)) {
    const joined = current ? current + " " + sentence : sentence;
    if (joined.length <= max) { current = joined; continue; }
    if (current) pieces.push(current);
    current = sentence;
    while (current.length > max) {
      let cut = current.lastIndexOf(" ", max);
      if (cut <= 0) cut = max;
      if (cut < current.length && /[\uDC00-\uDFFF]/.test(current[cut])) cut--; // never half a character
      pieces.push(current.slice(0, cut).trim());
      current = current.slice(cut).trim();
    }
  }
  if (current) pieces.push(current);
  return pieces.filter((p) => p.length > 0);
}
