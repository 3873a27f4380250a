-- The relocation ledger in full: every transition with its date, who recorded it and a note;
-- when the member moved out (for the transfer clock); an optimistic-concurrency version so two
-- people updating one member at once cannot overwrite each other; building status history so
-- the map can show any past day.

ALTER TABLE relocation ADD COLUMN moved_out_on TEXT;
ALTER TABLE relocation ADD COLUMN last_contact TEXT;
ALTER TABLE relocation ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE relocation ADD COLUMN created_on TEXT NOT NULL DEFAULT '1970-01-01';
CREATE INDEX relocation_zone ON relocation(zone_id);
CREATE INDEX relocation_state ON relocation(state);

CREATE TABLE relocation_event (
  id            INTEGER PRIMARY KEY,
  relocation_id INTEGER NOT NULL REFERENCES relocation(id),
  from_state    TEXT,
  to_state      TEXT NOT NULL,
  on_date       TEXT NOT NULL,
  account_id    INTEGER REFERENCES account(id),
  username      TEXT NOT NULL,
  note          TEXT NOT NULL DEFAULT '',
  recorded_at   TEXT NOT NULL
);
CREATE INDEX relocation_event_relocation ON relocation_event(relocation_id);

-- One row per period a building had a status; valid_to NULL is the current one.
CREATE TABLE building_status_history (
  building_id INTEGER NOT NULL REFERENCES building(id),
  status      TEXT NOT NULL CHECK (status IN ('normal', 'slated_demolition', 'demolished', 'new')),
  valid_from  TEXT NOT NULL,
  valid_to    TEXT,
  zone_id     INTEGER REFERENCES demolition_zone(id),
  PRIMARY KEY (building_id, valid_from)
) WITHOUT ROWID;
