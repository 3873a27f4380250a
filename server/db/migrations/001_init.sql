-- gridmap schema v1: the sub-district, its grid, people and basemap.
-- Geometry is GeoJSON text in WGS-84, positions [lng, lat]. Every geometry table keeps its
-- bounding box in min_lng/min_lat/max_lng/max_lat columns; triggers copy those into an
-- R*Tree, so the spatial index is in step with every insert, update and delete whatever
-- code path writes the row.

CREATE TABLE subdistrict (
  id        INTEGER PRIMARY KEY,
  code      TEXT NOT NULL UNIQUE CHECK (length(code) = 9 AND code GLOB '[0-9]*'),
  name      TEXT NOT NULL,
  name_en   TEXT NOT NULL DEFAULT '',
  boundary  TEXT NOT NULL,
  min_lng REAL NOT NULL, min_lat REAL NOT NULL, max_lng REAL NOT NULL, max_lat REAL NOT NULL
);

CREATE TABLE community (
  id             INTEGER PRIMARY KEY,
  subdistrict_id INTEGER NOT NULL REFERENCES subdistrict(id),
  code           TEXT NOT NULL UNIQUE CHECK (length(code) = 12 AND code NOT GLOB '*[^0-9]*'),
  name           TEXT NOT NULL,
  name_en        TEXT NOT NULL DEFAULT '',
  boundary       TEXT NOT NULL,
  min_lng REAL NOT NULL, min_lat REAL NOT NULL, max_lng REAL NOT NULL, max_lat REAL NOT NULL
);
CREATE INDEX community_subdistrict ON community(subdistrict_id);

CREATE TABLE grid_branch (
  id                  INTEGER PRIMARY KEY,
  community_id        INTEGER NOT NULL REFERENCES community(id),
  code                TEXT NOT NULL CHECK (length(code) = 14 AND code NOT GLOB '*[^0-9]*'),
  name                TEXT NOT NULL,
  secretary_member_id INTEGER REFERENCES member(id) DEFERRABLE INITIALLY DEFERRED,
  polygon             TEXT NOT NULL,
  valid_from          TEXT NOT NULL,
  valid_to            TEXT,
  min_lng REAL NOT NULL, min_lat REAL NOT NULL, max_lng REAL NOT NULL, max_lat REAL NOT NULL,
  CHECK (valid_to IS NULL OR valid_to > valid_from)
);
CREATE INDEX grid_branch_community ON grid_branch(community_id);
-- One current grid per code; past versions keep theirs.
CREATE UNIQUE INDEX grid_branch_current_code ON grid_branch(code) WHERE valid_to IS NULL;

CREATE TABLE neighbourhood (
  id           INTEGER PRIMARY KEY,
  community_id INTEGER NOT NULL REFERENCES community(id),
  name         TEXT NOT NULL,
  kind         TEXT NOT NULL CHECK (kind IN ('xiaoqu', 'louyuan')),
  polygon      TEXT NOT NULL,
  min_lng REAL NOT NULL, min_lat REAL NOT NULL, max_lng REAL NOT NULL, max_lat REAL NOT NULL
);
CREATE INDEX neighbourhood_community ON neighbourhood(community_id);

CREATE TABLE building (
  id               INTEGER PRIMARY KEY,
  neighbourhood_id INTEGER REFERENCES neighbourhood(id),
  branch_id        INTEGER REFERENCES grid_branch(id),
  address          TEXT NOT NULL,
  floors           INTEGER NOT NULL CHECK (floors >= 1),
  households       INTEGER NOT NULL CHECK (households >= 0),
  residents        INTEGER NOT NULL CHECK (residents >= 0),
  use              TEXT NOT NULL CHECK (use IN ('residential', 'shop', 'public')),
  status           TEXT NOT NULL CHECK (status IN ('normal', 'slated_demolition', 'demolished', 'new')),
  footprint        TEXT NOT NULL,
  valid_from       TEXT NOT NULL,
  valid_to         TEXT,
  min_lng REAL NOT NULL, min_lat REAL NOT NULL, max_lng REAL NOT NULL, max_lat REAL NOT NULL,
  CHECK (valid_to IS NULL OR valid_to > valid_from)
);
CREATE INDEX building_branch ON building(branch_id);
CREATE INDEX building_neighbourhood ON building(neighbourhood_id);

-- Personal data lives here and only here: name, gender, birth_year, phone.
-- ID-card numbers are never stored.
CREATE TABLE member (
  id           INTEGER PRIMARY KEY,
  name         TEXT NOT NULL,
  gender       TEXT NOT NULL CHECK (gender IN ('male', 'female')),
  birth_year   INTEGER NOT NULL CHECK (birth_year BETWEEN 1900 AND 2100),
  membership   TEXT NOT NULL CHECK (membership IN ('full', 'probationary')),
  category     TEXT NOT NULL CHECK (category IN ('in_service', 'retired', 'unemployed', 'floating', 'self_employed', 'resident')),
  education    TEXT NOT NULL CHECK (education IN ('primary', 'junior_high', 'senior_high', 'college', 'bachelor', 'postgraduate')),
  branch_id    INTEGER REFERENCES grid_branch(id),
  building_id  INTEGER REFERENCES building(id),
  status       TEXT NOT NULL CHECK (status IN ('active', 'moving', 'lost_contact', 'transferred_out', 'deceased')),
  last_contact TEXT,
  phone        TEXT NOT NULL
);
CREATE INDEX member_branch ON member(branch_id);
CREATE INDEX member_building ON member(building_id);

CREATE TABLE household_lead (
  id          INTEGER PRIMARY KEY,
  member_id   INTEGER NOT NULL UNIQUE REFERENCES member(id),
  building_id INTEGER NOT NULL REFERENCES building(id),
  lng         REAL NOT NULL CHECK (lng BETWEEN -180 AND 180),
  lat         REAL NOT NULL CHECK (lat BETWEEN -90 AND 90)
);
CREATE INDEX household_lead_building ON household_lead(building_id);

-- The households a lead is linked to, counted per building (households are not individual rows).
CREATE TABLE lead_link (
  lead_id     INTEGER NOT NULL REFERENCES household_lead(id) ON DELETE CASCADE,
  building_id INTEGER NOT NULL REFERENCES building(id),
  households  INTEGER NOT NULL CHECK (households > 0),
  PRIMARY KEY (lead_id, building_id)
) WITHOUT ROWID;
CREATE INDEX lead_link_building ON lead_link(building_id);

CREATE TABLE liaison (
  id          INTEGER PRIMARY KEY,
  member_id   INTEGER NOT NULL REFERENCES member(id),
  target_kind TEXT NOT NULL CHECK (target_kind IN ('building', 'neighbourhood')),
  target_id   INTEGER NOT NULL,
  UNIQUE (member_id, target_kind, target_id)
);
CREATE INDEX liaison_target ON liaison(target_kind, target_id);

CREATE TABLE road (
  id       INTEGER PRIMARY KEY,
  name     TEXT NOT NULL,
  kind     TEXT NOT NULL CHECK (kind IN ('primary', 'secondary', 'tertiary', 'residential', 'path')),
  geometry TEXT NOT NULL,
  min_lng REAL NOT NULL, min_lat REAL NOT NULL, max_lng REAL NOT NULL, max_lat REAL NOT NULL
);

CREATE TABLE water (
  id       INTEGER PRIMARY KEY,
  name     TEXT NOT NULL,
  geometry TEXT NOT NULL,
  min_lng REAL NOT NULL, min_lat REAL NOT NULL, max_lng REAL NOT NULL, max_lat REAL NOT NULL
);

-- Filled by the demolition issue; present now so the model is whole.
CREATE TABLE demolition_zone (
  id           INTEGER PRIMARY KEY,
  name         TEXT NOT NULL,
  stage        TEXT NOT NULL CHECK (stage IN ('announced', 'moving_out', 'cleared', 'rebuilt', 'resettled')),
  announced_on TEXT,
  moving_on    TEXT,
  cleared_on   TEXT,
  finished_on  TEXT,
  polygon      TEXT NOT NULL,
  min_lng REAL NOT NULL, min_lat REAL NOT NULL, max_lng REAL NOT NULL, max_lat REAL NOT NULL
);

CREATE TABLE relocation (
  id                   INTEGER PRIMARY KEY,
  member_id            INTEGER NOT NULL REFERENCES member(id),
  zone_id              INTEGER NOT NULL REFERENCES demolition_zone(id),
  origin_building_id   INTEGER REFERENCES building(id),
  state                TEXT NOT NULL,
  dest_building_id     INTEGER REFERENCES building(id),
  dest_address         TEXT,
  dest_lng             REAL,
  dest_lat             REAL,
  dest_community_name  TEXT,
  updated_on           TEXT NOT NULL,
  UNIQUE (member_id, zone_id)
);

-- Bumped on every write so tile caches and clients can tell stale data.
CREATE TABLE data_version (
  id      INTEGER PRIMARY KEY CHECK (id = 1),
  version INTEGER NOT NULL
);
INSERT INTO data_version (id, version) VALUES (1, 1);
