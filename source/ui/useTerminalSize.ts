import {useStdout} from 'ink';
import {useEffect, useState} from 'react';
import type {Size} from './layout.js';

function read(stdout: NodeJS.WriteStream): Size {
	return {columns: stdout.columns || 80, rows: stdout.rows || 24};
}

/** The terminal size, updated on every resize. */
export function useTerminalSize(): Size {
	const {stdout} = useStdout();
	const [size, setSize] = useState(() => read(stdout));
	useEffect(() => {
		const onResize = () => setSize(read(stdout));
		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout]);
	return size;
}
