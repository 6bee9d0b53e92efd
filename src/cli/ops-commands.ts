/** Operations commands (status, doctor, dashboard) — filled in by the operations work. */
import type { Command } from 'commander';

export function registerOpsCommands(_program: Command): void {}
