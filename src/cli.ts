/**
 * The `wirehouse` command line. Exit codes: 0 ok, 1 failure, 2 usage.
 */
import { Command, CommanderError } from 'commander';
import { isPipelineError } from './errors.js';
import { VERSION } from './version.js';
import { UsageError } from './cli/common.js';
import { registerBackfillCommand, registerDataCommands, registerImportCommand, registerReplayCommand } from './cli/data-commands.js';
import { registerFeedCommands } from './cli/feed-commands.js';
import { registerOpsCommands } from './cli/ops-commands.js';
import { registerRetentionCommands } from './cli/retention-commands.js';
import { registerServiceCommands } from './cli/service-commands.js';

const program = new Command('wirehouse')
  .description('Poll wire-service feeds, extract and normalize articles into Postgres, merge reposts into stories.')
  .version(VERSION)
  .showHelpAfterError()
  .exitOverride();

registerServiceCommands(program);
registerFeedCommands(program);
registerDataCommands(program);
registerImportCommand(program);
registerReplayCommand(program);
registerBackfillCommand(program);
registerOpsCommands(program);
registerRetentionCommands(program);

// `wirehouse feeds list | head`: the reader went away. That is a normal end of output, not a
// crash (Node would otherwise throw EPIPE from the next write and print a stack trace).
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

async function main(): Promise<void> {
  try {
    await program.parseAsync(process.argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode === 0 ? 0 : 2; // help/version exit 0; usage errors 2
      return;
    }
    if (err instanceof UsageError) {
      process.stderr.write(`wirehouse: ${err.message}\n`);
      process.exitCode = 2;
      return;
    }
    const code = isPipelineError(err) ? `${err.code}: ` : '';
    process.stderr.write(`wirehouse: ${code}${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  }
}

await main();
