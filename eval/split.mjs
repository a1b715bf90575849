#!/usr/bin/env node
// Splits a labelled set once into a tuning half and a test half, by a hash of each
// question's text: the split does not depend on line order, and re-running it after a
// label fix keeps every question on its side.
//
// usage: node eval/split.mjs NAME < written.jsonl   (writes eval/tune/NAME.jsonl and eval/test/NAME.jsonl)
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const name = process.argv[2];
if (!name || !/^[a-z-]+$/.test(name)) {
  console.error("usage: node eval/split.mjs NAME < written.jsonl");
  process.exit(2);
}
const here = dirname(fileURLToPath(import.meta.url));
const halves = { tune: [], test: [] };
for (const line of readFileSync(0, "utf8").split("\n")) {
  if (!line.trim()) continue;
  const { q } = JSON.parse(line);
  const byte = createHash("sha256").update(q).digest()[0];
  halves[byte % 2 === 0 ? "tune" : "test"].push(line.trim());
}
for (const [half, lines] of Object.entries(halves)) {
  writeFileSync(join(here, half, `${name}.jsonl`), lines.join("\n") + "\n");
  console.log(`${half}/${name}.jsonl: ${lines.length}`);
}
