import {homedir} from 'node:os';
import {isAbsolute, join} from 'node:path';

/**
 * Where extracted articles are kept between runs: `$XDG_CACHE_HOME/ukraine-brief`, else
 * `~/.cache/ukraine-brief`. A relative XDG_CACHE_HOME is ignored, as the XDG spec asks.
 */
export function cacheDirectory(env: NodeJS.ProcessEnv = process.env): string {
	const base = env['XDG_CACHE_HOME'];
	return join(base !== undefined && isAbsolute(base) ? base : join(homedir(), '.cache'), 'ukraine-brief');
}
