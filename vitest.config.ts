import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		// The real-terminal tests start the built CLI in tmux; give them room on a 2-core machine.
		testTimeout: 30_000,
		hookTimeout: 30_000,
	},
});
