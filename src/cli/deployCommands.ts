import { loadConfig, required } from '../config.js';
import { COMMANDS } from '../discord/commands/index.js';
import { deployCommands } from '../discord/deploy.js';
import { runCli } from './run.js';

runCli(async () => {
  const config = loadConfig();
  const result = await deployCommands(
    {
      token: required(config.token, 'DISCORD_TOKEN'),
      clientId: required(config.clientId, 'DISCORD_CLIENT_ID'),
      guildId: config.guildId,
      apiUrl: config.apiUrl,
    },
    COMMANDS,
  );
  const where = result.scope === 'guild' ? `in guild ${config.guildId}` : 'globally (may take up to an hour to appear)';
  console.log(`Registered ${result.count} commands ${where}.`);
});
