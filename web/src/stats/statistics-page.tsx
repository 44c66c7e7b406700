import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { usePageTitle } from '../console/page-title.js';
import type { Schema } from '../shared/api/api-client.js';
import { useResource } from '../shared/api/use-resource.js';
import { useConsole } from '../shared/console-context.js';
import { FailureNotice } from '../shared/forms/failure-notice.js';
import { Field } from '../shared/forms/field.js';
import { type Formats, useFormats } from '../shared/i18n/formats.js';
import { useTexts } from '../shared/i18n/language.js';
import { SHARED_TEXTS } from '../shared/texts.js';
import { BarChart, type BarRow } from './bar-chart.js';
import { LineChart } from './line-chart.js';
import { usePeriodLabel } from './period-labels.js';
import {
  isReadableWindow,
  MAX_WINDOW_DAYS,
  PERIODS,
  type Period,
  riyadhDay,
  type Section,
  type StatsQuery,
  statsHref,
  statsQueryOf,
} from './stats-query.js';
import { groupByOf, volumesBySection, volumesOverTime } from './stats-series.js';
import { STATS_TEXTS } from './texts.js';
import '../shared/visually-hidden.css';
import './stats.css';

type Stats = Schema<'ReviewStats'>;
type Figures = Schema<'StatsFigures'>;
type Published = Schema<'ProcessingTimes'>;
type Duration = Figures['processingTime']['medianWorkingDays'];
type Texts = (typeof STATS_TEXTS)['en'];

const SECTIONS: readonly Section[] = [
  'RESIDENCY',
  'VISAS',
  'TRANSFERS',
  'FAMILY',
  'PASSPORTS',
  'VIOLATIONS',
  'GENERAL',
];

/** The request types' and sections' names in the chosen language, from the published processing times (every type, with its section). */
const namesOf = (published: Published | undefined) => ({
  category: new Map(published?.requestTypes.map((type) => [type.category, type.categoryName]) ?? []),
  section: new Map(published?.requestTypes.map((type) => [type.section, type.sectionName]) ?? []),
  sectionOf: new Map(published?.requestTypes.map((type) => [type.category, type.section]) ?? []),
});

const durationText = (duration: Duration, texts: Texts, formats: Formats): string => {
  if (!duration) return texts.noRate;
  return 'atMost' in duration
    ? texts.workingDays(duration.atMost, formats.number(duration.atMost))
    : texts.moreThanDays(duration.moreThan, formats.number(duration.moreThan));
};

const durationValue = (duration: Duration): number =>
  !duration ? 0 : 'atMost' in duration ? duration.atMost : duration.moreThan;

const rateText = (rate: number | null, texts: Texts, formats: Formats) =>
  rate === null ? texts.noRate : formats.percent(rate);

const StatsFilter = ({ query, names }: { query: StatsQuery; names: ReadonlyMap<string, string> }) => {
  const texts = useTexts(STATS_TEXTS);
  const formats = useFormats();
  const { user } = useConsole();
  const { route } = useLocation();
  const [draft, setDraft] = useState(query);
  const [invalid, setInvalid] = useState(false);
  const choices = user.role === 'supervisor' ? SECTIONS : (user.sections as Section[]);
  const submit = (event: Event) => {
    event.preventDefault();
    if (!isReadableWindow(draft.from, draft.to)) return setInvalid(true);
    setInvalid(false);
    route(statsHref(draft));
  };
  const windowError = invalid ? texts.windowInvalid(formats.number(MAX_WINDOW_DAYS)) : undefined;
  return (
    <form class="stats-filter" onSubmit={submit} noValidate aria-labelledby="stats-filter-heading">
      <h2 id="stats-filter-heading" class="visually-hidden">
        {texts.window}
      </h2>
      {choices.length > 1 ? (
        <Field
          id="stats-section"
          label={texts.section}
          control={(props) => (
            <select
              {...props}
              value={draft.section ?? ''}
              onChange={(event) => {
                const section = event.currentTarget.value as Section | '';
                const window = { from: draft.from, to: draft.to, period: draft.period };
                setDraft(section ? { ...window, section } : window);
              }}
            >
              {user.role === 'supervisor' ? <option value="">{texts.allSections}</option> : null}
              {choices.map((code) => (
                <option key={code} value={code}>
                  {names.get(code) ?? code}
                </option>
              ))}
            </select>
          )}
        />
      ) : null}
      <Field
        id="stats-from"
        label={texts.from}
        error={windowError}
        control={(props) => (
          <input
            {...props}
            type="date"
            value={draft.from}
            onInput={(event) => setDraft({ ...draft, from: event.currentTarget.value })}
          />
        )}
      />
      <Field
        id="stats-to"
        label={texts.to}
        hint={texts.windowHint(formats.number(MAX_WINDOW_DAYS))}
        error={windowError}
        control={(props) => (
          <input
            {...props}
            type="date"
            value={draft.to}
            onInput={(event) => setDraft({ ...draft, to: event.currentTarget.value })}
          />
        )}
      />
      <Field
        id="stats-period"
        label={texts.period}
        control={(props) => (
          <select
            {...props}
            value={draft.period}
            onChange={(event) => setDraft({ ...draft, period: event.currentTarget.value as Period })}
          >
            {PERIODS.map((period) => (
              <option key={period} value={period}>
                {texts.periods[period]}
              </option>
            ))}
          </select>
        )}
      />
      <button type="submit">{texts.show}</button>
    </form>
  );
};

const Summary = ({ stats }: { stats: Stats }) => {
  const texts = useTexts(STATS_TEXTS);
  const formats = useFormats();
  const totals = stats.totals;
  const decided = totals.decided.accepted + totals.decided.rejected;
  const figures: { label: string; value: string; detail?: string; alert?: boolean }[] = [
    {
      label: texts.submitted,
      value: formats.number(totals.submitted),
      detail: `${texts.submittedByEstablishments}: ${formats.number(totals.submittedByEstablishments)}`,
    },
    {
      label: texts.decided,
      value: formats.number(decided),
      detail: `${texts.accepted}: ${formats.number(totals.decided.accepted)} · ${texts.rejected}: ${formats.number(totals.decided.rejected)}`,
    },
    {
      label: texts.backlogOpen,
      value: formats.number(stats.backlog.open),
      detail: `${texts.backlogOverdue}: ${formats.number(stats.backlog.overdue)}`,
      alert: stats.backlog.overdue > 0,
    },
    {
      label: texts.slaBreaches,
      value: formats.number(totals.slaBreaches),
      detail: `${texts.slaBreachRate}: ${rateText(totals.slaBreachRate, texts, formats)}`,
      alert: totals.slaBreaches > 0,
    },
    { label: texts.medianDays, value: durationText(totals.processingTime.medianWorkingDays, texts, formats) },
    { label: texts.p80Days, value: durationText(totals.processingTime.p80WorkingDays, texts, formats) },
    {
      label: texts.csat,
      value: rateText(totals.csat, texts, formats),
      detail: texts.csatOf(formats.number(totals.ratings.count)),
    },
    {
      label: texts.appealsFiled,
      value: formats.number(totals.appeals.filed),
      detail: `${texts.overturnRate}: ${rateText(totals.appealOverturnRate, texts, formats)}`,
    },
  ];
  return (
    <section aria-labelledby="summary-heading">
      <h2 id="summary-heading">{texts.summary}</h2>
      <dl class="figures">
        {figures.map((figure) => (
          <div key={figure.label} class={figure.alert ? 'figure figure-alert' : 'figure'}>
            <dt>{figure.label}</dt>
            <dd>{figure.value}</dd>
            {figure.detail ? <dd class="figure-detail">{figure.detail}</dd> : null}
          </div>
        ))}
      </dl>
    </section>
  );
};

interface ChartsProps {
  query: StatsQuery;
  series: Stats;
  types: Stats | undefined;
  published: Published | undefined;
}

const Charts = ({ query, series, types, published }: ChartsProps) => {
  const texts = useTexts(STATS_TEXTS);
  const formats = useFormats();
  const label = usePeriodLabel();
  const names = namesOf(published);
  const volumes = volumesOverTime(series.groups, query.period);
  const typeGroups = [...(types?.groups ?? [])].sort((a, b) => b.submitted - a.submitted);
  const typeName = (code: string) => names.category.get(code as never) ?? code;
  const bySection = query.section ? [] : volumesBySection(types?.groups ?? [], names.sectionOf);
  const decidedTypes = typeGroups.filter((group) => group.processingTime.basedOn > 0);
  const distribution = series.totals.ratings.distribution;
  const ratingRows: BarRow[] = (['5', '4', '3', '2', '1'] as const).map((score) => ({
    label: texts.scoreLabel(formats.number(Number(score))),
    values: [distribution[score]],
  }));
  const publishedTypes = (published?.requestTypes ?? []).filter(
    (type) => !query.section || type.section === query.section,
  );
  const insufficient = publishedTypes.filter((type) => 'insufficientData' in type);
  return (
    <div class="charts">
      <section aria-labelledby="volumes-heading">
        <h2 id="volumes-heading">{texts.volumesTitle(texts.periods[query.period])}</h2>
        {volumes.length === 0 ? (
          <p>{texts.nothing}</p>
        ) : (
          <LineChart
            id="volumes"
            title={texts.volumesTitle(texts.periods[query.period])}
            axisName={texts.axis[query.period]}
            labels={volumes.map((point) => label(point.key, query.period))}
            series={[
              { name: texts.submitted, values: volumes.map((point) => point.submitted) },
              { name: texts.decided, values: volumes.map((point) => point.decided) },
              { name: texts.slaBreaches, values: volumes.map((point) => point.slaBreaches) },
            ]}
            format={formats.number}
          />
        )}
      </section>
      {query.section ? null : (
        <section aria-labelledby="sections-heading">
          <h2 id="sections-heading">{texts.bySectionTitle}</h2>
          <BarChart
            id="sections"
            title={texts.bySectionTitle}
            rowName={texts.sectionColumn}
            seriesNames={[texts.submitted, texts.decided, texts.slaBreaches]}
            rows={bySection.map((volumes) => ({
              label: names.section.get(volumes.section as Section) ?? volumes.section,
              values: [volumes.submitted, volumes.decided, volumes.slaBreaches],
            }))}
            format={formats.number}
            empty={texts.nothing}
          />
        </section>
      )}
      <section aria-labelledby="types-heading">
        <h2 id="types-heading">{texts.byTypeTitle}</h2>
        <BarChart
          id="types"
          title={texts.byTypeTitle}
          rowName={texts.requestType}
          seriesNames={[texts.submitted]}
          rows={typeGroups
            .filter((group) => group.submitted > 0)
            .map((group) => ({ label: typeName(group.key), values: [group.submitted] }))}
          format={formats.number}
          empty={texts.nothing}
        />
      </section>
      <section aria-labelledby="processing-heading">
        <h2 id="processing-heading">{texts.processingTitle}</h2>
        <BarChart
          id="processing"
          title={texts.processingTitle}
          rowName={texts.requestType}
          seriesNames={[texts.processingMedian, texts.processingP80]}
          rows={decidedTypes.map((group) => ({
            label: typeName(group.key),
            values: [
              durationValue(group.processingTime.medianWorkingDays),
              durationValue(group.processingTime.p80WorkingDays),
            ],
            notes: [
              durationText(group.processingTime.medianWorkingDays, texts, formats),
              durationText(group.processingTime.p80WorkingDays, texts, formats),
            ],
          }))}
          format={formats.number}
          empty={texts.nothing}
        />
      </section>
      <section aria-labelledby="ratings-heading">
        <h2 id="ratings-heading">{texts.ratingsTitle}</h2>
        <p>
          {texts.csat}: {rateText(series.totals.csat, texts, formats)}{' '}
          {texts.csatOf(formats.number(series.totals.ratings.count))}
        </p>
        <BarChart
          id="ratings"
          title={texts.ratingsTitle}
          rowName={texts.score}
          seriesNames={[texts.ratings]}
          rows={series.totals.ratings.count > 0 ? ratingRows : []}
          format={formats.number}
          empty={texts.nothing}
        />
      </section>
      <section aria-labelledby="rising-heading">
        <h2 id="rising-heading">{texts.risingTitle}</h2>
        <p class="hint">{texts.risingNote}</p>
        <BarChart
          id="rising"
          title={texts.risingTitle}
          rowName={texts.requestType}
          seriesNames={[texts.lastWeek, texts.previousAverage]}
          rows={series.risingRequestTypes.map((type) => ({
            label: `${typeName(type.category)} (${texts.growth}: ${formats.percent(type.growth)})`,
            values: [type.lastWeek, type.previousFourWeekAverage],
          }))}
          format={formats.number}
          empty={texts.risingNone}
        />
      </section>
      <section aria-labelledby="published-heading">
        <h2 id="published-heading">{texts.publishedTitle(formats.percent((published?.percent ?? 80) / 100))}</h2>
        {published?.window ? (
          <p class="hint">
            {texts.publishedNote(
              formats.number(published.minimumDecisions),
              formats.day(published.window.from),
              formats.day(published.window.to),
            )}
          </p>
        ) : null}
        <BarChart
          id="published"
          title={texts.publishedTitle(formats.percent((published?.percent ?? 80) / 100))}
          rowName={texts.requestType}
          seriesNames={[texts.publishedFigure]}
          rows={publishedTypes.flatMap((type) =>
            'withinWorkingDays' in type
              ? [
                  {
                    label: type.categoryName,
                    values: [durationValue(type.withinWorkingDays)],
                    notes: [durationText(type.withinWorkingDays, texts, formats)],
                  },
                ]
              : [],
          )}
          format={formats.number}
          empty={published?.window ? texts.publishedNoFigure : texts.publishedNone}
        />
        {insufficient.length > 0 ? (
          <p class="hint">
            {texts.insufficientTypes(insufficient.map((type) => type.categoryName).join(texts.listSeparator))}
          </p>
        ) : null}
      </section>
    </div>
  );
};

/**
 * The directorate's statistics, for supervisors (every section, or one) and reviewers (their own):
 * the figures of a window of Riyadh days, over time and per request type, as charts each with its
 * table. The window, section and period are kept in the address.
 */
export const StatisticsPage = () => {
  const texts = useTexts(STATS_TEXTS);
  const shared = useTexts(SHARED_TEXTS);
  const { api, user } = useConsole();
  const { url } = useLocation();
  usePageTitle(texts.title);
  const search = url.includes('?') ? url.slice(url.indexOf('?')) : '';
  // The browser's clock only picks the default window; the figures' days are the API's.
  const query = statsQueryOf(search, riyadhDay(new Date()), user.role === 'supervisor' ? [] : user.sections);
  const window = { ...(query.section ? { section: query.section } : {}), from: query.from, to: query.to };
  const series = useResource(
    () => api.GET('/v1/review/stats', { params: { query: { ...window, groupBy: groupByOf(query.period) } } }),
    [query.section, query.from, query.to, query.period],
  );
  const types = useResource(
    () => api.GET('/v1/review/stats', { params: { query: { ...window, groupBy: 'requestType' } } }),
    [query.section, query.from, query.to],
  );
  const published = useResource(() => api.GET('/v1/processing-times'), [api]);
  const names = namesOf(published.data).section;
  return (
    <>
      <h1>{texts.title}</h1>
      <p>{texts.intro}</p>
      <section aria-labelledby="stats-filter-heading">
        <StatsFilter key={search} query={query} names={names} />
      </section>
      <FailureNotice failure={series.failure} />
      {series.loading && !series.data ? <p aria-live="polite">{shared.loading}</p> : null}
      {series.data ? (
        <div aria-busy={series.loading}>
          <Summary stats={series.data} />
          <Charts query={query} series={series.data} types={types.data} published={published.data} />
        </div>
      ) : null}
    </>
  );
};
