/** Runs the letters command as its own process (the kill-and-resume test needs a real process). */
import { runLettersCommand } from '../../../electron/cli/commands/letters';

process.exitCode = await runLettersCommand(process.argv.slice(2));
