import { DIRECTION, useLanguage } from '../shared/i18n/language.js';
import { axisTicks, barSpan } from './chart-geometry.js';
import { ChartLegend } from './chart-legend.js';
import { ChartTable } from './chart-table.js';

export interface BarRow {
  label: string;
  values: readonly number[];
  /** Written instead of the formatted number (e.g. "too few decisions"). */
  notes?: readonly (string | undefined)[];
}

interface BarChartProps {
  id: string;
  title: string;
  /** What the rows are: "Request type", "Section", "Score". */
  rowName: string;
  seriesNames: readonly string[];
  rows: readonly BarRow[];
  format: (value: number) => string;
  /** Said instead of the chart when there is nothing to draw. */
  empty: string;
}

const BAR_WIDTH = 100;
const BAR_HEIGHT = 10;

/**
 * Horizontal bars, one row per label and one bar per series, each with its figure written beside
 * it: readable at a glance and at 360 px, where long Arabic names wrap above their bars. Bars grow
 * from the reading start (the right in Arabic). The figures are also in a table below it.
 */
export const BarChart = ({ id, title, rowName, seriesNames, rows, format, empty }: BarChartProps) => {
  const direction = DIRECTION[useLanguage().language];
  const maximum = axisTicks(Math.max(0, ...rows.flatMap((row) => row.values))).at(-1) ?? 1;
  const written = (row: BarRow, index: number) => row.notes?.[index] ?? format(row.values[index] ?? 0);
  return (
    <figure class="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} class="visually-hidden">
        {title}
      </figcaption>
      {rows.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <>
          <ul class="bars">
            {rows.map((row) => (
              <li key={row.label} class="bar-row">
                <span class="bar-label">{row.label}</span>
                {seriesNames.map((name, index) => {
                  const span = barSpan(row.values[index] ?? 0, maximum, BAR_WIDTH, direction);
                  return (
                    <span class="bar-line" key={name}>
                      <svg
                        class="bar"
                        viewBox={`0 0 ${BAR_WIDTH} ${BAR_HEIGHT}`}
                        preserveAspectRatio="none"
                        aria-hidden="true"
                        focusable="false"
                      >
                        <rect class="bar-track" x="0" y="0" width={BAR_WIDTH} height={BAR_HEIGHT} />
                        <rect
                          class={`bar-fill series-${index}`}
                          x={span.x}
                          y="0"
                          width={span.width}
                          height={BAR_HEIGHT}
                        />
                      </svg>
                      <span class="bar-value">{written(row, index)}</span>
                    </span>
                  );
                })}
              </li>
            ))}
          </ul>
          {seriesNames.length > 1 ? <ChartLegend names={seriesNames} /> : null}
          <ChartTable
            rowHeader={rowName}
            columns={seriesNames}
            rows={rows.map((row) => ({ label: row.label, cells: seriesNames.map((_, index) => written(row, index)) }))}
          />
        </>
      )}
    </figure>
  );
};
