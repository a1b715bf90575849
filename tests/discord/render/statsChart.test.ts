import { decode } from 'fast-png';
import { describe, expect, it } from 'vitest';
import {
  CHART_COLOURS,
  CHART_SIZE,
  countPerDay,
  renderStatsChart,
  statsChartSpec,
  type ChartStats,
} from '../../../src/discord/render/statsChart.js';

const NOW = new Date('2026-11-29T15:00:00Z');
const at = (day: string, answered: boolean) => ({ time: `${day}T10:00:00.000Z`, answered });

// A known set of records: 6 answered and 2 not on the 27th, 1 answered today, one record too old to show.
const RECORDS = [
  ...Array.from({ length: 6 }, () => at('2026-11-27', true)),
  at('2026-11-27', false),
  at('2026-11-27', false),
  at('2026-11-29', true),
  at('2026-10-01', false),
];

/** How many pixels are (nearly) this colour. */
function pixelsOf(png: ReturnType<typeof decode>, hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const step = png.channels;
  let count = 0;
  for (let i = 0; i < png.data.length; i += step) {
    const near = (c: number | undefined, want: number | undefined) => Math.abs((c ?? -99) - (want ?? 0)) <= 6;
    if (near(png.data[i], r) && near(png.data[i + 1], g) && near(png.data[i + 2], b)) count++;
  }
  return count;
}

describe('questions per day', () => {
  it('counts answered and unanswered questions per UTC day over the last 30 days, empty days as zeros', () => {
    const days = countPerDay(RECORDS, NOW);
    expect(days).toHaveLength(30);
    expect(days[0]).toEqual({ day: '2026-10-31', answered: 0, unanswered: 0 });
    expect(days.at(-3)).toEqual({ day: '2026-11-27', answered: 6, unanswered: 2 });
    expect(days.at(-1)).toEqual({ day: '2026-11-29', answered: 1, unanswered: 0 });
    const total = days.reduce((sum, d) => sum + d.answered + d.unanswered, 0);
    expect(total).toBe(9);
  });
});

describe('the stats chart', () => {
  const stats: ChartStats = { days: countPerDay(RECORDS, NOW), helpful: 3, notHelpful: 1 };

  it('is fed exactly the day counts and ratings it was given', () => {
    const spec = statsChartSpec(stats);
    const views = 'hconcat' in spec ? spec.hconcat : [];
    const values = views.map((view) => (view.data && 'values' in view.data ? view.data.values : null));
    expect(values[0]).toContainEqual({ day: '2026-11-27', status: 'answered', count: 6 });
    expect(values[0]).toContainEqual({ day: '2026-11-27', status: 'not answered', count: 2 });
    expect(values[0]).toHaveLength(60);
    expect(values[1]).toEqual([
      { rating: 'helpful', count: 3 },
      { rating: 'not helpful', count: 1 },
    ]);
  });

  it('is a valid PNG of the expected size whose bars are in proportion to the records', async () => {
    const bytes = await renderStatsChart(stats);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const png = decode(bytes);
    expect({ width: png.width, height: png.height }).toEqual(CHART_SIZE);

    // Seven answered bars' worth (6 + 1) against two unanswered; 3 helpful against 1. The legend adds a
    // small swatch of each day colour, so the proportions are checked loosely.
    const ratio = (a: string, b: string) => pixelsOf(png, a) / pixelsOf(png, b);
    expect(ratio(CHART_COLOURS.answered, CHART_COLOURS.unanswered)).toBeGreaterThan(2.8);
    expect(ratio(CHART_COLOURS.answered, CHART_COLOURS.unanswered)).toBeLessThan(4);
    expect(ratio(CHART_COLOURS.helpful, CHART_COLOURS.notHelpful)).toBeCloseTo(3, 0);
  });

  it('draws an empty month without failing', async () => {
    const png = decode(await renderStatsChart({ days: countPerDay([], NOW), helpful: 0, notHelpful: 0 }));
    expect({ width: png.width, height: png.height }).toEqual(CHART_SIZE);
  });
});
