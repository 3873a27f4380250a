/**
 * Collects a `Dataset` while it is generated, handing out IDs: positive integers, sequential
 * per table from 1, in insertion order (the loader inserts them as given).
 */
import type { Dataset } from '../../shared/model';

type Table = keyof Dataset;
type Row<K extends Table> = Dataset[K][number];

export class DatasetBuilder {
  readonly data: Dataset = {
    subdistricts: [],
    communities: [],
    branches: [],
    neighbourhoods: [],
    buildings: [],
    members: [],
    leads: [],
    liaisons: [],
    roads: [],
    water: [],
  };

  /** The ID the next row added to `table` will get. */
  nextId(table: Table): number {
    return this.data[table].length + 1;
  }

  /** Appends a row to `table` with the next ID and returns it (mutable until the dataset is handed out). */
  add<K extends Table>(table: K, row: Omit<Row<K>, 'id'>): Row<K> {
    const full = { id: this.nextId(table), ...row } as Row<K>;
    (this.data[table] as Array<Row<K>>).push(full);
    return full;
  }
}
