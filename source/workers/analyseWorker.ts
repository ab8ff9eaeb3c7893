import {isMainThread, parentPort, workerData} from 'node:worker_threads';
import {analyseArticles} from '../brief/buildBrief.js';
import {withoutText} from '../brief/withoutText.js';
import {ArticleCache} from '../cache/articleCache.js';
import {type AnalyseReply, type AnalyseRequest, type AnalyseWorkerData, isAnalyseWorkerData} from './protocol.js';

/** Answers analyse requests on this worker thread until the pool terminates it. */
function serveAnalyseRequests(port: NonNullable<typeof parentPort>, data: AnalyseWorkerData): void {
	const cache = data.cache === null ? null : new ArticleCache(data.cache);
	port.on('message', ({batch, raws}: AnalyseRequest) => {
		let reply: AnalyseReply;
		try {
			const analysed = analyseArticles(raws).map((result, index) => {
				cache?.write(raws[index]!, result);
				return data.withText ? result : withoutText(result);
			});
			reply = {kind: 'analysed', batch, analysed: JSON.stringify(analysed)};
		} catch (error) {
			reply = {kind: 'failed', batch, message: error instanceof Error ? error.message : String(error)};
		}
		port.postMessage(reply);
	});
}

// The entry of the worker bundle (dist/worker.js): it holds cleaning and extraction only, so each
// thread costs a fraction of the memory and start-up of the whole CLI bundle.
if (!isMainThread && parentPort !== null && isAnalyseWorkerData(workerData)) serveAnalyseRequests(parentPort, workerData);
