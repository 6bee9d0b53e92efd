/**
 * A progress line for long CLI work (import, replay, backfill): count / total, rate, ETA.
 * Redraws in place on a TTY (stderr), prints a line every few seconds otherwise, so logs stay readable.
 */
export interface Progress {
  tick(n?: number): void;
  done(): void;
}

function fmtSeconds(s: number): string {
  if (!Number.isFinite(s)) return '?';
  if (s < 60) return `${Math.round(s)}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

export function progress(label: string, total: number | null, stream: NodeJS.WriteStream = process.stderr): Progress {
  const start = performance.now();
  const tty = stream.isTTY === true;
  let count = 0;
  let lastDraw = 0;
  const render = (final: boolean): string => {
    const secs = (performance.now() - start) / 1000;
    const rate = secs > 0 ? count / secs : 0;
    const pct = total ? ` ${((100 * count) / total).toFixed(1)}%` : '';
    const eta = total && rate > 0 && !final ? ` eta ${fmtSeconds((total - count) / rate)}` : '';
    const of = total !== null ? `/${total}` : '';
    return `${label}: ${count}${of}${pct} ${rate.toFixed(1)}/s${eta}${final ? ` in ${fmtSeconds(secs)}` : ''}`;
  };
  const draw = (final = false) => {
    const now = performance.now();
    if (!final && now - lastDraw < (tty ? 100 : 5000)) return;
    lastDraw = now;
    stream.write(tty ? `\r\x1b[K${render(final)}${final ? '\n' : ''}` : `${render(final)}\n`);
  };
  return {
    tick(n = 1) {
      count += n;
      draw();
    },
    done() {
      draw(true);
    },
  };
}
