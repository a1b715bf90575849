/**
 * The ids of the last events the bot acted on, so that one Discord delivers
 * twice is acted on once. A resume replays what the bot missed, and around a
 * reconnect that can include events it already had. discord.js drops a repeated
 * message only while it is still in its message cache, and passes every repeated
 * interaction on: answered twice, the second answer fails outright.
 */

// Replays cover the moments around one reconnect, not hours: this many ids span minutes of a busy
// server, at under a megabyte. Insertion order makes the oldest the first to go.
const DEFAULT_CAPACITY = 5_000;

export class RecentIds {
  private readonly ids = new Set<string>();

  constructor(private readonly capacity = DEFAULT_CAPACITY) {}

  /** True the first time `id` is seen (among the last `capacity` ids), false for a repeat. */
  firstSeen(id: string): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    if (this.ids.size > this.capacity) {
      for (const oldest of this.ids) {
        this.ids.delete(oldest);
        break;
      }
    }
    return true;
  }
}
