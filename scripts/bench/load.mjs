/**
 * Requests per second against one URL for a bounded time: `wrk` when it is installed (Debian
 * package `wrk`), otherwise a keep-alive loop in Node with the same number of connections.
 */
import { execFile, execFileSync } from 'node:child_process';
import { Agent, request } from 'node:http';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Whether `wrk` is on the PATH. */
export function hasWrk() {
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    // wrk prints its version and exits 1; only a missing binary is ENOENT.
    return error.code !== 'ENOENT';
  }
}

/** Requests/s of GET `url` over `seconds` with `connections` keep-alive connections. */
export async function requestsPerSecond(url, { seconds = 3, connections = 8, useWrk = hasWrk() } = {}) {
  if (useWrk) {
    const { stdout } = await run('wrk', ['-t1', `-c${connections}`, `-d${seconds}s`, url]);
    const rps = /Requests\/sec:\s*([\d.]+)/.exec(stdout)?.[1];
    if (/Non-2xx/.test(stdout) || rps === undefined) throw new Error(`wrk failed against ${url}:\n${stdout}`);
    return Number(rps);
  }
  return nodeLoad(url, seconds, connections);
}

async function nodeLoad(url, seconds, connections) {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const end = performance.now() + seconds * 1000;
  let done = 0;
  const once = () =>
    new Promise((resolve, reject) => {
      request(url, { agent }, (res) => {
        if (res.statusCode !== 200) reject(new Error(`${url} answered ${res.statusCode}`));
        res.on('data', () => {});
        res.on('end', resolve);
      })
        .on('error', reject)
        .end();
    });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        await once();
        done++;
      }
    }),
  );
  agent.destroy();
  return done / ((performance.now() - started) / 1000);
}
