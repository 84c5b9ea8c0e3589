import type { MetricsRecord } from './metrics';
import { lineChartSvg } from './svg-chart';

/** The loss curve of a run: training loss per time step (smoothed) and validation −ELBO per step. */
export function lossCurveSvg(records: MetricsRecord[], title: string): string {
  const train = records.filter((r): r is Extract<MetricsRecord, { type: 'train' }> => r.type === 'train');
  const valid = records.filter((r): r is Extract<MetricsRecord, { type: 'valid' }> => r.type === 'valid');
  const window = Math.max(1, Math.round(train.length / 100));
  const smooth: Array<[number, number]> = [];
  let acc = 0;
  for (let i = 0; i < train.length; i++) {
    acc += train[i].lossPerStep;
    if (i >= window) acc -= train[i - window].lossPerStep;
    if (i >= window - 1) smooth.push([train[i].step + 1, acc / window]);
  }
  return lineChartSvg(
    [
      { label: `train loss (mean of ${window})`, points: smooth },
      { label: 'valid −ELBO', points: valid.map((r) => [r.step, -r.elboPerStep] as [number, number]) },
    ],
    { title, xLabel: 'step', yLabel: 'nats per time step' },
  );
}
