import { useTexts } from '../shared/i18n/language.js';
import { STATS_TEXTS } from './texts.js';

interface ChartTableProps {
  /** What the rows are: "Day", "Request type", … */
  rowHeader: string;
  columns: readonly string[];
  rows: readonly { label: string; cells: readonly string[] }[];
}

/** A chart's figures as a table, behind a disclosure: the chart's text alternative, for every reader and screen reader. */
export const ChartTable = ({ rowHeader, columns, rows }: ChartTableProps) => {
  const texts = useTexts(STATS_TEXTS);
  return (
    <details class="chart-data">
      <summary>{texts.showTable}</summary>
      <div class="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{rowHeader}</th>
              {columns.map((column) => (
                <th scope="col" key={column}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                {row.cells.map((cell, index) => (
                  <td key={index}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
};
