/**
 * /kb stats as a picture: questions per day (answered against not answered) and
 * the ratings, drawn with Vega-Lite to SVG and rasterised to PNG by resvg. Both
 * install from npm alone (resvg's prebuilt binary is an npm package, nothing is
 * downloaded at install time). The same numbers stay in the text of the reply,
 * for screen readers.
 */
import type { TopLevelSpec } from 'vega-lite';

/** One day's questions; `day` is the UTC date, `YYYY-MM-DD`. */
export interface DayCount {
  day: string;
  answered: number;
  unanswered: number;
}

/** What the chart shows: the days in order (oldest first) and the ratings so far. */
export interface ChartStats {
  days: readonly DayCount[];
  helpful: number;
  notHelpful: number;
}

/** The PNG's size in pixels, whatever the data (Discord shows it without scaling surprises). */
export const CHART_SIZE = { width: 900, height: 360 } as const;
export const CHART_DAYS = 30;
export const CHART_COLOURS = {
  answered: '#2f6f9f',
  unanswered: '#e07b24',
  helpful: '#3a9d5d',
  notHelpful: '#c0392b',
} as const;

const DAY_MS = 86_400_000;

/**
 * Questions per UTC day over the `days` days that end with `now`'s day, oldest first,
 * days without questions included (as zeros). Records outside that span are left out.
 */
export function countPerDay(
  questions: Iterable<{ time: string; answered: boolean }>,
  now: Date,
  days: number = CHART_DAYS,
): DayCount[] {
  const today = Math.floor(now.getTime() / DAY_MS);
  const counts: DayCount[] = Array.from({ length: days }, (_, i) => ({
    day: new Date((today - days + 1 + i) * DAY_MS).toISOString().slice(0, 10),
    answered: 0,
    unanswered: 0,
  }));
  for (const { time, answered } of questions) {
    const count = counts[Math.floor(new Date(time).getTime() / DAY_MS) - (today - days + 1)];
    if (!count) continue;
    if (answered) count.answered++;
    else count.unanswered++;
  }
  return counts;
}

/** The chart in words, as its alt text (Discord reads an attachment's description to screen readers). */
export function chartAltText(stats: ChartStats): string {
  const answered = stats.days.reduce((sum, d) => sum + d.answered, 0);
  const unanswered = stats.days.reduce((sum, d) => sum + d.unanswered, 0);
  const busiest = stats.days.reduce<DayCount | null>(
    (best, d) => (d.answered + d.unanswered > (best ? best.answered + best.unanswered : 0) ? d : best),
    null,
  );
  const peak = busiest ? `; the busiest day was ${busiest.day} (${busiest.answered + busiest.unanswered})` : '';
  return (
    `Questions per day over the last ${stats.days.length} days: ${answered} answered, ${unanswered} not answered${peak}. ` +
    `Ratings: ${stats.helpful} helpful, ${stats.notHelpful} not helpful.`
  );
}

/** The Vega-Lite specification of the chart: its `data` values are exactly what is drawn. */
export function statsChartSpec(stats: ChartStats): TopLevelSpec {
  const perDay = stats.days.flatMap(({ day, answered, unanswered }) => [
    { day, status: 'answered', count: answered },
    { day, status: 'not answered', count: unanswered },
  ]);
  const ratings = [
    { rating: 'helpful', count: stats.helpful },
    { rating: 'not helpful', count: stats.notHelpful },
  ];
  const countAxis = { field: 'count', type: 'quantitative', title: null, axis: { tickMinStep: 1 } } as const;
  return {
    background: 'white',
    config: { font: 'DejaVu Sans, sans-serif', view: { stroke: null } },
    // Each view has its own colours: the days' statuses and the ratings are different things.
    resolve: { scale: { color: 'independent', y: 'independent' }, legend: { color: 'independent' } },
    hconcat: [
      {
        title: `Questions per day, last ${stats.days.length} days`,
        width: 620,
        height: 260,
        data: { values: perDay },
        mark: 'bar',
        encoding: {
          x: { field: 'day', type: 'ordinal', title: null, axis: { labelAngle: -50, labelExpr: 'slice(datum.value, 5)' } },
          y: { ...countAxis, stack: 'zero' },
          color: {
            field: 'status',
            type: 'nominal',
            title: null,
            scale: { domain: ['answered', 'not answered'], range: [CHART_COLOURS.answered, CHART_COLOURS.unanswered] },
            legend: { orient: 'top' },
          },
          order: { field: 'status', sort: 'ascending' },
        },
      },
      {
        title: 'Ratings',
        width: 120,
        height: 260,
        data: { values: ratings },
        mark: 'bar',
        encoding: {
          x: { field: 'rating', type: 'nominal', title: null, sort: null, axis: { labelAngle: 0 } },
          y: countAxis,
          color: {
            field: 'rating',
            type: 'nominal',
            scale: { domain: ['helpful', 'not helpful'], range: [CHART_COLOURS.helpful, CHART_COLOURS.notHelpful] },
            legend: null,
          },
        },
      },
    ],
  };
}

/** The chart as a PNG of exactly CHART_SIZE. Takes a few hundred ms the first time (the libraries load lazily). */
export async function renderStatsChart(stats: ChartStats): Promise<Buffer> {
  // Loaded on first use: most bot processes never draw a chart, and these libraries are large.
  const [{ View, parse }, { compile }, { Resvg }] = await Promise.all([
    import('vega'),
    import('vega-lite'),
    import('@resvg/resvg-js'),
  ]);
  const view = new View(parse(compile(statsChartSpec(stats)).spec), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  // Vega sizes the SVG to its contents (axis labels vary); its viewBox lets the root take a fixed size instead.
  const fixed = svg.replace(/^<svg([^>]*?) width="[\d.]+" height="[\d.]+"/, `<svg$1 width="${CHART_SIZE.width}" height="${CHART_SIZE.height}"`);
  const png = new Resvg(fixed, {
    background: 'white',
    font: { loadSystemFonts: true, sansSerifFamily: 'DejaVu Sans' },
  }).render();
  return png.asPng();
}
