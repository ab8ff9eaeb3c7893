import type {BuildOptions, Plugin} from 'esbuild';

export const stubDevtools: Plugin;
export const nodeBundle: BuildOptions;
