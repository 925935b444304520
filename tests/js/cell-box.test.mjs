// A table cell's box (wwwroot/js/drafts/cell-box.js, ADR 0043): a textarea that wraps, its text on one line.
import { test } from "node:test";
import assert from "node:assert/strict";
import { oneLine } from "../../wwwroot/js/drafts/cell-box.js";

test("a pasted line break, with the spaces around it, is one space (none between two ideographs); text without one is left as it is", () => {
  assert.equal(oneLine("Senior Programme Management Officer\r\n (Enterprise Risk Management)"), "Senior Programme Management Officer (Enterprise Risk Management)");
  assert.equal(oneLine("高级方案管理干事\n首席执行干事办公室"), "高级方案管理干事首席执行干事办公室");
  assert.equal(oneLine("Conversionᵃ  P-4"), "Conversionᵃ  P-4");
});
