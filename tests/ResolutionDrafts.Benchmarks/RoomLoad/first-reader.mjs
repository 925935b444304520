// The first reader of a long draft (docs/benchmarks.md, "The first reader"): against a running app
// started with --demo, creates a 200-paragraph draft as `secretariat` and opens its reading page,
// RUNS times, printing one JSON line a run: time to the first byte, time until the page's stream said
// hello, and the app's CPU meanwhile (when its PID is given). Run 0 on a freshly started app is the
// node's first reader. Needs playwright-core and Debian's Chromium:
//   mkdir -p /tmp/fr && cp tests/ResolutionDrafts.Benchmarks/RoomLoad/first-reader.mjs /tmp/fr && cd /tmp/fr \
//     && npm init -y && npm install playwright-core@1
//   node /tmp/fr/first-reader.mjs http://127.0.0.1:5461 APP_PID 3 /path/to/repo
import { chromium } from "playwright-core";
import fs from "node:fs";
import path from "node:path";

const [base = "http://127.0.0.1:5080", pid = "", runsArg = "3", repo = process.cwd()] = process.argv.slice(2);
const runs = Number(runsArg);
const cpuMs = () => {
  if (!pid) return null;
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, 100 ticks a second
};

// The demo draft's paragraphs repeated: 40 preambular, then 160 operative.
const demo = JSON.parse(fs.readFileSync(path.join(repo, "src/ResolutionDrafts.Web/DemoData/1-A_80_L.6.en.json"), "utf8"));
const preambular = demo.paragraphs.filter((p) => p.kind === "preambular");
const operative = demo.paragraphs.filter((p) => p.kind === "operative");
const paragraphs = [
  ...Array.from({ length: 40 }, (_, i) => ({ ...preambular[i % preambular.length], id: `pp${i + 1}x` })),
  ...Array.from({ length: 160 }, (_, i) => ({ ...operative[i % operative.length], id: `op${i + 41}x` })),
];
const json = JSON.stringify({ ...demo, symbol: null, paragraphs });

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await (await browser.newContext()).newPage();
await page.goto(`${base}/account/sign-in`);
await page.fill("input[name='Input.UserName']", "secretariat");
await page.fill("input[type='password']", "demo-password");
await Promise.all([page.waitForURL((u) => !u.pathname.includes("sign-in")), page.click("button[type='submit']")]);
for (let run = 0; run < runs; run++) {
  const created = await page.request.post(`${base}/api/drafts`, { data: json, headers: { "Content-Type": "application/json" } });
  if (!created.ok()) throw new Error(`The draft was not created: ${created.status()} ${await created.text()}`);
  const { id } = await created.json();
  const cpu0 = cpuMs();
  const t0 = Date.now();
  const response = await page.goto(`${base}/drafts/${id}/read`, { waitUntil: "commit" });
  const firstByteMs = Date.now() - t0;
  await page.waitForFunction(() => window.rdReading && window.rdReading.state() === "live", null, { timeout: 60000 });
  const liveMs = Date.now() - t0;
  const appCpuMs = cpu0 === null ? null : cpuMs() - cpu0;
  const shown = await page.locator(".paragraphs > .para").count();
  console.log(JSON.stringify({ run, status: response.status(), firstByteMs, liveMs, appCpuMs, paragraphs: shown }));
}
await browser.close();
