-- Where imported features came from: the coordinate system each arrived in (every geometry is
-- stored in WGS-84; this keeps what it was converted from) and the import that wrote it.
-- One row per feature and layer; a later import of the same feature replaces it.
CREATE TABLE feature_source (
  layer       TEXT NOT NULL CHECK (layer IN ('communities', 'branches', 'neighbourhoods', 'buildings', 'roads', 'water', 'members', 'leads', 'liaisons', 'zones')),
  feature_id  INTEGER NOT NULL,
  source_crs  TEXT NOT NULL CHECK (source_crs IN ('wgs84', 'cgcs2000', 'gcj02', 'bd09')),
  import_id   TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  PRIMARY KEY (layer, feature_id)
) WITHOUT ROWID;
