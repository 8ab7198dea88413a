/**
 * A stacked bar chart as plain inline SVG (no chart library), with its numbers as a table for
 * screen readers and for anyone who prefers figures: the SVG is an image with a summary label,
 * the table below it holds every value.
 */
export interface Bar {
  label: string;
  /** One value per series, in the order of `series`. */
  values: number[];
}

export interface BarChartProps {
  id: string;
  title: string;
  /** One sentence that says what the chart shows, for the image's accessible name. */
  summary: string;
  series: Array<{ name: string; className: string }>;
  bars: Bar[];
  /** Header of the label column in the table. */
  labelHeader: string;
  /** Text of the toggle that shows the figures as a table. */
  tableLabel: string;
  /** Show every n-th label under the bars (a 30-day axis cannot show all). */
  labelEvery?: number;
}

const HEIGHT = 120;
const LABEL_SPACE = 18;
/** Room at both ends for the first and last axis label. */
const PAD = 18;

export function BarChart(props: BarChartProps) {
  const { bars, series } = props;
  const max = Math.max(1, ...bars.map((b) => b.values.reduce((a, v) => a + v, 0)));
  const slot = bars.length > 12 ? 18 : 80;
  const width = Math.max(1, bars.length) * slot + 2 * PAD;
  const every = props.labelEvery ?? 1;
  return (
    <figure class="stats-chart" aria-labelledby={`${props.id}-title`}>
      <figcaption id={`${props.id}-title`}>{props.title}</figcaption>
      <svg
        role="img"
        aria-label={props.summary}
        viewBox={`0 0 ${width} ${HEIGHT + LABEL_SPACE}`}
        width={width}
        height={HEIGHT + LABEL_SPACE}
      >
        {bars.map((bar, i) => {
          let top = HEIGHT;
          return (
            <g key={bar.label}>
              {bar.values.map((value, s) => {
                const h = (value / max) * (HEIGHT - 4);
                top -= h;
                return value > 0 ? (
                  <rect key={s} class={series[s]?.className} x={PAD + i * slot + 2} y={top} width={slot - 4} height={h}>
                    <title>{`${bar.label}: ${series[s]?.name ?? ''} ${value}`}</title>
                  </rect>
                ) : null;
              })}
              {i % every === 0 && (
                <text x={PAD + i * slot + slot / 2} y={HEIGHT + 13} text-anchor="middle" class="stats-axis">
                  {bar.label}
                </text>
              )}
            </g>
          );
        })}
        <line x1="0" y1={HEIGHT} x2={width} y2={HEIGHT} class="stats-baseline" />
      </svg>
      <ul class="stats-legend" aria-hidden="true">
        {series.map((s) => (
          <li key={s.name}>
            <span class={`stats-swatch ${s.className}`} /> {s.name}
          </li>
        ))}
      </ul>
      <details class="stats-table">
        <summary>{props.tableLabel}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{props.labelHeader}</th>
              {series.map((s) => (
                <th scope="col" key={s.name}>
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.label}>
                <th scope="row">{bar.label}</th>
                {bar.values.map((v, s) => (
                  <td key={s}>{v}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
