/**
 * The dashboard on the fixture brief, for the terminal test when the bundled CLI is not built:
 * `npx tsx test/e2e/fixtureDashboard.tsx`.
 */
import {createBriefStore} from '../../source/brief/store.js';
import {runDashboard} from '../../source/ui/run.js';
import {sampleBrief} from '../fixtures/ui/brief.js';

const store = createBriefStore({brief: sampleBrief(), progress: null, fresh: new Set()});
await runDashboard(store, {color: !('NO_COLOR' in process.env)});
