import cliProgress from 'cli-progress';

/**
 * Progress of an evaluation on stderr: a bar on an interactive terminal, otherwise a line about every 10%.
 * Returns the callback for `evaluateSplit` and a function that ends the display.
 */
export function evalProgress(label: string): { update: (done: number, total: number) => void; stop: () => void } {
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream: process.stderr,
        format: `${label} |{bar}| {value}/{total} time steps · ETA {eta_formatted}`,
        barsize: 24,
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update: (done, total) => {
        if (!started) bar.start(total, 0);
        started = true;
        bar.update(done);
      },
      stop: () => bar.stop(),
    };
  }
  let lastTenth = 0;
  const t0 = performance.now();
  return {
    update: (done, total) => {
      const tenth = Math.floor((10 * done) / total);
      if (tenth === lastTenth || done === total) return;
      lastTenth = tenth;
      const s = (performance.now() - t0) / 1000;
      process.stderr.write(`${label}: ${done}/${total} time steps (${tenth * 10}%) · ${s.toFixed(0)} s\n`);
    },
    stop: () => {},
  };
}
