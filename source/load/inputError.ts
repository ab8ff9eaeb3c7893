/** A command-line input that names nothing: a missing path, or a glob that matches no file. */
export class InputError extends Error {
	override readonly name = 'InputError';
}
