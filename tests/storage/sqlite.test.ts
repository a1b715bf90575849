import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { storeSuite } from './storeSuite.js';

const folders: string[] = [];
afterAll(async () => {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

storeSuite(async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'store-sqlite-'));
  folders.push(dataDir);
  return { dataDir };
});
