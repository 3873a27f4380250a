/**
 * Puts the coverage model's figures on layer and tile features, so the map colours by
 * exactly the numbers the coverage API reports.
 */
import type { LayerEnricher, LayerProps } from '../repositories/layers';
import type { CoverageService } from './coverage';

const ratio = (reached: number, households: number): number | null => (households > 0 ? reached / households : null);

export function coverageEnricher(coverage: CoverageService): LayerEnricher {
  return (layer) => {
    if (layer !== 'communities' && layer !== 'branches' && layer !== 'neighbourhoods' && layer !== 'buildings') return null;
    const { result } = coverage.current();
    return (props: LayerProps) => {
      const id = props.id as number;
      if (layer === 'communities' || layer === 'branches') {
        const u = (layer === 'communities' ? result.communities : result.branches).get(id);
        Object.assign(props, {
          households: u?.households ?? 0, residents: u?.residents ?? 0, members: u?.members ?? 0, reached: u?.reached ?? 0,
          coverage: u ? ratio(u.reached, u.households) : null, gapNeighbourhoods: u?.gapNeighbourhoods ?? 0,
        });
        if (layer === 'branches') {
          Object.assign(props, { buildings: u?.buildings ?? 0, fullMembers: u?.fullMembers ?? 0, leads: u?.leads ?? 0 });
        }
      } else if (layer === 'neighbourhoods') {
        const n = result.neighbourhoods.get(id);
        Object.assign(props, {
          buildings: n?.buildings ?? 0, households: n?.households ?? 0, members: n?.residentMembers ?? 0,
          reached: n?.reached ?? 0, coverage: n ? ratio(n.reached, n.households) : null, gap: n?.gap ?? false,
        });
      } else {
        const b = result.buildings.get(id);
        // Demolished buildings are not in the model: nobody lives there to reach.
        Object.assign(props, { members: b?.residentMembers ?? 0, leads: b?.leads ?? 0, reached: b?.reached ?? 0, coverageState: b?.state ?? 'no_households' });
      }
    };
  };
}
