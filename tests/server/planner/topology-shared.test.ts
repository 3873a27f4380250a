/**
 * The planner's apply and the coverage model share one topology memo (server/services/topology-memo.ts):
 * the apply's check before its writes is the coverage model's, and the next coverage read
 * reuses the apply's check after them. Real app, tiny dataset (see fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import { dataVersion } from '../../../server/db/version';
import { coverageService } from '../../../server/services/coverage';
import { DEFAULT_RULES } from '../../../shared/rules/config';
import { plan, usePlannerApp, type Calls, type PlannerFixture } from './fixture';

let f: PlannerFixture;
let api: Calls;
usePlannerApp((fixture, calls) => {
  [f, api] = [fixture, calls];
});

describe('grid topology around an apply', () => {
  it('is checked once for the redrawn community, and the next coverage read reuses it', async () => {
    f.app.coverage.topology();
    const memo = f.app.coverage.topologyMemo;
    const before = memo.computed;
    // Building 2 joins branch 2: both grids of community 1 are redrawn.
    const p = (await api.create('北楼并入南网格', plan([{ op: 'assign', buildingIds: [2], to: 2 }]))).json();
    const res = await api.apply(p.id, 1);
    expect(res.statusCode, res.body).toBe(200);
    expect(memo.computed).toBe(before + 1);
    const read = f.app.coverage.topology();
    expect(memo.computed).toBe(before + 1);
    expect(read).toEqual(coverageService(f.db, dataVersion(f.db), DEFAULT_RULES).topology());
  });
});
