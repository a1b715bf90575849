/**
 * The /kb stats chart as an attachment. The numbers are in the reply's text too,
 * so a chart that cannot be drawn costs the moderator the picture, not the stats.
 */
import type { FeedbackStats } from '../../knowledge/feedbackRecords.js';
import type { BotContext } from '../context.js';
import type { ReplyFile } from '../respond.js';
import { CHART_DAYS, chartAltText, countPerDay, renderStatsChart } from './statsChart.js';

export async function statsChartFile(context: BotContext, stats: FeedbackStats): Promise<ReplyFile | null> {
  try {
    const days = stats.daily.length ? stats.daily : countPerDay([], new Date(), CHART_DAYS);
    const chart = { days, helpful: stats.helpful, notHelpful: stats.notHelpful };
    return { attachment: await renderStatsChart(chart), name: 'stats.png', description: chartAltText(chart) };
  } catch (error) {
    context.logger.warn('stats-chart-failed', { error });
    return null;
  }
}
