/**
 * What a child process costs, read from /proc: CPU time (all threads) and resident memory. The SUT
 * is measured from outside so that measuring it adds nothing to its own CPU figures.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

// /proc reports CPU in clock ticks and RSS in pages; both units are machine-dependent.
const CLK_TCK = Number(spawnSync('getconf', ['CLK_TCK']).stdout?.toString().trim()) || 100;
const PAGE_SIZE = Number(spawnSync('getconf', ['PAGESIZE']).stdout?.toString().trim()) || 4096;

/** utime + stime of the whole process (all threads), in ms. */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which is in parentheses and may contain spaces).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return ((utime + stime) * 1000) / CLK_TCK;
}

export function rssBytes(pid: number): number {
  const statm = readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ');
  return Number(statm[1]) * PAGE_SIZE;
}

/** Samples RSS every `intervalMs` until stopped; returns the maximum and the last sample. */
export function sampleRss(pid: number, intervalMs = 200): { stop(): { maxBytes: number; lastBytes: number } } {
  let maxBytes = 0;
  let lastBytes = 0;
  const take = () => {
    try {
      lastBytes = rssBytes(pid);
      if (lastBytes > maxBytes) maxBytes = lastBytes;
    } catch {
      // process gone
    }
  };
  take();
  const timer = setInterval(take, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      take();
      return { maxBytes, lastBytes };
    },
  };
}
