-- The planner's workspace: stored plans, branch locks and revisions, building cells, and the
-- history of grids, building assignments and members' branches.
--
-- History tables hold only *past* periods (valid_to is never NULL): the current state stays in
-- the existing columns (grid_branch.code/name/polygon from grid_branch.valid_from;
-- building.branch_id; member.branch_id), so nothing that reads the current grid changes. A
-- period runs from valid_from (included) to valid_to (excluded), days as YYYY-MM-DD; the state
-- on day D is the history row with valid_from <= D < valid_to, else the current one.

CREATE TABLE grid_branch_history (
  branch_id  INTEGER NOT NULL REFERENCES grid_branch(id),
  code       TEXT NOT NULL,
  name       TEXT NOT NULL,
  polygon    TEXT NOT NULL,
  valid_from TEXT NOT NULL,
  valid_to   TEXT NOT NULL,
  plan_id    INTEGER REFERENCES planner_plan(id),
  min_lng REAL NOT NULL, min_lat REAL NOT NULL, max_lng REAL NOT NULL, max_lat REAL NOT NULL,
  PRIMARY KEY (branch_id, valid_from),
  CHECK (valid_to > valid_from)
) WITHOUT ROWID;
CREATE INDEX grid_branch_history_period ON grid_branch_history(valid_from, valid_to);

CREATE TABLE building_assignment_history (
  building_id INTEGER NOT NULL REFERENCES building(id),
  branch_id   INTEGER REFERENCES grid_branch(id),
  valid_from  TEXT NOT NULL,
  valid_to    TEXT NOT NULL,
  plan_id     INTEGER REFERENCES planner_plan(id),
  PRIMARY KEY (building_id, valid_from),
  CHECK (valid_to > valid_from)
) WITHOUT ROWID;

CREATE TABLE member_branch_history (
  member_id  INTEGER NOT NULL REFERENCES member(id),
  branch_id  INTEGER REFERENCES grid_branch(id),
  valid_from TEXT NOT NULL,
  valid_to   TEXT NOT NULL,
  plan_id    INTEGER REFERENCES planner_plan(id),
  PRIMARY KEY (member_id, valid_from),
  CHECK (valid_to > valid_from)
) WITHOUT ROWID;

-- Per branch: a revision bumped by every applied plan that changes it (plans record the
-- revisions they saw), and an optional lock (a locked branch's buildings cannot be taken).
-- No row means revision 0, unlocked.
CREATE TABLE planner_branch_state (
  branch_id         INTEGER PRIMARY KEY REFERENCES grid_branch(id),
  revision          INTEGER NOT NULL DEFAULT 0,
  locked_by_account INTEGER REFERENCES account(id),
  locked_by         TEXT,
  locked_at         TEXT,
  lock_note         TEXT NOT NULL DEFAULT '',
  CHECK ((locked_by IS NULL) = (locked_at IS NULL))
);

CREATE TABLE planner_plan (
  id                INTEGER PRIMARY KEY,
  name              TEXT NOT NULL,
  status            TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'applied', 'discarded')),
  author_account_id INTEGER REFERENCES account(id),
  author            TEXT NOT NULL,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  applied_at        TEXT,
  discarded_at      TEXT,
  -- The data version of the grid the plan was drawn on, and of the grid it produced.
  base_version      INTEGER NOT NULL,
  applied_version   INTEGER,
  effective_on      TEXT,
  -- Bumped by every save, so two people editing one plan cannot overwrite each other.
  revision          INTEGER NOT NULL DEFAULT 1,
  body              TEXT NOT NULL,
  seen              TEXT NOT NULL,
  last_rebase       TEXT
);
CREATE INDEX planner_plan_status ON planner_plan(status);

-- Every saved version of every plan: nothing a planner drew is lost, rebases included.
CREATE TABLE planner_plan_revision (
  plan_id    INTEGER NOT NULL REFERENCES planner_plan(id),
  revision   INTEGER NOT NULL,
  body       TEXT NOT NULL,
  seen       TEXT NOT NULL,
  saved_at   TEXT NOT NULL,
  username   TEXT NOT NULL,
  reason     TEXT NOT NULL CHECK (reason IN ('create', 'save', 'rebase', 'apply', 'discard')),
  PRIMARY KEY (plan_id, revision)
) WITHOUT ROWID;

-- The partition of each community into building cells (see shared/planner/cells.ts): a grid's
-- polygon is the union of the cells it owns. Built from the current grids the first time a
-- plan touches the community, then kept in step by every apply.
CREATE TABLE planner_cell (
  id           INTEGER PRIMARY KEY,
  community_id INTEGER NOT NULL REFERENCES community(id),
  building_id  INTEGER UNIQUE REFERENCES building(id),
  branch_id    INTEGER NOT NULL REFERENCES grid_branch(id),
  polygon      TEXT NOT NULL
);
CREATE INDEX planner_cell_community ON planner_cell(community_id);
CREATE INDEX planner_cell_branch ON planner_cell(branch_id);

-- When each community's cells were built, and from which buildings: a community whose current
-- buildings differ (one rose or fell since) is partitioned afresh from its current grids.
CREATE TABLE planner_cell_build (
  community_id INTEGER PRIMARY KEY REFERENCES community(id),
  building_key TEXT NOT NULL,
  built_at     TEXT NOT NULL
);
