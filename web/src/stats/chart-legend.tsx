/** Which line or bar is which: each series' mark (colour and dash, so colour is not the only cue) beside its name. */
export const ChartLegend = ({ names }: { names: readonly string[] }) => (
  <ul class="chart-legend">
    {names.map((name, index) => (
      <li key={name}>
        <svg class="legend-mark" viewBox="0 0 24 12" width="24" height="12" aria-hidden="true" focusable="false">
          <line class={`series-line series-${index}`} x1="0" y1="6" x2="24" y2="6" />
        </svg>
        {name}
      </li>
    ))}
  </ul>
);
