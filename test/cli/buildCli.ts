// Vitest global setup: the CLI bundled once, as `npm run cli` runs it (esbuild, not tsx).
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync('npm', ['run', '-s', 'cli:build'], { stdio: 'inherit' });
}
