// The baseline for ComparisonBenchmarks: Google's diff-match-patch (npm `diff-match-patch`) on the
// same inputs (comparison-inputs.json), with diff_cleanupSemantic as our diff does its clean-up.
// Prints the median time per operation after a warm-up, like BenchmarkDotNet's "warm" numbers.
'use strict';
const path = require('path');
const DiffMatchPatch = require('diff-match-patch');

const inputs = require(path.join(__dirname, 'comparison-inputs.json'));
const dmp = new DiffMatchPatch();

function diff(a, b) {
  const diffs = dmp.diff_main(a, b);
  dmp.diff_cleanupSemantic(diffs);
  return diffs;
}

// Paragraph-aware, like DraftComparer: pair paragraphs by id and diff each pair. (Alignment
// and move detection are not in diff-match-patch; this gives it the easier job.)
const oldById = new Map(inputs.draft.old.map((p) => [p.id, p.text]));
function compareDraft() {
  let segments = 0;
  for (const p of inputs.draft.new) {
    const before = oldById.get(p.id);
    segments += before === undefined ? 1 : diff(before, p.text).length;
  }
  return segments;
}

// The whole draft as one text, paragraphs joined by newlines: what a paragraph-blind tool does.
const oldWhole = inputs.draft.old.map((p) => p.text).join('\n');
const newWhole = inputs.draft.new.map((p) => p.text).join('\n');

const cases = {
  CompareDraft: compareDraft,
  DiffParagraph: () => diff(inputs.paragraph.old, inputs.paragraph.new).length,
  DiffWholeDraftText: () => diff(oldWhole, newWhole).length,
};

function measure(name, run) {
  // Warm up until the JIT settles, then time batches so each sample is well above timer noise.
  const warmUntil = process.hrtime.bigint() + 1_000_000_000n;
  let batch = 1;
  while (process.hrtime.bigint() < warmUntil) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) run();
    if (process.hrtime.bigint() - start < 20_000_000n) batch *= 2;
  }

  const samples = [];
  for (let s = 0; s < 25; s++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) run();
    samples.push(Number(process.hrtime.bigint() - start) / batch / 1000);
  }

  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)];
  console.log(`${name.padEnd(20)} median ${median.toFixed(1).padStart(9)} us   min ${samples[0].toFixed(1).padStart(9)} us   (${batch} ops per sample, ${samples.length} samples)`);
}

console.log(`node ${process.version}, diff-match-patch ${require('diff-match-patch/package.json').version}`);
for (const [name, run] of Object.entries(cases)) {
  if (process.argv.length <= 2 || process.argv.slice(2).includes(name)) measure(name, run);
}
