/**
 * A clock time as news copy writes it, "06:52", "9.05", "23:10", as a regex fragment without anchors or flags: the
 * stamps of live posts and roundup items are built from it when cleaning finds their headings, when developments
 * trim them off a report, and when figures tell them from numbers.
 */
export const clockTime = String.raw`(?:[01]?\d|2[0-3])[:.][0-5]\d`;
