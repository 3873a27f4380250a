-- Members' places over time, so that "members as of a day" are real: where each member lived
-- and in which status (only `active` members count for coverage), period by period.
--
-- Like the history tables of migration 008, this holds only *past* periods: the current one
-- stays in member.building_id / member.status, so nothing that reads today's members changes.
-- A period runs from valid_from (included; NULL: since before the records begin) to valid_to
-- (excluded). The state on day D is the row with valid_from <= D < valid_to, else the current
-- one. Written by the relocation ledger in the same transaction as each step that changes a
-- member's home or status (server/relocation/residence.ts).
CREATE TABLE member_residence_history (
  member_id     INTEGER NOT NULL REFERENCES member(id),
  building_id   INTEGER REFERENCES building(id),
  status        TEXT NOT NULL CHECK (status IN ('active', 'moving', 'lost_contact', 'transferred_out', 'deceased')),
  valid_from    TEXT,
  valid_to      TEXT NOT NULL,
  relocation_id INTEGER REFERENCES relocation(id),
  PRIMARY KEY (member_id, valid_to),
  CHECK (valid_from IS NULL OR valid_to > valid_from)
) WITHOUT ROWID;

-- Each ledger step keeps the destination it recorded, so the flow map of a past day shows where
-- members were going then, not where they ended up.
ALTER TABLE relocation_event ADD COLUMN dest_building_id INTEGER REFERENCES building(id);
ALTER TABLE relocation_event ADD COLUMN dest_address TEXT;
ALTER TABLE relocation_event ADD COLUMN dest_lng REAL;
ALTER TABLE relocation_event ADD COLUMN dest_lat REAL;
ALTER TABLE relocation_event ADD COLUMN dest_community_name TEXT;

-- Back-fill from a ledger written before this migration: only each entry's latest destination
-- is known; it is put on the entry's first settling step (resettled, reported, transferred), or
-- on its latest step when it never settled.
UPDATE relocation_event AS e SET
  dest_building_id = r.dest_building_id, dest_address = r.dest_address, dest_lng = r.dest_lng,
  dest_lat = r.dest_lat, dest_community_name = r.dest_community_name
FROM relocation AS r
WHERE r.id = e.relocation_id
  AND (r.dest_building_id IS NOT NULL OR r.dest_lng IS NOT NULL)
  AND e.id = coalesce(
    (SELECT min(x.id) FROM relocation_event x WHERE x.relocation_id = r.id AND x.to_state IN ('resettled', 'reported', 'transferred')),
    (SELECT max(x.id) FROM relocation_event x WHERE x.relocation_id = r.id));

-- Back-fill the periods by replaying the ledger as the ledger's writes do: on each day a member's
-- entry holds the state of its latest-recorded step dated on or before that day; the member lived
-- at the entry's origin (active) until then; settling inside the sub-district (resettled or
-- reported with a destination building) moves the home there; the status follows the state
-- (server/repositories/relocation.ts memberStatusFor). The last period is the current one.
WITH ev AS (
  SELECT e.id, e.on_date, e.to_state, r.member_id, r.id AS rid, r.origin_building_id AS origin, r.dest_building_id AS dest,
    (SELECT min(x.id) FROM relocation_event x WHERE x.relocation_id = r.id AND x.to_state IN ('resettled', 'reported')) AS settle_id
  FROM relocation_event e JOIN relocation r ON r.id = e.relocation_id
),
running AS (
  SELECT member_id, on_date, max(id) OVER (PARTITION BY member_id ORDER BY on_date RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS eid
  FROM ev
),
daily AS (SELECT member_id, on_date, max(eid) AS eid FROM running GROUP BY member_id, on_date),
periods AS (
  SELECT member_id, on_date AS valid_from, lead(on_date) OVER (PARTITION BY member_id ORDER BY on_date) AS valid_to, eid FROM daily
)
INSERT INTO member_residence_history (member_id, building_id, status, valid_from, valid_to, relocation_id)
SELECT p.member_id,
  CASE WHEN ev.dest IS NOT NULL AND ev.settle_id IS NOT NULL AND ev.id >= ev.settle_id THEN ev.dest ELSE ev.origin END,
  CASE ev.to_state
    WHEN 'in_zone' THEN 'active'
    WHEN 'resettled' THEN CASE WHEN ev.dest IS NOT NULL THEN 'active' ELSE 'moving' END
    WHEN 'reported' THEN CASE WHEN ev.dest IS NOT NULL THEN 'active' ELSE 'moving' END
    WHEN 'transferred' THEN 'transferred_out'
    WHEN 'lost_contact' THEN 'lost_contact'
    ELSE 'moving' END,
  p.valid_from, p.valid_to, ev.rid
FROM periods p JOIN ev ON ev.id = p.eid
WHERE p.valid_to IS NOT NULL
UNION ALL
-- Before the first step: at home in the zone, active (the ledger only takes active residents).
SELECT f.member_id, ev.origin, 'active', NULL, f.first_day, ev.rid
FROM (SELECT member_id, min(on_date) AS first_day, min(id) AS first_id FROM ev GROUP BY member_id) f JOIN ev ON ev.id = f.first_id;
