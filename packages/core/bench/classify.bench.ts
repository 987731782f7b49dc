/**
 * `npm run bench -- classify`: `sixin classify` (the built command, as a user runs it) over synthetic registers of
 * 10,000, 100,000 and 1,000,000 enterprises built from real clauses (`synthetic-register.ts`), on one thread and on
 * every core: rows per second, wall time, peak memory (the whole process, worker threads included) — and from the
 * one-thread rate, how long a national register of about 55 million enterprises takes on one machine with N cores.
 *
 * SIXIN_BENCH_ROWS=10000,100000 picks other sizes. The registers are written to a scratch folder and removed after.
 * Figures only: nothing here fails on time.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSearchIndexFromContent } from '../src/search/build-index.js';
import { csvLine, CSV_HEADER, syntheticRows } from './synthetic-register.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = join(ROOT, 'packages/core/bin/sixin.js');
const SIZES = (process.env.SIXIN_BENCH_ROWS ?? '10000,100000,1000000').split(',').map(Number);
const NATIONAL = 55_000_000;
const cores = availableParallelism();

const scratch = mkdtempSync(join(tmpdir(), 'sixin-classify-bench-'));
try {
  const index = buildSearchIndexFromContent(join(ROOT, 'content'));
  const indexFile = join(scratch, 'search-index.json');
  writeFileSync(indexFile, JSON.stringify(index));

  console.log(`machine: ${cores} core(s) available (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}`);
  console.log(
    "register: synthetic, from the directory's class names, products and directions, GB/T 4754 classes outside it and standard register items\n",
  );
  console.log('| rows | file | threads | seconds | rows/s | peak memory |');
  console.log('|---:|---:|---:|---:|---:|---:|');
  let oneCoreRate = 0;
  let allCoreRate = 0;
  for (const size of SIZES) {
    const file = join(scratch, `register-${size}.csv`);
    await writeRegister(file, size, index);
    const mb = statSync(file).size / 2 ** 20;
    for (const threads of [...new Set([1, cores])]) {
      const out = join(scratch, 'result.csv');
      const run = spawnSync(
        process.execPath,
        [BIN, 'classify', file, '--index', indexFile, '--out', out, '--workers', String(threads), '--json'],
        {
          cwd: ROOT,
          encoding: 'utf8',
          maxBuffer: 64 << 20,
        },
      );
      if (run.status !== 0) {
        console.log(
          `| ${size.toLocaleString('en')} | ${mb.toFixed(0)} MB | ${threads} | failed: ${run.stderr.trim().split('\n').pop()} | | |`,
        );
        continue;
      }
      const result = JSON.parse(run.stdout) as {
        seconds: number;
        rate: number;
        peakMemoryMB: number;
        figures: { rows: number };
      };
      if (result.figures.rows !== size) throw new Error(`read ${result.figures.rows} rows of ${size}`);
      if (size === Math.max(...SIZES)) {
        if (threads === 1) oneCoreRate = result.rate;
        if (threads === cores) allCoreRate = result.rate;
      }
      console.log(
        `| ${size.toLocaleString('en')} | ${mb.toFixed(0)} MB | ${threads} | ${result.seconds.toFixed(1)} | ${Math.round(result.rate).toLocaleString('en')} | ${result.peakMemoryMB} MB |`,
      );
      rmSync(out, { force: true });
    }
    rmSync(file, { force: true });
  }
  if (oneCoreRate) {
    // Rows are independent, so N dedicated cores do about N times the one-thread rate; the all-core figure measured
    // here is lower when the machine is shared with other work (it is printed too, as measured).
    const hours = (rate: number) => NATIONAL / rate / 3600;
    const words = (h: number) => (h < 1 ? `${Math.round(h * 60)} minutes` : `${h.toFixed(1)} hours`);
    console.log(
      `\nnational register (${NATIONAL.toLocaleString('en')} enterprises), at ${Math.round(oneCoreRate).toLocaleString('en')} rows/s per core (the one-thread rate above):`,
    );
    for (const n of [...new Set([cores, 8, 16, 32, 64])])
      console.log(`  ${n} cores: about ${words(hours(oneCoreRate * n))}`);
    if (allCoreRate)
      console.log(`  this machine, all ${cores} cores as measured above: about ${words(hours(allCoreRate))}`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

async function writeRegister(
  file: string,
  count: number,
  index: ReturnType<typeof buildSearchIndexFromContent>,
): Promise<void> {
  const out = createWriteStream(file);
  const write = (text: string) =>
    out.write(text) ? undefined : new Promise<void>((resolve) => out.once('drain', () => resolve()));
  await write(`\uFEFF${CSV_HEADER}`);
  let buffer = '';
  for (const row of syntheticRows(index, count)) {
    buffer += csvLine(row);
    if (buffer.length > 1 << 20) {
      await write(buffer);
      buffer = '';
    }
  }
  await write(buffer);
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
}
