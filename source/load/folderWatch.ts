import {watch, type FSWatcher} from 'node:fs';

/**
 * One plain (non-recursive) watcher per folder. Node 20's recursive watch on Linux walks the tree
 * asynchronously, so a file written just after it starts can go unseen, and it polls every file;
 * a set of folder watchers is in place the moment it is made and costs one inotify watch per folder.
 */
export class FolderWatch {
	private readonly watchers = new Map<string, FSWatcher>();
	/** True once some folder could not be watched (the system's watch limit, say): the caller should poll. */
	incomplete = false;

	constructor(private readonly onEvent: () => void) {}

	/** Watches exactly these folders: new ones are added, ones no longer listed are let go. */
	follow(folders: Iterable<string>): void {
		const wanted = new Set(folders);
		for (const [folder, watcher] of this.watchers) {
			if (wanted.has(folder)) continue;
			watcher.close();
			this.watchers.delete(folder);
		}
		for (const folder of wanted) {
			if (!this.watchers.has(folder)) this.add(folder);
		}
	}

	close(): void {
		for (const watcher of this.watchers.values()) watcher.close();
		this.watchers.clear();
	}

	private add(folder: string): void {
		try {
			const watcher = watch(folder, {persistent: false}, this.onEvent);
			// A folder removed while watched ends its watcher; the next scan watches it again if it returns.
			watcher.on('error', () => {
				watcher.close();
				this.watchers.delete(folder);
				this.onEvent();
			});
			this.watchers.set(folder, watcher);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.incomplete = true;
		}
	}
}
