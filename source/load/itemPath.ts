/** The path of one article inside a file that holds several (a JSON export, a feed): `export.json#3`. */
export function itemPath(file: string, item: number): string {
	return `${file}#${item}`;
}

/** The file an article or a skip came from: `export.json#3` belongs to `export.json`. */
export function fileOf(path: string): string {
	return path.replace(/#\d+$/, '');
}
