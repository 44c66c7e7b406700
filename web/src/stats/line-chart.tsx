import { useRef } from 'preact/hooks';
import { DIRECTION, useLanguage } from '../shared/i18n/language.js';
import { axisTicks, labelledIndexes, linePath, scale, timeX } from './chart-geometry.js';
import { ChartLegend } from './chart-legend.js';
import { ChartTable } from './chart-table.js';
import { useWidth } from './use-width.js';

export interface LineSeries {
  name: string;
  values: readonly number[];
}

interface LineChartProps {
  id: string;
  title: string;
  /** What the table's rows are (the time axis): "Day", "Week", "Month". */
  axisName: string;
  /** The points in time, in order, as the axis and the table write them. */
  labels: readonly string[];
  series: readonly LineSeries[];
  format: (value: number) => string;
}

const HEIGHT = 240;
const TOP = 12;
const BOTTOM = 28;
const AXIS = 48;
const END = 16;
/** The room one time label needs, in pixels: fewer labels on a phone than on a desktop. */
const LABEL_SPACE = 90;

/**
 * Lines over time, drawn at the width it is given. Time reads as the page does: left to right in
 * English, right to left in Arabic (the earliest at the right, the values' axis on the right too).
 * Its title names it for assistive technology, and the figures are in a table below it.
 */
export const LineChart = ({ id, title, axisName, labels, series, format }: LineChartProps) => {
  const direction = DIRECTION[useLanguage().language];
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box, 640);
  const plotWidth = Math.max(width - AXIS - END, 40);
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const marks = axisTicks(Math.max(0, ...series.flatMap((line) => line.values)));
  const maximum = marks.at(-1) ?? 1;
  // The plot sits after the values' axis in reading order: on the left's right in English, the right's left in Arabic.
  const plotStart = direction === 'rtl' ? END : AXIS;
  const axisX = direction === 'rtl' ? plotStart + plotWidth + 6 : AXIS - 6;
  const y = (value: number) => TOP + plotHeight - scale(value, maximum, plotHeight);
  const x = (index: number) => plotStart + timeX(index, labels.length, plotWidth, direction);
  // Anchors follow the text's direction, which the SVG takes from the page: 'start' is the right
  // end of Arabic text. So the same anchors serve both: the first time label runs on in reading
  // order, the last one ends at its point, and the values end at the axis.
  const mostLabels = Math.max(2, Math.floor(plotWidth / LABEL_SPACE));
  return (
    <figure class="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} class="visually-hidden">
        {title}
      </figcaption>
      <div class="chart-box" ref={box}>
        <svg
          viewBox={`0 0 ${width} ${HEIGHT}`}
          width={width}
          height={HEIGHT}
          role="img"
          aria-labelledby={`${id}-title`}
          focusable="false"
        >
          <title>{title}</title>
          {marks.map((tick) => (
            <g key={tick}>
              <line class="grid" x1={plotStart} x2={plotStart + plotWidth} y1={y(tick)} y2={y(tick)} />
              <text class="axis-label" x={axisX} y={y(tick)} text-anchor="end" dominant-baseline="middle">
                {format(tick)}
              </text>
            </g>
          ))}
          {labelledIndexes(labels.length, mostLabels).map((index) => (
            <text
              key={index}
              class="axis-label"
              x={x(index)}
              y={HEIGHT - 8}
              text-anchor={index === 0 ? 'start' : index === labels.length - 1 ? 'end' : 'middle'}
            >
              {labels[index]}
            </text>
          ))}
          {series.map((line, index) => (
            <g key={line.name} class={`series-${index}`}>
              <path
                class={`series-line series-${index}`}
                d={linePath(line.values.map((value, at) => ({ x: x(at), y: y(value) })))}
              />
              {line.values.length <= 31
                ? line.values.map((value, at) => (
                    <circle key={at} class={`series-point series-${index}`} cx={x(at)} cy={y(value)} r="3" />
                  ))
                : null}
            </g>
          ))}
        </svg>
      </div>
      <ChartLegend names={series.map((line) => line.name)} />
      <ChartTable
        rowHeader={axisName}
        columns={series.map((line) => line.name)}
        rows={labels.map((label, at) => ({ label, cells: series.map((line) => format(line.values[at] ?? 0)) }))}
      />
    </figure>
  );
};
