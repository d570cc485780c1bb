export interface Bar {
  key: string;
  label: string;
  value: number;
  /** Where a click on the bar leads. */
  href?: string;
}

interface BarChartProps {
  id: string;
  title: string;
  bars: Bar[];
  /** What the numbers count, for screen readers. */
  unit: string;
}

const ROW = 22;
const LABEL = 200;
const WIDTH = 560;

/** Horizontal bars in SVG, with the same numbers in a table for screen readers. */
export function BarChart({ id, title, bars, unit }: BarChartProps) {
  const most = Math.max(1, ...bars.map((bar) => bar.value));
  const height = Math.max(ROW, bars.length * ROW);
  return (
    <section class="chart" data-chart={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {bars.length === 0 ? (
        <p>None yet.</p>
      ) : (
        <svg
          viewBox={`0 0 ${WIDTH} ${height}`}
          width="100%"
          role="img"
          aria-label={`${title}: ${bars.map((bar) => `${bar.label} ${bar.value}`).join(', ')} ${unit}`}
        >
          {bars.map((bar, index) => {
            const y = index * ROW;
            const width = ((WIDTH - LABEL - 40) * bar.value) / most;
            const row = (
              <g key={bar.key} class="bar">
                <text x={LABEL - 6} y={y + 15} text-anchor="end">
                  {bar.label.length > 28 ? `${bar.label.slice(0, 27)}…` : bar.label}
                </text>
                <rect x={LABEL} y={y + 3} width={Math.max(2, width)} height={ROW - 6} />
                <text x={LABEL + width + 6} y={y + 15}>
                  {bar.value}
                </text>
              </g>
            );
            return bar.href ? (
              <a key={bar.key} href={bar.href} aria-label={`${bar.label}: open its network`}>
                {row}
              </a>
            ) : (
              row
            );
          })}
        </svg>
      )}
    </section>
  );
}
